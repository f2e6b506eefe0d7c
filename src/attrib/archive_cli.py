"""The archive options of ``attrib extract``: folders, corpora, datasets, Dask, progress.

Kept apart from :mod:`attrib.cli` so the command's own code stays a thin layer: this module
adds the options, decides which runner a command line needs, and reports as the command does
(one line per failed article on stderr, exit 1 if any failed, 2 for a bad command line).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

from attrib.archive import Job, Result, Summary, run_local, write_local
from attrib.batch import BatchOptions, check_unique_ids
from attrib.batch import run as run_files
from attrib.dataset import DATASET_FORMATS, Dataset, prepare
from attrib.errors import AttribError, OptionError
from attrib.progress import Progress, wanted
from attrib.sources import Fields, Partition, fingerprint, needs_plan, plan


def add_arguments(ex: argparse.ArgumentParser) -> None:
    g = ex.add_argument_group("archives and clusters (see docs/scale.md)")
    g.add_argument("--glob", metavar="PATTERN",
                   help="files to take from folders, which are walked recursively (default *.txt)")
    g.add_argument("--text-field", default="text", metavar="NAME",
                   help="the text field of .jsonl records / column of .parquet files (default: text)")
    g.add_argument("--id-field", metavar="NAME",
                   help="the id field of corpus records (default: FILE:LINE, FILE:ROW for Parquet)")
    g.add_argument("--partition-size", type=int, default=100, metavar="N",
                   help="articles per partition of a dataset run (default 100)")
    g.add_argument("--dask", metavar="local[:N]", help="run on a Dask LocalCluster of N worker processes")
    g.add_argument("--scheduler", metavar="ADDRESS", help="run on a running Dask scheduler (tcp://HOST:8786)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar (it is only drawn on a terminal)")


def is_dataset_run(args: argparse.Namespace) -> bool:
    """A run that writes a dataset folder: Parquet output, or any Dask run."""
    return bool(args.format == "parquet" or args.dask or args.scheduler)


def _plan(args: argparse.Namespace) -> list[Partition]:
    parts = plan(args.files, args.partition_size, args.glob or "*.txt", Fields(args.text_field, args.id_field))
    if not parts:
        raise OptionError("no input articles (the folders hold no file matching --glob)")
    return parts


def pairs(args: argparse.Namespace, options: BatchOptions,
          skip: frozenset[str] = frozenset()) -> tuple[Iterator[tuple[str, Result]], int]:
    """The ``(path, result)`` stream of a run that writes one output (table, JSON, ...), and its size.

    ``skip``: the ids a resumed output already holds (:func:`attrib.outfile.prepare_resume`), left out."""
    plain = not needs_plan(args.files, args.glob)
    if plain and args.resume:
        check_unique_ids(args.files)
    parts = [] if plain else _plan(args)
    if plain:
        return run_files(args.files, options, jobs=args.jobs, skip=skip), len(args.files) - len(skip)
    job = Job(options, Fields(args.text_field, args.id_field))
    return run_local(parts, job, jobs=args.jobs, skip=skip), sum(p.size for p in parts) - len(skip)


def run_dataset(args: argparse.Namespace, options: BatchOptions) -> int:
    """Write a dataset folder (``-o DIR``), locally or on Dask, resumable by partition."""
    if args.format not in DATASET_FORMATS:
        raise OptionError("Dask runs write a dataset folder: use -f parquet or -f jsonl with -o DIR, "
                          f"not -f {args.format}")
    if not args.output:
        what = "-f parquet" if args.format == "parquet" else "a Dask run"
        raise OptionError(f"{what} writes a dataset folder: add -o DIR")
    if args.dask and args.scheduler:
        raise OptionError("choose one of --dask and --scheduler")
    parts = _plan(args)
    if args.dask or args.scheduler:
        from attrib.dask import connect, write_dataset

        with connect(args.scheduler, args.dask) as client:  # an unreachable scheduler fails before any write
            return _write(args, options, parts, lambda todo, job, on_done: write_dataset(client, todo, job, on_done))
    return _write(args, options, parts, lambda todo, job, on_done: write_local(todo, job, args.jobs, on_done))


Writer = Callable[[list[Partition], Job, Callable[[Summary], None]], None]


def _write(args: argparse.Namespace, options: BatchOptions, parts: list[Partition], writer: Writer) -> int:
    dataset = Dataset(args.output, args.format)
    done = prepare(dataset, fingerprint(parts), len(parts), args.resume)
    todo = [p for p in parts if p.index not in done]
    job = Job(options, Fields(args.text_field, args.id_field), dataset)
    total = sum(p.size for p in parts)
    with Progress(total, wanted(args.quiet), done=total - sum(p.size for p in todo)) as bar:
        def on_done(summary: Summary) -> None:
            for error in summary.errors:
                bar.write(f"attrib: {error}")
            bar.advance(summary.articles, len(summary.errors))

        try:
            writer(todo, job, on_done)
        except AttribError:
            raise
        except Exception as exc:  # the cluster went away, or a partition could not be written (disk full)
            first = (str(exc).splitlines() or [""])[0]
            raise AttribError(f"the run stopped ({type(exc).__name__}: {first}); the finished partitions are kept "
                              f"in {args.output}: run the same command with --resume") from None
        dataset.clean()  # a worker killed mid-write leaves a temporary file: its partition was redone
        return 1 if bar.failed else 0
