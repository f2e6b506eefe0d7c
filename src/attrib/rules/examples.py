"""Example corpora of the rules: what each rule must find, and what it must leave alone.

Every rule ships a TOML file of sentences beside its language's rules
(``attrib/rules/en/examples/en.verb.speaker_before.toml``), in the manner of Duckling's
per-rule corpora. Positive examples give the sentence and the spans the rule must produce
(the cue, and optionally the speaker mention, the claim, the resolved name, speaker kind
and outlet), written as the strings themselves: a span is the first occurrence of its
string in the text, or the N-th with ``cue_at = N``. Negative examples give a sentence
where the rule must not fire, and why. The files are read by the test suite, printed by
``attrib rules --examples RULE_ID``, and are what a reader studies to learn a rule.

Users keep examples of their own rules in their lexicon folders, as
``<folder>/<lang>/examples/<rule id>.toml`` (the folders of ``--lexicon``,
``ATTRIB_LEXICONS`` and ``lexicon_dirs``). The format is documented in docs/rules.md;
:mod:`attrib.evaluate.examples` runs the examples.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

import attrs

from attrib.errors import LexiconError
from attrib.lexicon.load import LANGS, lexicon_roots
from attrib.model import OUTLET_ROLES, SPEAKER_KINDS, Attribution, OutletRole, Span, SpeakerKind

Polarity = Literal["positive", "negative"]
SpanField = Literal["cue", "speaker", "claim"]
SPAN_FIELDS: tuple[SpanField, ...] = ("cue", "speaker", "claim")
_STRING_KEYS = {"text", "cue", "speaker", "claim", "name", "kind", "outlet", "role", "why"}
_INT_KEYS = {"cue_at", "speaker_at", "claim_at"}
_NEGATIVE_KEYS = {"text", "why"}


@attrs.frozen
class Example:
    """One sentence of a rule's corpus, with the spans the rule must (or must not) give.

    ``cue``/``speaker``/``claim`` are spans into ``text``, found when the file is read, so a
    typo in an expected string is reported as a bad file, not as a failing rule."""

    rule: str
    polarity: Polarity
    number: int                      # 1-based position among the file's examples of this polarity
    source: str                      # the file it came from
    text: str
    cue: Span | None = None
    speaker: Span | None = None
    claim: Span | None = None
    name: str | None = None
    speaker_kind: SpeakerKind | None = None
    outlet: str | None = None
    outlet_role: OutletRole | None = None
    why: str = ""

    @property
    def label(self) -> str:
        """A short name for test ids and messages: ``en.colon +2`` / ``en.colon -1``."""
        return f"{self.rule} {'+' if self.polarity == 'positive' else '-'}{self.number}"


@attrs.frozen
class RuleExamples:
    """All examples of one rule, from the package and from user folders (in that order)."""

    rule: str
    lang: str
    positives: tuple[Example, ...] = ()
    negatives: tuple[Example, ...] = ()
    files: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[Example, ...]:
        return self.positives + self.negatives


def rule_lang(rule_id: str) -> str:
    """The language of a rule id: its first dotted part (``en.custom.per`` -> ``en``)."""
    lang = rule_id.split(".", 1)[0]
    if lang not in LANGS:
        raise LexiconError(f"rule id {rule_id!r} does not start with a language ({', '.join(LANGS)})")
    return lang


def example_files(rule_id: str, lexicon_dirs: tuple[str, ...] = ()) -> Iterator[Any]:
    """The examples files of ``rule_id``: the package's, then each user lexicon folder's."""
    lang = rule_lang(rule_id)
    name = f"{rule_id}.toml"
    shipped = resources.files("attrib") / "rules" / lang / "examples" / name
    if shipped.is_file():
        yield shipped
    for root in lexicon_roots(lexicon_dirs):
        f = root / lang / "examples" / name
        if f.is_file():
            yield f


def load_examples(rule_id: str, lexicon_dirs: tuple[str, ...] = ()) -> RuleExamples:
    """Every example of ``rule_id`` (none when it has no file); raises :class:`LexiconError`
    naming the file, the entry and the fault for a malformed file."""
    positives: list[Example] = []
    negatives: list[Example] = []
    files: list[str] = []
    for path in example_files(rule_id, lexicon_dirs):
        pos, neg = read_examples_file(path, rule_id, first=(len(positives) + 1, len(negatives) + 1))
        positives += pos
        negatives += neg
        files.append(str(path))
    return RuleExamples(rule_id, rule_lang(rule_id), tuple(positives), tuple(negatives), tuple(files))


def read_examples_file(path: Path | Any, rule_id: str,
                       first: tuple[int, int] = (1, 1)) -> tuple[list[Example], list[Example]]:
    """The positive and negative examples of one file, numbered from ``first``."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"examples file {path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise LexiconError(f"examples file {path}: cannot be read ({exc.strerror})") from None
    if data.get("rule") != rule_id:
        raise LexiconError(f"examples file {path}: needs rule = {rule_id!r} (the file's name), "
                           f"found {data.get('rule')!r}")
    unknown = set(data) - {"rule", "positive", "negative"}
    if unknown:
        raise LexiconError(f"examples file {path}: unknown key(s) {', '.join(sorted(unknown))}; "
                           "expected rule, [[positive]], [[negative]]")
    out: dict[Polarity, list[Example]] = {"positive": [], "negative": []}
    for polarity in ("positive", "negative"):
        entries = data.get(polarity, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise LexiconError(f"examples file {path}: {polarity} must be a list of tables ([[{polarity}]])")
        number = first[0] if polarity == "positive" else first[1]
        for k, entry in enumerate(entries):
            where = f"examples file {path}: [[{polarity}]] {k + 1}"  # its place in this file
            out[polarity].append(_example(entry, rule_id, polarity, number + k, where, path))
    return out["positive"], out["negative"]


def _example(entry: dict[str, Any], rule_id: str, polarity: Polarity, number: int, where: str,
             path: object) -> Example:
    _check_keys(entry, polarity, where)
    text = entry["text"]
    if polarity == "negative":
        return Example(rule_id, polarity, number, str(path), text, why=entry.get("why", ""))
    if "cue" not in entry:
        raise LexiconError(f"{where}: a positive example needs cue")
    spans = {f: _find(text, entry[f], entry.get(f"{f}_at", 1), f, where) for f in SPAN_FIELDS if f in entry}
    kind = cast(SpeakerKind | None, _choice(entry, "kind", SPEAKER_KINDS, where))
    role = cast(OutletRole | None, _choice(entry, "role", OUTLET_ROLES, where))
    return Example(rule_id, polarity, number, str(path), text, spans["cue"], spans.get("speaker"),
                   spans.get("claim"), entry.get("name"), kind, entry.get("outlet"), role, entry.get("why", ""))


def _choice(entry: dict[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str | None:
    value = entry.get(key)
    if value is not None and value not in allowed:
        raise LexiconError(f"{where}: {key} {value!r}; expected one of {', '.join(allowed)}")
    return cast(str | None, value)


def _check_keys(entry: dict[str, Any], polarity: Polarity, where: str) -> None:
    allowed = _NEGATIVE_KEYS if polarity == "negative" else _STRING_KEYS | _INT_KEYS
    unknown = set(entry) - allowed
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                           f"expected some of {', '.join(sorted(allowed))}")
    if not isinstance(entry.get("text"), str) or not entry["text"].strip():
        raise LexiconError(f"{where}: needs text, a non-empty string")
    for key, value in entry.items():
        want = int if key in _INT_KEYS else str
        if not isinstance(value, want) or isinstance(value, bool):
            raise LexiconError(f"{where}: {key} must be {'an integer' if want is int else 'a string'}")


def _find(text: str, needle: str, nth: int, field: str, where: str) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a span."""
    if not needle:
        raise LexiconError(f"{where}: {field} is empty")
    if nth < 1:
        raise LexiconError(f"{where}: {field}_at must be 1 or more")
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            count = text.count(needle)
            raise LexiconError(f"{where}: {field} {needle!r} occurs {count} time(s) in the text, "
                               f"not {nth}" if count else f"{where}: {field} {needle!r} is not in the text")
    return Span.of(text, start, start + len(needle))


@attrs.frozen
class ExampleResult:
    """The verdict on one example: ``problem`` is empty when it holds, else what differs."""

    example: Example
    found: tuple[Attribution, ...]
    problem: str = ""

    @property
    def passed(self) -> bool:
        return not self.problem
