"""Words with offsets, shared by every layer that looks at words: the analyzer, the lexicon
loader (which splits its phrases the way the text is split), name finding and compare.

Kept below the lexicons and the analyzers so that loading a lexicon never climbs into an
analyzer, and so that there is one tokenizer, not one per caller.
"""

from __future__ import annotations

import re
from functools import lru_cache

from attrib.text.normalize import norm

_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u0640"
# A word: letters/digits with Arabic marks and tatweel inside, joined by hyphens or
# apostrophes ("al-Qaeda", "O'Brien"); English clitics "'s", "n't" are split below.
_TOKEN = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\w)|[\w{_MARKS}]+(?:[-'’.][\w{_MARKS}]+)*|''|``|[^\s\w{_MARKS}]",
)
_EN_CLITIC = re.compile(r"(?i)(?:['’]s|n['’]t|['’](?:re|ve|ll|d|m))$")
_DOTTED_ABBR = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")

# Arabic proclitics tried when a form is not found whole: conjunctions first, then
# prepositions, then the article (ل + ال is written لل).
AR_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "س")


def tokenize(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each token of ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if "." in word and not _DOTTED_ABBR.match(word) and not word.replace(".", "").isdigit():
            # "U.S" keeps its dot; "end.Next" (a missing space) splits.
            pos = s
            for piece in word.split("."):
                if piece:
                    out.append((pos, pos + len(piece)))
                pos += len(piece)
                if pos < e:
                    out.append((pos, pos + 1))
                    pos += 1
            continue
        c = _EN_CLITIC.search(word) if len(word) > 2 and ("'" in word or "’" in word) else None
        if c and c.start() > 0:
            out.append((s, s + c.start()))
            out.append((s + c.start(), e))
        else:
            out.append((s, e))
    return out


def word_norms(phrase: str) -> list[str]:
    """Normalised words of a lexicon phrase (same splitting as the analyzer)."""
    return [norm(phrase[s:e]) for s, e in tokenize(phrase, 0, len(phrase))]


@lru_cache(maxsize=65536)
def ar_variants(word: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, stem) readings of a normalised Arabic word, the whole word first.

    Several readings are returned because the script does not mark clitics: "وزير"
    is a word, "وقال" is و + قال; the caller looks each up and keeps the first hit.
    Cached (the rules ask for the same words again and again, about 16 times per token)."""
    out = [("", word)]
    for p in AR_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p):]
            out.append((p, stem))
            if p.endswith("ل") and stem.startswith("ل"):
                out.append((p, "ا" + stem))  # لل + X = ل + ال + X
    return tuple(out)
