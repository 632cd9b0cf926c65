"""Layer 0: every word list the library uses, read once.

The lists are data files in ``lib/data`` (each opens with ``#`` lines that say
what it holds and how it is used) plus VADER's word list, read from the
vaderSentiment package's own file. Nothing here imports another module of lib.

>>> "said" in reporting_verbs(), MONTHS["sept"], fold("Erdoğan")
(True, 9, 'erdogan')
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["data_text", "data_lines", "data_rows", "data_table", "stopwords", "role_groups", "organisation_nouns",
           "organisation_noun_pattern",
           "other_post_words", "first_names", "noun_like_cues",
           "honorifics", "organisation_words", "demonyms", "reporting_verbs", "reporting_verb_pattern", "fold",
           "document_verbs", "inflections", "person_nouns",
           "MONTHS", "CALENDAR", "DATE_WORDS", "vader_lexicon", "vader_words", "news_valences", "news_reasons"]


# --------------------------------------------------------------------------
# reading lib/data


def data_text(name: str) -> str:
    """The text of ``lib/data/<name>``."""
    return resources.files("lib").joinpath(f"data/{name}").read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """The stripped lines of ``lib/data/<name>``, without blank lines and ``#`` comments."""
    lines = (ln.strip() for ln in data_text(name).splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


def data_rows(name: str) -> list[list[str]]:
    """The comma-separated rows of ``lib/data/<name>``, without its header row (a lower-case first line)."""
    lines = data_lines(name)
    if "," in lines[0] and not lines[0][0].isupper():
        lines = lines[1:]  # header
    return [[c.strip() for c in ln.split(",")] for ln in lines]


def data_table(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file in ``lib/data`` as dicts keyed by its header line (after the ``#`` lines).

    Unlike :func:`data_rows`, a field may hold commas when it is quoted.
    """
    import csv

    lines = data_lines(name)
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


# --------------------------------------------------------------------------
# the word lists


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """A short list of English function words (lib/data/stopwords_en.txt)."""
    return frozenset(w for line in data_lines("stopwords_en.txt") for w in line.split())  # (not the header's words)


@lru_cache(maxsize=1)
def noun_like_cues() -> frozenset[str]:
    """Reporting-cue forms that are as often nouns ("states", "the report", "his comments"):
    lib/data/noun_like_cues.txt."""
    return frozenset(data_lines("noun_like_cues.txt"))


@lru_cache(maxsize=1)
def role_groups() -> dict[str, str]:
    """Role (lower case) -> group, from ``lib/data/roles.csv``."""
    return {r[0]: r[1] for r in data_rows("roles.csv")}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for one person beside the roles ("player", "star", "striker"), from ``lib/data/person_nouns.txt``."""
    return frozenset(data_lines("person_nouns.txt"))


@lru_cache(maxsize=1)
def organisation_nouns() -> tuple[str, ...]:
    """Nouns written before an organisation's name ("water firm Aguas Argentinas", "consultancy Retail
    Decisions"), in file order: ``lib/data/organisation_nouns.txt``."""
    return tuple(data_lines("organisation_nouns.txt"))


@lru_cache(maxsize=1)
def other_post_words() -> frozenset[str]:
    """Words before a role that make it another post ("deputy", "shadow"): ``lib/data/other_role_modifiers.txt``."""
    return frozenset(data_lines("other_role_modifiers.txt"))


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common given names (as written) -> "m", "f" or "u", from ``lib/data/first_names.csv``."""
    return {r[0]: r[1] for r in data_rows("first_names.csv")}


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Words that say a capitalised name after them is a person (lower case), from ``lib/data/honorifics.txt``."""
    return frozenset(ln.lower() for ln in data_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Last words of names that belong to organisations, not people (``lib/data/organisations.txt``)."""
    return frozenset(data_lines("organisations.txt"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality adjective -> place, from ``lib/data/demonyms.csv``."""
    return {r[0]: r[1] for r in data_rows("demonyms.csv")}


# --------------------------------------------------------------------------
# reporting verbs, inflected

_IRREGULAR = {"say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
              "write": ["wrote", "writes", "writing", "written"], "go": ["went", "goes", "going", "gone"],
              "find": ["found", "finds", "finding"]}

# Two-syllable verbs stressed on the last syllable double their final consonant: admitted, referred.
_DOUBLING = frozenset(("admit", "commit", "regret", "refer", "prefer", "submit", "omit", "permit", "occur",
                       "control", "transfer", "confer", "deter", "rebut", "compel", "propel", "concur", "quip"))


def _inflect(verb: str) -> list[str]:
    if verb in _DOUBLING:
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    if verb in _IRREGULAR:
        return [verb] + _IRREGULAR[verb]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith(("s", "sh", "ch", "x")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable ending CVC: stop -> stopped
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def inflections(verb: str) -> list[str]:
    """A verb's forms: the lemma, -s, the past and -ing (irregular ones as written).

    >>> inflections("tell"), inflections("admit")
    (['tell', 'told', 'tells', 'telling'], ['admit', 'admits', 'admitted', 'admitting'])
    """
    return _inflect(verb)


@lru_cache(maxsize=2)
def reporting_verbs(partial: bool = False) -> dict[str, bool]:
    """Every inflected reporting cue (lower case) -> whether it needs a that-clause.

    With ``partial=True``, the verbs marked ``+partial`` in the data file
    (they introduce a quoted fragment: "called it “a con”") are returned instead.
    """
    out: dict[str, bool] = {}
    for line in data_lines("reporting_verbs.txt"):
        if line.endswith("+partial") != partial:
            continue
        needs_that = line.endswith("+that")
        words = line.replace("+that", "").replace("+partial", "").replace("+document", "").split()
        for form in _inflect(words[0]):
            out[" ".join([form] + words[1:])] = needs_that
    return out


@lru_cache(maxsize=1)
def document_verbs() -> frozenset[str]:
    """The inflected cues marked ``+document`` in the verb list: they report only a document's findings ("the
    study found that …"), not a person's words.

    >>> "found" in document_verbs()
    True
    """
    return frozenset(form for line in data_lines("reporting_verbs.txt") if line.endswith("+document")
                     for form in _inflect(line.removesuffix("+document").split()[0]))


@lru_cache(maxsize=2)
def reporting_verb_pattern(partial: bool = False) -> str:
    """A regex alternation of every reporting cue (or fragment verb), longest first (no groups)."""
    cues = sorted(reporting_verbs(partial), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + ")"


@lru_cache(maxsize=1)
def organisation_noun_pattern() -> str:
    """A regex alternation of the nouns for an organisation (lib/data/organisation_nouns.txt), longest first (no
    groups): "carmaker", "firm", "band"."""
    return "(?:" + "|".join(sorted(map(re.escape, organisation_nouns()), key=len, reverse=True)) + ")"


# --------------------------------------------------------------------------
# folding

_EXTRA_FOLD = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                             "ß": "ss", "’": "'", "‘": "'", "æ": "ae", "œ": "oe"})


def fold(s: str) -> str:
    """Lower case without diacritics, for matching names.

    >>> fold("Erdoğan") == fold("Erdogan"), fold("Türkiye")
    (True, 'turkiye')
    """
    if s.isascii():
        return s.lower()
    table = {ord(c): _fold_char(c) for c in set(s) if not c.isascii()}
    return s.translate(table).lower()


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    c = unicodedata.normalize("NFKD", c.translate(_EXTRA_FOLD))
    return "".join(x for x in c if not unicodedata.combining(x))


# --------------------------------------------------------------------------
# the calendar

#: Month names and their usual abbreviations (lower case) -> month number.
MONTHS: dict[str, int] = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}

#: Full month names, January first.
MONTH_NAMES: tuple[str, ...] = tuple(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))

#: Month and day names in lower case.
CALENDAR = frozenset(MONTH_NAMES) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: Months and days that are not also given names ("April", "May", "June", "August" are): "In December
#: Microsoft said" does not name a person "December Microsoft".
DATE_WORDS = CALENDAR - {"april", "may", "june", "august"}


# --------------------------------------------------------------------------
# VADER's word list


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word list (word -> valence), read from the vaderSentiment package's own file as its
    analyzer reads it, without loading the analyzer."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            out[word] = float(measure)
    return out


@lru_cache(maxsize=1)
def _news_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``lib/data/news_valence.csv``, read once."""
    return tuple(data_table("news_valence.csv"))


@lru_cache(maxsize=1)
def news_valences() -> dict[str, dict[str, float | None]]:
    """The news corrections of ``lib/data/news_valence.csv``: {"vader": {word: valence or None}, "pattern": …}.

    None means the word is taken out of that list; words the file leaves empty for a list are absent.

    >>> news_valences()["vader"]["deaths"], news_valences()["pattern"]["foreign"]
    (-2.9, None)
    """
    out: dict[str, dict[str, float | None]] = {"vader": {}, "pattern": {}}
    for row in _news_rows():
        for name in ("vader", "pattern"):
            cell = row[name]
            if cell:
                out[name][row["word"]] = None if cell == "-" else float(cell)
    return out


@lru_cache(maxsize=1)
def news_reasons() -> dict[str, str]:
    """Word -> why ``lib/data/news_valence.csv`` corrects it, for explainers to say so."""
    return {row["word"]: row["reason"] for row in _news_rows()}


@lru_cache(maxsize=1)
def vader_words() -> frozenset[str]:
    """The alphabetic words of VADER's list: English words that are not names."""
    return frozenset(w for w in vader_lexicon() if w.isalpha())
