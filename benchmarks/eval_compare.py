"""Link, verdict and claim scores of `attrib compare`: on examples/pairs, and on the labelled
PUD translation dev set (benchmarks/pud_compare, texts rebuilt from ../shared/data/ud/pud).

    python benchmarks/eval_compare.py [--pud-only | --pairs-only] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pairs(folder: Path) -> dict[str, object]:
    import attrib
    from attrib.compare import compare
    from attrib.evaluate.compare import PairScore, score_pair

    total = PairScore()
    for spec_path in sorted(folder.glob("*/expected.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        c = compare(attrib.read(spec_path.parent / spec["a"]), attrib.read(spec_path.parent / spec["b"]))
        s = score_pair(c, spec)
        total.add(s)
        print(f"  {spec_path.parent.name:24s} align P {s.precision:.2f} R {s.recall:.2f}  verdicts "
              f"{s.verdict_correct}/{s.verdict_total}  not extracted {s.not_extracted}")
    print(f"examples/pairs: align P {total.precision:.3f} R {total.recall:.3f}  verdict accuracy "
          f"{total.verdict_accuracy:.3f} ({total.verdict_correct}/{total.verdict_total}), "
          f"not extracted {total.not_extracted}")
    return {"align_precision": round(total.precision, 3), "align_recall": round(total.recall, 3),
            "verdict_accuracy": round(total.verdict_accuracy, 3)}


def _pud(devset: Path, pud_dir: Path) -> dict[str, object]:
    import attrib
    from attrib.compare import compare
    from attrib.evaluate.devset import DevsetScore, add, load_devset, score_devset_pair

    total = DevsetScore()
    for g in load_devset(devset, pud_dir):
        c = compare(attrib.extract(g.en_text, lang="en"), attrib.extract(g.ar_text, lang="ar"))
        add(total, score_devset_pair(c, g))
    t = total
    print(f"PUD dev set: {t.pairs} pairs ({t.empty_pairs} with no attribution), {t.link_gold} gold links")
    print(f"  links P {t.link_precision:.3f} R {t.link_recall:.3f} F1 {t.link_f1:.3f}; verdict accuracy "
          f"{t.verdict_accuracy:.3f} ({t.verdict_correct}/{t.link_tp}); false alarms on faithful links "
          f"{t.false_alarm_rate:.3f} ({t.false_alarms}/{t.faithful})")
    cp = t.claim_tp / t.claim_pred if t.claim_pred else float("nan")
    cr = t.claim_tp / t.claim_gold if t.claim_gold else float("nan")
    print(f"  claim_changed: flagged {t.claim_pred}, gold {t.claim_gold}, P {cp:.3f} R {cr:.3f}")
    print(f"  extraction: missed EN {t.missed_en}/{t.gold_en}, AR {t.missed_ar}/{t.gold_ar}; sentences with no "
          f"attribution given one: {t.spurious_sentences}/{t.empty_pairs}")
    if t.confusions:
        print("  wrong verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(t.confusions.items())))
    return t.as_dict()


def main(argv: list[str] | None = None) -> int:
    shared = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
    p = argparse.ArgumentParser(description="score attrib compare on examples/pairs and the PUD dev set")
    p.add_argument("--pairs", default=str(ROOT / "examples" / "pairs"))
    p.add_argument("--devset", default=str(ROOT / "benchmarks" / "pud_compare" / "devset.jsonl"))
    p.add_argument("--pud", default=str(shared / "data" / "ud" / "pud"), help="folder of the PUD CoNLL-U files")
    p.add_argument("--pud-only", action="store_true")
    p.add_argument("--pairs-only", action="store_true")
    p.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    args = p.parse_args(argv)
    out: dict[str, object] = {}
    if not args.pud_only:
        out["pairs"] = _pairs(Path(args.pairs))
    if not args.pairs_only:
        if not Path(args.pud).is_dir():
            print(f"PUD not found under {args.pud} (set ATTRIB_SHARED)", file=sys.stderr)
            return 1
        out["pud"] = _pud(Path(args.devset), Path(args.pud))
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
