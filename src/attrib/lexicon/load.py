"""Language knowledge as data: reporting cues, role nouns, entities and outlets.

The package ships TOML files under ``attrib/lexicons``; users add their own files in
the same format without forking, by pointing ``ATTRIB_LEXICONS`` (a path list) or the
``lexicon_dirs`` argument at folders laid out the same way (``en/cues.toml``,
``ar/roles.toml``, ``outlets.toml``, ``entities.toml``). User entries are merged after
ours, so a user form wins over a shipped one. See docs/lexicons.md.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

import attrs

from attrib.errors import LexiconError
from attrib.lexicon.cache import cached
from attrib.lexicon.schema import entries, word_lists
from attrib.text.normalize import norm
from attrib.text.tokens import word_norms

CueCategory = Literal[
    "neutral", "assertive", "additive", "explanatory", "distancing", "according_to", "belief",
    "announcing", "denial", "warning", "directive", "question",
]
CueKind = Literal["speech", "according_to", "belief"]
RoleKind = Literal["anonymous", "title", "document", "outlet_ref", "person_ref"]
EntityKind = Literal["government", "organisation"]
CUE_CATEGORIES: tuple[CueCategory, ...] = get_args(CueCategory)
CUE_KINDS: tuple[CueKind, ...] = get_args(CueKind)
ROLE_KINDS: tuple[RoleKind, ...] = get_args(RoleKind)
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
LANGS = ("en", "ar")


@attrs.frozen
class CueEntry:
    lemma: str
    category: CueCategory
    kind: CueKind
    gloss: str = ""
    complementizers: tuple[str, ...] = ()
    preposition: str = ""
    weak: bool = False
    nominal: bool = False
    ambiguous: bool = False  # this form is as often a noun ("reports", "calls"): a verb only after a subject
    not_before: tuple[str, ...] = ()  # next words that show it reports nothing ("continue to")
    strict: bool = False  # a form mostly read as something else ("states", "point"): see strict_forms
    rule: str = ""  # the only rule that may take this cue ("in" of "in a new poll, ...")

    @property
    def mark(self) -> bool:
        """A punctuation cue (a headline colon, a sign-off dash): only its own rule takes it."""
        return not self.lemma[:1].isalnum()


@attrs.frozen
class RoleEntry:
    lemma: str
    kind: RoleKind
    gloss: str = ""


@attrs.frozen
class EntityEntry:
    name: str
    kind: EntityKind
    adjectives: tuple[str, ...] = ()


@attrs.frozen
class OutletEntry:
    name: str
    type: str
    country: str = ""


def split_words(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as a tuple of normalised words, split the way the tokenizer splits."""
    return tuple(word_norms(phrase))


@attrs.define
class PhraseTable:
    """Multi-word lookup: first word -> candidate phrases, longest first."""

    by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = attrs.field(factory=dict)

    def add(self, words: tuple[str, ...], value: Any) -> None:
        if not words:
            return
        bucket = self.by_first.setdefault(words[0], [])
        bucket[:] = [(w, v) for (w, v) in bucket if w != words]
        bucket.append((words, value))
        bucket.sort(key=lambda wv: -len(wv[0]))

    def match(self, words: list[str], i: int) -> tuple[int, Any] | None:
        """Longest phrase starting at ``words[i]``: (length, value)."""
        bucket = self.by_first.get(words[i])
        if not bucket:
            return None
        n = len(words)
        for phrase, value in bucket:
            k = len(phrase)
            if i + k <= n and tuple(words[i:i + k]) == phrase:
                return k, value
        return None


@attrs.define
class Lexicon:
    """Everything the rules know about one language."""

    lang: str
    cues: PhraseTable = attrs.field(factory=PhraseTable)
    roles: dict[str, RoleEntry] = attrs.field(factory=dict)
    words: dict[str, set[str]] = attrs.field(factory=dict)

    def cue_at(self, words: list[str], i: int) -> tuple[int, CueEntry] | None:
        return self.cues.match(words, i)

    def verb_at(self, words: list[str], i: int) -> tuple[int, CueEntry] | None:
        """A reporting word at ``words[i]`` that can head a clause: not a mark (":", "—"), not
        a word only one special rule takes ("in" of "In a new poll, ..."), not a form as often
        a noun ("reports"). Rules that ask "is this word a reporting verb?" while scanning
        phrases use this, not :meth:`cue_at`."""
        m = self.cues.match(words, i)
        if m is None or m[1].rule or m[1].ambiguous or m[1].mark:
            return None
        return m

    def word_class(self, name: str) -> set[str]:
        return self.words.get(name, set())


@attrs.define
class Gazetteer:
    """Language-independent names: outlets and entities, with aliases in several scripts."""

    outlets: PhraseTable = attrs.field(factory=PhraseTable)
    outlet_entries: dict[str, OutletEntry] = attrs.field(factory=dict)
    outlet_aliases: dict[str, list[str]] = attrs.field(factory=dict)
    wire_codes: PhraseTable = attrs.field(factory=PhraseTable)
    source_codes: dict[str, str] = attrs.field(factory=dict)  # "XIN" of "XIN_ARB_20000715.0011" -> Xinhua
    entities: PhraseTable = attrs.field(factory=PhraseTable)
    entity_entries: dict[str, EntityEntry] = attrs.field(factory=dict)
    adjectives: dict[str, str] = attrs.field(factory=dict)


def _load_toml(path: Path | Any) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon file {path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise LexiconError(f"lexicon file {path}: cannot be read ({exc.strerror})") from None


def _require(entry: dict[str, Any], keys: Iterable[str], path: object, section: str) -> None:
    missing = [k for k in keys if k not in entry]
    if missing:
        label = entry.get("lemma") or entry.get("name") or "?"
        raise LexiconError(
            f"lexicon file {path}: [[{section}]] entry {label!r} lacks {', '.join(missing)}"
        )


def _check_value(value: str, allowed: tuple[str, ...], what: str, path: object, label: str) -> None:
    if value not in allowed:
        raise LexiconError(
            f"lexicon file {path}: entry {label!r} has {what} {value!r}; expected one of {', '.join(allowed)}"
        )


_REGISTERED: list[str] = []


def add_lexicon_dir(path: str) -> None:
    """Add a user lexicon folder for the whole process (what ``--lexicon`` does).

    Unlike the ``lexicon_dirs`` argument of :func:`attrib.extract`, which reaches the rules
    and the resolver, a registered folder is also seen where articles are read (wire and
    publisher credit lines)."""
    if not Path(path).is_dir():
        raise LexiconError(f"lexicon folder {path} does not exist or is not a folder")
    if path not in _REGISTERED:
        _REGISTERED.append(path)
        load_lexicon.cache_clear()
        load_gazetteer.cache_clear()


def remove_lexicon_dir(path: str) -> None:
    """Forget a folder added by :func:`add_lexicon_dir` (a long-lived process switching projects)."""
    if path in _REGISTERED:
        _REGISTERED.remove(path)
        load_lexicon.cache_clear()
        load_gazetteer.cache_clear()


def lexicon_roots(extra: tuple[str, ...]) -> Iterator[Any]:
    yield resources.files("attrib") / "lexicons"
    env = os.environ.get("ATTRIB_LEXICONS", "")
    for d in [*env.split(os.pathsep), *_REGISTERED, *extra]:
        if d:
            p = Path(d)
            if not p.is_dir():
                raise LexiconError(f"lexicon folder {d} does not exist or is not a folder")
            yield p


def _files(rel: str, extra: tuple[str, ...]) -> Iterator[Any]:
    for root in lexicon_roots(extra):
        f = root.joinpath(*rel.split("/"))
        if f.is_file():
            yield f


def check_lexicons() -> None:
    """Load every lexicon once, so that a malformed user file is reported before any article."""
    for lang in LANGS:
        load_lexicon(lang)
    load_gazetteer()


def lexicon_files(name: str) -> list[Any]:
    """Every ``name`` file (e.g. ``compare.toml``) of the shipped and user lexicon folders, in
    merge order: the public way for other modules to read their own data files."""
    return list(_files(name, ()))


@lru_cache(maxsize=16)
def load_lexicon(lang: str, extra_dirs: tuple[str, ...] = ()) -> Lexicon:
    """The merged lexicon for ``lang`` (cached: TOML is parsed once per process, and a compiled
    copy is kept on disk for later processes, see :mod:`attrib.lexicon.cache`)."""
    files = [f for rel in ("cues", "roles", "words") for f in _files(f"{lang}/{rel}.toml", extra_dirs)]
    return cached(f"lexicon-{lang}", files, lambda: _build_lexicon(lang, extra_dirs))


def _build_lexicon(lang: str, extra_dirs: tuple[str, ...]) -> Lexicon:
    lex = Lexicon(lang)
    for path in _files(f"{lang}/cues.toml", extra_dirs):
        for e in entries(_load_toml(path), "cue", path):
            _require(e, ("lemma", "category", "kind", "forms"), path, "cue")
            _check_value(e["category"], CUE_CATEGORIES, "category", path, e["lemma"])
            _check_value(e["kind"], CUE_KINDS, "kind", path, e["lemma"])
            entry = CueEntry(
                lemma=e["lemma"], category=e["category"], kind=e["kind"], gloss=e.get("gloss", ""),
                complementizers=tuple(norm(c) for c in e.get("complementizers", ())),
                preposition=norm(e.get("preposition", "")), weak=bool(e.get("weak", False)),
                nominal=bool(e.get("nominal", False)),
                not_before=tuple(norm(w) for w in e.get("not_before", ())),
                rule=str(e.get("rule", "")),
            )
            for form in e["forms"]:
                lex.cues.add(split_words(form), entry)
            for form in e.get("noun_forms", ()):
                lex.cues.add(split_words(form), attrs.evolve(entry, ambiguous=True))
            for form in e.get("strict_forms", ()):
                # listed so that every inflection is known, taken only in the clearest frame
                lex.cues.add(split_words(form), attrs.evolve(entry, ambiguous=True, weak=True, strict=True))
    for path in _files(f"{lang}/roles.toml", extra_dirs):
        for e in entries(_load_toml(path), "role", path):
            _require(e, ("lemma", "kind", "forms"), path, "role")
            _check_value(e["kind"], ROLE_KINDS, "kind", path, e["lemma"])
            role = RoleEntry(e["lemma"], e["kind"], e.get("gloss", e["lemma"]))
            for form in e["forms"]:
                lex.roles[norm(form)] = role
    for path in _files(f"{lang}/words.toml", extra_dirs):
        for name, forms in word_lists(_load_toml(path), path).items():
            lex.words.setdefault(name, set()).update(norm(f) for f in forms)
    return lex


@lru_cache(maxsize=4)
def load_gazetteer(extra_dirs: tuple[str, ...] = ()) -> Gazetteer:
    """Outlets and entities of every lexicon folder (cached like :func:`load_lexicon`)."""
    files = [*_files("outlets.toml", extra_dirs), *_files("entities.toml", extra_dirs)]
    return cached("gazetteer", files, lambda: _build_gazetteer(extra_dirs))


def _build_gazetteer(extra_dirs: tuple[str, ...]) -> Gazetteer:
    gaz = Gazetteer()
    for path in _files("outlets.toml", extra_dirs):
        for e in entries(_load_toml(path), "outlet", path):
            _require(e, ("name", "aliases"), path, "outlet")
            entry = OutletEntry(e["name"], e.get("type", "newspaper"), e.get("country", ""))
            gaz.outlet_entries[entry.name] = entry
            names = [entry.name, *e["aliases"]]
            gaz.outlet_aliases[entry.name] = names
            for alias in names:
                gaz.outlets.add(split_words(alias), entry.name)
            for code in e.get("wire_codes", ()):
                gaz.wire_codes.add(split_words(code), entry.name)
            for code in e.get("source_codes", ()):
                gaz.source_codes[str(code).upper()] = entry.name
    for path in _files("entities.toml", extra_dirs):
        for e in entries(_load_toml(path), "entity", path):
            _require(e, ("name", "kind", "aliases"), path, "entity")
            _check_value(e["kind"], ENTITY_KINDS, "kind", path, e["name"])
            ent = EntityEntry(e["name"], e["kind"], tuple(e.get("adjectives", ())))
            gaz.entity_entries[ent.name] = ent
            for alias in [ent.name, *e["aliases"]]:
                gaz.entities.add(split_words(alias), ent.name)
            for adj in ent.adjectives:
                gaz.adjectives[norm(adj)] = ent.name
    return gaz
