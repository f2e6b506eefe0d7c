"""Arabic sentence patterns: one construction each, with exact expected spans."""

from __future__ import annotations

from hypothesis import strategies as st

from attrib.testing.generate import Builder, Expected, vocabulary
from attrib.testing.parts import claims, clause, cues, expect, outlet_name, outlets, pattern, quotes, speakers

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
    return [expect(b, c, sp, k, "ar.vs", ["ar.verb.vs"])]


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
    return [expect(b, c, sp, k, "ar.apposition", ["ar.verb.vs"])]


@pattern("ar.quote", "ar", ["ar.verb.vs"])
def _ar_quote(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X: "QUOTE".'"""
    sp, q = draw(speakers("ar")), draw(quotes("ar"))
    c = b.add("وقال")
    b.add(f" {sp.text}: \"")
    k = b.add(q)
    b.add("\". ")
    return [expect(b, c, sp, k, "ar.quote", ["ar.verb.vs"], quote="direct")]


@pattern("ar.channel", "ar", ["ar.verb.vs"])
def _ar_channel(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X لرويترز إن CLAIM.' (the outlet is the channel)"""
    sp, claim, outlet = draw(speakers("ar", kinds=("person", "anonymous"))), draw(claims("ar")), draw(outlets("ar"))
    written = "ل" + outlet
    c = b.add("وقال")
    b.add(f" {sp.text} {written} إن ")
    k = b.add(claim)
    b.add(". ")
    return [expect(b, c, sp, k, "ar.channel", ["ar.verb.vs"], outlet=outlet_name("ar", outlet), role="channel")]


@pattern("ar.prodrop", "ar", ["ar.verb.vs", "ar.verb.prodrop"])
def _ar_prodrop(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X إن A. وأضاف أن B.' (the dropped subject is X)"""
    v = vocabulary("ar")
    sp, c1, c2 = draw(speakers("ar", kinds=("person",))), draw(claims("ar")), draw(claims("ar"))
    cont = draw(st.sampled_from(v["continuations"]))
    c = b.add("وقال")
    b.add(f" {sp.text} إن ")
    k = b.add(c1)
    c_2, k2 = clause(b, ". ", "و" + cont[0], f" {cont[2]} ", c2, ". ")
    return [expect(b, c, sp, k, "ar.prodrop", ["ar.verb.vs"]),
            expect(b, c_2, sp, k2, "ar.prodrop", ["ar.verb.prodrop"])]


@pattern("ar.according_to", "ar", ["ar.according_to"])
def _ar_according(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وبحسب فورين بوليسي فإن CLAIM.' (an outlet as the reporter)"""
    outlet, claim = draw(st.sampled_from(["فورين بوليسي", "رويترز"])), draw(claims("ar"))
    name = outlet_name("ar", outlet)
    c = b.add("وبحسب")
    b.add(f" {outlet} فإن ")
    k = b.add(claim)
    b.add(". ")
    return [expect(b, c, name, k, "ar.according_to", ["ar.according_to"], kind="outlet", outlet=name, role="reporter")]


@pattern("ar.kama", "ar", ["ar.verb.kama"])
def _ar_kama(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM، كما قال X.'"""
    sp, claim = draw(speakers("ar", kinds=("person", "anonymous"))), draw(claims("ar"))
    k = b.add(claim)
    b.add("، كما ")
    c = b.add("قال")
    b.add(f" {sp.text}. ")
    return [expect(b, c, sp, k, "ar.kama", ["ar.verb.kama"])]


@pattern("ar.kana", "ar", ["ar.verb.sv_kana"])
def _ar_kana(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وكان X قد صرح بأن CLAIM.'"""
    sp, claim = draw(speakers("ar", kinds=("person",), titles=False)), draw(claims("ar"))
    c, k = clause(b, f"وكان {sp.text} قد ", "صرح", " بأن ", claim, ". ")
    return [expect(b, c, sp, k, "ar.kana", ["ar.verb.sv_kana"])]


@pattern("ar.sv", "ar", ["ar.verb.sv"])
def _ar_sv(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X يقول إن CLAIM.' (subject before the verb)"""
    sp, claim = draw(speakers("ar", kinds=("person",), titles=False)), draw(claims("ar"))
    c, k = clause(b, sp.text + " ", "يقول", " إن ", claim, ". ")
    return [expect(b, c, sp, k, "ar.sv", ["ar.verb.sv"])]


@pattern("ar.qala_fihi", "ar", ["ar.verb.qala_fihi"])
def _ar_qala_fihi(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وأصدر البنتاغون بيانا قال فيه إن CLAIM.' (the statement's issuer speaks)"""
    claim = draw(claims("ar"))
    c, k = clause(b, "وأصدر البنتاغون بيانا مقتضبا ", "قال", " فيه إن ", claim, ". ")
    return [expect(b, c, "Pentagon", k, "ar.qala_fihi", ["ar.verb.qala_fihi"], kind="government")]


@pattern("ar.vso", "ar", ["ar.verb.vso"])
def _ar_vso(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وأدانت باكستان الهجوم على القافلة.' (a known subject, then the claim as object)"""
    phrase, name, kind = draw(st.sampled_from(vocabulary("ar")["organisations"]))
    target = draw(st.sampled_from(["الهجوم على القافلة الإنسانية", "القصف الأخير للمستشفى الميداني"]))
    c = b.add("وأدانت")
    b.add(f" {phrase} ")
    k = b.add(target)
    b.add(". ")
    return [expect(b, c, name, k, "ar.vso", ["ar.verb.vso"], kind=kind)]


@pattern("ar.masdar", "ar", ["ar.masdar"])
def _ar_masdar(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وتوقف المراقبون عند ادعاء X بأن CLAIM.' (a speech-act noun, its source after it)"""
    sp, claim = draw(speakers("ar", kinds=("person",), titles=False)), draw(claims("ar"))
    c, k = clause(b, "وتوقف المراقبون عند ", "ادعاء", f" {sp.text} بأن ", claim, ". ")
    return [expect(b, c, sp, k, "ar.masdar", ["ar.masdar"])]


@pattern("ar.colon", "ar", ["ar.colon"])
def _ar_colon(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """A headline 'وزير المالية: CLAIM' on its own line."""
    title, claim = draw(st.sampled_from(vocabulary("ar")["titles"][:3])), draw(claims("ar"))
    c, k = clause(b, title, ":", " ", claim, "\n\n")
    return [expect(b, c, title, k, "ar.colon", ["ar.colon"], kind="anonymous")]
