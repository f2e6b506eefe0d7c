"""One article's cost grows linearly with its size, its attributions and its sentence length
(issue 16): a fast check of the *shape*, never of an absolute time.

For each pattern of ``benchmarks/scaling_patterns.toml`` (our own sentences; the seed-repeated
"size" pattern when the shared seeds are there), an article 8 times longer must cost less
than 20 times the CPU time (linear is 8; the quadratic steps this guards against gave 30 to
90 at these sizes). CPU time, best of three, so a busy machine does not fail the test; the
full curves up to 20 M characters are in benchmarks/bench_scaling.py."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import SHARED

import attrib

ROOT = Path(__file__).resolve().parent.parent
FACTOR = 8
MAX_RATIO = 20.0


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scaling", ROOT / "benchmarks" / "bench_scaling.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def _cpu(text: str, lang: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        attrib.extract(text, lang=lang)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(("pattern", "chars"), [("attributions", 6000), ("sentence", 6000), ("repeated", 2000),
                                                ("size", 8000)])
def test_cost_grows_linearly(lang: str, pattern: str, chars: int) -> None:
    if pattern == "size" and not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared seeds not found under {SHARED}")
    small = BENCH.make_text(lang, pattern, chars)
    large = BENCH.make_text(lang, pattern, chars * FACTOR)
    attrib.extract(small, lang=lang)  # lexicons loaded before anything is timed
    ratio = _cpu(large, lang) / max(_cpu(small, lang), 1e-4)
    assert ratio < MAX_RATIO, f"{lang}/{pattern}: x{FACTOR} longer cost x{ratio:.1f}"
