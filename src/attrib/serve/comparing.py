"""The app's comparison of two inputs: both analysed like any upload, then compared."""

from __future__ import annotations

from attrib.compare import compare
from attrib.model import ArticleAttributions
from attrib.report.compare_view import CompareView, compare_view
from attrib.serve.inputs import Limits, Result, Upload, analyse


def compare_inputs(a: Upload, b: Upload, lang: str | None, limits: Limits,
                   deadline: float) -> CompareView | list[Result]:
    """The compare view of two inputs, or the error records of those that failed."""
    results = analyse([a, b], lang, limits, deadline)
    failed: list[Result] = [r for r in results if isinstance(r, dict)]
    if failed:
        return failed
    ra, rb = results
    assert isinstance(ra, ArticleAttributions) and isinstance(rb, ArticleAttributions)
    return compare_view(compare(ra, rb))
