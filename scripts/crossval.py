"""K-fold cross-validation of the learned engine against the light rules on one gold corpus.

``nice -n 19 python scripts/crossval.py --gold ../shared/data/ar_attrib_dev --lang ar``

Documents are dealt into folds by their sorted position (document k goes to fold k mod K).
For each fold a model is trained on the other folds (fixed epochs, no early stopping: there
is no data to spare for it) and both engines are scored on the held-out fold; counts are
summed over folds (micro-averaged F1), so every document is scored exactly once, by a model
that never saw it. Texts are reached through symlinks, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from attrib.evaluate.corpus import evaluate_docs
from attrib.evaluate.gold import load_gold
from attrib.evaluate.score import ROLES, Score
from attrib.learned.train import TrainOptions, train


def _fold_dirs(gold: Path, root: Path, k: int) -> list[tuple[Path, Path]]:
    """(train folder, test folder) per fold, as symlink farms in brat layout."""
    anns = sorted((gold / "attributions").glob("*.ann"))
    out = []
    for fold in range(k):
        pair = []
        for part in ("train", "test"):
            d = root / f"fold{fold}" / part
            (d / "text").mkdir(parents=True)
            (d / "attributions").mkdir()
            if (gold / "gold.jsonl").is_file():
                (d / "gold.jsonl").symlink_to((gold / "gold.jsonl").resolve())
            for n, ann in enumerate(anns):
                if (n % k == fold) == (part == "test"):
                    (d / "attributions" / ann.name).symlink_to(ann.resolve())
                    txt = gold / "text" / f"{ann.stem}.txt"
                    (d / "text" / txt.name).symlink_to(txt.resolve())
            pair.append(d)
        out.append((pair[0], pair[1]))
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gold", required=True)
    p.add_argument("--lang", default="ar")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--epochs", type=int, default=15)
    p.add_argument("--seed", type=int, default=13)
    args = p.parse_args()
    began = time.time()
    totals: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fold, (tr, te) in enumerate(_fold_dirs(Path(args.gold), Path(tmp), args.folds)):
            model = Path(tmp) / f"model{fold}"
            train(TrainOptions(gold=(str(tr),), out=str(model), lang=args.lang, epochs=args.epochs, seed=args.seed),
                  echo=lambda line, f=fold: print(f"fold {f}: {line}", file=sys.stderr))
            for engine in ("light", "learned"):
                for subset in ("all", "speech"):
                    report = evaluate_docs(load_gold(te), subset=subset, engine=engine, lang=args.lang,
                                           model_dir=str(model) if engine == "learned" else None)
                    acc = totals.setdefault(f"{engine}/{subset}", {})
                    for key, sc in report.scores.items():
                        s = acc.setdefault(key, Score())
                        s.tp, s.pred, s.gold = s.tp + sc.tp, s.pred + sc.pred, s.gold + sc.gold
    result = {name: {key: round(sc.f1, 3) for key, sc in scores.items()} for name, scores in totals.items()}
    result["settings"] = {"folds": args.folds, "epochs": args.epochs, "seed": args.seed, "gold": args.gold,
                          "seconds": round(time.time() - began)}
    print(json.dumps(result, indent=2))
    for name, scores in totals.items():
        print(name, " ".join(f"{r} {scores[r + '.partial'].f1:.3f}/{scores[r + '.exact'].f1:.3f}" for r in ROLES),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
