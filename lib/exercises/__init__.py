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

__all__ = ["run_checks", "passed", "failed", "close", "check_number", "check_one_of", "check_largest_share",
           "whole_number"]

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


def whole_number(a: Any) -> bool:
    """True for an int, or a float/NumPy number with no fractional part (not a bool)."""
    return not isinstance(a, bool) and hasattr(a, "__float__") and float(a).is_integer()


def check_number(answer: Any, want: float, how: str, success: str, tol: float | None = None) -> None:
    """A count (``tol`` None: a whole number equal to ``want``) or a measure within ``tol`` of it.

    >>> check_number(4, 3, "count the rows.", "3 rows.")
    ✘ Not yet. Hint: count the rows.
    >>> check_number(0.333, 1 / 3, "divide.", "A third.", tol=0.005)
    ✔ A third.
    """
    if tol is None:
        checks = [(whole_number, "give a whole number (an int)."), (lambda a: int(a) == want, how)]
    else:
        checks = [(lambda a: hasattr(a, "__float__"), "give a number."), (lambda a: close(a, want, tol), how)]
    run_checks(answer, checks, success=success)


def check_one_of(answer: Any, best: set, valid: set, what: str, how: str, success: str) -> None:
    """A string that must be one of ``best`` (the right answers, ties included) among ``valid`` ones.

    >>> check_one_of("b", {"a"}, {"a", "b"}, "doc_id", "sort by the score.", "a it is.")
    ✘ Not yet. Hint: sort by the score.
    """
    run_checks(answer, [
        (lambda a: isinstance(a, str), f"give the {what} as a string."),
        (lambda a: a in valid or a in best, f"that is not a {what} of this corpus; copy one from the table."),
        (lambda a: a in best, how),
    ], success=success)


def check_largest_share(answer: Any, flags, groups, min_n: int, what: str, empty: tuple[str, str], how: str,
                        success: str) -> None:
    """The group with the largest share of true ``flags`` among the groups (values of ``groups``, aligned
    with ``flags``) that have at least ``min_n`` rows; ties are all right. When no group is that large the
    answer is "" (``empty``: the hint and the success message then). ``success`` is formatted with
    ``best`` (the first right answer) and ``share`` (the largest share).

    >>> import pandas as pd
    >>> g = pd.Series(["a", "a", "b", "b"]); f = pd.Series([True, True, True, False])
    >>> check_largest_share("a", f, g, 2, "doc_id", ("", ""), "divide.", "{best}: {share:.0%}.")
    ✔ a: 100%.
    """
    n = groups.value_counts()
    share = flags.groupby(groups).mean()[n[n >= min_n].index] if len(n) else n
    if not len(share):
        run_checks(answer, [(lambda a: a == "", empty[0])], success=empty[1])
        return
    best = set(share[share >= share.max() - 1e-12].index)
    check_one_of(answer, best, set(groups), what, how, success.format(best=sorted(best)[0], share=share.max()))
