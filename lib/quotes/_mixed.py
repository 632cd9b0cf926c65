"""A quotation that ends a reported clause: 'The former secretary of state will play the "woman card," Fiorina
said' reports the whole clause, not only the quoted words (which stay a quote of their own)."""
from __future__ import annotations

import re

from ..article import ArticleView
from ._patterns import _CONNECTIVE, _FINITE_OR_PAST, _PREPOSITIONS, _QUOTE_MARKS
from ._rows import _clean, _row

# narrator's words that end a clause before a quotation: nothing of the content comes before them
_LEAD_ENDS_CLAUSE = re.compile(r"[:,;(—–-]\s*$|^\s*$")
_SENTENCE_END_INSIDE = re.compile(r"[a-z][.!?](?:\s|$)")


def _content_after(rest: str) -> bool:
    """Whether the words after an attribution are content of its own (a that-clause or a clause with a verb up to
    the first comma) rather than when or where it was said ("on Monday in Des Moines")."""
    clause = re.sub(r"\([^()]*\)", "", rest).split(",", 1)[0].strip()  # (not an aside: "(a view echoed by …)")
    if not clause or _PREPOSITIONS.match(clause):
        return False
    return clause.split()[0] == "that" or bool(_FINITE_OR_PAST.search(clause))


def _mixed_reports(doc: ArticleView, marked: list[dict]) -> list[dict]:
    """'The former secretary of state will play the "woman card," Fiorina said': a quotation attributed after it
    that the narrator's words open is the end of a reported clause, which runs from the start of the sentence
    (after a connective) to the quotation's close; the speaker, words naming them and verb are the quotation's."""
    text, rows = doc.text, []
    for r in marked:
        if r["kind"] != "direct" or r["cue_start"] < r["end"]:
            continue
        s_start, s_end = doc.sentence_at(r["start"])
        connective = _CONNECTIVE.match(text, s_start)
        c_start = connective.end() if connective else s_start
        lead = text[c_start:r["start"]].rstrip("\"“«‘' ")
        if r["cue_start"] >= s_end or len(lead.split()) < 3 or _LEAD_ENDS_CLAUSE.search(lead) \
                or any(c in lead for c in _QUOTE_MARKS) or _SENTENCE_END_INSIDE.search(lead) \
                or doc.cues_in(c_start, r["start"]):
            continue  # (a reporting verb of its own in the lead: "Government guidance said e-mails … "…"")
        if _content_after(text[max(r["cue_end"], r["mention_end"]):s_end]):
            continue  # the verb has content of its own after it: '… "privatization of jobs," Sanders said private …'
        # the words to the comma that hands over to the attribution, with the closing mark: '… the "woman card"'
        comma = text.rfind(",", r["start"], r["cue_start"])
        c_end = comma if comma > r["start"] else r["end"]
        words = _clean(text, [(c_start, c_end)])
        mark = text[r["end"]:r["end"] + 1]
        if mark and mark in _QUOTE_MARKS and words[-1:] not in _QUOTE_MARKS:  # ('card,"' but '"stupid",')
            words += mark
        row = _row(c_start, c_end, words, "indirect", None, (r["cue_start"], r["cue_end"], r["cue"]), text)
        row.update({key: r[key] for key in ("speaker", "mention", "mention_start", "mention_end")})
        rows.append(row)
    return rows
