"""What every chart shares: the one way figures and axes are made, label shortening, messages and colours."""
from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt

__all__ = ["new_axes", "short_label", "message_figure", "count_label", "STATUS_COLOURS", "KIND_COLOURS",
           "NEG_COLOUR", "NEU_COLOUR", "POS_COLOUR", "ABOUT_COLOUR", "BY_COLOUR"]

#: Comparison status of a group of figures (notebook 03).
STATUS_COLOURS = {"agree": "#55a868", "differ": "#c44e52", "single": "#8c8c8c"}
#: Kind of quote (notebook 02).
KIND_COLOURS = {"direct": "#2e6f9e", "partial": "#8fbcdb", "unmarked": "#e08e3c", "indirect": "#9a9a9a"}
#: Negative, neutral and positive tone (notebook 01).
NEG_COLOUR, NEU_COLOUR, POS_COLOUR = "#c0392b", "#bdbdbd", "#2e86c1"
#: Tone of the sentences about a person, and of their own words (notebook 04).
ABOUT_COLOUR, BY_COLOUR = "#34495e", "#e67e22"


def new_axes(width: float = 8, height: float = 3.5, ncols: int = 1, nrows: int = 1, constrained: bool = True,
             **subplots: Any):
    """A figure with a fixed size (stable rendering) and its axes.

    ``constrained`` lays the figure out with matplotlib's constrained layout
    (charts that call ``tight_layout`` themselves turn it off); further
    keywords go to ``plt.subplots`` (``sharey``, ``gridspec_kw``, ``squeeze``).
    """
    if constrained:
        subplots["constrained_layout"] = True
    fig, axes = plt.subplots(nrows, ncols, figsize=(width, height), **subplots)
    return fig, axes


def short_label(label: object, width: int, cut: int | None = None) -> str:
    """``label`` as text, at most ``width`` characters: a longer one keeps its first ``cut``
    characters (by default ``width - 1``) and ends with "…".

    >>> short_label("Recep Tayyip Erdogan", 12), short_label("abc", 12), short_label("x" * 20, 18, cut=15)
    ('Recep Tayyi…', 'abc', 'xxxxxxxxxxxxxxx…')
    """
    text = str(label)
    if len(text) <= width:
        return text
    return text[: width - 1 if cut is None else cut] + "…"


def count_label(n: int, word: str) -> str:
    """"1 quote", "3 quotes"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def message_figure(message: str, width: float, height: float, constrained: bool = False, **text: Any):
    """A figure with no chart, only ``message`` in its middle (an empty table); returns the Figure."""
    fig, ax = new_axes(width, height, constrained=constrained)
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", **text)
    return fig
