"""Every mention of every person in one article: names, surnames, variants, aliases, descriptions, pronouns.

:func:`mention_rows` finds the article's people (:func:`find_people`), then
adds the mentions of each kind in turn, each only where no earlier one stands:
full names and surnames, surnames spelt one letter differently, the alias
file's variants and descriptions, descriptions that fit a role seen in the
text ("the Kazakh Head of State"), then pronouns (:mod:`._pronouns`).
:func:`mentions` does it for a corpus and merges the names across articles
(:mod:`._merge`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

import pandas as pd

from ..article import aliases_of, each_article
from ..lexicon import data_lines, demonyms, first_names, fold, honorifics, other_post_words, role_groups, stopwords
from ..text import quote_mark_spans
from ._merge import corpus_main_names, respell, spelling_map
from ._names import Person, _alias_is_name, find_people
from ._pronouns import Row, _pronoun_rows, salient_person
from ._tokenize import _LETTERS, _is_cap
from ._words import _gender, _nation_of, _one_edit, _title_words_before

MENTION_COLUMNS = ["start", "end", "mention", "person", "kind"]

# a word of six letters or more that does not start with an ASCII small letter (only capitalised ones are used)
# a word of six characters or more that does not start with a digit, "_" or a lower-case ASCII letter, standing alone
# (its first character first, then the look behind it, so that the regex engine scans for that character set)
_LONG_WORD = re.compile(r"[^\W\d_a-z](?<![\w'’-].)\w{5,}(?![\w'’-])")


class _Found:
    """The mention rows of one article found so far, and the spans they hold."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.rows: list[Row] = []
        self.taken = _Spans()

    def free(self, s: int, e: int) -> bool:
        """True when no mention found so far overlaps [s, e)."""
        return self.taken.free(s, e)

    def add(self, s: int, e: int, person: str, kind: str) -> None:
        """Record the mention at [s, e) of ``person``."""
        self.rows.append((s, e, self.text[s:e], person, kind))
        self.taken.add(s, e)


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
    found = _Found(text)
    # names: full names first, then surnames, then alias variants
    _name_rows(found, people)
    _variant_rows(found, people)
    alias_roles = _alias_rows(found, people, aliases) if aliases is not None and len(aliases) else []
    # descriptions from the alias file ("Turkish foreign minister"), then from roles seen in the text
    _alias_role_rows(found, alias_roles)
    found.rows.sort()
    _description_rows(found, people, sentences)
    _lead_person_rows(found, exclude)
    _pronoun_rows(text, found.rows, found.free, {p.name: p.gender for p in people}, exclude, sentences)
    found.rows.sort()
    return found.rows


def _name_rows(found: _Found, people: list[Person]) -> None:
    """Each person's name wherever written, longest names first, then each surname: of the person who has
    it, or of two or more who share it, the one :func:`_sharer_of` gives."""
    text = found.text
    named: dict[str, list[int]] = {}  # person -> where their full name is written
    for p in sorted(people, key=lambda p: -len(p.name)):
        for s, e in _find_folded(text, p.name, found.folded):
            if found.free(s, e):
                found.add(s, e, p.name, "name")
                named.setdefault(p.name, []).append(s)
    sharers: dict[str, list[Person]] = {}
    for p in people:
        if p.surname != p.name:
            sharers.setdefault(fold(p.surname), []).append(p)
    for p in sorted(people, key=lambda p: -len(p.name)):
        if p.surname == p.name or sharers[fold(p.surname)][0] is not p:
            continue
        for s, e in _find_folded(text, p.surname, found.folded):
            if found.free(s, e) and not _another_given_name_before(text, s, sharers[fold(p.surname)]):
                found.add(s, e, _sharer_of(sharers[fold(p.surname)], named, text, s), "surname")


_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’']?\s+$")
_TITLE_BEFORE = re.compile(r"([A-Z][a-z]+)\.?\s+$")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _another_given_name_before(text: str, pos: int, sharers: list[Person]) -> bool:
    """Whether the surname at ``pos`` follows a capitalised word that is no title, role, nationality or
    common word: a given name the article's people do not have ("Moazzam Begg's MP" when only
    "Azmat Begg" is known), not a word of their own names ("Mr De Vido", "Mrs Parker Bowles")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    if not m or m.start(1) == 0 or text[m.start(1) - 1] == "\n" or any(m.group(1) in p.name.split() for p in sharers):
        return False
    word = m.group(1).lower()
    if _SENTENCE_END_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1)) and m.group(1) not in first_names():
        return False  # a word that opens the sentence is a given name only when it is a common one ("Matchwinner")
    return word not in honorifics() and word not in role_groups() and m.group(1) not in demonyms() \
        and word not in stopwords() and word not in _title_words_before()


def _sharer_of(sharers: list[Person], named: dict[str, list[int]], text: str, pos: int) -> str:
    """Which of the people who share a surname the one written at ``pos`` is: the only one, else, of those
    whom a title before it does not give the other gender ("Mr Jackson"), the one named in full last
    before it, else first after it ("Sharon Osbourne … Rock star Ozzy Osbourne … Osbourne said")."""
    if len(sharers) == 1:
        return sharers[0].name
    title = _TITLE_BEFORE.search(text, max(0, pos - 8), pos)
    gender = _gender([title.group(1)]) if title else None
    fits = [p for p in sharers if not gender or p.gender in (None, gender)] or sharers
    before = [(max(at for at in named.get(p.name, []) if at < pos), p.name) for p in fits
              if any(at < pos for at in named.get(p.name, []))]
    if before:
        return max(before)[1]
    after = [(min(named[p.name]), p.name) for p in fits if named.get(p.name)]
    return min(after)[1] if after else fits[0].name


def _variant_rows(found: _Found, people: list[Person]) -> None:
    """A surname spelt one letter differently ("Nurtileu" for "Nurtleu") is the same person."""
    surnames = {fold(p.surname): p.name for p in people if len(p.surname) >= 6}
    variant_of: dict[str, list[str]] = {}  # word -> the people whose surname it may be a variant of
    for m in _LONG_WORD.finditer(found.text) if surnames else ():
        s, e, tok = m.start(), m.end(), m.group()
        if not _is_cap(tok) or not found.free(s, e):
            continue
        if tok not in variant_of:
            key = fold(tok)
            variant_of[tok] = [n for k, n in surnames.items() if k != key and k[0] == key[0] and _one_edit(k, key)]
        if len(variant_of[tok]) == 1:
            found.add(s, e, variant_of[tok][0], "variant")


def _alias_rows(found: _Found, people: list[Person], aliases: pd.DataFrame) -> list[tuple[str, str]]:
    """The alias file's spelling variants of the article's people; returns its descriptions of them
    ("Turkish foreign minister") as (alias, person), for :func:`_alias_role_rows`."""
    alias_roles = []
    for person, alias in zip(aliases["person"], aliases["alias"], strict=True):
        target = _person_for_alias(person, people)
        if target is None:
            continue
        if _alias_is_name(alias):
            for s, e in _find_folded(found.text, alias, found.folded):
                if found.free(s, e):
                    found.add(s, e, target, "alias")
        else:
            alias_roles.append((alias, target))
    return alias_roles


def _alias_role_rows(found: _Found, alias_roles: list[tuple[str, str]]) -> None:
    """The alias file's descriptions wherever written, with "the" before them, unless a name follows."""
    text = found.text
    for alias, target in alias_roles:
        for s, e in _find_folded(text, alias, found.folded):
            s2 = _extend_article(text, s)
            if found.free(s2, e) and not _followed_by_name(text, e):
                found.add(s2, e, target, "role")


@lru_cache(maxsize=1)
def _unnamed_source_nouns() -> frozenset[str]:
    """Nouns for a source the article need not name ("the spokesman"): lib/data/anonymous_sources.txt."""
    return frozenset(w.lower() for w in data_lines("anonymous_sources.txt"))


def _seen_with(people: list[Person], group: str) -> bool:
    """Whether anyone of the article holds a role of that group (then a description names them, or no one)."""
    return any(group in p.roles for p in people)


def _description_rows(found: _Found, people: list[Person],
                      sentences: list[tuple[int, int, str]] | None = None) -> None:
    """Descriptions made of a nationality and a role ("the Kazakh Head of State") resolved to the person
    last mentioned whose role and nationality fit."""
    text = found.text
    for m in _descriptions(text):
        s, e = m.start(), m.end()
        if not found.free(s, e) or _followed_by_name(text, e):
            continue
        nation = _nation_of(m.group(1)) if m.group(1) else None
        group = role_groups().get(re.sub(r"\s+", " ", m.group(2).lower()))
        if group in (None, "counterpart"):
            continue
        target = _resolve_description(people, found.rows, s, group, nation)
        if target is None and nation is None and m.group(0)[:3].lower() == "the" and not _seen_with(people, group) \
                and m.group(2).lower().split()[-1] not in _unnamed_source_nouns():
            # a role nobody in the article is given ("The chancellor said", "Gordon Brown" named before): the
            # person "he" or "she" would be, whatever the gender, if not one given another post ("the mayor"
            # after "Prime Minister Tony Blair")
            posted = {p.name for p in people if p.roles and group not in p.roles}
            posted |= {p for p, held in _posts_named_with(text, found.rows).items() if "another " + group in held}
            target = salient_person(text, [r for r in found.rows if r[3] not in posted], s, sentences)
        if target:
            found.add(s, e, target, "role")
            found.rows.sort()


# a description by age or nationality that opens a sentence, before its verb: "The 28-year-old suffered …", "But
# the 25-year-old Dubliner underlined …", "The Australian has suffered …"
_AGE_OR_NATION_OPENS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?:(?:But|And|Yet)\s+)?"
                                  r"(?P<d>[Tt]he\s+(?:(?P<age>\d+-year-old)(?:\s+[A-Z]?[a-z]+){0,2}?|(?P<nation>[A-Z][a-z]+)))"
                                  r"(?=\s+(?:has|had|is|was|will|would|also|now|then|[a-z]+ed)\b)")
# where such a description may start: a word that opens it, at its second letter (a superset of the starts)
_OPENER_WORD = re.compile(r"[BAYTt](?=ut|nd|et|he)")


def _age_or_nation_openers(text: str, pos: int) -> Iterator[re.Match]:
    """The matches of :data:`_AGE_OR_NATION_OPENS` from ``pos``, as ``finditer`` gives them; the pattern, which opens
    with a choice of places, is tried only where one of the words it starts with stands."""
    end = pos
    for word in _OPENER_WORD.finditer(text, pos):
        if word.start() >= end:
            m = _AGE_OR_NATION_OPENS.match(text, word.start())
            if m:
                end = m.end()
                yield m


def _lead_person_rows(found: _Found, exclude: list[tuple[int, int]]) -> None:
    """Descriptions by age or nationality that open a sentence ("The 28-year-old suffered …", "The Australian has
    suffered …") as mentions of the article's lead person: the first person named in its first paragraph, whom
    news goes on to describe so. Not inside quotation marks, nor before that person is named."""
    text = found.text
    first_para = text.find("\n\n")
    named = [r for r in found.rows if r[4] == "name" and (first_para < 0 or r[0] < first_para)]
    if not named:
        return
    lead, after = named[0][3], named[0][1]
    for m in _age_or_nation_openers(text, after):
        s, e = m.span("d")
        nation = m.group("nation")
        if nation and nation not in demonyms():
            continue
        # ("The Argentine" after "Argentine David Nalbandian": the one the article gives that nationality)
        given = [r[3] for r in found.rows if r[4] == "name" and len(nation) < r[0] < s
                 and text.startswith(nation + " ", r[0] - len(nation) - 1)] if nation else []
        who = given[-1] if given else lead
        if found.free(s, e) and not any(a <= s < b for a, b in exclude) \
                and _paragraph_opener(found, s) in (None, who):  # (not in a paragraph about another)
            found.add(s, e, who, "role")
    found.rows.sort()


def _paragraph_opener(found: _Found, pos: int) -> str | None:
    """The person whose name stands in the first 80 characters of the paragraph holding ``pos`` before it
    ("- Former world number two Tommy Haas is also a doubt …"), if any."""
    start = found.text.rfind("\n\n", 0, pos) + 1
    names = [r for r in found.rows if start <= r[0] < min(pos, start + 80) and r[4] in ("name", "surname")]
    return names[0][3] if names and _OPENER_WORDS.fullmatch(found.text, start, names[0][0]) else None


# the words that may stand before a name that opens a paragraph: a dash, a title, a role ("- Former world number two")
_OPENER_WORDS = re.compile(r"\s*[-–•]?\s*(?:(?!(?:by|with|to|from|against|for|of|in|at|was|is|has|had)\s)"
                           r"[\w'’-]+\s+){0,5}")


def _posts_named_with(text: str, rows: list) -> dict[str, set[str]]:
    """Person -> the role groups of the titles their names are written after ("Home Secretary Charles Clarke":
    a secretary's), "another <group>" after a word that makes the role another post ("Deputy Mayor Nicky
    Gavron" holds no mayor's post)."""
    groups, posts = role_groups(), {}
    for s, _, _, person, kind in rows:
        if kind != "name":
            continue
        before = re.findall(r"[A-Za-z-]+", text[max(0, s - 40):s])[-3:]
        for n in (3, 2, 1):
            role = " ".join(before[-n:]).lower()
            if len(before) >= n and role in groups:
                other = len(before) > n and before[-n - 1].lower() in other_post_words()
                posts.setdefault(person, set()).add("another " + groups[role] if other else groups[role])
                break
    return posts


def mentions(corpus: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`mentions_in` over a corpus, with doc_id first and names merged across articles
    (:func:`spelling_map`). ``aliases`` default to the folder's people.csv that
    :func:`lib.corpus.load_corpus` attached (:func:`lib.article.aliases_of`)."""
    aliases = aliases_of(corpus, aliases)
    rows, doc_ids = [], []
    for doc_id, view in each_article(corpus):
        found = mention_rows(view.text, aliases)
        rows += found
        doc_ids += [doc_id] * len(found)
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    table.insert(0, "doc_id", doc_ids if doc_ids else pd.Series([], dtype=object))
    if not len(table):
        return table
    spelling = spelling_map(table["doc_id"], table["person"], corpus_main_names(corpus), aliases)
    return respell(table, "person", spelling)


@lru_cache(maxsize=1)
def _description_re() -> re.Pattern:
    """'the (Kazakh) Head of State': a description made of a nationality and a role from the data files."""
    roles = sorted(role_groups(), key=len, reverse=True)
    # a nationality or a place used as one: "the Kazakh Head of State", "the England captain"
    dems = sorted(set(demonyms()) | set(demonyms().values()), key=len, reverse=True)
    return re.compile(
        r"\b(?:the|The|his|her|His|Her)\s+(?:(?:former|new|then)\s+)?((?:" + "|".join(map(re.escape, dems)) + r")\s+)?"
        r"((?:" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) + r"))\b"
        r"(?!\s+of\s+(?!state\b|government\b))",
        re.I)


# \b(?:the|his|her)\s+ in any case, written to start with a character set (see _pronouns._PRONOUN)
# (the letters of the word after it, if any, are group 1)
_DESCRIPTION_START = re.compile(r"[tThH](?<!\w.)(?:(?<=[tT])(?i:he)|(?<=[hH])(?i:is|er))\s+(?=([^\W\d_]+)|)")


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
        word = start.group(1)
        if heads is not None and (word is None or (word.isascii() and word.lower() not in heads)):
            continue  # (other letters may fold in ways lower() does not show: they are always tried)
        m = pattern.match(text, start.start())
        if m:
            end = m.end()
            yield m

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
        """Keep [s, e), which overlaps none of the spans."""
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)

def _extend_article(text: str, s: int) -> int:
    """The start of a description with the "the" right before it: "the Turkish foreign minister"."""
    m = re.search(r"\b(?:the|The)\s+$", text[max(0, s - 5):s])
    return s - (len(text[max(0, s - 5):s]) - m.start()) if m else s


def _followed_by_name(text: str, e: int) -> bool:
    """'the Turkish President Recep …' is an introduction, not a description; so is one with the name in
    apposition: 'The Shadow Secretary of State for the Family, Theresa May, said'."""
    m = re.match(r"\s+([^\W\d_][\w'’-]*)", text[e:e + 40])
    if bool(m) and _is_cap(m.group(1)) and m.group(1).lower() not in stopwords():
        return True
    return _NAME_IN_APPOSITION.match(text, e, e + 120) is not None


# the rest of a role and a name in commas after it: " of State for the Family, Theresa May,"
_NAME_IN_APPOSITION = re.compile(r"(?:\s+(?:of|for|at|to)\s+[^,.;:\n]{1,60}?)?,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,")


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
    """The most recently mentioned person whose roles fit; else the only person who fits, when nobody is named
    before the description (a lead that names its subject later), not when someone is ("Jennifer Lopez
    cancelled …. The actress …", with "actress Anita Dobson" only further on)."""
    fits = {p.name for p in people if group in p.roles and (nation is None or not p.nations or nation in p.nations)}
    if not fits:
        return None
    for s, _e, _, person, _ in sorted(rows, key=lambda r: -r[0]):
        if s < pos and person in fits:
            return person
    named_before = any(r[0] < pos and r[4] == "name" for r in rows)
    return sorted(fits)[0] if len(fits) == 1 and not named_before else None
