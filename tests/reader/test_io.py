from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from attrib.errors import DecodeError, InputError, OptionError
from attrib.reader.article import decode, make_article
from attrib.reader.files import read

AR = "وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل."
EN = "The minister said the talks would resume next week."


@pytest.mark.parametrize(
    "data",
    [
        AR.encode("utf-8"),
        codecs.BOM_UTF8 + AR.encode("utf-8"),
        AR.encode("utf-16"),
        AR.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1256"],
)
def test_decodes_supported_encodings(data: bytes) -> None:
    assert decode(data, "x.txt") == AR


def test_binary_is_refused_with_file_name() -> None:
    with pytest.raises(DecodeError, match=r"x\.bin: looks like a binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.bin")


def test_undecodable_latin_bytes_are_refused() -> None:
    with pytest.raises(DecodeError, match="cannot decode"):
        decode("naïve café résumé".encode("latin-1") * 3, "x.txt")


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"  \n")
    with pytest.raises(InputError, match="empty"):
        read(f)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)


def test_read_sets_id_and_language(tmp_path: Path) -> None:
    f = tmp_path / "story-1.txt"
    f.write_text(EN, encoding="utf-8")
    art = read(f)
    assert art.id == "story-1" and art.lang == "en"
    assert make_article(AR).lang == "ar"


def test_unknown_language_option() -> None:
    with pytest.raises(OptionError, match="unknown language 'fr'"):
        make_article(EN, lang="fr")


def test_sentences_and_paragraphs_point_into_text() -> None:
    text = "Headline here\n\nMr. Khan met Gen. Bajwa in the U.S. capital. He said talks went well.\nNext line."
    art = make_article(text)
    assert art.title is not None and art.title.text == "Headline here"
    for s in art.sentences:
        assert text[s.span.start:s.span.end] == s.span.text
    sents = [s.span.text for s in art.sentences]
    assert "Mr. Khan met Gen. Bajwa in the U.S. capital." in sents
    assert "He said talks went well." in sents


def test_shortcodes_are_ignored() -> None:
    text = 'Intro line.\n\n[covid19-card region="EG" label="قال"]\n\nThe minister said the plan works.'
    art = make_article(text)
    assert all("covid19" not in s.span.text for s in art.sentences)
    assert any("covid19" in s.text for s in art.ignored)


def test_wire_credit_lines() -> None:
    ar = "عنوان\n\nبغداد (اف ب) - قال مسؤول إن الوضع هادئ.\n\n* فرانس برس"
    art = make_article(ar)
    assert [o.name for o in art.wire] == ["AFP"]
    en = "ISLAMABAD (Reuters) - Pakistan's finance minister said on Monday that talks were over."
    assert [o.name for o in make_article(en).wire] == ["Reuters"]


def test_publisher_credit_line() -> None:
    text = "Title\n\nCredit…Jane Doe for The New York Times\n\nOfficials said the deal was close."
    assert make_article(text).publisher == "The New York Times"


def test_dates_from_the_opening_lines() -> None:
    assert make_article("عنوان\nالثلاثاء ٠٦ مارس ٢٠١٨ - ٠١:٥٧\n\nقال مسؤول إن الوضع هادئ.").date == "2018-03-06"
    assert make_article("Title\n\nWASHINGTON, March 6, 2018 - Officials said it.").date == "2018-03-06"
    assert make_article("Title\n\nOfficials said it was over.").date is None


def test_straight_quotes_take_their_direction_from_neighbours() -> None:
    from attrib.reader.article import make_article
    from attrib.reader.segment import quote_spans

    # a quotation begun on an earlier line closes first; the cue after it is not quoted
    body = ('only four percent of the delegates," campaign manager Sara Malik said. "Half will be chosen by March."\n'
            'He said "no" to the plan.\n')
    art = make_article("Head\n\n" + body, lang="en")
    spans = [art.text[s:e] for s, e in quote_spans(art)]
    assert spans == ['only four percent of the delegates,"', '"Half will be chosen by March."', '"no"']
    said = art.text.index("said")
    assert not any(s <= said < e for s, e in quote_spans(art))


def test_reversed_guillemets_pair_too() -> None:
    from attrib.reader.article import make_article
    from attrib.reader.segment import quote_spans

    art = make_article("وقال الوزير: »لن نتراجع عن القرار«. وأضاف أن الحوار مستمر.")
    assert [art.text[s:e] for s, e in quote_spans(art)] == ["»لن نتراجع عن القرار«"]


def test_editorial_brackets_are_prose_shortcodes_are_not() -> None:
    from attrib.reader.article import make_article

    text = ('According to Khan, “[I]f the talks fail, [the province] will suffer.”\n'
            '[related-posts]\n[caption id="a1" align="left"]Photo[/caption]\n')
    art = make_article(text, lang="en")
    ignored = [text[s.start:s.end] for s in art.ignored]
    assert ignored == ["[related-posts]", '[caption id="a1" align="left"]', "[/caption]"]
    first = art.sentences[0].span.text
    assert "[I]f the talks fail, [the province] will suffer" in first
