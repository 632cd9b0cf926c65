"""Noun phrases around a figure: the words after it, the phrase it is predicated of, singular nouns."""
from __future__ import annotations

from ..numbers import CARDINALS
from ._patterns import (
    _BETWEEN_TAIL,
    _CLAUSE_BREAK,
    _LINK_TAIL,
    _LINK_TAIL_CHARS,
    _LINK_TAIL_LC,
    _NEXT_WORD_OPT,
    _NEXT_WORDS,
    _NP_END,
    _NP_END_CHARS,
    _OF_WORD,
    _TRAILING_PP,
    _WORDS_AZ,
)
from ._record import Figure
from ._regex import _search_tail
from ._vocabulary import GENERIC_HEADS, IRREGULAR, MONTH_WORDS, SCOPE_WORDS, STOP, VERB_SUBJECTS

# --------------------------------------------------------------------------
# helpers

def _singular(word: str) -> str:
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "os'")):
        return w[:-1]
    return w


def _clause_left(text: str, sent_start: int, pos: int) -> str:
    """Text of the clause before ``pos`` (back to a comma, semicolon or quote mark)."""
    chunk = text[sent_start:pos]
    last = 0
    for m in _CLAUSE_BREAK.finditer(chunk):
        last = m.end()
    return chunk[last:]


def _fig_clause(text: str, fig: Figure, sent_start: int) -> str:
    """:func:`_clause_left` before ``fig``, computed once per figure (kept in ``fig.clause``)."""
    key = (sent_start, fig.start)
    if fig.clause_key != key:
        fig.clause_key, fig.clause = key, _clause_left(text, sent_start, fig.start)
    return fig.clause


_NP_LEAD = frozenset({"other", "more", "further", "another"})
#: heads that go after the "of" phrase: "volume of trade" -> "trade volume"
_MEASURE_HEADS = ("volume", "value", "level", "number", "amount", "size")


def _looks_plural(lw: str) -> bool:
    """Whether the lower-case word ``lw`` looks like a plural noun.

    An irregular plural, or a word ending in "s" but not in "ss", "us" or "is".
    """
    return lw in IRREGULAR or (lw.endswith("s") and not lw.endswith(("ss", "us", "is")))


def _np_after(text: str, pos: int, limit: int, max_words: int = 4, plural_stop: bool = False) -> tuple[str, int]:
    """Lower-case content words right after ``pos`` (a noun phrase), and where it ends."""
    words: list[str] = []
    end = pos
    i = pos
    while len(words) < max_words:
        m = _NEXT_WORDS.match(text, i, limit)
        if not m:
            break
        w = m.group(1)
        lw = w.lower().rstrip("'’")
        if w[0].isupper() and not words and len(w) > 3 and w.endswith("s") and w[1:].islower():
            words.append(lw)  # "three million Britons"
            end = m.end()
            break
        if w[0].isupper() or (lw in STOP and lw not in _NP_LEAD) or lw in CARDINALS or lw in MONTH_WORDS:
            break
        words.append(lw)
        i = end = m.end()
        if plural_stop and lw not in _NP_LEAD and _looks_plural(lw):
            break
    # "heads of state": X of Y, when Y is one word that ends the phrase
    if words and len(words) <= 2:
        m = _OF_WORD.match(text[end:limit])
        if m and m.group(1) not in STOP and m.group(1) not in ("the",):
            after = text[end + m.end(): end + m.end() + 12]
            nxt = _NEXT_WORD_OPT.match(after)
            if not nxt.group(1) or nxt.group(1).lower() in STOP:
                words = words + ["of", m.group(1)]
                end = end + m.end()
    return " ".join(words), end


def _unit_noun(np: str) -> str:
    """The counted noun of a phrase, singular: "heads of state" -> "head of state"."""
    if not np:
        return ""
    words = np.split()
    lead = {"other", "more", "new", "additional", "further", "extra", "different", "major", "key",
            "main", "big", "small", "large", "separate", "individual", "remaining", "last", "first"}
    while len(words) > 1 and words[0] in lead:
        words = words[1:]
    if "of" in words:
        k = words.index("of")
        words[k - 1] = _singular(words[k - 1]) if k else words[k - 1]
        return " ".join(words[max(0, k - 2):])
    words[-1] = _singular(words[-1])
    return " ".join(words[-3:])


def _clean_np(np: str) -> str:
    words = [w for w in np.split() if w not in ("a", "an", "the")]
    return " ".join(words)


def _left_np(clause: str) -> str:
    """The noun phrase a figure is predicated of: "mutual trade volume reached" -> "mutual trade volume"."""
    stripped = clause.lstrip(" \t\"“‘'«")
    if stripped[:1].isupper() and stripped[1:2].islower():  # sentence-initial capital: "Mutual trade volume"
        clause = clause[: len(clause) - len(stripped)] + stripped[0].lower() + stripped[1:]
    # _LINK_TAIL ends at the end of the clause, so it matches at most once: sub() removes that match
    if clause.isascii():
        low = clause.lower()
        lt = _search_tail(_LINK_TAIL_LC, low, _LINK_TAIL_CHARS)
    else:
        lt = _LINK_TAIL.search(clause)
    c = clause[:lt.start()] + clause[lt.end():] if lt else clause
    c = _TRAILING_PP.sub("", c)
    c = _BETWEEN_TAIL.sub("", c)
    m = _search_tail(_NP_END, c, _NP_END_CHARS)
    if not m:
        return ""
    head = m.group(1).split()
    # keep only the trailing run of content words
    run: list[str] = []
    for w in reversed(head):
        lw = w.lower()
        if lw in STOP or lw in CARDINALS:
            break
        run.insert(0, lw)
    if not run:
        return ""
    np = " ".join(run)
    if m.group(2):
        tail = [w for w in m.group(2).split() if w not in STOP]
        if tail:
            if len(run) == 1 and run[0] in _MEASURE_HEADS:
                np = " ".join(tail) + " " + np
            else:
                np = np + " of " + " ".join(tail)
    return np.replace("’", "'")


def _verb_subject(sentence: str) -> str:
    for w in _WORDS_AZ.findall(sentence.lower()):
        if w in VERB_SUBJECTS:
            return VERB_SUBJECTS[w]
    return ""


def _is_generic(np: str) -> bool:
    words = np.split()
    return not words or words[-1] in GENERIC_HEADS or all(w in SCOPE_WORDS or w in GENERIC_HEADS for w in words)
