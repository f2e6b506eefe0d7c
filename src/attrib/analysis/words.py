"""Turning parser words (with multi-word tokens) into analysis arrays with exact offsets.

Parsers split a surface token into syntactic words: "وقال" -> "و" + "قال", "Pakistan's"
-> "Pakistan" + "'s". Words carry no offsets of their own, only their token does. When the
words spell the token exactly, each word gets its own slice; otherwise every word gets
the whole token, so a span never cuts a character and ``text[start:end]`` stays true.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from attrib.analysis.base import Analysis
from attrib.model import Article
from attrib.text.normalize import norm


@attrs.frozen
class ParsedWord:
    text: str
    lemma: str | None
    upos: str | None
    head: int          # 1-based within the sentence, 0 = root
    deprel: str | None


@attrs.frozen
class ParsedToken:
    start: int          # offsets in the original text
    end: int
    words: tuple[ParsedWord, ...]


def word_spans(text: str, tok: ParsedToken) -> list[tuple[int, int]]:
    """Offsets for each word of ``tok``: slices when the words spell the token."""
    surface = text[tok.start:tok.end]
    if len(tok.words) == 1:
        return [(tok.start, tok.end)]
    spans = []
    pos = 0
    for w in tok.words:
        piece = w.text
        if surface.startswith(piece, pos):
            spans.append((tok.start + pos, tok.start + pos + len(piece)))
            pos += len(piece)
            continue
        # the written form may differ (normalisation, a dropped alef in لل): try the view
        if norm(surface[pos:pos + len(piece)]) == norm(piece):
            spans.append((tok.start + pos, tok.start + pos + len(piece)))
            pos += len(piece)
            continue
        return [(tok.start, tok.end)] * len(tok.words)
    if pos != len(surface):
        return [(tok.start, tok.end)] * len(tok.words)
    return spans


def fill(text: str, sentences: Sequence[Sequence[ParsedToken]], starts: list[int], ends: list[int],
         norms: list[str], lemmas: list[str], upos: list[str], heads: list[int], deprels: list[str],
         bounds: list[tuple[int, int]]) -> None:
    """Append parsed sentences to analysis arrays; heads become article-wide indices (-1: root)."""
    for sent in sentences:
        first = len(starts)
        for tok in sent:
            for (s, e), w in zip(word_spans(text, tok), tok.words, strict=True):
                starts.append(s)
                ends.append(e)
                norms.append(norm(w.text))
                lemmas.append(norm(w.lemma) if w.lemma else norm(w.text))
                upos.append(w.upos or "X")
                heads.append(first + w.head - 1 if w.head > 0 else -1)
                deprels.append(w.deprel or "dep")
        bounds.append((first, len(starts)))


def build_analysis(article: Article, sentences: Sequence[Sequence[ParsedToken]], engine: str) -> Analysis:
    """An analysis of ``article`` from parsed sentences, with one token range per article sentence."""
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    lemmas: list[str] = []
    upos: list[str] = []
    heads: list[int] = []
    deprels: list[str] = []
    bounds: list[tuple[int, int]] = []
    fill(article.text, sentences, starts, ends, norms, lemmas, upos, heads, deprels, bounds)
    aligned = []
    k = 0
    for sent in article.sentences:  # the parser may split differently: regroup by our sentences
        first = k
        while k < len(starts) and starts[k] < sent.span.end:
            k += 1
        aligned.append((first, k))
    return Analysis(article, starts, ends, norms, aligned, engine=engine, lemmas=lemmas, upos=upos, heads=heads,
                    deprels=deprels)
