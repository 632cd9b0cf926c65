"""Sentiment against people's ratings of news sentences (tests/gold/news_sentiment.csv).

The gold keeps where each sentence is (doc_id, start, end in the BBC corpus's
article texts) and two readers' ratings on VADER's -4..+4 scale, never the
text, which stays in the corpus folder. Half of the sentences (``split``
"tune") may be looked at while changing the scorer; the other half
("report") gives the number that is reported.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["read_news_gold", "rater_agreement", "evaluate_news", "bootstrap_r", "read_review_gold", "evaluate_reviews"]


def read_news_gold(path: str | Path, corpus: pd.DataFrame) -> pd.DataFrame:
    """The rated sentences with their text from ``corpus`` (doc_id, text) and the mean rating.

    Columns: id, doc_id, start, end, rater_a, rater_b, split, sentence, rating
    (the mean of the two readers). A sentence whose article is not in
    ``corpus`` raises a ValueError naming it.
    """
    gold = pd.read_csv(path, comment="#")
    text = dict(zip(corpus["doc_id"], corpus["text"], strict=True))
    missing = sorted(set(gold["doc_id"]) - set(text))
    if missing:
        raise ValueError(f"{path}: {len(missing)} rated article(s) are not in the corpus, e.g. {missing[0]}")
    gold["sentence"] = [text[d][s:e] for d, s, e in zip(gold["doc_id"], gold["start"], gold["end"], strict=True)]
    gold["rating"] = (gold["rater_a"] + gold["rater_b"]) / 2
    return gold


def rater_agreement(gold: pd.DataFrame) -> dict[str, float]:
    """How alike the two readers rated: Pearson r, the share of equal ratings and of ratings one apart."""
    a, b = gold["rater_a"].to_numpy(float), gold["rater_b"].to_numpy(float)
    return {"pearson_r": round(float(np.corrcoef(a, b)[0, 1]), 4), "equal": round(float(np.mean(a == b)), 4),
            "within_one": round(float(np.mean(np.abs(a - b) <= 1)), 4), "n": len(gold)}


def evaluate_news(gold: pd.DataFrame, scorers: dict[str, Callable[[Sequence[str]], Sequence[float]]]) -> pd.DataFrame:
    """Pearson r between each scorer and the mean rating, per split and on all sentences.

    >>> g = pd.DataFrame({"sentence": ["Good.", "Bad.", "Fine.", "Awful."], "rating": [2, -2, 1, -3],
    ...                   "split": ["tune", "tune", "report", "report"]})
    >>> evaluate_news(g, {"len": lambda ts: [len(t) for t in ts]})["report"].tolist()
    [-1.0]
    """
    rows = []
    for name, score in scorers.items():
        x = np.asarray(score(list(gold["sentence"])), dtype=float)
        row = {"scorer": name}
        for split in ("tune", "report"):
            keep = (gold["split"] == split).to_numpy()
            row[split] = round(float(np.corrcoef(x[keep], gold["rating"].to_numpy(float)[keep])[0, 1]), 4)
        row["all"] = round(float(np.corrcoef(x, gold["rating"].to_numpy(float))[0, 1]), 4)
        rows.append(row)
    return pd.DataFrame(rows, columns=["scorer", "tune", "report", "all"])


def bootstrap_r(x: Sequence[float], y: Sequence[float], n: int = 1000, seed: int = 0) -> tuple[float, float]:
    """A 95% bootstrap interval of Pearson r between ``x`` and ``y`` (resampling pairs, fixed seed)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(n, len(x)))
    rs = [np.corrcoef(x[i], y[i])[0, 1] for i in idx]
    return round(float(np.percentile(rs, 2.5)), 4), round(float(np.percentile(rs, 97.5)), 4)


def read_review_gold(path: str | Path) -> pd.DataFrame:
    """One of VADER's rated review files (``*_GroundTruth.txt``: id, mean rating, text, tab-separated):
    columns sentence, rating. Lines without a rating are skipped.

    The files are not part of the project; ``../shared/sentiment-dev`` holds them beside it.
    """
    rows = []
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[1].strip():
            rows.append((parts[2], float(parts[1])))
    return pd.DataFrame(rows, columns=["sentence", "rating"])


def evaluate_reviews(folder: str | Path,
                     scorers: dict[str, Callable[[Sequence[str]], Sequence[float]]]) -> pd.DataFrame:
    """Pearson r between each scorer and the mean rating on every ``*_GroundTruth.txt`` file of ``folder``:
    one row per file (set, sentences, one column per scorer); no rows when the folder has none."""
    rows = []
    for f in sorted(Path(folder).glob("*_GroundTruth.txt")):
        rated = read_review_gold(f)
        rows.append({"set": f.name.split("_")[0], "sentences": len(rated),
                     **{name: round(pd.Series(list(score(list(rated["sentence"])))).corr(rated["rating"]), 4)
                        for name, score in scorers.items()}})
    return pd.DataFrame(rows)
