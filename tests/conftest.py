"""Shared fixtures: where ../shared is, and helpers to find attributions in results."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from attrib.model import ArticleAttributions, Attribution

# Hypothesis profiles: "ci" keeps the suite fast and reproducible (the same examples on every
# run, so CI never turns red by chance); "thorough" explores new examples and is for local runs
# before a release (HYPOTHESIS_PROFILE=thorough python -m pytest).
settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ATTRIB_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "articles"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason it is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not found: set ATTRIB_SHARED to the shared data folder to run this test")
    return p


def seed(prefix: str) -> Path:
    folder = shared_path("seeds")
    hits = sorted(folder.glob(f"{prefix}_*.txt"))
    if not hits:
        pytest.skip(f"seed {prefix} not found in {folder}")
    return hits[0]


def find(result: ArticleAttributions, cue: str, content: str) -> Attribution:
    """The attribution with this cue text whose claim contains ``content``; fails loudly."""
    for att in result.attributions:
        claim = " ".join(p.text for p in att.parts)
        if att.cue.span.text == cue and content in claim:
            return att
    listing = "\n".join(
        f"  {a.cue.span.text!r} {a.speaker.name!r} [{a.rule}] {a.content.text[:60]!r}" for a in result.attributions
    )
    raise AssertionError(f"no attribution with cue {cue!r} and claim containing {content!r}; found:\n{listing}")
