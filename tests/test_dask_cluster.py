"""Dask runs on real clusters on 127.0.0.1: a LocalCluster of worker processes, and a
``dask scheduler`` with two ``dask worker`` processes started here; a worker and then the
client are SIGKILLed mid-run, and the output is still every article exactly once, identical
to a plain single-process run."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, ROOT

pytest.importorskip("distributed", reason="the attrib[dask] extra is not installed")
import pyarrow.dataset as ds

import attrib
from attrib.cli import main
from attrib.tables import attribution_rows

ARTICLES = sorted(EXAMPLES.glob("*.txt"))
BIN = Path(sys.executable).parent


def archive(tmp_path: Path, copies: int) -> Path:
    """A folder of ``copies`` x the example articles (English and Arabic), each under its own name."""
    folder = tmp_path / "archive"
    for n in range(copies):
        sub = folder / f"day{n:02d}"
        sub.mkdir(parents=True)
        for p in ARTICLES:
            (sub / f"{p.stem}_{n:02d}.txt").write_bytes(p.read_bytes())
    return folder


def corpus(tmp_path: Path, copies: int) -> Path:
    """The same articles as one JSONL corpus of ``copies`` x 8 records."""
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for p in ARTICLES:
                f.write(json.dumps({"id": f"{p.stem}_{n:02d}", "text": p.read_text(encoding="utf-8")}) + "\n")
    return path


def reference(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    """The JSONL of a local single-process run."""
    out = tmp_path / "reference.jsonl"
    main(["extract", *args, "-f", "jsonl", "-o", str(out), "-q"])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def assert_dataset_equals(out: Path, records: list[dict[str, object]]) -> None:
    """The Parquet dataset, read back with pyarrow, holds exactly the reference records."""
    tables = {}
    for name in ("articles", "attributions"):
        files = sorted(str(f) for f in (out / name).glob("part-*.parquet"))
        tables[name] = ds.dataset(files, format="parquet").to_table().to_pylist()
    assert [a["id"] for a in tables["articles"]] == [r["id"] for r in records]  # each article once, in order
    assert tables["attributions"] == [row for r in records for row in attribution_rows(r)]
    assert not list(out.rglob("*.tmp"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two single-threaded workers (no nanny: a killed worker stays dead)."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    log = (tmp_path / "cluster.log").open("wb")
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port",
                               address.rsplit(":", 1)[1], "--no-dashboard"], stdout=log, stderr=log, cwd=ROOT)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny",
                                           "--no-dashboard", "--host", "127.0.0.1"], stdout=log, stderr=log, cwd=ROOT))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, procs[1:]
    finally:
        for p in reversed(procs):
            _stop(p)
        log.close()


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([str(BIN / "attrib"), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)


def _wait_for_parts(out: Path, count: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> int:
    """Wait until ``count`` partitions are written; how many there are then."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        done = len(list((out / "articles").glob("part-*.parquet"))) if (out / "articles").exists() else 0
        if done >= count:
            return done
        time.sleep(0.02)
    raise AssertionError(f"the run did not write {count} partitions (exit {proc.poll()})")


Cluster = tuple[str, list[subprocess.Popen[bytes]]]


def test_worker_killed_mid_run_loses_nothing(tmp_path: Path, cluster: Cluster) -> None:
    address, workers = cluster
    folder = archive(tmp_path, 24)  # 192 articles, 96 partitions
    records = reference(tmp_path, *sorted(str(p) for p in folder.rglob("*.txt")))
    out = tmp_path / "ds"
    proc = _cli("extract", str(folder), "--scheduler", address, "-f", "parquet", "-o", str(out),
                "--partition-size", "2")
    done_at_kill = _wait_for_parts(out, 10, proc)
    os.kill(workers[0].pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert done_at_kill < 96  # the worker died mid-run, with partitions left to do
    assert workers[0].poll() == -signal.SIGKILL and workers[1].poll() is None
    assert_dataset_equals(out, records)


def test_client_killed_then_resumed(tmp_path: Path, cluster: Cluster) -> None:
    address, _ = cluster
    source = corpus(tmp_path, 24)
    records = reference(tmp_path, str(source), "--id-field", "id")
    out = tmp_path / "ds"
    args = ["extract", str(source), "--id-field", "id", "--scheduler", address, "-f", "parquet", "-o", str(out),
            "--partition-size", "4"]
    proc = _cli(*args)
    _wait_for_parts(out, 5, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    left = 48 - len(list((out / "articles").glob("part-*.parquet")))
    assert left > 0  # killed with partitions left to do
    again = _cli(*args)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 2 and b"not empty; add --resume" in err
    resumed = _cli(*args, "--resume")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert_dataset_equals(out, records)


def test_local_cluster_jsonl_parts_equal_the_local_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = archive(tmp_path, 2)
    bad = folder / "day00" / "zz_broken.txt"
    bad.write_bytes(b"\x00\x01 binary")
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    local = tmp_path / "local.jsonl"
    assert main(["extract", *files, "-f", "jsonl", "-o", str(local)]) == 1
    out = tmp_path / "parts"
    assert main(["extract", str(folder), "--dask", "local:2", "-f", "jsonl", "-o", str(out),
                 "--partition-size", "3"]) == 1
    assert "zz_broken.txt: looks like a binary file" in capsys.readouterr().err
    joined = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*.jsonl")))
    assert joined == local.read_text(encoding="utf-8")  # byte for byte, error record included


def test_extract_bag_and_frame_on_a_local_cluster(tmp_path: Path) -> None:
    from attrib.dask import connect, extract_bag, extract_frame

    records = reference(tmp_path, *map(str, ARTICLES))
    with connect(local="local:2") as client:
        results = extract_bag([str(EXAMPLES)], partition_size=3).compute(scheduler=client)
        frame = extract_frame([str(EXAMPLES)], partition_size=3).compute(scheduler=client)
        articles = extract_frame([str(EXAMPLES)], partition_size=3, table="articles").compute(scheduler=client)
        from attrib.lexicon import load_lexicon

        # lexicons are parsed once per worker and language, not once per article
        loads = client.run(lambda: load_lexicon.cache_info().misses)
    assert len(loads) == 2 and all(0 < n <= 2 for n in loads.values()), loads
    assert [attrib.to_json(r) for r in results] == records
    assert list(articles["id"]) == [r["id"] for r in records]
    assert len(frame) == sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type]
    assert list(frame["cue_text"]) == [a["cue"]["text"] for r in records for a in r["attributions"]]  # type: ignore


def test_unreachable_scheduler_is_one_line_and_quick(tmp_path: Path) -> None:
    start = time.monotonic()
    proc = _cli("extract", str(ARTICLES[0]), "--scheduler", f"tcp://127.0.0.1:{_free_port()}", "-f", "parquet",
                "-o", str(tmp_path / "out"))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and time.monotonic() - start < 15
    lines = err.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("attrib: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert not (tmp_path / "out").exists()  # nothing written
