"""The words of a quote's source mention: its words, its head noun, the description written as a source,
the nouns that name an organisation (lib/data/organisation_sources.csv) or a group, and the words of a name. Shared by
:mod:`._sources` and :mod:`._organisations`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import data_lines, data_rows, honorifics

_MENTION_WORD = re.compile(r"[\w&'’./-]+")
#: A capitalised word of a name, and the small words that may join the words of one ("Bank of England").
_CAPITALISED = re.compile(r"[A-Z][\w&'’./-]*")
_NAME_JOINERS = frozenset(("of", "for", "and", "&", "de", "du", "von", "van"))


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Plural nouns for groups of sources ("analysts", "critics", "reports"): lib/data/group_sources.txt."""
    return frozenset(w.lower() for w in data_lines("group_sources.txt"))


@lru_cache(maxsize=1)
def _organisation_nouns() -> dict[str, str]:
    """Nouns that stand for an organisation -> "last" (the one named before) or "self" (the description is the
    source): lib/data/organisation_sources.csv."""
    return {noun: refers for noun, refers in data_rows("organisation_sources.csv")}


def _words(mention: str) -> list[str]:
    return _MENTION_WORD.findall(mention)


def _description(mention: str) -> str:
    """A description as a source: its first letter in lower case unless it starts a name ("Analysts" -> "analysts")."""
    m = mention.strip()
    first = m.split()[0].lower().rstrip(".") if m.split() else ""
    if first in honorifics():  # "Mr Blair's official spokesman" keeps its title
        return m
    return m[:1].lower() + m[1:] if m[:1].isupper() and not m[1:2].isupper() else m


_POSTMODIFIER_OPENS = frozenset(("at", "of", "from", "in", "for", "with", "on", "to", "near", "across", "around",
                                 "inside", "outside", "throughout", "who", "which", "that"))


def _head(words: list[str]) -> str:
    """The head noun of a description, lower case: its last word before a phrase that follows a common noun
    ("unions at the Italian carmaker" -> "unions"; "the unnamed woman from Georgia" -> "woman"); names keep
    their joining words ("the Bank of England" -> "england")."""
    for i, w in enumerate(words[1:], start=1):
        if w in _POSTMODIFIER_OPENS and (words[i - 1].islower() or i == 1):  # ("Critics of the takeover")
            return words[i - 1].lower()
        if w.endswith("ing") and w.islower() and words[i - 1].islower() and words[i - 1].endswith("s"):
            return words[i - 1].lower()  # a participle after a plural: "some delegates attending"
    return words[-1].lower() if words else ""
