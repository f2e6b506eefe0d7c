from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import shared_path

from attrib.errors import GoldError
from attrib.evaluate.corpus import evaluate_corpus, evaluate_docs
from attrib.evaluate.gold import load_gold, parse_ann
from attrib.evaluate.score import format_report

TEXT = "Officials said the border would reopen. The plan is new."
ANN = (
    "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe border would reopen\n"
    "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
)


def _corpus(tmp_path: Path, ann: str = ANN) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "doc1_abcd.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_parse_discontinuous_and_sourceless() -> None:
    ann = ("T1\tCue 5 9\tsaid\nT2\tContent 0 4;10 14\tx\nT3\tAttribution 5 9\tsaid\n"
           "E1\tAttribution-no-source:T3 Cue:T1 Content:T2\n")
    (a,) = parse_ann(ann)
    assert a.content == ((0, 4), (10, 14)) and a.source == ()


def test_malformed_ann_names_file_and_line() -> None:
    with pytest.raises(GoldError, match=r"x\.ann:1: malformed"):
        parse_ann("T1\tSource\n", "x.ann")


def test_perfect_extraction_scores_one(tmp_path: Path) -> None:
    report = evaluate_corpus(str(_corpus(tmp_path)))
    for key in ("cue", "source", "content"):
        for mode in ("exact", "partial"):
            s = report.scores[f"{key}.{mode}"]
            assert (s.precision, s.recall) == (1.0, 1.0), key + mode
    assert "en.verb.speaker_before" in format_report(report)


def test_missed_attribution_lowers_recall(tmp_path: Path) -> None:
    ann = ANN + ("T5\tSource 40 48\tThe plan\nT6\tCue 49 51\tis\nT7\tContent 52 55\tnew\n"
                 "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n")
    report = evaluate_corpus(str(_corpus(tmp_path, ann)))
    assert report.scores["cue.partial"].recall == 0.5
    assert report.scores["cue.partial"].precision == 1.0


def test_polnear_dev_sample_scores() -> None:
    dev = shared_path("data", "polnear", "dev")
    docs = load_gold(dev, limit=10)
    assert len(docs) == 10 and all(d.attributions for d in docs)
    report = evaluate_docs(docs)
    assert report.scores["cue.partial"].f1 > 0.4
    speech = evaluate_docs(docs, subset="speech")
    assert speech.scores["cue.partial"].gold < report.scores["cue.partial"].gold


def test_arabic_dev_uses_gold_kinds() -> None:
    dev = shared_path("data", "ar_attrib_dev")
    docs = load_gold(dev)
    assert len(docs) == 34
    kinds = {a.kind for d in docs for a in d.attributions}
    assert {"speech", "belief", "according_to"} <= kinds
    report = evaluate_docs(docs)
    assert report.scores["cue.partial"].f1 > 0.6


def test_gold_parses_projected_onto_the_gold_text() -> None:
    from attrib.evaluate.corpus import evaluate_conllu

    dev = shared_path("data", "ar_attrib_dev")
    conllu = shared_path("data", "ud", "ar_padt_v1", "ar-ud-dev.conllu")
    report = evaluate_conllu(load_gold(dev), str(conllu))
    assert report.docs == 34 and report.engine == "conllu"
    assert report.scores["cue.partial"].f1 > 0.6
    assert "ar.dep.verb" in report.rules


def test_partial_match_counts_a_clitic_split_cue() -> None:
    from attrib.evaluate.score import word_ranges

    text = "وقال المتحدث"
    assert word_ranges(text, ((1, 4),)) == word_ranges(text, ((0, 4),))


QUOTED = 'Officials said the border would reopen. “The minister said it was safe,” Khan added.'
QUOTED_ANN = (
    "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe border would reopen\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    "T4\tSource 73 77\tKhan\nT5\tCue 78 83\tadded\nT6\tContent 40 72\tx\n"
    "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n"
)


def _quoted_corpus(tmp_path: Path, ann_name: str) -> Path:
    (tmp_path / "text").mkdir(parents=True)
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc1.txt").write_text(QUOTED, encoding="utf-8")
    (tmp_path / "attributions" / ann_name).write_text(QUOTED_ANN, encoding="utf-8")
    return tmp_path


def test_polnear_conventions_leave_quoted_attributions_unscored(tmp_path: Path) -> None:
    # the nested "The minister said" inside Khan's quotation is extracted either way ...
    corpus = _quoted_corpus(tmp_path, "doc1_abcd.ann")
    brat = evaluate_corpus(str(corpus), gold_format="brat")
    assert brat.scores["cue.partial"].pred == 3
    assert brat.scores["cue.partial"].precision == pytest.approx(2 / 3)
    # ... but PolNeAR never annotates inside a quotation, so its convention does not score it
    polnear = evaluate_corpus(str(corpus), gold_format="polnear")
    assert polnear.scores["cue.partial"].pred == 2
    assert polnear.scores["cue.partial"].precision == 1.0
    assert polnear.gold_format == "polnear"


def test_auto_format_detects_polnear_file_names(tmp_path: Path) -> None:
    from attrib.evaluate.gold import detect_format

    assert detect_format(_quoted_corpus(tmp_path / "p", "doc1_abcd.ann")) == "polnear"
    assert detect_format(_quoted_corpus(tmp_path / "b", "doc1.ann")) == "brat"
    assert evaluate_corpus(str(tmp_path / "p")).gold_format == "polnear"
    assert evaluate_corpus(str(tmp_path / "b")).gold_format == "brat"


def test_unknown_gold_format_is_an_option_error(tmp_path: Path) -> None:
    from attrib.errors import OptionError

    with pytest.raises(OptionError, match="unknown gold format"):
        evaluate_corpus(str(_corpus(tmp_path)), gold_format="conll")


@pytest.mark.parametrize("cue, kept", [
    ("has said", True), ("told", True), ("points out", True), ("according to", True), (":", True),
    ("In", True), ("is expected", False), ("believes", False), ("engaged in", False),
])
def test_speech_subset_matches_whole_cue_forms(cue: str, kept: bool) -> None:
    from attrib.evaluate.gold import GoldAttribution, GoldDoc
    from attrib.evaluate.score import speech_gold
    from attrib.lexicon.load import load_lexicon

    text = f"Prefix {cue} suffix."
    att = GoldAttribution(cue=((7, 7 + len(cue)),), source=(), content=())
    doc = GoldDoc("d", text, (att,))
    assert (len(speech_gold(doc, load_lexicon("en"))) == 1) is kept
