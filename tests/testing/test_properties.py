"""Properties over generated text: offsets are exact, output is deterministic, and
results do not depend on unrelated text around an article."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import attrib
from attrib.model import ArticleAttributions
from attrib.testing import assert_offsets_exact

EN_SPEAKERS = ["US officials", "The minister", "Ayesha Khan", "A senior diplomat", "Analysts", "He"]
AR_SPEAKERS = ["مسؤولون أمريكيون", "الوزير", "عائشة خان", "مصدر دبلوماسي", "المحللون"]
EN_CLAIMS = ["the talks would resume next week", "prices rose 4% in March", "the border will reopen"]
AR_CLAIMS = ["المحادثات ستستأنف الأسبوع المقبل", "الأسعار ارتفعت في مارس", "المعبر سيفتح قريبا"]
EN_CUES = ["said", "says", "told Reuters", "added", "stressed"]
AR_CUES = ["وقال", "وأكد", "وأوضح", "وأضاف", "وشدد"]


@st.composite
def en_sentence(draw: st.DrawFn) -> str:
    sp, cue, claim = draw(st.sampled_from(EN_SPEAKERS)), draw(st.sampled_from(EN_CUES)), draw(
        st.sampled_from(EN_CLAIMS))
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{sp} {cue} that {claim}."
    if form == 1:
        lowered = sp[0].lower() + sp[1:] if sp in ("The minister", "Analysts") else sp
        return f"{claim[0].upper()}{claim[1:]}, {lowered} {cue}."
    return f'"{claim[0].upper()}{claim[1:]}," {sp} {cue}.'


@st.composite
def ar_sentence(draw: st.DrawFn) -> str:
    cue, speaker, claim = (draw(st.sampled_from(AR_CUES)), draw(st.sampled_from(AR_SPEAKERS)),
                           draw(st.sampled_from(AR_CLAIMS)))
    return f"{cue} {speaker} إن {claim}."


def _assert_offsets(result: ArticleAttributions) -> None:
    assert_offsets_exact(result, result.article.text)


def _key(r: ArticleAttributions, shift: int = 0) -> list[tuple[object, ...]]:
    return [(a.cue.span.start - shift, a.cue.span.text, a.speaker.name, a.content.text, a.rule) for a in r.attributions]


article_text = st.lists(st.one_of(en_sentence(), ar_sentence(), st.text(max_size=40)), min_size=1, max_size=6).map(
    "\n\n".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
@example("وقال المتحدث، إن \u0640\u064b")
@example('"A," he said. "B')
def test_offsets_exact_on_any_text(text: str) -> None:
    if not text.strip():
        return
    _assert_offsets(attrib.extract(text))


@given(st.lists(en_sentence(), min_size=1, max_size=5))
def test_english_generated_sentences_are_found(sents: list[str]) -> None:
    text = " ".join(sents)
    r = attrib.extract(text, lang="en")
    _assert_offsets(r)
    assert len(r.attributions) >= len(sents)


@given(st.lists(ar_sentence(), min_size=1, max_size=5))
def test_arabic_generated_sentences_are_found(sents: list[str]) -> None:
    text = " ".join(sents)
    r = attrib.extract(text, lang="ar")
    _assert_offsets(r)
    assert len(r.attributions) == len(sents)
    assert all(a.content.text in {c + "." for c in AR_CLAIMS} | set(AR_CLAIMS) for a in r.attributions)


@given(st.lists(st.one_of(en_sentence(), ar_sentence()), min_size=1, max_size=4), st.sampled_from(["\n\n", "\r\n"]))
def test_deterministic_and_shift_invariant(sents: list[str], sep: str) -> None:
    body = sep.join(sents)
    first = attrib.extract(body)
    assert _key(first) == _key(attrib.extract(body))
    prefix = "Unrelated paragraph about the weather in spring." + sep if first.article.lang == "en" else \
        "فقرة لا علاقة لها بالموضوع عن الطقس في الربيع." + sep
    shifted = attrib.extract(prefix + body)
    assert _key(shifted, len(prefix)) == _key(first)
