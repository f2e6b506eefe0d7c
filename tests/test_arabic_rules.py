"""Arabic extraction rules, each pinned by a sentence written for the test (not from
any evaluation set): speaker, cue and content spans, and their offsets."""

from __future__ import annotations

import attrib
from attrib.model import Attribution


def _one(text: str, cue: str) -> Attribution:
    r = attrib.extract(text, lang="ar")
    hits = [a for a in r.attributions if a.cue.span.text == cue]
    assert hits, [a.cue.span.text for a in r.attributions]
    a = hits[0]
    for span in (a.cue.span, a.content, *( [a.speaker.mention] if a.speaker.mention else [])):
        assert text[span.start:span.end] == span.text
    return a


def _source(a: Attribution) -> str | None:
    return a.speaker.mention.text if a.speaker.mention else None


def test_reiterate_verb() -> None:
    a = _one("وكرر رئيس الحكومة أن الانتخابات ستجري في موعدها.", "وكرر")
    assert _source(a) == "رئيس الحكومة"
    assert a.content.text == "الانتخابات ستجري في موعدها"


def test_zada_before_a_quotation_is_additive_speech() -> None:
    a = _one('وقال الوزير إن الميزانية جاهزة. وزاد: "لن نرفع الضرائب هذا العام".', "وزاد")
    assert a.cue.category == "additive" and _source(a) is None
    assert a.content.text == '"لن نرفع الضرائب هذا العام"'
    assert a.speaker.name == "الوزير"


def test_learned_that_is_a_belief_of_the_outlet() -> None:
    a = _one("وعلمت الصحيفة من مصادر مطلعة أن الوفد سيصل غدا.", "وعلمت")
    assert a.cue.kind == "belief"
    assert a.content.text == "الوفد سيصل غدا"


def test_participle_after_a_noun_has_no_subject() -> None:
    text = "قال المتحدث باسم الحكومة إن الوضع مستقر. ثم جدد تحذيره مدعيا أن المعارضة تخطط لأعمال عنف."
    a = _one(text, "مدعيا")
    assert _source(a) is None and a.speaker.name == "المتحدث باسم الحكومة"
    assert a.content.text == "المعارضة تخطط لأعمال عنف"


def test_participle_as_adjective_is_not_a_cue() -> None:
    r = attrib.extract("وحمل المتظاهرون لافتات معبرة عن رفضهم للقرار.", lang="ar")
    assert not [a for a in r.attributions if a.cue.span.text == "معبرة"]


def test_verb_after_a_fronted_prepositional_phrase() -> None:
    text = "وفي كلمته أمام البرلمان أكد رئيس الوزراء أن الحكومة ماضية في الإصلاحات."
    a = _one(text, "أكد")
    assert _source(a) == "رئيس الوزراء"
    assert a.content.text == "الحكومة ماضية في الإصلاحات"


def test_verb_of_according_to_cue_is_not_a_second_attribution() -> None:
    text = "ارتفعت الأسعار بنسبة عشرة في المئة، وفقا لما ذكرت وكالة الأنباء الرسمية."
    r = attrib.extract(text, lang="ar")
    assert [a.cue.span.text for a in r.attributions] == ["وفقا لما ذكرت"]


def test_hasbama_takes_the_verb_into_the_cue() -> None:
    text = "وصل الوفد إلى العاصمة مساء أمس، حسبما أفاد مصدر دبلوماسي."
    a = _one(text, "حسبما أفاد")
    assert _source(a) == "مصدر دبلوماسي"
    assert a.content.text == "وصل الوفد إلى العاصمة مساء أمس"
