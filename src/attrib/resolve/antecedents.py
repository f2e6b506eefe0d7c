"""Antecedents found without a report: the person a sentence is about.

'Tariq Mehmood inspected the span. He said ...' and 'ويتعرض وزير المالية كامران شفيق
لانتقادات، لكنه يؤكد ...': the pronoun refers to a named subject that did not speak."""

from attrib.model import Attribution, Speaker
from attrib.resolve.names import role_words
from attrib.resolve.same import same_person
from attrib.resolve.speaker import type_speaker
from attrib.rules.base import Candidate, Context
from attrib.rules.common import is_word

# «لكن» with a pronoun before a subjectless cue ("لكنه يؤكد"), as the matcher normalises them.
_AR_BUT_PRONOUNS = frozenset({"لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"})

_AR_PREPS = frozenset({"في", "من", "على", "الى", "عن", "مع", "منذ", "حول"})

def _glued_prep_phrase(norms: list[str], k: int, stop: int) -> bool:
    """'كامران شفيق لانتقادات واسعة': a word with a glued ل/ب that is not followed by another
    such word opens a prepositional phrase (a name may itself begin with ب or ل: "هناء بشير")."""
    return norms[k].startswith(("ل", "ب")) and not (k + 1 < stop and norms[k + 1].startswith(("ل", "ب")))


def ar_but_subject(ctx: Context, c: Candidate, persons: list[tuple[tuple[str, ...], str]]) -> Speaker | None:
    """'ويتعرض وزير المالية كامران شفيق لانتقادات ...، لكنه يؤكد أن': the pronoun of «لكنه»
    is the person the sentence is about (named before it), not the last speaker."""
    a = ctx.analysis
    i = c.cue[0]
    if a.article.lang != "ar" or i == 0 or a.norms[i - 1] not in _AR_BUT_PRONOUNS:
        return None
    start = next(s for s, e in a.sentence_tokens if s <= i < e)
    if ctx.lexicon.cues.match(a.norms, start) or any(ctx.quote_at(a.starts[k]) for k in range(start, i)):
        return None  # 'وأضاف "..."، لكنه أوضح': the report's own speaker goes on
    # the subject after the sentence's verb, up to its first preposition or comma
    end = start + 1
    while end < i - 1 and end - start <= 5 and is_word(ctx, end) and a.norms[end] not in _AR_PREPS \
            and not (end - start >= 2 and _glued_prep_phrase(a.norms, end, i)
                     and not any(role_words(ctx, a.norms[t]) for t in range(max(start + 1, end - 2), end))):
        end += 1  # (after a title the word is a name: "المحافظ بلال قريشي", "وزير الداخلية ليلى مالك")
    if end - start < 3:
        return None
    t = type_speaker(ctx, start + 1, end)
    if t.kind != "person" or len(t.person_tokens) < 2:
        return None
    for toks, full in persons:
        if same_person(t.person_tokens, toks):
            return Speaker(None, full, "person", t.title)
    persons.append((t.person_tokens, t.name))
    return Speaker(None, t.name, "person", t.title)

def person_subject_before(ctx: Context, c: Candidate, last: Attribution | None,
                      persons: list[tuple[tuple[str, ...], str]]) -> Speaker | None:
    """'Tariq Mehmood inspected the span. He said ...': a person who is the subject of the
    sentence just before a "he"/"she", in the same paragraph, is nearer than the last
    speaker, even though that sentence reports nothing."""
    from attrib.rules.en.subjects import sentence_subject

    a = ctx.analysis
    i = c.speaker[0] if c.speaker else -1
    sents = a.article.sentences
    prev = c.sentence - 1
    if a.article.lang == "ar" or i < 0 or a.norms[i] not in {"he", "she"} or prev < 0 \
            or sents[prev].paragraph != sents[c.sentence].paragraph:
        return None
    if last and last.cue.span.start >= sents[prev].span.start:
        return None  # the sentence before reports: its speaker is the antecedent
    subj = sentence_subject(ctx, prev)
    if not subj or a.norms[subj[0]] in ctx.lexicon.word_class("pronouns"):
        return None
    t = type_speaker(ctx, *subj)
    if t.kind != "person" or len(t.person_tokens) < 2:
        return None  # a full name: "Tariq Mehmood", "Chief engineer Tariq Mehmood"
    for toks, full in persons:
        if same_person(t.person_tokens, toks):
            return Speaker(None, full, "person", t.title)
    persons.append((t.person_tokens, t.name))
    return Speaker(None, t.name, "person", t.title)
