"""Feedback for the notebook exercises.

Each exercise in a notebook has four cells, tagged in cell metadata:

``exercise`` (markdown)
    the task, graded ☼ easy, ◑ medium or ★ hard;
``answer`` (code)
    where the student writes; it starts as ``answer = None``;
``solution`` (code)
    the worked solution (removed from the student edition by ``make student``);
``check`` (code)
    one call to a function from ``lib.exercises.<notebook>``, which prints
    ``✔ …`` when the answer is right and ``✘ Not yet. Hint: …`` when it is not.
    It never raises, so a student sees a hint, not a traceback.

Check functions are built from :func:`run_checks`:

>>> run_checks(None, [(lambda a: a == 3, "count again")])
✘ Not yet. Hint: assign your result to `answer` (it is still None).
>>> run_checks(3, [(lambda a: isinstance(a, int), "give a whole number"),
...                (lambda a: a == 3, "count again")], success="3 it is.")
✔ 3 it is.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["run_checks", "passed", "failed", "close"]

PASS = "✔"
FAIL = "✘ Not yet. Hint:"


def passed(message: str = "Correct.") -> None:
    print(f"{PASS} {message}")


def failed(hint: str) -> None:
    print(f"{FAIL} {hint}")


def close(a: float, b: float, tol: float = 1e-6) -> bool:
    """True when two numbers agree within ``tol`` (absolute)."""
    return abs(float(a) - float(b)) <= tol


def run_checks(
    answer: Any,
    checks: Iterable[tuple[Callable[[Any], bool], str]],
    success: str = "Correct.",
    name: str = "answer",
) -> None:
    """Apply ``(predicate, hint)`` pairs in order; print the first failing hint.

    A predicate that raises counts as failing, so a wrong type of answer gets
    the hint rather than a traceback.
    """
    if answer is None or answer is Ellipsis:
        failed(f"assign your result to `{name}` (it is still {answer!r}).")
        return
    for predicate, hint in checks:
        try:
            ok = bool(predicate(answer))
        except Exception:  # noqa: BLE001 - any error in a student's answer is a hint, not a crash
            ok = False
        if not ok:
            failed(hint)
            return
    passed(success)
