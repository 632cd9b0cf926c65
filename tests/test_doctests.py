"""The examples in lib's docstrings run and give what they show."""
import doctest
import importlib

import pytest

MODULES = ["lib.text", "lib.people", "lib.quotes", "lib.exercises"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
