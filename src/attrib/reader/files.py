"""Reading one article from a path or standard input, whatever its format: a text file or a
saved news page (:mod:`attrib.reader.htmlpage`). Kept apart from :mod:`attrib.reader.article`,
which the page reader itself builds on."""

from __future__ import annotations

import sys
from pathlib import Path

from attrib.errors import InputError
from attrib.model import Article
from attrib.reader.htmlpage import read_input


def read(path: str | Path, lang: str | None = None, fmt: str = "auto") -> Article:
    """Read one article; ``-`` reads standard input. Errors name the file. ``fmt``: ``auto``
    (a ``.html``/``.htm`` file is a news page, see :mod:`attrib.reader.htmlpage`), ``text`` or ``html``."""
    if str(path) == "-":
        return read_input(sys.stdin.buffer.read(), "<stdin>", "stdin", lang=lang, fmt=fmt)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return read_input(data, str(path), p.stem, lang=lang, fmt=fmt, source_path=str(path))
