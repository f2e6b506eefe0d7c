"""A rule's example corpus as text, for ``attrib rules --examples RULE_ID``.

Each example is shown with its expected spans marked in the sentence — ``[cue]``,
``{speaker}``, ``⟨claim⟩`` (angle brackets, not «», which Arabic text uses as quotation
marks) — then the expected name, kind and outlet, and whether the rule holds it now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.model import Span

if TYPE_CHECKING:  # values only: the renderer runs nothing
    from attrib.rules.examples import Example, ExampleResult, RuleExamples

MARKS = {"cue": ("[", "]"), "speaker": ("{", "}"), "claim": ("⟨", "⟩")}


def mark_spans(text: str, spans: dict[str, Span | None]) -> str:
    """``text`` with each span wrapped in its marks; spans may nest but should not cross."""
    events: list[tuple[int, int, str]] = []  # (offset, order, mark): closers before openers at one offset
    for field, span in spans.items():
        if span is None:
            continue
        opener, closer = MARKS[field]
        events.append((span.start, 1, opener))
        events.append((span.end, 0, closer))
    out: list[str] = []
    pos = 0
    for offset, _order, mark in sorted(events, key=lambda e: (e[0], e[1])):
        out.append(text[pos:offset])
        out.append(mark)
        pos = offset
    out.append(text[pos:])
    return "".join(out)


def _expectation(e: Example) -> str:
    parts = [f"{label} {value!r}" for label, value in
             (("name", e.name), ("kind", e.speaker_kind), ("outlet", e.outlet), ("role", e.outlet_role))
             if value is not None]
    return ", ".join(parts)


def _verdict(r: ExampleResult) -> str:
    return "ok" if r.passed else f"FAILS: {r.problem}"


def render_examples(doc: str, examples: RuleExamples, results: list[ExampleResult]) -> str:
    """The rule's doc, then its positive and negative examples with their verdicts."""
    lines = [f"{examples.rule} ({examples.lang})", "", doc.strip() or "(no description)", ""]
    if not examples.files:
        lines.append(f"No examples yet: add {examples.lang}/examples/{examples.rule}.toml to a lexicon folder "
                     "(see docs/rules.md).")
        return "\n".join(lines) + "\n"
    verdicts = {r.example: r for r in results}
    lines.append(f"Marks: [cue] {{speaker}} ⟨claim⟩. Files: {', '.join(examples.files)}")
    for title, group in (("Positive", examples.positives), ("Negative", examples.negatives)):
        lines += ["", f"{title} examples ({len(group)}):"]
        for e in group:
            text = mark_spans(e.text, {"cue": e.cue, "speaker": e.speaker, "claim": e.claim})
            lines.append(f"  {e.number:>2}. {text}")
            extra = _expectation(e) if e.polarity == "positive" else (f"why: {e.why}" if e.why else "")
            if extra:
                lines.append(f"      {extra}")
            r = verdicts.get(e)
            if r is not None:
                lines.append(f"      -> {_verdict(r)}")
    failed = sum(not r.passed for r in results)
    lines += ["", f"{len(results) - failed} of {len(results)} examples hold."]
    return "\n".join(lines) + "\n"

