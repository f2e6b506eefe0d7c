"""Long translation pairs with known sentence alignment, built from UD PUD (for benchmarks
and alignment tests).

PUD part 1 has the same 505 sentences in English and Arabic (about 10,000 English words),
aligned by ``sent_id``. Joined into articles (five sentences a paragraph, in document order)
they make a real, professionally translated pair of 10,000-word articles. ``perturb`` then
edits the Arabic side the way translations and rewrites do (drop and add whole paragraphs,
merge two sentences, split one, swap two neighbours), and the truth of which sentence is
which is kept, so sentence alignment can be scored, not just timed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import attrs

from attrib.evaluate.devset import read_pud
from attrib.model import Article

Stretch = tuple[int, int, tuple[str, ...]]  # start, end, the sent_ids the stretch renders


@attrs.frozen
class TestPair:
    en: str
    ar: str
    en_ids: tuple[Stretch, ...]
    ar_ids: tuple[Stretch, ...]


def _join(sents: list[tuple[str, tuple[str, ...]]], per_paragraph: int) -> tuple[str, tuple[Stretch, ...]]:
    parts: list[str] = []
    spans: list[Stretch] = []
    pos = 0
    for k, (s, ids) in enumerate(sents):
        sep = "" if k == 0 else ("\n\n" if k % per_paragraph == 0 else " ")
        pos += len(sep)
        parts.append(sep + s)
        spans.append((pos, pos + len(s), ids))
        pos += len(s)
    return "".join(parts) + "\n", tuple(spans)


def sentence_ids(stretches: tuple[Stretch, ...], start: int, end: int) -> set[str]:
    """The sent_ids of the stretches a sentence of the built article overlaps."""
    return {i for s, e, ids in stretches if s < end and start < e for i in ids}


def pud_pair(pud_dir: Path, limit: int = 0, perturb: bool = False, seed: int = 13,
             per_paragraph: int = 5) -> TestPair:
    """The PUD sentences as an English article and its Arabic translation (optionally edited)."""
    en = read_pud(pud_dir / "en_pud-part1.conllu")
    ar = read_pud(pud_dir / "ar_pud-part1.conllu")
    ids = [i for i in en if i in ar][: limit or None]
    en_s: list[tuple[str, tuple[str, ...]]] = [(en[i], (i,)) for i in ids]
    ar_s: list[tuple[str, tuple[str, ...]]] = [(ar[i], (i,)) for i in ids]
    if perturb:
        spare: list[tuple[str, tuple[str, ...]]] = [(ar[i], (i,)) for i in ar if i not in set(ids)]
        ar_s = _perturb(ar_s, random.Random(seed), per_paragraph, spare)
    en_text, en_ids = _join(en_s, per_paragraph)
    ar_text, ar_ids = _join(ar_s, per_paragraph)
    return TestPair(en_text, ar_text, en_ids, ar_ids)


def _perturb(sents: list[tuple[str, tuple[str, ...]]], rnd: random.Random, per_paragraph: int,
             spare: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """Every 20 sentences one edit, in turn: drop a paragraph, merge two sentences, add a paragraph
    (from sentences outside the article, or repeated ones marked as foreign), split one at a
    comma, swap two neighbours."""
    out = list(sents)
    k = len(out) - 25
    op = 0
    while k > 5:
        kind = op % 5
        if kind == 0:
            del out[k:k + per_paragraph]
        elif kind == 1 and k + 1 < len(out):
            (a, ia), (b, ib) = out[k], out[k + 1]
            out[k:k + 2] = [(a.rstrip(".") + "، و" + b, ia + ib)]
        elif kind == 2:
            extra = spare[:per_paragraph] or [(s, ("added",)) for s, _ in out[:per_paragraph]]
            spare = spare[per_paragraph:]
            out[k:k] = [(s, ("added",)) for s, _ in extra]
        elif kind == 3:
            s, ids = out[k]
            cut = s.find("، ", len(s) // 3)
            if cut > 0:
                out[k:k + 1] = [(s[:cut] + ".", ids), (s[cut + 2:], ids)]
        elif k + 1 < len(out):
            out[k], out[k + 1] = out[k + 1], out[k]
        op += 1
        k -= 20 + rnd.randrange(5)
    return out


def alignment_accuracy(pair: TestPair, en: Article, ar: Article,
                       links: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> tuple[float, float]:
    """(precision, recall) of the sentence links: a link is right when its two sides share a sent_id;
    recall is over the English sentences that have a counterpart in the Arabic article."""
    ids_en = [sentence_ids(pair.en_ids, s.span.start, s.span.end) for s in en.sentences]
    ids_ar = [sentence_ids(pair.ar_ids, s.span.start, s.span.end) for s in ar.sentences]
    ar_all = {i for ids in ids_ar for i in ids}
    linked = [(ia, ib) for ia, ib in links if ia and ib]
    right = [(ia, ib) for ia, ib in linked if {i for x in ia for i in ids_en[x]} & {i for y in ib for i in ids_ar[y]}]
    covered = {x for ia, _ in right for x in ia}
    expected = [x for x, ids in enumerate(ids_en) if ids & ar_all]
    precision = len(right) / len(linked) if linked else 0.0
    recall = sum(1 for x in expected if x in covered) / len(expected) if expected else 0.0
    return precision, recall
