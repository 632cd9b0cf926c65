"""Charts drawn from lib's tables: what they draw, not how it looks."""
import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from lib.figures import compare_figures, figures_in  # noqa: E402
from lib.plots.figures import plot_compared  # noqa: E402


def test_compared_figures_are_drawn_with_article_titles():
    f = pd.concat([figures_in("Kazakhstan's trade reached $6.3 billion in 2022.").assign(doc_id="a1"),
                   figures_in("Kazakhstan trade reached $6.3 billion last year, in 2022.").assign(doc_id="b2")],
                  ignore_index=True)
    comp = compare_figures(f)
    assert "agree" in set(comp["status"])
    fig = plot_compared(comp, f, labels={"a1": "Trade soars", "b2": "Astana talks"})
    ax = fig.axes[0]
    assert len(ax.patches) == 2  # one bar per figure: the groups find the figures by doc_id
    assert [t.get_text().split(" · ")[0] for t in ax.get_yticklabels()] == ["Trade soars", "Astana talks"]
