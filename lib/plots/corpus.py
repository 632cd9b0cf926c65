"""Charts for notebook 00 (the corpus). Each function makes its figure with a fixed size and returns
the Axes, so notebooks stay one-liners.

>>> import matplotlib; matplotlib.use("Agg")
>>> import pandas as pd
>>> ax = plot_lengths(pd.DataFrame({"doc_id": ["a"], "words": [10], "date": [pd.NaT]}))
"""
from __future__ import annotations

import pandas as pd

from ._common import new_axes

__all__ = ["plot_lengths"]

#: Above this many articles the lengths are a histogram instead of one bar per article.
MAX_LABELS = 40


def plot_lengths(stats: pd.DataFrame):
    """Article length in words (left) and length against publication date (right).

    ``stats`` is :func:`lib.text.article_stats` output. Articles without a
    date are listed under the right-hand chart instead of being dropped
    silently. Returns the two Axes.
    """
    fig, (ax1, ax2) = new_axes(10, 3.8, ncols=2)
    data = stats.sort_values("doc_id")
    if len(data) <= MAX_LABELS:
        ax1.barh(data["doc_id"], data["words"], color="#4c72b0")
        ax1.invert_yaxis()
        ax1.set_xlabel("words")
        ax1.set_title("Length of each article")
    else:
        ax1.hist(data["words"], bins=30, color="#4c72b0")
        ax1.set_xlabel("words")
        ax1.set_ylabel("articles")
        ax1.set_title(f"Length of {len(data)} articles")
    dated = data.dropna(subset=["date"])
    if len(dated):
        ax2.scatter(dated["date"], dated["words"], color="#dd8452", zorder=3)
        if len(dated) <= 12:
            for rec in dated.itertuples():
                ax2.annotate(rec.doc_id[:12], (rec.date, rec.words), textcoords="offset points",
                             xytext=(0, 7), ha="center", fontsize=8)
        ax2.set_ylabel("words")
        ax2.set_ylim(0, dated["words"].max() * 1.2)
        ax2.margins(x=0.15)
        ax2.grid(axis="y", alpha=0.3)
        for label in ax2.get_xticklabels():
            label.set_rotation(30)
            label.set_horizontalalignment("right")
    else:
        ax2.text(0.5, 0.5, "no article has a date", ha="center", va="center", transform=ax2.transAxes)
        ax2.set_xticks([])
        ax2.set_yticks([])
    undated = len(data) - len(dated)
    ax2.set_title("Length against date" + (f" ({undated} undated not shown)" if undated else ""))
    return ax1, ax2
