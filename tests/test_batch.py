"""attrib.batch and `attrib extract --jobs/--output/--resume`: parallel runs give the same
output as sequential ones, in input order, and nothing is lost or written twice."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from attrib import batch
from attrib.cli import main
from attrib.errors import OptionError
from attrib.render.formats import render

ARTICLES = sorted(str(p) for p in EXAMPLES.glob("*.txt"))


def _jsonl(results: list[batch.Result]) -> list[dict[str, object]]:
    return [json.loads(line) for line in render(results, "jsonl").splitlines()]


def test_parallel_equals_sequential_in_input_order(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    paths = [ARTICLES[0], str(bad), *ARTICLES[1:], str(tmp_path / "missing.txt")]
    seq = [r for _, r in batch.run(paths, jobs=1)]
    par = [r for _, r in batch.run(paths, jobs=2)]
    assert _jsonl(par) == _jsonl(seq)
    ids = [r["id"] for r in _jsonl(par)]
    assert ids == [batch.article_id(p) for p in paths]
    errors = [r for r in _jsonl(par) if "error" in r]
    assert [e["id"] for e in errors] == ["broken", "missing"]


def test_a_bug_in_one_article_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import attrib.pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("rule crashed")

    monkeypatch.setattr(attrib.pipeline, "extract", boom)
    record = batch.extract_path(ARTICLES[0], batch.BatchOptions())
    assert isinstance(record, dict)
    assert "internal error" in str(record["error"]) and "rule crashed" in str(record["error"])


def test_stdin_in_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Officials said the border would reopen on Monday."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (path, result), = batch.run(["-"])
    assert path == "-" and not isinstance(result, dict)
    assert result.article.id == "stdin" and [a.cue.span.text for a in result.attributions] == ["said"]


def test_cli_output_file_and_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    flaky = tmp_path / "flaky.txt"
    flaky.write_bytes(b"\x00\x01\x02binary\x00")  # unreadable on the first run
    paths = [ARTICLES[0], str(flaky), ARTICLES[1]]
    assert main(["extract", *paths, "-f", "jsonl", "-o", str(out), "-j", "2"]) == 1
    first = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in first] == [batch.article_id(p) for p in paths]
    assert "error" in first[1]
    # the file gets fixed, and the run is interrupted in the middle of writing a line
    flaky.write_text("Headline\n\nThe mayor said the bridge was safe.\n", encoding="utf-8")
    with out.open("a", encoding="utf-8") as f:
        f.write('{"schema": "1.0", "id": "half-writ')
    assert main(["extract", *paths, "-f", "jsonl", "-o", str(out), "--resume"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in records]
    assert ids == [batch.article_id(p) for p in paths]  # each article once, in input order
    assert all("error" not in r for r in records)
    assert [records[0], records[2]] == [first[0], first[2]]  # finished articles are kept as they were
    capsys.readouterr()


def test_resume_needs_a_jsonl_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", ARTICLES[0], "--resume"]) == 2
    assert "--resume needs -o FILE and -f jsonl" in capsys.readouterr().err


def test_resume_refuses_duplicate_ids(tmp_path: Path) -> None:
    a = tmp_path / "a" / "story.txt"
    b = tmp_path / "b" / "story.txt"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text("Officials said it.", encoding="utf-8")
    with pytest.raises(OptionError, match="distinct article ids"):
        batch.check_unique_ids([str(a), str(b)])


def test_negative_jobs_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="--jobs"):
        list(batch.run(ARTICLES[:2], jobs=-1))


def test_table_output_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "table.md"
    assert main(["extract", ARTICLES[0], "-f", "markdown", "-o", str(out)]) == 0
    assert "| " in out.read_text(encoding="utf-8")


def test_unwritable_output_fails_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("jsonl", "table"):
        assert main(["extract", ARTICLES[0], "-f", fmt, "-o", str(tmp_path / "missing" / "out")]) == 2
        err = capsys.readouterr().err
        assert err.startswith("attrib: ") and "cannot be written" in err and "Traceback" not in err


def test_resume_into_a_folder_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", ARTICLES[0], "-f", "jsonl", "-o", str(tmp_path), "--resume"]) == 2
    err = capsys.readouterr().err
    assert "is a directory, not an output file" in err and "Traceback" not in err


@pytest.mark.parametrize("jobs", ["-1", "many"])
def test_bad_jobs_value(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", ARTICLES[0], "--jobs", jobs]) if jobs != "many" else None
    if code is None:
        with pytest.raises(SystemExit) as exc:
            main(["extract", ARTICLES[0], "--jobs", jobs])
        code = int(str(exc.value.code))
    assert code == 2
    err = capsys.readouterr().err
    assert "--jobs" in err and "Traceback" not in err
