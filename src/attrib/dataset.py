"""An output dataset on disk: one part per partition, written atomically, resumable.

A run over an archive writes a folder, not a file::

    OUT/_attrib.json                      what was run: plan fingerprint, format, versions
    OUT/articles/part-00000.parquet       -f parquet: one row per article (errors included)
    OUT/attributions/part-00000.parquet   -f parquet: one row per attribution
    OUT/part-00000.jsonl                  -f jsonl: the JSON records of ``attrib extract -f jsonl``

Every file is written under a hidden temporary name and renamed into place, so a part is
either whole or absent, whoever dies mid-write (a worker, the client, the machine). A
partition is complete when its last file is in place (``articles/`` for Parquet); a resumed
run skips complete partitions and redoes the others, and a partition done twice (a task
retried after its worker died) writes the same bytes to the same names: nothing is lost and
nothing appears twice. Hidden (``.``) and ``_`` files are ignored by pyarrow, DuckDB and Polars.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import attrs

from attrib import __version__
from attrib.errors import InputError, OptionError
from attrib.render import SCHEMA_VERSION
from attrib.tables import TABLES_VERSION, Record, tables_from_records

DatasetFormat = Literal["parquet", "jsonl"]
DATASET_FORMATS: tuple[DatasetFormat, ...] = ("parquet", "jsonl")
MANIFEST = "_attrib.json"


@attrs.frozen
class Dataset:
    """Where and how a run's parts are written."""

    root: str
    format: DatasetFormat = "parquet"

    def part(self, index: int, table: str = "articles") -> Path:
        if self.format == "jsonl":
            return Path(self.root) / f"part-{index:05d}.jsonl"
        return Path(self.root) / table / f"part-{index:05d}.parquet"

    def complete(self, index: int) -> bool:
        """Whether partition ``index`` is fully written (its last file is in place)."""
        return self.part(index).exists()

    def clean(self) -> None:
        """Remove what writers killed mid-write left behind (hidden temporaries, never a whole part)."""
        _remove_temporaries(Path(self.root))

    def write(self, index: int, rows: Iterable[tuple[Record, str | None, int | None]]) -> None:
        """Write one partition's records (``record, path, line``), last file last."""
        rows = list(rows)
        if self.format == "jsonl":
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in rows)
            _atomic(self.part(index), lambda tmp: tmp.write_text(text, encoding="utf-8"))
            return
        import pyarrow.parquet as pq

        tables = tables_from_records(rows)
        _atomic(self.part(index, "attributions"), lambda tmp: pq.write_table(tables.attributions, tmp))
        _atomic(self.part(index, "articles"), lambda tmp: pq.write_table(tables.articles, tmp))


def _atomic(path: Path, write: Any) -> None:
    """Write through a hidden temporary file in the same folder, then rename into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def prepare(dataset: Dataset, plan_id: str, partitions: int, resume: bool) -> set[int]:
    """Check (or create) the output folder; the partitions already complete when resuming.

    A folder that holds anything is refused without ``--resume``, and a resumed folder must
    have been written from the same plan (inputs, partition size, format)."""
    root = Path(dataset.root)
    if root.exists() and not root.is_dir():
        raise OptionError(f"{root}: is a file; a {dataset.format} dataset is written to a folder (-o DIR)")
    manifest = {"attrib": __version__, "schema": SCHEMA_VERSION, "tables": TABLES_VERSION,
                "format": dataset.format, "plan": plan_id, "partitions": partitions}
    if root.exists() and any(root.iterdir()):
        if not resume:
            raise OptionError(f"{root}: the output folder is not empty; add --resume to continue the run it holds, "
                              "or choose an empty folder")
        _check_manifest(root, manifest)
        _remove_temporaries(root)
        return {i for i in range(partitions) if dataset.complete(i)}
    try:
        root.mkdir(parents=True, exist_ok=True)
        (root / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise OptionError(f"{root}: cannot be written ({exc.strerror})") from None
    return set()


def _check_manifest(root: Path, expected: dict[str, object]) -> None:
    path = root / MANIFEST
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        raise InputError(f"{root}: not an attrib output folder ({MANIFEST} is missing or unreadable); "
                         "--resume only continues a run attrib wrote") from None
    for key in ("format", "plan", "partitions"):
        if found.get(key) != expected[key]:
            raise OptionError(f"{root}: was written by another run ({key} {found.get(key)!r}, now {expected[key]!r}): "
                              "resume with the same inputs, format and --partition-size, or use a new folder")


def _remove_temporaries(root: Path) -> None:
    """Half-written parts of an interrupted run (the renamed ones are whole)."""
    for tmp in root.rglob(".part-*.tmp"):
        tmp.unlink(missing_ok=True)
