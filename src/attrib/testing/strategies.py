"""Hypothesis strategies for reported-speech text with ground truth.

Strategies are values that compose: ``speakers(lang)``, ``cues(lang)``, ``claims(lang)`` and
``outlets()`` draw the parts; ``attributed_sentences(lang, patterns=...)`` draws whole
sentences from named patterns (each pattern is one construction: speaker before or after the
cue, inversion, according-to, quotes split around the cue, told + outlet, pronoun and
pro-drop continuations, Arabic verb-subject order with titles and appositions ...);
``articles(lang)`` strings several into paragraphs. Every draw returns a
:class:`~attrib.testing.generate.Generated` whose expected spans are exact by construction.
Text is composed from shipped vocabularies of names, titles, roles, organisations, outlets
and claims, so it reads like news, and shrinks to short, readable sentences.
"""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import assume
from hypothesis import strategies as st

from attrib.testing import patterns_ar, patterns_en  # noqa: F401  (registers the sentence patterns)
from attrib.testing.generate import Builder, Expected, Generated, vocabulary
from attrib.testing.parts import PATTERNS, patterns_for

# ----------------------------------------------------------------- sentences and articles

@st.composite
def attributed_sentences(draw: st.DrawFn, lang: str = "en", patterns: Iterable[str] | None = None) -> Generated:
    """One construction (drawn from ``patterns``, default all of ``lang``) with its ground truth."""
    names = list(patterns) if patterns is not None else patterns_for(lang)
    if not names:
        raise ValueError(f"no sentence patterns for language {lang!r}")
    name = draw(st.sampled_from(sorted(names)))
    b = Builder()
    expected = PATTERNS[name].draw(draw, b)
    return Generated(b.text.rstrip(" "), PATTERNS[name].lang, tuple(expected), (name,))


@st.composite
def negative_sentences(draw: st.DrawFn, lang: str = "en") -> Generated:
    """A sentence with a cue word that reports nothing ("the said agreement", «القول الفصل»)."""
    s = draw(st.sampled_from(vocabulary(lang)["negatives"]))
    b = Builder()
    r = b.add(s)
    return Generated(b.text, lang, (), ("negative",), (b.span(r),))


@st.composite
def articles(draw: st.DrawFn, lang: str = "en", patterns: Iterable[str] | None = None,
             max_paragraphs: int = 4) -> Generated:
    """Several paragraphs: attributed sentences, fillers and negatives, with all expectations."""
    v = vocabulary(lang)
    n = draw(st.integers(1, max_paragraphs))
    b = Builder()
    expected: list[Expected] = []
    negatives = []
    used: list[str] = []
    names = list(patterns) if patterns is not None else patterns_for(lang)
    for p in range(n):
        if p:
            b.add("\n\n")
        kind = draw(st.sampled_from(["attribution", "attribution", "filler", "negative"]))
        if kind == "attribution":
            name = draw(st.sampled_from(sorted(names)))
            used.append(name)
            drawn = PATTERNS[name].draw(draw, b)
            # one person per paragraph pattern: the same name again would rightly continue the
            # earlier statement (its outlet, its interview), which the patterns do not expect
            assume(not ({e.speaker for e in drawn} & {e.speaker for e in expected} - {"unknown"}))
            expected.extend(drawn)
        elif kind == "filler":
            b.add(draw(st.sampled_from(v["fillers"])))
        else:
            negatives.append(b.span(b.add(draw(st.sampled_from(v["negatives"])))))
        # keep paragraphs clean: patterns end in ". " or a headline break
        while b.parts and b.parts[-1].endswith((" ", "\n")) and b.parts[-1].strip() == "":
            b.parts.pop()
            b.pos = len(b.text)
    text = b.text
    if not text.strip():
        text = v["fillers"][0]
    return Generated(text, lang, tuple(expected), tuple(used), tuple(negatives))
