"""Who said what on BBC articles nobody tuned on: score lib.quotes against tests/gold/quotes_bbc.csv.

    .venv/bin/python -m bench.quotes_bbc [BBC_DIR] [--misses HALF]

The gold (40 articles, read by two readers each; tests/gold/README.md) has a tune half and a report
half: rules are developed on tune; report is the number to quote. Prints, per half, quote precision,
recall and F1 (over 30% of the gold quote's characters covered), speaker accuracy, mention overlap
and the share of found quotes left without a source. --misses lists the wrong speakers of a half.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from lib.corpus import load_article
from lib.evaluation.speakers import score_speakers
from lib.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc"
GOLD = ROOT / "tests" / "gold" / "quotes_bbc.csv"


def read_speaker_gold(path: Path = GOLD) -> pd.DataFrame:
    """The BBC quote gold, offsets as ints (-1 where a quote has no mention)."""
    gold = pd.read_csv(path, dtype={"speaker": str, "mention": str, "note": str}, keep_default_na=False)
    for col in ("mention_start", "mention_end"):
        gold[col] = pd.to_numeric(gold[col], errors="coerce").fillna(-1).astype(int)
    return gold


def main(argv: list[str]) -> int:
    misses = argv[argv.index("--misses") + 1] if "--misses" in argv else None
    args = [a for a in argv if not a.startswith("--") and a != misses]
    root = Path(args[0]) if args else DEFAULT
    gold = read_speaker_gold()
    corpus = pd.DataFrame([load_article(root / f"{d}.txt", root) for d in sorted(set(gold["doc_id"]))])
    pred = extract_quotes(corpus)
    halves = {h: {h} for h in gold["half"].drop_duplicates()}
    held_out = sorted(h for h in halves if h.startswith("report"))
    halves["+".join(held_out)] = set(held_out)
    for half, names in halves.items():
        g = gold[gold["half"].isin(names)]
        summary, table = score_speakers(pred[pred["doc_id"].isin(set(g["doc_id"]))], g)
        print(f"# {half}: {g['doc_id'].nunique()} articles")
        for key, value in summary.items():
            print(f"{key:12s} {value:.3f}" if isinstance(value, float) else f"{key:12s} {value}")
        if half == misses:
            bad = table[table["found"] & ~table["speaker_ok"] & (table["gold_speaker"] != "")]
            print(bad[["doc_id", "start", "kind", "gold_speaker", "speaker"]].to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
