"""Checks for the exercises of notebook 01 (sentiment)."""
from __future__ import annotations

import pandas as pd

from lib.exercises import check_number, check_one_of, run_checks
from lib.sentiment import sentence_sentiment


def check_negative_count(answer, corpus: pd.DataFrame) -> None:
    """☼ How many sentences of the corpus are negative (compound <= -0.05)."""
    sents = sentence_sentiment(corpus)
    n = int((sents["compound"] <= -0.05).sum())
    check_number(answer, n, "count the rows of sentence_sentiment(corpus) whose compound is -0.05 or lower "
                            "(<= -0.05, not < 0).",
                 f"{n} of {len(sents)} sentences are negative.")


def _drag(corpus: pd.DataFrame, doc_id: str) -> tuple[set[str], float]:
    sents = sentence_sentiment(corpus)
    g = sents[sents["doc_id"] == doc_id]
    total, n = g["compound"].sum(), len(g)
    if n < 2:
        return set(g["sentence"]), 0.0
    without = (total - g["compound"]) / (n - 1)  # the article's mean without each sentence
    gain = without - total / n
    return set(g.loc[gain == gain.max(), "sentence"]), float(gain.max())


def check_dragging_sentence(answer, corpus: pd.DataFrame, doc_id: str) -> None:
    """◑ The sentence whose removal raises the article's mean compound the most."""
    best, gain = _drag(corpus, doc_id)
    sents = sentence_sentiment(corpus)
    own = set(sents.loc[sents["doc_id"] == doc_id, "sentence"])
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the sentence itself, a string from the `sentence` column."),
        (lambda a: a in own, f"that is not a sentence of article {doc_id}; filter sentence_sentiment(corpus) "
                             "by doc_id first."),
        (lambda a: a in best, "for each sentence, compute the article's mean compound without it "
                              "((sum - compound) / (n - 1)) and keep the sentence for which that mean is highest."),
    ], success=f"Without it the article's mean rises by {gain:+.3f}. It is also the sentence with the lowest "
               "compound: removing the lowest value always raises a mean the most.")


def check_gap_article(answer, corpus: pd.DataFrame) -> None:
    """◑ The doc_id of the article whose sentences have the largest mean |vader - pattern|."""
    sents = sentence_sentiment(corpus)
    gap = (sents["vader"] - sents["pattern"]).abs().groupby(sents["doc_id"]).mean()
    best = set(gap[gap >= gap.max() - 1e-12].index)
    check_one_of(answer, best, set(corpus["doc_id"]), "doc_id",
                 "compute (sents.vader - sents.pattern).abs() per sentence, average it per doc_id "
                 "(groupby) and take the largest mean, not the largest single gap.",
                 f"{sorted(best)[0]}: the two lexicons are {gap.max():.2f} apart on average there.")


def saturation_point(corpus: pd.DataFrame, threshold: float = 0.9) -> tuple[str, int | None]:
    """The article with the most sentences, and the fewest of its first sentences whose joined text VADER
    scores above ``threshold`` (None when even the whole article does not)."""
    from lib.sentiment import vader_scores

    sents = sentence_sentiment(corpus)
    counts = sents.groupby("doc_id").size()
    doc = sorted(counts[counts == counts.max()].index)[0]
    own = list(sents.loc[sents["doc_id"] == doc, "sentence"])
    for k in range(1, len(own) + 1):
        if vader_scores(" ".join(own[:k]))[3] > threshold:
            return doc, k
    return doc, None


def check_saturation_point(answer, corpus: pd.DataFrame) -> None:
    """★ In the article with the most sentences: how many of its first sentences, joined, score above 0.9."""
    doc, k = saturation_point(corpus)
    if k is None:
        run_checks(answer, [(lambda a: a == -1, f"even all of {doc} scores 0.9 or less as one text: "
                                                "the answer is -1.")],
                   success=f"Even the whole of {doc} stays at 0.9 or below: it does not saturate.")
        return
    check_number(answer, k, f"take the sentences of {doc} in order, join the first k with spaces, score the "
                            "text with vader_scores(text)[3], and stop at the first k above 0.9.",
                 f"{k} sentence(s) of {doc} already score above 0.9 together: the sum saturates long before "
                 "the end of the article.")


def check_only_vader(answer, corpus: pd.DataFrame) -> None:
    """☼ How many sentences VADER rates (vader != 0) while the pattern lexicon does not (pattern == 0)."""
    sents = sentence_sentiment(corpus)
    n = int(((sents["vader"] != 0) & (sents["pattern"] == 0)).sum())
    check_number(answer, n, "count the sentences whose vader is not 0 and whose pattern is exactly 0.",
                 f"{n} of {len(sents)} sentences are rated by VADER alone.")
