"""A compiled copy of the loaded lexicons on disk, so that a short run does not parse TOML.

Parsing the shipped TOML files and building their phrase tables takes most of the start-up of
``attrib extract`` on a small file (about 0.15 s on a quiet machine; 9,000 phrases). The built
values are pickled once into the user's cache folder and read back on later runs (a few ms).

The cache is keyed by the attrib version, the Python version, the loader's own source and every
source file's path, size and modification time, so editing a lexicon (ours or a user's) rebuilds it. It is only an
accelerator: an unwritable or damaged cache is ignored and the lexicons are built from TOML.
Set ``ATTRIB_CACHE_DIR`` to move it, or ``ATTRIB_NO_CACHE=1`` to turn it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_VERSION = "1"  # bump when the pickled classes change shape


def cache_dir() -> Path | None:
    """Where compiled lexicons live, or ``None`` when caching is off."""
    if os.environ.get("ATTRIB_NO_CACHE"):
        return None
    base = os.environ.get("ATTRIB_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "attrib" if xdg else Path.home() / ".cache" / "attrib"


def _key(name: str, files: Iterable[Any]) -> str:
    from attrib import __version__

    h = hashlib.sha256(f"{_VERSION}|{__version__}|{sys.version_info[:2]}|{name}".encode())
    for f in [Path(__file__).with_name("load.py"), *files]:  # the classes pickled change with their code
        try:
            st = os.stat(str(f))
            h.update(f"|{f}|{st.st_size}|{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"|{f}|missing".encode())
    return h.hexdigest()[:32]


def cached(name: str, files: Iterable[Any], build: Callable[[], T]) -> T:
    """``build()``, or its pickled result from an earlier run over the same ``files``."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_key(name, files)}.pickle"
    try:
        with path.open("rb") as fh:
            value: T = pickle.load(fh)
            return value
    except Exception:  # absent, unreadable or damaged: build it again
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a parallel run reads the old file or the new one
    except OSError:
        pass  # a read-only home or a full disk costs speed, nothing else
