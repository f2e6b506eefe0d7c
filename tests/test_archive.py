"""Archive inputs and dataset outputs on one machine: folders, JSONL and Parquet corpora, the
Parquet/JSONL dataset, resume by partition, Arrow tables, progress (docs/scale.md)."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import EXAMPLES, ROOT

pa = pytest.importorskip("pyarrow", reason="the attrib[dask] extra is not installed")
import pyarrow.dataset as ds  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

import attrib  # noqa: E402
from attrib.cli import main  # noqa: E402
from attrib.sources import Fields, items, plan  # noqa: E402
from attrib.tables import attribution_rows  # noqa: E402

ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def local_jsonl(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    """Records of a plain single-process ``attrib extract -f jsonl`` run, the reference output."""
    out = tmp_path / "local.jsonl"
    main(["extract", *args, "-f", "jsonl", "-o", str(out)])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def parquet_tables(root: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Both tables of a dataset folder, rows in partition order."""
    out = []
    for name in ("articles", "attributions"):
        files = sorted((root / name).glob("part-*.parquet"))
        out.append(ds.dataset([str(f) for f in files], format="parquet").to_table().to_pylist())
    return out[0], out[1]


def corpus_jsonl(tmp_path: Path) -> Path:
    """A JSONL corpus built from the example articles, with three bad records in it."""
    lines = [json.dumps({"doc": p.stem, "body": p.read_text(encoding="utf-8")}, ensure_ascii=False)
             for p in ARTICLES]
    lines.insert(2, json.dumps({"doc": "no-text", "headline": "x"}))
    lines.insert(5, "{not json")
    lines.insert(6, "")  # a blank line is not a record
    lines.append(json.dumps({"doc": "number", "body": 42}))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_folder_to_parquet_equals_the_local_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reference = local_jsonl(tmp_path, *map(str, ARTICLES))
    out = tmp_path / "ds"
    assert main(["extract", str(EXAMPLES), "-f", "parquet", "-o", str(out), "--partition-size", "3", "-j", "2"]) == 0
    arts, atts = parquet_tables(out)
    assert [a["id"] for a in arts] == [r["id"] for r in reference]
    assert [a["path"] for a in arts] == [str(p) for p in ARTICLES]
    assert [a["n_attributions"] for a in arts] == [len(r["attributions"]) for r in reference]  # type: ignore[arg-type]
    assert atts == [row for r in reference for row in attribution_rows(r)]
    assert len(list((out / "articles").glob("part-*.parquet"))) == -(-len(ARTICLES) // 3)
    # offsets are sacred: every span of the table cuts its text out of the article
    texts = {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES}
    for row in atts:
        text = texts[str(row["article_id"])]
        for span in ("cue", "claim", "speaker"):
            if row[f"{span}_start"] is not None:
                assert text[row[f"{span}_start"]:row[f"{span}_end"]] == row[f"{span}_text"]  # type: ignore[misc]
    capsys.readouterr()


def test_jsonl_corpus_records_and_error_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = corpus_jsonl(tmp_path)
    out = tmp_path / "out.jsonl"  # one JSONL file on one machine (a folder of parts on Dask)
    code = main(["extract", str(corpus), "--text-field", "body", "--id-field", "doc", "-f", "jsonl",
                 "-o", str(out), "--partition-size", "4", "-j", "2"])
    err = capsys.readouterr().err
    assert code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [p.stem for p in ARTICLES[:2]] + ["no-text"] + [
        p.stem for p in ARTICLES[2:4]] + ["corpus:6"] + [p.stem for p in ARTICLES[4:]] + ["number"]
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert errors == {"no-text": f"{corpus}:3: no 'body' field in the record",
                      "corpus:6": errors["corpus:6"],
                      "number": f"{corpus}:{len(ARTICLES) + 4}: the 'body' field is not a string"}
    assert errors["corpus:6"].startswith(f"{corpus}:6: not a JSON record")
    assert all(f"attrib: {e}" in err for e in errors.values())
    # a record's text gives the same attributions as the same text in a file
    reference = {r["id"]: r for r in local_jsonl(tmp_path, *map(str, ARTICLES))}
    for r in records:
        if "error" not in r:
            assert r["attributions"] == reference[r["id"]]["attributions"]


def test_parquet_corpus_by_row_groups(tmp_path: Path) -> None:
    table = pa.table({"text": [p.read_text(encoding="utf-8") for p in ARTICLES], "key": [p.stem for p in ARTICLES]})
    corpus = tmp_path / "corpus.parquet"
    pq.write_table(table, corpus, row_group_size=3)
    parts = plan([str(corpus)], size=2, fields=Fields("text", "key"))
    n = len(ARTICLES)  # one part per row group of three articles
    assert [(p.start, p.stop, p.first, p.count) for p in parts] == [
        (g, g + 1, 3 * g, min(3, n - 3 * g)) for g in range(-(-n // 3))]
    got = [it for p in parts for it in items(p, Fields("text", "key"))]
    assert [(it.id, it.record) for it in got] == [(p.stem, n) for n, p in enumerate(ARTICLES)]
    out = tmp_path / "ds"
    assert main(["extract", str(corpus), "--id-field", "key", "-f", "parquet", "-o", str(out)]) == 0
    arts, atts = parquet_tables(out)
    reference = local_jsonl(tmp_path, *map(str, ARTICLES))
    assert [a["record"] for a in arts] == list(range(len(ARTICLES)))
    assert atts == [row for r in reference for row in attribution_rows(r)]


def test_bad_corpora_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not a parquet file")
    nocol = tmp_path / "nocol.parquet"
    pq.write_table(pa.table({"body": ["Officials said it."]}), nocol)
    cases = [([str(broken)], f"{broken}: unreadable Parquet file"),
             ([str(nocol)], f"{nocol}: no column 'text' (columns: body)"),
             ([str(tmp_path / "gone.jsonl")], "gone.jsonl: no such file"),
             ([str(tmp_path / "*.none")], "no file matches this pattern")]
    for args, message in cases:
        assert main(["extract", *args, "-f", "parquet", "-o", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_resume_skips_complete_partitions_and_redoes_partial_ones(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ds"
    args = ["extract", str(EXAMPLES), "-f", "parquet", "-o", str(out), "--partition-size", "2"]
    assert main(args) == 0
    before = {p.name: p.stat().st_mtime_ns for p in (out / "articles").iterdir()}
    # an interrupted run: partition 1 never finished, partition 2 died between its two files
    (out / "articles" / "part-00001.parquet").unlink()
    (out / "attributions" / "part-00001.parquet").unlink()
    (out / "articles" / "part-00002.parquet").unlink()
    (out / "articles" / ".part-00002.parquet.dead.tmp").write_bytes(b"half")
    assert main(args) == 2
    assert "not empty; add --resume" in capsys.readouterr().err
    assert main([*args, "--resume"]) == 0
    after = {p.name: p.stat().st_mtime_ns for p in (out / "articles").iterdir()}
    assert sorted(after) == sorted(before) == [f"part-{i:05d}.parquet" for i in range(-(-len(ARTICLES) // 2))]
    assert after["part-00000.parquet"] == before["part-00000.parquet"]  # complete: not redone
    arts, atts = parquet_tables(out)
    reference = local_jsonl(tmp_path, *map(str, ARTICLES))
    assert [a["id"] for a in arts] == [r["id"] for r in reference]  # each article exactly once
    assert atts == [row for r in reference for row in attribution_rows(r)]
    # another plan (a new partition size) is not mixed into this folder
    assert main([*args[:-1], "3", "--resume"]) == 2
    assert "was written by another run" in capsys.readouterr().err


def test_dataset_option_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    cases = [(["-f", "parquet"], "-f parquet writes a dataset folder: add -o DIR"),
             (["--dask", "local:2", "-f", "csv", "-o", "x"], "use -f parquet or -f jsonl"),
             (["-f", "parquet", "-o", str(tmp_path / "file")], "is a file"),
             (["-f", "parquet", "-o", "x", "--dask", "local:0"], "--dask takes local or local:N"),
             (["-f", "parquet", "-o", "x", "--partition-size", "0"], "--partition-size must be 1 or more"),
             (["-", "-f", "parquet", "-o", "x"], "standard input ('-') cannot be read by workers")]
    for extra, message in cases:
        assert main(["extract", str(ARTICLES[0]), *extra]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err


def test_to_arrow_and_to_pandas_in_process(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    results = [attrib.extract(attrib.read(p)) for p in ARTICLES]
    tables = attrib.to_arrow([*results, {"schema": "1.0", "id": "bad", "error": "bad.txt: no such file"}])
    assert tables.articles.num_rows == len(ARTICLES) + 1
    assert tables.attributions.num_rows == sum(len(r.attributions) for r in results)
    assert tables.articles.schema.metadata[b"attrib.tables"] == b"1.0"
    frames = attrib.to_pandas(results)
    by_article = frames.attributions.groupby("article_id").size().to_dict()
    assert by_article == {r.article.id: len(r.attributions) for r in results if r.attributions}
    first = results[0].attributions[0]
    row = frames.attributions.iloc[0]
    assert (row["cue_start"], row["cue_text"], row["speaker_name"]) == (
        first.cue.span.start, first.cue.span.text, first.speaker.name)


@given(st.lists(st.text(alphabet="ab\r", max_size=5), min_size=1, max_size=30), st.integers(1, 7), st.booleans())
def test_jsonl_partitions_cover_every_line_once(lines: list[str], size: int, final_newline: bool) -> None:
    import tempfile

    body = "\n".join(json.dumps({"text": t}) for t in lines) + ("\n" if final_newline else "")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.jsonl"
        path.write_text(body, encoding="utf-8")
        parts = plan([str(path)], size=size)
        got = [it for p in parts for it in items(p)]
        assert all(p.count <= size for p in parts)
        assert [(it.record, it.text) for it in got] == list(enumerate(lines, 1))


def _run_in_terminal(*args: str) -> str:
    """stderr of ``attrib`` on a pseudo-terminal, as a person at a terminal sees it."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    proc = subprocess.Popen([sys.executable, "-m", "attrib.cli", *args], stdout=subprocess.DEVNULL, stderr=slave,
                            cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    shown = _run_in_terminal("extract", *map(str, ARTICLES), str(bad), "-f", "jsonl", "-o", str(tmp_path / "a.jsonl"))
    assert f"{len(ARTICLES) + 1}/{len(ARTICLES) + 1}" in shown and "article/s" in shown and "failed 1" in shown
    assert "bad.txt: looks like a binary file" in shown
    quiet = _run_in_terminal("extract", *map(str, ARTICLES), "-q", "-f", "jsonl", "-o", str(tmp_path / "b.jsonl"))
    assert quiet == ""
    assert main(["extract", str(EXAMPLES), "-f", "parquet", "-o", str(tmp_path / "ds")]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: silent


def test_a_partition_that_cannot_be_written_stops_the_run_in_one_line(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ds"
    args = ["extract", str(EXAMPLES), "-f", "parquet", "-o", str(out), "--partition-size", "4"]
    assert main(args) == 0
    (out / "articles" / "part-00001.parquet").unlink()
    for part in (out / "attributions").iterdir():
        part.unlink()
    (out / "attributions").rmdir()
    (out / "attributions").write_text("in the way", encoding="utf-8")  # a file where a folder must go
    assert main([*args, "--resume"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the run stopped (FileExistsError" in err and "--resume" in err
    assert "Traceback" not in err
