"""The quote row: its columns, how one is made from the spans found, and the table of them."""
from __future__ import annotations

import re

import pandas as pd

_SPACES = re.compile(r"\s+")
_TRAILING_PUNCTUATION = re.compile(r"[\s,;:]+$")

__all__ = ["QUOTE_COLUMNS", "KINDS", "quote_table"]

QUOTE_COLUMNS = ["quote_id", "start", "end", "quote", "kind", "speaker", "speaker_type", "mention", "mention_start",
                 "mention_end", "cue", "cue_start", "cue_end"]
KINDS = ("direct", "partial", "unmarked", "indirect")


def _clean(text: str, pieces: list[tuple[int, int]]) -> str:
    """The quoted words of ``pieces`` (spans of ``text``): whitespace collapsed, pieces joined, no trailing ",;:"."""
    parts = [_SPACES.sub(" ", text[a:b]).strip() for a, b in pieces]
    out = " ".join(p for p in parts if p)
    return _TRAILING_PUNCTUATION.sub("", out)


def _row(start, end, quote, kind, subj, cue, text) -> dict:
    """A quote row (dict with :data:`QUOTE_COLUMNS` but quote_id) from the span of the quote, its words and kind,
    the speaker's mention ``subj`` (start, end, person) and the ``cue`` (start, end, cue), either may be None."""
    person = subj[2] if subj else None
    return {"start": start, "end": end, "quote": quote, "kind": kind,
            "speaker": person if isinstance(person, str) and person else None, "speaker_type": None,
            "mention": text[subj[0]:subj[1]] if subj else "",
            "mention_start": subj[0] if subj else -1, "mention_end": subj[1] if subj else -1,
            "cue": cue[2] if cue else "", "cue_start": cue[0] if cue else -1, "cue_end": cue[1] if cue else -1}


def quote_table(rows: list[dict]) -> pd.DataFrame:
    """A quotes table from row dicts (as :func:`lib.quotes.read_article_rows` gives them: each holds every
    column of :data:`QUOTE_COLUMNS`; other keys are left out).

    Offsets are integers; speaker and speaker_type are None where unknown, also for no rows.
    """
    if not rows:
        return pd.DataFrame(rows, columns=QUOTE_COLUMNS).astype(
            {"quote_id": int, "start": int, "end": int, "mention_start": int, "mention_end": int,
             "cue_start": int, "cue_end": int})
    columns = {c: [r[c] for r in rows] for c in QUOTE_COLUMNS}
    for column in ("speaker", "speaker_type"):
        # object columns made from the rows as they are: cheaper than letting pandas infer str columns
        # and turning them back into objects
        columns[column] = pd.Series([None if pd.isna(v) else v for v in columns[column]], dtype=object)
    return pd.DataFrame(columns)
