"""Rendering a :class:`~attrib.compare.Comparison`: table, markdown, csv, json, html."""

from __future__ import annotations

import csv
import html
import io
import json

from tabulate import tabulate

from attrib.compare import VERDICTS, Comparison
from attrib.model import Attribution
from attrib.render.formats import SCHEMA_VERSION, check_format, result_to_json, shorten

COMPARE_FORMATS = ("table", "markdown", "csv", "json", "html")
_PALETTE = ["#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8", "#a5f3fc", "#fed7aa", "#d9f99d",
            "#e9d5ff"]


def _cell(att: Attribution | None) -> tuple[str, str, str]:
    if att is None:
        return "", "", ""
    return att.speaker.name, att.cue.span.text, shorten(" … ".join(p.text for p in att.parts), 45)


def comparison_to_json(c: Comparison) -> dict[str, object]:
    return {
        "schema": SCHEMA_VERSION,
        "a": result_to_json(c.a),
        "b": result_to_json(c.b),
        "pairs": [{"a": p.a.id if p.a else None, "b": p.b.id if p.b else None, "verdict": p.verdict,
                   "score": p.score} for p in c.pairs],
        "sentences": [{"a": list(ia), "b": list(ib)} for ia, ib in c.sentences],
        "summary": c.summary,
    }


def summary_line(c: Comparison) -> str:
    v = c.summary["verdicts"]
    assert isinstance(v, dict)
    counts = " · ".join(f"{k} {v[k]}" for k in VERDICTS if v.get(k))
    sa, sb = c.summary["a"], c.summary["b"]
    assert isinstance(sa, dict) and isinstance(sb, dict)
    return (f"{counts}\nnamed / anonymous sources: A {sa['named']} / {sa['anonymous']} of {sa['attributions']}"
            f" · B {sb['named']} / {sb['anonymous']} of {sb['attributions']}")


def render_comparison(c: Comparison, fmt: str = "table") -> str:
    check_format(fmt, COMPARE_FORMATS)
    if fmt == "json":
        return json.dumps(comparison_to_json(c), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["verdict", "score", "a_id", "a_speaker", "a_cue", "a_claim", "b_id", "b_speaker", "b_cue",
                    "b_claim"])
        for p in c.pairs:
            a, b = _cell(p.a), _cell(p.b)
            w.writerow([p.verdict, p.score, p.a.id if p.a else "", *a, p.b.id if p.b else "", *b])
        return buf.getvalue()
    if fmt == "html":
        return _html(c)
    rows = []
    for n, p in enumerate(c.pairs, 1):
        a, b = _cell(p.a), _cell(p.b)
        rows.append([n, *a, *b, p.verdict])
    headers = ["#", "A speaker", "A cue", "A claim", "B speaker", "B cue", "B claim", "verdict"]
    head = f"A: {c.a.article.id} ({c.a.article.lang}) · B: {c.b.article.id} ({c.b.article.lang})"
    table = tabulate(rows, headers=headers, tablefmt="pipe" if fmt == "markdown" else "simple")
    return f"{head}\n{table}\n{summary_line(c)}\n"


def _marked(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The text as HTML with the given (start, end, colour, title) stretches highlighted."""
    out = []
    pos = 0
    for s, e, colour, title in sorted(spans):
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark style="background:{colour}" title="{html.escape(title)}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>\n")


def _html(c: Comparison) -> str:
    spans_a: list[tuple[int, int, str, str]] = []
    spans_b: list[tuple[int, int, str, str]] = []
    rows = []
    for n, p in enumerate(c.pairs, 1):
        colour = _PALETTE[n % len(_PALETTE)] if p.a and p.b else "#e5e7eb"
        for att, spans in ((p.a, spans_a), (p.b, spans_b)):
            if att:
                for part in att.parts:
                    spans.append((part.start, part.end, colour, f"#{n} {p.verdict}: {att.speaker.name}"))
        a, b = _cell(p.a), _cell(p.b)
        rows.append(f'<tr style="background:{colour}"><td>{n}</td>' +
                    "".join(f"<td>{html.escape(str(x))}</td>" for x in (*a, *b, p.verdict)) + "</tr>")

    def col(r: Comparison, spans: list[tuple[int, int, str, str]], which: str) -> str:
        art = (r.a if which == "A" else r.b).article
        direction = "rtl" if art.lang == "ar" else "ltr"
        return (f'<div class="col" dir="{direction}" lang="{art.lang}"><h2>{which}: {html.escape(art.id)}</h2>'
                f"<p>{_marked(art.text, spans)}</p></div>")

    summary = html.escape(summary_line(c)).replace("\n", "<br>")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>attrib compare</title>
<style>body{{font-family:sans-serif;margin:1em}} .cols{{display:flex;gap:2em}} .col{{flex:1}}
table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}}
mark{{padding:0 1px}}</style></head><body>
<h1>Attribution comparison</h1><p>{summary}</p>
<table><tr><th>#</th><th>A speaker</th><th>A cue</th><th>A claim</th><th>B speaker</th><th>B cue</th>
<th>B claim</th><th>verdict</th></tr>
{"".join(rows)}</table>
<div class="cols">{col(c, spans_a, "A")}{col(c, spans_b, "B")}</div>
</body></html>
"""
