"""newslens: analyse a folder of plain-text news articles.

Every analysis returns a tidy pandas DataFrame whose ``start``/``end`` columns
are character offsets into the article's ``text``, so each number, quote and
score can be traced to its sentence.

The map. Modules sit on five floors; an import only points down (the
contracts in pyproject.toml, checked by ``tests/test_layers.py``):

0. word lists
   - ``lexicon``: every list in lib/data read once, VADER's word list, months, reporting verbs, fold
1. strings
   - ``text``: paragraphs, sentences, datelines, quotation marks, words, copies
   - ``numbers``: a number written in digits or words, and the currency tables
2. one article
   - ``article``: the shared view of one article (paragraphs, sentences, quote marks, cues), built once
   - ``people/``: who is mentioned, as names, surnames, roles and pronouns; the one cross-article name merge
   - ``quotes/``: who said what: direct, partial, unmarked and reported speech, tied to a mention
   - ``figures/``: every number read, normalised, qualified, tied to its speaker, compared across articles
   - ``sentiment/``: sentence, article, person and speaker tone (text and lexicon only)
3. the corpus
   - ``corpus``: load a folder of articles and its people.csv (the only module that reads article files)
   - ``pipeline/``: every analysis over a corpus, in this process, in processes or on Dask; streamed to CSV
4. for readers (nothing below imports them)
   - ``findings``: the key findings written as sentences from the tables
   - ``explain/``: tables and traces that show how a result was reached
   - ``site/``: the reader edition's generated pages: articles with quotes and figures marked, people, alt text
   - ``plots/``: the charts the notebooks draw
   - ``evaluation/``: gold and peer-suite readers and scorers
   - ``exercises/``: the checks behind the notebook exercises
   - ``__main__``: the command line, ``python -m lib analyze|sweep``
"""
__version__ = "0.1.0"
