"""Validity of lib.sentiment against human ratings (Pearson r), variant by variant.

    .venv/bin/python bench/sentiment_eval.py [--dev ../shared/sentiment-dev]

Reads every *_GroundTruth.txt file in --dev (id, mean human rating, text;
tab-separated) and reports, per file, Pearson r between the mean human
rating and each scorer:

  vader_ref        vaderSentiment's own analyzer on the raw text (the reference)
  textblob_ref     TextBlob's PatternAnalyzer polarity on the raw text
  vader            our VADER port, quote marks normalised
  vader+names      ... and words inside multi-word capitalised names skipped
  pattern          our pattern-lexicon scorer, quote marks normalised
  pattern+names    ... and name words skipped
  mean             (vader + pattern) / 2
  mean_known       like mean, but a scorer that knows no word of the text is left out
  score_texts      what the notebooks use: (vader+names + pattern+names) / 2

Also: how often our VADER port differs from the reference on the raw text
(should be 0) and how often our pattern scorer differs from TextBlob's.
These files are review snippets, not news: use them to check that a change
does not hurt, not to tune weights.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def read_gold(path: Path) -> tuple[list[str], np.ndarray]:
    texts, ratings = [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[1].strip():
            ratings.append(float(parts[1]))
            texts.append(parts[2])
    return texts, np.array(ratings)


def pearson(x, y) -> float:
    x = np.asarray(x, dtype=float)
    return float(np.corrcoef(x, y)[0, 1])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "sentiment-dev")
    args = ap.parse_args(argv)

    from textblob.en import sentiment as textblob_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from lib import sentiment as S

    ref = SentimentIntensityAnalyzer()
    files = sorted(args.dev.glob("*_GroundTruth.txt"))
    if not files:
        print(f"no *_GroundTruth.txt files in {args.dev}")
        return 2
    names = ["vader_ref", "textblob_ref", "vader", "vader+names", "pattern", "pattern+names",
             "mean", "mean_known", "score_texts"]
    print(f"{'file':<40}{'n':>7}" + "".join(f"{n:>14}" for n in names))
    for f in files:
        texts, y = read_gold(f)
        clean = [S.normalize_quotes(t) for t in texts]
        v_ref = [ref.polarity_scores(t) for t in texts]
        port_raw = [S.vader_scores(t) for t in texts]
        mismatches = sum((d["neg"], d["neu"], d["pos"], d["compound"]) != p for d, p in zip(v_ref, port_raw))
        tb = np.array([textblob_sentiment(t)[0] for t in texts])
        v = [S.vader_scores(t) for t in clean]
        vn = np.array([S.vader_scores(t, names=True)[3] for t in clean])
        p = [S.pattern_polarity(t) for t in clean]
        pn = np.array([S.pattern_polarity(t, names=True)[0] for t in clean])
        vc = np.array([x[3] for x in v])
        pc = np.array([x[0] for x in p])
        v_known = np.array([x[1] < 1.0 for x in v])  # VADER found a lexicon word with non-zero valence
        p_known = np.array([x[2] > 0 for x in p])
        both = v_known & p_known
        mean_known = np.where(both, (vc + pc) / 2, np.where(v_known, vc, pc))
        ours = S.score_texts(texts)["compound"].to_numpy()
        cols = [[d["compound"] for d in v_ref], tb, vc, vn, pc, pn, (vc + pc) / 2, mean_known, ours]
        print(f"{f.name[:39]:<40}{len(texts):>7}" + "".join(f"{pearson(c, y):>14.4f}" for c in cols))
        pat_diff = int(np.sum(np.abs(np.round(tb, 4) - pc) > 1e-3))
        print(f"{'':<40}VADER port vs reference on raw text: {mismatches} of {len(texts)} differ; "
              f"our pattern vs TextBlob: {pat_diff} differ by more than 0.001")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
