"""Comparing attribution across two versions of a story (a translation, two outlets).

Two steps, both monotonic and anchor-based so they survive reordering, merged or split
sentences and missing paragraphs:

1. **Sentences** are aligned by dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1 links,
   scored by anchors the two languages share (numbers, gazetteer entities and outlets by
   canonical name, names by transliterated skeleton, reporting cues) and by length.
2. **Attributions** are matched within aligned regions (a window of neighbouring sentences,
   for reordering inside a paragraph) by claim anchors, speaker identity and cue category.

Each attribution of A then gets a verdict: ``same``, ``speaker_changed``, ``cue_changed``,
``outlet_changed``, ``dropped`` (its sentence is there, its attribution is not) or
``missing`` (its sentence is not there); attributions of B left over are ``added``.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

import attrs

from attrib.compare_claims import compare_claims
from attrib.compare_summary import summarize
from attrib.compare_verdict import outlets_in, verdict
from attrib.errors import InputError
from attrib.lexicon.load import PhraseTable, lexicon_roots, load_gazetteer, load_lexicon, split_words
from attrib.lexicon.names import cased_ok, find_names, match_at
from attrib.lexicon.translit import name_similarity, skeleton
from attrib.model import Article, ArticleAttributions, Attribution
from attrib.text.normalize import norm
from attrib.text.similarity import jaro_winkler
from attrib.text.tokens import tokenize

_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


@attrs.frozen
class Pair:
    a: Attribution | None
    b: Attribution | None
    verdict: str
    score: float
    notes: tuple[str, ...] = ()
    claim_changed: bool = False
    claim_reasons: tuple[str, ...] = ()


@attrs.frozen
class Comparison:
    """The result of :func:`compare`: both extractions, the pairs and a summary."""

    a: ArticleAttributions
    b: ArticleAttributions
    pairs: tuple[Pair, ...]
    sentences: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    summary: dict[str, object]


# ---------------------------------------------------------------- anchors

@lru_cache(maxsize=1)
def _concepts() -> tuple[PhraseTable, dict[str, str]]:
    """Bilingual concepts (days, months, institutions, topics) from lexicons/bilingual.toml."""
    table = PhraseTable()
    kinds: dict[str, str] = {}
    for root in lexicon_roots(()):
        f = root / "bilingual.toml"
        if not f.is_file():
            continue
        with f.open("rb") as fh:
            data = tomllib.load(fh)
        for c in data.get("concept", []):
            kinds[c["id"]] = c.get("kind", "topic")
            for form in c.get("forms", []):
                table.add(split_words(form), c["id"])
    return table, kinds


def _concepts_in(text: str, start: int, end: int) -> set[str]:
    table, _ = _concepts()
    return {cid for _, cid in find_names(table, text, start, end, cased=False)}


def _number(s: str) -> str:
    """Numbers compared by their significant part: "25,000" ~ "25 ألف"."""
    digits = s.replace(",", "")
    while digits.endswith("000") and len(digits) > 3:
        digits = digits[:-3]
    return digits

@attrs.frozen
class _Anchors:
    numbers: frozenset[str]
    names: frozenset[str]        # canonical entity/outlet names
    skeletons: tuple[str, ...]   # transliterated skeletons of name-like words
    words: frozenset[str]        # normalised content words (same-language comparisons)
    length: int


_NameIndex = tuple[list[int], list[tuple[int, str]]]  # starts, (end, name): gazetteer names of a text


def _scan(table: PhraseTable, text: str, toks: list[tuple[int, int]], norms: list[str], cased: bool,
          prefix: str = "") -> list[tuple[int, int, str]]:
    """``find_names`` over tokens already made: every non-overlapping phrase, left to right."""
    out = []
    i = 0
    while i < len(toks):
        m = match_at(table, norms, i)
        if m and cased and not cased_ok(text[toks[i][0]:toks[i][1]]):
            m = None
        if m:
            out.append((toks[i][0], toks[i + m.length - 1][1], prefix + m.name))
            i += m.length
        else:
            i += 1
    return out


def name_index(text: str) -> _NameIndex:
    """Entities, outlets and concepts of a whole text, found in one pass over its tokens (not
    once per sentence and table: tokenising dominated the time of long comparisons)."""
    gaz = load_gazetteer()
    toks = tokenize(text, 0, len(text))
    norms = [norm(text[s:e]) for s, e in toks]
    found = _scan(gaz.entities, text, toks, norms, True) + _scan(_concepts()[0], text, toks, norms, False, "concept:")
    found += _scan(gaz.outlets, text, toks, norms, True)
    found.sort()
    return [x[0] for x in found], [(x[1], x[2]) for x in found]


def _anchors(text: str, start: int, end: int, lang: str, index: _NameIndex | None = None) -> _Anchors:
    gaz = load_gazetteer()
    seg = text[start:end]
    numbers = frozenset(_number(m.group()) for m in _DIGITS.finditer(norm(seg)))
    starts, rest = index if index is not None else name_index(seg)
    offset = 0 if index is not None else start
    lo, hi = bisect_left(starts, start - offset), bisect_left(starts, end - offset)
    names = {name for e, name in rest[lo:hi] if e + offset <= end}
    toks = [text[s:e] for s, e in tokenize(text, start, end)]
    words = frozenset(norm(t) for t in toks if len(t) > 3)
    for t in toks:  # demonyms stand for their country: "Pakistani" ~ "الباكستاني"
        n = norm(t)
        ent = gaz.adjectives.get(n) or (gaz.adjectives.get(n[2:]) if n.startswith("ال") else None)
        if ent:
            names.add(ent)
    if lang == "en":
        cand = [t for i, t in enumerate(toks) if t[:1].isupper() and i > 0 and len(t) > 2]
    else:
        lex = load_lexicon("ar")
        cand = [t for t in toks if len(t) > 2 and norm(t) not in lex.roles and not norm(t).startswith("ال")]
    skeletons = tuple(sorted({skeleton(t) for t in cand if len(skeleton(t)) >= 3}))
    return _Anchors(numbers, frozenset(names), skeletons, words, len(seg))


def _merge(xs: Sequence[_Anchors]) -> _Anchors:
    return _Anchors(frozenset().union(*(x.numbers for x in xs)), frozenset().union(*(x.names for x in xs)),
                    tuple(sorted({s for x in xs for s in x.skeletons})), frozenset().union(*(x.words for x in xs)),
                    sum(x.length for x in xs))


def _overlap(a: frozenset[str], b: frozenset[str]) -> tuple[int, int]:
    return len(a & b), len(a | b)


def _skeleton_matcher(a: Sequence[_Anchors], b: Sequence[_Anchors]) -> dict[str, frozenset[str]]:
    """For each name skeleton of A, the skeletons of B it matches (Jaro-Winkler >= 0.88).

    Computed once per comparison over the distinct skeletons, with a cheap filter (the same first
    two letters, lengths within two), so the sentence alignment never runs string similarity in its
    inner loop."""
    sa = {x for anc in a for x in anc.skeletons}
    sb = {y for anc in b for y in anc.skeletons}
    by_first: dict[str, list[str]] = {}
    for y in sb:
        by_first.setdefault(y[:2], []).append(y)
    out: dict[str, frozenset[str]] = {}
    for x in sa:
        out[x] = frozenset(y for y in by_first.get(x[:2], ()) if abs(len(x) - len(y)) <= 2 and
                           (x == y or jaro_winkler(x, y) >= 0.88))
    return out


def _skeleton_hits(a: tuple[str, ...], b: tuple[str, ...], match: dict[str, frozenset[str]]) -> tuple[int, int]:
    if not a or not b:
        return 0, len(a) + len(b)
    bs = set(b)
    hits = sum(1 for x in a if match.get(x, frozenset()) & bs)
    return hits, max(len(a), len(b))


def _similarity(a: _Anchors, b: _Anchors, same_lang: bool, ratio: float,
                match: dict[str, frozenset[str]]) -> float:
    """0..1: how likely two stretches say the same thing."""
    shared = 0.0
    total = 0.0
    for h, t in (_overlap(a.numbers, b.numbers), _overlap(a.names, b.names)):
        shared += 2 * h
        total += t + h
    h, t = _skeleton_hits(a.skeletons, b.skeletons, match)
    shared += h
    total += t
    if same_lang:
        h, t = _overlap(a.words, b.words)
        shared += 2 * h
        total += t + h
    anchor = shared / total if total else 0.0
    if a.length == 0 or b.length == 0:
        return 0.0
    length = math.exp(-abs(math.log((b.length + 1) / ((a.length + 1) * ratio))))
    return 0.65 * anchor + 0.35 * length


# ---------------------------------------------------------------- sentences

def align_sentences(a: Article, b: Article) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Monotonic sentence alignment (1-1, 1-2, 2-1, 1-0, 0-1) by dynamic programming."""
    ia, ib = name_index(a.text), name_index(b.text)
    sa = [_anchors(a.text, s.span.start, s.span.end, a.lang, ia) for s in a.sentences]
    sb = [_anchors(b.text, s.span.start, s.span.end, b.lang, ib) for s in b.sentences]
    n, m = len(sa), len(sb)
    if not n or not m:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    same_lang = a.lang == b.lang
    ratio = (sum(x.length for x in sb) + 1) / (sum(x.length for x in sa) + 1)
    match = _skeleton_matcher(sa, sb)
    skip = 0.08
    band = max(12, abs(n - m) + 8)
    neg = -1e9
    score = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    cache: dict[tuple[int, int, int, int], float] = {}
    pairs_a = [_merge(sa[i:i + 2]) for i in range(n - 1)]  # two merged sentences, built once
    pairs_b = [_merge(sb[j:j + 2]) for j in range(m - 1)]

    def sim(i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        if key not in cache:
            x = sa[i0] if i1 - i0 == 1 else pairs_a[i0]
            y = sb[j0] if j1 - j0 == 1 else pairs_b[j0]
            cache[key] = _similarity(x, y, same_lang, ratio, match)
        return cache[key]

    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, math.ceil(centre - band)), min(m, math.floor(centre + band)) + 1):
            if score[i][j] == neg:
                continue
            base = score[i][j]
            for di, dj in ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1)):
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    gain = sim(i, ni, j, nj) - (0.08 if di + dj == 3 else 0.0)
                else:
                    gain = skip
                if base + gain > score[ni][nj]:
                    score[ni][nj] = base + gain
                    back[ni][nj] = (di, dj)
    out = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        if step is None:
            break
        di, dj = step
        out.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    out.reverse()
    # a 1-0 + 0-1 pair with a weak score is the same sentence reworded: keep them aligned
    return out


# ---------------------------------------------------------------- attributions

def _role_glosses(att: Attribution, lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    text = att.speaker.mention.text if att.speaker.mention else att.speaker.name
    out = set()
    for w in re.findall(r"\w+", norm(text)):
        for cand in (w, w[2:] if w.startswith("ال") else w, w[1:] if w[:1] in "وفبل" else w):
            r = lex.roles.get(cand)
            if r:
                out.add(r.gloss)
    return frozenset(out)


def _speaker_concepts(att: Attribution) -> set[str]:
    if att.speaker.mention is None:
        return set()
    m = att.speaker.mention
    text = m.text
    return _concepts_in(text, 0, len(text))


def same_speaker(x: Attribution, y: Attribution, lang_x: str, lang_y: str) -> bool:
    """Whether two attributions name the same source, across scripts."""
    a, b = x.speaker, y.speaker
    if a.name == b.name:
        return True
    if a.kind == "person" and b.kind == "person":
        return name_similarity(a.name, b.name) >= 0.85
    if {a.kind, b.kind} <= {"government", "organisation", "outlet"}:
        if name_similarity(a.name, b.name) >= 0.9:
            return True
        # "the trade ministry" ~ «وزارة التجارة»: the same institution and topic concepts
        ca, cb = _speaker_concepts(x), _speaker_concepts(y)
        _, kinds = _concepts()
        inst = {c for c in ca & cb if kinds.get(c) == "institution"}
        return bool(inst) and ca == cb
    if a.kind in ("anonymous", "document", "unknown") and b.kind in ("anonymous", "document", "unknown"):
        ga, gb = _role_glosses(x, lang_x), _role_glosses(y, lang_y)
        if ga and gb:
            return bool(ga & gb)
        return a.kind == b.kind
    return False




def compare(a: str | Article | ArticleAttributions, b: str | Article | ArticleAttributions,
            engine: str = "light", model_dir: str | None = None) -> Comparison:
    """Align the attributions of two versions of a story and give each a verdict."""
    from attrib.pipeline import extract

    ra = a if isinstance(a, ArticleAttributions) else extract(a, engine=engine, model_dir=model_dir)
    rb = b if isinstance(b, ArticleAttributions) else extract(b, engine=engine, model_dir=model_dir)
    if not ra.article.sentences or not rb.article.sentences:
        raise InputError("compare needs two articles with text")
    sentences = align_sentences(ra.article, rb.article)
    group_of_a: dict[int, int] = {}
    group_of_b: dict[int, int] = {}
    for g, (ia, ib) in enumerate(sentences):
        for i in ia:
            group_of_a[i] = g
        for j in ib:
            group_of_b[j] = g
    la, lb = ra.article.lang, rb.article.lang
    same_lang = la == lb
    ta, tb = ra.article.text, rb.article.text
    ratio = (len(tb) + 1) / (len(ta) + 1)
    index_a, index_b = name_index(ta), name_index(tb)
    anch_a = [_anchors(ta, x.content.start, x.content.end, la, index_a) for x in ra.attributions]
    anch_b = [_anchors(tb, y.content.start, y.content.end, lb, index_b) for y in rb.attributions]
    match = _skeleton_matcher(anch_a, anch_b)
    cands = []
    for i, x in enumerate(ra.attributions):
        ga = group_of_a.get(x.sentence)
        for j, y in enumerate(rb.attributions):
            gb = group_of_b.get(y.sentence)
            if ga is None or gb is None or abs(ga - gb) > 2:
                continue
            s = _similarity(anch_a[i], anch_b[j], same_lang, ratio, match)
            s += 0.35 if ga == gb else 0.1 if abs(ga - gb) == 1 else 0.0
            speaker = same_speaker(x, y, la, lb)
            s += 0.25 if speaker else 0.0
            s += 0.1 if x.cue.category == y.cue.category else 0.0
            # a translation may garble the claim: the same speaker close by is strong evidence
            if s >= 0.55 or (speaker and s >= 0.4):
                cands.append((s, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    for s, i, j in cands:
        if i in used_a or j in used_b:
            continue
        used_a[i] = (j, s)
        used_b.add(j)
    pairs: list[Pair] = []
    aligned_a = {i for ia, ib in sentences if ib for i in ia}
    outlets_a, outlets_b = outlets_in(ra), outlets_in(rb)
    for i, x in enumerate(ra.attributions):
        if i in used_a:
            j, s = used_a[i]
            y = rb.attributions[j]
            v, notes = verdict(x, y, la, lb, same_speaker(x, y, la, lb), outlets_a, outlets_b)
            changed, reasons = compare_claims(x, y, la, lb, ratio if min(len(ta), len(tb)) > 2000 else 1.0)
            pairs.append(Pair(x, y, v, round(min(s, 1.0), 3), notes, changed, reasons))
        else:
            pairs.append(Pair(x, None, "dropped" if x.sentence in aligned_a else "missing", 0.0))
    for j, y in enumerate(rb.attributions):
        if j not in used_b:
            pairs.append(Pair(None, y, "added", 0.0))
    return Comparison(ra, rb, tuple(pairs), tuple(sentences), summarize(pairs, ra, rb))
