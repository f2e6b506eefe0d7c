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

from collections.abc import Iterable

from attrib.errors import GoldError, OptionError
from attrib.evaluate.gold import GOLD_FORMATS, GoldDoc, Ranges, detect_format, load_gold
from attrib.evaluate.score import Prediction, Report, new_report, score_doc
from attrib.model import ArticleAttributions
from attrib.reader.article import make_article
from attrib.text.normalize import norm


def _predictions(result: ArticleAttributions) -> list[Prediction]:
    return [Prediction(((x.cue.span.start, x.cue.span.end),),
                       ((x.speaker.mention.start, x.speaker.mention.end),) if x.speaker.mention else (),
                       tuple((p.start, p.end) for p in x.parts), x.rule, x.cue.kind, x.speaker.name,
                       x.outlet.name if x.outlet else None, x.outlet.role if x.outlet else None)
            for x in result.attributions]


def _doc_names(result: ArticleAttributions) -> dict[str, tuple[str, ...]]:
    art = result.article
    return {"publisher": (art.publisher,) if art.publisher else (), "wire": tuple(o.name for o in art.wire)}


def evaluate_docs(docs: Iterable[GoldDoc], subset: str = "all", engine: str = "light",
                  lang: str | None = None, model_dir: str | None = None, gold_format: str = "brat") -> Report:
    from attrib.pipeline import extract

    report = new_report(subset, engine, gold_format)
    for doc in docs:
        article = make_article(doc.text, id=doc.id, lang=lang)
        result = extract(article, engine=engine, model_dir=model_dir)
        score_doc(report, doc, article.lang, _predictions(result), _doc_names(result), article)
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
    report = new_report(subset, "conllu", gold_format)
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
        score_doc(report, doc, analysis.article.lang, preds, _doc_names(result))
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
