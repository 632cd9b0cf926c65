"""figures' own cheap sentence limits around a figure (no Punkt; for context only)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ._patterns import _SENT_BREAK


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Cheap sentence limits around [start, end) (no Punkt; for context only)."""
    lo = max(0, start - 400)
    left = lo
    for m in _SENT_BREAK.finditer(text, lo, start):
        left = m.end()
    m = _SENT_BREAK.search(text, end, min(len(text), end + 400))
    right = m.start() + (0 if text[m.start()] == "\n" else 1) if m else min(len(text), end + 400)
    return left, max(right, end)


_OPENERS = frozenset("\"“«'‘(")  # what may stand between a sentence break and its capital


def _sentence_index(text: str):
    """A function ``(start, end) -> _sentence_bounds(text, start, end)``, built once per text.

    :func:`_sentence_bounds` scans up to 400 characters on each side of
    every figure. Here the text is scanned once and each figure costs two
    binary searches. The scans of :func:`_sentence_bounds` stop at the
    figure (its start on the left, 400 characters after its end on the
    right), and a break then matches only where all it reads, its look-ahead
    at the next capital included, lies before that stop. A break can begin
    only at ``. ! ? …`` or a newline, and nothing a break consumes after its
    first character can begin another one, so the breaks of the windowed
    scans are exactly the breaks of the whole text that begin inside the
    window and read nothing past its end; the ends of what they read grow
    from one break to the next.
    """
    starts: list[int] = []
    ends: list[int] = []
    reads: list[int] = []  # where each break stops reading (its end plus its look-ahead)
    for m in _SENT_BREAK.finditer(text):
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        reads.append(e if text[s] == "\n" else e + (2 if text[e] in _OPENERS else 1))
    n = len(text)

    def bounds(start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - 400)
        i = bisect_right(reads, start) - 1
        left = ends[i] if i >= 0 and starts[i] >= lo else lo
        hi = min(n, end + 400)
        j = bisect_left(starts, end)
        if j < len(starts) and reads[j] <= hi:
            right = starts[j] + (0 if text[starts[j]] == "\n" else 1)
        else:
            right = hi
        return left, max(right, end)

    return bounds
