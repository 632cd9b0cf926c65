"""How the notebooks show their tables: articles by title, numbers and years, lists of articles.

- :func:`article_labels`: each article's title, or a short id when it has none;
- :func:`by_title`: a table with its ``doc_id`` column replaced by those labels;
- :func:`number_format`: pandas' float format, with years printed without a thousands separator;
- :func:`label_lists`: a column of doc_id lists replaced by those labels.
"""
from __future__ import annotations

import html
import re

import pandas as pd

__all__ = ["article_labels", "by_title", "commonest_columns", "label_lists", "number_format", "short_id", "show"]

_HASH_TAIL = re.compile(r"_[0-9a-f]{8,}$")


def short_id(doc_id: str) -> str:
    """A doc_id without a trailing hash, which says nothing to a reader.

    >>> short_id("003_760a91fd4c32f78c"), short_id("politics/001")
    ('003', 'politics/001')
    """
    return _HASH_TAIL.sub("", str(doc_id)) or str(doc_id)


def article_labels(corpus: pd.DataFrame) -> dict[str, str]:
    """doc_id → the article's title, or its short id when it has no title.

    Two articles with the same title are told apart by their short ids.

    >>> c = pd.DataFrame({"doc_id": ["001_aaaaaaaaaa", "002", "003"], "title": ["Talks", "", "Talks"]})
    >>> article_labels(c)
    {'001_aaaaaaaaaa': 'Talks (001)', '002': '002', '003': 'Talks (003)'}
    """
    titles = [str(t).strip() if isinstance(t, str) else "" for t in corpus["title"]]
    counts = pd.Series([t for t in titles if t]).value_counts()
    labels = {}
    for doc_id, title in zip(corpus["doc_id"], titles):
        if not title:
            labels[doc_id] = short_id(doc_id)
        elif counts[title] > 1:
            labels[doc_id] = f"{title} ({short_id(doc_id)})"
        else:
            labels[doc_id] = title
    return labels


def by_title(table: pd.DataFrame, labels: dict[str, str], column: str = "doc_id") -> pd.DataFrame:
    """``table`` with ``column`` (doc_ids) replaced by an ``article`` column of labels, in the same place.

    >>> by_title(pd.DataFrame({"doc_id": ["a"], "n": [1]}), {"a": "A title"}).to_dict("list")
    {'article': ['A title'], 'n': [1]}
    """
    if column not in table.columns:
        return table
    out = table.copy()
    out[column] = out[column].map(lambda d: labels.get(d, short_id(d)))
    return out.rename(columns={column: "article"})


def number_format(v: float) -> str:
    """pandas' ``display.float_format``: whole numbers that look like years print as years.

    >>> [number_format(v) for v in (2022.0, 6.3e9, 0.125, 12500.0)]
    ['2022', '6,300,000,000', '0.125', '12,500']
    """
    if float(v).is_integer():
        if 1000 <= abs(v) <= 2100:
            return f"{v:.0f}"
        return f"{v:,.0f}"
    return f"{v:,.6g}"


def label_lists(table: pd.DataFrame, labels: dict[str, str], column: str = "doc_ids") -> pd.DataFrame:
    """``table`` with ``column`` (lists of doc_ids, or doc_ids joined by ", ") turned into article labels.

    >>> t = pd.DataFrame({"doc_ids": [["a", "b"], "a, c"]})
    >>> label_lists(t, {"a": "A title", "b": "B"})["doc_ids"].tolist()
    [['A title', 'B'], 'A title, c']
    """
    if column not in table.columns:
        return table

    def relabel(ids):
        if isinstance(ids, str):
            return ", ".join(labels.get(d, short_id(d)) for d in ids.split(", ") if d)
        return [labels.get(d, short_id(d)) for d in ids]

    return table.assign(**{column: table[column].map(relabel)})


def show(text: str) -> None:
    """Show a paragraph written from a corpus's tables as Markdown (nothing when there is nothing to say).

    Article text inside it is escaped first: a headline or a quote is never read as markup.
    """
    if text:
        from IPython.display import Markdown, display  # only a notebook shows Markdown

        display(Markdown(html.escape(text, quote=False)))


def commonest_columns(table: pd.DataFrame, keep: int = 6) -> pd.DataFrame:
    """A table of counts with its ``keep`` largest columns and the rest summed in "other", when it has more
    than ``keep + 1`` columns, so that it fits a page.

    >>> t = pd.DataFrame({c: [i] for i, c in enumerate("abcd")})
    >>> commonest_columns(t, keep=2).columns.tolist()
    ['d', 'c', 'other']
    """
    if table.shape[1] <= keep + 1:
        return table
    top = table.sum().sort_values(ascending=False, kind="stable").index[:keep]
    return table[top].assign(other=table.drop(columns=top).sum(axis=1))
