"""Dependency rules: speaker and claim boundaries from the parse instead of the surface.

They run only on analyses with heads (the stanza engine, CoNLL-U input) and come before
the lexical rules, so where both would fire the dependency spans are kept. Labels of UD v2
and of the older v1 (``dobj``, ``nsubjpass``) are both accepted, so gold treebanks of either
vintage can be read. One function serves English and Arabic: the languages differ in
word order, which the tree already encodes, and in their complementizers, which come from
the lexicon (``complementizers_bare`` for Arabic, "that" for English).
"""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules import rule
from attrib.rules.base import Candidate, Context, OutletRef, SpeakerHint, TokenRange, char_ranges, token_range
from attrib.rules.common import char_range, trim_chars

_SUBJ = ("nsubj", "csubj")
_CLAIM = ("ccomp", "parataxis", "xcomp")
_OBJ = ("obj", "dobj", "iobj")
# English claims keep their "that" (PolNeAR's convention, learnt from its train split);
# Arabic claims leave a bare complementizer out (the Arabic annotation convention).
_MARKS_EN: set[str] = set()


def _label(ctx: Context, k: int) -> str:
    rel = ctx.analysis.deprels[k] if ctx.analysis.deprels else ""
    return rel


def _is(ctx: Context, k: int, prefixes: tuple[str, ...]) -> bool:
    rel = _label(ctx, k)
    return any(rel == p or rel.startswith(p + ":") or (p == "nsubj" and rel == "nsubjpass") for p in prefixes)


def _runs(tokens: list[int]) -> list[tuple[int, int]]:
    """Contiguous token runs [i, j)."""
    runs: list[tuple[int, int]] = []
    for k in tokens:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def _parts(ctx: Context, tokens: list[int]) -> tuple[tuple[int, int], ...]:
    """Character ranges of a set of tokens (a claim split around its cue has several)."""
    a = ctx.analysis
    out = []
    for i, j in _runs(tokens):
        s, e = trim_chars(ctx.text, a.starts[i], a.ends[j - 1])
        if e - s >= 2:
            out.append(_with_quotes(ctx, s, e))
    return tuple(out)


def _with_quotes(ctx: Context, s: int, e: int) -> tuple[int, int]:
    q = ctx.quote_at(s)
    if q and q[0] <= s and q[1] >= e and q[0] >= s - 2:
        return q[0], max(e, q[1])
    return s, e


def _drop_mark(ctx: Context, tokens: list[int], head: int) -> list[int]:
    """Leave out the complementizer that opens a claim ("that", إن/أن), as annotation does."""
    norms = ctx.analysis.norms
    bare = ctx.lexicon.word_class("complementizers_bare") | _MARKS_EN
    return [k for k in tokens if not (_is(ctx, k, ("mark",)) and ctx.analysis.heads and
                                      ctx.analysis.heads[k] == head and norms[k] in bare and k < head)]


def _trim_tokens(ctx: Context, tokens: list[int]) -> list[int]:
    a = ctx.analysis
    while tokens and (a.upos and a.upos[tokens[0]] == "PUNCT" and ctx.text[a.starts[tokens[0]]] not in "\"“«"):
        tokens = tokens[1:]
    while tokens and (a.upos and a.upos[tokens[-1]] == "PUNCT" and ctx.text[a.starts[tokens[-1]]] not in "\"”»"):
        tokens = tokens[:-1]
    return tokens


def _is_cue(ctx: Context, k: int) -> bool:
    return ctx.lexicon.verb_at(ctx.analysis.norms, k) is not None


def _subject(ctx: Context, v: int) -> int | None:
    for c in ctx.children[v]:
        if _is(ctx, c, _SUBJ):
            return c
    return None


def _speaker_of(ctx: Context, v: int) -> tuple[tuple[int, int] | None, SpeakerHint]:
    """The speaker span of verb ``v``: its subject, or (coordinated, participle, relative
    verbs) the subject of the verb it hangs from."""
    heads = ctx.analysis.heads or []
    subj = _subject(ctx, v)
    hops = 0
    cur = v
    while subj is None and hops < 2 and _is(ctx, cur, ("conj", "advcl", "xcomp")) and heads[cur] >= 0:
        cur = heads[cur]
        subj = _subject(ctx, cur)
        hops += 1
    if subj is None:
        return None, "prodrop"
    toks = _trim_tokens(ctx, ctx.subtree(subj, frozenset({v})))
    if not toks:
        return None, "prodrop"
    span = (toks[0], toks[-1] + 1)
    upos = ctx.analysis.upos
    hint: SpeakerHint = "pronoun" if upos and upos[subj] == "PRON" and len(toks) == 1 else "np"
    return span, hint


def _channel(ctx: Context, v: int) -> OutletRef | None:
    """"told Reuters" (an object of the cue), "لرويترز" (an oblique with ل), "told The New
    York Times" (an outlet name anywhere in the object's phrase)."""
    for c in ctx.children[v]:
        if _is(ctx, c, (*_OBJ, "obl", "nmod")):
            for t in ctx.subtree(c):
                m = ctx.outlet_at(t)
                if m:
                    return OutletRef(m.name, "channel", char_range(ctx, t, t + m.length))
    return None


def _verb_rule(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    a = ctx.analysis
    if a.heads is None or entry.category == "according_to" or entry.mark or entry.nominal:
        return None
    v = j - 1 if j - i > 1 else i
    if a.upos and a.upos[v] not in ("VERB", "AUX", "NOUN", "ADJ", "X"):
        return None
    heads = a.heads
    claim = [c for c in ctx.children[v] if _is(ctx, c, _CLAIM)]
    content_tokens: list[int] = []
    if claim:
        c = claim[0]
        content_tokens = _drop_mark(ctx, ctx.subtree(c), c)
    elif _is(ctx, v, ("parataxis", "ccomp")) and heads[v] >= 0:
        # '"The talks failed," she said.': the cue hangs from the claim it reports
        h = heads[v]
        content_tokens = ctx.subtree(h, frozenset({v}))
    else:
        objs = [c for c in ctx.children[v] if _is(ctx, c, ("obj", "dobj"))]
        quoted = [c for c in objs if ctx.quote_at(a.starts[c])]
        if quoted:
            content_tokens = ctx.subtree(quoted[0])
        elif objs and (entry.weak or entry.kind == "belief" or entry.category in ("directive", "denial")):
            content_tokens = ctx.subtree(objs[0])
    content_tokens = _trim_tokens(ctx, [k for k in content_tokens if not (i <= k < j)])
    # a leading governed preposition or bare complementizer stays out ("أشار إلى أن ...")
    bare = ctx.lexicon.word_class("complementizers_bare") | _MARKS_EN
    while content_tokens and (a.norms[content_tokens[0]] in bare or
                              (entry.preposition and a.norms[content_tokens[0]] == entry.preposition)):
        content_tokens = content_tokens[1:]
    if len(content_tokens) < 2:
        return None
    h = heads[v]
    if h >= 0 and h in content_tokens and _is_cue(ctx, h):
        return None  # "which Pakistan says supports ...": this verb is inside the other cue's claim
    speaker, hint = _speaker_of(ctx, v)
    if speaker is None and ctx.analysis.article.lang == "en":
        return None  # English has no pro-drop: leave it to the surface rules (inversion, participles)
    if speaker is not None and any(speaker[0] <= k < speaker[1] for k in content_tokens):
        content_tokens = [k for k in content_tokens if not speaker[0] <= k < speaker[1]]
    parts = _parts(ctx, content_tokens)
    if not parts:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges(parts),
                     speaker=token_range(speaker), hint=hint, outlet=_channel(ctx, v), confidence=0.9)


def _according_rule(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """"according to X" / "بحسب X": X is the oblique the cue is case-marking; the claim is
    the clause X modifies."""
    a = ctx.analysis
    if a.heads is None or entry.category != "according_to":
        return None
    heads = a.heads
    x = heads[i]
    if x < 0 or not (j <= x or x < i):
        # Arabic "بحسب" may be the head itself, with X as its dependent
        deps = [c for c in ctx.children[i] if _is(ctx, c, ("nmod", "obl", "obj", "dobj"))]
        if not deps:
            return None
        x = deps[0]
        clause = heads[i]
    else:
        clause = heads[x]
    src = _trim_tokens(ctx, [k for k in ctx.subtree(x) if not i <= k < j])
    if not src or clause is None or clause < 0:
        return None
    content = _trim_tokens(ctx, [k for k in ctx.subtree(clause, frozenset({x, i}))])
    content = [k for k in content if not (i <= k < j)]
    if len(content) < 2:
        return None
    # a parse that splits the source phrase ("According to Foreign | Minister Maria Khan") is
    # not trusted: the source must start right after the cue and the claim must have a verb
    upos = a.upos or []
    if src[0] != j and src[0] > i:
        return None
    if upos and not any(upos[k] in ("VERB", "AUX") for k in content) and len(content) < 4:
        return None
    parts = _parts(ctx, content)
    if not parts:
        return None
    outlet = None
    m = ctx.outlet_at(src[0])
    if m:
        outlet = OutletRef(m.name, "reporter", char_range(ctx, src[0], src[0] + m.length))
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges(parts),
                     speaker=token_range((src[0], src[-1] + 1)), outlet=outlet, confidence=0.9)


@rule("en.dep.according_to", lang="en", priority=1)
def en_according_to(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'according to X' on a parse: X is the case-marked oblique, the claim the clause it modifies."""
    return _according_rule(ctx, sent, i, j, entry)


@rule("en.dep.verb", lang="en", priority=2)
def en_verb(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """A reporting verb on a parse: nsubj is the speaker, ccomp/parataxis/quoted obj the claim."""
    return _verb_rule(ctx, sent, i, j, entry)


@rule("ar.dep.according_to", lang="ar", priority=1)
def ar_according_to(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'بحسب X' / 'وفقا لـ X' on a parse."""
    return _according_rule(ctx, sent, i, j, entry)


@rule("ar.dep.verb", lang="ar", priority=2)
def ar_verb(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """قال/أكد/أوضح ... on a parse: nsubj (usually after the verb) speaks, the ccomp opened by إن/أن is the claim."""
    return _verb_rule(ctx, sent, i, j, entry)
