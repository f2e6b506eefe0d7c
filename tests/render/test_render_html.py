"""The HTML report: every attribution highlighted in the article, overlaps included."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import attrib
from attrib.render.formats import render
from attrib.render.html import highlighted


class _Text(HTMLParser):
    """The text of one element (by class), tags stripped."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or dict(attrs).get("class") == "text":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.chunks.append(data)


def test_overlapping_spans_split_into_pieces() -> None:
    text = 'Khan said <the> "deal" is near.'
    out = highlighted(text, [(10, 30, "claim", "a1"), (16, 22, "cue", "a2 & more"), (0, 4, "speaker", "a1")])
    assert re.sub(r"<[^>]+>", "", out) == html.escape(text)  # nothing lost or doubled
    assert '<span class="claim cue" title="a1 · a2 &amp; more">&quot;deal&quot;</span>' in out
    assert '<span class="speaker" title="a1">Khan</span>' in out
    assert "&lt;the&gt;" in out  # the article's own markup is escaped


def test_report_shows_each_article_text_and_errors() -> None:
    en = attrib.extract("Officials said the border would reopen. \"We are ready,\" Khan told Reuters.", lang="en")
    ar = attrib.extract("وقال المتحدث باسم الوزارة إن المحادثات ستستأنف.")
    page = render([en, {"schema": "1.0", "id": "broken", "error": "broken.txt: binary file"}, ar], "html")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count("<section") == 3 and 'class="error">error: broken.txt: binary file' in page
    assert 'dir="rtl"' in page and 'dir="ltr"' in page
    parser = _Text()
    parser.feed(page)
    shown = "".join(parser.chunks).replace("\n", "")
    assert en.article.text.replace("\n", "") in shown and ar.article.text in shown
    for a in (*en.attributions, *ar.attributions):
        assert f">{html.escape(a.cue.span.text)}</span>" in page
    assert "Reuters (channel)" in page
