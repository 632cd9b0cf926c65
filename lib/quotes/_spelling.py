"""How an organisation's short name is written out in the article: initials spelled out ("GM" -> "General
Motors", "Hefce" -> "Higher Education Funding Council for England") and short words written out ("Downing St" ->
"Downing Street", "Lib Dems" -> "Liberal Democrats"): :func:`written_out_name`."""
from __future__ import annotations

import re
from functools import lru_cache


def written_out_name(name: str, text: str) -> str:
    """The name as the article writes it out at its fullest: its initials spelled out, then its short words.

    >>> written_out_name("Lib Dems", "The Liberal Democrats met. The Lib Dems said so.")
    'Liberal Democrats'
    """
    return _written_out(_spelled_out(name, text), text)


_JOINERS_IN_NAMES = r"(?:of|for|and|&|the|on|in|de|du)"
_SHORT_NAME = re.compile(r"[A-Z][a-z]{2,5}")
_INITIALS = re.compile(r"[A-Z]{2,6}")


@lru_cache(maxsize=256)
def _initials_re(first: str, n: int) -> re.Pattern:
    """A run of ``n`` capitalised words, joining words allowed between them, matched at every start whose letter is
    ``first``: that letter (not after a word), then the rest of the run in a look-ahead (group 1), so that runs
    may overlap ("The National Highway …")."""
    words = rf"[\w'’&-]*(?:\s+(?:{_JOINERS_IN_NAMES}\s+)*[A-Z][\w'’&-]*)" + "{" + str(n - 1) + "}"
    return re.compile(rf"{re.escape(first)}(?<![\w'’-].)(?=({words}))")


@lru_cache(maxsize=256)
def _bracketed_re(name: str) -> re.Pattern:
    """The words of a name written before its short form in brackets: "Higher Education … England (Hefce)"."""
    return re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|&|the|on|in)\s+)*){2,8})\(" + re.escape(name) + r"\)")


def _spelled_out(name: str, text: str) -> str:
    """An organisation named by its initials, spelled out as the article gives it: "GM" -> "General Motors"
    when the article says "General Motors (GM)" or "General Motors" anywhere, "Hefce" -> "Higher Education
    Funding Council for England" when it writes that out (in brackets or anywhere); else the name as it is."""
    if not text:
        return name
    if not _INITIALS.fullmatch(name):  # "Hefce": its letters, from a name in brackets or a run of words
        brackets = _bracketed_re(name).search(text) if _SHORT_NAME.fullmatch(name) and f"({name})" in text else None
        words = brackets.group(1).split() if brackets else []
        while words and words[0] in ("The", "the"):
            words = words[1:]
        capitals = "".join(w[0] for w in words if w[:1].isupper())
        if capitals and capitals.lower() == name.lower():
            return " ".join(words)
        if not _SHORT_NAME.fullmatch(name):
            return name
    # (the run's first capital is the name's first letter, an ASCII capital: only runs that start with it are read)
    for m in _initials_re(name[0], len(name)).finditer(text):
        run = text[m.start():m.end(1)]
        capitals = [w[0] for w in run.split() if w[:1].isupper()]
        if "".join(capitals).lower() == name.lower():  # ("Hefce": "Higher Education Funding Council for England")
            return run
    return name


def _abbreviates(short: str, long: str) -> bool:
    """Whether a word is a short form of another: "St" of "Street", "Lib" of "Liberal", "Dems" of
    "Democrats", "Govt" of "Government" (its letters in order, from the same first letter)."""
    if short == long:
        return True
    if not (short[:1] == long[:1] and len(short) <= 5 and len(long) >= len(short) + 2 and long.isalpha()):
        return False
    rest = iter(long.lower())
    return all(ch in rest for ch in short.lower().rstrip("."))


@lru_cache(maxsize=512)
def _written_out_re(name: str) -> re.Pattern | None:
    """The longer forms a name with short words may have: "Lib Dems" -> "L… D…" with longer words."""
    words = name.split()
    if len(words) < 2 or not any(len(w) <= 5 for w in words):
        return None
    parts = [rf"{re.escape(w[0])}[a-z]{{{len(w) + 1},}}" if len(w) <= 5 and w[0].isalpha() else re.escape(w)
             for w in words]
    return re.compile(r"(?<![\w'’-])(" + r"\s+".join(parts) + r")(?![\w'’-])")


@lru_cache(maxsize=256)
def _longer_word_re(first: str, size: int) -> re.Pattern:
    """A word standing alone that starts with ``first`` and has at least ``size`` lower-case letters after it: what
    a short word of a name may be written out as in :func:`_written_out_re` (one pattern per letter and size)."""
    return re.compile(re.escape(first) + r"(?<![\w'’-].)[a-z]{" + str(size) + r",}(?![\w'’-])")


def _may_be_written_out(name: str, text: str) -> bool:
    """Whether the text holds, for every short word of the name, a longer word it may stand for: the pattern of
    :func:`_written_out_re`, compiled for each name, is only worth compiling then."""
    shorts = [w for w in name.split() if len(w) <= 5 and w[0].isalpha()]
    return bool(shorts) and all(
        any(_abbreviates(w, long) for long in set(_longer_word_re(w[0], len(w) + 1).findall(text))) for w in shorts)


def _written_out(name: str, text: str) -> str:
    """An organisation's name with short words, written out as the article writes it elsewhere:
    "Downing St" -> "Downing Street", "Lib Dems" -> "Liberal Democrats"; else the name as it is."""
    pattern = _written_out_re(name) if text and _may_be_written_out(name, text) else None
    for m in pattern.finditer(text) if pattern else ():
        found = m.group(1).split()
        if found != name.split() and all(map(_abbreviates, name.split(), found)):
            return m.group(1)
    return name
