"""English sentence patterns: one construction each, with exact expected spans."""

from __future__ import annotations

from hypothesis import strategies as st

from attrib.testing.generate import Builder, Expected, vocabulary
from attrib.testing.parts import (
    capitalise,
    claims,
    clause,
    cues,
    expect,
    outlet_name,
    outlets,
    pattern,
    quotes,
    speakers,
)

# ----------------------------------------------------------------- English patterns

@pattern("en.speaker_before", "en", ["en.verb.speaker_before"])
def _en_before(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said that CLAIM.'"""
    sp, cue, claim = draw(speakers("en")), draw(cues("en")), draw(claims("en"))
    c, k = clause(b, capitalise(sp.text) + " ", cue.text, " that ", claim, ". ")
    return [expect(b, c, sp, k, "en.speaker_before", ["en.verb.speaker_before"])]


@pattern("en.apposition", "en", ["en.verb.speaker_before"])
def _en_apposition(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'Omar Siddiqui, an economist at X, said that CLAIM.'"""
    sp = draw(speakers("en", kinds=("person",), titles=False))
    app, claim = draw(st.sampled_from(vocabulary("en")["appositions"])), draw(claims("en"))
    c, k = clause(b, f"{sp.text}, {app}, ", "said", " that ", claim, ". ")
    return [expect(b, c, sp, k, "en.apposition", ["en.verb.speaker_before"])]


@pattern("en.speaker_after", "en", ["en.verb.speaker_after_content"])
def _en_after(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM, X said.'"""
    sp, claim = draw(speakers("en")), draw(claims("en"))
    cue = draw(st.sampled_from(["said", "says", "noted", "added"]))
    text = sp.text
    if sp.kind == "organisation" and text.startswith("The "):
        text = "the " + text[4:]
    k = b.add(capitalise(claim))
    b.add(f", {text} ")
    c = b.add(cue)
    b.add(". ")
    return [expect(b, c, sp, k, "en.speaker_after", ["en.verb.speaker_after_content"])]


@pattern("en.inverted", "en", ["en.verb.inverted"])
def _en_inverted(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM, said X.'"""
    sp, claim = draw(speakers("en", kinds=("person",))), draw(claims("en"))
    k = b.add(capitalise(claim))
    b.add(", ")
    c = b.add("said")
    b.add(f" {sp.text}. ")
    return [expect(b, c, sp, k, "en.inverted", ["en.verb.inverted"])]


@pattern("en.according_to", "en", ["en.according_to"])
def _en_according(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'According to X, CLAIM.' and 'CLAIM, according to X.'"""
    sp, claim = draw(speakers("en", kinds=("person", "anonymous"))), draw(claims("en"))
    if draw(st.booleans()):
        c = b.add("According to")
        b.add(f" {sp.text}, ")
        k = b.add(claim)
    else:
        k = b.add(capitalise(claim))
        b.add(", ")
        c = b.add("according to")
        b.add(f" {sp.text}")
    b.add(". ")
    return [expect(b, c, sp, k, "en.according_to", ["en.according_to"])]


@pattern("en.told_outlet", "en", ["en.verb.speaker_before"])
def _en_told(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X told Reuters that CLAIM.' (the outlet is the channel)"""
    sp, claim, outlet = draw(speakers("en", kinds=("person", "anonymous"))), draw(claims("en")), draw(outlets("en"))
    c, k = clause(b, capitalise(sp.text) + " ", "told", f" {outlet} that ", claim, ". ")
    return [expect(b, c, sp, k, "en.told_outlet", ["en.verb.speaker_before"], outlet=outlet_name("en", outlet),
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
    return [expect(b, c, sp, k, "en.quote_after", ["en.verb.speaker_after_content"], quote="direct")]


@pattern("en.quote_before", "en", ["en.verb.speaker_before"])
def _en_quote_before(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said: "QUOTE."'"""
    sp, q = draw(speakers("en", kinds=("person",))), draw(quotes("en"))
    c, k = clause(b, sp.text + " ", "said", ": “", q, ".” ")
    return [expect(b, c, sp, k, "en.quote_before", ["en.verb.speaker_before"], quote="direct")]


@pattern("en.quote_split", "en", ["en.verb.speaker_after_content"])
def _en_quote_split(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"A," X said. "B."' (one claim around the cue)"""
    sp, q1, q2 = draw(speakers("en", kinds=("person",))), draw(quotes("en")), draw(quotes("en"))
    b.add("“")
    k = b.add(q1)
    b.add(",” " + sp.text + " ")
    c = b.add("said")
    b.add(". “" + q2 + ".” ")
    return [expect(b, c, sp, k, "en.quote_split", ["en.verb.speaker_after_content"], quote="direct")]


@pattern("en.pronoun", "en", ["en.verb.speaker_before"])
def _en_pronoun(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said that A. He added that B.' (the pronoun resolves to X)"""
    sp = draw(speakers("en", kinds=("person",)))
    c1, c2 = draw(claims("en")), draw(claims("en"))
    c, k = clause(b, sp.text + " ", "said", " that ", c1, ". " + draw(st.sampled_from(["He", "She"])) + " ")
    c_2 = b.add("added")
    b.add(" that ")
    k2 = b.add(c2)
    b.add(". ")
    return [expect(b, c, sp, k, "en.pronoun", ["en.verb.speaker_before"]),
            expect(b, c_2, sp, k2, "en.pronoun", ["en.verb.speaker_before"])]


@pattern("en.participle", "en", ["en.verb.participle", "en.verb.speaker_before"])
def _en_participle(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X arrived in Islamabad on Monday, saying that CLAIM.'"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c, k = clause(b, f"{sp.text} arrived in Islamabad on Monday, ", "saying", " that ", claim, ". ")
    return [expect(b, c, sp, k, "en.participle", ["en.verb.participle"])]


@pattern("en.relative", "en", ["en.verb.relative", "en.verb.speaker_before"])
def _en_relative(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'The plan, which X says supports growth, was approved.'"""
    sp = draw(speakers("en", kinds=("organisation", "person"), titles=False))
    text = sp.text[0].lower() + sp.text[1:] if sp.text.startswith("The ") else sp.text
    c, k = clause(b, "Officials approved the plan, which " + text + " ", "says", " ",
                   "supports growth in the poorest districts")
    return [expect(b, c, sp, k, "en.relative", ["en.verb.relative", "en.verb.speaker_before"])]


@pattern("en.coordinated", "en", ["en.verb.coordinated"])
def _en_coordinated(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X met the delegation and said that CLAIM.'"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c, k = clause(b, f"{sp.text} met the visiting delegation and ", "said", " that ", claim, ". ")
    return [expect(b, c, sp, k, "en.coordinated", ["en.verb.coordinated"])]


@pattern("en.asked", "en", ["en.verb.initial_participle", "en.verb.speaker_before"])
def _en_asked(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'Asked about the budget, X said that CLAIM.' (the question is X's too)"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c0 = b.add("Asked")
    b.add(" ")
    k0 = b.add("about the budget")
    c, k = clause(b, f", {sp.text} ", "said", " that ", claim, ". ")
    return [expect(b, c0, sp, k0, "en.asked", ["en.verb.initial_participle"]),
            expect(b, c, sp, k, "en.asked", ["en.verb.speaker_before"])]


@pattern("en.when_asked", "en", ["en.verb.when_asked", "en.verb.speaker_after_content"])
def _en_when_asked(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'CLAIM, X told reporters when asked whether Q.'"""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    k = b.add(capitalise(claim))
    b.add(f", {sp.text} ")
    c = b.add("told")
    c2, k2 = clause(b, " reporters when ", "asked", " ", "whether the plan would survive", ". ")
    return [expect(b, c, sp, k, "en.when_asked", ["en.verb.speaker_after_content"]),
            expect(b, c2, sp, k2, "en.when_asked", ["en.verb.when_asked"])]


@pattern("en.passive", "en", ["en.verb.nonfinite"])
def _en_passive(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'The minister was asked whether Q.' (an agentless passive: no source)"""
    c, k = clause(b, "The minister was ", "asked", " ", "whether the talks had failed", ". ")
    return [expect(b, c, "unknown", k, "en.passive", ["en.verb.nonfinite"], kind="unknown")]


@pattern("en.colon", "en", ["en.colon"])
def _en_colon(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """A headline 'Khan: CLAIM' on its own line."""
    sp, claim = draw(speakers("en", kinds=("person",), titles=False)), draw(claims("en"))
    c, k = clause(b, sp.text, ":", " ", capitalise(claim), "\n\n")
    return [expect(b, c, sp, k, "en.colon", ["en.colon"])]


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
    return [expect(b, c, sp, k, "en.dash", ["en.dash"], quote="direct")]


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
    return [expect(b, c, f"{adj} {head}", k, "en.in_document", ["en.in_document"], kind="document")]
