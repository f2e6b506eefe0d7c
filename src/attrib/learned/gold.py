"""Training corpora: the annotation layouts ``attrib eval`` reads, read forgivingly.

A newsroom's own annotations have slips. Unlike evaluation (where a bad file must stop the
score), training skips a bad file with one line saying why, counts it, and goes on; only a
corpus with nothing usable at all is an error. A span whose recorded text differs from the
text at its offsets means the .ann and the .txt do not belong together (an edited article):
training on it would teach wrong boundaries, so the file is skipped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

from attrib.errors import AttribError, GoldError
from attrib.evaluate.gold import GoldAttribution, parse_ann

_LINE_ID = re.compile(r"[TERAMN][0-9]+\t|#|\*\t")  # the start of an annotation line


@attrs.frozen
class TrainDoc:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@attrs.frozen
class Corpus:
    docs: tuple[TrainDoc, ...]
    skipped: tuple[str, ...]  # one message per skipped file

    @property
    def attributions(self) -> int:
        return sum(len(d.attributions) for d in self.docs)


def _pairs(folder: Path) -> tuple[list[tuple[str, Path, Path]], list[str]]:
    """(text id, .ann, .txt) of a folder; PolNeAR's ``<id>_<annotator>.ann``: first annotator."""
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    texts = folder / "text" if (folder / "text").is_dir() else folder
    out: dict[str, tuple[Path, Path]] = {}
    problems = []
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem
        txt = texts / f"{stem}.txt"
        if not txt.is_file() and "_" in stem:
            stem, txt = stem.rsplit("_", 1)[0], texts / f"{stem.rsplit('_', 1)[0]}.txt"
        if not txt.is_file():
            problems.append(f"{ann}: skipped: no text file {txt.name} in {texts}")
            continue
        out.setdefault(stem, (ann, txt))
    return [(k, a, t) for k, (a, t) in sorted(out.items())], problems


def _check_spans(ann: str, text: str, where: str) -> None:
    """Every text-bound span must lie in the text and carry the text found at its offsets."""
    lines = ann.splitlines()
    for n, line in enumerate(lines, 1):
        parts = line.split("\t")
        if not parts[0].startswith("T") or len(parts) < 3:
            continue
        spec = parts[1].split(" ", 1)[1] if " " in parts[1] else ""
        pieces = []
        for piece in spec.split(";"):
            try:
                s, e = (int(x) for x in piece.split())
            except ValueError:
                raise GoldError(f"{where}:{n}: bad span {spec!r}") from None
            if not 0 <= s <= e <= len(text):
                raise GoldError(f"{where}:{n}: span {s}-{e} lies outside the text ({len(text)} characters)")
            pieces.append(text[s:e])
        recorded = parts[2]
        k = n
        while k < len(lines) and not _LINE_ID.match(lines[k]):
            recorded += " " + lines[k]  # the annotation's text continued over a line break
            k += 1
        if "".join(" ".join(pieces).split()) != "".join(recorded.split()):
            raise GoldError(f"{where}:{n}: span text {recorded[:40]!r} does not match the text at {spec}")


def read_corpus(folders: Iterable[str], echo: bool = True) -> Corpus:
    """Documents of all ``folders``; bad files are skipped with one line each on stderr."""
    docs: list[TrainDoc] = []
    skipped: list[str] = []
    for folder in folders:
        p = Path(folder)
        if not p.is_dir():
            skipped.append(f"{folder}: skipped: not a folder")
            continue
        pairs, problems = _pairs(p)
        skipped.extend(problems)
        if not pairs and not problems:
            skipped.append(f"{folder}: skipped: no .ann files (brat standoff) found")
        for stem, ann_path, txt in pairs:
            try:
                text = txt.read_text(encoding="utf-8")
                ann = ann_path.read_text(encoding="utf-8")
                _check_spans(ann, text, str(ann_path))
                atts = tuple(a for a in parse_ann(ann, str(ann_path)) if a.cue)
            except (OSError, UnicodeDecodeError) as exc:
                skipped.append(f"{ann_path}: skipped: cannot be read ({exc})")
                continue
            except AttribError as exc:
                skipped.append(f"{exc} (file skipped)")
                continue
            docs.append(TrainDoc(stem, text, atts))
    if echo:
        for line in skipped:
            print(f"attrib: {line}", file=sys.stderr)
    if not any(d.attributions for d in docs):
        raise GoldError(f"{', '.join(folders)}: no usable annotated documents ({len(skipped)} files skipped)")
    return Corpus(tuple(docs), tuple(skipped))
