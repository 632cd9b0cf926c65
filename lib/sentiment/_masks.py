"""Words masked before scoring: parts of multi-word names, and "like" where it is not the verb.

Both rules are about kinds of words, not fitted to rated sentences. Each
returns indices into a text's whitespace tokens; the scorers then do not look
those tokens up (:func:`_mask_text` for pattern, the ``masked`` indices of the
VADER port).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import data_lines
from ._normalize import _PUNCT

__all__ = ["name_tokens", "like_tokens", "LIKE_VERB_AFTER"]

#: Small words that may join the capitalised words of one name ("Bank of England").
_NAME_CONNECTORS = frozenset(data_lines("name_joiners.txt"))
_OPENERS = "\"'([“‘«"
_CLOSERS = ",.;:!?)]\"'”’»"

#: After these words "like" is the verb (rated +1.5 by VADER); elsewhere it
#: is read as the preposition or conjunction ("like France", "looks like").
LIKE_VERB_AFTER = frozenset(data_lines("like_verb_after.txt"))


def _is_cap(tok: str) -> bool:
    """Title case: an upper-case first letter (after opening quotes) and some lower case."""
    if tok[0] in _OPENERS:
        tok = tok.lstrip(_OPENERS)
        if not tok:
            return False
    return tok[0].isupper() and len(tok) > 1 and not tok.isupper()


def name_tokens(tokens: Sequence[str]) -> list[int]:
    """Indices of whitespace tokens that belong to a multi-word capitalised name.

    A name is a run of two or more capitalised tokens (title case), possibly
    joined by "of", "for", "and", "the" …, not broken by punctuation. Words
    such as "United", "Supreme", "Security" or "Great" are names there, not
    praise.

    >>> name_tokens("The United Nations Security Council met; it was great.".split())
    [0, 1, 2, 3, 4]
    >>> name_tokens("Bank of England staff".split())
    [0, 1, 2]
    """
    caps = [i for i, t in enumerate(tokens)
            if (t[0].isupper() and len(t) > 1 and not t.isupper()) or (t[0] in _OPENERS and _is_cap(t))]
    if len(caps) < 2:
        return []
    out: list[int] = []
    first = last = caps[0]
    count = 1
    for c in caps[1:]:
        # the name goes on if no punctuation closes the last capitalised word
        # and only connectors ("of", "and" …) stand between the two
        if tokens[last][-1] not in _CLOSERS and all(
                tokens[j].lower() in _NAME_CONNECTORS for j in range(last + 1, c)):
            last = c
            count += 1
            continue
        if count >= 2:
            out.extend(range(first, last + 1))
        first = last = c
        count = 1
    if count >= 2:
        out.extend(range(first, last + 1))
    return out


def like_tokens(tokens: Sequence[str]) -> list[int]:
    """Indices of whitespace tokens that are "like" but not the verb.

    "like" is the verb right after a subject pronoun, an auxiliary or modal
    (also "don't", "I'd", "we'll"), "to", or "not", "never", "really",
    "also", "still" (:data:`LIKE_VERB_AFTER`); everywhere else it is taken
    as the preposition or conjunction, which VADER should not rate.

    >>> like_tokens("Countries like France would like a deal, and we like it.".split())
    [1]
    >>> like_tokens("It looks like they don't like it.".split())
    [2]
    """
    out = []
    for i, tok in enumerate(tokens):
        if len(tok) >= 4 and tok.strip(_PUNCT).lower() == "like":
            prev = tokens[i - 1].lower().strip(_PUNCT) if i else ""
            if not (prev in LIKE_VERB_AFTER or prev.endswith(("n't", "'d", "'ll"))):
                out.append(i)
    return out


def _vader_masked(names: list[int], likes: list[int]) -> list[int]:
    """The token indices VADER skips: name parts and non-verb "like"s, sorted."""
    return sorted(set(names).union(likes)) if likes else names


def _mask_text(raw: list[str], masked: Sequence[int], text: str) -> str:
    """``text`` with its ``masked`` whitespace tokens replaced by "_" (no word for the pattern tokenizer)."""
    if not masked:
        return text
    raw = list(raw)
    for i in masked:
        raw[i] = "_"  # not a word for the pattern tokenizer
    return " ".join(raw)
