"""Summaries of a quotes table: quotes and words per speaker, and the reporting verbs each speaker gets."""
from __future__ import annotations

import pandas as pd

from ._rows import KINDS

__all__ = ["quotes_per_speaker", "cues_per_speaker", "sources_by_type"]


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


def sources_by_type(quotes: pd.DataFrame) -> pd.DataFrame:
    """How many quotes come from people, organisations, groups and unnamed sources, and how many name none.

    Columns: speaker_type (person, organisation, group, anonymous, "(none)"), quotes, share, sources
    (distinct speakers), examples (the three most quoted, most quoted first).

    >>> q = pd.DataFrame({"speaker": ["Jo Bell", "Uefa", None, "Uefa"],
    ...                   "speaker_type": ["person", "organisation", None, "organisation"]})
    >>> sources_by_type(q)[["speaker_type", "quotes", "sources", "examples"]].values.tolist()
    [['person', 1, 1, 'Jo Bell'], ['organisation', 2, 1, 'Uefa'], ['(none)', 1, 0, '']]
    """
    from ._sources import SPEAKER_TYPES

    kinds = quotes["speaker_type"].fillna("(none)") if len(quotes) else pd.Series(dtype=object)
    rows = []
    for kind in (*SPEAKER_TYPES, "(none)"):
        names = quotes.loc[kinds == kind, "speaker"].dropna() if len(quotes) else pd.Series(dtype=object)
        count = int((kinds == kind).sum())
        if not count:
            continue
        top = names.value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
        rows.append({"speaker_type": kind, "quotes": count, "share": round(count / len(quotes), 3),
                     "sources": int(names.nunique()), "examples": ", ".join(top.index[:3])})
    return pd.DataFrame(rows, columns=["speaker_type", "quotes", "share", "sources", "examples"])
