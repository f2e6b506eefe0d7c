"""The property-testing kit on the project's own rules: every built-in rule, both languages."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import attrib
from attrib.model import Span
from attrib.rules import all_rules
from attrib.testing import (
    PATTERNS,
    articles,
    assert_concatenation,
    assert_no_attribution,
    assert_normalisation_invariant,
    assert_offsets_exact,
    assert_recovers,
    assert_shift_invariant,
    assert_whitespace_invariant,
    attributed_sentences,
    negative_sentences,
    patterns_for,
)
from attrib.testing.generate import Expected, Generated
from attrib.testing.runner import check_rule


def _g(text: str, lang: str, cue: str, speaker: str, claim: str, pattern: str, quote: str = "indirect") -> Generated:
    """A pinned regression example in the kit's own terms."""
    c, k = text.index(cue), text.index(claim)
    exp = Expected(Span.of(text, c, c + len(cue)), speaker, None, Span.of(text, k, k + len(claim)), None, None,
                   quote, pattern, ())
    return Generated(text, lang, (exp,), (pattern,))


def _extract(lang: str):  # type: ignore[no-untyped-def]
    return lambda text: attrib.extract(text, lang=lang)


@pytest.mark.parametrize("lang", ["en", "ar"])
@given(data=st.data())

def test_every_pattern_is_recovered(lang: str, data: st.DataObject) -> None:
    g = data.draw(attributed_sentences(lang))
    result = attrib.extract(g.text, lang=lang)
    assert_offsets_exact(result, g.text)
    assert_recovers(result, g)


@given(attributed_sentences("ar", patterns=["ar.vs", "ar.sv", "ar.kana", "ar.prodrop", "ar.kama"]))
# bugs the properties found, each pinned: a family name written as a nisba adjective
@example(_g("وقال عائشة المصري إن المحادثات ستستأنف الأسبوع المقبل.", "ar", "وقال", "عائشة المصري",
            "المحادثات ستستأنف الأسبوع المقبل", "ar.vs"))
# a feminine first name ending in -ية was taken for an adjective
@example(_g("سعدية خان يقول إن المحادثات ستستأنف الأسبوع المقبل.", "ar", "يقول", "سعدية خان",
            "المحادثات ستستأنف الأسبوع المقبل", "ar.sv"))
def test_arabic_names(g: Generated) -> None:
    result = attrib.extract(g.text, lang="ar")
    assert_offsets_exact(result, g.text)
    assert_recovers(result, g)


@given(attributed_sentences("en", patterns=["en.quote_split", "en.quote_after", "en.quote_before"]))
# a claim split around its cue has two pieces: the first holds the expected quotation
@example(_g("“We are close to a deal,” Ayesha Khan said. “Nobody wants another war in this region.”", "en",
            "said", "Ayesha Khan", "We are close to a deal", "en.quote_split", "direct"))
def test_english_quotes(g: Generated) -> None:
    result = attrib.extract(g.text, lang="en")
    assert_offsets_exact(result, g.text)
    assert_recovers(result, g)


LIGHT_RULES = [r.id for r in all_rules() if ".dep." not in r.id]


@pytest.mark.parametrize("rule_id", LIGHT_RULES)
def test_each_rule_in_isolation(rule_id: str) -> None:
    report = check_rule(rule_id, "ci")
    assert report.patterns, f"no pattern exercises {rule_id}"
    assert report.failure is None, report.failure


def test_every_light_rule_has_a_pattern() -> None:
    covered = {r for p in PATTERNS.values() for r in p.rules}
    assert set(LIGHT_RULES) <= covered, set(LIGHT_RULES) - covered


@pytest.mark.parametrize("lang", ["en", "ar"])
@given(data=st.data())
def test_negatives_report_nothing(lang: str, data: st.DataObject) -> None:
    g = data.draw(negative_sentences(lang))
    assert_no_attribution(attrib.extract(g.text, lang=lang), g)


@pytest.mark.parametrize("lang", ["en", "ar"])
@given(data=st.data())
def test_articles_metamorphic(lang: str, data: st.DataObject) -> None:
    g = data.draw(articles(lang))
    ex = _extract(lang)
    result = ex(g.text)
    assert_offsets_exact(result, g.text)
    assert_recovers(result, g)
    assert_no_attribution(result, g)
    assert_whitespace_invariant(ex, g.text)
    filler = "Unrelated paragraph about the weather.\n\n" if lang == "en" else "فقرة عن الطقس في العاصمة.\n\n"
    assert_shift_invariant(ex, g.text, filler, "\n\n" + filler.strip())
    h = data.draw(articles(lang, patterns=[p for p in patterns_for(lang) if p not in {"en.colon", "ar.colon"}]))
    shared = {e.speaker for e in g.attributions} & {e.speaker for e in h.attributions}
    if not g.text.rstrip().endswith(":") and h.attributions and "pronoun" not in " ".join(h.patterns) \
            and "prodrop" not in " ".join(h.patterns) and not shared:
        # unrelated articles only: a pronoun, pro-drop or a speaker named in both links them
        # (the second would rightly continue the first's speaker or interview)
        assert_concatenation(ex, g.text, h.text)


@given(attributed_sentences("ar"), st.integers(0, 10_000))
def test_arabic_spelling_variants(g: Generated, seed: int) -> None:
    assert_normalisation_invariant(_extract("ar"), g.text, seed)


def test_custom_rule_example_passes_in_isolation() -> None:
    from tests.conftest import ROOT

    from attrib import rules
    from attrib.testing.runner import load_module

    load_module(str(ROOT / "examples" / "custom_rule" / "per_rule.py"))
    try:
        report = check_rule("en.custom.per", "ci", (str(ROOT / "examples" / "custom_rule" / "lexicon"),))
        assert report.failure is None, report.failure
        assert report.patterns == ("en.custom.per",) and report.examples > 0
    finally:
        rules._RULES.pop("en.custom.per", None)
        PATTERNS.pop("en.custom.per", None)


def test_a_broken_rule_fails_with_a_readable_report() -> None:
    """A rule whose claim swallows the cue is caught, shrunk, and shown with its sentence."""
    from attrib import rules
    from attrib.rules import Candidate, CharRange, TokenRange, rule
    from attrib.rules.common import sent_range
    from attrib.testing import claims, pattern, speakers
    from attrib.testing.generate import Builder

    @rule("en.test.broken", lang="en", priority=3)
    def broken(ctx, sent, i, j, entry):  # type: ignore[no-untyped-def]
        a, b = sent_range(ctx, sent)
        if entry.lemma != "say" or i == a:
            return None
        whole = (ctx.analysis.starts[a], ctx.analysis.ends[b - 1])
        return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=(CharRange(whole),),
                         speaker=TokenRange((a, i)), confidence=0.5)

    @pattern("en.test.broken", "en", rules=["en.test.broken"])
    def sentences(draw, b: Builder):  # type: ignore[no-untyped-def]
        sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
        b.add(sp.text + " ")
        cue = b.add("said")
        b.add(" that ")
        content = b.add(claim)
        b.add(".")
        return [Expected(b.span(cue), sp.name, "person", b.span(content), pattern="en.test.broken",
                         rules=("en.test.broken",))]

    try:
        report = check_rule("en.test.broken", "ci")
        assert report.failure is not None
        assert "claim runs beyond" in report.failure and "text:" in report.failure and "found:" in report.failure
    finally:
        rules._RULES.pop("en.test.broken", None)
        PATTERNS.pop("en.test.broken", None)
