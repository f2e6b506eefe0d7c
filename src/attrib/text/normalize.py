"""Matching forms of words, computed in a *view* so the original text is never rewritten.

Arabic is written with optional diacritics, several alef forms, ya/alef-maqsura and
ta-marbuta/ha alternations, tatweel, and Persian letters in loanwords (پ in
"فورين پوليسي"); English with curly quotes and apostrophes. Matching on a normalised
form lets one lexicon entry cover all of them, and the offset map of
:func:`normalized_view` lets any match in the view be cut back out of the original.
"""

from __future__ import annotations

import re
import unicodedata

# Deleted in the view: harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel.
_DELETE = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640" + "".join(
    chr(c) for c in range(0x0610, 0x061B)
) + "\u200c\u200d\u200e\u200f\u00ad"

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ک": "ك", "گ": "ك", "ڭ": "ك",
    "‘": "'", "’": "'", "‛": "'", "ʼ": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}

_TABLE = str.maketrans({**_MAP, **_DIGITS, **{c: None for c in _DELETE}})


def norm(word: str) -> str:
    """The matching form of a word or phrase: lowercase, Arabic letters unified, marks removed.

    Idempotent, and deletes only characters that carry no meaning for matching, so
    ``norm(a) == norm(b)`` is the equality lexicons are looked up with."""
    return word.translate(_TABLE).lower()


def normalized_view(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index in ``text`` it came from.

    ``offsets`` has one extra entry (``len(text)``) so a view span ``[i, j)`` maps back to
    ``[offsets[i], offsets[j-1] + 1)``; see :func:`to_original`."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        mapped = ch.translate(_TABLE).lower()
        for m in mapped:
            out.append(m)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def to_original(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a view span back to original offsets (end exclusive)."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


def detect_language(text: str, sample: int = 20000) -> str:
    """'ar' or 'en' by script: the majority of letters in the first ``sample`` characters.

    Script is decisive for the two languages we support and needs no model; other
    Latin-script languages are reported as 'en' (our rules then simply find less)."""
    head = text[:sample]
    ar = len(_ARABIC_LETTER.findall(head))
    la = len(_LATIN_LETTER.findall(head))
    return "ar" if ar > la else "en"


def strip_accents(s: str) -> str:
    """Latin accents removed (for fuzzy matching of transliterated names)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
