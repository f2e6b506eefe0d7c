"""Tagging an article with a learned model and handing the spans to the resolver.

The model's output becomes ordinary :class:`~attrib.rules.base.Candidate` values with the
rule id ``learned``; the resolver then does speaker coreference, typing and outlets
exactly as for the rules, so every renderer, the JSON schema and the offset guarantee
are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrib.errors import ModelError
from attrib.learned import store
from attrib.learned.examples import collate, example
from attrib.learned.features import Doc, prepare
from attrib.lexicon import CueEntry
from attrib.model import Article, ArticleAttributions
from attrib.pipeline import assemble, find_cues, register_engine
from attrib.resolve import Resolver
from attrib.rules.base import Candidate, CharRange, SpeakerHint, TokenRange

RULE_ID = "learned"
_MAX_GAP = 4        # tokens: the longest gap inside one claim that decoding closes
_GAP_BELIEF = 0.3   # mean content probability over such a gap


def chunks(tags: Sequence[int], begin: int, inside: int) -> list[tuple[int, int]]:
    """Runs of B I* (an I with no B before it opens a run: the usual BIO repair)."""
    out: list[tuple[int, int]] = []
    start = None
    for k, t in enumerate([*tags, 0]):
        if start is not None and t != inside:
            out.append((start, k))
            start = None
        if t == begin or (t == inside and start is None):
            start = k
    return out


def model_for(lang: str, model_dir: str | None) -> store.Loaded:
    """The model for ``lang``: ``model_dir``, else the shipped default; never a silent fallback."""
    if model_dir is None:
        path = store.default_dir(lang)
        if not (path / "config.json").is_file():
            raise ModelError(f"no learned model is shipped for language {lang!r}: "
                             f"train one with `attrib train --lang {lang}` and pass --model DIR")
        loaded = store.load(path)
    else:
        loaded = store.load(model_dir)
    if loaded.lang != lang:
        raise ModelError(f"{loaded.path}: the model was trained for {loaded.lang!r}, the article is {lang!r}")
    return loaded


def _entry(doc: Doc, cue: tuple[int, int]) -> CueEntry:
    """The lexicon's entry for a predicted cue, or a plain one for a cue the lexicon lacks
    (a belief or intention phrase, mostly: PolNeAR annotates those)."""
    a, b = doc.analysis.sentence_tokens[doc.sentence_of[cue[0]]]
    for i, j, entry in find_cues(doc.context, a, b):
        if i < cue[1] and cue[0] < j:
            return entry
    lemma = " ".join(doc.analysis.norms[cue[0]:cue[1]])
    return CueEntry(lemma, "belief", "belief")


def _hint(doc: Doc, cue: tuple[int, int], speaker: tuple[int, int] | None) -> SpeakerHint:
    if speaker is not None:
        one = speaker[1] - speaker[0] == 1 and doc.analysis.norms[speaker[0]] in doc.context.lexicon.word_class(
            "pronouns")
        return "pronoun" if one else "np"
    for c in doc.rule_cands:  # no source tagged: trust the rule's reading (Arabic pro-drop, passives)
        if c.cue[0] < cue[1] and cue[0] < c.cue[1] and c.speaker is None:
            return c.hint
    return "agentless"


def candidates(doc: Doc, loaded: store.Loaded) -> list[Candidate]:
    """Tag ``doc`` with the model and decode cues, sources and contents."""
    import torch

    net, vocab = loaded.net, loaded.vocab
    with torch.inference_mode():
        batch, _, _ = collate([example(doc, vocab, [])])
        h = net.encode(batch)
        cue_probs = net.cue_logits(h).softmax(-1)
        cue_tags = cue_probs.argmax(-1).tolist()
        cues = chunks(cue_tags, 1, 2)
        if not cues:
            return []
        ex = example(doc, vocab, cues)
        batch, _, _ = collate([ex])
        role_probs = net.role_logits(h, batch).softmax(-1)
        role_tags = role_probs.argmax(-1).tolist()
    out = []
    for n, (cue, win) in enumerate(zip(cues, ex.wins, strict=True)):
        width = win[1] - win[0]
        probs = role_probs[n][:width]
        c = _decode(doc, cue, win, role_tags[n][:width], (probs[:, 3] + probs[:, 4]).tolist(),
                    float(cue_probs[cue[0]:cue[1]].max(-1).values.mean()))
        if c is not None:
            out.append(c)
    return out


def _merge_gaps(parts: list[tuple[int, int]], inside: list[float], blocked: set[int]) -> list[tuple[int, int]]:
    """Join content pieces separated by a short gap the model half-believes is content too
    (a BIO tagger breaks long claims at a weak word); never across the cue or the source."""
    out = parts[:1]
    for s, e in parts[1:]:
        ps, pe = out[-1]
        gap = range(pe, s)
        if len(gap) <= _MAX_GAP and not blocked.intersection(gap) and \
                sum(inside[t] for t in gap) / max(1, len(gap)) >= _GAP_BELIEF:
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


def _decode(doc: Doc, cue: tuple[int, int], win: tuple[int, int], tags: list[int], inside: list[float],
            conf: float) -> Candidate | None:
    """One candidate from a cue's window tags (token indices relative to the window)."""
    ws, we = win
    a = doc.analysis
    sources = [(ws + s, ws + e) for s, e in chunks(tags, 1, 2)]
    speaker = min(sources, key=lambda x: min(abs(x[0] - cue[1]), abs(cue[0] - x[1]))) if sources else None
    blocked = {t - ws for t in range(*cue)} | ({t - ws for t in range(*speaker)} if speaker else set())
    parts = _merge_gaps(chunks(tags, 3, 4), inside, blocked)
    if not parts:
        return None
    spans = [(a.starts[ws + s], a.ends[ws + e - 1]) for s, e in parts]
    # a quotation runs on past the window (a long quote over several sentences): its end
    first, last = doc.context.quote_at(spans[0][0]), doc.context.quote_at(spans[-1][1] - 1)
    if last and parts[-1][1] == we - ws and last[1] > spans[-1][1]:
        spans[-1] = (spans[-1][0], last[1])
    if first and parts[0][0] == 0 and first[0] < spans[0][0]:
        spans[0] = (first[0], spans[0][1])
    return Candidate(rule=RULE_ID, cue=TokenRange(cue), entry=_entry(doc, cue), sentence=doc.sentence_of[cue[0]],
                     content=tuple(CharRange(x) for x in spans), speaker=TokenRange(speaker) if speaker else None,
                     hint=_hint(doc, cue, speaker), confidence=conf)


def extract_learned(article: Article, model_dir: str | None = None,
                    lexicon_dirs: Iterable[str] = ()) -> ArticleAttributions:
    """Attributions of ``article`` by the learned engine (see :mod:`attrib.learned`)."""
    loaded = model_for(article.lang, model_dir)
    doc = prepare(article, tuple(lexicon_dirs))
    atts = Resolver(doc.context).resolve(candidates(doc, loaded)) if len(doc.analysis) else []
    return assemble(article, atts, RULE_ID)



register_engine(RULE_ID, extract_learned)
