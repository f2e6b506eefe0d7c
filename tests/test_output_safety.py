"""Nothing is lost: wrong --resume files, full disks, read-only folders, kill -9 (issue 16).

Every test runs the real ``attrib`` command (in-process through ``main`` or as a process)
on our example articles; the failures are real ones (/dev/full, a folder the user cannot
write, a real ``kill -9``), not mocks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from attrib import batch
from attrib.cli import main

ARTICLES = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
ATTRIB = [sys.executable, "-m", "attrib.cli"]
BINARY = b"\x00\x01\x02binary\x00"


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("content", [
    "my notes for tomorrow\nsecond line\n",                 # a mistyped path: the user's text file
    '{"name": "config", "debug": true}\n',                  # JSON, but not attrib records
    '[1, 2, 3]\n{"schema": "1.0", "id": "x", "attributions": []}\n',
])
def test_resume_refuses_a_file_that_is_not_attrib_output(tmp_path: Path, content: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "notes.txt"
    out.write_text(content, encoding="utf-8")
    assert main(["extract", ARTICLES[0], "-f", "jsonl", "-o", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not an attrib record" in err and "file left as it is" in err
    assert out.read_text(encoding="utf-8") == content


def test_resume_refuses_binary_and_keeps_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "photo.jpg"
    out.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    assert main(["extract", ARTICLES[0], "-f", "jsonl", "-o", str(out), "--resume"]) == 2
    assert "not a JSONL file of attrib records" in capsys.readouterr().err
    assert out.read_bytes() == b"\xff\xd8\xff\xe0" + bytes(range(256))


def test_error_records_keep_input_order_after_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    flaky = [tmp_path / "flaky1.txt", tmp_path / "flaky2.txt"]
    for f in flaky:
        f.write_bytes(BINARY)
    paths = [ARTICLES[0], str(flaky[0]), ARTICLES[1], str(flaky[1]), ARTICLES[2]]
    assert main(["extract", *paths, "-f", "jsonl", "-o", str(out)]) == 1
    flaky[0].write_text("Headline\n\nThe mayor said the bridge was safe.\n", encoding="utf-8")
    assert main(["extract", *paths, "-f", "jsonl", "-o", str(out), "--resume"]) == 1  # flaky2 still fails
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [batch.article_id(p) for p in paths]
    assert ["error" in r for r in records] == [False, False, False, True, False]
    capsys.readouterr()


def test_full_disk_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("jsonl", "table", "csv", "json", "html"):
        assert main(["extract", *ARTICLES[:2], "-f", fmt, "-o", "/dev/full"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "No space left on device" in err and "Traceback" not in err


def test_standard_output_on_a_full_disk() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([*ATTRIB, "extract", *ARTICLES[:2]], stdout=full, stderr=subprocess.PIPE,
                              text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "standard output: writing failed" in done.stderr


def test_a_failed_write_leaves_the_jsonl_file_valid_for_resume(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A file system that fills up in the middle of a run (a small loop-free stand-in: a file
    size limit, RLIMIT_FSIZE, which makes write() fail the same way a full disk does)."""
    out = tmp_path / "out.jsonl"
    assert main(["extract", *ARTICLES, "-f", "jsonl", "-o", str(out)]) == 0
    full_size = out.stat().st_size
    limit = full_size // 2
    code = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
            "from attrib.cli import main; sys.exit(main(sys.argv[1:]))")
    out.unlink()
    done = subprocess.run([sys.executable, "-c", code, "extract", *ARTICLES, "-f", "jsonl", "-o", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "writing failed" in done.stderr and "--resume" in done.stderr
    partial = _ids(out)  # every line is a whole record
    assert 0 < len(partial) < len(ARTICLES) and out.stat().st_size <= limit
    assert main(["extract", *ARTICLES, "-f", "jsonl", "-o", str(out), "--resume"]) == 0
    assert _ids(out) == [batch.article_id(p) for p in ARTICLES]
    capsys.readouterr()


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder (mode 0555) its user cannot write in, and the command prefix that runs attrib
    as that user. Root ignores permissions, so as root the command runs without the
    capabilities that let it (``setpriv``, util-linux)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: a read-only folder cannot be made")
        caps = "-dac_override,-dac_read_search"
        prefix = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]
    try:
        yield folder, prefix
    finally:
        folder.chmod(0o755)


def test_resume_in_a_read_only_folder(readonly_dir: tuple[Path, list[str]]) -> None:
    folder, prefix = readonly_dir
    out = folder / "out.jsonl"
    bad = folder / "bad.txt"
    bad.write_bytes(BINARY)
    done = subprocess.run([*ATTRIB, "extract", ARTICLES[0], str(bad), "-f", "jsonl", "-o", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    before = out.read_bytes()
    folder.chmod(0o555)
    resume = [*prefix, *ATTRIB, "extract", "-f", "jsonl", "-o", str(out), "--resume"]
    done = subprocess.run([*resume, ARTICLES[0], str(bad)], capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "cannot be rewritten" in done.stderr and "Traceback" not in done.stderr
    assert out.read_bytes() == before  # the error record still there: the file is unchanged
    # nothing to drop: resume appends to the (writable) file without rewriting it
    folder.chmod(0o755)
    out.write_bytes(before.splitlines(keepends=True)[0])
    folder.chmod(0o555)
    done = subprocess.run([*resume, ARTICLES[0], ARTICLES[1]], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert _ids(out) == [batch.article_id(ARTICLES[0]), batch.article_id(ARTICLES[1])]


def _children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    many = [tmp_path / f"a{n:03}.txt" for n in range(400)]
    text = "\n\n".join([Path(ARTICLES[0]).read_text(encoding="utf-8")] * 20)  # a few seconds' work
    for p in many:
        p.write_text(text, encoding="utf-8")
    proc = subprocess.Popen([*ATTRIB, "extract", *map(str, many), "-f", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                             "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 3:  # 2 workers and the resource tracker
            workers = _children(proc.pid)
            time.sleep(0.1)
        assert len(workers) >= 3, f"workers did not start: {workers}"
        time.sleep(1.0)  # let them take work
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"{len(left)} processes outlived their killed parent"
