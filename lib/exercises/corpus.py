"""Checks for the exercises of notebook 00 (the corpus)."""
from __future__ import annotations

import pandas as pd

from lib.exercises import check_number, check_one_of, run_checks
from lib.text import article_stats, sentences


def check_wordiest_article(answer, corpus: pd.DataFrame) -> None:
    """☼ The doc_id of the article with the most words per sentence."""
    stats = article_stats(corpus)
    ratio = stats["words"] / stats["sentences"].clip(lower=1)
    best = set(stats.loc[ratio >= ratio.max() - 1e-12, "doc_id"])
    check_one_of(answer, best, set(corpus["doc_id"]), "doc_id",
                 "divide each article's `words` by its `sentences` (article_stats) and take the largest ratio, "
                 "not the longest article.",
                 f"{sorted(best)[0]}: {ratio.max():.1f} words per sentence.")


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


LONG_SENTENCE = 40


def check_words_per_sentence(answer, corpus: pd.DataFrame) -> None:
    """☼ The corpus's mean number of words per sentence (all words / all sentences of article_stats)."""
    stats = article_stats(corpus)
    mean = stats["words"].sum() / max(stats["sentences"].sum(), 1)
    check_number(answer, mean, "add up the `words` column of article_stats(corpus) and divide by the sum of its "
                               "`sentences` column (not the mean of the per-article ratios).",
                 f"{mean:.1f} words per sentence on average.", tol=0.05)


def check_long_sentences(answer, corpus: pd.DataFrame) -> None:
    """◑ How many sentences have more than LONG_SENTENCE words (words split on white space)."""
    sents = sentences(corpus)
    n = int((sents["sentence"].str.split().str.len() > LONG_SENTENCE).sum())
    check_number(answer, n, f"split each sentence of sentences(corpus) on white space (.str.split().str.len()) "
                            f"and count those with more than {LONG_SENTENCE} words.",
                 f"{n} of {len(sents)} sentences have more than {LONG_SENTENCE} words.")
