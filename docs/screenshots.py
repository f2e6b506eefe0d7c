"""Remake the screenshots in docs/img: the app's results page and a five-article report.

Needs the serve extra, selenium and Debian's chromium + chromium-driver (as the browser tests):

    python docs/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def main() -> int:
    out = ROOT / "docs" / "img"
    out.mkdir(exist_ok=True)
    port = 8799
    server = subprocess.Popen([sys.executable, "-m", "attrib.cli", "serve", "--port", str(port)])
    options = webdriver.ChromeOptions()
    for flag in [*FLAGS, f"--user-data-dir={tempfile.mkdtemp()}", "--window-size=1280,820"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        driver.get(f"http://127.0.0.1:{port}/")
        files = [ROOT / "examples" / "pages" / "harbour_strike.html", ROOT / "examples" / "pages" / "water_talks_ar.html"]
        driver.find_element(By.ID, "files").send_keys("\n".join(map(str, files)))
        driver.find_element(By.CSS_SELECTOR, "form.input button").click()
        time.sleep(1)
        driver.execute_script("document.getElementById('art1').scrollIntoView()")
        driver.save_screenshot(str(out / "app.png"))
        report = Path(tempfile.mkdtemp()) / "report.html"
        articles = sorted((ROOT / "examples" / "articles").glob("*.txt"))[:3] + files
        subprocess.run([sys.executable, "-m", "attrib.cli", "extract", "-f", "html", "-o", str(report),
                        *map(str, articles)], check=True)
        driver.get(report.as_uri())
        driver.save_screenshot(str(out / "report.png"))
    finally:
        driver.quit()
        server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
