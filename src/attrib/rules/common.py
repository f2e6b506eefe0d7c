"""Helpers shared by the rules of every language: token tests and span trimming."""

from __future__ import annotations

from attrib.rules.base import CharRange, Context

PUNCT_END = ".!?؟;…"
TRAIL = " \t\r\n.,;:!?؟،؛…-–—"


def sent_range(ctx: Context, sent: int) -> tuple[int, int]:
    return ctx.analysis.sentence_tokens[sent]


def tok(ctx: Context, k: int) -> str:
    a = ctx.analysis
    return ctx.text[a.starts[k]:a.ends[k]]


def is_word(ctx: Context, k: int) -> bool:
    t = ctx.analysis.norms[k]
    return bool(t) and (t[0].isalnum() or t[0] == "_")


def char_range(ctx: Context, i: int, j: int) -> CharRange:
    """Characters of tokens ``i .. j-1``."""
    a = ctx.analysis
    return CharRange((a.starts[i], a.ends[j - 1]))


def trim_chars(text: str, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Strip spaces and edge punctuation; closing quote marks stay when they close an
    opening mark inside the span (annotation keeps the marks of a quoted claim)."""
    while start < end and (text[start] in TRAIL or text[start].isspace()):
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch in TRAIL or ch.isspace():
            end -= 1
            continue
        if ch in "\"”»’'" and keep_quotes:
            inner = text[start:end - 1]
            opens = sum(inner.count(q) for q in "“«")
            closes = sum(inner.count(q) for q in "”»")
            straight = inner.count('"')
            if ch == '"' and straight % 2 == 1:
                break
            if ch in "”»" and opens > closes:
                break
            if ch == "’" and "‘" in inner:
                break
            end -= 1
            continue
        if ch in ")]" and text.count("(", start, end) > text.count(")", start, end) - 1:
            break
        if ch in ")]":
            end -= 1
            continue
        break
    while start < end and text[start] in "\"“«‘'" and not any(q in text[start + 1:end] for q in "\"”»’'"):
        start += 1  # an opening mark whose quote closes outside the span
    return start, end


def quote_kind(ctx: Context, parts: tuple[tuple[int, int], ...]) -> str:
    """direct: the claim is all inside quote marks; mixed: partly; indirect: none."""
    inside = 0
    total = 0
    for s, e in parts:
        total += e - s
        inside += ctx.quoted_chars(s, e)
    if total == 0 or inside == 0:
        return "indirect"
    return "direct" if inside >= total - 3 else "mixed"
