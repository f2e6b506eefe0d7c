"""Property-testing kit for attribution rules: strategies with ground truth, and properties.

Use it from any pytest suite::

    from hypothesis import given
    from attrib import extract
    from attrib.testing import attributed_sentences, assert_offsets_exact, assert_recovers

    @given(attributed_sentences("en", patterns=["en.speaker_before", "en.according_to"]))
    def test_my_rules(g):
        result = extract(g.text, lang=g.lang)
        assert_offsets_exact(result, g.text)
        assert_recovers(result, g)

See docs/testing.md for the patterns, the properties and how to test a rule of your own.
"""

from __future__ import annotations

from attrib.testing import field as field  # registers the patterns of constructions found in the wild
from attrib.testing.generate import Builder, Expected, Generated, vocabulary
from attrib.testing.parts import PATTERNS, claims, cues, outlets, pattern, patterns_for, quotes, speakers
from attrib.testing.properties import (
    arabic_variant,
    assert_concatenation,
    assert_no_attribution,
    assert_normalisation_invariant,
    assert_offsets_exact,
    assert_recovers,
    assert_same_attributions,
    assert_shift_invariant,
    assert_whitespace_invariant,
)
from attrib.testing.strategies import articles, attributed_sentences, negative_sentences

__all__ = [
    "PATTERNS", "Builder", "Expected", "Generated", "arabic_variant", "articles", "assert_concatenation",
    "assert_no_attribution", "assert_normalisation_invariant", "assert_offsets_exact", "assert_recovers",
    "assert_same_attributions", "assert_shift_invariant", "assert_whitespace_invariant", "attributed_sentences",
    "claims", "cues", "negative_sentences", "outlets", "pattern", "patterns_for", "quotes", "speakers", "vocabulary",
]
