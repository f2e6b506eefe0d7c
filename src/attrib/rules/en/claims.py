"""English claims: the rest of the clause after a cue (``content_after``) or the quotation
before it (``content_before``), ending where the next report begins."""

from __future__ import annotations

import bisect

from attrib.lexicon.load import CueEntry
from attrib.rules.base import Context, OutletRef
from attrib.rules.common import char_range, is_word, sent_range, trim_chars
from attrib.rules.en.phrases import (
    OBJECT_CLAIM,
    SKIP_AFTER,
    TELL,
    WH,
    addressee,
    is_cap,
    np_forward,
    setting_follows,
    word_class,
)
from attrib.rules.en.subjects import skip_dateline


def outlet_in(ctx: Context, i: int, j: int) -> OutletRef | None:
    """An outlet named in tokens ``i .. j-1``."""
    for k in range(i, j):
        m = ctx.outlet_at(k)
        if m and k + m.length <= j:
            return OutletRef(m.name, "channel", char_range(ctx, k, k + m.length))
    # a capitalised name ending in a newspaper word the gazetteer lacks ("the Riverton Herald")
    last = j - 1
    if last > i and ctx.analysis.norms[last] in word_class(ctx, "outlet_heads") and is_cap(ctx, last):
        first = last
        while first - 1 >= i and is_word(ctx, first - 1) and is_cap(ctx, first - 1):
            first -= 1
        if first < last:
            span = char_range(ctx, first, last + 1)
            return OutletRef(ctx.text[span[0]:span[1]], "channel", span)
    return None


def extend_quote(ctx: Context, start: int, end: int) -> tuple[int, int]:
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
    settings = word_class(ctx, "settings")
    times = word_class(ctx, "time_words")
    # addressee of "told X", "assured reporters"
    if k < b and entry.lemma in TELL and norms[k] not in {"that", ":"} | times:
        np = addressee(ctx, k, b)
        if np:
            outlet = outlet_in(ctx, np[0], np[1])
            rest = np[1]
            while rest < b and not is_word(ctx, rest) and norms[rest] != '"':
                rest += 1
            participle_next = rest < b - 1 and norms[np[1]] == "," and norms[rest].endswith("ing") \
                and ctx.lexicon.verb_at(norms, rest) is not None  # "praised the farmers, saying ..."
            if (rest >= b or participle_next) and entry.lemma in OBJECT_CLAIM:
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
        if w in SKIP_AFTER and w not in {"to", "with", "by", "reporters", "journalists"} and not (
            k + 1 < b and (norms[k + 1] in settings or norms[k + 1] in times)
        ):
            break  # "said the talks failed": a determiner opens the claim
        if w in {"after", "before", "during", "following", "at", "in", "on", "of", "about"}:
            m = next((t for t in range(k + 1, min(b, k + 10)) if not is_word(ctx, t) or norms[t] == "that"), b)
            if m < b and norms[m] == "that" and m > k + 1:
                outlet = outlet or outlet_in(ctx, k + 1, m)  # "said in an interview with Reuters that"
                k = m  # "said after a lunch on Tuesday that ...": the adjunct is not the claim
                continue
        if w in {"in", "on", "at", "during"} and not setting_follows(ctx, k + 1, b):
            break  # "said at least one ...": the preposition belongs to the claim
        if w in times or w in settings or w in SKIP_AFTER:
            if w == "to" and k + 1 < b and entry.lemma != "say":
                break
            if w in {"to", "with"} and k + 1 < b:
                np = np_forward(ctx, k + 1, b, appositive=False)
                if np:
                    o = outlet_in(ctx, np[0], np[1])
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
            if w == "that" and k + 1 < b and _adjunct_to_end(ctx, k + 1, b):
                return None, outlet, marked  # "have been saying that since March": "that" is what was said
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
    if norms[k] in WH:
        marked = True  # "asked whether ...", "wondered why ...": an indirect question is a claim slot
    start = ctx.analysis.starts[k]
    last = _next_report(ctx, k, b)
    end = ctx.analysis.ends[last - 1]
    start, end = extend_quote(ctx, start, end)
    inside = ctx.quote_at(ctx.analysis.starts[k - 1]) if k > 0 else None
    if inside and inside[0] < start < inside[1] < end:
        end = inside[1] - 1  # a report inside a quotation ends with it: '"Critics say X," she said'
    start, end = trim_chars(ctx.text, start, end)
    if end - start < 3:
        return None, outlet, marked
    if ctx.text[start] in "“\"«":
        marked = True
    return (start, end), outlet, marked


def quote_mark_before(ctx: Context, k: int) -> bool:
    """Whether token ``k`` follows the end of a quotation: its closing mark (a single one,
    "'We will appeal,' she said", included), possibly with a dash glued to it ('"..."— X said',
    '"..." -- said X')."""
    t = k - 1
    while t >= 0 and ctx.analysis.norms[t] in {"—", "–", "-", "--"}:
        t -= 1
    if t < 0 or (t == k - 1 and ctx.text[ctx.analysis.starts[t]] not in "'’"):
        return False
    end = ctx.analysis.ends[t]
    q = ctx.quote_at(end - 1)
    return q is not None and q[1] == end


def _adjunct_to_end(ctx: Context, k: int, b: int) -> bool:
    """Whether tokens ``k ..`` up to the sentence end are one short time or place phrase
    ("since March", "on Monday"): what precedes it is an object, not a complementizer."""
    norms = ctx.analysis.norms
    end = next((t for t in range(k, b) if norms[t] in {".", "!", "?", '"', "”", ","}), b)
    first = norms[k]
    return 0 < end - k <= 3 and (first in {"since", "until", "in", "on", "at", "for", "before", "after", "last"}
                                 or first in word_class(ctx, "time_words"))


def _next_report(ctx: Context, k: int, b: int) -> int:
    """Where a claim starting at token ``k`` ends: the sentence end, or the comma before the
    same speaker's next report ("said the talks failed, adding that ...", ", according to").
    Commas inside a quotation do not count. The commas that qualify are found once per
    sentence (:func:`_report_commas`), so a long sentence is not rescanned for every cue."""
    sent = ctx.sentence_of(b - 1) if b > 0 else None
    a = sent[0] if sent else 0
    if k + 2 < a:  # (a claim that starts before the sentence: scan as the rule reads)
        return next((t for t in range(k + 2, b - 1) if _ends_claim(ctx, t, b)), b)
    commas = ctx.memo(("en.report_commas", a, b), lambda: _report_commas(ctx, a, b))
    n = bisect.bisect_left(commas, k + 2)
    return commas[n] if n < len(commas) else b


def _report_commas(ctx: Context, a: int, b: int) -> list[int]:
    """The tokens of ``a .. b-2`` that end a claim before a next report, in one pass."""
    norms = ctx.analysis.norms
    last_comma = max((t for t in range(a, b) if norms[t] == ","), default=-1)
    return [t for t in range(a, b - 1) if _ends_claim(ctx, t, b, last_comma)]


def _ends_claim(ctx: Context, t: int, b: int, last_comma: int | None = None) -> bool:
    norms = ctx.analysis.norms
    if norms[t] not in {",", ";"} or ctx.quote_at(ctx.analysis.starts[t]) is not None:
        return False
    hit = ctx.lexicon.verb_at(norms, t + 1)
    if not hit:
        return False
    according = hit[1].kind == "according_to"
    no_comma_after = "," not in norms[t + 2:b] if last_comma is None else last_comma < t + 2
    # (an according-to phrase between commas is an aside inside the claim)
    return (norms[t + 1].endswith("ing") and not according) or (according and no_comma_after)


def content_before(ctx: Context, sent: int, end_tok: int) -> tuple[int, int] | None:
    """Claim from the start of the sentence (or of its quotation) to token ``end_tok``."""
    a, _ = sent_range(ctx, sent)
    k = skip_dateline(ctx, a, end_tok)  # "RIVERTON (Reuters) - Tolls will ..."
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


def after_quote_continuation(ctx: Context, sent: int, cue_end_char: int) -> tuple[int, int] | None:
    """'"A," X said. "B."' or '"A," said X, "B."': the quotation that resumes the claim."""
    text = ctx.text
    _a, b = sent_range(ctx, sent)
    sent_end = ctx.analysis.ends[b - 1]
    k = cue_end_char
    while k < sent_end and text[k] not in "“\"«.‘'":
        k += 1
    if k < sent_end and text[k] in "“\"«‘'":
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
