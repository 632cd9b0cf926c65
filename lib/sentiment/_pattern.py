"""The pattern lexicon scorer: TextBlob's PatternAnalyzer rules with a small regex tokenizer.

The lexicon is the one that ships inside TextBlob as ``en-sentiment.xml``
(~2,900 adjectives rated -1..+1), read from TextBlob once. Polarity is the
mean over a text's lexicon words after modifiers ("very good") and negation
("not good" = -0.5 × good). No NLTK data is needed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import data_lines, news_valences
from ._masks import _mask_text, name_tokens
from ._normalize import normalize_quotes

__all__ = ["pattern_polarity", "QUANTITY_WORDS"]

#: Pattern-lexicon words that count, order or point rather than judge.
#: :func:`lib.sentiment.score_texts` does not look them up (see the package docstring).
QUANTITY_WORDS = frozenset(data_lines("quantity_words.txt"))

# words with inner hyphens/dots/apostrophes; "n't" and "'s"-type clitics; "!"; other punctuation
_PATTERN_TOKEN = re.compile(r"n't|'(?:s|m|d|ll|re|ve)\b|[^\W_]+(?:[-.][^\W_]+)*|!|[^\w\s]", re.UNICODE)
_NT = re.compile(r"(?<=\w)n't\b")
_PATTERN_NEGATIONS = frozenset(("no", "not", "n't", "never"))


@lru_cache(maxsize=1)
def _pattern_lexicon() -> dict[str, tuple[float, float, float]]:
    """word -> (polarity, subjectivity, intensity), averaged over senses as TextBlob does."""
    from textblob.en import sentiment

    sentiment.get("good")  # the lazy dictionary loads en-sentiment.xml on first use
    lex = {w: tuple(dict.__getitem__(sentiment, w)[None]) for w in dict.keys(sentiment)}
    return lex


@lru_cache(maxsize=1)
def _pattern_modifiers() -> frozenset[str]:
    """The lexicon's adverbs (tagged RB): words that scale the next lexicon word ("very")."""
    from textblob.en import sentiment

    return frozenset(w for w in dict.keys(sentiment) if "RB" in dict.__getitem__(sentiment, w))


@lru_cache(maxsize=1)
def _pattern_news_lexicon() -> dict[str, tuple[float, float, float]]:
    """The pattern lexicon without :data:`QUANTITY_WORDS`, with the news corrections of
    ``lib/data/news_valence.csv`` (a polarity set keeps the word's subjectivity and intensity)."""
    lex = {w: v for w, v in _pattern_lexicon().items() if w not in QUANTITY_WORDS}
    for word, polarity in news_valences()["pattern"].items():
        if polarity is None:
            lex.pop(word, None)
        else:
            lex[word] = (polarity, *lex.get(word, (0.0, 0.5, 1.0))[1:])
    return lex


def _pattern_tokens(text: str) -> list[str]:
    """Lower-cased words, clitics ("n't" split off) and punctuation of ``text``."""
    text = text.lower()
    if "n't" in text:
        text = _NT.sub(" n't", text)
    return _PATTERN_TOKEN.findall(text)


def pattern_polarity(text: str, names: bool = False, quantities: bool = False) -> tuple[float, float, int]:
    """(polarity, subjectivity, words assessed) with TextBlob's PatternAnalyzer rules.

    Only words in the pattern lexicon count; polarity is their mean, after
    modifiers ("very good") and negation ("not good" = -0.5 × good).
    With ``names=True`` words inside multi-word capitalised names are skipped;
    with ``quantities=True`` so are the :data:`QUANTITY_WORDS`, and the news
    corrections of ``lib/data/news_valence.csv`` apply (the list score_texts reads).

    >>> pattern_polarity("Not a very good deal.")
    (-0.2692, 0.4615, 1)
    >>> pattern_polarity("More people came."), pattern_polarity("More people came.", quantities=True)
    ((0.5, 0.5, 1), (0.0, 0.0, 0))
    """
    text = normalize_quotes(text)
    if names:
        raw = text.split()
        text = _mask_text(raw, name_tokens(raw), text)
    return _pattern_core(text, lex=_pattern_news_lexicon() if quantities else None)


def _assess(tokens: list[str], lex: dict) -> tuple[list[list], list[int]]:
    """TextBlob's assessment loop: one [polarity, subjectivity, intensity, negated] entry per assessed word.

    A modifier ("very") and the lexicon word after it make one entry; a
    negation before it flips the entry (negated = -1). The second list holds
    each entry's word position in ``tokens``.
    """
    mods = _pattern_modifiers()
    a: list[list] = []  # [polarity, subjectivity, intensity, negated]
    owner: list[int] = []  # for each entry of a, the index of its word in tokens
    m = None
    neg = None
    for k, w in enumerate(tokens):
        if w in lex:
            p, s, i = lex[w]
            if m is None:
                a.append([p, s, i, 1])
                owner.append(k)
            else:
                owner[-1] = k  # the modifier's entry now belongs to the word it modifies
                a[-1][0] = max(-1.0, min(p * a[-1][2], 1.0))
                a[-1][1] = max(-1.0, min(s * a[-1][2], 1.0))
                a[-1][2] = i
            if neg is not None:
                a[-1][2] = 1.0 / a[-1][2]
                a[-1][3] = -1
            m = None
            neg = None
            if w in mods:
                m = w
            if w in _PATTERN_NEGATIONS:
                neg = w
        else:
            if w in _PATTERN_NEGATIONS:
                neg = w
            elif neg and len(w.strip("'")) > 1:
                neg = None
            if neg is not None and m is not None and m.endswith("ly"):
                a[-1][3] = -1
                neg = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and a:
                a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, 1.0))
    return a, owner


def _pattern_core(text: str, trace: list | None = None, lex: dict | None = None) -> tuple[float, float, int]:
    """(polarity, subjectivity, n) of ``text`` with lexicon ``lex`` (default: the whole lexicon).

    ``trace``, if a list, gets (word, value) for each lexicon token: the
    polarity it adds to the mean (None for a modifier that only scales the
    next word), so that polarity = mean of the non-None values.
    """
    if lex is None:
        lex = _pattern_lexicon()
    tokens = _pattern_tokens(text)
    if lex.keys().isdisjoint(tokens):
        if trace is not None:
            trace.extend((w, None) for w in tokens if w in lex)
        return 0.0, 0.0, 0
    a, owner = _assess(tokens, lex)
    if trace is not None:
        counted = dict(zip(owner, (x[0] * -0.5 if x[3] < 0 else x[0] for x in a), strict=True))
        trace.extend((w, counted.get(k)) for k, w in enumerate(tokens) if w in lex)
    if not a:
        return 0.0, 0.0, 0
    pol = sum(x[0] * -0.5 if x[3] < 0 else x[0] for x in a) / len(a)
    subj = sum(x[1] for x in a) / len(a)
    return round(pol, 4), round(subj, 4), len(a)
