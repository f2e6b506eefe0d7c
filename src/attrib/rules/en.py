"""English rules: reporting verbs with the speaker before or after, inversion,
according-to, told + outlet, participles and relative clauses.

They work on surface tokens (no parse): a speaker is the noun phrase next to the cue,
found by scanning away from the cue until a clause boundary (punctuation, a
conjunction, a relative pronoun: the ``np_stop`` word class); a claim is the rest of
the clause on the other side, or the quotation it belongs to.
"""

from __future__ import annotations

import re

from attrib.lexicon.load import CueEntry
from attrib.rules import cue_filter, rule
from attrib.rules.base import Candidate, Context, CueUse, OutletRef
from attrib.rules.common import char_range, is_word, sent_range, tok, trim_chars

# Verbs whose object is the addressee ("told Reuters", "assured reporters"), not the claim.
_TELL = {
    "tell", "assure", "warn", "remind", "ask", "urge", "inform", "caution", "email", "promise", "accuse",
    "blame", "call", "charge", "question", "praise", "criticize", "criticise", "attack", "slam", "blast",
    "mock", "thank", "advise",
}
_NP_MAX = 9
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_DAYS_AND_TIMES = _DAYS | {"today", "yesterday", "tonight", "tomorrow", "earlier", "later", "last", "recently", "on"}
# Function words skipped between a cue and its claim ("said to reporters in a statement").
_SKIP_AFTER = {"a", "an", "the", "his", "her", "their", "its", "with", "to", "by", "reporters", "journalists"}
# Quantifiers that stand alone as a subject ("others say", "many believe").
_STANDALONE = {"others", "many", "some", "both", "most", "several", "few", "all"}
# Determiners that can also be a plural subject ("many say", "both said").
_QUANTIFIERS = {
    "all", "both", "two", "three", "four", "five", "one", "many", "several", "some", "other", "others", "most",
    "few", "more",
}


def _w(ctx: Context, name: str) -> set[str]:
    return ctx.lexicon.word_class(name)


def _is_cap(ctx: Context, k: int) -> bool:
    t = tok(ctx, k)
    return bool(t) and t[0].isupper()


# "R-Ky", "D-S.C", "I-Vt": a party and state label after a US legislator's name.
_PARTY_LABEL = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,4}")
_STATES = {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
           "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
           "va", "vt", "wash", "wis", "wyo"}


def _abbrev_dot(ctx: Context, k: int) -> bool:
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
    stop = _w(ctx, "np_stop")
    if j < a:
        return None
    if norms[j] in _w(ctx, "pronouns"):
        return (j, j + 1)
    k = j
    start = None
    skipped = 0  # punctuation inside the phrase ("Sen.", "(D-R.I.)") does not count towards its length
    while k >= a and j - k - skipped < _NP_MAX:
        w = norms[k]
        if w in {"and", "or"} and k - 1 >= a and k != j and (
                (_is_cap(ctx, k - 1) and _is_cap(ctx, k + 1)) or
                (norms[k - 1] in ctx.lexicon.roles and is_word(ctx, k + 1)) or
                (is_word(ctx, k - 1) and (k - 2 < a or norms[k - 2] in {",", ";"}) and is_word(ctx, k + 1))):
            start = k  # "Residents of Samanabad and Gulshan-i-Ravi", "Smith and Jones", ", current and former"
            k -= 1
            continue
        if w in stop and _is_cap(ctx, k) and k > a and _is_cap(ctx, k - 1) and is_word(ctx, k - 1) \
                and norms[k - 1] not in stop:
            start = k  # "Theresa May", "Yin Myint May": a capitalised modal inside a name
            k -= 1
            continue
        if w in stop or (w in _w(ctx, "pronouns") and k != j):
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
            if w in ("'s", "'") or _abbrev_dot(ctx, k) or w == "&":
                skipped += w != "'s"
            else:
                break
        elif ctx.lexicon.verb_at(norms, k) and k != j and not _is_cap(ctx, k) and norms[k] not in ctx.lexicon.roles \
                and not (k > a and norms[k - 1] in _w(ctx, "determiners")):
            break
        start = k
        k -= 1
    if start is None:
        return None
    # drop a leading setting ("In a statement", "On Monday") and conjunctions
    preps = _w(ctx, "np_prepositions")
    lead = _w(ctx, "openers") | _w(ctx, "time_words") | _w(ctx, "settings")
    while start <= j and (norms[start] in lead or norms[start] in preps):
        if norms[start] in preps:
            # skip the whole prepositional phrase up to a setting/time word
            m = start + 1
            while m <= j and norms[m] not in _w(ctx, "settings") and norms[m] not in _w(ctx, "time_words"):
                m += 1
            if m > j:
                break
            start = m + 1
        else:
            start += 1
    if start > j or (not is_word(ctx, j) and norms[j] not in {"'s", ")"} and not _abbrev_dot(ctx, j)):
        return None  # (a name may end in an abbreviation: "Joseph R. Biden Jr.")
    if all(norms[t] in _w(ctx, "determiners") for t in range(start, j + 1)) and norms[j] not in _STANDALONE:
        return None  # "The first votes": a determiner alone is no speaker (but "others say")
    if norms[start] in {"'s"}:
        return None
    return (start, j + 1)


def np_forward(ctx: Context, i: int, b: int, appositive: bool = True) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i``, scanning right; token range."""
    norms = ctx.analysis.norms
    stop = _w(ctx, "np_stop")
    if i >= b:
        return None
    if norms[i] in _w(ctx, "pronouns"):
        return (i, i + 1)
    k = i
    while k < b and k - i < _NP_MAX:
        w = norms[k]
        if w in {"to", "with"} and k > i and norms[k - 1] in {"close", "closest", "familiar", "loyal", "allied"}:
            k += 1  # "a source close to the campaign", "people familiar with the talks"
            continue
        if w in stop or (w in _DAYS_AND_TIMES and k > i):
            break
        if not is_word(ctx, k) and not (w in ("'s",) or _abbrev_dot(ctx, k) or w == "&"):
            break
        k += 1
    if k == i:
        return None
    if k < b - 1 and norms[k] == "(" and _is_cap(ctx, k - 1):
        close = next((t for t in range(k + 1, min(b, k + 8)) if norms[t] == ")"), -1)
        if close > 0:
            k = close + 1  # "Sen. Bernie Sanders (I-Vt.)": the party label is part of the name
    end = k
    if appositive and k < b - 1 and tok(ctx, k) == ",":
        m = k + 1
        if _PARTY_LABEL.fullmatch(tok(ctx, m)):
            while m < b and (is_word(ctx, m) or _abbrev_dot(ctx, m)):
                m += 1
            if m >= b or norms[m] in {".", ",", "!", "?", '"'}:
                end = m  # "Sen. Lindsey Graham, R-S.C."
                k = m
                m = k + 1
        if k < b - 1 and tok(ctx, k) == "," and (norms[m] in _w(ctx, "determiners") or norms[m] in ctx.lexicon.roles):
            while (m < b and is_word(ctx, m)) or (m < b and norms[m] in ("'s",)):
                m += 1
            if m >= b or norms[m] in {".", ",", "!", "?", '"'}:
                end = m
    return (i, end)


def _setting_follows(ctx: Context, k: int, b: int) -> bool:
    """"on Monday", "in a statement", "at a news conference": a time or setting phrase."""
    norms = ctx.analysis.norms
    settings = _w(ctx, "settings")
    for t in range(k, min(b, k + 4)):
        w = norms[t]
        if w in _DAYS_AND_TIMES or w in settings or (w in _w(ctx, "time_words") and w not in {"in", "on", "at"}):
            return True
        if w not in {"a", "an", "the", "his", "her", "their", "its", "news", "press", "recent", "televised"}:
            return False
    return False


def addressee(ctx: Context, i: int, b: int) -> tuple[int, int] | None:
    """The person or outlet addressed by "told", "accused", "urged": a short noun phrase
    that stops before a preposition ("accused Trump of ...", "told Fox News host Sean Hannity")."""
    norms = ctx.analysis.norms
    if i < b and norms[i] in _OBJECT_PRONOUNS:
        return (i, i + 1)  # "told him the talks failed"
    k = i
    dets = _w(ctx, "determiners")
    while k < b and k - i < 7:
        w = norms[k]
        if w in _EN_ADDRESSEE_STOP or w in _w(ctx, "np_stop") or (not is_word(ctx, k) and w not in ("'s",)
                                                                   and not _abbrev_dot(ctx, k)):
            break
        if k > i and w in dets and norms[k - 1] not in dets and w not in _QUANTIFIERS:
            break  # "told reporters the talks had failed": a determiner opens the claim
        k += 1
    return (i, k) if k > i else None


_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "reporters", "journalists"}


_WH = {"whether", "if", "why", "how", "what", "who", "when", "where", "which"}
_LEAD_PREPS = {"in", "at", "on", "during", "after", "before", "speaking", "asked", "while", "when", "with", "from",
               "for", "since", "as", "following", "despite", "amid", "under", "over", "by", "besides", "like"}
# Verbs whose object is itself the claim when nothing follows ("praised her effort").
_OBJECT_CLAIM = {"praise", "criticize", "criticise", "attack", "slam", "blast", "mock", "blame", "question", "call",
                 "challenge", "thank", "accuse", "charge"}
_EN_ADDRESSEE_STOP = {"of", "for", "about", "over", "to", "that", "on", "in", "at", "with", "from", "by", "as"}


def _outlet_in(ctx: Context, i: int, j: int) -> OutletRef | None:
    """An outlet named in tokens ``i .. j-1``."""
    for k in range(i, j):
        m = ctx.outlet_at(k)
        if m and k + m.length <= j:
            return OutletRef(m.name, "channel", char_range(ctx, k, k + m.length))
    # a capitalised name ending in a newspaper word the gazetteer lacks ("the Riverton Herald")
    last = j - 1
    if last > i and ctx.analysis.norms[last] in _w(ctx, "outlet_heads") and _is_cap(ctx, last):
        first = last
        while first - 1 >= i and is_word(ctx, first - 1) and _is_cap(ctx, first - 1):
            first -= 1
        if first < last:
            span = char_range(ctx, first, last + 1)
            return OutletRef(ctx.text[span[0]:span[1]], "channel", span)
    return None


def _extend_quote(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Grow a claim to the whole quotation it starts or ends in (multi-sentence quotes)."""
    q = ctx.quote_at(start)
    if q and q[0] == start and q[1] > end:
        end = q[1]
    q2 = ctx.quote_at(max(start, end - 1))
    if q2 and q2[1] >= end - 1 and q2[0] < start:
        start = q2[0]
    return start, end


def content_after(
    ctx: Context, sent: int, k: int, entry: CueEntry
) -> tuple[tuple[int, int] | None, OutletRef | None, bool]:
    """Claim after the cue ending at token ``k``: (char range, outlet channel, saw 'that'/':')."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    outlet = None
    marked = False
    settings = _w(ctx, "settings")
    times = _w(ctx, "time_words")
    # addressee of "told X", "assured reporters"
    if k < b and entry.lemma in _TELL and norms[k] not in {"that", ":"} | times:
        np = addressee(ctx, k, b)
        if np:
            outlet = _outlet_in(ctx, np[0], np[1])
            rest = np[1]
            while rest < b and not is_word(ctx, rest) and norms[rest] != '"':
                rest += 1
            participle_next = rest < b - 1 and norms[np[1]] == "," and norms[rest].endswith("ing") \
                and ctx.lexicon.verb_at(norms, rest) is not None  # "praised the farmers, saying ..."
            if (rest >= b or participle_next) and entry.lemma in _OBJECT_CLAIM:
                # "praised her effort", "called the plan a disaster": the object is what is said
                s, e = trim_chars(ctx.text, ctx.analysis.starts[np[0]], ctx.analysis.ends[np[1] - 1])
                return ((s, e) if e - s >= 3 else None), outlet, True
            k = np[1]
            if k < b and norms[k] in {"of", "for", "about", "over"}:
                k += 1  # "accused Trump of using ...": the governed preposition opens the claim
    guard = 0
    while k < b and guard < 10:
        guard += 1
        w = norms[k]
        if w in _SKIP_AFTER and w not in {"to", "with", "by", "reporters", "journalists"} and not (
            k + 1 < b and (norms[k + 1] in settings or norms[k + 1] in times)
        ):
            break  # "said the talks failed": a determiner opens the claim
        if w in {"after", "before", "during", "following", "at", "in", "on", "of", "about"}:
            m = next((t for t in range(k + 1, min(b, k + 10)) if not is_word(ctx, t) or norms[t] == "that"), b)
            if m < b and norms[m] == "that" and m > k + 1:
                outlet = outlet or _outlet_in(ctx, k + 1, m)  # "said in an interview with Reuters that"
                k = m  # "said after a lunch on Tuesday that ...": the adjunct is not the claim
                continue
        if w in {"in", "on", "at", "during"} and not _setting_follows(ctx, k + 1, b):
            break  # "said at least one ...": the preposition belongs to the claim
        if w in times or w in settings or w in _SKIP_AFTER:
            if w == "to" and k + 1 < b and entry.lemma != "say":
                break
            if w in {"to", "with"} and k + 1 < b:
                np = np_forward(ctx, k + 1, b, appositive=False)
                if np:
                    o = _outlet_in(ctx, np[0], np[1])
                    if o:
                        outlet = o
                        k = np[1]
                        continue
                    if np[1] < b and norms[np[1]] in {":", "that"}:
                        k = np[1]  # "said to reporters: ...", "says to Nevadans: ..."
                        continue
            k += 1
            continue
        if w in {"that", ":"}:
            if w == "that" and (k + 1 >= b or not is_word(ctx, k + 1)):
                break  # "knows that," : a pronoun, not a complementizer
            marked = True
            if w == "that":
                break  # news-attribution annotation (PolNeAR) keeps "that" at the head of the claim
            k += 1
            continue
        if w == "," and k + 1 < b and ctx.text[ctx.analysis.starts[k + 1]] in "“\"«":
            k += 1
            continue
        break
    if k >= b:
        return None, outlet, marked
    if norms[k] in _WH:
        marked = True  # "asked whether ...", "wondered why ...": an indirect question is a claim slot
    start = ctx.analysis.starts[k]
    last = _next_report(ctx, k, b)
    end = ctx.analysis.ends[last - 1]
    start, end = _extend_quote(ctx, start, end)
    start, end = trim_chars(ctx.text, start, end)
    if end - start < 3:
        return None, outlet, marked
    if ctx.text[start] in "“\"«":
        marked = True
    return (start, end), outlet, marked


def _next_report(ctx: Context, k: int, b: int) -> int:
    """Where a claim starting at token ``k`` ends: the sentence end, or the comma before the
    same speaker's next report ("said the talks failed, adding that ...", ", according to").
    Commas inside a quotation do not count."""
    norms = ctx.analysis.norms
    for t in range(k + 1, b - 1):
        if norms[t] not in {",", ";"} or ctx.quote_at(ctx.analysis.starts[t]) is not None:
            continue
        hit = ctx.lexicon.verb_at(norms, t + 1)
        if not hit or t <= k + 1:
            continue
        according = hit[1].kind == "according_to"
        if (norms[t + 1].endswith("ing") and not according) or (according and "," not in norms[t + 2:b]):
            return t  # (an according-to phrase between commas is an aside inside the claim)
    return b


def content_before(ctx: Context, sent: int, end_tok: int) -> tuple[int, int] | None:
    """Claim from the start of the sentence (or of its quotation) to token ``end_tok``."""
    a, _ = sent_range(ctx, sent)
    k = _skip_dateline(ctx, a, end_tok)  # "RIVERTON (Reuters) - Tolls will ..."
    # (a sentence-initial "And"/"But" stays: the claim is the whole sentence, as annotated)
    if k >= end_tok:
        return None
    start = ctx.analysis.starts[k]
    end = ctx.analysis.ends[end_tok - 1]
    s2, e2 = trim_chars(ctx.text, start, end)
    if e2 <= s2:
        return None
    q = ctx.quote_at(e2 - 1)
    if q and e2 <= q[1] <= end + 1:
        # the claim is (the end of) a quotation, possibly opened sentences earlier
        s2, e2 = min(s2, q[0]), q[1]
        return (s2, e2) if e2 - s2 >= 3 else None
    if q is None:
        q0 = ctx.quote_at(start)
        if q0 and q0[0] < start:
            s2 = q0[0]
    s2, e2 = trim_chars(ctx.text, s2, e2)
    if e2 - s2 < 3:
        return None
    return s2, e2


def _after_quote_continuation(ctx: Context, sent: int, cue_end_char: int) -> tuple[int, int] | None:
    """'"A," X said. "B."' or '"A," said X, "B."': the quotation that resumes the claim."""
    text = ctx.text
    _a, b = sent_range(ctx, sent)
    sent_end = ctx.analysis.ends[b - 1]
    k = cue_end_char
    while k < sent_end and text[k] not in "“\"«.":
        k += 1
    if k < sent_end and text[k] in "“\"«":
        q = ctx.quote_at(k)
        if q and q[0] == k:
            return q
    sents = ctx.analysis.article.sentences
    if sent + 1 < len(sents) and sents[sent + 1].paragraph == sents[sent].paragraph:
        nxt = sents[sent + 1].span
        if text[nxt.start] in "“\"«":
            q = ctx.quote_at(nxt.start)
            if q and q[0] == nxt.start and not _has_cue(ctx, q):
                return q
    return None


def _has_cue(ctx: Context, q: tuple[int, int]) -> bool:
    """Whether a quotation is followed, in its sentence, by a cue of its own."""
    a = ctx.analysis
    for _sidx, (s, e) in enumerate(a.sentence_tokens):
        if s < e and a.starts[s] <= q[1] <= a.ends[e - 1] + 1:
            for k in range(s, e):
                if a.starts[k] >= q[1] and ctx.lexicon.verb_at(a.norms, k):
                    return True
    return False


_PASSIVE = {"been", "was", "were", "is", "are", "be", "being"}
_GERUND_BEFORE = {"in", "by", "with", "without", "of", "for", "me", "him", "her", "them", "us", "this", "that", "great",
                  "the", "a", "his", "their", "my", "our", "your", "its"}


# Verbs whose subject also performs an infinitive report: "took to Twitter to say" is
# covered by "to"; "was prompted to say", "declined to comment" are not reports.
_INFINITIVE_HOSTS = {"went", "took", "used", "wants", "wanted", "plans", "planned", "tried", "sought", "rushed",
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


def _noun_use(ctx: Context, i: int) -> bool:
    """'the said agreement', 'a report', 'has been accused': not a report by a speaker."""
    if i == 0:
        return False
    p = ctx.analysis.norms[i - 1]
    if p == "to":
        return True  # an infinitive ("to conclude", "to say") reports nothing yet
    if p == "'s" and i >= 2 and ctx.analysis.norms[i - 2] not in _w(ctx, "pronouns"):
        return True  # "Trump's reported net worth" (but "he's said")
    if ctx.analysis.norms[i].endswith("ing") and p in _GERUND_BEFORE:
        return True  # "in saying", "me saying", "this saying": a gerund or a noun
    if _passive(ctx, i):
        return True
    return p in _w(ctx, "determiners") and p not in _QUANTIFIERS


def _strong(entry: CueEntry, marked: bool) -> bool:
    return not entry.weak or marked


def _clear_subject(ctx: Context, np: tuple[int, int]) -> bool:
    """A third-person subject that is a name, a role or a group ("Democrats want ...",
    "4 in 10 voters want ..."): enough evidence for a weak cue such as want or support."""
    norms = ctx.analysis.norms
    if norms[np[0]] in {"it", "there", "this", "that"}:
        return False  # "it seems", "there appears": impersonal
    if np[1] - np[0] == 1 and norms[np[0]] in {"he", "she", "they", "who", "which", "i", "we"}:
        return True
    last = norms[np[1] - 1]
    return _is_cap(ctx, np[1] - 1) or last in ctx.lexicon.roles or (last.endswith("s") and last not in {"this", "its"})


def _candidate(rule_id: str, sent: int, i: int, j: int, entry: CueEntry, content: tuple[int, int],
               speaker: tuple[int, int] | None, hint: str, outlet: OutletRef | None,
               extra: tuple[int, int] | None = None, conf: float = 0.8) -> Candidate:
    parts = (content,) if extra is None or extra == content else (content, extra)
    if entry.weak:
        conf -= 0.2
    return Candidate(rule_id, (i, j), entry, sent, parts, speaker, hint, outlet, conf)


def _hint(ctx: Context, np: tuple[int, int]) -> str:
    return "pronoun" if np[1] - np[0] == 1 and ctx.analysis.norms[np[0]] in _w(ctx, "pronouns") else "np"


@rule("en.according_to", lang="en", priority=10)
def according_to(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'according to X, CLAIM' and 'CLAIM, according to X'."""
    if entry.mark:
        return None
    if entry.kind != "according_to" or entry.lemma in {"find", "show"}:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    np = np_forward(ctx, j, b, appositive=False)
    if not np:
        return None
    outlet = None
    for k in range(np[0], np[1]):
        m = ctx.outlet_at(k)
        if m:
            outlet = OutletRef(m.name, "reporter", char_range(ctx, k, k + m.length))
            break
    lead = a
    while lead < i and norms[lead] in _w(ctx, "openers"):
        lead += 1
    # "which, according to Pakistan, supports ...": the claim is the clause that resumes
    parenthetical = i > a and norms[i - 1] == "," and np[1] < b - 3 and norms[np[1]] == ","
    if lead == i or parenthetical:  # sentence-initial: the claim follows
        k = np[1]
        while k < b and not is_word(ctx, k) and norms[k] not in {'"', "“"}:
            k += 1
        if k >= b:
            return None
        s, e = trim_chars(ctx.text, ctx.analysis.starts[k], ctx.analysis.ends[b - 1])
        content = (s, e)
    else:
        c = content_before(ctx, sent, i)
        if not c:
            return None
        content = c
    return _candidate("en.according_to", sent, i, j, entry, content, np, "np", outlet, conf=0.9)


@rule("en.verb.participle", lang="en", priority=20)
def participle(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'..., saying (that) CLAIM' / '..., adding CLAIM': the subject is the sentence's."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if not norms[i].endswith("ing") or i == a or tok(ctx, i - 1) != ",":
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    subj = sentence_subject(ctx, sent)
    if not content or not (_strong(entry, marked) or (subj and _clear_subject(ctx, subj))):
        return None
    if subj and subj[1] <= i:
        return _candidate("en.verb.participle", sent, i, j, entry, content, subj, _hint(ctx, subj), outlet, conf=0.7)
    return _candidate("en.verb.participle", sent, i, j, entry, content, None, "subject", outlet, conf=0.7)


# Words that may follow an inverted speaker ('said the man who ...', 'said X when asked ...',
# 'said X at the time, adding ...'): a relative clause or an adjunct, not more of the claim.
_AFTER_SPEAKER = {"who", "whose", "when", "while", "after", "during", "before", "known", "identified"}


@rule("en.verb.inverted", lang="en", priority=30)
def inverted(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'CLAIM, said X.' and '"A," said X, "B."'"""
    if entry.mark:
        return None
    a, b = sent_range(ctx, sent)
    if i == a or j >= b:
        return None
    prev = tok(ctx, i - 1)
    if prev not in {",", "”", '"', "»", "“"} and ctx.analysis.norms[i - 1] != '"':
        return None
    if entry.lemma in _TELL:
        return None  # ", told AFP": the phrase after the cue is the addressee, not the speaker
    norms = ctx.analysis.norms
    if prev == ",":
        sb = subject_back(ctx, a, i - 1)
        if sb and any(tok(ctx, t) == "," for t in range(sb[0], sb[1])) and (
                _is_cap(ctx, sb[0]) or norms[sb[0]] in ctx.lexicon.roles):
            return None  # "Stuart Stevens, a Republican operative, said the way ...": the speaker is before
    n = j
    while n < b - 1 and norms[n] in _DAYS_AND_TIMES:
        n += 1  # "said Sunday Benjamin Rhodes"
    if norms[n] in {"that", ":"} or (norms[n] in _w(ctx, "pronouns") and n + 1 < b and is_word(ctx, n + 1)):
        return None
    first = norms[n]
    if first in _ADJUNCT_OPENERS or first in _w(ctx, "np_prepositions") or first in _w(ctx, "time_words") \
            or (first.endswith("ly") and not _is_cap(ctx, n)) or ("-" in first and not _is_cap(ctx, n)):
        return None  # "said in a statement", "said matter-of-factly": no speaker follows
    np = np_forward(ctx, n, b)
    if not np:
        return None
    end_np = np[1]
    if end_np < b - 1 and norms[end_np] == "(":
        close = next((t for t in range(end_np + 1, min(b, end_np + 8)) if norms[t] == ")"), -1)
        if close > 0:
            np = (np[0], close + 1)  # 'said Rep. Bobby Scott (D-Va.)': the party label stays in
            end_np = close + 1
    if end_np < b and norms[end_np] not in {".", ",", "!", "?", '"', ";"} and not (
            norms[end_np] in _AFTER_SPEAKER or _setting_follows(ctx, end_np, b)
            or (norms[end_np] in {"in", "on", "at", "during"} and _setting_follows(ctx, end_np + 1, b))
            or (norms[end_np].endswith("ing") and len(norms[end_np]) > 4)):
        return None  # the phrase goes on: no speaker of its own
    content = content_before(ctx, sent, i)
    if not content or (entry.weak and not ctx.quote_at(content[0])):
        return None
    extra = _after_quote_continuation(ctx, sent, ctx.analysis.ends[end_np - 1])
    r = end_np + 1 if end_np < b - 1 and norms[end_np] == "," else end_np
    if r < b and norms[r] in {"who", "whose"}:
        # "said Geoff Garin, who was then a member of the campaign": the relative clause describes
        # the speaker and belongs to the source
        m = next((t for t in range(r + 1, b) if norms[t] in {",", ".", ";", "!", "?", '"'}), b)
        np = (np[0], m)
    outlet = None
    return _candidate("en.verb.inverted", sent, i, j, entry, content, np, _hint(ctx, np), outlet, extra, 0.85)


def subject_back(ctx: Context, a: int, k: int) -> tuple[int, int] | None:
    """The speaker ending at token ``k``, with an apposition between commas:
    "Omar Siddiqui, an economist at the Centre, said" -> the whole phrase; a participle
    with its time ("A report released on Wednesday said") is stepped over."""
    norms = ctx.analysis.norms
    if k > a and norms[k] in {"who", "which"}:
        return (k, k + 1)  # the relative pronoun is the source; the resolver finds its antecedent
    m = k
    times = _w(ctx, "time_words")
    while m > a and (norms[m] in times or (_is_cap(ctx, m) and norms[m] in _DAYS)):
        m -= 1
    if m < k and m > a and norms[m].endswith("ed") and norms[m] in _w(ctx, "np_stop"):
        return np_back(ctx, a, m - 1)
    if k - 1 > a and tok(ctx, k) == "," and tok(ctx, k - 1) == ")":
        head = np_back(ctx, a, k - 1)
        if head and _is_cap(ctx, head[0]):
            return head  # "Sen. Jack Reed (D-R.I.), said": a stray comma after the party label
    if k >= a and tok(ctx, k) in {",", "—", "–"} and k - 1 > a:
        # one or more appositions: "Woodrow Benford, 58, who lives outside Minneapolis, says"
        delim = tok(ctx, k)
        end = k
        m = k - 1
        for _ in range(3):
            while m > a and end - m < 25 and (tok(ctx, m) not in {",", ".", ";", ":", "—", "–", "(", ")"}
                                               or _abbrev_dot(ctx, m)):
                m -= 1
            if not (m > a and tok(ctx, m) in {",", delim} and m + 1 < end):
                return None
            first = norms[m + 1]
            if (first in {"also", "now", "then", "still"} or (first.endswith("ing") and len(first) > 4)) \
                    and end == k:
                # "Hillary Clinton, also campaigning in Wisconsin, said": an aside, not an apposition
                head = np_back(ctx, a, m - 1)
                if head and (_is_cap(ctx, m - 1) or norms[m - 1] in ctx.lexicon.roles):
                    return head
                return None
            if first in _w(ctx, "np_stop") and first not in {"who", "whose", "which"}:
                return None
            head = np_back(ctx, a, m - 1)
            if head and (_is_cap(ctx, m - 1) or norms[m - 1] in ctx.lexicon.roles or norms[m - 1] == ")"):
                return (head[0], k)
            if head and end == k and all(_is_cap(ctx, t) for t in range(m + 1, end) if is_word(ctx, t)) \
                    and norms[head[0]] in _w(ctx, "determiners"):
                return (head[0], k)  # "Another delegate on the slate, Jim Poolman, said": the name
            end = m
            m -= 1
        return None
    return np_back(ctx, a, k)


_ADJUNCT_OPENERS = {"after", "before", "during", "while", "following", "when", "as", "at", "in", "on", "from",
                    "for", "via", "by", "since", "amid", "ahead", "without", "despite", "about", "of"}


def _adjunct_tail(ctx: Context, j: int, m: int, entry: CueEntry) -> bool:
    """Whether tokens j..m-1 after a final cue are only time, place, addressee or manner."""
    norms = ctx.analysis.norms
    ok = _w(ctx, "time_words") | _w(ctx, "settings") | _SKIP_AFTER | {"reporters", "journalists", "also"}
    k = j
    if entry.lemma in _TELL and k < m:
        np = np_forward(ctx, k, m, appositive=False)  # the addressee: "told Fox News host Sean Hannity"
        if np:
            k = np[1]
    while k < m:
        w = norms[k]
        if w in _ADJUNCT_OPENERS:
            return True
        if w in ok or _is_cap(ctx, k) or ctx.outlet_at(k) or not is_word(ctx, k) or w in _w(ctx, "aux_adverbs") \
                or (w.endswith("ly") and len(w) > 4):
            k += 1  # time, place, an outlet, a manner adverb ("said matter-of-factly")
            continue
        if entry.lemma in _TELL and k == j:
            k += 1
            continue
        return False
    return True


def _parenthetical_back(ctx: Context, a: int, k: int) -> int:
    """Start of a comma-enclosed aside ending at token ``k`` (", however," ", in a statement,"),
    or ``k + 1`` when there is none: the aside separates a subject from its verb."""
    norms = ctx.analysis.norms
    if k - 2 < a or tok(ctx, k) != ",":
        return k + 1
    m = k - 1
    while m > a and k - m <= 6 and tok(ctx, m) != ",":
        m -= 1
    if tok(ctx, m) != "," or m + 1 >= k:
        return k + 1
    inner = norms[m + 1:k]
    asides = _w(ctx, "asides")
    if all(w in asides for w in inner):
        return m
    if inner[0] in {"in", "on", "at", "for", "during", "after", "speaking"} and len(inner) <= 5:
        return m  # ", in a statement," ", on Monday," ", for his part," ", in turn,"
    return k + 1


def _skip_aux_back(ctx: Context, a: int, i: int) -> int:
    """Index of the last token of the subject before cue ``i`` (auxiliaries and asides skipped)."""
    k = i - 1
    aux = _w(ctx, "aux_adverbs")
    asides = _w(ctx, "asides")
    norms = ctx.analysis.norms
    while k >= a:
        if (norms[k] in aux or norms[k] in asides) and norms[k] not in _w(ctx, "pronouns") \
                and not (_is_cap(ctx, k) and k > a and _is_cap(ctx, k - 1) and is_word(ctx, k - 1)):
            k -= 1  # (but "Theresa May said": a capitalised "May" after a name is the name)
        elif norms[k].endswith("ly") and len(norms[k]) > 4 and not _is_cap(ctx, k):
            k -= 1
        elif (m := _parenthetical_back(ctx, a, k)) <= k:
            k = m - 1
        else:
            break
    return k


@rule("en.verb.speaker_after_content", lang="en", priority=40)
def speaker_after_content(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'CLAIM, X said.' and '"CLAIM," X said.'"""
    if entry.mark:
        return None
    a, b = sent_range(ctx, sent)
    k = _skip_aux_back(ctx, a, i)
    np = subject_back(ctx, a, k)
    if not np or np[0] == a:
        return None
    before = tok(ctx, np[0] - 1)
    if before not in {",", "”", '"', "»", "—", "–", "-", "“"} and ctx.analysis.norms[np[0] - 1] != '"':
        return None
    # the cue clause must end the sentence (allowing time/setting words and an outlet)
    m = j
    norms = ctx.analysis.norms
    outlet = None
    while m < b and norms[m] not in {".", "!", "?", ",", ";", '"', "“", "”"}:
        if norms[m] in {"that", ":"}:
            return None
        m += 1
    if not _adjunct_tail(ctx, j, m, entry):
        return None  # "..., experts say Pakistan could ...": the claim follows the cue
    if entry.lemma in _TELL or m > j:
        outlet = _outlet_in(ctx, j, m)
    if m - j > 15:
        return None
    content = content_before(ctx, sent, np[0])
    if not content or (entry.weak and not ctx.quote_at(content[0])):
        return None
    extra = _after_quote_continuation(ctx, sent, ctx.analysis.ends[m - 1] if m > j else ctx.analysis.ends[j - 1])
    return _candidate(
        "en.verb.speaker_after_content", sent, i, j, entry, content, np, _hint(ctx, np), outlet, extra, 0.9
    )


@rule("en.verb.relative", lang="en", priority=45)
def relative(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'..., which Pakistan says supports ...': a cue inside a relative clause."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    k = _skip_aux_back(ctx, a, i)
    np = np_back(ctx, a, k)
    if not np or np[0] == a or ctx.analysis.norms[np[0] - 1] not in {"which", "who"}:
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    if not content or not _strong(entry, marked):
        return None
    return _candidate("en.verb.relative", sent, i, j, entry, content, np, _hint(ctx, np), outlet, conf=0.7)


def _skip_dateline(ctx: Context, k: int, b: int) -> int:
    """The first token after a dateline ("WASHINGTON (Reuters) -", "PARIS —", "ISLAMABAD,
    March 14 (Reuters) -", "LAHORE, Pakistan -"), or ``k``."""
    text = ctx.text
    norms = ctx.analysis.norms
    m = k
    while m < b and is_word(ctx, m) and text[ctx.analysis.starts[m]:ctx.analysis.ends[m]].isupper() and m - k < 4:
        m += 1
    if m == k or m >= b:
        return k
    for _ in range(3):
        if m < b and norms[m] == ",":  # the place's country, the date
            m += 1
            while m < b and is_word(ctx, m) and (_is_cap(ctx, m) or norms[m].isdigit()) and norms[m] != "-":
                m += 1
        elif m < b and norms[m] == "(":
            close = next((t for t in range(m + 1, min(b, m + 6)) if norms[t] == ")"), -1)
            if close < 0:
                return k
            m = close + 1
        else:
            break
    if m < b and norms[m] == "-":
        return m + 1
    return k


def sentence_subject(ctx: Context, sent: int) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence (after conjunctions and a leading setting)."""
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    k = a
    q = ctx.quote_at(ctx.analysis.starts[a])
    if q is not None:
        # '"We will win," he said, adding ...': the subject follows the opening quotation
        while k < b and ctx.analysis.starts[k] < q[1]:
            k += 1
    while k < b and (norms[k] in _w(ctx, "openers") or not is_word(ctx, k)):
        k += 1
    k = _skip_dateline(ctx, k, b)
    cue = ctx.lexicon.verb_at(norms, k) if k < b and q is not None and not _is_cap(ctx, k) else None
    if cue:
        k += cue[0]  # '"We will win," said Ms. Khan, adding ...': the speaker follows the cue
    if k < b and (norms[k] in _LEAD_PREPS or norms[k].endswith("ing") or norms[k].endswith("ed")):
        # "At a campaign event in Ames, Mrs. Clinton ...": the subject follows the setting
        comma = next((t for t in range(k, min(b, k + 15)) if norms[t] == ","), -1)
        if comma > 0:
            k = comma + 1
    np = np_forward(ctx, k, b) if k < b else None
    if np and k > a and np[1] < b - 2 and norms[np[1]] == "," and _is_cap(ctx, np[1] + 1):
        # "Speaking in Salem, New Hampshire, Trump went ...": the place's state, then the subject
        m = np[1] + 1
        while m < b and ((_is_cap(ctx, m) and is_word(ctx, m)) or _abbrev_dot(ctx, m)):
            m += 1
        if m < b and is_word(ctx, m) and not _is_cap(ctx, m) and norms[m] not in _w(ctx, "determiners"):
            np = (np[1] + 1, m)
    if np:
        for t in range(np[0] + 1, np[1]):
            if ctx.lexicon.verb_at(norms, t) and not _is_cap(ctx, t):
                return (np[0], t)
    return np


@rule("en.verb.coordinated", lang="en", priority=48)
def coordinated(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'Graham called Trump "crazy" and said CLAIM': the subject of the first verb speaks."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    k = _skip_aux_back(ctx, a, i)
    norms = ctx.analysis.norms
    if k <= a or norms[k] not in {"and", "but", "then"}:
        return None
    if norms[k] == "then" and k - 1 > a and norms[k - 1] == "and":
        k -= 1
    subj = sentence_subject(ctx, sent)
    if not subj or subj[1] > k:
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    if not content or not (_strong(entry, marked) or (_clear_subject(ctx, subj) and entry.kind != "belief")):
        return None  # "... and wants a recount": far from its subject, a belief needs its clause
    return _candidate("en.verb.coordinated", sent, i, j, entry, content, subj, _hint(ctx, subj), outlet, conf=0.7)


@rule("en.verb.initial_participle", lang="en", priority=8)
def initial_participle(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'Asked whether X, Ryan said, "Sure."': the question is the main speaker's too."""
    if entry.mark or entry.kind == "according_to":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    k = a
    while k < i and norms[k] in {"when", "if", "once", "after"}:
        k += 1
    if k != i or not (norms[i].endswith("ed") or norms[i].endswith("ing")):
        return None
    comma = next((t for t in range(j, b) if tok(ctx, t) == ","), -1)
    if comma < 0 or comma + 1 >= b:
        return None
    subj = np_forward(ctx, comma + 1, b, appositive=False)
    if not subj:
        return None
    for t in range(subj[0] + 1, subj[1]):
        if ctx.lexicon.verb_at(norms, t):
            subj = (subj[0], t)  # "Carson said": the subject ends before the main verb
            break
    s, e = trim_chars(ctx.text, ctx.analysis.starts[j], ctx.analysis.ends[comma - 1])
    if e - s < 3:
        return None
    return _candidate("en.verb.initial_participle", sent, i, j, entry, (s, e), subj, _hint(ctx, subj), None,
                      conf=0.6)


@rule("en.verb.when_asked", lang="en", priority=9)
def when_asked(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'..., Trump told ITV when asked how ties would fare': the question is put to the subject."""
    if entry.lemma not in {"ask", "question", "press"} or not ctx.analysis.norms[i].endswith("ed"):
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i - 1 <= a or norms[i - 1] not in {"when", "being", "after", "if", "once", "while"}:
        return None
    end = next((t for t in range(j, b) if norms[t] in {",", ";"}), b)
    s, e = trim_chars(ctx.text, ctx.analysis.starts[j], ctx.analysis.ends[end - 1]) if end > j else (0, 0)
    if e - s < 3:
        return None
    # the question was put to whoever speaks in the main clause: the previous speaker
    return _candidate("en.verb.when_asked", sent, i, j, entry, (s, e), None, "subject", None, conf=0.6)


@rule("en.verb.speaker_before", lang="en", priority=50)
def speaker_before(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'X said (that) CLAIM', 'X told Reuters CLAIM', 'X said: "CLAIM"'."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    k = _skip_aux_back(ctx, a, i)
    np = subject_back(ctx, a, k)
    if not np or (ctx.lexicon.verb_at(ctx.analysis.norms, np[1] - 1) and not _is_cap(ctx, np[1] - 1)):
        return None  # "Pakistan says supports ...": the verb before is the cue, this one is in its claim
    if np[0] > a and ctx.analysis.norms[np[0] - 1] in {"what", "whatever"}:
        return None  # "what the pundits say": a free relative names what was said, it reports nothing
    content, outlet, marked = content_after(ctx, sent, j, entry)
    if not content or not (_strong(entry, marked) or _clear_subject(ctx, np)):
        return None
    return _candidate("en.verb.speaker_before", sent, i, j, entry, content, np, _hint(ctx, np), outlet,
                      conf=0.85 if marked else 0.75)


def _title_case(ctx: Context, a: int, b: int) -> bool:
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
    if p in _w(ctx, "pronouns"):
        return (p in {"he", "she", "it"}) == third_singular
    if p in _w(ctx, "aux_adverbs") or p in _w(ctx, "asides"):
        return p not in {"to", "be", "been", "being", "is", "are", "was", "were"}  # "will call", "also notes"
    if p in _w(ctx, "determiners") or p in _w(ctx, "np_prepositions") or p in _w(ctx, "np_stop"):
        return False
    role = ctx.lexicon.roles.get(p)
    if _is_cap(ctx, i - 1) or (role is not None and role.kind in {"anonymous", "title", "person_ref"}):
        return third_singular or plural  # "Reuters reports", "the spokesman notes", "Democrats fear"
    return not third_singular and plural  # "polls show", "analysts fear"


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
    if not is_word(ctx, i - 1) or p in _w(ctx, "pronouns") or p in _w(ctx, "aux_adverbs") or (
            role is not None and role.kind in {"anonymous", "title", "person_ref"}):
        return False
    if _is_cap(ctx, i - 1):
        return False
    for k in range(i - 2, max(a, i - 5) - 1, -1):
        if norms[k] in {"a", "an", "the"}:
            return True
        if not is_word(ctx, k) or _is_cap(ctx, k):
            return False
    return False


@cue_filter("en")
def english_cue_use(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> CueUse:
    """Surface checks a lexicon match must pass before the rules see it."""
    a, b = sent_range(ctx, sent)
    if i > a and ctx.text[ctx.analysis.starts[i]].isupper() and not _title_case(ctx, a, b):
        return CueUse.SKIP  # a capital mid-sentence: part of a name ("Fox News Sunday")
    if entry.ambiguous and not _verb_use(ctx, a, i, j):
        return CueUse.SKIP  # "a report", "his calls for"
    if entry.lemma in _NAMING and _names_a_thing(ctx, a, i, j):
        return CueUse.SKIP  # "a program called Sandy Hook Promise"
    if _noun_use(ctx, i):
        # "the said agreement" is no cue; "to say", "by calling", "was asked" go to the non-finite rule
        return CueUse.NONFINITE if nonfinite(ctx, i) else CueUse.SKIP
    return CueUse.ANY


@rule("en.colon", lang="en", priority=5)
def colon(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'Graham: Trump's rhetoric is hateful' (headline), 'pollster Daron Shaw: "..."'."""
    if entry.lemma != ":":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    np = np_back(ctx, a, i - 1)
    if not np or j >= b:
        return None
    stop = _w(ctx, "colon_not_speakers")
    lead = a
    while lead < i and (not is_word(ctx, lead) or (norms[lead] in stop and lead + 1 < i and norms[lead + 1] == "-")):
        lead += 1  # '"Chris Matthews: ...', 'EXCLUSIVE – Roger Stone: ...'
    quote_next = ctx.text[ctx.analysis.starts[j]] in "“\"«"
    if np[0] != lead and not quote_next:
        head = np_forward(ctx, lead, i, appositive=False)
        if not (head and head[1] < np[0] and norms[head[1]] in {"to", "on"}
                and _is_cap(ctx, head[1] - 1) and _title_case(ctx, a, b)):
            return None
        np = head  # headline 'Clinton to Planned Parenthood: CLAIM', 'Gillibrand on Hillary's speeches: CLAIM'
    words = [t for t in range(np[0], np[1]) if is_word(ctx, t)]
    if not words or len(words) > 7 or not any(_is_cap(ctx, t) or norms[t] in ctx.lexicon.roles for t in words):
        return None
    label = " ".join(norms[t] for t in words)
    name = ctx.outlet_at(words[0]) or ctx.entity_at(words[0])
    named = name is not None and words[0] + name.length > words[-1]  # the whole label is one name
    if label in stop or (not named and any(norms[t] in stop for t in words)) or any(ch.isdigit() for ch in label):
        return None  # "Editor's note:", "Breaking News:", "Delegate Update:"
    if any(ctx.lexicon.verb_at(norms, t) for t in range(lead, i)):
        return None  # "Schumer tweeted:", "She says to Nevadans:": the verb is the cue there
    role = ctx.lexicon.roles.get(norms[words[-1]])
    if not (_is_cap(ctx, words[-1]) or (role is not None and role.kind in {"anonymous", "title", "person_ref"})):
        return None  # "The goal:", "Good news:": a lead-in, not a speaker
    if ctx.text[ctx.analysis.ends[i - 1] if i else 0:ctx.analysis.starts[j]].strip() == ":" and \
            ctx.text.startswith("//", ctx.analysis.ends[i]):
        return None  # "https://..."
    s, e = trim_chars(ctx.text, ctx.analysis.starts[j], ctx.analysis.ends[b - 1])
    if sum(1 for t in range(j, b) if norms[t][:1].isalpha()) < 3:
        return None  # "Bernie Sanders: 1,501." is a tally, not a claim
    q = ctx.quote_at(s)
    if not (q and q[0] < ctx.analysis.starts[i]):
        s, e = _extend_quote(ctx, s, e)  # (not when the label itself is inside the quotation)
    if e - s < 3:
        return None
    return _candidate("en.colon", sent, i, j, entry, (s, e), np, _hint(ctx, np), None, conf=0.7)


@rule("en.verb.nonfinite", lang="en", priority=70)
def nonfinite_cue(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'Trump took to Twitter to say ...', 'by calling him out', 'has been criticized by
    opponents for ...': the speaker is the sentence's subject, or the passive's agent."""
    kind = nonfinite(ctx, i)
    if not kind or entry.mark or entry.nominal or entry.category == "according_to":
        return None
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if kind == "passive":
        k = j
        while k < b and norms[k] in _DAYS_AND_TIMES:
            k += 1
        speaker = None
        if k < b and norms[k] == "by":
            speaker = addressee(ctx, k + 1, b)
            if speaker:
                k = speaker[1]
        m = k
        while speaker and m < b and (norms[m] in _DAYS_AND_TIMES or norms[m] in _w(ctx, "time_words")):
            m += 1
        if speaker and (m >= b or norms[m] in {".", "!", "?"}):
            # "The meeting was first reported by Politico.": what was reported is the subject
            subj = sentence_subject(ctx, sent)
            if subj and subj[1] <= i:
                s, e = trim_chars(ctx.text, ctx.analysis.starts[subj[0]], ctx.analysis.ends[subj[1] - 1])
                return _candidate("en.verb.nonfinite", sent, i, j, entry, (s, e), speaker, "np", None, conf=0.5)
            return None
        if k >= b or (not is_word(ctx, k) and norms[k] not in {'"'}):
            return None
        s, e = trim_chars(ctx.text, ctx.analysis.starts[k], ctx.analysis.ends[b - 1])
        if e - s < 3:
            return None
        return _candidate("en.verb.nonfinite", sent, i, j, entry, (s, e), speaker,
                          "np" if speaker else "none", None, conf=0.5)
    if kind == "infinitive" and ctx.analysis.norms[i - 2 if i >= 2 else 0] not in _INFINITIVE_HOSTS:
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    subj = sentence_subject(ctx, sent)
    if not content or not subj or subj[1] > i or not _clear_subject(ctx, subj) or not _strong(entry, marked):
        return None  # a weak cue ("to oppose", "by backing") needs its clause: "to say that ..."
    return _candidate("en.verb.nonfinite", sent, i, j, entry, content, subj, _hint(ctx, subj), outlet, conf=0.5)


_CLOSING = "”\"»'’"


@rule("en.dash", lang="en", priority=6)
def dash(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'"CLAIM." — Name, title': a quotation signed off with a dash, in the same paragraph
    or as the paragraph after it (pull quotes, embedded tweets, reader voices)."""
    if entry.lemma != "—":
        return None
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    starts = ctx.analysis.starts
    text = ctx.text
    if j < b and norms[j] == "-":
        j += 1  # "--"
    pos = starts[i]
    para = next((p for p in ctx.analysis.article.paragraphs if p.start <= pos < p.end), None)
    if para is None or j >= b or not _is_cap(ctx, j):
        return None
    before = text[para.start:pos].rstrip(" \t\u00a0")
    if before:
        if before[-1] not in _CLOSING:
            return None
        quote = ctx.quote_at(para.start + len(before) - 1)
    else:
        prev = [p for p in ctx.analysis.article.paragraphs if p.end <= para.start]
        if not prev:
            return None
        last = text[prev[-1].start:prev[-1].end].rstrip(" \t\u00a0.")
        if not last or last[-1] not in _CLOSING:
            return None
        quote = ctx.quote_at(prev[-1].start + len(last) - 1)
    if quote is None:
        return None
    np = np_forward(ctx, j, b)
    if not np:
        return None
    rest = [t for t in range(np[1], b) if starts[t] < para.end]
    if len(rest) > 12:
        return None  # a dash inside running text, not a sign-off
    return _candidate("en.dash", sent, i, j, entry, quote, np, "np", None, conf=0.8)


def _lead(ctx: Context, a: int, i: int) -> int:
    """First token of a sentence after its openers ("But", "And") and punctuation."""
    norms = ctx.analysis.norms
    k = a
    while k < i and (norms[k] in _w(ctx, "openers") or not is_word(ctx, k)):
        k += 1
    return k


def _reports_itself(ctx: Context, s: int, e: int) -> bool:
    """Whether tokens s..e-1 hold a reporting verb of their own ("In a statement, the
    ministry said ..."): then that verb is the attribution, not the framing phrase."""
    norms = ctx.analysis.norms
    for k in range(s, min(e, s + 15)):
        hit = ctx.lexicon.verb_at(norms, k)
        if hit and hit[1].kind != "belief":  # (verb_at already leaves out marks and rule-only cues)
            return True
    return False


@rule("en.in_document", lang="en", priority=11)
def in_document(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'In a new poll, CLAIM', 'In Forbes' words, CLAIM': evidence framed by "in"."""
    if entry.lemma != "in":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    heads = _w(ctx, "evidence_documents")
    stop = _w(ctx, "np_stop")
    head = j
    while head < b and head - j < 10 and norms[head] not in heads and norms[head] not in stop and (
            is_word(ctx, head) or norms[head] in {"/", "-", "'s", "'", "&", "."}):
        head += 1  # "an NBC News/Wall Street Journal poll", "Forbes' words"
    if head >= b or head == j or norms[head] not in heads:
        return None
    np = (j, head + 1)
    owners = {"'s", "'", "his", "her", "their", "its"}
    if norms[head] == "words" and not any(norms[t] in owners for t in range(j, head)):
        return None  # "in other words": only someone's words frame a claim
    k = np[1]
    while k < b and norms[k] != "," and k - np[1] < 8 and norms[k] not in {".", "!", "?", ";"}:
        k += 1  # "In a poll released Monday by CNN, ..."
    # only a sentence-initial frame: "a lead in the polls" is rarely annotated as an attribution
    # (PolNeAR train: 1 in 4), "In a new poll, CLAIM" mostly is
    if i != _lead(ctx, a, i) or k >= b - 2 or norms[k] != ",":
        return None
    if _reports_itself(ctx, k + 1, b):
        return None
    s, e = trim_chars(ctx.text, ctx.analysis.starts[k + 1], ctx.analysis.ends[b - 1])
    if e - s < 3:
        return None
    src = (np[0], np[1] if k >= b or norms[k] in {",", ".", "!", "?", ";"} else k)
    return _candidate("en.in_document", sent, i, j, entry, (s, e), src, "np", _outlet_in(ctx, np[0], np[1]),
                      conf=0.6)
