"""Every analysis over a corpus, on one machine or on a Dask cluster.

The per-article work (sentences and their sentiment, people, quotes,
figures) is done by pure functions of one article's text, mapped over
batches of articles. Steps that need the whole corpus (merging spelling
variants of names, comparing figures, per-article summaries) run once, after
the map. The local and the Dask engine call the same functions in the same
order, so they give identical tables.

>>> results = analyze("seeds")                          # doctest: +SKIP
>>> sorted(results)                                     # doctest: +SKIP
['articles', 'comparison', 'documents', 'figures', 'mentions', 'quotes', 'sentences']
"""

from ._batch import ARTICLE_COLUMNS, TABLES, analyze_articles, batches, combine
from ._engines import analyze, iter_parts, local_cluster, local_workers
from ._parquet import TEXT_COLUMNS, read_table, write_parquet
from ._write import write_analysis

__all__ = ["TABLES", "TEXT_COLUMNS", "analyze", "analyze_articles", "combine", "batches", "iter_parts",
           "local_cluster", "local_workers", "read_table", "write_analysis", "write_parquet", "ARTICLE_COLUMNS"]
