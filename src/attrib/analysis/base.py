"""The one output type every analyzer produces."""

from __future__ import annotations

import attrs

from attrib.model import Article, Token


@attrs.define(slots=True)
class Analysis:
    """Tokens of an article as parallel arrays, with sentence boundaries as token ranges.

    ``heads``/``deprels``/``upos``/``lemmas`` are filled by dependency analyzers and left
    ``None`` by the light one; rules check for them before using syntax."""

    article: Article
    starts: list[int]
    ends: list[int]
    norms: list[str]
    sentence_tokens: list[tuple[int, int]]
    engine: str = "light"
    lemmas: list[str] | None = None
    upos: list[str] | None = None
    heads: list[int] | None = None
    deprels: list[str] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def token(self, i: int) -> Token:
        s, e = self.starts[i], self.ends[i]
        return Token(
            s, e, self.article.text[s:e], self.norms[i],
            lemma=self.lemmas[i] if self.lemmas else None,
            upos=self.upos[i] if self.upos else None,
            head=self.heads[i] if self.heads else None,
            deprel=self.deprels[i] if self.deprels else None,
        )

    @property
    def tokens(self) -> list[Token]:
        return [self.token(i) for i in range(len(self))]
