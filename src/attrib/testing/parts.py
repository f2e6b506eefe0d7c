"""The parts sentences are built from: speakers, cues, claims, quotations and outlets drawn
from the shipped vocabularies, and the pattern registry (one named construction per pattern)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs
from hypothesis import strategies as st

from attrib.testing.generate import Builder, Expected, vocabulary


@attrs.frozen
class SpeakerSpec:
    text: str          # as written (sentence-internal form)
    name: str          # expected resolved name
    kind: str
    pronoun: str = "he"


@attrs.frozen
class CueSpec:
    text: str
    category: str
    complementizer: str = ""


@attrs.frozen
class Pattern:
    name: str
    lang: str
    rules: tuple[str, ...]
    draw: Callable[[st.DrawFn, Builder], list[Expected]]
    doc: str = ""


PATTERNS: dict[str, Pattern] = {}


PatternFn = Callable[[st.DrawFn, Builder], list[Expected]]


def pattern(name: str, lang: str, rules: Iterable[str], doc: str = "") -> Callable[[PatternFn], PatternFn]:
    """Register a sentence pattern (users add their own for their rules, see docs/testing.md)."""

    def deco(fn: PatternFn) -> PatternFn:
        PATTERNS[name] = Pattern(name, lang, tuple(rules), fn, doc or (fn.__doc__ or "").strip())
        return fn

    return deco


def patterns_for(lang: str | None = None, rule: str | None = None) -> list[str]:
    return sorted(p.name for p in PATTERNS.values()
                  if (lang is None or p.lang == lang) and (rule is None or rule in p.rules))


# ----------------------------------------------------------------- parts

@st.composite
def speakers(draw: st.DrawFn, lang: str = "en", kinds: Iterable[str] = ("person", "anonymous", "organisation"),
             titles: bool = True) -> SpeakerSpec:
    """A speaker phrase and the name the resolver should give it."""
    v = vocabulary(lang)
    kind = draw(st.sampled_from(sorted(kinds)))
    if kind == "person":
        first, last = draw(st.sampled_from(v["first_names"])), draw(st.sampled_from(v["last_names"]))
        name = f"{first} {last}"
        if titles and draw(st.booleans()):
            return SpeakerSpec(f"{draw(st.sampled_from(v['titles']))} {name}", name, "person")
        return SpeakerSpec(name, name, "person")
    if kind == "anonymous":
        phrase, name = draw(st.sampled_from(v["anonymous"]))
        return SpeakerSpec(phrase, name, "anonymous", "they")
    phrase, name, ekind = draw(st.sampled_from(v["organisations"]))
    return SpeakerSpec(phrase, name, ekind, "it")


@st.composite
def cues(draw: st.DrawFn, lang: str = "en", category: str | None = None) -> CueSpec:
    v = vocabulary(lang)
    items = [c for c in v["cues"] if category is None or c[1] == category]
    c = draw(st.sampled_from(items))
    return CueSpec(c[0], c[1], c[2] if len(c) > 2 else "that")


def claims(lang: str = "en") -> st.SearchStrategy[str]:
    return st.sampled_from(vocabulary(lang)["claims"])


def quotes(lang: str = "en") -> st.SearchStrategy[str]:
    return st.sampled_from(vocabulary(lang)["quotes"])


def outlets(lang: str = "en") -> st.SearchStrategy[str]:
    """Outlet names as written in ``lang`` text."""
    return st.sampled_from(vocabulary(lang)["outlets"])


def outlet_name(lang: str, written: str) -> str:
    if lang == "ar":
        return str(vocabulary("ar")["outlet_names"][written])
    return {"The Associated Press": "AP"}.get(written, written)


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def expect(b: Builder, cue: tuple[int, int], sp: SpeakerSpec | str, content: tuple[int, int], pattern: str,
         rules: Iterable[str], kind: str | None = None, outlet: str | None = None, role: str | None = None,
         quote: str = "indirect") -> Expected:
    name, skind = (sp.name, sp.kind) if isinstance(sp, SpeakerSpec) else (sp, kind)
    return Expected(b.span(cue), name, skind, b.span(content), outlet, role, quote, pattern, tuple(rules))


def clause(b: Builder, before: str, cue: str, joiner: str, claim: str, after: str = ". "
            ) -> tuple[tuple[int, int], tuple[int, int]]:
    """Append "BEFORE CUE JOINER CLAIM AFTER"; return where the cue and the claim landed."""
    b.add(before)
    c = b.add(cue)
    b.add(joiner)
    k = b.add(claim)
    b.add(after)
    return c, k
