"""Who said what on BBC articles nobody tuned on: score lib.quotes against tests/gold/quotes_bbc.csv.

    .venv/bin/python -m bench.quotes_bbc [BBC_DIR] [--misses HALF]

The gold (99 articles, each read by two readers; tests/gold/README.md) has tune halves (tune, tune3),
on which rules may be developed, and report halves (report, report2), whose numbers are the ones to
quote. Prints, per half and for the report halves pooled (lib.evaluation.speakers.score_by_half), quote
precision, recall and F1 (over 30% of the gold quote's characters covered), speaker accuracy, mention
overlap and the share of found quotes left without a source. --misses lists the wrong speakers of a half.
"""
from __future__ import annotations

import sys
from pathlib import Path

from lib.evaluation.speakers import gold_articles, read_speaker_gold, score_by_half, score_speakers
from lib.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc"
GOLD = ROOT / "tests" / "gold" / "quotes_bbc.csv"


def main(argv: list[str]) -> int:
    misses = argv[argv.index("--misses") + 1] if "--misses" in argv else None
    args = [a for a in argv if not a.startswith("--") and a != misses]
    root = Path(args[0]) if args else DEFAULT
    gold = read_speaker_gold(GOLD)
    pred = extract_quotes(gold_articles(gold, root))
    print(score_by_half(pred, gold).round(3).to_string())
    if misses:
        g = gold[gold["half"] == misses]
        _, table = score_speakers(pred[pred["doc_id"].isin(set(g["doc_id"]))], g)
        bad = table[table["found"] & ~table["speaker_ok"] & (table["gold_speaker"] != "")]
        print(bad[["doc_id", "start", "kind", "gold_speaker", "speaker"]].to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
