"""attrib compare: the seed pair, our own translated pairs, PUD sentence alignment, outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import ROOT, seed, shared_path

import attrib
from attrib.cli import main
from attrib.compare import align_sentences, compare
from attrib.lexicon.translit import name_similarity
from attrib.reader.article import make_article


def _pair(c: attrib.Comparison, a_cue: str, a_claim: str) -> attrib.Pair:
    for p in c.pairs:
        if p.a and p.a.cue.span.text == a_cue and a_claim in " ".join(x.text for x in p.a.parts):
            return p
    raise AssertionError(f"no pair for {a_cue!r} {a_claim!r}")


def test_seed_pair_alignment_and_verdicts() -> None:
    c = compare(attrib.read(seed("002")), attrib.read(seed("000")))
    p = _pair(c, "said", "spy agency provided planning assistance")
    assert p.b is not None and p.b.speaker.name == "مسؤولون أمريكيون" and p.verdict == "same"
    p = _pair(c, "says", "supports separatist groups")
    assert p.b is not None and p.b.cue.span.text == "بحسب" and p.verdict == "cue_changed"
    p = _pair(c, "say", "China is also counting on Pakistan")
    assert p.b is not None and "الصين تأمل" in p.b.content.text and p.verdict == "same"
    p = _pair(c, "say", "Pakistan could grow closer")
    assert p.b is not None and p.verdict == "same"
    p = _pair(c, "according to", "Mr Khan intended to push")
    assert p.b is not None and p.b.cue.span.text == "وفقا" and p.verdict == "same"
    p = _pair(c, "according to", "has often disagreed with Mr. Khan")
    assert p.b is not None and p.b.speaker.name == "محللون" and p.verdict == "cue_changed"
    p = _pair(c, "expressed", "a desire to deepen ties")
    assert p.b is not None and p.b.speaker.name == "قمر جاويد باجوا" and p.verdict == "same"
    # every English attribution is either paired or given a verdict that says why not
    assert all(p.b is not None or p.verdict in {"dropped", "missing"} for p in c.pairs if p.a)
    summary = c.summary
    assert summary["a"]["attributions"] == len(c.a.attributions)  # type: ignore[index]


def test_names_match_across_scripts() -> None:
    assert name_similarity("Kenneth Katzman", "كينيث كاتزمان") > 0.95
    assert name_similarity("Antony Blinken", "أنتوني بلينكن") > 0.95
    assert name_similarity("Vladimir Putin", "فلاديمير بوتين") > 0.95
    assert name_similarity("Kenneth Katzman", "حذيفة فريد") < 0.6


def test_verdicts_on_a_small_pair() -> None:
    en = ("Talks resume\n\nThe finance minister said that inflation would fall to 9% in June. "
          "Analysts said the central bank would cut rates. "
          "Officials told Reuters that the deal was close.")
    ar = ("استئناف المحادثات\n\nوزعم وزير المالية أن التضخم سينخفض إلى 9% في يونيو. "
          "وسيخفض البنك المركزي أسعار الفائدة. "
          "وقال مسؤولون لوكالة فرانس برس إن الاتفاق قريب. وأضاف مصدر أن التوقيع سيتم قريبا.")
    c = compare(make_article(en), make_article(ar))
    verdicts = {p.a.cue.span.text if p.a else p.b.cue.span.text: p.verdict for p in c.pairs}  # type: ignore[union-attr]
    assert verdicts["said"] in {"cue_changed", "dropped"}
    assert verdicts["told"] == "outlet_changed"
    assert verdicts["وأضاف"] == "added"


def _pud(path: Path) -> list[tuple[str, str]]:
    out, sid = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sid = line.split("=", 1)[1].strip()
        elif line.startswith("# text = "):
            out.append((sid, line.split("=", 1)[1].strip()))
    return out


def test_pud_sentences_align_by_sent_id() -> None:
    """40 parallel PUD sentences; the Arabic side loses three, two swap places, two merge."""
    en = _pud(shared_path("data", "ud", "pud", "en_pud-part1.conllu"))[:40]
    ar = dict(_pud(shared_path("data", "ud", "pud", "ar_pud-part1.conllu")))
    ids = [sid for sid, _ in en if sid in ar]
    ar_ids = [sid for k, sid in enumerate(ids) if k not in (5, 17, 30)]
    ar_ids[10], ar_ids[11] = ar_ids[11], ar_ids[10]
    lines_ar = [ar[sid] for sid in ar_ids]
    merged = lines_ar[20] + " " + lines_ar[21]
    lines_ar[20:22] = [merged]
    groups_ar = [[sid] for sid in ar_ids]
    groups_ar[20:22] = [groups_ar[20] + groups_ar[21]]
    a = make_article("\n\n".join(text for sid, text in en if sid in ar), lang="en")
    b = make_article("\n\n".join(lines_ar), lang="ar")
    sid_a = [ids[s.paragraph] for s in a.sentences]
    sid_b = [groups_ar[s.paragraph] for s in b.sentences]
    links = align_sentences(a, b)
    correct = sum(1 for ia, ib in links if ia and ib and any(sid_a[i] in sid_b[j] for i in ia for j in ib))
    linked = sum(1 for ia, ib in links if ia and ib)
    expected = len(ar_ids) - 1  # one merge
    assert linked and correct / linked >= 0.8, (correct, linked)
    assert correct >= 0.75 * expected, (correct, expected)


@pytest.mark.parametrize("fmt", ["table", "markdown", "github", "csv", "json", "jsonl", "html"])
def test_cli_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", "--format", fmt, str(seed("002")), str(seed("000"))])
    out = capsys.readouterr().out
    assert code == 0
    if fmt == "json":
        d = json.loads(out)
        assert set(d) >= {"a", "b", "pairs", "summary"}
        ids_a = {x["id"] for x in d["a"]["attributions"]}
        assert all(p["a"] in ids_a for p in d["pairs"] if p["a"])
        assert {p["verdict"] for p in d["pairs"]} <= {"same", "speaker_changed", "cue_changed", "outlet_changed",
                                                     "dropped", "missing", "added"}
    if fmt == "html":
        # the CLI view colours pairs by verdict (a key) and links them; the app has its own view
        assert 'dir="rtl"' in out and 'class="key"' in out and "<mark" in out
    if fmt == "table":
        assert "named / anonymous sources" in out


def test_cli_compare_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extract_code = main(["extract", str(tmp_path / "none.txt")])
    capsys.readouterr()
    code = main(["compare", str(tmp_path / "none.txt"), str(seed("000"))])
    assert code == extract_code == 1 and "no such file" in capsys.readouterr().err
    code = main(["compare", "-f", "yaml", str(seed("002")), str(seed("000"))])
    assert code == 2 and "unknown format" in capsys.readouterr().err


PAIRS = sorted((ROOT / "examples" / "pairs").glob("*/expected.json"))


@pytest.mark.parametrize("expected", PAIRS, ids=[p.parent.name for p in PAIRS])
def test_example_pairs(expected: Path) -> None:
    spec = json.loads(expected.read_text(encoding="utf-8"))
    c = compare(attrib.read(expected.parent / spec["a"]), attrib.read(expected.parent / spec["b"]))
    from attrib.evaluate.compare import score_pair

    score = score_pair(c, spec)
    assert score.verdict_accuracy >= 0.5, score
