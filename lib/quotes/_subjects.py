"""Finding the speaker next to a reporting verb: the subject before it ("Fidan, the minister, said"),
the mention after it ("said the Turkish President"), and whether a phrase that is no known person
may still be a source."""
from __future__ import annotations

import re
from functools import lru_cache

from ..article import ArticleView, cue_index
from ..lexicon import (
    DATE_WORDS,
    data_lines,
    honorifics,
    organisation_noun_pattern,
    organisation_words,
    role_groups,
    stopwords,
)
from ..text import last_words_start
from ._descriptions import _group_nouns, _organisation_nouns
from ._patterns import (
    _ADVERB_AT_END,
    _ADVERB_WORDS,
    _ADVERBS,
    _BEFORE_OWNER,
    _CAPITALISED_WORD,
    _CONNECTIVE,
    _DETERMINED,
    _LEADING_WORD,
    _LOWER_WORD,
    _MEDIUM,
    _NP_AFTER_CUE,
    _ONE_TITLE,
    _OWNER_BEFORE_ROLE,
    _OWNER_FIRST,
    _PARENTHETICAL,
    _POSSESSIVE_OWNER,
    _PRONOUN_WORD,
    _SHARE_SUBJECT,
    _SPACES,
    _SUBORDINATING_WORDS,
    _TITLES_AT_END,
    _apposition_re,
    _be_at_end,
    _leading_not_subject,
    _role_modifiers,
    _subject_np,
)

_SUBJECT_CONTRACTION = re.compile(r"(he|she|they|we|He|She|They|We)['’](?:s|re|ve|d)")


# where a person named right before it comes from: " of the Sierra Club", " from Capital Economics"
# (a comma may open it, and a noun in lower case end it: "Mark Serwotka, from the Public and Commercial Services
# union said")
_OF_ORGANISATION = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?(?:(?:[A-Z][\w&'’.-]*|and|of|for)\s+){0,5}"
                              r"[A-Z][\w&'’.-]*(?:\s+[a-z]+)?$")
# a conjunction inside what looked like one noun phrase: the subject is what comes after it
_LAST_CONJUNCT = re.compile(r"\s(?:but|yet)\s+(?=[^\s])(?!.*\s(?:but|yet)\s)")
# a subordinating word and a determiner inside what looked like one noun phrase: "The deal came as the group
# announced": the subject is "the group"
_SUBORDINATORS = "|".join(sorted(_SUBORDINATING_WORDS | {"where"}))
_LAST_SUBORDINATOR = re.compile(r"\s(?:" + _SUBORDINATORS + r")\s+(?=(?:the|a|an|its|his|her|their)\s)"
                                r"(?!.*\s(?:" + _SUBORDINATORS + r")\s)")
# "and" inside what looked like one noun phrase, and a finite verb before that phrase (the "and" joins clauses)
_PREPOSITION_INSIDE = re.compile(r"\s(?:in|on|at|with|from|to|into)\s")
_LAST_AND = re.compile(r"\sand\s+(?=[^\s])(?!.*\sand\s)")
_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b")
# a relative clause set off by commas right before the verb: ", which represents New York City educators, "
# (commas too, for lists: "whose films include A, B and C")
_RELATIVE_AT_END = re.compile(r",\s*(?:(?:for|of|to|with|by|among)\s+(?:whom|which)|which|who|whose)(?:['’]s)?\s"
                              r"[^;\n\"“”]{1,160},\s*" + _ADVERBS + "$")  # ("…, which is running it, also stressed")
# the medium of a statement after "In", with no comma before the subject: "In a joint statement the firms said"
_MEDIUM_BEFORE_SUBJECT = re.compile(_MEDIUM + r"(?=the\s|an?\s|[A-Z])")
# a person's age, and perhaps where they come from, in commas before the verb: ", 34, from Hartpury,
# Gloucestershire, "
_AGE_AND_HOME_AT_END = re.compile(r",\s*\d{1,3},(?:\s*(?:from|of)\s+[A-Z][^,;.\"“”]{0,40}"
                                  r"(?:,\s*[A-Z][\w'’ -]{0,30})?,)?\s*" + _ADVERBS + r"$")
# a participle phrase set off by commas before the verb: ", filed in the US District Court in San Francisco, "
_PARTICIPLE_AT_END = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|written|made|held|known|seen|taken|given|led|run|"
                                r"set|built|brought|sent)\s+(?:by|in|on|at|from|to|with|for|after|last|this|earlier)\s"
                                r"[^,;:\"“”]{1,80},\s*$")
# a bracketed aside that ends the subject: "Claire McCaskill (D-Mo.)"
_ASIDE_AT_END = re.compile(r"\s*\([^()\n]{1,40}\)$")
# what makes an unnamed source one: "a person familiar with the planning for the meeting", "sources close to him"
_SOURCE_QUALIFIER = re.compile(r"\b(?:familiar\s+with|close\s+to|with\s+(?:\w+\s+)?knowledge\s+of|briefed\s+on)\s")
# a day or month inside a phrase of circumstance, then a capitalised name: "a press conference on Thursday Intel"
_DATE_THEN_NAME = re.compile(r"\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+(?:January|February|March|"
                             r"April|May|June|July|August|September|October|November|December)|yesterday|today)"
                             r"\s+(?=[A-Z])")
# a person's age after their name, with its comma: ", 39"
_AGE_AT_END = re.compile(r",\s*\d{1,3}$")
# a title and a name in commas, capitalised words only: ", Professor Robin Lovell-Badge, "
_PARENTHETICAL_AT_END = re.compile(_PARENTHETICAL + _ADVERBS + r"$")
_POST_NOMINAL_AT_END = re.compile(r"(?<=[a-z]),?\s+(?:MP|MEP|MSP|AM|MLA|QC|KC|OBE|CBE|MBE)$")
_NAME_IN_COMMAS = re.compile(r",\s*(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*,\s*")
_THE_NAME_IN_COMMAS = re.compile(r",\s*the\s+(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|&)\s+)?){0,4}[A-Z][\w&'’.-]*,\s*")


# "for" a body whose name lists words with commas: " for the Department for Culture, Media and Sport "
_OF_A_BODY_WITH_COMMAS = re.compile(r"\s+(?:for|at|from|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&)\s+"
                                    r"[A-Z][\w&'’.-]*|\s+[A-Z][\w&'’.-]*)*(?:,\s+[A-Z][\w&'’.-]*(?:\s+(?:and|&)\s+"
                                    r"[A-Z][\w&'’.-]*)?)+\s*")
_REAL_NAME_AT_END = re.compile(r",\s*(?:(?:whose\s+)?real\s+name(?:\s+is)?|born)\s+[A-Z][^,;:]{1,40},\s*$")


def _without_appositions(doc: ArticleView, left: str, floor: int) -> str:
    """The text before a verb (from ``floor``) without the appositions that end it: "Aibek Smadiyarov, a spokesman
    for the ministry, " and "Ian Harris, deputy editor of …, " leave the name; so do two ("Ann Brunner, a developer,
    the head of …, ") and an age before one ("Jimmy Ghazal, 39, a Lebanese man visiting Nice, ")."""
    real = _REAL_NAME_AT_END.search(left)  # "Jay-Z, real name Shawn Carter, said": Jay-Z, as the article calls him
    if real:
        return left[:real.start()] + ", "
    place = _PLACE_IN_COMMAS.search(left)  # "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, "
    if place and _apposition_re().search(left[:place.start(1)] + ", ") \
            and not doc.mention_ending_at(floor + left.rfind(",")):
        left = left[:place.start(1)] + ", "
    # the apposition holds no comma, so it can only start at the last comma but one
    first = left.rfind(",", 0, max(left.rfind(","), 0))
    app = _apposition_re().match(left, first) if first >= 0 else None
    if app and _NAME_IN_COMMAS.fullmatch(left, first) and _name_ends_at(doc, floor, left[:left.rfind(",")]):
        return left  # the name itself, after its role: "The head of …, Professor Robin Lovell-Badge, said"
    only = left.rfind(",")
    named = doc.mention_ending_at(floor + only) if only > 0 and left[only + 1:].strip() else None
    if named and _OPENS_CLAUSE.fullmatch(left, 0, named[0] - floor) and _unclosed_apposition(doc, left, only, floor):
        return left[:only] + ", "  # an apposition whose closing comma is missing: "Matt Williams, a fund manager at …"
    if app and _THE_NAME_IN_COMMAS.fullmatch(left, first) and re.search(r"[a-z]\s*$", left[:first]) \
            and "," not in left[:first]:
        return left  # an organisation's name after its description: "Manufacturers' organisation, the EEF, said"
    if not app:
        return left
    left = left[:app.start()]
    first = left.rfind(",")
    app = _apposition_re().match(left + ", ", first) if first >= 0 else None
    if app:
        left = left[:app.start()]
    return _AGE_AT_END.sub("", left)


# the body a person speaks for, after a comma, before the verb: "Colin Asplin, Blackpool Hotel Association said"
_BODY_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|&)\s+)?){2,6}")

# what may stand before a subject that opens its clause: nothing, or a connective and its comma ("However, ")
_OPENS_CLAUSE = re.compile(r"\s*(?:[A-Z][a-z]+,\s*)?")


def _unclosed_apposition(doc: ArticleView, left: str, comma: int, floor: int) -> bool:
    """Whether the words after ``comma`` to the verb describe the name before it, their closing comma missing:
    ", a fund manager at Perpetual Trustees " or the body the person speaks for, ", Blackpool Hotel Association "
    (when no one is named there)."""
    if _apposition_re().match(left.rstrip() + ", ", comma):
        return True
    return bool(_BODY_AFTER_COMMA.fullmatch(left, comma)) and not doc.mentions_starting_in(floor + comma + 1,
                                                                                          floor + len(left))


def _name_ends_at(doc: ArticleView, floor: int, before_comma: str) -> bool:
    """Whether a person's name ends the text before a comma, perhaps before the letters of a seat ("Tom McCabe
    MSP")."""
    seat = _POST_NOMINAL_AT_END.search(before_comma)
    return bool(doc.mention_ending_at(floor + (seat.start() if seat else len(before_comma))))


# a place after an apposition, in commas of its own: "…, MP for Henley-on-Thames, Oxfordshire, "
_PLACE_IN_COMMAS = re.compile(r"\b(?:for|of|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                              r"(,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*)$")
_INITIALS_AT_END = re.compile(r"(?<=[A-Za-z])\s+\([A-Z][A-Za-z&]{1,9}\)$")
_PLACE_AT_END = re.compile(r"(?<=[A-Za-z)])\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


def _without_place_or_initials(end_text: str) -> str:
    """The subject without the initials in brackets and the place that may follow a name: "The Pentagon's Project
    and Contract Office (PCO) in Baghdad" -> "The Pentagon's Project and Contract Office"."""
    place = _PLACE_AT_END.search(end_text)
    before = end_text[:place.start()] if place else ""
    if place and (before.endswith(")") or before.split()[-1] in organisation_words()):  # (after a body's name)
        end_text = before
    initials = _INITIALS_AT_END.search(end_text)
    return end_text[:initials.start()] if initials else end_text


def _end_of_name(doc: ArticleView, floor: int, end_text: str) -> int:
    """Where a person's name ends in the subject ``end_text`` (from ``floor``): before the letters of a seat or
    a silk ("Peter Ainsworth MP") or the organisation after "of" ("John Smith of the Adam Smith Institute"),
    when a person's mention ends there; else at its end."""
    for tail in (_POST_NOMINAL_AT_END.search(end_text), _OF_ORGANISATION.search(end_text)):
        if tail and doc.mention_ending_at(floor + tail.start()):
            return floor + tail.start()
    return floor + len(end_text)


def _subject_after_and(doc: ArticleView, start: int, end: int) -> tuple[int, int, str | None] | None:
    """The subject after "and" that follows a clause of its own: a person ("He was linked with the job at Oldham
    and Keegan has stated"), or a group of up to three words ("… live with foster families in the UK and carers
    have said"); None for anything else ("his transport and environment spokesman")."""
    hit = doc.mention_starting_at(start)
    if hit and hit[1] == end and hit[2]:
        return hit
    words = doc.text[start:end].split()
    if 0 < len(words) <= 3 and words[-1].lower() in _group_nouns():
        return start, end, None
    return None


def _subject_with_commas(doc: ArticleView, left: str, floor: int) -> tuple[int, int, str | None] | None:
    """A subject whose commas are its own, before a verb: "John Smith, 45, from Leeds, said" (John Smith); "A
    spokesman for the Department for Culture, Media and Sport said" (the body's name holds a comma)."""
    unnamed = _unnamed_opener().match(left)
    if unnamed and _OF_A_BODY_WITH_COMMAS.fullmatch(left, unnamed.end()):
        return floor, floor + len(left.rstrip()), None
    age = _AGE_AND_HOME_AT_END.search(left)
    return doc.mention_ending_at(floor + age.start()) if age else None


def _parenthetical_start(left: str) -> int:
    """Where :data:`_PARENTHETICAL_AT_END` starts in ``left`` (its end when it is empty), searched for only when it can
    be more than nothing: when ``left`` ends as words set off end (",", ")" or a dash, then white space) or with an
    adverb and white space, or with a line break (before which "$" also matches)."""
    stripped = left.rstrip()
    if not left.endswith("\n") and not (stripped and stripped[-1] in ",)-—–") and not (
            len(stripped) < len(left) and _ADVERB_AT_END.search(left, last_words_start(left, _ADVERB_WORDS + 1))):
        return len(left)
    m = _PARENTHETICAL_AT_END.search(left)
    return m.start() if m else len(left)


def _subject_before(doc: ArticleView, cue_start: int, floor: int) -> tuple[int, int, str | None] | None:
    """The speaker mention right before a reporting verb: "Fidan (also) said", "X, for his part, said"."""
    left = doc.text[floor:cue_start]
    whole = _subject_with_commas(doc, left, floor)
    if whole:
        return whole
    relative = _RELATIVE_AT_END.search(left) or _PARTICIPLE_AT_END.search(left)
    if relative:  # "Michael Mulgrew, president of the union, which represents New York educators, said"; "Her
        left = left[:relative.start()] + ", "  # lawsuit, filed in the US District Court in San Francisco, said"
    left = _without_appositions(doc, left, floor)
    end = floor + _parenthetical_start(left)
    end_text = doc.text[floor:end].rstrip().rstrip(",").rstrip()  # "The Home Secretary, Jack Straw, said"
    aside = _ASIDE_AT_END.search(end_text)
    if aside and relative:  # "Claire McCaskill (D-Mo.), who has endorsed Clinton, said": the name before it
        end_text = end_text[:aside.start()]
    be = _be_at_end(end_text)
    if be:
        if not re.match(r"[A-Za-z]+ing\b", doc.text[cue_start:cue_start + 40]) and be.group()[:1] not in "'’":
            return None  # the passive (but "He's said" is "he has said")
        end_text = end_text[:be.start()]
    end_text = _without_place_or_initials(end_text)
    end = _end_of_name(doc, floor, end_text)
    hit = doc.mention_ending_at(end)
    if hit:
        # titles before the name belong to the mention: "Mr. Obama", "Sen. Amy Lake"
        title = _TITLES_AT_END.search(doc.text[floor:hit[0]])
        return (floor + title.start(), hit[1], hit[2]) if title else hit
    np_ = _subject_np(end_text)
    if np_ and ("'" in np_.group(1) or "’" in np_.group(1)) and _PRONOUN_WORD.match(np_.group(1)):
        # a contraction, not a name: "He's claiming that …" has the subject "He"
        short = _SUBJECT_CONTRACTION.fullmatch(np_.group(1))
        if not short:
            return None
        s, e = floor + np_.start(1), floor + np_.start(1) + len(short.group(1))
        return doc.mention_ending_at(e) or (s, e, None)
    owner = _OWNER_FIRST.match(np_.group(1)) if np_ else None
    if owner and (not _BEFORE_OWNER.search(end_text, 0, np_.start(1)) or _PRONOUN_WORD.match(owner.group(1))
                  or any(_PRONOUN_WORD.match(w) or w.lower() in cue_index()
                         for w in np_.group(1)[owner.end():].split())):
        # an owner inside a longer phrase ("Chris Hawkins, host of BBC 6 Music's chart show, said"), a pronoun
        # ("It's success continues"), or a clause after the owner ("Clinton’s team says she’ll continue")
        return None
    if np_:
        s = floor + np_.start(1)
        connective = _CONNECTIVE.match(doc.text, s, end)  # "And Australia said …": the subject is "Australia"
        if connective:
            s = connective.end()
            if s >= end:
                return None
        # a run of capitalised words may open with a function word or a date: "Until December Microsoft said"
        lead = _LEADING_WORD.match(doc.text, s, end)
        while lead and (lead.group(1).lower() in _leading_not_subject() or lead.group(1).lower() in DATE_WORDS):
            s = lead.end()
            lead = _LEADING_WORD.match(doc.text, s, end)
        medium = _MEDIUM_BEFORE_SUBJECT.match(doc.text, s, end)
        if medium and re.search(r"\b[Ii]n\s+$", doc.text[max(floor, s - 4):s]):
            s = medium.end()  # "In a joint statement the firms said": the firms
        dated = _DATE_THEN_NAME.search(doc.text, s, end)
        if dated and (doc.text[s:s + 1].islower() or doc.text[s:dated.start()].split()[0] in ("A", "An")):
            s = dated.end()  # "At a press conference on Thursday Intel announced": Intel
        but = _LAST_CONJUNCT.search(doc.text, s, end)
        after_but = doc.text[but.end():end].split() if but else []
        but = but if 0 < len(after_but) <= 3 and after_but[0].lower() not in _SUBORDINATING_WORDS | {"where"} \
            else None
        if but:  # "… a new model but it said": the part after it
            s = but.end()
        words = doc.text[s:end].split() if but else np_.group(1).split()
        longest = 10 if words[-1][:1].isupper() or _SOURCE_QUALIFIER.search(np_.group(1)) else 7
        if len(words) > longest or (len(words) > 1 and words[-1] in stopwords()):
            return None  # (not a noun phrase: "her innocence and", "the move but")
        joined = None if but else _LAST_SUBORDINATOR.search(doc.text, s, end)
        if joined:  # "The deal came as the group announced": the subject is "the group"
            return joined.end(), end, None
        joined = _LAST_AND.search(doc.text, s, end)
        if joined and (_FINITE_BEFORE.search(end_text, 0, np_.start(1)) or _FINITE_BEFORE.search(doc.text, s, end)
                       or _PREPOSITION_INSIDE.search(doc.text, s, joined.start())):
            return _subject_after_and(doc, joined.end(), end) or (s, end, None)
        return s, end, None
    return _name_and_its_noun(end_text, floor)  # "Broadcast magazine said:", "Reuters news agency reported"


def _name_and_its_noun(end_text: str, floor: int) -> tuple[int, int, None] | None:
    """The span of a name and the noun for what it is that end the text before a verb (from ``floor``)."""
    named = _name_and_its_noun_re().search(end_text)
    return (floor + named.start(1), floor + named.end(1), None) if named else None


@lru_cache(maxsize=1)
def _name_and_its_noun_re() -> re.Pattern:
    """A name and a noun for what it is, ending the text before a verb, opening its clause: "Broadcast magazine",
    "Reuters news agency" (lib/data/organisation_nouns.txt)."""
    return re.compile(r"(?:^|(?<=[.,;:]\s)|(?<=\band\s)|(?<=\bbut\s))\s*([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
                      r"\s+(?:[a-z]+\s+)?" + organisation_noun_pattern() + r")$")


def _subject_after(doc: ArticleView, cue_end: int) -> tuple[int, int, str | None] | None:
    """The speaker mention right after a reporting verb: "said the Kazakh Head of State"."""
    rest = doc.text[cue_end:cue_end + 120]
    m = _SPACES.match(rest)
    if not m:
        return None
    start = cue_end + m.end()
    hit = doc.mention_starting_at(start)
    if hit and doc.text[hit[0]:hit[1]].lower() in ("his", "her", "their"):
        hit = _described_person_after(doc, start)  # "said his coach Peter Stanley": the coach, not "his"
    elif hit and (doc.text.startswith(("'s", "’s"), hit[1]) or _role_word_at(doc.text, hit[1] + 1)):
        # "said Kidman's publicist Wendy Day", "said Prebon Yamane economist Lena Komileva": not the first name
        hit = _described_person_after(doc, start) or hit
    if hit:
        return hit
    # a title before the name belongs to the mention: "said Mr Blair", "says Sen. Amy Lake"; word by word,
    # since a name with a full stop after it looks like an abbreviated title ("says Mr Dean.")
    # (or a role or honorific from the word lists, capitalised: "said Treasurer Peter Costello", "says Baroness …")
    pos = start
    for _ in range(3):
        title = _ONE_TITLE.match(doc.text, pos) or _CAPITALISED_WORD.match(doc.text, pos)
        if not title or (title.re is _CAPITALISED_WORD and title.group(1).lower() not in role_groups()
                         and title.group(1).lower() not in honorifics()):
            break
        pos = title.end()
        hit = doc.mention_starting_at(pos)
        if hit:
            return start, hit[1], hit[2]
    # so do lower-case role words, perhaps after their organisation: "said novelist Lee Child", "said former
    # coach Jo Bell", "said BBC correspondent Jo Bell"
    owner = _OWNER_BEFORE_ROLE.match(doc.text, start)
    pos = owner.end() if owner and (owner.group(1) in role_groups() or _multiword_role_at(doc.text, owner.end())) \
        else start
    for _ in range(4):
        word = _LOWER_WORD.match(doc.text, pos)  # (two roles joined: "BIFA founder and director Elliot Grove")
        longer = _multiword_role_at(doc.text, pos)  # ("said chief executive Mervyn Davies at a conference")
        if longer:
            pos = longer
        elif not word or word.group(1) not in role_groups() and word.group(1) not in _role_modifiers() \
                and not (word.group(1) == "and" and pos > start):
            break
        else:
            pos = word.end()
        hit = doc.mention_starting_at(pos)
        if hit:
            return start, hit[1], hit[2]
    owner = _POSSESSIVE_OWNER.match(doc.text, start)  # "noted NBC's Dante Chinni"
    hit = doc.mention_starting_at(owner.end()) if owner else None
    if hit:
        return hit
    described = _described_person_after(doc, start) or _person_after_role_in_commas(doc, start)
    if described:
        return described
    np_ = _NP_AFTER_CUE.match(doc.text[start:start + 120])
    if np_:
        return start, start + len(np_.group(1)), None
    return None


_DESCRIPTOR_WORD = re.compile(r"([\w'’&/.-]+)(,?)\s+")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _multiword_role_at(text: str, pos: int) -> int | None:
    """Where a role of two to four lower-case words that starts at ``pos`` ends ("chief executive "), if one does."""
    words = list(re.finditer(r"([a-z][a-z-]*)\s+", text[pos:pos + 60]))
    for n in (4, 3, 2):
        if len(words) >= n and all(w.start() == (words[i - 1].end() if i else 0) for i, w in enumerate(words[:n])) \
                and " ".join(w.group(1) for w in words[:n]) in role_groups():
            return pos + words[n - 1].end()
    return None


def _role_word_at(text: str, pos: int) -> bool:
    """Whether a lower-case word that is no function word stands at ``pos`` ("economist", not "of")."""
    word = _LOWER_WORD.match(text, pos)
    return bool(word) and word.group(1) not in stopwords()


def _described_person_after(doc: ArticleView, start: int) -> tuple[int, int, str | None] | None:
    """A person after a description of up to five words that ends the clause: "said race director David
    Bedford.", "said Final Wars producer Shogo Tomiyama.", "said his coach Peter Stanley." The words hold no
    function word (but a first "the" or possessive), and the name must end the clause, so that "said the
    plan would help Tony Blair" is no attribution."""
    pos = start
    for i in range(5):
        word = _DESCRIPTOR_WORD.match(doc.text, pos)
        if not word:
            return None
        low = word.group(1).lower()
        after_of = i > 0 and doc.text[pos - 3:pos].rstrip() == "of"
        if low in stopwords() and not (i == 0 and low in ("the", "his", "her", "their", "its", "one")) \
                and not (i > 0 and low in ("of", "at", "for", "from")) \
                and not (after_of and low in ("the", "his", "her", "their", "its")):
            return None  # ("his best friend at Lehigh, Bruce Turry", "one of their lawyers, Michalis …")
        pos = word.end()
        hit = doc.mention_starting_at(pos)
        if word.group(2):  # a comma, then the name: "said its chief executive, Sir Howard Newby."
            title = _ONE_TITLE.match(doc.text, pos)
            hit = doc.mention_starting_at(title.end()) if title and i else hit if i else None
        if hit and _CLAUSE_END.match(doc.text, hit[1]):
            return start, hit[1], hit[2]
    return None


# the end of a sentence right after a name, perhaps after its initials in brackets: "… (FCC)."
_NAME_ENDS_SENTENCE = re.compile(r"[.!?]|\s+\([A-Z][\w&]{1,9}\)[.!?]")


# a role and what it is of, then a comma: "the chairman of the Commons education select committee, "
_ROLE_THEN_COMMA = re.compile(r"(?:the|a|an)\s+[a-z][^,.;:\"“”]{2,80}?,\s+")


def _person_after_role_in_commas(doc: ArticleView, start: int) -> tuple[int, int, str | None] | None:
    """The person named after a role and a comma who ends the sentence: "…," said the chairman of the Commons
    education select committee, Labour MP Barry Sheerman."""
    comma = _ROLE_THEN_COMMA.match(doc.text, start)
    if not comma:
        return None
    for s, e, person in doc.mentions_starting_in(comma.end(), comma.end() + 40):
        if person and re.fullmatch(r"(?:[\w'’-]+\s+){0,3}", doc.text[comma.end():s]) \
                and re.match(r"\s*[.!?]", doc.text[e:e + 2]):
            return comma.end(), e, person
    return None


def _determined_source(text: str, subj: tuple, after: tuple) -> bool:
    """Whether a short noun phrase after the verb names the source when no person stands before it: "…, said one
    GOP source.", or a name that ends the sentence: "…, said Sandvine." (but in "The Home Secretary, Jack
    Straw, said the plan was sound", Jack Straw speaks)."""
    words = text[after[0]:after[1]].split()
    name = words[1:] if words[:1] == ["the"] else words  # ("…, said the US Federal Communications Commission.")
    if subj[2] is None and 0 < len(name) <= (4 if name is words else 6) and name[0][:1].isupper() \
            and all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in name) \
            and _NAME_ENDS_SENTENCE.match(text, after[1]) and name[0].lower() not in DATE_WORDS:
        return True  # a name that ends the sentence: "…, said Sandvine."
    return subj[2] is None and bool(_DETERMINED.match(text, after[0])) and len(words) <= 4 \
        and not any(w in stopwords() for w in words[1:])


def _plausible_source(words: str) -> bool:
    """A subject that is not a known person may still speak: "the ministry", "Kazakhstan", "officials"."""
    w = words.split()
    if _SHARE_SUBJECT.fullmatch(words + " "):
        return True  # "nearly two thirds - 65% - of the 1,000 people interviewed"
    # "it said": an organisation's pronoun (lib.quotes._sources finds which); an unresolved "he" is no one
    # ("A statement from the band's record company Universal", "a person familiar with the planning for the talks")
    longest = 10 if w and (w[-1][:1].isupper() or _SOURCE_QUALIFIER.search(words)) else 7
    return 0 < len(w) <= longest


@lru_cache(maxsize=1)
def _unnamed_opener() -> re.Pattern:
    """"A" or "The" and up to four words before a noun for an unnamed source ("A Labour party spokesman",
    "The official"; lib/data/anonymous_sources.txt)."""
    nouns = "|".join(sorted(map(re.escape, data_lines("anonymous_sources.txt")), key=len, reverse=True))
    return re.compile(r"(?:A|An|The)\s+(?:[\w'’-]+\s+){0,4}?(?:" + nouns + r")(?![\w'’-])")


@lru_cache(maxsize=1)
def _described_opener() -> re.Pattern:
    """A group or an organisation described at the start of a sentence, a verb after it: "A British Muslim group
    has criticised …", "Many pro-hunt activists remained …", "Anti-hunt organisations, for whom …, say"
    (the plural nouns of lib/data/group_sources.txt and the nouns of lib/data/organisation_sources.csv)."""
    nouns = set(_group_nouns()) | set(_organisation_nouns())
    nouns |= {n + "s" for n in nouns if not n.endswith("s")}
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(r"(?:(?:A|The)\s+(?:number|group|handful|majority|coalition)\s+of\s+)?"  # "A number of large …"
                      r"(?:(?:A|An|The|Many|Some|Most|Several|Other)\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + alternatives
                      + r")(?![\w'’-])", re.I)
