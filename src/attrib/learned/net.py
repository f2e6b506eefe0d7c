"""The network: a small BiLSTM tagger with two heads, trained from scratch (needs torch).

Shape of the task, as in cue-first attribution systems (citron, CofeNet's span tagging):
1. every token gets a cue tag (O / B / I) from a sentence-level BiLSTM over word, character
   and attrib-feature embeddings;
2. for each cue, a second, smaller BiLSTM reads the encoder states of a window around it,
   plus the cue's own summary and cue-relative features (distance, what the light rules
   said about *this* cue), projected down to a few dimensions, and tags its source and
   contents (O / B-S / I-S / B-C / I-C).
   Tagging relative to one cue links every span to its cue without a separate pairing
   step, and lets one cue have several content pieces (split quotations).
Batches are flat: all tokens of a few documents in one row list, sentences and windows as
index matrices into it (padding points at an extra zero row), so nothing is copied per cue.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import torch
from torch import nn

from attrib.learned.features import MAX_CHARS


@attrs.frozen
class Dims:
    """Layer sizes, stored in the model's config so a directory rebuilds the same network."""

    words: int
    chars: int
    feats: tuple[int, ...]
    rel: tuple[int, ...]
    word_dim: int = 64
    char_dim: int = 16
    char_filters: int = 24
    feat_dim: int = 6
    hidden: int = 64
    role_in: int = 64
    role_hidden: int = 48
    dropout: float = 0.3


@attrs.frozen
class Batch:
    """Index tensors of a few documents (see the module docstring)."""

    words: torch.Tensor      # [T] word ids
    chars: torch.Tensor      # [T, MAX_CHARS]
    feats: torch.Tensor      # [T, F]
    sents: torch.Tensor      # [S, Ls] token rows (runs of whole sentences), padding = T
    sent_lens: torch.Tensor  # [S]
    wins: torch.Tensor       # [W, Lw] token rows, padding = T
    win_lens: torch.Tensor   # [W]
    cues: torch.Tensor       # [W, Lc] cue token rows, padding = T
    rel: torch.Tensor        # [W, Lw, R]


def _matrix(rows: Sequence[Sequence[int]], pad: int) -> torch.Tensor:
    width = max((len(r) for r in rows), default=1) or 1
    return torch.tensor([list(r) + [pad] * (width - len(r)) for r in rows], dtype=torch.long).reshape(-1, width)


def make_batch(words: list[int], chars: list[list[int]], feats: list[list[int]], sents: list[range],
               wins: list[range], cues: list[range], rel: list[list[list[int]]], n_rel: int) -> Batch:
    t = len(words)
    width = max((len(w) for w in wins), default=1)
    rel_rows = [r + [[0] * n_rel] * (width - len(r)) for r in rel]
    return Batch(
        torch.tensor(words, dtype=torch.long), torch.tensor(chars, dtype=torch.long).reshape(-1, MAX_CHARS),
        torch.tensor(feats, dtype=torch.long).reshape(t, -1),
        _matrix(sents, t), torch.tensor([len(s) for s in sents], dtype=torch.long),
        _matrix(wins, t), torch.tensor([len(w) for w in wins], dtype=torch.long), _matrix(cues, t),
        torch.tensor(rel_rows, dtype=torch.long).reshape(len(wins), width, n_rel),
    )


class Tagger(nn.Module):
    def __init__(self, dims: Dims) -> None:
        super().__init__()
        self.dims = dims
        self.word = nn.Embedding(dims.words, dims.word_dim, padding_idx=0)
        self.char = nn.Embedding(dims.chars, dims.char_dim, padding_idx=0)
        self.char_cnn = nn.Conv1d(dims.char_dim, dims.char_filters, 3, padding=1)
        self.feat = nn.ModuleList(nn.Embedding(n, dims.feat_dim, padding_idx=0) for n in dims.feats)
        d_in = dims.word_dim + dims.char_filters + dims.feat_dim * len(dims.feats)
        self.encoder = nn.ModuleList(nn.LSTM(d_in, dims.hidden, batch_first=True) for _ in range(2))
        self.cue_out = nn.Linear(2 * dims.hidden, 3)
        self.rel = nn.ModuleList(nn.Embedding(n, dims.feat_dim, padding_idx=0) for n in dims.rel)
        self.role_proj = nn.Linear(4 * dims.hidden + dims.feat_dim * len(dims.rel), dims.role_in)
        self.role = nn.ModuleList(nn.LSTM(dims.role_in, dims.role_hidden, batch_first=True) for _ in range(2))
        self.role_out = nn.Linear(2 * dims.role_hidden, 5)
        self.drop = nn.Dropout(dims.dropout)

    def _tokens(self, b: Batch) -> torch.Tensor:
        c = self.char(b.chars).transpose(1, 2)                       # [T, Cd, MAX_CHARS]
        c = torch.relu(self.char_cnn(c)).max(dim=2).values           # [T, filters]
        f = [emb(b.feats[:, k]) for k, emb in enumerate(self.feat)]
        out: torch.Tensor = self.drop(torch.cat([self.word(b.words), c, *f], dim=1))
        return out

    @staticmethod
    def _run(lstms: nn.ModuleList, x: torch.Tensor, lens: torch.Tensor) -> torch.Tensor:
        """A bidirectional LSTM over right-padded rows: the backward direction reads each row
        reversed within its own length, so padding never reaches a real token (and no packed
        sequences, which cost twice as much on CPU)."""
        idx = torch.arange(x.shape[1], device=x.device).expand(x.shape[0], -1)
        n = lens.unsqueeze(1)
        rev = torch.where(idx < n, n - 1 - idx, idx).unsqueeze(2)
        fwd, _ = lstms[0](x)
        bwd, _ = lstms[1](x.gather(1, rev.expand(-1, -1, x.shape[2])))
        bwd = bwd.gather(1, rev.expand(-1, -1, bwd.shape[2]))
        return torch.cat([fwd, bwd], dim=2)

    def encode(self, b: Batch) -> torch.Tensor:
        """Encoder states of every token, plus a zero row at index T for padding."""
        x = self._tokens(b)
        x = torch.cat([x, x.new_zeros(1, x.shape[1])])
        out = self._run(self.encoder, x[b.sents], b.sent_lens)         # [S, Ls, 2H]
        mask = b.sents < len(b.words)
        h = out[mask]                                                 # rows are in token order
        return torch.cat([self.drop(h), h.new_zeros(1, h.shape[1])])

    def cue_logits(self, h: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.cue_out(h[:-1])
        return out

    def role_logits(self, h: torch.Tensor, b: Batch) -> torch.Tensor:
        if b.wins.shape[0] == 0:
            return h.new_zeros(0, 1, 5)
        cue_mask = (b.cues < h.shape[0] - 1).unsqueeze(2).float()
        summary = (h[b.cues] * cue_mask).sum(1) / cue_mask.sum(1).clamp(min=1)   # [W, 2H]
        x = h[b.wins]                                                           # [W, Lw, 2H]
        r = [emb(b.rel[:, :, k]) for k, emb in enumerate(self.rel)]
        x = torch.relu(self.role_proj(torch.cat([x, summary.unsqueeze(1).expand(-1, x.shape[1], -1), *r], dim=2)))
        out: torch.Tensor = self.role_out(self.drop(self._run(self.role, x, b.win_lens)))
        return out

    def forward(self, b: Batch) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.encode(b)
        return self.cue_logits(h), self.role_logits(h, b)
