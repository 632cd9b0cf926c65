"""Speed of lib.sentiment.score_texts against vaderSentiment's own analyzer.

    .venv/bin/python bench/sentiment_speed.py [--corpus ../shared/corpora/bbc] [--repeat 3]

Loads the corpus with lib.corpus.load_corpus, splits it with
lib.text.sentences, and times, on the same sentences and in the same
process: vaderSentiment's SentimentIntensityAnalyzer().polarity_scores (the
reference, analyzer built inside the clock), score_texts (VADER port +
pattern lexicon, the score the notebooks use), and its two ingredients on
their own. Best of --repeat runs. Prints sentences/second side by side and
the ratio to the reference (> 1 means faster than the reference).
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from lib.corpus import load_corpus
    from lib.text import sentences
    from lib import sentiment as S

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(args.corpus)
    sents = list(sentences(corpus)["sentence"])
    n = len(sents)
    print(f"{args.corpus}: {len(corpus)} articles, {n} sentences ({len(set(sents))} distinct)")

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    def reference():
        an = SentimentIntensityAnalyzer()
        return [an.polarity_scores(s) for s in sents]

    def ours():
        return S.score_texts(sents)

    def vader_port():
        return [S.vader_scores(s) for s in sents]

    def pattern_only():
        return [S.pattern_polarity(s) for s in sents]

    S.score_texts(["warm up the lexicons"])  # lexicons load once per process, for both sides
    SentimentIntensityAnalyzer()
    rows = [
        ("vaderSentiment polarity_scores (reference)", best_of(reference, args.repeat)),
        ("lib.sentiment.score_texts", best_of(ours, args.repeat)),
        ("  of which: VADER port alone", best_of(vader_port, args.repeat)),
        ("  of which: pattern lexicon alone", best_of(pattern_only, args.repeat)),
    ]
    ref = rows[0][1]
    print(f"{'scorer':<46}{'seconds':>9}{'sentences/s':>13}{'vs reference':>14}")
    for name, t in rows:
        print(f"{name:<46}{t:>9.2f}{n / t:>13,.0f}{ref / t:>13.2f}x")
    ratio = ref / rows[1][1]
    print(f"score_texts is {ratio:.2f}x the reference's speed (goal: at least 1.00x): "
          f"{'OK' if ratio >= 1 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
