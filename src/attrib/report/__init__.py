"""The audit report (HTML, from templates) and its summary, shared by ``-f html`` and ``attrib serve``."""

from __future__ import annotations

from attrib.report.highlight import Mark, Piece, highlighted
from attrib.report.render import ArticleView, ReportStream, Row, environment, report, view
from attrib.report.summary import Count, OutletCount, Summary, summarize

__all__ = [
    "ArticleView", "Count", "Mark", "OutletCount", "Piece", "ReportStream", "Row", "Summary", "environment",
    "highlighted", "report", "summarize", "view",
]
