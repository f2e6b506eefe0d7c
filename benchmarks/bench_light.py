#!/usr/bin/env python
"""Throughput and memory benchmark of the light engine (``attrib.extract``) on one core.

Reads a folder of UTF-8 ``.txt`` files once (by default the PolNeAR train texts), then runs the
full pipeline (segmentation, tokenization, rules, resolution) on them in sequence, repeating the
list until at least ``--min-mb`` megabytes of text have been processed. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000  # "megabytes" here are decimal: 10^6 bytes of UTF-8 text


def default_corpus() -> Path:
    shared = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
    return shared / "data" / "polnear" / "train" / "text"


def max_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss * 1024 / MB


def pin_to_one_core(cpu: int | None) -> int | None:
    """Restrict this process to one CPU where the OS allows it; the CPU used, or None if not pinned."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    chosen = allowed[0] if cpu is None else cpu
    os.sched_setaffinity(0, {chosen})
    return chosen


def load_corpus(folder: Path) -> list[str]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {folder} (set ATTRIB_SHARED or pass --corpus DIR)")
    return [f.read_text(encoding="utf-8") for f in files]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Measure the light engine's throughput (attrib.extract) and memory on one core.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--corpus",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of .txt files (default: $ATTRIB_SHARED/data/polnear/train/text, "
        "ATTRIB_SHARED defaulting to ../shared next to the repository)",
    )
    p.add_argument(
        "--min-mb",
        type=float,
        default=10.0,
        help="process at least this many MB (10^6 bytes of UTF-8 text), repeating the corpus",
    )
    p.add_argument("--warmup", type=int, default=20, help="articles run before timing (not counted)")
    p.add_argument(
        "--cpu", type=int, default=None, help="CPU to pin the process to (default: the first one allowed); Linux only"
    )
    p.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    p.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the numbers as JSON here")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pinned = None if args.no_pin else pin_to_one_core(args.cpu)
    corpus_dir: Path = args.corpus if args.corpus is not None else default_corpus()
    texts = load_corpus(corpus_dir)
    sizes = [len(t.encode("utf-8")) for t in texts]
    words = [len(t.split()) for t in texts]
    corpus_bytes = sum(sizes)
    if corpus_bytes == 0:
        raise SystemExit(f"the .txt files in {corpus_dir} are all empty")

    # Import and first call: lexicon/gazetteer loading (TOML parsing, cached per process) is paid here.
    t0 = time.perf_counter()
    import attrib

    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    attrib.extract(texts[0])
    first_call_s = time.perf_counter() - t0
    for i in range(1, args.warmup):
        attrib.extract(texts[i % len(texts)])
    rss_after_warmup = max_rss_mb()

    # Timed run: whole passes over the corpus until at least --min-mb have been processed.
    target = args.min_mb * MB
    n_articles = n_bytes = n_words = n_atts = passes = 0
    rss_per_pass: list[float] = []
    secs_per_pass: list[float] = []
    while n_bytes < target or passes == 0:
        t0 = time.perf_counter()
        for text, size, nw in zip(texts, sizes, words, strict=True):
            n_atts += len(attrib.extract(text).attributions)
            n_articles += 1
            n_bytes += size
            n_words += nw
        secs_per_pass.append(time.perf_counter() - t0)
        passes += 1
        rss_per_pass.append(max_rss_mb())

    elapsed = sum(secs_per_pass)
    mb = n_bytes / MB
    res: dict[str, Any] = {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "pinned_cpu": pinned,
        "attrib_version": attrib.__version__,
        "corpus": str(corpus_dir),
        "corpus_files": len(texts),
        "corpus_mb": round(corpus_bytes / MB, 3),
        "import_s": round(import_s, 4),
        "first_call_s": round(first_call_s, 4),
        "warmup_articles": max(args.warmup, 1),
        "passes": passes,
        "articles": n_articles,
        "mb": round(mb, 3),
        "words": n_words,
        "attributions": n_atts,
        "wall_s": round(elapsed, 3),
        "wall_s_per_pass": [round(t, 3) for t in secs_per_pass],
        "articles_per_s": round(n_articles / elapsed, 2),
        "mb_per_s": round(mb / elapsed, 4),
        "words_per_s": round(n_words / elapsed, 1),
        "ms_per_article": round(1000 * elapsed / n_articles, 3),
        "max_rss_mb_after_warmup": round(rss_after_warmup, 1),
        "max_rss_mb_after_first_pass": round(rss_per_pass[0], 1),
        "max_rss_mb_after_last_pass": round(rss_per_pass[-1], 1),
        "max_rss_growth_mb": round(rss_per_pass[-1] - rss_per_pass[0], 1),
        "max_rss_mb_per_pass": [round(r, 1) for r in rss_per_pass],
    }

    pin = f"pinned to CPU {pinned}" if pinned is not None else "not pinned"
    lines = [
        "attrib light-engine benchmark",
        f"  python        {res['implementation']} {res['python']}",
        f"  platform      {res['platform']}  (os.cpu_count()={res['cpu_count']}, {pin})",
        f"  corpus        {corpus_dir}  ({len(texts)} files, {res['corpus_mb']:.2f} MB)",
        f"  load          import {import_s:.3f} s, first extract() call {first_call_s:.3f} s "
        f"(lexicons; not timed below), warm-up {res['warmup_articles']} articles",
        f"  processed     {n_articles} articles in {passes} passes, {mb:.2f} MB, {n_words} words",
        f"  wall time     {elapsed:.2f} s (per pass: {', '.join(f'{t:.2f}' for t in secs_per_pass)} s)",
        f"  throughput    {res['articles_per_s']:.1f} articles/s, {res['mb_per_s']:.3f} MB/s, "
        f"{res['words_per_s']:.0f} words/s ({res['ms_per_article']:.2f} ms/article)",
        f"  attributions  {n_atts} ({n_atts / n_articles:.2f} per article)",
        f"  max RSS       {rss_after_warmup:.1f} MB after warm-up, {rss_per_pass[0]:.1f} MB after first pass, "
        f"{rss_per_pass[-1]:.1f} MB after last pass (growth {res['max_rss_growth_mb']:+.1f} MB)",
    ]
    print("\n".join(lines))
    if args.json is not None:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        print(f"  json          {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
