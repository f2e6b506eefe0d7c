"""'According to the rules', «وفق الاتفاق»: an according-to cue before a rule, an agreement or
a plan says *in conformity with*, not *as a source says*; no attribution is made of it.

The nouns are data (``norm_nouns`` in en/words.toml and ar/words.toml); determiners are skipped
and Arabic nouns are tried with and without their proclitic preposition («للقانون»).
"""

from __future__ import annotations

from attrib.rules.base import Context
from attrib.text.tokens import ar_variants


def conformity(ctx: Context, j: int, b: int) -> bool:
    """Whether the according-to cue ending before token ``j`` governs a rule-like noun."""
    norms = ctx.analysis.norms
    determiners = ctx.lexicon.word_class("determiners")
    k = j
    while k < b and norms[k] in determiners:
        k += 1
    if k >= b:
        return False
    nouns = ctx.lexicon.word_class("norm_nouns")
    return norms[k] in nouns or any(v in nouns for _, v in ar_variants(norms[k]))
