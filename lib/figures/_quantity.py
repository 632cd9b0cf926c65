"""Reading one quantity at a position: its number, sign, currency, scale, unit and kind."""
from __future__ import annotations

import math
import re

from ..numbers import (
    ABBREVIATED_SCALES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    ISO_CODES,
    SCALES,
    SUBUNIT_FACTORS,
    SUBUNITS,
    Parsed,
    currency_code,
    parse_number,
)
from ._kinds import (
    NOT_A_TIME,
    _as_age,
    _as_clock,
    _as_name,
    _as_pair,
    _is_period_half,
    age_after_years,
    counted_noun_after,
)
from ._patterns import (
    _ABBR,
    _CAPITAL_COUNTED,
    _CENTS_END,
    _CENTS_NUMBER,
    _D_OR_G_NAME,
    _DAY_YEAR_AFTER,
    _GLUED_METRE,
    _GLUED_UNIT,
    _LAST_WORD,
    _LETTERS_DOT_SPACE,
    _MONTH_BEFORE,
    _NEG_WORD,
    _NEXT_WORDS,
    _ONE_AS_PRONOUN_AFTER,
    _ONE_END,
    _ONE_OF_PLURAL,
    _OPENING_BEFORE,
    _ORDINAL_OR_PLURAL_SUFFIX,
    _PENCE_P,
    _PERCENT,
    _POUND_WEIGHT_AFTER,
    _POWER,
    _PREFIX,
    _PUNCT_AHEAD,
    _READ_OF_MONTH,
    _SCALE_WORD_AFTER,
    _SECOND_AS_TIME_AFTER,
    _SLASH_FRACTION,
    _SLASH_OR_DOT_DIGIT,
    _SPACE_OR_TAB,
    _SUFFIX_CURRENCY,
    _SUPERLATIVE,
    _SUPERSCRIPTS,
    _TIME_AFTER,
    _TIMES_COMPARED,
    _UNICODE_FRACTIONS,
    _WORD_BEFORE,
    _WORD_DOT_SPACE_END,
    _YEAR_CUE,
    _YEAR_CUE_LC,
)
from ._phrases import _np_after, _singular, _unit_noun
from ._record import Figure
from ._regex import _search_ci, _search_tail
from ._units import counted_unit, measure_after, rate_after, unit_name
from ._vocabulary import CODE_WORDS, IRREGULAR, MONTH_WORDS, SAFE_LOWER_CODES, STOP, TIME_UNITS, word_set


def _power(text: str, p: Parsed) -> Parsed:
    """Apply a power written after the digits: "1.1^23", "2.5^-1", "1.3x10^6", "2.48×10−5"."""
    m = _POWER.match(text, p.end)
    if not m:
        return p
    try:
        if m.group("e1"):
            sign = -1 if (m.group("s1").count("-") + m.group("s1").count("−")) % 2 else 1
            value = p.value ** (sign * float(m.group("e1")))
        else:
            exp = (m.group("s2") or "") + (m.group("e2") or "") if m.group("e2") else \
                (m.group("s3") + m.group("e3") if m.group("e3") else m.group("sup").translate(_SUPERSCRIPTS))
            value = p.value * 10.0 ** int(exp.replace("−", "-"))
    except (OverflowError, ValueError, ZeroDivisionError):
        return p
    if not math.isfinite(value):
        return p
    return p._replace(value=value, end=m.end(), plain_int=False)


def _cents_after(text: str, end: int, need_and: bool) -> tuple[float, int] | None:
    """Cents after an amount in whole units: "15 dollars 50", "one dollar and one", "3 dollars 50 cents".

    The number must be a whole number below 100 standing alone (followed by
    punctuation, the end, "and" or the word "cents"), so that "15 dollars
    and 50 people" keeps its 50 people. Returns (cents, end) or None.
    """
    m = _CENTS_NUMBER.match(text, end)
    if not m or (need_and and not m.group("and")):
        return None
    cp = parse_number(text, m.end())
    if cp is None or cp.ordinal or cp.fraction or cp.decade or not (0 < cp.value < 100) or cp.value != int(cp.value):
        return None
    if cp.digits and not cp.plain_int:
        return None
    tail = _CENTS_END.match(text, cp.end)
    if not tail:
        return None
    return cp.value, (tail.end() if tail.group("word") else cp.end)


def _read(text: str, m_start: int, lo: int = 0) -> Figure | None:
    """The figure whose number starts at ``m_start`` (a match of ``_START``), or None if it is none.

    A chain of stages on one :class:`Figure`: parse the number
    (:func:`_parse_number_at`); read clock times, odds and scores
    (:func:`lib.figures._kinds._as_clock`, :func:`lib.figures._kinds._as_pair`);
    drop numbers that are not figures (names in words, dates, "one" as a
    pronoun, the "half" of "second half") and read slash fractions
    (:func:`_not_a_figure`); take a sign (:func:`_take_sign`), a currency
    before the number (:func:`_currency_before`, which does not look before
    ``lo``), an abbreviated scale (:func:`_abbreviated_scale`), a currency or
    cents after it (:func:`_currency_after`) and cents after a prefixed amount;
    then say what kind of figure it is (:func:`_classify`).
    """
    p = _parse_number_at(text, m_start)
    if p is None or p.end == m_start:
        return None
    fig = Figure(start=m_start, end=p.end, value=p.value, p=p, scale=p.scaled)
    special = _as_clock(text, fig) or _as_pair(text, fig)
    if special:
        return None if special is NOT_A_TIME else special
    if _as_day(text, fig):
        return fig
    if _not_a_figure(text, fig):
        return None
    _take_sign(text, fig)
    _currency_before(text, fig, lo)
    _abbreviated_scale(text, fig)
    if not fig.currency and not fig.p.ordinal:
        _currency_after(text, fig)
    if fig.prefix and fig.scale == 1.0 and fig.p.scaled == 1.0 and fig.value == int(fig.value) and not fig.p.fraction:
        _add_cents(text, fig, need_and=True)  # "$ 100 and fifty": a dollar amount and its cents
    return _classify(text, fig)


# --------------------------------------------------------------------------
# the number


def _parse_number_at(text: str, m_start: int) -> Parsed | None:
    """The number at ``m_start``: a vulgar fraction, or :func:`lib.numbers.parse_number` with a power after it."""
    ch = text[m_start]
    if ch in _UNICODE_FRACTIONS:
        if m_start > 0 and text[m_start - 1].isdigit():
            return None
        return Parsed(_UNICODE_FRACTIONS[ch], m_start + 1, fraction=True, digits=True)
    if m_start and text[m_start - 1].isalpha():
        # digits glued to letters only after a currency code: "USD115", not "A380"
        c = text[m_start - 3:m_start]
        if not (c in ISO_CODES and c not in CODE_WORDS and not text[m_start - 4:m_start - 3].isalpha()):
            return None
    p = parse_number(text, m_start)
    if p is not None and p.digits and not p.words and not p.ordinal and not p.decade:
        p = _power(text, p)
    return p


def _not_a_figure(text: str, fig: Figure) -> bool:
    """Whether the number is no figure: a name in words, a date, "one" as a pronoun, "a second", "second half".

    A slash fraction ("3/4", "2 1/4") is read here, as it decides whether digits with a slash are a date.
    """
    return (_is_name_in_words(text, fig) or _is_date(text, fig) or not _read_slash_fraction(text, fig)
            or _is_pronoun(text, fig) or _is_period_half(text, fig))


def _is_name_in_words(text: str, fig: Figure) -> bool:
    """Written-out numbers that are names ("Formula One", "Channel Four"); clock times are read by _as_clock."""
    p, start = fig.p, fig.start
    if p.words and not p.digits and text[start:start + 1].isupper():
        before = text[max(0, start - 3):start]
        if before.strip() and not _OPENING_BEFORE.search(before):
            return True
    return False


def _is_date(text: str, fig: Figure) -> bool:
    """Digits that are a day of a month: "the 4th of May", "May 4th", "16 March"."""
    p, start, end = fig.p, fig.start, fig.end
    if not p.digits or p.words:
        return False
    nxt = _NEXT_WORDS.match(text, end)
    prv = _search_tail(_WORD_DOT_SPACE_END, text[max(0, start - 12):start], _LETTERS_DOT_SPACE)
    return bool((nxt and nxt.group(1).lower().rstrip(".") in MONTH_WORDS and p.value <= 31
                 and not nxt.group(0).startswith("-"))
                or (prv and prv.group(1).lower() in MONTH_WORDS and (p.ordinal or p.value <= 31) and not p.decade)
                or _READ_OF_MONTH.match(text[end:end + 14]))


def _as_day(text: str, fig: Figure) -> bool:
    """A day of a month, read as one figure of kind date: "16 March", "May 4th", "the 4th of May",
    "3 May 2004". The month must be written with a capital. The value is the year when one follows
    ("3 May 2004" -> 2004), else the day (16); the unit "date". Dates are never compared."""
    if not _is_date(text, fig):
        return False
    p, start, end = fig.p, fig.start, fig.end
    nxt = _NEXT_WORDS.match(text, end)
    of = _READ_OF_MONTH.match(text, end)
    if of:
        end = of.end()
    elif nxt and nxt.group(1).rstrip(".").lower() in MONTH_WORDS and not nxt.group(0).startswith("-"):
        if not nxt.group(1)[0].isupper():
            return False
        end = nxt.end()
    else:
        prv = _search_tail(_WORD_DOT_SPACE_END, text[max(0, start - 12):start], _LETTERS_DOT_SPACE)
        if not prv.group(1)[0].isupper():
            return False
        start = max(0, start - 12) + prv.start()
    y = _DAY_YEAR_AFTER.match(text, end)
    value = float(y.group(1)) if y else p.value
    fig.start, fig.end, fig.value = start, (y.end() if y else end), value
    fig.kind, fig.unit, fig.np = "date", "date", ""
    fig.p = p._replace(end=fig.end, plain_int=False)
    return True


def _read_slash_fraction(text: str, fig: Figure) -> bool:
    """Read fractions: "3/4", "2 1/4"; False for dates and phone-like runs: 5/17/2018, 192.168.1.2, x/0."""
    p, start, end = fig.p, fig.start, fig.end
    if not p.digits or p.words:
        return True
    fm = _SLASH_FRACTION.match(text, start)
    if fm and not p.ordinal and not fm.group("whole") or (fm and fm.group("whole") and fm.end() > end):
        num, den = float(fm.group("num")), float(fm.group("den"))
        if not den:
            return False
        whole = float(fm.group("whole")) if fm.group("whole") else 0.0
        fig.p = p._replace(value=whole + num / den, end=fm.end(), fraction=True, plain_int=False)
        fig.end, fig.value = fm.end(), fig.p.value
        return True
    return not (_SLASH_OR_DOT_DIGIT.match(text[end:end + 2]) or (start > 0 and text[start - 1] == "/"))


#: Words after which "one" at the end of a clause is still a number ("from two to one.", "only one.").
_ONE_NUMBER_AFTER = word_set("figure_one_number_words.txt")
#: Nouns of a sequence: "round one", "day 2" are positions (lib/data/figure_sequence_nouns.txt).
SEQUENCE_NOUNS = word_set("figure_sequence_nouns.txt")
_ONE_AFTER_WORDS = ("the", "this", "that", "which", "no", "any", "every", "each", "some", "another", "little", "only",
                    "favourite", "favorite", "new", "old", "last", "right", "wrong")


def _is_pronoun(text: str, fig: Figure) -> bool:
    """"one" as a pronoun ("one of the", "the one", "one-on-one") and "second" as time ("in a second.")."""
    start, end = fig.start, fig.end
    word = text[start:end].lower()
    if word == "one":
        prev = _LAST_WORD.search(text[max(0, start - 15):start])
        if _one_of_plural(text, end):
            return False  # "one of the best players": a count of one player
        if _ONE_END.match(text, end) and not (prev and prev.group(1).lower() in _ONE_NUMBER_AFTER):
            return True  # "the chance to have one.", "one after another"
        if _ONE_AS_PRONOUN_AFTER.match(text[end:end + 12]) \
                or (prev and prev.group(1).lower() in ("is", "are", "was", "were", "be")
                    and _PUNCT_AHEAD.match(text[end:end + 3])) \
                or (prev and prev.group(1).lower() in _ONE_AFTER_WORDS):
            return True
    return bool(fig.p.ordinal and word in ("second",) and _SECOND_AS_TIME_AFTER.match(text[end:end + 3]))


def _one_of_plural(text: str, end: int) -> str:
    """The plural noun phrase after "one of the" ("one of the best players" -> "best players"), or ""."""
    m = _ONE_OF_PLURAL.match(text, end)
    if not m:
        return ""
    np, _ = _np_after(text, m.end() - 1, min(len(text), m.end() + 60), 3, plural_stop=True)
    if not np:
        cap = _CAPITAL_COUNTED.match(text, m.end() - 1)  # "one of the few Blair-era ministers"
        np = cap.group("n").lower() if cap and cap.group("n")[0].islower() else ""
    return np if np and _singular(np.split()[-1]) != np.split()[-1] else ""


def _take_sign(text: str, fig: Figure) -> None:
    """A negative sign before the number: "-15", "minus five", "negative one"."""
    start = fig.start
    nw = _NEG_WORD.search(text, max(0, start - 10), start)
    if nw:
        fig.start = nw.start()
        fig.value = -fig.value
    elif start > 0 and text[start - 1] in "-−" and fig.p.digits and (start < 2 or text[start - 2] in " \t\n(\u00a0$€£"):
        if start < 2 or text[start - 2] in "$€£" or not text[start - 2:start - 1].isalnum():
            fig.start = start - 1
            fig.value = -fig.value


# --------------------------------------------------------------------------
# currency and scale


def _code_currency(c: str) -> str | None:
    """The currency of a three-letter code written next to a number ("USD", "usd", "rmb"), or None."""
    if (c.isupper() and c in ISO_CODES and c not in CODE_WORDS) or c.lower() in SAFE_LOWER_CODES:
        return "CNY" if c.lower() == "rmb" else c.upper()
    return None


def _currency_before(text: str, fig: Figure, lo: int) -> None:
    """A currency symbol or code right before digits: "$6.3", "USD 10", "MAUD 60" (millions), "-$5"."""
    if not fig.p.digits:
        return
    start = fig.start
    pm = _PREFIX.search(text, max(lo, start - 12), start)
    if not pm or pm.end() != start:
        return
    code = None
    if pm.group("mcode") and pm.group("mcode")[1:] in ISO_CODES:  # "MAUD 60": millions
        code = pm.group("mcode")[1:]
        fig.value *= 1e6
        fig.scale = 1e6
    elif pm.group("code"):
        code = _code_currency(pm.group("code"))
    elif pm.group("sym"):
        sym = _SPACE_OR_TAB.sub("", pm.group("sym").lower())
        code = CURRENCY_SYMBOLS.get(sym) or CURRENCY_SYMBOLS.get(pm.group("sym").lower().strip())
        if code is None and sym.endswith("$"):
            code = "USD"
    if code:
        fig.currency = code
        fig.start = pm.start()
        if pm.group("neg"):
            fig.value = -fig.value
        fig.prefix = "code" if pm.group("code") or pm.group("mcode") else "symbol"
    # "($99.99)" accounting negatives are left as positive numbers on purpose: rare in news


def _abbreviated_scale(text: str, fig: Figure) -> None:
    """An abbreviated scale glued or spaced: £300m, €1.2bn, 10k, $2.174T."""
    p = fig.p
    am = _ABBR.match(text, fig.end)
    if not (am and p.digits and not p.ordinal and not p.decade and p.scaled == 1.0):
        return
    suf = am.group("glued") or am.group("spaced")
    low = suf.lower()
    ambiguous = low in ("m", "t", "g") and am.group("glued")
    if ambiguous and low == "m" and not fig.currency and _million_after(text, am.end()):
        ambiguous = False  # "1.47m yuan", "5m people": a million before a currency or a counted noun
    if (not ambiguous or fig.currency or (suf.isupper() and low != "g")) and not (low == "g" and not suf.isupper()):
        fig.value *= ABBREVIATED_SCALES[low]
        fig.scale = ABBREVIATED_SCALES[low]
        fig.end = am.end()


def _million_after(text: str, end: int) -> bool:
    """Whether a glued "m" ending at ``end`` is a million: a currency name or a counted noun follows
    ("1.47m yuan", "5m people", "1.6m Muslims"); else it is a metre ("the 5,000m")."""
    sm = _SUFFIX_CURRENCY.match(text, end)
    if sm and sm.group("name"):
        return True
    nxt = _NEXT_WORDS.match(text, end)
    return counted_noun_after(text, end) or bool(nxt and nxt.group(1).lower() in IRREGULAR) \
        or bool(_CAPITAL_COUNTED.match(text, end))  # "1.6m Muslims", "4m DS consoles"


def _suffix_code(text: str, sm: re.Match) -> tuple[str | None, float]:
    """The currency of a :data:`_SUFFIX_CURRENCY` match and the factor it puts on the value (millions, cents)."""
    if sm.group("name"):
        name = sm.group("name").lower()
        code = CURRENCY_NAMES[name] if name in CURRENCY_NAMES else currency_code(name)
        if name in ("pound", "pounds") and _POUND_WEIGHT_AFTER.match(text[sm.end():sm.end() + 12]):
            code = None
        return code, 1.0
    if sm.group("code"):
        return _code_currency(sm.group("code")), 1.0
    if sm.group("mcode"):  # "30 MUSD", "120 MEUR": millions
        c = sm.group("mcode")[1:]
        return (c, 1e6) if c in ISO_CODES else (None, 1.0)
    if sm.group("sym"):
        return currency_code(sm.group("sym")), 1.0
    sub = sm.group("sub").lower()
    return SUBUNITS.get(sub, "USD"), SUBUNIT_FACTORS.get(sub, 0.01)


def _currency_after(text: str, fig: Figure) -> None:
    """A currency after the number: "6.3 billion US dollars", "75 USD million", "50 cents", "50p"."""
    p = fig.p
    sm = _SUFFIX_CURRENCY.match(text, fig.end)
    if not sm:
        if _PENCE_P.match(text[fig.end:fig.end + 2]) and p.digits and not p.words and fig.scale == 1.0:
            fig.currency = "GBP"  # "50p"
            fig.value = fig.value / 100
            fig.end += 1
        return
    code, factor = _suffix_code(text, sm)
    if not code:
        return
    if factor != 1.0:
        fig.value = fig.value * factor
    fig.currency = code
    fig.end = sm.end()
    if sm.group("code") and fig.scale == 1.0:  # "75 USD million"
        w = _SCALE_WORD_AFTER.match(text[fig.end:fig.end + 12])
        if w:
            fig.value *= SCALES[w.group(1).lower()]
            fig.end += w.end()
    if (sm.group("name") or sm.group("code")) and fig.scale == 1.0 and fig.value == int(fig.value):
        _add_cents(text, fig, need_and=False)  # "3 dollars 50 cents", "thirteen dollars and forty-five cents"


def _add_cents(text: str, fig: Figure, need_and: bool) -> None:
    """Add the cents written after an amount in whole units (see :func:`_cents_after`)."""
    cents = _cents_after(text, fig.end, need_and)
    if cents:
        fig.value += cents[0] / 100 if fig.value >= 0 else -cents[0] / 100
        fig.end = cents[1]


# --------------------------------------------------------------------------
# what kind of figure


def _classify(text: str, fig: Figure) -> Figure | None:
    """Set the kind and unit: money, ordinal or rank, percent, age, duration, name, year, a glued unit ("10kg"),
    else a count."""
    if fig.currency:
        fig.kind, fig.unit = "money", fig.currency
        _as_rate(text, fig, fig.currency, fig.end)
        return fig
    if fig.p.ordinal:
        return _as_ordinal(text, fig)
    if _as_percent(text, fig):
        _as_rate(text, fig, "percent" if fig.unit == "%" else fig.unit, fig.end)
        return fig
    if _as_age(text, fig) or _as_duration(text, fig) or _as_position(text, fig) or _as_name(text, fig) \
            or _as_measure(text, fig) or _as_year(text, fig):
        return fig
    gm = _GLUED_UNIT.match(text, fig.end)
    if gm and fig.p.digits and not fig.p.words:
        return _as_glued_unit(fig, gm.group("u"), gm.end())
    np, np_end = _np_after(text, fig.end, min(len(text), fig.end + 80), 3, plural_stop=True)
    fig.kind, fig.unit, fig.np = "count", counted_unit(np), np
    if fig.unit == "time" and _TIMES_COMPARED.match(text, fig.end):
        fig.unit = ""  # "400 times more likely": a multiplier, no count of times
    if not np:
        cap = _CAPITAL_COUNTED.match(text, fig.end)
        one_of = _one_of_plural(text, fig.end) if fig.value == 1 else ""
        if one_of:
            fig.unit = counted_unit(one_of)
        elif cap and cap.group("n").lower() not in STOP and cap.group("n").lower().rstrip("s") not in MONTH_WORDS:
            n = cap.group("n")
            fig.unit = n[:-1].lower() if n[:-1].isupper() else _singular(n)  # "300 US shareholders", "575m PCs"
    if fig.unit:
        _as_rate(text, fig, fig.unit, np_end, extend=False)
    return fig


def _as_position(text: str, fig: Figure) -> bool:
    """A place in a sequence: a whole number up to 100 after a noun of :data:`SEQUENCE_NOUNS` in lower
    case ("round one", "day 2", "stage 12"; "Chapter 11" is a name) and before no counted noun: kind
    ordinal, unit the noun."""
    p = fig.p
    if p.fraction or p.ordinal or fig.scale != 1.0 or not (0 < fig.value <= 100) or fig.value != int(fig.value):
        return False
    m = _WORD_BEFORE.search(text, max(0, fig.start - 12), fig.start)
    if not m or m.group(1) not in SEQUENCE_NOUNS or counted_noun_after(text, fig.end):
        return False
    fig.kind, fig.unit, fig.np = "ordinal", m.group(1), ""
    return True


def _as_rate(text: str, fig: Figure, unit: str, end: int, extend: bool = True) -> None:
    """A figure per something after ``end``: "$50 a barrel" (rate, "USD per barrel"), "5% a year"
    ("percent per year"), "70 million passengers a year" ("passenger per year"; ``extend`` False: the
    counted noun stays out of the span). A rate after a bracket ("10m euros (US$13m) a year") leaves
    the span as it is, so that the amount in the bracket is read too."""
    per = rate_after(text, end)
    if per is None:
        return
    fig.kind, fig.unit = "rate", f"{unit} per {per[0]}"
    if extend and not any(c in text[end:per[1]] for c in "()"):
        fig.end = per[1]


def _as_measure(text: str, fig: Figure) -> bool:
    """A measure: a number and a unit of measure ("120 km/h", "64GB", "80 square metres", "5,000m").

    The unit is read by :func:`lib.figures._units.measure_after` (pint's registry); a rate of a measure
    that is no speed, data rate or frequency ("793,000 barrels of oil per day") is a rate. A lone "m"
    glued to digits is a metre when no noun it counts follows ("the 5,000m"), a million otherwise.
    """
    p = fig.p
    if p.fraction and not p.digits:
        return False
    found = measure_after(text, fig.end, glued_ok=p.digits and not p.words)
    if found is None:
        mm = _GLUED_METRE.match(text, fig.end)
        if not (mm and p.digits and not p.words and fig.scale == 1.0 and not counted_noun_after(text, mm.end())):
            return False
        found = ("metre", mm.end())
    name, fig.end = found
    fig.kind, fig.unit, fig.np = ("rate" if " per " in name and unit_name(name) is None else "measure"), name, ""
    # "the 100m final", "5,000m silver": a distance that names an event is read, but never compared
    fig.event = name == "metre" and _names_an_event(text, fig)
    return True


def _names_an_event(text: str, fig: Figure) -> bool:
    """Whether a distance names a sporting event: a word of lib/data/figure_event_words.txt right after it
    ("200m title") or right before it ("World Indoor 60m"), or "the" before it and no noun after ("in the
    5,000m.")."""
    after = re.match(r"[\s-]*([A-Za-z-]+)", text[fig.end:fig.end + 30])
    before = re.search(r"([A-Za-z-]+)\s+$", text[max(0, fig.start - 30):fig.start])
    words = word_set("figure_event_words.txt")
    if (after and after.group(1).lower() in words) or (before and before.group(1).lower() in words):
        return True
    return bool(before) and before.group(1).lower() == "the" and re.match(r"\s*(?:[.,;:)]|and\b|in\b|at\b|$)",
                                                                         text[fig.end:fig.end + 6]) is not None


def _as_ordinal(text: str, fig: Figure) -> Figure:
    """An ordinal ("10th summit"), or a rank before a superlative ("fourth largest economy")."""
    end = fig.end
    sup = _SUPERLATIVE.match(text, end)
    if sup:
        np, _ = _np_after(text, sup.end(), min(len(text), sup.end() + 60), 3)
        fig.kind = "rank"
    else:
        np, _ = _np_after(text, end, min(len(text), end + 60), 2)
        fig.kind = "ordinal"
    fig.unit, fig.np = (_unit_noun(np) if np else ""), np
    return fig


def _as_percent(text: str, fig: Figure) -> bool:
    """A percentage ("33%", "5 per cent") or percentage points."""
    pc = _PERCENT.match(text, fig.end)
    if not pc:
        return False
    fig.end = pc.end()
    fig.kind = "percent"
    fig.unit = "percentage point" if (pc.group("pp") or pc.group("points")) else "%"
    return True


def _as_duration(text: str, fig: Figure) -> bool:
    """A duration: a number and a unit of time ("two days", "the 10 years' war")."""
    tm = _TIME_AFTER.match(text, fig.end)
    if not tm:
        return False
    unit = TIME_UNITS[tm.group("u").lower()]
    if unit == "year" and age_after_years(text, fig, tm.end()):
        return True  # "84-year-old", "84 years old": an age
    fig.end = tm.end()
    fig.kind, fig.unit = "duration", unit
    fig.np, _ = _np_after(text, fig.end, min(len(text), fig.end + 60), 3)
    return True


def _as_year(text: str, fig: Figure) -> bool:
    """A year: a plain four-digit number without a unit, unless a plural noun it counts follows ("2000 troops")."""
    p = fig.p
    if not (p.plain_int and (1000 <= p.value <= 2100) and fig.scale == 1.0):
        return False
    left = text[max(0, fig.start - 25):fig.start]
    nxt = _NEXT_WORDS.match(text, fig.end)
    counted = nxt and nxt.group(0)[0] != "-" and nxt.group(1)[0].islower() and nxt.group(1).lower() not in STOP \
        and nxt.group(1).lower().endswith("s") and not nxt.group(1).lower().endswith(("ss", "'s", "’s"))
    if not (p.decade or _search_ci(_YEAR_CUE, _YEAR_CUE_LC, left) or not counted):
        return False
    fig.kind, fig.unit = "year", ("date" if _MONTH_BEFORE.search(left) else "year")  # "May 2001": a date
    if p.decade:
        fig.high = p.value + 9
    return True


def _as_glued_unit(fig: Figure, unit: str, end: int) -> Figure | None:
    """Digits with a glued unit: "10kg", "4km", "16.25nm"; "1990s" is a year; "5G", "3D", "4th" and
    "747s" (a name's plural) are no figure."""
    if _D_OR_G_NAME.match(unit):
        return None  # a name, not a measure: "5G", "3D", "2.5G/wi-fi"
    if not _ORDINAL_OR_PLURAL_SUFFIX.match(unit):
        fig.kind, fig.unit, fig.end = "count", unit.lower(), end
        return fig
    if unit.lower() != "s":
        return None
    if fig.value % 10:  # "Boeing 747s": the plural of a name, no decade
        return None
    fig.kind, fig.unit = "year", "year"
    return fig
