"""Speed of `attrib compare` on two ~2,000-word articles (light engine), best of N runs.

English text from PolNeAR dev and Arabic text from the Arabic dev set, each cut to about
2,000 words, stand in for a story and its translation (only the time matters here).

    python benchmarks/bench_compare.py [--words 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def _take(folder: Path, words: int) -> str:
    out: list[str] = []
    n = 0
    for f in sorted(folder.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").split("\n"):
            if n >= words:
                return "\n\n".join(out)
            out.append(para)
            n += len(para.split())
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    shared = Path(os.environ.get("ATTRIB_SHARED", root.parent / "shared"))
    p = argparse.ArgumentParser(description="attrib compare speed")
    p.add_argument("--words", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    en_dir = shared / "data" / "polnear" / "dev" / "text"
    ar_dir = shared / "data" / "ar_attrib_dev" / "text"
    if not en_dir.is_dir() or not ar_dir.is_dir():
        print(f"corpora not found under {shared}", file=sys.stderr)
        return 1
    import attrib

    a, b = _take(en_dir, args.words), _take(ar_dir, args.words)
    attrib.compare(a[:2000], b[:2000])  # load lexicons
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        c = attrib.compare(a, b)
        times.append(time.perf_counter() - t0)
    print(f"A: {len(a.split())} words, {len(c.a.attributions)} attributions; "
          f"B: {len(b.split())} words, {len(c.b.attributions)} attributions")
    median = sorted(times)[len(times) // 2]
    print(f"compare (extraction of both + alignment): best {min(times):.3f} s, median {median:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
