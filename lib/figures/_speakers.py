"""The speaker of the quote that holds a figure, looked up fast."""
from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd


def _speaker(quotes: pd.DataFrame | None, start: int, end: int, column: str = "speaker") -> Any:
    """The speaker (or another ``column``) of the shortest quote (then the earliest) whose span holds
    [start, end); None if none.

    The reference implementation, in pandas; :func:`_speaker_lookup` gives the
    same answers without per-figure pandas work and is what :func:`figures_in` uses.
    """
    if quotes is None or len(quotes) == 0 or "start" not in quotes or column not in quotes:
        return None
    inside = quotes[(quotes["start"] <= start) & (quotes["end"] >= end)]
    if not len(inside):
        return None
    inside = inside.assign(_len=inside["end"] - inside["start"]).sort_values(["_len", "start"], kind="stable")
    sp = inside[column].iloc[0]
    return None if sp is None or (isinstance(sp, float) and math.isnan(sp)) else sp


def _column_values(df: pd.DataFrame, k: int) -> Any:
    """The values (numpy or extension array) of the ``k``-th column of ``df``.

    pandas' private accessor is used when present: ``df[name]`` builds a
    Series and costs many times more, which shows when it is done for each
    of thousands of small quote tables.
    """
    try:
        return df._get_column_array(k)
    except AttributeError:  # pragma: no cover - another pandas version
        col = df.iloc[:, k]
        return col.to_numpy() if isinstance(col.dtype, np.dtype) else col.array


def _plain_numbers(a: Any) -> np.ndarray | None:
    """``a`` as a numpy array of integers or floats (nullable ones without a missing value); else None."""
    if not isinstance(a, np.ndarray):
        try:
            if a.dtype.kind not in "if" or a.isna().any():
                return None
            a = a.to_numpy()
        except (AttributeError, TypeError, ValueError):
            return None
    return a if isinstance(a, np.ndarray) and a.dtype.kind in "if" else None


def _speaker_lookup(quotes: pd.DataFrame | None, column: str = "speaker"):
    """A function ``(start, end) -> speaker`` equal to ``_speaker(quotes, start, end)``, built once per text
    (``column="speaker_type"`` looks up what the speaker is instead).

    The quote spans are read into plain lists once, so each figure costs a
    scan of a short list instead of several pandas operations. Spans that
    are not plain numbers (missing values in a nullable column, objects)
    fall back to :func:`_speaker`.
    """
    if quotes is None or len(quotes) == 0:
        return lambda start, end: None
    if isinstance(quotes, list):  # quote row dicts, as lib.quotes.read_article_rows gives them
        speakers = [r.get(column) for r in quotes]
        spans = sorted((r["end"] - r["start"], r["start"], k, r["end"]) for k, r in enumerate(quotes))
        return _span_lookup(spans, speakers)
    if "start" not in quotes or column not in quotes:
        return lambda start, end: None
    where = [quotes.columns.get_loc(c) if c in quotes else None for c in ("start", "end", column)]
    if not all(isinstance(k, int) for k in where):  # a missing or repeated column
        return lambda start, end: _speaker(quotes, start, end, column)
    qs, qe, speakers = (_column_values(quotes, k) for k in where)
    qs, qe = _plain_numbers(qs), _plain_numbers(qe)
    if qs is None or qe is None:
        return lambda start, end: _speaker(quotes, start, end, column)
    # (length, start, row) orders the quotes as the stable sort on (length, start) does
    spans = sorted((e - s, s, k, e) for k, (s, e) in enumerate(zip(qs.tolist(), qe.tolist(), strict=False))
                   if not (s != s or e != e))  # NaN spans hold nothing
    return _span_lookup(spans, speakers)


def _span_lookup(spans: list[tuple], speakers: Any):
    """``(start, end) -> speaker`` of the first of ``spans`` (length, start, row, end) holding the figure."""

    def lookup(start: int, end: int) -> Any:
        for _len, s, k, e in spans:
            if s <= start and e >= end:
                sp = speakers[k]
                return None if sp is None or (isinstance(sp, float) and math.isnan(sp)) else sp
        return None

    return lookup
