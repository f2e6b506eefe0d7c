"""Renderers: every output format consumes the same result objects.

JSON is the contract other tools rely on (schema version in ``SCHEMA_VERSION``,
documented in docs/schema.md): offsets are Python string indices into the decoded
input, end exclusive, and ``text[start:end]`` equals every stored ``text``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from attrib.errors import OptionError
from attrib.model import ArticleAttributions, Attribution

CsvFormulas = Literal["escape", "keep"]
SCHEMA_VERSION = "1.0"
FORMATS = ("table", "markdown", "github", "csv", "json", "jsonl", "html")
_TABULATE = {"table": "simple", "markdown": "pipe", "github": "github", "html": "html"}
HEADERS = ["#", "speaker", "kind", "cue", "claim", "outlet", "quote"]


def check_format(fmt: str, allowed: Sequence[str] = FORMATS) -> str:
    if fmt not in allowed:
        raise OptionError(f"unknown format {fmt!r}; choose one of: {', '.join(allowed)}")
    return fmt


def shorten(s: str, width: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def _outlet_cell(att: Attribution) -> str:
    return f"{att.outlet.name} ({att.outlet.role})" if att.outlet else ""


def rows(result: ArticleAttributions, width: int = 70) -> list[list[object]]:
    out: list[list[object]] = []
    for n, att in enumerate(result.attributions, 1):
        claim = " … ".join(p.text for p in att.parts)
        out.append([n, att.speaker.name, att.speaker.kind, att.cue.span.text, shorten(claim, width),
                    _outlet_cell(att), att.quote])
    return out


def attribution_to_json(att: Attribution) -> dict[str, object]:
    content: dict[str, object] = att.content.to_json()
    if att.content_parts:
        content["parts"] = [p.to_json() for p in att.content_parts]
    return {
        "id": att.id,
        "cue": {**att.cue.span.to_json(), "lemma": att.cue.lemma, "category": att.cue.category,
                "kind": att.cue.kind},
        "speaker": {
            "mention": att.speaker.mention.to_json() if att.speaker.mention else None,
            "name": att.speaker.name, "kind": att.speaker.kind, "title": att.speaker.title,
        },
        "content": content,
        "outlet": att.outlet.to_json() if att.outlet else None,
        "quote": att.quote,
        "rule": att.rule,
        "confidence": att.confidence,
        "sentence": att.sentence,
    }


def result_to_json(result: ArticleAttributions) -> dict[str, object]:
    art = result.article
    out: dict[str, object] = {
        "schema": SCHEMA_VERSION,
        "id": art.id,
        "lang": art.lang,
        "title": art.title.text if art.title else None,
        "date": art.date,
        "publisher": art.publisher,
        "wire": [o.name for o in art.wire],
        "engine": result.engine,
        "attributions": [attribution_to_json(a) for a in result.attributions],
        "outlets": [o.to_json() for o in result.outlets],
    }
    if art.origin == "html":  # the offsets refer to the text extracted from the page: carry it
        out.update(origin="html", text=art.text)
    return out


def error_record(id: str, message: str) -> dict[str, object]:
    return {"schema": SCHEMA_VERSION, "id": id, "error": message}


def _heading(result: ArticleAttributions) -> str:
    art = result.article
    bits = [f"{art.id} ({art.lang})"]
    if art.publisher:
        bits.append(f"publisher: {art.publisher}")
    if art.wire:
        bits.append("wire: " + ", ".join(o.name for o in art.wire))
    bits.append(f"{len(result.attributions)} attributions")
    return " · ".join(bits)


def render(results: Iterable[ArticleAttributions | dict[str, object]], fmt: str = "table",
           csv_formulas: CsvFormulas = "escape") -> str:
    """Render results (or error records, kept in place so nothing is lost) as ``fmt``."""
    return "".join(render_chunks(results, fmt, csv_formulas))


def render_chunks(results: Iterable[ArticleAttributions | dict[str, object]], fmt: str = "table",
                  csv_formulas: CsvFormulas = "escape") -> Iterator[str]:
    """The same text as :func:`render`, one piece per article as soon as it comes (plus the
    format's opening and closing pieces): a batch writes each article when it is done and
    holds none of them until the end. ``csv_formulas="keep"`` leaves formula-like CSV cells
    as they are (see :func:`csv_cell`)."""
    check_format(fmt)
    if fmt == "jsonl":
        return (json.dumps(_as_json(r), ensure_ascii=False) + "\n" for r in results)
    if fmt == "json":
        return _json_chunks(results)
    if fmt == "csv":
        return _csv_chunks(results, csv_formulas)
    if fmt == "html":
        return _html_chunks(results)
    return _table_chunks(results, fmt)


def _json_chunks(results: Iterable[ArticleAttributions | dict[str, object]]) -> Iterator[str]:
    # exactly json.dumps(list, indent=2): each item indented two more spaces (JSON strings hold
    # no raw newline, so indenting every line is safe)
    sep = "[\n"
    for r in results:
        item = json.dumps(_as_json(r), ensure_ascii=False, indent=2)
        yield sep + "  " + item.replace("\n", "\n  ")
        sep = ",\n"
    yield "[]\n" if sep == "[\n" else "\n]\n"


CSV_HEADER = ["article", "id", "speaker", "speaker_kind", "cue", "cue_category", "claim", "outlet",
              "outlet_role", "quote", "rule", "cue_start", "cue_end", "content_start", "content_end"]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object, csv_formulas: CsvFormulas = "escape") -> object:
    """A text cell that a spreadsheet would run as a formula (it starts with ``= + - @``, a tab
    or a carriage return: a claim "-5% ...", a speaker "=cmd|...") gets a leading apostrophe,
    the usual neutralisation; numbers stay numbers. ``"keep"`` turns this off."""
    if csv_formulas == "escape" and isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _csv_chunks(results: Iterable[ArticleAttributions | dict[str, object]],
                csv_formulas: CsvFormulas) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf)

    def flush() -> str:
        text = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return text

    w.writerow(CSV_HEADER)
    yield flush()
    for r in results:
        if isinstance(r, dict):
            row: list[object] = [r["id"], *[""] * 5, f"ERROR: {r['error']}", *[""] * 8]
            w.writerow([csv_cell(c, csv_formulas) for c in row])
            yield flush()
            continue
        for att in r.attributions:
            row = [r.article.id, att.id, att.speaker.name, att.speaker.kind, att.cue.span.text,
                   att.cue.category, " … ".join(p.text for p in att.parts),
                   att.outlet.name if att.outlet else "", att.outlet.role if att.outlet else "",
                   att.quote, att.rule, att.cue.span.start, att.cue.span.end,
                   att.content.start, att.content.end]
            w.writerow([csv_cell(c, csv_formulas) for c in row])
        yield flush()


def _html_chunks(results: Iterable[ArticleAttributions | dict[str, object]]) -> Iterator[str]:
    # the report opens with a summary of the whole set, so it is the one format written at the end
    from attrib.report import report

    yield report(list(results))

def _table_chunks(results: Iterable[ArticleAttributions | dict[str, object]], fmt: str) -> Iterator[str]:
    from tabulate import tabulate  # deferred: it imports importlib.metadata (~40 ms); JSON needs none

    sep = ""
    for r in results:
        if isinstance(r, dict):
            chunk = f"{r['id']}: ERROR: {r['error']}\n"
        else:
            table = tabulate(rows(r), headers=HEADERS, tablefmt=_TABULATE[fmt])
            head = _heading(r)
            chunk = f"### {head}\n\n{table}\n" if fmt in {"markdown", "github"} else f"{head}\n{table}\n"
        yield sep + chunk
        sep = "\n"


def _as_json(r: ArticleAttributions | dict[str, object]) -> dict[str, object]:
    return r if isinstance(r, dict) else result_to_json(r)
