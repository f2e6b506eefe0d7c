"""Running the property suite against one rule: ``attrib test --rule RULE_ID``.

For a rule id, the runner takes every sentence pattern that names the rule (built-in
patterns, or patterns a user module registers with ``@attrib.testing.pattern``), generates
examples with hypothesis, extracts with only the rules those patterns need, and checks the
properties: exact offsets, recovery of each expected attribution the rule produces,
determinism, and shift invariance. A failure is shrunk and reported with its sentence.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings

from attrib.errors import OptionError
from attrib.model import ArticleAttributions
from attrib.testing.generate import Generated
from attrib.testing.parts import PATTERNS
from attrib.testing.properties import assert_offsets_exact, assert_recovers, assert_shift_invariant
from attrib.testing.strategies import attributed_sentences

PROFILES = {"ci": 30, "thorough": 500}


@attrs.frozen
class RuleReport:
    rule: str
    patterns: tuple[str, ...]
    examples: int
    failure: str | None


def load_module(path: str) -> None:
    """Import a user's module that registers rules (``@attrib.rules.rule``) and patterns."""
    p = Path(path)
    if not p.is_file():
        raise OptionError(f"{path}: no such module file")
    spec = importlib.util.spec_from_file_location(p.stem, p)
    if spec is None or spec.loader is None:
        raise OptionError(f"{path}: cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[p.stem] = module
    spec.loader.exec_module(module)


def check_rule(rule_id: str, profile: str = "ci", lexicon_dirs: tuple[str, ...] = ()) -> RuleReport:
    from attrib.pipeline import extract
    from attrib.rules import all_rules

    if profile not in PROFILES:
        raise OptionError(f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}")
    known = {r.id for r in all_rules()}
    if rule_id not in known:
        raise OptionError(f"unknown rule id {rule_id!r}; see `attrib rules` for the list")
    names = tuple(sorted(p.name for p in PATTERNS.values() if rule_id in p.rules))
    if not names:
        raise OptionError(f"no sentence pattern exercises {rule_id!r}: register one with @attrib.testing.pattern("
                          f"name, lang, rules=[{rule_id!r}]) in the module you pass with --module")
    counter = {"n": 0}

    @settings(max_examples=PROFILES[profile], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(attributed_sentences(PATTERNS[names[0]].lang, patterns=names))
    def prop(g: Generated) -> None:
        counter["n"] += 1
        needed = sorted({r for e in g.attributions for r in e.rules} | {rule_id})

        def run(text: str) -> ArticleAttributions:
            return extract(text, lang=g.lang, rules=needed, lexicon_dirs=lexicon_dirs)

        result = run(g.text)
        assert_offsets_exact(result, g.text)
        assert_recovers(result, attrs.evolve(g, attributions=tuple(e for e in g.attributions if rule_id in e.rules)))
        again = run(g.text)
        if [a.cue.span for a in again.attributions] != [a.cue.span for a in result.attributions]:
            raise AssertionError(f"two runs on the same text differ\ntext: {g.text!r}")
        assert_shift_invariant(run, g.text, "Unrelated news paragraph about the weather.\n\n"
                               if g.lang == "en" else "فقرة لا علاقة لها بالموضوع عن الطقس.\n\n")

    try:
        prop()
    except AssertionError as exc:
        return RuleReport(rule_id, names, counter["n"], str(exc))
    return RuleReport(rule_id, names, counter["n"], None)
