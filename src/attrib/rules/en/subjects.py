"""English subjects: the speaker phrase before a verb, skipping auxiliaries, asides,
parentheticals and datelines, and the subject of a whole sentence."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules.base import Context
from attrib.rules.common import is_word, sent_range, tok
from attrib.rules.en.phrases import (
    DAYS,
    LEAD_PREPS,
    SKIP_AFTER,
    TELL,
    abbrev_dot,
    is_cap,
    np_back,
    np_forward,
    word_class,
)


def subject_back(ctx: Context, a: int, k: int) -> tuple[int, int] | None:
    """The speaker ending at token ``k``, with an apposition between commas:
    "Omar Siddiqui, an economist at the Centre, said" -> the whole phrase; a participle
    with its time ("A report released on Wednesday said") is stepped over."""
    norms = ctx.analysis.norms
    if k > a and norms[k] in {"who", "which"}:
        return (k, k + 1)  # the relative pronoun is the source; the resolver finds its antecedent
    m = k
    times = word_class(ctx, "time_words")
    while m > a and (norms[m] in times or (is_cap(ctx, m) and norms[m] in DAYS)):
        m -= 1
    if m < k and m - 1 > a and norms[m] in {"in", "on", "last", "this", "early", "late"}:
        m -= 1  # "A city audit published in April states": the month's preposition
    if m < k and m > a and norms[m].endswith("ed") and norms[m] in word_class(ctx, "np_stop"):
        return np_back(ctx, a, m - 1)
    if k - 1 > a and tok(ctx, k) == "," and tok(ctx, k - 1) == ")":
        head = np_back(ctx, a, k - 1)
        if head and is_cap(ctx, head[0]):
            return head  # "Sen. Jack Reed (D-R.I.), said": a stray comma after the party label
    if k >= a and tok(ctx, k) in {",", "—", "–"} and k - 1 > a:
        # one or more appositions: "Woodrow Benford, 58, who lives outside Minneapolis, says"
        delim = tok(ctx, k)
        end = k
        m = k - 1
        for _ in range(3):
            while m > a and end - m < 25 and (tok(ctx, m) not in {",", ".", ";", ":", "—", "–", "(", ")"}
                                               or abbrev_dot(ctx, m)):
                m -= 1
            if not (m > a and tok(ctx, m) in {",", delim} and m + 1 < end):
                return None
            first = norms[m + 1]
            if (first in {"also", "now", "then", "still"} or (first.endswith("ing") and len(first) > 4)) \
                    and end == k:
                # "Hillary Clinton, also campaigning in Wisconsin, said": an aside, not an apposition
                head = np_back(ctx, a, m - 1)
                if head and (is_cap(ctx, m - 1) or norms[m - 1] in ctx.lexicon.roles):
                    return head
                return None
            if first in word_class(ctx, "np_stop") and first not in {"who", "whose", "which"}:
                return None
            head = np_back(ctx, a, m - 1)
            if head and (is_cap(ctx, m - 1) or norms[m - 1] in ctx.lexicon.roles or norms[m - 1] == ")"):
                return (head[0], k)
            if head and end == k and all(is_cap(ctx, t) for t in range(m + 1, end) if is_word(ctx, t)) \
                    and norms[head[0]] in word_class(ctx, "determiners"):
                return (head[0], k)  # "Another delegate on the slate, Jim Poolman, said": the name
            end = m
            m -= 1
        return None
    np = np_back(ctx, a, k)
    rel = np[0] - 1 if np else a
    finite = k + 1 < len(norms) and not norms[k + 1].endswith("ing")
    if np and finite and rel - 1 > a and norms[rel] in {"that", "who"} and norms[np[0]].endswith("ed") \
            and is_word(ctx, rel - 1):
        # "The panel that reviewed the tender conceded": the relative clause's antecedent speaks
        head = np_back(ctx, a, rel - 1)
        if head:
            return head
    return np


ADJUNCT_OPENERS = {"after", "before", "during", "while", "following", "when", "as", "at", "in", "on", "from",
                    "for", "via", "by", "since", "amid", "ahead", "without", "despite", "about", "of"}


def adjunct_tail(ctx: Context, j: int, m: int, entry: CueEntry) -> bool:
    """Whether tokens j..m-1 after a final cue are only time, place, addressee or manner."""
    norms = ctx.analysis.norms
    ok = word_class(ctx, "time_words") | word_class(ctx, "settings") | SKIP_AFTER | {"reporters", "journalists", "also"}
    k = j
    if entry.lemma in TELL and k < m:
        np = np_forward(ctx, k, m, appositive=False)  # the addressee: "told Fox News host Sean Hannity"
        if np:
            k = np[1]
    while k < m:
        w = norms[k]
        if w in ADJUNCT_OPENERS:
            return True
        if w in ok or is_cap(ctx, k) or ctx.outlet_at(k) or not is_word(ctx, k) or w in word_class(ctx, "aux_adverbs") \
                or (w.endswith("ly") and len(w) > 4):
            k += 1  # time, place, an outlet, a manner adverb ("said matter-of-factly")
            continue
        if entry.lemma in TELL and k == j:
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
    asides = word_class(ctx, "asides")
    if all(w in asides for w in inner):
        return m
    if inner[0] in {"in", "on", "at", "for", "during", "after", "speaking"} and len(inner) <= 5:
        return m  # ", in a statement," ", on Monday," ", for his part," ", in turn,"
    return k + 1


def skip_aux_back(ctx: Context, a: int, i: int) -> int:
    """Index of the last token of the subject before cue ``i`` (auxiliaries and asides skipped)."""
    k = i - 1
    aux = word_class(ctx, "aux_adverbs")
    asides = word_class(ctx, "asides")
    norms = ctx.analysis.norms
    while k >= a:
        if (norms[k] in aux or norms[k] in asides) and norms[k] not in word_class(ctx, "pronouns") \
                and not (is_cap(ctx, k) and k > a and is_cap(ctx, k - 1) and is_word(ctx, k - 1)):
            k -= 1  # (but "Theresa May said": a capitalised "May" after a name is the name)
        elif norms[k].endswith("ly") and len(norms[k]) > 4 and not is_cap(ctx, k) and norms[k] not in ctx.lexicon.roles:
            k -= 1  # "he repeatedly said" (but "the family said": a noun in -ly)
        elif (m := _parenthetical_back(ctx, a, k)) <= k:
            k = m - 1
        else:
            break
    return k


def skip_dateline(ctx: Context, k: int, b: int) -> int:
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
            while m < b and is_word(ctx, m) and (is_cap(ctx, m) or norms[m].isdigit()) and norms[m] != "-":
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
    while k < b and (norms[k] in word_class(ctx, "openers") or not is_word(ctx, k)):
        k += 1
    k = skip_dateline(ctx, k, b)
    cue = ctx.lexicon.verb_at(norms, k) if k < b and q is not None and not is_cap(ctx, k) else None
    if cue:
        k += cue[0]  # '"We will win," said Ms. Khan, adding ...': the speaker follows the cue
    if k < b and (norms[k] in LEAD_PREPS or norms[k].endswith("ing") or norms[k].endswith("ed")):
        # "At a campaign event in Ames, Mrs. Clinton ...": the subject follows the setting
        comma = next((t for t in range(k, min(b, k + 15)) if norms[t] == ","), -1)
        if comma > 0:
            k = comma + 1
    np = np_forward(ctx, k, b) if k < b else None
    if np and k > a and np[1] < b - 2 and norms[np[1]] == "," and is_cap(ctx, np[1] + 1):
        # "Speaking in Salem, New Hampshire, Trump went ...": the place's state, then the subject
        m = np[1] + 1
        while m < b and ((is_cap(ctx, m) and is_word(ctx, m)) or abbrev_dot(ctx, m)):
            m += 1
        if m < b and is_word(ctx, m) and not is_cap(ctx, m) and norms[m] not in word_class(ctx, "determiners"):
            np = (np[1] + 1, m)
    if np:
        for t in range(np[0] + 1, np[1]):
            if ctx.lexicon.verb_at(norms, t) and not is_cap(ctx, t):
                return (np[0], t)
    return np
