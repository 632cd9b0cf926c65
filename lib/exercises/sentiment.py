"""Checks for the exercises of notebook 01 (sentiment)."""
from __future__ import annotations

import pandas as pd

from lib.exercises import run_checks
from lib.sentiment import document_sentiment, sentence_sentiment


def check_most_negative_article(answer, corpus: pd.DataFrame) -> None:
    """☼ The doc_id of the article with the lowest mean sentence compound."""
    docs = document_sentiment(corpus).dropna(subset=["mean_compound"])
    lowest = docs["mean_compound"].min()
    best = set(docs.loc[docs["mean_compound"] == lowest, "doc_id"])
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the doc_id as a string, e.g. docs.doc_id.iloc[0]."),
        (lambda a: a in set(corpus["doc_id"]), "that is not a doc_id of this corpus; look at corpus.doc_id."),
        (lambda a: a in best, "sort document_sentiment(corpus) by mean_compound and take the first row "
                              "(the lowest mean), not the article with the most negative single sentence."),
    ], success=f"{sorted(best)[0]} has the lowest mean sentence compound ({lowest:+.3f}).")


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


def check_disagreement(answer, corpus: pd.DataFrame) -> None:
    """★ The sentence where VADER and pattern disagree most (largest |vader - pattern|)."""
    sents = sentence_sentiment(corpus)
    gap = (sents["vader"] - sents["pattern"]).abs()
    best = set(sents.loc[gap == gap.max(), "sentence"])
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the sentence itself, a string."),
        (lambda a: a in set(sents["sentence"]),
         "that string is not one of the sentences of sentence_sentiment(corpus)."),
        (lambda a: a in best, "compute (sents.vader - sents.pattern).abs() and take the sentence where it is largest."),
    ], success=f"The two lexicons differ by {gap.max():.2f} there. Now run explain_vader on it "
               "and look for the word one lexicon knows and the other does not.")


def check_saturation(answer, corpus: pd.DataFrame) -> None:
    """★ How many articles VADER scores above 0.9 when each article is read as one text."""
    from lib.sentiment import vader_scores

    n = sum(vader_scores(t)[3] > 0.9 for t in corpus["text"])
    run_checks(answer, [
        (lambda a: isinstance(a, (int,)) or (hasattr(a, "item") and float(a).is_integer()),
         "give a whole number: how many articles score above 0.9."),
        (lambda a: int(a) == n, "score each article's whole text with vader_scores(text)[3] "
                                "(or SentimentIntensityAnalyzer().polarity_scores(text)['compound']) "
                                "and count those > 0.9."),
    ], success=(f"{n} of {len(corpus)} articles score above 0.9 as single texts: the long sum saturates."
                if n else
                ("The article does not score above 0.9 as a single text: it is too short or too balanced "
                 "for the sum to saturate." if len(corpus) == 1 else
                 f"None of the {len(corpus)} articles scores above 0.9 as a single text: they are too short or "
                 "too balanced for the sum to saturate.")))
