"""Arabic claims: the clause after a cue up to the next report or the end of its
quotation, channels named between cue and claim («في حديث إلى ...»), quoted names."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.lexicon.names import match_at
from attrib.rules.ar.words import (
    CLOSE_OF,
    NP_MAX,
    TIME,
    cue_word,
    is_comp,
    is_quote,
    is_quote_char,
    np_stop_word,
    participle_cue,
    quote_close,
    word_class,
)
from attrib.rules.base import Candidate, Context, OutletRef, TokenRange, char_ranges, token_range
from attrib.rules.common import char_range, is_word, sent_range, tok, trim_chars


def channel(ctx: Context, i: int, j: int) -> tuple[OutletRef | None, int]:
    """An outlet addressed with ل (لرويترز، لوكالة فرانس برس) in tokens i..j-1: (outlet, first token)."""
    for k in range(i, j):
        w = ctx.analysis.norms[k]
        if not w.startswith(("ل", "و")) and w not in {"ل", "لـ"}:
            continue
        m = ctx.outlet_at(k)
        if m and (m.prefix.endswith("ل") or w in {"ل", "لـ"}):
            return OutletRef(m.name, "channel", char_range(ctx, k, k + m.length)), k
        if w in {"ل", "لـ"} and k + 1 < j:
            m = ctx.outlet_at(k + 1)
            if m:
                return OutletRef(m.name, "channel", char_range(ctx, k, k + 1 + m.length)), k
            close = quote_close(ctx, k + 1, j) if is_quote(ctx, k + 1) else -1
            m = ctx.outlet_at(k + 2) if close > k + 2 else None
            if m and close == k + 2 + m.length:  # 'ل»الحياة«'
                return OutletRef(m.name, "channel", char_range(ctx, k, close + 1)), k
    return None, -1


def claim_after(ctx: Context, sent: int, c: int) -> tuple[int, int] | None:
    """The claim that starts at token ``c``: after a colon and a bare complementizer."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if c < b and norms[c] == ":":
        c += 1
    if c < b and is_comp(ctx, c) == "bare":
        c += 1
    return content_to_end(ctx, sent, c)


def content_to_end(ctx: Context, sent: int, k: int) -> tuple[int, int] | None:
    _a, b = sent_range(ctx, sent)
    if k >= b:
        return None
    stop = next_report(ctx, k, b)
    start, end = ctx.analysis.starts[k], ctx.analysis.ends[stop - 1]
    q = ctx.quote_at(start)
    if q and q[0] == start and q[1] > end:
        end = q[1]
    if stop == b:
        end = max(end, _quote_beyond(ctx, k, b))
    s, e = trim_chars(ctx.text, start, end)
    return (s, e) if e - s >= 3 else None


def _quote_beyond(ctx: Context, k: int, b: int) -> int:
    """Where a quotation opened in tokens ``k .. b-1`` and left open at the sentence end
    closes, later in the same paragraph (a quoted statement of several sentences: everything
    inside the marks belongs to the claim); -1 when none does."""
    a = ctx.analysis
    t = k
    while t < b:
        if is_quote(ctx, t):
            close = quote_close(ctx, t, b)
            if close < 0:
                break
            t = close
        t += 1
    else:
        return -1
    want = CLOSE_OF.get(tok(ctx, t))
    for u in range(b, min(len(a.norms), b + 150)):
        if "\n" in ctx.text[a.ends[u - 1]:a.starts[u]]:
            return -1  # a new paragraph: the quotation is left open (news style), not extended
        if tok(ctx, u) == want:
            return a.ends[u]
        if is_quote(ctx, u) and tok(ctx, u) == tok(ctx, t) and want != tok(ctx, t):
            return -1  # another opening mark first: the first one was a stray
    return -1


def next_report(ctx: Context, k: int, b: int) -> int:
    """Where the claim starting at token ``k`` ends: before the next reporting clause of
    the same speaker outside quotation marks ("، مشيرا إلى أن"، "وأضاف"، "لكنه أوضح"), or
    at the end of the sentence. A nested report without a conjunction ("إن الوزير أكد
    أن") stays inside the claim."""
    norms = ctx.analysis.norms
    starts = ctx.analysis.starts
    # a claim that begins inside a quotation (a report nested in a quote) runs on to its close
    outer = ctx.quote_at(starts[k])
    if outer and (outer[0] == starts[k] or not is_quote_char(ctx.text[outer[0]])):
        outer = None  # the claim opens the quotation itself, or a mark was paired across lines
    t = k + 1
    if is_quote(ctx, k):
        close = quote_close(ctx, k, b)
        t = close + 1 if close > k else b  # a quotation left open runs to the sentence end
    while t < b:
        if is_quote(ctx, t):
            close = quote_close(ctx, t, b)
            if close > t:
                t = close + 1
                continue
            return b  # a quotation left open: no reporting clause after it is outside it
        if t - 1 > k and (cue_word(ctx, t) or participle_cue(ctx, t)
                          or (norms[t] in ctx.lexicon.cues.by_first
                              and norms[t - 1] in word_class(ctx, "pronoun_openers"))):
            end = t - 1 if norms[t - 1] in word_class(ctx, "pronoun_openers") else t
            while end > k + 1 and not is_word(ctx, end - 1) and not is_quote(ctx, end - 1):
                end -= 1
            if end > k + 1 and not (outer and outer[0] <= starts[t] < outer[1]):
                return end
        t += 1
    return b


def reported_from(ctx: Context, sent: int, i: int, j: int, entry: CueEntry, np: tuple[int, int],
                   k: int) -> Candidate | None:
    """'ونقلت الوكالة عن المتحدث قوله إن CLAIM': the speaker is the one quoted (after عن),
    the outlet that quotes them is the reporter."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    start = k + 1
    t = start
    while t < b and t - start < NP_MAX:
        if norms[t] in word_class(ctx, "saying_nouns") or is_comp(ctx, t) or norms[t] == ":" or (
                is_quote(ctx, t) and quoted_name(ctx, t, b) < 0):
            break
        if norms[t] in {".", "؟", "!"} or cue_word(ctx, t):
            return None
        t += 1
    else:
        return None
    end = t
    while end > start and not is_word(ctx, end - 1):
        end -= 1
    if end <= start:
        return None
    c = t + 1 if norms[t] in word_class(ctx, "saying_nouns") else t
    content = claim_after(ctx, sent, c)
    if not content:
        return None
    m = ctx.outlet_at(np[0])
    if m is None and any(is_quote(ctx, t) for t in range(np[0], np[1])):
        # 'ونقلت صحيفة "دون" عن': the name in quotes after its kind word ("صحيفة دون")
        words = [ctx.analysis.norms[t] for t in range(np[0], np[1]) if is_word(ctx, t)]
        m = match_at(ctx.gazetteer.outlets, words, 0, True) if words else None
    outlet = OutletRef(m.name, "reporter", char_range(ctx, np[0], np[1])) if m else None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range((start, end)), outlet=outlet, confidence=0.85)


def closes_inside(ctx: Context, j: int, k: int) -> bool:
    """Token ``k`` closes a quotation opened at or after token ``j`` (kept in a span)."""
    return is_quote(ctx, k) and any(is_quote(ctx, t) and quote_close(ctx, t, k + 1) == k for t in range(j, k))


def quoted_name(ctx: Context, k: int, b: int, prep: str = "") -> int:
    """A short quoted name at token ``k`` inside a speaker phrase ("صحيفة "التايمز"
    البريطانية أن", "رئيس »شركة مصر للغزل« فلان أن"): the token after it, when a
    complementizer follows within a few words; -1 otherwise."""
    close = quote_close(ctx, k, b)
    if close < 0 or close - k > 7 or close == k + 1:
        return -1
    if not all(is_word(ctx, t) or tok(ctx, t) in {"-", "–"} for t in range(k + 1, close)):
        return -1
    t = close + 1
    while t < b and t - close <= 6:
        if is_comp(ctx, t) or ctx.analysis.norms[t] == ":" or (prep and ctx.analysis.norms[t] == prep):
            return close + 1
        if ctx.analysis.norms[t] in {"ل", "لـ"} and t + 1 < b and is_quote(ctx, t + 1):
            t = quote_close(ctx, t + 1, b)  # 'ل"الأهرام"': a quoted channel
            if t < 0:
                return -1
        elif not is_word(ctx, t):
            return -1
        t += 1
    return -1


def verb_subject_object(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'أدانت إيران الانتهاكات الإسرائيلية': a known subject right after the verb, then the
    claim as its object. Only when the subject's end is certain: a gazetteer entity or
    outlet, or a title followed by a name."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if j >= b or entry.kind == "according_to" or entry.category in ("additive",):
        return None
    m = ctx.entity_at(j) or ctx.outlet_at(j)
    if m is None:
        return None
    end = j + m.length
    while end < b and (norms[end] in ctx.gazetteer.adjectives or norms[end] in word_class(ctx, "common_adjectives")):
        end += 1  # "الحكومة المصرية"
    c = end
    if c < b and entry.preposition and (norms[c] == entry.preposition or
                                        (entry.preposition in ("ب", "ل") and norms[c].startswith(entry.preposition))):
        c += 1 if norms[c] == entry.preposition else 0
    if c >= b or not is_word(ctx, c) or norms[c] in word_class(ctx, "np_stop") or cue_word(ctx, c):
        return None
    content = content_to_end(ctx, sent, c)
    if not content or b - c < 2:
        return None
    return Candidate(rule="ar.verb.vso", cue=TokenRange((i, j)), entry=entry, sentence=sent,
                     content=char_ranges((content,)), speaker=token_range((j, end)), confidence=0.6)


def object_claim(ctx: Context, sent: int, i: int, j: int, k: int, entry: CueEntry) -> Candidate | None:
    """'ووصفت المصادر ادعاء X بأن ... بالهرطقة': a short subject, then a speech-act noun
    that opens the verb's object, which is the claim."""
    if k - j > 4 or not all(is_word(ctx, t) and not np_stop_word(ctx, t) for t in range(j, k)):
        return None
    content = content_to_end(ctx, sent, k)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range((j, k)), confidence=0.6)


def skip_setting(ctx: Context, c: int, b: int) -> tuple[int, OutletRef | None]:
    """Past time words and a channel after the cue ("أمس لوكالة فرانس برس"), when a
    complementizer follows them."""
    norms = ctx.analysis.norms
    k = c
    while k < b and k - c < 6 and (norms[k] in TIME or norms[k] in {"أمس", "امس", "اول", "من"}):
        k += 1
    outlet, first = channel(ctx, k, min(b, k + 5))
    if outlet is not None and first == k and outlet.span:
        while k < b and ctx.analysis.starts[k] < outlet.span[1]:
            k += 1
    if k > c and k < b and is_comp(ctx, k):
        return k, outlet
    return c, None
