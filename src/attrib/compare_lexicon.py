"""The cross-lingual word lists of `attrib compare` (lexicons/compare.toml), loaded once.

Speaker groups, pronouns and the claim markers (negation, hedges, conditions, intentions,
number scales) live in data so that a user can extend them for another language pair or
domain without touching the code; this module only merges the files and answers lookups
on normalised words.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

import attrs

from attrib.lexicon.load import lexicon_files
from attrib.text.normalize import norm

_PROCLITICS = "وفبلك"


@attrs.frozen
class CompareLexicon:
    groups: dict[str, str]                      # normalised form -> group id
    pronouns: frozenset[str]
    markers: dict[str, frozenset[str]]          # "negation:en" -> normalised words/phrases
    scale: dict[str, int]                       # normalised word -> multiplier
    stance: frozenset[str]
    name_classes: dict[str, str]               # skeleton letter -> its class letter
    institutions: frozenset[str]               # group ids that describe an institution


def variants(word: str) -> tuple[str, ...]:
    """A normalised word and its forms without Arabic proclitic and article (و+ال+كلمة)."""
    w = norm(word)
    out = [w]
    if len(w) > 3 and w[0] in _PROCLITICS:
        out.append(w[1:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 4:
            out.append(x[2:])
        if x.startswith("لل") and len(x) > 4:
            out.append(x[2:])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def compare_lexicon() -> CompareLexicon:
    groups: dict[str, str] = {}
    pronouns: set[str] = set()
    markers: dict[str, set[str]] = {}
    scale: dict[str, int] = {}
    stance: set[str] = set()
    classes: dict[str, str] = {}
    institutions: set[str] = set()
    factor = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
    for f in lexicon_files("compare.toml"):
        with f.open("rb") as fh:
            data = tomllib.load(fh)
        for g in data.get("speaker_group", []):
            if g.get("institution"):
                institutions.add(g["id"])
            for form in g.get("forms", []):
                groups[norm(form)] = g["id"]
        for forms in data.get("pronouns", {}).values():
            pronouns.update(norm(x) for x in forms)
        for kind in ("negation", "hedge", "condition", "intention"):
            for key, forms in data.get(kind, {}).items():
                markers.setdefault(f"{kind}:{key}", set()).update(norm(x) for x in forms)
                if key in ("en_prefixed", "en_not_negative"):  # affixes and exact words, not normalised
                    markers[f"{kind}:{key}"] = {x.lower() for x in markers[f"{kind}:{key}"]}
        for name, forms in data.get("scale", {}).items():
            for x in forms:
                scale[norm(x)] = factor[name]
        stance.update(data.get("stance", {}).get("categories", []))
        classes.update(data.get("name_classes", {}))
    return CompareLexicon(groups, frozenset(pronouns), {k: frozenset(v) for k, v in markers.items()}, scale,
                          frozenset(stance), classes, frozenset(institutions))
