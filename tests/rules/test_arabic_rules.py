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


def test_claim_ends_before_a_participle_clause() -> None:
    text = "وقال الوزير إن الاتفاق سيوقع قريبا، مشيرا إلى أن المفاوضات بلغت مرحلتها الأخيرة."
    a = _one(text, "وقال")
    assert a.content.text == "الاتفاق سيوقع قريبا"
    b = _one(text, "مشيرا")
    assert b.content.text == "المفاوضات بلغت مرحلتها الأخيرة" and b.speaker.name == "الوزير"


def test_claim_ends_before_but_he_explained() -> None:
    text = 'وقال المدرب "الفريق يحتاج إلى وقت"، لكنه أوضح أن النتائج ستتحسن.'
    a = _one(text, "وقال")
    assert a.content.text == '"الفريق يحتاج إلى وقت"'


def test_quoted_name_in_speaker_phrase() -> None:
    text = 'وذكرت صحيفة "الأنباء" الكويتية أن الحكومة ستخفض الدعم.'
    a = _one(text, "وذكرت")
    assert _source(a) == 'صحيفة "الأنباء" الكويتية'
    assert a.content.text == "الحكومة ستخفض الدعم"


def test_quoted_name_right_after_the_verb_is_the_subject() -> None:
    a = _one("وعلمت »الشرق« أن الوفد سيصل غدا.", "وعلمت")
    assert _source(a) == "»الشرق«" and a.content.text == "الوفد سيصل غدا"


def test_reported_from_speaker_after_an() -> None:
    text = "ونقلت وكالة رويترز عن مسؤول في الوزارة قوله إن المحادثات متعثرة."
    a = _one(text, "ونقلت")
    assert _source(a) == "مسؤول في الوزارة"
    assert a.content.text == "المحادثات متعثرة"
    assert a.outlet is not None and (a.outlet.name, a.outlet.role) == ("Reuters", "reporter")


def test_subject_after_complementizer_with_governed_preposition() -> None:
    text = "وأضاف المصدر أن المعارضة أعربت عن رفضها للقانون الجديد."
    a = _one(text, "أعربت")
    assert _source(a) == "المعارضة" and a.content.text == "رفضها للقانون الجديد"


def test_headline_subject_verb_object() -> None:
    text = "طهران تطالب بانسحاب القوات الأجنبية من المنطقة\nقال المتحدث إن الموقف ثابت."
    a = _one(text, "تطالب")
    assert _source(a) == "طهران" and a.content.text == "بانسحاب القوات الأجنبية من المنطقة"


def test_body_subject_verb_object_is_not_taken() -> None:
    r = attrib.extract("وقال المسؤول إن الشركة ستوقع عقدا جديدا مع الحكومة.", lang="ar")
    assert [a.cue.span.text for a in r.attributions] == ["وقال"]


def test_kana_subject_with_time_and_channel() -> None:
    text = "وكانت الوزارة أعلنت أمس لوكالة فرانس برس أن التحقيق مستمر."
    a = _one(text, "أعلنت")
    assert _source(a) == "الوزارة" and a.content.text == "التحقيق مستمر"
    assert a.outlet is not None and a.outlet.role == "channel"


def test_glued_preposition_stays_on_the_quoted_claim() -> None:
    text = 'وقال الرئيس إن بلاده لن تقبل ما وصفه ب"التدخل الأجنبي".'
    a = _one(text, "وصفه")
    assert a.content.text == 'ب"التدخل الأجنبي"' and _source(a) is None


def test_speaker_phrase_ends_before_adverbials() -> None:
    a = _one("وأعلنت الوزارة أول أمس أن المدارس ستفتح الأحد.", "وأعلنت")
    assert _source(a) == "الوزارة" and a.content.text == "المدارس ستفتح الأحد"
    b = _one("وأعربت الأردن في المقابل عن قلقها من التصعيد.", "وأعربت")
    assert _source(b) == "الأردن" and b.content.text == "قلقها من التصعيد"
    c = _one("وتعتزم الحكومة من جهتها أن ترفع الأجور.", "وتعتزم")
    assert _source(c) == "الحكومة"


def test_quoted_name_before_the_governed_preposition() -> None:
    a = _one('كشفت صحيفة "الوطن" السعودية عن خطة جديدة للإسكان.', "كشفت")
    assert _source(a) == 'صحيفة "الوطن" السعودية' and a.content.text == "خطة جديدة للإسكان"


def test_announce_about() -> None:
    a = _one("وأعلنت الشركة الوطنية للنفط عن اكتشاف حقل جديد في الصحراء.", "وأعلنت")
    assert _source(a) == "الشركة الوطنية للنفط" and a.content.text == "اكتشاف حقل جديد في الصحراء"


def test_masdar_with_pronoun_source() -> None:
    text = "وقال المدرب إن اللاعب عوقب. وجاءت العقوبة إثر مطالبته بزيادة راتبه الشهري، كما غاب عن التدريبات."
    a = _one(text, "مطالبته")
    assert _source(a) is None and a.content.text == "بزيادة راتبه الشهري"
    assert a.cue.category == "directive"


def test_masdar_with_noun_phrase_source() -> None:
    text = "ورفضت الحكومة ادعاء المعارضة بأن الانتخابات زورت."
    a = _one(text, "ادعاء")
    assert _source(a) == "المعارضة" and a.content.text == "الانتخابات زورت"


def test_masdar_without_source() -> None:
    a = _one("وتقدم المحامون بطعن في الحكم، بهدف المطالبة بالتعويض للضحايا.", "المطالبة")
    assert _source(a) is None and a.content.text == "بالتعويض للضحايا"


def test_masdar_blocked_by_negation_formula_or_quotation() -> None:
    for text in ("وأثار عدم تأكيد الوزارة على الموعد قلق الأهالي.",
                 'وقال المدير "يمكنني التأكيد أن المشروع سينجح".'):
        r = attrib.extract(text, lang="ar")
        assert not [a for a in r.attributions if a.rule == "ar.masdar"], text


def test_whoever_wants_is_not_a_belief() -> None:
    r = attrib.extract("وقال الوزير إن الباب مفتوح، ومن يريد أن يشارك فليتقدم بطلب.", lang="ar")
    assert [a.cue.span.text for a in r.attributions] == ["وقال"]


def test_an_after_the_subject_belongs_to_it_when_a_complementizer_follows() -> None:
    # found by the testing kit: "المحامي عن العائلات" (the lawyer for the families) is the speaker
    # phrase; the claim is the أن clause, not what follows عن
    text = "وأعلن المحامي عن عائلات الضحايا، عائشة خان، أن المحادثات ستستأنف الأسبوع المقبل."
    (a,) = attrib.extract(text).attributions
    assert a.speaker.name == "عائشة خان"
    assert a.content.text == "المحادثات ستستأنف الأسبوع المقبل"
    assert text[a.content.start:a.content.end] == a.content.text


def test_claim_opening_with_a_quotation_ends_before_the_next_report() -> None:
    text = 'وقال الوزير إن المفاوضات مستمرة. وأضاف "هذا الاتفاق ليس كبيرا"، لكنه أوضح "إن العقد مهم سياسيا".'
    a = _one(text, "وأضاف")
    assert a.content.text == '"هذا الاتفاق ليس كبيرا"'


def test_stray_closing_mark_does_not_hide_the_next_report() -> None:
    text = 'فقال الوزير "نحن مستعدون للحوار" وأضاف "لن نقبل الشروط المسبقة"، والحوار هو الطريق الوحيد".'
    a = _one(text, "فقال")
    assert a.content.text == '"نحن مستعدون للحوار"'


def test_quotation_of_several_sentences_is_one_claim() -> None:
    for o, c in (("»", "«"), ("«", "»"), ('"', '"')):
        text = (f"وشدد الوزير على أنه {o}لا مجال للتراجع عن الإصلاحات. ونحن ماضون فيها حتى النهاية{c}، "
                "مشيرا إلى أن الميزانية جاهزة.")
        a = _one(text, "وشدد")
        assert a.content.text == f"أنه {o}لا مجال للتراجع عن الإصلاحات. ونحن ماضون فيها حتى النهاية{c}"


def test_quotation_left_open_at_the_paragraph_end_is_not_extended() -> None:
    text = 'وقال الوزير إن "الأزمة ستنتهي قريبا.\nوفي سياق آخر وصل الوفد إلى القاهرة.'
    a = _one(text, "وقال")
    assert a.content.text.endswith("الأزمة ستنتهي قريبا")


def test_speech_act_noun_after_a_conjunction_continues_the_claim() -> None:
    text = "وأشاد الوزير بتأكيد الرئيس على أهمية الحوار وإشارته إلى أن الأزمة ستنتهي قريبا."
    a = _one(text, "وأشاد")
    assert a.content.text == "بتأكيد الرئيس على أهمية الحوار وإشارته إلى أن الأزمة ستنتهي قريبا"


def test_dateline_is_left_out_of_a_claim_before_its_cue() -> None:
    text = "القاهرة ٣-٥ (اف ب) - وصل وزير الخارجية إلى العاصمة صباح اليوم، حسبما أفادت مصادر رسمية."
    a = _one(text, "حسبما أفادت")
    assert a.content.text == "وصل وزير الخارجية إلى العاصمة صباح اليوم"
    text = "عمان 12-9 (أ ف ب) - ارتفعت أسعار الوقود مجددا، كما ذكر مسؤول في الوزارة."
    a = _one(text, "ذكر")
    assert a.content.text == "ارتفعت أسعار الوقود مجددا"


def test_time_before_the_speaker_after_kama_is_no_part_of_it() -> None:
    a = _one("تراجعت أسعار النفط بشكل حاد، كما ذكر اليوم الأربعاء مسؤولون في الوزارة.", "ذكر")
    assert _source(a) == "مسؤولون في الوزارة"
    assert a.content.text == "تراجعت أسعار النفط بشكل حاد"


def test_object_pronoun_then_by_saying_has_no_subject() -> None:
    text = 'وقال الوزير إن الاتفاق جاهز. وعلق عليه بقوله "كان قرارا صائبا".'
    a = _one(text, "وعلق")
    assert _source(a) is None and a.speaker.name == "الوزير"
    assert a.content.text == '"كان قرارا صائبا"'


def test_addressee_pronoun_before_the_subject_is_left_out() -> None:
    a = _one("وقال لهم الوزير إن الحكومة لن تتراجع.", "وقال")
    assert _source(a) == "الوزير"
    assert a.content.text == "الحكومة لن تتراجع"
