"""Charts for notebook 01 (sentiment). Each function draws on a new figure and returns it.

>>> from lib.sentiment import sentence_sentiment, document_sentiment   # doctest: +SKIP
>>> plot_article_tone(document_sentiment(corpus), figsize=(9, 3))      # doctest: +SKIP
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from lib.sentiment import NEGATIVE, POSITIVE

from ._common import NEG_COLOUR, NEU_COLOUR, POS_COLOUR, new_axes, short_label

__all__ = ["plot_article_tone", "plot_trajectories", "plot_scorers"]


def plot_article_tone(docs: pd.DataFrame, labels: dict[str, str] | None = None, max_articles: int = 25,
                      figsize: tuple[float, float] = (10, 4)):
    """Per article: mean sentence compound (left) and shares of negative/neutral/positive sentences (right).

    With more than ``max_articles`` articles, the most negative and most
    positive ones (by mean compound) are shown, half each, and the title
    says so. ``labels`` maps doc_id to a display label (e.g. the title).
    """
    docs = docs[docs["sentences"] > 0].sort_values(["mean_compound", "doc_id"], kind="stable")
    total = len(docs)
    if total > max_articles:
        half = max_articles // 2
        docs = pd.concat([docs.head(half), docs.tail(max_articles - half)])
    labels = labels or {}
    names = [short_label(f"{d} {labels.get(d, '')}".strip(), 28) for d in docs["doc_id"]]
    y = np.arange(len(docs))
    fig, (ax1, ax2) = new_axes(*figsize, ncols=2, constrained=False, sharey=True,
                               gridspec_kw={"width_ratios": [1, 1.3]})
    colours = [POS_COLOUR if c >= POSITIVE else NEG_COLOUR if c <= NEGATIVE else NEU_COLOUR
               for c in docs["mean_compound"]]
    ax1.barh(y, docs["mean_compound"], color=colours)
    ax1.axvline(0, color="black", lw=0.8)
    lim = max(0.25, float(docs["mean_compound"].abs().max()) * 1.15) if len(docs) else 1
    ax1.set_xlim(-lim, lim)
    ax1.set_yticks(y, names, fontsize=8 if len(docs) > 12 else 9)
    ax1.set_xlabel("mean sentence compound (-1 … +1)")
    ax1.set_title("tone of the article")
    left = np.zeros(len(docs))
    for col, colour, name in (("negative", NEG_COLOUR, "negative"), ("neutral", NEU_COLOUR, "neutral"),
                              ("positive", POS_COLOUR, "positive")):
        ax2.barh(y, docs[col], left=left, color=colour, label=name)
        left += docs[col].to_numpy()
    ax2.set_xlim(0, 1)
    ax2.set_xlabel(f"share of the article's sentences (threshold ±{POSITIVE:g})")
    ax2.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False, fontsize=9)
    if total > len(docs):
        fig.suptitle(f"{len(docs)} of {total} articles: the most negative and the most positive", fontsize=10)
    fig.tight_layout()
    return fig


def plot_trajectories(sents: pd.DataFrame, doc_ids: list[str] | None = None, labels: dict[str, str] | None = None,
                      max_articles: int = 6, ncols: int = 3, window: int = 5,
                      figsize: tuple[float, float] | None = None):
    """Sentence-by-sentence compound for each article, as small multiples.

    Bars are sentences (blue positive, red negative, grey neutral); the line
    is a centred rolling mean over ``window`` sentences. At most
    ``max_articles`` panels (``doc_ids`` chooses which; by default the first
    ones by doc_id) and the title says how many of how many are shown.
    """
    all_ids = list(dict.fromkeys(sents["doc_id"]))
    ids = list(doc_ids) if doc_ids is not None else all_ids
    ids = ids[:max_articles]
    n = max(1, len(ids))
    ncols = min(ncols, n)
    nrows = int(np.ceil(n / ncols))
    figsize = figsize or (4 * ncols, 2.6 * nrows)
    fig, axes = new_axes(*figsize, ncols=ncols, nrows=nrows, constrained=False, squeeze=False, sharey=True)
    labels = labels or {}
    for ax, doc_id in zip(axes.flat, ids, strict=False):  # spare panels stay empty
        g = sents[sents["doc_id"] == doc_id]
        c = g["compound"].to_numpy()
        x = g["sent_id"].to_numpy()
        colours = [POS_COLOUR if v >= POSITIVE else NEG_COLOUR if v <= NEGATIVE else NEU_COLOUR for v in c]
        ax.bar(x, c, color=colours, width=0.85)
        if len(c) >= window:
            ax.plot(x, pd.Series(c).rolling(window, center=True, min_periods=1).mean(), color="black", lw=1.2)
        ax.axhline(0, color="black", lw=0.6)
        ax.set_ylim(-1, 1)
        ax.set_title(short_label(f"{doc_id} {labels.get(doc_id, '')}".strip(), 40), fontsize=9)
        ax.set_xlabel("sentence", fontsize=8)
        ax.tick_params(labelsize=8)
    for ax in axes.flat[len(ids):]:
        ax.axis("off")
    axes[0][0].set_ylabel("compound", fontsize=8)
    shown = f"{len(ids)} of {len(all_ids)} articles" if len(ids) < len(all_ids) else f"{len(ids)} article(s)"
    fig.suptitle(f"sentence by sentence ({shown}; line: mean of {window} neighbouring sentences)", fontsize=10)
    fig.tight_layout()
    return fig


def plot_scorers(sents: pd.DataFrame, figsize: tuple[float, float] = (5, 4.5)):
    """VADER compound against pattern polarity, one dot per sentence (both -1..+1)."""
    fig, ax = new_axes(*figsize, constrained=False)
    alpha = 0.6 if len(sents) < 500 else 0.15
    ax.scatter(sents["vader"], sents["pattern"], s=12, alpha=alpha, color="#34495e", linewidths=0)
    ax.axhline(0, color="grey", lw=0.6)
    ax.axvline(0, color="grey", lw=0.6)
    ax.plot([-1, 1], [-1, 1], color="grey", lw=0.6, ls="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("VADER compound")
    ax.set_ylabel("pattern polarity (TextBlob's lexicon)")
    ax.set_title(f"two lexicons, {len(sents):,} sentences", fontsize=10)
    fig.tight_layout()
    return fig
