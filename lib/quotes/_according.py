"""Reports that name their source with "according to" or "cites": "According to X, CONTENT", "CONTENT, according
to X.", "CONTENT, Kazinform cites the press service"."""
from __future__ import annotations

import re
from functools import lru_cache

from ..article import ArticleView
from ..lexicon import role_groups
from ._content import _content_end, _indirect
from ._patterns import _ACCORDING_TO, _CITES, _COMMA_AT_END, _ONE_TITLE, _SOURCE_BEFORE_COMMA


def _cited_source(doc: ArticleView, s_start: int, sent: str) -> list[dict]:
    """"CONTENT, Kazinform cites the press service": an agency names its source, which is the speaker."""
    cite = _CITES.match(sent) if "cite" in sent or "quote" in sent else None  # (its verbs hold one of the two)
    if not cite or doc.inside_marks(s_start):
        return []
    o_start = s_start + cite.start("obj")
    subj = doc.mention_starting_at(o_start) or (o_start, s_start + cite.end("obj"), None)
    c_end = s_start + cite.end("content")
    cue = (s_start + cite.start("cue"), s_start + cite.end("cue"), cite.group("cue"))
    return [_indirect(doc.text, s_start, c_end, subj, cue)]


def _according_to(doc: ArticleView, sent: tuple[int, int], sent_text: str) -> list[dict]:
    """"According to X, CONTENT" and "CONTENT, according to X."."""
    rows = []
    for m in _ACCORDING_TO.finditer(sent_text) if "ccording to" in sent_text else ():
        row = _according_to_one(doc, sent, m)
        if row is not None:
            rows.append(row)
    return rows


def _apposition_after_source(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` (after "according to X,") describe X: an article or a role opens them."""
    word = re.match(r"\s*([A-Za-z]+)", text[pos:pos + 40])
    return bool(word) and (word.group(1).lower() in ("a", "an", "the", "who", "whose")
                           or word.group(1).lower() in _role_first_words())


@lru_cache(maxsize=1)
def _role_first_words() -> frozenset[str]:
    """The first words of the roles (lib/data/roles.csv): "head" of "head of state", "chief" of "chief executive"."""
    return frozenset(r.split()[0] for r in role_groups())


_FULL_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+(?=\s+(?:of|at|from)\s|,)")


def _name_in_apposition(doc: ArticleView, pos: int, s_end: int) -> tuple[tuple, int] | None:
    """A person named in apposition after a description (``pos``: after the description's comma), and where
    the content starts after the apposition's own comma; None when no person stands there."""
    hit = doc.mention_starting_at(pos)
    if not hit or not hit[2]:
        name = _FULL_NAME.match(doc.text, pos, s_end)  # a full name the people module did not find
        if not name:
            return None
        hit = (pos, name.end(), name.group())  # named after a description of a person: "its lawyer, …"
    comma = doc.text.find(",", hit[1], min(s_end, hit[1] + 60))
    if comma < 0 or re.search(r"[.;:]", doc.text[hit[1]:comma]):
        return None
    start = comma + 1 + len(doc.text[comma + 1:s_end]) - len(doc.text[comma + 1:s_end].lstrip())
    return hit, start


_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its"))
_NAME_THEN_NUMBER = re.compile(r"((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’.-]*){0,5})"
                               r"\s+(?=\d[\d.,]*\s*(?:%|per\s?cent|[a-z]))")
_WORD_NEXT = re.compile(r" [a-z]")


def _according_to_one(doc: ArticleView, sent: tuple[int, int], m: re.Match) -> dict | None:
    """The report of one "According to" (``m``, matched in the sentence's text)."""
    text, (s_start, s_end) = doc.text, sent
    abs_s = s_start + m.end()
    subj = doc.mention_starting_at(abs_s)
    if subj and text[subj[0]:subj[1]].lower() in _POSSESSIVE_PRONOUNS and _WORD_NEXT.match(text, subj[1]):
        subj = None  # "according to his former adviser": the adviser, not "his" ("according to her, …" is her)
    title = _ONE_TITLE.match(text, abs_s) if subj is None else None
    hit = doc.mention_starting_at(title.end()) if title else None
    if hit:
        subj = (abs_s, hit[1], hit[2])  # "According to Mr Waller, …": the title belongs to the mention
    cue = (s_start + m.start(), s_start + m.start() + len("according to"), m.group().strip())
    # (a name and then a number, with no comma between: "According to Pew Research 44% of searchers …")
    np_ = _NAME_THEN_NUMBER.match(text[abs_s:s_end]) or _SOURCE_BEFORE_COMMA.match(text[abs_s:s_end])
    lead = text[s_start:s_start + m.start()]
    if np_ and _COMMA_AT_END.search(lead) and lead.strip(" ,") and _apposition_after_source(text, abs_s + np_.end()):
        np_ = None  # "CONTENT, according to Craig Bryan, head of the centre.": the words after X describe X
    if not np_:
        # "CONTENT, according to X."
        if not (_COMMA_AT_END.search(lead) and lead.strip(" ,")):
            return None
        who = text[abs_s:s_end].rstrip(" .!?\"”’")
        subj = subj or (abs_s, abs_s + len(who), None)
        return _indirect(text, s_start, s_start + len(lead.rstrip(" ,")), subj, cue)
    if subj is None:
        subj = (abs_s, abs_s + len(np_.group(1)), None)
    c_start = abs_s + np_.end()
    named = _name_in_apposition(doc, c_start, s_end) if subj[2] is None else None
    if named:  # "According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim …"
        subj, c_start = named
    c_end = _content_end(doc, c_start, s_end)
    if c_end > c_start and not doc.inside_marks(c_start):
        return _indirect(text, c_start, c_end, subj, cue)
    return None
