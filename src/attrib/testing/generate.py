"""Building generated sentences with their ground truth, offsets included.

A :class:`Builder` appends text piece by piece and remembers where each piece landed, so
every expected span is exact by construction (no searching in the output).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

import attrs

from attrib.model import Span


@attrs.frozen
class Expected:
    """One attribution a generated text contains, as a careful reader annotates it."""

    cue: Span
    speaker: str                 # the resolved speaker name
    speaker_kind: str | None
    content: Span                # the claim itself (a complementizer or quote marks around it excluded)
    outlet: str | None = None
    outlet_role: str | None = None
    quote: str = "indirect"
    pattern: str = ""
    rules: tuple[str, ...] = ()  # the rules that produce it (with the light engine)


@attrs.frozen
class Generated:
    """A generated text and the attributions it contains."""

    text: str
    lang: str
    attributions: tuple[Expected, ...]
    patterns: tuple[str, ...]
    negatives: tuple[Span, ...] = ()

    def __str__(self) -> str:  # what hypothesis prints for a failing example
        return self.text


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start, self.pos

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def span(self, r: tuple[int, int]) -> Span:
        return Span.of(self.text, r[0], r[1])


@lru_cache(maxsize=2)
def vocabulary(lang: str) -> dict[str, Any]:
    """The shipped vocabulary for generated news text (attrib/testing/data/<lang>.toml)."""
    with (resources.files("attrib.testing") / "data" / f"{lang}.toml").open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    return data
