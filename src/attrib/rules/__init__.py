"""Extraction rules, found through a registry so users can add their own.

``@rule("en.verb.speaker_before", lang="en", priority=50)`` registers a function; the
pipeline tries every registered rule of the article's language on every cue, in
priority order (lower first). ``only=`` restricts a run to some rule ids, which is how
a rule is tested in isolation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from attrib.errors import OptionError
from attrib.rules.base import Candidate, Context, OutletRef, Rule, RuleFn

_RULES: dict[str, Rule] = {}


def register(r: Rule) -> Rule:
    _RULES[r.id] = r
    return r


def rule(id: str, lang: str, priority: int = 50) -> Callable[[RuleFn], RuleFn]:
    """Decorator: register ``fn`` as rule ``id`` for ``lang``."""

    def deco(fn: RuleFn) -> RuleFn:
        register(Rule(id, lang, fn, priority, (fn.__doc__ or "").strip()))
        return fn

    return deco


def _load_builtin() -> None:
    from attrib.rules import ar, dep, en  # noqa: F401  (registration side effect)


def all_rules() -> list[Rule]:
    _load_builtin()
    return sorted(_RULES.values(), key=lambda r: (r.lang, r.priority, r.id))


def rules_for(lang: str, only: Iterable[str] | None = None) -> list[Rule]:
    rules = [r for r in all_rules() if r.lang == lang]
    if only is not None:
        wanted = set(only)
        unknown = wanted - set(_RULES)
        if unknown:
            raise OptionError(
                f"unknown rule id(s): {', '.join(sorted(unknown))}; see `attrib rules` for the list"
            )
        rules = [r for r in rules if r.id in wanted]
    return rules


__all__ = ["Candidate", "Context", "OutletRef", "Rule", "all_rules", "register", "rule", "rules_for"]
