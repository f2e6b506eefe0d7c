"""CoNLL-U input: gold parses drive the dependency rules, independently of parser errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import shared_path

from attrib.analysis.conllu import read_conllu
from attrib.cli import main
from attrib.errors import ConlluError
from attrib.pipeline import extract_analysis

MINI = """# text = Officials said that the talks failed.
1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\ttalks\ttalk\tNOUN\tNNS\t_\t6\tnsubj\t_\t_
6\tfailed\tfail\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = وقال المتحدث إن المحادثات فشلت.
1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\t_
2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
3\tالمتحدث\tمتحدث\tNOUN\t_\t_\t2\tnsubj\t_\t_
4\tإن\tإن\tSCONJ\t_\t_\t6\tmark\t_\t_
5\tالمحادثات\tمحادثة\tNOUN\t_\t_\t6\tnsubj\t_\t_
6\tفشلت\tفشل\tVERB\t_\t_\t2\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def test_multiword_tokens_keep_exact_offsets(tmp_path: Path) -> None:
    f = tmp_path / "mini.conllu"
    f.write_text(MINI.split("\n\n")[1], encoding="utf-8")
    article, analysis = read_conllu(f, lang="ar")
    assert article.text == "وقال المتحدث إن المحادثات فشلت."
    for s, e, _n in zip(analysis.starts, analysis.ends, analysis.norms, strict=True):
        assert article.text[s:e]
    assert [article.text[s:e] for s, e in zip(analysis.starts[:2], analysis.ends[:2], strict=True)] == ["و", "قال"]
    (a,) = extract_analysis(analysis).attributions
    assert a.rule == "ar.dep.verb" and a.speaker.name == "المتحدث" and a.content.text == "المحادثات فشلت"
    assert a.cue.span.text == "قال"


def test_english_gold_parse(tmp_path: Path) -> None:
    f = tmp_path / "en.conllu"
    f.write_text(MINI.split("\n\n")[0] + "\n", encoding="utf-8")
    _, analysis = read_conllu(f)
    (a,) = extract_analysis(analysis).attributions
    assert (a.rule, a.speaker.name, a.content.text) == ("en.dep.verb", "Officials", "that the talks failed")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("1\tOfficials\tofficial\tNOUN\n", r"bad\.conllu:1: expected 10 tab-separated columns, found 4"),
        ("1\ta\ta\tX\t_\t_\tx\tdep\t_\t_\n", r"bad\.conllu:1: bad word id or head"),
        ("2\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", r"bad\.conllu:1: word id 2 out of order"),
        ("# only a comment\n", r"no sentences found"),
    ],
)
def test_corrupt_conllu_names_file_and_line(tmp_path: Path, bad: str, message: str) -> None:
    f = tmp_path / "bad.conllu"
    f.write_text(bad, encoding="utf-8")
    with pytest.raises(ConlluError, match=message):
        read_conllu(f)


def test_cli_conllu_engine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.conllu"
    good.write_text(MINI, encoding="utf-8")
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tx\n", encoding="utf-8")
    code = main(["extract", "--engine", "conllu", "-f", "jsonl", str(good), str(bad)])
    out, err = capsys.readouterr()
    assert code == 1 and '"rule": "en.dep.verb"' in out and "bad.conllu:1:" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("parts", "lang", "rule"),
    [
        (("data", "ud", "en_ewt", "en_ewt-ud-dev.conllu"), "en", "en.dep.verb"),
        (("data", "ud", "pud", "en_pud-part1.conllu"), "en", "en.dep.verb"),
        (("data", "ud", "pud", "ar_pud-part1.conllu"), "ar", "ar.dep.verb"),
        (("data", "ud", "ar_padt_v1", "ar-ud-dev.conllu"), "ar", "ar.dep.verb"),
    ],
)
def test_shared_gold_treebanks(parts: tuple[str, ...], lang: str, rule: str) -> None:
    article, analysis = read_conllu(shared_path(*parts))
    assert article.lang == lang
    result = extract_analysis(analysis)
    rules = {a.rule for a in result.attributions}
    assert rule in rules, rules
    text = article.text
    dep = [a for a in result.attributions if a.rule == rule]
    assert len(dep) >= 20
    for a in result.attributions:
        for span in (a.cue.span, *a.parts, *([a.speaker.mention] if a.speaker.mention else [])):
            assert text[span.start:span.end] == span.text
    with_speaker = [a for a in dep if a.speaker.mention is not None]
    assert len(with_speaker) >= 0.5 * len(dep)
