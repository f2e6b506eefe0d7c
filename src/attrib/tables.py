"""Results as tables: the ``articles`` and ``attributions`` tables, in Arrow (and pandas).

Researchers analyse attributions in pandas, Polars or DuckDB, so a run can be written as a
Parquet dataset of two flat tables (documented in docs/scale.md, versioned with
``TABLES_VERSION``). The rows are built from the JSON records of :mod:`attrib.render`, the
one serialised form of a result, so the tables and the JSON output can never disagree.

pyarrow (and pandas for :func:`to_pandas`) come with the ``attrib[dask]`` extra; they are
imported when a table is made, so the core package does not need them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from attrib.errors import AttribError
from attrib.model import ArticleAttributions
from attrib.render import result_to_json

if TYPE_CHECKING:
    import pyarrow as pa

TABLES_VERSION = "1.0"
Record = Mapping[str, Any]

# (column, arrow type name); the order is the column order of the tables
_SPAN = [("start", "int64"), ("end", "int64"), ("text", "string")]
ATTRIBUTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("id", "string"), ("sentence", "int64"),
    *((f"cue_{n}", t) for n, t in _SPAN), ("cue_lemma", "string"), ("cue_category", "string"), ("cue_kind", "string"),
    *((f"speaker_{n}", t) for n, t in _SPAN), ("speaker_name", "string"), ("speaker_kind", "string"),
    ("speaker_title", "string"),
    *((f"claim_{n}", t) for n, t in _SPAN), ("claim_parts", "spans"),
    ("outlet_name", "string"), ("outlet_role", "string"), ("outlet_start", "int64"), ("outlet_end", "int64"),
    ("quote", "string"), ("rule", "string"), ("confidence", "float64"),
)
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("path", "string"), ("record", "int64"), ("lang", "string"), ("title", "string"),
    ("publisher", "string"), ("wire", "strings"), ("date", "string"), ("engine", "string"),
    ("n_attributions", "int64"), ("error", "string"),
)


@attrs.frozen
class Tables:
    """The two tables of a run: one row per article (errors included), one per attribution."""

    articles: Any
    attributions: Any


def _require_pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise AttribError("tables need pyarrow: pip install 'attrib[dask]'") from None
    return pyarrow


def _arrow_type(pa: Any, name: str) -> Any:
    if name == "spans":
        return pa.list_(pa.struct([pa.field(n, getattr(pa, t)()) for n, t in _SPAN]))
    if name == "strings":
        return pa.list_(pa.string())
    return getattr(pa, name)()


def schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    """The Arrow schema of one table, with the tables version in its metadata."""
    pa = _require_pyarrow()
    fields = [pa.field(n, _arrow_type(pa, t)) for n, t in columns]
    return pa.schema(fields, metadata={b"attrib.tables": TABLES_VERSION.encode()})


def _span(prefix: str, span: Record | None) -> dict[str, object]:
    span = span or {}
    return {f"{prefix}_start": span.get("start"), f"{prefix}_end": span.get("end"), f"{prefix}_text": span.get("text")}


def attribution_rows(record: Record) -> list[dict[str, object]]:
    """The attribution rows of one JSON result record (none for an error record)."""
    out: list[dict[str, object]] = []
    for att in record.get("attributions", []):
        cue, speaker, content = att["cue"], att["speaker"], att["content"]
        outlet = att["outlet"] or {}
        parts = content.get("parts") or [{k: content[k] for k in ("start", "end", "text")}]
        out.append({
            "article_id": record["id"], "id": att["id"], "sentence": att["sentence"],
            **_span("cue", cue), "cue_lemma": cue["lemma"], "cue_category": cue["category"], "cue_kind": cue["kind"],
            **_span("speaker", speaker["mention"]), "speaker_name": speaker["name"],
            "speaker_kind": speaker["kind"], "speaker_title": speaker["title"],
            **_span("claim", content), "claim_parts": parts,
            "outlet_name": outlet.get("name"), "outlet_role": outlet.get("role"),
            "outlet_start": outlet.get("start"), "outlet_end": outlet.get("end"),
            "quote": att["quote"], "rule": att["rule"], "confidence": att["confidence"],
        })
    return out


def article_row(record: Record, path: str | None = None, line: int | None = None) -> dict[str, object]:
    """The ``articles`` row of one JSON result record; an error record gives a row with ``error``."""
    failed = "error" in record
    return {
        "id": record["id"], "path": path, "record": line, "lang": record.get("lang"), "title": record.get("title"),
        "publisher": record.get("publisher"), "wire": record.get("wire", []), "date": record.get("date"),
        "engine": record.get("engine"), "n_attributions": None if failed else len(record["attributions"]),
        "error": record.get("error"),
    }


def to_record(result: ArticleAttributions | Record) -> Record:
    """The JSON record of a result (an error record is already one)."""
    return result_to_json(result) if isinstance(result, ArticleAttributions) else result


def tables_from_records(records: Iterable[tuple[Record, str | None, int | None]]) -> Tables:
    """Both tables from ``(record, path, line)`` triples."""
    pa = _require_pyarrow()
    arts: list[dict[str, object]] = []
    atts: list[dict[str, object]] = []
    for record, path, line in records:
        arts.append(article_row(record, path, line))
        atts.extend(attribution_rows(record))
    return Tables(pa.Table.from_pylist(arts, schema=schema(ARTICLE_COLUMNS)),
                  pa.Table.from_pylist(atts, schema=schema(ATTRIBUTION_COLUMNS)))


def to_arrow(results: Iterable[ArticleAttributions | Record]) -> Tables:
    """Arrow tables of in-process results (``attrib.extract`` values or error records)."""
    rows = []
    for r in results:
        path = r.article.source_path if isinstance(r, ArticleAttributions) else None
        rows.append((to_record(r), path, None))
    return tables_from_records(rows)


def to_pandas(results: Iterable[ArticleAttributions | Record]) -> Tables:
    """The same tables as pandas DataFrames (nullable integer columns stay integers)."""
    tables = to_arrow(results)
    try:
        import pandas as pd
    except ImportError:
        raise AttribError("to_pandas needs pandas: pip install 'attrib[dask]'") from None
    return Tables(tables.articles.to_pandas(types_mapper=pd.ArrowDtype),
                  tables.attributions.to_pandas(types_mapper=pd.ArrowDtype))
