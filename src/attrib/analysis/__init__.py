"""Analyzers turn an :class:`~attrib.model.Article` into an :class:`Analysis`.

They are found by name through a registry (like spaCy's factories), so another engine
(e.g. a dependency parser) plugs in without touching the rules or the CLI."""

from __future__ import annotations

from collections.abc import Callable

from attrib.analysis.base import Analysis
from attrib.errors import OptionError
from attrib.model import Article

Analyzer = Callable[[Article], Analysis]
_REGISTRY: dict[str, Callable[[], Analyzer]] = {}


def register(name: str, factory: Callable[[], Analyzer]) -> None:
    _REGISTRY[name] = factory


def engines() -> list[str]:
    return sorted(_REGISTRY)


def get_analyzer(name: str) -> Analyzer:
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise OptionError(
            f"unknown engine {name!r}; available: {', '.join(engines())}"
        ) from None
    return factory()


def _light() -> Analyzer:
    from attrib.analysis.light import analyze

    return analyze


register("light", _light)

__all__ = ["Analysis", "Analyzer", "engines", "get_analyzer", "register"]
