"""Joining neighbouring figures: ranges ("$3-5 billion") and proportions ("one in five")."""
from __future__ import annotations

from dataclasses import replace

from ..numbers import ABBREVIATED_SCALES
from ._patterns import (
    _BETWEEN_BEFORE,
    _BETWEEN_WORD_BEFORE,
    _BY_OR_OF_END,
    _CHANGE_BEFORE,
    _CHANGE_FROM_BEFORE,
    _FROM_BEFORE,
    _OF_BETWEEN,
    _RANGE_JOIN,
    _RATIO_JOIN,
    _YEAR_CUE,
)
from ._record import Figure


def _merge_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    """Join "$3-5 billion", "between 44 and 50 mg", "2013-14" into one figure."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b is not None and a.kind not in ("ordinal", "rank") and b.kind not in ("ordinal", "rank"):
            between = text[a.end:b.start]
            before = text[max(0, a.start - 9):a.start]
            joiner = _RANGE_JOIN.match(between)
            word = between.strip().lower()
            is_between = bool(_BETWEEN_BEFORE.search(before))
            is_from = bool(_FROM_BEFORE.search(before))
            ok = bool(joiner) and (word != "and" or is_between) and (word != "or" or a.scale == 1.0)
            if ok and word == "to" and is_from and _CHANGE_FROM_BEFORE.search(text[max(0, a.start - 30):a.start]):
                ok = False  # a change, not a range: "rose from $350 to $680"
            if ok and word == "to" and not is_from:
                ch = _CHANGE_BEFORE.search(text, max(0, a.start - 32), a.start)
                if ch and not _BY_OR_OF_END.search(ch.group()):
                    # a change, then the new level: "rose 15 cents to $4.35"; "rose by 3 to 4%" stays a range
                    ok = False
            if ok and word in ("-", "–", "—") and _dash_needs_check(between, word, a, b):
                ok = between == word and not (b.value < a.value and a.kind == b.kind == "count")
            if ok:
                merged = _combine(text, a, b)
                if merged is not None:
                    if is_between:
                        merged.start = a.start - len(_BETWEEN_WORD_BEFORE.search(before).group())
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _dash_needs_check(between: str, word: str, a: Figure, b: Figure) -> bool:
    """Whether a dash between ``a`` and ``b`` must pass a closer check before it makes a range.

    It must when the dash has spaces around it ("5 - 3"), or when both are plain
    counts and the second is smaller ("10-3"), unless the first could be a year
    and the second its short form ("2013-14"). The check then keeps only a bare
    dash, and not a falling pair of counts.
    """
    return between != word or (a.kind == "count" and b.kind == "count" and a.p.plain_int and b.p.plain_int
                               and b.value < a.value
                               and not (a.kind == "count" and b.value < 100 and 1000 <= a.value <= 2100))


def _may_form_ratio(a: Figure, b: Figure) -> bool:
    """Whether ``a`` and ``b`` can be the two numbers of a proportion ("one in three").

    ``a`` is a whole number with no unit (or a year) and ``b`` a positive count;
    neither is an ordinal or already a range, and ``a`` is not a decade.
    """
    return (b.kind == "count" and (not a.unit or a.kind == "year") and b.value > 0 and not a.p.ordinal
            and not b.p.ordinal and not a.p.decade and a.low is None and b.low is None and a.value == int(a.value))


def _merge_ratios(text: str, figs: list[Figure]) -> list[Figure]:
    """Join "one in three", "nine out of 10 doctors" and "1 over 20" into one proportion.

    The first number must be a bare count (no noun of its own) and the second a
    count: "out of" needs the first no larger than the second, "in" strictly
    smaller (so "20 in 3 attacks" stays two figures), both with a small first
    number (at most 10) and a second of at most 100 or a round hundred, so that
    "13 out of 659 MPs" and "117 million out of 833 million" keep their two
    counts; "over" needs a second number with no noun after it ("over 20
    years" is a bound on a duration, and "over 2022" is a year). The value is the quotient; the unit is the second
    number's noun ("one in three adults" -> 0.333 adult).
    """
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        m = _RATIO_JOIN.fullmatch(text, a.end, b.start) if b is not None else None
        if m and _may_form_ratio(a, b):
            w = m.group("w").lower()
            small = abs(a.value) <= 10 and (b.value <= 100 or b.value % 100 == 0) and a.scale == 1.0
            year_ok = a.kind == "year" and w != "in" and not _YEAR_CUE.search(text[max(0, a.start - 25):a.start])
            ok = ((a.kind == "count" or year_ok)
                  and ((w.startswith("out") and abs(a.value) <= b.value and small)
                       or (w == "in" and a.kind == "count" and 0 < a.value < b.value and small)
                       or (w == "over" and not b.unit)))
            if ok:
                out.append(replace(b, start=a.start, value=a.value / b.value, scale=1.0, kind="count",
                                   p=a.p._replace(fraction=True, plain_int=False), qualifier="="))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _combine(text: str, a: Figure, b: Figure) -> Figure | None:
    """``a`` and ``b`` as one range ("$3-5 billion", "2013-14", "between 44 and 50 mg"), or None if they are not one."""
    ka, kb = a.kind, b.kind
    va, vb = a.value, b.value
    if ka == "money" and kb == "count" and not b.p.ordinal and (
            not b.unit or b.scale > 1 or text[a.end:b.start] in ("-", "–", "—")):
        # "$3-5 billion", "a $3-5 billion deal": the noun after is what the amount buys, not a unit
        if b.scale == 1.0 and a.scale > 1.0 and ABBREVIATED_SCALES.get(b.unit) == a.scale:
            b = replace(b, value=b.value * a.scale, scale=a.scale)  # "$779m-798m"
            vb = b.value
        b = replace(b, kind="money", unit=a.unit, currency=a.currency)
        kb = "money"
        if a.scale == 1.0 and b.scale > 1.0:
            va *= b.scale
    # year ranges: "2013-14", "1990-1995", "2021/22"
    if (ka in ("year", "count") and a.p.plain_int and 1000 <= va <= 2100
            and (kb == "year" or (b.p.plain_int and vb < 100))
            and (kb != "year" or b.p.plain_int)):
        if vb < 100:
            vb = va // 100 * 100 + vb
        if vb <= va:
            return None
        return replace(a, end=b.end, kind="year", unit="year", value=va, low=va, high=vb)
    if ka == "year" and kb == "count" and a.p.plain_int and b.p.plain_int and vb > va:
        a = replace(a, kind="count", unit="")  # "1000-5000"
        ka = "count"
    if ka == "age" and kb == "count" and not b.unit and not b.p.ordinal:
        b, kb = replace(b, kind="age", unit="year"), "age"  # "aged 16-18", "aged between 16 and 18"
    if kb in ("money", "percent", "duration", "age", "measure", "rate") and ka in (kb, "count") or ka == kb == "count":
        if ka == "count" and a.unit and kb != "count":
            return None  # "44 ml to 50 mg"
        if ka == kb == "count" and a.unit and b.unit and a.unit != b.unit:
            return None
        if ka == "money" and kb == "money" and a.currency != b.currency:
            return None
        if ka == kb and ka in ("measure", "rate") and a.unit != b.unit:
            return None  # "5 km to 3 miles"
        if ka == "count" and kb != "count" and a.scale == 1.0 and b.scale > 1.0:
            va *= b.scale  # "$3-5 billion": the scale applies to both ends
        elif ka == "money" and a.scale == 1.0 and b.scale > 1.0 and va * b.scale <= vb:
            va *= b.scale
        if vb < va:
            return None
        return replace(b, start=a.start, value=(va + vb) / 2, low=va, high=vb, qualifier=a.qualifier, p=a.p)
    return None


def _inherit_nouns(text: str, figs: list[Figure], sentence_of) -> None:
    """A count without a noun takes the counted noun (unit) of a neighbouring count in its sentence.

    The count after it when only "of"/"out of" and a determiner stand between ("four out of their six
    games", "four of the 12 people"); else the nearest count before it in the sentence that has one
    ("65 flights on Thursday, 180 on Friday": flight; "5.2 million adults ..., while 14.9 million
    have": adult). ``sentence_of(start, end)`` gives the limits of the sentence of a span.
    """
    for i, f in enumerate(figs):
        if f.kind != "count" or f.unit or f.p.ordinal or f.p.fraction:
            continue
        nxt = figs[i + 1] if i + 1 < len(figs) else None
        if nxt is not None and nxt.kind == "count" and nxt.unit and _OF_BETWEEN.fullmatch(text, f.end, nxt.start):
            f.unit = nxt.unit
            continue
        sent = sentence_of(f.start, f.end)
        for g in reversed(figs[:i]):
            if sentence_of(g.start, g.end) != sent:
                break
            if g.kind == "count" and g.unit and not g.p.ordinal:
                f.unit = g.unit
                break
