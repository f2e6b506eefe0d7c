"""attrib: who said what, and through which outlet, in English and Arabic news.

Public API (small and stable)::

    import attrib
    result = attrib.extract(text)          # or attrib.extract(attrib.read("story.txt"))
    print(attrib.table(result, "github"))  # or attrib.to_json(result) for the JSON record
    comparison = attrib.compare(original_text, translated_text)

``compare`` is imported here, not lazily: a lazy attribute would be replaced by the module
``attrib.compare`` as soon as anything imported that module (costs ~5 ms at start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrib.compare import Comparison, Pair, compare
from attrib.errors import AttribError
from attrib.learned import infer as _learned_engine  # noqa: F401  (registers --engine learned)
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
from attrib.reader.files import read
from attrib.render import table
from attrib.render.formats import result_to_json as to_json

if TYPE_CHECKING:
    from attrib.tables import Tables, to_arrow, to_pandas

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleAttributions", "AttribError", "Attribution", "Comparison", "Cue", "Outlet", "Pair",
    "Sentence", "Span", "Speaker", "Tables", "Token", "__version__", "compare", "extract", "read", "table",
    "to_arrow", "to_json", "to_pandas",
]

# loaded on first use: the comparison's name matching, and the tables (pyarrow, an extra)

# loaded on first use: the tables need pyarrow, an extra
_LAZY = {"Tables": "tables", "to_arrow": "tables", "to_pandas": "tables"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"attrib.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'attrib' has no attribute {name!r}")
