"""Run a rule's example corpus (:mod:`attrib.rules.examples`) and say which examples hold.

Each example is extracted on its own with only its rule enabled, so a positive shows what
that rule finds by itself and a negative cannot be rescued or spoiled by another rule.
A positive holds when one attribution has exactly the expected cue span and, where the
example gives them, the same speaker mention span, claim span, resolved name, speaker kind
and outlet; a negative holds when the rule gives no attribution at all.
"""

from __future__ import annotations

from attrib.errors import OptionError
from attrib.model import Attribution, Span
from attrib.pipeline import extract
from attrib.rules import all_rules
from attrib.rules.examples import Example, ExampleResult, RuleExamples, load_examples


def check_example(example: Example, lexicon_dirs: tuple[str, ...] = ()) -> ExampleResult:
    """Extract ``example.text`` with only ``example.rule`` and compare with the expectation."""
    lang = example.rule.split(".", 1)[0]
    result = extract(example.text, lang=lang, rules=[example.rule], lexicon_dirs=lexicon_dirs)
    found = result.attributions
    if example.polarity == "negative":
        problem = f"the rule fired: {'; '.join(describe(a) for a in found)}" if found else ""
        return ExampleResult(example, found, problem)
    return ExampleResult(example, found, _positive_problem(example, found))


def check_examples(examples: RuleExamples, lexicon_dirs: tuple[str, ...] = ()) -> list[ExampleResult]:
    """The verdict on every example of one rule, positives first."""
    return [check_example(e, lexicon_dirs) for e in examples.all]


def run_rule_examples(rule_id: str, lexicon_dirs: tuple[str, ...] = ()) -> tuple[str, RuleExamples,
                                                                                list[ExampleResult]]:
    """What ``attrib rules --examples RULE_ID`` shows: the rule's doc, its examples and their
    verdicts; an unregistered id raises :class:`~attrib.errors.OptionError`."""
    known = {r.id: r for r in all_rules()}
    if rule_id not in known:
        raise OptionError(f"unknown rule id {rule_id!r}; see `attrib rules` for the list")
    examples = load_examples(rule_id, lexicon_dirs)
    return known[rule_id].doc, examples, check_examples(examples, lexicon_dirs)


def _positive_problem(example: Example, found: tuple[Attribution, ...]) -> str:
    if not found:
        return "the rule gave no attribution"
    same_cue = [a for a in found if _span_eq(a.cue.span, example.cue)]
    if not same_cue:
        return f"no attribution with cue {_show(example.cue)}; found: {'; '.join(describe(a) for a in found)}"
    problems = [_differences(example, a) for a in same_cue]
    if any(not p for p in problems):
        return ""
    return "; ".join(problems)


def _differences(example: Example, a: Attribution) -> str:
    wrong: list[str] = []
    if example.speaker is not None and not _span_eq(a.speaker.mention, example.speaker):
        wrong.append(f"speaker {_show(a.speaker.mention)}, expected {_show(example.speaker)}")
    if example.claim is not None and not _span_eq(a.content, example.claim):
        wrong.append(f"claim {_show(a.content)}, expected {_show(example.claim)}")
    if example.name is not None and a.speaker.name != example.name:
        wrong.append(f"name {a.speaker.name!r}, expected {example.name!r}")
    if example.speaker_kind is not None and a.speaker.kind != example.speaker_kind:
        wrong.append(f"kind {a.speaker.kind!r}, expected {example.speaker_kind!r}")
    outlet = a.outlet.name if a.outlet else None
    if example.outlet is not None and outlet != example.outlet:
        wrong.append(f"outlet {outlet!r}, expected {example.outlet!r}")
    role = a.outlet.role if a.outlet else None
    if example.outlet_role is not None and role != example.outlet_role:
        wrong.append(f"outlet role {role!r}, expected {example.outlet_role!r}")
    return ", ".join(wrong)


def _span_eq(got: Span | None, want: Span | None) -> bool:
    if got is None or want is None:
        return got is want
    return (got.start, got.end) == (want.start, want.end)


def _show(span: Span | None) -> str:
    return "none" if span is None else f"{span.text!r} [{span.start}:{span.end}]"


def describe(a: Attribution) -> str:
    """One attribution in a line: cue, speaker mention and claim with their offsets."""
    return f"cue {_show(a.cue.span)}, speaker {_show(a.speaker.mention)}, claim {_show(a.content)}"
