"""Claim-level comparison: did the translation change *what* was said, whoever said it?

Independent of the verdict (which is about speaker, cue and outlet), each aligned pair gets
``claim_changed`` and its reasons, found through anchors that survive translation:

- numbers, read with their scale words ("1.5 million" = «1,5 مليون», "25,000" = «25 ألف»);
- polarity: negation (not/never/un-…, لا/لم/لن/ليس/غير) on one side only (a claim negated twice
  on one side and once on the other is not flagged: translations move negation around);
- hedges and modals ("may", "reportedly", «ربما», «قد» before an imperfect verb) on one side only;
- conditions ("if", «إذا», «لو») on one side only;
- intention vs assertion ("plans to", «يعتزم») on one side only;
- a direct quotation much shorter on one side than the two articles' length ratio allows.

The word lists are data (lexicons/compare.toml). The checks are deliberately one-sided:
a marker present on both sides in different words is never a change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrib.compare_lexicon import compare_lexicon, variants
from attrib.model import Attribution
from attrib.text.normalize import norm

_TOKEN = re.compile(r"\d+(?:[.,٫]\d+)*(?!\w)|[^\W\d]+(?:['’][^\W\d]+)?")
_NUMBER = re.compile(r"\d+(?:[.,٫]\d+)*")
_AR_IMPERFECT = "يتنأ"


def claim_text(att: Attribution) -> str:
    return " ".join(p.text for p in att.parts)


def _tokens(text: str) -> list[str]:
    return [norm(t) for t in _TOKEN.findall(text)]


def _value(tok: str) -> float:
    """A number token: a comma before exactly three digits groups thousands, else it is decimal."""
    t = tok.replace("٫", ".")
    t = re.sub(r",(?=\d{3}(?:\D|$))", "", t)
    t = t.replace(",", ".")
    if t.count(".") > 1:
        t = t.replace(".", "")
    return float(t)


def numbers(text: str) -> list[float]:
    """The numbers of a claim with their scale words applied, sorted."""
    scale = compare_lexicon().scale
    toks = _tokens(text)
    out = []
    for i, t in enumerate(toks):
        if not _NUMBER.fullmatch(t):
            continue
        v = _value(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        factor = next((scale[x] for x in variants(nxt) if x in scale), 1) if nxt else 1
        out.append(round(v * factor, 3))
    return sorted(out)


def _affix_negative(t: str) -> bool:
    """An English word negative by its form: "unlikely", "unaware", "non-binding"."""
    m = compare_lexicon().markers
    for x in m.get("negation:en_not_negative", ()):
        if t == x or (x.endswith("*") and t.startswith(x[:-1])):
            return False
    return len(t) >= 6 and any(t.startswith(p) for p in m.get("negation:en_prefixed", ()))


def _not_negating(toks: Sequence[str], i: int) -> bool:
    """An Arabic particle in a fixed phrase («لا يزال» "still") or a restriction «لا … إلا» "only"."""
    m = compare_lexicon().markers
    if " ".join(toks[i:i + 2]) in m.get("negation:ar_not_negative", ()):
        return True
    if i > 0 and " ".join(toks[i - 1:i + 1]) in m.get("negation:ar_not_negative", ()):
        return True
    return any(v in m.get("negation:ar_restrictive", ()) for t in toks[i + 1:i + 7] for v in variants(t)[:2])


def _markers(toks: Sequence[str], kind: str, lang: str) -> list[str]:
    """The markers of ``kind`` in the tokens, phrases of up to three words included."""
    lex = compare_lexicon()
    words = lex.markers.get(f"{kind}:{lang}", frozenset())
    found = []
    for i, t in enumerate(toks):
        if lang == "en" and kind == "negation" and (t.endswith("n't") or _affix_negative(t)):
            found.append(t)
            continue
        if lang == "ar" and len(t) == 3 and t[0] in "وف" and t[1:] in words:
            t = t[1:]  # «ولا», «فلم»: a particle with its conjunction
            if kind == "negation" and _not_negating(toks, i):
                continue
            found.append(t)
            continue
        if lang == "ar" and kind == "negation" and t in words and _not_negating(toks, i):
            continue
        for n in (3, 2, 1):
            phrase = " ".join(toks[i:i + n])
            if len(toks[i:i + n]) == n and any(v in words for v in variants(phrase)[:2]):
                found.append(phrase)
                break
        if kind == "hedge" and lang == "ar" and t in lex.markers.get("hedge:ar_before_imperfect", ()):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt[:1] in _AR_IMPERFECT:
                found.append(t)
    return found


def _one_sided(kind: str, tx: list[str], ty: list[str], lx: str, ly: str) -> str | None:
    mx, my = _markers(tx, kind, lx), _markers(ty, kind, ly)
    if bool(mx) == bool(my):
        return None
    what = {"negation": "negation", "hedge": "hedge/modal", "condition": "condition"}.get(kind, kind)
    if kind == "intention":
        return "intention → assertion" if mx else "assertion → intention"
    return f"{what} {'dropped' if mx else 'added'}: {', '.join(mx or my)}"


def _fmt(xs: list[float]) -> str:
    return ", ".join(f"{x:g}" for x in xs) or "(none)"


def compare_claims(x: Attribution, y: Attribution, lang_x: str, lang_y: str,
                   length_ratio: float = 1.0) -> tuple[bool, tuple[str, ...]]:
    """``(claim_changed, reasons)`` for an aligned pair; ``length_ratio`` = len(B) / len(A) overall."""
    cx, cy = claim_text(x), claim_text(y)
    tx, ty = _tokens(cx), _tokens(cy)
    reasons = []
    nx, ny = numbers(cx), numbers(cy)
    if nx and ny and set(nx) - set(ny) and set(ny) - set(nx):
        reasons.append(f"number: {_fmt(nx)} → {_fmt(ny)}")
    elif nx and ny and set(nx) != set(ny):
        reasons.append(f"number {'dropped' if set(nx) - set(ny) else 'added'}: "
                       f"{_fmt(sorted(set(nx) ^ set(ny)))}")
    elif bool(nx) != bool(ny):
        reasons.append(f"number {'dropped' if nx else 'added'}: {_fmt(nx or ny)}")
    for kind in ("negation", "hedge", "condition", "intention"):
        r = _one_sided(kind, tx, ty, lang_x, lang_y)
        if r:
            reasons.append(r)
    if x.quote == y.quote == "direct" and len(cx) > 40:
        if len(cy) < 0.5 * len(cx) * length_ratio:
            reasons.append("part of the quotation omitted")
        elif len(cx) * length_ratio < 0.5 * len(cy):
            reasons.append("quotation extended")
    return bool(reasons), tuple(reasons)
