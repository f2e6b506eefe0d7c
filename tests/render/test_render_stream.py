"""Every output format is written article by article (issue 16): a batch of 20,000 files
held every result until the end for table, csv, json and html. And CSV cells that a
spreadsheet would run as formulas are neutralised unless asked not to."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from attrib import batch
from attrib.cli import main
from attrib.render import FORMATS, render, render_chunks

ARTICLES = sorted(str(p) for p in EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def results() -> list[batch.Result]:
    return [r for _, r in batch.run([*ARTICLES[:3], "/nonexistent/story.txt"])]


STREAMED = [f for f in FORMATS if f != "html"]  # the HTML report opens with a summary of the whole set


@pytest.mark.parametrize("fmt", STREAMED)
def test_each_article_is_rendered_before_the_next_one_is_done(results: list[batch.Result], fmt: str) -> None:
    produced = []

    def lazily() -> Iterator[batch.Result]:
        for r in results:
            produced.append(r)
            yield r

    chunks = render_chunks(lazily(), fmt)
    seen = []
    for chunk in chunks:  # up to the first chunk that needed an article
        seen.append(chunk)
        if produced:
            break
    assert len(produced) == 1  # the first article's output came before the second was asked for
    assert "".join(seen + list(chunks)) == render(results, fmt)
    assert len(produced) == len(results)


def test_html_report_is_written_once_every_article_is_done(results: list[batch.Result]) -> None:
    chunks = list(render_chunks(iter(results), "html"))
    assert len(chunks) == 1 and chunks[0] == render(results, "html")
    assert chunks[0].lstrip().lower().startswith("<!doctype html>")


def test_streamed_json_is_the_json_document(results: list[batch.Result]) -> None:
    text = render(results, "json")
    assert json.loads(text) == [json.loads(line) for line in render(results, "jsonl").splitlines()]
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    assert render([], "json") == "[]\n"


def test_csv_formula_cells_are_neutralised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "=SUM(A1).txt"  # a file name is the article column of every row
    story.write_text("Budget\n\nThe minister said -5% growth was the worst case. \"+3% is our target,\" he told "
                     "Reuters. @Karachi, officials said =the plan= would work.\n", encoding="utf-8")
    assert main(["extract", str(story), "-f", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["article"] for r in rows] == ["'=SUM(A1)"] * 3
    assert [r["claim"] for r in rows][2] == "'=the plan= would work"
    assert [r["cue_start"] for r in rows] == ["21", "81", "115"]  # numbers stay numbers
    assert main(["extract", str(story), "-f", "csv", "--csv-keep-formulas"]) == 0
    raw = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["article"] for r in raw] == ["=SUM(A1)"] * 3 and raw[2]["claim"] == "=the plan= would work"
    for row, kept in zip(rows, raw, strict=True):
        for key, cell in row.items():
            assert cell == kept[key] or (cell == "'" + kept[key] and kept[key][:1] in "=+-@")
