"""The highlighted article: the text cut into pieces, each carrying every role that covers it.

Spans overlap (a claim holds another attribution's cue and speaker), so the text is cut at
every span boundary and each piece lists all the roles over it, instead of nesting tags that
could not close in order. The pieces carry data, not markup: the template escapes and draws
them. Two claims that touch stay apart: each claim piece knows the number of its innermost
claim (colours alternate by that number) and whether a claim begins or ends there (a border).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Literal

import attrs

from attrib.model import ArticleAttributions, Span

Role = Literal["claim", "speaker", "cue", "outlet"]
ROLES: tuple[Role, ...] = ("claim", "speaker", "outlet", "cue")  # later roles are drawn over earlier ones


@attrs.frozen
class Mark:
    """A span of the article in one role, for attribution ``n`` (0: the article's own, e.g. a wire credit)."""

    start: int
    end: int
    role: Role
    n: int


@attrs.frozen
class Piece:
    """A stretch of text between two span boundaries."""

    text: str
    roles: tuple[Role, ...] = ()
    numbers: tuple[int, ...] = ()
    claim: int = 0  # the innermost claim over this piece (0: none)
    claim_start: bool = False
    claim_end: bool = False
    cue_of: int = 0  # this piece opens the cue of attribution ``cue_of``: its number is shown here


def marks(result: ArticleAttributions) -> list[Mark]:
    """Every span worth highlighting in the article."""
    out: list[Mark] = []
    for n, att in enumerate(result.attributions, 1):
        out.extend(Mark(p.start, p.end, "claim", n) for p in att.parts)
        if att.speaker.mention:
            out.append(Mark(att.speaker.mention.start, att.speaker.mention.end, "speaker", n))
        if att.outlet and att.outlet.span:
            out.append(Mark(att.outlet.span.start, att.outlet.span.end, "outlet", n))
        out.append(Mark(att.cue.span.start, att.cue.span.end, "cue", n))
    spans: list[Span] = [o.span for o in (*result.outlets, *result.article.wire) if o.span]
    out.extend(Mark(s.start, s.end, "outlet", 0) for s in dict.fromkeys(spans))
    return [m for m in out if m.start < m.end]


def pieces(text: str, spans: list[Mark]) -> Iterator[Piece]:
    """``text`` cut at every boundary of ``spans``; joined back, the pieces are ``text``."""
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    cue_starts = {m.start: m.n for m in spans if m.role == "cue"}
    claim_starts = {m.start for m in spans if m.role == "claim"}
    claim_ends = {m.end for m in spans if m.role == "claim"}
    for s, e in itertools.pairwise(cuts):
        if s >= e:
            continue
        covering = [m for m in spans if m.start <= s and e <= m.end]
        if not covering:
            yield Piece(text[s:e])
            continue
        claims = [m for m in covering if m.role == "claim"]
        inner = max(claims, key=lambda m: (m.start, -m.end)).n if claims else 0
        yield Piece(
            text=text[s:e],
            roles=tuple(r for r in ROLES if any(m.role == r for m in covering)),
            numbers=tuple(sorted({m.n for m in covering if m.n})),
            claim=inner,
            claim_start=bool(claims) and s in claim_starts,
            claim_end=bool(claims) and e in claim_ends,
            cue_of=cue_starts.get(s, 0),
        )


def highlighted(result: ArticleAttributions) -> list[Piece]:
    """The article of ``result`` as pieces, ready for the template."""
    return list(pieces(result.article.text, marks(result)))
