"""What the learned engine sees of an article: our own tokens, lexicon and rule candidates.

The model never tokenises: it reads the light analyzer's tokens (so every offset it
returns is one of ours) and, as input features, what the rest of attrib already knows:
the lexicon's cue kinds, the spans the light rules propose, quotation state and the
place of a token in its sentence and paragraph. The rules become evidence the model
weighs, not a ceiling (issue 11). No torch here: this module is plain Python, shared by
training and inference.
"""

from __future__ import annotations

import bisect

import attrs

from attrib.analysis.base import Analysis
from attrib.analysis.light import analyze
from attrib.lexicon import load_gazetteer, load_lexicon
from attrib.model import Article
from attrib.pipeline import candidates, find_cues
from attrib.rules import rules_for
from attrib.rules.base import Candidate, Context

# categorical token features, in the order of ``Doc.feats`` columns
FEATURES = ("shape", "lex", "rule", "quote", "place")
# cue-relative features of a role window, in the order of ``Window.feats`` columns
REL_FEATURES = ("dist", "rule_here", "sent")
MAX_CHARS = 16  # characters of a token the character encoder reads (prefix; enough for stems)


@attrs.frozen
class Doc:
    """One analysed article with per-token features (parallel lists, one entry per token)."""

    analysis: Analysis
    context: Context
    rule_cands: tuple[Candidate, ...]
    words: tuple[str, ...]
    feats: tuple[tuple[str, ...], ...]
    sentence_of: tuple[int, ...]

    @property
    def text(self) -> str:
        return self.analysis.article.text


@attrs.frozen
class Window:
    """The tokens around one cue in which its source and contents are tagged: the cue's
    sentence and the next (in PolNeAR train, 99.9% of sources and 93% of contents lie there;
    a longer window doubles the cost of training for a few contents more)."""

    cue: tuple[int, int]
    start: int
    end: int
    feats: tuple[tuple[str, ...], ...]


def _shape(word: str) -> str:
    if not word[:1].isalnum():
        return "q" if word in {'"', "“", "”", "'", "‘", "’", "«", "»"} else "p"
    if word[:1].isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "X"
    if word[:1].isupper():
        return "Xx"
    return "x" if word[:1].islower() else "o"  # "o": a script without case (Arabic)


def prepare(article: Article, lexicon_dirs: tuple[str, ...] = ()) -> Doc:
    """Analyse ``article`` with the light analyzer and compute every token feature."""
    analysis = analyze(article)
    ctx = Context(analysis, load_lexicon(article.lang, lexicon_dirs), load_gazetteer(lexicon_dirs))
    cands = tuple(candidates(ctx, rules_for(article.lang, None)))
    n = len(analysis)
    lex = ["O"] * n
    sentence_of = [0] * n
    place = ["m"] * n
    paragraph_starts = {p.start for p in article.paragraphs}
    for k, (a, b) in enumerate(analysis.sentence_tokens):
        for t in range(a, b):
            sentence_of[t] = k
        if b > a:
            place[a] = "P" if article.sentences[k].span.start in paragraph_starts else "S"
            place[b - 1] = "E" if b - 1 > a else place[a]
        for i, j, entry in find_cues(ctx, a, b):
            lex[i] = "B-" + entry.kind
            for t in range(i + 1, j):
                lex[t] = "I-" + entry.kind
    rule = ["O"] * n
    for c in cands:
        for t in _char_tokens(analysis, c.content):
            rule[t] = "C"
        if c.speaker:
            for t in range(*c.speaker):
                rule[t] = "S"
        for t in range(*c.cue):
            rule[t] = "V"
    text = article.text
    quote = ["o"] * n
    for s, e in ctx.quotes:
        for t in _char_tokens(analysis, ((s, e),)):
            quote[t] = "m" if analysis.starts[t] == s or analysis.ends[t] == e else "i"
    words = tuple(text[s:e] for s, e in zip(analysis.starts, analysis.ends, strict=True))
    feats = tuple(zip((_shape(w) for w in words), lex, rule, quote, place, strict=True))
    return Doc(analysis, ctx, cands, words, feats, tuple(sentence_of))


def _char_tokens(analysis: Analysis, ranges: tuple[tuple[int, int], ...]) -> list[int]:
    """Tokens that overlap any of the character ranges."""
    out: list[int] = []
    for s, e in ranges:
        i = max(0, bisect.bisect_right(analysis.ends, s))
        while i < len(analysis) and analysis.starts[i] < e:
            out.append(i)
            i += 1
    return out


def char_tokens(doc: Doc, ranges: tuple[tuple[int, int], ...]) -> list[int]:
    """Tokens of ``doc`` that overlap any of the character ranges (gold spans to tokens)."""
    return _char_tokens(doc.analysis, ranges)


def _dist_bucket(d: int) -> str:
    if d == 0:
        return "0"
    m = abs(d)
    b = str(m) if m <= 4 else ("5" if m <= 8 else ("9" if m <= 16 else ("17" if m <= 32 else "33")))
    return ("-" if d < 0 else "+") + b


def window(doc: Doc, cue: tuple[int, int]) -> Window:
    """The role window of the cue at token range ``cue``, with its cue-relative features."""
    bounds = doc.analysis.sentence_tokens
    k = doc.sentence_of[cue[0]]
    start = bounds[k][0]
    end = bounds[min(len(bounds) - 1, k + 1)][1]
    here = ["X"] * (end - start)  # no rule candidate for this cue
    for c in doc.rule_cands:
        if c.cue[0] < cue[1] and cue[0] < c.cue[1]:
            here = ["O"] * (end - start)
            for t in _char_tokens(doc.analysis, c.content):
                if start <= t < end:
                    here[t - start] = "C"
            if c.speaker:
                for t in range(max(start, c.speaker[0]), min(end, c.speaker[1])):
                    here[t - start] = "S"
            break
    feats = []
    for t in range(start, end):
        d = 0 if cue[0] <= t < cue[1] else (t - cue[0] if t < cue[0] else t - cue[1] + 1)
        rel = doc.sentence_of[t] - k
        feats.append((_dist_bucket(d), here[t - start], str(rel)))
    return Window(cue, start, end, tuple(feats))
