"""How quote attribution generalises: score lib.quotes on PolNeAR's dev split.

    .venv/bin/python bench/quotes_polnear.py [../shared/quotes-dev/polnear_dev.jsonl]

Prints, under two match rules (the first also with partial quotes nested in a reported clause counted as
attributions of their own), precision, recall, F1, recall for quotes with and without marks, and
the share of matched quotes whose speaker mention is PolNeAR's source.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from lib.evaluation.quotes import evaluate_polnear
from lib.evaluation.readers import read_jsonl

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "quotes-dev" / "polnear_dev.jsonl"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.exists():
        print(f"not found: {path}", file=sys.stderr)
        return 2
    records = read_jsonl(path)
    t0 = time.perf_counter()
    for label, kwargs in (("half of the shorter span overlaps", {}),
                          ("half of the shorter span overlaps, nested partial quotes counted apart",
                           {"outermost": False}),
                          ("over 30% of the gold characters overlap (Gender Gap Tracker), every row",
                           {"gold_share": 0.3, "outermost": False})):
        summary, _ = evaluate_polnear(records, **kwargs)
        print(f"# match rule: {label}")
        for key, value in summary.items():
            print(f"{key:16s} {value:.3f}" if isinstance(value, float) else f"{key:16s} {value}")
    print(f"{'seconds':16s} {time.perf_counter() - t0:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
