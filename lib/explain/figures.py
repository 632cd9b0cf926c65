"""Explaining a comparison of figures in plain language (notebook 03).

:func:`explain_group` lists the figures of one :func:`lib.figures.compare_figures`
group and says what sets them apart (:func:`lib.figures.difference_reasons`).
"""
from __future__ import annotations

import pandas as pd

from ..figures import difference_reasons

__all__ = ["explain_group"]


def _fmt(v: float, unit: str, kind: str) -> str:
    """A value for reading: money in millions/billions/trillions with its currency, percentages with %."""
    if kind == "money":
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= scale:
                return f"{v / scale:g} {name} {unit}"
        return f"{v:,.6g} {unit}"
    if kind == "percent":
        return f"{v:g}%"
    return f"{v:,.6g}"


def explain_group(members: pd.DataFrame) -> str:
    """A plain-language account of one group: each figure, then what differs.

    >>> from lib.figures import figures_in
    >>> f = figures_in("Investments exceed $5 billion in total. We made $4.7 billion in direct investments.")
    >>> print(explain_group(f))
    - $5 billion (> 5 billion USD), subject 'total investments'
    - $4.7 billion (= 4.7 billion USD), subject 'direct investments'
    They differ in: value, qualifier, scope.
    """
    lines = []
    for r in members.itertuples():
        who = f", said by {r.speaker}" if isinstance(getattr(r, "speaker", None), str) and r.speaker else ""
        doc = f"{r.doc_id}: " if hasattr(r, "doc_id") and r.doc_id else ""
        when = f", period {int(r.period)}" if pd.notna(getattr(r, "period", None)) else ""
        lines.append(f"- {doc}{r.surface} ({r.qualifier} {_fmt(float(r.value), r.unit, r.kind)}), "
                     f"subject '{r.subject}'{when}{who}")
    reasons = difference_reasons(members)
    lines.append("They differ in: " + ", ".join(reasons) + "." if reasons else "They agree.")
    return "\n".join(lines)
