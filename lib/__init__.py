"""newslens: analyse a folder of plain-text news articles.

Modules, one job each:

- ``lib.corpus``: load a folder of articles (the only module that reads files);
- ``lib.text``: paragraphs, sentences and words with character offsets;
- ``lib.plots``: the charts the notebooks show.

Every function returns a tidy pandas DataFrame whose ``start``/``end`` columns
are character offsets into the article's ``text``.
"""
__version__ = "0.1.0"
