"""English noun phrases around a cue: the speaker scanned back from a verb (``np_back``),
forward after an inverted verb or 'according to' (``np_forward``), addressees ('told Reuters').

They work on surface tokens: a phrase ends at a clause boundary (punctuation, a conjunction,
a relative pronoun: the ``np_stop`` word class)."""

from __future__ import annotations

import re

from attrib.rules.base import Context
from attrib.rules.common import is_word, tok

# Verbs whose object is the addressee ("told Reuters", "assured reporters"), not the claim.
TELL = {
    "tell", "assure", "warn", "remind", "ask", "urge", "inform", "caution", "email", "promise", "accuse",
    "blame", "call", "charge", "question", "praise", "criticize", "criticise", "attack", "slam", "blast",
    "mock", "thank", "advise",
}
_NP_MAX = 9
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DAYS_AND_TIMES = DAYS | {"today", "yesterday", "tonight", "tomorrow", "earlier", "later", "last", "recently", "on"}
# Function words skipped between a cue and its claim ("said to reporters in a statement").
SKIP_AFTER = {"a", "an", "the", "his", "her", "their", "its", "with", "to", "by", "reporters", "journalists"}
# Quantifiers that stand alone as a subject ("others say", "many believe").
_STANDALONE = {"others", "many", "some", "both", "most", "several", "few", "all"}
# Determiners that can also be a plural subject ("many say", "both said").
QUANTIFIERS = {
    "all", "both", "two", "three", "four", "five", "one", "many", "several", "some", "other", "others", "most",
    "few", "more",
}


def word_class(ctx: Context, name: str) -> set[str]:
    return ctx.lexicon.word_class(name)


def is_cap(ctx: Context, k: int) -> bool:
    t = tok(ctx, k)
    return bool(t) and t[0].isupper()


# "R-Ky", "D-S.C", "I-Vt": a party and state label after a US legislator's name.
_PARTY_LABEL = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,4}")
_STATES = {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
           "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
           "va", "vt", "wash", "wis", "wyo"}


def abbrev_dot(ctx: Context, k: int) -> bool:
    """A '.' token that closes an abbreviation ("Mr.", "U.S.", "V.")."""
    if tok(ctx, k) != "." or k == 0:
        return False
    prev = tok(ctx, k - 1)
    if ctx.analysis.ends[k - 1] != ctx.analysis.starts[k]:
        return False
    if prev.lower() == "no" and k + 1 < len(ctx.analysis.norms) and ctx.analysis.norms[k + 1][:1].isdigit():
        return True  # "the No. 2 Republican"
    if _PARTY_LABEL.fullmatch(prev) or prev.lower() in _STATES:
        return True  # "Sen. Rand Paul, R-Ky., said", "Rep. Jim Clyburn (D-S.C.)"
    return (len(prev) == 1 and prev.isupper()) or prev.lower() in {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep",
        "gov", "st", "jr", "sr", "rev", "prof", "u.s", "u.k", "u.n", "d.c", "pres",
    } or ("." in prev and len(prev) <= 5)


def np_back(ctx: Context, a: int, j: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``j`` (inclusive), scanning left; token range."""
    norms = ctx.analysis.norms
    stop = word_class(ctx, "np_stop")
    if j < a:
        return None
    if norms[j] in word_class(ctx, "pronouns"):
        return (j, j + 1)
    k = j
    start = None
    skipped = 0  # punctuation inside the phrase ("Sen.", "(D-R.I.)") does not count towards its length
    while k >= a and j - k - skipped < _NP_MAX:
        w = norms[k]
        if w in {"and", "or"} and k - 1 >= a and k != j and (
                (is_cap(ctx, k - 1) and is_cap(ctx, k + 1)) or
                (norms[k - 1] in ctx.lexicon.roles and is_word(ctx, k + 1)) or
                (is_word(ctx, k - 1) and (k - 2 < a or norms[k - 2] in {",", ";"}) and is_word(ctx, k + 1))):
            start = k  # "Residents of Samanabad and Gulshan-i-Ravi", "Smith and Jones", ", current and former"
            k -= 1
            continue
        if w in stop and is_cap(ctx, k) and k > a and is_cap(ctx, k - 1) and is_word(ctx, k - 1) \
                and norms[k - 1] not in stop:
            start = k  # "Theresa May", "Yin Myint May": a capitalised modal inside a name
            k -= 1
            continue
        if w in stop or (w in word_class(ctx, "pronouns") and k != j):
            break
        if not is_word(ctx, k):
            if (w == ")" and k != j) or (w == ")" and k == j and k - 1 >= a):
                m = k - 1
                while m > a and k - m < 8 and norms[m] != "(":
                    m -= 1
                if norms[m] == "(" and m > a:
                    skipped += k - m + 1
                    k = m - 1  # "Sen. Elizabeth Warren (D-MA) said": the party label stays in
                    continue
                break
            if w in ("'s", "'") or abbrev_dot(ctx, k) or w == "&":
                skipped += w != "'s"
            else:
                break
        elif ctx.lexicon.verb_at(norms, k) and k != j and not is_cap(ctx, k) and norms[k] not in ctx.lexicon.roles \
                and not (k > a and norms[k - 1] in word_class(ctx, "determiners")):
            break
        start = k
        k -= 1
    if start is None:
        return None
    # drop a leading setting ("In a statement", "On Monday") and conjunctions
    preps = word_class(ctx, "np_prepositions")
    lead = word_class(ctx, "openers") | word_class(ctx, "time_words") | word_class(ctx, "settings")
    while start <= j and (norms[start] in lead or norms[start] in preps):
        if norms[start] in preps:
            # skip the whole prepositional phrase up to a setting/time word
            m = start + 1
            while m <= j and norms[m] not in word_class(ctx, "settings") \
                    and norms[m] not in word_class(ctx, "time_words"):
                m += 1
            if m > j:
                break
            start = m + 1
        else:
            start += 1
    if start > j or (not is_word(ctx, j) and norms[j] not in {"'s", ")"} and not abbrev_dot(ctx, j)):
        return None  # (a name may end in an abbreviation: "Joseph R. Biden Jr.")
    if all(norms[t] in word_class(ctx, "determiners") for t in range(start, j + 1)) and norms[j] not in _STANDALONE:
        return None  # "The first votes": a determiner alone is no speaker (but "others say")
    if norms[start] in {"'s"}:
        return None
    return (start, j + 1)


def np_forward(ctx: Context, i: int, b: int, appositive: bool = True) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i``, scanning right; token range."""
    norms = ctx.analysis.norms
    stop = word_class(ctx, "np_stop")
    if i >= b:
        return None
    if norms[i] in word_class(ctx, "pronouns"):
        return (i, i + 1)
    k = i
    while k < b and k - i < _NP_MAX:
        w = norms[k]
        if w in {"to", "with"} and k > i and norms[k - 1] in {"close", "closest", "familiar", "loyal", "allied"}:
            k += 1  # "a source close to the campaign", "people familiar with the talks"
            continue
        if w in stop or (w in DAYS_AND_TIMES and k > i):
            break
        if not is_word(ctx, k) and not (w in ("'s",) or abbrev_dot(ctx, k) or w == "&"):
            break
        k += 1
    if k == i:
        return None
    if k < b - 1 and norms[k] == "(" and is_cap(ctx, k - 1):
        close = next((t for t in range(k + 1, min(b, k + 8)) if norms[t] == ")"), -1)
        if close > 0:
            k = close + 1  # "Sen. Bernie Sanders (I-Vt.)": the party label is part of the name
    end = k
    if appositive and k < b - 1 and tok(ctx, k) == ",":
        m = k + 1
        if _PARTY_LABEL.fullmatch(tok(ctx, m)):
            while m < b and (is_word(ctx, m) or abbrev_dot(ctx, m)):
                m += 1
            if m >= b or norms[m] in {".", ",", "!", "?", '"'}:
                end = m  # "Sen. Lindsey Graham, R-S.C."
                k = m
                m = k + 1
        if k < b - 1 and tok(ctx, k) == "," \
                and (norms[m] in word_class(ctx, "determiners") or norms[m] in ctx.lexicon.roles):
            while (m < b and is_word(ctx, m)) or (m < b and norms[m] in ("'s",)):
                m += 1
            if m >= b or norms[m] in {".", ",", "!", "?", '"'}:
                end = m
        elif k < b - 1 and tok(ctx, k) == "," and norms[k - 1] in ctx.lexicon.roles and is_cap(ctx, m):
            n = m
            while n < b and n - m < 4 and is_word(ctx, n) and is_cap(ctx, n):
                n += 1
            if n >= b or norms[n] in {".", "!", "?", '"'}:
                end = n  # "said another driver, Shahid Anwar.": the name after the role
    return (i, end)


def setting_follows(ctx: Context, k: int, b: int) -> bool:
    """"on Monday", "in a statement", "at a news conference": a time or setting phrase."""
    norms = ctx.analysis.norms
    settings = word_class(ctx, "settings")
    for t in range(k, min(b, k + 4)):
        w = norms[t]
        if w in DAYS_AND_TIMES or w in settings or (w in word_class(ctx, "time_words") and w not in {"in", "on", "at"}):
            return True
        if w not in {"a", "an", "the", "his", "her", "their", "its", "news", "press", "recent", "televised", "joint"}:
            return False
    return False


def addressee(ctx: Context, i: int, b: int) -> tuple[int, int] | None:
    """The person or outlet addressed by "told", "accused", "urged": a short noun phrase
    that stops before a preposition ("accused Trump of ...", "told Fox News host Sean Hannity")."""
    norms = ctx.analysis.norms
    if i < b and norms[i] in _OBJECT_PRONOUNS:
        return (i, i + 1)  # "told him the talks failed"
    k = i
    dets = word_class(ctx, "determiners")
    while k < b and k - i < 7:
        w = norms[k]
        if w in _EN_ADDRESSEE_STOP or w in word_class(ctx, "np_stop") or (not is_word(ctx, k) and w not in ("'s",)
                                                                   and not abbrev_dot(ctx, k)):
            break
        if k > i and w in dets and norms[k - 1] not in dets and w not in QUANTIFIERS:
            break  # "told reporters the talks had failed": a determiner opens the claim
        if k > i and w in word_class(ctx, "pronouns") and w != "it":
            break  # "told Al Jazeera they had been rerouted": the claim's subject
        k += 1
    return (i, k) if k > i else None


_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "reporters", "journalists"}


WH = {"whether", "if", "why", "how", "what", "who", "when", "where", "which"}
LEAD_PREPS = {"in", "at", "on", "during", "after", "before", "speaking", "asked", "while", "when", "with", "from",
               "for", "since", "as", "following", "despite", "amid", "under", "over", "by", "besides", "like"}
# Verbs whose object is itself the claim when nothing follows ("praised her effort").
OBJECT_CLAIM = {"praise", "criticize", "criticise", "attack", "slam", "blast", "mock", "blame", "question", "call",
                 "challenge", "thank", "accuse", "charge"}
_EN_ADDRESSEE_STOP = {"of", "for", "about", "over", "to", "that", "on", "in", "at", "with", "from", "by", "as"}
