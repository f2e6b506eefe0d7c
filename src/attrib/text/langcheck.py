"""Is this text English or Arabic at all? A check for inputs whose language nobody stated.

``detect_language`` decides between our two languages by script; a French or Chinese text
would silently be read as English and give junk or nothing. Here the script must be Latin or
Arabic, and a longer text must use the language's commonest function words at the rate any
running text does (they make up a quarter of English and Arabic news; a text in another
language that shares the script uses its own). The words live in ``lexicons/langcheck.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from attrib.errors import InputError
from attrib.text.normalize import detect_language, norm

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
MIN_WORDS = 30      # shorter texts are let through: too few words to judge
MIN_SHARE = 0.06    # function words per word below which a text is not in the language
SAMPLE_WORDS = 2000


@cache
def function_words() -> dict[str, frozenset[str]]:
    data = tomllib.loads(resources.files("attrib.lexicons").joinpath("langcheck.toml").read_text(encoding="utf-8"))
    return {lang: frozenset(norm(w) for w in entry["function_words"]) for lang, entry in data.items()}


def check_supported(text: str, name: str) -> str:
    """The language of ``text`` (``en``/``ar``), or an :class:`InputError` saying it is neither."""
    head = text[:40000]
    letters = len(_LETTER.findall(head))
    ours = len(_ARABIC.findall(head)) + len(_LATIN.findall(head))
    if letters and ours < 0.5 * letters:
        raise InputError(f"{name}: the text is not in English or Arabic (its letters are mostly of another "
                         "script); attrib reads English and Arabic news only")
    lang = detect_language(text)
    words = [norm(w) for w in _WORD.findall(head)[:SAMPLE_WORDS]]
    if len(words) >= MIN_WORDS:
        known = function_words()[lang]
        share = sum(w in known for w in words) / len(words)
        if share < MIN_SHARE:
            language = "Arabic" if lang == "ar" else "English"
            raise InputError(f"{name}: the text does not look like {language} (too few of its common words); "
                             "attrib reads English and Arabic news only; choose the language if it is one of them")
    return lang
