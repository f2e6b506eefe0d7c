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
from collections.abc import Callable
from functools import cached_property, lru_cache

import attrs

from attrib.analysis.base import Analysis
from attrib.lexicon.load import CueEntry, Gazetteer, Lexicon, PhraseTable
from attrib.lexicon.names import NameMatch, cased_ok, match_at
from attrib.reader.segment import quote_spans

OPEN_QUOTES = "“«„‘\""
CLOSE_QUOTES = "”»’\""


@attrs.frozen
class OutletRef:
    name: str
    role: str
    span: tuple[int, int] | None = None


@attrs.frozen
class Candidate:
    """An attribution before resolution; spans are token ranges or character ranges."""

    rule: str
    cue: tuple[int, int]                       # token range
    entry: CueEntry
    sentence: int
    content: tuple[tuple[int, int], ...]       # character ranges
    speaker: tuple[int, int] | None = None     # token range of the speaker phrase
    hint: str = "np"                           # np | pronoun | prodrop | subject | issuer
    outlet: OutletRef | None = None
    confidence: float = 0.8
    cue_extra: tuple[int, int] | None = None   # second piece of a discontinuous cue


@attrs.define
class Context:
    """An analysed article plus the lexicons: shared by all rules of one run."""

    analysis: Analysis
    lexicon: Lexicon
    gazetteer: Gazetteer

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


@attrs.frozen
class Rule:
    """A named extraction rule. ``fn(ctx, sentence, cue_start, cue_end, entry)``."""

    id: str
    lang: str
    fn: RuleFn
    priority: int = 50
    doc: str = ""

    def __call__(self, ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
        return self.fn(ctx, sent, i, j, entry)
