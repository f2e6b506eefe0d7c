"""The Dask backend: the same partitions and worker functions as a local run, on a cluster.

``attrib extract ... --dask local[:N]`` starts a ``distributed.LocalCluster`` of N worker
processes (one thread each: the pipeline is pure Python, threads would share one GIL);
``--scheduler tcp://HOST:8786`` joins any running ``distributed`` scheduler (SSH, Slurm via
dask-jobqueue, Kubernetes). Workers read their partitions and write their dataset parts
themselves, so inputs and the output folder must be on storage every worker sees; the client
only holds the plan and one small summary per partition, whatever the archive's size.

If a worker dies, the scheduler reruns its tasks elsewhere; a rerun partition rewrites the
same part under the same name (see :mod:`attrib.dataset`), so every article is written once.

In Python, :func:`extract_bag` and :func:`extract_frame` give lazy collections for your own
Dask pipelines (``dask`` and ``distributed`` come with the ``attrib[dask]`` extra).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

from attrib.archive import Job, Result, Summary, extract_partition, write_partition
from attrib.batch import BatchOptions
from attrib.errors import AttribError, OptionError
from attrib.sources import Fields, Partition, fingerprint, plan

CONNECT_TIMEOUT_S = 5
_LOCAL = re.compile(r"local(?::(\d+))?")
_OPTIONS = BatchOptions()
_FIELDS = Fields()


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise AttribError("Dask runs need dask and distributed: pip install 'attrib[dask]'") from None


def local_workers(spec: str) -> int:
    """N from ``local`` / ``local:N`` (``local`` alone: one worker per CPU)."""
    m = _LOCAL.fullmatch(spec)
    if m is None or (m.group(1) is not None and int(m.group(1)) < 1):
        raise OptionError(f"--dask takes local or local:N (N worker processes, N >= 1), not {spec!r}")
    import os

    return int(m.group(1)) if m.group(1) else (os.cpu_count() or 1)


@contextmanager
def connect(scheduler: str | None = None, local: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to a running scheduler, or to a LocalCluster of worker processes."""
    _require()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise AttribError(f"cannot reach the Dask scheduler at {scheduler} "
                              f"(within {CONNECT_TIMEOUT_S} s): {str(exc).splitlines()[0]}") from None
        with client:
            yield client
        return
    n = local_workers(local or "local")
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster, set_as_default=False) as client:
        yield client


def write_dataset(client: Any, parts: Sequence[Partition], job: Job, on_done: Callable[[Summary], None]) -> None:
    """Write every partition on the cluster, calling ``on_done`` as each one completes.

    Task keys name the plan and the partition, so a partition is computed once per run even
    if a worker dies (the scheduler reruns it) and never confused with another run's."""
    from distributed import as_completed

    if not parts:
        return
    tag = fingerprint(list(parts))
    keys = [f"attrib-{tag}-{p.index}" for p in parts]
    futures = client.map(write_partition, parts, job=job, key=keys, retries=1)
    for fut in as_completed(futures, loop=client.loop):
        summary = fut.result()
        fut.release()
        on_done(summary)


def _results(parts: list[Partition], job: Job) -> list[Result]:
    return [r for part in parts for _, r in extract_partition(part, job)]


def extract_bag(inputs: Iterable[str], options: BatchOptions = _OPTIONS, fields: Fields = _FIELDS,
                partition_size: int = 100, glob: str = "*.txt") -> Any:
    """A ``dask.bag.Bag`` of results (:class:`~attrib.model.ArticleAttributions` or error records),
    one bag partition per input partition, in input order."""
    _require()
    import dask.bag as db

    parts = plan(inputs, partition_size, glob, fields)
    if not parts:
        raise OptionError("no input articles")
    bag = db.from_sequence(parts, partition_size=1)
    return bag.map_partitions(_results, Job(options, fields))


def _frame(part: Partition, job: Job, table: str) -> Any:
    from attrib.tables import tables_from_records, to_record

    rows = [(to_record(r), it.path, it.record) for it, r in extract_partition(part, job)]
    tables = tables_from_records(rows)
    chosen = tables.articles if table == "articles" else tables.attributions
    return chosen.to_pandas(types_mapper=_arrow_dtype())


def _arrow_dtype() -> Any:
    import pandas as pd

    return pd.ArrowDtype


def extract_frame(inputs: Iterable[str], options: BatchOptions = _OPTIONS, fields: Fields = _FIELDS,
                  partition_size: int = 100, glob: str = "*.txt",
                  table: Literal["attributions", "articles"] = "attributions") -> Any:
    """A ``dask.dataframe.DataFrame`` of one of the two tables (see :mod:`attrib.tables`)."""
    _require()
    import dask.dataframe as dd

    from attrib.tables import ARTICLE_COLUMNS, ATTRIBUTION_COLUMNS, schema

    parts = plan(inputs, partition_size, glob, fields)
    if not parts:
        raise OptionError("no input articles")
    columns = ARTICLE_COLUMNS if table == "articles" else ATTRIBUTION_COLUMNS
    meta = schema(columns).empty_table().to_pandas(types_mapper=_arrow_dtype())
    return dd.from_map(_frame, parts, job=Job(options, fields), table=table, meta=meta)
