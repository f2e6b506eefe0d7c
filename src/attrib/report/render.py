"""The HTML audit report, from jinja2 templates: shared by ``extract -f html`` and ``attrib serve``.

The report is one self-contained page (inline CSS, inline SVG, no scripts, no external
files) so it can be mailed or archived as it is. Each article is rendered on its own, so a
caller that streams results can write the page head, then each article as it is done, then
the overview (table of contents and the summary of the whole set) once the set is known;
``report()`` renders everything at once with the overview first.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

import attrs
import jinja2
import markupsafe

from attrib.model import ArticleAttributions
from attrib.report.highlight import Piece, highlighted
from attrib.report.summary import Summary, summarize

if TYPE_CHECKING:
    from attrib.compare import Comparison

Result = ArticleAttributions | dict[str, object]
Part = Literal["all", "head", "articles", "tail"]
TITLE = "attrib report"


@attrs.frozen
class Row:
    """One table row: the full claim (its parts joined), never cut short."""

    n: int
    speaker: str
    kind: str
    cue: str
    claim: str
    outlet: str
    quote: str


@attrs.frozen
class ArticleView:
    """What the templates need to draw one article (or its error)."""

    index: int
    id: str
    heading: str
    error: str | None = None
    lang: str = "en"
    date: str | None = None
    publisher: str | None = None
    wire: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    pieces: tuple[Piece, ...] = ()
    labels: dict[int, str] = attrs.field(factory=dict)
    summary: Summary | None = None

    @property
    def anchor(self) -> str:
        return f"art{self.index}"

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"


def _rows(result: ArticleAttributions) -> tuple[Row, ...]:
    return tuple(
        Row(n, att.speaker.name, att.speaker.kind, att.cue.span.text, " … ".join(p.text for p in att.parts),
            f"{att.outlet.name} ({att.outlet.role})" if att.outlet else "", att.quote)
        for n, att in enumerate(result.attributions, 1))


def view(result: Result, index: int) -> ArticleView:
    """The view of one result (``index`` numbers the anchors, unique within a page)."""
    if isinstance(result, dict):
        return ArticleView(index, str(result["id"]), str(result["id"]), error=str(result["error"]))
    art = result.article
    labels = {n: f"#{n} {a.speaker.name} ({a.speaker.kind}), {a.cue.span.text}"
              for n, a in enumerate(result.attributions, 1)}
    return ArticleView(
        index, art.id, art.title.text.strip() if art.title else art.id, lang=art.lang, date=art.date,
        publisher=art.publisher, wire=tuple(o.name for o in art.wire), rows=_rows(result),
        pieces=tuple(highlighted(result)), labels=labels, summary=summarize([result]))


@cache
def environment() -> jinja2.Environment:
    """The template environment: autoescaping on, so article text can never become markup."""
    return jinja2.Environment(loader=jinja2.PackageLoader("attrib.report", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


@cache
def css() -> markupsafe.Markup:
    """The page style (our own file, inserted as it is)."""
    style = resources.files("attrib.report").joinpath("templates/style.css")
    return markupsafe.Markup(style.read_text(encoding="utf-8"))


def render_part(part: Part, views: Sequence[ArticleView] = (), summary: Summary | None = None,
                title: str = TITLE) -> str:
    """One part of the page: ``head``, ``articles`` (the given views), ``tail`` (with the
    overview of ``views``/``summary``) or ``all``."""
    return environment().get_template("report.html.j2").render(
        part=part, views=views, summary=summary or summarize([]), title=title, css=css())


def report(results: Sequence[Result], title: str = TITLE) -> str:
    """The whole page for ``results`` (error records are shown in place)."""
    views = [view(r, i) for i, r in enumerate(results, 1)]
    return render_part("all", views, summarize(results), title)


def compare_report(c: Comparison) -> str:
    """The self-contained page of a comparison (``attrib compare -f html``)."""
    from attrib.report.compare_view import compare_view

    return environment().get_template("compare_report.html.j2").render(result=compare_view(c), css=css())


class ReportStream:
    """The page written article by article: ``head()``, ``article(r)`` for each, ``tail()``.

    Only the small per-article views are kept for the final table of contents."""

    def __init__(self, title: str = TITLE) -> None:
        self.title = title
        self.views: list[ArticleView] = []
        self.results: list[Result] = []

    def head(self) -> str:
        return render_part("head", title=self.title)

    def article(self, result: Result) -> str:
        v = view(result, len(self.views) + 1)
        self.views.append(attrs.evolve(v, pieces=(), rows=v.rows))
        self.results.append(result if isinstance(result, dict) else _light(result))
        return render_part("articles", [v], title=self.title)

    def tail(self) -> str:
        return render_part("tail", self.views, summarize(self.results), self.title)


def _light(result: ArticleAttributions) -> ArticleAttributions:
    """What the set summary needs of a result, without keeping its article text alive."""
    return attrs.evolve(result, article=attrs.evolve(result.article, text="", paragraphs=(), sentences=()))
