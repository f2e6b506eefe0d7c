"""The app and the report in a real headless Chromium: what a journalist would click through."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import SCREENSHOTS  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parents[2]
EN_STORY = ('The finance minister said on Monday that the talks with the IMF would resume next week. '
            '"We are close," she told Reuters.')
AR_STORY = 'وقال المتحدث باسم وزارة الخارجية إن المحادثات ستستأنف الأسبوع المقبل. وأضاف: "نحن قريبون من اتفاق".'
HOSTILE = ('Officials said the <script>window.pwned = 1;</script> plan was "\'><img src=x onerror="window.pwned=2">'
           ' ready to go. The minister told Reuters that <b onmouseover="window.pwned=3">nothing</b> had changed.')


def by_css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def shot(driver: Any, name: str) -> None:
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def submit(driver: Any) -> None:
    """Click the form's submit button and wait for the next page to be loaded."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    button = by_css(driver, "form.input button[type=submit]")[0]
    button.click()
    WebDriverWait(driver, 60).until(expected_conditions.staleness_of(button))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete"
                                    and by_css(d, "main h1, main .messages"))


def submit_story(driver: Any, server: str, text: str, files: list[Path] = ()) -> None:  # type: ignore[assignment]
    driver.get(server + "/")
    by_css(driver, "#text")[0].send_keys(text)
    if files:
        by_css(driver, "#files")[0].send_keys("\n".join(str(f) for f in files))
    submit(driver)


def rows(driver: Any, article: int = 1) -> list[list[str]]:
    return [[td.text for td in by_css(tr, "td")] for tr in by_css(driver, f"#art{article} tbody tr")]


def assert_labelled(driver: Any) -> None:
    """Every form control has a label (for=id) or an aria-label."""
    for el in by_css(driver, "input, select, textarea"):
        ident = el.get_attribute("id")
        assert el.get_attribute("aria-label") or (ident and by_css(driver, f"label[for='{ident}']")), ident


def assert_fits(driver: Any, name: str) -> None:
    """Usable at 1400 px and at 800 px: no horizontal scrolling of the page."""
    for width in (1400, 800):
        driver.set_window_size(width, 1000)
        time.sleep(0.2)
        scroll, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"{name} at {width}px scrolls sideways ({scroll} > {inner})"
        shot(driver, f"{name}-{width}")
    driver.set_window_size(1400, 1000)


def test_english_story_table_and_highlights(browser: Any, server: str) -> None:
    submit_story(browser, server, EN_STORY)
    assert browser.title.startswith("Results")
    table = rows(browser)
    assert [(r[1], r[3], r[5]) for r in table] == [("finance minister", "said", ""),
                                                   ("finance minister", "told", "Reuters (channel)")]
    assert table[0][4] == "that the talks with the IMF would resume next week"  # the full claim
    cues = [c.text for c in by_css(browser, "#art1 .text .cue")]
    assert cues == ["1said", "2told"]  # each cue shows its attribution number
    assert [e.text for e in by_css(browser, "#art1 .text .outlet")] == ["Reuters"]
    assert by_css(browser, "#art1 .text")[0].get_attribute("dir") == "ltr"
    by_css(browser, "#art1-row-2 a")[0].click()  # table row -> its cue in the text, and back
    assert browser.current_url.endswith("#art1-cue-2")
    by_css(browser, "#art1-cue-2")[0].click()
    assert browser.current_url.endswith("#art1-row-2")
    panel = by_css(browser, "#art1 .panel")[0].text
    assert "0 named, 2 anonymous, of 2 attributions" in panel and "finance minister (2)" in panel
    assert_labelled(browser)
    assert console_errors(browser) == []
    assert_fits(browser, "app-results-en")


def test_arabic_story_right_to_left(browser: Any, server: str) -> None:
    submit_story(browser, server, AR_STORY)
    table = rows(browser)
    assert [(r[1], r[3], r[6]) for r in table] == [("المتحدث باسم وزارة الخارجية", "وقال", "indirect"),
                                                   ("المتحدث باسم وزارة الخارجية", "وأضاف", "direct")]
    text = by_css(browser, "#art1 .text")[0]
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    assert [c.text for c in by_css(browser, "#art1 .text .cue")] == ["1وقال", "2وأضاف"]
    assert by_css(browser, "#art1 .text .claim")[0].text == "المحادثات ستستأنف الأسبوع المقبل"
    assert console_errors(browser) == []
    assert_fits(browser, "app-results-ar")


def test_upload_two_files_and_download_csv(browser: Any, server: str, downloads: Path) -> None:
    en = ROOT / "examples" / "articles" / "en_1_pakistan_imf.txt"
    page = ROOT / "examples" / "pages" / "water_talks_ar.html"
    browser.get(server + "/")
    assert_labelled(browser)
    shot(browser, "app-start")
    by_css(browser, "#files")[0].send_keys(f"{en}\n{page}")
    submit(browser)
    toc = [a.text for a in by_css(browser, "nav.toc a")]
    assert toc == ["Pakistan nears IMF staff deal ahead of June budget", "استئناف محادثات تقاسم المياه الأسبوع المقبل"]
    meta = by_css(browser, "#art2 .meta")[0].text
    assert "2026-02-03" in meta and "publisher: Al Jazeera" in meta
    shown = len(rows(browser, 1)) + len(rows(browser, 2))
    assert shown > 4
    for f in downloads.glob("*.csv"):
        f.unlink()
    by_css(browser, ".downloads a[href$='/csv']")[0].click()
    target = downloads / "attrib.csv"
    for _ in range(100):
        if target.exists() and target.stat().st_size:
            break
        time.sleep(0.1)
    records = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(records) == shown
    assert {r["article"] for r in records} == {"en_1_pakistan_imf", "water_talks_ar"}
    assert console_errors(browser) == []


def test_compare_two_versions(browser: Any, server: str) -> None:
    pair = ROOT / "examples" / "pairs" / "en_ar_aqaba_water"
    browser.get(server + "/compare")
    assert_labelled(browser)
    by_css(browser, "#a_files")[0].send_keys(str(pair / "en.txt"))
    by_css(browser, "#b_files")[0].send_keys(str(pair / "ar.txt"))
    submit(browser)
    verdicts = [tr.find_elements("css selector", "td")[-1].text for tr in by_css(browser, "#pairs tbody tr")]
    assert verdicts and set(verdicts) <= {"same", "speaker_changed", "cue_changed", "outlet_changed", "dropped",
                                          "missing", "added"}
    assert verdicts.count("same") >= len(verdicts) // 2
    sides = by_css(browser, ".cols .text")
    assert [s.get_attribute("dir") for s in sides] == ["ltr", "rtl"]
    assert console_errors(browser) == []
    assert_fits(browser, "app-compare")


def test_hostile_input_is_shown_as_text(browser: Any, server: str, tmp_path: Path) -> None:
    evil = tmp_path / '"><img src=x onerror="window.pwned=4">.txt'
    evil.write_text("The spokesman said the <script>window.pwned = 5;</script> talks would go on.", encoding="utf-8")
    submit_story(browser, server, HOSTILE, [evil])
    assert browser.execute_script("return window.pwned === undefined")
    page = browser.find_element("tag name", "body").text
    assert "<script>window.pwned = 1;</script>" in page and '<b onmouseover="window.pwned=3">' in page
    assert "<img src=x onerror=" in page  # the file name, as text (Chromium sends its quotes as %22)
    assert by_css(browser, "main img, main b, main script") == []
    shot(browser, "app-hostile")
    assert console_errors(browser) == []


def test_bad_uploads_get_a_message_and_the_others_still_run(browser: Any, server: str, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = ROOT / "examples" / "articles" / "ar_1_muscat_talks.txt"
    browser.get(server + "/")
    by_css(browser, "#files")[0].send_keys(f"{binary}\n{empty}\n{good}")
    submit(browser)
    alert = by_css(browser, ".messages")[0].text
    assert "2 of 3 inputs could not be analysed" in alert
    assert "photo.txt: looks like a binary file" in alert and "empty.txt: the file is empty" in alert
    assert len(rows(browser, 3)) > 0
    shot(browser, "app-bad-uploads")


def test_five_article_report_in_the_browser(browser: Any, tmp_path: Path) -> None:
    files = sorted((ROOT / "examples" / "articles").glob("*.txt"))[:3] + sorted(
        (ROOT / "examples" / "pages").glob("*.html"))
    assert len(files) == 5
    out = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "attrib.cli", "extract", "-f", "html", "-o", str(out), *map(str, files)],
                   check=True)
    browser.get(out.as_uri())
    links = by_css(browser, "nav.toc a")
    assert len(links) == 5
    for a in links:  # every entry of the table of contents leads to its article
        assert by_css(browser, a.get_attribute("hash"))
    counts = [len(by_css(browser, f"#art{i} tbody tr")) for i in range(1, 6)]
    badges = [len(by_css(browser, f"#art{i} .text .num")) for i in range(1, 6)]
    assert counts == badges and all(counts)
    assert console_errors(browser) == []
    assert_fits(browser, "report-five-articles")


@pytest.fixture(autouse=True)
def _fresh_log(browser: Any) -> None:
    browser.get_log("browser")  # each test sees only its own console messages
