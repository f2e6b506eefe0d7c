"""Our own realistic articles (examples/articles) with hand-written expectations.

Each ``*.expected.json`` lists every attribution a careful reader annotates; the test
reports the whole list of misses at once so a rule change shows its full effect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

import attrib
from attrib.lexicon.load import load_gazetteer
from attrib.model import ArticleAttributions, Attribution
from attrib.text.normalize import norm

CASES = sorted(EXAMPLES.glob("*.txt"))


def _matches(att: Attribution, exp: dict[str, object]) -> bool:
    claim = " ".join(p.text for p in att.parts)
    return att.cue.span.text == exp["cue"] and str(exp["content_contains"]) in claim


def _same_name(got: str, want: str, kind: str) -> bool:
    """Exact for people; for institutions the gazetteer's canonical name stands for any
    alias ("Omani Foreign Ministry" = "وزارة الخارجية العمانية"); descriptive names may be
    written shorter or longer ("مصدر دبلوماسي" ~ "مصدر دبلوماسي مطلع على سير المحادثات")."""
    if got == want:
        return True
    if kind == "person":
        return False
    gaz = load_gazetteer()
    w = norm(want)
    for art in ("the ", "ال"):
        w = w[len(art):] if w.startswith(art) and art == "the " else w
    aliases = gaz.outlet_aliases.get(got, [])
    ent = gaz.entity_entries.get(got)
    if ent is not None:
        aliases = [got, *_entity_aliases(got)]
    if any(norm(x) in (w, norm(want)) for x in aliases):
        return True
    g, n = norm(got), norm(want)
    return g.startswith(n + " ") or n.startswith(g + " ") or g.endswith(" " + n) or n.endswith(" " + g)


def _entity_aliases(name: str) -> list[str]:
    gaz = load_gazetteer()
    return [" ".join(words) for bucket in gaz.entities.by_first.values() for words, v in bucket if v == name]


def _problems(result: ArticleAttributions, expected: dict[str, object]) -> list[str]:
    problems = []
    for exp in expected["attributions"]:  # type: ignore[attr-defined]
        hits = [a for a in result.attributions if _matches(a, exp)]
        if not hits:
            problems.append(f"missing: {exp['cue']!r} … {exp['content_contains']!r}")
            continue
        a = hits[0]
        if not _same_name(a.speaker.name, str(exp["speaker"]), str(exp["speaker_kind"])):
            problems.append(f"speaker of {exp['cue']!r} … {exp['content_contains'][:30]!r}: "
                            f"{a.speaker.name!r} != {exp['speaker']!r}")
        if a.speaker.kind != exp["speaker_kind"]:
            problems.append(f"kind of {exp['speaker']!r}: {a.speaker.kind!r} != {exp['speaker_kind']!r}")
        got_outlet = (a.outlet.name, a.outlet.role) if a.outlet else (None, None)
        if got_outlet != (exp["outlet"], exp["outlet_role"]):
            problems.append(f"outlet of {exp['cue']!r} … {exp['content_contains'][:30]!r}: "
                            f"{got_outlet} != {(exp['outlet'], exp['outlet_role'])}")
    for neg in expected.get("negatives", []):  # type: ignore[attr-defined]
        for a in result.attributions:
            if a.cue.span.text in neg and neg in result.article.text[a.cue.span.start - 40:a.cue.span.end + 40]:
                problems.append(f"negative taken as attribution: {neg!r}")
    return problems


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_example_article(path: Path) -> None:
    expected = json.loads((path.parent / f"{path.stem}.expected.json").read_text(encoding="utf-8"))
    result = attrib.extract(attrib.read(path))
    assert result.article.lang == expected["lang"]
    assert sorted(o.name for o in result.article.wire) == sorted(expected["wire"])
    assert result.article.publisher == expected["publisher"]
    problems = _problems(result, expected)
    assert not problems, "\n".join(problems)
