"""Checks for the exercises of notebook 00 (the corpus)."""
from __future__ import annotations

import pandas as pd

from lib.exercises import run_checks
from lib.text import article_stats, sentences


def check_most_sentences(answer, corpus: pd.DataFrame) -> None:
    """☼ The doc_id of the article with the most sentences."""
    stats = article_stats(corpus)
    best = stats.loc[stats["sentences"].idxmax()]
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the doc_id as a string, e.g. stats.doc_id.iloc[0]."),
        (lambda a: a in set(corpus["doc_id"]), "that is not a doc_id of this corpus; look at corpus.doc_id."),
        (lambda a: a == best["doc_id"], "sort the article_stats table by its `sentences` column "
                                         "(or use idxmax) and take that row's doc_id."),
    ], success=f"{best['doc_id']} has {best['sentences']} sentences.")


def check_shortest_sentence(answer, corpus: pd.DataFrame) -> None:
    """◑ The text of the shortest sentence in the corpus (fewest characters)."""
    sents = sentences(corpus)
    lengths = sents["sentence"].str.len()
    shortest = set(sents.loc[lengths == lengths.min(), "sentence"])
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the sentence itself, a string."),
        (lambda a: a in set(sents["sentence"]), "that string is not one of the sentences; "
                                                  "copy it from the `sentence` column of sentences(corpus)."),
        (lambda a: a in shortest, "measure each sentence with .str.len() and take the smallest."),
    ], success="That is the shortest sentence. Is it really a sentence, or a splitting artefact?")


def check_own_article(answer) -> None:
    """★ A one-row corpus built with corpus_from_texts from a Date:/Title: header."""
    run_checks(answer, [
        (lambda a: isinstance(a, pd.DataFrame), "answer should be what corpus_from_texts returns, a DataFrame."),
        (lambda a: len(a) == 1, "build exactly one article: corpus_from_texts({'mine': text})."),
        (lambda a: pd.notna(a["date"].iloc[0]), "the loader found no date: start the text with a line "
                                                "like 'Date: 2024-05-02'."),
        (lambda a: a["title"].iloc[0] != "", "the loader found no title: add a line like 'Title: …' "
                                            "after the date line."),
        (lambda a: not a["text"].iloc[0].startswith(("Date:", "Title:")),
         "the header lines are still in the body: put a blank line between the header and the body."),
    ], success="The header was recognised: date and title are set and the body starts after them.")
