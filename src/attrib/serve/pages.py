"""The app's pages: its own templates beside the report's (the same macros draw both)."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from starlette.responses import HTMLResponse

from attrib.report.render import css
from attrib.serve.inputs import Limits


@cache
def environment() -> jinja2.Environment:
    """Autoescaping everywhere: article text and file names are shown as text, never run."""
    loader = jinja2.ChoiceLoader([jinja2.PackageLoader("attrib.serve", "templates"),
                                  jinja2.PackageLoader("attrib.report", "templates")])
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)


# No scripts, no frames, no outside resources: a hostile text that slipped through escaping still could not run.
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class Pages:
    """Renders the app's pages with its limits (shown next to the upload controls)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def __call__(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("message", None)
        html = environment().get_template(template).render(css=css(), limits=self.limits, **context)
        return HTMLResponse(html, status_code=status, headers=_HEADERS)
