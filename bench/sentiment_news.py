"""Sentiment on news: Pearson r against two readers' ratings of 400 BBC sentences.

    .venv/bin/python bench/sentiment_news.py [--bbc ../shared/corpora/bbc] [--gold tests/gold/news_sentiment.csv]

Prints the readers' agreement, then r for vaderSentiment's own analyzer, our
faithful VADER port, and score_texts (with its news corrections), on the
"tune" half (looked at while writing lib/data/news_valence.csv), on the
"report" half (not looked at) and on all, with a bootstrap interval on the
report half. How the gold was made: tests/gold/README.md.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from lib.corpus import load_corpus
from lib.evaluation.sentiment import bootstrap_r, evaluate_news, rater_agreement, read_news_gold
from lib.sentiment import score_texts, vader_scores

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bbc", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold" / "news_sentiment.csv")
    args = ap.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(args.bbc)
    gold = read_news_gold(args.gold, corpus)
    print("readers' agreement:", rater_agreement(gold))
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    ref = SentimentIntensityAnalyzer()
    scorers = {
        "vaderSentiment": lambda ts: [ref.polarity_scores(t)["compound"] for t in ts],
        "vader (port, no news step)": lambda ts: [vader_scores(t, names=True, like=True)[3] for t in ts],
        "score_texts vader (news)": lambda ts: score_texts(ts)["vader"],
        "score_texts": lambda ts: score_texts(ts)["compound"],
    }
    table = evaluate_news(gold, scorers)
    print(table.to_string(index=False))
    report = gold[gold["split"] == "report"]
    lo, hi = bootstrap_r(score_texts(list(report["sentence"]))["compound"], report["rating"])
    print(f"score_texts on the report half: 95% bootstrap interval of r {lo:.3f} .. {hi:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
