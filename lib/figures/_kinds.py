"""Numbers that are no quantity: names ("Channel 4"), ages ("aged 84"), clock times ("0700 GMT"),
odds ("8-1") and match scores ("2-1"). Each gets its own kind, which :func:`lib.figures.compare_figures`
never compares (see :data:`lib.figures.KINDS`)."""
from __future__ import annotations

from ._patterns import (
    _AGE_BEFORE,
    _AGE_OLD_AFTER,
    _AGE_PAIR_AFTER,
    _AT_HHMM_BEFORE,
    _CLOCK,
    _CLOCK_PARTS,
    _HALF_COMPOUND_AFTER,
    _HALF_PERIOD_BEFORE,
    _HHMM,
    _INNER_CAPITAL,
    _LOWER_WORDS,
    _MINUTE_AFTER,
    _MINUTE_LIST,
    _NAME_WORD_BEFORE,
    _NEXT_WORDS,
    _NUMBER_PAIR,
    _ODDS_AFTER,
    _ODDS_BEFORE,
    _OPENING_BEFORE,
    _PERCENT,
    _SCALE_WORD_AFTER,
    _SCORE_SENTENCE_BREAK,
    _SUFFIX_CURRENCY,
    _TIME_AFTER,
    _TIME_CUE_BEFORE,
    _TIME_PAIR_AFTER,
    _TIME_PAIR_BEFORE,
    _TIME_ZONE_AFTER,
)
from ._record import Figure
from ._vocabulary import MONTH_WORDS, NOT_NAME_WORDS, SCORE_WORDS, STOP

#: The kinds of numbers that are no quantity, and dates (a day of a month): never compared.
NOT_COMPARED_KINDS = ("name", "age", "time", "odds", "score", "date")

#: What :func:`_as_clock` returns for digits with a clock's form that are no valid time ("25:70"): no figure.
NOT_A_TIME = "not a time"


def _set(fig: Figure, kind: str, unit: str, end: int, value: float) -> Figure:
    """``fig`` as a figure of ``kind`` ending at ``end``, not a plain whole number any more."""
    fig.kind, fig.unit, fig.end, fig.value, fig.np = kind, unit, end, value, ""
    fig.p = fig.p._replace(end=end, plain_int=False)
    return fig


# --------------------------------------------------------------------------
# clock times


def _as_clock(text: str, fig: Figure) -> Figure | str | None:
    """A clock time: "10.30am", "3pm", "10:30", "0700 GMT", "between 2200 and 0700", "at 2315", "at 1330".

    The value is the hour of the day (0-24, minutes as a fraction: 10.30am -> 10.5), the unit
    "hour of day". Four digits are a time only after a word such as "at", "from", "between",
    "until" with an hour and minutes (00-23, 00-59), and only when they cannot be a year: a zone
    or "hrs" after them ("1200 GMT"), a leading zero ("0700"), more than 2100 ("2200"), or a time
    of that form at the other end of "between ... and ..."/"from ... to ..."; right after "at", an hour
    before 19 with minutes other than 00 ("at 1330"; "at 1900", "at 2004 prices" may be years) is
    enough. Returns the figure,
    :data:`NOT_A_TIME` for a clock's form that is no valid time, or None.
    """
    p, start = fig.p, fig.start
    if not p.digits or p.words:
        return None
    m = _CLOCK.match(text, start)
    if m:
        parts = _CLOCK_PARTS.match(text, start, m.end())
        h, mins = int(parts.group("h")), int(parts.group("m") or 0)
        ap = (parts.group("ap") or "").lower()[:1]
        if mins > 59 or h > 24 or (ap and not 1 <= h <= 12):
            return NOT_A_TIME
        if ap:
            h = h % 12 + (12 if ap == "p" else 0)
        return _set(fig, "time", "hour of day", m.end(), h + mins / 60)
    hm = _HHMM.match(text, start)
    if not hm or hm.end() != p.end:
        return None
    zone = _TIME_ZONE_AFTER.match(text, hm.end())
    cue = _TIME_CUE_BEFORE.search(text, max(0, start - 10), start)
    at = (_AT_HHMM_BEFORE.search(text, max(0, start - 4), start) and text[start + 2:start + 4] != "00"
          and text[start:start + 2] < "19")  # "at 1330"; not "at 1945", "at 2004 prices": years
    if not (zone or at or (cue and (_clock_like(text, start, hm.end()) or _clock_pair_after(text, hm.end())))
            or _clock_pair_before(text, start)):
        return None
    digits = hm.group()
    return _set(fig, "time", "hour of day", zone.end() if zone else hm.end(), int(digits[:2]) + int(digits[2:]) / 60)


def _clock_like(text: str, start: int, end: int) -> bool:
    """Four digits that cannot be a year: a leading zero, more than 2100, or a zone after them."""
    return text[start] == "0" or int(text[start:end]) > 2100 or bool(_TIME_ZONE_AFTER.match(text, end))


def _clock_pair_before(text: str, start: int) -> bool:
    """"from 0800 to 1800": a time that cannot be a year at the first end of a pair."""
    m = _TIME_PAIR_BEFORE.search(text, max(0, start - 20), start)
    return bool(m) and _clock_like(text, m.start("t"), m.end("t"))


def _clock_pair_after(text: str, end: int) -> bool:
    """"2000 to 0600": a time that cannot be a year at the other end of a pair."""
    j = _TIME_PAIR_AFTER.match(text, end)
    if not j:
        return False
    hm = _HHMM.match(text, j.end())
    return bool(hm) and _clock_like(text, hm.start(), hm.end())


# --------------------------------------------------------------------------
# odds and scores


def _as_pair(text: str, fig: Figure) -> Figure | None:
    """Odds ("odds of 8-1", "a 5-1 shot", "11/4 favourite") or a match score ("won 2-1", "a 1-1 draw").

    Two whole numbers of at most three digits joined by a hyphen, en dash (or, for odds, a
    slash). Odds need "odds" before them ("at odds of", "favourite at") or a word such as
    "shot", "favourite" after; their value is the first number over the second (8-1 -> 8.0,
    11/4 -> 2.75), the unit "odds". A score needs a word of a match in its sentence
    (:data:`SCORE_WORDS`: won, beat, draw, lead, half-time...) and no unit after it (a
    percent, a currency, a scale, a unit of time or a counted plural noun: "won 2-3 seats"
    stays a range); its value is the first number, the unit "score". Neither is a range.
    """
    p, start = fig.p, fig.start
    if not p.digits or p.words or (start and text[start - 1] in "$£€¥-–/"):
        return None
    m = _NUMBER_PAIR.match(text, start)
    if not m or p.end != m.start("sep"):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    if _ODDS_BEFORE.search(text, max(0, start - 30), start) or _ODDS_AFTER.match(text, m.end()):
        return _set(fig, "odds", "odds", m.end(), a / b) if b else None
    if m.group("sep") == "/" or _unit_after(text, m.end()) or not _score_sentence(text, start, m.end()):
        return None
    return _set(fig, "score", "score", m.end(), float(a))


def _unit_after(text: str, end: int) -> bool:
    """Whether a unit follows: a percent, a currency, a scale, a unit of time or a counted plural noun."""
    sm = _SUFFIX_CURRENCY.match(text, end)
    currency = sm and not (sm.group("code") and not sm.group("code").isupper())  # "2-0 win": no code
    return bool(currency or _PERCENT.match(text, end) or _TIME_AFTER.match(text, end)
                or _SCALE_WORD_AFTER.match(text, end) or counted_noun_after(text, end))


def counted_noun_after(text: str, end: int) -> bool:
    """Whether a lower-case plural noun follows, which the number counts: "2000 troops", "15 iPods" not."""
    nxt = _NEXT_WORDS.match(text, end)
    if not nxt or nxt.group(0)[0] == "-" or not nxt.group(1)[0].islower():
        return False
    w = nxt.group(1).lower()
    return w not in STOP and w.endswith("s") and not w.endswith(("ss", "'s", "’s"))


def _score_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``-``end`` has a word of a match (:data:`SCORE_WORDS`)."""
    left = text[max(0, start - 200):start]
    breaks = list(_SCORE_SENTENCE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    right = text[end:end + 200]
    b = _SCORE_SENTENCE_BREAK.search(right)
    if b:
        right = right[:b.start()]
    words = _LOWER_WORDS.findall((left + " " + right).lower())
    return any(w in SCORE_WORDS for w in words)


# --------------------------------------------------------------------------
# ages, names and halves


def _as_age(text: str, fig: Figure) -> bool:
    """An age: "aged 84", "at the age of 84", "aged between 16 and 18" (the first number; ranges join later),
    "16 and 17-year-olds" (the first of two ages).

    "84-year-old" and "84 years old" are read by :func:`age_after_years`.
    """
    if fig.p.ordinal or fig.p.fraction:
        return False
    if not _AGE_BEFORE.search(text, max(0, fig.start - 30), fig.start):
        if not _AGE_PAIR_AFTER.match(text, fig.end):
            return False
        fig.kind, fig.unit, fig.np = "age", "year", ""  # "for 16 and 17-year-olds": the first of two ages
        return True
    tm = _TIME_AFTER.match(text, fig.end)
    end = tm.end() if tm and tm.group("u").lower().startswith("year") else fig.end
    old = _AGE_OLD_AFTER.match(text, end)
    fig.kind, fig.unit, fig.np = "age", "year", ""
    fig.end = old.end() if old else end
    return True


def age_after_years(text: str, fig: Figure, years_end: int) -> bool:
    """"84-year-old", "an 84-year old", "84 years old": an age, read after the unit "year" at ``years_end``."""
    old = _AGE_OLD_AFTER.match(text, years_end)
    if not old:
        return False
    fig.kind, fig.unit, fig.end, fig.np = "age", "year", old.end(), ""
    return True


def _as_name(text: str, fig: Figure) -> bool:
    """A number that ends a name: "Channel 4", "Halo 2", "FTSE 100", "Section 404", "Chapter 11 bankruptcy".

    A bare whole number in digits (no scale, unit, currency or percent) right after a
    capitalised or CamelCase word, one space between. Not a name: after a word of
    :data:`NOT_NAME_WORDS` ("About 200", "In 2004", "Only 5"), a function word or a month; with a
    counted plural noun after it ("Section 404 firms", unless the word has a capital inside:
    "PlayStation 2 consoles"); a year (1000-2100) unless the word has
    a capital inside ("PlayStation 2000"). The unit is "", the subject the word. A player's name
    and a minute of play in a match report ("Cole (Johnson 81)") is a time (:func:`_is_match_minute`).
    """
    p = fig.p
    if not (p.digits and not p.words and p.plain_int and fig.scale == 1.0 and not fig.currency
            and not p.fraction and not p.decade and fig.value >= 0 and fig.end == p.end):
        return False
    m = _NAME_WORD_BEFORE.search(text, max(0, fig.start - 30), fig.start)
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if low in NOT_NAME_WORDS or low in STOP or low.rstrip(".") in MONTH_WORDS:
        return False
    if 1000 <= fig.value <= 2100 and not _INNER_CAPITAL.match(word):
        return False
    if (counted_noun_after(text, fig.end) and not _INNER_CAPITAL.search(word)) \
            or text[fig.end:fig.end + 1] in ("-", "–") or text[fig.end:fig.end + 1].isalpha():
        return False  # "Section 404 firms", "Chelsea 2-1", "World 100m"; but "PlayStation 2 consoles"
    if _is_match_minute(text, m.start(), fig):
        fig.kind, fig.unit, fig.np = "time", "minute of play", ""
        return True
    if len(word) == 1 and _OPENING_BEFORE.search(text[max(0, m.start() - 3):m.start()] or "\n"):
        return False  # "A 300" at the start of a sentence
    fig.kind, fig.unit, fig.np = "name", "", word
    return True


def _is_match_minute(text: str, word_start: int, fig: Figure) -> bool:
    """A minute of play after a player's name in a match report: "Cole (Johnson 81)", "Drogba 107, Kezman 112."

    The number (at most 130) is followed by "," "." ";" or ")" (after "pen" or "og" too), and the name
    is in brackets or in a list with another name and minute within 60 characters.
    """
    if fig.value > 130 or not _MINUTE_AFTER.match(text, fig.end):
        return False
    if text[word_start - 1:word_start] == "(":
        return True
    around = [m.start() for m in _MINUTE_LIST.finditer(text, max(0, word_start - 60), fig.end + 60)]
    return any(s != word_start for s in around)


def _is_period_half(text: str, fig: Figure) -> bool:
    """"half" in "the second half", "first half of the year", "half-time": a period, not 0.5."""
    if text[fig.start:fig.end].lower() != "half":
        return False
    return bool(_HALF_PERIOD_BEFORE.search(text, max(0, fig.start - 10), fig.start)
                or _HALF_COMPOUND_AFTER.match(text, fig.end))
