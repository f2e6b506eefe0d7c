"""The rules' example corpora (attrib/rules/<lang>/examples/<rule id>.toml): every example holds,
every rule has one, malformed files get one-line errors, and users can add their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrib.errors import LexiconError
from attrib.evaluate.examples import check_example, check_examples
from attrib.model import Span
from attrib.render.examples import MARKS, mark_spans
from attrib.rules import all_rules
from attrib.rules.examples import Example, load_examples, read_examples_file

ROOT = Path(__file__).resolve().parents[2]
CUSTOM = ROOT / "examples" / "custom_rule"
LEXICAL_RULES = [r.id for r in all_rules() if ".dep." not in r.id]  # dependency rules need a parser
ALL_EXAMPLES = [e for rule_id in LEXICAL_RULES for e in load_examples(rule_id).all]


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=[e.label for e in ALL_EXAMPLES])
def test_example_holds(example: Example) -> None:
    result = check_example(example)
    assert result.passed, f"{example.label} ({example.source}): {result.problem}\n  text: {example.text}"


@pytest.mark.parametrize("rule_id", LEXICAL_RULES)
def test_every_lexical_rule_has_a_corpus(rule_id: str) -> None:
    examples = load_examples(rule_id)
    assert len(examples.files) == 1, f"{rule_id}: no examples file in attrib/rules/{examples.lang}/examples/"
    assert len(examples.positives) >= 3, f"{rule_id}: {len(examples.positives)} positive examples, want >= 3"
    assert len(examples.negatives) >= 2, f"{rule_id}: {len(examples.negatives)} negative examples, want >= 2"
    texts = [e.text for e in examples.all]
    assert len(set(texts)) == len(texts), f"{rule_id}: an example is repeated"


def test_positive_spans_are_exact_offsets() -> None:
    for e in ALL_EXAMPLES:
        for span in (e.cue, e.speaker, e.claim):
            if span is not None:
                assert e.text[span.start:span.end] == span.text


def test_cue_at_picks_the_nth_occurrence(tmp_path: Path) -> None:
    text = "The mayor said on Friday that the council said nothing about the bridge."
    path = _write(tmp_path, "en.verb.speaker_before", f'''
[[positive]]
text = "{text}"
cue = "said"
cue_at = 2
speaker = "the council"
''')
    (example,), _ = read_examples_file(path, "en.verb.speaker_before")
    assert example.cue is not None and example.cue.start == text.index("said", text.index("said") + 1)
    result = check_example(example)
    # the second "said" takes "nothing about the bridge" as its object: the rule gives it, with its speaker
    assert result.passed, result.problem


def _write(folder: Path, rule_id: str, body: str, lang: str = "en") -> Path:
    path = folder / lang / "examples" / f"{rule_id}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'rule = "{rule_id}"\n{body}', encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "message"), [
    ('[[positive\ntext = "x"', "not valid TOML"),
    ('[[positive]]\ntext = "The mayor said it was safe."\n', "[[positive]] 1: a positive example needs cue"),
    ('[[positive]]\ntext = "The mayor said it was safe."\ncue = "told"\n', "cue 'told' is not in the text"),
    ('[[positive]]\ntext = "The mayor said it was safe."\ncue = "said"\ncue_at = 2\n',
     "cue 'said' occurs 1 time(s) in the text, not 2"),
    ('[[positive]]\ntext = "The mayor said it was safe."\ncue = "said"\nspeakr = "The mayor"\n',
     "unknown key(s) speakr"),
    ('[[positive]]\ntext = "The mayor said it was safe."\ncue = "said"\nkind = "human"\n', "kind 'human'"),
    ('[[positive]]\ntext = "The mayor told Reuters it was safe."\ncue = "told"\nrole = "source"\n',
     "role 'source'; expected one of publisher, wire, channel, reporter, reference"),
    ('[[positive]]\ntext = "The mayor said it was safe."\ncue = "said"\ncue_at = "2"\n', "cue_at must be an integer"),
    ('[[negative]]\ntext = "The said agreement."\ncue = "said"\n', "[[negative]] 1: unknown key(s) cue"),
    ('[[negative]]\nwhy = "no text"\n', "[[negative]] 1: needs text"),
    ('positive = "The mayor said it was safe."\n', "positive must be a list of tables"),
    ('[[example]]\ntext = "x"\n', "unknown key(s) example"),
])
def test_malformed_file_is_one_clear_line(tmp_path: Path, body: str, message: str) -> None:
    _write(tmp_path, "en.verb.speaker_before", body)
    with pytest.raises(LexiconError) as err:
        load_examples("en.verb.speaker_before", (str(tmp_path),))
    text = str(err.value)
    assert message in text and "\n" not in text
    assert str(tmp_path / "en" / "examples" / "en.verb.speaker_before.toml") in text


def test_rule_name_must_match_the_file(tmp_path: Path) -> None:
    path = tmp_path / "en" / "examples" / "en.colon.toml"
    path.parent.mkdir(parents=True)
    path.write_text('rule = "en.dash"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"needs rule = 'en.colon' \(the file's name\), found 'en.dash'"):
        load_examples("en.colon", (str(tmp_path),))


def test_user_examples_extend_a_shipped_corpus(tmp_path: Path) -> None:
    shipped = load_examples("en.according_to")
    _write(tmp_path, "en.according_to", '''
[[positive]]
text = "The harvest was the worst in a decade, according to the national farmers union."
cue = "according to"
speaker = "the national farmers union"
claim = "The harvest was the worst in a decade"

[[negative]]
text = "The plan worked, and the team celebrated."
why = "no according-to phrase"
''')
    both = load_examples("en.according_to", (str(tmp_path),))
    assert both.positives[: len(shipped.positives)] == shipped.positives
    added = both.positives[-1]
    assert added.number == len(shipped.positives) + 1 and added.source.startswith(str(tmp_path))
    assert all(r.passed for r in check_examples(both, (str(tmp_path),)))


def test_wrong_expectations_are_reported_not_hidden(tmp_path: Path) -> None:
    _write(tmp_path, "en.verb.speaker_before", '''
[[positive]]
text = "The finance minister said on Monday that the talks would resume next week."
cue = "said"
speaker = "The finance minister said"
name = "Minister"

[[negative]]
text = "The finance minister said on Monday that the talks would resume next week."
why = "deliberately wrong: the rule does fire here"
''')
    pos, neg = read_examples_file(tmp_path / "en" / "examples" / "en.verb.speaker_before.toml",
                                  "en.verb.speaker_before")
    bad = check_example(pos[0])
    assert not bad.passed
    assert "speaker 'The finance minister' [0:20], expected 'The finance minister said' [0:25]" in bad.problem
    assert "name 'finance minister', expected 'Minister'" in bad.problem
    fired = check_example(neg[0])
    assert not fired.passed and fired.problem.startswith("the rule fired: cue 'said' [21:25]")


def test_marks_wrap_each_span() -> None:
    (example,) = [e for e in load_examples("en.verb.inverted").positives if e.text.startswith('"The bridge')]
    marked = mark_spans(example.text, {"cue": example.cue, "speaker": example.speaker, "claim": example.claim})
    assert marked == '⟨"The bridge is safe,"⟩ [said] {Dana Whitfield, the mayor of Riverton}.'


@st.composite
def _nested_spans(draw: st.DrawFn) -> tuple[str, dict[str, Span | None]]:
    """A text and up to three spans that nest or stand apart (as cue, speaker and claim do)."""
    text = draw(st.text(st.characters(blacklist_characters="".join(a + b for a, b in MARKS.values())), max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=6, max_size=6)))
    fields = draw(st.permutations(list(MARKS)))
    nested = draw(st.booleans())  # (a (b (c))) or (a)(b)(c)
    pairs = [(cuts[0], cuts[5]), (cuts[1], cuts[4]), (cuts[2], cuts[3])] if nested else \
        [(cuts[0], cuts[1]), (cuts[2], cuts[3]), (cuts[4], cuts[5])]
    return text, {f: Span.of(text, s, e) for f, (s, e) in zip(fields, pairs, strict=True)}


@given(_nested_spans())
def test_marks_keep_the_text_and_each_span_inside_its_marks(case: tuple[str, dict[str, Span | None]]) -> None:
    text, spans = case
    marked = mark_spans(text, spans)
    unmarked = marked
    for opener, closer in MARKS.values():
        unmarked = unmarked.replace(opener, "").replace(closer, "")
    assert unmarked == text
    for field, span in spans.items():
        assert span is not None
        opener, closer = MARKS[field]
        inner = marked[marked.index(opener) + 1: marked.index(closer)]
        for o, c in MARKS.values():
            inner = inner.replace(o, "").replace(c, "")
        assert inner == span.text


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "attrib.cli", "rules", *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_cli_prints_a_rule_with_its_examples() -> None:
    done = _cli("--examples", "ar.verb.kama")
    assert done.returncode == 0, done.stderr
    assert "'CLAIM، كما قال X.'" in done.stdout  # the rule's doc
    assert "⟨الضرائب سترتفع⟩، كما [قال] {الوزير} أمس." in done.stdout
    assert "why: a comparison, not a report" in done.stdout
    n = len(load_examples("ar.verb.kama").all)
    assert f"{n} of {n} examples hold." in done.stdout


def test_cli_runs_a_users_rule_with_its_examples() -> None:
    done = _cli("--examples", "en.custom.per", "--module", str(CUSTOM / "per_rule.py"),
                "--lexicon", str(CUSTOM / "lexicon"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[Per] {the ministry}, ⟨the road reopens on Friday⟩." in done.stdout
    assert "5 of 5 examples hold." in done.stdout


def test_cli_failing_example_exits_1(tmp_path: Path) -> None:
    _write(tmp_path, "en.dash", '''
[[negative]]
text = '"We came for jobs, not promises." ― Amina Yusuf, a teacher'
why = "deliberately wrong"
''')
    done = _cli("--examples", "en.dash", "--lexicon", str(tmp_path))
    assert done.returncode == 1
    assert "-> FAILS: the rule fired: cue '―'" in done.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--examples", "en.no_such_rule"), "attrib: unknown rule id 'en.no_such_rule'; see `attrib rules` for the list\n"),
    (("--examples", "en.colon", "--lexicon", "/nonexistent/lexicon"),
     "attrib: lexicon folder /nonexistent/lexicon does not exist or is not a folder\n"),
    (("--lexicon", "examples/custom_rule/lexicon"), "attrib: --lexicon and --module go with --examples RULE_ID\n"),
])
def test_cli_bad_input_is_one_line_exit_2(args: tuple[str, ...], message: str) -> None:
    done = _cli(*args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", message)


def test_cli_malformed_user_file_is_one_line_exit_2(tmp_path: Path) -> None:
    _write(tmp_path, "en.colon", '[[positive]]\ntext = "Mayor: the bridge is safe"\ncue = ";"\n')
    done = _cli("--examples", "en.colon", "--lexicon", str(tmp_path))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "[[positive]] 1: cue ';' is not in the text" in done.stderr
