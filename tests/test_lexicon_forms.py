"""The systematic lexicon pass: every cue verb in all its inflections and cases.

For each English cue verb the test generates the base form, the third person (-s/-es/-ies),
the past (-ed, -d, -ied, a doubled consonant, or the irregular form of
``tests/data/en_irregular_verbs.toml``) and the -ing form, in lower case, Title Case and
ALL CAPS, and expects the lexicon to know each (as a plain, noun-like or strict form: see
docs/lexicons.md). A missing inflection is how "states", "notes" or "quipped" went unseen;
this test names every one at once. Arabic cues are listed form by form, so the check there
is that every masculine present form has its feminine counterpart (يقول/تقول) and every
past lemma its feminine past (قال/قالت), unless the entry says the form is another word."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from attrib.lexicon.load import load_lexicon, split_words

_DATA = Path(__file__).parent / "data"
_IRREGULAR: dict[str, list[str]] = tomllib.loads((_DATA / "en_irregular_verbs.toml").read_text("utf-8"))


def _entries(lang: str) -> list[dict[str, Any]]:
    text = (resources.files("attrib") / "lexicons" / lang / "cues.toml").read_text("utf-8")
    entries: list[dict[str, Any]] = tomllib.loads(text)["cue"]
    return entries


def _third(w: str) -> list[str]:
    if re.search(r"(s|sh|ch|x|z|o)$", w):
        return [w + "es"]
    if re.search(r"[^aeiou]y$", w):
        return [w[:-1] + "ies"]
    return [w + "s"]


def _doubles(w: str) -> bool:
    """Whether the last consonant may double before -ed/-ing ("admit", "quip", "rebut")."""
    return bool(re.search(r"[aeiou][bdgklmnprt]$", w)) and not re.search(r"[aeiou]{2}.$", w.replace("qu", "q"))


def _past(w: str) -> list[str]:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("e"):
        return [w + "d"]
    if re.search(r"[^aeiou]y$", w):
        return [w[:-1] + "ied"]
    return [w + "ed"] + ([w + w[-1] + "ed"] if _doubles(w) else [])


def _ing(w: str) -> list[str]:
    if w.endswith("ie"):
        return [w[:-2] + "ying"]
    if w.endswith("e") and not w.endswith("ee"):
        return [w[:-1] + "ing"]
    return [w + "ing"] + ([w + w[-1] + "ing"] if _doubles(w) else [])


def _slots(lemma: str) -> dict[str, list[str]]:
    """Candidate spellings of each inflection slot of a (possibly phrasal) verb."""
    head, *rest = lemma.split()
    tail = "".join(" " + r for r in rest)
    slots = {"base": [head], "third person": _third(head), "past": _past(head), "-ing": _ing(head)}
    return {k: [c + tail for c in v] for k, v in slots.items()}


def _known_forms(entries: list[dict[str, Any]]) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for e in entries:
        if not e.get("fixed"):
            bucket = forms.setdefault(e["lemma"], set())
            for key in ("forms", "noun_forms", "strict_forms"):
                bucket.update(e.get(key, ()))
    return forms


def test_every_english_cue_verb_has_every_inflection() -> None:
    missing = []
    for lemma, forms in _known_forms(_entries("en")).items():
        for slot, spellings in _slots(lemma).items():
            if slot == "past" and lemma.split()[0] in _IRREGULAR:
                wanted = spellings  # every irregular past ("learned", "learnt")
            else:  # one spelling fills the slot ("admitted", not "admited")
                wanted = [s for s in spellings if s in forms] or spellings[:1]
            missing += [f"{lemma}: {slot} {w!r}" for w in wanted if w not in forms]
    assert not missing, "\n".join(missing)


def test_every_english_inflection_matches_in_any_case() -> None:
    """Headlines and ledes: 'Minister Says', 'POLICE SAY', 'Audit States'."""
    lex = load_lexicon("en")
    unmatched = []
    for lemma, forms in _known_forms(_entries("en")).items():
        for form in sorted(forms):
            for variant in (form, form.title(), form.upper()):
                words = list(split_words(variant))
                hit = lex.cue_at(words, 0)
                if hit is None or hit[0] != len(words):
                    unmatched.append(f"{lemma}: {variant!r}")
    assert not unmatched, "\n".join(unmatched)


def test_strict_forms_are_marked_strict() -> None:
    """A form far more often a noun ("states", "point") is only taken in the strictest frame."""
    lex = load_lexicon("en")
    for word in ("states", "point", "sighs", "report"):
        hit = lex.cue_at([word], 0)
        assert hit is not None and hit[1].strict and hit[1].ambiguous, word
    said = lex.cue_at(["said"], 0)
    assert said is not None and not said[1].strict


def test_manner_of_speaking_verbs_are_cues() -> None:
    lex = load_lexicon("en")
    for word in ("muttered", "sighed", "grumbled", "snapped", "quipped", "conceded", "countered",
                 "whispered", "exclaimed", "states", "notes"):
        hit = lex.cue_at([word], 0)
        assert hit is not None and hit[1].kind == "speech", word


def test_every_arabic_cue_verb_has_its_feminine_forms() -> None:
    missing = []
    for e in _entries("ar"):
        forms, lemma = set(e["forms"]), e["lemma"]
        skip = set(e.get("not_forms", ()))
        wanted = set()
        if e.get("nominal") or not lemma.isalpha():
            continue  # a masdar ("تأكيد") or a mark (":")
        if lemma in forms and e["kind"] != "according_to" and not lemma.endswith(("ى", "ا", "ة", "ء")):
            # قال -> قالت; with an object pronoun وصفه -> وصفته
            fem = {lemma + "ت", lemma[:-1] + "ته"} if lemma.endswith("ه") else {lemma + "ت"}
            wanted |= set() if fem & forms else {lemma + "ت"}
        for f in forms:  # يقول -> تقول, سيقول -> ستقول (no dual, plural or object suffix)
            for prefix in ("ي", "سي"):
                stem = f[len(prefix):]
                if f.startswith(prefix) and " " not in f and len(stem) >= 2 and not re.search(r"(ون|ان|ن|ه|ها)$", stem):
                    wanted.add(prefix[:-1] + "ت" + stem)
        missing += [f"{lemma}: {w}" for w in sorted(wanted - forms - skip)]
    assert not missing, "\n".join(missing)


def test_arabic_feminine_forms_match() -> None:
    lex = load_lexicon("ar")
    for form in ("قالت", "تقول", "أكدت", "تؤكد", "أضافت", "أشارت"):
        assert lex.cue_at(list(split_words(form)), 0) is not None, form
