"""Speed and sentence-alignment quality of `attrib compare` on two ~10,000-word articles.

Default: the 505 sentences of UD PUD part 1 as an English article and its professional Arabic
translation (about 9,200 English words: the longest real translation pair we have), the Arabic
side edited the way rewrites are (paragraphs dropped and added, sentences merged, split and
swapped; see attrib.evaluate.pud_pairs). Because every sentence keeps its sent_id, the benchmark
also scores the sentence alignment. ``--corpus unrelated`` instead cuts --words words from the
PolNeAR and Arabic dev texts (a worst case for the aligner: nothing corresponds).

    python benchmarks/bench_compare.py [--repeat 5] [--plain] [--corpus pud|unrelated] [--words 10000]

Times are CPU seconds of this process (one core; the pipeline is single-threaded), so other
jobs on the machine do not inflate them; wall-clock seconds are printed beside them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def _span(xs: list[float]) -> str:
    xs = sorted(xs)
    return f"min {xs[0]:.3f} · median {xs[len(xs) // 2]:.3f} · max {xs[-1]:.3f}"


def main(argv: list[str] | None = None) -> int:
    shared = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
    p = argparse.ArgumentParser(description="attrib compare speed on two long articles")
    p.add_argument("--corpus", choices=("pud", "unrelated"), default="pud")
    p.add_argument("--plain", action="store_true", help="PUD without the edits (a sentence-by-sentence translation)")
    p.add_argument("--words", type=int, default=10000, help="words per side for --corpus unrelated")
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    import attrib
    from attrib.compare import compare
    from attrib.evaluate.pud_pairs import alignment_accuracy, pud_pair

    pair = None
    if args.corpus == "pud":
        pud = shared / "data" / "ud" / "pud"
        if not pud.is_dir():
            print(f"PUD not found under {pud} (set ATTRIB_SHARED)", file=sys.stderr)
            return 1
        pair = pud_pair(pud, perturb=not args.plain)
        a, b = pair.en, pair.ar
    else:
        a = _take(shared / "data" / "polnear" / "dev" / "text", args.words)
        b = _take(shared / "data" / "ar_attrib_dev" / "text", args.words)
    compare(a[:3000], b[:3000])  # load lexicons and gazetteers (not timed)
    cpu_all, cpu_cmp, wall = [], [], []
    for k in range(args.repeat):
        # a fresh copy of each text, so no per-text cache can serve a later run
        ta, tb = a + " " * (k + 1), b + " " * (k + 1)
        w0, c0 = time.perf_counter(), time.process_time()
        ra, rb = attrib.extract(ta, lang="en"), attrib.extract(tb, lang="ar")
        c1 = time.process_time()
        c = compare(ra, rb)
        c2, w1 = time.process_time(), time.perf_counter()
        cpu_all.append(c2 - c0)
        cpu_cmp.append(c2 - c1)
        wall.append(w1 - w0)
    print(f"A: {len(a.split())} words, {len(c.a.article.sentences)} sentences, {len(c.a.attributions)} attributions; "
          f"B: {len(b.split())} words, {len(c.b.article.sentences)} sentences, {len(c.b.attributions)} attributions")
    print(f"extract both + compare, CPU s: {_span(cpu_all)}  ({args.repeat} runs; wall {_span(wall)})")
    print(f"compare alone (alignment, verdicts, claims), CPU s: {_span(cpu_cmp)}")
    if pair is not None:
        prec, rec = alignment_accuracy(pair, c.a.article, c.b.article, c.sentences)
        print(f"sentence alignment: precision {prec:.3f}, recall {rec:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
