"""The word lists that finding people reads, and small lookups over them.

Roles, honorifics, given names, nationalities and reporting verbs come from
:mod:`lib.lexicon`; the lists only people use are data files in ``lib/data``
read here once: name connectors ("bin", "van"), title words ("Foreign",
"Prime"), jobs written before a name, award words, gendered titles.

>>> _singular("tories"), _nation_of("England"), _gender(["Mrs"])
('tory', 'english', 'f')
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..lexicon import (
    DATE_WORDS,
    data_lines,
    data_rows,
    demonyms,
    fold,
    honorifics,
    reporting_verbs,
    role_groups,
    stopwords,
    vader_words,
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Every place of lib/data/demonyms.csv, folded."""
    return frozenset(fold(p) for p in demonyms().values())


@lru_cache(maxsize=1)
def _demonym_of_place() -> dict[str, str]:
    """Folded place -> folded nationality ("england" -> "english"): the first listed for the place."""
    out: dict[str, str] = {}
    for dem, place in demonyms().items():
        out.setdefault(fold(place), fold(dem))
    return out


def _nation_word(word: str) -> str | None:
    """The folded nationality a word gives: "Kazakh" -> "kazakh", a place used as one "Wales" -> "welsh"; else None."""
    return fold(word) if word in demonyms() else _demonym_of_place().get(fold(word))


def _nation_of(words: str) -> str:
    """The folded nationality of "Kazakh" or of a place used as one ("England" -> "english")."""
    key = fold(re.sub(r"\s+", " ", words.strip()))
    return _demonym_of_place().get(key, key)


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Particles inside names ("bin", "van", "da"), from lib/data/name_connectors.txt."""
    return frozenset(data_lines("name_connectors.txt"))


@lru_cache(maxsize=1)
def _title_parts() -> frozenset[str]:
    """Words of titles that are not roles alone ("foreign", "prime", "head", "of"), from lib/data/title_words.csv."""
    return frozenset(row[0] for row in data_rows("title_words.csv"))


@lru_cache(maxsize=1)
def _title_words_before() -> frozenset[str]:
    """The title words that count in lower case before a name ("former", "prime"): before_name=yes."""
    return frozenset(row[0] for row in data_rows("title_words.csv") if row[1] == "yes")


@lru_cache(maxsize=1)
def _role_tails() -> frozenset[str]:
    """Last words of roles of several words ("exchequer", "affairs"), which end a title cut by "of the".

    "Chancellor of the Exchequer Gordon Brown" is split at "of the", so the
    name's run starts with "Exchequer", which is then a title word.
    """
    return frozenset(r.split()[-1] for r in role_groups() if " " in r)


@lru_cache(maxsize=1)
def _jobs_before_names() -> frozenset[str]:
    """Jobs that are not roles because they also name firms and works ("producer Endemol"), but that are one
    before a given name: "Broadcaster Chris Evans" (lib/data/jobs_before_names.txt)."""
    return frozenset(data_lines("jobs_before_names.txt"))


@lru_cache(maxsize=1)
def _award_words() -> frozenset[str]:
    """Words that make the role words after them an award: "the best actor Oscar" (lib/data/award_words.txt)."""
    return frozenset(data_lines("award_words.txt"))


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """English words that are not names: the words of the VADER lexicon ("defiant", "delighted") and number
    words ("six", "first"). One of them before a given name and a surname opens the sentence, not the name."""
    from ..numbers import CARDINALS, ORDINALS

    return vader_words() | frozenset(CARDINALS) | frozenset(ORDINALS)


def _plural_role(low: str) -> bool:
    """Whether a lower-case word is the plural of a role or an honorific: "judges", "tories"."""
    return low.endswith("s") and (_singular(low) in role_groups() or _singular(low) in honorifics())


def _singular(word: str) -> str:
    """A plural's singular, roughly: "sprinters" -> "sprinter", "tories" -> "tory" (a word without "s" stays).

    >>> _singular("sprinters"), _singular("tories"), _singular("boss")
    ('sprinter', 'tory', 'boss')
    """
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=2)
def _gendered(gender: str) -> frozenset[str]:
    """The titles, roles and pronouns that give ``gender`` ("m" or "f"), from lib/data/gendered_words.csv."""
    return frozenset(row[0] for row in data_rows("gendered_words.csv") if row[1] == gender)


def _gender(words: Iterable[str]) -> str | None:
    """'m' or 'f' when a title says so ("Mr", "spokeswoman"), else None."""
    low = {w.lower().rstrip(".") for w in words}
    m, f = bool(low & _gendered("m")), bool(low & _gendered("f"))
    return "m" if m and not f else "f" if f and not m else None


@lru_cache(maxsize=1)
def _verb_forms_not_names() -> frozenset[str]:
    """Reporting verbs ending in -ed or -s: capitalised ("Called Speegle", "Says Smith") they are not first names."""
    return frozenset(v for v in (*reporting_verbs(), *reporting_verbs(partial=True)) if v.endswith(("ed", "s")))


def _first_name_word(w: str) -> bool:
    """Whether a capitalised word before a surname may be a first name (not "Minister", "Labour's", "the")."""
    low = w.lower()
    if _plural_role(low):
        return False  # "Judges Simon Cowell, Louis Walsh and …"
    return not (low.rstrip(".") in honorifics() or low in role_groups() or low in _role_tails()
                or low in _verb_forms_not_names() or w in demonyms() or low in stopwords() or low in DATE_WORDS
                or w.endswith(("'s", "’s"))
                or low.endswith(("-based", "-born")))


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter inserted, deleted or changed.

    >>> _one_edit("nurtleu", "nurtileu"), _one_edit("putin", "putin")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]
