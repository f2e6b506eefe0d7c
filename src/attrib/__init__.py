"""attrib: who said what, and through which outlet, in English and Arabic news.

Public API (small and stable)::

    import attrib
    result = attrib.extract(text)          # or attrib.extract(attrib.read("story.txt"))
    print(result.table("github"))
"""

from __future__ import annotations

from attrib.compare import Comparison, Pair, compare
from attrib.errors import AttribError
from attrib.io import read
from attrib.model import (
    Article,
    ArticleAttributions,
    Attribution,
    Cue,
    Outlet,
    Sentence,
    Span,
    Speaker,
    Token,
)
from attrib.pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleAttributions", "AttribError", "Attribution", "Comparison", "Cue", "Outlet", "Pair",
    "Sentence", "Span", "Speaker", "Token", "__version__", "compare", "extract", "read",
]
