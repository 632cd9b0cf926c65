"""Command line: run the analyses without Jupyter.

    python -m lib analyze CORPUS_DIR --out OUT_DIR [--engine local|dask] [--workers N] [--format csv|parquet|both]
    python -m lib sweep CORPUS_DIR

``analyze`` writes articles.csv, sentences.csv (with sentiment), mentions.csv,
quotes.csv, figures.csv, comparison.csv and documents.csv into OUT_DIR
(``--format parquet``: the same tables as .parquet files, read with pandas.read_parquet;
``both``: both), prints the key findings, and shows a progress bar on stderr. ``sweep`` runs
the per-article analyses on every file on its own and lists any that raised.
Exit status: 0 on success, 1 when a sweep found failures, 2 on bad input.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
import warnings
from pathlib import Path

from lib import corpus as corpus_mod


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=not enabled, leave=False)


def cmd_analyze(args) -> int:
    from lib.findings import key_findings
    from lib.pipeline import TABLES, write_analysis, write_parquet

    root, files = corpus_mod.list_files(args.corpus, args.pattern)
    aliases = corpus_mod.load_aliases(args.aliases) if args.aliases else None
    t0 = time.perf_counter()
    with _progress_bar(len(files), enabled=not args.quiet and len(files) >= 50) as bar:
        # the tables are written as the batches come in, so that memory does not grow with the corpus
        results = write_analysis(args.corpus, args.out, engine=args.engine, workers=args.workers, aliases=aliases,
                                 scheduler=args.scheduler, pattern=args.pattern, progress=bar.update)
    if args.format != "csv":
        write_parquet(args.out, TABLES, keep_csv=args.format == "both")
    seconds = time.perf_counter() - t0
    print(f"Analysed {root} with the {args.engine} engine in {seconds:.1f} s; tables in {args.out}/"
          + ("" if args.format == "csv" else f" ({args.format})"))
    for line in key_findings(results):
        print("-", line)
    return 0


def cmd_sweep(args) -> int:
    from lib.pipeline import analyze_articles

    root, files = corpus_mod.list_files(args.corpus, args.pattern)
    failures = []
    with _progress_bar(len(files), enabled=not args.quiet) as bar:
        for file in files:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", corpus_mod.CorpusWarning)
                    row = corpus_mod.load_article(file, root)
                if row is not None:
                    analyze_articles([row])
            except Exception as exc:  # noqa: BLE001 - the sweep reports every failure
                failures.append((file, exc, traceback.format_exc(limit=-2)))
            bar.update(1)
    for file, exc, tb in failures:
        print(f"FAILED {file}: {type(exc).__name__}: {exc}\n{tb}")
    print(f"sweep: {len(files)} file(s), {len(failures)} failed")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m lib", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="run every analysis and write CSV tables")
    a.add_argument("corpus", type=Path, help="folder of .txt articles (or one file)")
    a.add_argument("--out", type=Path, required=True, help="folder for the CSV tables")
    a.add_argument("--engine", choices=["local", "dask"], default="local")
    a.add_argument("--workers", type=int, default=None,
                   help="processes: local engine, default all cores when there are more than 200 "
                        "articles (1 = this process only); Dask, default 2")
    a.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler")
    a.add_argument("--format", choices=["csv", "parquet", "both"], default="csv",
                   help="write the tables as CSV (default), Parquet (pyarrow), or both")
    a.add_argument("--aliases", type=Path, default=None, help="alias CSV (default: CORPUS/people.csv)")
    s = sub.add_parser("sweep", help="run each article on its own and report any that fail")
    s.add_argument("corpus", type=Path)
    for p in (a, s):
        p.add_argument("--pattern", default="**/*.txt", help="file pattern (default **/*.txt)")
        p.add_argument("--quiet", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        # "warning: <file>: <problem>", without the line of lib that raised it
        print(f"warning: {message}", file=sys.stderr if file is None else file)

    try:
        with warnings.catch_warnings():
            warnings.showwarning = show
            return cmd_analyze(args) if args.command == "analyze" else cmd_sweep(args)
    except (FileNotFoundError, corpus_mod.CorpusError, NotADirectoryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
