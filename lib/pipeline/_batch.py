"""The per-article analyses of a batch, and joining the batches' tables (the cross-article steps)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from lib import corpus as corpus_mod
from lib.article import ArticleView
from lib.figures import compare_figures, figure_rows, figure_table
from lib.people import MENTION_COLUMNS, main_names, respell, spelling_map
from lib.quotes import quote_table, read_article_rows
from lib.sentiment import document_sentiment, score_sentences
from lib.text import SENTENCE_COLUMNS, copies, near_copies, shingle_sketch, text_key, words

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
    sketches: dict = {}
    for art in articles:
        doc_id = art["doc_id"]
        row, found, figs, sketches[doc_id] = _read_one(art, aliases)
        meta.append(row)
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
        # not a table: each article's wording in brief, for finding versions of one story (_link_articles)
        "sketches": sketches,
    }


def _read_one(art: dict, aliases: pd.DataFrame | None) -> tuple[dict, dict[str, list], list[dict], Any]:
    """One article's row of the article table, its quotes, mentions and sentences (one pass,
    :func:`lib.quotes.read_article_rows`), its figures (:func:`lib.figures.figure_rows`) and the sketch
    of its wording (:func:`lib.text.shingle_sketch`)."""
    text = art["text"]
    tokens = words(text)
    row = {**{k: art.get(k, "") for k in ("doc_id", "date", "title", "source", "path")},
           "words": len(tokens), "paragraphs": text.count("\n\n") + 1,
           "main_names": "; ".join(main_names(text)), "text_key": text_key(text), "copy_of": ""}
    view = ArticleView(text)  # the article is split once; people, quotes and figures read this view
    found = read_article_rows(view, aliases)
    return row, found, figure_rows(text, found["quotes"]), shingle_sketch(text, tokens)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The tables joined (ignoring tables without columns; empty tables only when all are)."""
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


def _link_articles(arts: pd.DataFrame, sketches: dict | None = None) -> tuple[dict, dict, dict]:
    """Mark copies in the article table (in place); return copy_of, the versions of one story
    (:func:`lib.text.near_copies` of the articles' ``sketches``, copies left out) and each article's main names."""
    arts["date"] = pd.to_datetime(arts["date"])
    # an article that repeats an earlier one word for word is marked, and its figures are not compared again
    copy_of = copies(list(arts["doc_id"]), list(arts["text_key"])) if len(arts) else {}
    arts["copy_of"] = [copy_of.get(d, "") for d in arts["doc_id"]]
    # an article that retells another (half of its wording or more) is another version of one story, not a source
    sketches = sketches or {}
    ids = [d for d in arts["doc_id"] if d in sketches]
    versions = near_copies(ids, [sketches[d] for d in ids], skip=list(copy_of)) if ids else {}
    # figures in different articles are compared only when the articles share a main name
    names = {d: n.split("; ") if n else [] for d, n in zip(arts["doc_id"], arts["main_names"], strict=True)}
    return copy_of, versions, names


#: The tables whose names are merged across articles, and the column that holds them.
_NAMED = (("mentions", "person"), ("quotes", "speaker"), ("figures", "speaker"))


def combine(parts: Iterable[dict[str, pd.DataFrame]], aliases: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Join the batches' tables in doc_id order, then run the cross-article steps."""
    parts = list(parts)
    out: dict[str, pd.DataFrame] = {}
    for name in ("articles", "sentences", "mentions", "quotes", "figures", "documents"):
        out[name] = _in_order(_concat([p[name] for p in parts]))
    sketches = {d: k for p in parts for d, k in p.get("sketches", {}).items()}
    copy_of, versions, names = _link_articles(out["articles"], sketches)
    del sketches
    # one set of names, the mentions', decides for every table, so that each person is spelt alike in all of them
    mentions = out["mentions"]
    doc_ids, people = (mentions["doc_id"], mentions["person"]) if len(mentions) else ([], [])
    for name, column in _NAMED:
        if len(out[name]):
            out[name] = respell(out[name], column, spelling_map(doc_ids, people, names, aliases,
                                                                 names=out[name][column]))
    out["comparison"] = compare_figures(out["figures"], names, copies=copy_of, versions=versions)
    return {name: out[name] for name in TABLES}

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
