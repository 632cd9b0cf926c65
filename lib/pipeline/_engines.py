"""The engines that map the batches: this process, worker processes of this machine, or a Dask cluster."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from lib import corpus as corpus_mod
from lib.article import aliases_of

from ._batch import _load_and_analyze, analyze_articles, batches, combine


def analyze(
    source: str | Path | pd.DataFrame,
    engine: str = "local",
    workers: int | None = None,
    aliases: pd.DataFrame | None = None,
    scheduler: Any = None,
    batch_size: int = 200,
    pattern: str = "**/*.txt",
    progress: Callable[[int], None] | None = None,
) -> dict[str, pd.DataFrame]:
    """Run every analysis on a corpus folder (or a loaded corpus DataFrame).

    engine="local" streams the articles in batches through this process, or,
    with ``workers`` > 1, through that many worker processes on this machine
    (by default as many as there are cores, when the corpus is larger than
    one batch; ``workers=1`` keeps everything in this process).
    engine="dask" maps the same batches over a Dask cluster: ``scheduler`` may
    be a ``distributed.Client`` or a scheduler address ("tcp://host:8786");
    without one, a LocalCluster of ``workers`` processes (default 2) is
    started and closed again. Folders are read inside the workers, so the
    driver only holds file names. ``aliases`` is the alias table
    (:func:`lib.corpus.load_aliases`); by default the folder's people.csv.
    ``progress`` is called with the number of articles in each finished batch.

    Returns the tables named in :data:`TABLES`.
    """
    aliases = aliases_for(source, aliases)
    return combine(list(iter_parts(source, engine, workers, aliases, scheduler, batch_size, pattern, progress)),
                   aliases)


def aliases_for(source: str | Path | pd.DataFrame, aliases: pd.DataFrame | None) -> pd.DataFrame | None:
    """The alias table of a run: the one given, else a folder's people.csv, else the one a corpus loaded with
    :func:`lib.corpus.load_corpus` carries (:func:`lib.article.aliases_of`)."""
    if isinstance(source, pd.DataFrame):
        return aliases_of(source, aliases)
    if aliases is None and Path(source).is_dir():
        return corpus_mod.load_aliases(source)
    return aliases


def iter_parts(
    source: str | Path | pd.DataFrame,
    engine: str = "local",
    workers: int | None = None,
    aliases: pd.DataFrame | None = None,
    scheduler: Any = None,
    batch_size: int = 200,
    pattern: str = "**/*.txt",
    progress: Callable[[int], None] | None = None,
) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of each batch of articles (:func:`analyze_articles`), in doc_id order,
    each as soon as it and the batches before it are done.

    The arguments are those of :func:`analyze`, which joins these parts with
    :func:`combine`; :func:`write_analysis` writes them out one by one
    instead. Batches hold consecutive articles in doc_id order, so the
    parts, joined in turn, are in doc_id order too.

    Raises FileNotFoundError when the source holds no article.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    items, task = _work_items(source, pattern)  # the folder is listed once
    if engine == "dask":
        parts = _parts_dask(items, task, workers, aliases, scheduler, batch_size, progress)
    else:
        n_workers = _local_workers(len(items), workers, batch_size)
        parts = (_parts_processes(items, task, n_workers, aliases, batch_size, progress) if n_workers > 1
                 else _parts_here(items, task, aliases, batch_size, progress))
    empty = True
    for part in parts:
        empty = False
        yield part
    if empty:
        raise FileNotFoundError(f"no articles in {source}")


def local_workers(source: str | Path | pd.DataFrame, workers: int | None, batch_size: int = 200,
                  pattern: str = "**/*.txt") -> int:
    """How many processes the local engine uses: ``workers`` when given, else the
    machine's cores (``os.sched_getaffinity``) when the corpus fills more than one batch, else 1."""
    if workers is not None:
        return _local_workers(0, workers, batch_size)
    size = len(source) if isinstance(source, pd.DataFrame) else len(corpus_mod.list_files(source, pattern)[1])
    return _local_workers(size, workers, batch_size)


def _local_workers(size: int, workers: int | None, batch_size: int) -> int:
    """:func:`local_workers` for a corpus of ``size`` articles."""
    if workers is not None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        return workers
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return cores if cores >= 2 and size > batch_size else 1


def _parts_here(items, task, aliases, batch_size, progress) -> Iterator[dict[str, pd.DataFrame]]:
    for batch in batches(items, batch_size):
        part = task(batch, aliases)
        if progress:
            progress(len(batch))
        yield part


def _parts_processes(items, task, n_workers, aliases, batch_size, progress) -> Iterator[dict[str, pd.DataFrame]]:
    """The batches mapped over ``n_workers`` processes of this machine, yielded in corpus order.

    Workers read the files themselves, and at most two batches per worker
    are handed out at a time, so no more articles than that are read ahead;
    a batch that ends before the ones ahead of it waits here for them.
    Linux forks the workers (they start at once, with this process's
    modules); elsewhere they are spawned, as fork is unsafe on macOS.
    """
    import multiprocessing
    import sys
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    if not items:
        return
    size = _chunk_size(len(items), n_workers, batch_size)
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    done = _InTurn()
    pending: dict = {}

    def collect(futures) -> None:
        for fut in futures:
            j, n = pending.pop(fut)
            done.add(j, fut.result())
            if progress:
                progress(n)

    with ProcessPoolExecutor(max_workers=n_workers, mp_context=context) as pool:
        try:
            for i, chunk in enumerate(batches(items, size)):
                if len(pending) >= 2 * n_workers:
                    collect(wait(pending, return_when=FIRST_COMPLETED).done)
                pending[pool.submit(task, chunk, aliases)] = (i, len(chunk))
                yield from done.ready()
            while pending:
                collect(wait(pending, return_when=FIRST_COMPLETED).done)
                yield from done.ready()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # batches not started are not needed any more
            raise


class _InTurn:
    """Batch results that may end in any order, handed on in batch order."""

    def __init__(self) -> None:
        self.done: dict[int, Any] = {}
        self.following = 0  # the next batch to hand on

    def add(self, i: int, result: Any) -> None:
        self.done[i] = result

    def ready(self) -> Iterator[Any]:
        """The results that are next in turn, each once."""
        while self.following in self.done:
            yield self.done.pop(self.following)
            self.following += 1


def _work_items(source: str | Path | pd.DataFrame, pattern: str) -> tuple[list, Callable]:
    """What workers are sent, in doc_id order, and the task to run on a batch of it: rows of a
    loaded corpus (analyze_articles), or (file, root) pairs that the workers read (_load_and_analyze)."""
    if isinstance(source, pd.DataFrame):
        rows = source.sort_values("doc_id", kind="stable") if "doc_id" in source else source
        return rows.to_dict("records"), analyze_articles
    root, files = corpus_mod.list_files(source, pattern)  # in doc_id order
    return [(str(f), str(root)) for f in files], _load_and_analyze


def _chunk_size(n_items: int, n_workers: int, batch_size: int) -> int:
    """Batches of at most ``batch_size`` articles, and at least two per worker, so that a worker that ends early
    can take over a batch. More, smaller batches cost more than they balance: on the development machine each
    Dask task slowed its batch by some 20 ms, and two per worker ran 6% faster than four (x100 corpus, 9 runs).

    >>> _chunk_size(300, 2, 200), _chunk_size(2225, 2, 200)
    (75, 200)
    """
    return max(1, min(batch_size, -(-n_items // (2 * n_workers))))


#: How often the event loops of :func:`local_cluster` wake (see there).
_QUIET_LOOPS = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "2s",
                "distributed.worker.memory.monitor-interval": "1s"}


def local_cluster(workers: int = 2) -> Any:
    """A ``distributed.LocalCluster`` of ``workers`` single-threaded processes, as
    ``analyze(..., engine="dask")`` starts when it is given no scheduler.

    Some of Dask's defaults are changed. On the development machine the
    first two each cost the analyses (many small Python objects) 5-20% of
    their speed, and the third about 5%:

    * the statistical profiler, which samples the running task's stack every
      few milliseconds for the dashboard, is off (there is no dashboard);
    * ``MALLOC_TRIM_THRESHOLD_`` is not set to Dask's 64 KiB, so glibc keeps
      its own adaptive threshold instead of handing freed memory back to
      the system at every turn. A batch's memory is small and freed as a
      whole, so little memory is kept by this;
    * the event loops wake less often: the tick that notices a blocked loop
      every second instead of every 20 ms, the system monitor every 2 s
      instead of 0.5 s, and the worker's memory check every second instead
      of every 0.1 s. With the defaults each worker woke some 50 times a
      second, and each wake takes the interpreter lock from the analysis
      running in the same process; this process (scheduler and nannies)
      used 6% of a core while the cluster was idle.

    Its logs are silenced below CRITICAL: an article that fails reaches the
    caller as the batch's exception, with its message, so the workers' own
    report of it would only repeat it (and the batches cancelled after it
    would add warnings).

    A cluster passed in as ``scheduler`` keeps its own settings.

    >>> with local_cluster(2) as cluster, Client(cluster) as client:   # doctest: +SKIP
    ...     tables = analyze("articles/", engine="dask", scheduler=client)
    """
    import logging

    import dask
    from distributed import LocalCluster

    environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items()
               if k != "MALLOC_TRIM_THRESHOLD_"}
    # the nannies hand this configuration and environment to the worker processes they start
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.nanny.pre-spawn-environ": environ,
                          **_QUIET_LOOPS}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            silence_logs=logging.CRITICAL)


def _as_partition(task: Callable, chunk: list, aliases: pd.DataFrame | None) -> list[dict[str, pd.DataFrame]]:
    """A bag partition: the list of one batch's tables."""
    return [task(chunk, aliases)]


def _parts_dask(items, task, workers, aliases, scheduler, batch_size, progress) -> Iterator[dict[str, pd.DataFrame]]:
    import dask.bag as db
    from dask.base import tokenize
    from distributed import Client, as_completed

    if not items:
        return

    own_cluster = None
    if isinstance(scheduler, Client):
        client = scheduler
    elif scheduler:
        client = Client(scheduler)
    else:
        own_cluster = local_cluster(workers or 2)
        client = Client(own_cluster)
    live: dict = {}  # the batches' futures not yet fetched; a fetched one is let go, so its worker frees it
    try:
        n_workers = workers or len(client.scheduler_info().get("workers", {})) or 2
        chunks = list(batches(items, _chunk_size(len(items), n_workers, batch_size)))
        n_items = [len(c) for c in chunks]
        # a bag with one task per partition that reads and analyses its batch: from_sequence(...).map(...)
        # gives the same partitions, but fusing its two steps leaves an alias task per partition, and each
        # costs the worker a round trip to the scheduler between two batches (about 5% of the run)
        name = "analyze-" + tokenize(chunks, aliases)
        bag = db.Bag({(name, i): (_as_partition, task, chunk, aliases) for i, chunk in enumerate(chunks)},
                     name, len(chunks))
        partitions = bag.to_delayed()  # one per batch
        # at most two batches per worker are submitted and not yet handed on (as in the local engine): the
        # results of batches sent all at once would pile up here while the caller writes out earlier ones
        window = 2 * n_workers
        finished = as_completed(with_results=True)
        index: dict = {}
        done = _InTurn()
        submitted = 0

        def submit() -> None:
            nonlocal submitted
            fut = client.compute(partitions[submitted])
            live[submitted], index[fut.key] = fut, submitted
            finished.add(fut)
            submitted += 1

        while submitted < min(window, len(partitions)):
            submit()
        # each batch's tables are fetched as soon as it is done, while the other batches still run,
        # and handed on in corpus order
        for fut, part in finished:
            i = index.pop(fut.key)
            del live[i], fut
            done.add(i, part)
            if progress:
                progress(n_items[i])
            for batch in done.ready():
                yield from batch  # a partition is a list of one batch's tables
            while submitted < len(partitions) and submitted - done.following < window:
                submit()
    except BaseException:
        if live:
            client.cancel(list(live.values()))  # the other batches are not needed once one has failed
        raise
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
