#!/usr/bin/env python
"""Speed and memory of the learned engine on one core: model load time, words/s, peak RSS.

Loads the model (default: the shipped English one) in a fresh process per run (so the load
is a cold one, torch's own import timed apart), then runs ``attrib.extract(engine="learned")``
over a folder of texts (default: PolNeAR dev) with torch limited to one thread and the
process pinned to one CPU. Reports each run and the range over runs. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_corpus() -> Path:
    shared = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
    return shared / "data" / "polnear" / "dev" / "text"


def one_run(corpus: Path, model: str | None, engine: str) -> dict[str, float]:
    """Everything in this process: called by the parent through ``--child``."""
    import resource

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    t0 = time.perf_counter()
    import torch

    torch.set_num_threads(1)
    t1 = time.perf_counter()
    import attrib
    from attrib.learned import store

    t2 = time.perf_counter()
    if engine == "learned":
        store.load(model or store.default_dir("en"))
    t3 = time.perf_counter()
    texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {corpus}")
    attrib.extract(texts[0], lang="en", engine=engine, model_dir=model)  # warm-up: lexicons, first call
    t4 = time.perf_counter()
    n_atts = sum(len(attrib.extract(t, lang="en", engine=engine, model_dir=model).attributions) for t in texts)
    t5 = time.perf_counter()
    words = sum(len(t.split()) for t in texts)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
    return {"torch_import_s": round(t1 - t0, 3), "attrib_import_s": round(t2 - t1, 3),
            "model_load_s": round(t3 - t2, 3), "articles": len(texts), "words": words,
            "attributions": n_atts, "words_per_s": round(words / (t5 - t4)), "max_rss_mb": round(rss, 1)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--corpus", type=Path, default=None, help="folder of .txt files (default: PolNeAR dev texts)")
    p.add_argument("--model", default=None, help="model directory (default: the shipped English model)")
    p.add_argument("--engine", default="learned", help="learned (default) or light, for comparison")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", type=Path, default=None, help="also write the results here")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    corpus = args.corpus or default_corpus()
    if args.child:
        print(json.dumps(one_run(corpus, args.model, args.engine)))
        return 0
    runs = []
    for _ in range(args.runs):
        cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--engine", args.engine]
        out = subprocess.run(cmd + (["--model", args.model] if args.model else []), capture_output=True, text=True,
                             check=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]))
    summary = {k: [min(r[k] for r in runs), max(r[k] for r in runs)]
               for k in ("words_per_s", "model_load_s", "torch_import_s", "max_rss_mb")}
    result = {"engine": args.engine, "corpus": str(corpus), "runs": runs, "range": summary,
              "machine": platform.platform(), "cpus": os.cpu_count()}
    print(f"{args.engine}: {runs[0]['articles']} articles, {runs[0]['words']} words; over {len(runs)} runs: "
          + ", ".join(f"{k} {lo}-{hi}" for k, (lo, hi) in summary.items()))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
