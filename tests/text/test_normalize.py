from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from attrib.text.normalize import detect_language, norm, normalized_view, to_original


def test_arabic_variants_share_a_form() -> None:
    assert norm("فورين پوليسي") == norm("فورين بوليسي")
    assert norm("أكّد") == norm("اكد")
    assert norm("وفقاً") == norm("وفقا")
    assert norm("واشنطنـ") == norm("واشنطن")
    assert norm("المجلة") == norm("المجله")
    assert norm("٢٠١٨") == "2018"
    assert norm("“Said”") == '"said"'


@given(st.text(alphabet=st.sampled_from(list("abc ABC وقالأإآىةـًٌپ٠١“”"))))
def test_view_maps_back_into_original(text: str) -> None:
    view, offsets = normalized_view(text)
    assert len(offsets) == len(view) + 1
    for i in range(len(view)):
        for j in range(i + 1, min(len(view), i + 4) + 1):
            s, e = to_original(offsets, i, j)
            assert 0 <= s < e <= len(text)
            assert norm(text[s:e]) == view[i:j]


@given(st.text())
def test_norm_is_idempotent(s: str) -> None:
    assert norm(norm(s)) == norm(s)


def test_detect_language() -> None:
    assert detect_language("قال المسؤول إن الاتفاق قريب") == "ar"
    assert detect_language("The official said the deal was close") == "en"
