"""Which organisation "it", "the company" or "the federation" stands for: the names written before a
quote's source mention in the article (the sentence subjects before it, the organisations introduced by a
noun, "carmaker Renault", the names that hold the description's noun, and the name that acts just before).
:mod:`._sources` chooses among them."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicon import (
    CALENDAR,
    DATE_WORDS,
    demonyms,
    first_names,
    fold,
    honorifics,
    organisation_noun_pattern,
    organisation_nouns,
    stopwords,
)
from ..text import name_spans
from ._descriptions import _description, _head, _organisation_nouns, _words

_SENTENCE_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?([A-Z][\w&./-]*(?:\s+(?:(?:of|for|and|&)\s+)?"
                               r"[A-Z][\w&./-]*){0,4})(?:['’]s?)?(?:\s+[a-z]+|,)")


def _capitalised_inside_a_sentence(name: str, text: str) -> bool:
    """Whether the article writes ``name`` capitalised inside a sentence too (a proper name), not only where
    it opens one ("Shares in …", "Disruptions …")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end == len(text) or not (text[end].isalnum() or text[end] in "_'’-"):
            before = text[max(0, at - 6):at]
            before = before[:-4] if before.endswith(("the ", "the\n")) else before
            stripped = before.rstrip()
            if stripped != before and stripped[-1:] and (stripped[-1] in ",;:" or stripped[-1].isdigit()
                                                         or stripped[-1].islower()):
                return True
        at = text.find(name, at + 1)
    return False


def _named_before(text: str, pos: int, people: dict[str, str]) -> str | None:
    """The name that opens one of the sentences just before ``pos`` (600 characters), when it is not a
    person's, a people's or a day's, and the article capitalises it inside a sentence too (a proper
    name): the organisation a following "it said" or "the company said" stands for ("Winn-Dixie has
    filed for bankruptcy. It said …")."""
    found = None
    for m in _SENTENCE_SUBJECT.finditer(text, max(0, pos - 600), pos):
        name = m.group(1)
        first, last = name.split()[0], name.split()[-1]
        if first.lower() in stopwords() or fold(last) in people or last in demonyms() or first.endswith("ing") \
                or last.lower() in DATE_WORDS or first in first_names():
            continue
        if not _capitalised_inside_a_sentence(name, text):
            continue  # capitalised only where it opens a sentence ("Shares in …", "Disruptions …"): no name
        found = name
    return found


_NAME_RUN = re.compile(r"(?<![\w'’.-])([A-Z][\w&./-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&./-]*){0,4})(['’]s?)?")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n+")
_BEFORE_OBJECT = re.compile(r"\b(?:in|at|to|from|for|with|against|by|of|on|into|over|than|as|like|and)\s+(?:the\s+)?$",
                            re.I)


_SHARES_IN = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+$")
_AUXILIARIES = r"(?:has|had|is|was|will|would|may|might|could|can|should|must|does|did)"
_ACTS = rf"(?:\s+(?:also|now|still|{_AUXILIARIES}))*\s+(?:[a-z]+ed|{_AUXILIARIES}|says|said)\b"


def _acts_somewhere(name: str, text: str) -> bool:
    """Whether the article writes ``name`` as the subject of a verb somewhere ("Renault sold", "Porsche may
    join", "MTN - the South African firm … - may"): a name that acts, as an organisation does, not a tax,
    a treaty or a match."""
    return any(_ACTS_AFTER_NAME.match(text, end) for _, end in name_spans(text, name, overlapping=True))


# what follows a name that acts: an aside between hyphens, then the verb
_ACTS_AFTER_NAME = re.compile(r"(?:\s+-[^.\n]{0,80}?-)?" + _ACTS)


def _organisation_names(text: str, a: int, b: int, people: dict[str, str]) -> Iterator[tuple[str, int]]:
    """The names in ``text[a:b]`` that may be an organisation's, and where: not after a preposition unless they
    own something ("for Bayern Munich's match against Maccabi Tel Aviv" -> Bayern Munich), not people ("Lord
    Greaves"), places, days, plurals ("MPs", "Earthlink and Webroot"), words capitalised only where they open
    a sentence, or names that never act in the article (a tax, a treaty)."""
    for m in _NAME_RUN.finditer(text, a, b):
        name = m.group(1)
        words = name.split()
        traded = bool(_SHARES_IN.search(text, max(0, m.start() - 12), m.start()))  # "Shares in Cairn Energy rose"
        if _BEFORE_OBJECT.search(text, max(0, m.start() - 12), m.start()) and not m.group(2) and not traded:
            continue
        if words[0].lower() in stopwords() or words[0] in first_names() or fold(words[-1]) in people \
                or words[0].lower().rstrip(".") in honorifics() or re.fullmatch(r"[A-Z]+s", name) \
                or "and" in words \
                or words[-1] in demonyms() or name in demonyms().values() or words[-1].lower() in DATE_WORDS:
            continue
        if not _capitalised_inside_a_sentence(name, text):
            continue
        if words[-1].lower() in CALENDAR or not (traded or _acts_somewhere(name, text)):
            continue  # (a firm whose shares are traded is one, acting or not)
        yield name, m.start()


def _organisation_named_just_before(text: str, pos: int, people: dict[str, str]) -> tuple[str, int, int] | None:
    """The organisation named last in the sentence before ``pos`` (or earlier in its own sentence), where, and
    where that sentence starts (:func:`_organisation_names`; two sentences back at most): the one "the company
    said" most likely stands for when no organisation spoke before ("If Turkcell does back out, MTN - … - may
    be back in the running. The company has said …")."""
    window = max(0, pos - 700)
    starts = [window] + [m.end() for m in _SENTENCE_END.finditer(text, window, pos)]
    for a, b in zip(reversed(starts), [pos] + list(reversed(starts[1:]))[:2]):
        found = None
        for name, at in _organisation_names(text, a, b, people):
            found = (name, at, a)
        if found:
            return found
    return None


# "it" in a clause after the main one: "…, although it insists", "… after it pledged", "…, saying it"; "its"
# after the main clause: "Southcorp employs 2,700 people, according to its website"
_CLAUSE_BEFORE_IT = re.compile(r"(?:,\s*|\s)(?:although|though|after|because|as|while|when|but|and|since|saying|"
                               r"adding|where|until|before|according\s+to)\s+$")
_ORG_DESCRIPTION_OPENS = re.compile(r"(?:The|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                                    r"(?=,|\s+(?:has|had|is|was|will|would|may|could|said|says)\b)")


def _subject_of_own_sentence(text: str, pos: int, people: dict[str, str]) -> str | None:
    """The organisation that is the subject of the sentence whose later clause "it" at ``pos`` opens: "Even
    sports car maker Porsche may join the race, although it insists …" (Porsche); "The new Indian government,
    led by the Congress Party, was voted into power after it pledged …" (the new Indian government)."""
    if not _CLAUSE_BEFORE_IT.search(text, max(0, pos - 16), pos):
        return None
    window = max(0, pos - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, pos)]
    start = ends[-1] if ends else window
    opening = _ORG_DESCRIPTION_OPENS.match(text, start, pos)
    if opening and _organisation_nouns().get(opening.group(1)):
        return _description(text[start:opening.end()])
    first = next(_organisation_names(text, start, pos, people), None)
    return first[0] if first and first[1] < text.find(" ", start + 40) else None


# a sentence that opens with the statement an organisation issued: "In a statement from Lycos Europe announcing …, "
_ISSUER_OPENS = re.compile(r"In\s+(?:a|its|their)\s+(?:\w+\s+){0,2}?(?:statement|letter|release|message|e-?mail)\s+"
                           r"(?:(?:issued|released|sent|posted|published)\s+)?(?:from|by)\s+(?:the\s+)?"
                           r"([A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&.-]*){0,4})")


def _issuer_opening_own_sentence(text: str, pos: int) -> str | None:
    """The organisation whose statement opens the sentence of a mention at ``pos``: "In a statement from Lycos
    Europe announcing the scrapping of the scheme, the company denied …" (Lycos Europe)."""
    start = _sentence_starts(text, pos, 400)[-1]
    issuer = _ISSUER_OPENS.match(text, start, pos)
    return issuer.group(1) if issuer else None


def _sentence_starts(text: str, pos: int, window: int) -> list[int]:
    """Where the sentences before ``pos`` start (0, then each start within ``window`` characters), the last being
    the one ``pos`` stands in."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - window), pos + 1) if m.end() <= pos]


def _description_opening_sentence_before(text: str, pos: int) -> str | None:
    """The description of an organisation that opens the sentence before ``pos`` ("The Japanese government has
    forecast …. While it predicts this fall, it said …"), if any."""
    starts = _sentence_starts(text, pos, 600)
    if len(starts) < 2:
        return None
    start = starts[-2]
    opening = _ORG_DESCRIPTION_OPENS.match(text, start, starts[-1])
    if opening and _organisation_nouns().get(opening.group(1)):
        return _description(text[start:opening.end()])
    return None


@lru_cache(maxsize=1)
def _introduction_re() -> re.Pattern:
    """A noun for an organisation and the name written after it: "German carmaker DaimlerChrysler",
    "consultancy Retail Decisions" (lib/data/organisation_nouns.txt)."""
    # (a full stop inside a name only: "U.S", not "Lenovo. The"; a brand may open in lower case: "iDefence")
    word = r"(?:(?:[A-Z]|[a-z](?=[A-Z]))(?:[\w&-]|\.(?=\w))*|of|for|and|&)"
    return re.compile(r"(?<![\w-])" + organisation_noun_pattern() + r"\s+(" + word + r"(?:\s+" + word + r")*)")


# capitalised words that open a sentence, not a name: "In Chicago, the rocket company …", "But EADS and …"
_NO_NAME_OPENS = frozenset(("The", "A", "An", "But", "And", "In", "On", "At"))


@lru_cache(maxsize=1)
def _named_then_described_re() -> re.Pattern:
    """A name and, in commas after it, a description whose noun is one for an organisation: "Ford, the US car
    company, reported …", "Acme, a Chicago-based maker of rockets," (lib/data/organisation_nouns.txt)."""
    name = r"[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&.-]*){0,4}"
    return re.compile(r"(?<![\w'’.-])(" + name + r"),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?("
                      + organisation_noun_pattern() + r")(?:\s+(?:of|for|in|based)\b[^,]{0,40})?,")


def _introductions(text: str, a: int, b: int) -> Iterator[tuple[str, int, str]]:
    """The organisations introduced in ``text[a:b]`` by a noun for one, as (name, where, noun), in text order:
    "German carmaker DaimlerChrysler" and "Ford, the US car company,"."""
    found = []
    for m in _introduction_re().finditer(text, a, b):
        words = m.group(1).split()
        while words and words[-1] in ("of", "for", "and", "&"):
            words.pop()
        found.append((" ".join(words), m.start(1), text[m.start():m.start(1)].split()[0].lower()))
    for m in _named_then_described_re().finditer(text, a, b):
        if m.group(1).split()[0] not in _NO_NAME_OPENS:
            found.append((m.group(1), m.start(1), m.group(2).lower()))
    return iter(sorted(found, key=lambda f: f[1]))


def _introduced_before(text: str, pos: int, head: str = "") -> tuple[str, int, bool] | None:
    """The organisation the article introduced last before ``pos`` (within 1,500 characters) by a noun
    for one and its name, with where it was written: "the company said" after "German carmaker
    DaimlerChrysler has sold …" stands for DaimlerChrysler. One introduced by the description's own
    noun wins: "the group said" after "publishing group Independent News & Media is buying a stake in
    newspaper company Jagran" stands for Independent News & Media. The third element says whether the
    organisation was introduced by the description's own noun."""
    found, same_noun = None, None
    for name, at, noun in _introductions(text, max(0, pos - 1500), pos):
        if noun != head and noun.endswith("s") and noun[:-1] in organisation_nouns():
            continue  # "technology firms Earthlink and Webroot": two or more, not the one "it" stands for
        if name and name.split()[0] not in demonyms():
            found = (name, at, bool(head) and noun == head)
            if found[2]:
                same_noun = found
    return same_noun or found


@lru_cache(maxsize=64)
def _name_with_head_re(head: str) -> re.Pattern:
    """A name whose words hold ``head`` capitalised: "Police Federation", "Ministry of Communications",
    "US Court of Appeals", "Berlin Film Festival"."""
    word = r"[A-Z][\w&.]*(?:-[A-Z][\w&.]*)*"  # (not "San Francisco-based")
    return re.compile(rf"(?<![\w'’.-])((?:{word}\s+(?:(?:of|for|and|&)\s+)?){{0,4}}{re.escape(head.title())}"
                      rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{word}(?:\s+{word})*)?)(?![\w'’-])")


def _named_with_head(text: str, pos: int, mention: str, refers: str) -> str | None:
    """The organisation "the federation" or "the ministry" stands for: the last name before ``pos`` (within
    3,000 characters) that holds the description's noun ("The Police Federation has said …. The
    federation said"), for the nouns that ``refers`` so (lib/data/organisation_sources.csv); None when the
    description has a name of its own or no such name was written."""
    words = _words(mention)
    if pos <= 0 or len(words) < 2 or words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
        return None
    head = _head(words)
    if _organisation_nouns().get(head) != refers or head.title() not in text[max(0, pos - 3000):pos]:
        return None
    found = None
    for m in _name_with_head_re(head).finditer(text, max(0, pos - 3000), pos):
        name = m.group(1).split()
        while name and (name[0] in ("The", "A", "An") or name[0].endswith(("'s", "’s", "'", "’"))
                        or (name[0].lower() in stopwords() and not name[0].isupper())):
            name = name[1:]  # "The Police Federation", "Iraq's Ministry of Communications"
        if len(name) >= 2 and name.count(head.title()) == 1:  # (not "Citizens Bank and Canal Bank")
            found = " ".join(name)
    return found


_THE_CAPITALISED = re.compile(r"[Tt]he\s+([A-Z][a-z]{2,})")


def _short_form_of(text: str, pos: int, mention: str) -> str | None:
    """The organisation a capitalised short form after "the" stands for: the last name before ``pos`` that
    holds the word, a noun for an organisation ("the Bank" -> "Bank of England"), or the part of one that
    opens with a longer word it begins ("the Fed" -> "Federal Reserve"); None when the mention is no such
    short form or no such name was written."""
    m = _THE_CAPITALISED.fullmatch(mention.strip())
    if not m or pos <= 0:
        return None
    word = m.group(1)
    found = None
    for run in _NAME_RUN.finditer(text, max(0, pos - 3000), pos):
        words = run.group(1).split()
        words = words[1:] if words[0] in ("The", "A", "An") else words
        if len(words) < 2 or words[-1].lower() in DATE_WORDS:
            continue
        longer = next((i for i, w in enumerate(words) if w.startswith(word) and len(w) >= len(word) + 3), None)
        if longer is not None and longer + 1 < len(words):  # ("US Federal Reserve's meeting": Federal Reserve)
            words = words[longer:]
        elif not (word.lower() in organisation_nouns() and words.count(word) == 1 and words[-1] != word):
            continue
        if words[0].lower() not in stopwords() and words[0] not in demonyms():
            found = " ".join(words)
    return found


_ONE_NAME = r"[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w&'’-]|\.(?=\w))*){0,3}"  # (a full stop inside a name only)
_NAMES_JOINED = re.compile(rf"(?<![\w'’.-])({_ONE_NAME}(?:,\s+{_ONE_NAME})*\s+(?:and|&)\s+{_ONE_NAME})(?![\w'’-])")


def _organisations_named_together(text: str, pos: int, people: dict[str, str]) -> str | None:
    """The organisations named together last before ``pos`` (within 700 characters), that "the firms" or "the
    companies" stand for: "EADS and BAE Systems, the European defence and aerospace firms which own Airbus,
    welcomed …. …, the companies said" -> "EADS and BAE Systems"; None when none of the names is a person's,
    a place's or a nationality."""
    found = None
    for m in _NAMES_JOINED.finditer(text, max(0, pos - 700), pos):
        names = re.split(r",\s+|\s+(?:and|&)\s+", m.group(1))
        if all(_may_be_an_organisation(n, people) for n in names):
            found = m.group(1)
    return found


def _may_be_an_organisation(name: str, people: dict[str, str]) -> bool:
    words = name.split()
    return not (words[0] in _NO_NAME_OPENS or words[0] in first_names()
                or fold(words[-1]) in people or name in demonyms() or name in demonyms().values()
                or words[-1].lower() in DATE_WORDS or words[0].lower().rstrip(".") in honorifics())

