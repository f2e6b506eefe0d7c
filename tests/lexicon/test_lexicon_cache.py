"""The compiled lexicon cache: same values as TOML, rebuilt when a file changes, never in the way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import attrib
from attrib.lexicon import load
from attrib.lexicon.cache import cache_dir, cached


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(folder))
    monkeypatch.delenv("ATTRIB_NO_CACHE", raising=False)
    load.load_lexicon.cache_clear()
    load.load_gazetteer.cache_clear()


def test_cached_lexicon_equals_the_one_built_from_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(monkeypatch, tmp_path)
    first = load.load_lexicon("ar")
    assert list(tmp_path.glob("lexicon-ar-*.pickle")), "the first load writes the compiled copy"
    load.load_lexicon.cache_clear()
    second = load.load_lexicon("ar")  # read back from disk
    assert second is not first
    assert second.cues.by_first.keys() == first.cues.by_first.keys()
    assert second.roles == first.roles and second.words == first.words
    text = "وقال المتحدث باسم وزارة الخارجية إن المحادثات ستستأنف الأسبوع المقبل."
    assert attrib.to_json(attrib.extract(text)) == attrib.to_json(attrib.extract(text))
    load.load_lexicon.cache_clear()


def test_editing_a_user_lexicon_rebuilds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(monkeypatch, tmp_path / "cache")
    user = tmp_path / "lex" / "en"
    user.mkdir(parents=True)
    words = user / "words.toml"
    words.write_text('collective = ["jury"]\n', encoding="utf-8")
    lex = load.load_lexicon("en", (str(tmp_path / "lex"),))
    assert "jury" in lex.word_class("collective")
    words.write_text('collective = ["panel"]\n', encoding="utf-8")
    os.utime(words, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    load.load_lexicon.cache_clear()
    lex = load.load_lexicon("en", (str(tmp_path / "lex"),))
    assert "panel" in lex.word_class("collective") and "jury" not in lex.word_class("collective")
    load.load_lexicon.cache_clear()


def test_damaged_or_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(tmp_path))
    assert cached("probe", [], build) == {"a": 1}
    (only,) = tmp_path.glob("probe-*.pickle")
    only.write_bytes(b"not a pickle")
    assert cached("probe", [], build) == {"a": 1} and len(calls) == 2  # rebuilt, not crashed
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(blocker / "sub"))  # a folder that cannot be made
    assert cached("probe", [], build) == {"a": 1} and len(calls) == 3
    monkeypatch.setenv("ATTRIB_NO_CACHE", "1")
    assert cache_dir() is None
