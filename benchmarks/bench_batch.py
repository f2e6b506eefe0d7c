#!/usr/bin/env python
"""Batch throughput: ``attrib.batch.run`` over a folder of article files with 1..N workers.

Unlike bench_light.py (one core, texts in memory), this measures what ``attrib extract
--jobs N`` does: read each file, extract, return the result to the parent in input order,
process start-up included. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from attrib import batch  # noqa: E402


def main() -> int:
    shared = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(shared / "data" / "polnear" / "train" / "text"),
                    help="folder of .txt articles (default: PolNeAR train texts)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts to measure (default 1,2)")
    args = ap.parse_args()
    files = sorted(str(p) for p in Path(args.corpus).glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1
    size = sum(Path(f).stat().st_size for f in files) / 1e6
    print(f"corpus  {args.corpus}  ({len(files)} files, {size:.2f} MB); CPUs: {os.cpu_count()}")
    reference = None
    for jobs in (int(j) for j in args.jobs.split(",")):
        t0 = time.perf_counter()
        results = [r for _, r in batch.run(files, jobs=jobs)]
        dt = time.perf_counter() - t0
        errors = sum(isinstance(r, dict) for r in results)
        ids = [r["id"] if isinstance(r, dict) else r.article.id for r in results]
        if reference is None:
            reference = ids
        same = "same order" if ids == reference else "ORDER DIFFERS"
        print(f"jobs {jobs}: {dt:6.2f} s  {len(files) / dt:7.1f} articles/s  {size / dt:5.2f} MB/s  "
              f"errors {errors}  {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
