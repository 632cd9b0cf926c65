"""Charts for notebook 04 (people). Each function draws a new figure and returns it.

>>> import matplotlib; matplotlib.use("Agg")
>>> m = pd.DataFrame({"a": [3, 0], "b": [1, 2]}, index=pd.Index(["X", "Y"], name="person"))
>>> fig = plot_mention_matrix(m, figsize=(5, 2.5))
>>> t = pd.DataFrame({"person": ["X"], "mentions": [4], "about": [0.2], "quotes": [1], "by": [-0.1], "gap": [-0.3]})
>>> fig = plot_tone_about_and_by(t, figsize=(5, 2))
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from lib.sentiment import NEGATIVE, POSITIVE

from ._common import ABOUT_COLOUR, BY_COLOUR, count_label, message_figure, new_axes, short_label

__all__ = ["plot_mention_matrix", "plot_tone_about_and_by"]


def _empty(message: str, figsize: tuple[float, float]):
    return message_figure(message, *figsize, fontsize=10)


def plot_mention_matrix(matrix: pd.DataFrame, max_people: int = 15, max_articles: int = 20,
                        labels: dict[str, str] | None = None, figsize: tuple[float, float] = (9, 4)):
    """Who appears where: mention counts per person (rows) and article (columns), as a heat map.

    ``matrix`` is :func:`lib.explain.people.mention_matrix` output (rows
    already in the order to draw). At most ``max_people`` rows (the first
    ones) and ``max_articles`` columns: with more articles, those with the
    most mentions of the people shown, kept in their order; the title says
    how many of how many are drawn. Each cell is annotated with its count
    (empty cells stay blank); the row label gives the person's total over
    the whole corpus. ``labels`` maps doc_id to a column label.
    """
    if matrix.shape[0] == 0 or matrix.shape[1] == 0:
        return _empty("No person was found in these articles.", figsize)
    n_people, n_docs = matrix.shape
    rows = matrix.iloc[:max_people]
    if n_docs > max_articles:
        # each person shown first gets the article that mentions them most, then the busiest articles fill up
        keep: list = []
        for _, counts in rows.iterrows():
            top = counts.sort_values(ascending=False, kind="stable")
            if top.iloc[0] > 0 and top.index[0] not in keep and len(keep) < max_articles:
                keep.append(top.index[0])
        for d in rows.sum(axis=0).sort_values(ascending=False, kind="stable").index:
            if len(keep) >= max_articles:
                break
            if d not in keep:
                keep.append(d)
        rows = rows[[d for d in rows.columns if d in set(keep)]]
    values = rows.to_numpy(dtype=float)
    labels = labels or {}
    fig, ax = new_axes(*figsize, constrained=False)
    vmax = max(1.0, float(values.max()))
    ax.imshow(values, cmap="Blues", vmin=0, vmax=vmax, aspect="auto")
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = int(values[i, j])
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=9,
                        color="white" if v > 0.55 * vmax else "black")
    totals = matrix.sum(axis=1)
    ax.set_yticks(range(len(rows)), [f"{short_label(p, 26)} ({int(totals[p])})" for p in rows.index], fontsize=9)
    xlabels = [short_label(labels.get(d, d), 22) for d in rows.columns]
    ax.set_xticks(range(len(rows.columns)), xlabels, fontsize=8,
                  rotation=30 if len(rows.columns) > 1 else 0, ha="right" if len(rows.columns) > 1 else "center")
    ax.set_xticks(np.arange(-0.5, len(rows.columns), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(rows), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel("article")
    shown = []
    if len(rows) < n_people:
        shown.append(f"the {len(rows)} of {n_people} people in most articles")
    if rows.shape[1] < n_docs:
        shown.append(f"{rows.shape[1]} of {n_docs} articles: each one's main article, then the busiest")
    title = "mentions per person and article\n(after each name: all their mentions in the corpus)"
    ax.set_title(title + ("\n" + "; ".join(shown) if shown else ""), fontsize=10)
    fig.tight_layout()
    return fig


def plot_tone_about_and_by(tone: pd.DataFrame, max_people: int = 15, figsize: tuple[float, float] = (9, 4)):
    """Tone of the sentences about each person against the tone of their own quotes, as a dot plot.

    ``tone`` is :func:`lib.explain.people.tone_about_and_by` output; the
    first ``max_people`` rows are drawn, top to bottom. A dark dot is the
    mean compound of the sentences that mention the person, an orange dot
    the mean compound of their quotes (absent when never quoted); a line
    joins the two. The grey band is the neutral zone (between the ±0.05
    thresholds).
    """
    if not len(tone):
        return _empty("No person was found in these articles.", figsize)
    rows = tone.head(max_people).reset_index(drop=True)
    fig, ax = new_axes(*figsize, constrained=False)
    y = np.arange(len(rows))
    ax.axvspan(NEGATIVE, POSITIVE, color="#eeeeee", zorder=0)
    ax.axvline(0, color="grey", lw=0.8, zorder=1)
    about = rows["about"].astype(float).to_numpy()
    by = rows["by"].astype(float).to_numpy()
    for yi, a, b in zip(y, about, by, strict=True):
        if not (np.isnan(a) or np.isnan(b)):
            ax.plot([a, b], [yi, yi], color="#bbbbbb", lw=2, zorder=2)
    ax.scatter(about, y, s=60, color=ABOUT_COLOUR, zorder=3, label="sentences that mention them")
    ax.scatter(by, y, s=60, color=BY_COLOUR, zorder=3, label="their own quoted words")
    finite = np.concatenate([about[~np.isnan(about)], by[~np.isnan(by)]])
    lim = max(0.25, float(np.abs(finite).max()) * 1.15) if len(finite) else 1.0
    ax.set_xlim(-lim, lim)
    names = [f"{short_label(r.person, 26)} ({count_label(int(r.mentions), 'mention')}, "
             f"{count_label(int(r.quotes), 'quote')})"
             for r in rows.itertuples()]
    ax.set_yticks(y, names, fontsize=9)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlabel("mean compound (-1 … +1); grey band: neutral")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False, fontsize=9)
    more = f"\n({len(rows)} of {len(tone)} people, most mentioned first)" if len(rows) < len(tone) else ""
    ax.set_title(f"tone about each person and tone of their own words{more}", fontsize=10, pad=26)
    fig.tight_layout()
    return fig
