"""Where ``attrib extract`` writes: nothing lost on full disks, kills and wrong files.

A run over an archive takes hours, and the output file is the only record of it, so:

- ``--resume`` reads the file first and refuses (exit 2, file untouched) one whose lines are
  not attrib records: a mistyped path must not cost the user a file;
- every rewrite of an existing file goes through a temporary file in the same folder and an
  atomic rename (``os.replace``): a kill leaves the old file or the new one, never half of each;
- JSONL is appended record by record and flushed, so an interrupted run keeps every finished
  article; when a write fails (a full disk) the half-written record is cut off again, so the
  file stays valid for ``--resume``, and the failure is one line and exit 1
  (:class:`~attrib.errors.OutputError`);
- the other formats are written to the temporary file and renamed into place at the end, so
  an interrupted run never leaves a truncated report where the old one was.

Devices and pipes (``-o /dev/stdout``, ``/dev/full``) are written directly: there is no
folder to put a temporary file in.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import attrs

from attrib.errors import InputError, OptionError, OutputError

RESUME_HINT = "--resume only continues a file written by 'attrib extract -f jsonl'"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


@attrs.frozen
class ResumeState:
    """What an existing JSONL output holds: the ids done without error, and the lines to keep
    (error records and a line cut short by an interruption are dropped: those articles run again)."""

    done: frozenset[str]
    kept: tuple[str, ...]
    dropped: int


def _is_record(value: object) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("id"), str) and "schema" in value
            and ("attributions" in value or "error" in value))


def read_resume(path: str | Path) -> ResumeState:
    """Check an output file for ``--resume``; raises :class:`OptionError` (nothing changed) when
    a line is not an attrib record. Only the last line may be cut short (an interrupted write)."""
    p = Path(path)
    if not p.exists():
        return ResumeState(frozenset(), (), 0)
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an output file")
    try:
        text = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise OptionError(f"{path}: not a JSONL file of attrib records (not UTF-8 text); {RESUME_HINT}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({_reason(exc)})") from None
    lines = text.split("\n")
    done: set[str] = set()
    kept: list[str] = []
    dropped = 0
    for n, line in enumerate(lines, 1):
        last = n == len(lines)
        if last and not line:
            break
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            if last:  # no newline after it: a record cut short by a kill or a full disk
                dropped += 1
                break
            record = None
        if not _is_record(record):
            raise OptionError(f"{path}: line {n} is not an attrib record, file left as it is; {RESUME_HINT}")
        if "error" in record:
            dropped += 1
            continue
        done.add(record["id"])
        kept.append(line)
    return ResumeState(frozenset(done), tuple(kept), dropped)


def replace_atomically(path: str | Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (each followed by a newline) to ``path`` through a temporary file in the
    same folder and an atomic rename; :class:`OutputError` when that fails (file unchanged)."""
    p = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be rewritten: no temporary file in its folder ({_reason(exc)})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            for line in lines:
                fh.write(line.encode("utf-8") + b"\n")
            fh.flush()
            os.fsync(fh.fileno())
        if p.exists():
            os.chmod(tmp, p.stat().st_mode & 0o7777)
        os.replace(tmp, p)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"{path}: cannot be rewritten ({_reason(exc)}); the file is unchanged") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def prepare_resume(path: str | Path) -> frozenset[str]:
    """The ids ``--resume`` skips; error records and a cut last line are removed from the file
    first (atomically), so their articles are done again and written once."""
    state = read_resume(path)
    if state.dropped:
        replace_atomically(path, state.kept)
    return state.done


def restore_order(path: str | Path, ids: list[str]) -> None:
    """Put the records of a resumed run back in input order (``ids``): the articles done again
    were appended at the end. Records of other ids keep their place, first."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rank = {id_: n for n, id_ in enumerate(ids)}
    keyed = [(rank.get(_record_id(line) or "", -1), n, line) for n, line in enumerate(lines)]
    ordered = [line for _, _, line in sorted(keyed)]
    if ordered != lines:
        replace_atomically(path, ordered)


def _record_id(line: str) -> str | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    return str(record.get("id")) if isinstance(record, dict) else None


class BinaryOut(Protocol):
    """What a sink writes to: a binary file, ``sys.stdout.buffer`` or :class:`_TextBytes`."""

    def write(self, data: memoryview, /) -> int | None: ...
    def fileno(self) -> int: ...
    def flush(self) -> None: ...
    def seekable(self) -> bool: ...
    def tell(self) -> int: ...
    def close(self) -> None: ...


class Sink:
    """An output: text chunks in, bytes out. ``close(ok)`` ends it (renames into place when
    ``ok``, removes the temporary file when not)."""

    def __init__(self, name: str, fh: BinaryOut, tmp: str | None = None, target: str | None = None) -> None:
        self.name = name
        self._fh = fh
        self._tmp = tmp
        self._target = target

    def write(self, chunk: str) -> None:
        """Write one article's chunk; on failure cut the file back to the previous chunk."""
        data = memoryview(chunk.encode("utf-8"))
        try:
            pos = self._fh.tell() if self._fh.seekable() else None
        except OSError:
            pos = None
        try:
            while data:  # an unbuffered file may take part of it (a disk filling up)
                data = data[self._fh.write(data) or 0:]
            self._fh.flush()
        except OSError as exc:
            self._undo(pos)
            raise OutputError(f"{self.name}: writing failed ({_reason(exc)}); "
                              "what was written before is kept (with -f jsonl, continue with --resume)") from None

    def _undo(self, pos: int | None) -> None:
        if pos is None:
            return
        try:
            os.ftruncate(self._fh.fileno(), pos)
        except (OSError, ValueError):
            pass

    def close(self, ok: bool = True) -> None:
        try:
            self._fh.close()
        except OSError as exc:
            ok_exc: OSError | None = exc
        else:
            ok_exc = None
        if self._tmp is None or self._target is None:
            if ok_exc is not None and ok:
                raise OutputError(f"{self.name}: writing failed ({_reason(ok_exc)})")
            return
        if not ok or ok_exc is not None:
            _remove(self._tmp)
            if ok_exc is not None and ok:
                raise OutputError(f"{self.name}: writing failed ({_reason(ok_exc)}); the file is unchanged")
            return
        try:
            os.replace(self._tmp, self._target)
        except OSError as exc:
            _remove(self._tmp)
            raise OutputError(f"{self.name}: cannot be replaced ({_reason(exc)}); the file is unchanged") from None


def _open_failed(path: str, exc: OSError) -> OptionError:
    return OptionError(f"{path}: cannot be written ({_reason(exc)})")


def open_output(path: str, append: bool = False, direct: bool = False) -> Sink:
    """The sink for ``-o PATH``. ``append`` (``--resume``) and ``direct`` (JSONL, written as it
    goes so that a kill keeps the finished articles) write into the file itself; otherwise a
    temporary file is renamed into place at the end. Opened before any work, so a bad path is
    one line and exit 2 before anything runs."""
    p = Path(path)
    special = p.exists() and not p.is_file()
    if p.is_dir():
        raise OptionError(f"{path}: is a directory, not an output file")
    if append or direct or special:
        try:
            # unbuffered: each chunk reaches the file at once, and a failed one can be cut off
            return Sink(path, open(p, "ab" if append else "wb", buffering=0))  # closed by Sink.close
        except OSError as exc:
            raise _open_failed(path, exc) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise _open_failed(path, exc) from None
    if p.exists():
        os.chmod(tmp, p.stat().st_mode & 0o7777)
    else:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    return Sink(path, os.fdopen(fd, "wb", buffering=0), tmp=tmp, target=path)


class StdoutSink(Sink):
    """Standard output. A failed write (a full disk behind a redirection) sends the rest of
    the process's output to ``os.devnull``, so that Python's own flush at exit cannot print
    a second error or a traceback."""

    def __init__(self) -> None:
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        super().__init__("standard output", stream if stream is not None else _TextBytes())

    def write(self, chunk: str) -> None:
        try:
            super().write(chunk)
        except OutputError:
            _silence_stdout()
            raise

    def close(self, ok: bool = True) -> None:
        try:
            self._fh.flush()
        except OSError as exc:
            _silence_stdout()
            if ok:
                raise OutputError(f"standard output: writing failed ({_reason(exc)})") from None


class _TextBytes:
    """Bytes written to a text-only ``sys.stdout`` (a test's capture object)."""

    def write(self, data: memoryview) -> int:
        sys.stdout.write(bytes(data).decode("utf-8"))
        return len(data)

    def fileno(self) -> int:
        raise OSError("no file descriptor")

    def flush(self) -> None:
        sys.stdout.flush()

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        raise OSError("not seekable")

    def close(self) -> None:
        self.flush()


def _silence_stdout() -> None:
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)
