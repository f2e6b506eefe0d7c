"""English cues that are not reporting verbs: a headline colon, a sign-off dash and
'In a new poll, ...' (the document as the source)."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules import rule
from attrib.rules.base import Candidate, Context
from attrib.rules.common import is_word, sent_range, trim_chars
from attrib.rules.en.claims import extend_quote, outlet_in
from attrib.rules.en.clause import candidate, hint
from attrib.rules.en.cue_filter import title_case
from attrib.rules.en.phrases import is_cap, np_back, np_forward, word_class


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
    stop = word_class(ctx, "colon_not_speakers")
    lead = a
    while lead < i and (not is_word(ctx, lead) or (norms[lead] in stop and lead + 1 < i and norms[lead + 1] == "-")):
        lead += 1  # '"Chris Matthews: ...', 'EXCLUSIVE – Roger Stone: ...'
    quote_next = ctx.text[ctx.analysis.starts[j]] in "“\"«"
    if np[0] != lead and not quote_next:
        head = np_forward(ctx, lead, i, appositive=False)
        if not (head and head[1] < np[0] and norms[head[1]] in {"to", "on"}
                and is_cap(ctx, head[1] - 1) and title_case(ctx, a, b)):
            return None
        np = head  # headline 'Clinton to Planned Parenthood: CLAIM', 'Gillibrand on Hillary's speeches: CLAIM'
    words = [t for t in range(np[0], np[1]) if is_word(ctx, t)]
    if not words or len(words) > 7 or not any(is_cap(ctx, t) or norms[t] in ctx.lexicon.roles for t in words):
        return None
    label = " ".join(norms[t] for t in words)
    name = ctx.outlet_at(words[0]) or ctx.entity_at(words[0])
    named = name is not None and words[0] + name.length > words[-1]  # the whole label is one name
    if label in stop or (not named and any(norms[t] in stop for t in words)) or any(ch.isdigit() for ch in label):
        return None  # "Editor's note:", "Breaking News:", "Delegate Update:"
    if any(ctx.lexicon.verb_at(norms, t) for t in range(lead, i)):
        return None  # "Schumer tweeted:", "She says to Nevadans:": the verb is the cue there
    role = ctx.lexicon.roles.get(norms[words[-1]])
    if not (is_cap(ctx, words[-1]) or (role is not None and role.kind in {"anonymous", "title", "person_ref"})):
        return None  # "The goal:", "Good news:": a lead-in, not a speaker
    if ctx.text[ctx.analysis.ends[i - 1] if i else 0:ctx.analysis.starts[j]].strip() == ":" and \
            ctx.text.startswith("//", ctx.analysis.ends[i]):
        return None  # "https://..."
    s, e = trim_chars(ctx.text, ctx.analysis.starts[j], ctx.analysis.ends[b - 1])
    if sum(1 for t in range(j, b) if norms[t][:1].isalpha()) < 3:
        return None  # "Bernie Sanders: 1,501." is a tally, not a claim
    q = ctx.quote_at(s)
    if not (q and q[0] < ctx.analysis.starts[i]):
        s, e = extend_quote(ctx, s, e)  # (not when the label itself is inside the quotation)
    if e - s < 3:
        return None
    return candidate(sent, i, j, entry, (s, e), np, hint(ctx, np), None, conf=0.7)


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
    paras = ctx.analysis.article.paragraphs
    n = ctx.paragraph_index(pos)
    para = None if n is None else paras[n]
    if para is None or j >= b or not is_cap(ctx, j):
        return None
    before = text[para.start:pos].rstrip(" \t\u00a0")
    if before:
        if before[-1] not in _CLOSING:
            return None
        quote = ctx.quote_at(para.start + len(before) - 1)
    else:
        if not n:
            return None
        prev = paras[n - 1]  # the paragraph before it (paragraphs are disjoint, in text order)
        last = text[prev.start:prev.end].rstrip(" \t\u00a0.")
        if not last or last[-1] not in _CLOSING:
            return None
        quote = ctx.quote_at(prev.start + len(last) - 1)
    if quote is None:
        return None
    np = np_forward(ctx, j, b)
    if not np:
        return None
    rest = [t for t in range(np[1], b) if starts[t] < para.end]
    if len(rest) > 12:
        return None  # a dash inside running text, not a sign-off
    if any(ctx.lexicon.verb_at(norms, t) for t in range(np[0], min(np[1] + 2, b))):
        return None  # '"..."– Omar Khan said.': the verb after the name is the cue, the dash only glues
    return candidate(sent, i, j, entry, quote, np, "np", None, conf=0.8)


def _lead(ctx: Context, a: int, i: int) -> int:
    """First token of a sentence after its openers ("But", "And") and punctuation."""
    norms = ctx.analysis.norms
    k = a
    while k < i and (norms[k] in word_class(ctx, "openers") or not is_word(ctx, k)):
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
    heads = word_class(ctx, "evidence_documents")
    stop = word_class(ctx, "np_stop")
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
    return candidate(sent, i, j, entry, (s, e), src, "np", outlet_in(ctx, np[0], np[1]),
                      conf=0.6)
