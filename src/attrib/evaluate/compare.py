"""Scoring `attrib compare` against hand-made expectations (examples/pairs).

An expectation lists, for each attribution of A (and each one added in B), its counterpart
by cue text and a claim substring, and the verdict a careful reader gives. Alignment is
scored as precision/recall over aligned (A, B) pairs; verdicts as accuracy over the
expectations whose attributions the extractor found at all (extraction misses are counted
separately, so a comparison is not blamed for what extraction missed).
"""

from __future__ import annotations

from typing import Any

import attrs

from attrib.compare import Comparison
from attrib.model import Attribution


@attrs.define
class PairScore:
    aligned_tp: int = 0
    aligned_pred: int = 0
    aligned_gold: int = 0
    verdict_correct: int = 0
    verdict_total: int = 0
    not_extracted: int = 0

    @property
    def precision(self) -> float:
        return self.aligned_tp / self.aligned_pred if self.aligned_pred else 0.0

    @property
    def recall(self) -> float:
        return self.aligned_tp / self.aligned_gold if self.aligned_gold else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_correct / self.verdict_total if self.verdict_total else 0.0

    def add(self, other: PairScore) -> None:
        for f in attrs.fields(PairScore):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _is(att: Attribution | None, cue: str | None, claim: str | None) -> bool:
    if att is None or cue is None:
        return False
    text = " ".join(p.text for p in att.parts)
    return att.cue.span.text == cue and (claim is None or claim in text or text in claim)


def score_pair(c: Comparison, spec: dict[str, Any]) -> PairScore:
    s = PairScore()
    s.aligned_pred = sum(1 for p in c.pairs if p.a is not None and p.b is not None)
    for exp in spec["pairs"]:
        a_cue, a_claim = exp.get("a_cue"), exp.get("a_content_contains")
        b_cue, b_claim = exp.get("b_cue"), exp.get("b_content_contains")
        if a_cue and b_cue and exp["verdict"] not in ("dropped", "missing", "added"):
            s.aligned_gold += 1
            if any(_is(p.a, a_cue, a_claim) and _is(p.b, b_cue, b_claim) for p in c.pairs):
                s.aligned_tp += 1
        side = [p for p in c.pairs if (_is(p.a, a_cue, a_claim) if a_cue else _is(p.b, b_cue, b_claim))]
        if not side:
            s.not_extracted += 1
            continue
        s.verdict_total += 1
        if side[0].verdict == exp["verdict"]:
            s.verdict_correct += 1
    return s
