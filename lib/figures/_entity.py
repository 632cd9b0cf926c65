"""Whose quantity a figure is (its entity), and whether a figure restates an earlier one (its revision word)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import CALENDAR, data_lines, fold, reporting_verbs, stopwords
from ._vocabulary import word_set

#: A run of capitalised words ("Bank of England", "Sony", "US"), with a possessive 's.
_NAME_RUN = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:of|de|for|and|&)\s+[A-Z][\w’'.&-]*|\s+[A-Z][\w’'.&-]*)*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([A-Za-z]+)")
_POSSESSIVE = re.compile(r"[’']s?$")


@cache
def _reporting() -> frozenset[str]:
    return frozenset(w for w in reporting_verbs() if " " not in w) | {"according"}


@cache
def _revision_pattern() -> re.Pattern:
    words = sorted((w for line in data_lines("figure_revision_words.txt") for w in [line.strip().lower()] if w),
                   key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def figure_entity(clause: str) -> str:
    """The name a figure's quantity belongs to: the capitalised name nearest before the figure in
    ``clause`` (the text of its clause before it), passing over a sentence's opening function word
    ("The", "In"), months and days, a name in a reporting clause ("Smith said", "said Smith",
    "according to Smith") and a name right after a preposition of place or partner
    (``figure_entity_skip_words.txt``). "" when there is none.

    >>> figure_entity("Norway traded with Sweden goods worth")
    'Norway'
    >>> figure_entity("Smith pointed out that Norway has made")
    'Norway'
    >>> figure_entity('"Achieving the target of a'), figure_entity("Reminding that the summit")
    ('', '')
    >>> figure_entity("In March the Bank of England's rate rose to"), figure_entity("In January sales were")
    ('Bank of England', '')
    """
    stop = stopwords()
    skip = word_set("figure_entity_skip_words.txt")
    best = ""
    for m in _NAME_RUN.finditer(clause):
        parts = m.group().split()
        while parts and (parts[0].lower() in stop or parts[0].lower() in CALENDAR):
            parts.pop(0)  # "The", "In", "But", "March"
        while parts and parts[-1].lower() in CALENDAR:
            parts.pop()
        if not parts or (len(parts) == 1 and not clause[:m.start()].strip(" \"“‘'(")
                         and parts[0].lower().endswith(("ing", "ed", "ly"))):
            continue  # "Achieving the target of $10bn": a verb that opens the sentence
        before = _WORD_BEFORE.search(clause[:m.start()])
        after = _WORD_AFTER.match(clause[m.end():])
        prev = before.group(1).lower() if before else ""
        nxt = after.group(1).lower() if after else ""
        if prev in skip or prev in _reporting() or nxt in _reporting():
            continue
        best = _POSSESSIVE.sub("", " ".join(parts))
    return best


def revision_word(text: str, start: int, end: int, sent_start: int, sent_end: int, window: int = 25) -> str:
    """The first word of ``figure_revision_words.txt`` ("revised", "had estimated", "earlier",
    "forecast") within ``window`` characters of the figure ``text[start:end]`` in its sentence, or "".

    >>> t = "Profit was $5m this year, well below the $6m it had forecast."
    >>> revision_word(t, 41, 44, 0, len(t)), revision_word(t, 11, 14, 0, len(t))
    ('had forecast', '')
    """
    left = text[max(sent_start, start - window):start]
    right = text[end:min(sent_end, end + window)]
    for part in (left, right):
        m = _revision_pattern().search(part)
        if m:
            return m.group(1).lower()
    return ""


def entity_key(entity: str) -> str:
    """The comparable form of an entity: folded, lower case, without a leading "the".

    >>> entity_key("The Bank of England"), entity_key("Zürich")
    ('bank of england', 'zurich')
    """
    e = fold(str(entity or "")).lower().strip()
    return e[4:] if e.startswith("the ") else e


def entities_agree(a: str, b: str) -> bool:
    """Whether two entities (as :func:`entity_key` gives them) name the same thing: equal, or one
    is a word-for-word end or start of the other (a surname, "Sony" and "Sony Ericsson" do not,
    "Bank of England" and "England" neither: only a last word of a person's or firm's name
    that the other ends with).

    >>> entities_agree("tony blair", "blair"), entities_agree("sony", "nintendo"), entities_agree("us", "us")
    (True, False, True)
    """
    if a == b:
        return True
    if not a or not b:
        return False
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(short) == 1 and long_[-1] == short[0] and "of" not in long_
