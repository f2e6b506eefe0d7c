"""News pages as input: the main text of a saved ``.html`` page, with its title, date and publisher.

A saved news page is mostly navigation, adverts, scripts and related links; running the
rules over its markup gives junk ("span class" as a speaker). The article's main text is
found by trafilatura (maintained, well evaluated on news boilerplate removal, reads
``og:``/JSON-LD metadata, pure Python over lxml), then laid out as a plain article: the
title as the first paragraph, one paragraph per line. Offsets refer to that extracted text,
which the JSON output carries (``"text"``) so every span stays checkable.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, Literal

import attrs

from attrib.errors import InputError
from attrib.model import Article, Span
from attrib.reader.article import decode, make_article

InputFormat = Literal["auto", "text", "html"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
MIN_WORDS = 5  # less is a menu or a caption that the extractor fell back on, not an article
# HTML's own elements only: a transcript's <tweet id=...> or an author's <name> are not a web page
_TAG = re.compile(r"</?(?:html|head|body|div|p|span|a|script|style|meta|link|img|ul|ol|li|table|tr|td|th|br|hr|"
                  r"section|article|nav|header|footer|main|aside|h[1-6]|b|i|em|strong|iframe|form|input|button|"
                  r"figure|figcaption|time|noscript|svg)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_MARKUP_START = re.compile(r"\s*(?:<!DOCTYPE\s+html|<html[\s>]|<\?xml)", re.IGNORECASE)


def is_page(name: str, fmt: str = "auto") -> bool:
    """Whether an input named ``name`` is read as a news page under ``--input-format fmt``."""
    return fmt == "html" or (fmt == "auto" and Path(name).suffix.lower() in PAGE_SUFFIXES)


def looks_like_markup(text: str) -> bool:
    """A text that is really an HTML page: it opens like one, or tags make up much of it."""
    if _MARKUP_START.match(text[:200]):
        return True
    head = text[:20000]
    tags = _TAG.findall(head)
    return len(tags) >= 5 and sum(map(len, tags)) >= 0.2 * len(head)


def warn_if_markup(text: str, name: str) -> None:
    """One line on stderr when a text file looks like a web page (its results would be junk)."""
    if looks_like_markup(text):
        print(f"attrib: warning: {name} looks like an HTML page; name it .html or use --input-format html "
              "to read its main text", file=sys.stderr)


def _extract(html: str, name: str) -> Any:
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{name}: reading HTML pages needs trafilatura: pip install 'attrib[html]'") from None
    doc: Any = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      deduplicate=False)
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise InputError(f"{name}: no article text found in this HTML page")
    return doc


def _publisher(sitename: str | None) -> str | None:
    """The gazetteer's name for the site when it knows it ("الجزيرة نت" -> Al Jazeera), else the site name."""
    if not sitename or not sitename.strip():
        return None
    from attrib.lexicon import load_gazetteer
    from attrib.lexicon.names import find_names

    site = sitename.strip()
    hits = find_names(load_gazetteer().outlets, site, 0, len(site), cased=False)
    if len(hits) == 1 and len(hits[0][0].text) >= 0.6 * len(site):
        return hits[0][1]
    return site


def page_text(title: str | None, body: str) -> tuple[str, Span | None]:
    """The article text: the title (when the body does not open with it), a blank line, the body."""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    body = "\n".join(line for line in lines if line)
    title = " ".join((title or "").split())
    if not title or body.startswith(title):
        return body + "\n", None
    text = f"{title}\n\n{body}\n"
    return text, Span.of(text, 0, len(title))


def read_page(data: bytes | str, id: str = "page", lang: str | None = None,
              source_path: str | None = None, name: str | None = None) -> Article:
    """An article from a saved news page (bytes as read from disk, or already-decoded HTML)."""
    name = name or source_path or id
    html = data if isinstance(data, str) else decode(data, name)
    doc = _extract(html, name)
    text, title = page_text(doc.title, doc.text)
    article = make_article(text, id=id, lang=lang, source_path=source_path)
    date = doc.date if isinstance(doc.date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
    return attrs.evolve(article, title=title or article.title, date=date or article.date,
                        publisher=_publisher(doc.sitename) or article.publisher, origin="html")


def read_input(data: bytes, name: str, id: str, lang: str | None = None, fmt: str = "auto",
               source_path: str | None = None) -> Article:
    """Bytes of one input as an article: a news page by name or format, else text (with a
    warning when the text looks like markup)."""
    if fmt not in INPUT_FORMATS:
        from attrib.errors import OptionError

        raise OptionError(f"unknown input format {fmt!r}; choose one of: {', '.join(INPUT_FORMATS)}")
    if is_page(name, fmt):
        return read_page(data, id=id, lang=lang, source_path=source_path, name=name)
    text = decode(data, name)
    if fmt == "auto":
        warn_if_markup(text, name)
    return make_article(text, id=id, lang=lang, source_path=source_path)
