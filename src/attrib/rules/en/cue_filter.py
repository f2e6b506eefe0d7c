"""Which English cue words are used as reporting verbs here: title case, noun uses,
naming verbs ('called the plan X') and non-finite forms are filtered out."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules import cue_filter
from attrib.rules.base import Context, CueUse
from attrib.rules.common import is_word, sent_range
from attrib.rules.en.clause import nonfinite, noun_use
from attrib.rules.en.phrases import is_cap, word_class


def title_case(ctx: Context, a: int, b: int) -> bool:
    """A headline in Title Case ("Sanders Says He Will Win"): capitals mark no names there."""
    text = ctx.text
    words = [text[ctx.analysis.starts[k]] for k in range(a, b) if ctx.analysis.norms[k][:1].isalpha()]
    return len(words) >= 4 and sum(c.isupper() for c in words) >= 0.75 * len(words)


# Words after a noun that cannot follow a reporting verb: a preposition of the noun, or the
# verb the noun is subject of ("attacks on", "reports were").
_NOUN_FOLLOWERS = {"of", "from", "and", "or", "on", "in", "at", "by", "against", "over", "were", "was", "is", "are",
                   "have", "has", "had", "will", "would", "could", "can", "may", "might", "did", "do", "does"}


def _verb_use(ctx: Context, a: int, i: int, j: int) -> bool:
    """Whether a form that is as often a noun ("reports", "calls", "show") is a verb here:
    it must follow something that can be its subject ("the Post reports", "polls show",
    "he calls", "who notes") and not open a noun phrase ("reports of", "calls for help say")."""
    norms = ctx.analysis.norms
    if i <= a:
        return False
    if j < len(norms) and (norms[j] in _NOUN_FOLLOWERS or ctx.lexicon.verb_at(norms, j)):
        return False  # "reports of", "attacks on", "calls were", "news reports say"
    p = norms[i - 1]
    if p in {"'s", "'"}:
        return False  # "Clinton's attacks"
    # the verb agrees with its subject: "reports" after a singular, "show" after a plural
    third_singular = norms[i].endswith("s") and not norms[i].endswith("ss")  # "reports", "points out"
    plural = p.endswith("s") and not p.endswith("ss") and len(p) > 3
    if p in {"who", "which", "that"} or p == ")":
        return True
    if p in word_class(ctx, "pronouns"):
        return (p in {"he", "she", "it"}) == third_singular
    if p in word_class(ctx, "aux_adverbs") or p in word_class(ctx, "asides"):
        return p not in {"to", "be", "been", "being", "is", "are", "was", "were"}  # "will call", "also notes"
    if p in word_class(ctx, "determiners") or p in word_class(ctx, "np_prepositions") \
            or p in word_class(ctx, "np_stop"):
        return False
    role = ctx.lexicon.roles.get(p)
    if is_cap(ctx, i - 1) or (role is not None and role.kind in {"anonymous", "title", "person_ref", "document"}):
        return third_singular or plural  # "Reuters reports", "the spokesman notes", "Democrats fear"
    return not third_singular and plural  # "polls show", "analysts fear"


def _strict_frame(ctx: Context, a: int, b: int, i: int, j: int, entry: CueEntry) -> bool:
    """A strict form ("states", "point", "sighs") is a verb only right before what it reports:
    its complementizer, a colon or a quotation ("the audit states that ..."), or closing a
    sentence that a quotation opened ('"...," he sighs.')."""
    norms = ctx.analysis.norms
    w, p = norms[i], norms[i - 1]
    if not w.endswith(("s", "ed", "ing")) and not (p in {"i", "we", "they", "you"} or (
            p.endswith("s") and not ctx.text[ctx.analysis.starts[i - 1]].isupper())):
        return False  # a base form agrees with a plural subject only ("critics protest that"), not "a Times report"
    if j < b and (norms[j] in entry.complementizers or norms[j] == ":" or ctx.text[ctx.analysis.starts[j]] in "“\"‘"):
        return True
    return (j >= b or norms[j] in {".", "!", "?"}) and any(ctx.text[ctx.analysis.starts[k]] in "”\"’"
                                                              for k in range(a, i))


# Verbs of naming whose past participle also labels a thing ("a program called X").
_NAMING = {"call", "name", "dub", "title", "label", "term", "brand"}


def _names_a_thing(ctx: Context, a: int, i: int, j: int) -> bool:
    """'a super PAC called Future45', 'the class titled "Perception"': a participle after a
    common noun introduced by an article labels it; no one is reported."""
    norms = ctx.analysis.norms
    if i <= a or not norms[i].endswith("ed") or (j < len(norms) and norms[j] in {"for", "on", "upon"}):
        return False
    p = norms[i - 1]
    role = ctx.lexicon.roles.get(p)
    if not is_word(ctx, i - 1) or p in word_class(ctx, "pronouns") or p in word_class(ctx, "aux_adverbs") or (
            role is not None and role.kind in {"anonymous", "title", "person_ref"}):
        return False
    if is_cap(ctx, i - 1):
        return False
    for k in range(i - 2, max(a, i - 5) - 1, -1):
        if norms[k] in {"a", "an", "the"}:
            return True
        if not is_word(ctx, k) or is_cap(ctx, k):
            return False
    return False


@cue_filter("en")
def english_cue_use(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> CueUse:
    """Surface checks a lexicon match must pass before the rules see it."""
    a, b = sent_range(ctx, sent)
    if i > a and ctx.text[ctx.analysis.starts[i]].isupper() and not title_case(ctx, a, b):
        return CueUse.SKIP  # a capital mid-sentence: part of a name ("Fox News Sunday")
    if entry.ambiguous and not _verb_use(ctx, a, i, j):
        return CueUse.SKIP  # "a report", "his calls for"
    if entry.strict and not _strict_frame(ctx, a, b, i, j, entry):
        return CueUse.SKIP  # "member states", "the point is"
    if entry.lemma in _NAMING and _names_a_thing(ctx, a, i, j):
        return CueUse.SKIP  # "a program called Sandy Hook Promise"
    if noun_use(ctx, i):
        # "the said agreement" is no cue; "to say", "by calling", "was asked" go to the non-finite rule
        return CueUse.NONFINITE if nonfinite(ctx, i) else CueUse.SKIP
    return CueUse.ANY
