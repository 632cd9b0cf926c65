"""Finding the people of one article: :func:`find_people` and its stages.

Each run of capitalised words (:mod:`._tokenize`) becomes a candidate name once
the titles before it are cut and the runs that cannot be a person's name are
dropped (:func:`_candidate`); the rules of :mod:`._evidence` then decide
whether it names a person. A surname found alone takes the first names
written before it elsewhere in the article, the alias file adds the people it
lists, and a common given name tells the gender no title told.

>>> [(p.name, p.roles, p.gender) for p in find_people("Turkish President Recep Tayyip Erdogan spoke. Ms Lee left.")]
[('Recep Tayyip Erdogan', {'head of state'}, 'm'), ('Lee', set(), 'f')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from ..lexicon import (
    data_lines,
    demonyms,
    first_names,
    fold,
    honorifics,
    organisation_noun_pattern,
    organisation_words,
    role_groups,
)
from ._evidence import _RULES_UNTIL_EVIDENCE, _apposition_after, _Article, _Candidate, _role_evidence
from ._tokenize import Token, _is_cap, _runs, _split_run
from ._words import _first_name_word, _gender, _jobs_before_names, _places, _plain_words


@dataclass
class Person:
    """A person found in one article: the fullest name seen, and what is known of them."""

    name: str
    start: int
    surname: str
    roles: set[str] = field(default_factory=set)      # role groups
    nations: set[str] = field(default_factory=set)    # folded demonyms
    gender: str | None = None


class _People(dict):
    """The people of an article so far, by folded name; :meth:`add` merges a name into a known person."""

    def add(self, name: str, start: int, roles: set[str], nations: set[str], gender: str | None = None) -> None:
        """Record a person, or add what is known to the one they are: a longer name that ends in a known surname
        extends it ("Blair", then "Tony Blair"); a name that a known one ends in adds to that one."""
        key = fold(name)
        last = fold(name.split()[-1])
        # a longer name that ends in a known surname extends it
        for k, p in list(self.items()):
            if key != k and (key.endswith(" " + k) or k == last) and len(key) > len(k):
                del self[k]
                p.name, p.surname = name, name.split()[-1]
                self[key] = p
                p.roles |= roles
                p.nations |= nations
                p.gender = p.gender or gender
                return
            if k.endswith(" " + key) or k == key:
                self[k].roles |= roles
                self[k].nations |= nations
                self[k].gender = self[k].gender or gender
                return
        self[key] = Person(name, start, name.split()[-1], set(roles), set(nations), gender)


_THE_AT_END = re.compile(r"\bthe$", re.I)
# the words of \b[a-z][a-z'’-]+\b, with a character set first, which the regex engine scans for quickly
_LOWER_WORDS = re.compile(r"[a-z](?<!\w[a-z])[a-z'’-]+\b")


@lru_cache(maxsize=1)
def _organisation_before() -> re.Pattern:
    """A noun after which a name is an organisation's (lib/data/organisation_nouns.txt): "water firm Aguas
    Argentinas", "rock band Keane"; searched for in the text before a run."""
    return re.compile(r"(?<![\w-])" + organisation_noun_pattern() + r"\s+$")


@lru_cache(maxsize=1)
def _modifier_end() -> re.Pattern:
    """A name made into a modifier (lib/data/modifier_suffixes.txt): "Bush-style", "Blair-era", "China-watcher"
    (but not "Chung Mong-koo")."""
    return re.compile(r"-(?:" + "|".join(map(re.escape, data_lines("modifier_suffixes.txt"))) + r")$")


def _name_tokens(run: list[Token], art: _Article) -> tuple[list[Token], list[str]]:
    """The tokens of a run that may be a name, and the words before them that were cut (titles, roles)."""
    name_toks, lead = _split_run(run)
    # a role inside the run ends the title: "Education Secretary Charles Clarke"
    for k in range(len(name_toks) - 2, -1, -1):
        word = name_toks[k][2].lower().rstrip(".")
        # (or an organisation's name before a given name: "Environmental Audit Committee Peter Ainsworth")
        if word in role_groups() or word in honorifics() or word.rsplit("-", 1)[-1] in role_groups() \
                or (name_toks[k][2] in organisation_words() and name_toks[k + 1][2] in first_names()
                    and len(name_toks) - k - 1 in (2, 3)):
            lead = lead + [t[2] for t in name_toks[:k + 1]]
            name_toks = name_toks[k + 1:]
            break
    given_names = first_names()
    if len(name_toks) >= 3 and name_toks[1][2] in given_names and name_toks[0][2] not in given_names \
            and (name_toks[0][2].lower() in art.lower_words or name_toks[0][2].endswith(("ite", "ies"))
                 or name_toks[0][2].lower() in _jobs_before_names() or name_toks[0][2].lower() in _plain_words()):
        # "Blairite Alan Milburn", "Referee Graham Poll" (when "referee" is written in lower case too),
        # "Broadcaster Chris Evans", "Defiant Matt Williams", "Six Chris Paterson": a word before the given
        # name is not part of the name (but "Iain Duncan Smith" and "Khoo Kay Peng" are)
        name_toks = name_toks[1:]
    return name_toks, lead


@lru_cache(maxsize=4096)
def _stripped_alone(word: str) -> bool:
    """Whether a run of this one word leaves no name once :func:`._tokenize._split_run` has cut what comes before
    names (then :func:`_candidate` finds none)."""
    return not _split_run([(0, len(word), word)])[0]


def _names_no_one_alone(tok: Token, art: _Article) -> bool:
    """Whether a run of this one token names no one in the article: nothing is left once the words before names are
    cut, or the word cannot be a name (worked out once per word of the article)."""
    word = tok[2]
    if word not in art.alone:
        art.alone[word] = _stripped_alone(word) or _cannot_be_a_name([tok], word, art)
    return art.alone[word]


def _cannot_be_a_name(name_toks: list[Token], name: str, art: _Article) -> bool:
    """Whether the words are an organisation's, a place's or a pronoun rather than a person's name."""
    # "Allander Institute", "General Election", "George Bush-style": not a person's name (but a surname that
    # is also a word stays after a given name: "Theresa May", "Gordon Brown")
    given = len(name_toks) >= 2 and name_toks[0][2] in first_names()
    if name_toks[-1][2] in organisation_words() or (name_toks[-1][2].lower() in art.lower_words and not given) \
            or _modifier_end().search(name_toks[-1][2]):
        return True
    if name_toks[0][2].startswith(("I'", "I’")) or name_toks[-1][2] == "I":
        return True  # "the best writer I've come across", "Whilst I agree": a pronoun, not a name
    if any(fold(t[2]) in _places() for t in name_toks) or fold(name) in _places():
        return True
    return len(name_toks) > 4


def _candidate(run: list[Token], art: _Article) -> _Candidate | None:
    """The run as a candidate name with the evidence of the words before it; None when it cannot be one."""
    if len(run) == 1 and _names_no_one_alone(run[0], art):
        return None  # ("The", "But", "Shares": most runs are one word, and the same words come again)
    text = art.text
    name_toks, lead = _name_tokens(run, art)
    if not name_toks:
        return None
    s, e = name_toks[0][0], name_toks[-1][1]
    name = text[s:e]
    if _cannot_be_a_name(name_toks, name, art):
        return None
    line_start = text.rfind("\n", 0, run[0][0]) + 1
    before = text[line_start:run[0][0]]
    if not lead and _organisation_before().search(before, max(0, len(before) - 16)):
        return None
    evidence, roles, nations = _role_evidence(lead, before)
    preceded_by_the = bool(_THE_AT_END.search(before.rstrip()[-4:])) and not lead
    return _Candidate(name_toks, lead, name, s, e, before, text[e:e + 120], evidence, roles, nations, preceded_by_the)


def find_people(text: str, aliases: pd.DataFrame | None = None) -> list[Person]:
    """The people introduced in one article, in order of first mention.

    >>> [p.name for p in find_people("Aibek Smadiyarov, a spokesman for the ministry, spoke. Mr Smith said so.")]
    ['Aibek Smadiyarov', 'Smith']
    """
    people = _People()
    art = _Article(text, set(_LOWER_WORDS.findall(text)))
    for run in _runs(text):
        c = _candidate(run, art)
        if c is None:
            continue
        _apposition_after(c, art)  # may add roles to evidence found before the name
        for rule in _RULES_UNTIL_EVIDENCE:
            if c.evidence:
                break
            rule(c, art)
        if c.evidence:
            people.add(c.name, c.start, c.roles, c.nations, _gender(c.lead + c.before.rsplit(None, 1)[-1:]))
    _add_first_names(people, text)
    if aliases is not None and len(aliases):
        _add_alias_people(people, text, aliases)
    given_names = first_names()
    for p in people.values():
        if p.gender is None:  # no title says it: the given name may ("presenter Zoe Ball" is "she")
            usual = given_names.get(p.name.split()[0])
            p.gender = usual if usual in ("m", "f") else None
    return sorted(people.values(), key=lambda p: p.start)


def _add_first_names(people: _People, text: str) -> None:
    """Give a person found by their surname alone the first names written right before it elsewhere."""
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
                people.add(text[start:full[1]] + p.name, start, set(), set())


def _add_alias_people(people: _People, text: str, aliases: pd.DataFrame) -> None:
    """Add the alias file's people whose name, or a spelling variant of it, the article writes."""
    folded_text = fold(text)
    for person, alias in zip(aliases["person"], aliases["alias"], strict=True):
        for key in (fold(person), fold(alias)):
            if _alias_is_name(alias) or key == fold(person):
                if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded_text) and key:
                    if not any(fold(p.name) == fold(person) for p in people.values()):
                        pos = folded_text.find(key)
                        people.add(person, pos, set(), set())
                    break


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


def _alias_is_name(alias: str) -> bool:
    """A spelling variant of a name (every word capitalised, no role word), not a description."""
    words = alias.split()
    return bool(words) and all(_is_cap(w) for w in words) and not any(
        w.lower() in role_groups() or w in demonyms() for w in words)

