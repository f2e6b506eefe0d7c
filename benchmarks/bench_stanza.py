"""Stanza engine throughput: parsing vs our rules on the parsed input, on one machine.

Parses a corpus once with the stanza analyzer (timed), then runs the rules and the
resolver on the stored analyses (timed separately), and reports sentences/s for each and
the rules' share of the parsing time (target: under 5%).

    python benchmarks/bench_stanza.py --model-dir ../shared/models/stanza [--limit 40] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    shared = Path(os.environ.get("ATTRIB_SHARED", root.parent / "shared"))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--corpus", default=str(shared / "data" / "polnear" / "dev" / "text"),
                   help="folder of UTF-8 .txt articles (default: PolNeAR dev texts)")
    p.add_argument("--model-dir", default=str(shared / "models" / "stanza"), help="stanza models folder")
    p.add_argument("--limit", type=int, default=40, help="number of articles (default 40)")
    p.add_argument("--gpu", action="store_true", help="let stanza use a GPU if torch sees one")
    p.add_argument("--json", help="also write the numbers to this file")
    args = p.parse_args(argv)

    import attrib
    from attrib.analysis import get_analyzer
    from attrib.pipeline import extract_analysis

    files = sorted(Path(args.corpus).glob("*.txt"))[: args.limit]
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1
    articles = [attrib.read(f) for f in files]
    analyzer = get_analyzer("stanza", model_dir=args.model_dir, use_gpu=args.gpu)
    t0 = time.perf_counter()
    analyzer(articles[0])  # loads the models
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyses = [analyzer(a) for a in articles]
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_att = sum(len(extract_analysis(an).attributions) for an in analyses)
    rules_s = time.perf_counter() - t0
    sentences = sum(len(a.sentences) for a in articles)
    words = sum(len(an) for an in analyses)
    import torch

    out = {
        "python": platform.python_version(), "platform": platform.platform(), "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(), "cuda": bool(args.gpu and torch.cuda.is_available()),
        "articles": len(articles), "sentences": sentences, "words": words, "attributions": n_att,
        "model_load_s": round(load_s, 2), "parse_s": round(parse_s, 2), "rules_s": round(rules_s, 3),
        "parse_sentences_per_s": round(sentences / parse_s, 1), "rules_sentences_per_s": round(sentences / rules_s, 1),
        "rules_share_of_parse": round(rules_s / parse_s, 4),
    }
    for k, v in out.items():
        print(f"{k:24s} {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
