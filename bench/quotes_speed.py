"""How fast quote attribution runs: quotes_in over a whole folder, in one process on one core.

    .venv/bin/python bench/quotes_speed.py [../shared/corpora/bbc]

Loading is timed apart from attribution. Issue #4's goal: the whole BBC corpus
(2,225 articles) in under 10 s.
"""
from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

from lib.corpus import load_corpus
from lib.quotes import quotes_in

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the loader warns about the one latin-1 file
        corpus = load_corpus(path)
    t1 = time.perf_counter()
    n = speakers = 0
    for text in corpus["text"]:
        q = quotes_in(text)
        n += len(q)
        speakers += int(q["speaker"].notna().sum())
    t2 = time.perf_counter()
    print(f"{len(corpus)} articles loaded in {t1 - t0:.1f} s; {n} quotes ({speakers} with a speaker) "
          f"in {t2 - t1:.1f} s = {len(corpus) / (t2 - t1):.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
