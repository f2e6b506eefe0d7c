"""The audit summary: who the sources are, through which outlets, who speaks most.

An editor auditing sourcing asks three questions before reading any claim: how many
sources are named and how many anonymous, which outlets the story leans on (publisher,
wire, channel, or an outlet quoted as a source), and who dominates the story. The numbers
are computed here, once, for one article and for a whole set, so the HTML report and the
web app show the same figures; the templates only lay them out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from attrib.model import SPEAKER_KINDS, ArticleAttributions

OutletUse = Literal["publisher", "wire", "channel", "reporter", "reference", "source"]
OUTLET_USES: tuple[OutletUse, ...] = ("publisher", "wire", "channel", "reporter", "source", "reference")
TOP_SPEAKERS = 10


@attrs.frozen
class Count:
    """One bar of a chart: a label, how many, and its share of the largest bar (0..1)."""

    label: str
    n: int
    share: float


@attrs.frozen
class OutletCount:
    """An outlet in one role, and in how many attributions (or articles, for publisher/wire) it appears."""

    name: str
    role: OutletUse
    n: int


@attrs.frozen
class Summary:
    articles: int
    attributions: int
    kinds: tuple[Count, ...]
    outlets: tuple[OutletCount, ...]
    speakers: tuple[Count, ...]
    errors: int = 0

    @property
    def named(self) -> int:
        return sum(c.n for c in self.kinds if c.label == "person")

    @property
    def anonymous(self) -> int:
        return sum(c.n for c in self.kinds if c.label == "anonymous")


def _bars(counts: Counter[str], order: Sequence[str] | None = None, top: int | None = None) -> tuple[Count, ...]:
    if order is not None:
        items = [(k, counts[k]) for k in order if counts[k]]
    else:  # ranked: most first, then by name so ties read the same on every run
        items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    peak = max((n for _, n in items), default=0)
    return tuple(Count(k, n, n / peak if peak else 0.0) for k, n in items)


def _outlet_uses(result: ArticleAttributions) -> Iterable[tuple[str, OutletUse]]:
    art = result.article
    if art.publisher:
        yield art.publisher, "publisher"
    for o in art.wire:
        yield o.name, "wire"
    for o in art.references:
        yield o.name, "reference"
    for att in result.attributions:
        if att.outlet is not None and att.outlet.role in ("channel", "reporter"):
            yield att.outlet.name, "channel" if att.outlet.role == "channel" else "reporter"
        if att.speaker.kind == "outlet":
            yield att.speaker.name, "source"


def summarize(results: Sequence[ArticleAttributions | dict[str, object]]) -> Summary:
    """The summary of a set of results; error records are counted, not summarised."""
    kinds: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    outlets: Counter[tuple[str, OutletUse]] = Counter()
    done = [r for r in results if isinstance(r, ArticleAttributions)]
    for r in done:
        for att in r.attributions:
            kinds[att.speaker.kind] += 1
            speakers[att.speaker.name] += 1
        outlets.update(_outlet_uses(r))
    ranked = sorted(outlets.items(), key=lambda kv: (OUTLET_USES.index(kv[0][1]), -kv[1], kv[0][0]))
    return Summary(
        articles=len(done),
        attributions=sum(len(r.attributions) for r in done),
        kinds=_bars(kinds, SPEAKER_KINDS),
        outlets=tuple(OutletCount(name, role, n) for (name, role), n in ranked),
        speakers=_bars(speakers, top=TOP_SPEAKERS),
        errors=len(results) - len(done),
    )
