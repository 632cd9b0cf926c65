"""The notebooks as documents: section order, exercises, student edition."""
import re

import nbformat
import pytest
from nbclient import NotebookClient

import make_student  # tools/ is on the tests' path (pyproject: pythonpath)
from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]


def tags(cell) -> set[str]:
    return set(cell.metadata.get("tags", []))


def text_of(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        out.append(o.get("text", "") or o.get("data", {}).get("text/plain", ""))
        if o.get("output_type") == "error":
            out.append("ERROR " + o.get("ename", ""))
    return "".join(out)


def exercises(nb) -> list[list]:
    """Groups of cells: each exercise from its `exercise` cell to its `check` cell."""
    groups, current = [], None
    for cell in nb.cells:
        t = tags(cell)
        if "exercise" in t:
            current = [cell]
            groups.append(current)
        elif current is not None and t & {"answer", "solution", "check"}:
            current.append(cell)
    return groups


def test_notebooks_exist():
    assert NOTEBOOKS and NOTEBOOKS[0].name == "00-corpus.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_sections_in_order(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and re.match(r"# \d\d · ", first.source)
    assert "**Aim.**" in first.source and "**Background.**" in first.source
    heads = [line for c in nb.cells if c.cell_type == "markdown"
             for line in c.source.splitlines() if line.startswith("## ")]
    order = [h for h in heads if h in ("## Practical", "## Discussion", "## Exercises")]
    assert order == ["## Practical", "## Discussion", "## Exercises"], heads
    params = [c for c in nb.cells if "parameters" in tags(c)]
    assert len(params) == 1 and 'CORPUS = "../seeds"' in params[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_exercises_are_complete_and_pass_in_teacher_edition(path):
    nb = nbformat.read(path, as_version=4)
    groups = exercises(nb)
    assert len(groups) >= 5, "every notebook ends with at least 5 exercises"
    grades = set()
    for group in groups:
        kinds = [sorted(tags(c) & {"exercise", "answer", "solution", "check"})[0] for c in group]
        assert kinds == ["exercise", "answer", "solution", "solution", "check"], kinds
        exercise, answer, folded, solution, check = group
        # the teacher edition folds the worked solution in <details>, and it is the code that runs
        assert folded.cell_type == "markdown" and folded.source.startswith("<details>")
        assert folded.source.rstrip().endswith("</details>") and f"```python\n{solution.source}\n```" in folded.source
        grades |= {g for g in "☼◑★" if g in exercise.source.splitlines()[0]}
        assert answer.source.lstrip().startswith("answer = None")
        assert "lib.exercises" in check.source or "check_" in check.source
        out = text_of(check)
        assert out.startswith("✔"), f"{path.name}: check failed in teacher edition: {out!r}"
    assert len(grades) >= 2, "exercises are graded ☼ ◑ ★"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_student_edition_gives_hints_not_tracebacks(path):
    # run where `make student` writes it: build/student/, whose first cell moves into notebooks/
    out = ROOT / "build" / "student"
    assert make_student.main(["--out", str(out), str(path)]) == 0
    nb = nbformat.read(out / path.name, as_version=4)
    assert not any("solution" in tags(c) for c in nb.cells)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(out)}}).execute()
    checks = [c for c in nb.cells if "check" in tags(c)]
    assert checks
    for cell in checks:
        out = text_of(cell)
        assert "ERROR" not in out and "Traceback" not in out
        assert out.startswith("✘ Not yet. Hint:") and out.count("\n") == 1, out


def test_make_student_writes_every_notebook_without_solutions(tmp_path, capsys):
    assert make_student.main(["--out", str(tmp_path)] + [str(p) for p in NOTEBOOKS]) == 0
    printed = capsys.readouterr().out
    for path in NOTEBOOKS:
        teacher = nbformat.read(path, as_version=4)
        student = nbformat.read(tmp_path / path.name, as_version=4)
        assert not any("solution" in tags(c) for c in student.cells)
        kept = [c for c in teacher.cells if "solution" not in tags(c)]
        # written away from notebooks/, the edition starts with a cell that moves into notebooks/
        assert "os.chdir(" in student.cells[0].source and tags(student.cells[0]) == {"setup"}
        student.cells = student.cells[1:]
        assert [c.source for c in student.cells] == [c.source for c in kept]
        for t, s in zip(kept, student.cells):
            if tags(s) & {"answer", "check"}:
                assert s.outputs == [] and s.execution_count is None  # the hint appears when run
            elif s.cell_type == "code":
                assert s.outputs == t.outputs  # the rest still reads like the rendered notebook
        n_solutions = sum("solution" in tags(c) for c in teacher.cells)
        assert f"{path.name}: {n_solutions} solution cell(s) removed" in printed
    # the committed notebooks keep their solutions
    assert all(any("solution" in tags(c) for c in nbformat.read(p, as_version=4).cells) for p in NOTEBOOKS)
