"""The compare view (``compare -f html`` and the app): two versions side by side, each aligned
pair of attributions in its own colour, with the verdict table."""

from __future__ import annotations

import attrs

from attrib.compare import Comparison
from attrib.model import ArticleAttributions, Attribution
from attrib.report.highlight import Mark, Piece, pieces

PALETTE_SIZE = 8  # colour classes p0..p7 in the style sheet


@attrs.frozen
class Row:
    n: int
    verdict: str
    a: tuple[str, str, str]
    b: tuple[str, str, str]


@attrs.frozen
class Side:
    which: str
    id: str
    lang: str
    pieces: tuple[Piece, ...]

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"


@attrs.frozen
class CompareView:
    comparison: Comparison
    rows: tuple[Row, ...]
    sides: tuple[Side, Side]


def _cell(att: Attribution | None) -> tuple[str, str, str]:
    if att is None:
        return "", "", ""
    return att.speaker.name, att.cue.span.text, " … ".join(p.text for p in att.parts)


def compare_view(c: Comparison) -> CompareView:
    marks: dict[str, list[Mark]] = {"A": [], "B": []}
    rows = []
    for n, p in enumerate(c.pairs, 1):
        for which, att in (("A", p.a), ("B", p.b)):
            if att is not None:
                marks[which].extend(Mark(s.start, s.end, "claim", n) for s in att.parts)
                marks[which].append(Mark(att.cue.span.start, att.cue.span.end, "cue", n))
        rows.append(Row(n, p.verdict, _cell(p.a), _cell(p.b)))

    def side(which: str, r: ArticleAttributions) -> Side:
        text = r.article.text
        return Side(which, r.article.id, r.article.lang, tuple(pieces(text, marks[which])))

    return CompareView(c, tuple(rows), (side("A", c.a), side("B", c.b)))
