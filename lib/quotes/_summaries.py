"""Summaries of a quotes table: quotes and words per speaker, and the reporting verbs each speaker gets."""
from __future__ import annotations

import pandas as pd

from ._rows import KINDS

__all__ = ["quotes_per_speaker", "cues_per_speaker"]


def quotes_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per article and speaker: quotes, words quoted, and the kinds. Unknown speakers show as "(unknown)"."""
    q = quotes.assign(speaker=quotes["speaker"].fillna("(unknown)"),
                      words=quotes["quote"].str.split().str.len())
    out = q.pivot_table(index=["doc_id", "speaker"], columns="kind", values="quote_id", aggfunc="count", fill_value=0)
    out = out.reindex(columns=[k for k in KINDS], fill_value=0)
    out.columns.name = None
    out.insert(0, "quotes", out.sum(axis=1))
    out.insert(1, "words", q.groupby(["doc_id", "speaker"])["words"].sum())
    return out.reset_index()


def cues_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Which reporting verbs each speaker gets: speaker, cue (lower case), count."""
    q = quotes[quotes["speaker"].notna() & (quotes["cue"] != "")]
    t = q.assign(cue=q["cue"].str.lower().str.replace(r"\s+", " ", regex=True)).groupby(["speaker", "cue"]).size()
    return t.rename("count").reset_index().sort_values(["speaker", "count", "cue"], ascending=[True, False, True],
                                                        kind="stable").reset_index(drop=True)
