"""Results as text: table, markdown, CSV, JSON/JSONL (:mod:`~attrib.render.formats`), the HTML
report (:mod:`attrib.report`, from templates) and comparison views (:mod:`~attrib.render.compare`).

Renderers read result values; values know no renderer (``attrib.model`` imports nothing here)."""

from attrib.render.formats import (
    FORMATS,
    SCHEMA_VERSION,
    check_format,
    error_record,
    render,
    render_chunks,
    result_to_json,
)

__all__ = ["FORMATS", "SCHEMA_VERSION", "check_format", "error_record", "render", "render_chunks", "result_to_json",
           "table"]


def table(result: object, fmt: str = "table") -> str:
    """One result (an article's or a comparison's) rendered in ``fmt``."""
    from attrib.compare import Comparison
    from attrib.model import ArticleAttributions
    from attrib.render.compare import render_comparison

    if isinstance(result, Comparison):
        return render_comparison(result, fmt)
    if isinstance(result, ArticleAttributions):
        return render([result], fmt)
    raise TypeError(f"cannot render a {type(result).__name__}")
