"""The notebook runner stores outputs the same way on every run."""
import nbformat

from run_notebooks import coalesce_streams  # tools/ is on sys.path through pytest's pythonpath (pyproject.toml)


def test_coalesce_streams_joins_split_prints():
    out = [nbformat.v4.new_output("stream", name="stdout", text="a\n"),
           nbformat.v4.new_output("stream", name="stdout", text="b\n"),
           nbformat.v4.new_output("stream", name="stderr", text="warn\n"),
           nbformat.v4.new_output("execute_result", data={"text/plain": "1"}, execution_count=1),
           nbformat.v4.new_output("stream", name="stdout", text="c\n")]
    merged = coalesce_streams(out)
    assert [o.get("text") for o in merged] == ["a\nb\n", "warn\n", None, "c\n"]


def test_table_snapshot_finds_a_changed_table():
    import pandas as pd

    from table_snapshot import differing

    a = pd.DataFrame({"x": [1.0, 2.0]})
    assert differing({"t": a}, {"t": a.copy()}) == []
    assert [k for k, _ in differing({"t": a}, {"t": a.assign(x=[1.0, 2.0000001])})] == ["t"]
