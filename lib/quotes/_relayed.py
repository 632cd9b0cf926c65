"""Reports a news agency or paper relays: "Reuters quoted a trader as saying (that) …", "…, the paper quoted
Mr Chernin as saying", "Geoff Dixon was quoted by The Australian as saying …". The one quoted speaks, not the
medium that quoted them."""
from __future__ import annotations

import re

from ..article import ArticleView
from ._content import _content_end, _indirect
from ._patterns import _QUOTE_MARKS
from ._subjects import _subject_before

# the verbs with which a medium relays someone's words "as saying"
_RELAYS = r"(?:quoted|quotes|reports|reported|cited|cites)"
# "quoted <the one quoted> as" right before "saying"
_QUOTED_BEFORE = re.compile(r"\b" + _RELAYS + r"\s+(?!(?:by|in)\s)((?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+)\s+as\s+$")
# after a quotation: a medium, the verb, the one quoted and "as saying" ('…," the agency quoted X as saying')
_QUOTED_AS_SAYING = re.compile(r"(?:[\w'’.&-]+\s+){1,6}?(" + _RELAYS + r")\s+((?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+)"
                               r"\s+as\s+saying\b")
# the one relayed and "as saying" right after a verb ("reported a union source as saying"): no report of its own
_AS_SAYING_NEXT = re.compile(r"\s+(?:[\w'’.&-]+\s+){1,7}?as\s+saying\b")
# "<the one quoted> was quoted (by The Australian newspaper) as" right before "saying"
_WAS_QUOTED_BEFORE = re.compile(r"\s(?:was|were|is|are|been|being)\s+quoted\s+(?:(?:by|in)\s+[^,.;\"“”]{1,60}?\s+)?"
                                r"(?:as\s+)?$")
# where or how it was said, not what: "… as saying in a statement", "… as saying by Interfax", "via his lawyers"
_NOT_CONTENT = re.compile(r"(?:in|on|at|by|via|to|from|after|during|last|this|earlier)\b")
_MEDIUM_AFTER_COMMA = re.compile(r",\s+(?:[\w'’.&-]+\s+){0,5}?" + _RELAYS + r"\s")


def _relays_a_saying(text: str, verb_end: int) -> bool:
    """Whether a verb such as "reported" or "quoted" relays someone "as saying" (their words are reported at
    "saying", not at this verb)."""
    return bool(_AS_SAYING_NEXT.match(text, verb_end))


def _relayed_after_quotation(doc: ArticleView, pos: int, limit: int):
    """(mention, cue) for ``…," the agency quoted worker David Ogden as saying`` right after a closing mark at
    ``pos``: the one quoted, not the medium; None when no medium relays the quotation so."""
    quoted = _QUOTED_AS_SAYING.match(doc.text, pos, limit)
    if not quoted:
        return None
    hit = doc.mention_ending_at(quoted.end(2))
    return (quoted.start(2), quoted.end(2), hit[2] if hit else None), quoted.span(1) + ("quoted",)


def _one_quoted(doc: ArticleView, s_start: int, cs: int,
                quoted: re.Match | None = None) -> tuple[int, int, str | None] | None:
    """The mention of the one quoted before a "saying" at ``cs``: "Reuters quoted one trader as", "Mr Houston
    was quoted in the Herald newspaper"; None when "saying" is not so relayed. ``quoted``: the match of
    :data:`_QUOTED_BEFORE` there, when the caller has it."""
    quoted = quoted or _QUOTED_BEFORE.search(doc.text, max(s_start, cs - 90), cs)
    if quoted:
        hit = doc.mention_ending_at(quoted.end(1))
        return quoted.start(1), quoted.end(1), hit[2] if hit else None
    passive = _WAS_QUOTED_BEFORE.search(doc.text, max(s_start, cs - 120), cs)
    return _subject_before(doc, passive.start() + 1, s_start) if passive else None


def _quoted_as_saying(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str],
                      c_start: int) -> dict | None:
    """The report at the "saying" of "quoted X as saying", with X as its speaker: the content after the verb,
    or, when the verb ends the sentence, the content before the comma ("…, Reuters quoted sources as saying.");
    None when "saying" is not so relayed."""
    text, (s_start, s_end), (cs, _, _) = doc.text, sent, cue
    quoted = _QUOTED_BEFORE.search(text, max(s_start, cs - 90), cs)
    subj = _one_quoted(doc, s_start, cs, quoted)
    if subj is None:
        return None
    c_end = _content_end(doc, c_start, s_end)
    if c_end > c_start and text[c_start] not in "\"“‘'«:" and not _NOT_CONTENT.match(text, c_start, c_end):
        return _indirect(text, c_start, c_end, subj, cue)
    medium = _MEDIUM_AFTER_COMMA.search(text, s_start, cs) if quoted else None
    if medium is None or medium.start() <= s_start or doc.inside_marks(s_start) \
            or any(c in _QUOTE_MARKS for c in text[s_start:medium.start()]):
        return None  # (a quotation before it is attributed with it already, its clause by ._mixed)
    return _indirect(text, s_start, medium.start(), subj, cue)
