"""Run every notebook on another folder of articles, leaving the committed notebooks untouched.

    python tools/run_on_corpus.py --corpus path/to/articles --out path/to/site notebooks/*.ipynb

Executed copies go to OUT/notebooks/, the tables of `python -m lib analyze` to OUT/tables/, and
the HTML site (tools/build_site.py: Jupyter Book, with a page per article and per quoted person) to OUT/. The notebooks
receive the corpus folder through their `parameters` cell (papermill), and
run in the notebooks' own folder (papermill's --cwd), so their relative
paths (../tests/gold, ../lib) resolve as in the committed notebooks.

Progress goes to stderr: a tqdm bar over the cells of each notebook, and a
tqdm bar over the articles while the tables and the landing page's key
findings are computed. A notebook that fails is kept (with its error) and reported; the
others still run, the site is still built, and the exit status is 1.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import papermill as pm
from tqdm import tqdm

# build_site sits beside this file: Python puts the script's folder first on sys.path (and the tests
# put tools/ there through pytest's pythonpath setting). lib is installed (`-e .` in requirements.txt).
import build_site
from lib.corpus import CorpusError, list_files, load_corpus
from run_notebooks import coalesce_streams


def findings_with_progress(corpus: Path, n_files: int, tables: Path) -> list[str]:
    """Analyse the corpus into ``tables`` (the CSV files of ``python -m lib analyze``, which the
    article and person pages are made from) with a tqdm bar over the articles; returns the landing
    page's key findings."""
    from lib.findings import key_findings

    with tqdm(total=n_files, unit="article", desc="Key findings and tables", file=sys.stderr,
              disable=n_files < 2, leave=True) as bar:
        results = build_site.analyse(corpus, tables, progress=bar.update)
    return key_findings(results)


def drop_timings(path: Path) -> None:
    """Remove papermill's clock times and random cell id from an executed copy, and join its printed
    text as tools/run_notebooks.py does, so that a re-run writes the same bytes."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for meta in [nb.metadata.get("papermill", {})] + [c.metadata.get("papermill", {}) for c in nb.cells]:
        for key in ("start_time", "end_time", "duration"):
            meta.pop(key, None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = coalesce_streams(cell.outputs)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--jobs", type=int, default=None, help="processes for the site builder (default 1)")
    ap.add_argument("notebooks", nargs="+", type=Path)
    args = ap.parse_args(argv)

    corpus = args.corpus.resolve()
    try:
        _, files = list_files(corpus)
        # Read every article once before any notebook runs, so that a file the loader
        # cannot read stops the run here with one message naming it (its warnings,
        # such as a file read as cp1252 or an empty file skipped, are shown once too).
        if not len(load_corpus(corpus)):
            raise CorpusError(f"no article with a body in {args.corpus}")
    except (FileNotFoundError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = args.out.resolve()
    executed_dir = out / "notebooks"
    for nb in args.notebooks:
        if (executed_dir / nb.name).resolve() == nb.resolve():
            print("error: OUT/notebooks must not be the folder of the committed notebooks", file=sys.stderr)
            return 2
    print(f"{len(files)} article file(s) in {args.corpus}", flush=True)
    executed_dir.mkdir(parents=True, exist_ok=True)
    executed, failed = [], []
    for i, nb in enumerate(args.notebooks, 1):
        target = executed_dir / nb.name
        print(f"[{i}/{len(args.notebooks)}] executing {nb} on {args.corpus}", flush=True)
        t0 = time.perf_counter()
        try:
            pm.execute_notebook(
                str(nb),
                str(target),
                parameters={"CORPUS": str(corpus)},
                cwd=str(nb.resolve().parent),  # papermill --cwd: run where the notebook lives
                kernel_name="python3",
                progress_bar=True,  # tqdm, one step per cell, on stderr
            )
        except pm.PapermillExecutionError as exc:
            failed.append(f"{nb.name}, cell {exc.exec_count}: {exc.ename}: {exc.evalue}")
            print(f"    FAILED ({exc.ename}: {exc.evalue}); the executed copy shows the error",
                  file=sys.stderr, flush=True)
        else:
            print(f"    done in {time.perf_counter() - t0:.0f} s", flush=True)
        drop_timings(target)
        executed.append(target)
    findings = findings_with_progress(corpus, len(files), out / "tables")
    t0 = time.perf_counter()
    index = build_site.build(out, executed, corpus_label=str(args.corpus), findings=findings, corpus=corpus,
                             tables=out / "tables", jobs=args.jobs)
    print(f"site built in {time.perf_counter() - t0:.0f} s", flush=True)
    print(f"wrote {index}")
    if failed:
        print("these notebooks raised an error on this corpus:", file=sys.stderr)
        for f in failed:
            print("  " + f, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
