"""Charts for notebook 03 (figures). Each function draws a new figure and returns it.

>>> import matplotlib; matplotlib.use("Agg")
>>> from lib.figures import figures_in, compare_figures
>>> f = figures_in("Trade reached $6.3 billion. Trade was $6 billion.").assign(doc_id="a")
>>> fig = plot_compared(compare_figures(f), f)
"""
from __future__ import annotations

import pandas as pd

from lib.figures import group_figures

from ._common import STATUS_COLOURS, message_figure, new_axes, short_label

__all__ = ["plot_compared", "value_label", "STATUS_COLOURS"]


def value_label(value: float, unit: str, kind: str) -> str:
    """Short label: 6.3bn USD, 33%, 1,992."""
    if kind == "percent":
        return f"{value:g}%"
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= scale and kind in ("money", "count"):
            return f"{value / scale:.3g}{suffix}" + (f" {unit}" if kind == "money" else "")
    return f"{value:,.4g}" + (f" {unit}" if kind == "money" else "")


def plot_compared(comparison: pd.DataFrame, figures: pd.DataFrame, max_groups: int = 6, max_rows: int = 6):
    """The values of each compared subject, one panel per group, one bar per figure.

    Only groups with two or more figures are drawn (``differ`` first, then
    ``agree``; largest groups first), at most ``max_groups`` of them and
    ``max_rows`` figures per group. Each bar is labelled with its article and
    speaker; the colour is the group's status. Returns the Figure.
    """
    groups = comparison[comparison["status"] != "single"].copy()
    if len(groups):
        groups["_n"] = groups["figures"].map(len)
        groups["_o"] = groups["status"].map({"differ": 0, "agree": 1})
        groups = groups.sort_values(["_o", "_n", "group"], ascending=[True, False, True],
                                    kind="stable").head(max_groups)
    if not len(groups):
        return message_figure("No two figures measure the same thing in this corpus.", 8, 1.6, constrained=True)
    blocks = []
    for _, g in groups.iterrows():
        members = group_figures(figures, g).head(max_rows)
        blocks.append((g, members))
    heights = [len(m) + 0.6 for _, m in blocks]
    fig, axes = new_axes(9, 0.9 + 0.42 * sum(heights), nrows=len(blocks),
                         gridspec_kw={"height_ratios": heights}, squeeze=False)
    for ax, (g, members) in zip(axes[:, 0], blocks, strict=True):
        labels = []
        for r in members.itertuples():
            who = r.speaker if isinstance(r.speaker, str) and r.speaker else "no speaker"
            labels.append(f"{short_label(r.doc_id, 18, cut=15)} · {who}")
        y = list(range(len(members)))
        colour = STATUS_COLOURS[g["status"]]
        ax.barh(y, members["value"], color=colour, height=0.6)
        top = float(members["value"].max()) if len(members) else 1.0
        for yi, r in zip(y, members.itertuples(), strict=True):
            q = "" if r.qualifier == "=" else f"{r.qualifier} "
            ax.text(float(r.value) + top * 0.01, yi, q + value_label(float(r.value), r.unit, r.kind),
                    va="center", fontsize=8)
        ax.set_yticks(y, labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0 if top >= 0 else None, top * 1.25 if top > 0 else None)
        ax.set_xticks([])
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        unit = f", {g['unit']}" if g["kind"] in ("money", "percent") else ""
        role = "" if g.get("role", "level") == "level" else f", {g['role']}"
        ax.set_title(f"{g['subject']} ({g['kind']}{unit}{role}): {g['status']}", fontsize=9, loc="left")
    fig.suptitle("Figures that measure the same thing, by article and speaker", fontsize=10)
    return fig
