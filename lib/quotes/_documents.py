"""Documents as sources: "the report said", "a survey says", "new research suggests".

A cited document speaks for whoever wrote it, and readers name that author when the article does:

- **an owner in front** ("the WEF report", "Apacs' figures"): that organisation;
- **an author the article names for a document of the same kind**, before the quote ("The WEF report
  concludes …. The report said"), or just after it, as news leads do ("…, a survey says. ⏎ The survey …
  was carried out by consultancy group Capgemini"; "…, new research says. ⏎ The finding comes in a report
  published on Thursday by the World Economic Forum");
- **"the report" after an organisation spoke**: that organisation's;
- otherwise the description itself, an unnamed source ("a report", "research").

Used by :mod:`._sources`; the nouns are lib/data/document_sources.txt.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicon import (
    DATE_WORDS,
    data_lines,
    demonyms,
    first_names,
    organisation_noun_pattern,
    role_groups,
)
from ._descriptions import _CAPITALISED, _NAME_JOINERS, _description, _head
from ._organisations import _capitalised_inside_a_sentence, _sentence_starts

_FILED_BY_PLAINTIFFS = frozenset(("suit", "lawsuit", "complaint"))
_LEADING_WORDS = ("The", "A", "An", "This", "That", "Its", "Their")

#: How far before a quote's mention an author is looked for, and how far after it.
_BEFORE, _AFTER, _NEAR, _SAME_AFTER = 3000, 700, 400, 1500


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    """Singular nouns for documents cited as sources ("report", "study"): lib/data/document_sources.txt."""
    return frozenset(w.lower() for w in data_lines("document_sources.txt"))


def _document_source(mention: str, words: list[str], last_org: str | None, text: str = "",
                     pos: int = -1) -> tuple[str, str]:
    """(speaker, speaker_type) for a cited document at ``pos``: its owner written in front of it; for "the
    report", the author of the document named just before it, else of one of its kind before it, else the
    organisation that spoke last, whose document it is in news, else the author of one of its kind named
    just after; for "a survey" or "research", the author named just after it; else the description, an
    unnamed source ("a report", "research")."""
    owner = [w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in words[:-1]
             if (_CAPITALISED.fullmatch(w) and w.lower() not in ("the", "a", "an")) or w in _NAME_JOINERS]
    while owner and owner[0] in _NAME_JOINERS:  # ("the Bank of Mexico's figures": "Bank of Mexico")
        owner = owner[1:]
    while owner and owner[-1] in _NAME_JOINERS:
        owner = owner[:-1]
    dated = bool(owner) and all(w.lower() in DATE_WORDS for w in owner)  # "Wednesday's statement"
    opener = len(owner) == 1 and bool(text) and not _capitalised_inside_a_sentence(owner[0], text)  # "Latest research"
    if owner and not dated and not opener and owner[0] not in demonyms():
        return " ".join(owner), "organisation"
    first = words[0].lower() if words else ""
    definite = dated or first in ("the", "this", "its", "their")
    look = bool(text) and pos >= 0 and first not in ("his", "her", "its", "their") and not dated
    head = _head(words)
    sued = head in _FILED_BY_PLAINTIFFS and not dated  # a lawsuit is its plaintiff's, not the firm it names
    named = _author(text, pos, head, last_org, definite, look, sued)
    if named:  # "the report" after "The WEF report concludes …": the WEF's; a book's author may be a person
        person = len(named.split()) >= 2 and named.split()[0] in first_names()
        return named, "person" if person else "organisation"
    return _description(mention), "anonymous"


def _author(text: str, pos: int, head: str, last_org: str | None, definite: bool, look: bool,
            sued: bool) -> str | None:
    """Whose a document at ``pos`` is, its head noun ``head``, when no owner stands in front of it: for "the
    report", the author named just before, else whoever filed it for a lawsuit (not the firm it names) or
    the organisation that spoke last, else the author named just after; for "a survey", the author named
    just after. ``look``: whether the text around may be read (not for "his report"); ``sued``: whether the
    document is a lawsuit."""
    if not definite:
        return _author_after(text, pos, head, any_kind=True) if look else None
    before = _author_before(text, pos, head) if look else None
    if before:
        return before
    if sued:
        found = _filer_before(text, pos) if look else None
    else:
        found = last_org
    return found or (_author_after(text, pos, head, any_kind=False) if look else None)


@lru_cache(maxsize=1)
def _author_re() -> re.Pattern:
    """A name in front of a document noun ("The WEF report", "Pew's survey") or after it with "by" or
    "from", a verb of making it allowed between ("a report by the Institute for Fiscal Studies", "The study,
    from the Centre for …", "The survey … was carried out by consultancy group Capgemini", "a report
    published on Thursday by the World Economic Forum"). Groups: ``front``, ``noun``, ``name``."""
    nouns = "|".join(sorted(map(re.escape, _document_nouns() | {"figures", "data", "finding", "findings"}),
                            key=len, reverse=True))
    name = r"(?:[A-Z][\w&-]*\s+(?:(?:of|for|and|&|on)\s+)?){0,5}[A-Z][\w&/-]*"  # (no full stop: "Times. The")
    made = (r"(?:published|conducted|carried\s+out|commissioned|compiled|released|produced|issued|written|"
            r"prepared|funded|drawn\s+up|put\s+together|done)")
    when = r"(?:\s+(?:on|last|this|earlier|in)\s+[\w-]+(?:\s+(?:week|month|year))?)?"
    org_noun = organisation_noun_pattern()
    roles = "|".join(sorted((re.escape(r) for r in role_groups() if " " not in r), key=len, reverse=True))
    # "by consultancy group Capgemini", "by Sunday Telegraph journalist Robert Peston"
    descriptor = (rf"(?:(?:[a-z-]+\s+)?(?:{org_noun}|analysts|researchers)\s+"
                  rf"|(?:[A-Z][\w&'’-]*\s+){{1,3}}(?:[a-z-]+\s+)?(?:{roles})\s+(?=[A-Z]))?")
    title = r"(?:,\s+(?:[A-Z][\w'’-]*\s+){1,4}(?=by\b))?"  # "A new book, Brown's Britain by …"
    return re.compile(
        rf"(?!(?:{'|'.join(_LEADING_WORDS)})\s)(?P<front>{name})(?:['’]s?)?\s+(?:new\s+|latest\s+|annual\s+|own\s+)?(?P<noun1>{nouns})s?\b"
        rf"|\b(?P<noun>{nouns})s?\b{title},?(?:\s+(?:[^.;:!?\n\"“”]{{0,90}}?\s+)?{made}(?:\s+[a-z]+ly)?{when})?"
        rf"\s*(?:by|from)\s+"
        rf"(?:the\s+)?{descriptor}(?P<name>{name})")


def _author_name(m: re.Match, text: str) -> str | None:
    """The author a match of :func:`_author_re` names, without a leading article; None for a place, a
    nationality or a day ("Wednesday's statement", "a survey from Britain"), a word capitalised only where
    it opens a sentence ("Official figures"), or a name that describes a person named after it ("The book by
    Sunday Telegraph journalist Robert Peston")."""
    group = "front" if m.group("front") else "name"
    words = m.group(group).split()
    while words and words[0] in _LEADING_WORDS:
        words = words[1:]
    while len(words) > 2 and words[-1].lower() in DATE_WORDS and words[-2] in ("on", "in"):
        words = words[:-2]  # ("by the Institute of Fiscal Studies on Monday": not the day)
    while words and words[-1] in _NAME_JOINERS:
        words = words[:-1]
    if words and re.fullmatch(r"[A-Z][\w&]*-[a-z]+", words[-1]):  # "the Nokia-sponsored study": Nokia
        words[-1] = words[-1].split("-")[0]
    name = " ".join(words)
    if not words or name in demonyms() or name in demonyms().values() \
            or all(w.lower() in DATE_WORDS for w in words):
        return None
    if len(words) == 1 and not _capitalised_inside_a_sentence(name, text):
        return None
    if group == "name" and re.match(r"\s+[a-z]+\s+[A-Z]", text[m.end():m.end() + 40]):
        return None
    return name


def _authors(text: str, a: int, b: int) -> Iterator[tuple[int, str, str, bool]]:
    """(where, author, document noun, named after "by" or "from") for each authored document in
    ``text[a:b]``."""
    for m in _author_re().finditer(text, max(0, a), min(len(text), b)):
        name = _author_name(m, text)
        if name is not None:
            yield m.start(), name, (m.group("noun1") or m.group("noun")).lower(), m.group("name") is not None


def _same_kind(kind: str, noun: str) -> bool:
    return kind == noun or kind.rstrip("s") == noun.rstrip("s")


def _author_before(text: str, pos: int, noun: str) -> str | None:
    """The author of a document of any kind named by "by" or "from" just before ``pos`` (400 characters: "A
    study by analysts Jupiter Research suggested …. …, said the report"), else of the last document of the
    same kind named before it (within 3,000)."""
    near, same = None, None
    for at, name, kind, by in _authors(text, pos - _BEFORE, pos):
        near = name if by and at >= pos - _NEAR else near
        same = name if _same_kind(kind, noun) else same
    return near or same


def _author_after(text: str, pos: int, noun: str, any_kind: bool) -> str | None:
    """The author of the first document of the same kind named after ``pos`` (within 1,500 characters), else,
    with ``any_kind``, of the first document of any kind named within 700: news names a lead's "survey" or
    "research" next."""
    other = None
    for at, name, kind, _ in _authors(text, pos, pos + _SAME_AFTER):
        if _same_kind(kind, noun):
            return name
        other = other or (name if at < pos + _AFTER else None)
    return other if any_kind else None


_FILED = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+(?:has\s+|have\s+|had\s+)?"
                    r"(?:filed|issued|brought|launched|lodged)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:lawsuit|suit|complaint|legal\s+action)\b")


def _filer_before(text: str, pos: int) -> str | None:
    """Who filed the lawsuit a mention at ``pos`` stands for: the name before "filed the suit" or "has issued a
    lawsuit" last written before it (within 2,000 characters), without a nationality before it ("Californian
    Thomas Slattery filed the suit" -> Thomas Slattery)."""
    found = None
    for m in _FILED.finditer(text, max(0, pos - 2000), pos):
        words = m.group(1).split()
        while words and (words[0] in demonyms() or words[0] in _LEADING_WORDS):
            words = words[1:]
        found = " ".join(words) or found
    return found


def _names_a_document(subject: str) -> bool:
    """Whether a subject is a document or its findings ("The study", "The Demos report", "It", "The figures")."""
    words = re.findall(r"[\w'’-]+", subject.lower())
    return bool(words) and (words[-1] in _document_nouns() or words[-1] in ("it", "figures", "data", "findings"))


def _document_opening_sentence_before(text: str, pos: int) -> tuple[str, int] | None:
    """The document that opens the sentence before ``pos`` (its description and where), for an "it" that stands
    for it: "The Demos report looked at …. It found that …" ("The Demos report")."""
    ends = _sentence_starts(text, pos, 800)
    if len(ends) < 2:
        return None
    before, start = ends[-2], ends[-1]
    opening = _DOCUMENT_OPENS.match(text, before, start)
    if opening and opening.group(1).lower() in _document_nouns():
        return text[before:opening.end()], before
    return None


# a description of a document at the start of a sentence, before its verb, a comma or its author ("A report by")
_DOCUMENT_OPENS = re.compile(r"(?:The|This|A|An)\s+(?:[\w'’/-]+\s+){0,3}?([a-z]+)(?=\s+[a-z]+(?:ed|s)\b|,|\s+by\s)")
