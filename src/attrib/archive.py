"""Runs over an archive: partitions in, results or dataset parts out, on one machine or a cluster.

The unit of work is a :class:`~attrib.sources.Partition`. The same two functions do the work
wherever it runs (in this process, in ``--jobs`` processes, on Dask workers):
:func:`extract_partition` (results, for in-memory use) and :func:`write_partition` (a dataset
part, atomically; only a small :class:`Summary` goes back). So a Dask run and a local run
produce the same records, and a failing article is an error row of its partition, never a
lost partition.

Lexicons, gazetteer and the stanza pipeline are cached per process: a worker loads them with
its first article and keeps them for the rest of the run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

import attrs

from attrib.batch import BatchOptions, extract_path
from attrib.dataset import Dataset
from attrib.errors import AttribError, OptionError
from attrib.model import ArticleAttributions
from attrib.render import error_record
from attrib.sources import Fields, Item, Partition, items
from attrib.tables import to_record

Result = ArticleAttributions | dict[str, object]


@attrs.frozen
class Job:
    """Everything a worker needs besides its partition (small, pickled with every task)."""

    options: BatchOptions = attrs.field(factory=BatchOptions)
    fields: Fields = attrs.field(factory=Fields)
    dataset: Dataset | None = None


@attrs.frozen
class Summary:
    """What a written partition reports back: its size and its errors (one line each)."""

    index: int
    articles: int
    errors: tuple[str, ...] = ()


def _use_lexicons(dirs: tuple[str, ...]) -> None:
    from attrib.lexicon import add_lexicon_dir

    for d in dirs:
        add_lexicon_dir(d)  # once per process: a folder already added is not reloaded


def extract_item(item: Item, options: BatchOptions) -> Result:
    """One article's result or error record; never raises for a bad article."""
    if item.error is not None:
        return error_record(item.id, item.error)
    if item.text is None:
        return extract_path(item.path, options)
    from attrib.pipeline import extract
    from attrib.reader import make_article

    where = item.path if item.record is None else f"{item.path}:{item.record}"
    try:
        article = make_article(item.text, id=item.id, lang=options.lang, source_path=item.path)
        return extract(article, engine=options.engine, rules=options.rules, model_dir=options.model_dir)
    except AttribError as exc:
        return error_record(item.id, f"{where}: {exc}")
    except Exception as exc:  # a bug must not cost the rest of the partition
        return error_record(item.id, f"{where}: internal error, please report it: {type(exc).__name__}: {exc}")


def extract_partition(part: Partition, job: Job) -> list[tuple[Item, Result]]:
    """Every article of a partition with its result, in input order."""
    _use_lexicons(job.options.lexicon_dirs)
    return [(item, extract_item(item, job.options)) for item in items(part, job.fields)]


def write_partition(part: Partition, job: Job) -> Summary:
    """Extract a partition and write it as one part of ``job.dataset``."""
    if job.dataset is None:
        raise OptionError("write_partition needs a dataset to write to")
    _use_lexicons(job.options.lexicon_dirs)
    # each result becomes its JSON record at once, so a partition never holds both forms
    records = [(to_record(extract_item(it, job.options)), it.path, it.record) for it in items(part, job.fields)]
    job.dataset.write(part.index, records)
    errors = tuple(str(rec["error"]) for rec, _, _ in records if "error" in rec)
    return Summary(part.index, len(records), errors)


def _pool(jobs: int, count: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=min(jobs, count), mp_context=multiprocessing.get_context("spawn"))


def check_jobs(jobs: int) -> int:
    if jobs < 0:
        raise OptionError(f"--jobs must be 0 (one per CPU) or more, not {jobs}")
    return jobs or (os.cpu_count() or 1)


def run_local(parts: Sequence[Partition], job: Job, jobs: int = 1,
              skip: Iterable[str] = ()) -> Iterator[tuple[str, Result]]:
    """``(path, result)`` for every article of the partitions, in input order (ids in ``skip`` left out)."""
    jobs = check_jobs(jobs)
    skipped = set(skip)
    if jobs == 1 or len(parts) < 2:
        batches: Iterable[list[tuple[Item, Result]]] = (extract_partition(p, job) for p in parts)
        for done in batches:
            yield from ((it.path, r) for it, r in done if it.id not in skipped)
        return
    with _pool(jobs, len(parts)) as pool:
        for done in pool.map(extract_partition, parts, [job] * len(parts)):
            yield from ((it.path, r) for it, r in done if it.id not in skipped)


def write_local(parts: Sequence[Partition], job: Job, jobs: int,
                on_done: Callable[[Summary], None]) -> None:
    """Write the partitions with ``jobs`` local processes, reporting each as it completes."""
    jobs = check_jobs(jobs)
    if jobs == 1 or len(parts) < 2:
        for p in parts:
            on_done(write_partition(p, job))
        return
    with _pool(jobs, len(parts)) as pool:
        futures = [pool.submit(write_partition, p, job) for p in parts]
        for fut in as_completed(futures):
            on_done(fut.result())
