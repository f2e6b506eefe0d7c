"""Many articles at once: in parallel, in input order, and resumable.

A news archive is thousands of files, and a long run gets interrupted. So a batch
- never drops an article: a file that fails becomes an error record in its place, whether
  the failure is a user error (an undecodable file) or a bug (reported as an internal error);
- keeps input order whatever the number of worker processes, so outputs are reproducible;
- can stream JSONL to a file as it goes, and resume from that file: articles already
  written without error are skipped, failed or half-written ones are done again.

Workers are separate processes (``spawn``), each with its own lexicons and, for the stanza
engine, its own parser: results are plain attrs values, so they cross process boundaries
as they are.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import attrs

from attrib.errors import AttribError, OptionError
from attrib.model import ArticleAttributions
from attrib.render.formats import error_record

Result = ArticleAttributions | dict[str, object]


@attrs.frozen
class BatchOptions:
    """How every article of a batch is processed (the same options as ``attrib extract``)."""

    lang: str | None = None
    engine: str = "light"
    rules: tuple[str, ...] | None = None
    model_dir: str | None = None
    lexicon_dirs: tuple[str, ...] = ()
    input_format: str = "auto"


def article_id(path: str) -> str:
    """The id an article gets in the output: its file name without extension, or ``stdin``."""
    if path == "-":
        return "stdin"
    return Path(path).stem


def extract_path(path: str, options: BatchOptions, data: bytes | None = None) -> Result:
    """One article's result, or its error record: never raises for a bad article."""
    from attrib.pipeline import extract, extract_analysis
    from attrib.reader import read
    from attrib.reader.htmlpage import read_input

    name = article_id(path)
    try:
        if options.engine == "conllu":
            from attrib.analysis.conllu import read_conllu

            _, analysis = read_conllu(path, lang=options.lang)
            return extract_analysis(analysis, rules=options.rules)
        if data is not None:  # standard input, read by the parent process
            article = read_input(data, "<stdin>", name, lang=options.lang, fmt=options.input_format)
        else:
            article = read(path, lang=options.lang, fmt=options.input_format)
        return extract(article, engine=options.engine, rules=options.rules, model_dir=options.model_dir)
    except AttribError as exc:
        return error_record(name, str(exc))
    except Exception as exc:  # a bug must not cost the rest of the batch
        return error_record(name, f"{path}: internal error, please report it: {type(exc).__name__}: {exc}")


def _init_worker(lexicon_dirs: tuple[str, ...], parent: int | None = None) -> None:
    from attrib.lexicon.load import add_lexicon_dir

    if parent is not None:  # a worker must not outlive a killed parent (kill -9 runs no cleanup)
        from attrib.lifeline import watch_parent

        watch_parent(parent)

    for d in lexicon_dirs:
        add_lexicon_dir(d)


def _work(item: tuple[str, BatchOptions, bytes | None]) -> Result:
    return extract_path(*item)


def run(paths: Sequence[str], options: BatchOptions = BatchOptions(), jobs: int = 1,
        skip: Iterable[str] = ()) -> Iterator[tuple[str, Result]]:
    """``(path, result)`` for every path not in ``skip`` (ids), in input order.

    ``jobs`` > 1 spreads the articles over that many processes; ``0`` means one per CPU."""
    if jobs < 0:
        raise OptionError(f"--jobs must be 0 (one per CPU) or more, not {jobs}")
    jobs = jobs or (os.cpu_count() or 1)
    skipped = set(skip)
    todo = [p for p in paths if article_id(p) not in skipped]
    stdin = sys.stdin.buffer.read() if "-" in todo else None
    items = [(p, options, stdin if p == "-" else None) for p in todo]
    if jobs == 1 or len(items) < 2:
        _init_worker(options.lexicon_dirs)
        for item in items:
            yield item[0], _work(item)
        return
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=ctx,
                               initializer=_init_worker, initargs=(options.lexicon_dirs, os.getpid()))
    try:
        # small chunks keep workers busy on uneven article sizes; map() keeps input order
        for item, result in zip(items, pool.map(_work, items, chunksize=4), strict=True):
            yield item[0], result
    finally:  # a consumer that stops early (a full disk) does not wait for the rest of the batch
        pool.shutdown(wait=True, cancel_futures=True)


def check_unique_ids(paths: Sequence[str]) -> None:
    """Resuming keys on article ids, so two inputs must not share one."""
    seen: dict[str, str] = {}
    for p in paths:
        name = article_id(p)
        if name in seen and seen[name] != p:
            raise OptionError(f"--resume needs distinct article ids, but {seen[name]} and {p} are both {name!r}")
        seen[name] = p
