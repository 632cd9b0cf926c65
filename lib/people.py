"""People: who is mentioned where, by name, surname, role or pronoun.

People are found in the text itself, from names that come with evidence that
they belong to a person:

- a role or honorific right before the name ("Turkish President Recep Tayyip
  Erdogan", "his Kazakh counterpart Murat Nurtleu", "Mr Blair");
- a role in apposition after it ("Aibek Smadiyarov, a spokesman for …");
- a reporting verb right after a name of two or more words ("Hakan Fidan said");
- a common given name before a surname ("Paula Radcliffe"; ``lib/data/first_names.csv``),
  whose usual gender also tells "he" from "she" when no title does.

Once a person is known, later mentions of their surname, of a spelling variant
that differs only in diacritics ("Erdoğan"), of a description that fits the
role they were introduced with ("the Kazakh Head of State" for someone
introduced as "Kazakh President …") and of he/she pronouns resolve to them.
What the text cannot tell comes from an editable alias file per corpus
(``people.csv``, read by :func:`lib.corpus.load_aliases`): spelling variants
("Nurtileu") and role descriptions ("Turkish foreign minister").

Word lists (roles, honorifics, nationality adjectives, given names) are data files in
``lib/data/``; nothing here is specific to one corpus.

>>> m = mentions_in("Turkish President Recep Tayyip Erdogan arrived. Erdoğan said he was glad.")
>>> m[["mention", "person", "kind"]].values.tolist()
[['Recep Tayyip Erdogan', 'Recep Tayyip Erdogan', 'name'], ['Erdoğan', 'Recep Tayyip Erdogan', 'surname'], ['he', 'Recep Tayyip Erdogan', 'pronoun']]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping

import pandas as pd

from .lexicon import (CALENDAR, DATE_WORDS, demonyms, first_names, fold, honorifics, organisation_words,
                      reporting_verb_pattern, reporting_verbs, role_groups, stopwords, vader_words)
from .text import per_article, quote_mark_spans, sentence_spans

__all__ = [
    "MENTION_COLUMNS",
    "fold",
    "main_names",
    "reporting_verb_pattern",
    "Person",
    "find_people",
    "mentions_in",
    "mentions",
    "canonicalize",
    "name_map",
    "same_story",
    "docs_of_names",
    "people_table",
    "same_person",
    "score_pronouns",
]

MENTION_COLUMNS = ["start", "end", "mention", "person", "kind"]
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_OBJECT_PRONOUNS = {"him", "her"}

# --------------------------------------------------------------------------
# word lists


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
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


_CONNECTORS = frozenset(("bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "den", "la", "le", "du", "di", "dos"))


# a word of six letters or more that does not start with an ASCII small letter (only capitalised ones are used)
_LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_a-z]\w{5,}(?![\w'’-])")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and not tok.isupper() or (tok.isupper() and len(tok) == 1)


@lru_cache(maxsize=1)
def _name_token_re() -> re.Pattern:
    """Word tokens that may be part of a name.

    A word token is a letter, then word characters, apostrophes, full stops
    and hyphens, ending in a word character (tests/test_properties.py
    checks this against the plain pattern for every word). It starts at the
    first letter of such a stretch and ends at its last word character, so
    one match per stretch finds it. Only stretches whose first letter is not
    an ASCII lower-case letter, or that start like a connector in any case
    ("de", "dA", "van"), are matched; the rest (most words) can never be in
    a name.

    The pattern begins with a character set, which the regex engine scans
    for quickly, and looks behind that first letter: the letter before it
    must not be a word character other than a digit or "_". A letter after
    digits, "_" or ' . - still needs the check of :func:`_tokens` ("x-Ray"
    holds no token, "3M" does).
    """
    by_first: dict[str, list[str]] = {}
    for c in sorted(_CONNECTORS, key=lambda c: (-len(c), c)):
        by_first.setdefault(c[0], []).append(c[1:])
    lower = "".join(ch for ch in "abcdefghijklmnopqrstuvwxyz" if ch not in by_first)
    connector = "".join(f"|(?<={ch})(?i:{'|'.join(rests)})" for ch, rests in sorted(by_first.items()))
    return re.compile(r"[^\W\d_" + lower + r"](?<![^\W\d_].)(?:(?<=[^\W\d_a-z])" + connector + r")(?:[\w'’.-]*\w)?")


_WORD_PART = re.compile(r"[\w'’.-]")  # what may not stand before a name token's leading digits and marks


def _bare(tok: str, start: int, end: int) -> tuple[int, int, str]:
    """A token without a final possessive or full stop: (start, end, word)."""
    for suffix in ("'s", "’s"):
        if tok.endswith(suffix):
            tok, end = tok[:-2], end - 2
    while tok.endswith((".", "-", "'", "’")) and len(tok) > 1:
        tok, end = tok[:-1], end - 1
    return start, end, tok


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens that may belong to a name (see :func:`_name_token_re`), as (start, end, word).

    :func:`_runs` needs no others, as any word between two tokens shows in the gap between them.
    """
    out = []
    for m in _name_token_re().finditer(text):
        s, e = m.span()
        if s and (text[s - 1] in "_'’.-" or text[s - 1].isdecimal()):
            # digits, "_" or ' . - before the letter: a token only when nothing of a word stands before them
            k = s - 1
            while k >= 0 and (text[k] in "_'’.-" or text[k].isdecimal()):
                k -= 1
            if k >= 0 and _WORD_PART.match(text, k):
                continue
        tok = m.group()
        # a token ends in a word character: only a final "'s" (and then a stop) can be cut
        out.append(_bare(tok, s, e) if tok[-1] == "s" else (s, e, tok))
    return out


@dataclass
class Person:
    """A person found in one article: the fullest name seen, and what is known of them."""

    name: str
    start: int
    surname: str
    roles: set[str] = field(default_factory=set)      # role groups
    nations: set[str] = field(default_factory=set)    # folded demonyms
    gender: str | None = None


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens separated by single spaces (connectors allowed)."""
    toks = _tokens(text)
    runs, cur = [], []
    for s, e, t in toks:
        gap = text[cur[-1][1]:s] if cur else ""
        # "Mr. King", "Sen. Amy Lake": a short title with a full stop joins the name, and so does a
        # middle initial after a first name: "Loretta E. Lynch", "Donald J. Trump"
        joined = cur and (gap in (" ", "\u00a0") or (gap == ". " and (
            (len(cur[-1][2]) <= 4 and cur[-1][2].lower() in honorifics())
            or (len(cur) >= 2 and len(cur[-1][2]) == 1 and cur[-1][2].isupper() and _is_cap(cur[-2][2])))))
        if _is_cap(t) or (cur and joined and t.lower() in _CONNECTORS):
            if cur and not joined:
                runs.append(cur)
                cur = []
            cur.append((s, e, t))
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # a run never ends on a connector
    out = []
    for r in runs:
        while r and r[-1][2].lower() in _CONNECTORS:
            r = r[:-1]
        if r:
            out.append(r)
    return out


def _role_at_end(words: list[str]) -> tuple[str | None, int]:
    """The longest role (lower case) that ends ``words``; returns (role, n_words)."""
    groups = role_groups()
    low = [w.lower() for w in words]
    for n in (4, 3, 2, 1):
        if len(low) >= n and " ".join(low[-n:]) in groups:
            return " ".join(low[-n:]), n
    return None, 0


_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the|who\s+is|who\s+was)?\s*((?:[\w'’-]+\s+){0,3}?)([\w'’-]+)(?=\s+(?:of|for|at|to|in|with|on)\b|\s*[,.;]|\s+(?:said|says|told|added)\b)", re.I)


_TITLE_PARTS = frozenset(("foreign", "prime", "vice", "deputy", "former", "acting", "interim", "chief", "head", "state", "of"))
_TITLE_WORDS_BEFORE = frozenset(("foreign", "prime", "vice", "deputy", "former"))
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\"“”«»]")
_WORDS = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _role_tails() -> frozenset[str]:
    """Last words of roles of several words ("exchequer", "affairs"), which end a title cut by "of the".

    "Chancellor of the Exchequer Gordon Brown" is split at "of the", so the
    name's run starts with "Exchequer", which is then a title word.
    """
    return frozenset(r.split()[-1] for r in role_groups() if " " in r)




#: Jobs that are not roles (lib/data/roles.csv) because they also name firms and works ("producer Endemol",
#: "broadcaster BSkyB", "the Artist"), but that are one before a given name: "Broadcaster Chris Evans".
_JOBS_BEFORE_NAMES = frozenset(("producer", "broadcaster", "conductor", "agent", "artist", "dancer", "billionaire",
                                "star"))


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """English words that are not names: the words of the VADER lexicon ("defiant", "delighted") and number
    words ("six", "first"). One of them before a given name and a surname opens the sentence, not the name."""
    from .numbers import CARDINALS, ORDINALS

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


def _split_run(run: list[tuple[int, int, str]]) -> tuple[list, list[str]]:
    """Strip leading function words, nationality adjectives and role words from a run.

    Returns the name tokens and the stripped words (in order), e.g.
    "Turkish President Recep Tayyip Erdogan" -> (Recep Tayyip Erdogan, [Turkish, President]).
    """
    stop = stopwords()
    dem = demonyms()
    groups = role_groups()
    hon = honorifics()
    tails = _role_tails()
    lead: list[str] = []
    i = 0
    while i < len(run):
        w = run[i][2]
        low = w.lower()
        if low in stop or w in dem or low in groups or low in hon or low in _TITLE_PARTS or low in tails or low in DATE_WORDS \
                or low.endswith(("-born", "-based")) \
                or (_plural_role(low) and i + 1 < len(run) and run[i + 1][2] in first_names()):
            # "Tunisian-born Abdellatif Kechiche"; a plural role before a given name: "Judges Simon Cowell, …"
            # (but not "Advisors Goldman Sachs", "the Kings Own Scottish Borderers")
            lead.append(w)
            i += 1
        elif i + 1 < len(run) and (low + " " + run[i + 1][2].lower() in groups or w + " " + run[i + 1][2] in dem):
            lead.extend(t[2] for t in run[i:i + 2])
            i += 2
        else:
            break
    return run[i:], lead


_AWARD_WORDS = frozenset(("best", "supporting", "leading"))


def _role_evidence(lead: list[str], before: str) -> tuple[bool, set[str], set[str]]:
    """Whether the words before a name mark it as a person, and the roles and nations they give."""
    words = lead[:]
    # lower-case words before the run: "his Kazakh counterpart", "foreign minister"
    groups, hon, dem = role_groups(), honorifics(), demonyms()
    prev = _WORDS.findall(_CLAUSE_BREAK.split(before[-60:])[-1])
    tail = []
    for w in reversed(prev):
        low_w = w.lower()
        if low_w in groups or low_w in hon or w in dem or low_w in _TITLE_WORDS_BEFORE \
                or ("-" in low_w and low_w.rsplit("-", 1)[-1] in groups) \
                or (tail and fold(w) in _demonym_of_place()):  # "Wales coach Mike Ruddock", "ex-wife", "co-founder"
            tail.insert(0, w)
        else:
            if tail and low_w in _AWARD_WORDS:
                tail = []  # "the best actor Oscar", "best supporting actress Bafta": an award, not a role
            break
    if not tail and not words:
        return False, set(), set()
    roles, nations = set(), set()
    evidence = False
    if words and words[0].lower() in _role_tails():
        # a role cut by "of the": "Chancellor of the | Exchequer Gordon Brown"
        seq = [w.lower() for w in prev[-3:]] + [words[0].lower()]
        for n in (4, 3, 2):
            if len(seq) >= n and " ".join(seq[-n:]) in groups:
                roles.add(groups[" ".join(seq[-n:])])
                evidence = True
                break
    words = tail + words
    low = [w.lower().rstrip(".") for w in words]
    i = 0
    while i < len(low):
        step = 0
        for n in (4, 3, 2, 1):
            cand = " ".join(low[i:i + n])
            if len(low[i:i + n]) == n and cand in groups:
                roles.add(groups[cand])
                evidence = True
                step = n  # "Prime Minister" is one role, not also "minister"
                break
        if not step and "-" in low[i] and low[i].rsplit("-", 1)[-1] in groups:  # "Under-Secretary"
            roles.add(groups[low[i].rsplit("-", 1)[-1]])
            evidence = True
        elif not step and low[i].endswith("s") and _singular(low[i]) in groups:  # "Judges Simon Cowell, …"
            roles.add(groups[_singular(low[i])])
            evidence = True
        if low[i] in hon:
            evidence = True
        nation = _nation_word(words[i])
        if nation:
            nations.add(nation)
        i += step or 1
    return evidence, roles, nations


_MALE = frozenset(("mr", "sir", "lord", "king", "prince", "father", "spokesman", "chairman", "congressman",
                   "sheikh", "emir", "sultan", "actor", "businessman", "sportsman", "he", "him", "his"))
_FEMALE = frozenset(("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "spokeswoman",
                     "chairwoman", "congresswoman", "actress", "businesswoman", "sportswoman", "she", "her", "hers"))


def _gender(words: Iterable[str]) -> str | None:
    """'m' or 'f' when a title says so ("Mr", "spokeswoman"), else None."""
    low = {w.lower().rstrip(".") for w in words}
    m, f = bool(low & _MALE), bool(low & _FEMALE)
    return "m" if m and not f else "f" if f and not m else None


@lru_cache(maxsize=1)
def _role_word_pattern() -> str:
    """An alternation of the one-word roles (lib/data/roles.csv)."""
    return "|".join(sorted((re.escape(r) for r in role_groups() if " " not in r), key=lambda r: (-len(r), r)))


@lru_cache(maxsize=1)
def _cue_after_re() -> re.Pattern:
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
    return re.compile(r"\b(?:" + reporting_verb_pattern() + r")\s+$", re.I)


@lru_cache(maxsize=1)
def _cue_last_words() -> frozenset[str] | None:
    """The last words of the cues; None when a cue is not plain ASCII."""
    cues = list(reporting_verbs())
    return frozenset(c.split()[-1] for c in cues) if all(c.isascii() for c in cues) else None


_LAST_WORD = re.compile(r"\w+$")


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
    last = _LAST_WORD.search(stripped)
    words = _cue_last_words()
    if last is None or (words is not None and last.group().isascii() and last.group().lower() not in words):
        return False
    return bool(_cue_before_re().search(tail))


def _after_capitalised_word(text: str, name: str) -> bool:
    """Whether ``name`` occurs somewhere right after a capitalised word and white space.

    A quick necessary condition for the full-name search in :func:`find_people`,
    whose pattern, different for every name, costs more to compile than to run.
    """
    pos = text.find(name)
    while pos >= 0:
        i = pos
        while i > 0 and text[i - 1].isspace():
            i -= 1
        j = i
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_'’-"):
            j -= 1
        if i < pos and any("A" <= c <= "Z" for c in text[j:i - 1]):
            return True
        pos = text.find(name, pos + 1)
    return False


def _next_word_is_cue(text: str, end: int) -> bool:
    """Whether a reporting verb follows ``end`` (see :func:`_cue_after_re`).

    The pattern is only tried after a comma or a bracket, or before a word that
    can start it (a cue, "also", "then", "later"), or a word that is not plain ASCII.
    """
    after = text[end:end + 160]
    rest = after.lstrip()
    if _cue_first_words() is not None and not rest.startswith((",", "(")):
        word = _LETTERS.match(rest)
        if word is None or (word.group().isascii() and word.group().lower() not in _cue_first_words()):
            return False
    return bool(_cue_after_re().match(after))


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset[str] | None:
    """The first words of the cues, and also, then, later; None when a cue is not plain ASCII letters."""
    cues = list(reporting_verbs())
    if not all(c.isascii() and _LETTERS.match(c) for c in cues):
        return None
    return frozenset({"also", "then", "later"} | {_LETTERS.match(c).group().lower() for c in cues})


_THE_AT_END = re.compile(r"\bthe$", re.I)
#: A name right after one of these nouns is an organisation's: "water firm Aguas Argentinas", "rock band Keane".
#: Nouns that are also jobs are not among them: "film-maker Morgan Spurlock", "publisher Jason O-Grady".
_ORGANISATION_BEFORE = re.compile(
    r"(?<![\w-])(?:firm|firms|company|companies|group|giant|retailer|carrier|airline|bank|club|website|site|chain|"
    r"operator|brand|label|conglomerate|manufacturer|insurer|studio|band|charity|agency|newspaper|magazine|channel|"
    r"network|exchange|outfit|side|team)\s+$")
_POSSESSED = re.compile(r"\s+([^\W\d_][\w'’-]*)")  # the word after a pronoun: "her plan"
_POSSESSIVE_TAIL = re.compile(r"(?<=\s)[A-Z][\w.&-]*['’]s\s+$")
# a capitalised word, one space and a second capitalised word: a first name and a surname, maybe
# ("Martin O'Neill"); every pair is found, so "Jean Pierre Meersseman" gives "Pierre Meersseman" too
_TWO_WORD_NAME = re.compile(r"(?<![\w'’.-])(?=([A-Z][a-z]+) ([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*)(?![\w'’-]))")


# a name made into a modifier: "Bush-style", "Blair-era", "China-watcher" (but not "Chung Mong-koo")
_LOWER_AFTER_HYPHEN = re.compile(r"-(?:style|like|era|led|based|born|backed|owned|watcher|type|esque)$")
# the words of \b[a-z][a-z'’-]+\b, with a character set first, which the regex engine scans for quickly
_LOWER_WORDS = re.compile(r"[a-z](?<!\w[a-z])[a-z'’-]+\b")


def find_people(text: str, aliases: pd.DataFrame | None = None) -> list[Person]:
    """The people introduced in one article, in order of first mention.

    >>> [p.name for p in find_people("Aibek Smadiyarov, a spokesman for the ministry, spoke. Mr Smith said so.")]
    ['Aibek Smadiyarov', 'Smith']
    """
    people: dict[str, Person] = {}

    def add(name: str, start: int, roles: set[str], nations: set[str], gender: str | None = None):
        key = fold(name)
        last = fold(name.split()[-1])
        # a longer name that ends in a known surname extends it
        for k, p in list(people.items()):
            if key != k and (key.endswith(" " + k) or k == last) and len(key) > len(k):
                del people[k]
                p.name, p.surname = name, name.split()[-1]
                people[key] = p
                p.roles |= roles
                p.nations |= nations
                p.gender = p.gender or gender
                return
            if k.endswith(" " + key) or k == key:
                people[k].roles |= roles
                people[k].nations |= nations
                people[k].gender = people[k].gender or gender
                return
        people[key] = Person(name, start, name.split()[-1], set(roles), set(nations), gender)

    lower_words = set(_LOWER_WORDS.findall(text))
    given_names, dem = first_names(), demonyms()  # looked up once, not in the loop
    surnames: frozenset[str] | None = None  # of two-word names in the text, found when first needed
    for run in _runs(text):
        name_toks, lead = _split_run(run)
        # a role inside the run ends the title: "Education Secretary Charles Clarke"
        for k in range(len(name_toks) - 2, -1, -1):
            word = name_toks[k][2].lower().rstrip(".")
            if word in role_groups() or word in honorifics() or word.rsplit("-", 1)[-1] in role_groups():
                lead = lead + [t[2] for t in name_toks[:k + 1]]
                name_toks = name_toks[k + 1:]
                break
        if len(name_toks) >= 3 and name_toks[1][2] in given_names and name_toks[0][2] not in given_names \
                and (name_toks[0][2].lower() in lower_words or name_toks[0][2].endswith("ite")
                     or name_toks[0][2].lower() in _JOBS_BEFORE_NAMES or name_toks[0][2].lower() in _plain_words()):
            # "Blairite Alan Milburn", "Referee Graham Poll" (when "referee" is written in lower case too),
            # "Broadcaster Chris Evans", "Defiant Matt Williams", "Six Chris Paterson": a word before the given
            # name is not part of the name (but "Iain Duncan Smith" and "Khoo Kay Peng" are)
            name_toks = name_toks[1:]
        if not name_toks:
            continue
        # "Allander Institute", "General Election", "George Bush-style": not a person's name (but a surname that
        # is also a word stays after a given name: "Theresa May", "Gordon Brown")
        given = len(name_toks) >= 2 and name_toks[0][2] in given_names
        if name_toks[-1][2] in organisation_words() or (name_toks[-1][2].lower() in lower_words and not given) \
                or _LOWER_AFTER_HYPHEN.search(name_toks[-1][2]):
            continue
        if name_toks[0][2].startswith(("I'", "I’")) or name_toks[-1][2] == "I":
            continue  # "the best writer I've come across", "Whilst I agree": a pronoun, not a name
        s, e = name_toks[0][0], name_toks[-1][1]
        name = text[s:e]
        if any(fold(t[2]) in _places() for t in name_toks) or fold(name) in _places():
            continue
        if len(name_toks) > 4:
            continue
        line_start = text.rfind("\n", 0, run[0][0]) + 1
        before = text[line_start:run[0][0]]
        if not lead and _ORGANISATION_BEFORE.search(before, max(0, len(before) - 16)):
            continue
        evidence, roles, nations = _role_evidence(lead, before)
        after = text[e:e + 120]
        # (not after a preposition: in "a speech in Edinburgh, the prime minister said" the commas end a phrase)
        app = _APPOSITION.match(after) if not _PREPOSITION_BEFORE.search(before, max(0, len(before) - 12)) else None
        if app:
            role = _role_at_end((app.group(1) + app.group(2)).split())[0]
            if role:
                evidence = True
                roles.add(role_groups()[role])
                nations |= {n for n in map(_nation_word, app.group(1).split()) if n}
                m = re.match(r"\s+(?:of|for)\s+the\s+(\w+)", after[app.end():])
                if m and m.group(1) in dem:
                    nations.add(fold(m.group(1)))
        preceded_by_the = bool(_THE_AT_END.search(before.rstrip()[-4:])) and not lead
        if not evidence and len(name_toks) >= 2 and not preceded_by_the and not lead \
                and not (name_toks[0][2].lower() in lower_words and name_toks[0][2] not in given_names):
            # "Hakan Fidan said" or "…," said Chad Bown (but a firm whose name starts with a word of the
            # article, "Standard Chartered said", "Time Warner said", is no evidence of a person)
            evidence = _next_word_is_cue(text, e) or _speaker_after_cue(before[-30:]) or _speaker_after_cue(
                _POSSESSIVE_TAIL.sub("", before[-60:])[-30:])  # "…," noted NBC's Dante Chinni
        if not evidence and not lead and before.endswith(", ") and after.startswith(","):
            # a name in apposition after its role: "The Home Secretary, Jack Straw, said"
            clause = _CLAUSE_BREAK.split(before[-60:].rstrip(" ,"))[-1].split()
            role = _role_at_end(clause)[0]
            if role:
                evidence = True
                roles.add(role_groups()[role])
                nations |= {n for n in map(_nation_word, clause) if n}
            elif len(name_toks) >= 2 and _apposed_cue_re().match(after) \
                    and _LOWER_WORD_BEFORE.search(before, max(0, len(before) - 40)):
                # a full name set off by commas right before a reporting verb names the speaker, whatever
                # words describe them before it: "The UN's emergency relief coordinator, Jan Egeland, said"
                # (after a lower-case word: in "Princeton, New Jersey, said" the commas set off a place)
                evidence = True
        if (not evidence and len(name_toks) == 1 and not preceded_by_the and not lead
                and (_next_word_is_cue(text, e)
                     or (_speaker_after_cue(before[-30:]) and not text.startswith(("'s", "’s"), e)))):
            # "Neville admitted" or "…," said Roddick, where "Gary Neville" or "Andy Roddick" is written
            # elsewhere in the article (but not "told Villa's website": an owner after a cue)
            surnames = _surnames_of_full_names(text) if surnames is None else surnames
            evidence = name in surnames
        if not evidence and len(name_toks) in (2, 3) and not preceded_by_the \
                and (all(w in dem for w in lead) or " ".join(lead) in dem) and name_toks[0][2] in given_names:
            # a common given name and a surname, perhaps after a nationality: "Paula Radcliffe", "Irishman Pat
            # Kenny", "New Yorker Dick Morris" (lib/data/first_names.csv)
            evidence = True
        if not evidence and len(name_toks) == 1:
            continue
        if evidence:
            add(name, s, roles, nations, _gender(lead + before.rsplit(None, 1)[-1:]))
    for p in list(people.values()):
        if " " in p.name:
            continue
        full = _words_before_name(text, p.name) if _after_capitalised_word(text, p.name) else None
        if full:
            # the first names are the words right before the surname that are not a title, a role,
            # a nationality, a function word or a possessive ("Labour's Robin Cook", "Paris-based …")
            first = [m for m in re.finditer(r"\S+", text[full[0]:full[1]])]
            while first and not _first_name_word(first[0].group()):
                first.pop(0)
            if first and all(_first_name_word(m.group()) for m in first):
                start = full[0] + first[0].start()
                add(text[start:full[1]] + p.name, start, set(), set())
    if aliases is not None and len(aliases):
        folded_text = fold(text)
        for person, alias in zip(aliases["person"], aliases["alias"]):
            for key in (fold(person), fold(alias)):
                if _alias_is_name(alias) or key == fold(person):
                    if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded_text) and key:
                        if not any(fold(p.name) == fold(person) for p in people.values()):
                            pos = folded_text.find(key)
                            add(person, pos, set(), set())
                        break
    for p in people.values():
        if p.gender is None:  # no title says it: the given name may ("presenter Zoe Ball" is "she")
            usual = given_names.get(p.name.split()[0])
            p.gender = usual if usual in ("m", "f") else None
    return sorted(people.values(), key=lambda p: p.start)


# one or two capitalised words right before a name: the name is put in front of the text, after a NUL,
# and found again by a backreference, so that one compiled pattern serves every name
_BEFORE_NAME = re.compile(r"\A([^\x00]+)\x00.*?\b((?:[A-Z][\w'’-]+\s+){1,2})\1\b", re.S)


def _words_before_name(text: str, name: str) -> tuple[int, int] | None:
    """The span of the first one or two capitalised words right before ``name`` in ``text``: the group of
    ``re.search(r"\\b((?:[A-Z][\\w'’-]+\\s+){1,2})" + re.escape(name) + r"\\b", text)``, without
    compiling a pattern for each name (tests/test_properties.py checks the two agree).

    >>> text = "Talks began. Prime Minister Tony Blair spoke, and Blair left."
    >>> s, e = _words_before_name(text, "Blair"); text[s:e]
    'Minister Tony '
    """
    if not name or "\x00" in name:
        return None
    m = _BEFORE_NAME.match(name + "\x00" + text)
    return (m.start(2) - len(name) - 1, m.end(2) - len(name) - 1) if m else None


def _surnames_of_full_names(text: str) -> frozenset[str]:
    """The last words of two-word names ("Gary Neville") written in ``text``."""
    return frozenset(m.group(2) for m in _TWO_WORD_NAME.finditer(text)
                     if _first_name_word(m.group(1)) and m.group(1) not in organisation_words())


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


def _alias_is_name(alias: str) -> bool:
    """A spelling variant of a name (every word capitalised, no role word), not a description."""
    words = alias.split()
    return bool(words) and all(_is_cap(w) for w in words) and not any(
        w.lower() in role_groups() or w in demonyms() for w in words)


# --------------------------------------------------------------------------
# mentions


@lru_cache(maxsize=1)
def _description_re() -> re.Pattern:
    """'the (Kazakh) Head of State': a description made of a nationality and a role from the data files."""
    roles = sorted(role_groups(), key=len, reverse=True)
    # a nationality or a place used as one: "the Kazakh Head of State", "the England captain"
    dems = sorted(set(demonyms()) | set(demonyms().values()), key=len, reverse=True)
    return re.compile(
        r"\b(?:the|The|his|her|His|Her)\s+(?:(?:former|new|then)\s+)?((?:" + "|".join(map(re.escape, dems)) + r")\s+)?"
        r"((?:" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) + r"))\b(?!\s+of\s+(?!state\b|government\b))",
        re.I)


_DESCRIPTION_START = re.compile(r"\b(?:the|his|her)\s+", re.I)


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _description_heads() -> frozenset[str] | None:
    """The words that may follow "the" where :func:`_description_re` matches.

    The leading letters (lower case) of former, new, then, every nationality,
    every place and every role. None when one of them is not plain ASCII: re's case
    folding may then match words that lower() does not show, so every place
    is tried.
    """
    heads = [_LETTERS.match(w) for w in ("former", "new", "then", *demonyms(), *demonyms().values(), *role_groups())]
    words = {h.group().lower() for h in heads if h}
    return frozenset(words) if all(w.isascii() for w in words) and all(heads) else None


def _descriptions(text: str) -> Iterator[re.Match]:
    """The matches of :func:`_description_re` in ``text``, as ``finditer`` gives them.

    The long pattern is tried only where "the", "his" or "her" starts a word
    and the next word begins as a nationality or a role may (the only places
    where it can match), instead of at every character.
    """
    pattern, end = _description_re(), 0
    heads = _description_heads()
    for start in _DESCRIPTION_START.finditer(text):
        if start.start() < end:
            continue
        word = _LETTERS.match(text, start.end())
        if heads is not None and (word is None or (word.group().isascii() and word.group().lower() not in heads)):
            continue  # (other letters may fold in ways lower() does not show: they are always tried)
        m = pattern.match(text, start.start())
        if m:
            end = m.end()
            yield m


def mentions_in(text: str, aliases: pd.DataFrame | None = None,
                exclude: Iterable[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Every mention of every person in one article.

    Columns: start, end, mention (``text[start:end]``), person (the fullest
    name of the person in this article, or the alias file's canonical name),
    kind ∈ {name, surname, variant, alias, role, pronoun}
    (variant: a surname spelt one letter differently, as "Nurtileu" for "Nurtleu"). Pronouns and descriptions
    resolve to a person mentioned before them; those that resolve to nobody
    are left out. ``exclude`` lists spans (e.g. quotations) whose mentions
    are not antecedents for pronouns; by default the spans inside quote marks.
    """
    return pd.DataFrame(mention_rows(text, aliases, exclude), columns=MENTION_COLUMNS)


def mention_rows(text: str, aliases: pd.DataFrame | None = None,
                 exclude: Iterable[tuple[int, int]] | None = None,
                 sentences: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str, str, str]]:
    """The rows of :func:`mentions_in` as (start, end, mention, person, kind) tuples, sorted.

    ``sentences`` are :func:`lib.text.sentence_spans` of ``text`` when the caller has them.
    """
    people = find_people(text, aliases)
    if not people:
        return []
    exclude = list(exclude) if exclude is not None else [(a, b) for a, b, _, _ in quote_mark_spans(text)]
    rows: list[tuple[int, int, str, str, str]] = []
    taken = _Spans()
    free = taken.free
    folded = fold(text)

    # names: full names first, then surnames, then alias variants
    for p in sorted(people, key=lambda p: -len(p.name)):
        forms = [(p.name, "name")]
        if p.surname != p.name:
            forms.append((p.surname, "surname"))
        for form, kind in forms:
            for s, e in _find_folded(text, form, folded):
                if free(s, e):
                    rows.append((s, e, text[s:e], p.name, kind))
                    taken.add(s, e)
    # a surname spelt one letter differently ("Nurtileu" for "Nurtleu") is the same person
    surnames = {fold(p.surname): p.name for p in people if len(p.surname) >= 6}
    for m in _LONG_WORD.finditer(text) if surnames else ():
        s, e, tok = m.start(), m.end(), m.group()
        if not _is_cap(tok) or not free(s, e):
            continue
        key = fold(tok)
        hit = [n for k, n in surnames.items() if k != key and k[0] == key[0] and _one_edit(k, key)]
        if len(hit) == 1:
            rows.append((s, e, text[s:e], hit[0], "variant"))
            taken.add(s, e)
    alias_roles = []
    if aliases is not None and len(aliases):
        for person, alias in zip(aliases["person"], aliases["alias"]):
            target = _person_for_alias(person, people)
            if target is None:
                continue
            if _alias_is_name(alias):
                for s, e in _find_folded(text, alias, folded):
                    if free(s, e):
                        rows.append((s, e, text[s:e], target, "alias"))
                        taken.add(s, e)
            else:
                alias_roles.append((alias, target))
    # descriptions from the alias file ("Turkish foreign minister"), then from roles seen in the text
    for alias, target in alias_roles:
        for s, e in _find_folded(text, alias, folded):
            s2 = _extend_article(text, s)
            if free(s2, e) and not _followed_by_name(text, e):
                rows.append((s2, e, text[s2:e], target, "role"))
                taken.add(s2, e)
    rows.sort()
    for m in _descriptions(text):
        s, e = m.start(), m.end()
        if not free(s, e) or _followed_by_name(text, e):
            continue
        nation = _nation_of(m.group(1)) if m.group(1) else None
        group = role_groups().get(re.sub(r"\s+", " ", m.group(2).lower()))
        if group in (None, "counterpart"):
            continue
        target = _resolve_description(people, rows, s, group, nation)
        if target:
            rows.append((s, e, text[s:e], target, "role"))
            taken.add(s, e)
            rows.sort()
    # pronouns
    genders = {p.name: p.gender for p in people}
    spans = sentences if sentences is not None else sentence_spans(text)
    starts = [a for a, _, _ in spans]
    outside: dict[int, bool] = {}  # mention start -> not inside an excluded span

    def quoted(pos: int) -> bool:
        if pos not in outside:
            outside[pos] = not any(a <= pos < b for a, b in exclude)
        return not outside[pos]

    speaking: dict[tuple[int, int], set[str]] = {}  # quotation span -> its speaker, found when first needed
    for m in re.finditer(r"\b(?:he|him|his|she|her|hers|He|His|She|Her)\b", text):
        s, e = m.span()
        if not free(s, e):
            continue
        cands = rows
        if quoted(s):
            # inside a quotation "he" and "she" are someone other than its speaker, who says "I": the person
            # named next to the last reporting verb before the quotation, or the first right after it, is not
            # a candidate
            a, b = next((a, b) for a, b in exclude if a <= s < b)
            if (a, b) not in speaking:
                ordered = sorted(rows)
                before = [r for r in ordered if a - 200 <= r[0] < a and _next_word_is_cue(text, r[1])]
                after = [r for r in ordered if b <= r[0] < b + 80 and (
                    _next_word_is_cue(text, r[1]) or _ends_with_cue(text[max(0, r[0] - 30):r[0]]))]
                speaking[(a, b)] = {r[3] for r in before[-1:] + after[:1]}
            cands = [r for r in rows if r[3] not in speaking[(a, b)]]
        pronoun = m.group().lower()
        nxt = _POSSESSED.match(text, e) if pronoun == "her" else None
        if nxt and nxt.group(1).lower() not in stopwords():
            pronoun = "hers"  # "her plan", "her Australian Open win": possessive, like "his"; "told her she …" is not
        target = _resolve_pronoun(cands, spans, starts, s, pronoun, quoted, genders, text)
        if target:
            rows.append((s, e, text[s:e], target, "pronoun"))
    rows.sort()
    return rows


class _Spans:
    """Spans that do not overlap one another, kept in order, with an overlap test by bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        """True when [s, e) overlaps none of the spans."""
        i = bisect_left(self.starts, e)  # the spans that start before e; the last of them ends last
        return i == 0 or self.ends[i - 1] <= s

    def add(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


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


def _extend_article(text: str, s: int) -> int:
    m = re.search(r"\b(?:the|The)\s+$", text[max(0, s - 5):s])
    return s - (len(text[max(0, s - 5):s]) - m.start()) if m else s


def _followed_by_name(text: str, e: int) -> bool:
    """'the Turkish President Recep …' is an introduction, not a description."""
    m = re.match(r"\s+([^\W\d_][\w'’-]*)", text[e:e + 40])
    return bool(m) and _is_cap(m.group(1)) and m.group(1).lower() not in stopwords()


def _find_folded(text: str, form: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Spans of ``form`` in ``text``, ignoring case of the first letter only and diacritics.

    ``folded`` is ``fold(text)`` when the caller has it already.
    """
    if not form:
        return []
    folded = fold(text) if folded is None else folded
    key = fold(form)
    if len(folded) != len(text):  # folding changed lengths (ß -> ss): match exactly instead
        folded, key = text.lower(), form.lower()
    out = []
    pos = folded.find(key)
    while pos >= 0:
        s, e = pos, pos + len(key)
        pos = folded.find(key, pos + 1)
        # whole words only; a possessive 's may follow
        if s and (folded[s - 1].isalnum() or folded[s - 1] in "_'’-"):
            continue
        nxt = folded[e:e + 1]
        if nxt and (nxt.isalnum() or nxt in "_-" or (nxt in "'’" and not re.match(r"['’]s\b", folded[e:e + 3]))):
            continue
        # names are capitalised in the text; descriptions may be any case
        if form[:1].isupper() and not text[s:s + 1].isupper():
            if any(w[:1].isupper() for w in form.split()[1:]) or len(form.split()) == 1:
                continue
        out.append((s, e))
    return out


def _person_for_alias(person: str, people: list[Person]) -> str | None:
    """The article's name for the alias file's person, if they are named in the article."""
    key = fold(person)
    for p in people:
        k = fold(p.name)
        if k == key or key.endswith(" " + k) or k.endswith(" " + key) or fold(p.surname) == fold(person.split()[-1]):
            return p.name
    return None


def _resolve_description(people: list[Person], rows: list, pos: int, group: str, nation: str | None) -> str | None:
    """The most recently mentioned person whose roles fit; else the only person who fits."""
    fits = {p.name for p in people if group in p.roles and (nation is None or not p.nations or nation in p.nations)}
    if not fits:
        return None
    for s, e, _, person, _ in sorted(rows, key=lambda r: -r[0]):
        if s < pos and person in fits:
            return person
    return sorted(fits)[0] if len(fits) == 1 else None


_SUBJECT_PRONOUNS = frozenset(("he", "she"))


@lru_cache(maxsize=1)
def _said_before_pronoun_re() -> re.Pattern:
    """A reporting verb and nothing else between a name and "he"/"she": "Branson has said (that) he"."""
    return re.compile(r"(?:['’]s)?\s+(?:(?:has|had|have|also|then|later|previously|recently)\s+)*"
                      + reporting_verb_pattern() + r"(?:\s+that)?\s+$", re.I)


def _resolve_pronoun(rows, spans, starts, pos, pronoun, quoted, genders, text: str) -> str | None:
    """The subject of the nearest sentence before (or of this sentence, before the pronoun).

    A mention right after a preposition ("by Keegan", "with Tony Blair
    away") is not a sentence's subject while another mention in it is.
    Mentions at a position where ``quoted(position)`` is true are not
    antecedents. People whose title gives the other gender ("Mr" for "she")
    are skipped. An object pronoun ("him") is not the subject of its own
    sentence, unless that first mention is an owner ("Mourinho's reaction saw
    him sent off").
    """
    idx = bisect_right(starts, pos) - 1
    want = PRONOUNS.get(pronoun)
    genders = genders or {}
    cands = [r for r in rows if r[0] < pos and not quoted(r[0]) and genders.get(r[3]) in (None, want)]
    if not cands:
        return None
    if pronoun in _SUBJECT_PRONOUNS and _said_before_pronoun_re().match(text, cands[-1][1], pos):
        return cands[-1][3]  # the one who reports is the "he" of the report: "…, while Richard Branson has said he …"
    subject_here = None
    for k in range(idx, max(-1, idx - 4), -1):
        a, b, _ = spans[k] if k >= 0 else (0, 0, "")
        inside = [r for r in cands if a <= r[0] < min(b, pos)]
        if not inside:
            continue
        if pronoun in _OBJECT_PRONOUNS and k == idx:
            owner = text.startswith(("'s", "’s"), inside[0][1])
            subject_here = None if owner else inside[0][3]
            others = [r for r in inside if r[3] != subject_here]
            if others:
                return others[-1][3]
            continue
        subjects = [r for r in inside if not _AFTER_PREPOSITION.search(text, max(0, r[0] - 12), r[0])]
        for r in subjects or inside:
            if r[3] != subject_here:
                return r[3]
    return None


_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|to|against|over|from|for|of)\s+$", re.I)


def same_person(a: str, b: str) -> bool:
    """Whether two names are the same person's: the same folded, or one ending in the other, "Jr" and "Sr" aside.

    >>> same_person("Blair", "Tony Blair"), same_person("Charles Evans", "Charles Evans Jr"), same_person("Bell", "Ball")
    (True, True, False)
    """
    a, b = (re.sub(r"\s+(?:jr|sr)\.?$", "", fold(x)) for x in (a, b))
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def score_pronouns(gold: pd.DataFrame, links: dict[tuple[str, int], str]) -> dict:
    """Pronoun resolution scored against hand annotations.

    ``gold`` has doc_id, start and antecedent (a name, or NONE when the
    pronoun names no one in the article, or UNSURE); ``links`` maps (doc_id,
    start) to the person a pronoun was linked to. recall: named pronouns
    linked to the right person; precision: right links among all links,
    NONE pronouns that were linked counting as wrong.
    """
    named = gold[~gold["antecedent"].isin(["NONE", "UNSURE"])]
    none = gold[gold["antecedent"] == "NONE"]
    keys = [(d, int(s)) for d, s in zip(named["doc_id"], named["start"])]
    linked = [(k, a) for k, a in zip(keys, named["antecedent"]) if k in links]
    right = sum(same_person(links[k], a) for k, a in linked)
    false_links = sum((d, int(s)) in links for d, s in zip(none["doc_id"], none["start"]))
    n_links = len(linked) + false_links
    return {"pronouns": len(gold), "named": len(named), "linked": len(linked), "right": right,
            "recall": right / len(named) if len(named) else float("nan"),
            "precision": right / n_links if n_links else float("nan"),
            "none": len(none), "none_linked": false_links}


# a capitalised word after a word or , ; : ' " ) and a space (the look-behind comes after the
# capital, so that the pattern is only tried where a capital stands)
_NAME_IN_SENTENCE = re.compile(r"[A-Z](?<=[\w,;:’'\"”)]\s[A-Z])[\w’'-]*[a-z][\w’'-]*")


def main_names(text: str, k: int = 5) -> list[str]:
    """The ``k`` names an article uses most: what it is about ("Kazakhstan", "Yukos", "Howard").

    Capitalised words inside sentences (not the first word of a sentence or
    line), used at least twice, without a possessive 's; a nationality counts
    as its place (lib/data/demonyms.csv: "Turkish" is "Turkey"). Acronyms ("UK",
    "DVDs"), months and days, titles and roles ("Mr", "President") and function words
    do not count. Ties are broken alphabetically.

    >>> main_names("Talks in Astana. Officials in Astana met Mr Fidan, and Fidan spoke. The UK, the UK.")
    ['Astana', 'Fidan']
    """
    counts: dict[str, int] = {}
    places = demonyms()
    for w in _NAME_IN_SENTENCE.findall(text):
        if w.endswith(("'s", "’s")):
            w = w[:-2]
            if w.isupper():  # "AOL's": an acronym, as "AOL" is
                continue
        elif w.endswith("s") and w[:-1].isupper():  # "DVDs", "MPs": acronyms too
            continue
        w = places.get(w, w)  # "Turkish" counts as "Turkey"
        counts[w] = counts.get(w, 0) + 1
    stop, hon, roles = stopwords(), honorifics(), role_groups()
    ranked = sorted(((-n, w) for w, n in counts.items()
                     if n >= 2 and w.lower() not in stop and w.lower() not in hon and w.lower() not in roles
                     and w.lower() not in CALENDAR), key=lambda x: x)
    return [w for _, w in ranked[:k]]


def mentions(corpus: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`mentions_in` over a corpus, with doc_id first and names merged across articles."""
    table = per_article(corpus, mentions_in, MENTION_COLUMNS, aliases)
    related = same_story(docs_of_names(table["doc_id"], table["person"]) if len(table) else {},
                         {d: main_names(t) for d, t in zip(corpus["doc_id"], corpus["text"])})
    return canonicalize(table, "person", aliases, related=related)


def canonicalize(table: pd.DataFrame, column: str, aliases: pd.DataFrame | None = None,
                 universe: Iterable[str] | None = None,
                 related: Callable[[list[str], list[str]], bool] | None = None) -> pd.DataFrame:
    """Merge the spellings of each person across articles into one canonical name.

    Names that fold to the same string ("Erdoğan"/"Erdogan"), names listed as
    aliases of one person in the alias file, and a surname used alone in one
    article when exactly one full name in the corpus ends in it, all become
    one name: the alias file's ``person`` when listed, otherwise the spelling
    with diacritics, then the most frequent, then the first alphabetically.
    A common given name alone ("Sir John") is not taken for a surname. When
    one full name ends in another ("Jose Manuel Barroso", "Manuel Barroso"),
    the longer is shown, unless the shorter is used more than twice as often
    or starts with a common given name while the other only adds one word
    that is not a given name ("Chris Paterson", not "Six Chris Paterson").

    ``universe`` is the corpus's names to decide with (with repeats, as they
    are counted), by default the column's own. Give the same one to every
    table of a corpus (the people of the mentions table, before merging), so
    that the tables name each person alike: the speakers alone may hold one
    full name ending in "Abbott" where the mentions hold four. ``related``
    decides which surnames used alone may join a full name (:func:`same_story`).

    >>> t = pd.DataFrame({"person": ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan"]})
    >>> canonicalize(t, "person")["person"].tolist()
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan']
    >>> canonicalize(pd.DataFrame({"speaker": ["Abbott"]}), "speaker", universe=["Abbott", "Greg Abbott"])["speaker"][0]
    'Greg Abbott'
    >>> canonicalize(pd.DataFrame({"speaker": ["Abbott"]}), "speaker",
    ...              universe=["Abbott", "Greg Abbott", "Paul Abbott"])["speaker"][0]
    'Abbott'
    """
    if column not in table or not len(table):
        return table
    own = [n for n in table[column] if isinstance(n, str) and n]
    if not own:
        return table
    name_of = name_map(own, aliases, universe, related)
    out = table.copy()
    out[column] = pd.Series([name_of[n] if isinstance(n, str) and n else None for n in table[column]],
                            index=table.index, dtype=object)
    return out


def same_story(docs_of: Mapping[str, Iterable], main: Mapping[Any, Iterable[str]],
               min_shared: int = 2) -> Callable[[list[str], list[str]], bool]:
    """The ``related`` test of :func:`name_map` for a corpus: a full name used in two articles or more takes
    its surname used alone anywhere; one used in a single article takes it only from articles that share
    ``min_shared`` of their main names (:func:`main_names`) with that article.

    ``docs_of`` maps each spelling to the articles it is used in, ``main`` each article to its main names.
    On BBC, 3 of 14 merges into a full name of one article were right before: "Mr Wang" in a business story
    became the film director Wayne Wang, and "Dr Reddy's" (a drug maker) the professor Raj Reddy.

    >>> test = same_story({"Wang": {"a"}, "Wayne Wang": {"b"}}, {"a": ["Wang", "Shanghai"], "b": ["Wang", "Cannes"]})
    >>> test(["Wang"], ["Wayne Wang"])
    False
    """
    folded = {d: {fold(n) for n in names} for d, names in main.items()}

    def related(surnames: list[str], full_names: list[str]) -> bool:
        full_docs = set().union(*(docs_of.get(f, ()) for f in full_names))
        if len(full_docs) >= 2:
            return True
        alone = set().union(*(docs_of.get(f, ()) for f in surnames))
        return any(len(folded.get(a, set()) & folded.get(d, set())) >= min_shared for a in alone for d in full_docs)

    return related


def docs_of_names(doc_ids: Iterable, names: Iterable) -> dict[str, set]:
    """Each name and the articles it is used in.

    >>> docs_of_names(["a", "a", "b"], ["Jo Bell", "Jo Bell", "Bell"])
    {'Jo Bell': {'a'}, 'Bell': {'b'}}
    """
    out: dict[str, set] = {}
    for doc, name in zip(doc_ids, names):
        if isinstance(name, str) and name:
            out.setdefault(name, set()).add(doc)
    return out


def name_map(own: Iterable[str], aliases: pd.DataFrame | None = None, universe: Iterable[str] | None = None,
             related: Callable[[list[str], list[str]], bool] | None = None) -> dict[str, str]:
    """Each spelling in ``own`` and its canonical name, as :func:`canonicalize` gives it.

    For a table too large to hold at once: collect its names (with repeats
    when there is no ``universe``; each distinct name once suffices when
    there is one), then map each part of the table with the result.

    ``related(surnames, full_names)``, when given, decides whether a surname
    used alone (its spellings) may be merged into the one full name of the
    corpus that ends in it (that name's spellings): whether the articles
    they are used in are about the same thing (see
    :func:`lib.pipeline.combine`).

    >>> name_map(["Abbott"], universe=["Abbott", "Greg Abbott"])
    {'Abbott': 'Greg Abbott'}
    """
    own = [n for n in own if isinstance(n, str) and n]
    if universe is None:
        names = own
    else:  # the universe's names, and the table's own that it lacks
        names = [n for n in universe if isinstance(n, str) and n]
        known = set(names)
        names += [n for n in dict.fromkeys(own) if n not in known]
    alias_map: dict[str, str] = {}
    if aliases is not None and len(aliases):
        for person, alias in zip(aliases["person"], aliases["alias"]):
            alias_map[fold(alias)] = person
            alias_map[fold(person)] = person
    counts = pd.Series(names).value_counts()
    by_fold: dict[str, list[str]] = {}
    for n in counts.index:
        by_fold.setdefault(fold(n), []).append(n)

    def best(forms: list[str]) -> str:
        # the spelling with diacritics first, so that tables canonicalised apart (mentions, quotes) agree
        return sorted(forms, key=lambda f: (f.isascii(), -counts.get(f, 0), f))[0]

    canon: dict[str, str] = {}
    for key, forms in by_fold.items():
        canon[key] = alias_map.get(key) or best(forms)
    # surname-only and first-name-less variants map to the unique full name ending in them
    # each multi-word name filed under every ending that starts after a space
    # ("recep tayyip erdogan" under "tayyip erdogan" and "erdogan"): one look-up per name
    ending_in: dict[str, list[str]] = {}
    for f in by_fold:
        for i, c in enumerate(f):
            if c == " ":
                ending_in.setdefault(f[i + 1:], []).append(f)
    # how often each canonical name is used, and the names merged into another after the fact
    weight: dict[str, int] = {}
    for key, forms in by_fold.items():
        weight[canon[key]] = weight.get(canon[key], 0) + sum(int(counts[f]) for f in forms)
    merged_into: dict[str, str] = {}

    def final(name: str) -> str:
        while name in merged_into:
            name = merged_into[name]
        return name

    given = {fold(n) for n in first_names()}
    listed = set(alias_map.values())
    full_forms: dict[str, list[str]] | None = None  # each canonical name's spellings of two words or more
    # longer names first, so that "erdogan" finds "tayyip erdogan" already merged with "recep tayyip erdogan"
    for key in sorted(by_fold, key=lambda k: -k.count(" ")):
        if key in alias_map or key in given:  # "Sir John" alone is not "Elton John"
            continue
        longer = sorted({final(canon[f]) for f in ending_in.get(key, ()) if f != key})
        if len(longer) != 1:
            continue
        mine, target = final(canon[key]), longer[0]
        if mine == target:
            continue
        if related is not None and " " not in key:
            if full_forms is None:  # every name of two words or more has been merged by now (longer ones first)
                full_forms = {}
                for k, forms in by_fold.items():
                    if " " in k:
                        full_forms.setdefault(final(canon[k]), []).extend(forms)
            if not related(by_fold[key], full_forms.get(target, [])):
                continue  # "Mr Wang" in a business story is not the film director Wayne Wang
        moved = sum(int(counts[f]) for f in by_fold[key])
        extra = fold(target)[:-len(key)].strip()  # what the longer name adds before this one
        if " " in key and mine[:1].isupper() and target not in listed and (
                weight.get(mine, 0) > 2 * weight.get(target, 0)
                or (" " not in extra and extra not in given and key.split()[0] in given)):
            # two full names of one person: the shorter is shown when it is used more than twice as often as
            # the longer (which may add a given name: "Recep Tayyip Erdoğan"), so that the one article whose
            # sentence-initial word joined a name ("Defiant Matt Williams") does not rename the person
            # ("da Silva", with a particle, is a surname: "Lula da Silva" stays); so is the one that starts
            # with a given name when the other adds one word that is not one ("Six Chris Paterson")
            merged_into[target] = mine
            weight[mine] += weight.pop(target, 0)
        else:
            canon[key] = target
            weight[target] = weight.get(target, 0) + moved
            weight[mine] = weight.get(mine, 0) - moved
    canon = {key: final(name) for key, name in canon.items()}
    # alias-file people: every alias or fold of the person maps to the listed name
    for key in list(canon):
        last = key.split()[-1]
        if last in alias_map and key not in alias_map and " " in key:
            target = alias_map[last]
            if fold(target).split()[-1] != last or fold(target) != key:
                canon[key] = target
    return {n: canon.get(fold(n), n) for n in dict.fromkeys(own)}  # each spelling folded once


def people_table(mention_table: pd.DataFrame, quotes: pd.DataFrame | None = None,
                 tone: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per person across the corpus: articles, mentions, quotes, tone.

    ``mention_table`` is :func:`mentions` output; ``quotes`` (optional) has
    doc_id and speaker; ``tone`` (optional) is
    :func:`lib.sentiment.person_sentiment` output (doc_id, person,
    sentences, mean_compound). Columns: person, articles (how many),
    doc_ids, mentions, quotes, quoted_in (articles where they are quoted),
    mean_compound (mean tone of the sentences that mention them, weighted by
    sentences). Sorted by mentions, then name.
    """
    cols = ["person", "articles", "doc_ids", "mentions", "quotes", "quoted_in", "mean_compound"]
    if not len(mention_table):
        return pd.DataFrame(columns=cols)
    g = mention_table.groupby("person")
    out = pd.DataFrame({
        "articles": g["doc_id"].nunique(),
        "doc_ids": g["doc_id"].agg(lambda s: ", ".join(sorted(set(s)))),
        "mentions": g.size(),
    })
    if quotes is not None and len(quotes):
        q = quotes[quotes["speaker"].notna()]
        # speakers spelt as in the mentions table: the same name, or the one name there that ends in it or that
        # it ends in. extract_quotes and analyze already spell them alike; this serves tables canonicalised
        # apart (canonicalize without a shared universe: "Alan Milburn" and "Blairite Alan Milburn")
        by_fold = {fold(p): p for p in out.index}

        def as_mentioned(speaker: str) -> str:
            key = fold(speaker)
            if key in by_fold:
                return by_fold[key]
            near = [p for k, p in by_fold.items() if k.endswith(" " + key) or key.endswith(" " + k)]
            return near[0] if len(near) == 1 else speaker

        names = {sp: as_mentioned(sp) for sp in set(q["speaker"])}
        q = q.assign(speaker=[names[sp] for sp in q["speaker"]])
        out["quotes"] = q.groupby("speaker").size().reindex(out.index).fillna(0).astype(int)
        out["quoted_in"] = q.groupby("speaker")["doc_id"].nunique().reindex(out.index).fillna(0).astype(int)
    else:
        out["quotes"], out["quoted_in"] = 0, 0
    if tone is not None and len(tone):
        w = tone.assign(weighted=tone["mean_compound"] * tone["sentences"]).groupby("person")
        out["mean_compound"] = (w["weighted"].sum() / w["sentences"].sum()).reindex(out.index).round(3)
    else:
        out["mean_compound"] = float("nan")
    out = out.reset_index().rename(columns={"index": "person"})
    return out.sort_values(["mentions", "person"], ascending=[False, True], kind="stable").reset_index(drop=True)[cols]
