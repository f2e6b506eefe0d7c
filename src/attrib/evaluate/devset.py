"""Scoring `attrib compare` on the labelled PUD translation dev set (benchmarks/pud_compare).

The dev set holds, for English/Arabic sentence pairs of UD PUD part 1 (aligned by
``sent_id``), each side's attributions (cue, source and content offsets), the links between
them and a verdict per link, but never the texts: they are rebuilt from the CoNLL-U files in
``../shared`` and checked against a stored hash, so a changed corpus fails loudly instead of
shifting every offset. The guidelines are in docs/compare_devset.md.

Measures (the ones the held-out evaluation uses):

- **links**: precision/recall/F1 of the (A, B) pairs the comparison makes, against the gold
  links; a predicted attribution stands for a gold one when their cues overlap;
- **verdict accuracy**: on the gold links the comparison found, the share with the gold verdict;
- **false alarms**: of the gold ``same`` links whose two attributions were both extracted, the
  share the comparison reports as anything but ``same`` (a wrong verdict, or no link);
- **claim_changed**: precision/recall over the found links;
- **extraction**: gold attributions not extracted, and sentences with no gold attribution
  that get one (distractors).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import attrs

from attrib.compare import Comparison
from attrib.errors import InputError
from attrib.model import Attribution

Side = Literal["en", "ar"]
Offsets = tuple[int, int]


@attrs.frozen
class GoldAttribution:
    id: str
    kind: Literal["speech", "according_to", "belief"]
    cue: Offsets
    source: Offsets | None
    content: tuple[Offsets, ...]


@attrs.frozen
class GoldLink:
    en: str
    ar: str
    verdict: str
    claim_changed: bool
    reasons: tuple[str, ...]


@attrs.frozen
class GoldPair:
    sent_id: str
    en_text: str
    ar_text: str
    en: tuple[GoldAttribution, ...]
    ar: tuple[GoldAttribution, ...]
    links: tuple[GoldLink, ...]


def read_pud(conllu: Path) -> dict[str, str]:
    """``sent_id`` -> the sentence text (the ``# text =`` comment) of a CoNLL-U file."""
    out: dict[str, str] = {}
    sent_id = None
    with conllu.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# sent_id = "):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text = ") and sent_id is not None:
                out[sent_id] = line.split("=", 1)[1].strip()
    return out


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _gold_att(d: dict[str, object]) -> GoldAttribution:
    def pair(x: object) -> Offsets:
        assert isinstance(x, list)
        return int(x[0]), int(x[1])

    content = d["content"]
    assert isinstance(content, list)
    return GoldAttribution(str(d["id"]), d["kind"], pair(d["cue"]),  # type: ignore[arg-type]
                           pair(d["source"]) if d["source"] else None, tuple(pair(c) for c in content))


def load_devset(devset: Path, pud_dir: Path) -> list[GoldPair]:
    """The dev set with its texts rebuilt from the PUD CoNLL-U files in ``pud_dir``."""
    en = read_pud(pud_dir / "en_pud-part1.conllu")
    ar = read_pud(pud_dir / "ar_pud-part1.conllu")
    out = []
    for n, line in enumerate(devset.read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        sid = rec["sent_id"]
        if sid not in en or sid not in ar:
            raise InputError(f"{devset}:{n}: sentence {sid} is not in {pud_dir}")
        if _digest(en[sid]) != rec["sha256"]["en"] or _digest(ar[sid]) != rec["sha256"]["ar"]:
            raise InputError(f"{devset}:{n}: the text of {sid} in {pud_dir} is not the annotated one")
        links = tuple(GoldLink(x["en"], x["ar"], x["verdict"], x["claim_changed"], tuple(x["reasons"]))
                      for x in rec["links"])
        out.append(GoldPair(sid, en[sid], ar[sid], tuple(_gold_att(a) for a in rec["en"]),
                            tuple(_gold_att(a) for a in rec["ar"]), links))
    return out


@attrs.define
class DevsetScore:
    pairs: int = 0
    empty_pairs: int = 0
    link_tp: int = 0
    link_pred: int = 0
    link_gold: int = 0
    verdict_correct: int = 0
    faithful: int = 0
    false_alarms: int = 0
    claim_tp: int = 0
    claim_pred: int = 0
    claim_gold: int = 0
    missed_en: int = 0
    missed_ar: int = 0
    gold_en: int = 0
    gold_ar: int = 0
    spurious_sentences: int = 0
    confusions: dict[str, int] = attrs.field(factory=dict)

    @property
    def link_precision(self) -> float:
        return self.link_tp / self.link_pred if self.link_pred else 0.0

    @property
    def link_recall(self) -> float:
        return self.link_tp / self.link_gold if self.link_gold else 0.0

    @property
    def link_f1(self) -> float:
        p, r = self.link_precision, self.link_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_correct / self.link_tp if self.link_tp else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.faithful if self.faithful else 0.0

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = attrs.asdict(self)
        for name in ("link_precision", "link_recall", "link_f1", "verdict_accuracy", "false_alarm_rate"):
            out[name] = round(getattr(self, name), 3)
        return out


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _find(pred: Attribution | None, gold: tuple[GoldAttribution, ...]) -> GoldAttribution | None:
    if pred is None:
        return None
    span = (pred.cue.span.start, pred.cue.span.end)
    return next((g for g in gold if _overlaps(span, g.cue)), None)


_Predicted = tuple[GoldAttribution | None, GoldAttribution | None, str, bool]


def _predicted(c: Comparison, g: GoldPair) -> Iterator[_Predicted]:
    for p in c.pairs:
        yield _find(p.a, g.en), _find(p.b, g.ar), p.verdict, p.claim_changed


def score_devset_pair(c: Comparison, g: GoldPair) -> DevsetScore:
    """Score one comparison (A = the English sentence, B = the Arabic one) against its gold."""
    s = DevsetScore(pairs=1, empty_pairs=int(not g.en and not g.ar), link_gold=len(g.links),
                    gold_en=len(g.en), gold_ar=len(g.ar))
    found_en = {ga.id for ga in (_find(x.a, g.en) for x in c.pairs) if ga}
    found_ar = {gb.id for gb in (_find(x.b, g.ar) for x in c.pairs) if gb}
    s.missed_en = len({a.id for a in g.en} - found_en)
    s.missed_ar = len({a.id for a in g.ar} - found_ar)
    s.spurious_sentences = int(not g.en and not g.ar and bool(c.pairs))
    gold = {(lk.en, lk.ar): lk for lk in g.links}
    linked: dict[tuple[str, str], tuple[str, bool]] = {}
    for ga, gb, verdict, claim in _predicted(c, g):
        if verdict in ("dropped", "missing", "added"):
            continue
        s.link_pred += 1
        s.claim_pred += int(claim)
        if ga and gb and (ga.id, gb.id) in gold:
            linked[(ga.id, gb.id)] = (verdict, claim)
    for key, lk in gold.items():
        s.claim_gold += int(lk.claim_changed)
        got = linked.get(key)
        if lk.verdict == "same" and key[0] in found_en and key[1] in found_ar:
            s.faithful += 1
            s.false_alarms += int(got is None or got[0] != "same")
        if got is None:
            continue
        s.link_tp += 1
        s.verdict_correct += int(got[0] == lk.verdict)
        s.claim_tp += int(got[1] and lk.claim_changed)
        if got[0] != lk.verdict:
            k = f"{lk.verdict}->{got[0]}"
            s.confusions[k] = s.confusions.get(k, 0) + 1
    return s


def add(total: DevsetScore, s: DevsetScore) -> None:
    """Add ``s`` into ``total`` (counts and confusions)."""
    for f in attrs.fields(DevsetScore):
        if f.name == "confusions":
            for k, v in s.confusions.items():
                total.confusions[k] = total.confusions.get(k, 0) + v
        else:
            setattr(total, f.name, getattr(total, f.name) + getattr(s, f.name))
