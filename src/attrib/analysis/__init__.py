"""Analyzers turn an :class:`~attrib.model.Article` into an :class:`Analysis`.

They are found by name through a registry (like spaCy's factories), so another engine
(e.g. a dependency parser) plugs in without touching the rules or the CLI."""

from __future__ import annotations

from collections.abc import Callable

from attrib.analysis.base import Analysis
from attrib.errors import OptionError
from attrib.model import Article

Analyzer = Callable[[Article], Analysis]
_REGISTRY: dict[str, Callable[..., Analyzer]] = {}


def register(name: str, factory: Callable[..., Analyzer]) -> None:
    """Register an analyzer factory; it receives the engine options (e.g. ``model_dir``)."""
    _REGISTRY[name] = factory


def engines() -> list[str]:
    return sorted([*_REGISTRY, "conllu", "learned"])


def get_analyzer(name: str, **options: object) -> Analyzer:
    if name == "learned":
        raise OptionError("the learned engine tags articles itself: use attrib.extract(text, engine=\"learned\")")
    if name == "conllu":
        raise OptionError("the conllu engine reads .conllu files: use `attrib extract --engine conllu FILE.conllu` "
                          "or attrib.analysis.conllu.read_conllu")
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise OptionError(
            f"unknown engine {name!r}; available: {', '.join(engines())}"
        ) from None
    return factory(**options)


def _light(**_options: object) -> Analyzer:
    from attrib.analysis.light import analyze

    return analyze


def _stanza(model_dir: str | None = None, use_gpu: bool | None = None, **_options: object) -> Analyzer:
    from attrib.analysis.stanza_engine import StanzaAnalyzer

    return StanzaAnalyzer(model_dir=model_dir, use_gpu=use_gpu)


register("light", _light)
register("stanza", _stanza)
ENGINES = ("light", "stanza", "conllu", "learned")

__all__ = ["Analysis", "Analyzer", "engines", "get_analyzer", "register"]
