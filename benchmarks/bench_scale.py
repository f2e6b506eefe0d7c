#!/usr/bin/env python
"""Dask runs at scale: worker scaling and overhead on PolNeAR, and a million small articles.

``polnear``: whole ``attrib extract`` processes over the PolNeAR train files, in rounds
(A B C, A B C, ...): a LocalCluster of 1 worker, of 2 workers (both writing a Parquet
dataset), and the ``--jobs 2`` JSONL run of one machine. Prints min / median / max wall
time, the 2-vs-1 speed-up and the Dask overhead against ``--jobs 2``, pair by pair.

``million``: generates N small articles (paragraphs of the example articles, English and
Arabic, drawn at random) into one JSONL file, streamed, then runs ``--dask local:W`` over it
to a Parquet dataset. Prints wall time, articles/s, and the peak RSS of the client and of
each worker, sampled every 0.5 s (memory is the whole process, not just attrib's share).

Both need the ``attrib[dask]`` extra (psutil comes with distributed). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
ATTRIB = str(Path(sys.executable).parent / "attrib")


def timed(cmd: list[str], interval: float = 0.5) -> dict[str, object]:
    """Run ``cmd``; wall time, exit code, and peak RSS (MB) of it and of each child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    main = psutil.Process(proc.pid)
    peaks: dict[int, float] = {}
    series: dict[int, list[float]] = {}
    client = 0.0
    while proc.poll() is None:
        try:
            client = max(client, main.memory_info().rss / 1e6)
            for child in main.children(recursive=True):
                rss = child.memory_info().rss / 1e6
                peaks[child.pid] = max(peaks.get(child.pid, 0.0), rss)
                series.setdefault(child.pid, []).append(rss)
        except psutil.Error:
            pass
        time.sleep(interval)
    err = proc.stderr.read().decode() if proc.stderr else ""
    wall = time.perf_counter() - t0
    # a worker's memory over the run: median of its first and of its last fifth of samples
    drift = {pid: (statistics.median(s[: max(1, len(s) // 5)]), statistics.median(s[-max(1, len(s) // 5):]))
             for pid, s in series.items() if len(s) >= 5}
    return {"wall": wall, "rc": proc.returncode, "err": err.strip()[-300:], "client_mb": client,
            "children_mb": sorted(peaks.values(), reverse=True), "drift": list(drift.values())}


def spread(xs: list[float]) -> str:
    return f"min {min(xs):.2f}  median {statistics.median(xs):.2f}  max {max(xs):.2f}"


def polnear(args: argparse.Namespace) -> int:
    files = sorted(Path(args.corpus).glob("*.txt")) * args.passes
    print(f"corpus {args.corpus} x {args.passes}: {len(files)} articles; CPUs {os.cpu_count()}; {args.runs} rounds")
    work = Path(tempfile.mkdtemp(prefix="attrib-bench-"))
    size = ["--partition-size", str(args.partition_size)]
    corpus = [args.corpus] * args.passes  # a folder given N times is read N times
    commands = {
        "dask local:1": [ATTRIB, "extract", *corpus, "--dask", "local:1", "-f", "parquet", *size, "-q", "-o"],
        "dask local:2": [ATTRIB, "extract", *corpus, "--dask", "local:2", "-f", "parquet", *size, "-q", "-o"],
        "--jobs 2": [ATTRIB, "extract", *map(str, files), "--jobs", "2", "-f", "jsonl", "-q", "-o"],
    }
    walls: dict[str, list[float]] = {k: [] for k in commands}
    try:
        for r in range(args.runs):
            for name, cmd in commands.items():
                out = work / f"{r}-{name.replace(' ', '_')}"
                res = timed([*cmd, str(out)])
                if res["rc"] != 0:
                    print(f"{name}: exit {res['rc']}: {res['err']}")
                    return 1
                walls[name].append(float(res["wall"]))  # type: ignore[arg-type]
                drift = ", ".join(f"{a:.0f}->{b:.0f}" for a, b in res["drift"])  # type: ignore[attr-defined]
                print(f"round {r + 1} {name:13s} {res['wall']:6.2f} s  client {res['client_mb']:.0f} MB  "
                      f"children peak {[round(x) for x in res['children_mb']]} MB  worker RSS first->last fifth "
                      f"[{drift}] MB", flush=True)
                shutil.rmtree(out, ignore_errors=True)
                Path(str(out)).unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, xs in walls.items():
        print(f"{name:13s} wall s: {spread(xs)}  ({len(files) / statistics.median(xs):.1f} articles/s at median)")
    speedup = [a / b for a, b in zip(walls["dask local:1"], walls["dask local:2"], strict=True)]
    overhead = [a / b - 1 for a, b in zip(walls["dask local:2"], walls["--jobs 2"], strict=True)]
    print(f"speed-up 2 workers vs 1 (pair by pair): {spread(speedup)}")
    print(f"Dask local:2 overhead vs --jobs 2 (pair by pair, fraction): {spread(overhead)}")
    return 0


def generate(path: Path, n: int, seed: int = 7) -> float:
    """Write ``n`` small articles (2-4 paragraphs of the examples) as JSONL; size in MB."""
    paras: dict[str, list[str]] = {"en": [], "ar": []}
    for p in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        lang = p.name[:2]
        paras[lang].extend(x.strip() for x in p.read_text(encoding="utf-8").split("\n\n") if len(x.strip()) > 40)
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            pool = paras["ar" if i % 3 == 2 else "en"]
            text = "\n\n".join(rng.sample(pool, rng.randint(2, 4)))
            f.write(json.dumps({"id": f"g{i}", "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size / 1e6


def million(args: argparse.Namespace) -> int:
    work = Path(args.workdir or tempfile.mkdtemp(prefix="attrib-million-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "generated.jsonl"
    t0 = time.perf_counter()
    mb = generate(corpus, args.articles)
    print(f"generated {args.articles} articles, {mb:.1f} MB JSONL in {time.perf_counter() - t0:.1f} s", flush=True)
    out = work / "dataset"
    shutil.rmtree(out, ignore_errors=True)
    res = timed([ATTRIB, "extract", str(corpus), "--id-field", "id", "--dask", f"local:{args.workers}",
                 "-f", "parquet", "-o", str(out), "--partition-size", str(args.partition_size), "-q"], interval=1.0)
    import pyarrow.parquet as pq

    rows = sum(pq.ParquetFile(p).metadata.num_rows for p in (out / "articles").glob("part-*.parquet"))
    atts = sum(pq.ParquetFile(p).metadata.num_rows for p in (out / "attributions").glob("part-*.parquet"))
    wall = float(res["wall"])  # type: ignore[arg-type]
    print(f"exit {res['rc']}  wall {wall:.1f} s  {rows / wall:.0f} articles/s  articles rows {rows}  "
          f"attribution rows {atts}")
    print(f"peak RSS client {res['client_mb']:.0f} MB; children (workers, nanny/spawn helpers) "
          f"{[round(x) for x in res['children_mb']]} MB")
    print("worker RSS first->last fifth of the run: "
          + ", ".join(f"{a:.0f}->{b:.0f} MB" for a, b in res["drift"]))  # type: ignore[attr-defined]
    if res["err"]:
        print(f"stderr tail: {res['err']}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if res["rc"] == 0 and rows == args.articles else 1


def main() -> int:
    shared = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("polnear", help="1 vs 2 Dask workers, and Dask vs --jobs 2")
    p.add_argument("--corpus", default=str(shared / "data" / "polnear" / "train" / "text"))
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--passes", type=int, default=1, help="read the corpus N times (3 x 840 = 2,520 articles)")
    p.add_argument("--partition-size", type=int, default=20)
    m = sub.add_parser("million", help="N generated small articles through a LocalCluster")
    m.add_argument("--articles", type=int, default=1_000_000)
    m.add_argument("--workers", type=int, default=2)
    m.add_argument("--partition-size", type=int, default=5000)
    m.add_argument("--workdir", help="where the JSONL and the dataset go (default: a temporary folder)")
    m.add_argument("--keep", action="store_true", help="keep the generated corpus and the dataset")
    args = ap.parse_args()
    return polnear(args) if args.mode == "polnear" else million(args)


if __name__ == "__main__":
    sys.exit(main())
