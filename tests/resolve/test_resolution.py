"""Resolution beyond spans: outlets kept through a reporting event, descriptions that name
an earlier titled speaker, publishers from LDC document ids, and their scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import attrib
from attrib.evaluate.corpus import evaluate_corpus
from attrib.evaluate.resolution import same_outlet, same_speaker
from attrib.reader.article import make_article, publisher_from_id


def test_the_same_speaker_keeps_talking_to_the_same_outlet() -> None:
    r = attrib.extract("Headline\n\nSpokeswoman Sara Malik told Reuters the border would reopen. "
                       "Trucks were already queueing on Monday. Malik said the customs staff had been doubled.",
                       lang="en")
    told, said = r.attributions
    assert told.outlet is not None and (told.outlet.name, told.outlet.role) == ("Reuters", "channel")
    assert said.speaker.name == "Sara Malik"
    assert said.outlet is not None and (said.outlet.name, said.outlet.role, said.outlet.span) == \
        ("Reuters", "channel", None)


def test_far_later_reports_do_not_inherit_the_outlet() -> None:
    filler = " ".join(f"Convoy {n} crossed at dawn." for n in range(8))
    r = attrib.extract(f"Headline\n\nSara Malik told Reuters the border would reopen. {filler} "
                       "Malik said the customs staff had been doubled.", lang="en")
    assert r.attributions[-1].outlet is None


@pytest.mark.parametrize("text, lang, name", [
    ("Headline\n\nForeign Office spokeswoman Sara Malik said the talks would resume. "
     "The spokeswoman added that no date had been set.", "en", "Sara Malik"),
    ("وقال المتحدث باسم وزارة الخارجية الإيرانية حامد رضا آصفي إن المحادثات ستستأنف. وأكد المتحدث أن الموعد لم يحدد.",
     "ar", "حامد رضا آصفي"),
])
def test_a_definite_description_names_the_earlier_titled_speaker(text: str, lang: str, name: str) -> None:
    second = attrib.extract(text, lang=lang).attributions[-1]
    assert (second.speaker.name, second.speaker.kind) == (name, "person")
    assert second.speaker.mention is not None  # the description itself stays the source span


@pytest.mark.parametrize("doc_id, publisher", [
    ("XIN_ARB_20030508.0123", "Xinhua"), ("AFP_ENG_19940512.0001", "AFP"),
    ("NYT_ENG_20000101.0042", "The New York Times"),
    ("story", None), ("XYZ_ARB_20030508.0123", None),
])
def test_publisher_from_an_ldc_document_id(doc_id: str, publisher: str | None) -> None:
    assert publisher_from_id(doc_id) == publisher
    art = make_article("Officials said the talks would resume.", id=doc_id, lang="en")
    assert art.publisher == publisher


@pytest.mark.parametrize("pred, gold, same", [
    ("كينيث كاتزمان", "Kenneth Katzman", True),
    ("مصادر مطلعة", "informed sources", True),
    ("مسؤول عراقي", "Iraqi official", True),
    ("وكالة الأنباء العراقية", "Iraqi News Agency", True),
    ("unknown", "Kenneth Katzman", False),
    ("حذيفة فريد", "Kenneth Katzman", False),
])
def test_lenient_speaker_matching(pred: str, gold: str, same: bool) -> None:
    assert same_speaker(pred, gold) is same


def test_outlet_matching_across_scripts() -> None:
    assert same_outlet("Reuters", "reuters") and same_outlet("رويترز", "Reuters")
    assert not same_outlet(None, "Reuters") and not same_outlet("AFP", "Reuters")


def test_eval_scores_resolution_from_gold_jsonl(tmp_path: Path) -> None:
    text = "وقال كينيث كاتزمان لرويترز إن المحادثات ستستأنف."
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    doc = "XIN_ARB_20030508.0001"
    (tmp_path / "text" / f"{doc}.txt").write_text(text, encoding="utf-8")
    cue = (text.index("وقال"), text.index("وقال") + 4)
    src = (text.index("كينيث"), text.index("لرويترز") - 1)
    con = (text.index("المحادثات"), len(text) - 1)
    (tmp_path / "attributions" / f"{doc}.ann").write_text(
        f"T1\tSource {src[0]} {src[1]}\tx\nT2\tCue {cue[0]} {cue[1]}\tx\nT3\tContent {con[0]} {con[1]}\tx\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    gold = {"doc_id": doc, "publisher": "Xinhua", "wire": None, "attributions": [
        {"cue": list(cue), "speaker": "Kenneth Katzman", "kind": "speech", "outlet": "Reuters",
         "outlet_role": "channel"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_corpus(str(tmp_path))
    res = report.resolution
    assert (res["speaker"].tp, res["speaker"].gold) == (1, 1)
    assert (res["outlet"].tp, res["outlet"].pred, res["outlet"].gold) == (1, 1, 1)
    assert (res["publisher"].tp, res["publisher"].gold) == (1, 1)
    assert "resolution" in report.as_dict()


@pytest.mark.parametrize("text, outlet, role", [
    ("ونقلت وكالة أنباء إنترفاكس عن المدير قوله إن الشركة ستوقع عقدا.", "Interfax", "reporter"),
    ('وقال المدير لصحيفة "الأهرام" إن الخطة جاهزة.', "Al-Ahram", "channel"),
])
def test_an_outlet_after_a_word_for_its_kind(text: str, outlet: str, role: str) -> None:
    (a,) = attrib.extract(text).attributions
    assert a.outlet is not None and (a.outlet.name, a.outlet.role) == (outlet, role)
    assert a.outlet.span is not None and text[a.outlet.span.start:a.outlet.span.end] == a.outlet.span.text


@pytest.mark.parametrize("text, lang, outlet", [
    ("Headline\n\nKhan said in an interview with Reuters that the talks had failed.", "en", "Reuters"),
    ('ورأى الوزير في حديث إلى "الحياة" أن الوضع تغير.', "ar", "Al-Hayat"),
])
def test_an_outlet_between_the_cue_and_the_claim_is_the_channel(text: str, lang: str, outlet: str) -> None:
    (a,) = attrib.extract(text, lang=lang).attributions
    assert a.outlet is not None and (a.outlet.name, a.outlet.role) == (outlet, "channel")


def test_an_outlet_speaker_is_not_its_own_channel() -> None:
    (a,) = attrib.extract('ذكرت صحيفة "التايمز" البريطانية أمس أن الجنود وصلوا.').attributions
    assert a.outlet is not None and (a.outlet.name, a.outlet.role) == ("The Times", "reporter")
