"""A real ``attrib serve`` on 127.0.0.1 and a real headless Chromium driven by selenium.

The server runs as a separate process, exactly as a user starts it; the browser is the
Debian ``chromium`` with its ``chromedriver`` (installed by .ci/run). Screenshots of every
page the browser tests visit are kept under ``$TMPDIR/attrib-browser-tests`` (a CI artefact).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREENSHOTS = Path(tempfile.gettempdir()) / "attrib-browser-tests"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(*extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """``attrib serve`` on a free port; returns the process and its base URL once it answers."""
    pytest.importorskip("starlette", reason="attrib serve needs the serve extra: pip install -e '.[serve]'")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "attrib.cli", "serve", "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.read() == b"ok":
                    return proc, url
        except OSError:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"attrib serve exited: {err}") from None
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("attrib serve did not answer within 10 s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    proc, url = start_server()
    yield url
    stop(proc)


@pytest.fixture(scope="session")
def downloads() -> Path:
    return Path(tempfile.mkdtemp(prefix="attrib-downloads-"))


@pytest.fixture(scope="session")
def browser(downloads: Path) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="the browser tests need selenium (dev extra)")
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.skip("headless Chromium not installed (Debian packages chromium and chromium-driver; .ci/run "
                    "installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in [*CHROME_FLAGS, f"--user-data-dir={tempfile.mkdtemp(prefix='attrib-chromium-')}",
                 "--window-size=1400,1000"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(60)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()
