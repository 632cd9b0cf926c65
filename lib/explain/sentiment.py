"""How a sentiment score was reached: per-word tables and rule finders for the notebooks.

Everything here reads the scorers of :mod:`lib.sentiment` and shows their
steps; nothing in lib.sentiment depends on it. :func:`explain_vader` and
:func:`explain_pattern` give exactly the numbers :func:`lib.sentiment.score_texts`
adds up, :func:`explain_compound` the whole sum, :func:`compare_scorers` the
reference scorers beside ours, :func:`vader_rules` and :func:`rule_examples`
which VADER rules touch a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from ..lexicon import news_reasons
from ..sentiment import like_tokens, name_tokens, normalize_quotes, score_texts, vader_scores
from ..sentiment._masks import _mask_text, _vader_masked
from ..sentiment._normalize import _PUNCT
from ..sentiment._pattern import _pattern_core, _pattern_news_lexicon
from ..sentiment._scoring import _prepare
from ..sentiment._vader import _punctuation_emphasis, _rules, _vader_score, _vader_valences

__all__ = ["compare_scorers", "explain_vader", "explain_compound", "explain_pattern", "vader_rules",
           "rule_examples", "news_corrected", "RULES"]

RULES = ("booster", "negation", "but", "exclamation", "name", "like")


def compare_scorers(texts: Sequence[str]) -> pd.DataFrame:
    """The reference scorers side by side: text, vader_ref, textblob, compound.

    ``vader_ref`` is vaderSentiment's own analyzer on the raw text (no quote
    normalisation); ``textblob`` is TextBlob's PatternAnalyzer polarity
    (TextBlob's own tokenizer); ``compound`` is :func:`lib.sentiment.score_texts`.

    >>> compare_scorers(["Hardly a triumph."]).columns.tolist()
    ['text', 'vader_ref', 'textblob', 'compound']
    """
    from textblob.en import sentiment as textblob_sentiment

    ref = _reference_analyzer()
    texts = [str(t) for t in texts]
    ours = score_texts(texts)["compound"].tolist()
    return pd.DataFrame({
        "text": texts,
        "vader_ref": [ref.polarity_scores(t)["compound"] for t in texts],
        "textblob": [round(textblob_sentiment(t)[0], 4) for t in texts],
        "compound": ours,
    })


@lru_cache(maxsize=1)
def _reference_analyzer():
    """vaderSentiment's own analyzer, made once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def explain_vader(text: str) -> pd.DataFrame:
    """VADER's per-token valences for one text, exactly as :func:`lib.sentiment.score_texts` uses them.

    Columns: token (the whitespace token, after quote normalisation), lexicon
    (the word's raw lexicon rating, or NaN), valence (after boosters,
    negation, "but" and capitals; 0 for skipped words), in_name (True where
    score_texts skips the word because it is part of a multi-word
    name), skipped ("name", "like: not a verb" (:func:`lib.sentiment.like_tokens`) or ""), news (why
    ``lib/data/news_valence.csv`` corrects the word's rating for news, or "": then ``lexicon`` is the
    corrected rating, NaN when the correction takes the word out).
    The ``vader`` score of score_texts
    is ``x / sqrt(x² + 15)`` of ``x = sum(valence)`` moved away from 0 by
    the punctuation emphasis ("!" and "??"), which belongs to no token; see
    :func:`explain_compound` for the whole sum.

    >>> explain_vader("Not bad, but slow.")[["token", "lexicon", "valence"]]
       token  lexicon  valence
    0    Not      NaN    0.000
    1   bad,     -2.5    0.925
    2    but      NaN    0.000
    3  slow.      NaN    0.000
    >>> columns = ["token", "lexicon", "valence", "skipped"]
    >>> explain_vader("The Supreme Court looks like a fair judge.")[columns]  # doctest: +NORMALIZE_WHITESPACE
         token  lexicon  valence           skipped
    0      The      NaN      0.0              name
    1  Supreme      2.6      0.0              name
    2    Court      NaN      0.0              name
    3    looks      NaN      0.0
    4     like      1.5      0.0  like: not a verb
    5        a      NaN      0.0
    6     fair      1.3      1.3
    7   judge.      NaN      0.0
    >>> row = explain_vader("Deaths rose.").iloc[0]
    >>> row["token"], float(row["lexicon"]), row["news"]
    ('Deaths', -2.9, "plural of 'death' (-2.9), missing from VADER")
    """
    rules = _rules(news=True)
    lexicon, reasons = rules.lexicon, news_reasons()
    clean, raw, names, likes = _prepare(text)
    sentiments = _vader_valences(raw, _vader_masked(names, likes), rules) if raw else []
    if sentiments is None:
        sentiments = [0] * len(raw)
    words = [tok if len(stripped := tok.strip(_PUNCT)) <= 2 else stripped for tok in raw]
    in_name, as_like = set(names), set(likes)
    return pd.DataFrame({
        "token": pd.Series(raw, dtype=object),
        "lexicon": pd.Series([lexicon.get(w.lower(), float("nan")) for w in words], dtype=float),
        "valence": pd.Series([round(float(v), 4) for v in sentiments], dtype=float),
        "in_name": pd.Series([i in in_name for i in range(len(raw))], dtype=bool),
        "skipped": pd.Series(["name" if i in in_name else "like: not a verb" if i in as_like else ""
                              for i in range(len(raw))], dtype=object),
        "news": pd.Series([reasons.get(w.lower(), "") for w in words], dtype=object),
    })


def explain_compound(text: str) -> pd.Series:
    """How :func:`lib.sentiment.score_texts` arrives at one text's ``compound``, step by step.

    vader_sum (the sum of :func:`explain_vader`'s valences), emphasis (VADER's
    punctuation emphasis, added away from 0 when vader_sum is not 0), vader
    (``x / sqrt(x² + 15)`` of the two), pattern_words (how many values
    :func:`explain_pattern` counts), pattern (their mean), compound
    (``(vader + pattern) / 2``).

    >>> explain_compound("Not bad, but slow!")
    vader_sum        0.9250
    emphasis         0.2920
    vader            0.2998
    pattern_words    2.0000
    pattern         -0.0125
    compound         0.1436
    dtype: float64
    """
    clean, raw, names, likes = _prepare(text)
    sentiments = (_vader_valences(raw, _vader_masked(names, likes), _rules(news=True)) if raw else None) or [0]
    vader_sum = float(sum(sentiments))
    emphasis = _punctuation_emphasis(clean) if raw else 0.0
    vader = _vader_score(clean, sentiments)[3] if raw else 0.0
    pattern, _, n = _pattern_core(_mask_text(raw, names, clean), lex=_pattern_news_lexicon())
    return pd.Series({"vader_sum": round(vader_sum, 4), "emphasis": round(emphasis, 4), "vader": vader,
                      "pattern_words": float(n), "pattern": pattern,
                      "compound": round((vader + pattern) / 2, 4)})


def explain_pattern(text: str) -> pd.DataFrame:
    """The pattern-lexicon words of one text, exactly as :func:`lib.sentiment.score_texts` counts them.

    Columns: word, polarity, subjectivity (the lexicon's ratings, before
    modifiers and negation), counted (the polarity the word adds to the
    mean after modifiers such as "very", negation such as "not" (× -0.5)
    and "!"; NaN for a modifier that only scales the next word), news (why
    ``lib/data/news_valence.csv`` corrects the word's polarity, or ""). The
    ``pattern`` score of score_texts is the mean of ``counted``
    (0 when there is none). Words inside multi-word names and the
    :data:`lib.sentiment.QUANTITY_WORDS` ("more", "first" …) are skipped.

    >>> explain_pattern("A good deal for common interests.")[["word", "polarity", "counted"]]
       word  polarity  counted
    0  good       0.7      0.7
    >>> explain_pattern("Not a very good deal.")[["word", "polarity", "subjectivity", "counted"]]
       word  polarity  subjectivity  counted
    0  very       0.2           0.3      NaN
    1  good       0.7           0.6  -0.2692
    """
    lex = _pattern_news_lexicon()
    clean, raw, names, _ = _prepare(text)
    trace: list = []
    _pattern_core(_mask_text(raw, names, clean), trace=trace, lex=lex)
    reasons = news_reasons()
    rows = [(w, round(lex[w][0], 4), round(lex[w][1], 4), float("nan") if c is None else round(c, 4),
             reasons.get(w, "")) for w, c in trace]
    return pd.DataFrame(rows, columns=["word", "polarity", "subjectivity", "counted", "news"]).astype(
        {"polarity": float, "subjectivity": float, "counted": float})


def vader_rules(text: str) -> list[str]:
    """Which VADER rules (and our name and "like" rules) touch a lexicon word of ``text``.

    booster: "very", "extremely" … up to 3 words before a lexicon word;
    negation: "not", "never", "n't" … up to 3 words before one; but: the
    sentence has "but" and a lexicon word; exclamation: "!" and a lexicon
    word; name: a lexicon word inside a multi-word capitalised name; like:
    a "like" that is not the verb (:func:`lib.sentiment.like_tokens`), so not rated.

    >>> vader_rules("It was not very good, but FINE!")
    ['booster', 'negation', 'but', 'exclamation']
    """
    rules = _rules(news=True)
    raw = normalize_quotes(text).split()
    words = [w.strip(_PUNCT).lower() or w.lower() for w in raw]
    hits = [i for i, w in enumerate(words) if w in rules.lexicon and w not in rules.booster]
    if not hits:
        return []
    found = set()
    for i in hits:
        before = words[max(0, i - 3):i]
        if any(w in rules.booster for w in before):
            found.add("booster")
        if any(w in rules.negate or "n't" in w for w in before):
            found.add("negation")
    if "but" in words:
        found.add("but")
    if "!" in text:
        found.add("exclamation")
    if set(name_tokens(raw)) & set(hits):
        found.add("name")
    if like_tokens(raw):
        found.add("like")
    return [r for r in RULES if r in found]


def rule_examples(sents: pd.DataFrame) -> pd.DataFrame:
    """For each rule in :data:`RULES`, the first sentence (in table order) it applies to.

    Columns: rule, doc_id, sent_id, sentence. Rules no sentence shows are left out.
    """
    rows, seen = [], set()
    for r in sents.itertuples(index=False):
        for rule in vader_rules(r.sentence):
            if rule not in seen:
                seen.add(rule)
                rows.append((rule, r.doc_id, r.sent_id, r.sentence))
        if len(seen) == len(RULES):
            break
    rows.sort(key=lambda x: RULES.index(x[0]))
    return pd.DataFrame(rows, columns=["rule", "doc_id", "sent_id", "sentence"])


_LOWER_LETTERS = re.compile(r"[a-z]+")


def news_corrected(sents: pd.DataFrame) -> pd.DataFrame:
    """The scored sentences (:func:`lib.sentiment.sentence_sentiment`) that hold a word the news corrections
    rate differently, those whose VADER score the corrections move most first.

    Adds words (the corrected words, ", "-joined), vader_faithful (VADER without the corrections, names
    and "like" handled as score_texts does) and moved (|vader - vader_faithful|); the index is kept.

    >>> from lib.sentiment import sentiment_in
    >>> sents = sentiment_in("Deaths rose. All was well.").assign(doc_id="a")
    >>> news_corrected(sents)[["sentence", "words", "moved"]].values.tolist()
    [['Deaths rose.', 'deaths', 0.5994]]
    """
    reasons = news_reasons()
    texts = list(sents["sentence"])
    out = sents.assign(
        words=[", ".join(sorted({w for w in _LOWER_LETTERS.findall(s.lower()) if w in reasons})) for s in texts],
        vader_faithful=[vader_scores(s, names=True, like=True)[3] for s in texts])
    out = out[out["words"] != ""].assign(moved=lambda d: (d["vader"] - d["vader_faithful"]).abs())
    return out.sort_values(["moved", "doc_id", "sent_id"], ascending=[False, True, True], kind="stable")
