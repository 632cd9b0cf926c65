"""Reporting verbs next to a name: the checks that tell a speaker ("Hakan Fidan said", "…," noted Jo Bell).

The patterns are alternations of every reporting cue (lib/data/reporting_verbs.txt),
long to compile and slow to try; each check first looks at the one word the
pattern could start or end with, and tries the pattern only where it may
match (tests/test_properties.py checks that the checks agree with the patterns).

>>> _next_word_is_cue("Jo Bell, a spokesman for the firm, said so.", 7), _ends_with_cue("…, noted ")
(True, True)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import reporting_verb_pattern, reporting_verbs, role_groups
from ._tokenize import _LETTERS


@lru_cache(maxsize=1)
def _role_word_pattern() -> str:
    """An alternation of the one-word roles (lib/data/roles.csv)."""
    return "|".join(sorted((re.escape(r) for r in role_groups() if " " not in r), key=lambda r: (-len(r), r)))


@lru_cache(maxsize=1)
def _cue_after_re() -> re.Pattern:
    """A reporting verb after a name, perhaps past an aside or an apposition (matched at the name's end)."""
    # "X said", "X, a spokesman for …, said", "X, deputy chief economist at …, said", "X, also said",
    # "X (D-Wis.) said"; but not after an acronym, which names an organisation: "Fiscal Studies (IFS) said"
    return re.compile(r"\s*(?:\((?![A-Z\d&.]{2,}\))[^()\n]{1,40}\)\s*)?"
                      r"(?:,\s*(?:who\b|a\b|an\b|the\b|(?:[\w'’-]+\s+){0,3}?(?:" + _role_word_pattern() + r")\b)"
                      r"[^,]{0,80},\s*)?(?:,\s*(?:also|then|later)\s+|(?:also\s+|then\s+|later\s+)?)(?:"
                      + reporting_verb_pattern() + r")\b", re.I)


_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*,\s+$")


@lru_cache(maxsize=1)
def _apposed_cue_re() -> re.Pattern:
    """A comma and a reporting verb right after a name: ", said", ", also told"."""
    return re.compile(r",\s*(?:also\s+)?(?:" + reporting_verb_pattern() + r")\b")


@lru_cache(maxsize=1)
def _cue_before_re() -> re.Pattern:
    """A reporting verb and white space at the end of a text (searched for in the words before a name)."""
    return re.compile(r"\b(?:" + reporting_verb_pattern() + r")\s+$", re.I)


@lru_cache(maxsize=1)
def _cue_last_words() -> frozenset[str] | None:
    """The last words of the cues; None when a cue is not plain ASCII."""
    cues = list(reporting_verbs())
    return frozenset(c.split()[-1] for c in cues) if all(c.isascii() for c in cues) else None


def _last_word(text: str) -> str:
    """The word characters at the end of ``text`` (which ends with no line break): what ``\\w+$`` finds, or ""."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


_TELL_BEFORE = re.compile(r"\b(?:told|tells?|telling)\s+$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside|inside|across)\s+$")


def _speaker_after_cue(tail: str) -> bool:
    """Whether ``tail`` ends with a reporting verb after which a speaker is named ("…," noted Jo Bell), not
    "told", whose object is the listener ("told BBC Radio Leicester")."""
    return _ends_with_cue(tail) and not _TELL_BEFORE.search(tail)


def _ends_with_cue(tail: str) -> bool:
    """Whether ``tail`` ends with a reporting verb and a space ("… said "), as ``_cue_before_re`` finds.

    The pattern, a long alternation, is only tried when the last word is the
    last word of a cue (or is not plain ASCII, whose case folding lower() may
    not show).
    """
    stripped = tail.rstrip()
    if len(stripped) == len(tail):
        return False
    last = _last_word(stripped)
    words = _cue_last_words()
    if not last or (words is not None and last.isascii() and last.lower() not in words):
        return False
    return bool(_cue_before_re().search(tail))



# after white space, a comma or a bracket (group 1) or the letters of a word (group 2)
_NEXT_TOKEN = re.compile(r"\s*(?:([,(])|([^\W\d_]+))?")


def _next_word_is_cue(text: str, end: int) -> bool:
    """Whether a reporting verb follows ``end`` (see :func:`_cue_after_re`).

    The pattern is only tried after a comma or a bracket, or before a word that
    can start it (a cue, "also", "then", "later"), or a word that is not plain ASCII.
    """
    if _cue_first_words() is not None:
        nxt = _NEXT_TOKEN.match(text, end, end + 160)  # (within the 160 characters the pattern reads)
        if not nxt.group(1):
            word = nxt.group(2)
            if word is None or (word.isascii() and word.lower() not in _cue_first_words()):
                return False
    return bool(_cue_after_re().match(text[end:end + 160]))


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset[str] | None:
    """The first words of the cues, and also, then, later; None when a cue is not plain ASCII letters."""
    cues = list(reporting_verbs())
    if not all(c.isascii() and _LETTERS.match(c) for c in cues):
        return None
    return frozenset({"also", "then", "later"} | {_LETTERS.match(c).group().lower() for c in cues})
