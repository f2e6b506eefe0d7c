"""Documents as id lists, gold spans as tags, and several documents as one :class:`Batch`.

Gold spans become token tags by overlap (a token that shares a character with a span
belongs to it), the same unit the model predicts in; the scorer trims edge punctuation,
so token boundaries cost nothing there. During training the role windows are built
around the gold cues (teacher forcing); at inference around the predicted ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from attrib.evaluate.gold import GoldAttribution
from attrib.learned.features import REL_FEATURES, Doc, char_tokens, window
from attrib.learned.vocab import CUE_TAGS, ROLE_TAGS, Vocab

if TYPE_CHECKING:
    from attrib.learned.net import Batch


@attrs.frozen
class Example:
    doc: Doc
    words: list[int]
    chars: list[list[int]]
    feats: list[list[int]]
    cues: list[tuple[int, int]]              # token ranges the role windows are built for
    wins: list[tuple[int, int]]              # window token ranges
    rel: list[list[list[int]]]
    cue_tags: list[int] = attrs.field(factory=list)
    role_tags: list[list[int]] = attrs.field(factory=list)


def _bio(n: int, pieces: Sequence[Sequence[int]], begin: int, inside: int, out: list[int], offset: int = 0) -> None:
    """Write B/I tags for each piece (a list of token indices) into ``out``."""
    del n
    for piece in pieces:
        prev = None
        for t in piece:
            k = t - offset
            if 0 <= k < len(out):
                out[k] = inside if prev is not None and t == prev + 1 else begin
            prev = t


def _token_pieces(doc: Doc, ranges: tuple[tuple[int, int], ...]) -> list[list[int]]:
    return [char_tokens(doc, (r,)) for r in ranges]


def example(doc: Doc, vocab: Vocab, cues: Sequence[tuple[int, int]],
            gold: Sequence[GoldAttribution] | None = None) -> Example:
    """Ids of ``doc`` with role windows around ``cues``; tags when ``gold`` is given (then
    ``cues`` are the gold cues, one per attribution, in the same order)."""
    words, chars, feats = vocab.encode_doc(doc)
    wins, rel = [], []
    for cue in cues:
        w = window(doc, cue)
        wins.append((w.start, w.end))
        rel.append(vocab.encode_window(w))
    ex = Example(doc, words, chars, feats, list(cues), wins, rel)
    if gold is None:
        return ex
    cue_tags = [CUE_TAGS.index("O")] * len(words)
    for g in gold:
        _bio(len(words), _token_pieces(doc, g.cue), 1, 2, cue_tags)
    ex.cue_tags.extend(cue_tags)
    for g, (s, e) in zip(gold, wins, strict=True):
        tags = [0] * (e - s)
        _bio(e - s, _token_pieces(doc, g.content), ROLE_TAGS.index("B-C"), ROLE_TAGS.index("I-C"), tags, s)
        _bio(e - s, _token_pieces(doc, g.source), ROLE_TAGS.index("B-S"), ROLE_TAGS.index("I-S"), tags, s)
        ex.role_tags.append(tags)
    return ex


def gold_cues(doc: Doc, gold: Sequence[GoldAttribution]) -> list[tuple[int, int]]:
    """The token range of each gold cue (first to last token of all its pieces)."""
    out = []
    for g in gold:
        toks = char_tokens(doc, g.cue)
        out.append((toks[0], toks[-1] + 1) if toks else (0, 0))
    return out


def runs(sentences: Sequence[tuple[int, int]], size: int = 64) -> list[tuple[int, int]]:
    """Consecutive sentences packed into rows of at most ``size`` tokens (a longer sentence
    is a row of its own): the encoder reads a little context across sentence ends, and a
    batch of rows of similar length wastes little time on padding."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        if b <= a:
            continue
        if out and b - out[-1][0] <= size:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def collate(examples: Sequence[Example]) -> tuple[Batch, list[int], list[list[int]]]:
    """One batch of several documents, with the flattened cue tags and the window tags."""
    from attrib.learned.net import make_batch

    words: list[int] = []
    chars: list[list[int]] = []
    feats: list[list[int]] = []
    sents: list[range] = []
    wins: list[range] = []
    cues: list[range] = []
    rel: list[list[list[int]]] = []
    cue_tags: list[int] = []
    role_tags: list[list[int]] = []
    for ex in examples:
        off = len(words)
        words += ex.words
        chars += ex.chars
        feats += ex.feats
        sents += [range(off + a, off + b) for a, b in runs(ex.doc.analysis.sentence_tokens)]
        wins += [range(off + a, off + b) for a, b in ex.wins]
        cues += [range(off + a, off + b) for a, b in ex.cues]
        rel += ex.rel
        cue_tags += ex.cue_tags
        role_tags += ex.role_tags
    return make_batch(words, chars, feats, sents, wins, cues, rel, len(REL_FEATURES)), cue_tags, role_tags
