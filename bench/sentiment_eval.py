"""Validity of lib.sentiment against human ratings (Pearson r), step by step.

    .venv/bin/python bench/sentiment_eval.py [--dev ../shared/sentiment-dev] [--boot 1000]

Reads every *_GroundTruth.txt file in --dev (id, mean human rating, text;
tab-separated) and reports, per file, Pearson r between the mean human
rating and each scorer:

  vader_ref      vaderSentiment 3.3.2's own analyzer on the raw text (the reference)
  vader_nltk     NLTK's port of VADER (same lexicon, read from the vaderSentiment package)
  textblob_ref   TextBlob's PatternAnalyzer polarity on the raw text
  vader          our VADER port, typographic quote marks normalised
  +names         ... and words inside multi-word capitalised names skipped
  +like          ... and "like" skipped where it is not the verb
  +news          ... and the news corrections of lib/data/news_valence.csv (= score_texts' vader)
  pattern        our pattern-lexicon scorer, quote marks normalised
  +names         ... and name words skipped
  +quantities    ... and QUANTITY_WORDS ("more", "first" ...) skipped, news corrections applied
                 (= score_texts' pattern)
  mean_plain     (vader + pattern) / 2, quote marks only: the combination without the news steps
  score_texts    what the notebooks use: (vader+names+like+news + pattern+names+quantities) / 2

Then the difference r(score_texts) - r(vader_ref) with a paired bootstrap
95% interval (--boot resamples of the sentences, fixed seed), and how often
our VADER port differs from the reference on the raw text (should be 0),
NLTK's port from the reference, and our pattern scorer from TextBlob's.
These files are review snippets, not news: use them to check that a change
does not hurt, not to tune weights or word lists.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from lib.evaluation.sentiment import read_review_gold

ROOT = Path(__file__).resolve().parents[1]


def read_gold(path: Path) -> tuple[list[str], np.ndarray]:
    gold = read_review_gold(path)
    return list(gold["sentence"]), gold["rating"].to_numpy()


def pearson(x, y) -> float:
    x = np.asarray(x, dtype=float)
    return float(np.corrcoef(x, y)[0, 1])


def _rows_r(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Pearson r of each row of x with the same row of y."""
    x = x - x.mean(axis=1, keepdims=True)
    y = y - y.mean(axis=1, keepdims=True)
    return (x * y).sum(axis=1) / np.sqrt((x * x).sum(axis=1) * (y * y).sum(axis=1))


def bootstrap_diff(a, b, y, n_boot: int, seed: int = 0) -> tuple[float, float]:
    """95% interval of r(a, y) - r(b, y) over paired resamples of the sentences."""
    a, b, y = (np.asarray(v, dtype=float) for v in (a, b, y))
    rng = np.random.default_rng(seed)
    diffs = []
    for start in range(0, n_boot, 100):  # in chunks, to bound memory
        idx = rng.integers(0, len(y), size=(min(100, n_boot - start), len(y)))
        diffs.append(_rows_r(a[idx], y[idx]) - _rows_r(b[idx], y[idx]))
    d = np.concatenate(diffs)
    return float(np.quantile(d, 0.025)), float(np.quantile(d, 0.975))


def nltk_vader():
    """NLTK's VADER port with the lexicon shipped in vaderSentiment (no download), or None."""
    try:
        import nltk
        import vaderSentiment

        folder = str(Path(vaderSentiment.__file__).parent)
        if folder not in nltk.data.path:
            nltk.data.path.append(folder)
        from nltk.sentiment.vader import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    except Exception as exc:  # NLTK missing or changed: leave its column out
        print(f"(NLTK's VADER port not available: {exc})")
        return None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "sentiment-dev")
    ap.add_argument("--boot", type=int, default=1000, help="bootstrap resamples (0: none)")
    args = ap.parse_args(argv)

    from textblob.en import sentiment as textblob_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from lib import sentiment as S

    ref = SentimentIntensityAnalyzer()
    nltk_ref = nltk_vader()
    files = sorted(args.dev.glob("*_GroundTruth.txt"))
    if not files:
        print(f"no *_GroundTruth.txt files in {args.dev}")
        return 2
    names = ["vader_ref", "vader_nltk", "textblob_ref", "vader", "+names", "+like",
             "+news", "pattern", "+names", "+quantities", "mean_plain", "score_texts"]
    print(f"Pearson r with the mean human rating\n{'file':<22}{'n':>6}" + "".join(f"{n:>13}" for n in names))
    for f in files:
        texts, y = read_gold(f)
        clean = [S.normalize_quotes(t) for t in texts]
        v_ref = [ref.polarity_scores(t) for t in texts]
        vr = np.array([d["compound"] for d in v_ref])
        port_raw = [S.vader_scores(t) for t in texts]
        mismatches = sum((d["neg"], d["neu"], d["pos"], d["compound"]) != p for d, p in zip(v_ref, port_raw))
        if nltk_ref is not None:
            vn_ref = np.array([nltk_ref.polarity_scores(t)["compound"] for t in texts])
            nltk_diff = int(np.sum(np.abs(vn_ref - vr) > 1e-4))
        else:
            vn_ref, nltk_diff = np.full(len(texts), np.nan), -1
        tb = np.array([textblob_sentiment(t)[0] for t in texts])
        v = np.array([S.vader_scores(t)[3] for t in clean])
        vn = np.array([S.vader_scores(t, names=True)[3] for t in clean])
        vl = np.array([S.vader_scores(t, names=True, like=True)[3] for t in clean])
        vw = np.array([S.vader_scores(t, names=True, like=True, news=True)[3] for t in clean])
        p = np.array([S.pattern_polarity(t)[0] for t in clean])
        pn = np.array([S.pattern_polarity(t, names=True)[0] for t in clean])
        pq = np.array([S.pattern_polarity(t, names=True, quantities=True)[0] for t in clean])
        scores = S.score_texts(texts)
        ours = scores["compound"].to_numpy()
        # score_texts is exactly its two columns' mean, and those are the last step of each scorer
        assert np.allclose(scores["vader"], vw) and np.allclose(scores["pattern"], pq)
        cols = [vr, vn_ref, tb, v, vn, vl, vw, p, pn, pq, (v + p) / 2, ours]
        rs = [pearson(c, y) if not np.isnan(c).all() else float("nan") for c in cols]
        label = f.name.replace("_GroundTruth.txt", "")[:21]
        print(f"{label:<22}{len(texts):>6}" + "".join(f"{r:>13.4f}" for r in rs))
        diff = rs[-1] - rs[0]
        interval = ""
        if args.boot:
            lo, hi = bootstrap_diff(ours, vr, y, args.boot)
            interval = f", 95% bootstrap interval {lo:+.4f} .. {hi:+.4f}"
        print(f"{'':<28}score_texts - vader_ref: {diff:+.4f}{interval} "
              f"({'OK' if diff >= 0 else 'WORSE THAN THE REFERENCE'})")
        pat_diff = int(np.sum(np.abs(np.round(tb, 4) - p) > 1e-3))
        print(f"{'':<28}our VADER port vs reference on raw text: {mismatches} of {len(texts)} differ; "
              f"NLTK's port vs reference: {nltk_diff} differ; our pattern vs TextBlob: {pat_diff} differ (> 0.001)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
