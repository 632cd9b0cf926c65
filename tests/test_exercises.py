"""The exercise feedback framework prints hints and never raises."""
import doctest

import lib.exercises as ex


def test_doctests():
    assert doctest.testmod(ex).failed == 0


def test_predicate_error_is_a_hint(capsys):
    ex.run_checks("text", [(lambda a: a + 1 > 0, "give a number")])
    assert capsys.readouterr().out == "✘ Not yet. Hint: give a number\n"


def test_success(capsys):
    ex.run_checks(2, [(lambda a: ex.close(a, 2.0), "two")], success="Yes.")
    assert capsys.readouterr().out == "✔ Yes.\n"
