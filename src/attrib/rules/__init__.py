"""Extraction rules, found through a registry so users can add their own.

``@rule("en.verb.speaker_before", lang="en", priority=50)`` registers a function; the
pipeline tries every registered rule of the article's language on every cue, in
priority order (lower first). ``only=`` restricts a run to some rule ids, which is how
a rule is tested in isolation.

``@cue_filter("en")`` registers a language's cue filter: before any rule runs, it decides
whether a lexicon match is a reporting word at all in its context ("the said agreement",
a headline in Title Case) and whether only the non-finite rule may take it ("to say").
Surface heuristics like these are language knowledge, so they live beside that
language's rules, not in the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from attrib.errors import OptionError
from attrib.lexicon.load import CUE_KINDS, CueKind
from attrib.rules.base import (
    Candidate,
    CharRange,
    Context,
    CueFilter,
    CueUse,
    OutletRef,
    Rule,
    RuleFn,
    SpeakerHint,
    TokenRange,
)

_RULES: dict[str, Rule] = {}
_FILTERS: dict[str, CueFilter] = {}


def register(r: Rule) -> Rule:
    _RULES[r.id] = r
    return r


def rule(id: str, lang: str, priority: int = 50, *, kinds: tuple[CueKind, ...] = CUE_KINDS,
         nominal: bool = True, nonfinite: bool = False, variants: tuple[str, ...] = ()) -> Callable[[RuleFn], RuleFn]:
    """Decorator: register ``fn`` as rule ``id`` for ``lang``, with the guards of :class:`Rule`."""

    def deco(fn: RuleFn) -> RuleFn:
        register(Rule(id=id, lang=lang, fn=fn, priority=priority, doc=(fn.__doc__ or "").strip(), kinds=kinds,
                      nominal=nominal, nonfinite=nonfinite, variants=variants))
        return fn

    return deco


def cue_filter(lang: str) -> Callable[[CueFilter], CueFilter]:
    """Decorator: register ``fn`` as the cue filter of ``lang`` (one per language; a later
    registration replaces the earlier one, so a user module can refine it)."""

    def deco(fn: CueFilter) -> CueFilter:
        _FILTERS[lang] = fn
        return fn

    return deco


def filter_for(lang: str) -> CueFilter | None:
    _load_builtin()
    return _FILTERS.get(lang)


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


__all__ = [
    "Candidate",
    "CharRange",
    "Context",
    "CueFilter",
    "CueUse",
    "OutletRef",
    "Rule",
    "SpeakerHint",
    "TokenRange",
    "all_rules",
    "cue_filter",
    "filter_for",
    "register",
    "rule",
    "rules_for",
]
