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
from lib.figures import (COMPARED_COLUMNS, COMPARISON_COLUMNS, compare_figures, comparison_frame, comparison_rows,
                         figure_rows, figure_table)
from lib.people import MENTION_COLUMNS, canonicalize, docs_of_names, main_names, name_map, same_story
from lib.quotes import quote_table, read_article_rows
from lib.sentiment import document_sentiment, score_sentences
from lib.text import SENTENCE_COLUMNS, copies, text_key, words

__all__ = ["TABLES", "analyze", "analyze_articles", "combine", "batches", "iter_parts", "local_cluster",
           "local_workers", "write_analysis"]

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


def _in_order(table: pd.DataFrame) -> pd.DataFrame:
    """A table sorted by doc_id, then by offset where it has them (stable)."""
    if len(table) and "doc_id" in table:
        keys = ["doc_id"] + [c for c in ("start", "end") if c in table]
        table = table.sort_values(keys, kind="stable").reset_index(drop=True)
    return table


def _link_articles(arts: pd.DataFrame) -> tuple[dict, dict]:
    """Mark copies in the article table (in place); return copy_of and each article's main names."""
    arts["date"] = pd.to_datetime(arts["date"])
    # an article that repeats an earlier one word for word is marked, and its figures are not compared again
    copy_of = copies(list(arts["doc_id"]), list(arts["text_key"])) if len(arts) else {}
    arts["copy_of"] = [copy_of.get(d, "") for d in arts["doc_id"]]
    # figures in different articles are compared only when the articles share a main name
    names = {d: n.split("; ") if n else [] for d, n in zip(arts["doc_id"], arts["main_names"])}
    return copy_of, names


#: The tables whose names are merged across articles, and the column that holds them.
_NAMED = (("mentions", "person"), ("quotes", "speaker"), ("figures", "speaker"))


def combine(parts: Iterable[dict[str, pd.DataFrame]], aliases: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Join the batches' tables in doc_id order, then run the cross-article steps."""
    parts = list(parts)
    out: dict[str, pd.DataFrame] = {}
    for name in ("articles", "sentences", "mentions", "quotes", "figures", "documents"):
        out[name] = _in_order(_concat([p[name] for p in parts]))
    # one set of names decides for every table, so that each person is spelt alike in all of them
    people = list(out["mentions"]["person"]) if len(out["mentions"]) else []
    copy_of, names = _link_articles(out["articles"])
    # a surname used alone joins a full name of one other article only when the two articles share main names
    related = same_story(docs_of_names(out["mentions"]["doc_id"], people), names) if people else None
    for name, column in _NAMED:
        if len(out[name]):
            out[name] = canonicalize(out[name], column, aliases, universe=people, related=related)
    out["comparison"] = compare_figures(out["figures"], names, copies=copy_of)
    return {name: out[name] for name in TABLES}


def _frame(columns: dict[str, list]) -> pd.DataFrame:
    """A table of plain column lists, emptied as they are used: text columns stay object columns of the same
    strings, numbers become numeric columns."""
    out = pd.DataFrame(index=pd.RangeIndex(len(next(iter(columns.values()), []))))
    for c in list(columns):
        values = columns.pop(c)
        numeric = bool(values) and all(isinstance(v, (int, float)) for v in values)
        out[c] = pd.Series(values, index=out.index, dtype=None if numeric else object)
    return out


class _CsvWriter:
    """One CSV file written a part at a time, byte for byte as the joined parts would be
    (:func:`_concat`, then ``to_csv(index=False)``): empty parts add nothing, and a
    file with no rows gets the first part's header."""

    def __init__(self, path: Path) -> None:
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.started = False
        self.header: pd.DataFrame | None = None

    def add(self, table: pd.DataFrame) -> None:
        if not len(table.columns):
            return
        if not len(table):
            if self.header is None:
                self.header = table
            return
        table.to_csv(self.file, header=not self.started, index=False)
        self.started = True

    def close(self) -> None:
        if not self.started:
            (self.header if self.header is not None else pd.DataFrame()).to_csv(self.file, index=False)
        self.file.close()


def write_analysis(
    source: str | Path | pd.DataFrame,
    out: str | Path,
    engine: str = "local",
    workers: int | None = None,
    aliases: pd.DataFrame | None = None,
    scheduler: Any = None,
    batch_size: int = 200,
    pattern: str = "**/*.txt",
    progress: Callable[[int], None] | None = None,
    chunk: int = 2000,
) -> dict[str, pd.DataFrame]:
    """Run every analysis and write the tables of :func:`analyze` as CSV files into the
    folder ``out`` (``articles.csv`` …), holding only a few batches' tables in memory.

    The files are byte for byte what ``table.to_csv(path, index=False)``
    writes for each table :func:`analyze` returns. The arguments are those of
    :func:`analyze`; this is what ``python -m lib analyze`` runs.

    How memory is kept down, for corpora larger than the tables fit in:

    * each batch's sentences and per-article tone are written as soon as it
      and the batches before it are done;
    * its mentions, quotes and figures wait in a temporary folder inside
      ``out`` until every name of the corpus is known; only the names and
      their counts stay in memory. Names are then merged
      (:func:`lib.people.name_map`) and the tables written a batch at a time;
    * the comparison is written ``chunk`` groups at a time. It needs the
      figures of the whole corpus at once: the columns it reads
      (:data:`lib.figures.COMPARED_COLUMNS`) stay in memory as plain lists
      with each string held once, as do the article table and the quotes'
      doc_id and speaker (for the summary). On BBC copied 16 times (78 MB of
      text) memory grew by about 2.3 MB per MB of text in one process.

    The files are written in a temporary folder inside ``out`` and moved into
    place at the end, so a run that fails leaves ``out`` as it was. ``out``
    may not be inside a corpus folder (:class:`lib.corpus.CorpusError`): a
    corpus is only ever read.

    Returns the tables :func:`lib.findings.key_findings` needs: ``articles``
    and ``documents`` in full; ``quotes`` (doc_id, speaker) and ``figures``
    (the columns the comparison reads); ``sentences`` as a table of the right length
    with no columns; and ``comparison`` with its groups of two or more
    figures in full and one row holding only ``status`` for each figure that
    stands alone.

    >>> summary = write_analysis("seeds", "build/tables")       # doctest: +SKIP
    >>> sorted(p.name for p in Path("build/tables").glob("*.csv"))  # doctest: +SKIP
    ['articles.csv', 'comparison.csv', 'documents.csv', 'figures.csv', 'mentions.csv', 'quotes.csv', 'sentences.csv']
    """
    import shutil
    import tempfile

    out = Path(out)
    if not isinstance(source, pd.DataFrame) and Path(source).is_dir():
        root = Path(source).resolve()
        if out.resolve() == root or root in out.resolve().parents:
            raise corpus_mod.CorpusError(f"{out}: the tables would be written inside the corpus folder {source}, "
                                         "which is only ever read; choose an --out folder outside it")
        if aliases is None:
            aliases = corpus_mod.load_aliases(source)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".partial-", dir=out))
    writers: dict[str, _CsvWriter] = {}
    try:
        writers = {name: _CsvWriter(work / f"{name}.csv") for name in TABLES}
        parts = iter_parts(source, engine, workers, aliases, scheduler, batch_size, pattern, progress)
        arts, documents, n_sentences, names, docs_of, n_parts = _write_parts(parts, writers, work)
        copy_of, main = _link_articles(arts)
        writers["articles"].add(arts)
        kept = _write_named(work, n_parts, names, aliases, writers, same_story(docs_of, main))
        del names, docs_of
        comparison = _write_comparison(kept["figures"], main, copy_of, writers["comparison"], chunk)
        quotes, figures = (_frame(kept.pop(name)) for name in ("quotes", "figures"))
        for writer in writers.values():
            writer.close()
        writers = {}
        for name in TABLES:
            os.replace(work / f"{name}.csv", out / f"{name}.csv")
    finally:
        for writer in writers.values():
            writer.file.close()
        shutil.rmtree(work, ignore_errors=True)
    return {"articles": arts, "sentences": pd.DataFrame(index=pd.RangeIndex(n_sentences)),
            "documents": documents, "quotes": quotes, "figures": figures, "comparison": comparison}


def _write_parts(parts: Iterable[dict[str, pd.DataFrame]], writers: dict[str, _CsvWriter], work: Path):
    """Write each part's sentences and tone, and set aside its mentions, quotes and figures in ``work``
    (``<table>-<part>.pickle``). Returns the article table, the tone table, the number of sentences,
    each named table's names with how often they are used (in order of first use), the articles each
    person of the mentions is named in, and the number of parts."""
    import pickle

    articles, documents = [], []
    n_sentences = n_parts = 0
    names: dict[str, dict[str, int]] = {name: {} for name, _ in _NAMED}
    docs_of: dict[str, set] = {}  # the articles each person of the mentions is named in
    for i, part in enumerate(parts):
        articles.append(part["articles"])
        documents.append(_in_order(part["documents"]))
        writers["documents"].add(documents[-1])
        writers["sentences"].add(_in_order(part["sentences"]))
        n_sentences += len(part["sentences"])
        for name, column in _NAMED:
            table = _in_order(part[name])
            counts = names[name]
            if column in table:
                for n in table[column]:
                    if isinstance(n, str) and n:
                        counts[n] = counts.get(n, 0) + 1
            if name == "mentions" and len(table):
                for n, docs in docs_of_names(table["doc_id"], table[column]).items():
                    docs_of.setdefault(n, set()).update(docs)
            with open(work / f"{name}-{i}.pickle", "wb") as fh:
                pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        n_parts = i + 1
        del part
    return _in_order(_concat(articles)), _concat(documents), n_sentences, names, docs_of, n_parts


def _write_named(work: Path, n_parts: int, names: dict[str, dict[str, int]], aliases: pd.DataFrame | None,
                 writers: dict[str, _CsvWriter], related: Callable | None = None) -> dict[str, dict[str, list]]:
    """Write the set-aside mentions, quotes and figures with their names merged, part by part, deleting each
    part's file once read. Returns what the comparison and the summary need: the figures'
    :data:`~lib.figures.COMPARED_COLUMNS` and the quotes' doc_id and speaker, as plain lists in which each
    string is held once (doc_ids, units, subjects and speakers repeat; as pandas tables with their own
    strings they would take about three times the memory)."""
    import pickle

    # the merged names, decided as combine() decides them: with the people of the mentions, with repeats
    people = [n for n, count in names["mentions"].items() for _ in range(count)]
    pool: dict[str, str] = {}
    kept: dict[str, dict[str, list]] = {"quotes": {"doc_id": [], "speaker": []},
                                        "figures": {c: [] for c in COMPARED_COLUMNS}}
    for name, column in _NAMED:
        spelling = name_map(list(names[name]), aliases, universe=people, related=related) if names[name] else {}
        for i in range(n_parts):
            path = work / f"{name}-{i}.pickle"
            with open(path, "rb") as fh:
                table = pickle.load(fh)
            path.unlink()
            if spelling and len(table):
                table[column] = pd.Series([spelling[n] if isinstance(n, str) and n else None
                                           for n in table[column]], index=table.index, dtype=object)
            writers[name].add(table)
            for c, values in kept.get(name, {}).items():
                if c in table and len(table):
                    values += [pool.setdefault(v, v) if isinstance(v, str) else v for v in table[c].tolist()]
    return kept


def _write_comparison(figures: dict[str, list], main: dict, copy_of: dict, writer: _CsvWriter,
                      chunk: int) -> pd.DataFrame:
    """Write the comparison of the figures ``chunk`` groups at a time. Returns the groups of two or more
    figures in full, and one row holding only ``status`` for each figure that stands alone."""
    status = COMPARISON_COLUMNS.index("status")
    rows: list[tuple] = []
    groups: list[tuple] = []
    singles = 0
    for row in comparison_rows(figures, main, copies=copy_of):
        rows.append(row)
        if row[status] == "single":
            singles += 1
        else:
            groups.append(row)
        if len(rows) >= chunk:
            writer.add(comparison_frame(rows))
            rows.clear()
    writer.add(comparison_frame(rows))  # the last rows, or the header of a comparison with none
    comparison = comparison_frame(groups)
    if singles:
        comparison = pd.concat([comparison, pd.DataFrame({"status": ["single"] * singles})], ignore_index=True)
    return comparison


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
    return combine(list(iter_parts(source, engine, workers, aliases, scheduler, batch_size, pattern, progress)),
                   aliases)


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
