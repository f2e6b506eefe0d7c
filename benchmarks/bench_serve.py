"""``attrib serve``: time to answer a 2,000-word article, and a bounded burst of concurrent requests.

Starts the real server (``attrib serve`` on a free port of 127.0.0.1), then
1. posts one English and one Arabic article of about ``--words`` words (PolNeAR dev / Arabic
   dev texts, cut at a paragraph) ``--repeat`` times each, and reports min / median / max of the
   whole round trip (upload, extraction, page rendering, download of the page);
2. sends ``--concurrent`` requests at once (the English article), ``--bursts`` times, and
   reports errors and the wall time of each burst.

    python benchmarks/bench_serve.py [--words 2000] [--repeat 10] [--concurrent 20] [--bursts 3]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def take(folder: Path, words: int) -> str:
    out: list[str] = []
    n = 0
    for f in sorted(folder.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").split("\n"):
            if n >= words:
                return "\n\n".join(out)
            out.append(para)
            n += len(para.split())
    return "\n\n".join(out)


def post(url: str, text: str) -> tuple[int, float]:
    body = urllib.parse.urlencode({"text": text, "lang": "auto"}).encode()
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url + "/extract", data=body), timeout=120) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError:
        status = 0
    return status, time.perf_counter() - start


def start(port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "attrib.cli", "serve", "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("attrib serve did not start")


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    shared = Path(os.environ.get("ATTRIB_SHARED", root.parent / "shared"))
    p = argparse.ArgumentParser(description="attrib serve: latency and concurrency")
    p.add_argument("--words", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=10)
    p.add_argument("--concurrent", type=int, default=20)
    p.add_argument("--bursts", type=int, default=3)
    args = p.parse_args(argv)
    en_dir, ar_dir = shared / "data" / "polnear" / "dev" / "text", shared / "data" / "ar_attrib_dev" / "text"
    if not en_dir.is_dir() or not ar_dir.is_dir():
        print(f"corpora not found under {shared}", file=sys.stderr)
        return 2
    texts = {"en": take(en_dir, args.words), "ar": take(ar_dir, args.words)}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = start(port)
    url = f"http://127.0.0.1:{port}"
    try:
        for lang, text in texts.items():
            post(url, text)  # warm-up: lexicons load on the first request
            times = []
            for _ in range(args.repeat):
                status, t = post(url, text)
                assert status == 200, status
                times.append(t)
            print(f"{lang}: {len(text.split())} words, one request: min {min(times):.3f} s, median "
                  f"{statistics.median(times):.3f} s, max {max(times):.3f} s over {args.repeat} requests")
        for b in range(args.bursts):
            t0 = time.perf_counter()
            with ThreadPoolExecutor(args.concurrent) as pool:
                results = list(pool.map(lambda _: post(url, texts["en"]), range(args.concurrent)))
            wall = time.perf_counter() - t0
            errors = sum(status != 200 for status, _ in results)
            slowest = max(t for _, t in results)
            print(f"burst {b + 1}: {args.concurrent} concurrent requests, {errors} errors, all answered in "
                  f"{wall:.2f} s (slowest {slowest:.2f} s)")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
