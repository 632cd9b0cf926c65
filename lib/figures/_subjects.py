"""What a figure says in its sentence: its qualifier, its subject and its period."""
from __future__ import annotations

import re

from ._kinds import NOT_COMPARED_KINDS
from ._patterns import (
    _AMOUNT_SEPARATOR,
    _CHANGE_AFTER_LEVEL,
    _IN_ON_FOR_AFTER,
    _IN_TOTAL_AFTER,
    _IN_YEAR_COMMA_OPENING,
    _IN_YEAR_OPENING,
    _MORE_WORDS,
    _PARTICIPLE_IN_BEFORE,
    _PERIOD,
    _PERIOD_LC,
    _PREP_AFTER,
    _Q_NAMES,
    _QUALIFIER_LEFT,
    _QUALIFIER_LEFT_LC,
    _RIGHT_QUAL,
    _SEMICOLON,
    _TARGET_RIGHT,
    _TARGET_VERB,
    _TARGET_VERB_LC,
    _VERB_BEFORE_AMOUNT,
    _WORD_2PLUS,
    _YEAR_REST_CUT,
)
from ._phrases import _clean_np, _fig_clause, _is_generic, _left_np, _np_after, _unit_noun, _verb_subject
from ._record import Figure
from ._regex import _last_words_start, _search_ci
from ._vocabulary import MONTH_WORDS, NOT_HEADS, SCOPE_WORDS, STOP, VERB_SUBJECTS

#: words right before an amount that VERB_SUBJECTS knows but that give no subject there
#: (they are nouns as often as verbs: "trade", "cost")
_AMOUNT_NOUNS = ("trade", "investment", "investments", "budget", "cost", "costs")


def _qualify(text: str, fig: Figure, sent_start: int, sent_end: int) -> str:
    left_q = text[max(sent_start, fig.start - 32):fig.start]
    right = text[fig.end:min(sent_end, fig.end + 50)]
    qm = _search_ci(_QUALIFIER_LEFT, _QUALIFIER_LEFT_LC, left_q)
    if qm:
        q = _Q_NAMES[qm.lastgroup]
        if not (q in ("up", "down") and fig.kind not in ("percent", "money", "count", "rate", "measure")):
            return q
    clause = _fig_clause(text, fig, sent_start)
    # a target verb phrase spans at most 9 words (see _TARGET_VERB): search only the last 9
    if _search_ci(_TARGET_VERB, _TARGET_VERB_LC, clause, _last_words_start(clause, 9)):
        return "target"
    if _TARGET_RIGHT.match(right) and fig.kind in ("money", "count", "percent"):
        return "target"
    rq = _RIGHT_QUAL.match(right)
    if rq:
        w = rq.group(0).lower()
        if _MORE_WORDS.search(w):
            return ">"
        if " so" in w:
            return "~"
        return "<"
    return "="


_PAST_VERB = re.compile(r"[a-z]+(?<![e])ed")  # "died", "jumped", "caused" (but "seed", "speed": nouns)


def measure_phrase(subject: str) -> str:
    """A subject as the measure it names: never a verb. A lone past-tense verb ("died", "jumped",
    "fined") names no measure (""); one that opens a noun phrase is dropped ("caused damage" ->
    "damage"), unless it is a scope word that qualifies it ("expected profits", "reported revenues").

    >>> measure_phrase("died"), measure_phrase("caused damage"), measure_phrase("expected profits")
    ('', 'damage', 'expected profits')
    """
    words = subject.split()
    if not words or not _PAST_VERB.fullmatch(words[0]) or words[0] in SCOPE_WORDS or words[0] == "hundred":
        return subject
    rest = words[1:]
    if rest and rest[0] in ("of", "to", "by", "in", "on", "at", "with", "for", "as"):
        return ""  # "accused of overseeing", "suspected of wrongly using": a verb phrase, no measure
    return " ".join(rest)


def _subject(text: str, fig: Figure, sent_start: int, sent_end: int, prev: Figure | None) -> str:
    kind = fig.kind
    sentence = text[sent_start:sent_end]
    if kind == "year":
        left = text[max(sent_start, fig.start - 40):fig.start]
        m = _PARTICIPLE_IN_BEFORE.search(left)
        if m and m.group(1) not in STOP:
            return m.group(1)
        # "In 1990, Norway was the first nation to recognise the country's independence."
        if not _IN_YEAR_OPENING.match(text[sent_start:fig.start]):
            return ""
        rest = text[fig.end:sent_end]
        rest = _YEAR_REST_CUT.split(rest)[0] if rest else ""
        words = [w.lower() for w in _WORD_2PLUS.findall(rest)]
        content = [w for w in words if w not in STOP and len(w) > 3 and w not in MONTH_WORDS]
        return content[-1] if content else ""
    if kind in NOT_COMPARED_KINDS:
        return fig.np or ""  # "Channel 4": the name's word; ages, times, odds, scores: none
    if fig.event:
        return ""  # "the 100m final": an event's name, nothing measured to compare
    if kind in ("ordinal", "rank", "duration"):
        return fig.unit if kind != "duration" else (_unit_noun(fig.np) if fig.np else "")
    # money, percent, count
    limit = sent_end
    after = text[fig.end:limit]
    np_right = ""
    if kind in ("money", "percent"):
        m = _PREP_AFTER.match(after)
        if m:
            np_right, _ = _np_after(text, fig.end + m.end() - 1, limit, 4)
        else:
            np_right, _ = _np_after(text, fig.end, limit, 4)
        np_right = _clean_np(np_right)
        if np_right and kind == "percent" and _IN_ON_FOR_AFTER.match(after):
            np_right = ""  # "33% in the year": the year is not the subject
    elif kind == "count":
        np_right = ""
    if np_right and np_right.split()[-1] in ("target", "goal", "aim"):
        np_right = ""
    if np_right and not _is_generic(np_right):
        return np_right
    clause = _fig_clause(text, fig, sent_start)
    if kind == "money":  # "nations spend more than $300bn": the verb says what is measured
        vm = _VERB_BEFORE_AMOUNT.search(clause)
        if vm and vm.group(1) in VERB_SUBJECTS and vm.group(1) not in _AMOUNT_NOUNS:
            return VERB_SUBJECTS[vm.group(1)]
    # a count with a counted noun takes no subject from the left (so _left_np is not needed)
    np_left = _left_np(clause) if clause.strip() and not (kind == "count" and fig.unit) else ""
    if np_left and (np_left.split()[-1] in NOT_HEADS or np_left.split()[-1].endswith("ly")):
        np_left = ""
    if np_left and not _is_generic(np_left):
        if _IN_TOTAL_AFTER.match(after) and not np_left.startswith("total"):
            np_left = "total " + np_left  # "investments exceeding $5 billion in total"
        return np_left
    if prev is not None and prev.subject and prev.kind in ("money", "percent") and (
            (kind == "percent" and _CHANGE_AFTER_LEVEL.fullmatch(text[prev.end:fig.start]))
            or (kind == prev.kind and _AMOUNT_SEPARATOR.fullmatch(text[prev.end:fig.start]))):
        return prev.subject  # "up 33%" after a figure; "$300bn (£158.8bn; 230.9bn euros)"
    verb = _verb_subject(text[sent_start:fig.start]) or _verb_subject(sentence)
    if verb and (kind != "count" or verb in ("death toll", "injured")):
        return verb
    if kind == "count":
        return _unit_noun(fig.np) if fig.np else fig.unit  # the counted phrase: "garment worker"
    return np_right or np_left


def _period(text: str, fig: Figure, sent_start: int, sent_end: int) -> int | None:
    if fig.kind == "year":
        return None
    right = text[fig.end:min(sent_end, fig.end + 45)]
    m = _search_ci(_PERIOD, _PERIOD_LC, right)
    if m and not _SEMICOLON.search(right[:m.start()]):
        return int(m.group(1))
    left = text[sent_start:fig.start]
    m = _IN_YEAR_COMMA_OPENING.match(left)
    if m:
        return int(m.group(1))
    return None
