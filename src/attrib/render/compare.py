"""Rendering a :class:`~attrib.compare.Comparison`: table, markdown, github, csv, json, jsonl, html.

Claims are written in full everywhere except the terminal table (``table``), which is the one
view that has to fit a screen; every view ends with the verdict legend, so a reader never has
to guess what ``dropped`` or ``cue_changed`` means.
"""

from __future__ import annotations

import csv
import io
import json

from tabulate import tabulate

from attrib.compare import Comparison, Pair
from attrib.compare_verdict import VERDICTS
from attrib.model import Attribution
from attrib.render.compare_parts import CLAIM_MARK, LEGEND, claim_of, summary_line
from attrib.render.formats import SCHEMA_VERSION, check_format, result_to_json, shorten

COMPARE_FORMATS = ("table", "markdown", "github", "csv", "json", "jsonl", "html")
_TABLE_FORMATS = {"table": "simple", "markdown": "pipe", "github": "github"}
def legend_line() -> str:
    """The one-line verdict legend printed under every table."""
    return "verdicts: " + " · ".join(f"{v} = {LEGEND[v]}" for v in VERDICTS) + \
        f"; {CLAIM_MARK} = the claim itself changed (see reasons)"


def _cell(att: Attribution | None, width: int | None) -> tuple[str, str, str]:
    """Speaker, cue and claim; ``width`` cuts speaker and claim (the terminal table only)."""
    if att is None:
        return "", "", ""
    claim = claim_of(att)
    if width:
        return shorten(att.speaker.name, 28), att.cue.span.text, shorten(claim, width)
    return att.speaker.name, att.cue.span.text, " ".join(claim.split())


def pair_to_json(p: Pair, n: int) -> dict[str, object]:
    """One pair, self-contained: what the jsonl format writes per line (and json's ``pairs``)."""
    def side(att: Attribution | None) -> dict[str, object] | None:
        if att is None:
            return None
        return {"id": att.id, "speaker": att.speaker.name, "speaker_kind": att.speaker.kind,
                "cue": att.cue.span.text, "cue_kind": att.cue.kind, "cue_category": att.cue.category,
                "claim": claim_of(att), "content": [prt.to_json() for prt in att.parts],
                "outlet": att.outlet.name if att.outlet else None, "quote": att.quote, "sentence": att.sentence}

    return {"n": n, "a": p.a.id if p.a else None, "b": p.b.id if p.b else None, "verdict": p.verdict,
            "score": p.score, "notes": list(p.notes), "claim_changed": p.claim_changed,
            "claim_reasons": list(p.claim_reasons), "a_attribution": side(p.a), "b_attribution": side(p.b)}


def comparison_to_json(c: Comparison) -> dict[str, object]:
    return {
        "schema": SCHEMA_VERSION,
        "a": result_to_json(c.a),
        "b": result_to_json(c.b),
        "pairs": [pair_to_json(p, n) for n, p in enumerate(c.pairs, 1)],
        "sentences": [{"a": list(ia), "b": list(ib)} for ia, ib in c.sentences],
        "summary": c.summary,
        "legend": LEGEND,
    }


def _csv(c: Comparison) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["n", "verdict", "claim_changed", "claim_reasons", "notes", "score", "a_id", "a_speaker", "a_cue",
                "a_claim", "b_id", "b_speaker", "b_cue", "b_claim"])
    for n, p in enumerate(c.pairs, 1):
        a, b = _cell(p.a, None), _cell(p.b, None)
        w.writerow([n, p.verdict, str(p.claim_changed).lower(), "; ".join(p.claim_reasons), "; ".join(p.notes),
                    p.score, p.a.id if p.a else "", *a, p.b.id if p.b else "", *b])
    return buf.getvalue()


def _table(c: Comparison, fmt: str) -> str:
    width = 45 if fmt == "table" else None
    rows = []
    for n, p in enumerate(c.pairs, 1):
        a, b = _cell(p.a, width), _cell(p.b, width)
        verdict = p.verdict + (f" {CLAIM_MARK}" if p.claim_changed else "")
        rows.append([n, *a, *b, verdict])
    headers = ["#", "A speaker", "A cue", "A claim", "B speaker", "B cue", "B claim", "verdict"]
    head = f"A: {c.a.article.id} ({c.a.article.lang}) · B: {c.b.article.id} ({c.b.article.lang})"
    table = tabulate(rows, headers=headers, tablefmt=_TABLE_FORMATS[fmt]) if rows else "(no attributions)"
    details = [f"#{n} {CLAIM_MARK} " + "; ".join(p.claim_reasons) for n, p in enumerate(c.pairs, 1)
               if p.claim_changed]
    if fmt != "table":
        head = f"### {head}\n"
        details = [f"- {d}" for d in details]
    body = "\n".join([head, table, *details, summary_line(c), legend_line()])
    return body + "\n"


def render_comparison(c: Comparison, fmt: str = "table") -> str:
    check_format(fmt, COMPARE_FORMATS)
    if fmt == "json":
        return json.dumps(comparison_to_json(c), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(pair_to_json(p, n), ensure_ascii=False) + "\n" for n, p in enumerate(c.pairs, 1))
    if fmt == "csv":
        return _csv(c)
    if fmt == "html":
        from attrib.render.compare_html import comparison_html

        return comparison_html(c)
    return _table(c, fmt)
