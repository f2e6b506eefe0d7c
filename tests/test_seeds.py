"""Every attribution a careful reader finds in the five seed articles, with its
resolved speaker and outlet (../shared/seeds; skipped with a reason when absent)."""

from __future__ import annotations

import pytest
from tests.conftest import find, seed

import attrib
from attrib.model import ArticleAttributions


@pytest.fixture(scope="module")
def seeds() -> dict[str, ArticleAttributions]:
    return {p: attrib.extract(attrib.read(seed(p))) for p in ("000", "001", "002", "003", "004")}


def _check_offsets(result: ArticleAttributions) -> None:
    text = result.article.text
    for a in result.attributions:
        for span in (a.cue.span, *a.parts, *([a.speaker.mention] if a.speaker.mention else [])):
            assert text[span.start:span.end] == span.text


def test_all_offsets_exact(seeds: dict[str, ArticleAttributions]) -> None:
    for r in seeds.values():
        assert r.attributions
        _check_offsets(r)


def test_seed_002_english_anonymous_sources(seeds: dict[str, ArticleAttributions]) -> None:
    r = seeds["002"]
    assert r.article.lang == "en"
    assert r.article.publisher == "The New York Times"
    a = find(r, "said", "Pakistan’s spy agency provided planning assistance")
    assert (a.speaker.name, a.speaker.kind) == ("US officials", "anonymous")
    a = find(r, "says", "supports separatist groups")
    assert (a.speaker.name, a.speaker.kind) == ("Pakistan", "government")
    a = find(r, "say", "China is also counting on Pakistan")
    assert (a.speaker.name, a.speaker.kind) == ("analysts", "anonymous")
    a = find(r, "according to", "Mr Khan intended to push")
    assert a.speaker.mention is not None and a.speaker.mention.text.startswith("reports")
    a = find(r, "say", "Pakistan could grow closer to the United States")
    assert a.speaker.kind == "anonymous" and "experts" in a.speaker.name
    a = find(r, "according to", "has often disagreed with Mr. Khan")
    assert a.speaker.name == "analysts" and a.speaker.kind == "anonymous"


def test_seed_000_arabic_translation(seeds: dict[str, ArticleAttributions]) -> None:
    r = seeds["000"]
    assert r.article.lang == "ar"
    a = find(r, "ويقول", "وكالة التجسس الباكستانية")
    assert (a.speaker.name, a.speaker.kind) == ("مسؤولون أمريكيون", "anonymous")
    a = find(r, "بحسب", "تدعم الجماعات الانفصالية")
    assert a.speaker.kind == "government" and a.speaker.name == "Pakistan"
    a = find(r, "يقول", "الصين تأمل")
    assert a.speaker.kind == "anonymous"
    a = find(r, "وفقا", "خط أنابيب غاز")
    assert a.speaker.mention is not None and "تقارير" in a.speaker.mention.text
    a = find(r, "يقول", "إذا تمت الإطاحة")
    assert a.speaker.kind == "anonymous" and "الخبراء" in a.speaker.name
    a = find(r, "ويقول", "كثيرا ما يختلفون")
    assert (a.speaker.name, a.speaker.kind) == ("محللون", "anonymous")


def test_seed_001_names_surnames_and_prodrop(seeds: dict[str, ArticleAttributions]) -> None:
    r = seeds["001"]
    katzman = "كينيث كاتزمان"
    farid = "حذيفة فريد"
    a = find(r, "أكد", "هناك مخاوف أمريكية تجاه باكستان")
    assert (a.speaker.name, a.speaker.kind) == (katzman, "person")
    assert a.content.text.startswith("هناك")  # the bare complementizer أن is left out
    assert find(r, "وأوضح", "دعمت باكستان ماديا").speaker.name == katzman
    prodrop = find(r, "وشدد", "يجب أن تتعاون مع أمريكا")
    assert prodrop.speaker.name == katzman and prodrop.speaker.mention is None
    assert find(r, "أكد", "التوتر بين إسلام آباد وواشنطن").speaker.name == farid
    assert find(r, "وأوضح", "سلمت من قبل قيادات").speaker.name == farid
    assert find(r, "وأشار", "لا تملك دليلا واحدا").speaker.name == farid
    assert find(r, "وشدد", "تملك قوة تأثير").speaker.name == farid
    # the WordPress shortcodes at the end are boilerplate, not text
    assert all("covid19" not in a.content.text for a in r.attributions)
    assert all(a.content.end < r.article.text.index("[covid19") for a in r.attributions)


def test_seed_003_quotes_channel_and_wire(seeds: dict[str, ArticleAttributions]) -> None:
    r = seeds["003"]
    assert [o.name for o in r.article.wire] == ["AFP"]
    assert r.article.date == "2018-03-06"  # written with Eastern Arabic digits
    a = find(r, "وقال", "هذه فرصة")
    assert (a.speaker.name, a.speaker.kind, a.quote) == ("خورام داستجير خان", "person", "direct")
    assert a.outlet is None
    a = find(r, "وقال", "توجد أرضية مشتركة")
    assert (a.speaker.name, a.speaker.kind, a.quote) == ("شاهد خاقان عباسي", "person", "direct")
    assert a.outlet is not None and (a.outlet.name, a.outlet.role) == ("Reuters", "channel")
    assert a.outlet.span is not None and a.outlet.span.text == "لرويترز"
    a = find(r, "وتقول", "تعمل على تشجيع مفاوضات السلام")
    assert (a.speaker.name, a.speaker.kind) == ("Moscow", "government")


def test_seed_004_outlet_coreference(seeds: dict[str, ArticleAttributions]) -> None:
    r = seeds["004"]
    a = find(r, "وقال", "باكستان شريك مهم")
    assert a.speaker.kind == "anonymous" and a.speaker.name.startswith("متحدث باسم وزارة الخارجية")
    b = find(r, "وأضاف", "إننا نتطلع إلى مواصلة الشراكة")
    assert b.speaker.name == a.speaker.name and b.speaker.mention is None
    assert find(r, "وقال", "ناقشا").speaker.name == "مصدر دبلوماسي"
    assert find(r, "قال", "المسؤولين ناقشا التطورات").speaker.name == "Pentagon"
    fp = find(r, "وبحسب", "زيارة عاصم منير")
    assert (fp.speaker.name, fp.speaker.kind) == ("Foreign Policy", "outlet")
    assert fp.outlet is not None and (fp.outlet.name, fp.outlet.role) == ("Foreign Policy", "reporter")
    mag = find(r, "وبحسب", "يفتقر إلى علاقات قوية")
    assert mag.speaker.name == "Foreign Policy" and mag.speaker.mention is not None
    assert mag.speaker.mention.text == "المجلة"
    for cue, claim in [("ووفقاً", "تهدف إلى معالجة المخاوف"), ("وأضاف", "أنه من الممكن معالجة"),
                       ("وذكر", "اجتماعات الجنرال منير")]:
        a = find(r, cue, claim)
        assert a.speaker.kind == "document"
        assert a.outlet is not None and a.outlet.name == "Foreign Policy"
    assert ("Dawn", "reference") in {(o.name, o.role) for o in r.outlets}
