"""Evaluation against gold attributions in brat standoff (PolNeAR layout).

Scoring is per role (cue, source, content), each a one-to-one matching between the
predicted and the gold spans of that role (one per attribution; a discontinuous span
is the union of its pieces):
- *exact*: the same characters, after trimming edge spaces and punctuation;
- *partial*: at least one word token in common (the usual lenient span match).
Pairs are matched greedily by overlap, so one prediction never counts twice. The
per-rule breakdown counts predictions whose cue overlaps no gold cue, so a rule
change shows where it adds noise.

Corpora differ in what they annotate. ``brat`` scores every prediction (our own
conventions, those of ``ar_attrib_dev``: an attribution nested in another's content is
annotated too). ``polnear`` follows PolNeAR's: it leaves attributions inside a direct
quotation unannotated (17 of its 6,561 train cues lie inside one, all quote-detection
slips), so predictions whose cue lies inside a quotation are not scored. ``auto`` (the
default) picks ``polnear`` for PolNeAR's file naming (``<text id>_<annotator>.ann``).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import attrs

from attrib.errors import GoldError, InputError, OptionError
from attrib.evaluate.resolution import DocResolution, load_resolutions, same_outlet, same_speaker
from attrib.lexicon.load import Lexicon, load_lexicon
from attrib.model import Article, ArticleAttributions
from attrib.reader.article import make_article
from attrib.text.normalize import norm

ROLES = ("cue", "source", "content")
SUBSETS = ("all", "speech")
GOLD_FORMATS = ("auto", "brat", "polnear")
_WORD = re.compile(r"\w+")
_ANN_ID = re.compile(r"[TERAMN*][0-9]*(?:\t|$)|[TERAMN][0-9]+\s")
_TRIM = " \t\r\n.,;:!?؟،؛\"“”'’‘«»()-–—"

Ranges = tuple[tuple[int, int], ...]


@attrs.frozen
class GoldAttribution:
    cue: Ranges
    source: Ranges
    content: Ranges
    kind: str | None = None


@attrs.frozen
class GoldDoc:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    lang: str | None = None
    resolution: DocResolution | None = None  # resolved speakers and outlets, from gold.jsonl


def _ranges(spec: str, where: str) -> Ranges:
    out = []
    for piece in spec.split(";"):
        try:
            s, e = piece.split()
            out.append((int(s), int(e)))
        except ValueError:
            raise GoldError(f"{where}: bad span {spec!r}") from None
    return tuple(out)


def parse_ann(ann: str, where: str = "<ann>") -> list[GoldAttribution]:
    """Attributions of one brat .ann file (Source/Cue/Content spans linked by E lines)."""
    spans: dict[str, tuple[str, Ranges]] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not _ANN_ID.match(line):
            continue  # the rest of an annotation's text that spans a line break
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            if len(parts) < 2 or " " not in parts[1]:
                raise GoldError(f"{where}:{n}: malformed text-bound annotation")
            label, spec = parts[1].split(" ", 1)
            spans[ident] = (label, _ranges(spec, f"{where}:{n}"))
        elif ident.startswith("E"):
            if len(parts) < 2:
                raise GoldError(f"{where}:{n}: malformed event line")
            args: dict[str, str] = {}
            for arg in parts[1].split():
                if ":" not in arg:
                    raise GoldError(f"{where}:{n}: malformed event argument {arg!r}")
                role, ref = arg.split(":", 1)
                args[role.rstrip("0123456789")] = ref
            events.append(args)
    def get(ev: dict[str, str], role: str) -> Ranges:
        ref = ev.get(role)
        if ref is None:
            return ()
        if ref not in spans:
            raise GoldError(f"{where}: event refers to unknown annotation {ref}")
        return spans[ref][1]

    return [GoldAttribution(get(ev, "Cue"), get(ev, "Source"), get(ev, "Content")) for ev in events]


def load_gold(path: str | Path, text_dir: str | Path | None = None, limit: int = 0) -> list[GoldDoc]:
    """Gold documents from a folder (``text/`` + ``attributions/``, or .ann beside .txt) or one .ann.

    PolNeAR names annotation files ``<text id>_<annotator>.ann``; when an article has
    several annotators the first (sorted) is used, so each article counts once."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or folder")
    if p.is_file():
        anns = [p]
        texts = Path(text_dir) if text_dir else p.parent
    else:
        ann_dir = p / "attributions" if (p / "attributions").is_dir() else p
        texts = Path(text_dir) if text_dir else (p / "text" if (p / "text").is_dir() else p)
        anns = sorted(ann_dir.glob("*.ann"))
    if not anns:
        raise InputError(f"{path}: no .ann files found")
    resolutions = load_resolutions(p if p.is_dir() else p.parent.parent)
    by_text: dict[str, Path] = {}
    for ann in anns:
        stem = ann.stem
        txt = texts / f"{stem}.txt"
        if not txt.is_file() and "_" in stem:
            stem = stem.rsplit("_", 1)[0]
            txt = texts / f"{stem}.txt"
        if not txt.is_file():
            raise InputError(f"{ann}: no text file {txt.name} in {texts}")
        by_text.setdefault(stem, ann)
    docs = []
    for stem, ann in sorted(by_text.items()):
        text = (texts / f"{stem}.txt").read_text(encoding="utf-8")
        atts = parse_ann(ann.read_text(encoding="utf-8"), str(ann))
        res = resolutions.get(stem)
        if res is not None:  # gold.jsonl gives each attribution's kind (speech, according_to, belief)
            atts = [attrs.evolve(a, kind=r.kind if (r := res.attributions.get(a.cue)) else None) for a in atts]
        docs.append(GoldDoc(stem, text, tuple(atts), resolution=res))
        if limit and len(docs) >= limit:
            break
    return docs


def _words(text: str, ranges: Ranges) -> set[int]:
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
    gw = [_words(text, g) for g in gold]
    pw = [_words(text, p) for p in pred]
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


def _speech_gold(doc: GoldDoc, lex: Lexicon) -> list[GoldAttribution]:
    out = []
    for a in doc.attributions:
        if a.kind is not None:
            if a.kind in ("speech", "according_to"):
                out.append(a)
            continue
        pieces = [norm(doc.text[s:e]) for s, e in a.cue]
        toks = [w for piece in pieces for w in _WORD.findall(piece)]
        if not toks:  # a punctuation cue (a headline colon, a sign-off dash): the mark itself
            toks = [piece.strip() for piece in pieces if piece.strip()]
        if _speech_cue(toks, lex) or "according to" in " ".join(toks):
            out.append(a)
    return out


def _speech_cue(words: list[str], lex: Lexicon) -> bool:
    """Whether a lexicon cue form of kind speech or according-to occurs in ``words``."""
    for k in range(len(words)):
        hit = lex.cues.match(words, k)
        if hit and hit[1].kind in ("speech", "according_to"):
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


def _predictions(result: ArticleAttributions) -> list[Prediction]:
    return [Prediction(((x.cue.span.start, x.cue.span.end),),
                       ((x.speaker.mention.start, x.speaker.mention.end),) if x.speaker.mention else (),
                       tuple((p.start, p.end) for p in x.parts), x.rule, x.cue.kind, x.speaker.name,
                       x.outlet.name if x.outlet else None, x.outlet.role if x.outlet else None)
            for x in result.attributions]


def _doc_names(result: ArticleAttributions) -> dict[str, tuple[str, ...]]:
    art = result.article
    return {"publisher": (art.publisher,) if art.publisher else (), "wire": tuple(o.name for o in art.wire)}


def _new_report(subset: str, engine: str, gold_format: str = "brat") -> Report:
    if subset not in SUBSETS:
        raise OptionError(f"unknown subset {subset!r}; choose one of: {', '.join(SUBSETS)}")
    report = Report(subset=subset, engine=engine, gold_format=gold_format)
    for key in ROLES:
        for mode in ("exact", "partial"):
            report.scores[f"{key}.{mode}"] = Score()
    return report


def detect_format(path: str | Path) -> str:
    """``polnear`` when the annotation files carry PolNeAR's annotator suffix
    (``<text id>_<annotator>.ann`` beside ``text/<text id>.txt``), else ``brat``."""
    p = Path(path)
    if p.is_file():
        anns, texts = [p], p.parent.parent / "text"
    else:
        ann_dir = p / "attributions" if (p / "attributions").is_dir() else p
        anns, texts = sorted(ann_dir.glob("*.ann"))[:20], p / "text"
    for ann in anns:
        if not (texts / f"{ann.stem}.txt").is_file() and "_" in ann.stem \
                and (texts / f"{ann.stem.rsplit('_', 1)[0]}.txt").is_file():
            return "polnear"
    return "brat"


def _outside_quotes(article: Article, preds: list[Prediction]) -> list[Prediction]:
    """PolNeAR's convention: no attribution is annotated inside a direct quotation."""
    from attrib.reader.segment import quote_spans

    quotes = quote_spans(article)
    return [p for p in preds if not any(s <= p.cue[0][0] < e for s, e in quotes)]


def _score(report: Report, doc: GoldDoc, lang: str, preds: list[Prediction],
           names: dict[str, tuple[str, ...]] | None = None, article: Article | None = None) -> None:
    """``article``: the gold text as read for extraction, when there is one (saves reading it
    again for the quotation check)."""
    report.docs += 1
    if report.gold_format == "polnear":
        preds = _outside_quotes(article or make_article(doc.text, id=doc.id, lang=lang), preds)
    gold = list(doc.attributions)
    if report.subset == "speech":
        gold = _speech_gold(doc, load_lexicon(lang))
        preds = [p for p in preds if p.kind in ("speech", "according_to")]
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


def evaluate_docs(docs: Iterable[GoldDoc], subset: str = "all", engine: str = "light",
                  lang: str | None = None, model_dir: str | None = None, gold_format: str = "brat") -> Report:
    from attrib.pipeline import extract

    report = _new_report(subset, engine, gold_format)
    for doc in docs:
        article = make_article(doc.text, id=doc.id, lang=lang)
        result = extract(article, engine=engine, model_dir=model_dir)
        _score(report, doc, article.lang, _predictions(result), _doc_names(result), article)
    return report


def evaluate_conllu(docs: Iterable[GoldDoc], conllu: str, subset: str = "all", lang: str | None = None,
                    gold_format: str = "brat") -> Report:
    """Score extraction from gold parses: each gold document's sentences are taken from the
    CoNLL-U file (matched by document id), and the predictions are projected onto the gold
    text by aligning the two texts character by character (in the normalised view, ignoring
    spaces: treebank forms are vocalised and clitic-split, the gold text is not)."""
    from attrib.analysis.conllu import read_conllu_documents
    from attrib.pipeline import extract_analysis

    parsed = {art.id: analysis for art, analysis in read_conllu_documents(conllu, lang=lang)}
    report = _new_report(subset, "conllu", gold_format)
    for doc in docs:
        analysis = parsed.get(doc.id)
        if analysis is None:
            continue
        result = extract_analysis(analysis)
        mapping = _align_texts(analysis.article.text, doc.text)
        preds = []
        for pr in _predictions(result):
            cue, src, content = (_project(mapping, r) for r in (pr.cue, pr.source, pr.content))
            if cue:
                preds.append(Prediction(cue, src, content, pr.rule, pr.kind))
        _score(report, doc, analysis.article.lang, preds, _doc_names(result))
    if not report.docs:
        raise GoldError(f"{conllu}: no document ids in common with the gold corpus")
    return report


def _align_texts(src: str, dst: str) -> list[int]:
    """For each character of ``src``, its position in ``dst`` (-1 where none)."""
    import difflib

    def view(t: str) -> tuple[str, list[int]]:
        chars, idx = [], []
        for k, ch in enumerate(t):
            n = norm(ch)
            if n and not n.isspace():
                chars.append(n)
                idx.append(k)
        return "".join(chars), idx

    sv, si = view(src)
    dv, di = view(dst)
    mapping = [-1] * len(src)
    sm = difflib.SequenceMatcher(None, sv, dv, autojunk=False)
    for a, b, size in sm.get_matching_blocks():
        for t in range(size):
            mapping[si[a + t]] = di[b + t]
    return mapping


def _project(mapping: list[int], ranges: Ranges) -> Ranges:
    out = []
    for s, e in ranges:
        inside = [mapping[k] for k in range(s, e) if mapping[k] >= 0]
        if inside:
            out.append((min(inside), max(inside) + 1))
    return tuple(out)


def evaluate_corpus(gold: str, gold_format: str = "auto", text_dir: str | None = None, subset: str = "all",
                    engine: str = "light", lang: str | None = None, limit: int = 0,
                    model_dir: str | None = None, conllu: str | None = None) -> Report:
    if gold_format not in GOLD_FORMATS:
        raise OptionError(f"unknown gold format {gold_format!r}; choose one of: {', '.join(GOLD_FORMATS)}")
    docs = load_gold(gold, text_dir, limit)
    if gold_format == "auto":
        gold_format = detect_format(gold)
    if engine == "conllu":
        if not conllu:
            raise OptionError("--engine conllu needs --conllu FILE (gold parses of the gold corpus' documents)")
        return evaluate_conllu(docs, conllu, subset=subset, lang=lang, gold_format=gold_format)
    return evaluate_docs(docs, subset=subset, engine=engine, lang=lang, model_dir=model_dir, gold_format=gold_format)


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
