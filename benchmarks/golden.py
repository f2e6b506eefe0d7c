"""Golden outputs: prove that a restructuring changes no result.

Runs ``attrib extract`` (the same path as the CLI: ``attrib.batch.extract_path``, JSON records)
over every text we have: the seeds, our example articles and pairs, PolNeAR train and dev,
ar_attrib_dev and the PUD part-1 sentences (English and Arabic). Each article's record is
hashed; the hashes are kept in the repository (``benchmarks/golden/hashes.json``), the full
records outside it (they quote the corpora's text), so a check shows which articles changed
and, when the full records of the reference run are at hand, how.

    python benchmarks/golden.py record            # write the hashes (and /tmp/attrib-golden/)
    python benchmarks/golden.py check             # exit 1 and list what changed
    python benchmarks/golden.py check --diff 5    # also show the first 5 changed records

A deliberate behaviour change is its own commit that re-records the hashes and says why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from attrib.batch import BatchOptions, extract_path
from attrib.render.formats import result_to_json

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HASHES = HERE / "golden" / "hashes.json"
FULL = Path(os.environ.get("ATTRIB_GOLDEN_DIR", "/tmp/attrib-golden"))


def shared() -> Path:
    return Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))


def _files() -> Iterator[tuple[str, Path]]:
    """(key, path) for every text file, keys stable across machines."""
    s = shared()
    groups = {
        "seeds": sorted((s / "seeds").glob("*.txt")),
        "polnear-train": sorted((s / "data/polnear/train/text").glob("*.txt")),
        "polnear-dev": sorted((s / "data/polnear/dev/text").glob("*.txt")),
        "ar_attrib_dev": sorted((s / "data/ar_attrib_dev/text").glob("*.txt")),
        "examples": sorted((ROOT / "examples/articles").glob("*.txt")),
        "pairs": sorted((ROOT / "examples/pairs").glob("*/*.txt")),
    }
    for group, paths in groups.items():
        for p in paths:
            yield f"{group}/{p.parent.name}/{p.name}" if group == "pairs" else f"{group}/{p.name}", p


def _pud_sentences() -> Iterator[tuple[str, str]]:
    """(key, text) for each PUD part-1 sentence: the ``# text =`` line after its ``# sent_id``."""
    for lang in ("en", "ar"):
        path = shared() / f"data/ud/pud/{lang}_pud-part1.conllu"
        if not path.exists():
            continue
        sent_id = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# sent_id = "):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text = ") and sent_id:
                yield f"pud-{lang}/{sent_id}", line.split("=", 1)[1].strip()
                sent_id = ""


def _record(result: object) -> str:
    data = result if isinstance(result, dict) else result_to_json(result)  # type: ignore[arg-type]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def outputs() -> Iterator[tuple[str, str]]:
    """(key, canonical JSON record) for every golden text."""
    options = BatchOptions()
    for key, path in _files():
        yield key, _record(extract_path(str(path), options))
    for key, text in _pud_sentences():
        data = text.encode("utf-8")
        yield key, _record(extract_path("-", options, data=data))


def digest(record: str) -> str:
    return hashlib.sha256(record.encode("utf-8")).hexdigest()[:20]


def record() -> int:
    FULL.mkdir(parents=True, exist_ok=True)
    hashes: dict[str, str] = {}
    with (FULL / "records.jsonl").open("w", encoding="utf-8") as full:
        for key, rec in outputs():
            hashes[key] = digest(rec)
            full.write(json.dumps({"key": key, "record": rec}, ensure_ascii=False) + "\n")
    HASHES.parent.mkdir(parents=True, exist_ok=True)
    HASHES.write_text(json.dumps(hashes, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"recorded {len(hashes)} golden outputs -> {HASHES.relative_to(ROOT)} (full records in {FULL})")
    return 0


def _reference_records() -> dict[str, str]:
    path = FULL / "records.jsonl"
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        out[item["key"]] = item["record"]
    return out


def check(show: int) -> int:
    expected: dict[str, str] = json.loads(HASHES.read_text(encoding="utf-8"))
    got = {key: rec for key, rec in outputs()}
    changed = [k for k in expected if k in got and digest(got[k]) != expected[k]]
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    reference = _reference_records() if show else {}
    for key in changed[:show]:
        print(f"--- {key}\n  was: {reference.get(key, '(no full reference record)')}\n  now: {got[key]}")
    print(f"{len(expected) - len(changed) - len(missing)} identical, {len(changed)} changed, "
          f"{len(missing)} missing, {len(extra)} new")
    for key in changed[:50]:
        print(f"changed: {key}")
    return 1 if changed or missing or extra else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["record", "check"])
    parser.add_argument("--diff", type=int, default=0, help="show this many changed records")
    args = parser.parse_args()
    if not (shared() / "seeds").is_dir():
        print(f"golden: shared corpora not found at {shared()} (set ATTRIB_SHARED)", file=sys.stderr)
        return 2
    return record() if args.mode == "record" else check(args.diff)


if __name__ == "__main__":
    sys.exit(main())
