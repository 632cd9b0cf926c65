"""Every analysis over a corpus, on one machine or on a Dask cluster.

The per-article work (sentences and their sentiment, people, quotes,
figures) is done by pure functions of one article's text, mapped over
batches of articles. Steps that need the whole corpus (merging spelling
variants of names, comparing figures, per-article summaries) run once, after
the map. The local and the Dask engine call the same functions in the same
order, so they give identical tables.

>>> results = analyze("seeds")                          # doctest: +SKIP
>>> sorted(results)                                     # doctest: +SKIP
['articles', 'comparison', 'documents', 'figures', 'mentions', 'quotes', 'sentences']
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pandas as pd

from lib import corpus as corpus_mod
from lib.figures import compare_figures, figure_rows, figure_table
from lib.people import MENTION_COLUMNS, canonicalize, main_names
from lib.quotes import quote_table, read_article_rows
from lib.sentiment import document_sentiment, score_sentences
from lib.text import SENTENCE_COLUMNS, copies, text_key, words

__all__ = ["TABLES", "analyze", "analyze_articles", "combine", "batches", "iter_articles", "local_cluster",
           "local_workers"]

#: The tables :func:`analyze` returns (and the CLI writes as CSV files).
TABLES = ("articles", "sentences", "mentions", "quotes", "figures", "comparison", "documents")

ARTICLE_COLUMNS = ["doc_id", "date", "title", "source", "path", "words", "paragraphs", "main_names", "text_key",
                   "copy_of"]


def analyze_articles(articles: list[dict], aliases: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The per-article analyses for a batch of articles (row dicts as from
    :func:`lib.corpus.load_article`). Pure: the same batch gives the same tables.

    Each article gives plain rows; the batch's tables are built once at the
    end, since building small pandas tables per article would cost more than
    the analyses.
    """
    meta, mentions, sents = [], [], []
    quotes: list[dict] = []
    figures: list[dict] = []
    quote_docs: list[str] = []
    figure_docs: list[str] = []
    for art in articles:
        text, doc_id = art["text"], art["doc_id"]
        meta.append({**{k: art.get(k, "") for k in ("doc_id", "date", "title", "source", "path")},
                     "words": len(words(text)), "paragraphs": text.count("\n\n") + 1,
                     "main_names": "; ".join(main_names(text)), "text_key": text_key(text), "copy_of": ""})
        found = read_article_rows(text, aliases)  # quotes, mentions and sentences in one pass
        figs = figure_rows(text, found["quotes"])
        quotes += found["quotes"]
        quote_docs += [doc_id] * len(found["quotes"])
        figures += figs
        figure_docs += [doc_id] * len(figs)
        mentions += [(doc_id, *r) for r in found["mentions"]]
        sents += [(doc_id, *r) for r in found["sentences"]]
    quote_frame = quote_table(quotes)
    quote_frame.insert(0, "doc_id", quote_docs)
    figure_frame = figure_table(figures)
    figure_frame.insert(0, "doc_id", figure_docs)
    articles = pd.DataFrame(meta, columns=ARTICLE_COLUMNS)
    scored = score_sentences(pd.DataFrame(sents, columns=["doc_id", *SENTENCE_COLUMNS]))
    return {
        "articles": articles,
        "sentences": scored,
        "documents": document_sentiment(articles, sentences=scored),  # per article, so done in the batch
        "mentions": pd.DataFrame(mentions, columns=["doc_id", *MENTION_COLUMNS]),
        "quotes": quote_frame,
        "figures": figure_frame,
    }


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f.columns)]
    if not frames:
        return pd.DataFrame()
    non_empty = [f for f in frames if len(f)]
    return pd.concat(non_empty or frames[:1], ignore_index=True)


def combine(parts: Iterable[dict[str, pd.DataFrame]], aliases: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Join the batches' tables in doc_id order, then run the cross-article steps."""
    parts = list(parts)
    out: dict[str, pd.DataFrame] = {}
    for name in ("articles", "sentences", "mentions", "quotes", "figures", "documents"):
        table = _concat([p[name] for p in parts])
        if len(table) and "doc_id" in table:
            keys = ["doc_id"] + [c for c in ("start", "end") if c in table]
            table = table.sort_values(keys, kind="stable").reset_index(drop=True)
        out[name] = table
    out["articles"]["date"] = pd.to_datetime(out["articles"]["date"])
    # one set of names decides for every table, so that each person is spelt alike in all of them
    people = list(out["mentions"]["person"]) if len(out["mentions"]) else []
    for name, column in (("mentions", "person"), ("quotes", "speaker"), ("figures", "speaker")):
        if len(out[name]):
            out[name] = canonicalize(out[name], column, aliases, universe=people)
    # an article that repeats an earlier one word for word is marked, and its figures are not compared again
    arts = out["articles"]
    copy_of = copies(list(arts["doc_id"]), list(arts["text_key"])) if len(arts) else {}
    arts["copy_of"] = [copy_of.get(d, "") for d in arts["doc_id"]]
    # figures in different articles are compared only when the articles share a main name
    names = {d: n.split("; ") if n else [] for d, n in zip(arts["doc_id"], arts["main_names"])}
    out["comparison"] = compare_figures(out["figures"], names, copies=copy_of)
    return {name: out[name] for name in TABLES}


def iter_articles(source: str | Path | pd.DataFrame, pattern: str = "**/*.txt") -> Iterator[dict]:
    """Articles one at a time, read lazily from a folder or taken from a loaded corpus."""
    if isinstance(source, pd.DataFrame):
        yield from source.to_dict("records")
        return
    root, files = corpus_mod.list_files(source, pattern)
    for file in files:
        row = corpus_mod.load_article(file, root)
        if row is not None:
            yield row


def batches(items: Iterable[Any], size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _load_and_analyze(files: list[tuple[str, str]], aliases: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    rows = [corpus_mod.load_article(f, root) for f, root in files]
    return analyze_articles([r for r in rows if r is not None], aliases)


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
    if aliases is None and not isinstance(source, pd.DataFrame) and Path(source).is_dir():
        aliases = corpus_mod.load_aliases(source)
    if engine == "local":
        n_workers = local_workers(source, workers, batch_size, pattern)
        parts = (_analyze_processes(source, n_workers, aliases, batch_size, pattern, progress)
                 if n_workers > 1 else _analyze_here(source, aliases, batch_size, pattern, progress))
        if not parts:
            raise FileNotFoundError(f"no articles in {source}")
        return combine(parts, aliases)
    if engine == "dask":
        return _analyze_dask(source, workers, aliases, scheduler, batch_size, pattern, progress)
    raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")


def local_workers(source: str | Path | pd.DataFrame, workers: int | None, batch_size: int = 200,
                  pattern: str = "**/*.txt") -> int:
    """How many processes the local engine uses: ``workers`` when given, else the
    machine's cores (``os.sched_getaffinity``) when the corpus fills more than one batch, else 1."""
    if workers is not None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        return workers
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    if cores < 2:
        return 1
    size = len(source) if isinstance(source, pd.DataFrame) else len(corpus_mod.list_files(source, pattern)[1])
    return cores if size > batch_size else 1


def _analyze_here(source, aliases, batch_size, pattern, progress) -> list[dict[str, pd.DataFrame]]:
    parts = []
    for batch in batches(iter_articles(source, pattern), batch_size):
        parts.append(analyze_articles(batch, aliases))
        if progress:
            progress(len(batch))
    return parts


def _analyze_processes(source, n_workers, aliases, batch_size, pattern, progress) -> list[dict[str, pd.DataFrame]]:
    """The batches mapped over ``n_workers`` processes of this machine, results in corpus order.

    Workers read the files themselves, and at most two batches per worker
    are handed out at a time, so no more articles than that are read ahead.
    Linux forks the workers (they start at once, with this process's
    modules); elsewhere they are spawned, as fork is unsafe on macOS.
    """
    import multiprocessing
    import sys
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    items, task = _work_items(source, pattern)
    if not items:
        return []
    size = _chunk_size(len(items), n_workers, batch_size)
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    done: dict[int, dict[str, pd.DataFrame]] = {}
    pending: dict = {}

    def collect(futures) -> None:
        for fut in futures:
            j, n = pending.pop(fut)
            done[j] = fut.result()
            if progress:
                progress(n)

    with ProcessPoolExecutor(max_workers=n_workers, mp_context=context) as pool:
        for i, chunk in enumerate(batches(items, size)):
            if len(pending) >= 2 * n_workers:
                collect(wait(pending, return_when=FIRST_COMPLETED).done)
            pending[pool.submit(task, chunk, aliases)] = (i, len(chunk))
        collect(wait(pending).done)
    return [done[j] for j in sorted(done)]


def _work_items(source: str | Path | pd.DataFrame, pattern: str) -> tuple[list, Callable]:
    """What workers are sent, and the task to run on a batch of it: rows of a loaded
    corpus (analyze_articles), or (file, root) pairs that the workers read (_load_and_analyze)."""
    if isinstance(source, pd.DataFrame):
        return source.to_dict("records"), analyze_articles
    root, files = corpus_mod.list_files(source, pattern)
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


def _analyze_dask(source, workers, aliases, scheduler, batch_size, pattern, progress):
    import dask.bag as db
    from dask.base import tokenize
    from distributed import Client, as_completed

    items, task = _work_items(source, pattern)
    if not items:
        raise FileNotFoundError(f"no articles in {source}")

    own_cluster = None
    if isinstance(scheduler, Client):
        client = scheduler
    elif scheduler:
        client = Client(scheduler)
    else:
        own_cluster = local_cluster(workers or 2)
        client = Client(own_cluster)
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
        futures = client.compute(bag.to_delayed())  # one future per partition
        # each batch's tables are fetched as soon as it is done, while the other batches still run
        index = {f.key: i for i, f in enumerate(futures)}
        done: dict[int, list] = {}
        try:
            for fut, part in as_completed(futures, with_results=True):
                done[index[fut.key]] = part
                if progress:
                    progress(n_items[index[fut.key]])
        except BaseException:
            client.cancel(futures)  # the other batches are not needed once one has failed
            raise
        parts = [p for i in range(len(futures)) for p in done[i]]
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
    return combine(parts, aliases)
