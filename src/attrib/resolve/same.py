"""Is it the same speaker? Name similarity across spellings and scripts, Arabic verb
forms (for pro-drop agreement) and the bare or definite forms of a description."""

import re
from functools import lru_cache

from attrib.model import Outlet, Span
from attrib.resolve.names import AR_ARTICLE
from attrib.rules.base import OutletRef
from attrib.text.normalize import norm
from attrib.text.similarity import jaro_winkler

# Derived-form verbs, which no personal name is shaped like: imperfects with a t-infix or
# prefix (يلتقي، يجتمع، يتحدث، يستقبل، تصطدم) and perfects (اجتمع، انتقد، استقبل، اجتمعت).
# Plain form I (يقول، يزيد) is left alone: يزيد and يحيى are names too.
_AR_IMPERFECT = re.compile(r"^(?:[يت](?:ست|ت|.[تط])|ن(?:ست|.[تط]))[^ ]{2,}$")
_AR_PERFECT = re.compile(r"^ا(?:ست[^ ]{3}|[^ ][تط][^ ]{2})(?:ت|وا|ا)?$")


def ar_verb_form(w: str) -> bool:
    """Whether the normalised Arabic word ``w`` is shaped like a derived-form verb, with
    or without a conjunction or the future prefix (ويلتقي، سيجتمع)."""
    for stem in (w, w[1:] if w[:1] in {"و", "ف", "س"} else "", w[2:] if w[:2] in {"وس", "فس", "ول", "فل"} else ""):
        if len(stem) >= 4 and (_AR_IMPERFECT.match(stem) or _AR_PERFECT.match(stem)):
            return True
    return False


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Surname or spelling-variant match between two names' normalised tokens."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        return any(close_names(short[0], t) for t in long_[-2:]) if len(long_) > 1 else close_names(short[0], long_[0])
    if len(short) < len(long_):  # "بن صالح" for "أنيس بن صالح": the family name, written whole
        return all(close_names(x, y) for x, y in zip(short, long_[-len(short):], strict=True))
    return all(close_names(x, y) for x, y in zip(short, long_, strict=True))


def close_names(x: str, y: str) -> bool:
    """Same name word, allowing a spelling variant ("بلنكن" ~ "بلينكن")."""
    if x == y:
        return True
    if x.startswith(AR_ARTICLE) and y.startswith(AR_ARTICLE):
        x, y = x[2:], y[2:]  # the shared article says nothing: "العمري" is not "المصري"
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 2 or x[0] != y[0]:
        return False
    return _similar(x, y) if x < y else _similar(y, x)


@lru_cache(maxsize=65536)
def _similar(x: str, y: str) -> bool:
    return bool(jaro_winkler(x, y) >= 0.9)


def bare_word(word: str) -> str:
    """A word without the Arabic article or an English plural, for comparing role words."""
    w = norm(word).lower()
    if w.startswith(AR_ARTICLE) and len(w) > 4:
        w = w[2:]
    return w


def is_definite(name: str, strict: bool = False) -> bool:
    """'the report', 'التقرير', 'للتقرير': a phrase that refers back."""
    low = name.lower()
    if low.startswith(("the ", "ال", "لل", "وال", "بال", "فال")):
        return True
    return not strict and not low.startswith(("a ", "an "))


def make_outlet(text: str, ref: OutletRef) -> Outlet:
    span = Span.of(text, *ref.span) if ref.span else None
    return Outlet(ref.name, ref.role, span)
