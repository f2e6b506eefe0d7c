"""Inputs for large runs: files, folders, globs, JSONL corpora and Parquet files, cut into partitions.

An archive can be a million articles, so the client never holds them: it makes a *plan*, a
list of small :class:`Partition` descriptors (a few paths, or a byte range of a JSONL file,
or some row groups of a Parquet file), and each worker reads its own partition. Plans are
deterministic (same inputs, same partition size, same partitions), which is what lets an
interrupted run resume partition by partition.

- A folder is walked recursively for files matching ``--glob`` (default ``*.txt``), sorted.
- An argument with ``*``, ``?`` or ``[`` is expanded here (``**`` recurses), so a shell's
  argument limit never caps an archive.
- ``*.jsonl`` files are corpora of records with a text field (``--text-field``, default
  ``text``) and optionally an id field; their lines are counted once, in blocks, on the client.
- ``*.parquet`` files are corpora too: one article per row, partitioned by row groups.
- Any other path is one article, as in ``attrib extract`` (missing files become error rows).
"""

from __future__ import annotations

import glob as globmod
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

import attrs

from attrib.errors import InputError, OptionError

SourceKind = Literal["files", "jsonl", "parquet"]
CORPUS_SUFFIXES = (".jsonl", ".parquet")
_GLOB_CHARS = frozenset("*?[")
_BLOCK = 1 << 20


@attrs.frozen
class Fields:
    """Where the text and the id are in a corpus record (``--text-field``, ``--id-field``)."""

    text: str = "text"
    id: str | None = None


@attrs.frozen
class Partition:
    """One unit of work: read by a worker, written as one part of the output dataset.

    ``files``: ``paths`` are articles. ``jsonl``: lines ``first`` .. ``first + count - 1``
    (1-based) of ``paths[0]``, at bytes ``start`` .. ``stop``. ``parquet``: rows ``first`` ..
    ``first + count - 1`` (0-based) of ``paths[0]``, the row groups ``start`` .. ``stop - 1``."""

    index: int
    kind: SourceKind
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    first: int = 0
    count: int = 0

    @property
    def size(self) -> int:
        """Articles (or records) in the partition, known before it is read."""
        return len(self.paths) if self.kind == "files" else self.count


@attrs.frozen
class Item:
    """One article to extract: a file path, or a record's text (``text`` None for a file)."""

    id: str
    path: str
    record: int | None = None
    text: str | None = None
    error: str | None = None


def is_corpus(path: str) -> bool:
    return path.endswith(CORPUS_SUFFIXES)


def needs_plan(inputs: Iterable[str], glob: str | None = None) -> bool:
    """Whether the inputs need this module (folders, patterns, corpora) rather than a plain file list."""
    if glob is not None:
        return True
    return any(p != "-" and (is_corpus(p) or _GLOB_CHARS & set(p) or Path(p).is_dir()) for p in inputs)


def expand(inputs: Iterable[str], glob: str = "*.txt") -> Iterator[str]:
    """Every input path, folders walked and patterns expanded, in a stable order."""
    for arg in inputs:
        if arg != "-" and Path(arg).is_dir():
            found = sorted(str(p) for p in Path(arg).rglob(glob) if p.is_file())
            if not found:
                raise InputError(f"{arg}: no file in this folder matches {glob} (choose others with --glob)")
            yield from found
        elif arg != "-" and _GLOB_CHARS & set(arg):
            hits = sorted(p for p in globmod.iglob(arg, recursive=True) if Path(p).is_file())
            if not hits:
                raise InputError(f"{arg}: no file matches this pattern")
            yield from hits
        else:
            yield arg


def plan(inputs: Iterable[str], size: int = 100, glob: str = "*.txt", fields: Fields = Fields()) -> list[Partition]:
    """The partitions of a run, in input order; ``size`` articles (records) per partition at most."""
    if size < 1:
        raise OptionError(f"--partition-size must be 1 or more, not {size}")
    parts: list[Partition] = []
    files: list[str] = []

    def flush() -> None:
        if files:
            parts.append(Partition(len(parts), "files", tuple(files)))
            files.clear()

    for path in expand(inputs, glob):
        if path == "-":
            raise OptionError("standard input ('-') cannot be read by workers: save it to a file first")
        if path.endswith(".jsonl"):
            flush()
            parts.extend(_jsonl_parts(path, size, len(parts)))
        elif path.endswith(".parquet"):
            flush()
            parts.extend(_parquet_parts(path, size, len(parts), fields))
        else:
            files.append(path)
            if len(files) == size:
                flush()
    flush()
    return parts


def _open_corpus(path: str) -> Iterator[bytes]:
    """The file's bytes in blocks, or one clear line about why it cannot be read."""
    try:
        with open(path, "rb") as f:
            while block := f.read(_BLOCK):
                yield block
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a corpus file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None


def _jsonl_parts(path: str, size: int, index: int) -> Iterator[Partition]:
    """Byte ranges of ``size`` lines each, found by counting newlines block by block."""
    start = pos = 0
    first = line = 1
    for block in _open_corpus(path):
        at = 0
        while (nl := block.find(b"\n", at)) >= 0:
            at = nl + 1
            line += 1
            if line - first == size:
                yield Partition(index, "jsonl", (path,), start, pos + at, first, size)
                index += 1
                start, first = pos + at, line
        pos += len(block)
    if pos > start:  # a last line without a newline, or a last short partition
        count = line - first + (0 if _ends_with_newline(path, pos) else 1)
        yield Partition(index, "jsonl", (path,), start, pos, first, count)


def _ends_with_newline(path: str, size: int) -> bool:
    with open(path, "rb") as f:
        f.seek(size - 1)
        return f.read(1) == b"\n"


def _parquet_file(path: str) -> object:
    import pyarrow.parquet as pq

    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a bad file
        raise InputError(f"{path}: unreadable Parquet file ({exc})") from None


def _parquet_parts(path: str, size: int, index: int, fields: Fields) -> Iterator[Partition]:
    """Consecutive row groups, gathered until a partition holds ``size`` rows or more."""
    pf = _parquet_file(path)
    meta = pf.metadata  # type: ignore[attr-defined]
    names = set(pf.schema_arrow.names)  # type: ignore[attr-defined]
    if fields.text not in names:
        raise InputError(f"{path}: no column {fields.text!r} (columns: {', '.join(sorted(names))}); "
                         "choose one with --text-field")
    group = first = rows = 0
    for g in range(meta.num_row_groups):
        rows += meta.row_group(g).num_rows
        if rows >= size or g == meta.num_row_groups - 1:
            if rows:
                yield Partition(index, "parquet", (path,), group, g + 1, first, rows)
                index += 1
            group, first, rows = g + 1, first + rows, 0


def fingerprint(parts: list[Partition]) -> str:
    """A short hash of a plan: a resumed run must cut its inputs exactly as the first one did."""
    h = hashlib.sha256()
    for p in parts:
        h.update(repr(attrs.astuple(p)).encode())
    return h.hexdigest()[:16]


def items(part: Partition, fields: Fields = Fields()) -> Iterator[Item]:
    """The articles of one partition, read where the partition runs (a worker)."""
    if part.kind == "files":
        for path in part.paths:
            yield Item(_file_id(path), path)
    elif part.kind == "jsonl":
        yield from _jsonl_items(part, fields)
    else:
        yield from _parquet_items(part, fields)


def _file_id(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem


def _jsonl_items(part: Partition, fields: Fields) -> Iterator[Item]:
    path = part.paths[0]
    with open(path, "rb") as f:
        f.seek(part.start)
        data = f.read(part.stop - part.start)
    stem = Path(path).stem
    for n, raw in enumerate(data.split(b"\n")[: part.count], part.first):
        if raw.strip():
            yield _record_item(path, stem, n, raw, fields)


def _record_item(path: str, stem: str, n: int, raw: bytes, fields: Fields) -> Item:
    """A JSONL line as an article; a line that is not a record with a text becomes an error row."""
    fallback = f"{stem}:{n}"
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Item(fallback, path, n, error=f"{path}:{n}: not a JSON record ({exc})")
    if not isinstance(record, dict):
        return Item(fallback, path, n, error=f"{path}:{n}: not a JSON object")
    return _fields_item(path, fallback, n, record, fields)


def _fields_item(path: str, fallback: str, n: int, record: dict[str, object], fields: Fields) -> Item:
    raw_id = record.get(fields.id) if fields.id else None
    id = fallback if raw_id is None or raw_id == "" else str(raw_id)
    text = record.get(fields.text)
    if text is None:
        return Item(id, path, n, error=f"{path}:{n}: no {fields.text!r} field in the record")
    if not isinstance(text, str):
        return Item(id, path, n, error=f"{path}:{n}: the {fields.text!r} field is not a string")
    return Item(id, path, n, text=text)


def _parquet_items(part: Partition, fields: Fields) -> Iterator[Item]:
    path = part.paths[0]
    pf = _parquet_file(path)
    columns = [fields.text] + ([fields.id] if fields.id and fields.id in pf.schema_arrow.names else [])  # type: ignore[attr-defined]
    table = pf.read_row_groups(list(range(part.start, part.stop)), columns=columns)  # type: ignore[attr-defined]
    stem = Path(path).stem
    for n, record in enumerate(table.to_pylist(), part.first):
        yield _fields_item(path, f"{stem}:{n}", n, record, fields)


def describe(parts: list[Partition]) -> str:
    """One line for logs: how many partitions and articles a plan has."""
    return f"{len(parts)} partitions, {sum(p.size for p in parts)} articles"

