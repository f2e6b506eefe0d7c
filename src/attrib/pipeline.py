"""The pipeline: read -> analyze -> rules -> resolve, behind :func:`extract`."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable

import attrs

from attrib.analysis import Analysis, get_analyzer
from attrib.errors import InputError, OptionError
from attrib.lexicon.load import CueEntry, load_gazetteer, load_lexicon
from attrib.model import Article, ArticleAttributions, Attribution, Outlet, Speaker
from attrib.reader.article import check_lang, make_article
from attrib.resolve import Resolver
from attrib.rules import filter_for, rules_for
from attrib.rules.base import Candidate, CharRange, Context, CueUse, Rule
from attrib.rules.conformity import conformity
from attrib.rules.windows import for_rules, to_sentences
from attrib.text.tokens import ar_variants

# Proclitics a reporting verb can carry: conjunctions and the future marker. A
# preposition (ب، ل، ك) only attaches to nouns, and the according-to cues that
# contain one ("بحسب") are listed whole in the lexicon.
_VERB_PROCLITICS = frozenset({"و", "ف", "س", "وس", "فس", "ول", "فل", "ل"})


def find_cues(ctx: Context, a: int, b: int) -> list[tuple[int, int, CueEntry]]:
    """Cue matches in tokens a..b-1: (start, end, entry), longest match first, no overlap."""
    norms = ctx.analysis.norms
    arabic = ctx.analysis.article.lang == "ar"
    cues = ctx.lexicon.cues
    out: list[tuple[int, int, CueEntry]] = []
    i = a
    while i < b:
        hit = cues.match(norms, i) if norms[i] in cues.by_first else None
        if hit is None and arabic and len(norms[i]) > 2:
            saved = norms[i]
            for prefix, stem in ar_variants(saved)[1:]:
                if prefix not in _VERB_PROCLITICS:
                    continue  # "بنشر", "لإعلان": a preposition on a masdar, not a verb
                if stem in cues.by_first:
                    norms[i] = stem
                    hit = cues.match(norms, i)
                    norms[i] = saved
                    if hit:
                        break
        if hit and hit[0] + i <= b:
            out.append((i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return out


_FIRST_SECOND = frozenset({"i", "we", "you"})


def _self_stance(ctx: Context, c: Candidate, contents: list[tuple[int, int]]) -> bool:
    """A belief of "I"/"we"/"you", or a pronoun's belief inside another claim of the same
    sentence ("half said they want ..."): the speaker's stance within their own statement."""
    if not (c.entry.kind == "belief" or c.entry.weak) or c.speaker is None:
        return False
    i, j = c.speaker
    if j - i != 1:
        return False
    w = ctx.analysis.norms[i]
    start = ctx.analysis.starts[c.cue[0]]
    return w in {"he", "she", "they", "it"} and any(s <= start < e for s, e in contents)


def _own_words(ctx: Context, c: Candidate) -> bool:
    """A cue inside a quotation whose speaker is the quoted "I"/"we"/"you", or a belief
    or weak cue there: annotation conventions do not count it as a separate attribution."""
    if c.entry.kind == "belief" or c.entry.weak:
        return True
    if c.speaker is None:
        return False
    i, j = c.speaker
    return j - i == 1 and ctx.analysis.norms[i] in _FIRST_SECOND


def candidates(ctx: Context, rules: list[Rule]) -> list[Candidate]:
    out: list[Candidate] = []
    starts = ctx.analysis.starts
    cue_use = filter_for(ctx.analysis.article.lang)
    sourceless = ctx.lexicon.word_class("sourceless")
    breaks = ctx.lexicon.word_class("claim_breaks")
    for sent, (a, b) in enumerate(ctx.analysis.sentence_tokens):
        taken: list[tuple[int, int]] = []  # speaker spans still open at the cue: (end, start), a heap
        contents: list[tuple[int, int]] = []
        found: list[Candidate] = []
        for i, j, entry in find_cues(ctx, a, b):
            if ctx.analysis.norms[i] in sourceless:
                continue  # "it is worth noting that": a formula with no source
            if j < b and ctx.analysis.norms[j] in entry.not_before and not (j + 1 < b and ctx.outlet_at(j + 1)):
                continue  # "continue to grow", "found themselves" (but "added to People": an outlet)
            if entry.kind == "according_to" and conformity(ctx, j, b):
                continue  # "according to the rules", «وفق الاتفاق»: conformity, not a source
            use = cue_use(ctx, sent, i, j, entry) if cue_use else CueUse.ANY
            if use is CueUse.SKIP:
                continue
            quoted = ctx.quote_at(starts[i]) is not None
            while taken and taken[0][0] <= i:
                heapq.heappop(taken)  # cues come in text order: a span that ended never holds one again
            if any(s <= i for _, s in taken):
                continue  # the word is part of another attribution's speaker ("according to reports")
            for r in rules:
                if not r.accepts(entry, use):
                    continue
                c = r(ctx, sent, i, j, entry)
                if c is not None and (not c.content or any(e <= s for s, e in c.content)):
                    c = None  # a claim is never empty (a rule's edge case must not leak)
                if c is not None and ((quoted and _own_words(ctx, c)) or _self_stance(ctx, c, contents)):
                    break  # "I think ...": the speaker's own stance, not a separate attribution
                if c is not None:
                    found.append(c)
                    contents.extend(c.content)
                    if c.speaker:
                        heapq.heappush(taken, (c.speaker[1], c.speaker[0]))
                    break
        # a claim can only run into a report of its own sentence (quotations are not cut)
        out.extend(_end_claims_at_next_report(ctx, found, breaks) if breaks and len(found) > 1 else found)
    return out


def _end_claims_at_next_report(ctx: Context, cands: list[Candidate], breaks: set[str]) -> list[Candidate]:
    """A claim that runs over a break (the ``claim_breaks`` word class: ", " in English) into
    another speaker's report of the same sentence ("..., the groups say they are concerned")
    ends at that break: the words after it are that other report, not this claim. A report
    nested with no break ("said that officials say ...") stays inside."""
    joiners = ctx.lexicon.word_class("clause_joiners")
    a = ctx.analysis
    # the other reports by where they begin, so that each claim looks only at those inside it,
    # nearest first: the first one that cuts the claim ends it before all the others
    begins = sorted((a.starts[c.speaker[0] if c.speaker else c.cue[0]], n) for n, c in enumerate(cands))
    keys = [b for b, _ in begins]
    out = []
    for c in cands:
        parts = list(c.content)
        for n, (s, e) in enumerate(parts):
            for m in range(bisect.bisect_right(keys, s), len(begins)):
                begin, o = begins[m]
                other = cands[o]
                if not begin < e:
                    break
                if other is c or ctx.quote_at(begin) is not None:
                    continue
                k = (other.speaker[0] if other.speaker else other.cue[0]) - 1
                if k > 0 and a.norms[k] in joiners and a.norms[k - 1] in breaks:
                    k -= 1  # ", but the groups say ..."
                if k >= 0 and a.norms[k] in breaks and a.starts[k] > s and ctx.quote_at(a.starts[k]) is None:
                    cut = a.ends[k - 1] if k > 0 else s
                    if cut - s >= 3:
                        parts[n] = CharRange((s, min(e, cut)))
                        e = parts[n][1]
        if parts != list(c.content):
            c = attrs.evolve(c, content=tuple(parts))
        out.append(c)
    return out


# Engines that propose candidates themselves (a trained model), registered by their package
# (attrib.learned), which sits above this one: the pipeline never imports it.
MODEL_ENGINES: dict[str, Callable[..., ArticleAttributions]] = {}


def register_engine(name: str, fn: Callable[..., ArticleAttributions]) -> None:
    MODEL_ENGINES[name] = fn


def extract(text_or_article: str | Article, lang: str | None = None, engine: str = "light",
            rules: Iterable[str] | None = None, lexicon_dirs: Iterable[str] = (),
            model_dir: str | None = None) -> ArticleAttributions:
    """Attributions of one article (text or :class:`Article`).

    ``engine`` is ``light`` (default, no models), ``stanza`` (dependency parses;
    ``model_dir`` is the stanza resources folder) or ``learned`` (a model trained with
    ``attrib train``; ``model_dir`` is its directory, default the shipped one); ``rules`` restricts the run to some rule
    ids (property-testing one rule); ``lexicon_dirs`` adds user lexicon folders."""
    lang = check_lang(lang)
    if isinstance(text_or_article, Article):
        article = text_or_article
    elif isinstance(text_or_article, str):
        article = make_article(text_or_article, lang=lang)
    else:
        raise InputError(f"extract() takes text or an Article, not {type(text_or_article).__name__}")
    if engine in MODEL_ENGINES:  # a trained model proposes the candidates (attrib.learned), not the rules
        if rules is not None:
            raise OptionError("--rule selects light rules; the learned engine has none to select")
        return MODEL_ENGINES[engine](article, model_dir=model_dir, lexicon_dirs=lexicon_dirs)
    analysis = get_analyzer(engine, model_dir=model_dir)(article)
    return extract_analysis(analysis, rules=rules, lexicon_dirs=lexicon_dirs)


def extract_analysis(analysis: Analysis, rules: Iterable[str] | None = None,
                     lexicon_dirs: Iterable[str] = ()) -> ArticleAttributions:
    """Attributions from an existing analysis (a CoNLL-U file, a custom analyzer)."""
    article = analysis.article
    engine = analysis.engine
    dirs = tuple(lexicon_dirs)
    ctx = Context(analysis, load_lexicon(article.lang, dirs), load_gazetteer(dirs))
    rule_ctx, owner = for_rules(ctx)  # over-long sentences cut into windows for the rules
    cands = to_sentences(candidates(rule_ctx, rules_for(article.lang, rules)), owner)
    atts = Resolver(ctx).resolve(cands)
    return assemble(article, atts, engine)


def assemble(article: Article, atts: list[Attribution], engine: str) -> ArticleAttributions:
    """The result value: attributions plus the article's distinct speakers and outlets."""
    speakers: dict[tuple[str, str], Speaker] = {}
    for att in atts:
        key = (att.speaker.name, att.speaker.kind)
        if key not in speakers:
            speakers[key] = Speaker(att.speaker.mention, att.speaker.name, att.speaker.kind, att.speaker.title)
    outlets: dict[tuple[str, str], Outlet] = {}
    if article.publisher:
        outlets[(article.publisher, "publisher")] = Outlet(article.publisher, "publisher", None)
    for o in [*article.wire, *[x.outlet for x in atts if x.outlet], *article.references]:
        outlets.setdefault((o.name, o.role), o)
    return ArticleAttributions(article, tuple(atts), tuple(speakers.values()), tuple(outlets.values()), engine)
