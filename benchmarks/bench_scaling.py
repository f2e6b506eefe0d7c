#!/usr/bin/env python
"""How time and memory grow with ONE article's size, English and Arabic (issue 16).

An archive audit feeds attrib transcripts, live blogs, concatenated feeds and book-length
reports; nothing caps an article's length, so every step must stay linear (or n log n) in the
article's length, its number of attributions and its sentence length. Each pattern grows one
of these, tenfold at a time, and the benchmark prints the growth per 10x of the CPU time
(linear is x10, quadratic x100):

- ``size``:         a seed article repeated (100 k -> 20 M characters), a big ordinary article;
- ``attributions``: many short attributed sentences with quotations;
- ``sentence``:     one sentence with no final punctuation, clause after clause;
- ``repeated``:     one cue word repeated ("said said ...", "وقال وقال ...").

Every measurement runs in a fresh process pinned to one CPU (``--child``), so the peak RSS
(``ru_maxrss``) is that of one article; lexicon loading is done before the clock starts. A run
over ``--timeout`` seconds is reported as such and the pattern's larger sizes are skipped.
See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PATTERNS_FILE = Path(__file__).resolve().parent / "scaling_patterns.toml"
PATTERNS = ("size", "attributions", "sentence", "repeated")
SIZES = {"size": (100_000, 1_000_000, 10_000_000, 20_000_000)}
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)


def shared() -> Path:
    return Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))


def _repeat(units: list[str], chars: int, sep: str = "") -> str:
    """Whole units (cycled) until the text has at least ``chars`` characters."""
    out: list[str] = []
    n = 0
    i = 0
    while n < chars:
        piece = units[i % len(units)]
        if i and sep:
            out.append(sep)
            n += len(sep)
        out.append(piece)
        n += len(piece)
        i += 1
    return "".join(out)


def make_text(lang: str, pattern: str, chars: int) -> str:
    """The article of ``pattern`` with about ``chars`` characters (our sentences or a seed)."""
    spec = tomllib.loads(PATTERNS_FILE.read_text(encoding="utf-8"))[lang]
    if pattern == "size":
        seed = (shared() / "seeds" / spec["seed"]).read_text(encoding="utf-8").strip()
        return _repeat([seed], chars, sep="\n\n")
    if pattern == "attributions":
        units = list(spec["attributions"])
        paragraph = "".join(units)  # five sentences, then a paragraph break
        return _repeat([paragraph.strip()], chars, sep="\n\n")
    if pattern == "sentence":
        first, *rest = spec["sentence"]
        return first + _repeat(rest, chars - len(first))
    if pattern == "repeated":
        return _repeat([spec["repeated"]], chars).strip()
    raise SystemExit(f"unknown pattern {pattern!r}; choose one of: {', '.join(PATTERNS)}")


def max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1e6 if sys.platform == "darwin" else rss * 1024 / 1e6


def child(lang: str, pattern: str, chars: int) -> None:
    """One measurement, printed as a JSON line (run in a fresh process by the parent)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import attrib

    attrib.extract(make_text(lang, "attributions", 2000), lang=lang)  # lexicons loaded, caches warm
    text = make_text(lang, pattern, chars)
    cpu = time.process_time()
    start = time.perf_counter()
    result = attrib.extract(text, lang=lang)
    seconds = time.perf_counter() - start
    print(json.dumps({"lang": lang, "pattern": pattern, "chars": len(text), "seconds": seconds,
                      "cpu_seconds": time.process_time() - cpu, "attributions": len(result.attributions),
                      "max_rss_mb": max_rss_mb()}))


def measure(lang: str, pattern: str, chars: int, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", lang, pattern, str(chars)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"lang": lang, "pattern": pattern, "chars": chars, "timeout": timeout}
    if done.returncode != 0:
        raise SystemExit(f"measurement {lang}/{pattern}/{chars} failed:\n{done.stderr}")
    record: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return record


def growth_per_10x(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """CPU-time growth for a tenfold input between two measurements (x10 = linear). CPU time,
    not wall time: on a shared machine the wall clock also counts other people's work."""
    if "cpu_seconds" not in a or "cpu_seconds" not in b or a["cpu_seconds"] <= 0:
        return None
    decades = math.log10(b["chars"] / a["chars"])
    return float((b["cpu_seconds"] / a["cpu_seconds"]) ** (1 / decades))


def _line(r: dict[str, Any], growth: float | None) -> str:
    if "timeout" in r:
        return f"{r['lang']:3} {r['pattern']:13} {r['chars']:>11,}  > {r['timeout']:.0f} s (stopped)"
    g = f"x{growth:.1f}" if growth is not None else "-"
    return (f"{r['lang']:3} {r['pattern']:13} {r['chars']:>11,} {r['cpu_seconds']:8.2f} s cpu "
            f"{r['seconds']:8.2f} s wall {r['max_rss_mb']:6.0f} MB {r['attributions']:>7,} att  growth/10x {g}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Time and peak memory of one article against its size (issue 16).")
    p.add_argument("--lang", action="append", choices=("en", "ar"), help="language (repeatable; default both)")
    p.add_argument("--pattern", action="append", choices=PATTERNS, help="pattern (repeatable; default all)")
    p.add_argument("--max-chars", type=int, default=20_000_000, help="skip sizes above this")
    p.add_argument("--timeout", type=float, default=180.0, help="wall seconds before a run is stopped")
    p.add_argument("--json", type=Path, help="also write every measurement to this file")
    p.add_argument("--child", nargs=3, metavar=("LANG", "PATTERN", "CHARS"), help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    print(f"python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs; one core per run")
    records: list[dict[str, Any]] = []
    worst: dict[str, float] = {}
    for lang in args.lang or ("en", "ar"):
        for pattern in args.pattern or PATTERNS:
            prev: dict[str, Any] | None = None
            for chars in SIZES.get(pattern, DEFAULT_SIZES):
                if chars > args.max_chars:
                    continue
                r = measure(lang, pattern, chars, args.timeout)
                g = growth_per_10x(prev, r) if prev else None
                r["growth_per_10x"] = g
                if g is not None:
                    key = f"{lang}/{pattern}"
                    worst[key] = max(worst.get(key, 0.0), g)
                print(_line(r, g), flush=True)
                records.append(r)
                if "timeout" in r:
                    break
                prev = r
    print("worst growth per 10x: " + ", ".join(f"{k} x{v:.1f}" for k, v in worst.items()))
    if args.json:
        args.json.write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
