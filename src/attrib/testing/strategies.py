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

from collections.abc import Callable, Iterable

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from attrib.testing.generate import Builder, Expected, Generated, vocabulary


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


def _outlet_name(lang: str, written: str) -> str:
    if lang == "ar":
        return str(vocabulary("ar")["outlet_names"][written])
    return {"The Associated Press": "AP"}.get(written, written)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _exp(b: Builder, cue: tuple[int, int], sp: SpeakerSpec | str, content: tuple[int, int], pattern: str,
         rules: Iterable[str], kind: str | None = None, outlet: str | None = None, role: str | None = None,
         quote: str = "indirect") -> Expected:
    name, skind = (sp.name, sp.kind) if isinstance(sp, SpeakerSpec) else (sp, kind)
    return Expected(b.span(cue), name, skind, b.span(content), outlet, role, quote, pattern, tuple(rules))


def _clause(b: Builder, before: str, cue: str, joiner: str, claim: str, after: str = ". "
            ) -> tuple[tuple[int, int], tuple[int, int]]:
    """Append "BEFORE CUE JOINER CLAIM AFTER"; return where the cue and the claim landed."""
    b.add(before)
    c = b.add(cue)
    b.add(joiner)
    k = b.add(claim)
    b.add(after)
    return c, k


# ----------------------------------------------------------------- English patterns

@pattern("en.speaker_before", "en", ["en.verb.speaker_before"])
def _en_before(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said that CLAIM.'"""
    sp, cue, claim = draw(speakers("en")), draw(cues("en")), draw(claims("en"))
    c, k = _clause(b, _cap(sp.text) + " ", cue.text, " that ", claim, ". ")
    return [_exp(b, c, sp, k, "en.speaker_before", ["en.verb.speaker_before"])]


@pattern("en.apposition", "en", ["en.verb.speaker_before"])
def _en_apposition(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'Omar Siddiqui, an economist at X, said that CLAIM.'"""
    sp = draw(speakers("en", kinds=("person",), titles=False))
    app, claim = draw(st.sampled_from(vocabulary("en")["appositions"])), draw(claims("en"))
    c, k = _clause(b, f"{sp.text}, {app}, ", "said", " that ", claim, ". ")
    return [_exp(b, c, sp, k, "en.apposition", ["en.verb.speaker_before"])]


@pattern("en.speaker_after", "en", ["en.verb.speaker_after_content"])
def _en_after(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM, X said.'"""
    sp, claim = draw(speakers("en")), draw(claims("en"))
    cue = draw(st.sampled_from(["said", "says", "noted", "added"]))
    text = sp.text
    if sp.kind == "organisation" and text.startswith("The "):
        text = "the " + text[4:]
    k = b.add(_cap(claim))
    b.add(f", {text} ")
    c = b.add(cue)
    b.add(". ")
    return [_exp(b, c, sp, k, "en.speaker_after", ["en.verb.speaker_after_content"])]


@pattern("en.inverted", "en", ["en.verb.inverted"])
def _en_inverted(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM, said X.'"""
    sp, claim = draw(speakers("en", kinds=("person",))), draw(claims("en"))
    k = b.add(_cap(claim))
    b.add(", ")
    c = b.add("said")
    b.add(f" {sp.text}. ")
    return [_exp(b, c, sp, k, "en.inverted", ["en.verb.inverted"])]


@pattern("en.according_to", "en", ["en.according_to"])
def _en_according(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'According to X, CLAIM.' and 'CLAIM, according to X.'"""
    sp, claim = draw(speakers("en", kinds=("person", "anonymous"))), draw(claims("en"))
    if draw(st.booleans()):
        c = b.add("According to")
        b.add(f" {sp.text}, ")
        k = b.add(claim)
    else:
        k = b.add(_cap(claim))
        b.add(", ")
        c = b.add("according to")
        b.add(f" {sp.text}")
    b.add(". ")
    return [_exp(b, c, sp, k, "en.according_to", ["en.according_to"])]


@pattern("en.told_outlet", "en", ["en.verb.speaker_before"])
def _en_told(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X told Reuters that CLAIM.' (the outlet is the channel)"""
    sp, claim, outlet = draw(speakers("en", kinds=("person", "anonymous"))), draw(claims("en")), draw(outlets("en"))
    c, k = _clause(b, _cap(sp.text) + " ", "told", f" {outlet} that ", claim, ". ")
    return [_exp(b, c, sp, k, "en.told_outlet", ["en.verb.speaker_before"], outlet=_outlet_name("en", outlet),
                 role="channel")]


@pattern("en.quote_after", "en", ["en.verb.speaker_after_content"])
def _en_quote_after(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"QUOTE," X said.'"""
    sp, q = draw(speakers("en", kinds=("person",))), draw(quotes("en"))
    b.add("“")
    k = b.add(q)
    b.add(",” " + sp.text + " ")
    c = b.add("said")
    b.add(". ")
    return [_exp(b, c, sp, k, "en.quote_after", ["en.verb.speaker_after_content"], quote="direct")]


@pattern("en.quote_before", "en", ["en.verb.speaker_before"])
def _en_quote_before(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said: "QUOTE."'"""
    sp, q = draw(speakers("en", kinds=("person",))), draw(quotes("en"))
    c, k = _clause(b, sp.text + " ", "said", ": “", q, ".” ")
    return [_exp(b, c, sp, k, "en.quote_before", ["en.verb.speaker_before"], quote="direct")]


@pattern("en.quote_split", "en", ["en.verb.speaker_after_content"])
def _en_quote_split(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"A," X said. "B."' (one claim around the cue)"""
    sp, q1, q2 = draw(speakers("en", kinds=("person",))), draw(quotes("en")), draw(quotes("en"))
    b.add("“")
    k = b.add(q1)
    b.add(",” " + sp.text + " ")
    c = b.add("said")
    b.add(". “" + q2 + ".” ")
    return [_exp(b, c, sp, k, "en.quote_split", ["en.verb.speaker_after_content"], quote="direct")]


@pattern("en.pronoun", "en", ["en.verb.speaker_before"])
def _en_pronoun(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said that A. He added that B.' (the pronoun resolves to X)"""
    sp = draw(speakers("en", kinds=("person",)))
    c1, c2 = draw(claims("en")), draw(claims("en"))
    c, k = _clause(b, sp.text + " ", "said", " that ", c1, ". " + draw(st.sampled_from(["He", "She"])) + " ")
    c_2 = b.add("added")
    b.add(" that ")
    k2 = b.add(c2)
    b.add(". ")
    return [_exp(b, c, sp, k, "en.pronoun", ["en.verb.speaker_before"]),
            _exp(b, c_2, sp, k2, "en.pronoun", ["en.verb.speaker_before"])]


@pattern("en.participle", "en", ["en.verb.participle", "en.verb.speaker_before"])
def _en_participle(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X arrived in Islamabad on Monday, saying that CLAIM.'"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c, k = _clause(b, f"{sp.text} arrived in Islamabad on Monday, ", "saying", " that ", claim, ". ")
    return [_exp(b, c, sp, k, "en.participle", ["en.verb.participle"])]


@pattern("en.relative", "en", ["en.verb.relative", "en.verb.speaker_before"])
def _en_relative(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'The plan, which X says supports growth, was approved.'"""
    sp = draw(speakers("en", kinds=("organisation", "person"), titles=False))
    text = sp.text[0].lower() + sp.text[1:] if sp.text.startswith("The ") else sp.text
    c, k = _clause(b, "Officials approved the plan, which " + text + " ", "says", " ",
                   "supports growth in the poorest districts")
    return [_exp(b, c, sp, k, "en.relative", ["en.verb.relative", "en.verb.speaker_before"])]


@pattern("en.coordinated", "en", ["en.verb.coordinated"])
def _en_coordinated(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X met the delegation and said that CLAIM.'"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c, k = _clause(b, f"{sp.text} met the visiting delegation and ", "said", " that ", claim, ". ")
    return [_exp(b, c, sp, k, "en.coordinated", ["en.verb.coordinated"])]


@pattern("en.asked", "en", ["en.verb.initial_participle", "en.verb.speaker_before"])
def _en_asked(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'Asked about the budget, X said that CLAIM.' (the question is X's too)"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c0 = b.add("Asked")
    b.add(" ")
    k0 = b.add("about the budget")
    c, k = _clause(b, f", {sp.text} ", "said", " that ", claim, ". ")
    return [_exp(b, c0, sp, k0, "en.asked", ["en.verb.initial_participle"]),
            _exp(b, c, sp, k, "en.asked", ["en.verb.speaker_before"])]


@pattern("en.when_asked", "en", ["en.verb.when_asked", "en.verb.speaker_after_content"])
def _en_when_asked(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM, X told reporters when asked whether Q.'"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    k = b.add(_cap(claim))
    b.add(f", {sp.text} ")
    c = b.add("told")
    c2, k2 = _clause(b, " reporters when ", "asked", " ", "whether the plan would survive", ". ")
    return [_exp(b, c, sp, k, "en.when_asked", ["en.verb.speaker_after_content"]),
            _exp(b, c2, sp, k2, "en.when_asked", ["en.verb.when_asked"])]


@pattern("en.passive", "en", ["en.verb.nonfinite"])
def _en_passive(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'The minister was asked whether Q.' (an agentless passive: no source)"""
    c, k = _clause(b, "The minister was ", "asked", " ", "whether the talks had failed", ". ")
    return [_exp(b, c, "unknown", k, "en.passive", ["en.verb.nonfinite"], kind="unknown")]


@pattern("en.colon", "en", ["en.colon"])
def _en_colon(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """A headline 'Khan: CLAIM' on its own line."""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c, k = _clause(b, sp.text, ":", " ", _cap(claim), "\n\n")
    return [_exp(b, c, sp, k, "en.colon", ["en.colon"])]


@pattern("en.dash", "en", ["en.dash"])
def _en_dash(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """A quotation signed off with a dash, on the same line or the next paragraph:
    '"QUOTE." — X' (pull quotes, reader voices, embedded posts)."""
    sp, q = draw(speakers("en", kinds=("person",), titles=False)), draw(quotes("en"))
    same_line = draw(st.booleans())
    b.add("“")
    k = b.add(q)
    b.add(".” " if same_line else ".”\n\n")
    c = b.add(draw(st.sampled_from(["—", "―", "-", "--"])))
    b.add(" " + sp.text + "\n\n")
    return [_exp(b, c, sp, k, "en.dash", ["en.dash"], quote="direct")]


@pattern("en.in_document", "en", ["en.in_document"])
def _en_in_document(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'In a new survey, CLAIM.': evidence framed by "in" at the head of a sentence."""
    adj = draw(st.sampled_from(["new", "recent", "latest", "annual"]))
    head = draw(st.sampled_from(["survey", "poll", "study", "report", "analysis"]))
    det = "an" if adj[0] in "aeiou" else "a"
    claim = draw(claims("en"))
    c = b.add("In")
    b.add(f" {det} {adj} {head}, ")
    k = b.add(claim)
    b.add(". ")
    return [_exp(b, c, f"{adj} {head}", k, "en.in_document", ["en.in_document"], kind="document")]


# ----------------------------------------------------------------- Arabic patterns

def _ar_prefix(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(["و", "و", "ف", ""]))


@pattern("ar.vs", "ar", ["ar.verb.vs"])
def _ar_vs(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X إن CLAIM.' (verb before its subject)"""
    sp, cue, claim = draw(speakers("ar")), draw(cues("ar")), draw(claims("ar"))
    c = b.add(_ar_prefix(draw) + cue.text)
    b.add(f" {sp.text} {cue.complementizer} ")
    k = b.add(claim)
    b.add(". ")
    return [_exp(b, c, sp, k, "ar.vs", ["ar.verb.vs"])]


@pattern("ar.apposition", "ar", ["ar.verb.vs"])
def _ar_apposition(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'أكد الباحث في مركز ...، فلان الفلاني، أن CLAIM.'"""
    v = vocabulary("ar")
    sp = draw(speakers("ar", kinds=("person",), titles=False))
    app, cue, claim = draw(st.sampled_from(v["appositions"])), draw(cues("ar")), draw(claims("ar"))
    c = b.add(_ar_prefix(draw) + cue.text)
    b.add(f" {app}، {sp.text}، {cue.complementizer} ")
    k = b.add(claim)
    b.add(". ")
    return [_exp(b, c, sp, k, "ar.apposition", ["ar.verb.vs"])]


@pattern("ar.quote", "ar", ["ar.verb.vs"])
def _ar_quote(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X: "QUOTE".'"""
    sp, q = draw(speakers("ar")), draw(quotes("ar"))
    c = b.add("وقال")
    b.add(f" {sp.text}: \"")
    k = b.add(q)
    b.add("\". ")
    return [_exp(b, c, sp, k, "ar.quote", ["ar.verb.vs"], quote="direct")]


@pattern("ar.channel", "ar", ["ar.verb.vs"])
def _ar_channel(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X لرويترز إن CLAIM.' (the outlet is the channel)"""
    sp, claim, outlet = draw(speakers("ar", kinds=("person", "anonymous"))), draw(claims("ar")), draw(outlets("ar"))
    written = "ل" + outlet
    c = b.add("وقال")
    b.add(f" {sp.text} {written} إن ")
    k = b.add(claim)
    b.add(". ")
    return [_exp(b, c, sp, k, "ar.channel", ["ar.verb.vs"], outlet=_outlet_name("ar", outlet), role="channel")]


@pattern("ar.prodrop", "ar", ["ar.verb.vs", "ar.verb.prodrop"])
def _ar_prodrop(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X إن A. وأضاف أن B.' (the dropped subject is X)"""
    v = vocabulary("ar")
    sp, c1, c2 = draw(speakers("ar", kinds=("person",))), draw(claims("ar")), draw(claims("ar"))
    cont = draw(st.sampled_from(v["continuations"]))
    c = b.add("وقال")
    b.add(f" {sp.text} إن ")
    k = b.add(c1)
    c_2, k2 = _clause(b, ". ", "و" + cont[0], f" {cont[2]} ", c2, ". ")
    return [_exp(b, c, sp, k, "ar.prodrop", ["ar.verb.vs"]), _exp(b, c_2, sp, k2, "ar.prodrop", ["ar.verb.prodrop"])]


@pattern("ar.according_to", "ar", ["ar.according_to"])
def _ar_according(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وبحسب فورين بوليسي فإن CLAIM.' (an outlet as the reporter)"""
    outlet, claim = draw(st.sampled_from(["فورين بوليسي", "رويترز"])), draw(claims("ar"))
    name = _outlet_name("ar", outlet)
    c = b.add("وبحسب")
    b.add(f" {outlet} فإن ")
    k = b.add(claim)
    b.add(". ")
    return [_exp(b, c, name, k, "ar.according_to", ["ar.according_to"], kind="outlet", outlet=name, role="reporter")]


@pattern("ar.kama", "ar", ["ar.verb.kama"])
def _ar_kama(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM، كما قال X.'"""
    sp, claim = draw(speakers("ar", kinds=("person", "anonymous"))), draw(claims("ar"))
    k = b.add(claim)
    b.add("، كما ")
    c = b.add("قال")
    b.add(f" {sp.text}. ")
    return [_exp(b, c, sp, k, "ar.kama", ["ar.verb.kama"])]


@pattern("ar.kana", "ar", ["ar.verb.sv_kana"])
def _ar_kana(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وكان X قد صرح بأن CLAIM.'"""
    sp, claim = draw(speakers("ar", kinds=("person",), titles=False)), draw(claims("ar"))
    c, k = _clause(b, f"وكان {sp.text} قد ", "صرح", " بأن ", claim, ". ")
    return [_exp(b, c, sp, k, "ar.kana", ["ar.verb.sv_kana"])]


@pattern("ar.sv", "ar", ["ar.verb.sv"])
def _ar_sv(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X يقول إن CLAIM.' (subject before the verb)"""
    sp, claim = draw(speakers("ar", kinds=("person",), titles=False)), draw(claims("ar"))
    c, k = _clause(b, sp.text + " ", "يقول", " إن ", claim, ". ")
    return [_exp(b, c, sp, k, "ar.sv", ["ar.verb.sv"])]


@pattern("ar.qala_fihi", "ar", ["ar.verb.qala_fihi"])
def _ar_qala_fihi(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وأصدر البنتاغون بيانا قال فيه إن CLAIM.' (the statement's issuer speaks)"""
    claim = draw(claims("ar"))
    c, k = _clause(b, "وأصدر البنتاغون بيانا مقتضبا ", "قال", " فيه إن ", claim, ". ")
    return [_exp(b, c, "Pentagon", k, "ar.qala_fihi", ["ar.verb.qala_fihi"], kind="government")]


@pattern("ar.vso", "ar", ["ar.verb.vso"])
def _ar_vso(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وأدانت باكستان الهجوم على القافلة.' (a known subject, then the claim as object)"""
    phrase, name, kind = draw(st.sampled_from(vocabulary("ar")["organisations"]))
    target = draw(st.sampled_from(["الهجوم على القافلة الإنسانية", "القصف الأخير للمستشفى الميداني"]))
    c = b.add("وأدانت")
    b.add(f" {phrase} ")
    k = b.add(target)
    b.add(". ")
    return [_exp(b, c, name, k, "ar.vso", ["ar.verb.vso"], kind=kind)]


@pattern("ar.masdar", "ar", ["ar.masdar"])
def _ar_masdar(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وتوقف المراقبون عند ادعاء X بأن CLAIM.' (a speech-act noun, its source after it)"""
    sp, claim = draw(speakers("ar", kinds=("person",), titles=False)), draw(claims("ar"))
    c, k = _clause(b, "وتوقف المراقبون عند ", "ادعاء", f" {sp.text} بأن ", claim, ". ")
    return [_exp(b, c, sp, k, "ar.masdar", ["ar.masdar"])]


@pattern("ar.colon", "ar", ["ar.colon"])
def _ar_colon(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """A headline 'وزير المالية: CLAIM' on its own line."""
    title, claim = draw(st.sampled_from(vocabulary("ar")["titles"][:3])), draw(claims("ar"))
    c, k = _clause(b, title, ":", " ", claim, "\n\n")
    return [_exp(b, c, title, k, "ar.colon", ["ar.colon"], kind="anonymous")]


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
