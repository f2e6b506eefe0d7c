"""Over-long sentences are cut into windows for the rules, so no sentence makes them quadratic.

Scraped text, lists, transcripts and posts without final punctuation can make one "sentence"
of thousands of words. Several rule steps look across a sentence (where a claim ends, which
other reports it runs into), and a claim runs at most to its sentence end, so such a sentence
cost time (and claim text) quadratic in its length. A sentence longer than
:data:`MAX_RULE_TOKENS` tokens is therefore cut, for the rules only, into windows of at most
that many tokens, each ending at the last clause mark (a comma, a semicolon, a colon, their
Arabic forms) or line break in its second half, or, with none there, at the bound. Offsets
do not change (windows are token ranges of the same analysis), the resolver and the output
keep the real sentence numbers, and a window start counts as a sentence start for the rules.
The longest sentence of our corpora (PolNeAR, ar_attrib_dev, the seeds) has 221 tokens, so
none of them is cut.
"""

from __future__ import annotations

import attrs

from attrib.rules.base import Candidate, Context

MAX_RULE_TOKENS = 300
_CLAUSE_MARKS = frozenset({",", ";", ":", "،", "؛"})


def _cut(ctx: Context, a: int, b: int, limit: int) -> list[tuple[int, int]]:
    """Windows of at most ``limit`` tokens covering tokens ``a .. b-1``."""
    an = ctx.analysis
    out = []
    while b - a > limit:
        end = a + limit
        for t in range(end - 1, a + limit // 2 - 1, -1):  # the last clause mark or line break
            if an.norms[t] in _CLAUSE_MARKS or "\n" in ctx.text[an.ends[t]:an.starts[t + 1]]:
                end = t + 1
                break
        out.append((a, end))
        a = end
    out.append((a, b))
    return out


def for_rules(ctx: Context, limit: int = MAX_RULE_TOKENS) -> tuple[Context, list[int] | None]:
    """The context the rules run on, and the sentence of each of its windows (``None`` when
    no sentence is over the bound: then it is ``ctx`` itself)."""
    sents = ctx.analysis.sentence_tokens
    if all(b - a <= limit for a, b in sents):
        return ctx, None
    windows: list[tuple[int, int]] = []
    owner: list[int] = []
    for n, (a, b) in enumerate(sents):
        pieces = _cut(ctx, a, b, limit) if b - a > limit else [(a, b)]
        windows.extend(pieces)
        owner.extend([n] * len(pieces))
    analysis = attrs.evolve(ctx.analysis, sentence_tokens=windows)
    return Context(analysis, ctx.lexicon, ctx.gazetteer), owner


def to_sentences(cands: list[Candidate], owner: list[int] | None) -> list[Candidate]:
    """Candidates found in windows, numbered by their real sentences again."""
    if owner is None:
        return cands
    return [attrs.evolve(c, sentence=owner[c.sentence]) for c in cands]
