"""Rebuild the texts of the PUD compare dev set from ../shared (the repository stores only ids,
offsets and labels) and write them where you can read them with the annotations.

    python benchmarks/pud_compare/rebuild.py OUT_DIR [--pud DIR]

writes OUT_DIR/<sent_id>.en.txt and .ar.txt (the exact sentence texts the offsets refer to) and
OUT_DIR/annotations.txt: every attribution with its cue, source and content as text, and every
link with its verdict. Each text is checked against the hash stored in devset.jsonl first.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    shared = Path(os.environ.get("ATTRIB_SHARED", HERE.parent.parent.parent / "shared"))
    p = argparse.ArgumentParser(description="rebuild the PUD compare dev set texts")
    p.add_argument("out", help="output folder (created)")
    p.add_argument("--pud", default=str(shared / "data" / "ud" / "pud"))
    args = p.parse_args(argv)
    from attrib.errors import AttribError
    from attrib.evaluate.devset import load_devset

    try:
        gold = load_devset(HERE / "devset.jsonl", Path(args.pud))
    except (AttribError, OSError) as exc:
        print(f"rebuild: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for g in gold:
        (out / f"{g.sent_id}.en.txt").write_text(g.en_text + "\n", encoding="utf-8")
        (out / f"{g.sent_id}.ar.txt").write_text(g.ar_text + "\n", encoding="utf-8")
        lines.append(f"## {g.sent_id}\nEN: {g.en_text}\nAR: {g.ar_text}")
        for text, atts in ((g.en_text, g.en), (g.ar_text, g.ar)):
            for a in atts:
                src = text[a.source[0]:a.source[1]] if a.source else "-"
                content = " … ".join(text[s:e] for s, e in a.content)
                lines.append(f"  {a.id} {a.kind}: cue «{text[a.cue[0]:a.cue[1]]}» source «{src}» content «{content}»")
        for lk in g.links:
            claim = f" claim_changed: {', '.join(lk.reasons)}" if lk.claim_changed else ""
            lines.append(f"  link {lk.en} ~ {lk.ar}: {lk.verdict}{claim}")
    (out / "annotations.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(gold)} pairs written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
