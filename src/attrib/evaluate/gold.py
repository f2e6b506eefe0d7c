"""Gold attributions in brat standoff (PolNeAR layout and ours): reading ``.ann`` files
with their texts, and telling the conventions apart (``auto``, ``brat``, ``polnear``)."""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from attrib.errors import GoldError, InputError
from attrib.evaluate.resolution import DocResolution, load_resolutions

GOLD_FORMATS = ("auto", "brat", "polnear")
_ANN_ID = re.compile(r"[TERAMN*][0-9]*(?:\t|$)|[TERAMN][0-9]+\s")

Ranges = tuple[tuple[int, int], ...]


@attrs.frozen
class GoldAttribution:
    cue: Ranges
    source: Ranges
    content: Ranges
    kind: str | None = None


@attrs.frozen
class GoldDoc:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    lang: str | None = None
    resolution: DocResolution | None = None  # resolved speakers and outlets, from gold.jsonl


def _ranges(spec: str, where: str) -> Ranges:
    out = []
    for piece in spec.split(";"):
        try:
            s, e = piece.split()
            out.append((int(s), int(e)))
        except ValueError:
            raise GoldError(f"{where}: bad span {spec!r}") from None
    return tuple(out)


def parse_ann(ann: str, where: str = "<ann>") -> list[GoldAttribution]:
    """Attributions of one brat .ann file (Source/Cue/Content spans linked by E lines)."""
    spans: dict[str, tuple[str, Ranges]] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not _ANN_ID.match(line):
            continue  # the rest of an annotation's text that spans a line break
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            if len(parts) < 2 or " " not in parts[1]:
                raise GoldError(f"{where}:{n}: malformed text-bound annotation")
            label, spec = parts[1].split(" ", 1)
            spans[ident] = (label, _ranges(spec, f"{where}:{n}"))
        elif ident.startswith("E"):
            if len(parts) < 2:
                raise GoldError(f"{where}:{n}: malformed event line")
            args: dict[str, str] = {}
            for arg in parts[1].split():
                if ":" not in arg:
                    raise GoldError(f"{where}:{n}: malformed event argument {arg!r}")
                role, ref = arg.split(":", 1)
                args[role.rstrip("0123456789")] = ref
            events.append(args)
    def get(ev: dict[str, str], role: str) -> Ranges:
        ref = ev.get(role)
        if ref is None:
            return ()
        if ref not in spans:
            raise GoldError(f"{where}: event refers to unknown annotation {ref}")
        return spans[ref][1]

    return [GoldAttribution(get(ev, "Cue"), get(ev, "Source"), get(ev, "Content")) for ev in events]


def load_gold(path: str | Path, text_dir: str | Path | None = None, limit: int = 0) -> list[GoldDoc]:
    """Gold documents from a folder (``text/`` + ``attributions/``, or .ann beside .txt) or one .ann.

    PolNeAR names annotation files ``<text id>_<annotator>.ann``; when an article has
    several annotators the first (sorted) is used, so each article counts once."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or folder")
    if p.is_file():
        anns = [p]
        texts = Path(text_dir) if text_dir else p.parent
    else:
        ann_dir = p / "attributions" if (p / "attributions").is_dir() else p
        texts = Path(text_dir) if text_dir else (p / "text" if (p / "text").is_dir() else p)
        anns = sorted(ann_dir.glob("*.ann"))
    if not anns:
        raise InputError(f"{path}: no .ann files found")
    resolutions = load_resolutions(p if p.is_dir() else p.parent.parent)
    by_text: dict[str, Path] = {}
    for ann in anns:
        stem = ann.stem
        txt = texts / f"{stem}.txt"
        if not txt.is_file() and "_" in stem:
            stem = stem.rsplit("_", 1)[0]
            txt = texts / f"{stem}.txt"
        if not txt.is_file():
            raise InputError(f"{ann}: no text file {txt.name} in {texts}")
        by_text.setdefault(stem, ann)
    docs = []
    for stem, ann in sorted(by_text.items()):
        text = (texts / f"{stem}.txt").read_text(encoding="utf-8")
        atts = parse_ann(ann.read_text(encoding="utf-8"), str(ann))
        res = resolutions.get(stem)
        if res is not None:  # gold.jsonl gives each attribution's kind (speech, according_to, belief)
            atts = [attrs.evolve(a, kind=r.kind if (r := res.attributions.get(a.cue)) else None) for a in atts]
        docs.append(GoldDoc(stem, text, tuple(atts), resolution=res))
        if limit and len(docs) >= limit:
            break
    return docs


def detect_format(path: str | Path) -> str:
    """``polnear`` when the annotation files carry PolNeAR's annotator suffix
    (``<text id>_<annotator>.ann`` beside ``text/<text id>.txt``), else ``brat``."""
    p = Path(path)
    if p.is_file():
        anns, texts = [p], p.parent.parent / "text"
    else:
        ann_dir = p / "attributions" if (p / "attributions").is_dir() else p
        anns, texts = sorted(ann_dir.glob("*.ann"))[:20], p / "text"
    for ann in anns:
        if not (texts / f"{ann.stem}.txt").is_file() and "_" in ann.stem \
                and (texts / f"{ann.stem.rsplit('_', 1)[0]}.txt").is_file():
            return "polnear"
    return "brat"
