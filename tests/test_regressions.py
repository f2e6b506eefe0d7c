"""Bugs found while documenting and testing, each pinned by the sentence that showed it."""

from __future__ import annotations

import attrib
from attrib.reader.article import make_article


def test_channel_after_subject_keeps_the_subject() -> None:
    (a,) = attrib.extract("وقال المتحدث باسم الوزارة لرويترز إن المحادثات ستستأنف.").attributions
    assert a.speaker.name.startswith("المتحدث باسم الوزارة") and a.speaker.kind == "anonymous"
    assert a.outlet is not None and (a.outlet.name, a.outlet.role) == ("Reuters", "channel")


def test_when_asked_goes_to_the_main_speaker() -> None:
    r = attrib.extract("The bridge is safe, Whitfield told reporters when asked whether it would reopen.")
    asked = [a for a in r.attributions if a.cue.span.text == "asked"]
    assert asked and asked[0].speaker.name == "Whitfield"


def test_noun_with_pronoun_is_not_a_cue() -> None:
    r = attrib.extract("وأعرب الوزير عن أمله في أن تنجح المفاوضات.")
    assert [a.cue.span.text for a in r.attributions] == ["وأعرب"]
    assert r.attributions[0].speaker.name == "الوزير"


def test_copyright_line_names_the_publisher() -> None:
    art = make_article("Title\n\nThe mayor said the bridge would reopen.\n\n© 2024 The New York Times")
    assert art.publisher == "The New York Times" and not art.wire


def test_statement_issuer_outside_the_gazetteer() -> None:
    r = attrib.extract("وأصدرت وزارة المالية بيانا قالت فيه إن العجز تراجع.")
    (a,) = r.attributions
    assert a.speaker.name == "وزارة المالية" and a.speaker.kind in {"organisation", "government"}


def test_the_latter_without_antecedent_is_unknown() -> None:
    r = attrib.extract("وقال الأخير إن الاتفاق قريب.")
    assert all(a.speaker.kind in {"unknown", "person", "anonymous"} for a in r.attributions)
