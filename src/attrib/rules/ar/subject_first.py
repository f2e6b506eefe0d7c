"""Arabic rules with the speaker first («الوزير قال»), «كان ... قد قال», according-to
(«وفق», «بحسب») and headline colons."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules import rule
from attrib.rules.ar.claims import claim_after, content_to_end, skip_setting
from attrib.rules.ar.words import (
    TIME,
    absorbed,
    after_dateline,
    clause_initial,
    cue_word,
    fronted_pp,
    glued,
    headline,
    is_comp,
    is_quote,
    np_stop_word,
    participle,
    reporting_verb,
    word_class,
)
from attrib.rules.base import Candidate, Context, OutletRef, TokenRange, char_ranges, token_range
from attrib.rules.common import char_range, is_word, sent_range, tok, trim_chars
from attrib.text.tokens import ar_variants


@rule("ar.according_to", lang="ar", priority=10)
def according_to(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'بحسب X فإن CLAIM', 'وفقا للتقرير، CLAIM', 'CLAIM، حسب X', 'نقلا عن X'."""
    if entry.lemma == ":" or entry.nominal:
        return None
    if entry.kind != "according_to":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    k = j
    if k < b and (norms[k] in {"ما", "لما"} or (norms[j - 1].endswith("ما") and reporting_verb(ctx, k))):
        k += 1 if norms[k] in {"ما", "لما"} else 0  # "حسبما أفاد X": the verb joins the cue
        cue2 = ctx.lexicon.cues.match(norms, k) if k < b else None
        if cue2 is None and k < b:
            for _, stem in ar_variants(norms[k])[1:]:
                if stem in ("قال", "اعلن", "ذكر", "افاد", "اكد"):
                    cue2 = (1, None)
        if cue2:
            k += cue2[0]
            j = k
    prep = entry.preposition
    if prep and k < b and norms[k] == prep:
        k += 1
        j = k  # "نقلا عن": the governed preposition is part of the fixed cue
    start = k
    if start < b and norms[start] in word_class(ctx, "measure_nouns"):
        return None  # "بحسب عدد الإصابات": by a measure, not according to a source
    while k < b and k - start < 10:
        w = norms[k]
        if w in {"،", ",", ".", ":", "؛"} or is_comp(ctx, k) or w.startswith("فان") or is_quote(ctx, k):
            break
        if k > start and (cue_word(ctx, k) or w in word_class(ctx, "clause_stop") or w in TIME):
            break
        k += 1
    if k == start:
        return None
    np = (start, k)
    outlet = None
    m = ctx.outlet_at(start)
    if m:
        outlet = OutletRef(m.name, "reporter", char_range(ctx, start, start + m.length))
    elif entry.preposition == "عن":
        # "ذكرت صحيفة X، نقلا عن مسؤولين": the outlet reports what the source said
        for t in range(i - 1, a - 1, -1):
            m = ctx.outlet_at(t)
            if m:
                outlet = OutletRef(m.name, "reporter", None)
                break
    lead = after_dateline(ctx, a, i)
    while lead < i and norms[lead] in word_class(ctx, "openers"):
        lead += 1
    parenthetical = i > a and norms[i - 1] in {"،", ","} and k < b - 3 and norms[k] in {"،", ","}
    if lead == i or tok(ctx, i - 1) in {".", ":"} or parenthetical:
        while k < b and (norms[k] in {"،", ",", ":"} or is_comp(ctx, k) == "bare"):
            k += 1
        content = content_to_end(ctx, sent, k)
    else:
        s, e = trim_chars(ctx.text, ctx.analysis.starts[lead], ctx.analysis.starts[i])
        content = (s, e) if e - s >= 3 else None
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range(np), outlet=outlet, confidence=0.9)


@rule("ar.verb.sv_kana", lang="ar", priority=15)
def subject_verb_kana(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وكان X قد صرح بأن CLAIM': the subject stands before the cue after كان."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    k = i - 1
    if k <= a or norms[k] != "قد":
        return None
    m = k - 1
    while m > a and k - m < 8 and not any(
            stem in {"كان", "كانت"} for _, stem in ar_variants(norms[m])):
        m -= 1
    if not any(stem in {"كان", "كانت"} for _, stem in ar_variants(norms[m])) or m + 1 >= k:
        return None
    c = j
    while c < b and norms[c] in TIME | {"،", ","}:
        c += 1
    if c < b and entry.preposition and norms[c] == entry.preposition:
        c += 1
    if c < b and norms[c] == ":":
        c += 1
    if c < b and is_comp(ctx, c) == "bare":
        c += 1
    elif c < b and not (is_comp(ctx, c) or is_quote(ctx, c)):
        return None
    content = content_to_end(ctx, sent, c)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range((m + 1, k)), confidence=0.8)


@rule("ar.verb.sv", lang="ar", priority=35)
def subject_verb(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'البنتاغون قال إن CLAIM', 'الوزير يقول: "CLAIM"': the subject before the cue."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if clause_initial(ctx, a, i, entry) or j >= b or absorbed(ctx, a, i) or participle(ctx, i, entry, loose=True):
        return None  # a participle has no subject before it ("أصوات معبرة عن" is an adjective)
    c = j
    relative = norms[i - 1] in {"الذي", "التي", "الذين"}
    subject = _anchored_subject(ctx, a, i)
    outlet = None
    if not relative and subject is None:
        c, outlet = skip_setting(ctx, c, b)  # "وكان X أكد أمس لوكالة فرانس برس أن"
    if c < b and entry.preposition and norms[c] == entry.preposition:
        c += 1 if not glued(ctx, c) else 0
        governed = (relative or subject is not None) and c < b
    else:
        governed = (relative or subject is not None) and c < b and bool(entry.preposition) and \
            entry.preposition in ("ب", "ل") and norms[c].startswith(entry.preposition) and len(norms[c]) > 3
    nominal = subject is not None and c < b and is_word(ctx, c) and not np_stop_word(ctx, c) and \
        entry.kind == "speech" and headline(ctx, a, b)
    if c >= b or not (is_comp(ctx, c) or norms[c] == ":" or is_quote(ctx, c) or governed or nominal):
        return None
    if subject is not None and not relative:
        # "أن الحكومة أعربت عن استعدادها", "موسكو تطلب مساعدة الحلف" (headline): the subject
        # is certain, so the claim may be the verb's object
        content = claim_after(ctx, sent, c)
        if not content:
            return None
        return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                         speaker=token_range(subject), confidence=0.7)
    if relative:
        # "ابراهيم سعيد الذي طالب الأهلي بمليون جنيه": the relative pronoun is the source
        k = c
        if is_comp(ctx, k) == "bare" or norms[k] == ":":
            k += 1
        content = content_to_end(ctx, sent, k)
        if not content:
            return None
        return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                         speaker=token_range((i - 1, i)), confidence=0.7)
    m = i - 1
    stop = (word_class(ctx, "clause_stop") | word_class(ctx, "complementizers_bare")
            | word_class(ctx, "complementizers_pronoun"))
    while m >= a and i - m <= 6 and is_word(ctx, m) and norms[m] not in stop:
        m -= 1
    start = m + 1
    while start < i and (norms[start] in word_class(ctx, "openers") or norms[start] in word_class(ctx, "kana")):
        start += 1
    if any(cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first for t in range(start, i)):
        return None
    if start >= i or tok(ctx, start) in {"على", "إلى", "في", "من", "عن", "مع"}:
        return None
    content = claim_after(ctx, sent, c)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range((start, i)), outlet=outlet, confidence=0.7)


def _anchored_subject(ctx: Context, a: int, i: int) -> tuple[int, int] | None:
    """A subject before the cue whose start is certain: right after a bare complementizer
    ("أن الحكومة أعربت"), a headline colon ("مصر: محامي الأسر سيطالب") or at the start of
    the sentence ("موسكو تطلب ..."), at most five words, no verb among them."""
    norms = ctx.analysis.norms
    m = i - 1
    while m >= a and i - m <= 5 and is_word(ctx, m) and not is_comp(ctx, m):
        m -= 1
    if m >= a and not (is_comp(ctx, m) == "bare" or norms[m] == ":"):
        return None
    start = m + 1
    while start < i and norms[start] in word_class(ctx, "openers"):
        start += 1
    if start >= i or any(cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first
                         or norms[t] in word_class(ctx, "clause_stop") or norms[t] in word_class(ctx, "kana")
                         or norms[t] in word_class(ctx, "not_subjects") for t in range(start, i)):
        return None
    if tok(ctx, start) in {"على", "إلى", "في", "من", "عن", "مع"} or fronted_pp(ctx, a, i):
        return None
    return start, i


@rule("ar.colon", lang="ar", priority=5)
def colon(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وزير الخارجية: المفاوضات مستمرة' (headline): a short subject, a colon, the claim."""
    if entry.lemma != ":":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i == a or i - a > 5 or j >= b or b - j < 3:
        return None
    words = list(range(a, i))
    if not all(is_word(ctx, t) for t in words) or any(cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first
                                                      for t in words):
        return None
    if any(norms[t] in word_class(ctx, "colon_not_speakers") for t in words):
        return None
    content = content_to_end(ctx, sent, j)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range((a, i)), confidence=0.6)
