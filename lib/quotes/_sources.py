"""Sources that are not people: every quote gets a source when the text names one.

A quote's speaker mention that :mod:`lib.people` resolves to a person gives
``speaker_type`` "person". Otherwise the mention's words say what the source
is (one rule each, tried in order):

- **the organisation's pronoun** ("…, it said"): the organisation that spoke last before it;
- **a definite description of an organisation** ("the company said", "the bank added"): the organisation
  that spoke last, or was last named, before it, or the one introduced after that by a noun and its name
  ("German carmaker DaimlerChrysler"); else the description itself; a bare noun for a body ("Police
  said") is that body;
- **a role** ("the Turkish foreign minister added"): the person the article names with that role
  ("Foreign Minister Hakan Fidan"), else no one;
- **a surname** ("Parry said"): the person of the article with that surname;
- **a name** ("Uefa said", "Analyst firm Telecom View predicts"): an organisation, named by its run of
  capitalised words (the descriptor before it dropped);
- **a group** ("analysts", "economists", "Recent housing market surveys"): the description, type "group"
  (a plural); a document ("the report said", "a survey says") is its author when the article names one
  (:mod:`._documents`), else an unnamed source; another singular description names no one, nor does a span
  that runs over a reporting verb;
- **a possessive** ("its estimate"): the organisation that spoke before, if any;
- **an unnamed source** ("a spokesman", "a person familiar with the talks", "sources"): type "anonymous";
  in the lead, an unnamed organisation or document ("an anti-fraud agency has said", "says a report") is
  the organisation named as a source right after it.
- A description that gives a gender ("the mother of three") is never a person the pronouns give the other.

A quote that continues another one ("“…,” she said. “We were ready.”") takes its source only when that
is a person or an unnamed one ("the spokesman said"): in news, a quotation after an organisation's
statement is more often a named person's whose attribution was missed than the organisation's again.

An organisation named by its initials is spelled out as the article gives it ("GM" -> "General
Motors"); a cited document is its author's ("the WEF report"; "a report published by the World
Economic Forum"; "the report" after the organisation spoke).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lexicon import (
    data_lines,
    data_rows,
    demonyms,
    first_names,
    fold,
    honorifics,
    organisation_nouns,
    other_post_words,
    person_nouns,
    reporting_verbs,
    role_groups,
    stopwords,
)
from ..people import PRONOUNS, _posts_named_with, _pronoun_genders, salient_person
from ._descriptions import (
    _CAPITALISED,
    _NAME_JOINERS,
    _POSTMODIFIER_OPENS,
    _description,
    _group_nouns,
    _head,
    _organisation_nouns,
    _words,
)
from ._documents import _document_nouns, _document_opening_sentence_before, _document_source
from ._organisations import (
    _description_opening_sentence_before,
    _introduced_before,
    _issuer_opening_own_sentence,
    _named_before,
    _named_with_head,
    _organisation_named_just_before,
    _organisations_named_together,
    _sentence_starts,
    _short_form_of,
    _subject_of_own_sentence,
)
from ._patterns import _SHARE_OF_PEOPLE, _noun_like, _role_modifiers
from ._spelling import written_out_name

__all__ = ["SPEAKER_TYPES", "name_sources"]

#: What a quote's source is.
SPEAKER_TYPES = ("person", "organisation", "group", "anonymous")

_ORG_PRONOUNS = frozenset(("it", "It"))
_PERSON_PRONOUNS = frozenset(("he", "she", "He", "She", "they", "They", "I", "we", "We"))


@lru_cache(maxsize=1)
def _anonymous_heads() -> frozenset[str]:
    """Heads of unnamed single sources ("spokesman", "source", "official"): lib/data/anonymous_sources.txt."""
    return frozenset(w.lower() for w in data_lines("anonymous_sources.txt"))


_PLACE_PREPOSITIONS = frozenset(("in", "on", "at", "from", "across", "around", "near", "outside", "inside",
                                 "throughout"))


def _trailing_name(mention: str) -> str | None:
    """The capitalised name that ends the mention, small joining words allowed inside it ("Analyst firm
    Telecom View" -> "Telecom View", "The Institute for Fiscal Studies" -> "Institute for Fiscal Studies");
    None when the mention does not end in one, or is a single sentence-initial noun ("Analysts")."""
    words = _words(mention)
    run: list[str] = []
    for w in reversed(words):
        if _CAPITALISED.fullmatch(w) and w.lower() not in ("the", "a", "an") \
                and not (w is words[0] and re.search(r"-[a-z]", w)):  # (a sentence's first word: "Chart-topper")
            run.insert(0, w)
        elif w.isdigit() and run and run[0][:1].isupper():  # ("50 Cent", "Fathers 4 Justice"; not "Chart-topper")
            run.insert(0, w)
        elif w in _NAME_JOINERS and run:
            run.insert(0, w)
        else:
            break
    while run and run[0] in _NAME_JOINERS:
        run.pop(0)
    if not run:
        return None
    before = words[len(words) - len(run) - 1].lower() if len(words) > len(run) else ""
    if before in _PLACE_PREPOSITIONS:
        return None  # "some web users in Canada": a place that describes the source, not the source
    low = run[0].lower()
    if len(run) == 1 and run[0] == words[0] and (low in _organisation_nouns() or low in _anonymous_heads()
                                                 or low in _group_nouns()):
        return None  # "Analysts said" at the start of a sentence: a group, not a name
    return " ".join(run)


def _surname_person(name: str, people: dict[str, str]) -> str | None:
    """The person of the article whose surname is ``name`` (one word), if exactly one has it."""
    if " " in name:
        return None
    found = {p for last, p in people.items() if last == fold(name)}
    return found.pop() if len(found) == 1 else None


def _role(mention: str) -> str | None:
    """The role a description names ("the Turkish foreign minister" -> "foreign minister", "the outgoing
    European Commissioner" -> "commissioner", "the chief executive of a car maker" -> "chief executive"), or
    None: the words before "of", "at" or "for", less the nationality, owner or modifier words before the role."""
    words = [w for w in _words(mention) if w.lower() not in ("the", "a", "an", "his", "her", "its", "their", "our")]
    cut = next((i for i, w in enumerate(words) if i and w in _POSTMODIFIER_OPENS), len(words))
    for part in (words, words[:cut]):
        while part:
            role = " ".join(part).lower()
            for written in (role, role.replace("-", " ")):  # ("the Amnesty secretary-general")
                if written in role_groups():
                    return written
            if not (part[0] in demonyms() or part[0].endswith(("'s", "’s")) or part[0].lower() in _role_modifiers()
                    or (part[0][:1].isupper() and len(part) > 1 and part[1][:1].islower())):
                break  # (a name before a lower-case role modifies it: "the Amnesty secretary-general")
            part = part[1:]
    return None


@lru_cache(maxsize=256)
def _role_name_re(role: str) -> re.Pattern:
    """The role written before a run of capitalised words: "Foreign Minister Hakan Fidan"."""
    role_words = r"(?i:" + r"\s+".join(map(re.escape, role.split())) + r")"
    return re.compile(role_words + r"\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")


def _role_holder(role: str, text: str, people: dict[str, str]) -> str | None:
    """The person the article names with that role anywhere ("Foreign Minister Hakan Fidan"), if one."""
    found = {people.get(fold(m.group(1).split()[-1])) for m in _role_name_re(role).finditer(text)
             if not _longer_role(text, m.start(), role)} - {None}
    return found.pop() if len(found) == 1 else None


def _longer_role(text: str, pos: int, role: str) -> bool:
    """Whether the word before ``pos`` makes the role another one: "shadow chancellor" is no chancellor,
    the "Deputy Mayor" no mayor (lib/data/other_role_modifiers.txt)."""
    before = re.search(r"([\w-]+)\s+$", text[max(0, pos - 30):pos])
    if not before:
        return False
    word = before.group(1).lower()
    return f"{word} {role}" in role_groups() or word in other_post_words()


def _gender_of(mention: str) -> str | None:
    """The gender a description's words give ("the mother of three" -> "f"), or None."""
    words = {w.lower() for w in _words(mention)}
    female, male = bool(words & _gendered_words("f")), bool(words & _gendered_words("m"))
    return "f" if female and not male else "m" if male and not female else None


def _salient(salient: Callable[[], str | None] | None, mention: str) -> tuple[str, str]:
    """The person a description stands for; when the article gives no one, the description itself as an
    unnamed source ('…," the chief executive of a leading car maker told BBC News')."""
    person = salient() if salient else None
    return (person, "person") if person else (_description(mention), "anonymous")


_AUXILIARY_WORDS = frozenset(("will", "would", "can", "could", "has", "have", "had", "is", "are", "was", "were", "may",
                              "might", "must", "should"))

# quantifiers that speak for a group of people: "Some speculate that", "Others say", "Many said"
_QUANTIFIER_SOURCES = frozenset(("some", "many", "others", "most", "several"))

# roles that name no one post: "the Warriors chief" may be the club's chairman, "the Toon boss" its manager
_LOOSE_ROLES = frozenset(("chief", "boss", "head"))


def _classify(mention: str, people: dict[str, str], last_org: str | None, text: str = "",
              salient: Callable[[], str | None] | None = None, pos: int = -1) -> tuple[str | None, str | None]:
    """(speaker, speaker_type) for a mention that is not a resolved person; (None, None) when it names no one."""
    m = mention.strip()
    if _SHARE_OF_PEOPLE.match(m) or _GROUP_OF.match(m):  # "only 34%", "A number of large MCI shareholders"
        return _description(m), "group"
    if not m or m in _PERSON_PRONOUNS or any(w.islower() and w in reporting_verbs() and w not in _document_nouns()
                                             and w.lower() not in _group_nouns() and w.lower() not in _noun_like()
                                             for w in m.split()[1:]):
        return None, None  # no source, or a span that runs over a verb ("Sir Howard said the report")
    issued = _ISSUED_BY.search(m)
    if issued and issued.group(1).lower() in _document_nouns():  # "A statement from … Universal": Universal's
        return issued.group(2), "organisation"
    if m.split()[0].lower() in ("a", "an") and _words(m)[-1].lower() in _document_nouns():
        return _document_source(m, _words(m), None, text, pos)  # "a survey says": its author, when named
    if m.split()[0].lower() in ("a", "an", "one"):
        return _description(m), "anonymous"  # "a spokesman", "one official": unnamed, even with a role
    role = _role(m)
    if role:  # a person described by their role: the one the article names with it, else unknown
        return _described_by_role(role, m, text, people, salient)
    if m in _ORG_PRONOUNS:
        return (last_org, "organisation") if last_org else (None, None)
    words = _words(m)
    head = _head(words)
    refers = _organisation_nouns().get(head)
    if refers and m.split()[0].lower() == "the" and not _trailing_name(m[4:]) \
            and not (refers == "last" and _name_in_description(words)):  # ("the Deutsche Welle radio station")
        if refers == "last" and last_org:
            return last_org, "organisation"
        return _description(m), "organisation"
    named = _name_before_its_noun(words)
    if named:  # "Broadcast magazine said", "Reuters news agency reported": the name
        return named, "organisation"
    if len(words) == 1 and words[0].lower() in _QUANTIFIER_SOURCES:  # "Some speculate", "Others say": a group
        return words[0].lower(), "group"
    if len(words) == 1 and (words[0].lower() in stopwords() or _opening_adverb(words[0])):
        return None, None  # "Also", "There", "Recently": a word before the cue, not a source
    if len(words) == 1 and refers == "self":  # "Police said": the body the noun names
        return _description(m), "organisation"
    first = words[0].lower() if words else ""
    if _describes_a_person(first, head, words):
        if first in ("his", "her", "their") and head not in role_groups():
            return _description(m), "anonymous"  # "her agent said": not she, whom "her" stands for
        return _salient(salient, m)  # "the Sale player", "the American", "the 23-year-old": the one introduced
    name = _trailing_name(m)
    if name:
        person = _surname_person(name, people)
        if person:
            return person, "person"
        # a name that starts with a common given name, perhaps after a title, is a person's the people module
        # did not find ("Anil …", "Justice David Souter")
        words = name.split()
        titled = len(words) > 2 and words[0].lower().rstrip(".") in honorifics() and words[1] in first_names()
        if titled:
            return " ".join(words[1:]), "person"
        return (name, "person") if words[0] in first_names() else (name, "organisation")
    if first in ("a", "an", "one") or head in _anonymous_heads() or first in _anonymous_heads():
        return _description(m), "anonymous"
    if first in ("its", "their"):  # "its estimate": the organisation's, when one spoke before
        return (last_org, "organisation") if last_org else (None, None)
    documents = _documents_of_a_name(m, words, last_org)
    if documents:
        return documents
    together = _plural_organisation_noun(head) and first in ("the", "both") and pos > 0 \
        and _organisations_named_together(text, pos, people)
    if together:  # "the companies said" after "EADS and BAE Systems, the European defence firms, welcomed …"
        return together, "organisation"
    if (head in _group_nouns() or (head.endswith("s") and not head.endswith("ss")) or words[-1] in _group_nouns()) \
            and not _AUXILIARY_WORDS & set(words[1:]):  # ("Ministry of Defence lawyers"; not "his will make people")
        return _description(m), "group"
    if head in _document_nouns():  # "the report said": a document as the source; "her lawsuit": hers
        person = salient() if salient and first in ("his", "her") else None
        return (person, "person") if person else _document_source(m, words, last_org, text, pos)
    if first == "the" and (head in role_groups() or head in person_nouns()):
        # "The Tory leader said": a person described, not the party; not one the article gives another post
        return _salient((lambda: salient(role=head)) if salient and head in role_groups() else salient, m)
    named = _name_in_description(words)
    if first == "the" and named and len(named) < len(words) - 1:  # "the Nielsen ratings system": Nielsen
        return " ".join(named), "organisation"
    return None, None  # another singular thing names no one


def _documents_of_a_name(m: str, words: list[str], last_org: str | None) -> tuple[str | None, str | None] | None:
    """The source of a plural document a name owns: "Halifax's figures indicate" (Halifax's), "according to the
    FCC figures" (the FCC's, as "the FCC's figures" are), "Office for National Statistics data"; None for other
    mentions."""
    head = _head(words)
    owned = [w for w in words[:-1] if w.endswith(("'s", "’s", "s'", "s’")) and w[:1].isupper()]
    if owned and (head[:-1] in _document_nouns() or head in ("figures", "data")) and owned[0] not in demonyms():
        return _document_source(m, words, last_org)
    if words[-1].lower() not in ("figures", "data", "statistics"):
        return None
    named = _name_in_description(words) if words[0].lower() == "the" else words[:-1]
    bare = words[0].lower() != "the"
    if bare and not (named and named[0] not in demonyms() and (len(named) > 1 or named[0].isupper())
                     and named[0].lower() not in stopwords() and not any(re.search(r"-[a-z]", w) for w in named)
                     and all(w[:1].isupper() or w in _NAME_JOINERS for w in named)):  # (not "And ILO-based")
        return None  # ("Office for National Statistics data", "ONS figures"; not "Official figures")
    return (" ".join(named), "organisation") if named else None


def _described_by_role(role: str, m: str, text: str, people: dict[str, str],
                       salient: Callable[..., str | None] | None) -> tuple[str, str]:
    """The person a description by ``role`` stands for: the one the article names with it; else, for "the
    spokesman", an unnamed source, as "a spokesman" is; else the person the article is about who holds no
    other post (any of them for a loose role: "the Warriors chief" may be the club's chairman)."""
    holder = _role_holder(role, text, people)
    if holder:
        return holder, "person"
    if role.split()[-1] in _anonymous_heads():
        return _description(m), "anonymous"
    loose = role in _LOOSE_ROLES
    return _salient((lambda: salient(role=role)) if salient and not loose else salient, m)


def _name_before_its_noun(words: list[str]) -> str | None:
    """The name before a noun for what it is, with no article: "Broadcast magazine" -> "Broadcast", "Reuters news
    agency" -> "Reuters"; None for a nationality ("German carmaker") or a lone word."""
    if len(words) < 2 or not words[-1].islower() or words[-1] not in organisation_nouns() or words[-1].endswith("s") \
            or words[0].lower() in stopwords() or words[0] in demonyms():
        return None  # (not a name with its noun, "Deutsche Bank"; nor "Security firms", "Many foreign companies")
    if any(w.endswith(("'s", "’s")) or w.lower().rstrip(".") in honorifics() for w in words):
        return None  # ("Mr Elgindy's team")
    name = [w for w in words[:-1] if w[:1].isupper()]
    return " ".join(name) if name and name == words[:len(name)] and len(words) - len(name) <= 2 else None


def _name_in_description(words: list[str]) -> list[str]:
    """The capitalised words right after "the" that name something ("the Guardian newspaper", "the Florida-based
    Falic group"), past a place it is based in; none for a nationality or a country ("the German company",
    "the US firm")."""
    words = words[2:] if len(words) > 2 and words[1].endswith("-based") else words[1:]
    named = []
    for w in words:
        body = demonyms().get(w, "")
        if not named and body.split()[-1:] and body.split()[-1].lower() in _organisation_nouns():
            return [body]  # "the Labour party": the body its adjective stands for (lib/data/demonyms.csv)
        if not _CAPITALISED.fullmatch(w) or w in demonyms() or w in demonyms().values() or re.fullmatch(r"[A-Z]{2}", w):
            break
        if w.endswith(("'s", "’s")):  # "the BNP's website": the BNP
            return named + [w[:-2]]
        named.append(w)
    return named


_ISSUED_BY = re.compile(r"\b([a-z]+)\s+(?:(?:earlier|last|this|on|published|commissioned|conducted|carried\s+out|"
                        r"compiled|released|produced|issued|written|prepared|week|month|year|[A-Z][a-z]+day)\s+){0,3}"
                        r"(?:from|by|of)\s+(?:[\w'’-]+\s+){0,4}?"
                        r"((?:[A-Z][\w&'’./-]*)(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’./-]*)*)$")


def _plural_organisation_noun(head: str) -> bool:
    """Whether a noun is the plural of one for an organisation ("firms", "companies", "banks")."""
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else ""
    return _organisation_nouns().get(singular) == "last"  # (not "the unions": bodies the description names)


_GROUP_OF = re.compile(r"(?:a|the)\s+(?:number|group|handful|majority|coalition)\s+of\s", re.I)


def _opening_adverb(word: str) -> bool:
    """An adverb that opens a sentence ("Recently announced changes …"), not a given name ("Emily")."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}ly", word)) and word not in first_names()


def _describes_a_person(first: str, head: str, words: list[str]) -> bool:
    """A definite description of one person: "the Sale player", "his coach", "the American", "the 23-year-old",
    "the 40-year-old comic"."""
    owner = first.endswith(("'s", "’s")) and len(words) > 1  # "Obama's former campaign strategist"
    return (first in ("the", "his", "her") or owner) and (head in person_nouns() or (words[-1] in demonyms()
                                                                           and words[-1][1:].islower())
                                                or any(_AGED.fullmatch(w) for w in words[1:3]))


_AGED = re.compile(r"\d+-year-old")


_CUE_NEXT = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|added|told|stressed|noted|stated|announced)\b")


@lru_cache(maxsize=2)
def _gendered_words(gender: str) -> frozenset[str]:
    """The words that give a person's gender, "f" or "m" ("spokeswoman", "chairman"): lib/data/gendered_words.csv."""
    return frozenset(word for word, g in data_rows("gendered_words.csv") if g == gender)


def _same_source_again(r: dict, previous: dict | None, text: str) -> tuple[str, str] | None:
    """The source of the quote before, when this one's pronoun stands for it: "they said" after an
    organisation or a group spoke; "she added" after "a spokeswoman said", and "he said" that names no one
    after an unnamed source that is not a woman (within 300 characters)."""
    if previous is None or not 0 <= r["mention_start"] - previous["end"] <= 300:
        return None
    pronoun, kind, who = r["mention"].strip().lower(), previous["speaker_type"], (previous["speaker"] or "").lower()
    if pronoun == "they" and kind in ("organisation", "group"):
        return previous["speaker"], kind
    gender = {"she": "f", "he": "m"}.get(pronoun)
    if kind == "anonymous" and gender and who:
        heads = {_head(_words(who)), who.split()[-1]}  # (the head: "a spokesman for distributor Toho")
        if heads & _gendered_words(gender):
            return previous["speaker"], kind
        if not r["speaker"] and not heads & _gendered_words("m" if gender == "f" else "f"):
            return previous["speaker"], kind  # "he said" after "the chief executive of a car maker told …"
    return None


def _speaker_goes_on(r: dict, previous: dict | None, text: str, mentions: list[tuple] | None) -> tuple[str, str] | None:
    """The person who spoke just before, for a "he" or "she" that opens the next report with no one else named
    between their attribution and it: "…, Lib Dem's elections chief Lord Rennard said. He said it was …" (not a
    man named in his words); only after a whole quote attributed by name, and not when the pronoun's gender is
    not theirs."""
    pronoun = r["mention"].strip().lower()
    if pronoun not in ("he", "she") or previous is None or previous["speaker_type"] != "person" \
            or previous["kind"] == "partial" or previous["speaker"].split()[-1] not in previous["mention"] \
            or r["speaker"] == previous["speaker"] \
            or not 0 <= r["mention_start"] - max(previous["mention_end"], previous["end"]) <= 200 \
            or text.count("\n\n", previous["mention_end"], r["mention_start"]):
        return None
    person = previous["speaker"]
    between = [m for m in mentions or [] if previous["mention_end"] <= m[0] < r["mention_start"] and m[3] != person]
    return (person, "person") if not between and _gender_fits(person, pronoun, mentions) else None


def _last_person_for_pronoun(r: dict, previous: dict | None, text: str, mentions: list[tuple] | None) -> str | None:
    """The person who spoke last, for a "he" or "she" that the pronoun rules left unresolved: '"…," Mr Howard
    said. ⏎ And he stressed …', when that quote ends in the same or the paragraph before and neither the
    pronouns resolved to that person so far nor their given name give the other gender."""
    pronoun = r["mention"].strip().lower()
    if pronoun not in ("he", "she") or not _spoke_just_before(previous, "person", r, text):
        return None
    person = previous["speaker"]
    return person if _gender_fits(person, pronoun, mentions) else None


def _gender_fits(person: str, pronoun: str, mentions: list[tuple] | None) -> bool:
    """Whether "he" or "she" may stand for ``person``: neither the pronouns resolved to them so far (none when they
    give both) nor their given name give the other gender."""
    gender = PRONOUNS[pronoun]
    resolved = _pronoun_genders(mentions or []).get(person, gender)
    return resolved == gender and first_names().get(person.split()[0], "u") in ("u", gender)


def _last_organisation_for_it(r: dict, previous: dict | None, text: str) -> str | None:
    """The organisation that spoke last, for an "it" the organisation rules left unresolved: '"…," said the
    radio station. It added …', when that quote ends at most one paragraph before."""
    if r["mention"].strip() not in _ORG_PRONOUNS or not _spoke_just_before(previous, "organisation", r, text):
        return None
    return previous["speaker"]


def _spoke_just_before(previous: dict | None, kind: str, r: dict, text: str) -> bool:
    """Whether the quote before ``r`` has a source of ``kind`` and ends before r's mention, in its paragraph or
    the one before."""
    return previous is not None and previous["speaker_type"] == kind and r["mention_start"] >= previous["end"] \
        and text.count("\n\n", previous["end"], r["mention_start"]) <= 1


# two people who open a sentence: "Michael Howard and frontbencher John Redwood on Thursday launched …"
_PAIR_OPENS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))([^.!?\n]{0,60}?)\s+and\s+"
                         r"((?:[a-z][\w-]*\s+){0,3})([^.!?\n]{1,40}?)\s+(?=[a-z])")


def _pair_for_they(r: dict, text: str, mentions: list[tuple] | None) -> str | None:
    """The two people whose names open the sentence before, joined by "and", for a "they" no rule resolved:
    "Michael Howard and frontbencher John Redwood launched new plans. They say …" (both names)."""
    if r["mention"].strip().lower() != "they" or r["mention_start"] <= 0 or not mentions:
        return None
    pos = r["mention_start"]
    starts = _sentence_starts(text, pos, 800)
    start = starts[-2] if len(starts) > 1 else 0  # (the sentence before the one "they" stands in)
    names = {(a, b): person for a, b, _, person, kind in mentions if kind in ("name", "surname") and a >= start}
    for m in _PAIR_OPENS.finditer(text, start, pos):
        a, b = m.span(1), m.span(3)
        first = next((p for (s, e), p in names.items() if s == a[0] + len(m.group(1)) - len(m.group(1).lstrip())
                      and e == a[1]), None)
        second = next((p for (s, e), p in names.items() if s == b[0] and e == b[1]), None)
        if first and second and first != second:
            return f"{first} and {second}"
    return None


# a plural noun phrase as a clause's subject, its verb after it: "analysts have raised concerns", "Turkey's
# economic leaders have been banging the drum" (the head a plural in lower case, not "-ss")
_PLURAL_SUBJECT = re.compile(r"(?:(?<=[.,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthat\s)|(?<=\bwhile\s)|(?<=\n)|^)"
                             r"((?:[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}"
                             r"(?!(?:has|was|is|does|says|this|his|its|us)\b)[a-z][\w-]*[^s\W]s)"
                             r"(?=\s+(?:have|had|are|were|say|said|insist|argue|warn|will|would|also|[a-z]+ed)\b)")


def _plural_subject_for_they(r: dict, text: str) -> str | None:
    """The plural noun phrase that is the subject of a clause before a "they" no rule resolved, in its sentence or
    the one before ("… and analysts have raised concerns …. Without a pick-up, they say, …" -> "analysts"); not one
    inside the content before ", they said"."""
    pos = r["mention_start"]
    if r["mention"].strip().lower() != "they" or pos <= 0:
        return None
    ends = _sentence_starts(text, pos, 500)
    own = ends[-1]
    upto = own if re.search(r",\s*$", text[own:pos]) else pos  # (after content: only the sentence before)
    found = None
    for m in _PLURAL_SUBJECT.finditer(text, ends[-2] if len(ends) > 1 else own, upto):
        found = m.group(1)
    if found and found.split()[0] in ("The", "Many", "Some", "Most", "Other", "Several", "Both", "All"):
        found = found[0].lower() + found[1:]
    return found


def _may_stand_for_one(mention: str) -> bool:
    """Whether a mention may stand for an organisation named before it: "it", "the company", "the report",
    "its estimate" (only then is the name that opens an earlier sentence looked for)."""
    words = _words(mention.strip())
    if not words:
        return False
    head, first = words[-1].lower(), words[0].lower()
    return (mention.strip() in _ORG_PRONOUNS or head in _organisation_nouns() or head in _document_nouns()
            or first in ("its", "their"))


def _speaker_named_next(text: str, mentions: list[tuple] | None, pos: int) -> str | None:
    """The person a lead's description introduces when nobody is named before it ("…, the Turkish foreign
    minister has said. ⏎ “…,” Hakan Fidan said"): the first person named in the next 400 characters, when
    a reporting verb stands next to that name."""
    for s, e, _, person, kind in sorted(mentions or []):
        if pos < s <= pos + 400 and kind in ("name", "surname") and _CUE_NEXT.match(text, e) \
                and not any(p == person and a < pos for a, _, _, p, _ in mentions):
            return person
    return None


def name_sources(rows: list[dict], mentions: list[tuple] | None, text: str = "",
                 sentences: list[tuple[int, int, str]] | None = None) -> None:
    """Set ``speaker`` and ``speaker_type`` of each quote row (in text order; changed in place).

    ``mentions`` are the article's (start, end, mention, person, kind) rows, for surnames and roles;
    ``text`` the article's text, where a person described by a role is named with it.
    """
    people = {fold(p.split()[-1]): p for _, _, _, p, _ in (mentions or []) if isinstance(p, str) and " " in p}
    persons = _surely_people(people, mentions or [])
    last_org, last_org_at, previous = None, -1, None
    written: dict[str, str] = {}  # each organisation's name as the article writes it out
    quoted = [(r["start"], r["end"]) for r in rows if r["kind"] in ("direct", "partial")]  # no antecedents inside
    for r in rows:
        same = _same_source_again(r, previous, text) or _speaker_goes_on(r, previous, text, mentions)
        if same:
            r["speaker"], r["speaker_type"] = same
        elif r["speaker"]:
            r["speaker_type"] = "person"
        elif r.get("continues") and previous and previous["speaker_type"] == "anonymous":
            r["speaker"], r["speaker_type"] = previous["speaker"], "anonymous"  # "the spokesman" goes on
        elif r.get("continues"):
            r.update(mention="", mention_start=-1, mention_end=-1)  # continues an organisation or a group
        elif named := (_named_with_head(text, r["mention_start"], r["mention"], "self")
                       or _short_form_of(text, r["mention_start"], r["mention"])):
            r["speaker"], r["speaker_type"] = named, "organisation"
        elif r["mention"].strip() in _ORG_PRONOUNS and (
                document := _document_opening_sentence_before(text, r["mention_start"])):
            r["speaker"], r["speaker_type"] = _document_source(document[0], _words(document[0]), last_org, text,
                                                               document[1])
        else:
            antecedent = _organisation_antecedent(r["mention"], r["mention_start"], text, persons, last_org,
                                                  last_org_at)
            gender = _gender_of(r["mention"])

            def salient(pos=r["mention_start"], gender=gender, role=None) -> str | None:
                if pos < 0:
                    return None
                rows = mentions or []
                if role:  # (not "Home Secretary Charles Clarke" for "the Lib Dem leader")
                    other = _people_with_another_post(text, rows, role_groups()[role])
                    rows = [m for m in rows if m[3] not in other]
                return (salient_person(text, rows, pos, sentences, quoted, gender=gender)
                        or _speaker_named_next(text, mentions, pos))
            r["speaker"], r["speaker_type"] = _classify(r["mention"], people, antecedent, text, salient,
                                                        r["mention_start"])
            if r["speaker_type"] == "organisation" and r["speaker"][:1].islower():  # "the bank", unresolved
                r["speaker"] = _named_with_head(text, r["mention_start"], r["mention"], "last") or r["speaker"]
            if r["speaker"] is None and (last_person := _last_person_for_pronoun(r, previous, text, mentions)):
                r["speaker"], r["speaker_type"] = last_person, "person"
            elif r["speaker"] is None and (body := _last_organisation_for_it(r, previous, text)):
                r["speaker"], r["speaker_type"] = body, "organisation"
            elif r["speaker"] is None and (pair := _pair_for_they(r, text, mentions)
                                           or _plural_subject_for_they(r, text)):
                r["speaker"], r["speaker_type"] = pair, "group"
        if r["speaker_type"] == "organisation" and r["speaker"] and r["speaker"][:1].isupper():  # a name
            if r["speaker"] not in written:
                written[r["speaker"]] = written_out_name(r["speaker"], text)
            r["speaker"] = written[r["speaker"]]
            last_org, last_org_at = r["speaker"], max(r["mention_start"], 0)
        if r["speaker"]:
            previous = r
    _leads_named_next(rows, text, mentions)


def _surely_people(people: dict[str, str], mentions: list[tuple]) -> dict[str, str]:
    """The people of ``people`` (surname -> name) whom a common given name, a pronoun or a title marks as
    persons; the others may be organisations the people module took for persons ("Reports say Standard
    Life …"), which "it said" may stand for."""
    marked = {m[3] for m in mentions if m[4] == "pronoun" or m[4] == "role"}
    marked |= {m[3] for m in mentions if m[2].split()[0].lower().rstrip(".") in honorifics()}
    return {k: p for k, p in people.items() if p.split()[0] in first_names() or p in marked}


# a preposition and the noun that introduces an organisation: "to broadcasting watchdog Ofcom"
_AFTER_A_PREPOSITION = re.compile(r"\b(?:to|with|from|against|by|for|of|on|at|in|into|over)\s+(?:the\s+)?"
                                  r"(?:[\w-]+\s+){1,2}$")


@lru_cache(maxsize=1)
def _business_nouns() -> frozenset[str]:
    """Nouns for a business, which a public body ("Securities and Exchange Commission") is not:
    lib/data/business_nouns.txt."""
    return frozenset(data_lines("business_nouns.txt"))


def _organisation_antecedent(mention: str, pos: int, text: str, people: dict[str, str], last_org: str | None,
                             last_org_at: int) -> str | None:
    """The organisation "it", "the company" or "the report" at ``pos`` may stand for, in order: the one that
    opens the mention's own sentence when "it" opens a later clause; else the one introduced by a noun after
    the organisation that spoke last, that one, or the name opening a sentence just before; else, for "it"
    and nouns that stand for the last one named, the organisation named just before (:mod:`._organisations`)."""
    refers = pos > 0 and _may_stand_for_one(mention)
    head = _head(_words(mention))
    if last_org and head in _business_nouns() and _organisation_nouns().get(last_org.split()[-1].lower()) == "self":
        last_org, last_org_at = None, -1  # "the company" is no commission, court or ministry that spoke before
    antecedent = last_org or (_named_before(text, pos, people) if refers and last_org is None else None)
    introduced = _introduced_before(text, pos, head) if refers else None
    pronoun = mention.strip() in _ORG_PRONOUNS
    subject = antecedent if last_org is None else None  # the name that opens a sentence just before
    object_ = introduced is not None and _AFTER_A_PREPOSITION.search(text, max(0, introduced[1] - 40), introduced[1])
    if introduced and (introduced[1] > last_org_at or introduced[2]) and not (subject and object_ and pronoun):
        # introduced after the organisation that spoke last, or by the description's own noun ("publishing
        # group Independent News & Media …. The company (Jagran) reported …. …, the group said"); but "it" after
        # a sentence that opens with a name stands for that name, not one introduced as an object ("The Muslim
        # Council of Britain has complained to broadcasting watchdog Ofcom. It says …")
        antecedent = introduced[0]
    owner = mention.strip().lower().startswith("its ") and (head in _organisation_nouns() or head in _document_nouns())
    # ("its website", "its statement": the subject's, as "it" is; not "its backers")
    own = _subject_of_own_sentence(text, pos, people) if (pronoun or owner) and pos > 0 else None
    own = (_issuer_opening_own_sentence(text, pos) if refers else None) or own
    if own and not (own[:1].islower() and antecedent and _organisation_nouns().get(_head(_words(own))) == "last"):
        antecedent = own  # (but "The company will have to …, but it said": the company named before)
    if refers and antecedent is None and (pronoun or _organisation_nouns().get(head) == "last") \
            and not _named_with_head(text, pos, mention, "last"):
        # "The firm said", "It said" with no organisation named as a source or introduced by a noun before
        just = _organisation_named_just_before(text, pos, people)
        antecedent = just[0] if just else None
    if antecedent is None and pronoun and pos > 0:
        antecedent = _description_opening_sentence_before(text, pos)
    return antecedent


def _people_with_another_post(text: str, mentions: list[tuple], group: str) -> set[str]:
    """The people the article names right after a role of another group than ``group`` ("Home Secretary
    Charles Clarke" for a leader) and never after one of ``group``."""
    return {p for p, held in _posts_named_with(text, mentions).items() if group not in held}


def _first_person_named_after(mentions: list[tuple], text: str, pos: int) -> str | None:
    """The person named by a full name first in the paragraph that starts after ``pos``, if any."""
    end = text.find("\n\n", pos + 2)
    names = sorted(m for m in mentions if m[4] == "name" and pos < m[0] < (end if end > 0 else len(text)))
    return names[0][3] if names else None


def _person_opening_next_paragraph(mentions: list[tuple], text: str, pos: int) -> str | None:
    """The person whose full name opens the paragraph that starts after ``pos`` (after at most five words of
    a title: "Public accounts committee chairman Edward Leigh was …"), if any."""
    start = text.find("\n\n", pos)
    if start < 0:
        return None
    start = len(text) - len(text[start:].lstrip())
    names = sorted(m for m in mentions if m[4] == "name" and start <= m[0] < start + 60)
    if names and re.fullmatch(r"(?:[\w'’-]+\s+){0,5}", text[start:names[0][0]]):
        return names[0][3]
    return None


def _leads_named_next(rows: list[dict], text: str, mentions: list[tuple] | None = None) -> None:
    """A lead's unnamed organisation or document is the organisation named as a source right after it:
    "…, an anti-fraud agency has said. ⏎ Anti-fraud consultancy Retail Decisions said …" (the article
    names no source before it; the next 600 characters; rows changed in place)."""
    first_para = text.find("\n\n")
    for i, r in enumerate(rows):
        words = _words(r["mention"])
        if r["speaker"] is None and 0 <= r["mention_start"] < first_para and len(words) > 1 \
                and words[0].lower() in ("his", "her", "their") and mentions:
            # "…, according to his former chief economic adviser. ⏎ Formerly …, Ed Balls hinted …": the
            # person named first in the next paragraph
            person = _first_person_named_after(mentions, text, first_para)
            if person:
                r["speaker"], r["speaker_type"] = person, "person"
            continue
        if (r["speaker_type"] != "anonymous" or not 0 <= r["mention_start"] < (first_para if first_para > 0 else 400)
                or len(words) < 2 or words[0].lower() not in ("a", "an")):
            continue
        head = _head(words)
        if (head in person_nouns() or head in role_groups()) and head not in _anonymous_heads() and mentions:
            # "…, a senior Tory MP has criticised …. ⏎ Edward Leigh, chairman of …, said": the person whose
            # name opens the next paragraph
            person = _person_opening_next_paragraph(mentions, text, first_para)
            if person:
                r["speaker"], r["speaker_type"] = person, "person"
            continue
        if head not in _organisation_nouns() and head not in _document_nouns() and head not in organisation_nouns():
            continue
        named = next((n for n in rows[i + 1:] if n["speaker_type"] == "organisation" and n["speaker"]
                      and n["speaker"][:1].isupper() and r["mention_end"] < n["mention_start"] < r["end"] + 600
                      and n["mention_start"] < r["mention_end"] + 600), None)
        if named is not None:
            r["speaker"], r["speaker_type"] = named["speaker"], "organisation"
