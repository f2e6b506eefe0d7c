"""Symbol tables of a learned model: words, characters and feature values to ids.

Kept as plain JSON beside the weights (``vocab.json``) so a model directory can be read,
checked and diffed without torch. Id 0 is padding, id 1 stands for anything unseen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from attrib.learned.features import FEATURES, MAX_CHARS, REL_FEATURES, Doc, Window

PAD, UNK = 0, 1
CUE_TAGS = ("O", "B", "I")
ROLE_TAGS = ("O", "B-S", "I-S", "B-C", "I-C")
# values of the cue-relative features are known in advance (see features.window)
REL_VALUES: dict[str, tuple[str, ...]] = {
    "dist": ("0", *(s + b for s in "-+" for b in ("1", "2", "3", "4", "5", "9", "17", "33"))),
    "rule_here": ("X", "O", "S", "C"),
    "sent": ("0", "1"),
}


def _table(symbols: Iterable[str]) -> dict[str, int]:
    return {s: n for n, s in enumerate(symbols, 2)}


@attrs.define
class Vocab:
    words: dict[str, int]
    chars: dict[str, int]
    feats: list[dict[str, int]]
    rel: list[dict[str, int]]

    @classmethod
    def build(cls, docs: Sequence[Doc], min_count: int = 2, max_words: int = 30000) -> Vocab:
        """Words seen at least ``min_count`` times (the rest learn the unknown-word vector,
        which is what unseen words at test time get), all characters seen 3 times or more."""
        words: Counter[str] = Counter()
        chars: Counter[str] = Counter()
        feats: list[set[str]] = [set() for _ in FEATURES]
        for d in docs:
            words.update(d.analysis.norms)
            for w in d.words:
                chars.update(w[:MAX_CHARS])
            for f in d.feats:
                for k, v in enumerate(f):
                    feats[k].add(v)
        kept = [w for w, n in words.most_common(max_words) if n >= min_count]
        return cls(_table(kept), _table(sorted(c for c, n in chars.items() if n >= 3)),
                   [_table(sorted(s)) for s in feats], [_table(REL_VALUES[name]) for name in REL_FEATURES])

    def encode_doc(self, doc: Doc) -> tuple[list[int], list[list[int]], list[list[int]]]:
        """Word ids (of the analyzer's normalised forms), character ids (padded to
        MAX_CHARS) and feature ids of every token."""
        ws = [self.words.get(n, UNK) for n in doc.analysis.norms]
        cs = []
        for w in doc.words:
            ids = [self.chars.get(c, UNK) for c in w[:MAX_CHARS]]
            cs.append(ids + [PAD] * (MAX_CHARS - len(ids)))
        fs = [[table.get(v, UNK) for table, v in zip(self.feats, f, strict=True)] for f in doc.feats]
        return ws, cs, fs

    def encode_window(self, w: Window) -> list[list[int]]:
        return [[table.get(v, UNK) for table, v in zip(self.rel, f, strict=True)] for f in w.feats]

    def sizes(self) -> dict[str, object]:
        return {"words": len(self.words) + 2, "chars": len(self.chars) + 2,
                "feats": [len(t) + 2 for t in self.feats], "rel": [len(t) + 2 for t in self.rel]}

    def to_json(self) -> dict[str, object]:
        return {"words": list(self.words), "chars": list(self.chars),
                "feats": {name: list(t) for name, t in zip(FEATURES, self.feats, strict=True)}}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Vocab:
        """Raises ``KeyError``/``TypeError``/``ValueError`` on a malformed file (the caller
        names the file)."""
        words, chars, feats = data["words"], data["chars"], data["feats"]
        if not (isinstance(words, list) and isinstance(chars, list) and isinstance(feats, dict)):
            raise ValueError("words and chars must be lists, feats a table")
        if sorted(feats) != sorted(FEATURES):
            raise ValueError(f"feature tables {sorted(feats)} are not {sorted(FEATURES)}")
        return cls(_table(map(str, words)), _table(map(str, chars)),
                   [_table(map(str, feats[name])) for name in FEATURES],
                   [_table(REL_VALUES[name]) for name in REL_FEATURES])

