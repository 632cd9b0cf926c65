"""Building regexes and searching with them fast: tries of words, lower-case twins, tail searches."""
from __future__ import annotations

import re


def _trie_regex(words: list[str]) -> str:
    """A regex alternation built as a trie (much faster than a flat list of words)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if optional else body

    return build(trie)


def _word_candidates_regex(words: list[str], folds: str, a_ahead: str) -> str:
    """A pattern for the character before a word that begins like a word of ``words`` or is "a"/"an" before one.

    It begins with a character set, and each first letter is a character
    class (with its case variants), so the regex engine checks it quickly.
    ``folds`` are the non-ASCII letters that match an ASCII letter when case
    is ignored; ``a_ahead`` is what must follow "a"/"an" (a look-ahead).
    """
    by_first: dict[str, list[str]] = {"a": []}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    firsts = ""
    for ch, rests in sorted(by_first.items()):
        cls = ch + ch.upper() + "".join(x for x in folds if re.fullmatch(ch, x, re.I))
        firsts += cls
        rest = ([_trie_regex(rests)] if rests else []) + ([r"n?[ \t]+" + a_ahead] if ch == "a" else [])
        rest = [r for r in rest if r]
        alts.append("[" + cls + "]" + ("(?i:" + "|".join(rest) + ")" if rest else ""))
    return r"[^\w'’\-](?=[" + firsts + "])(?=" + "|".join(alts) + ")"


def _lower_twin(rx: re.Pattern) -> re.Pattern:
    """``rx`` (compiled with re.I) without re.I, to run on ``s.lower()`` for an ASCII string ``s``.

    On ASCII text, ignoring case is the same as lower-casing the text first,
    so the matches and their spans are the same (group texts come back in
    lower case); the regex engine is much faster without re.I because it can
    reject most alternatives on their first letter. Only for patterns with
    no upper-case letter outside escapes and group names.
    """
    bare = re.sub(r"\\.|\(\?P<\w+>", "", rx.pattern)
    if not rx.flags & re.I or re.search(r"[A-Z]|\(\?-", bare):
        raise ValueError(f"no lower-case twin for {rx.pattern!r}")
    return re.compile(rx.pattern, rx.flags & ~re.I)


def _search_ci(rx: re.Pattern, twin: re.Pattern, s: str, pos: int = 0) -> re.Match | None:
    """``rx.search(s, pos)``, through its :func:`_lower_twin` when ``s`` is ASCII (same span and groups, lower case)."""
    return twin.search(s.lower(), pos) if s.isascii() else rx.search(s, pos)


def _last_words_start(s: str, k: int) -> int:
    """Where the last ``k`` words of ``s`` (runs of non-space characters) begin; 0 if it has at most ``k``.

    A match that holds no white space other than spaces and tabs and
    touches at most ``k`` words starts there or later.
    """
    parts = s.rsplit(None, k)
    if len(parts) <= k:
        return 0
    rest = s[len(parts[0]):]
    return len(s) - len(rest.lstrip())


def _search_tail(rx: re.Pattern, s: str, chars: str) -> re.Match | None:
    """``rx.search(s)`` for a pattern that ends with ``$`` and consumes only characters in ``chars``.

    Such a match lies inside the run of ``chars`` at the end of ``s``, so
    the search starts there instead of at every character of ``s`` (the
    lookbehinds still see the text before it). Only a newline at the very
    end, where ``$`` also matches, needs the full search.
    """
    if s.endswith("\n"):
        return rx.search(s)
    return rx.search(s, len(s.rstrip(chars)))
