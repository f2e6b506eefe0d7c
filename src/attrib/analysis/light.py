"""The ``light`` analyzer: regex tokens with offsets, Arabic proclitics split off for matching.

Pure Python and model-free, so it runs anywhere at well over 1 MB/s. Tokens are kept
as parallel arrays (``starts``, ``ends``, ``norms``) rather than one object per token:
the rules only need these, and a million objects per megabyte would cost most of our
time budget. :class:`attrib.model.Token` objects are built on demand. The tokenizer itself
lives in :mod:`attrib.text.tokens`.
"""

from __future__ import annotations

from functools import lru_cache

from attrib.analysis.base import Analysis
from attrib.model import Article
from attrib.text.normalize import norm
from attrib.text.tokens import tokenize


@lru_cache(maxsize=65536)
def _norm_word(word: str) -> str:
    """:func:`norm` for one token; news repeats its words, so a bounded cache pays."""
    return norm(word)


def analyze(article: Article) -> Analysis:
    """Tokens of every sentence of ``article``."""
    text = article.text
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    bounds: list[tuple[int, int]] = []
    for sent in article.sentences:
        first = len(starts)
        for s, e in tokenize(text, sent.span.start, sent.span.end):
            starts.append(s)
            ends.append(e)
            w = text[s:e]
            norms.append('"' if w in ("''", "``") else _norm_word(w))
        bounds.append((first, len(starts)))
    return Analysis(article, starts, ends, norms, bounds, engine="light")
