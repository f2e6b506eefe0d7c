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

from attrib.lexicon.load import load_gazetteer
from attrib.lexicon.names import find_names
from attrib.model import Outlet, Span
from attrib.text.normalize import norm

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
    date: str | None = None


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8,
    "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "اذار": 3,
    "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الاول": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b")
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def find_date(head: str) -> str | None:
    """The first full date in the opening lines, as ISO 8601 ("٠٦ مارس ٢٠١٨" -> 2018-03-06).

    Works on the normalised view, so Eastern Arabic digits and hamza spellings of month
    names are read like their plain forms."""
    view = norm(head)
    candidates = []
    for m in _DATE_DMY.finditer(view):
        candidates.append((m.start(), int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1))))
    for m in _DATE_MDY.finditer(view):
        candidates.append((m.start(), int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2))))
    for m in _DATE_ISO.finditer(view):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for _, y, mo, d in sorted(candidates):
        if 1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


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
        p = _PUBLISHER_LINE.match(line)
        if p and len(stripped) <= 200:
            hits = _outlets_in(text, m.start() + p.start(1), m.start() + p.end(1), codes=False)
            if hits:
                publisher = publisher or hits[-1][1]
                extra.append(Span.of(text, m.start(), m.end()))
                continue
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
        r = _REFERENCE.match(line)
        if r:
            close = max(line.rfind('"'), line.rfind("”"), line.rfind("»"))
            start = m.start() + (close + 1 if close > r.end() else r.end())
            for span, name in _outlets_in(text, start, m.end(), codes=False, cased=False):
                refs.append(Outlet(name, "reference", span))
            extra.append(Span.of(text, m.start(), m.end()))
    head = "\n".join(m.group() for m in lines[:4])
    return Metadata(publisher, tuple(wire.values()), tuple(extra), tuple(refs), find_date(head))
