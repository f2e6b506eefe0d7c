"""Reading ``gold.jsonl`` (kinds and resolutions), and scoring what the spans do not show:
resolved speakers, outlets, publisher and wire.

A gold file such as ``ar_attrib_dev/gold.jsonl`` gives, per attribution, the resolved
speaker (a canonical name, in English), the outlet with its role, and per document the
publisher and wire. Spans can match while the resolution is wrong ("وأضاف" pinned on the
wrong earlier speaker) and the reverse, so these are scored apart:

- **speaker**: over attributions whose cue matches a gold cue and whose gold speaker is
  given, the share named right. Gold names are English and ours keep the article's script,
  so a name counts as right when it is the same after normalisation, when its consonant
  skeleton is close (:func:`attrib.lexicon.translit.name_similarity` >= 0.85: "كينيث كاتزمان" ~
  "Kenneth Katzman"), when it is the same gazetteer entity or outlet, or when an English
  gloss of a role word in it is a word of the gold description ("مسؤول عراقي" ~ "Iraqi
  official"). It is a lenient diagnostic, not an exact-match score.
- **outlet**: precision and recall of (outlet name, role) over all attributions, a pair
  counting when its cue matches the gold cue.
- **publisher**, **wire**: per document, the same canonical names.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import attrs

from attrib.lexicon.load import load_gazetteer, load_lexicon
from attrib.text.normalize import norm

Ranges = tuple[tuple[int, int], ...]
_WORDS = re.compile(r"\w+")


@attrs.frozen
class GoldResolution:
    """One gold attribution's resolution, keyed by its cue span."""

    speaker: str | None
    outlet: str | None
    outlet_role: str | None
    kind: str = "speech"  # speech | according_to | belief (chooses the speech subset)


@attrs.frozen
class DocResolution:
    publisher: str | None
    wire: tuple[str, ...]
    attributions: dict[Ranges, GoldResolution]


def load_resolutions(gold_dir: Path) -> dict[str, DocResolution]:
    """Per document id, the kinds and resolutions of a ``gold.jsonl`` beside brat files (or
    nothing): the one reader of that file."""
    f = gold_dir / "gold.jsonl"
    out: dict[str, DocResolution] = {}
    if not f.is_file():
        return out
    for line in f.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        atts: dict[Ranges, GoldResolution] = {}
        for a in d.get("attributions", []):
            cue = a.get("cue")
            if not cue:
                continue
            pieces = cue if isinstance(cue[0], list) else [cue]
            rng: Ranges = tuple((int(x[0]), int(x[1])) for x in pieces)
            atts[rng] = GoldResolution(a.get("speaker"), a.get("outlet"), a.get("outlet_role"),
                                       str(a.get("kind", "speech")))
        wire = d.get("wire")
        wires = tuple(wire) if isinstance(wire, list) else ((wire,) if wire else ())
        out[str(d["doc_id"])] = DocResolution(d.get("publisher"), wires, atts)
    return out


@lru_cache(maxsize=4096)
def _canonical(name: str) -> frozenset[str]:
    """Gazetteer names a phrase stands for (outlets and entities, any alias or script)."""
    from attrib.lexicon.names import match_at

    gaz = load_gazetteer()
    words = [norm(w) for w in _WORDS.findall(name)]
    found = set()
    for k in range(len(words)):
        for table in (gaz.outlets, gaz.entities):
            m = match_at(table, words, k, any("\u0600" <= ch <= "\u06ff" for ch in name))
            if m:
                found.add(m.name.casefold())
    return frozenset(found)


def _glosses(name: str) -> set[str]:
    """English glosses of the role words in a speaker name ("مسؤول" -> "official")."""
    out: set[str] = set()
    for lang in ("ar", "en"):
        roles = load_lexicon(lang).roles
        for w in _WORDS.findall(name):
            r = roles.get(norm(w))
            if r and r.gloss:
                out.update(g.casefold() for g in _WORDS.findall(r.gloss))
    return out


def same_speaker(pred: str, gold: str) -> bool:
    """Whether our resolved name ``pred`` stands for the gold name ``gold`` (see module doc)."""
    from attrib.lexicon.translit import name_similarity

    a, b = norm(pred).casefold().strip(), norm(gold).casefold().strip()
    if not a or a == "unknown":
        return False
    ours = _canonical(pred)
    if a == b or b in ours or (ours & _canonical(gold)):
        return True
    if name_similarity(pred, gold) >= 0.85:
        return True
    gold_words = {_stem(w) for w in _WORDS.findall(b)} - {"the", "of", "a", "an"}
    return bool({_stem(g) for g in _glosses(pred)} & gold_words)


def _stem(word: str) -> str:
    """A crude English stem, enough to match "source" with "sources"."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def same_outlet(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    return pred.casefold() == gold.casefold() or bool(_canonical(pred) & ({gold.casefold()} | _canonical(gold)))
