"""What every view of a comparison shares: the verdict legend, the changed-claim mark, the
claim text of an attribution and the summary line (kept apart so the views import no cycle)."""

from __future__ import annotations

from attrib.compare import Comparison
from attrib.compare_verdict import VERDICTS
from attrib.model import Attribution

LEGEND: dict[str, str] = {
    "same": "carried over (same speaker and kind; other wording in notes)",
    "cue_changed": "kind changed (speech / according-to / belief)",
    "speaker_changed": "another speaker",
    "outlet_changed": "outlet differs or is gone",
    "dropped": "claim kept, attribution gone",
    "missing": "not in B",
    "added": "only in B",
}
CLAIM_MARK = "≠"



def claim_of(att: Attribution | None) -> str:
    return " … ".join(p.text for p in att.parts) if att else ""



def summary_line(c: Comparison) -> str:
    v = c.summary["verdicts"]
    assert isinstance(v, dict)
    counts = " · ".join(f"{k} {v[k]}" for k in VERDICTS if v.get(k)) or "no attributions on either side"
    sa, sb = c.summary["a"], c.summary["b"]
    assert isinstance(sa, dict) and isinstance(sb, dict)
    changed = c.summary.get("claims_changed", 0)
    return (f"{counts} · claims changed {changed}\nnamed / anonymous sources: A {sa['named']} / {sa['anonymous']}"
            f" of {sa['attributions']} · B {sb['named']} / {sb['anonymous']} of {sb['attributions']}")
