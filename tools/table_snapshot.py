"""Save every table of the analyses on a few corpora, or compare the present code's tables with a saved set.

    .venv/bin/python tools/table_snapshot.py save  build/snapshot.pkl [--bbc DIR] [--polnear FILE]
    .venv/bin/python tools/table_snapshot.py check build/snapshot.pkl [--bbc DIR] [--polnear FILE]

For a change that must not change any result (a refactoring): save before, check after each step. The
corpora are the seeds, the texts of the PolNeAR dev file and the BBC folder (each skipped when missing);
the tables are those of ``lib.pipeline.analyze`` (one process) and, on the two smaller corpora,
``lib.people.mentions``, ``lib.quotes.extract_quotes`` and ``lib.figures.extract_figures``. ``check``
compares with ``pandas.testing.assert_frame_equal(check_exact=True)``, prints each table that differs,
and exits 1 when any does.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from lib.corpus import corpus_from_texts, load_corpus
from lib.figures import extract_figures
from lib.people import mentions
from lib.pipeline import analyze
from lib.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpora(bbc: Path, polnear: Path) -> Iterator[tuple[str, pd.DataFrame]]:
    """The corpora that are present: seeds, PolNeAR dev texts (one per article), BBC."""
    yield "seeds", load_corpus(ROOT / "seeds")
    if polnear.is_file():
        texts: dict[str, str] = {}
        for line in polnear.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.setdefault(record["article"], record["text"])
        yield "polnear", corpus_from_texts(texts)
    if bbc.is_dir():
        yield "bbc", load_corpus(bbc)


def tables(bbc: Path, polnear: Path) -> dict[str, pd.DataFrame]:
    """Every table, keyed "<corpus>/<table>"."""
    out: dict[str, pd.DataFrame] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, corpus in corpora(bbc, polnear):
            for table, frame in analyze(corpus, workers=1).items():
                out[f"{name}/{table}"] = frame
            if name != "bbc":
                out[f"{name}/mentions()"] = mentions(corpus)
                out[f"{name}/extract_quotes()"] = extract_quotes(corpus)
                out[f"{name}/extract_figures()"] = extract_figures(corpus)
    return out


def differing(now: dict[str, pd.DataFrame], saved: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    """(table, first lines of the difference) for each saved table that the present code changes."""
    out = []
    for key in sorted(set(now) & set(saved)):
        try:
            pd.testing.assert_frame_equal(now[key], saved[key], check_exact=True)
        except AssertionError as exc:
            out.append((key, str(exc)[:400]))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("path", type=Path)
    ap.add_argument("--bbc", type=Path, default=SHARED / "corpora" / "bbc")
    ap.add_argument("--polnear", type=Path, default=SHARED / "quotes-dev" / "polnear_dev.jsonl")
    args = ap.parse_args(argv)
    now = tables(args.bbc, args.polnear)
    if args.mode == "save":
        args.path.parent.mkdir(parents=True, exist_ok=True)
        with open(args.path, "wb") as fh:
            pickle.dump(now, fh)
        print(f"saved {len(now)} tables to {args.path}")
        return 0
    with open(args.path, "rb") as fh:
        saved = pickle.load(fh)
    diffs = differing(now, saved)
    for key, why in diffs:
        print(f"DIFFERS {key}: {why}")
    print(f"compared {len(set(now) & set(saved))} tables; {len(diffs)} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
