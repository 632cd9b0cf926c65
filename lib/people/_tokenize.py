"""Word tokens that may belong to a name, and runs of them ("Turkish President Recep Tayyip Erdogan").

A run is a stretch of capitalised tokens separated by single spaces (name
connectors such as "bin" or "van" allowed inside); :func:`_split_run` takes
the titles, roles and nationalities off its front.

>>> [[t[2] for t in r] for r in _runs("Then Turkish President Recep Tayyip Erdogan met Mr. King.")]
[['Then', 'Turkish', 'President', 'Recep', 'Tayyip', 'Erdogan'], ['Mr', 'King']]
>>> [t[2] for t in _split_run(_runs("Turkish President Recep Tayyip Erdogan")[0])[0]]
['Recep', 'Tayyip', 'Erdogan']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import DATE_WORDS, data_lines, demonyms, first_names, honorifics, role_groups, stopwords
from ._words import _connectors, _plural_role, _role_tails, _title_parts

#: A word token: (start, end, word).
Token = tuple[int, int, str]

_LETTERS = re.compile(r"[^\W\d_]+")


def _is_cap(tok: str) -> bool:
    """Whether a token is capitalised as a name is: "Blair", "O'Neill", "E" (not "UK", not "blair")."""
    return tok[:1].isupper() and not tok.isupper() or (tok.isupper() and len(tok) == 1)


@lru_cache(maxsize=1)
def _name_token_re() -> re.Pattern:
    """Word tokens that may be part of a name.

    A word token is a letter, then word characters, apostrophes, full stops
    and hyphens, ending in a word character (tests/test_properties.py
    checks this against the plain pattern for every word). It starts at the
    first letter of such a stretch and ends at its last word character, so
    one match per stretch finds it. Only stretches whose first letter is not
    an ASCII lower-case letter, or that start like a connector in any case
    ("de", "dA", "van"), are matched; the rest (most words) can never be in
    a name.

    The pattern begins with a character set, which the regex engine scans
    for quickly, and looks behind that first letter: the letter before it
    must not be a word character other than a digit or "_". A letter after
    digits, "_" or ' . - still needs the check of :func:`_tokens` ("x-Ray"
    holds no token, "3M" does).
    """
    by_first: dict[str, list[str]] = {}
    for c in sorted(_connectors(), key=lambda c: (-len(c), c)):
        by_first.setdefault(c[0], []).append(c[1:])
    lower = "".join(ch for ch in "abcdefghijklmnopqrstuvwxyz" if ch not in by_first)
    connector = "".join(f"|(?<={ch})(?i:{'|'.join(rests)})" for ch, rests in sorted(by_first.items()))
    return re.compile(r"[^\W\d_" + lower + r"](?<![^\W\d_].)(?:(?<=[^\W\d_a-z])" + connector + r")(?:[\w'’.-]*\w)?")


_WORD_PART = re.compile(r"[\w'’.-]")  # what may not stand before a name token's leading digits and marks


def _bare(tok: str, start: int, end: int) -> tuple[int, int, str]:
    """A token without a final possessive or full stop: (start, end, word)."""
    for suffix in ("'s", "’s"):
        if tok.endswith(suffix):
            tok, end = tok[:-2], end - 2
    while tok.endswith((".", "-", "'", "’")) and len(tok) > 1:
        tok, end = tok[:-1], end - 1
    return start, end, tok


def _tokens(text: str) -> list[Token]:
    """The tokens that may belong to a name (see :func:`_name_token_re`), as (start, end, word).

    :func:`_runs` needs no others, as any word between two tokens shows in the gap between them.
    """
    out = []
    for m in _name_token_re().finditer(text):
        s, e = m.span()
        if s and (text[s - 1] in "_'’.-" or text[s - 1].isdecimal()):
            # digits, "_" or ' . - before the letter: a token only when nothing of a word stands before them
            k = s - 1
            while k >= 0 and (text[k] in "_'’.-" or text[k].isdecimal()):
                k -= 1
            if k >= 0 and _WORD_PART.match(text, k):
                continue
        tok = m.group()
        # a token ends in a word character: only a final "'s" (and then a stop) can be cut
        out.append(_bare(tok, s, e) if tok[-1] == "s" else (s, e, tok))
    return out


def _runs(text: str) -> list[list[Token]]:
    """Runs of capitalised tokens separated by single spaces (connectors allowed)."""
    toks = _tokens(text)
    runs, cur = [], []
    for s, e, t in toks:
        gap = text[cur[-1][1]:s] if cur else ""
        # "Mr. King", "Sen. Amy Lake": a short title with a full stop joins the name, and so does a
        # middle initial after a first name: "Loretta E. Lynch", "Donald J. Trump"
        joined = cur and (gap in (" ", "\u00a0") or (gap == ". " and (
            (len(cur[-1][2]) <= 4 and cur[-1][2].lower() in honorifics())
            or (len(cur) >= 2 and len(cur[-1][2]) == 1 and cur[-1][2].isupper() and _is_cap(cur[-2][2])))))
        if _is_cap(t) or (cur and joined and t.lower() in _connectors()):
            if cur and not joined:
                runs.append(cur)
                cur = []
            cur.append((s, e, t))
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # a run never ends on a connector
    out = []
    for r in runs:
        while r and r[-1][2].lower() in _connectors():
            r = r[:-1]
        if r:
            out.append(r)
    return out


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Time words and prepositions that open a sentence before a name ("Earlier Conservative Graham Brady
    said", "Yesterday Graham Brady said"): lib/data/words_before_subject.txt."""
    return frozenset(data_lines("words_before_subject.txt"))


def _split_run(run: list[Token]) -> tuple[list, list[str]]:
    """Strip leading function words, nationality adjectives and role words from a run.

    Returns the name tokens and the stripped words (in order), e.g.
    "Turkish President Recep Tayyip Erdogan" -> (Recep Tayyip Erdogan, [Turkish, President]).
    """
    stop = stopwords()
    dem = demonyms()
    groups = role_groups()
    hon = honorifics()
    tails = _role_tails()
    parts = _title_parts()
    lead: list[str] = []
    i = 0
    while i < len(run):
        w = run[i][2]
        low = w.lower()
        if not lead and (low in _sentence_openers() or low in DATE_WORDS):
            i += 1  # a time word or preposition that opens the sentence: no part of the name, nor a role
            continue
        if low in stop or w in dem or low in groups or low in hon or low in parts or low in tails or low in DATE_WORDS \
                or low.endswith(("-born", "-based")) \
                or (_plural_role(low) and i + 1 < len(run) and run[i + 1][2] in first_names()):
            # "Tunisian-born Abdellatif Kechiche"; a plural role before a given name: "Judges Simon Cowell, …"
            # (but not "Advisors Goldman Sachs", "the Kings Own Scottish Borderers")
            lead.append(w)
            i += 1
        elif i + 1 < len(run) and (low + " " + run[i + 1][2].lower() in groups or w + " " + run[i + 1][2] in dem):
            lead.extend(t[2] for t in run[i:i + 2])
            i += 2
        else:
            break
    return run[i:], lead
