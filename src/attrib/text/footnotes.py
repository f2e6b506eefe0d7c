"""Footnote and reference markers inside a claim ("... 8.1 مليار دولار[1] في نهاية يونيو",
"... the deficit[2] will ..."): copied from wikis and reports, they are no part of what was
said. A claim range is split around them, so the pieces keep exact offsets and the marker is
left out; a claim that is only a marker disappears."""

from __future__ import annotations

import re

_MARKER = re.compile(r"\s*\[(?:\d{1,3}|[a-z]|note \d{1,3})\]")


def without_markers(text: str, ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``ranges`` with every footnote marker cut out (each piece trimmed of spaces)."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        pos = start
        for m in _MARKER.finditer(text, start, end):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, end))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return tuple(trimmed) or ranges
