"""The tables of :func:`write_analysis` as Parquet files (``python -m lib analyze --format parquet``)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

#: the columns of the tables that hold text (ids, names, words, lists written as text); the others are
#: numbers or flags. A doc_id such as ``001`` stays the text ``001``.
TEXT_COLUMNS = frozenset({
    "doc_id", "title", "date", "source", "path", "main_names", "text_key", "copy_of", "sentence", "mention",
    "person", "kind", "quote", "speaker", "speaker_type", "cue", "surface", "unit", "qualifier", "subject",
    "entity", "revision", "role", "doc_ids", "speakers", "values", "figures", "status", "rule", "members",
})


def read_table(path: str | Path) -> pd.DataFrame:
    """One CSV table of :func:`write_analysis`, its text columns read as text (missing values as NA).

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "articles.csv"
    >>> _ = p.write_text("doc_id,words\\n001,12\\n")
    >>> read_table(p).dtypes.astype(str).tolist(), read_table(p).doc_id[0]
    (['object', 'int64'], '001')
    """
    head = pd.read_csv(path, nrows=0).columns
    return pd.read_csv(path, dtype={c: object for c in head if c in TEXT_COLUMNS})


def write_parquet(folder: str | Path, names: tuple[str, ...], keep_csv: bool = True) -> list[Path]:
    """Write ``<name>.parquet`` beside each ``<name>.csv`` in ``folder`` (pyarrow), one table in memory at a time;
    with ``keep_csv=False`` the CSV files are removed afterwards. Returns the Parquet files."""
    out = []
    for name in names:
        csv = Path(folder) / f"{name}.csv"
        table = read_table(csv)
        target = csv.with_suffix(".parquet")
        table.to_parquet(target, index=False, engine="pyarrow")
        out.append(target)
        if not keep_csv:
            csv.unlink()
    return out
