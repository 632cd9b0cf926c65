"""Reading one quantity at a position: its number, sign, currency, scale, unit and kind."""
from __future__ import annotations

import math
from typing import Any

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
from ._patterns import (
    _ABBR,
    _CENTS_END,
    _CENTS_NUMBER,
    _CLOCK,
    _D_OR_G_NAME,
    _GLUED_UNIT,
    _LAST_WORD,
    _LETTERS_DOT_SPACE,
    _NEG_WORD,
    _NEXT_WORDS,
    _ONE_AS_PRONOUN_AFTER,
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
    _UNICODE_FRACTIONS,
    _WORD_DOT_SPACE_END,
    _YEAR_CUE,
    _YEAR_CUE_LC,
)
from ._phrases import _np_after, _unit_noun
from ._regex import _search_ci, _search_tail
from ._vocabulary import CODE_WORDS, MONTH_WORDS, SAFE_LOWER_CODES, STOP, TIME_UNITS


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


def _read(text: str, m_start: int, lo: int = 0) -> dict[str, Any] | None:
    ch = text[m_start]
    if ch in _UNICODE_FRACTIONS:
        v = _UNICODE_FRACTIONS[ch]
        if m_start > 0 and text[m_start - 1].isdigit():
            return None
        p = Parsed(v, m_start + 1, fraction=True, digits=True)
    else:
        if m_start and text[m_start - 1].isalpha():
            # digits glued to letters only after a currency code: "USD115", not "A380"
            c = text[m_start - 3:m_start]
            if not (c in ISO_CODES and c not in CODE_WORDS and not text[m_start - 4:m_start - 3].isalpha()):
                return None
        p = parse_number(text, m_start)
        if p is not None and p.digits and not p.words and not p.ordinal and not p.decade:
            p = _power(text, p)
    if p is None:
        return None
    start, end = m_start, p.end
    if start == end:
        return None
    value = p.value
    fig: dict[str, Any] = {"start": start, "end": end, "value": value, "p": p, "currency": None,
                           "kind": None, "unit": "", "scale": p.scaled, "np": "", "np_end": end,
                           "qualifier": "=", "prefix": ""}
    first = text[start:start + 1]
    # written-out numbers that are names ("Formula One", "Channel Four")
    if p.words and not p.digits and first.isupper():
        before = text[max(0, start - 3):start]
        if before.strip() and not _OPENING_BEFORE.search(before):
            return None
    # clock times, "the 4th of May", "May 4th", "16 March"
    if p.digits and _CLOCK.match(text, start):
        return None
    if p.digits and not p.words:
        nxt = _NEXT_WORDS.match(text, end)
        prv = _search_tail(_WORD_DOT_SPACE_END, text[max(0, start - 12):start], _LETTERS_DOT_SPACE)
        if (nxt and nxt.group(1).lower().rstrip(".") in MONTH_WORDS and p.value <= 31 and not nxt.group(0).startswith("-")) or \
           (prv and prv.group(1).lower() in MONTH_WORDS and (p.ordinal or p.value <= 31) and not p.decade) or \
           _READ_OF_MONTH.match(text[end:end + 14]):
            return None
        # fractions: "3/4", "2 1/4"; dates and phone-like runs are not figures: 5/17/2018, 192.168.1.2
        fm = _SLASH_FRACTION.match(text, start)
        if fm and not p.ordinal and not fm.group("whole") or (fm and fm.group("whole") and fm.end() > end):
            num, den = float(fm.group("num")), float(fm.group("den"))
            if den:
                whole = float(fm.group("whole")) if fm.group("whole") else 0.0
                p = p._replace(value=whole + num / den, end=fm.end(), fraction=True, plain_int=False)
                end = fm.end()
                value = p.value
                fig.update(p=p, value=value)
            else:
                return None
        elif _SLASH_OR_DOT_DIGIT.match(text[end:end + 2]) or (start > 0 and text[start - 1] == "/"):
            return None
    # "one" as a pronoun: "one of the", "the one", "one-on-one"
    word = text[start:end].lower()
    if word == "one":
        prev = _LAST_WORD.search(text[max(0, start - 15):start])
        if _ONE_AS_PRONOUN_AFTER.match(text[end:end + 12]) \
                or (prev and prev.group(1).lower() in ("is", "are", "was", "were", "be") and _PUNCT_AHEAD.match(text[end:end + 3])) \
                or (prev and prev.group(1).lower() in ("the", "this", "that", "which", "no", "any", "every", "each", "some", "another", "little", "only", "favourite", "favorite", "new", "old", "last", "right", "wrong")):
            return None
    if p.ordinal and word in ("second",) and _SECOND_AS_TIME_AFTER.match(text[end:end + 3]):
        return None  # "in a second."

    # negative sign: "-15", "minus five", "negative one"
    nw = _NEG_WORD.search(text, max(0, start - 10), start)
    if nw:
        fig["start"] = start = nw.start()
        value = -value
    elif start > 0 and text[start - 1] in "-−" and p.digits and (start < 2 or text[start - 2] in " \t\n(\u00a0$€£"):
        if start < 2 or text[start - 2] in "$€£" or not text[start - 2:start - 1].isalnum():
            fig["start"] = start = start - 1
            value = -value

    # currency before the number
    pm = _PREFIX.search(text, max(lo, start - 12), start) if p.digits else None  # (used only for digits)
    if pm and pm.end() == start and p.digits:
        code = None
        if pm.group("mcode") and pm.group("mcode")[1:] in ISO_CODES:  # "MAUD 60": millions
            code = pm.group("mcode")[1:]
            value *= 1e6
            fig["scale"] = 1e6
        elif pm.group("code"):
            c = pm.group("code")
            if (c.isupper() and c in ISO_CODES and c not in CODE_WORDS) or c.lower() in SAFE_LOWER_CODES:
                code = "CNY" if c.lower() == "rmb" else c.upper()
        elif pm.group("sym"):
            sym = _SPACE_OR_TAB.sub("", pm.group("sym").lower())
            code = CURRENCY_SYMBOLS.get(sym) or CURRENCY_SYMBOLS.get(pm.group("sym").lower().strip())
            if code is None and sym.endswith("$"):
                code = "USD"
        if code:
            fig["currency"] = code
            fig["start"] = start = pm.start()
            if pm.group("neg"):
                value = -value
            fig["prefix"] = "code" if pm.group("code") or pm.group("mcode") else "symbol"
    # "($99.99)" accounting negatives are left as positive numbers on purpose: rare in news

    # abbreviated scale glued or spaced: £300m, €1.2bn, 10k, $2.174T
    am = _ABBR.match(text, end)
    if am and p.digits and not p.ordinal and not p.decade and p.scaled == 1.0:
        suf = am.group("glued") or am.group("spaced")
        low = suf.lower()
        ambiguous = low in ("m", "t", "g") and am.group("glued")
        if not ambiguous or fig["currency"] or (suf.isupper() and low != "g"):
            if not (low == "g" and not suf.isupper()):
                value *= ABBREVIATED_SCALES[low]
                fig["scale"] = ABBREVIATED_SCALES[low]
                end = am.end()

    # currency after the number
    if not fig["currency"] and not p.ordinal:
        sm = _SUFFIX_CURRENCY.match(text, end)
        if sm:
            code = None
            if sm.group("name"):
                name = sm.group("name").lower()
                code = CURRENCY_NAMES[name] if name in CURRENCY_NAMES else currency_code(name)
                if name in ("pound", "pounds") and _POUND_WEIGHT_AFTER.match(text[sm.end():sm.end() + 12]):
                    code = None
            elif sm.group("code"):
                c = sm.group("code")
                if (c.isupper() and c in ISO_CODES and c not in CODE_WORDS) or c.lower() in SAFE_LOWER_CODES:
                    code = "CNY" if c.lower() == "rmb" else c.upper()
                elif len(c) == 3 and c[0] == "M" and c[1:].isupper() and 0:
                    pass
            elif sm.group("mcode"):  # "30 MUSD", "120 MEUR": millions
                c = sm.group("mcode")[1:]
                if c in ISO_CODES:
                    code = c
                    value *= 1e6
            elif sm.group("sym"):
                code = currency_code(sm.group("sym"))
            elif sm.group("sub"):
                code = SUBUNITS.get(sm.group("sub").lower(), "USD")
                value = value * SUBUNIT_FACTORS.get(sm.group("sub").lower(), 0.01)
            if code:
                fig["currency"] = code
                end = sm.end()
                if sm.group("code") and fig["scale"] == 1.0:  # "75 USD million"
                    w = _SCALE_WORD_AFTER.match(text[end:end + 12])
                    if w:
                        value *= SCALES[w.group(1).lower()]
                        end += w.end()
                if (sm.group("name") or sm.group("code")) and fig["scale"] == 1.0 and value == int(value):
                    cents = _cents_after(text, end, need_and=False)
                    if cents:  # "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50."
                        value += cents[0] / 100 if value >= 0 else -cents[0] / 100
                        end = cents[1]
        elif _PENCE_P.match(text[end:end + 2]) and p.digits and not p.words and fig["scale"] == 1.0:
            fig["currency"] = "GBP"  # "50p"
            value = value / 100
            end += 1
    if fig["prefix"] and fig["scale"] == 1.0 and p.scaled == 1.0 and value == int(value) and not p.fraction:
        cents = _cents_after(text, end, need_and=True)
        if cents:  # "$ 100 and fifty": a dollar amount and its cents
            value += cents[0] / 100 if value >= 0 else -cents[0] / 100
            end = cents[1]
    fig["end"], fig["value"] = end, value
    if fig["currency"]:
        fig["kind"], fig["unit"] = "money", fig["currency"]
        return fig

    if p.ordinal:
        sup = _SUPERLATIVE.match(text, end)
        if sup:
            np, np_end = _np_after(text, sup.end(), min(len(text), sup.end() + 60), 3)
            fig.update(kind="rank", unit=_unit_noun(np) if np else "", np=np, np_end=np_end)
        else:
            np, np_end = _np_after(text, end, min(len(text), end + 60), 2)
            fig.update(kind="ordinal", unit=_unit_noun(np) if np else "", np=np, np_end=np_end)
        return fig

    pc = _PERCENT.match(text, end)
    if pc:
        fig["end"] = pc.end()
        fig["kind"] = "percent"
        fig["unit"] = "percentage point" if (pc.group("pp") or pc.group("points")) else "%"
        return fig

    tm = _TIME_AFTER.match(text, end)
    if tm and not p.ordinal:
        unit = TIME_UNITS[tm.group("u").lower()]
        fig["end"] = tm.end() if tm.group("poss") and tm.group(0).startswith((" ", "\t")) else tm.end() - (1 if tm.group("poss") else 0)
        if tm.group("poss"):
            fig["end"] = tm.end()
        # "10-year-old" is an age: still a duration in years
        fig.update(kind="duration", unit=unit)
        np, np_end = _np_after(text, fig["end"], min(len(text), fig["end"] + 60), 3)
        fig.update(np=np, np_end=np_end)
        return fig

    # year: a plain four-digit number without a unit
    if p.plain_int and (1000 <= p.value <= 2100) and fig["scale"] == 1.0:
        left = text[max(0, start - 25):start]
        nxt = _NEXT_WORDS.match(text, end)
        counted = nxt and nxt.group(0)[0] != "-" and nxt.group(1)[0].islower() and nxt.group(1).lower() not in STOP \
            and nxt.group(1).lower().endswith("s") and not nxt.group(1).lower().endswith(("ss", "'s", "’s"))
        if p.decade or _search_ci(_YEAR_CUE, _YEAR_CUE_LC, left) or not counted:
            fig.update(kind="year", unit="year")
            if p.decade:
                fig["high"] = p.value + 9
            return fig

    # digits with a glued unit: "10kg", "4km", "16.25nm"
    gm = _GLUED_UNIT.match(text, end)
    if gm and p.digits and not p.words:
        u = gm.group("u")
        if _D_OR_G_NAME.match(u):
            return None  # a name, not a measure: "5G", "3D", "2.5G/wi-fi"
        if not _ORDINAL_OR_PLURAL_SUFFIX.match(u):
            fig.update(kind="count", unit=u.lower(), end=gm.end())
            return fig
        return None if u.lower() != "s" else fig.update(kind="year", unit="year") or fig

    np, np_end = _np_after(text, end, min(len(text), end + 80), 3, plural_stop=True)
    fig.update(kind="count", unit=_unit_noun(np), np=np, np_end=np_end)
    return fig
