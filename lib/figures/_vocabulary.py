"""The word tables of figures, read once from their files in ``lib/data``.

General English, no corpus facts; each file says in its ``#`` lines what it
holds and how it is used. Months come from :data:`lib.lexicon.MONTHS`.

>>> VERB_SUBJECTS["traded"], SUBJECT_SYNONYMS["trade turnover"], "total" in SCOPE_WORDS
('trade volume', 'trade volume', True)
"""
from __future__ import annotations

from functools import cache

from ..lexicon import MONTHS, data_lines, data_rows

__all__ = ["VERB_SUBJECTS", "SUBJECT_SYNONYMS", "SCOPE_WORDS", "GENERIC_HEADS", "STOP", "NOT_HEADS", "TIME_UNITS",
           "IRREGULAR", "CODE_WORDS", "SAFE_LOWER_CODES", "MONTH_WORDS",
           "NOT_NAME_WORDS", "SCORE_WORDS"]


@cache
def word_pairs(name: str) -> dict[str, str]:
    """The two-column table ``lib/data/<name>`` as a dict, in file order."""
    return {r[0]: r[1] for r in data_rows(name)}


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of ``lib/data/<name>`` (separated by spaces or lines)."""
    return frozenset(w for line in data_lines(name) for w in line.split())


#: Verbs (and nouns) that name what a nearby figure measures when no noun
#: phrase does: "the country traded goods worth $6.3 billion" -> trade volume.
VERB_SUBJECTS: dict[str, str] = word_pairs("figure_verb_subjects.csv")

#: Subjects that mean the same thing, mapped to one name (used by
#: :func:`lib.figures.compare_figures`). Keys and values are lower case, singular.
SUBJECT_SYNONYMS: dict[str, str] = word_pairs("figure_subject_synonyms.csv")

#: Words that say how much of a thing is counted (scope), not what it is;
#: dropped when subjects are compared ("total investments" ~ "direct investments").
SCOPE_WORDS: frozenset[str] = word_set("figure_scope_words.txt")

#: Generic heads that do not say what is measured ("goods worth $5m", "a total of").
GENERIC_HEADS: frozenset[str] = word_set("figure_generic_heads.txt")

#: Function words that end a noun phrase.
STOP: frozenset[str] = word_set("noun_phrase_stopwords.txt")

#: Last words before a figure that are not the noun it is predicated of ("already paid").
NOT_HEADS: frozenset[str] = word_set("figure_not_heads.txt")

#: A word for a unit of time -> the unit ("hrs" -> "hour").
TIME_UNITS: dict[str, str] = word_pairs("figure_time_units.csv")

#: Plurals not made with -s/-es/-ies (and nouns ending in -s) -> singular.
IRREGULAR: dict[str, str] = word_pairs("figure_irregular_plurals.csv")

#: Currency codes that are also common words in capitals ("ALL 5 solutions").
CODE_WORDS: frozenset[str] = word_set("figure_currency_code_words.txt")

#: Currency codes that are read in lower case too ("50 usd").
SAFE_LOWER_CODES: frozenset[str] = word_set("figure_lower_case_codes.txt")

#: Month names and their abbreviations, lower case.
MONTH_WORDS: frozenset[str] = frozenset(MONTHS)

#: Capitalised words that do not make the number after them part of a name ("About 200", "In 2004").
NOT_NAME_WORDS: frozenset[str] = word_set("figure_not_name_words.txt")

#: Words of a sentence about a match or game: "2-1" there is a score, not a range.
SCORE_WORDS: frozenset[str] = word_set("figure_score_words.txt")
