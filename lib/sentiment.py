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
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Sequence

import numpy as np
import pandas as pd

from .text import sentences as _sentences

__all__ = [
    "QUOTE_MARKS",
    "normalize_quotes",
    "vader_scores",
    "pattern_polarity",
    "score_texts",
    "score_sentences",
    "compare_scorers",
    "explain_vader",
    "sentence_sentiment",
    "sentiment_in",
    "document_sentiment",
    "person_sentiment",
    "speaker_sentiment",
    "POSITIVE",
    "NEGATIVE",
    "name_tokens",
    "vader_rules",
    "rule_examples",
    "RULES",
    "explain_pattern",
    "explain_compound",
    "like_tokens",
    "LIKE_VERB_AFTER",
    "QUANTITY_WORDS",
]

#: A sentence counts as positive when compound >= POSITIVE, negative when
#: compound <= NEGATIVE, otherwise neutral (VADER's usual thresholds).
POSITIVE = 0.05
NEGATIVE = -0.05

SCORE_COLUMNS = ["neg", "neu", "pos", "compound", "vader", "pattern"]

# Typographic quote marks -> ASCII. Double marks become '"', single marks "'"
# (’ is also the typographic apostrophe: "don’t" -> "don't").
QUOTE_MARKS = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "＇": "'",
}
_QUOTE_TABLE = str.maketrans(QUOTE_MARKS)


def normalize_quotes(text: str) -> str:
    """Replace typographic quote marks by ASCII ones (same length, same offsets).

    >>> normalize_quotes("“great” «great» don’t")
    '"great" "great" don\\'t'
    """
    return text.translate(_QUOTE_TABLE)


# --------------------------------------------------------------------------
# VADER: a faithful, faster port of vaderSentiment 3.3.2's polarity_scores


@lru_cache(maxsize=1)
def _vader():
    """The vaderSentiment module's constants and one analyzer's lexicons (read once)."""
    from vaderSentiment import vaderSentiment as vs

    analyzer = vs.SentimentIntensityAnalyzer()
    return vs, analyzer.lexicon, analyzer.emojis


_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"  # string.punctuation


def _replace_emojis(text: str, emojis: dict) -> str:
    # the reference's character loop, only run on non-ASCII text
    out = []
    prev_space = True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out)


def vader_scores(text: str, names: bool = False, like: bool = False) -> tuple[float, float, float, float]:
    """VADER's (neg, neu, pos, compound) for one text, exactly as vaderSentiment 3.3.2.

    No quote normalisation here: with the defaults this is the reference
    behaviour. With ``names=True`` words inside multi-word capitalised names
    ("United Nations", "Supreme Court") are not looked up (see
    :func:`name_tokens`); with ``like=True`` neither is "like" where it is
    not a verb (see :func:`like_tokens`).

    >>> vader_scores("The talks were very successful!")
    (0.0, 0.477, 0.523, 0.6581)
    >>> vader_scores("The United Nations met."), vader_scores("The United Nations met.", names=True)
    ((0.0, 0.517, 0.483, 0.4215), (0.0, 1.0, 0.0, 0.0))
    >>> vader_scores("It looks like rain.")[3], vader_scores("It looks like rain.", like=True)[3]
    (0.3612, 0.0)
    """
    if not text.isascii():
        text = _replace_emojis(text, _vader()[2])
    raw = text.split()
    masked = set(name_tokens(raw)) if names else set()
    if like:
        masked.update(like_tokens(raw))
    return _vader_core(text, raw, sorted(masked))


def _vader_core(text: str, raw: list[str], masked: Sequence[int]) -> tuple[float, float, float, float]:
    """The port proper: ``raw`` is ``text.split()`` after emoji replacement; ``masked`` are name tokens."""
    if not raw:
        return 0.0, 0.0, 0.0, 0.0
    sentiments = _vader_valences(raw, masked)
    if sentiments is None:  # no lexicon word: all valences 0
        return 0.0, 1.0, 0.0, 0.0
    return _vader_score(text, sentiments)


def _vader_valences(raw: list[str], masked: Sequence[int]) -> list[float] | None:
    """One valence per token of ``raw``, after every VADER rule (boosters, negation, "but" …).

    None when no token is a lexicon word (then every valence is 0). Tokens
    at the ``masked`` indices (name parts) are neither lexicon words nor
    boosters nor negations. :func:`explain_vader` shows exactly these numbers.
    """
    vs, lexicon, _ = _vader()
    # the reference strips punctuation from a token unless 2 characters or fewer would be left
    words = [tok if len(stripped := tok.strip(_PUNCT)) <= 2 else stripped for tok in raw]
    lower = " ".join(words).lower().split(" ")  # tokens hold no whitespace, lower() adds none
    for i in masked:
        lower[i] = "\x00"  # a name part: no lexicon word, booster or negation
    if lexicon.keys().isdisjoint(lower):
        return None
    n = len(words)
    upper = sum(map(str.isupper, words))
    is_cap_diff = 0 < n - upper < n
    booster = vs.BOOSTER_DICT
    negate = _negate_set()
    n_scalar, c_incr = vs.N_SCALAR, vs.C_INCR
    special = vs.SPECIAL_CASES

    sentiments: list[float] = [0] * n  # non-lexicon words and boosters stay 0
    for i in [i for i, lw in enumerate(lower) if lw in lexicon]:
        lw = lower[i]
        if lw in booster:
            continue
        if i < n - 1 and lw == "kind" and lower[i + 1] == "of":
            continue
        valence = lexicon[lw]
        if lw == "no" and i != n - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
            valence = lexicon[lw] * n_scalar
        if is_cap_diff and words[i].isupper():
            valence = valence + c_incr if valence > 0 else valence - c_incr
        for start_i in range(3):
            j = i - (start_i + 1)
            if i > start_i and lower[j] not in lexicon:
                # scalar_inc_dec
                lj = lower[j]
                if lj in booster:
                    s = booster[lj]
                    if valence < 0:
                        s *= -1
                    if is_cap_diff and words[j].isupper():
                        s = s + c_incr if valence > 0 else s - c_incr
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                # _negation_check
                if start_i == 0:
                    if lj in negate or "n't" in lj:
                        valence = valence * n_scalar
                elif start_i == 1:
                    w2 = lower[i - 2]
                    if w2 == "never" and lower[i - 1] in ("so", "this"):
                        valence = valence * 1.25
                    elif w2 == "without" and lower[i - 1] == "doubt":
                        pass
                    elif w2 in negate or "n't" in w2:
                        valence = valence * n_scalar
                else:
                    w3 = lower[i - 3]
                    if (w3 == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
                        valence = valence * 1.25
                    elif w3 == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                        pass
                    elif w3 in negate or "n't" in w3:
                        valence = valence * n_scalar
                    valence = _special_idioms(valence, lower, i, special, booster)
        # _least_check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * n_scalar
        sentiments[i] = valence

    if "but" in lower:  # the reference's _but_check, quirks included
        bi = lower.index("but")
        for sentiment in sentiments:
            si = sentiments.index(sentiment)
            if si < bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 0.5)
            elif si > bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 1.5)
    return sentiments


def _punctuation_emphasis(text: str) -> float:
    """VADER's emphasis from "!" (0.292 each, up to 4) and "??" (0.18 each, at most 0.96)."""
    ep = min(text.count("!"), 4) * 0.292
    qm_count = text.count("?")
    qm = 0
    if qm_count > 1:
        qm = qm_count * 0.18 if qm_count <= 3 else 0.96
    return ep + qm


def _vader_score(text: str, sentiments: list[float]) -> tuple[float, float, float, float]:
    """The reference's score_valence: (neg, neu, pos, compound) from the token valences."""
    sum_s = float(sum(sentiments))
    punct = _punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += punct
    elif sum_s < 0:
        sum_s -= punct
    compound = sum_s / math.sqrt(sum_s * sum_s + 15)
    compound = max(-1.0, min(1.0, compound))
    pos_sum = neg_sum = 0.0
    neu_count = 0
    for s in sentiments:
        if s > 0:
            pos_sum += float(s) + 1
        elif s < 0:
            neg_sum += float(s) - 1
        else:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (round(math.fabs(neg_sum / total), 3), round(math.fabs(neu_count / total), 3),
            round(math.fabs(pos_sum / total), 3), round(compound, 4))


_NAME_CONNECTORS = frozenset(("of", "for", "and", "the", "on", "de", "du", "von", "van", "al", "el", "&"))
_OPENERS = "\"'([“‘«"
_CLOSERS = ",.;:!?)]\"'”’»"


def _is_cap(tok: str) -> bool:
    """Title case: an upper-case first letter (after opening quotes) and some lower case."""
    if tok[0] in _OPENERS:
        tok = tok.lstrip(_OPENERS)
        if not tok:
            return False
    return tok[0].isupper() and len(tok) > 1 and not tok.isupper()


def name_tokens(tokens: Sequence[str]) -> list[int]:
    """Indices of whitespace tokens that belong to a multi-word capitalised name.

    A name is a run of two or more capitalised tokens (title case), possibly
    joined by "of", "for", "and", "the" …, not broken by punctuation. Words
    such as "United", "Supreme", "Security" or "Great" are names there, not
    praise.

    >>> name_tokens("The United Nations Security Council met; it was great.".split())
    [0, 1, 2, 3, 4]
    >>> name_tokens("Bank of England staff".split())
    [0, 1, 2]
    """
    caps = [i for i, t in enumerate(tokens)
            if (t[0].isupper() and len(t) > 1 and not t.isupper()) or (t[0] in _OPENERS and _is_cap(t))]
    if len(caps) < 2:
        return []
    out: list[int] = []
    first = last = caps[0]
    count = 1
    for c in caps[1:]:
        # the name goes on if no punctuation closes the last capitalised word
        # and only connectors ("of", "and" …) stand between the two
        if tokens[last][-1] not in _CLOSERS and all(
                tokens[j].lower() in _NAME_CONNECTORS for j in range(last + 1, c)):
            last = c
            count += 1
            continue
        if count >= 2:
            out.extend(range(first, last + 1))
        first = last = c
        count = 1
    if count >= 2:
        out.extend(range(first, last + 1))
    return out


#: After these words "like" is the verb (rated +1.5 by VADER); elsewhere it
#: is read as the preposition or conjunction ("like France", "looks like").
LIKE_VERB_AFTER = frozenset((
    "i", "we", "you", "they", "he", "she", "who",  # subjects ("likes"/"liked" are always verbs)
    "do", "does", "did", "would", "will", "shall", "should", "could", "might", "may", "must", "can",
    "to", "not", "never", "really", "also", "still",
))


def like_tokens(tokens: Sequence[str]) -> list[int]:
    """Indices of whitespace tokens that are "like" but not the verb.

    "like" is the verb right after a subject pronoun, an auxiliary or modal
    (also "don't", "I'd", "we'll"), "to", or "not", "never", "really",
    "also", "still" (:data:`LIKE_VERB_AFTER`); everywhere else it is taken
    as the preposition or conjunction, which VADER should not rate.

    >>> like_tokens("Countries like France would like a deal, and we like it.".split())
    [1]
    >>> like_tokens("It looks like they don't like it.".split())
    [2]
    """
    out = []
    for i, tok in enumerate(tokens):
        if len(tok) >= 4 and tok.strip(_PUNCT).lower() == "like":
            prev = tokens[i - 1].lower().strip(_PUNCT) if i else ""
            if not (prev in LIKE_VERB_AFTER or prev.endswith(("n't", "'d", "'ll"))):
                out.append(i)
    return out


@lru_cache(maxsize=1)
def _negate_set() -> frozenset[str]:
    vs = _vader()[0]
    return frozenset(vs.NEGATE)


def _special_idioms(valence, lower, i, special, booster):
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


# --------------------------------------------------------------------------
# pattern: TextBlob's PatternAnalyzer rules with a small regex tokenizer


@lru_cache(maxsize=1)
def _pattern_lexicon() -> dict[str, tuple[float, float, float]]:
    """word -> (polarity, subjectivity, intensity), averaged over senses as TextBlob does."""
    from textblob.en import sentiment

    sentiment.get("good")  # the lazy dictionary loads en-sentiment.xml on first use
    lex = {w: tuple(dict.__getitem__(sentiment, w)[None]) for w in dict.keys(sentiment)}
    return lex


@lru_cache(maxsize=1)
def _pattern_modifiers() -> frozenset[str]:
    from textblob.en import sentiment

    return frozenset(w for w in dict.keys(sentiment) if "RB" in dict.__getitem__(sentiment, w))


#: Pattern-lexicon words that count, order or point rather than judge.
#: :func:`score_texts` does not look them up (see the module docstring).
QUANTITY_WORDS = frozenset((
    "more", "most", "many", "much", "few", "fewer", "less", "least", "several", "various",  # how many
    "first", "second", "third", "last", "next", "former", "latter", "previous", "further",  # which in order
    "other", "own", "such", "same", "only", "certain",  # which one
))


@lru_cache(maxsize=1)
def _pattern_news_lexicon() -> dict[str, tuple[float, float, float]]:
    """The pattern lexicon without :data:`QUANTITY_WORDS`."""
    return {w: v for w, v in _pattern_lexicon().items() if w not in QUANTITY_WORDS}


# words with inner hyphens/dots/apostrophes; "n't" and "'s"-type clitics; "!"; other punctuation
_PATTERN_TOKEN = re.compile(r"n't|'(?:s|m|d|ll|re|ve)\b|[^\W_]+(?:[-.][^\W_]+)*|!|[^\w\s]", re.UNICODE)
_NT = re.compile(r"(?<=\w)n't\b")
_PATTERN_NEGATIONS = frozenset(("no", "not", "n't", "never"))


def _pattern_tokens(text: str) -> list[str]:
    text = text.lower()
    if "n't" in text:
        text = _NT.sub(" n't", text)
    return _PATTERN_TOKEN.findall(text)


def pattern_polarity(text: str, names: bool = False, quantities: bool = False) -> tuple[float, float, int]:
    """(polarity, subjectivity, words assessed) with TextBlob's PatternAnalyzer rules.

    Only words in the pattern lexicon count; polarity is their mean, after
    modifiers ("very good") and negation ("not good" = -0.5 × good).
    With ``names=True`` words inside multi-word capitalised names are skipped;
    with ``quantities=True`` so are the :data:`QUANTITY_WORDS`.

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


def _mask_text(raw: list[str], masked: Sequence[int], text: str) -> str:
    if not masked:
        return text
    raw = list(raw)
    for i in masked:
        raw[i] = "_"  # not a word for the pattern tokenizer
    return " ".join(raw)


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
    if trace is not None:
        counted = dict(zip(owner, (x[0] * -0.5 if x[3] < 0 else x[0] for x in a)))
        trace.extend((w, counted.get(k)) for k, w in enumerate(tokens) if w in lex)
    if not a:
        return 0.0, 0.0, 0
    pol = sum(x[0] * -0.5 if x[3] < 0 else x[0] for x in a) / len(a)
    subj = sum(x[1] for x in a) / len(a)
    return round(pol, 4), round(subj, 4), len(a)


# --------------------------------------------------------------------------
# the combined scorer


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
            clean = _replace_emojis(clean, _vader()[2])
    raw = clean.split()
    names = name_tokens(raw)
    likes = like_tokens(raw) if "like" in clean.lower() else []
    return clean, raw, names, likes


def _vader_masked(names: list[int], likes: list[int]) -> list[int]:
    return sorted(set(names).union(likes)) if likes else names


def _score_one(text: str) -> tuple[float, float, float, float, float, float]:
    clean, raw, names, likes = _prepare(text)
    if not raw:
        return 0.0, 1.0, 0.0, 0.0, 0.0, 0.0
    neg, neu, pos, vader = _vader_core(clean, raw, _vader_masked(names, likes))
    pattern = _pattern_core(_mask_text(raw, names, clean), lex=_pattern_news_lexicon())[0]
    return neg, neu, pos, round((vader + pattern) / 2, 4), vader, pattern


def score_texts(texts: Sequence[str]) -> pd.DataFrame:
    """Score each text; one row per input, same order (index 0..n-1).

    Columns neg, neu, pos, compound, vader, pattern (see the module
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
    """``frame`` with the score columns of :func:`score_texts` appended."""
    scores = score_texts(list(frame[column]))
    scores.index = frame.index
    return pd.concat([frame, scores], axis=1)


def compare_scorers(texts: Sequence[str]) -> pd.DataFrame:
    """The reference scorers side by side: text, vader_ref, textblob, compound.

    ``vader_ref`` is vaderSentiment's own analyzer on the raw text (no quote
    normalisation); ``textblob`` is TextBlob's PatternAnalyzer polarity
    (TextBlob's own tokenizer); ``compound`` is :func:`score_texts`.

    >>> compare_scorers(["Hardly a triumph."]).columns.tolist()
    ['text', 'vader_ref', 'textblob', 'compound']
    """
    from textblob.en import sentiment as textblob_sentiment

    ref = _reference_analyzer(_vader()[0].SentimentIntensityAnalyzer)
    texts = [str(t) for t in texts]
    ours = score_texts(texts)["compound"].tolist()
    return pd.DataFrame({
        "text": texts,
        "vader_ref": [ref.polarity_scores(t)["compound"] for t in texts],
        "textblob": [round(textblob_sentiment(t)[0], 4) for t in texts],
        "compound": ours,
    })


@lru_cache(maxsize=1)
def _reference_analyzer(cls):
    return cls()


def explain_vader(text: str) -> pd.DataFrame:
    """VADER's per-token valences for one text, exactly as :func:`score_texts` uses them.

    Columns: token (the whitespace token, after quote normalisation), lexicon
    (the word's raw lexicon rating, or NaN), valence (after boosters,
    negation, "but" and capitals; 0 for skipped words), in_name (True where
    :func:`score_texts` skips the word because it is part of a multi-word
    name), skipped ("name", "like: not a verb" (:func:`like_tokens`) or "").
    The ``vader`` score of :func:`score_texts`
    is ``x / sqrt(x² + 15)`` of ``x = sum(valence)`` moved away from 0 by
    the punctuation emphasis ("!" and "??"), which belongs to no token; see
    :func:`explain_compound` for the whole sum.

    >>> explain_vader("Not bad, but slow.")  # doctest: +NORMALIZE_WHITESPACE
       token  lexicon  valence  in_name skipped
    0    Not      NaN    0.000    False
    1   bad,     -2.5    0.925    False
    2    but      NaN    0.000    False
    3  slow.      NaN    0.000    False
    >>> explain_vader("The Supreme Court looks like a fair judge.")  # doctest: +NORMALIZE_WHITESPACE
         token  lexicon  valence  in_name           skipped
    0      The      NaN      0.0     True              name
    1  Supreme      2.6      0.0     True              name
    2    Court      NaN      0.0     True              name
    3    looks      NaN      0.0    False
    4     like      1.5      0.0    False  like: not a verb
    5        a      NaN      0.0    False
    6     fair      1.3      1.3    False
    7   judge.      NaN      0.0    False
    """
    vs, lexicon, _ = _vader()
    clean, raw, names, likes = _prepare(text)
    sentiments = _vader_valences(raw, _vader_masked(names, likes)) if raw else []
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
    })


def explain_compound(text: str) -> pd.Series:
    """How :func:`score_texts` arrives at one text's ``compound``, step by step.

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
    sentiments = (_vader_valences(raw, _vader_masked(names, likes)) if raw else None) or [0]
    vader_sum = float(sum(sentiments))
    emphasis = _punctuation_emphasis(clean) if raw else 0.0
    vader = _vader_score(clean, sentiments)[3] if raw else 0.0
    pattern, _, n = _pattern_core(_mask_text(raw, names, clean), lex=_pattern_news_lexicon())
    return pd.Series({"vader_sum": round(vader_sum, 4), "emphasis": round(emphasis, 4), "vader": vader,
                      "pattern_words": float(n), "pattern": pattern,
                      "compound": round((vader + pattern) / 2, 4)})


# --------------------------------------------------------------------------
# sentences, articles, people


def sentiment_in(text: str) -> pd.DataFrame:
    """Scored sentences of one string: sent_id, start, end, sentence, neg, …, pattern.

    >>> sentiment_in("It was a disaster. Then it got better.")[["sent_id", "compound"]]
       sent_id  compound
    0        0   -0.3125
    1        1    0.4702
    """
    from .text import sentences_in

    return score_sentences(sentences_in(text))


def sentence_sentiment(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id, start, end, sentence, neg, neu, pos, compound, vader, pattern.

    ``text[start:end] == sentence`` for the article's ``text``.
    """
    return score_sentences(_sentences(corpus))


def document_sentiment(corpus: pd.DataFrame, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article: doc_id, sentences, mean_compound, positive, neutral, negative, min_compound, max_compound.

    ``positive``/``neutral``/``negative`` are shares of the article's
    sentences with compound >= 0.05, between, and <= -0.05. An article with
    no sentence gets 0 sentences and NaN scores. ``sentences`` is the output
    of :func:`sentence_sentiment` when already computed (then ``corpus``
    needs only a doc_id column).

    >>> from lib.corpus import corpus_from_texts                        # doctest: +SKIP
    >>> document_sentiment(corpus_from_texts({"a": "T\\n\\nGood. Bad."}))   # doctest: +SKIP
    """
    if sentences is None:
        sentences = sentence_sentiment(corpus)
    cols = ["doc_id", "sentences", "mean_compound", "positive", "neutral", "negative",
            "min_compound", "max_compound"]
    by_doc: dict[Any, list[float]] = {}
    if len(sentences):
        for d, c in zip(sentences["doc_id"], sentences["compound"]):
            by_doc.setdefault(d, []).append(c)
    rows = []
    for doc_id in corpus["doc_id"]:
        c = by_doc.get(doc_id)
        if not c:
            rows.append((doc_id, 0) + (float("nan"),) * 6)
            continue
        n = len(c)
        values = np.asarray(c, dtype=float)
        values = values[~np.isnan(values)]  # unscored sentences count as neutral but not in the mean
        pos = sum(1 for x in c if x >= POSITIVE)
        neg = sum(1 for x in c if x <= NEGATIVE)
        if not len(values):
            rows.append((doc_id, n, float("nan"), round(pos / n, 4), round((n - pos - neg) / n, 4),
                         round(neg / n, 4), float("nan"), float("nan")))
            continue
        rows.append((doc_id, n, round(float(values.sum() / len(values)), 4),
                     round(pos / n, 4), round((n - pos - neg) / n, 4), round(neg / n, 4),
                     float(values.min()), float(values.max())))
    return pd.DataFrame(rows, columns=cols)


def _tone(frame: pd.DataFrame, key: str, count_name: str, count: pd.Series) -> pd.DataFrame:
    """Mean compound and shares per (doc_id, key) over the scored rows of ``frame``."""
    cols = ["doc_id", key, count_name, "scored", "mean_compound", "positive", "negative"]
    if not len(frame):
        return pd.DataFrame(columns=cols)
    frame = frame.assign(_pos=frame["compound"] >= POSITIVE, _neg=frame["compound"] <= NEGATIVE)
    g = frame.groupby(["doc_id", key], sort=True)
    out = pd.DataFrame({
        "scored": g.size(),
        "mean_compound": g["compound"].mean().round(4),
        "positive": g["_pos"].mean().round(4),
        "negative": g["_neg"].mean().round(4),
    }).reset_index()
    out = out.merge(count.rename(count_name).reset_index(), on=["doc_id", key], how="left")
    return (out[cols].sort_values(["doc_id", "mean_compound", key], kind="stable")
            .reset_index(drop=True))


def _named(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    if not len(frame) or key not in frame:
        return frame.iloc[0:0]
    ok = frame[key].notna() & (frame[key].astype(str).str.strip() != "")
    return frame[ok]


def person_sentiment(corpus: pd.DataFrame, mentions: pd.DataFrame,
                     sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The tone of the sentences that mention each person, per article.

    Columns: doc_id, person, mentions (how often the person is mentioned),
    sentences (distinct sentences that mention them), mean_compound (the
    mean compound of those sentences), positive, negative (shares of those
    sentences at or beyond ±0.05). A sentence naming two people counts for
    both; a person mentioned twice in one sentence counts that sentence once.
    ``mentions`` needs doc_id, start, end, person (as :func:`lib.people.mentions`
    gives them); ``sentences`` is the output
    of :func:`sentence_sentiment` when already computed.
    """
    if sentences is None:
        sentences = sentence_sentiment(corpus)
    mentions = _named(mentions, "person")
    pairs = []
    by_doc = {d: g for d, g in sentences.groupby("doc_id", sort=False)} if len(sentences) else {}
    for doc_id, g in mentions.groupby("doc_id", sort=False):
        sents = by_doc.get(doc_id)
        if sents is None:
            continue
        starts, ends = sents["start"].to_numpy(), sents["end"].to_numpy()
        for r in g.itertuples(index=False):
            hit = (starts < r.end) & (ends > r.start)
            for sid, comp in zip(sents["sent_id"].to_numpy()[hit], sents["compound"].to_numpy()[hit]):
                pairs.append((doc_id, r.person, int(sid), float(comp)))
    pairs = pd.DataFrame(pairs, columns=["doc_id", "person", "sent_id", "compound"]).drop_duplicates(
        ["doc_id", "person", "sent_id"])
    counts = mentions.groupby(["doc_id", "person"]).size()
    return _tone(pairs, "person", "mentions", counts).rename(columns={"scored": "sentences"})


def speaker_sentiment(corpus: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The tone of each speaker's own quotes, per article.

    Each quote's own words are scored (the ``quote`` column when present,
    else ``text[start:end]``), not the sentence around it, so "he said
    angrily" does not colour what was said. Columns: doc_id, speaker, quotes,
    mean_compound, positive, negative (shares of the speaker's quotes).
    Quotes without a speaker are left out. ``quotes`` needs doc_id, start,
    end, speaker, as :func:`lib.quotes.extract_quotes` gives them.
    """
    quotes = _named(quotes, "speaker")
    cols = ["doc_id", "speaker", "quotes", "mean_compound", "positive", "negative"]
    if not len(quotes):
        return pd.DataFrame(columns=cols)
    if "quote" in quotes:
        texts = [str(q) for q in quotes["quote"]]
    else:
        text = dict(zip(corpus["doc_id"], corpus["text"]))
        texts = [text[d][s:e] for d, s, e in zip(quotes["doc_id"], quotes["start"], quotes["end"])]
    scored = quotes[["doc_id", "speaker"]].assign(compound=score_texts(texts)["compound"].to_numpy())
    counts = quotes.groupby(["doc_id", "speaker"]).size()
    return _tone(scored, "speaker", "quotes", counts).drop(columns=["scored"])


RULES = ("booster", "negation", "but", "exclamation", "name", "like")


def vader_rules(text: str) -> list[str]:
    """Which VADER rules (and our name and "like" rules) touch a lexicon word of ``text``.

    booster: "very", "extremely" … up to 3 words before a lexicon word;
    negation: "not", "never", "n't" … up to 3 words before one; but: the
    sentence has "but" and a lexicon word; exclamation: "!" and a lexicon
    word; name: a lexicon word inside a multi-word capitalised name; like:
    a "like" that is not the verb (:func:`like_tokens`), so not rated.

    >>> vader_rules("It was not very good, but FINE!")
    ['booster', 'negation', 'but', 'exclamation']
    """
    vs, lexicon, _ = _vader()
    raw = normalize_quotes(text).split()
    words = [w.strip(_PUNCT).lower() or w.lower() for w in raw]
    hits = [i for i, w in enumerate(words) if w in lexicon and w not in vs.BOOSTER_DICT]
    if not hits:
        return []
    negate = _negate_set()
    found = set()
    for i in hits:
        before = words[max(0, i - 3):i]
        if any(w in vs.BOOSTER_DICT for w in before):
            found.add("booster")
        if any(w in negate or "n't" in w for w in before):
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


def explain_pattern(text: str) -> pd.DataFrame:
    """The pattern-lexicon words of one text, exactly as :func:`score_texts` counts them.

    Columns: word, polarity, subjectivity (the lexicon's ratings, before
    modifiers and negation), counted (the polarity the word adds to the
    mean after modifiers such as "very", negation such as "not" (× -0.5)
    and "!"; NaN for a modifier that only scales the next word). The
    ``pattern`` score of :func:`score_texts` is the mean of ``counted``
    (0 when there is none). Words inside multi-word names and the
    :data:`QUANTITY_WORDS` ("more", "first" …) are skipped.

    >>> explain_pattern("A good deal for common interests.")
         word  polarity  subjectivity  counted
    0    good       0.7           0.6      0.7
    1  common      -0.3           0.5     -0.3
    >>> explain_pattern("Not a very good deal.")
       word  polarity  subjectivity  counted
    0  very       0.2           0.3      NaN
    1  good       0.7           0.6  -0.2692
    """
    lex = _pattern_news_lexicon()
    clean, raw, names, _ = _prepare(text)
    trace: list = []
    _pattern_core(_mask_text(raw, names, clean), trace=trace, lex=lex)
    rows = [(w, round(lex[w][0], 4), round(lex[w][1], 4), float("nan") if c is None else round(c, 4))
            for w, c in trace]
    return pd.DataFrame(rows, columns=["word", "polarity", "subjectivity", "counted"]).astype(
        {"polarity": float, "subjectivity": float, "counted": float})
