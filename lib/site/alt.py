"""Alt text for the notebooks' charts, written from the tables of ``python -m lib analyze``.

A chart is known by the ``lib.plots`` function its cell calls (``plot_article_tone`` …); its alt
text says what kind of chart it is and what the data shows (counts, extremes, with the articles'
names), computed from the same corpus's tables. A chart of an unknown function, or one whose
tables are missing, gets a description of what the cell draws.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import pandas as pd

from .pages import article_name


def _names(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    arts = tables.get("articles")
    if arts is None or not len(arts):
        return {}
    return {d: article_name(t, d) for d, t in zip(arts["doc_id"], arts["title"])}


def _lengths(t: Mapping[str, pd.DataFrame]) -> str:
    arts = t["articles"].dropna(subset=["words"]).sort_values(["words", "doc_id"])
    names = _names(t)
    lo, hi = arts.iloc[0], arts.iloc[-1]
    return (f"Bar chart of the length of each of {len(arts)} article(s) in words: from {int(lo.words):,} "
            f"({names[lo.doc_id]}) to {int(hi.words):,} ({names[hi.doc_id]}), median {int(arts.words.median()):,}.")


def _tone(t: Mapping[str, pd.DataFrame]) -> str:
    docs = t["documents"].dropna(subset=["mean_compound"]).sort_values(["mean_compound", "doc_id"])
    names = _names(t)
    lo, hi = docs.iloc[0], docs.iloc[-1]
    shares = [docs[c].mean() for c in ("negative", "neutral", "positive")]
    return (f"Bar charts of the tone of {len(docs)} article(s). Left: the mean compound score of each article's "
            f"sentences, from {lo.mean_compound:+.2f} ({names.get(lo.doc_id, lo.doc_id)}) to "
            f"{hi.mean_compound:+.2f} ({names.get(hi.doc_id, hi.doc_id)}). Right: the share of each article's "
            f"sentences that are negative, neutral and positive, on average {shares[0]:.0%}, {shares[1]:.0%} "
            f"and {shares[2]:.0%}.")


def _trajectories(t: Mapping[str, pd.DataFrame]) -> str:
    docs = t["documents"].dropna(subset=["mean_compound"]).sort_values(["mean_compound", "doc_id"])
    names = _names(t)
    shown = list(docs.doc_id) if len(docs) <= 6 else list(docs.doc_id[:3]) + list(docs.doc_id[-3:])
    return (f"Line charts of the compound score of each sentence in reading order, one panel per article, for "
            f"{len(shown)} article(s) (the most negative and most positive on average): "
            + "; ".join(names.get(d, d) for d in shown) + ".")


def _scorers(t: Mapping[str, pd.DataFrame]) -> str:
    s = t["sentences"]
    r = s["vader"].corr(s["pattern"]) if len(s) > 2 else float("nan")
    silent = ((s.vader == 0) & (s.pattern == 0)).mean()
    return (f"Scatter plot of VADER's score against the pattern lexicon's score for each of {len(s):,} sentences; "
            f"Pearson r {r:.2f}; both give 0 to {silent:.0%} of the sentences.")


def _quotes(t: Mapping[str, pd.DataFrame]) -> str:
    arts, q = t["articles"], t["quotes"]
    copies = set(arts.loc[arts["copy_of"].notna(), "doc_id"]) if "copy_of" in arts else set()
    q = q[q["speaker"].notna() & ~q["doc_id"].isin(copies)]
    counts = q.groupby(["speaker", "doc_id"]).size().reset_index(name="n")
    counts = counts.sort_values(["n", "speaker", "doc_id"], ascending=[False, True, True])
    names = _names(t)
    top = "; ".join(f"{r.speaker} in {names.get(r.doc_id, r.doc_id)}, {r.n}" for r in counts.head(3).itertuples())
    return (f"Bar chart of the number of quotes of each speaker in each article, most quoted first, "
            f"{min(len(counts), 20)} bar(s) of {len(counts)}. Most quoted: {top}.")


def _compared(t: Mapping[str, pd.DataFrame]) -> str:
    c = t["comparison"]
    status = c["status"].value_counts()
    groups = int(status.drop("single", errors="ignore").sum())
    return (f"Dot charts, one panel per group of figures that measure the same thing, each figure's value by "
            f"article and speaker: {groups} group(s), {int(status.get('agree', 0))} agree, "
            f"{int(status.get('differ', 0))} differ, {int(status.get('unclear', 0))} unclear.")


def _matrix(t: Mapping[str, pd.DataFrame]) -> str:
    m = t["mentions"].dropna(subset=["person"])
    per = m.groupby("person")["doc_id"].agg(["size", "nunique"]).sort_values(["size", "nunique"], ascending=False)
    top = "; ".join(f"{p} ({r['size']} mention(s) in {r['nunique']} article(s))" for p, r in per.head(3).iterrows())
    return (f"Heat map of how often each person is mentioned in each article, the 15 most mentioned people by "
            f"up to 20 articles, of {len(per)} people in {m['doc_id'].nunique()} article(s). Most mentioned: {top}.")


def _about_by(t: Mapping[str, pd.DataFrame]) -> str:
    m = t["mentions"].dropna(subset=["person"])
    top = m["person"].value_counts().head(3).index.tolist()
    return ("Bar chart of two tones for each of up to 15 people: the tone of the sentences that mention them and "
            "the tone of their own quotes. The most mentioned: " + ", ".join(top) + ".")


#: the plotting function a cell calls -> its description from the tables
DESCRIBE: dict[str, Callable[[Mapping[str, pd.DataFrame]], str]] = {
    "plot_lengths": _lengths, "plot_article_tone": _tone, "plot_trajectories": _trajectories,
    "plot_scorers": _scorers, "plot_quotes_per_speaker": _quotes, "plot_compared": _compared,
    "plot_mention_matrix": _matrix, "plot_tone_about_and_by": _about_by,
}


def chart_alt(source: str, tables: Mapping[str, pd.DataFrame], notebook: str = "", cell: int = 0) -> str:
    """The alt text of the chart a notebook cell draws (``source`` is the cell's code).

    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "title": ["Tax cut", None], "words": [120, 480]})
    >>> chart_alt("plot_lengths(stats)", {"articles": arts})
    'Bar chart of the length of each of 2 article(s) in words: from 120 (Tax cut) to 480 (b), median 300.'
    >>> chart_alt("plot_unknown(x)", {}, notebook="09-test", cell=4)
    'Chart drawn by plot_unknown in notebook 09-test (cell 4).'
    """
    calls = re.findall(r"\b(plot_\w+)\s*\(", source)
    for name in calls:
        if name in DESCRIBE:
            try:
                return DESCRIBE[name](tables)
            except (KeyError, IndexError, AttributeError, ValueError, TypeError):
                break
    what = calls[0] if calls else "this cell"
    return f"Chart drawn by {what} in notebook {notebook} (cell {cell})."
