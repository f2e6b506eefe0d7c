"""``attrib train``: fit a model on annotated corpora, keep the best epoch.

Each epoch shuffles the training documents with the seed, takes a few documents per step
(Adam, clipped gradients, word dropout so that unseen words are no surprise at test
time), then saves a complete model directory and, with ``--dev``, scores it with the
same code as ``attrib eval --engine learned``. The output directory is replaced (atomically)
only when the epoch is the best so far, so it always holds the best complete model; an
interrupted run keeps it. On CPU a fixed seed gives the same weights, bit for bit:
a fixed number of threads (one by default: on a shared machine a second thread
mostly waits), no data-loader workers.
"""

from __future__ import annotations

import hashlib
import os
import platform
import random
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from attrib.errors import OptionError
from attrib.learned import store
from attrib.learned.examples import Example, collate, example, gold_cues
from attrib.learned.features import prepare
from attrib.learned.gold import Corpus, read_corpus
from attrib.learned.vocab import Vocab

Echo = Callable[[str], None]


@attrs.frozen
class TrainOptions:
    gold: tuple[str, ...]
    out: str
    dev: tuple[str, ...] = ()
    lang: str = "en"
    epochs: int = 12
    seed: int = 13
    device: str = "cpu"
    threads: int = 1
    docs_per_step: int = 4
    lr: float = 2e-3
    word_dropout: float = 0.1
    hidden: int = 64
    limit: int = 0  # use only the first N training documents (quick runs, tests)


def _echo(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def check_device(device: str) -> None:
    import torch

    if device not in ("cpu", "cuda"):
        raise OptionError(f"unknown device {device!r}; choose one of: cpu, cuda")
    if device == "cuda" and not torch.cuda.is_available():
        raise OptionError("--device cuda: no CUDA GPU is available here (torch.cuda.is_available() is false); "
                          "use --device cpu")


def checksum(corpus: Corpus) -> str:
    """SHA-256 over the training documents' ids, texts and annotations: which data made a model."""
    h = hashlib.sha256()
    for d in corpus.docs:
        h.update(d.id.encode())
        h.update(d.text.encode())
        h.update(repr(d.attributions).encode())
    return h.hexdigest()


def _examples(corpus: Corpus, lang: str, vocab: Vocab | None) -> tuple[list[Example], Vocab]:
    from attrib.reader.article import make_article

    docs = [prepare(make_article(d.text, id=d.id, lang=lang)) for d in corpus.docs]
    vocab = vocab or Vocab.build(docs)
    out = []
    for doc, d in zip(docs, corpus.docs, strict=True):
        cues = gold_cues(doc, d.attributions)
        keep = [k for k, c in enumerate(cues) if c[1] > c[0]]
        out.append(example(doc, vocab, [cues[k] for k in keep], [d.attributions[k] for k in keep]))
    return out, vocab


def _step(net: Any, opt: Any, batch_examples: Sequence[Example], opts: TrainOptions, rng: random.Random) -> float:
    import torch
    from torch.nn import functional

    batch, cue_tags, role_tags = collate(batch_examples)
    if opts.word_dropout:
        drop = torch.tensor([rng.random() < opts.word_dropout for _ in range(len(batch.words))])
        batch = attrs.evolve(batch, words=batch.words.masked_fill(drop & (batch.words > 1), 1))
    dev = torch.device(opts.device)
    batch = attrs.evolve(batch, **{f.name: getattr(batch, f.name).to(dev) for f in attrs.fields(type(batch))})
    cue_logits, role_logits = net(batch)
    loss = functional.cross_entropy(cue_logits, torch.tensor(cue_tags, device=dev))
    if role_tags:
        width = role_logits.shape[1]
        target = torch.tensor([t + [-100] * (width - len(t)) for t in role_tags], device=dev)
        loss = loss + functional.cross_entropy(role_logits.reshape(-1, 5), target.reshape(-1), ignore_index=-100)
    opt.zero_grad()
    loss.backward()  # type: ignore[no-untyped-call]
    torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
    opt.step()
    return float(loss.detach())


def _dev_scores(model_dir: Path, dev: tuple[str, ...], lang: str) -> dict[str, float]:
    from attrib.evaluate.corpus import evaluate_docs
    from attrib.evaluate.gold import detect_format, load_gold

    scores: dict[str, list[float]] = {}
    for folder in dev:
        report = evaluate_docs(load_gold(folder), engine="learned", lang=lang, model_dir=str(model_dir),
                               gold_format=detect_format(folder))
        for key, sc in report.scores.items():
            scores.setdefault(key, []).append(sc.f1)
    return {k: round(sum(v) / len(v), 4) for k, v in scores.items()}


def _machine(opts: TrainOptions) -> dict[str, object]:
    import torch

    return {"platform": platform.platform(), "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(), "threads": opts.threads, "device": opts.device, "torch": torch.__version__,
            "python": platform.python_version()}


def train(opts: TrainOptions, echo: Echo = _echo) -> dict[str, Any]:
    """Train, write the best model to ``opts.out`` and return its training record."""
    import torch

    from attrib.learned.net import Dims, Tagger

    check_device(opts.device)
    store.check_writable(opts.out)
    if opts.epochs < 1:
        raise OptionError("--epochs must be at least 1")
    began = time.time()
    corpus = read_corpus(opts.gold)
    if opts.limit:
        corpus = attrs.evolve(corpus, docs=corpus.docs[: opts.limit])
    torch.manual_seed(opts.seed)
    torch.set_num_threads(opts.threads)
    rng = random.Random(opts.seed)
    examples, vocab = _examples(corpus, opts.lang, None)
    echo(f"training on {len(corpus.docs)} documents, {corpus.attributions} attributions "
         f"({len(corpus.skipped)} files skipped), {len(vocab.words)} words; {opts.epochs} epochs")
    sizes = vocab.sizes()
    dims = Dims(int(sizes["words"]), int(sizes["chars"]),  # type: ignore[call-overload]
                tuple(sizes["feats"]), tuple(sizes["rel"]), hidden=opts.hidden)  # type: ignore[arg-type]
    net = Tagger(dims).to(opts.device)
    opt = torch.optim.Adam(net.parameters(), lr=opts.lr)
    record: dict[str, Any] = {"seed": opts.seed, "epochs": opts.epochs, "gold": list(opts.gold),
                              "dev": list(opts.dev), "documents": len(corpus.docs), "skipped": len(corpus.skipped),
                              "data_sha256": checksum(corpus), "machine": _machine(opts), "history": []}
    candidate = Path(opts.out).parent / f".{Path(opts.out).name}.epoch-{os.getpid()}"
    best = float("-inf")
    try:
        for epoch in range(1, opts.epochs + 1):
            t0 = time.time()
            net.train()
            order = list(range(len(examples)))
            rng.shuffle(order)
            losses = [_step(net, opt, [examples[k] for k in order[s: s + opts.docs_per_step]], opts, rng)
                      for s in range(0, len(order), opts.docs_per_step)]
            loss = sum(losses) / max(1, len(losses))
            net.eval()
            config = {"lang": opts.lang, "dims": attrs.asdict(dims), "epoch": epoch}
            record["train_seconds"] = round(time.time() - began, 1)
            store.save(candidate, net.to("cpu"), vocab, config, record)
            net.to(opts.device)
            scores = _dev_scores(candidate, opts.dev, opts.lang) if opts.dev else {}
            score = (sum(scores[f"{r}.exact"] + scores[f"{r}.partial"] for r in ("cue", "source", "content"))
                     if scores else -loss)
            entry = {"epoch": epoch, "loss": round(loss, 4), "seconds": round(time.time() - t0, 1), **scores}
            record["history"].append(entry)
            improved = score > best
            if improved:
                best = score
                record.update(best_epoch=epoch, best_scores=scores)
                store.save(opts.out, net.to("cpu"), vocab, {**config, "scores": scores}, record)
                net.to(opts.device)
            echo(_progress(entry, opts.epochs, improved))
    finally:
        if candidate.exists():
            shutil.rmtree(candidate)
    record["train_seconds"] = round(time.time() - began, 1)
    store.write_record(opts.out, record)
    return record


def _progress(entry: dict[str, Any], epochs: int, improved: bool) -> str:
    line = f"epoch {entry['epoch']}/{epochs}: loss {entry['loss']:.4f}, {entry['seconds']:.0f}s"
    if "cue.exact" in entry:
        line += ", dev F1 exact/partial " + ", ".join(
            f"{r} {entry[f'{r}.exact']:.3f}/{entry[f'{r}.partial']:.3f}" for r in ("cue", "source", "content"))
    return line + (" (best, saved)" if improved else "")
