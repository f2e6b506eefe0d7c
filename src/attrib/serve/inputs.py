"""What the app does with a request's inputs: each pasted story or uploaded file becomes a
result or an error record in its place, so one bad file never costs the others.

Every check a browser user can trip gives one sentence naming the file: too large, binary,
empty, undecodable, a page with no article text, a language we do not read. The request's
time limit is checked between articles: the ones left over are reported, not dropped.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import PurePath

import attrs

from attrib.errors import AttribError, InputError
from attrib.model import ArticleAttributions
from attrib.render import error_record
from attrib.text.langcheck import check_supported

Result = ArticleAttributions | dict[str, object]
MB = 1024 * 1024


@attrs.frozen
class Limits:
    """The app's limits: bytes per request and per file, files per request, seconds per request."""

    max_request_bytes: int = 10 * MB
    max_file_bytes: int = 2 * MB
    max_files: int = 20
    time_limit_s: float = 30.0

    @property
    def file_mb(self) -> str:
        return mb(self.max_file_bytes)

    @property
    def request_mb(self) -> str:
        return mb(self.max_request_bytes)


def mb(n: float) -> str:
    """Bytes as megabytes for a message: 2 MB, 0.1 MB, 2.9 MB."""
    return f"{n / MB:.2g}" if n < 10 * MB else f"{n / MB:.0f}"


@attrs.frozen
class Upload:
    """One input: a file's name as the browser sent it (shown, never used as a path) and its bytes."""

    name: str
    data: bytes
    pasted: bool = False


def article_id(name: str) -> str:
    """The id shown for an upload: its base name without extension (browsers may send a path)."""
    base = PurePath(name.replace("\\", "/")).name
    return PurePath(base).stem or base or "upload"


def _one(up: Upload, lang: str | None, limits: Limits) -> Result:
    from attrib.pipeline import extract
    from attrib.reader.htmlpage import read_input

    ident = article_id(up.name)
    if len(up.data) > limits.max_file_bytes:
        raise InputError(f"{up.name}: too large ({mb(len(up.data))} MB; the limit is {limits.file_mb} MB per file)")
    fmt = "text" if up.pasted else "auto"
    article = read_input(up.data, up.name, ident, lang=lang, fmt=fmt)
    if lang is None:
        check_supported(article.text, up.name)
    return extract(article)


def analyse(uploads: Sequence[Upload], lang: str | None, limits: Limits, deadline: float) -> list[Result]:
    """A result or an error record for every upload, in order."""
    out: list[Result] = []
    for up in uploads:
        ident = article_id(up.name)
        if time.monotonic() > deadline:
            out.append(error_record(ident, f"{up.name}: not processed: the request ran past its time limit "
                                           f"({limits.time_limit_s:g} s); send fewer or smaller files"))
            continue
        try:
            out.append(_one(up, lang, limits))
        except AttribError as exc:
            out.append(error_record(ident, str(exc)))
        except Exception as exc:  # a bug must not cost the other files of the request
            out.append(error_record(ident, f"{up.name}: internal error, please report it: {type(exc).__name__}"))
    return out
