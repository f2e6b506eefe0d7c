"""Article-level facts: publisher, wire credits, reference lists.

News marks wire copy in fixed places: a dateline ("ISLAMABAD (Reuters) -",
"بغداد ١٥-٧ (اف ب) -") or a credit line ("* فرانس برس", "(رويترز)"), and the publisher
in a credit line ("Credit…X for The New York Times", "© 2023 Reuters"). These lines
are matched by position and shape, then their outlet by the gazetteer, so a new
outlet needs a lexicon entry, not code.
"""

from __future__ import annotations

import re

import attrs

from attrib.lexicon import load_gazetteer
from attrib.model import Outlet, Span
from attrib.outlets import find_names

_LINE = re.compile(r"[^\n\r]+")
# "(Reuters) -", "(AP) —", "(اف ب) -", "(رويترز) -" near the start of a paragraph.
_DATELINE = re.compile(r"\(([^()\n]{1,40})\)\s*[-–—:]")
# A line that is only a credit: "* فرانس برس", "(رويترز)", "- أ ف ب", "AFP", "Reuters".
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?:المصدر|Source|Sources)\s*:\s*)?[*•\-–—(\[]*\s*([^()\[\]\n*]{2,40}?)\s*[)\]]?\s*\.?\s*$"
)
_PUBLISHER_LINE = re.compile(
    r"^\s*(?:Credit\W+.*?\bfor\s+|©\s*(?:\d{4}\s+)?|Copyright\s+(?:©\s*)?(?:\d{4}\s+)?|"
    r"(?:This (?:article|story) )?(?:originally )?(?:appeared|published) (?:first )?(?:in|by|on)\s+)"
    r"(.+?)\s*\.?\s*$",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"^\s*(?:\d+\.\s*)?(?:\^|\[\d+\])\s*")


@attrs.frozen
class Metadata:
    publisher: str | None
    wire: tuple[Outlet, ...]
    ignored: tuple[Span, ...]
    references: tuple[Outlet, ...] = ()


def _outlets_in(text: str, start: int, end: int, codes: bool = True, cased: bool = True) -> list[tuple[Span, str]]:
    gaz = load_gazetteer()
    hits = find_names(gaz.outlets, text, start, end, cased)
    if codes:
        hits += find_names(gaz.wire_codes, text, start, end, cased)
    return hits


def _is_wire(name: str) -> bool:
    entry = load_gazetteer().outlet_entries.get(name)
    return entry is not None and entry.type in ("wire", "agency")


def find_metadata(text: str, lang: str, ignored: list[Span]) -> Metadata:
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    skip = {(s.start, s.end) for s in ignored}
    wire: dict[str, Outlet] = {}
    publisher: str | None = None
    extra: list[Span] = []
    refs: list[Outlet] = []
    for idx, m in enumerate(lines):
        if (m.start(), m.end()) in skip:
            continue
        line = m.group()
        # dateline credits, only in the first 120 characters of a paragraph
        for d in _DATELINE.finditer(line, 0, min(len(line), 160)):
            for span, name in _outlets_in(text, m.start() + d.start(1), m.start() + d.end(1)):
                wire.setdefault(name, Outlet(name, "wire", span))
        stripped = line.strip()
        if len(stripped) <= 60 and (idx == len(lines) - 1 or idx >= len(lines) - 3 or idx <= 2):
            c = _CREDIT_LINE.match(line)
            if c:
                hits = _outlets_in(text, m.start() + c.start(1), m.start() + c.end(1))
                covered = sum(len(s.text) for s, _ in hits)
                if hits and covered >= 0.6 * len(c.group(1).strip()):
                    for span, name in hits:
                        if _is_wire(name) or len(hits) == 1:
                            wire.setdefault(name, Outlet(name, "wire", span))
                        else:
                            publisher = publisher or name  # "المصدر: الجزيرة + فرانس برس"
                    extra.append(Span.of(text, m.start(), m.end()))
                    continue
        p = _PUBLISHER_LINE.match(line)
        if p and len(stripped) <= 200:
            hits = _outlets_in(text, m.start() + p.start(1), m.start() + p.end(1), codes=False)
            if hits:
                publisher = publisher or hits[-1][1]
                extra.append(Span.of(text, m.start(), m.end()))
                continue
        r = _REFERENCE.match(line)
        if r:
            close = max(line.rfind('"'), line.rfind("”"), line.rfind("»"))
            start = m.start() + (close + 1 if close > r.end() else r.end())
            for span, name in _outlets_in(text, start, m.end(), codes=False, cased=False):
                refs.append(Outlet(name, "reference", span))
            extra.append(Span.of(text, m.start(), m.end()))
    return Metadata(publisher, tuple(wire.values()), tuple(extra), tuple(refs))
