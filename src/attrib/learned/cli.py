"""``attrib train``: the sub-command's options and its run (wired into :mod:`attrib.cli`)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from attrib.errors import OptionError


def add_parser(sub: Any) -> None:
    tr = sub.add_parser("train", help="train a learned attribution model on annotated corpora (needs torch)")
    tr.add_argument("--gold", action="append", required=True, metavar="DIR",
                    help="annotated corpus: brat standoff (.ann beside .txt, or text/ + attributions/, "
                         "PolNeAR's layout); repeatable")
    tr.add_argument("--dev", action="append", default=[], metavar="DIR",
                    help="corpus scored after each epoch to keep the best one (default: lowest training loss)")
    tr.add_argument("-l", "--lang", default="en", help="language of the corpora: en or ar (default: en)")
    tr.add_argument("-o", "--output", required=True, metavar="MODEL_DIR", help="model directory to write")
    tr.add_argument("--epochs", type=int, default=10, help="passes over the training data (default 10)")
    tr.add_argument("--seed", type=int, default=13, help="random seed (default 13): same seed, same model on CPU")
    tr.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    tr.add_argument("--threads", type=int, default=1, help="CPU threads for torch (default 1)")
    tr.add_argument("--limit", type=int, default=0, help="train on the first N documents only (quick trials)")


def add_model_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", dest="model_dir", metavar="DIR",
                   help="learned model directory for --engine learned (default: the shipped model); "
                        "the stanza models folder for --engine stanza")


def run(args: argparse.Namespace) -> int:
    try:
        import torch  # noqa: F401
    except ImportError:
        raise OptionError("attrib train needs torch: pip install 'attrib[learned]'") from None
    from attrib.learned.train import TrainOptions, train

    if args.lang not in ("en", "ar"):
        raise OptionError(f"unknown language {args.lang!r}; choose one of: en, ar")
    for name in ("epochs", "threads"):
        if getattr(args, name) < 1:
            raise OptionError(f"--{name} must be at least 1")
    record = train(TrainOptions(gold=tuple(args.gold), dev=tuple(args.dev), out=args.output, lang=args.lang,
                                epochs=args.epochs, seed=args.seed, device=args.device, threads=args.threads,
                                limit=args.limit))
    best = {k: record.get(k) for k in ("best_epoch", "best_scores", "train_seconds")}
    print(f"{args.output}: {json.dumps(best)}", file=sys.stdout)
    return 0
