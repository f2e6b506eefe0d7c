"""The value types of every lexicon entry, checked when a lexicon file is loaded.

A user lexicon with ``name = 5`` or ``forms = "said"`` used to load, and then failed inside
the rules as an "internal error" on every article. Checking each value against the type
the loader expects turns that into one :class:`~attrib.errors.LexiconError` at load time that
names the file, the entry, the key and the type expected (see docs/lexicons.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from attrib.errors import LexiconError

ValueType = Literal["text", "flag", "list of texts"]

# section ([[cue]], [[role]], ...) -> key -> type; keys not listed are ignored, as before
SCHEMAS: dict[str, dict[str, ValueType]] = {
    "cue": {"lemma": "text", "category": "text", "kind": "text", "forms": "list of texts", "gloss": "text",
            "complementizers": "list of texts", "preposition": "text", "weak": "flag", "nominal": "flag",
            "not_before": "list of texts", "rule": "text", "noun_forms": "list of texts"},
    "role": {"lemma": "text", "kind": "text", "forms": "list of texts", "gloss": "text"},
    "outlet": {"name": "text", "aliases": "list of texts", "type": "text", "country": "text",
               "wire_codes": "list of texts", "source_codes": "list of texts"},
    "entity": {"name": "text", "kind": "text", "aliases": "list of texts", "adjectives": "list of texts"},
}


def _fits(value: object, expected: ValueType) -> bool:
    if expected == "text":
        return isinstance(value, str)
    if expected == "flag":
        return isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _describe(value: object) -> str:
    return {str: "text", bool: "flag", int: "number", float: "number", list: "list",
            dict: "table"}.get(type(value), type(value).__name__)


def entries(data: dict[str, Any], section: str, path: Path | Any) -> list[dict[str, Any]]:
    """The ``[[section]]`` entries of a parsed lexicon file, each with its values type-checked."""
    items = data.get(section, [])
    if not isinstance(items, list) or not all(isinstance(e, dict) for e in items):
        raise LexiconError(f"lexicon file {path}: {section!r} must be a list of [[{section}]] tables")
    schema = SCHEMAS[section]
    for n, entry in enumerate(items, 1):
        for key, value in entry.items():
            expected = schema.get(key)
            if expected is not None and not _fits(value, expected):
                raise LexiconError(f"lexicon file {path}: [[{section}]] entry {_label(entry, n)}: "
                                   f"{key} must be a {expected}, not a {_describe(value)} ({value!r})")
    return items


def _label(entry: dict[str, Any], n: int) -> str:
    for key in ("lemma", "name"):
        if isinstance(entry.get(key), str):
            return repr(entry[key])
    return f"#{n}"


def word_lists(data: dict[str, Any], path: Path | Any) -> dict[str, list[str]]:
    """The word classes of a ``words.toml`` file: every value a list of texts."""
    for name, forms in data.items():
        if not _fits(forms, "list of texts"):
            raise LexiconError(f"lexicon file {path}: word class {name} must be a list of texts, "
                               f"not a {_describe(forms)} ({forms!r})")
    return data
