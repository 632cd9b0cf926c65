"""Layer 4: the charts the notebooks show, one module per notebook. Each function draws a new figure
and returns it (or its Axes), so notebooks stay one-liners.

- :mod:`lib.plots.corpus`: article lengths (notebook 00);
- :mod:`lib.plots.sentiment`: tone per article, sentence by sentence, the two lexicons (01);
- :mod:`lib.plots.quotes`: quotes per speaker, and the example paragraph marked up (02);
- :mod:`lib.plots.figures`: figures that measure the same thing (03);
- :mod:`lib.plots.people`: who appears where, and tone about and by each person (04);
- ``lib.plots._common``: the one helper for figures and axes (:func:`new_axes`), label shortening and colours.

>>> import matplotlib; matplotlib.use("Agg")
>>> import pandas as pd
>>> ax = plot_lengths(pd.DataFrame({"doc_id": ["a"], "words": [10], "date": [pd.NaT]}))
"""
from ._common import new_axes, short_label
from .corpus import plot_lengths
from .figures import plot_compared, value_label
from .people import plot_mention_matrix, plot_tone_about_and_by
from .quotes import KIND_COLOURS, Example, mark_spans, markup_quotes, pick_example, plot_quotes_per_speaker
from .sentiment import plot_article_tone, plot_scorers, plot_trajectories

__all__ = ["plot_lengths", "new_axes", "short_label", "plot_compared", "value_label", "plot_mention_matrix",
           "plot_tone_about_and_by", "KIND_COLOURS", "Example", "mark_spans", "markup_quotes", "pick_example",
           "plot_quotes_per_speaker", "plot_article_tone", "plot_scorers", "plot_trajectories"]
