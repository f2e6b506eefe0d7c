"""Finding outlet names in text, by gazetteer alias, normalisation and fuzzy matching.

Exact alias matching works on normalised words, so "فورين پوليسي" (Persian پ) and
"فورين بوليسي" are one alias, and an Arabic proclitic on the first word ("لرويترز",
"لوكالة فرانس برس") is split off the way the analyzer splits it. Fuzzy matching
(Jaro-Winkler from textdistance) is a last resort for spelling variants of a phrase
already known to be an outlet slot ("told X", "بحسب X").
"""

from __future__ import annotations

from functools import lru_cache

import attrs

from attrib.lexicon.load import Gazetteer, PhraseTable, load_gazetteer
from attrib.model import Span
from attrib.text.normalize import norm
from attrib.text.similarity import jaro_winkler
from attrib.text.tokens import ar_variants, tokenize


@attrs.frozen
class NameMatch:
    """A gazetteer hit over tokens ``i .. i+length`` (``prefix``: a clitic split off token i)."""

    length: int
    name: str
    prefix: str = ""


def match_at(table: PhraseTable, norms: list[str], i: int, arabic: bool = True) -> NameMatch | None:
    """Longest phrase of ``table`` starting at token ``i`` (trying proclitic readings)."""
    hit = table.match(norms, i)
    if hit:
        return NameMatch(hit[0], hit[1])
    if not arabic or not norms[i] or not ("\u0600" <= norms[i][0] <= "\u06ff"):
        return None
    saved = norms[i]
    try:
        for prefix, stem in ar_variants(saved)[1:]:
            norms[i] = stem
            hit = table.match(norms, i)
            if hit:
                return NameMatch(hit[0], hit[1], prefix)
    finally:
        norms[i] = saved
    return None


def cased_ok(token: str) -> bool:
    """Latin-script names must be capitalised in running text ("at dawn" is not Dawn)."""
    ch = token[:1]
    return not (ch.isascii() and ch.isalpha() and ch.islower())


def find_names(table: PhraseTable, text: str, start: int, end: int, cased: bool = True) -> list[tuple[Span, str]]:
    """Every non-overlapping gazetteer phrase in ``text[start:end]``, left to right."""
    toks = tokenize(text, start, end)
    norms = [norm(text[s:e]) for s, e in toks]
    out: list[tuple[Span, str]] = []
    i = 0
    while i < len(toks):
        m = match_at(table, norms, i)
        if m and cased and not cased_ok(text[toks[i][0]:toks[i][1]]):
            m = None
        if m:
            s, e = toks[i][0], toks[i + m.length - 1][1]
            out.append((Span.of(text, s, e), m.name))
            i += m.length
        else:
            i += 1
    return out


def find_outlets(text: str, start: int = 0, end: int | None = None,
                 gaz: Gazetteer | None = None) -> list[tuple[Span, str]]:
    gaz = gaz or load_gazetteer()
    return find_names(gaz.outlets, text, start, len(text) if end is None else end)


def _strip_article(s: str) -> str:
    for art in ("the ", "ال"):
        if s.startswith(art):
            return s[len(art):]
    return s


@lru_cache(maxsize=4)
def _alias_index(gaz_id: int) -> dict[str, list[tuple[str, str]]]:
    """Aliases by first letter (after the article), so fuzzy matching compares few strings."""
    gaz = load_gazetteer()
    index: dict[str, list[tuple[str, str]]] = {}
    for name, aliases in gaz.outlet_aliases.items():
        for alias in aliases:
            a = _strip_article(norm(alias))
            if a:
                index.setdefault(a[0], []).append((a, name))
    return index


@lru_cache(maxsize=8192)
def fuzzy_outlet(phrase: str, threshold: float = 0.93) -> str | None:
    """The outlet whose alias is closest to ``phrase`` (Jaro-Winkler), if close enough:
    a misspelt or differently transliterated name ("Al-Jazeera English", "رويتر")."""
    key = _strip_article(norm(phrase).strip())
    if len(key) < 5:
        return None
    best, best_score = None, threshold
    for a, name in _alias_index(id(load_gazetteer())).get(key[0], ()):
        if abs(len(a) - len(key)) > 3 or key == a + "s":
            continue  # (a plural is a common noun: "economists" is not The Economist)
        score = jaro_winkler(key, a)
        if score > best_score:
            best, best_score = name, score
    return best
