"""A user lexicon with a value of the wrong type is one error at load time (issue 16), with
the file, the entry, the key and the type expected; before, it loaded and then failed on
every article as an internal error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

import attrib
from attrib.errors import LexiconError
from attrib.lexicon import load_gazetteer, load_lexicon

ARTICLE = str(sorted(EXAMPLES.glob("*.txt"))[0])


@pytest.mark.parametrize(("rel", "content", "message"), [
    ("outlets.toml", '[[outlet]]\nname = 5\naliases = ["Five"]\n', "entry #1: name must be a text, not a number (5)"),
    ("outlets.toml", '[[outlet]]\nname = "Daily Five"\naliases = "Five"\n',
     "entry 'Daily Five': aliases must be a list of texts, not a text ('Five')"),
    ("entities.toml", '[[entity]]\nname = "Ministry of Fun"\nkind = "government"\naliases = ["MoF", 7]\n',
     "aliases must be a list of texts, not a list (['MoF', 7])"),
    ("en/cues.toml", '[[cue]]\nlemma = "opine"\ncategory = "neutral"\nkind = "speech"\nforms = ["opined"]\n'
                     'weak = "yes"\n', "entry 'opine': weak must be a flag, not a text ('yes')"),
    ("ar/roles.toml", '[[role]]\nlemma = "ناطق"\nkind = "anonymous"\nforms = [["ناطق"]]\n',
     "forms must be a list of texts"),
    ("en/words.toml", 'openers = "however"\n', "word class openers must be a list of texts, not a text"),
    ("en/cues.toml", 'cue = 5\n', "'cue' must be a list of [[cue]] tables"),
])
def test_wrong_value_type_is_a_load_time_error(tmp_path: Path, rel: str, content: str, message: str) -> None:
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_gazetteer((str(tmp_path),)) if "/" not in rel else load_lexicon(rel[:2], (str(tmp_path),))
    assert str(path) in str(err.value) and message in str(err.value)
    # the command registers --lexicon folders for the whole process: run it as its own process
    done = subprocess.run([sys.executable, "-m", "attrib.cli", "extract", ARTICLE, ARTICLE, "--lexicon", str(tmp_path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and message in done.stderr and "internal error" not in done.stderr


def test_right_types_still_load(tmp_path: Path) -> None:
    (tmp_path / "outlets.toml").write_text('[[outlet]]\nname = "Daily Five"\naliases = ["the Five"]\n'
                                           'type = "newspaper"\n', encoding="utf-8")
    result = attrib.extract("The minister told the Daily Five that taxes would fall.", lexicon_dirs=[str(tmp_path)])
    assert [a.outlet.name for a in result.attributions if a.outlet] == ["Daily Five"]
