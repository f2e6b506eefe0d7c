from __future__ import annotations

from pathlib import Path

import pytest

import attrib
from attrib.errors import LexiconError
from attrib.lexicon.load import load_gazetteer, load_lexicon
from attrib.resolve.same import same_person
from attrib.text.normalize import norm


def test_shipped_lexicons_load() -> None:
    gaz = load_gazetteer()
    assert len(gaz.outlet_entries) >= 60
    for name in ["Reuters", "AFP", "AP", "Dawn", "Foreign Policy", "The New York Times", "BBC", "Al Jazeera",
                 "Xinhua", "TASS", "Geo News", "The Express Tribune", "Al Arabiya"]:
        assert name in gaz.outlet_entries, name
    assert gaz.outlets.match([norm("فورين"), norm("پوليسي")], 0) == (2, "Foreign Policy")
    for lang in ("en", "ar"):
        lex = load_lexicon(lang)
        assert lex.cues.by_first and lex.roles


def test_user_lexicon_folder_adds_a_cue(tmp_path: Path) -> None:
    text = "The senator harrumphed that the bill would fail."
    assert not attrib.extract(text).attributions
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "cues.toml").write_text(
        '[[cue]]\nlemma = "harrumph"\ncategory = "neutral"\nkind = "speech"\nforms = ["harrumphed", "harrumphs"]\n',
        encoding="utf-8")
    (a,) = attrib.extract(text, lexicon_dirs=[str(tmp_path)]).attributions
    assert a.cue.lemma == "harrumph" and a.content.text == "that the bill would fail"


def test_malformed_user_lexicon(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "cues.toml").write_text('[[cue]]\nlemma = "x"\ncategory = "odd"\nkind = "speech"\n'
                                              'forms = ["x"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="category 'odd'"):
        attrib.extract("He said it.", lexicon_dirs=[str(tmp_path)])
    (tmp_path / "en" / "cues.toml").write_text("[[cue]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid TOML"):
        attrib.extract("He said it.", lexicon_dirs=[str(tmp_path)])
    with pytest.raises(LexiconError, match="does not exist"):
        attrib.extract("He said it.", lexicon_dirs=[str(tmp_path / "nope")])


def test_spelling_variants_and_surnames_match() -> None:
    assert same_person((norm("بلنكن"),), (norm("أنتوني"), norm("بلينكن")))
    assert same_person((norm("كاتزمان"),), (norm("كينيث"), norm("كاتزمان")))
    assert not same_person((norm("فريد"),), (norm("كينيث"), norm("كاتزمان")))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Nw York Times reported that the talks failed.", "The New York Times"),
        ("Al-Jazeera English reported that the talks failed.", "Al Jazeera"),
        ("وقالت وكالة رويتر إن المحادثات فشلت.", "Reuters"),
        ("وبحسب فورين پوليسي فإن الزيارة مهمة.", "Foreign Policy"),
    ],
)
def test_outlet_spelling_variants(text: str, outlet: str) -> None:
    (a,) = attrib.extract(text).attributions
    assert (a.speaker.name, a.speaker.kind) == (outlet, "outlet")
    assert a.outlet is not None and a.outlet.name == outlet and a.outlet.role == "reporter"
