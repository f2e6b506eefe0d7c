"""Paragraphs and sentences as spans of the original text.

Sentence splitting is rule-based (pySBD-style): a break after . ! ? ؟ followed by
space, unless the word before is an abbreviation or an initial, or the next word
starts in lowercase. A newline always ends a sentence: news text puts one paragraph on
a line, and a sentence never runs across paragraphs. Boilerplate regions (shortcodes)
are excluded before splitting so they are never parsed as prose.
"""

from __future__ import annotations

import bisect
import itertools
import re

from attrib.model import Article, Span
from attrib.reader.single_quotes import merge_quotes, single_quote_spans

_ABBREV = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st jr sr rev hon pres
    gov amb cmdr cpl pvt supt insp vs etc inc corp ltd co no nos vol fig jan feb mar apr
    jun jul aug sep sept oct nov dec mt ft approx dept est univ assn bros""".split()
)
_BREAK = re.compile(r"[.!?؟…]+[\"”’'»)\]]*(?=\s)|[\"”»][.!?؟](?=\s)")
_LINE = re.compile(r"[^\n\r]+")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
# After a closing quote, a short tag such as "Rubio said." continues the sentence:
# '"Is it legal?" Rubio said.' is one sentence with its speaker.
_QUOTE_TAG = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,4}?(?:said|says|asked|added|told|wrote|tweeted|explained|continued|insisted|"
    r"noted|replied|recalled|argued|declared|shouted|joked|warned|stressed|admitted|acknowledged)\b[^.!?\n]{0,80}[.!?]",
    re.IGNORECASE,
)
# A WordPress-style shortcode: "[name attr=...]", "[/name]" or a bare "[some-name]". Editorial
# brackets inside quotations ("[I]f", "[Democratic lies]", "[sic]") are prose and stay.
_SHORTCODE = re.compile(r"\[/[A-Za-z][\w-]*\]|\[[A-Za-z][\w-]*\s[^\[\]\n]*=[^\[\]\n]*\]|\[[a-z]+[-_][\w-]*\]")
_BOILERPLATE_LINES = re.compile(
    r"^\s*(?:Comments are closed\.?|Read the rest here\.?|Advertisement|Share this:?|"
    r"Click here to .*|Sign up for .*newsletter.*|انظر أيضا[ًا]?|اقرأ أيضا[ًا]?:?|المصادر)\s*$",
    re.IGNORECASE,
)


def boilerplate(text: str) -> list[Span]:
    """Regions that are page furniture, not prose: WordPress shortcodes and fixed lines."""
    spans = [Span.of(text, m.start(), m.end()) for m in _SHORTCODE.finditer(text)]
    for m in _LINE.finditer(text):
        if _BOILERPLATE_LINES.match(m.group()):
            spans.append(Span.of(text, m.start(), m.end()))
    spans.sort()
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str, ignored: list[Span]) -> list[Span]:
    """Each non-empty line, minus ignored regions, is a paragraph."""
    out: list[Span] = []
    cuts = sorted((s.start, s.end) for s in ignored)
    cut_starts = [cs for cs, _ in cuts]
    reach = list(itertools.accumulate((ce for _, ce in cuts), max))  # furthest end so far
    for m in _LINE.finditer(text):
        pieces = [(m.start(), m.end())]
        # only the cuts from the first one that reaches past the line's start to the last one
        # that starts before its end (two bisections), in their sorted order
        first = bisect.bisect_right(reach, m.start())
        k = bisect.bisect_left(cut_starts, m.end())
        for cs, ce in cuts[first:k]:
            if ce <= m.start() or cs >= m.end():
                continue
            nxt = []
            for ps, pe in pieces:
                if ce <= ps or cs >= pe:
                    nxt.append((ps, pe))
                    continue
                if cs > ps:
                    nxt.append((ps, cs))
                if ce < pe:
                    nxt.append((ce, pe))
            pieces = nxt
        for ps, pe in pieces:
            s, e = _trim(text, ps, pe)
            if e > s and any(c.isalnum() for c in text[s:e]):
                out.append(Span.of(text, s, e))
    return out


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j = dot
    while j > start and not text[j - 1].isspace():
        j -= 1
    word = text[j:dot].lstrip("\"“‘'(")
    if not word:
        return False
    if word.lower() in _ABBREV:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Vladimir V. Putin"
    return bool(_DOTTED.match(word + "."))


def sentences(text: str, para: Span) -> list[Span]:
    """Sentences of one paragraph."""
    out: list[Span] = []
    start = para.start
    seg = para.text
    for m in _BREAK.finditer(seg):
        end = para.start + m.end()
        dot = para.start + m.start()
        if _is_abbreviation(text, start, dot):
            continue
        k = end
        while k < para.end and text[k].isspace():
            k += 1
        if k < para.end:
            nxt = text[k]
            if nxt.isalpha() and nxt.islower() and nxt.isascii():
                continue
            if text[end - 1] in "\"”’»" and _QUOTE_TAG.match(text, k, para.end):
                continue
        s, e = _trim(text, start, end)
        if e > s:
            out.append(Span.of(text, s, e))
        start = end
    s, e = _trim(text, start, para.end)
    if e > s:
        out.append(Span.of(text, s, e))
    return out


_QUOTE = re.compile(r"''|``|[“”«»„\"]")


def quote_spans(article: Article) -> list[tuple[int, int]]:
    """Quoted stretches (start of the opening mark, end after the closing mark).

    Curly and guillemet quotes pair by direction (»...« too, as German and some Arabic text
    write them). A straight quote (or a typewriter '')
    takes its direction from its neighbours: after a space and before a word it opens,
    after a word and before a space or punctuation it closes; only when both readings
    fit does it alternate. A closing mark with nothing open closes a quotation begun on
    an earlier line, so the paragraph up to it is quoted. An unclosed quote runs to the
    end of its paragraph (news style for a quote continued in the next paragraph)."""
    out: list[tuple[int, int]] = []
    text = article.text
    for para in article.paragraphs:
        before = len(out)
        _double_quotes(text, para, out)
        out[before:] = merge_quotes(out[before:], single_quote_spans(text, para.start, para.end, out[before:]))
    return out


def _double_quotes(text: str, para: Span, out: list[tuple[int, int]]) -> None:
    """Double-quoted stretches of one paragraph, appended to ``out`` (see quote_spans)."""
    open_at: int | None = None
    opener = ""
    for m in _QUOTE.finditer(text, para.start, para.end):
        ch = m.group()
        straight = ch in ("''", "``", "\"")
        if ch in ("''", "``"):
            ch = "\""  # typewriter quotes as in '' ... '' (newspaper archives)
        before = text[m.start() - 1] if m.start() > para.start else " "
        after = text[m.end()] if m.end() < para.end else " "
        can_open = before.isspace() or before in "([{—–-/" or m.start() == para.start
        can_close = not before.isspace() and (after.isspace() or not after.isalnum())
        if open_at is None:
            if straight and can_close and not can_open:
                if m.start() - para.start > 20:
                    out.append((para.start, m.end()))  # the end of a quotation begun earlier
                continue
            if ch in "“«„\"" or (ch == "»" and not after.isspace()):
                open_at, opener = m.start(), ch  # »...« as in German, or reversed in some Arabic text
            continue
        closes = {"“": "”\"", "«": "»", "»": "«", "„": "“”\"", "\"": "\"”"}[opener]
        if straight and can_open and not can_close:
            if opener == "\"":
                open_at = m.start()  # a second opener: the first mark was a stray
            continue
        if ch in closes:
            out.append((open_at, m.end()))
            open_at = None
        elif ch == opener and ch != "\"":
            open_at = m.start()  # stray opener: restart
    if open_at is not None and para.end - open_at > 20:
        out.append((open_at, para.end))
