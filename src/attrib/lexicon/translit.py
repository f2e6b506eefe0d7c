"""Consonant skeletons for comparing names across Arabic and Latin script.

"كينيث كاتزمان" and "Kenneth Katzman" both become "knt ktzmn"; Jaro-Winkler on skeletons
then decides. The mapping is data (``lexicons/translit.toml``), documented there.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from attrib.lexicon.load import lexicon_roots
from attrib.text.normalize import norm, strip_accents
from attrib.text.similarity import jaro_winkler

_AR = re.compile(r"[\u0621-\u064a]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The shipped scheme, then any user translit.toml (ATTRIB_LEXICONS), entry by entry."""
    arabic: dict[str, str] = {}
    latin: dict[str, str] = {}
    for root in lexicon_roots(()):
        f = root / "translit.toml"
        if f.is_file():
            with f.open("rb") as fh:
                data = tomllib.load(fh)
            arabic.update(data.get("arabic", {}))
            latin.update(data.get("latin", {}))
    return arabic, list(latin.items())


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of a name in either script."""
    arabic, latin = _tables()
    s = norm(strip_accents(name))
    if _AR.search(s):
        s = "".join(arabic.get(ch, ch if not ch.isalpha() else "") for ch in s)
    s = re.sub(r"[^a-z ]", "", s)
    for src, dst in latin:
        s = s.replace(src, dst)
    s = re.sub(r"(.)\1+", r"\1", s)
    return " ".join(s.split())


def name_similarity(a: str, b: str) -> float:
    """Jaro-Winkler on skeletons; a one-word name is compared with the other's best word."""
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return 0.0
    full = float(jaro_winkler(sa, sb))
    wa, wb = sa.split(), sb.split()
    if len(wa) == 1 or len(wb) == 1:
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        best = max(float(jaro_winkler(short[0], w)) for w in long_)
        return max(full, best * 0.95)
    return full
