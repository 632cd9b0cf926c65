"""Attributions after their content: "CONTENT, said Batchelder." and one set off by commas inside it ("The plan,
said Mr Brown, would cost nothing"; "Instead, said Mr Doctorow, DRM systems were …"): where the content is."""
from __future__ import annotations

import re

from ..article import ArticleView
from ._content import _content_end, _indirect
from ._patterns import _FINITE, _FIRST_PERSON, _connective_word_re
from ._rows import _clean, _row


def _inverted_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str],
                     speaker: tuple[int, int, str | None]) -> dict | None:
    """"CONTENT, said Batchelder.": the sentence before the comma is the content of the speaker after the verb
    (unmarked when it speaks in the first person)."""
    text = doc.text
    pieces = _inverted_report_pieces(doc, sent, cue[0])
    if pieces is None:
        return None
    s_start, c_end = pieces
    kind = "unmarked" if _FIRST_PERSON.search(text[s_start:c_end]) else "indirect"
    return _row(s_start, c_end, _clean(text, [(s_start, c_end)]), kind, speaker, cue, text)


_COMMA_THEN_WORD = re.compile(r"\s*,\s+(?=[a-z])")
_COMMA_THEN_ANY = re.compile(r"\s*,\s+(?=\w)")  # (after a connective the content may open with a name)


def _inverted_report_pieces(doc: ArticleView, sent: tuple[int, int], cs: int) -> tuple[int, int] | None:
    """The content before an inverted attribution: the sentence up to the comma before the verb."""
    text, s_start = doc.text, sent[0]
    c_end = s_start + len(text[s_start:cs].rstrip(" ,"))
    if c_end <= s_start or doc.inside_marks(s_start) \
            or _connective_word_re().fullmatch(text, s_start, c_end):  # not "Then, says Mr Cox, …"
        return None
    return s_start, c_end


def _inverted_inside_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str],
                            speaker: tuple[int, int, str | None]) -> dict | None:
    """"The plan, said Mr Brown, would cost nothing": the content around an attribution set off by commas."""
    text, s_end = doc.text, sent[1]
    first = _inverted_report_pieces(doc, sent, cue[0])
    b_start = _content_resumes(text, speaker[1], s_end, first is None) or s_end
    b_end = _content_end(doc, b_start, s_end) if b_start < s_end else s_end
    if first is None:  # "But, says Nick Donofrio, …, it was not …": the content is the part after
        return _indirect(text, b_start, b_end, speaker, cue) if b_end > b_start else None
    pieces = [first, (b_start, b_end)] if b_end > b_start else [first]
    kind = "unmarked" if _FIRST_PERSON.search(text[first[0]:pieces[-1][1]]) else "indirect"
    return _row(first[0], pieces[-1][1], _clean(text, pieces), kind, speaker, cue, text)




def _content_resumes(text: str, speaker_end: int, s_end: int, first_any: bool = False) -> int | None:
    """Where the content goes on after an attribution set off by commas, past the speaker's apposition:
    ", said Kevin Hogan, senior manager at Symantec, was the waning …" -> "was"; None when only a
    description of the speaker follows (", said Jeffrey Richards, who added …"). ``first_any``: the content may
    open with a capital right after the speaker ("Instead, said Mr Doctorow, DRM systems were …")."""
    at = speaker_end
    for i in range(3):
        m = _COMMA_THEN_WORD.match(text, at) or (_COMMA_THEN_ANY.match(text, at) if i == 0 and first_any else None)
        if not m:
            return None
        nxt = text.find(",", m.end(), s_end)
        part = text[m.end():nxt if nxt > 0 else s_end]
        relative = re.match(r"(?:who|whose)\s", part)
        described = not _FINITE.search(part) and len(part.split()) <= 12 and nxt > 0 \
            and _COMMA_THEN_WORD.match(text, nxt)  # (the content goes on in lower case after it)
        if not (relative or described):
            return m.end()
        if nxt < 0:
            return None
        at = nxt
    return None
