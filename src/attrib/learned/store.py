"""Model directories: written atomically, read with one-line errors naming the bad file.

A model directory holds ``config.json`` (format, language, layer sizes, best epoch),
``vocab.json``, ``weights.pt`` (a torch state dict, loaded with ``weights_only``) and
``training.json`` (how it was made). It is written in full to a hidden sibling folder and
then renamed into place, so an interrupted training run (Ctrl-C, a kill) leaves the last
complete model, never a half-written one.
"""

from __future__ import annotations

import json
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs

from attrib.errors import ModelError

FORMAT = "attrib-learned/1"
FILES = ("config.json", "vocab.json", "weights.pt")
DEFAULT_DIR = Path(__file__).parent / "models"


@attrs.frozen
class Loaded:
    """A model ready to tag: the network (torch, in eval mode), vocab and config."""

    net: Any
    vocab: Any
    config: dict[str, Any]
    path: str

    @property
    def lang(self) -> str:
        return str(self.config["lang"])


def default_dir(lang: str) -> Path:
    return DEFAULT_DIR / lang


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ModelError(f"{path}: missing (not a complete attrib model directory; train one with `attrib train`)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: corrupt ({type(exc).__name__}: {str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise ModelError(f"{path}: corrupt (not a JSON object)")
    return data


def load(path: str | Path) -> Loaded:
    """The model in ``path`` (cached per directory and modification time)."""
    p = Path(path)
    if not p.is_dir():
        raise ModelError(f"{path}: no such model directory")
    config = p / "config.json"
    stamp = config.stat().st_mtime_ns if config.is_file() else 0
    return _load(str(p.resolve()), stamp)


@lru_cache(maxsize=8)
def _load(path: str, _stamp: int) -> Loaded:
    import torch

    from attrib.learned.net import Dims, Tagger
    from attrib.learned.vocab import Vocab

    p = Path(path)
    config = _read_json(p / "config.json")
    if config.get("format") != FORMAT:
        raise ModelError(f"{p / 'config.json'}: incompatible model format {config.get('format')!r} "
                         f"(this attrib reads {FORMAT!r})")
    try:
        raw = config["dims"]
        dims = Dims(**{**raw, "feats": tuple(raw["feats"]), "rel": tuple(raw["rel"])})
        str(config["lang"])
    except (KeyError, TypeError) as exc:
        raise ModelError(f"{p / 'config.json'}: incompatible (missing or bad field: {exc})") from None
    try:
        vocab = Vocab.from_json(_read_json(p / "vocab.json"))
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{p / 'vocab.json'}: corrupt ({exc})") from None
    weights = p / "weights.pt"
    if not weights.is_file():
        raise ModelError(f"{weights}: missing (not a complete attrib model directory)")
    net = Tagger(dims)
    try:
        state = torch.load(weights, map_location="cpu", weights_only=True)
        net.load_state_dict(state)
    except Exception as exc:  # torch raises many types for a damaged or mismatched file
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"{weights}: corrupt or incompatible weights ({first[:160]})") from None
    net.eval()
    return Loaded(net, vocab, config, path)


def save(out: str | Path, net: Any, vocab: Any, config: dict[str, Any], extra: dict[str, Any]) -> None:
    """Write the model directory ``out`` atomically (see the module docstring)."""
    import torch

    final = Path(out)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.parent / f".{final.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    (tmp / "config.json").write_text(json.dumps({"format": FORMAT, **config}, indent=2) + "\n", encoding="utf-8")
    (tmp / "vocab.json").write_text(json.dumps(vocab.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    torch.save(net.state_dict(), tmp / "weights.pt")
    (tmp / "training.json").write_text(json.dumps(extra, indent=2) + "\n", encoding="utf-8")
    for name in os.listdir(tmp):
        with open(tmp / name, "rb") as fh:
            os.fsync(fh.fileno())
    old = final.parent / f".{final.name}.old-{os.getpid()}"
    if final.exists():
        os.replace(final, old)
    os.replace(tmp, final)
    if old.exists():
        shutil.rmtree(old)


def write_record(out: str | Path, record: dict[str, Any]) -> None:
    """Replace ``training.json`` of a saved model (the total time is known only at the end)."""
    final = Path(out) / "training.json"
    tmp = final.with_name(f".training.json.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, final)


def check_writable(out: str | Path) -> None:
    """Fail before training, not after: the output must be a model directory or new."""
    p = Path(out)
    if p.exists() and not p.is_dir():
        raise ModelError(f"{out}: exists and is not a directory")
    if p.is_dir() and any(p.iterdir()) and not (p / "config.json").is_file():
        raise ModelError(f"{out}: exists and is not a model directory (refusing to replace it)")
