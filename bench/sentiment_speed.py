"""Speed of lib.sentiment.score_texts against vaderSentiment's own analyzer.

    .venv/bin/python bench/sentiment_speed.py [--corpus ../shared/corpora/bbc] [--repeat 5]

Loads the corpus with lib.corpus.load_corpus, splits it with
lib.text.sentences and times, on the same sentences and in the same
process:

* vaderSentiment's SentimentIntensityAnalyzer().polarity_scores, one call
  per sentence (the reference);
* NLTK's port of VADER (same lexicon, read from the vaderSentiment package);
* lib.sentiment.score_texts on the whole list (VADER port + pattern lexicon,
  the score the notebooks use), and its two ingredients on their own (each
  then prepares the text itself, so the two add up to more than the whole).

Every analyzer and lexicon is loaded before the clock starts. The scorers
take turns within each round (so drift in machine load hits all alike) and
the best of --repeat rounds counts. score_texts scores a repeated sentence
once, so the comparison is made twice: on all sentences, and on the
distinct sentences only (where that cache cannot help). Prints
sentences/second side by side and the ratio to the reference (> 1 means
faster than the reference).
"""
from __future__ import annotations

import argparse
import platform
import sys
import time
import warnings
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from lib import sentiment as S
    from lib.corpus import load_corpus
    from lib.text import sentences
    from sentiment_eval import nltk_vader  # beside this file, so on sys.path when it runs as a script

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(args.corpus)
    sents = list(sentences(corpus)["sentence"])
    distinct = list(dict.fromkeys(sents))
    print(f"{args.corpus}: {len(corpus)} articles, {len(sents)} sentences ({len(distinct)} distinct); "
          f"Python {platform.python_version()}, best of {args.repeat} rounds")

    reference = SentimentIntensityAnalyzer()
    nltk_ref = nltk_vader()
    S.score_texts(["warm up the lexicons: good, great, like"])  # loads both lexicons

    scorers = {
        "vaderSentiment polarity_scores (reference)": lambda xs: [reference.polarity_scores(t) for t in xs],
        "NLTK's VADER port": (lambda xs: [nltk_ref.polarity_scores(t) for t in xs]) if nltk_ref else None,
        "lib.sentiment.score_texts": S.score_texts,
        "  VADER part alone (names, like)": lambda xs: [S.vader_scores(S.normalize_quotes(t), names=True,
                                                                            like=True) for t in xs],
        "  pattern part alone (names, quantities)": lambda xs: [S.pattern_polarity(t, names=True, quantities=True)
                                                               for t in xs],
    }
    scorers = {k: v for k, v in scorers.items() if v is not None}
    runs = [("all sentences", sents, list(scorers)),
            ("distinct sentences only", distinct, [next(iter(scorers)), "lib.sentiment.score_texts"])]
    verdict = None
    for title, texts, names in runs:
        best = {k: float("inf") for k in names}
        for _ in range(args.repeat):
            for k in names:
                best[k] = min(best[k], timed(partial(scorers[k], texts)))
        ref = best[names[0]]
        print(f"\n{title} ({len(texts)}):")
        print(f"{'scorer':<46}{'seconds':>9}{'sentences/s':>13}{'vs reference':>14}")
        for k in names:
            print(f"{k:<46}{best[k]:>9.2f}{len(texts) / best[k]:>13,.0f}{ref / best[k]:>13.2f}x")
        ratio = ref / best["lib.sentiment.score_texts"]
        verdict = ratio if verdict is None else min(verdict, ratio)
    print(f"\nscore_texts is at least {verdict:.2f}x the reference's speed (goal: at least 1.00x): "
          f"{'OK' if verdict >= 1 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
