"""Write the student edition of the notebooks: solutions removed, checks kept.

    python tools/make_student.py --out build/student notebooks/*.ipynb

The edition runs where it is written (default build/student/): when that folder is not beside
notebooks/, a first code cell moves the kernel into the notebooks' folder, so that the paths the
notebooks use (../seeds, ../tests/gold, ../../shared) resolve as they do for the teacher edition.

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
import os
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


def with_working_folder(nb: nbformat.NotebookNode, out: Path, source: Path) -> nbformat.NotebookNode:
    """``nb`` with a first code cell that moves the kernel into ``source``'s folder, when ``out`` is not a
    folder beside it (its relative paths then resolve from ``out`` as from the source folder)."""
    out, folder = out.resolve(), source.resolve().parent
    if out.parent == folder.parent:
        return nb
    rel = Path(os.path.relpath(folder, out)).as_posix()
    cell = nbformat.v4.new_code_cell(
        "# This edition was written outside notebooks/: work from there, so that ../seeds and the other\n"
        f"# relative paths of the course resolve.\nimport os\n\nos.chdir({rel!r})")
    cell.metadata["tags"] = ["setup"]
    cell.id = "student-working-folder"
    nb.cells.insert(0, cell)
    return nb


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("build/student"))
    ap.add_argument("notebooks", nargs="+", type=Path)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in args.notebooks:
        nb = nbformat.read(path, as_version=4)
        removed = sum("solution" in c.metadata.get("tags", []) for c in nb.cells)
        nbformat.write(with_working_folder(student_edition(nb), args.out, path), args.out / path.name)
        print(f"{args.out / path.name}: {removed} solution cell(s) removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
