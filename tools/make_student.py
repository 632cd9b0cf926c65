"""Write the student edition of the notebooks: solutions removed, checks kept.

    python tools/make_student.py --out student notebooks/*.ipynb

The edition goes beside notebooks/ (default student/), so that the paths the notebooks use (../seeds,
../tests/gold, ../../shared) still resolve when a student runs it.

Cells tagged ``solution`` are dropped: in the teacher edition each solution is a markdown cell that folds the
worked code (and, for interpretive questions, a model answer) in a ``<details>`` block, followed by the hidden
code cell that runs it.
The outputs of the exercise cells
(``answer`` and ``check``) are cleared, so a student sees the check's hint
only after running it; every other output is kept so the notebook still
reads like the rendered one. The committed notebooks are never modified.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

EXERCISE_TAGS = {"answer", "check"}


def student_edition(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of ``nb`` without solution cells and with exercise outputs cleared."""
    nb = nbformat.from_dict(nb)  # deep copy
    cells = []
    for cell in nb.cells:
        tags = set(cell.metadata.get("tags", []))
        if "solution" in tags:
            continue
        if cell.cell_type == "code" and tags & EXERCISE_TAGS:
            cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    nb.cells = cells
    return nb


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("student"))
    ap.add_argument("notebooks", nargs="+", type=Path)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in args.notebooks:
        nb = nbformat.read(path, as_version=4)
        removed = sum("solution" in c.metadata.get("tags", []) for c in nb.cells)
        nbformat.write(student_edition(nb), args.out / path.name)
        print(f"{args.out / path.name}: {removed} solution cell(s) removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
