"""English reporting-verb rules: according-to, the speaker before or after the verb,
inversion, participles, relative clauses, coordination, 'when asked', non-finite cues."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules import rule
from attrib.rules.base import Candidate, Context, OutletRef
from attrib.rules.common import char_range, is_word, sent_range, tok, trim_chars
from attrib.rules.en.claims import (
    after_quote_continuation,
    content_after,
    content_before,
    outlet_in,
    quote_mark_before,
)
from attrib.rules.en.clause import INFINITIVE_HOSTS, candidate, clear_subject, hint, nonfinite, strong
from attrib.rules.en.phrases import (
    DAYS_AND_TIMES,
    TELL,
    addressee,
    is_cap,
    np_back,
    np_forward,
    setting_follows,
    word_class,
)
from attrib.rules.en.subjects import ADJUNCT_OPENERS, adjunct_tail, sentence_subject, skip_aux_back, subject_back


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
    while lead < i and norms[lead] in word_class(ctx, "openers"):
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
    return candidate(sent, i, j, entry, content, np, "np", outlet, conf=0.9)


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
    if not content or not (strong(entry, marked) or (subj and clear_subject(ctx, subj))):
        return None
    if subj and subj[1] <= i:
        return candidate(sent, i, j, entry, content, subj, hint(ctx, subj), outlet, conf=0.7)
    return candidate(sent, i, j, entry, content, None, "subject", outlet, conf=0.7)


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
    if prev not in {",", "”", '"', "»", "“"} and ctx.analysis.norms[i - 1] != '"' and not quote_mark_before(ctx, i):
        return None
    if entry.lemma in TELL:
        return None  # ", told AFP": the phrase after the cue is the addressee, not the speaker
    norms = ctx.analysis.norms
    if prev == ",":
        sb = subject_back(ctx, a, i - 1)
        if sb and any(tok(ctx, t) == "," for t in range(sb[0], sb[1])) and (
                is_cap(ctx, sb[0]) or norms[sb[0]] in ctx.lexicon.roles):
            return None  # "Stuart Stevens, a Republican operative, said the way ...": the speaker is before
    n = j
    while n < b - 1 and norms[n] in DAYS_AND_TIMES:
        n += 1  # "said Sunday Benjamin Rhodes"
    if norms[n] in {"that", ":"} or (norms[n] in word_class(ctx, "pronouns") and n + 1 < b and is_word(ctx, n + 1)):
        return None
    first = norms[n]
    if first in ADJUNCT_OPENERS or first in word_class(ctx, "np_prepositions") \
            or first in word_class(ctx, "time_words") \
            or (first.endswith("ly") and not is_cap(ctx, n) and first not in ctx.lexicon.roles) \
            or ("-" in first and not is_cap(ctx, n)):
        return None  # "said in a statement", "said matter-of-factly": no speaker follows
    np = np_forward(ctx, n, b)
    if not np:
        return None
    np = _coordinated_speaker(ctx, np, b)
    end_np = np[1]
    if end_np < b - 1 and norms[end_np] == "(":
        close = next((t for t in range(end_np + 1, min(b, end_np + 8)) if norms[t] == ")"), -1)
        if close > 0:
            np = (np[0], close + 1)  # 'said Rep. Bobby Scott (D-Va.)': the party label stays in
            end_np = close + 1
    if end_np < b and norms[end_np] not in {".", ",", "!", "?", '"', ";"} and not (
            norms[end_np] in _AFTER_SPEAKER or setting_follows(ctx, end_np, b)
            or (norms[end_np] in {"in", "on", "at", "during"} and setting_follows(ctx, end_np + 1, b))
            or (norms[end_np].endswith("ing") and len(norms[end_np]) > 4)):
        return None  # the phrase goes on: no speaker of its own
    content = content_before(ctx, sent, i)
    if not content or (entry.weak and not ctx.quote_at(content[0])):
        return None
    extra = after_quote_continuation(ctx, sent, ctx.analysis.ends[end_np - 1])
    r = end_np + 1 if end_np < b - 1 and norms[end_np] == "," else end_np
    if r < b and norms[r] in {"who", "whose"}:
        # "said Geoff Garin, who was then a member of the campaign": the relative clause describes
        # the speaker and belongs to the source
        m = next((t for t in range(r + 1, b) if norms[t] in {",", ".", ";", "!", "?", '"'}), b)
        np = (np[0], m)
    outlet = None
    return candidate(sent, i, j, entry, content, np, hint(ctx, np), outlet, extra, 0.85)


def _coordinated_speaker(ctx: Context, np: tuple[int, int], b: int) -> tuple[int, int]:
    """'said the mayor and her deputy', 'said Khan and Malik': two speakers joined by "and"
    speak together; the second phrase must be a name, a role or a determined noun phrase."""
    norms = ctx.analysis.norms
    k = np[1]
    if k + 1 >= b or norms[k] != "and":
        return np
    second = np_forward(ctx, k + 1, b)
    if not second:
        return np
    preps = word_class(ctx, "np_prepositions")
    cut = next((t for t in range(second[0] + 1, second[1]) if norms[t] in preps), second[1])
    second = (second[0], cut)  # "her deputy in a joint statement": the setting is not the speaker
    head = norms[second[0]]
    if is_cap(ctx, second[0]) or head in ctx.lexicon.roles or head in word_class(ctx, "determiners") \
            or head in {"his", "her", "their", "its"}:
        return (np[0], second[1])
    return np


@rule("en.verb.speaker_after_content", lang="en", priority=40)
def speaker_after_content(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'CLAIM, X said.' and '"CLAIM," X said.'"""
    if entry.mark:
        return None
    a, b = sent_range(ctx, sent)
    k = skip_aux_back(ctx, a, i)
    np = subject_back(ctx, a, k)
    if not np or np[0] == a:
        return None
    before = tok(ctx, np[0] - 1)
    if before not in {",", "”", '"', "»", "—", "–", "-", "“"} and ctx.analysis.norms[np[0] - 1] != '"' \
            and not quote_mark_before(ctx, np[0]):
        return None
    # the cue clause must end the sentence (allowing time/setting words and an outlet)
    m = j
    norms = ctx.analysis.norms
    outlet = None
    while m < b and norms[m] not in {".", "!", "?", ",", ";", '"', "“", "”"}:
        if norms[m] in {"that", ":"}:
            return None
        m += 1
    if not adjunct_tail(ctx, j, m, entry):
        return None  # "..., experts say Pakistan could ...": the claim follows the cue
    if entry.lemma in TELL or m > j:
        outlet = outlet_in(ctx, j, m)
    if m - j > 15:
        return None
    content = content_before(ctx, sent, np[0])
    if not content or (entry.weak and not ctx.quote_at(content[0])):
        return None
    extra = after_quote_continuation(ctx, sent, ctx.analysis.ends[m - 1] if m > j else ctx.analysis.ends[j - 1])
    return candidate(sent, i, j, entry, content, np, hint(ctx, np), outlet, extra, 0.9
    )


@rule("en.verb.relative", lang="en", priority=45)
def relative(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'..., which Pakistan says supports ...': a cue inside a relative clause."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    k = skip_aux_back(ctx, a, i)
    np = np_back(ctx, a, k)
    if not np or np[0] == a or ctx.analysis.norms[np[0] - 1] not in {"which", "who"}:
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    if not content or not strong(entry, marked):
        return None
    return candidate(sent, i, j, entry, content, np, hint(ctx, np), outlet, conf=0.7)


@rule("en.verb.coordinated", lang="en", priority=48)
def coordinated(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'Graham called Trump "crazy" and said CLAIM': the subject of the first verb speaks."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    k = skip_aux_back(ctx, a, i)
    norms = ctx.analysis.norms
    if k <= a or norms[k] not in {"and", "but", "then"}:
        return None
    if norms[k] == "then" and k - 1 > a and norms[k - 1] == "and":
        k -= 1
    subj = sentence_subject(ctx, sent)
    if not subj or subj[1] > k:
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    if not content or not (strong(entry, marked) or (clear_subject(ctx, subj) and entry.kind != "belief")):
        return None  # "... and wants a recount": far from its subject, a belief needs its clause
    return candidate(sent, i, j, entry, content, subj, hint(ctx, subj), outlet, conf=0.7)


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
    return candidate(sent, i, j, entry, (s, e), subj, hint(ctx, subj), None,
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
    return candidate(sent, i, j, entry, (s, e), None, "subject", None, conf=0.6)


@rule("en.verb.speaker_before", lang="en", priority=50)
def speaker_before(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'X said (that) CLAIM', 'X told Reuters CLAIM', 'X said: "CLAIM"'."""
    if entry.mark:
        return None
    a, _b = sent_range(ctx, sent)
    k = skip_aux_back(ctx, a, i)
    np = subject_back(ctx, a, k)
    if not np or (ctx.lexicon.verb_at(ctx.analysis.norms, np[1] - 1) and not is_cap(ctx, np[1] - 1)):
        return None  # "Pakistan says supports ...": the verb before is the cue, this one is in its claim
    if np[0] > a and ctx.analysis.norms[np[0] - 1] in {"what", "whatever"}:
        return None  # "what the pundits say": a free relative names what was said, it reports nothing
    content, outlet, marked = content_after(ctx, sent, j, entry)
    if not content or not (strong(entry, marked) or clear_subject(ctx, np)):
        return None
    return candidate(sent, i, j, entry, content, np, hint(ctx, np), outlet,
                      conf=0.85 if marked else 0.75)


@rule("en.verb.nonfinite", lang="en", priority=70, nonfinite=True)
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
        while k < b and norms[k] in DAYS_AND_TIMES:
            k += 1
        speaker = None
        if k < b and norms[k] == "by":
            speaker = addressee(ctx, k + 1, b)
            if speaker:
                k = speaker[1]
        m = k
        while speaker and m < b and (norms[m] in DAYS_AND_TIMES or norms[m] in word_class(ctx, "time_words")):
            m += 1
        if speaker and (m >= b or norms[m] in {".", "!", "?"}):
            # "The meeting was first reported by Politico.": what was reported is the subject
            subj = sentence_subject(ctx, sent)
            if subj and subj[1] <= i:
                s, e = trim_chars(ctx.text, ctx.analysis.starts[subj[0]], ctx.analysis.ends[subj[1] - 1])
                return candidate(sent, i, j, entry, (s, e), speaker, "np", None, conf=0.5)
            return None
        if k >= b or (not is_word(ctx, k) and norms[k] not in {'"'}):
            return None
        if norms[k] == "to" and k + 1 < b and (norms[k + 1] in word_class(ctx, "determiners") or is_cap(ctx, k + 1)
                                               or norms[k + 1] in word_class(ctx, "institutions")):
            return None  # "was admitted to the Services Hospital", "to hospital": a place, not a report
        s, e = trim_chars(ctx.text, ctx.analysis.starts[k], ctx.analysis.ends[b - 1])
        if e - s < 3:
            return None
        return candidate(sent, i, j, entry, (s, e), speaker,
                          "np" if speaker else "agentless", None, conf=0.5)
    if kind == "infinitive" and ctx.analysis.norms[i - 2 if i >= 2 else 0] not in INFINITIVE_HOSTS:
        return None
    content, outlet, marked = content_after(ctx, sent, j, entry)
    subj = sentence_subject(ctx, sent)
    if not content or not subj or subj[1] > i or not clear_subject(ctx, subj) or not strong(entry, marked):
        return None  # a weak cue ("to oppose", "by backing") needs its clause: "to say that ..."
    return candidate(sent, i, j, entry, content, subj, hint(ctx, subj), outlet, conf=0.5)
