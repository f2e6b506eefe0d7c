"""The stanza engine with the offline models in ../shared/models/stanza (English).

Skipped with a reason when stanza or the models are absent; .ci/run installs stanza and
CI has ../shared, so these run there."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import find, seed, shared_path

import attrib
from attrib.errors import ModelError

stanza = pytest.importorskip("stanza", reason="stanza is not installed (pip install 'attrib[stanza]')")


@pytest.fixture(scope="module")
def model_dir() -> str:
    return str(shared_path("models", "stanza"))


def test_english_pipeline_finds_speakers_and_claims(model_dir: str) -> None:
    text = ("Pakistan's spy agency provided planning assistance to the Taliban, US officials said. "
            "\"We are close to a deal,\" the finance minister told Reuters on Monday.")
    r = attrib.extract(text, engine="stanza", model_dir=model_dir)
    assert r.engine == "stanza"
    a = find(r, "said", "spy agency provided planning assistance")
    assert a.rule.startswith("en.") and a.speaker.name == "US officials"
    b = find(r, "told", "We are close to a deal")
    assert b.outlet is not None and (b.outlet.name, b.outlet.role) == ("Reuters", "channel")
    for att in r.attributions:
        for span in (att.cue.span, *att.parts, *([att.speaker.mention] if att.speaker.mention else [])):
            assert text[span.start:span.end] == span.text


def test_dependency_rule_wins_over_the_lexical_one(model_dir: str) -> None:
    r = attrib.extract("The minister said that the border would reopen next week.", engine="stanza",
                       model_dir=model_dir)
    (a,) = r.attributions
    assert a.rule == "en.dep.verb"
    assert a.content.text == "that the border would reopen next week"


def test_seed_through_both_engines(model_dir: str) -> None:
    path = seed("002")
    light = attrib.extract(attrib.read(path))
    dep = attrib.extract(attrib.read(path), engine="stanza", model_dir=model_dir)
    for r in (light, dep):
        assert find(r, "said", "spy agency provided planning assistance").speaker.name == "US officials"
        assert find(r, "say", "Pakistan could grow closer").speaker.kind == "anonymous"
    assert any(a.rule.startswith("en.dep.") for a in dep.attributions)


def test_missing_models_and_languages(tmp_path: Path, model_dir: str) -> None:
    with pytest.raises(ModelError, match=r"no stanza models in .*resources\.json is missing.*stanza\.download"):
        attrib.extract("Officials said it.", engine="stanza", model_dir=str(tmp_path))
    with pytest.raises(ModelError, match="no stanza models for language 'ar'"):
        attrib.extract("قال المسؤول إن الاتفاق قريب.", engine="stanza", model_dir=model_dir)


def test_cli_model_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from attrib.cli import main

    f = tmp_path / "a.txt"
    f.write_text("Officials said it was over.", encoding="utf-8")
    code = main(["extract", "--engine", "stanza", "--model-dir", str(tmp_path / "none"), str(f)])
    err = capsys.readouterr().err
    assert code == 1 and "no stanza models" in err and "Traceback" not in err


def _told_nyt():  # type: ignore[no-untyped-def]
    """Found by the kit: an outlet of several words as the object of "told"."""
    from attrib.model import Span
    from attrib.testing.generate import Expected, Generated

    text = "US officials told The New York Times that the talks would resume next week."
    exp = Expected(Span.of(text, 13, 17), "US officials", "anonymous", Span.of(text, 42, 74), "The New York Times",
                   "channel", "indirect", "en.told_outlet", ("en.verb.speaker_before",))
    return Generated(text, "en", (exp,), ("en.told_outlet",))


def test_dependency_rules_with_generated_sentences(model_dir: str) -> None:
    """The kit's strategies on the stanza engine: dependency rules recover the same claims."""
    from hypothesis import example, given, settings

    from attrib.testing import assert_offsets_exact, assert_recovers, attributed_sentences

    @settings(max_examples=12, deadline=None, database=None, derandomize=True)
    @given(attributed_sentences("en", patterns=["en.speaker_before", "en.told_outlet", "en.according_to"]))
    @example(_told_nyt())
    def prop(g):  # type: ignore[no-untyped-def]
        result = attrib.extract(g.text, lang="en", engine="stanza", model_dir=model_dir)
        assert_offsets_exact(result, g.text)
        assert_recovers(result, g, check_speaker=False)
        seen.append(any(a.rule.startswith("en.dep.") for a in result.attributions))

    seen: list[bool] = []
    prop()
    assert sum(seen) >= len(seen) // 2  # dependency rules fire; lexical ones cover the parser's slips
