"""What a rule sees (:class:`Context`) and what it yields (:class:`Candidate`).

A rule is a small named object: an ``id`` such as ``en.verb.speaker_before``, the
language it serves, and a callable that looks at one cue in one sentence and either
returns a candidate or ``None``. Rules are tried in priority order for each cue and
the first that fires wins, so a specific pattern ("according to X") is never
shadowed by a general one.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Hashable, Iterable
from functools import cached_property, lru_cache
from typing import Any, Literal, NewType, TypeVar

import attrs

from attrib.analysis.base import Analysis
from attrib.lexicon.load import CueEntry, CueKind, Gazetteer, Lexicon, PhraseTable
from attrib.lexicon.names import NameMatch, cased_ok, match_at
from attrib.model import OutletRole
from attrib.reader.segment import quote_spans

OPEN_QUOTES = "“«„‘\""
CLOSE_QUOTES = "”»’\""


TokenRange = NewType("TokenRange", tuple[int, int])
"""Tokens ``[first, last + 1)`` of an analysis: what rules scan."""
CharRange = NewType("CharRange", tuple[int, int])
"""Characters ``[start, end)`` of the original text: what results carry."""

def token_range(r: tuple[int, int] | None) -> TokenRange | None:
    """``r`` as a token range (``None`` stays ``None``): where a rule's index arithmetic ends."""
    return None if r is None else TokenRange(r)


def char_ranges(rs: Iterable[tuple[int, int]]) -> tuple[CharRange, ...]:
    """Character ranges of a claim's pieces, as the contract types them."""
    return tuple(CharRange(r) for r in rs)


SpeakerHint = Literal["np", "pronoun", "prodrop", "subject", "issuer", "agentless"]
"""How the resolver finds the speaker of a candidate:
``np`` a noun phrase (typed from its words), ``pronoun`` the previous speaker, ``prodrop`` no
subject written (Arabic «وأضاف»: the previous speaker), ``subject`` the sentence's subject found
earlier, ``issuer`` the issuer of a statement («بيانا قال فيه»), ``agentless`` a passive with no
agent ("was quoted as saying"): no source at all."""


@attrs.frozen
class OutletRef:
    name: str
    role: OutletRole
    span: CharRange | None = None


@attrs.frozen(kw_only=True)
class Candidate:
    """An attribution before resolution, as a rule returns it (built with keywords).

    ``rule`` is left empty by rules: the engine fills in the id of the rule that returned it
    (a rule record lists the other ids, ``variants``, that its results may carry)."""

    cue: TokenRange
    entry: CueEntry
    sentence: int
    content: tuple[CharRange, ...]
    speaker: TokenRange | None = None
    hint: SpeakerHint = "np"
    outlet: OutletRef | None = None
    confidence: float = 0.8
    cue_extra: TokenRange | None = None   # second piece of a discontinuous cue
    rule: str = ""


T = TypeVar("T")


@attrs.define
class Context:
    """An analysed article plus the lexicons: shared by all rules of one run."""

    analysis: Analysis
    lexicon: Lexicon
    gazetteer: Gazetteer
    _memo: dict[Hashable, Any] = attrs.field(factory=dict, init=False, repr=False)

    def memo(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, computed once per article for ``key``: a rule's index over the article
        (built in one pass) instead of a rescan on every cue."""
        if key not in self._memo:
            self._memo[key] = make()
        value: T = self._memo[key]
        return value

    @property
    def text(self) -> str:
        return self.analysis.article.text

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Quoted stretches of the article (see :func:`attrib.reader.segment.quote_spans`)."""
        return quote_spans(self.analysis.article)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [s for s, _ in self.quotes]

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quote containing character ``pos``, if any."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0:
            s, e = self.quotes[i]
            if s <= pos < e:
                return s, e
        return None

    @cached_property
    def _quote_index(self) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """The quotations by start, their starts, and the running maximum of their ends."""
        ordered = sorted(self.quotes)
        reach: list[int] = []
        for _, e in ordered:
            reach.append(max(e, reach[-1]) if reach else e)
        return ordered, [s for s, _ in ordered], reach

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of ``start..end`` lie inside quotations (counted once per
        quotation, as a sum over all of them would): found by bisection, not by a scan of
        every quotation of the article for every claim."""
        ordered, starts, reach = self._quote_index
        total = 0
        k = bisect.bisect_left(starts, end) - 1
        while k >= 0 and reach[k] > start:
            qs, qe = ordered[k]
            lo, hi = max(start, qs), min(end, qe)
            if hi > lo:
                total += hi - lo
            k -= 1
        return total

    @cached_property
    def _sentence_starts_list(self) -> list[int]:
        return [a for a, _ in self.analysis.sentence_tokens]

    def sentence_of(self, k: int) -> tuple[int, int] | None:
        """The (first) sentence, as a token range, that holds token ``k``."""
        sents = self.analysis.sentence_tokens
        n = bisect.bisect_right(self._sentence_starts_list, k) - 1
        if n >= 0 and sents[n][0] <= k < sents[n][1]:
            while n > 0 and sents[n - 1][0] <= k < sents[n - 1][1]:
                n -= 1  # (sentences do not overlap; this keeps "the first" exact if they did)
            return sents[n]
        return next(((s, e) for s, e in sents if s <= k < e), None)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.analysis.article.paragraphs]

    def paragraph_index(self, pos: int) -> int | None:
        """Index of the paragraph that holds character ``pos`` (paragraphs are disjoint and in
        text order)."""
        paras = self.analysis.article.paragraphs
        n = bisect.bisect_right(self._paragraph_starts, pos) - 1
        if n >= 0 and paras[n].start <= pos < paras[n].end:
            return n
        return None

    @cached_property
    def children(self) -> list[list[int]]:
        """Dependents of each token (empty lists when the analysis has no syntax)."""
        a = self.analysis
        out: list[list[int]] = [[] for _ in range(len(a))]
        if a.heads is not None:
            for k, h in enumerate(a.heads):
                if 0 <= h < len(out):
                    out[h].append(k)
        return out

    def subtree(self, i: int, exclude: frozenset[int] = frozenset()) -> list[int]:
        """Token ``i`` and everything below it, minus the subtrees rooted in ``exclude``."""
        out = []
        stack = [i]
        seen = set()
        while stack:
            k = stack.pop()
            if k in seen or k in exclude:
                continue
            seen.add(k)
            out.append(k)
            stack.extend(self.children[k])
        return sorted(out)

    def outlet_at(self, i: int) -> NameMatch | None:
        m = self._name_at(self.gazetteer.outlets, i)
        if m is not None:
            return m
        # "وكالة أنباء إنترفاكس", "صحيفة "الأيام"": a type word before an outlet's own name
        a = self.analysis
        types = self.lexicon.word_class("outlet_types")
        if not types or i + 1 >= len(a.norms):
            return None
        first = match_at(self._types_table, a.norms, i, a.article.lang == "ar")
        if first is None:
            return None
        k = i + first.length
        while k < len(a.norms) and k - i < first.length + 2 and not a.norms[k][:1].isalnum():
            k += 1  # an opening quotation mark
        name = self._name_at(self.gazetteer.outlets, k) if k < len(a.norms) else None
        if name is None:
            return None
        return NameMatch(k - i + name.length, name.name, first.prefix)

    @property
    def _types_table(self) -> PhraseTable:
        return _phrase_table(frozenset(self.lexicon.word_class("outlet_types")))

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Indices of the tokens that open a sentence."""
        return frozenset(a for a, _ in self.analysis.sentence_tokens)

    def entity_at(self, i: int) -> NameMatch | None:
        return self._name_at(self.gazetteer.entities, i)

    def _name_at(self, table: PhraseTable, i: int) -> NameMatch | None:
        a = self.analysis
        m = match_at(table, a.norms, i, a.article.lang == "ar")
        if m and not cased_ok(self.text[a.starts[i]:a.ends[i]]):
            return None
        return m


@lru_cache(maxsize=16)
def _phrase_table(phrases: frozenset[str]) -> PhraseTable:
    """A word class as a phrase table, built once per lexicon rather than once per article."""
    from attrib.lexicon.load import split_words

    table = PhraseTable()
    for phrase in sorted(phrases):
        table.add(split_words(phrase), phrase)
    return table


RuleFn = Callable[[Context, int, int, int, CueEntry], "Candidate | None"]


class CueUse(enum.Enum):
    """A cue filter's verdict on one lexicon match."""

    ANY = "any"                  # a reporting word: every rule may take it
    NONFINITE = "nonfinite"      # "to say", "by calling", "was asked": only the non-finite rule
    SKIP = "skip"                # not a reporting word here ("the said agreement", "a report")


# fn(ctx, sentence, cue_start, cue_end, entry) -> verdict
CueFilter = Callable[[Context, int, int, int, CueEntry], CueUse]


@attrs.frozen(kw_only=True)
class Rule:
    """A named extraction rule: a record, like a Duckling rule or a spaCy Matcher pattern.

    The id is written once, here; guards that only look at the cue's lexicon entry are fields
    the engine checks before calling ``fn(ctx, sentence, cue_start, cue_end, entry)``:
    ``kinds`` (the cue kinds it takes), ``nominal`` (whether it takes nominal cues),
    ``nonfinite`` (whether it takes cues the language's filter marks non-finite: "to say").
    Guards that need the sentence stay in ``fn``. ``variants`` are other ids its results may
    carry (a sub-pattern worth telling apart in the output)."""

    id: str
    lang: str
    fn: RuleFn
    priority: int = 50
    doc: str = ""
    kinds: tuple[CueKind, ...] = ("speech", "according_to", "belief")
    nominal: bool = True
    nonfinite: bool = False
    variants: tuple[str, ...] = ()

    def accepts(self, entry: CueEntry, use: CueUse) -> bool:
        """The declarative guards: may this rule look at a cue with this entry at all?"""
        if use is CueUse.NONFINITE and not self.nonfinite:
            return False
        if entry.rule and entry.rule != self.id:
            return False
        return entry.kind in self.kinds and (self.nominal or not entry.nominal)

    def __call__(self, ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
        c = self.fn(ctx, sent, i, j, entry)
        if c is None:
            return None
        if not c.rule:
            return attrs.evolve(c, rule=self.id)
        if c.rule not in self.variants:
            raise ValueError(f"rule {self.id} returned a candidate for {c.rule!r}, which it does not declare")
        return c
