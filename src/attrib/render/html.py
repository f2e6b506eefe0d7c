"""The self-contained HTML report of ``attrib extract -f html``.

An auditor wants to see *where* each attribution sits, not only a table: the report shows,
for every article, the table and then the article itself with every cue, speaker mention and
claim highlighted. Spans overlap (a claim holds another attribution's cue and speaker), so
the text is cut at every span boundary and each piece carries all the roles that cover it,
instead of nesting tags that could not close in order. Arabic articles are laid out right to
left. No scripts, no external files: the page can be mailed or archived as it is.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Sequence

from tabulate import tabulate

from attrib.model import ArticleAttributions

_STYLE = """body{font-family:sans-serif;margin:1.5em;max-width:70em}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
.text{line-height:1.8;border-top:1px solid #ddd;padding-top:1em}
.claim{background:#fff3bf}.cue{background:#ffc9c9;font-weight:bold}.speaker{background:#c5f6fa}
.legend span{padding:0 .4em;margin-right:.5em}.error{color:#c92a2a}"""

_ROLES = ("claim", "speaker", "cue")  # later roles are drawn over earlier ones


def highlighted(text: str, spans: Sequence[tuple[int, int, str, str]]) -> str:
    """``text`` as HTML, each (start, end, role, title) stretch wrapped in a span of class
    ``role``; overlapping stretches give a piece all their classes and titles."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for s, e in itertools.pairwise(cuts):
        if s >= e:
            continue
        covering = [(role, title) for a, b, role, title in spans if a <= s and e <= b]
        piece = html.escape(text[s:e]).replace("\n", "<br>\n")
        if not covering:
            out.append(piece)
            continue
        roles = sorted({r for r, _ in covering}, key=_ROLES.index)
        titles = " · ".join(dict.fromkeys(t for _, t in covering))
        out.append(f'<span class="{" ".join(roles)}" title="{html.escape(titles)}">{piece}</span>')
    return "".join(out)


def _article(result: ArticleAttributions, heading: str, rows: list[list[object]], headers: list[str]) -> str:
    art = result.article
    spans: list[tuple[int, int, str, str]] = []
    for n, att in enumerate(result.attributions, 1):
        label = f"#{n} {att.speaker.name} ({att.speaker.kind}), {att.cue.span.text}"
        for part in att.parts:
            spans.append((part.start, part.end, "claim", label))
        if att.speaker.mention:
            spans.append((att.speaker.mention.start, att.speaker.mention.end, "speaker", label))
        spans.append((att.cue.span.start, att.cue.span.end, "cue", label))
    direction = "rtl" if art.lang == "ar" else "ltr"
    table = tabulate(rows, headers=headers, tablefmt="html")
    return (f'<section lang="{art.lang}"><h2>{html.escape(heading)}</h2>\n{table}\n'
            f'<div class="text" dir="{direction}">{highlighted(art.text, spans)}</div></section>\n')


def section(r: ArticleAttributions | dict[str, object], heading: Callable[[ArticleAttributions], str],
            rows: Callable[[ArticleAttributions], list[list[object]]], headers: list[str]) -> str:
    """One article's part of the page (or its error), written as soon as the article is done."""
    if isinstance(r, dict):
        return (f'<section><h2>{html.escape(str(r["id"]))}</h2>'
                f'<p class="error">error: {html.escape(str(r["error"]))}</p></section>\n')
    return _article(r, heading(r), rows(r), headers)


def page_start() -> str:
    legend = ('<p class="legend"><span class="cue">cue</span><span class="speaker">speaker</span>'
              '<span class="claim">claim</span> (hover a highlight to see its attribution)</p>')
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>attrib report</title>'
            f"<style>{_STYLE}</style></head><body>\n<h1>Attributions</h1>\n{legend}\n")


PAGE_END = "</body></html>\n"


def report(results: Sequence[ArticleAttributions | dict[str, object]],
           heading: Callable[[ArticleAttributions], str],
           rows: Callable[[ArticleAttributions], list[list[object]]], headers: list[str]) -> str:
    """The whole page. ``heading(result)`` and ``rows(result)`` come from :mod:`attrib.render.formats`
    so the table is the same as in the other formats."""
    return page_start() + "".join(section(r, heading, rows, headers) for r in results) + PAGE_END
