"""Ready-made properties: call them inside your own ``@given`` tests.

Each raises ``AssertionError`` with a message that shows the text, what was expected and
what the extractor found, so a shrunk failure reads as a bug report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from attrib.model import ArticleAttributions, Attribution
from attrib.testing.generate import Expected, Generated
from attrib.text.normalize import norm

Extractor = Callable[[str], ArticleAttributions]


def _show(att: Attribution) -> str:
    claim = " … ".join(p.text for p in att.parts)
    outlet = f", outlet={att.outlet.name}/{att.outlet.role}" if att.outlet else ""
    return (f"[{att.rule}] cue={att.cue.span.text!r} speaker={att.speaker.name!r} ({att.speaker.kind}) "
            f"claim={claim!r}{outlet}, {att.quote}")


def _found(result: ArticleAttributions) -> str:
    return "\n".join("  " + _show(a) for a in result.attributions) or "  (nothing)"


def assert_offsets_exact(result: ArticleAttributions, text: str) -> None:
    """Every span points into ``text``: ``text[start:end] == span.text``."""
    for att in result.attributions:
        spans = [att.cue.span, *att.parts]
        if att.speaker.mention:
            spans.append(att.speaker.mention)
        if att.outlet and att.outlet.span:
            spans.append(att.outlet.span)
        for s in spans:
            if not (0 <= s.start <= s.end <= len(text)) or text[s.start:s.end] != s.text:
                raise AssertionError(f"span {s!r} does not match the text at [{s.start}:{s.end}] "
                                     f"({text[s.start:s.end]!r})\ntext: {text!r}")


def _same_name(got: str, want: str) -> bool:
    return norm(got).removeprefix("the ") == norm(want).removeprefix("the ")


def _match(result: ArticleAttributions, exp: Expected) -> Attribution | None:
    for att in result.attributions:
        if att.cue.span.start < exp.cue.end and exp.cue.start < att.cue.span.end:
            return att
    return None


def assert_recovers(result: ArticleAttributions, generated: Generated, check_speaker: bool = True) -> None:
    """Every expected attribution is found, with the right speaker, claim, outlet and quote kind.

    The claim must contain the expected claim text and stay within its sentence (a leading
    complementizer, quote marks or punctuation may surround it)."""
    text = generated.text
    for exp in generated.attributions:
        att = _match(result, exp)
        problems = []
        if att is None:
            problems.append("no attribution with this cue")
        else:
            claim = att.parts[0].text  # a claim split around its cue: its first piece
            if exp.content.text not in claim:
                problems.append(f"claim should contain {exp.content.text!r}")
            elif len(claim) > len(exp.content.text) + 12:
                problems.append(f"claim runs beyond {exp.content.text!r}")
            if check_speaker and not _same_name(att.speaker.name, exp.speaker):
                problems.append(f"speaker should be {exp.speaker!r}")
            if exp.outlet != (att.outlet.name if att.outlet else None) or (
                    exp.outlet and att.outlet and exp.outlet_role != att.outlet.role):
                problems.append(f"outlet should be {exp.outlet}/{exp.outlet_role}")
            if exp.quote != att.quote:
                problems.append(f"quote should be {exp.quote}")
        if problems:
            raise AssertionError(
                f"pattern {exp.pattern}: {'; '.join(problems)}\n"
                f"text: {text!r}\nexpected: cue={exp.cue.text!r} speaker={exp.speaker!r} claim={exp.content.text!r}"
                f" outlet={exp.outlet}/{exp.outlet_role} {exp.quote}\nfound:\n{_found(result)}")


def assert_no_attribution(result: ArticleAttributions, generated: Generated) -> None:
    """No attribution has its cue inside a negative sentence ("the said agreement")."""
    for neg in generated.negatives:
        for att in result.attributions:
            if neg.start <= att.cue.span.start < neg.end:
                raise AssertionError(f"a cue word that reports nothing was taken as an attribution:\n"
                                     f"sentence: {neg.text!r}\nfound: {_show(att)}")


def key(result: ArticleAttributions, shift: int = 0) -> list[tuple[object, ...]]:
    """What must not change under a metamorphic transformation (offsets shifted back)."""
    return [(a.cue.span.start - shift, norm(a.cue.span.text), a.speaker.name, a.speaker.kind,
             " | ".join(" ".join(norm(p.text).split()) for p in a.parts), a.outlet.name if a.outlet else None,
             a.quote) for a in result.attributions]


def _loose(result: ArticleAttributions) -> list[tuple[object, ...]]:
    return [(" ".join(norm(a.cue.span.text).split()), " ".join(norm(a.speaker.name).split()),
             " ".join(" ".join(norm(p.text).split()) for p in a.parts),
             a.outlet.name if a.outlet else None) for a in result.attributions]


def assert_same_attributions(a: ArticleAttributions, b: ArticleAttributions, what: str) -> None:
    if _loose(a) != _loose(b):
        raise AssertionError(f"attributions changed under {what}:\nbefore:\n{_found(a)}\nafter:\n{_found(b)}\n"
                             f"text before: {a.article.text!r}\ntext after: {b.article.text!r}")


def assert_shift_invariant(extract: Extractor, text: str, prefix: str, suffix: str = "") -> None:
    """Unrelated paragraphs around an article shift offsets but change no attribution."""
    base = extract(text)
    moved = extract(prefix + text + suffix)
    keys = key(moved, len(prefix))
    inner = [k for k in keys if 0 <= int(k[0]) < len(text)]  # type: ignore[call-overload]
    if inner != key(base):
        raise AssertionError(f"attributions changed when text was added around the article\nprefix: {prefix!r}\n"
                             f"before:\n{_found(base)}\nafter:\n{_found(moved)}")


def assert_whitespace_invariant(extract: Extractor, text: str) -> None:
    """Doubled spaces and CRLF line endings change no attribution (offsets aside)."""
    base = extract(text)
    assert_same_attributions(base, extract(text.replace("\n", "\r\n")), "CRLF line endings")
    assert_same_attributions(base, extract(re.sub(r"(?<=\S) (?=\S)", "  ", text)), "doubled spaces")


def assert_concatenation(extract: Extractor, first: str, second: str) -> None:
    """Two articles one after the other give the attributions of each (the second shifted)."""
    sep = "\n\n"
    both = extract(first + sep + second)
    a, b = extract(first), extract(second)
    want = key(a) + [(int(k[0]) + len(first) + len(sep), *k[1:]) for k in key(b)]  # type: ignore[call-overload]
    if key(both) != want:
        raise AssertionError(f"concatenation changed the attributions\nfirst:\n{_found(a)}\nsecond:\n{_found(b)}\n"
                             f"together:\n{_found(both)}")


_DIACRITICS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652"]


def arabic_variant(text: str, seed: int) -> str:
    """The same Arabic text with optional diacritics, tatweel and alef forms (seeded)."""
    import random

    rnd = random.Random(seed)
    out: list[str] = []
    for ch in text:
        if ch == "ا" and rnd.random() < 0.2:
            ch = rnd.choice(["أ", "إ", "آ"]) if out and out[-1] == " " else ch
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and rnd.random() < 0.15:
            out.append(rnd.choice(_DIACRITICS))
        if ch in "بتثجحخسشصضطظعغفقكلمنهي" and rnd.random() < 0.05:
            out.append("\u0640")
    return "".join(out)


def assert_normalisation_invariant(extract: Extractor, text: str, seed: int = 0) -> None:
    """Diacritics, tatweel and alef variants change no Arabic attribution."""
    assert_same_attributions(extract(text), extract(arabic_variant(text, seed)), "Arabic spelling variants")
