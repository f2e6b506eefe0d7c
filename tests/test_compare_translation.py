"""`attrib compare` on translations: verdict definitions, claim-level changes, output, bad input,
the PUD dev set and long-article alignment.

The short pairs are written for these tests (an English sentence and an Arabic rendering of it,
faithful or changed on purpose); every expectation was checked by reading both sides.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import ROOT, shared_path

import attrib
from attrib.cli import main
from attrib.compare import Comparison, Pair, compare
from attrib.compare_claims import numbers


def _cmp(en: str, ar: str) -> Comparison:
    return compare(attrib.extract(en, lang="en"), attrib.extract(ar, lang="ar"))


def _one(en: str, ar: str) -> Pair:
    c = _cmp(en, ar)
    assert len(c.pairs) == 1, c.pairs
    return c.pairs[0]


# ------------------------------------------------------------------ verdicts (issue 13 definitions)

def test_title_and_transliterated_name_with_another_verb_of_speech_is_same() -> None:
    p = _one("Foreign Minister Ayman Safadi said on Sunday that the border crossing would reopen next week.",
             "وأكد وزير الخارجية أيمن الصفدي يوم الأحد أن المعبر الحدودي سيعاد فتحه الأسبوع المقبل.")
    assert p.verdict == "same"
    assert any(n.startswith("cue: said → وأكد") for n in p.notes)
    assert not p.claim_changed


def test_named_source_turned_anonymous_is_speaker_changed() -> None:
    p = _one("Ahmed Saleh, the port director, said 40 ships were waiting outside the harbour.",
             "وقال مسؤول في الميناء إن 40 سفينة كانت تنتظر خارج المرفأ.")
    assert p.verdict == "speaker_changed"


def test_speech_turned_according_to_is_cue_changed() -> None:
    p = _one("The trade ministry said exports rose by 12 percent in March.",
             "وبحسب وزارة التجارة، ارتفعت الصادرات بنسبة 12 في المئة في مارس.")
    assert p.verdict == "cue_changed"
    assert "kind: speech → according_to" in p.notes


def test_distancing_cue_is_same_kind_with_a_stance_warning() -> None:
    p = _one("The operator said the leak had been stopped on Friday.",
             "وزعمت الشركة المشغلة أن التسرب توقف يوم الجمعة.")
    assert p.verdict == "same"
    assert any(n.startswith("stance:") for n in p.notes)


def test_role_nouns_match_across_languages() -> None:
    p = _one("The spokesman said the talks would resume on Monday.", "وقال المتحدث إن المحادثات ستستأنف يوم الاثنين.")
    assert p.verdict == "same" and not p.claim_changed


# ------------------------------------------------------------------ claim-level changes

@pytest.mark.parametrize(("en", "ar", "reason"), [
    ("The minister said 25,000 tonnes of wheat had arrived at the port.",
     "وقال الوزير إن 52 ألف طن من القمح وصلت إلى الميناء.", "number: 25000 → 52000"),
    ("The spokesman said the talks would resume on Monday.",
     "وقال المتحدث إن المحادثات لن تستأنف يوم الاثنين.", "negation added"),
    ("Officials said the old dam may collapse after the rains.",
     "وقال مسؤولون إن السد القديم سينهار بعد الأمطار.", "hedge/modal dropped: may"),
    ("The government said it plans to raise fuel prices in July.",
     "وقالت الحكومة إنها رفعت أسعار الوقود في يوليو.", "intention → assertion"),
    ("\"We will not leave our homes, whatever happens, and we will rebuild every house in this village,\" "
     "said Fatima Nour.", "وقالت فاطمة نور: \"لن نغادر بيوتنا\".", "part of the quotation omitted"),
])
def test_claim_changes_are_flagged_with_their_reason(en: str, ar: str, reason: str) -> None:
    p = _one(en, ar)
    assert p.claim_changed
    assert any(r.startswith(reason) for r in p.claim_reasons), p.claim_reasons
    assert p.verdict == "same"  # independent of the verdict: same speaker, same kind


@pytest.mark.parametrize(("en", "ar"), [
    ("The minister said 1.5 million people had received aid.", "وقال الوزير إن 1,5 مليون شخص تلقوا مساعدات."),
    ("The negotiations are still going on, the envoy said.", "وقال المبعوث إن المفاوضات لا تزال جارية."),
    ("Experts said the results were unlikely to change.", "وقال خبراء إن النتائج لن تتغير على الأرجح."),
])
def test_faithful_renderings_are_not_claim_changes(en: str, ar: str) -> None:
    p = _one(en, ar)
    assert not p.claim_changed, p.claim_reasons


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("thousand", "ألف"), ("million", "مليون")]))
def test_numbers_read_the_same_in_both_languages(n: int, scale: tuple[str, str]) -> None:
    en_digits = f"{n * 1000:,}"  # "25,000"
    assert numbers(f"about {en_digits} people") == numbers(f"نحو {n} ألف شخص")
    assert numbers(f"{n} {scale[0]} dollars") == numbers(f"{n} {scale[1]} دولار")


# ------------------------------------------------------------------ output

PAIR = ROOT / "examples" / "pairs" / "en_ar_tunisia_bread"


def test_claims_are_full_in_csv_json_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    c = compare(attrib.read(PAIR / "en.txt"), attrib.read(PAIR / "ar.txt"))
    longest = max((a for a in c.a.attributions), key=lambda a: len(a.content.text))
    assert len(longest.content.text) > 60
    for fmt in ("csv", "json", "jsonl", "markdown", "github", "html"):
        assert main(["compare", "-f", fmt, str(PAIR / "en.txt"), str(PAIR / "ar.txt")]) == 0
        out = capsys.readouterr().out
        assert longest.content.text in out or longest.content.text.replace('"', "&quot;") in out, fmt
    main(["compare", "-f", "csv", str(PAIR / "en.txt"), str(PAIR / "ar.txt")])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(c.pairs) and {"verdict", "claim_changed", "notes", "a_claim", "b_claim"} <= set(rows[0])
    main(["compare", "-f", "jsonl", str(PAIR / "en.txt"), str(PAIR / "ar.txt")])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["verdict"] for x in lines] == [p.verdict for p in c.pairs]


def test_table_has_a_legend_and_html_colours_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(PAIR / "en.txt"), str(PAIR / "ar.txt")]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].startswith("verdicts: same = ")
    assert main(["compare", "-f", "html", str(PAIR / "en.txt"), str(PAIR / "ar.txt")]) == 0
    page = capsys.readouterr().out
    from attrib.render.compare_html import COLOURS

    assert 'class="key"' in page and "<script>" in page
    assert page.count('<tr data-n="') == len(compare(attrib.read(PAIR / "en.txt"),
                                                             attrib.read(PAIR / "ar.txt")).pairs)
    assert f'background:{COLOURS["same"]}' in page and 'class="sent" data-pair="1' in page


# ------------------------------------------------------------------ bad input

def _write(tmp: Path, name: str, text: str) -> str:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_bad_inputs_give_a_result_or_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en, ar = str(PAIR / "en.txt"), str(PAIR / "ar.txt")
    empty = _write(tmp_path, "empty.txt", "  \n")
    plain = _write(tmp_path, "plain.txt", "The weather was fine on Monday.\n\nPrices rose by 5 percent.\n")
    for args, code, note in [([empty, en], 1, "empty"), ([en, str(tmp_path / "gone.txt")], 1, "no such file"),
                             ([en, en], 0, "same text"), ([ar, en], 0, "A is Arabic"),
                             ([en, plain], 0, "has no attributions"), ([ar, ar], 0, "same text")]:
        assert main(["compare", *args]) == code, args
        err = capsys.readouterr().err
        assert note in err and "Traceback" not in err, (args, err)
        assert len([x for x in err.splitlines() if x.startswith("attrib: ") and "note" not in x]) <= 1
    main(["compare", "-f", "json", en, en])
    d = json.loads(capsys.readouterr().out)
    assert {p["verdict"] for p in d["pairs"]} == {"same"}


# ------------------------------------------------------------------ PUD dev set and long articles

def test_pud_dev_set_is_complete_and_scores_within_targets() -> None:
    from attrib.evaluate.devset import DevsetScore, add, load_devset, score_devset_pair

    gold = load_devset(ROOT / "benchmarks" / "pud_compare" / "devset.jsonl", shared_path("data", "ud", "pud"))
    assert len(gold) >= 150 and sum(1 for g in gold if not g.en and not g.ar) >= 40
    for g in gold:  # offsets are whole words of the rebuilt texts
        for text, atts in ((g.en_text, g.en), (g.ar_text, g.ar)):
            for a in atts:
                for s, e in (a.cue, *a.content, *((a.source,) if a.source else ())):
                    assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]
    total = DevsetScore()
    for g in gold:
        add(total, score_devset_pair(_cmp(g.en_text, g.ar_text), g))
    assert total.verdict_accuracy >= 0.85 and total.false_alarm_rate <= 0.05, total.as_dict()


def test_long_translation_with_edits_aligns() -> None:
    from attrib.evaluate.pud_pairs import alignment_accuracy, pud_pair

    pair = pud_pair(shared_path("data", "ud", "pud"), limit=150, perturb=True)
    c = compare(attrib.extract(pair.en, lang="en"), attrib.extract(pair.ar, lang="ar"))
    precision, recall = alignment_accuracy(pair, c.a.article, c.b.article, c.sentences)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
