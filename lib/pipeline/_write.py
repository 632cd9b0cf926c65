"""Writing the tables of a corpus as CSV files, a few batches at a time (:func:`write_analysis`)."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from lib import corpus as corpus_mod
from lib.figures import COMPARED_COLUMNS, COMPARISON_COLUMNS, comparison_frame, comparison_rows
from lib.people import NameTally, respell, spelling_map

from ._batch import _NAMED, TABLES, _concat, _in_order, _link_articles
from ._engines import aliases_for, iter_parts


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
      (:func:`lib.people.spelling_map`) and the tables written a batch at a time;
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
    aliases = _check_folders(source, out, aliases)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".partial-", dir=out))
    writers: dict[str, _CsvWriter] = {}
    try:
        writers = {name: _CsvWriter(work / f"{name}.csv") for name in TABLES}
        parts = iter_parts(source, engine, workers, aliases, scheduler, batch_size, pattern, progress)
        arts, documents, n_sentences, names, tally, n_parts, sketches = _write_parts(parts, writers, work)
        copy_of, versions, main = _link_articles(arts, sketches)
        del sketches
        writers["articles"].add(arts)
        kept = _write_named(work, n_parts, names, aliases, writers, tally, main)
        del names, tally
        comparison = _write_comparison(kept["figures"], main, copy_of, writers["comparison"], chunk, versions)
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


def _check_folders(source: str | Path | pd.DataFrame, out: Path, aliases: pd.DataFrame | None) -> pd.DataFrame | None:
    """The alias table to use (a corpus folder's people.csv unless given); raises
    :class:`lib.corpus.CorpusError` when ``out`` is inside the corpus folder ``source``."""
    if not isinstance(source, pd.DataFrame) and Path(source).is_dir():
        root = Path(source).resolve()
        if out.resolve() == root or root in out.resolve().parents:
            raise corpus_mod.CorpusError(f"{out}: the tables would be written inside the corpus folder {source}, "
                                         "which is only ever read; choose an --out folder outside it")
    return aliases_for(source, aliases)


def _write_parts(parts: Iterable[dict[str, pd.DataFrame]], writers: dict[str, _CsvWriter], work: Path):
    """Write each part's sentences and tone, and set aside its mentions, quotes and figures in ``work``
    (``<table>-<part>.pickle``). Returns the article table, the tone table, the number of sentences,
    each named table's names with how often they are used (in order of first use), the articles each
    person of the mentions is named in, the number of parts and each article's sketch (lib.text.shingle_sketch)."""
    import pickle

    articles, documents = [], []
    n_sentences = n_parts = 0
    names: dict[str, dict[str, int]] = {name: {} for name, _ in _NAMED}
    tally = NameTally()  # the articles each person of the mentions is named in, and how often
    sketches: dict = {}  # each article's wording in brief (lib.text.shingle_sketch): about one number per 4 words
    for i, part in enumerate(parts):
        articles.append(part["articles"])
        sketches.update(part.get("sketches", {}))
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
                tally.add(table["doc_id"], table[column])
            with open(work / f"{name}-{i}.pickle", "wb") as fh:
                pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        n_parts = i + 1
        del part
    return _in_order(_concat(articles)), _concat(documents), n_sentences, names, tally, n_parts, sketches


def _write_named(work: Path, n_parts: int, names: dict[str, dict[str, int]], aliases: pd.DataFrame | None,
                 writers: dict[str, _CsvWriter], tally: NameTally, main: dict) -> dict[str, dict[str, list]]:
    """Write the set-aside mentions, quotes and figures with their names merged, part by part, deleting each
    part's file once read. Returns what the comparison and the summary need: the figures'
    :data:`~lib.figures.COMPARED_COLUMNS` and the quotes' doc_id, speaker and speaker_type, as plain lists in which each
    string is held once (doc_ids, units, subjects and speakers repeat; as pandas tables with their own
    strings they would take about three times the memory)."""
    import pickle

    # the merged names, decided as combine() decides them: with the people of the mentions, with repeats
    doc_ids, people = tally.columns()
    pool: dict[str, str] = {}
    kept: dict[str, dict[str, list]] = {"quotes": {"doc_id": [], "speaker": [], "speaker_type": []},
                                        "figures": {c: [] for c in COMPARED_COLUMNS}}
    for name, column in _NAMED:
        spelling = spelling_map(doc_ids, people, main, aliases, names=list(names[name])) if names[name] else {}
        for i in range(n_parts):
            path = work / f"{name}-{i}.pickle"
            with open(path, "rb") as fh:
                table = pickle.load(fh)
            path.unlink()
            if spelling and len(table):
                table = respell(table, column, spelling)
            writers[name].add(table)
            for c, values in kept.get(name, {}).items():
                if c in table and len(table):
                    values += [pool.setdefault(v, v) if isinstance(v, str) else v for v in table[c].tolist()]
    return kept


def _write_comparison(figures: dict[str, list], main: dict, copy_of: dict, writer: _CsvWriter,
                      chunk: int, versions: dict | None = None) -> pd.DataFrame:
    """Write the comparison of the figures ``chunk`` groups at a time. Returns the groups of two or more
    figures in full, and one row holding only ``status`` for each figure that stands alone."""
    status = COMPARISON_COLUMNS.index("status")
    rows: list[tuple] = []
    groups: list[tuple] = []
    singles = 0
    for row in comparison_rows(figures, main, copies=copy_of, versions=versions):
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
