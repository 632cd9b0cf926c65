"""Charts for notebook 03 (figures). Each function draws a new figure and returns it.

>>> import matplotlib; matplotlib.use("Agg")
>>> from lib.figures import figures_in, compare_figures
>>> f = figures_in("Trade reached $6.3 billion. Trade was $6 billion.").assign(doc_id="a")
>>> fig = plot_compared(compare_figures(f), f)
"""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from matplotlib.ticker import FuncFormatter

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


def plot_compared(comparison: pd.DataFrame, figures: pd.DataFrame, max_groups: int = 6, max_rows: int = 6,
                  cross_source: bool = True, labels: Mapping[str, str] | None = None):
    """The values of each compared subject, one panel per group, one bar per figure, on a value axis.

    Only groups with two or more figures are drawn (``differ`` first, then ``unclear``, then ``agree``;
    largest groups first), at most ``max_groups`` of them and ``max_rows`` figures per group; with
    ``cross_source`` (the default) only groups whose figures come from two or more articles, so that
    restatements inside one article are not drawn as a comparison. Each bar is labelled with its article
    and speaker; the colour is the group's status. An open-ended figure ("more than $5bn") is a hatched
    bar with an arrow on its open side, a range a line from its low to its high end. ``labels`` names the
    articles on the bars (doc_id -> title, e.g. :func:`lib.explain.display.article_labels`); the figures
    keep their doc_ids, by which the groups find them. Returns the Figure.
    """
    groups = _groups_to_draw(comparison, max_groups, cross_source)
    if not len(groups):
        return message_figure("No two figures measure the same thing in this corpus.", 8, 1.6, constrained=True)
    blocks = [(g, group_figures(figures, g).head(max_rows)) for _, g in groups.iterrows()]
    heights = [len(m) + 1.0 for _, m in blocks]
    fig, axes = new_axes(9, 1.0 + 0.48 * sum(heights), nrows=len(blocks),
                         gridspec_kw={"height_ratios": heights}, squeeze=False)
    for ax, (g, members) in zip(axes[:, 0], blocks, strict=True):
        _draw_group(ax, g, members, labels or {})
    fig.suptitle("Figures that measure the same thing, by article and speaker", fontsize=10)
    return fig


def _groups_to_draw(comparison: pd.DataFrame, max_groups: int, cross_source: bool) -> pd.DataFrame:
    """The groups to draw, in drawing order: with ``cross_source``, groups of two or more articles first,
    then the restatements inside one article that the comparison kept (a second speaker, a revision word)."""
    groups = comparison[comparison["status"] != "single"].copy()
    if not len(groups):
        return groups
    groups["_n"] = groups["figures"].map(len)
    groups["_o"] = groups["status"].map({"differ": 0, "unclear": 1, "agree": 2}).fillna(3)
    groups["_one"] = groups["doc_ids"].map(lambda d: len(set(d)) == 1) if cross_source else False
    return groups.sort_values(["_one", "_o", "_n", "group"], ascending=[True, True, False, True],
                              kind="stable").head(max_groups)


def _draw_group(ax, g: pd.Series, members: pd.DataFrame, titles: Mapping[str, str]) -> None:
    """One panel: a bar per figure on a value axis, open ends and ranges marked."""
    labels = []
    for r in members.itertuples():
        who = r.speaker if isinstance(r.speaker, str) and r.speaker else "no speaker"
        title = titles.get(r.doc_id)
        labels.append(f"{short_label(title, 30) if title else short_label(r.doc_id, 18, cut=15)} · {who}")
    y = list(range(len(members)))
    colour = STATUS_COLOURS[g["status"]]
    values = [float(v) for v in members["value"]]
    top = max(values) if values else 1.0
    for yi, r, v in zip(y, members.itertuples(), values, strict=True):
        open_end = r.qualifier in (">", "<")
        ax.barh(yi, v, color=colour, height=0.6, hatch="///" if open_end else None,
                edgecolor="white" if open_end else None)
        if r.qualifier == ">":
            ax.annotate("", xy=(v + top * 0.12, yi), xytext=(v, yi), arrowprops={"arrowstyle": "->", "lw": 1.2})
        lo, hi = getattr(r, "low", v), getattr(r, "high", v)
        if pd.notna(lo) and pd.notna(hi) and float(lo) != float(hi):
            ax.plot([float(lo), float(hi)], [yi, yi], color="black", lw=2, solid_capstyle="butt")
        q = "" if r.qualifier == "=" else f"{r.qualifier} "
        ax.text(v + top * (0.14 if r.qualifier == ">" else 0.01), yi, q + value_label(v, r.unit, r.kind),
                va="center", fontsize=8)
    ax.set_yticks(y, labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0 if top >= 0 else None, top * 1.35 if top > 0 else None)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: value_label(x, "", g["kind"]).strip()))
    ax.tick_params(axis="x", labelsize=7)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    unit = f", {g['unit']}" if isinstance(g["unit"], str) and g["unit"] else ""
    role = "" if g.get("role", "level") == "level" else f", {g['role']}"
    where = ", within one article" if len(set(g["doc_ids"])) == 1 else ""
    ax.set_title(f"{g['subject']} ({g['kind']}{unit}{role}): {g['status']}{where}", fontsize=9, loc="left")
