"""What the clause around an English cue looks like: passives, non-finite forms, noun uses,
and how a rule's result is built (``candidate``)."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules.base import Candidate, Context, OutletRef, SpeakerHint, TokenRange, char_ranges, token_range
from attrib.rules.en.phrases import QUANTIFIERS, is_cap, word_class

_PASSIVE = {"been", "was", "were", "is", "are", "be", "being"}
_GERUND_BEFORE = {"in", "by", "with", "without", "of", "for", "me", "him", "her", "them", "us", "this", "that", "great",
                  "the", "a", "his", "their", "my", "our", "your", "its"}


# Verbs whose subject also performs an infinitive report: "took to Twitter to say" is
# covered by "to"; "was prompted to say", "declined to comment" are not reports.
INFINITIVE_HOSTS = {"went", "took", "used", "wants", "wanted", "plans", "planned", "tried", "sought", "rushed",
                     "moved", "hastened", "continued", "began", "started", "decided", "chose", "stopped"}
_GERUND_PREPS = {"by", "in", "after", "before", "while", "without", "for", "of"}


def nonfinite(ctx: Context, i: int) -> str:
    """'to say', 'by calling', 'was asked': a cue that is no finite verb of its own speaker.

    Returns "infinitive", "gerund" or "passive" (the rule en.verb.nonfinite handles these),
    or "" for a finite use."""
    if i == 0:
        return ""
    norms = ctx.analysis.norms
    p = norms[i - 1]
    w = norms[i]
    if p == "to":
        return "infinitive"
    if w.endswith("ing") and p in _GERUND_PREPS:
        return "gerund"
    if _passive(ctx, i):
        return "passive"
    return ""


# Adverbs that may stand inside a passive ("was first reported by", "was never mentioned").
_PASSIVE_ADVERBS = {"first", "never", "also", "not", "later", "previously", "initially", "originally", "already",
                    "once", "often", "still", "even", "just", "n't"}


def _passive(ctx: Context, i: int) -> bool:
    """'was reported', 'has been asked', 'was first reported': a participle after a form of be."""
    norms = ctx.analysis.norms
    w = norms[i]
    if not (w.endswith("ed") or w in {"told", "written", "shown", "said", "seen", "known"}) or w == "quoted":
        return False
    m = i - 1
    while m > 0 and (norms[m] in _PASSIVE_ADVERBS or (norms[m].endswith("ly") and len(norms[m]) > 4)):
        m -= 1
    return m >= 0 and norms[m] in _PASSIVE and (m == i - 1 or norms[m] != "being")


def noun_use(ctx: Context, i: int) -> bool:
    """'the said agreement', 'a report', 'has been accused': not a report by a speaker."""
    if i == 0:
        return False
    p = ctx.analysis.norms[i - 1]
    if p == "to":
        return True  # an infinitive ("to conclude", "to say") reports nothing yet
    if p == "'s" and i >= 2 and ctx.analysis.norms[i - 2] not in word_class(ctx, "pronouns"):
        return True  # "Trump's reported net worth" (but "he's said")
    if ctx.analysis.norms[i].endswith("ing") and p in _GERUND_BEFORE:
        return True  # "in saying", "me saying", "this saying": a gerund or a noun
    if _passive(ctx, i):
        return True
    return p in word_class(ctx, "determiners") and p not in QUANTIFIERS


def strong(entry: CueEntry, marked: bool) -> bool:
    return not entry.weak or marked


def clear_subject(ctx: Context, np: tuple[int, int]) -> bool:
    """A third-person subject that is a name, a role or a group ("Democrats want ...",
    "4 in 10 voters want ..."): enough evidence for a weak cue such as want or support."""
    norms = ctx.analysis.norms
    if norms[np[0]] in {"it", "there", "this", "that"}:
        return False  # "it seems", "there appears": impersonal
    if np[1] - np[0] == 1 and norms[np[0]] in {"he", "she", "they", "who", "which", "i", "we"}:
        return True
    last = norms[np[1] - 1]
    return is_cap(ctx, np[1] - 1) or last in ctx.lexicon.roles or (last.endswith("s") and last not in {"this", "its"})


def candidate(sent: int, i: int, j: int, entry: CueEntry, content: tuple[int, int],
               speaker: tuple[int, int] | None, hint: SpeakerHint, outlet: OutletRef | None,
               extra: tuple[int, int] | None = None, conf: float = 0.8) -> Candidate:
    parts = (content,) if extra is None or extra == content else (content, extra)
    if entry.weak:
        conf -= 0.2
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges(parts),
                     speaker=token_range(speaker), hint=hint, outlet=outlet, confidence=conf)


def hint(ctx: Context, np: tuple[int, int]) -> SpeakerHint:
    return "pronoun" if np[1] - np[0] == 1 and ctx.analysis.norms[np[0]] in word_class(ctx, "pronouns") else "np"
