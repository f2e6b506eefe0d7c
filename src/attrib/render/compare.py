"""Rendering a :class:`~attrib.compare.Comparison`: table, markdown, csv, json, html."""

from __future__ import annotations

import csv
import io
import json

from tabulate import tabulate

from attrib.compare import VERDICTS, Comparison
from attrib.model import Attribution
from attrib.render.formats import SCHEMA_VERSION, check_format, result_to_json, shorten

COMPARE_FORMATS = ("table", "markdown", "csv", "json", "html")

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
        from attrib.report.render import compare_report

        return compare_report(c)
    rows = []
    for n, p in enumerate(c.pairs, 1):
        a, b = _cell(p.a), _cell(p.b)
        rows.append([n, *a, *b, p.verdict])
    headers = ["#", "A speaker", "A cue", "A claim", "B speaker", "B cue", "B claim", "verdict"]
    head = f"A: {c.a.article.id} ({c.a.article.lang}) · B: {c.b.article.id} ({c.b.article.lang})"
    table = tabulate(rows, headers=headers, tablefmt="pipe" if fmt == "markdown" else "simple")
    return f"{head}\n{table}\n{summary_line(c)}\n"
