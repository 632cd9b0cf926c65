"""Run every notebook on another folder of articles, leaving the committed notebooks untouched.

    python tools/run_on_corpus.py --corpus path/to/articles --out path/to/site notebooks/*.ipynb

Executed copies go to OUT/notebooks/, the HTML site to OUT/. The notebooks
receive the corpus folder through their `parameters` cell (papermill).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import papermill as pm

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_site  # noqa: E402
from lib.corpus import list_files  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("notebooks", nargs="+", type=Path)
    args = ap.parse_args(argv)

    corpus = args.corpus.resolve()
    try:
        _, files = list_files(corpus)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(files)} article file(s) in {args.corpus}")
    out = args.out.resolve()
    executed_dir = out / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    executed = []
    for nb in args.notebooks:
        target = executed_dir / nb.name
        if target.resolve() == nb.resolve():
            print("error: OUT must not be the notebooks folder", file=sys.stderr)
            return 2
        print(f"executing {nb} on {args.corpus}", flush=True)
        pm.execute_notebook(
            str(nb),
            str(target),
            parameters={"CORPUS": str(corpus)},
            cwd=str(nb.resolve().parent),
            kernel_name="python3",
            progress_bar=True,  # tqdm, one step per cell, on stderr
        )
        executed.append(target)
    index = build_site.build(out, executed, corpus_label=str(args.corpus),
                             findings=build_site.corpus_findings(corpus))
    print(f"wrote {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
