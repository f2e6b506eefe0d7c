"""Alignment precision/recall and verdict accuracy of `attrib compare` on examples/pairs.

    python benchmarks/eval_compare.py [--engine light]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="score attrib compare on examples/pairs")
    p.add_argument("--pairs", default=str(Path(__file__).resolve().parent.parent / "examples" / "pairs"))
    args = p.parse_args(argv)
    import attrib
    from attrib.evaluate.compare import PairScore, score_pair

    total = PairScore()
    rows = []
    for spec_path in sorted(Path(args.pairs).glob("*/expected.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        c = attrib.compare(attrib.read(spec_path.parent / spec["a"]), attrib.read(spec_path.parent / spec["b"]))
        s = score_pair(c, spec)
        total.add(s)
        rows.append((spec_path.parent.name, s))
    for name, s in rows:
        print(f"{name:24s} align P {s.precision:.2f} R {s.recall:.2f}  verdicts {s.verdict_correct}/{s.verdict_total}"
              f"  not extracted {s.not_extracted}")
    print(f"{'TOTAL':24s} align P {total.precision:.3f} R {total.recall:.3f}  verdict accuracy "
          f"{total.verdict_accuracy:.3f} ({total.verdict_correct}/{total.verdict_total}), "
          f"not extracted {total.not_extracted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
