"""The summary of a comparison: counts a reader checks first, and notes on unusual input.

Kept apart from the alignment so that a view or a report can recompute it for a filtered set
of pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from attrib.compare_verdict import VERDICTS
from attrib.model import ArticleAttributions


class Pair(Protocol):
    """What the summary reads of a :class:`attrib.compare.Pair` (no import back into compare)."""

    @property
    def verdict(self) -> str: ...

    @property
    def claim_changed(self) -> bool: ...


def summarize(pairs: Sequence[Pair], ra: ArticleAttributions, rb: ArticleAttributions) -> dict[str, object]:
    """Verdict counts, changed claims, named and anonymous sources per side, and input notes."""
    counts = Counter(p.verdict for p in pairs)

    def share(r: ArticleAttributions) -> dict[str, object]:
        kinds = Counter(x.speaker.kind for x in r.attributions)
        total = len(r.attributions)
        return {"attributions": total, "named": kinds["person"], "anonymous": kinds["anonymous"],
                "named_share": round(kinds["person"] / total, 3) if total else 0.0,
                "anonymous_share": round(kinds["anonymous"] / total, 3) if total else 0.0}

    return {"verdicts": {v: counts.get(v, 0) for v in VERDICTS}, "claims_changed": sum(p.claim_changed for p in pairs),
            "a": share(ra), "b": share(rb), "input_notes": input_notes(ra, rb)}


def input_notes(ra: ArticleAttributions, rb: ArticleAttributions) -> list[str]:
    """What a user should know about the two inputs before reading the verdicts."""
    a, b = ra.article, rb.article
    notes = []
    if a.text.strip() == b.text.strip():
        notes.append("A and B are the same text: every verdict is `same`")
    if a.lang == "ar" and b.lang == "en":
        notes.append("A is Arabic and B English: verdicts read B against A (give the original first)")
    for name, r in (("A", ra), ("B", rb)):
        if not r.attributions:
            notes.append(f"{name} ({r.article.id}) has no attributions")
    return notes
