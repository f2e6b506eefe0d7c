"""Quotations in single marks: British news style ('We will appeal,' she said) and curly
‘...’ pairs.

A single mark is also the apostrophe ("Butt's", "drivers' union", "don't"), so the test is
strict: a mark opens only at the start of a word (after a space, a bracket or a dash, before a
letter) and closes only after the quotation's final punctuation ('...,' / '...'.) or after a
word when punctuation follows ('new normal',). An opening mark with no closing one in its
paragraph quotes nothing (unlike a double mark, which may run on to the next paragraph).
Single marks inside a double-quoted stretch are left to it (a quotation within a quotation).
"""

from __future__ import annotations

import re

_SINGLE = re.compile(r"[‘’']")
_OPEN_AFTER = "([{—–-/\"“"
_END_PUNCT = ",.!?;:…"


def _opens(text: str, pos: int, start: int, end: int) -> bool:
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    return text[pos] in "‘'" and (before.isspace() or before in _OPEN_AFTER) and after.isalpha()


def _closes(text: str, pos: int, start: int, end: int) -> bool:
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if text[pos] not in "’'" or before.isspace():
        return False
    if before in _END_PUNCT:
        return after.isspace() or not after.isalnum()
    return before.isalnum() and (after in _END_PUNCT or pos + 1 >= end)


def single_quote_spans(text: str, start: int, end: int, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted stretches of ``text[start:end]`` (one paragraph) outside ``doubles``."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, start, end):
        pos = m.start()
        if any(s <= pos < e for s, e in doubles):
            continue
        if open_at is None:
            if _opens(text, pos, start, end):
                open_at = pos
        elif _closes(text, pos, start, end):
            if pos + 1 - open_at > 3:
                out.append((open_at, pos + 1))
            open_at = None
    return out


def merge_quotes(doubles: list[tuple[int, int]], singles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """All quoted stretches in text order; a double-quoted stretch inside a single-quoted one
    is part of it."""
    kept = [d for d in doubles if not any(s <= d[0] and d[1] <= e for s, e in singles)]
    return sorted(kept + singles)


__all__ = ["merge_quotes", "single_quote_spans"]
