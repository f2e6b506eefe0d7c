"""Reading CoNLL-U (from stanza, UDPipe, Trankit or any UD parser) as an analysis.

The text is rebuilt from the tokens (a space unless ``SpaceAfter=No``; a newline between
sentences, a blank line at ``# newpar``/``# newdoc``), so every offset points into that
text exactly. Multi-word tokens (``1-2 وقال``) keep their surface form in the text and
their syntactic words in the analysis. UD v1 labels (``dobj``, ``nmod`` for obliques)
are read as they are; the dependency rules accept both label sets.
"""

from __future__ import annotations

import re
from pathlib import Path

from attrib.analysis.base import Analysis
from attrib.analysis.words import ParsedToken, ParsedWord, build_analysis
from attrib.errors import ConlluError, InputError
from attrib.model import Article
from attrib.reader.article import decode, sentences_article

_COLS = 10


_DOC_ID = re.compile(r"^#\s*(?:newdoc id\s*=\s*(\S+)|orig_file_sentence\s+([^#\s]+)#)")


def split_documents(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Lines grouped by document (``# newdoc id = X`` or PADT's ``# orig_file_sentence X#n``)."""
    docs: list[tuple[str, list[str]]] = []
    block: list[str] = []
    block_doc: str | None = None

    def flush() -> None:
        nonlocal block, block_doc
        if block:
            doc = block_doc or (docs[-1][0] if docs else "doc")
            if docs and docs[-1][0] == doc:
                docs[-1][1].extend(block)
            else:
                docs.append((doc, block))
        block, block_doc = [], None

    for line in lines:
        m = _DOC_ID.match(line)
        if m:
            block_doc = m.group(1) or m.group(2)
        block.append(line)
        if not line.strip():
            flush()
    flush()
    return docs


def _parse(lines: list[str], name: str) -> list[tuple[bool, list[tuple[str, bool, list[ParsedWord]]]]]:
    """Sentences as (starts a paragraph, [(surface, space after, words)])."""
    out: list[tuple[bool, list[tuple[str, bool, list[ParsedWord]]]]] = []
    cur: list[tuple[str, bool, list[ParsedWord]]] = []
    newpar = True
    pending_range: tuple[int, int, str, bool] | None = None
    expect = 1
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if cur:
                out.append((newpar, cur))
                cur, newpar, expect = [], False, 1
            continue
        if line.startswith("#"):
            if line.startswith(("# newpar", "# newdoc")):
                newpar = True
            continue
        cols = line.split("\t")
        if len(cols) != _COLS:
            raise ConlluError(f"{name}:{n}: expected {_COLS} tab-separated columns, found {len(cols)}")
        ident, form = cols[0], cols[1]
        space = "SpaceAfter=No" not in cols[9]
        if "." in ident:
            continue  # empty nodes of enhanced dependencies
        if "-" in ident:
            try:
                a, b = (int(x) for x in ident.split("-"))
            except ValueError:
                raise ConlluError(f"{name}:{n}: bad multi-word token id {ident!r}") from None
            pending_range = (a, b, form, space)
            cur.append((form, space, []))
            continue
        try:
            idx = int(ident)
            head = int(cols[6]) if cols[6] != "_" else 0
        except ValueError:
            raise ConlluError(f"{name}:{n}: bad word id or head ({ident!r}, {cols[6]!r})") from None
        if idx != expect:
            raise ConlluError(f"{name}:{n}: word id {idx} out of order (expected {expect})")
        expect += 1
        word = ParsedWord(form, None if cols[2] == "_" else cols[2], None if cols[3] == "_" else cols[3], head,
                          None if cols[7] == "_" else cols[7])
        if pending_range and pending_range[0] <= idx <= pending_range[1]:
            cur[-1][2].append(word)
            if idx == pending_range[1]:
                pending_range = None
        else:
            cur.append((form, space, [word]))
    if cur:
        out.append((newpar, cur))
    if not out:
        raise ConlluError(f"{name}: no sentences found")
    return out


def _load(path: str | Path) -> list[str]:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    return decode(p.read_bytes(), str(path)).splitlines()


def read_conllu_documents(path: str | Path, lang: str | None = None) -> list[tuple[Article, Analysis]]:
    """One (Article, Analysis) per document of a CoNLL-U file (treebanks hold many)."""
    lines = _load(path)
    out = []
    offset = 0
    for doc_id, block in split_documents(lines):
        out.append(_build(block, str(path), doc_id, lang, offset))
        offset += len(block)
    return out


def read_conllu(path: str | Path, lang: str | None = None) -> tuple[Article, Analysis]:
    """(Article, Analysis) of a CoNLL-U file: one article per file."""
    return _build(_load(path), str(path), Path(path).stem, lang, 0)


def _build(lines: list[str], path: str, doc_id: str, lang: str | None, line_offset: int
           ) -> tuple[Article, Analysis]:
    try:
        sents = _parse(lines, path)
    except ConlluError as exc:
        raise _shift(exc, line_offset) from None
    p = Path(path)
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    tokens: list[list[ParsedToken]] = []
    pos = 0
    for i, (newpar, toks) in enumerate(sents):
        if i:
            sep = "\n\n" if newpar else "\n"
            parts.append(sep)
            pos += len(sep)
        start = pos
        sent_tokens = []
        for k, (form, space, words) in enumerate(toks):
            sent_tokens.append(ParsedToken(pos, pos + len(form), tuple(words)))
            parts.append(form)
            pos += len(form)
            if space and k < len(toks) - 1:
                parts.append(" ")
                pos += 1
        spans.append((start, pos))
        tokens.append(sent_tokens)
    text = "".join(parts)
    article = sentences_article(text, spans, id=doc_id or p.stem, lang=lang, source_path=str(path))
    return article, build_analysis(article, tokens, "conllu")


def _shift(exc: ConlluError, offset: int) -> ConlluError:
    """Line numbers of a document's block shifted to the file's numbering."""
    if not offset:
        return exc
    msg = re.sub(r":(\d+):", lambda m: f":{int(m.group(1)) + offset}:", str(exc), count=1)
    return ConlluError(msg)
