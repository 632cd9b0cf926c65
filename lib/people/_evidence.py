"""The evidence that a run of capitalised words names a person, one function per rule.

:func:`_role_evidence` reads the words before a name (a role, an honorific, a
nationality); then each rule of :data:`_RULES` may find evidence that the
words before it missed: a role in apposition after the name, a reporting
verb next to it, a role set off by commas before it, a surname whose full
name the article writes, a common given name.

>>> _role_evidence(["Turkish", "President"], "")
(True, {'head of state'}, {'turkish'})
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import (
    demonyms,
    first_names,
    fold,
    honorifics,
    organisation_noun_pattern,
    organisation_nouns,
    organisation_words,
    other_post_words,
    person_nouns,
    role_groups,
)
from ..text import last_words_start, name_spans
from ._cues import _LOWER_WORD_BEFORE, _PREPOSITION_BEFORE, _apposed_cue_re, _next_word_is_cue, _speaker_after_cue
from ._tokenize import Token
from ._words import (
    _award_words,
    _demonym_of_place,
    _first_name_word,
    _nation_word,
    _one_edit,
    _role_tails,
    _singular,
    _title_words_before,
)


def _role_at_end(words: list[str]) -> tuple[str | None, int]:
    """The longest role (lower case) that ends ``words``; returns (role, n_words)."""
    groups = role_groups()
    low = [w.lower() for w in words]
    for n in (4, 3, 2, 1):
        if len(low) >= n and " ".join(low[-n:]) in groups:
            return " ".join(low[-n:]), n
    return None, 0


_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the|who\s+is|who\s+was)?\s*((?:[\w'’-]+\s+){0,3}?)([\w'’-]+)"
                         r"(?=\s+(?:of|for|at|to|in|with|on)\b|\s*[,.;]|\s+(?:said|says|told|added)\b)", re.I)
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\"“”«»]")
_WORDS = re.compile(r"[\w'’-]+")
# a capitalised word, one space and a second capitalised word: a first name and a surname, maybe
# ("Martin O'Neill"); every pair is found, so "Jean Pierre Meersseman" gives "Pierre Meersseman" too
# a given name and a surname: the capital of the given name (not after a word), then the rest of it (group 1) and
# the surname (group 2) in a look-ahead, so that names may overlap ("Gary Neville Smith" gives both pairs)
_TWO_WORD_NAME = re.compile(r"[A-Z](?<![\w'’.-].)(?=([a-z]+) ([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*)(?![\w'’-]))")


def _multiword_role_at_end(words: list[str], groups: dict[str, str]) -> list[str]:
    """The words of the longest role of two words or more that ends ``words`` ("chief executive"), or []."""
    if len(words) < 2:
        return []
    low = [w.lower() for w in words[-4:]]
    for n in (4, 3, 2):
        if len(low) >= n and " ".join(low[-n:]) in groups:
            return words[-n:]
    return []


def _role_evidence(lead: list[str], before: str) -> tuple[bool, set[str], set[str]]:
    """Whether the words before a name mark it as a person, and the roles and nations they give."""
    words = lead[:]
    # lower-case words before the run: "his Kazakh counterpart", "foreign minister"
    groups, hon, dem = role_groups(), honorifics(), demonyms()
    prev = _WORDS.findall(_CLAUSE_BREAK.split(before[-60:])[-1])
    tail = _multiword_role_at_end(prev, groups)  # "Wolves chief executive Jez Moxey": "executive" alone is none
    for w in reversed(prev[:len(prev) - len(tail)]):
        low_w = w.lower()
        if low_w in groups or low_w in hon or w in dem or low_w in _title_words_before() \
                or ("-" in low_w and low_w.rsplit("-", 1)[-1] in groups) \
                or (tail and fold(w) in _demonym_of_place()) \
                or (tail and " ".join([low_w, *(t.lower() for t in tail)]) in groups):
            # "Wales coach Mike Ruddock", "ex-wife", "co-founder"; a longer role: "shadow chancellor Oliver Letwin"
            tail.insert(0, w)
        else:
            if tail and low_w in _award_words():
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
                if not (i and low[i - 1] in other_post_words()):  # a "Deputy Mayor" holds no mayor's role
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


def _surnames_of_full_names(text: str) -> frozenset[str]:
    """The last words of two-word names ("Gary Neville") written in ``text``."""
    given = ((text[m.start()] + m.group(1), m.group(2)) for m in _TWO_WORD_NAME.finditer(text))
    return frozenset(surname for first, surname in given
                     if _first_name_word(first) and first not in organisation_words())


_POSSESSIVE_TAIL = re.compile(r"(?<=\s)[A-Z][\w.&-]*['’]s\s+$")
_OF_THE_PLACE = re.compile(r"\s+(?:of|for)\s+the\s+(\w+)")


# (at most two words, searched for from the start of the last three)
_JOINED_TO_A_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:for|of|and|&)\s+$")


@lru_cache(maxsize=1)
def _organisation_noun_at_end() -> tuple[re.Pattern, int]:
    """A noun for an organisation (lib/data/organisation_nouns.txt) that ends where the search ends and stands
    alone at its start, and the length of the longest noun (how far back to search)."""
    return (re.compile(r"(?<![\w-])" + organisation_noun_pattern() + r"$"),
            max(map(len, organisation_nouns()), default=0))


_NAME_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*")


def _named_after_organisation_noun(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` after a noun for an organisation, as the first words of the run of capitalised
    words there ("consultancy Retail Decisions Ltd" names "Retail", "Retail Decisions" and "Retail Decisions Ltd"),
    looked for where the name's first word stands: a noun ends where the white space before it starts.

    >>> _named_after_organisation_noun("Anti-fraud consultancy Retail Decisions Ltd says", "Retail Decisions")
    True
    """
    words = name.split()
    if not words or " ".join(words) != name or not "A" <= name[0] <= "Z":
        return False
    noun_at_end, longest = _organisation_noun_at_end()
    at = text.find(words[0])
    while at >= 0:
        gap = at
        while gap and text[gap - 1].isspace():
            gap -= 1
        if gap < at and noun_at_end.search(text, max(0, gap - longest), gap) \
                and _NAME_RUN.match(text, at).group().split()[:len(words)] == words:
            return True
        at = text.find(words[0], at + 1)
    return False


@dataclass
class _Article:
    """What the rules read of one article besides its text, found once: its lower-case words, and, when first
    needed, the surnames of the two-word names it writes and what is known of single names and words."""

    text: str
    lower_words: set[str]
    _surnames: frozenset[str] | None = None
    _organisation_names: dict[str, bool] = field(default_factory=dict)
    _reports: dict[str, int] = field(default_factory=dict)
    alone: dict[str, bool] = field(default_factory=dict)  # one word -> whether a run of it alone names no one

    def named_as_organisation(self, name: str) -> bool:
        """Whether the article writes the name after a noun for an organisation anywhere ("Anti-fraud
        consultancy Retail Decisions says …"): then "…, Retail Decisions said" is the firm speaking."""
        if name not in self._organisation_names:
            self._organisation_names[name] = _named_after_organisation_noun(self.text, name)
        return self._organisation_names[name]

    def reports_by(self, name: str) -> int:
        """How often ``name`` stands right before a reporting verb in the article (counted once per name)."""
        if name not in self._reports:
            self._reports[name] = sum(_next_word_is_cue(self.text, end) for _, end in name_spans(self.text, name))
        return self._reports[name]

    def surnames(self) -> frozenset[str]:
        """The last words of the two-word names written in the article (:func:`_surnames_of_full_names`)."""
        if self._surnames is None:
            self._surnames = _surnames_of_full_names(self.text)
        return self._surnames


@dataclass(slots=True)
class _Candidate:
    """A run of capitalised words that may name a person: its name tokens, the words stripped before them
    (``lead``), the text before the run on its line and after the name, and the evidence found so far."""

    name_toks: list[Token]
    lead: list[str]
    name: str
    start: int
    end: int
    before: str
    after: str
    evidence: bool = False
    roles: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)
    preceded_by_the: bool = False


def _apposition_after(c: _Candidate, art: _Article) -> None:
    """A role in apposition after the name: "Aibek Smadiyarov, a spokesman for the ministry"."""
    # (not after a preposition: in "a speech in Edinburgh, the prime minister said" the commas end a phrase)
    before, after = c.before, c.after
    app = _APPOSITION.match(after) if not _PREPOSITION_BEFORE.search(before, max(0, len(before) - 12)) else None
    if app:
        role = _role_at_end((app.group(1) + app.group(2)).split())[0]
        if role:
            c.evidence = True
            c.roles.add(role_groups()[role])
            c.nations |= {n for n in map(_nation_word, app.group(1).split()) if n}
            m = _OF_THE_PLACE.match(after[app.end():])
            if m and m.group(1) in demonyms():
                c.nations.add(fold(m.group(1)))


def _reporting_verb_next(c: _Candidate, art: _Article) -> None:
    """A name of two words or more right before or after a reporting verb: "Hakan Fidan said", "…," said Chad Bown.

    A firm whose name starts with a word of the article ("Standard Chartered said", "Time Warner said") is no
    evidence of a person.
    """
    first = c.name_toks[0][2]
    if not c.evidence and len(c.name_toks) >= 2 and not c.preceded_by_the and not c.lead \
            and not (first.lower() in art.lower_words and first not in first_names()) \
            and not art.named_as_organisation(c.name) \
            and not _JOINED_TO_A_NAME.search(c.before, last_words_start(c.before, 3)):
        # (not the end of a longer name: "Department for | International Development said")
        before = c.before
        c.evidence = _next_word_is_cue(art.text, c.end) or _speaker_after_cue(before[-30:]) or _speaker_after_cue(
            _POSSESSIVE_TAIL.sub("", before[-60:])[-30:])  # "…," noted NBC's Dante Chinni


def _role_in_commas_before(c: _Candidate, art: _Article) -> None:
    """A name in apposition after its role: "The Home Secretary, Jack Straw, said"."""
    before, after = c.before, c.after
    if c.evidence or c.lead or not before.endswith(", ") or not after.startswith(","):
        return
    clause = _CLAUSE_BREAK.split(before[-60:].rstrip(" ,"))[-1].split()
    role = _role_at_end(clause)[0]
    if role:
        c.evidence = True
        c.roles.add(role_groups()[role])
        c.nations |= {n for n in map(_nation_word, clause) if n}
    elif len(c.name_toks) >= 2 and _apposed_cue_re().match(after) \
            and _LOWER_WORD_BEFORE.search(before, max(0, len(before) - 40)):
        # a full name set off by commas right before a reporting verb names the speaker, whatever
        # words describe them before it: "The UN's emergency relief coordinator, Jan Egeland, said"
        # (after a lower-case word: in "Princeton, New Jersey, said" the commas set off a place)
        c.evidence = True


def _surname_of_a_full_name(c: _Candidate, art: _Article) -> None:
    """A surname next to a reporting verb whose full name the article writes.

    "Neville admitted" or "…," said Roddick, where "Gary Neville" or "Andy Roddick" is written elsewhere in the
    article (but not "told Villa's website": an owner after a cue).
    """
    if (not c.evidence and len(c.name_toks) == 1 and not c.preceded_by_the and not c.lead
            and (_next_word_is_cue(art.text, c.end)
                 or (_speaker_after_cue(c.before[-30:]) and not art.text.startswith(("'s", "’s"), c.end)))):
        c.evidence = c.name in art.surnames()


def _given_name_and_surname(c: _Candidate, art: _Article) -> None:
    """A common given name and a surname, perhaps after a nationality: "Paula Radcliffe", "Irishman Pat Kenny",
    "New Yorker Dick Morris" (lib/data/first_names.csv)."""
    dem = demonyms()
    if not c.evidence and len(c.name_toks) in (2, 3) and not c.preceded_by_the \
            and (all(w in dem for w in c.lead) or " ".join(c.lead) in dem) and c.name_toks[0][2] in first_names():
        c.evidence = True


# (in the last word, searched for from its start)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+)$")
_NEXT_SENTENCE_PRONOUN = re.compile(r"[^.!?\n]{0,300}?[.!?][\"”’']?\s+(He|She)\b")


def _pronoun_reports_next(c: _Candidate, art: _Article) -> None:
    """A name of two or three words that opens a sentence, when "He" or "She" and a reporting verb open the
    next: "Shami Chakrabarti, from human rights group Liberty, joined calls for …. She said: …"."""
    first = c.name_toks[0][2]
    if c.evidence or len(c.name_toks) not in (2, 3) or c.preceded_by_the or c.lead \
            or not _SENTENCE_OPENS.search(c.before, last_words_start(c.before, 1)) \
            or (first.lower() in art.lower_words and first not in first_names()):
        return
    m = _NEXT_SENTENCE_PRONOUN.match(art.text, c.end)
    if m is None or art.named_as_organisation(c.name):
        return
    # (not "Lib Dem home affairs spokesman Mark Oaten said …. He": another name before the pronoun)
    c.evidence = _next_word_is_cue(art.text, m.end(1)) and not art.text.startswith(("'", "’"), c.end) \
        and not _TWO_WORD_NAME.search(art.text, c.end, m.start(1))


_PERSONAL_PRONOUN_NEXT = re.compile(r"[^.!?\n]{0,200}?\b(?:he|she|his|her)\b")


def _surname_that_reports_as_a_person(c: _Candidate, art: _Article) -> None:
    """A single name that is the subject of a reporting verb twice or more and that "he" or "she" follows in its
    sentence, when the article writes no full name for it: "Parry said …", "Parry, speaking to BBC Sport, also
    admits …" (not a firm, which "it" follows: "Vodafone said it …")."""
    if c.evidence or len(c.name_toks) != 1 or c.preceded_by_the or c.lead or c.name.lower() in art.lower_words \
            or not _next_word_is_cue(art.text, c.end) or art.named_as_organisation(c.name):
        return
    if any(_one_edit(fold(c.name), fold(s)) for s in art.surnames()):
        return  # a surname spelt one letter differently ("Nurtileu" for Nurtleu), the variant rows' to find
    if art.reports_by(c.name) >= 2 and _PERSONAL_PRONOUN_NEXT.match(art.text, c.end):
        c.evidence = True


_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]+)\s+$")


def _person_noun_before(c: _Candidate, art: _Article) -> None:
    """A name right after a noun for one person in lower case: "rock star Patti Smith", "rapper Jay-Z",
    "striker Thierry Henry" (lib/data/person_nouns.txt; not after "the", not a name the article writes after
    a noun for an organisation)."""
    if c.evidence or c.lead or c.preceded_by_the or len(c.name_toks) not in (2, 3) \
            or art.named_as_organisation(c.name):
        return
    noun = _NOUN_BEFORE.search(c.before, max(0, len(c.before) - 30))
    c.evidence = bool(noun) and noun.group(1) in person_nouns()


_POST_NOMINAL = re.compile(r"\s+(?:MP|MEP|MSP|MLA|QC|KC)\b")


def _post_nominal_after(c: _Candidate, art: _Article) -> None:
    """A name of two or three words followed by the letters of a member's seat or a silk: "Peter Ainsworth MP"."""
    if not c.evidence and len(c.name_toks) in (2, 3) and not c.preceded_by_the and _POST_NOMINAL.match(c.after) \
            and c.name_toks[0][2] in first_names():  # (not "The Glasgow Kelvin MP")
        c.evidence = True


#: The rules after the words before the name, in the order they are tried; each may set the evidence.
_RULES = (_apposition_after, _reporting_verb_next, _role_in_commas_before, _surname_of_a_full_name,
          _given_name_and_surname, _pronoun_reports_next, _post_nominal_after, _surname_that_reports_as_a_person,
          _person_noun_before)
#: The rules tried only while no evidence is found (all but the apposition, which also adds roles).
_RULES_UNTIL_EVIDENCE = _RULES[1:]
