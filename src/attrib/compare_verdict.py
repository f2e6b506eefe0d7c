"""The verdict of one aligned pair of attributions, with the notes a translator reads.

Calibrated on real translations (the PUD dev set): a faithful translation writes the same
speaker differently (a title, a role noun, a transliterated or partial name, a pronoun or
pro-drop), picks another reporting verb of the same kind, or turns a direct quotation into
an indirect one. None of that is a change; it goes into ``notes``. A verdict other than
``same`` needs evidence of a difference:

- ``speaker_changed``: both speakers are resolved and nothing links them (name, entity,
  speaker group of lexicons/compare.toml, role gloss);
- ``cue_changed``: the attribution *kind* changed (speech / according-to / belief);
- ``outlet_changed``: the outlets differ, or A's outlet is gone from B's sentence.

A stance change (neutral "said" vs distancing "claimed"/«زعم») keeps the verdict of its kind
and adds a warning to the notes.
"""

from __future__ import annotations

import re
from typing import Literal

from attrib.compare_lexicon import compare_lexicon, variants
from attrib.lexicon.load import load_gazetteer, load_lexicon
from attrib.lexicon.names import find_names
from attrib.lexicon.translit import skeleton
from attrib.model import ArticleAttributions, Attribution
from attrib.text.normalize import norm
from attrib.text.similarity import jaro_winkler

VERDICTS = ("same", "speaker_changed", "cue_changed", "outlet_changed", "dropped", "missing", "added")
SpeakerMatch = Literal["same", "different", "unresolved"]
_WORD = re.compile(r"[\w'’-]+")


def _phrase(att: Attribution) -> str:
    return att.speaker.mention.text if att.speaker.mention else att.speaker.name


def _unresolved(att: Attribution) -> bool:
    """A speaker we cannot name: unknown, a bare pronoun, pro-drop with no antecedent."""
    sp = att.speaker
    if sp.kind == "unknown" or sp.name in ("", "unknown"):
        return True
    return all(v in compare_lexicon().pronouns for w in _WORD.findall(sp.name) for v in variants(w)[:1])


def _groups(att: Attribution, lang: str) -> set[str]:
    """Speaker groups of the phrase's words (compare.toml), and glosses of its role nouns."""
    lex, roles = compare_lexicon(), load_lexicon(lang).roles
    out: set[str] = set()
    for w in _WORD.findall(_phrase(att) + " " + att.speaker.name):
        for v in variants(w):
            if v in lex.groups:
                out.add(lex.groups[v])
            role = roles.get(v)
            if role is not None:
                out.add(lex.groups.get(norm(role.gloss), role.gloss))
    return out


def _entities(att: Attribution) -> set[str]:
    gaz = load_gazetteer()
    text = _phrase(att)
    out = {name for _, name in find_names(gaz.entities, text, 0, len(text), cased=False)}
    for w in _WORD.findall(text):
        for v in variants(w):
            if v in gaz.adjectives:
                out.add(gaz.adjectives[v])
    return out


def _name_words(att: Attribution, lang: str) -> list[str]:
    """Class-collapsed skeletons of the proper-name words of the speaker's name.

    English words count when capitalised; Arabic words without their article. Group words
    ("police", «الشرطة») are never names."""
    lex = compare_lexicon()
    out = []
    for w in _WORD.findall(att.speaker.name):
        vs = variants(w)
        if any(v in lex.groups or v in lex.pronouns for v in vs) or (lang == "en" and not w[:1].isupper()):
            continue
        sk = "".join(lex.name_classes.get(ch, ch) for ch in skeleton(vs[-1]).replace(" ", ""))
        if len(sk) >= 2:
            out.append(sk)
    return out


def _names_match(x: Attribution, y: Attribution, lang_x: str, lang_y: str) -> bool:
    """Some word of one name is a transliteration of some word of the other (partial names,
    titles around a name). Two Arabic texts compare names as written, by the caller's test."""
    if lang_x == lang_y == "ar":
        return False
    for a in _name_words(x, lang_x):
        for b in _name_words(y, lang_y):
            if a == b or (min(len(a), len(b)) >= 3 and jaro_winkler(a, b) >= 0.85):
                return True
    return False


def speaker_match(x: Attribution, y: Attribution, lang_x: str, lang_y: str, by_name: bool) -> tuple[SpeakerMatch, str]:
    """Whether two attributions have the same speaker, and how that was decided (for notes)."""
    if by_name:
        return "same", ""
    if _unresolved(x) or _unresolved(y):
        return "unresolved", f"speaker: {x.speaker.name} / {y.speaker.name} (one side unresolved: not compared)"
    if _names_match(x, y, lang_x, lang_y):
        return "same", f"speaker: {x.speaker.name} ~ {y.speaker.name} (name)"
    ex, ey = _entities(x), _entities(y)
    if ex & ey:
        return "same", f"speaker: {x.speaker.name} ~ {y.speaker.name} (entity)"
    gx, gy = _groups(x, lang_x), _groups(y, lang_y)
    if gx & gy:
        return "same", f"speaker: {x.speaker.name} ~ {y.speaker.name} ({', '.join(sorted(gx & gy))})"
    inst = compare_lexicon().institutions
    for g_named, g_desc, named in ((gx, gy, x), (gy, gx, y)):
        if not g_named and g_desc and g_desc <= inst and _name_words(named, lang_x if named is x else lang_y):
            return "same", f"speaker: {x.speaker.name} ~ {y.speaker.name} (a named institution and its description)"
    return "different", f"speaker: {x.speaker.name} → {y.speaker.name}"


def outlets_in(r: ArticleAttributions) -> frozenset[str]:
    """Every outlet an article names: in its text (gazetteer), its attributions and its credits."""
    text = r.article.text
    names = {n for _, n in find_names(load_gazetteer().outlets, text, 0, len(text), cased=False)}
    names |= {x.outlet.name for x in r.attributions if x.outlet}
    names |= {o.name for o in (*r.article.wire, *r.article.references)}
    return frozenset(names)


def _outlet(x: Attribution, y: Attribution, outlets_x: frozenset[str], outlets_y: frozenset[str]) -> tuple[bool, str]:
    """(changed, note): the outlets differ, or one side's outlet is not in the other article."""
    ox = x.outlet.name if x.outlet else None
    oy = y.outlet.name if y.outlet else None
    if ox == oy:
        return False, ""
    if ox and oy:
        same = skeleton(ox) == skeleton(oy)
        return (not same), f"outlet: {ox} → {oy}"
    present, other = (ox, outlets_y) if ox else (oy, outlets_x)
    if present in other:
        return False, f"outlet: {present} named in both articles, attached here on one side only"
    return True, f"outlet: {ox or '(none)'} → {oy or '(none)'}"


def _cue_notes(x: Attribution, y: Attribution) -> list[str]:
    notes = []
    cx, cy = x.cue.category, y.cue.category
    if x.cue.span.text != y.cue.span.text:
        notes.append(f"cue: {x.cue.span.text} → {y.cue.span.text}" + (f" ({cx} → {cy})" if cx != cy else f" ({cx})"))
    stance = compare_lexicon().stance
    if (cx in stance) != (cy in stance):
        notes.append(f"stance: {cx} → {cy} (the reporter's view shows on one side only)")
    if x.quote != y.quote:
        notes.append(f"{x.quote} → {y.quote}")
    return notes


def verdict(x: Attribution, y: Attribution, lang_x: str, lang_y: str, by_name: bool,
            outlets_x: frozenset[str], outlets_y: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """The verdict of the pair (x, y) and its notes; ``by_name``: the name-based identity test."""
    match, how = speaker_match(x, y, lang_x, lang_y, by_name)
    notes = [how] if how else []
    notes += _cue_notes(x, y)
    changed, outlet_note = _outlet(x, y, outlets_x, outlets_y)
    if outlet_note:
        notes.append(outlet_note)
    if match == "different":
        return "speaker_changed", tuple(notes)
    if x.cue.kind != y.cue.kind:
        return "cue_changed", (f"kind: {x.cue.kind} → {y.cue.kind}", *notes)
    if changed:
        return "outlet_changed", tuple(notes)
    return "same", tuple(notes)
