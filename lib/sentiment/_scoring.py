"""The combined scorer: the mean of VADER and pattern per text, per sentence and per article."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..text import furniture
from ..text import sentences as _sentences
from ._masks import _mask_text, _vader_masked, like_tokens, name_tokens
from ._normalize import _replace_emojis, normalize_quotes
from ._pattern import _pattern_core, _pattern_news_lexicon
from ._vader import _emojis, _vader_core

__all__ = ["POSITIVE", "NEGATIVE", "score_texts", "score_sentences", "sentiment_in", "sentence_sentiment",
           "document_sentiment"]

#: A sentence counts as positive when compound >= POSITIVE, negative when
#: compound <= NEGATIVE, otherwise neutral (VADER's usual thresholds).
POSITIVE = 0.05
NEGATIVE = -0.05

SCORE_COLUMNS = ["neg", "neu", "pos", "compound", "vader", "pattern"]


def _prepare(text: str) -> tuple[str, list[str], list[int], list[int]]:
    """What both scorers read: (clean text, its whitespace tokens, name tokens, "like" tokens).

    Quote marks are normalised and emojis replaced by their descriptions (as
    the reference does); both only touch non-ASCII text. The last two are
    token indices: words in multi-word names (skipped by both scorers) and
    "like" used as a preposition (skipped by VADER).
    """
    clean = text
    if not clean.isascii():
        clean = normalize_quotes(clean)
        if not clean.isascii():
            clean = _replace_emojis(clean, _emojis())
    raw = clean.split()
    names = name_tokens(raw)
    likes = like_tokens(raw) if "like" in clean.lower() else []
    return clean, raw, names, likes


def _score_one(text: str) -> tuple[float, float, float, float, float, float]:
    """One row of :func:`score_texts`: neg, neu, pos, compound, vader, pattern."""
    clean, raw, names, likes = _prepare(text)
    if not raw:
        return 0.0, 1.0, 0.0, 0.0, 0.0, 0.0
    neg, neu, pos, vader = _vader_core(clean, raw, _vader_masked(names, likes), news=True)
    pattern = _pattern_core(_mask_text(raw, names, clean), lex=_pattern_news_lexicon())[0]
    return neg, neu, pos, round((vader + pattern) / 2, 4), vader, pattern


def score_texts(texts: Sequence[str]) -> pd.DataFrame:
    """Score each text; one row per input, same order (index 0..n-1).

    Columns neg, neu, pos, compound, vader, pattern (see the package
    docstring). Identical texts are scored once. Empty or whitespace-only
    texts score neutral: neu 1, everything else 0.

    >>> score_texts(["Good.", "Good.", "  "])["compound"].tolist()
    [0.5702, 0.5702, 0.0]
    """
    texts = list(texts)
    cache: dict[str, tuple] = {}
    rows = []
    for t in texts:
        t = t if isinstance(t, str) else ("" if t is None else str(t))
        row = cache.get(t)
        if row is None:
            row = cache[t] = _score_one(t)
        rows.append(row)
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=float) for c in SCORE_COLUMNS})
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def score_sentences(frame: pd.DataFrame, column: str = "sentence") -> pd.DataFrame:
    """``frame`` with the score columns of :func:`score_texts` appended, and ``counted``: whether the sentence
    is one of the story's and so counts in tone means (False for datelines and bylines,
    :func:`lib.text.furniture`).

    >>> score_sentences(pd.DataFrame({"sentence": ["LONDON (Reuters) -", "The talks failed."]}))[
    ...     ["compound", "counted"]].values.tolist()
    [[0.0, False], [-0.5053, True]]
    """
    texts = list(frame[column])
    scores = score_texts(texts)
    scores.index = frame.index
    scores["counted"] = [isinstance(t, str) and furniture(t) is None for t in texts]
    return pd.concat([frame, scores], axis=1)


def sentiment_in(text: str) -> pd.DataFrame:
    """Scored sentences of one string: sent_id, start, end, sentence, neg, …, pattern.

    >>> sentiment_in("It was a disaster. Then it got better.")[["sent_id", "compound"]]
       sent_id  compound
    0        0   -0.3125
    1        1    0.4702
    """
    from ..text import sentences_in

    return score_sentences(sentences_in(text))


def sentence_sentiment(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id, start, end, sentence, neg, neu, pos, compound, vader, pattern.

    ``text[start:end] == sentence`` for the article's ``text``.
    """
    return score_sentences(_sentences(corpus))


def _document_row(doc_id: Any, c: list[float] | None) -> tuple:
    """One row of :func:`document_sentiment` from the compounds ``c`` of the article's counted sentences."""
    if not c:
        return (doc_id, 0) + (float("nan"),) * 7
    n = len(c)
    values = np.asarray(c, dtype=float)
    values = values[~np.isnan(values)]  # unscored sentences count as neutral but not in the mean
    pos = sum(1 for x in c if x >= POSITIVE)
    neg = sum(1 for x in c if x <= NEGATIVE)
    shares = (round(pos / n, 4), round((n - pos - neg) / n, 4), round(neg / n, 4))
    if not len(values):
        return (doc_id, n, float("nan"), float("nan"), *shares, float("nan"), float("nan"))
    return (doc_id, n, round(float(values.sum() / len(values)), 4), _noise(values), *shares,
            float(values.min()), float(values.max()))


def _noise(values: np.ndarray) -> float:
    """The standard error of the mean of ``values``: how far the mean would move if the article had been
    written with other sentences like these (what a bootstrap over its sentences estimates; tests check the
    two agree). NaN for a single sentence, which gives no estimate."""
    if len(values) < 2:
        return float("nan")
    return round(float(values.std(ddof=1) / np.sqrt(len(values))), 4)


def document_sentiment(corpus: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article: doc_id, sentences, mean_compound, noise, positive, neutral, negative, min_compound,
    max_compound.

    Only the sentences of the story count (``counted``; datelines and bylines
    do not). ``noise`` is the standard error of ``mean_compound`` over those
    sentences: two articles whose means differ by less than about twice the
    noise of their difference are about equal in tone.
    ``positive``/``neutral``/``negative`` are shares of the article's
    sentences with compound >= 0.05, between, and <= -0.05. An article with
    no sentence gets 0 sentences and NaN scores. ``sentences`` is the output
    of :func:`sentence_sentiment` when already computed (then ``corpus``
    needs only a doc_id column).

    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["Title\\n\\nGood news. Bad news."]})
    >>> document_sentiment(corpus)[["doc_id", "sentences", "mean_compound", "positive", "negative"]]
      doc_id  sentences  mean_compound  positive  negative
    0      a          3         -0.017    0.3333    0.3333
    """
    if sentences is None:
        sentences = sentence_sentiment(corpus)
    cols = ["doc_id", "sentences", "mean_compound", "noise", "positive", "neutral", "negative",
            "min_compound", "max_compound"]
    by_doc: dict[Any, list[float]] = {}
    if len(sentences):
        counted = sentences["counted"] if "counted" in sentences else [True] * len(sentences)
        for d, c, keep in zip(sentences["doc_id"], sentences["compound"], counted, strict=True):
            if keep:
                by_doc.setdefault(d, []).append(c)
    rows = [_document_row(doc_id, by_doc.get(doc_id)) for doc_id in corpus["doc_id"]]
    return pd.DataFrame(rows, columns=cols)
