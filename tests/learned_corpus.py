"""A small brat corpus written for the learned-engine tests (no shared data needed).

Each article is a short, realistic news text; each attribution names its cue, source and
content by their text (the cue occurs once in its article; a source or content, where it
occurs more than once, is the occurrence nearest the cue), so the offsets in the .ann files
are computed, never typed, and ``text[start:end]`` is the annotation by construction.
"""

from __future__ import annotations

from pathlib import Path

ARTICLES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "budget": (
        "Finance minister Laila Haddad said on Monday that the budget deficit would narrow next year.\n\n"
        "\"We will not raise taxes on small businesses,\" Haddad told reporters in the capital.\n\n"
        "Opposition leader Marcus Webb accused the government of hiding the cost of the new rail line.\n",
        [("said", "Finance minister Laila Haddad", "that the budget deficit would narrow next year"),
         ("told", "Haddad", "\"We will not raise taxes on small businesses,\""),
         ("accused", "Opposition leader Marcus Webb", "the government of hiding the cost of the new rail line")],
    ),
    "flood": (
        "Rescue teams reached the flooded villages on Tuesday, according to the regional governor.\n\n"
        "The head of the Red Crescent, Amina Yusuf, warned that clean water was running out.\n\n"
        "\"The next three days are critical,\" she said.\n",
        [("according to", "the regional governor", "Rescue teams reached the flooded villages on Tuesday"),
         ("warned", "The head of the Red Crescent, Amina Yusuf", "that clean water was running out"),
         ("said", "she", "\"The next three days are critical,\"")],
    ),
    "court": (
        "The company's lawyers argued that the contract had expired in March.\n\n"
        "Judge Peter Olsen said the court would rule before the end of the month.\n\n"
        "A spokesman for the union told Reuters the workers expected to be paid in full.\n",
        [("argued", "The company's lawyers", "that the contract had expired in March"),
         ("said", "Judge Peter Olsen", "the court would rule before the end of the month"),
         ("told", "A spokesman for the union", "the workers expected to be paid in full")],
    ),
}


def _span(text: str, phrase: str, near: int | None = None) -> tuple[int, int]:
    """Where ``phrase`` occurs: the only occurrence (a cue), or the one nearest ``near``."""
    hits = [k for k in range(len(text)) if text.startswith(phrase, k)]
    assert hits, phrase
    if near is None:
        assert len(hits) == 1, f"cue {phrase!r} occurs {len(hits)} times"
    start = min(hits, key=lambda k: abs(k - near)) if near is not None else hits[0]
    return start, start + len(phrase)


def ann_lines(text: str, atts: list[tuple[str, str, str]]) -> list[str]:
    lines = []
    n = 0
    for k, (cue, source, content) in enumerate(atts, 1):
        ids = []
        at = _span(text, cue)[0]
        for label, phrase in (("Cue", cue), ("Source", source), ("Content", content)):
            n += 1
            s, e = _span(text, phrase, None if label == "Cue" else at)
            lines.append(f"T{n}\t{label} {s} {e}\t{text[s:e]}")
            ids.append(f"{label}:T{n}")
        lines.append(f"E{k}\tAttribution:T{n - 2} {' '.join(ids)}")
    return lines


def write_corpus(root: Path, names: list[str] | None = None) -> Path:
    """The corpus in brat layout (``text/`` + ``attributions/``) under ``root``."""
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(exist_ok=True)
    for name in names or list(ARTICLES):
        text, atts = ARTICLES[name]
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}.ann").write_text("\n".join(ann_lines(text, atts)) + "\n",
                                                             encoding="utf-8")
    return root
