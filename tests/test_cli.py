"""The command line: formats, several files, standard input, and every user error
ending in one clear line and a non-zero exit (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import shared_path

from attrib.cli import main

EN = "Pakistan's economy will grow 3% next year, the finance minister said on Monday.\n"
AR = "وقال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل.\n"


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"en": EN, "ar": AR}.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out[name] = p
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    out["bad"] = bad
    return out


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_table_default(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", str(files["en"]))
    assert code == 0 and err == ""
    assert "finance minister" in out and "said" in out and "anonymous" in out


@pytest.mark.parametrize("fmt", ["table", "markdown", "github", "csv", "json", "jsonl", "html"])
def test_every_format(fmt: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--format", fmt, str(files["en"]), str(files["ar"]))
    assert code == 0
    assert "المتحدث باسم الوزارة" in out
    if fmt == "jsonl":
        docs = [json.loads(line) for line in out.splitlines()]
        assert [d["id"] for d in docs] == ["en", "ar"]
        assert [d["lang"] for d in docs] == ["en", "ar"]
    if fmt == "json":
        assert len(json.loads(out)) == 2
    if fmt == "html":
        assert out.count("<table ") == 2 and out.count("<tbody>") == 2


def test_jsonl_schema_and_offsets(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "-f", "jsonl", str(files["ar"]))
    doc = json.loads(out)
    text = files["ar"].read_text(encoding="utf-8")
    (att,) = doc["attributions"]
    assert set(att) >= {"id", "cue", "speaker", "content", "outlet", "quote", "rule"}
    for span in (att["cue"], att["content"], att["speaker"]["mention"]):
        assert text[span["start"]:span["end"]] == span["text"]
    assert att["cue"]["lemma"] == "قال" and att["cue"]["category"] == "neutral"


def test_bad_file_does_not_stop_the_batch(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", "-f", "jsonl", str(files["en"]), str(files["bad"]), str(files["ar"]))
    assert code == 1
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["en", "bad", "ar"]
    assert "binary" in docs[1]["error"] and "attributions" not in docs[1]
    assert "bad.bin" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--format", "yaml", "X"], "unknown format 'yaml'"),
        (["extract", "--lang", "fr", "X"], "unknown language 'fr'"),
        (["extract", "--engine", "nope", "X"], "unknown engine 'nope'"),
        (["extract", "--rule", "xx.nope", "X"], "unknown rule id"),
        (["eval", "--gold", "/nonexistent/gold"], "no such file or folder"),
        (["eval", "--gold", "GOLD", "--format", "conll"], "unknown gold format 'conll'"),
        (["eval", "--gold", "GOLD", "--subset", "beliefs"], "unknown subset 'beliefs'"),
        (["extract", "--resume", "X"], "--resume needs -o FILE and -f jsonl"),
    ],
)
def test_option_errors(args: list[str], message: str, files: dict[str, Path],
                       capsys: pytest.CaptureFixture[str]) -> None:
    gold = shared_path("data", "ar_attrib_dev") if "GOLD" in args else None
    args = [str(files["en"]) if a == "X" else str(gold) if a == "GOLD" else a for a in args]
    code, _, err = run(capsys, *args)
    assert code != 0
    assert message in err and "Traceback" not in err


def test_missing_empty_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(tmp_path / "missing.txt"), str(empty))
    assert code == 1
    assert "no such file" in err and "empty" in err
    # a folder is walked for its *.txt files (docs/scale.md); one with none is refused in one line
    code, _, err = run(capsys, "extract", str(tmp_path))
    assert code == 1 and "empty.txt: the file is empty" in err
    code, _, err = run(capsys, "extract", str(tmp_path), "--glob", "*.md")
    assert code == 2 and "no file in this folder matches *.md" in err and "Traceback" not in err


def test_stdin_and_no_traceback_in_subprocess(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "attrib.cli", "extract", "-", "-f", "jsonl"], input=EN.encode(),
                          capture_output=True, check=False)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["id"] == "stdin"
    proc = subprocess.run([sys.executable, "-m", "attrib.cli", "extract", str(tmp_path / "nope.txt")],
                          capture_output=True, check=False)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == f"attrib: {tmp_path / 'nope.txt'}: no such file"


def test_rules_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "en.according_to" in out and "ar.verb.prodrop" in out


def test_lexicon_option_reaches_credit_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "outlets.toml").write_text('[[outlet]]\nname = "Valley Courier"\ntype = "newspaper"\n'
                                      'aliases = ["Valley Courier"]\nwire_codes = ["VC"]\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nSPRINGFIELD (VC) - The mayor said the bridge would reopen.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "-f", "jsonl", "--lexicon", str(lex), str(story))
    assert code == 0 and json.loads(out)["wire"] == ["Valley Courier"]
    code, _, err = run(capsys, "extract", "--lexicon", str(tmp_path / "nope"), str(story))
    assert code == 2 and "does not exist" in err
    from attrib.lexicon import remove_lexicon_dir

    remove_lexicon_dir(str(lex))  # keep the process-wide registry clean for other tests
