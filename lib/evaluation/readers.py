"""Readers of the evaluation data kept beside the project (../shared, tests/gold): hand-annotated gold files,
JSON Lines files (PolNeAR) and the peer test suites for figures. Read here, scored in lib.evaluation and lib.figures.

>>> sorted(PEER_SUITE_FILES)[:2]
['currency', 'number']
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from lib.corpus import CorpusError

__all__ = ["PEER_SUITE_FILES", "gold_halves", "load_peer_suites", "read_gold", "read_jsonl"]


#: The peer test suites for figures: suite name -> JSON file below the peer-tests folder.
PEER_SUITE_FILES = {
    "quantulum3": "quantulum3/quantities.json",
    "currency": "recognizers_text/NumberWithUnit/CurrencyModel.json",
    "percent": "recognizers_text/Number/PercentModel.json",
    "number": "recognizers_text/Number/NumberModel.json",
    "ordinal": "recognizers_text/Number/OrdinalModel.json",
    "range": "recognizers_text/Number/NumberRangeModel.json",
}


def gold_halves(halves) -> dict[str, list[str]]:
    """The halves of a gold file to score apart (its ``half`` values, in order), and the report halves
    pooled when there are several ("report+report2"): name -> the half values it covers.

    >>> gold_halves(["tune", "report", "report2", "tune"])
    {'tune': ['tune'], 'report': ['report'], 'report2': ['report2'], 'report+report2': ['report', 'report2']}
    """
    out = {h: [h] for h in dict.fromkeys(halves)}
    held_out = sorted(h for h in out if h.startswith("report"))
    if len(held_out) > 1:
        out["+".join(held_out)] = held_out
    return out


def load_peer_suites(folder: str | Path) -> dict[str, list[dict]]:
    """The test cases of quantulum3 and Recognizers-Text, by suite name (see :data:`PEER_SUITE_FILES`).

    Score them with :func:`lib.evaluation.figures.score_peer_cases`. A missing file raises
    FileNotFoundError naming it.
    """
    folder = Path(folder)
    return {name: json.loads((folder / rel).read_text(encoding="utf-8")) for name, rel in PEER_SUITE_FILES.items()}


def read_gold(path: str | Path) -> pd.DataFrame:
    """A hand-annotation file (tests/gold/quotes.csv or figures.csv) as written.

    Every column is text, empty cells stay empty strings ("" is a real unit
    or qualifier), except the numbers (start, end, value, low, high, period),
    which are floats with NaN where the cell is empty.
    """
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("start", "end", "value", "low", "high", "period"):
        if col in gold:
            gold[col] = pd.to_numeric(gold[col].replace("", float("nan")))
    return gold


def read_jsonl(path: str | Path) -> list[dict]:
    """One dict per non-empty line of a JSON Lines file (e.g. PolNeAR's polnear_dev.jsonl)."""
    path = Path(path)
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: not JSON Lines ({exc})") from exc
