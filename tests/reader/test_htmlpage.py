"""News pages as input: main text, title, date, publisher; offsets into the extracted text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from attrib.errors import InputError
from attrib.reader.htmlpage import looks_like_markup
from attrib.text.langcheck import check_supported

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "examples" / "pages"


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "attrib.cli", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, encoding="utf-8")


def test_pages_give_main_text_metadata_and_checkable_offsets() -> None:
    run = cli("extract", "-f", "json", str(PAGES / "harbour_strike.html"), str(PAGES / "water_talks_ar.html"))
    assert run.returncode == 0 and run.stderr == ""
    en, ar = json.loads(run.stdout)
    assert (en["title"], en["date"], en["publisher"], en["origin"]) == (
        "Dock workers end strike after pay deal", "2026-03-14", "Riverton Daily Post", "html")
    assert (ar["title"], ar["date"], ar["publisher"]) == (
        "استئناف محادثات تقاسم المياه الأسبوع المقبل", "2026-02-03", "Al Jazeera")
    for doc in (en, ar):
        text = doc["text"]
        assert "<" not in text and "Subscribe" not in text and "Related stories" not in text
        assert "اقرأ أيضا" not in text and "Privacy" not in text
        for a in doc["attributions"]:
            for span in (a["cue"], a["content"], a["speaker"]["mention"]):
                if span:
                    assert text[span["start"]:span["end"]] == span["text"]
    speakers = [(a["speaker"]["name"], a["cue"]["text"]) for a in en["attributions"]]
    assert ("Ellen Marsh", "told") in speakers and ("Daniel Okafor", "said") in speakers
    assert not any("span" in name or "class" in name for name, _ in speakers)
    assert [(a["speaker"]["name"], a["outlet"]["name"] if a["outlet"] else None) for a in ar["attributions"]][-1] == (
        "الخبيرة في شؤون المياه ليلى منصور", "Reuters")


def test_markup_in_a_text_file_is_warned_about(tmp_path: Path) -> None:
    saved = tmp_path / "story.txt"
    saved.write_bytes((PAGES / "harbour_strike.html").read_bytes())
    run = cli("extract", str(saved))
    assert run.returncode == 0
    assert run.stderr.strip().splitlines() == [
        f"attrib: warning: {saved} looks like an HTML page; name it .html or use --input-format html to read its "
        "main text"]
    run = cli("extract", "--input-format", "html", "-f", "jsonl", str(saved))
    assert run.returncode == 0 and run.stderr == ""
    assert json.loads(run.stdout)["title"] == "Dock workers end strike after pay deal"


def test_standard_input_as_a_page_and_bad_pages() -> None:
    page = (PAGES / "water_talks_ar.html").read_bytes()
    run = cli("extract", "--input-format", "html", "-f", "jsonl", "-", stdin=page)
    assert run.returncode == 0 and json.loads(run.stdout)["publisher"] == "Al Jazeera"
    menu = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    run = cli("extract", "--input-format", "html", "-", stdin=menu)
    assert run.returncode == 1 and run.stderr == "attrib: <stdin>: no article text found in this HTML page\n"
    run = cli("extract", "--input-format", "pdf", str(PAGES / "water_talks_ar.html"))
    assert run.returncode == 2 and run.stderr.splitlines()[-1].startswith("attrib: unknown input format 'pdf'")


def test_plain_articles_do_not_look_like_markup() -> None:
    for f in sorted((ROOT / "examples").glob("*/*.txt")):
        assert not looks_like_markup(f.read_text(encoding="utf-8")), f
    assert looks_like_markup((PAGES / "harbour_strike.html").read_text(encoding="utf-8"))
    assert looks_like_markup("<div><p>Officials said</p><p>the deal</p><span>was</span><b>near</b></div>")


def test_language_check_accepts_our_articles_and_refuses_others() -> None:
    for f in sorted((ROOT / "examples").glob("*/*.txt")):
        check_supported(f.read_text(encoding="utf-8"), str(f))
    french = ("Le ministre des finances a déclaré lundi que les négociations avec le FMI reprendraient la semaine "
              "prochaine et que le gouvernement présenterait un nouveau plan budgétaire aux députés avant la fin du "
              "mois, selon plusieurs sources proches du dossier.")
    persian = ("وزیر دارایی روز دوشنبه گفت که مذاکرات با صندوق بین‌المللی پول هفته آینده از سر گرفته می‌شود. او به "
               "خبرنگاران گفت ما به توافق نزدیک هستیم و دولت برنامه‌ای را ارائه خواهد کرد. مقامات گفتند این توافق "
               "نزدیک است.")
    with pytest.raises(InputError, match="does not look like English"):
        check_supported(french, "fr.txt")
    with pytest.raises(InputError, match="does not look like Arabic"):
        check_supported(persian, "fa.txt")
    with pytest.raises(InputError, match="not in English or Arabic"):
        check_supported("财政部长周一表示，与国际货币基金组织的谈判将于下周恢复。", "zh.txt")


def test_no_corpus_text_is_taken_for_a_web_page() -> None:
    """Transcripts with <tweet ...> tags and the like are text: only HTML's own elements count."""
    from tests.conftest import shared_path

    texts = [*sorted(shared_path("data", "polnear").glob("*/text/*.txt")),
             *sorted(shared_path("data", "ar_attrib_dev", "text").glob("*"))]
    assert len(texts) > 500
    flagged = [t.name for t in texts if looks_like_markup(t.read_text(encoding="utf-8-sig"))]
    assert flagged == []
