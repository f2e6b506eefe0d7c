"""A rule of our own, registered through the public rule API, with a sentence pattern so the
property-testing kit can test it in isolation:

    attrib test --rule en.custom.per --module examples/custom_rule/per_rule.py \
        --lexicon examples/custom_rule/lexicon

"Per the ministry, the road reopens on Friday." - "per" works like "according to" at the
start of a sentence: the phrase up to the comma is the source, the rest is the claim.
"""

from __future__ import annotations

from hypothesis import strategies as st

from attrib.lexicon.load import CueEntry
from attrib.rules import Candidate, CharRange, Context, TokenRange, rule
from attrib.rules.common import sent_range, trim_chars
from attrib.testing import claims, pattern, speakers
from attrib.testing.generate import Builder, Expected


@rule("en.custom.per", lang="en", priority=12)
def per(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'Per X, CLAIM.': X (up to the comma) is the source, the rest of the sentence the claim."""
    if entry.lemma != "per":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i != a:
        return None
    comma = next((k for k in range(j, b) if norms[k] == ","), -1)
    if comma <= j or comma + 1 >= b:
        return None
    start, end = trim_chars(ctx.text, ctx.analysis.starts[comma + 1], ctx.analysis.ends[b - 1])
    # the engine fills in the rule id; spans are typed: token ranges for cue and speaker, character
    # ranges for the claim
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=(CharRange((start, end)),),
                     speaker=TokenRange((j, comma)))


@pattern("en.custom.per", "en", rules=["en.custom.per"])
def per_sentences(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'Per X, CLAIM.' with X a person, an anonymous source or an organisation."""
    sp, claim = draw(speakers("en", titles=False)), draw(claims("en"))
    cue = b.add("Per")
    b.add(f" {sp.text[0].lower() + sp.text[1:] if sp.text.startswith('The ') else sp.text}, ")
    content = b.add(claim)
    b.add(".")
    return [Expected(b.span(cue), sp.name, sp.kind, b.span(content), pattern="en.custom.per",
                     rules=("en.custom.per",))]
