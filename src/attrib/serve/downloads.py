"""The downloads of what a page shows: CSV, JSON or the HTML report, rendered on request."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from attrib.serve.pages import Pages
from attrib.serve.store import Entry

_TYPES = {"csv": "text/csv", "json": "application/json", "html": "text/html"}


def download_response(entry: Entry, fmt: str, page: Pages) -> Response:
    """The file for ``entry`` in ``fmt``, as an attachment with a fixed, safe file name."""
    if fmt not in _TYPES:
        return page("error.html.j2", 404, message=f"No download in that format; choose one of: {', '.join(_TYPES)}.")
    value: Any = entry.value
    if entry.kind == "compare":
        from attrib.render.compare import render_comparison

        body = render_comparison(value, fmt)
        name = f"attrib-compare.{fmt}"
    else:
        from attrib.render import render

        body = render(value, fmt)
        name = f"attrib.{fmt}"
    return Response(body, media_type=_TYPES[fmt] + "; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "X-Content-Type-Options": "nosniff"})
