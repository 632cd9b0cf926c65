"""Pronoun resolution: "he", "his", "her" linked to a person mentioned before them.

A pronoun refers to the subject of the nearest sentence before it (or of its
own sentence, before it) whose gender does not contradict it; inside a
quotation it is someone other than the quotation's speaker.

>>> rows = [(0, 8, "Jo Bell", "Jo Bell", "name")]
>>> _pronoun_rows("Jo Bell came. She sat.", rows, lambda s, e: True, {"Jo Bell": "f"}, [])
>>> rows[-1]
(14, 17, 'She', 'Jo Bell', 'pronoun')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from functools import lru_cache

from ..lexicon import reporting_verb_pattern, stopwords
from ..text import sentence_spans
from ._cues import _ends_with_cue, _next_word_is_cue

_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")

#: A mention row: (start, end, mention, person, kind).
Row = tuple[int, int, str, str, str]

#: The pronouns resolved, and the gender each refers to.
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_OBJECT_PRONOUNS = {"him", "her"}
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
# \b(?:he|him|his|she|her|hers|He|His|She|Her)\b, written to start with a character set, which the regex engine
# scans for quickly, and to look behind that first letter (tests/test_properties.py checks the two agree)
_PRONOUN = re.compile(r"[hsHS](?<!\w.)(?:(?<=h)(?:e|im|is|er|ers)|(?<=s)he|(?<=H)(?:e|is|er)|(?<=S)he)\b")
_POSSESSED = re.compile(r"\s+([^\W\d_][\w'’-]*)")  # the word after a pronoun: "her plan"


class _Quoted:
    """Whether a position is inside one of the excluded spans (quotations), remembered per position."""

    def __init__(self, exclude: list[tuple[int, int]]) -> None:
        self.exclude = exclude
        self.outside: dict[int, bool] = {}  # mention start -> not inside an excluded span

    def __call__(self, pos: int) -> bool:
        """Whether ``pos`` is inside an excluded span."""
        if pos not in self.outside:
            self.outside[pos] = not any(a <= pos < b for a, b in self.exclude)
        return not self.outside[pos]


def _speakers_of(text: str, rows: list[Row], a: int, b: int) -> set[str]:
    """The speaker of the quotation at [a, b): the person named next to the last reporting verb before it, or
    the first right after it."""
    ordered = sorted(rows)
    before = [r for r in ordered if a - 200 <= r[0] < a and _next_word_is_cue(text, r[1])]
    after = [r for r in ordered if b <= r[0] < b + 80 and (
        _next_word_is_cue(text, r[1]) or _ends_with_cue(text[max(0, r[0] - 30):r[0]]))]
    return {r[3] for r in before[-1:] + after[:1]}


def _pronoun_rows(text: str, rows: list[Row], free: Callable[[int, int], bool], genders: dict[str, str | None],
                  exclude: list[tuple[int, int]], sentences: list[tuple[int, int, str]] | None = None) -> None:
    """Add to ``rows`` (in text order, and kept so) a row for every pronoun of ``text`` that resolves to a person.

    ``free(s, e)`` says whether no other mention holds the span; ``genders`` maps each person to "m", "f" or
    None; ``exclude`` lists the quotations; ``sentences`` are :func:`lib.text.sentence_spans` of ``text``.
    A resolved pronoun is an antecedent for the later ones.
    """
    spans = sentences if sentences is not None else sentence_spans(text)
    starts = [a for a, _, _ in spans]
    quoted = _Quoted(exclude)
    speaking: dict[tuple[int, int], set[str]] = {}  # quotation span -> its speaker, found when first needed
    first_names_of: dict[str, str] | None = None  # first name -> the one person who has it, found when first needed
    for m in _PRONOUN.finditer(text):
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
                speaking[(a, b)] = _speakers_of(text, rows, a, b)
            cands = [r for r in rows if r[3] not in speaking[(a, b)]]
        speaker = m.group().lower() in _SUBJECT_PRONOUNS and not quoted(s) and _next_word_is_cue(text, e)
        if speaker:
            # '"…," he said' / 'He added: "…"': the speaker does not name themselves in their own quotation
            if first_names_of is None:
                first_names_of = _unique_first_names(rows)
            named = _named_in_quotation(text, rows, exclude, s, e, first_names_of)
            if named:
                cands = [r for r in rows if r[3] not in named]
        pronoun = m.group().lower()
        nxt = _POSSESSED.match(text, e) if pronoun == "her" else None
        if nxt and nxt.group(1).lower() not in stopwords():
            pronoun = "hers"  # "her plan", "her Australian Open win": possessive, like "his"; "told her she …" is not
        target = _resolve_pronoun(cands, spans, starts, s, pronoun, quoted, genders, text, speaker)
        if target:  # kept in text order: the nearest subject is the first mention of its sentence
            insort(rows, (s, e, text[s:e], target, "pronoun"))


def _unique_first_names(rows: list[Row]) -> dict[str, str]:
    """First name -> person, for the first names only one person of the article has."""
    firsts: dict[str, set[str]] = {}
    for p in {r[3] for r in rows if isinstance(r[3], str) and " " in r[3]}:
        firsts.setdefault(p.split()[0], set()).add(p)
    return {w: next(iter(ps)) for w, ps in firsts.items() if len(ps) == 1}


def _named_in_quotation(text: str, rows: list[Row], exclude: list[tuple[int, int]], s: int, e: int,
                        first_names_of: dict[str, str]) -> set[str]:
    """The people named inside the quotation that ends just before ``s`` or opens just after ``e`` (within
    40 characters), the one the pronoun at [s, e) attributes: by name or surname, or by a first name
    that only one of them has (``first_names_of``: "Steven can play all over the pitch")."""
    quote = next(((a, b) for a, b in exclude if 0 <= s - b <= 6 or 0 <= a - e <= 40), None)
    if quote is None:
        return set()
    named = {r[3] for r in rows if quote[0] <= r[0] < quote[1] and r[4] in ("name", "surname", "variant", "alias")}
    words = set(_CAPITALISED_WORD.findall(text[quote[0]:quote[1]]))
    return named | {p for w, p in first_names_of.items() if w in words}


@lru_cache(maxsize=1)
def _said_before_pronoun_re() -> re.Pattern:
    """A reporting verb and nothing else between a name and "he"/"she": "Branson has said (that) he"."""
    return re.compile(r"(?:['’]s)?\s+(?:(?:has|had|have|also|then|later|previously|recently)\s+)*"
                      + reporting_verb_pattern() + r"(?:\s+that)?\s+$", re.I)


def _resolve_pronoun(rows, spans, starts, pos, pronoun, quoted, genders, text: str,
                     speaker: bool = False) -> str | None:
    """The subject of the nearest sentence before (or of this sentence, before the pronoun).

    A mention right after a preposition ("by Keegan", "with Tony Blair
    away") is not a sentence's subject while another mention in it is.
    Mentions at a position where ``quoted(position)`` is true are not
    antecedents. People whose title gives the other gender ("Mr" for "she")
    are skipped. An object pronoun ("him") is not the subject of its own
    sentence, unless that first mention is an owner ("Mourinho's reaction saw
    him sent off"). The ``speaker`` of a quotation ("," he said) is the subject
    of the last clause when one opens with "but" or "while".
    """
    idx = bisect_right(starts, pos) - 1
    want = PRONOUNS.get(pronoun)
    genders = genders or {}

    def may_be(r: Row) -> bool:
        return not quoted(r[0]) and genders.get(r[3]) in (None, want)

    # "she" and "he" reach back further than the others: news introduces a person, narrates, then quotes them
    reach = _SUBJECT_REACH if pronoun in _SUBJECT_PRONOUNS else _REACH
    # (rows are in text order: only those from the first sentence within reach up to the pronoun are read, and
    # the last one before the pronoun)
    end = bisect_left(rows, (pos,))
    start = bisect_left(rows, (spans[max(0, idx - reach + 1)][0],), 0, end) if idx >= 0 else end
    cands = [r for r in rows[start:end] if may_be(r)]
    last = cands[-1] if cands else next((r for r in reversed(rows[:start]) if may_be(r)), None)
    if last is None:
        return None
    cand_starts = [r[0] for r in cands]
    if pronoun in _SUBJECT_PRONOUNS and _said_before_pronoun_re().match(text, last[1], pos):
        return last[3]  # the one who reports is the "he" of the report: "…, while Richard Branson has said he …"
    subject_here = None
    for k in range(idx, max(-1, idx - reach), -1):
        a, b, _ = spans[k] if k >= 0 else (0, 0, "")
        # (not one named in the phrase that opens the sentence: "At a conference hosted by Gordon Brown, he said")
        opened = _fronted_end(text, a, min(b, pos))
        inside = cands[bisect_left(cand_starts, max(a, opened)):bisect_left(cand_starts, min(b, pos))]
        if inside and k == idx and pronoun in _SUBJECT_PRONOUNS and _reports_after_content(text, pos):
            # "The cuts proposed by Oliver Letwin were too deep, he said": not one named in the content, but one
            # named before a quotation that the content is ('George Osborne said: "…," he said')
            inside = [r for r in inside if r[0] < _quotation_opened(text, a, pos)]
        if not inside:
            continue
        if pronoun in _OBJECT_PRONOUNS and k == idx:
            owner = text.startswith(("'s", "’s"), inside[0][1])
            subject_here = None if owner else inside[0][3]
            others = [r for r in inside if r[3] != subject_here]
            if others:
                return others[-1][3]
            continue
        subjects = [r for r in inside if not _AFTER_PREPOSITION.search(text, max(0, r[0] - 60), r[0])
                    and not _AFTER_COPULA.search(text, max(0, r[0] - 8), r[0])]
        if k < idx:  # "…, since he was talking about skills, Mr Balls told the BBC.": the one who reports
            reporter = _reporter_at_end(text, a, b, inside)
            subjects = [reporter] if reporter else subjects
        if speaker:  # "X said …, but Y rejected his comments. "…," he said": the subject of the last clause speaks
            turned = [r for r in subjects if _CONTRAST_BEFORE.search(text, max(a, r[0] - 40), r[0])]
            if turned and turned[-1][3] != subject_here:
                return turned[-1][3]
        for r in subjects or inside:
            if r[3] != subject_here:
                return r[3]
    return None


# a short clause after the last comma of a sentence with a reporting verb in it: ", Mr Balls told the BBC.",
# ", says Tim Dams, the news editor of trade magazine Screen International.", ", Alan Milburn, Labour's election
# strategist told Radio 4's Today programme on Saturday."
_ATTRIBUTION_TAIL = re.compile(r",\s+((?:[^,.;!?\"“”]{1,60},\s+)?(?:[\w.'’-]+\s+){0,5}?)"
                               r"(?:(?:said|says|added|insisted|explained)(?:\s+[\w.'’-]+){0,5}"
                               r"|told(?:\s+[\w.'’-]+){0,8})"  # (the one told and when: "told Radio 4's Today …")
                               r"(?:,\s+(?:a|an|the)\s+[^.!?,\"“”]{0,80})?\s*[.!?]?[\"”’']?\s*$")


def _reporter_at_end(text: str, a: int, b: int, inside: list[Row]) -> Row | None:
    """The person who reports at the end of the sentence [a, b), after its content: "…, Mr Balls told the
    BBC." (or None): the subject of that sentence, not a person named in what they said."""
    tail = _ATTRIBUTION_TAIL.search(text, a, b)
    if tail is None or _QUOTE_MARK.search(text, tail.start(), b):
        return None
    late = [r for r in inside if r[0] >= tail.start() and r[4] != "pronoun"]
    return late[0] if late else None


#: How many sentences back a pronoun looks for its person (its own sentence counts as one).
_REACH = 4
_SUBJECT_REACH = 10
def salient_person(text: str, rows: list[Row], pos: int, sentences: list[tuple[int, int, str]] | None = None,
                   exclude: list[tuple[int, int]] | None = None, gender: str | None = None) -> str | None:
    """The person a description at ``pos`` stands for when no role or name says who ("the chancellor said",
    "said the Sale player"): the one "he" or "she" would be, whatever the gender, by the rules of
    :func:`_resolve_pronoun` (the subject of its sentence or of one of the ten before). With ``gender``
    ("f" or "m", when the description gives it: "the mother of three"), people whom the pronouns resolved
    to them give the other gender are passed over.

    >>> rows = [(0, 12, "Gordon Brown", "Gordon Brown", "name")]
    >>> salient_person("Gordon Brown spoke. The chancellor said so.", rows, 20)
    'Gordon Brown'
    """
    spans = sentences if sentences is not None else sentence_spans(text)
    starts = [a for a, _, _ in spans]
    quoted = _Quoted(exclude or [])
    pronoun = {"f": "she", "m": "he"}.get(gender or "", "he")
    return _resolve_pronoun(sorted(rows), spans, starts, pos, pronoun, quoted, _pronoun_genders(rows) if gender else {},
                            text)


def _pronoun_genders(rows: list[Row]) -> dict[str, str | None]:
    """Each person's gender as the pronouns resolved to them give it (None when they give both)."""
    seen: dict[str, set[str]] = {}
    for _, _, mention, person, kind in rows:
        if kind == "pronoun" and mention.lower() in PRONOUNS:
            seen.setdefault(person, set()).add(PRONOUNS[mention.lower()])
    return {p: g.pop() if len(g) == 1 else None for p, g in seen.items()}


_CONTENT_THEN_PRONOUN = re.compile(r",[\"”’']?\s*$")
_FRONTED_OPENING = re.compile(r"(?:At|In|On|During|After|Before|Following|Despite|Asked|(?!According)[A-Z][a-z]+ing)\s")
_SAID = re.compile(r"\b(?:said|says|told|added)\b")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _fronted_end(text: str, start: int, end: int) -> int:
    """Where the phrase of place, time or circumstance that opens the sentence at ``start`` ends (its comma),
    or ``start`` when none opens it: "At a conference hosted by Gordon Brown on Friday, he said …"."""
    if not _FRONTED_OPENING.match(text, start, end):
        return start
    comma = text.find(",", start, end)
    if comma < 0 or _QUOTE_MARK.search(text, start, comma) or _SAID.search(text, start, comma):
        return start  # (not "Analysing traffic will matter …, said Lindsay Schroth, an analyst")
    return comma


def _quotation_opened(text: str, a: int, pos: int) -> int:
    """Where the content before an attribution at ``pos`` opens: the opening mark of the quotation that ends it,
    in its sentence (from ``a``), when it ends in a closing mark ('"…," he said'), else the sentence's start."""
    before = text[a:pos].rstrip().rstrip(",")
    if not before.endswith(("\"", "”")):
        before = text[a:pos].rstrip()
        if not before.endswith(("\"", "”")):
            return a
    close = a + len(before) - 1
    opening = max(text.rfind("\"", a, close), text.rfind("“", a, close))
    return opening if opening > a and _SAID.search(text, a, opening) else a  # (a verb of saying introduces it)


def _reports_after_content(text: str, pos: int) -> bool:
    """Whether the pronoun at ``pos`` starts an attribution after its content: ", he said." """
    return bool(_CONTENT_THEN_PRONOUN.search(text, max(0, pos - 3), pos)) and _next_word_is_cue(
        text, pos + len(text[pos:pos + 4].split()[0]) if text[pos:pos + 4].split() else pos)


# a contrast that opens a clause with a new subject: "…, but Tennis Australia's Geoff Pollard rejected …"
_CONTRAST_BEFORE = re.compile(r"(?:,\s*|\s)(?:but|while|whereas)\s+(?:[\w'’.-]+\s+){0,4}$")
# a name after "was" is what the subject is, not the subject: "One of his fellow pupils was Vladimir Putin."
_AFTER_COPULA = re.compile(r"\b(?:was|is|were|are)\s+$")
# (past lower-case words: "a move for brilliant young forward Sonny Bill Williams")
_AFTER_PREPOSITION = re.compile(r"\b(?i:by|with|to|against|over|from|for|of)\s+"
                                r"(?:(?!(?:and|but|or|nor|yet|as|while|when|that|which|who|where|because|after|before|"
                                r"if|then|is|was|are|were|has|had|have|said|says)\s)[a-z][\w'’-]*\s+){0,4}?"
                                r"(?:[A-Z][a-z]{1,2}\.?\s+)?$")
