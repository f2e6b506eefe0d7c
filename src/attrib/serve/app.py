"""``attrib serve``: the journalist's desk in the browser (Starlette, jinja2 templates, no scripts).

Starlette is a small, well-kept ASGI toolkit (the base of FastAPI) with streaming multipart
parsing and limits on parts and files; uvicorn serves it. Pages are server-rendered from the
same templates as the report, with no JavaScript and no external assets, so the app works
offline and every control is a plain, labelled HTML form element. Nothing is written to disk:
the results of a request are kept in memory (a bounded store) only so that their CSV, JSON
or HTML can be downloaded.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from attrib.errors import AttribError
from attrib.reader import check_lang
from attrib.report import summarize, view
from attrib.serve.inputs import MB, Limits, Result, Upload, analyse, mb
from attrib.serve.pages import Pages
from attrib.serve.store import Store

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
DRAIN_LIMIT = 256 * MB  # a body over the limit is read and dropped up to this size before the 413


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413, by its Content-Length or as it arrives."""

    def __init__(self, app: ASGIApp, limit: int, page: Pages) -> None:
        self.app = app
        self.limit = limit
        self.page = page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413)
            return message

        await self.app(scope, counted, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read (and drop) the body first, up to a bound, so the browser gets to see the answer
        instead of a connection reset while it is still sending."""
        drained = 0
        while drained <= DRAIN_LIMIT:
            message = await receive()
            drained += len(message.get("body", b""))
            if message["type"] != "http.request" or not message.get("more_body"):
                break
        response = self.page("error.html.j2", 413, message=too_large(self.limit))
        await response(scope, receive, send)


def too_large(limit: int) -> str:
    return f"The upload is too large: the limit is {mb(limit)} MB per request. Send fewer or smaller files."


async def _form_inputs(request: Request, limits: Limits, prefix: str = "") -> tuple[list[Upload], str | None]:
    try:
        form = await request.form(max_files=limits.max_files, max_fields=20, max_part_size=limits.max_file_bytes)
    except MultiPartException as exc:
        raise AttribError(f"The form could not be read: {exc.message}") from None
    lang = check_lang(str(form.get("lang") or "auto"))
    uploads: list[Upload] = []
    text = form.get(f"{prefix}text")
    if isinstance(text, str) and text.strip():
        default = f"version {prefix[0].upper()}" if prefix else "pasted story"
        name = form.get(f"{prefix}name")
        uploads.append(Upload(name.strip() if isinstance(name, str) and name.strip() else default,
                              text.encode("utf-8"), pasted=True))
    for item in form.getlist(f"{prefix}files"):
        if isinstance(item, UploadFile) and item.filename:
            uploads.append(Upload(item.filename, await item.read()))
    return uploads, lang


async def _timed(limits: Limits, work: Callable[[float], Any]) -> Any:
    """``work(deadline)`` in a worker thread, given up (HTTP 503) past the request's time limit."""
    deadline = time.monotonic() + limits.time_limit_s
    try:
        return await asyncio.wait_for(run_in_threadpool(work, deadline), limits.time_limit_s + 1.0)
    except TimeoutError:
        raise HTTPException(503, f"The request took longer than its limit of {limits.time_limit_s:g} s; "
                                 "send a shorter text or fewer files.") from None


def _status(results: list[Result]) -> int:
    """200 when something was analysed; 422 when every input failed."""
    return 200 if any(not isinstance(r, dict) for r in results) else 422


def create_app(limits: Limits | None = None) -> ASGIApp:
    """The ASGI application (wrapped in the request-size limit)."""
    limits = limits or Limits()
    store = Store()
    page = Pages(limits)

    async def index(request: Request) -> Response:
        return page("index.html.j2")

    async def extract(request: Request) -> Response:
        try:
            uploads, lang = await _form_inputs(request, limits)
        except AttribError as exc:
            return page("index.html.j2", 400, message=str(exc))
        if not uploads:
            return page("index.html.j2", 400, message="Paste a story or choose one or more files first.")
        results: list[Result] = await _timed(limits, lambda d: analyse(uploads, lang, limits, d))
        token = store.put("extract", results)
        views = [view(r, i) for i, r in enumerate(results, 1)]
        return page("results.html.j2", _status(results), views=views, summary=summarize(results), token=token,
                    errors=[v for v in views if v.error])

    async def compare_form(request: Request) -> Response:
        return page("compare.html.j2")

    async def compare(request: Request) -> Response:
        from attrib.serve.comparing import compare_inputs

        try:
            a, lang = await _form_inputs(request, limits, "a_")
            b, _ = await _form_inputs(request, limits, "b_")
        except AttribError as exc:
            return page("compare.html.j2", 400, message=str(exc))
        if len(a) != 1 or len(b) != 1:
            return page("compare.html.j2", 400,
                        message="Give one version on each side: paste it or choose one file (A and B).")
        outcome = await _timed(limits, lambda d: compare_inputs(a[0], b[0], lang, limits, d))
        if isinstance(outcome, list):  # the error records of the side(s) that failed
            return page("compare.html.j2", 422, message=" ".join(str(r["error"]) for r in outcome))
        token = store.put("compare", outcome.comparison)
        return page("compare.html.j2", 200, result=outcome, token=token)

    async def download(request: Request) -> Response:
        from attrib.serve.downloads import download_response

        entry = store.get(request.path_params["token"])
        if entry is None:
            return page("error.html.j2", 404, message="These results are no longer kept; run the analysis again.")
        return download_response(entry, request.path_params["fmt"], page)

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else ""
        message = {404: "No such page.", 405: "This page does not take that kind of request.",
                   413: too_large(limits.max_request_bytes)}.get(status, detail or "Something went wrong.")
        return page("error.html.j2", status, message=message)

    async def server_error(request: Request, exc: Exception) -> Response:
        message = "Internal error, please report it: " + type(exc).__name__
        try:
            return page("error.html.j2", 500, message=message)
        except Exception:  # the error page itself failed: still one line, never a traceback
            return PlainTextResponse(message, status_code=500)

    routes = [
        Route("/", index), Route("/extract", extract, methods=["POST"]), Route("/extract", index),
        Route("/compare", compare_form), Route("/compare", compare, methods=["POST"]),
        Route("/download/{token}/{fmt}", download), Route("/health", health),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error, 500: server_error})
    return BodyLimit(app, limits.max_request_bytes, page)


__all__ = ["BodyLimit", "Limits", "create_app"]
