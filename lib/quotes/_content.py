"""Where reported content ends (before a second report, a participle or an expressive act of the speaker), the
indirect quote row for it, and whether it is only a noun phrase that a verb took as its object."""
from __future__ import annotations

import re
from functools import lru_cache

from ..article import ArticleView
from ..lexicon import data_lines, inflections
from ._patterns import _AND_BEFORE_CUE, _COMMA_AT_END, _is_participle, _noun_like
from ._rows import _clean, _row

_FINAL_STOP = re.compile(r"[.!?…]$")

# a comma, a conjunction and a short subject right before a reporting verb: another speaker's report
_SECOND_REPORT = re.compile(r",\s+(?:but|and|while|whereas|though|although)\s+(?:[\w'’.%-]+\s+){1,5}$")


# a comma and a short subject of its own right before a reporting verb: ", observers said"
_NEW_SUBJECT_BEFORE = re.compile(r",\s+(?!(?:which|who|that|as|he|she|it|they|we)\b)(?:[\w'’.-]+\s+){1,3}$")


# a word after a noun-like cue that makes it a noun ("state law"), not a verb ("claim it", "claims that")
_NOUN_NEXT = re.compile(r"\s+(?!(?:that|it|he|she|they|we|I|the|a|an|his|her|their|its|this|there)\b)[a-z]")


def _content_end(doc: ArticleView, start: int, sent_end: int) -> int:
    """Where reported content ends: before a participle cue (", adding that"), a second verb ("… and said") or
    an expressive act of the speaker (", and expressed his happiness"), else at the sentence end."""
    for cs, ce, cue in doc.cues_in(start + 1, sent_end):
        if _is_participle(cue):
            m = _COMMA_AT_END.search(doc.text[start:cs])
            if m:
                return start + m.start()
        elif not doc.inside_marks(cs) and not (cue.lower() in _noun_like() and _NOUN_NEXT.match(doc.text, ce)):
            # (a noun is no second verb: "violated federal and state law"; "… and claim it would …" is one)
            m = _AND_BEFORE_CUE.search(doc.text, max(start, cs - 16), cs)
            if m:  # "urged Republicans to … and said he was …": a second report by the same speaker
                return start + len(doc.text[start:m.start()].rstrip(" ,"))
            m = _SECOND_REPORT.search(doc.text, max(start, cs - 60), cs) or _NEW_SUBJECT_BEFORE.search(
                doc.text, max(start, cs - 40), cs)
            if m and not doc.text.startswith(",", ce):
                # "…, but analysts said …", "Although the statement said …, observers said they …": a second
                # report by another speaker (not "…, analysts say, …" set off inside the content)
                return m.start()
    m = _expressive_after_and().search(doc.text, start, sent_end)
    if m and not doc.inside_marks(m.start()):  # "…, and expressed his happiness": the narrator goes on
        return m.start()
    seg = doc.text[start:sent_end].rstrip()
    seg = _FINAL_STOP.sub("", seg).rstrip()
    return start + len(seg)


@lru_cache(maxsize=1)
def _expressive_after_and() -> re.Pattern:
    """", and <an expressive act in the past tense>" (lib/data/expressive_verbs.txt)."""
    verbs = "|".join(sorted(data_lines("expressive_verbs.txt"), key=len, reverse=True))
    return re.compile(r",\s+and\s+(?:also\s+)?(?:" + verbs + r")\b")


def _indirect(text: str, start: int, end: int, subj, cue) -> dict:
    """An indirect quote row for the content text[start:end]."""
    return _row(start, end, _clean(text, [(start, end)]), "indirect", subj, cue, text)


@lru_cache(maxsize=1)
def _object_verbs() -> frozenset[str]:
    """The inflected verbs of lib/data/object_verbs.txt, which often take a noun phrase, not a clause."""
    return frozenset(form for verb in data_lines("object_verbs.txt") for form in inflections(verb))


# a finite verb in a clause: an auxiliary, a modal, a negation, or a past form in -ed
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|do|"
                          r"does|did|shall|\w+ed|\w+n['’]t)\b", re.I)
_CLAUSE_AFTER_OBJECT = re.compile(r",?\s(?:until|when|while|after|before|because|since|although|though)\s")
_OBJECT_OPENS = re.compile(r"(?:a|an|the|its|his|her|their|our|my|this|these|those)\s")


def _noun_phrase_object(verb: str, content: str) -> bool:
    """Whether a verb that often takes a noun phrase ("announced a deal to buy …", "continued his run") has one
    as its content: it opens with a lower-case determiner and holds no finite verb."""
    head = _CLAUSE_AFTER_OBJECT.split(content, 1)[0]  # (a clause after the object has verbs of its own)
    return verb.lower() in _object_verbs() and bool(_OBJECT_OPENS.match(content)) and not _FINITE_VERB.search(head)
