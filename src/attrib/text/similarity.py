"""Jaro-Winkler similarity of two strings, the one measure attrib uses for spelling variants
(names across scripts, outlet aliases, speaker mentions, compare's claim anchors).

textdistance is imported on first use, not at start-up: importing it imports numpy when numpy
is installed (about 0.15-0.2 s), and most short runs never compare two spellings.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _algorithm() -> Any:
    import textdistance  # deferred: see the module docstring

    return textdistance.JaroWinkler(external=False)


def jaro_winkler(a: str, b: str) -> float:
    """Normalised Jaro-Winkler similarity in [0, 1] (1 = identical)."""
    return float(_algorithm().normalized_similarity(a, b))
