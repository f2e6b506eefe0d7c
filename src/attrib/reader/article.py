"""Reading: bytes or files in, :class:`~attrib.model.Article` out.

Decoding tries, in order: a BOM (UTF-8, UTF-16), strict UTF-8, then cp1256 (Arabic
Windows files) when the result really looks like Arabic. Anything else is refused with
a message naming the file, rather than guessed: a wrong guess would silently corrupt
every offset downstream.
"""

from __future__ import annotations

import codecs
import re

from attrib.errors import DecodeError, InputError, OptionError
from attrib.model import Article, Sentence, Span
from attrib.reader.segment import boilerplate, paragraphs, sentences
from attrib.text.normalize import detect_language

LANG_CHOICES = ("auto", "en", "ar")
_AR_LETTERS = re.compile(r"[\u0621-\u064A]")


def decode(data: bytes, name: str = "<input>") -> str:
    """Text from bytes, or a :class:`DecodeError` that says what was wrong with ``name``."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data[:4096]:
        raise DecodeError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = sum(c.isalpha() for c in text)
    if text and letters and len(_AR_LETTERS.findall(text)) >= 0.3 * letters:
        return text
    raise DecodeError(
        f"{name}: cannot decode the text (tried UTF-8, UTF-8 with BOM, UTF-16 with BOM and "
        "cp1256); convert it to UTF-8"
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: invalid {encoding.upper()} at byte {exc.start}") from None
    if encoding == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return text


def check_lang(lang: str | None) -> str | None:
    if lang is None or lang == "auto":
        return None
    if lang not in LANG_CHOICES:
        raise OptionError(f"unknown language {lang!r}; choose one of: {', '.join(LANG_CHOICES)}")
    return lang


def make_article(text: str, id: str = "article", lang: str | None = None,
                 source_path: str | None = None) -> Article:
    """Structure (paragraphs, sentences, metadata) for already-decoded text."""
    if not isinstance(text, str):
        raise InputError(f"{id}: expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{id}: the text is empty")
    lang = check_lang(lang) or detect_language(text)
    from attrib.reader.metadata import find_metadata

    ignored = boilerplate(text)
    meta = find_metadata(text, lang, ignored)
    ignored = sorted([*ignored, *meta.ignored])
    paras = paragraphs(text, ignored)
    sents: list[Sentence] = []
    for i, p in enumerate(paras):
        sents.extend(Sentence(s, i) for s in sentences(text, p))
    title = paras[0] if paras and _is_title(paras, text) else None
    return Article(
        id=id, text=text, lang=lang, title=title, paragraphs=tuple(paras), sentences=tuple(sents),
        ignored=tuple(ignored), publisher=meta.publisher or publisher_from_id(id), wire=tuple(meta.wire),
        references=meta.references,
        date=meta.date,
        source_path=source_path,
    )


def sentences_article(text: str, spans: list[tuple[int, int]], id: str = "article", lang: str | None = None,
                      source_path: str | None = None) -> Article:
    """An article whose sentences are given (a parser's), not found by our splitter."""
    lang = check_lang(lang) or detect_language(text)
    from attrib.reader.metadata import find_metadata

    meta = find_metadata(text, lang, [])
    sents = []
    paras: list[Span] = []
    for s, e in spans:
        if paras and "\n\n" not in text[paras[-1].end:s]:
            paras[-1] = Span.of(text, paras[-1].start, e)
        else:
            paras.append(Span.of(text, s, e))
        sents.append(Sentence(Span.of(text, s, e), len(paras) - 1))
    return Article(id=id, text=text, lang=lang, paragraphs=tuple(paras), sentences=tuple(sents),
                   publisher=meta.publisher or publisher_from_id(id), wire=tuple(meta.wire), date=meta.date,
                   source_path=source_path)


_LDC_ID = re.compile(r"([A-Z]{3})_[A-Z]{3}_\d{8}\.\d{4}")


def publisher_from_id(id: str) -> str | None:
    """The publisher an LDC newswire document id names ("XIN_ARB_20000715.0011" -> Xinhua),
    from the outlets' ``source_codes``; ``None`` for any other id."""
    m = _LDC_ID.fullmatch(id)
    if m is None:
        return None
    from attrib.lexicon.load import load_gazetteer

    return load_gazetteer().source_codes.get(m.group(1))


def _is_title(paras: list[Span], text: str) -> bool:
    first = paras[0].text
    return len(paras) > 1 and len(first) < 200 and not first.rstrip().endswith((".", "؟", "?", "!", ":"))


def read_bytes(data: bytes, id: str = "article", lang: str | None = None) -> Article:
    return make_article(decode(data, id), id=id, lang=lang)
