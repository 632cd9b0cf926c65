"""Sentence sentiment: VADER and the pattern lexicon, averaged, fully offline.

Two independent lexicon scorers read each sentence:

* **VADER** (Hutto & Gilbert 2014; PyPI ``vaderSentiment`` 3.3.2, MIT): a
  lexicon of ~7,500 words rated -4..+4 by humans, plus rules for boosters
  ("very"), negation ("not", "never"), contrast ("but"), capitals and
  exclamation marks. Its *compound* score is the rule-adjusted sum of word
  valences squashed into -1..+1 by ``x / sqrt(x² + 15)``. The copy here is a
  faithful port of ``SentimentIntensityAnalyzer.polarity_scores`` that gives
  the same numbers (checked in tests/test_sentiment.py) but runs faster,
  because it lower-cases each sentence once and skips sentences with no
  lexicon word.
* **pattern** (the lexicon that ships inside TextBlob as ``en-sentiment.xml``,
  BSD/MIT): ~2,900 adjectives rated -1..+1, with the averaging, modifier and
  negation rules of TextBlob's ``PatternAnalyzer``. Its *polarity* is the
  mean over the sentence's sentiment words. The tokenizer here is a small
  regex (no NLTK data needed).

``score_texts`` returns, per text:

``compound``
    the score to use: the plain mean of VADER's compound and pattern's
    polarity, so it stays in -1..+1. Equal weights, not fitted to any data.
    A sentence that only one lexicon knows gets half that lexicon's score:
    the other lexicon's silence counts as a neutral vote.
``neg``, ``neu``, ``pos``
    VADER's proportions: the shares (summing to 1, up to rounding) of the
    sentence's word weight that is negative, neutral and positive. They come
    from VADER alone and do not depend on pattern.
``vader``, ``pattern``
    the two ingredients, so every compound can be explained.

Four news-specific steps, each a rule about kinds of words, none fitted
to rated sentences:

* typographic quote marks (“ ” „ « » ‘ ’ ‹ ›) become ASCII ones, so “great”
  scores like "great" and don’t negates like don't (both scorers);
* words inside multi-word capitalised names ("United Nations", "Supreme
  Court", "Labour Party", "Manchester United") are not looked up: there
  they name an institution, they do not praise it (:func:`name_tokens`;
  both scorers);
* VADER rates "like" +1.5 as the verb ("I like it"); news mostly uses the
  preposition ("countries like France", "looks like a defeat"), so "like"
  counts only after a subject pronoun, an auxiliary or modal, "to" or a
  negation (:func:`like_tokens`; VADER);
* the pattern lexicon rates words that count, order or point ("more" +0.5,
  "many" +0.5, "own" +0.6, "first" +0.25, "other" -0.125): they say how
  much or which, not how good, and are frequent in news, so they are not
  looked up (:data:`QUANTITY_WORDS`; pattern).

``bench/sentiment_eval.py`` measures each step against human ratings of
review sentences (VADER's authors' files). There ``compound`` correlates
better with the ratings than vaderSentiment's own analyzer on both files.
The "like" step helps VADER on both; the name step helps on movie reviews
and cannot act on the lower-cased product reviews; skipping quantity words
helps pattern on both, and the mean on movie reviews, but costs the mean a
little on product reviews, where "more" and "most" often do carry praise.
It is kept for news, where they mostly count ("more than 100 people were
killed"). The word lists come from grammar (determiners, pronouns,
auxiliaries), not from the rated sentences, which served only as a check.

>>> score_texts(["A great success.", "", "Not good at all."])[["compound", "vader", "pattern"]]
   compound   vader  pattern
0    0.6908  0.8316     0.55
1    0.0000  0.0000     0.00
2   -0.3456 -0.3412    -0.35

Modules: ``_normalize`` (quote marks, emojis), ``_masks`` (name and "like"
tokens), ``_vader`` (the VADER port), ``_pattern`` (the pattern scorer),
``_scoring`` (the combined score per text, sentence and article), ``_tone``
(per person and per speaker). The explainers that show how a score was
reached (``explain_vader``, ``explain_compound``, ``explain_pattern``,
``compare_scorers``, ``vader_rules``, ``rule_examples``) live in
:mod:`lib.explain.sentiment`. This package reads only :mod:`lib.text` and
:mod:`lib.lexicon`.
"""
from ._masks import LIKE_VERB_AFTER, like_tokens, name_tokens
from ._normalize import QUOTE_MARKS, normalize_quotes
from ._pattern import QUANTITY_WORDS, pattern_polarity
from ._scoring import (
    NEGATIVE,
    POSITIVE,
    document_sentiment,
    score_sentences,
    score_texts,
    sentence_sentiment,
    sentiment_in,
)
from ._tone import person_sentiment, speaker_sentiment
from ._vader import vader_scores

__all__ = [
    "QUOTE_MARKS",
    "normalize_quotes",
    "vader_scores",
    "pattern_polarity",
    "score_texts",
    "score_sentences",
    "sentence_sentiment",
    "sentiment_in",
    "document_sentiment",
    "person_sentiment",
    "speaker_sentiment",
    "POSITIVE",
    "NEGATIVE",
    "name_tokens",
    "like_tokens",
    "LIKE_VERB_AFTER",
    "QUANTITY_WORDS",
]
