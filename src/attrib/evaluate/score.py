"""Span scores per role (cue, source, content), exact and partial, for all attributions
or the speech subset, and the resolution scores when a gold.jsonl exists; the report table."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

import attrs

from attrib.errors import OptionError
from attrib.evaluate.gold import GoldAttribution, GoldDoc, Ranges
from attrib.evaluate.resolution import DocResolution, same_outlet, same_speaker
from attrib.lexicon.load import Lexicon, load_lexicon
from attrib.model import Article
from attrib.reader.article import make_article
from attrib.text.normalize import norm

ROLES = ("cue", "source", "content")
SUBSETS = ("all", "speech")
_WORD = re.compile(r"\w+")
_TRIM = " \t\r\n.,;:!?؟،؛\"“”'’‘«»()-–—"


def word_ranges(text: str, ranges: Ranges) -> set[int]:
    """Start offsets of the word tokens inside ``ranges`` (a span's comparable content)."""
    out: set[int] = set()
    for s, e in ranges:
        while 0 < s < len(text) and _WORD.match(text, s - 1, s) and _WORD.match(text, s, s + 1):
            s -= 1  # a span starting inside a word (a clitic-split cue) counts that whole word
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    if not out:  # a punctuation cue (a headline colon) is compared by its characters
        out = {k for s, e in ranges for k in range(s, e) if not text[k].isspace()}
    return out


def _trimmed(text: str, ranges: Ranges) -> Ranges:
    out = []
    for s, e in ranges:
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(sorted(out))


@attrs.define
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "pred": self.pred, "gold": self.gold}


def _match(text: str, gold: list[Ranges], pred: list[Ranges], exact: bool) -> tuple[int, list[int]]:
    """One-to-one matches; returns (count, index of matched gold per pred or -1)."""
    assigned = [-1] * len(pred)
    if exact:
        gk = [_trimmed(text, g) for g in gold]
        used: set[int] = set()
        n = 0
        for pi, p in enumerate(pred):
            key = _trimmed(text, p)
            for gi, g in enumerate(gk):
                if gi not in used and g == key:
                    used.add(gi)
                    assigned[pi] = gi
                    n += 1
                    break
        return n, assigned
    gw = [word_ranges(text, g) for g in gold]
    pw = [word_ranges(text, p) for p in pred]
    pairs = []
    for pi, pws in enumerate(pw):
        for gi, gws in enumerate(gw):
            ov = len(pws & gws)
            if ov:
                pairs.append((-ov, pi, gi))
    pairs.sort()
    used_g: set[int] = set()
    n = 0
    for _, pi, gi in pairs:
        if assigned[pi] < 0 and gi not in used_g:
            assigned[pi] = gi
            used_g.add(gi)
            n += 1
    return n, assigned


@attrs.define
class Report:
    docs: int = 0
    subset: str = "all"
    engine: str = "light"
    gold_format: str = "brat"
    scores: dict[str, Score] = attrs.field(factory=dict)
    rules: dict[str, Counter[str]] = attrs.field(factory=lambda: defaultdict(Counter))
    resolution: dict[str, Score] = attrs.field(factory=dict)  # only with a gold.jsonl

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "docs": self.docs, "subset": self.subset, "engine": self.engine, "format": self.gold_format,
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "rules": {r: dict(c) for r, c in sorted(self.rules.items())},
        }
        if self.resolution:
            out["resolution"] = {k: v.as_dict() for k, v in self.resolution.items()}
        return out


def speech_gold(doc: GoldDoc, lex: Lexicon) -> list[GoldAttribution]:
    out = []
    for a in doc.attributions:
        if a.kind is not None:
            if a.kind in ("speech", "according_to"):
                out.append(a)
            continue
        if speech_span(doc.text, a.cue, lex):
            out.append(a)
    return out


def speech_span(text: str, cue: Ranges, lex: Lexicon) -> bool:
    """Whether a cue's text holds a speech or according-to form of the lexicon (the speech
    subset's test, the same for gold and predicted cues)."""
    pieces = [norm(text[s:e]) for s, e in cue]
    toks = [w for piece in pieces for w in _WORD.findall(piece)]
    if not toks:  # a punctuation cue (a headline colon, a sign-off dash): the mark itself
        toks = [piece.strip() for piece in pieces if piece.strip()]
    return _speech_cue(toks, lex) or "according to" in " ".join(toks)


def _speech_cue(words: list[str], lex: Lexicon) -> bool:
    """Whether a lexicon cue form of kind speech or according-to occurs in ``words``."""
    for k in range(len(words)):
        hit = lex.cues.match(words, k)
        if hit and hit[1].kind in ("speech", "according_to") and not hit[1].strict:
            # a word only one rule takes ("in" of "In a new poll, ...") counts as the whole cue
            # only: "engaged in" is no according-to cue
            if not hit[1].rule or hit[0] == len(words):
                return True
    return False


@attrs.frozen
class Prediction:
    """An attribution's spans in the gold text (projected there for CoNLL-U input)."""

    cue: Ranges
    source: Ranges
    content: Ranges
    rule: str
    kind: str
    speaker: str = ""
    outlet: str | None = None
    outlet_role: str | None = None


def new_report(subset: str, engine: str, gold_format: str = "brat") -> Report:
    if subset not in SUBSETS:
        raise OptionError(f"unknown subset {subset!r}; choose one of: {', '.join(SUBSETS)}")
    report = Report(subset=subset, engine=engine, gold_format=gold_format)
    for key in ROLES:
        for mode in ("exact", "partial"):
            report.scores[f"{key}.{mode}"] = Score()
    return report


def _outside_quotes(article: Article, preds: list[Prediction]) -> list[Prediction]:
    """PolNeAR's convention: no attribution is annotated inside a direct quotation."""
    from attrib.reader.segment import quote_spans

    quotes = quote_spans(article)
    return [p for p in preds if not any(s <= p.cue[0][0] < e for s, e in quotes)]


def score_doc(report: Report, doc: GoldDoc, lang: str, preds: list[Prediction],
           names: dict[str, tuple[str, ...]] | None = None, article: Article | None = None) -> None:
    """``article``: the gold text as read for extraction, when there is one (saves reading it
    again for the quotation check)."""
    report.docs += 1
    if report.gold_format == "polnear":
        preds = _outside_quotes(article or make_article(doc.text, id=doc.id, lang=lang), preds)
    gold = list(doc.attributions)
    if report.subset == "speech":
        lex = load_lexicon(lang)
        gold = speech_gold(doc, lex)
        preds = [p for p in preds if p.kind in ("speech", "according_to")]
        if all(a.kind is None for a in doc.attributions):
            # a subset drawn by the lexicon's forms: predictions pass the same test as gold cues
            # (a strict form such as "states" is in neither)
            preds = [p for p in preds if speech_span(doc.text, p.cue, lex)]
    for key in ROLES:
        g: list[Ranges] = [getattr(a, key) for a in gold if getattr(a, key)]
        p: list[Ranges] = [getattr(x, key) for x in preds if getattr(x, key)]
        for mode in ("exact", "partial"):
            n, assigned = _match(doc.text, g, p, exact=mode == "exact")
            sc = report.scores[f"{key}.{mode}"]
            sc.tp += n
            sc.pred += len(p)
            sc.gold += len(g)
            if key == "cue" and mode == "partial":
                for x, gi in zip(preds, assigned, strict=True):
                    report.rules[x.rule]["predicted"] += 1
                    if gi < 0:
                        report.rules[x.rule]["false_positive"] += 1
                if doc.resolution is not None:
                    cued = [a for a in gold if a.cue]
                    _score_resolution(report, doc.resolution, cued, [x for x in preds if x.cue], assigned,
                                      names or {})


def _score_resolution(report: Report, res: DocResolution, gold: list[GoldAttribution], preds: list[Prediction],
                      assigned: list[int], names: dict[str, tuple[str, ...]]) -> None:
    """Speaker names and outlets of cue-matched pairs, publisher and wire of the document."""
    sc = {k: report.resolution.setdefault(k, Score()) for k in ("speaker", "outlet", "publisher", "wire")}
    gold_res = [res.attributions.get(a.cue) for a in gold]
    sc["outlet"].gold += sum(1 for r in gold_res if r and r.outlet)
    sc["outlet"].pred += sum(1 for x in preds if x.outlet)
    for x, gi in zip(preds, assigned, strict=True):
        r = gold_res[gi] if gi >= 0 else None
        if r is None:
            continue
        if r.speaker:
            sc["speaker"].pred += 1
            sc["speaker"].gold += 1
            sc["speaker"].tp += same_speaker(x.speaker, r.speaker)
        if r.outlet and same_outlet(x.outlet, r.outlet) and (x.outlet_role or "") == (r.outlet_role or ""):
            sc["outlet"].tp += 1
    for key, gold_names in (("publisher", (res.publisher,) if res.publisher else ()), ("wire", res.wire)):
        predicted = names.get(key, ())
        sc[key].gold += len(gold_names)
        sc[key].pred += len(predicted)
        sc[key].tp += sum(1 for g in gold_names if any(same_outlet(p, g) for p in predicted))


def format_report(report: Report, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps(report.as_dict(), indent=2) + "\n"
    from tabulate import tabulate

    rows = []
    for key in ROLES:
        for mode in ("exact", "partial"):
            s = report.scores[f"{key}.{mode}"]
            rows.append([key, mode, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", s.tp, s.pred, s.gold])
    head = f"{report.docs} documents · format: {report.gold_format} · subset: {report.subset} · engine: {report.engine}"
    out = [head,
           tabulate(rows, headers=["role", "match", "P", "R", "F1", "tp", "pred", "gold"]), ""]
    if report.resolution:
        res = []
        for key, label in (("speaker", "speaker name (cue-matched, lenient)"), ("outlet", "outlet and role"),
                           ("publisher", "publisher"), ("wire", "wire")):
            sc = report.resolution.get(key)
            if sc is not None:
                res.append([label, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", sc.tp, sc.pred, sc.gold])
        out += [tabulate(res, headers=["resolution (gold.jsonl)", "P", "R", "F1", "tp", "pred", "gold"]), ""]
    out.append("predictions per rule (false positive = cue overlaps no gold cue):")
    rr = [[r, c["predicted"], c["false_positive"],
           f"{1 - c['false_positive'] / c['predicted']:.2f}" if c["predicted"] else "-"]
          for r, c in sorted(report.rules.items())]
    out.append(tabulate(rr, headers=["rule", "predicted", "false_positive", "cue precision"]))
    return "\n".join(out) + "\n"
