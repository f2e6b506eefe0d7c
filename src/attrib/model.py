"""The data model: small frozen values that point into the original text.

Every span keeps ``start``/``end`` (Python string indices, end exclusive) into the
text the user gave us, after decoding; ``text[start:end] == span.text`` always. The
values compare, hash and serialise with no extra code (attrs), so results can be
asserted in tests, cached and sent between processes.
"""

from __future__ import annotations

from typing import Literal

import attrs

Origin = Literal["text", "html"]
QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "anonymous", "organisation", "government", "outlet", "document", "unknown"]
OutletRole = Literal["publisher", "wire", "channel", "reporter", "reference"]

SPEAKER_KINDS: tuple[str, ...] = (
    "person", "anonymous", "organisation", "government", "outlet", "document", "unknown",
)
OUTLET_ROLES: tuple[str, ...] = ("publisher", "wire", "channel", "reporter", "reference")


@attrs.frozen(order=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text``; the only way spans are made, so offsets stay exact."""
        return cls(start, end, text[start:end])

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen
class Token:
    """A word or punctuation mark; ``norm`` is the matching form (lowercase, Arabic-normalised,
    proclitics removed), ``prefix`` the proclitics split off (Arabic و ف ب ل ك)."""

    start: int
    end: int
    text: str
    norm: str
    prefix: str = ""
    lemma: str | None = None
    upos: str | None = None
    head: int | None = None
    deprel: str | None = None


@attrs.frozen
class Sentence:
    span: Span
    paragraph: int


@attrs.frozen
class Article:
    """A decoded article with its structure; the text itself is never rewritten."""

    id: str
    text: str
    lang: str
    title: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    ignored: tuple[Span, ...] = ()
    publisher: str | None = None
    wire: tuple[Outlet, ...] = ()
    references: tuple[Outlet, ...] = ()
    date: str | None = None
    source_path: str | None = None
    origin: Origin = "text"  # "html": the main text extracted from a news page (attrib.reader.htmlpage)


@attrs.frozen
class Cue:
    span: Span
    lemma: str
    category: str
    kind: str = "speech"


@attrs.frozen
class Speaker:
    """Who the claim is ascribed to, resolved across the article.

    ``mention`` is the span in this sentence (None for pro-drop or a pronoun glued to a
    word); ``name`` the resolved canonical name; ``title`` a role or affiliation."""

    mention: Span | None
    name: str
    kind: str
    title: str | None = None


@attrs.frozen
class Outlet:
    name: str
    role: str
    span: Span | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name, "role": self.role}
        out["start"] = self.span.start if self.span else None
        out["end"] = self.span.end if self.span else None
        if self.span:
            out["text"] = self.span.text
        return out


@attrs.frozen
class Attribution:
    id: str
    cue: Cue
    speaker: Speaker
    content: Span
    outlet: Outlet | None
    quote: str
    sentence: int
    rule: str
    confidence: float = 1.0
    content_parts: tuple[Span, ...] = ()

    @property
    def parts(self) -> tuple[Span, ...]:
        """All pieces of the content (a claim split around its cue has two or more)."""
        return self.content_parts or (self.content,)


@attrs.frozen
class ArticleAttributions:
    """The result for one article: what ``attrib.extract`` returns."""

    article: Article
    attributions: tuple[Attribution, ...]
    speakers: tuple[Speaker, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    engine: str = "light"
