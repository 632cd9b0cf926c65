"""VADER: a faithful, faster port of vaderSentiment 3.3.2's ``polarity_scores``.

The port gives the reference's numbers (checked in tests/test_sentiment.py)
but lower-cases each sentence once and skips sentences with no lexicon word.
Its stages: :func:`_vader_tokens` (the reference's tokens, lower-cased, masked
words blanked), :func:`_vader_valences` (one valence per token: each lexicon
word through :func:`_valence_at`, whose rules are one function each, then
:func:`_but_check`), :func:`_vader_score` (the valences squashed into neg, neu,
pos, compound). The word list is :func:`lib.lexicon.vader_lexicon`; the
rule constants and the emoji list come from the vaderSentiment package,
loaded on first use.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import news_valences, vader_lexicon
from ._masks import like_tokens, name_tokens
from ._normalize import _PUNCT, _replace_emojis

__all__ = ["vader_scores"]


class _Rules(NamedTuple):
    """VADER's word list and the constants of its rules (vaderSentiment 3.3.2)."""

    lexicon: dict[str, float]  # word -> valence -4..+4
    booster: dict[str, float]  # "very" +0.293, "barely" -0.293 …
    negate: frozenset[str]  # "not", "never", "isnt" …
    n_scalar: float  # a negated valence is multiplied by this (-0.74)
    c_incr: float  # extra valence of an ALL-CAPS word in a mixed-case text (0.733)
    special: dict[str, float]  # idioms ("the bomb", "kiss of death") -> valence


@lru_cache(maxsize=2)
def _rules(news: bool = False) -> _Rules:
    """The rule constants, read from vaderSentiment once; with ``news=True`` the word list carries the news
    corrections of ``lib/data/news_valence.csv`` (:func:`lib.lexicon.news_valences`)."""
    from vaderSentiment import vaderSentiment as vs

    return _Rules(_news_lexicon() if news else vader_lexicon(), vs.BOOSTER_DICT, frozenset(vs.NEGATE),
                  vs.N_SCALAR, vs.C_INCR, vs.SPECIAL_CASES)


def _news_lexicon() -> dict[str, float]:
    """VADER's word list with the news corrections: valences set, and words that are no judgement in news out."""
    lexicon = dict(vader_lexicon())
    for word, valence in news_valences()["vader"].items():
        if valence is None:
            lexicon.pop(word, None)
        else:
            lexicon[word] = valence
    return lexicon


@lru_cache(maxsize=1)
def _emojis() -> dict[str, str]:
    """VADER's emoji -> description list, from one analyzer loaded once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().emojis


def vader_scores(text: str, names: bool = False, like: bool = False,
                 news: bool = False) -> tuple[float, float, float, float]:
    """VADER's (neg, neu, pos, compound) for one text, exactly as vaderSentiment 3.3.2.

    No quote normalisation here: with the defaults this is the reference
    behaviour. With ``names=True`` words inside multi-word capitalised names
    ("United Nations", "Supreme Court") are not looked up (see
    :func:`name_tokens`); with ``like=True`` neither is "like" where it is
    not a verb (see :func:`like_tokens`); with ``news=True`` the word list
    carries the news corrections of ``lib/data/news_valence.csv``.

    >>> vader_scores("The talks were very successful!")
    (0.0, 0.477, 0.523, 0.6581)
    >>> vader_scores("The United Nations met."), vader_scores("The United Nations met.", names=True)
    ((0.0, 0.517, 0.483, 0.4215), (0.0, 1.0, 0.0, 0.0))
    >>> vader_scores("It looks like rain.")[3], vader_scores("It looks like rain.", like=True)[3]
    (0.3612, 0.0)
    """
    if not text.isascii():
        text = _replace_emojis(text, _emojis())
    raw = text.split()
    masked = set(name_tokens(raw)) if names else set()
    if like:
        masked.update(like_tokens(raw))
    return _vader_core(text, raw, sorted(masked), news=news)


def _vader_core(text: str, raw: list[str], masked: Sequence[int],
                news: bool = False) -> tuple[float, float, float, float]:
    """The port proper: ``raw`` is ``text.split()`` after emoji replacement; ``masked`` are name tokens;
    ``news`` reads the word list with the news corrections."""
    if not raw:
        return 0.0, 0.0, 0.0, 0.0
    sentiments = _vader_valences(raw, masked, _rules(news))
    if sentiments is None:  # no lexicon word: all valences 0
        return 0.0, 1.0, 0.0, 0.0
    return _vader_score(text, sentiments)


def _vader_tokens(raw: list[str], masked: Sequence[int]) -> tuple[list[str], list[str]]:
    """(words, lower): the reference's tokens of ``raw`` and the same lower-cased, masked ones blanked."""
    # the reference strips punctuation from a token unless 2 characters or fewer would be left
    words = [tok if len(stripped := tok.strip(_PUNCT)) <= 2 else stripped for tok in raw]
    lower = " ".join(words).lower().split(" ")  # tokens hold no whitespace, lower() adds none
    for i in masked:
        lower[i] = "\x00"  # a name part: no lexicon word, booster or negation
    return words, lower


def _vader_valences(raw: list[str], masked: Sequence[int], rules: _Rules | None = None) -> list[float] | None:
    """One valence per token of ``raw``, after every VADER rule (boosters, negation, "but" …).

    None when no token is a lexicon word (then every valence is 0). Tokens
    at the ``masked`` indices (name parts) are neither lexicon words nor
    boosters nor negations. :func:`lib.explain.sentiment.explain_vader` shows
    exactly these numbers. ``rules`` default to VADER's own (:func:`_rules`).
    """
    rules = rules or _rules()
    lexicon, booster = rules.lexicon, rules.booster
    words, lower = _vader_tokens(raw, masked)
    if lexicon.keys().isdisjoint(lower):
        return None
    n = len(words)
    upper = sum(map(str.isupper, words))
    is_cap_diff = 0 < n - upper < n
    has_no = "no" in lower
    sentiments: list[float] = [0] * n  # non-lexicon words and boosters stay 0
    for i in [i for i, lw in enumerate(lower) if lw in lexicon]:
        lw = lower[i]
        if lw in booster:
            continue
        if i < n - 1 and lw == "kind" and lower[i + 1] == "of":
            continue
        sentiments[i] = _valence_at(i, lower, words, is_cap_diff, has_no, rules)
    if "but" in lower:
        _but_check(sentiments, lower.index("but"))
    return sentiments


def _valence_at(i: int, lower: list[str], words: list[str], is_cap_diff: bool, has_no: bool,
                rules: _Rules) -> float:
    """The valence of the lexicon word at ``i`` after the reference's per-word rules, in its order.

    "no" (:func:`_no_check`), ALL CAPS, then each of the three words before
    it that is not a lexicon word: booster (:func:`_booster_shift`), negation
    (:func:`_negation_check`) and, three back, idioms
    (:func:`_special_idioms`); last "least" (:func:`_least_check`).
    """
    lexicon, booster, negate, n_scalar, c_incr, special = rules
    lw = lower[i]
    valence = lexicon[lw]
    if has_no:
        valence = _no_check(valence, i, lower, lexicon, n_scalar)
    if is_cap_diff and words[i].isupper():
        valence = valence + c_incr if valence > 0 else valence - c_incr
    for start_i in range(3):
        j = i - (start_i + 1)
        if i > start_i and lower[j] not in lexicon:
            lj = lower[j]
            if lj in booster:
                valence += _booster_shift(valence, lj, start_i, is_cap_diff and words[j].isupper(), rules)
            valence = _negation_check(valence, lower, i, start_i, negate, n_scalar)
            if start_i == 2:
                valence = _special_idioms(valence, lower, i, special, booster)
    if i > 0 and lower[i - 1] == "least":
        valence = _least_check(valence, lower, i, lexicon, n_scalar)
    return valence


def _no_check(valence: float, i: int, lower: list[str], lexicon: dict, n_scalar: float) -> float:
    """"no" before another lexicon word is 0; a word up to 3 after "no" ("no or/nor …") is negated."""
    lw = lower[i]
    if lw == "no" and i != len(lower) - 1 and lower[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
        valence = lexicon[lw] * n_scalar
    return valence


def _booster_shift(valence: float, booster_word: str, start_i: int, caps: bool, rules: _Rules) -> float:
    """The reference's scalar_inc_dec: what a booster ``start_i + 1`` words back adds to ``valence``.

    Towards the valence's sign; more for an ALL-CAPS booster (``caps``); 0.95
    of it two words back, 0.9 three back.
    """
    s = rules.booster[booster_word]
    if valence < 0:
        s *= -1
    if caps:
        s = s + rules.c_incr if valence > 0 else s - rules.c_incr
    if start_i == 1 and s != 0:
        s = s * 0.95
    if start_i == 2 and s != 0:
        s = s * 0.9
    return s


def _negation_check(valence: float, lower: list[str], i: int, start_i: int, negate: frozenset[str],
                    n_scalar: float) -> float:
    """The reference's _negation_check for the word ``start_i + 1`` before ``i``.

    A negation ("not", "never", any "n't") multiplies the valence by
    ``n_scalar``; "never so/this" and (three back) a "so"/"this" right before
    boost it by 1.25; "without doubt" leaves it alone.
    """
    if start_i == 0:
        w1 = lower[i - 1]
        if w1 in negate or "n't" in w1:
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
    return valence


def _special_idioms(valence, lower, i, special, booster):
    """The reference's _special_idioms_check: idioms around ``i`` set the valence, booster phrases add."""
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


def _least_check(valence: float, lower: list[str], i: int, lexicon: dict, n_scalar: float) -> float:
    """The reference's _least_check, for a word right after "least": negated, except after "at/very least"."""
    if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * n_scalar
    elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        valence = valence * n_scalar
    return valence


def _but_check(sentiments: list[float], bi: int) -> None:
    """The reference's _but_check, quirks included: halve valences before "but" (at ``bi``), ×1.5 after.

    It finds each value's position with ``list.index``, so equal values
    share the first one's position; kept as is to give the same numbers.
    """
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 0.5)
        elif si > bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 1.5)


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
