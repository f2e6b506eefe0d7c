"""The audit report: pieces, summary, the page drawn from templates, streaming."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

import attrib
from attrib.render import render
from attrib.report import Mark, ReportStream, report, summarize
from attrib.report.highlight import ROLES, pieces

ROOT = Path(__file__).resolve().parent.parent
EN_STORY = ('The finance minister said on Monday that the talks with the IMF would resume next week. '
            '"We are close," she told Reuters.')


class _Shown(HTMLParser):
    """The text of each ``div.text`` as a reader sees it, without the attribution-number badges."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.badge = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += 1
            if "num" in classes or self.badge:
                self.badge += 1
        elif tag == "div" and "text" in classes:
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.badge:
                self.badge -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.badge:
            self.texts[-1] += data


@given(st.text(min_size=1, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60),
                                                            st.sampled_from(ROLES), st.integers(0, 5)), max_size=8))
def test_pieces_join_back_to_the_text_and_carry_their_roles(text: str, raw: list[tuple[int, int, str, int]]) -> None:
    marks = [Mark(min(a, b) % (len(text) + 1), max(a, b) % (len(text) + 1), role, n)  # type: ignore[arg-type]
             for a, b, role, n in raw]
    marks = [m for m in marks if m.start < m.end]
    out = list(pieces(text, marks))
    assert "".join(p.text for p in out) == text
    pos = 0
    for p in out:
        covering = {m.role for m in marks if m.start <= pos and pos + len(p.text) <= m.end}
        assert set(p.roles) == covering
        pos += len(p.text)


def test_adjacent_claims_stay_apart() -> None:
    text = "first claim|second claim"
    out = list(pieces(text, [Mark(0, 11, "claim", 1), Mark(11, 24, "claim", 2)]))
    assert [(p.text, p.claim, p.claim_start, p.claim_end) for p in out] == [
        ("first claim", 1, True, True), ("|second claim", 2, True, True)]
    page = report([attrib.extract('"We will rebuild," the mayor said. "Every house," she added.', lang="en")])
    assert 'class="claim c1 cstart cend"' in page and 'class="claim c0 cstart cend"' in page


def test_report_shows_each_text_exactly_with_numbers_and_links() -> None:
    files = [ROOT / "examples" / "articles" / "en_1_pakistan_imf.txt", ROOT / "examples" / "articles" /
             "ar_1_muscat_talks.txt", ROOT / "examples" / "pages" / "water_talks_ar.html"]
    results = [attrib.extract(attrib.read(f)) for f in files]
    page = report(results)
    shown = _Shown()
    shown.feed(page)
    assert shown.texts == [r.article.text for r in results]  # nothing lost, doubled or reflowed
    for i, r in enumerate(results, 1):
        assert f'<a href="#art{i}">' in page
        for n in range(1, len(r.attributions) + 1):  # each number at its cue and in its row, linked both ways
            assert f'id="art{i}-cue-{n}" href="#art{i}-row-{n}"' in page
            assert f'<tr id="art{i}-row-{n}"><td><a href="#art{i}-cue-{n}"' in page
        for att in r.attributions:  # claims in full, never cut short
            assert f"<td class=\"claimcol\">{escape(' … '.join(p.text for p in att.parts))}</td>" in page
    assert 'dir="rtl" lang="ar"' in page and 'dir="ltr" lang="en"' in page
    assert "<script" not in page


def test_summary_of_a_story_and_of_a_set() -> None:
    en = attrib.extract(EN_STORY, lang="en")
    s = summarize([en])
    assert [(c.label, c.n) for c in s.kinds] == [("anonymous", 2)]
    assert [(o.name, o.role, o.n) for o in s.outlets] == [("Reuters", "channel", 1)]
    assert [(c.label, c.n) for c in s.speakers] == [("finance minister", 2)]
    pages = [attrib.extract(attrib.read(ROOT / "examples" / "pages" / n))
             for n in ("harbour_strike.html", "water_talks_ar.html")]
    both = summarize([*pages, {"id": "x", "error": "x: the file is empty"}])
    assert (both.articles, both.errors) == (2, 1)
    assert both.attributions == sum(len(p.attributions) for p in pages)
    publishers = [o.name for o in both.outlets if o.role == "publisher"]
    assert publishers == ["Al Jazeera", "Riverton Daily Post"]
    assert ("Reuters", "channel") in [(o.name, o.role) for o in both.outlets]
    assert both.kinds[0].label == "person" and both.named == both.kinds[0].n
    assert max(c.share for c in both.kinds) == 1.0


def test_errors_and_hostile_text_are_shown_as_text() -> None:
    story = attrib.extract('Officials said the <script>alert(1)</script> plan was "><img src=x onerror=alert(2)> near.',
                           lang="en")
    page = render([story, {"schema": "1.0", "id": "<b>broken</b>", "error": "<b>broken</b>.txt: binary file"}], "html")
    assert "<script>alert" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'class="error" role="alert">error: &lt;b&gt;broken&lt;/b&gt;.txt: binary file' in page


def test_streamed_report_has_the_same_articles() -> None:
    results = [attrib.extract(EN_STORY, lang="en"), {"id": "bad", "error": "bad.txt: the file is empty"},
               attrib.extract("وقال المتحدث باسم الوزارة إن المحادثات ستستأنف.")]
    stream = ReportStream()
    parts = [stream.head(), *(stream.article(r) for r in results), stream.tail()]
    whole = report(results)
    for part in parts[1:-1]:
        assert part.strip() in whole
    streamed = "".join(parts)
    assert streamed.count('<section class="article"') == 3 and streamed.rstrip().endswith("</html>")
    assert 'id="overview"' in parts[-1] and "2 articles, 3 attributions" in parts[-1]


def _luminance(colour: str) -> float:
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_style_sheet_colours_have_enough_contrast() -> None:
    """WCAG AA (4.5:1) for text on every background the report and the app use."""
    css = (ROOT / "src" / "attrib" / "report" / "templates" / "style.css").read_text(encoding="utf-8")
    var = dict(re.findall(r"--([\w-]+):(#[0-9a-fA-F]{6})", css))
    backgrounds = [var[k] for k in ("claim-a", "claim-b", "speaker", "cue", "outlet")]
    backgrounds += [*re.findall(r"\.claim\.p\d\{background:(#[0-9a-fA-F]{6})\}", css), "#ffffff", "#f1f3f5", "#fff9db"]
    assert len(backgrounds) == 16
    for bg in backgrounds:
        assert _contrast(var["ink"], bg) >= 4.5, bg
    for fg, bg in ((var["muted"], "#ffffff"), (var["accent"], "#ffffff"), ("#ffffff", var["accent"]),
                   ("#c92a2a", "#ffffff"), ("#ffffff", "#c92a2a"), (var["ink"], "#ffffff")):
        assert _contrast(fg, bg) >= 4.5, (fg, bg)
