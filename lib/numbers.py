"""Read numbers written in digits or words, and name currencies.

The low-level half of :mod:`lib.figures`: no context, no meaning, just
"where does this number end and what is its value".

>>> parse_number("six agreements", 0)[:2]
(6.0, 3)
>>> parse_number("half a million people", 0)[:2]
(500000.0, 14)
>>> currency_code("US dollars"), currency_code("soms"), currency_code("€")
('USD', 'KGS', 'EUR')
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .lexicon import data_lines, data_rows

__all__ = ["Parsed", "parse_number", "currency_code", "CURRENCY_NAMES", "CURRENCY_SYMBOLS",
           "ISO_CODES", "SCALES", "ORDINALS", "CARDINALS", "SUBUNITS", "SUBUNIT_FACTORS"]

# --------------------------------------------------------------------------
# number words (lib/data/number_words.csv)


def _value(cell: str) -> float:
    """A value of the data files as the parser uses it: an int unless written with a point or an exponent."""
    return int(cell) if cell.isdigit() else float(cell)


def _number_words(kind: str) -> dict[str, float]:
    """The words of one kind in ``lib/data/number_words.csv`` -> value, in file order."""
    return {word: _value(value) for word, value, k in data_rows("number_words.csv") if k == kind}


CARDINALS = _number_words("cardinal")
SCALES = _number_words("scale")
# Written after digits: "£300m", "€1.2bn", "10k", "2.174T", "10 bln".
ABBREVIATED_SCALES = _number_words("abbreviated_scale")
_ORD_BASE = _number_words("ordinal")
ORDINALS = dict(_ORD_BASE)
# Fractions: "a fifth", "two thirds", "three quarters", "one half".
DENOMINATORS = {**{k: v for k, v in _ORD_BASE.items() if k not in ("first", "second")},
                **{k + "s": v for k, v in _ORD_BASE.items() if k not in ("first", "second")},
                "half": 2, "halves": 2, "quarter": 4, "quarters": 4}
NUMBER_WORDS = set(CARDINALS) | set(SCALES) | set(ORDINALS) | set(DENOMINATORS) | {"dozen", "dozens", "half"}

# --------------------------------------------------------------------------
# currencies: ISO 4217 codes, symbols and names (lower case), from lib/data. Edit the files freely.

ISO_CODES = frozenset(" ".join(data_lines("iso_4217.txt")).split())

# Prefixes written before a number: "$6.3 billion", "US$ 150 million", "€1.2bn" (lib/data/currency_symbols.csv).
CURRENCY_SYMBOLS = {symbol: code for symbol, code in data_rows("currency_symbols.csv")}

#: Currency names (lower case) -> ISO code (lib/data/currencies.csv).
CURRENCY_NAMES: dict[str, str] = {name: code for code, name in data_rows("currencies.csv")}
# Subunits: the value is divided by 100 and given in the main currency.
SUBUNITS = {"cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "kopecks": "RUB",
            "kurus": "TRY", "tiyn": "KZT", "eurocents": "EUR", "dime": "USD", "dimes": "USD", "nickels": "USD"}
#: What one subunit is worth in the main unit (a hundredth unless listed).
SUBUNIT_FACTORS = {"dime": 0.1, "dimes": 0.1, "nickels": 0.05}


def currency_code(name: str) -> str | None:
    """ISO 4217 code for a currency symbol, code or name; None if unknown.

    >>> currency_code("tenge"), currency_code("USD"), currency_code("£"), currency_code("apples")
    ('KZT', 'USD', 'GBP', None)
    """
    key = re.sub(r"\s+", " ", name.strip()).lower()
    if key.upper() in ISO_CODES:
        return key.upper()
    return CURRENCY_SYMBOLS.get(key) or CURRENCY_NAMES.get(key) or SUBUNITS.get(key)


# --------------------------------------------------------------------------
# the number parser

class Parsed(NamedTuple):
    """What :func:`parse_number` read: value, end offset and what it looked like."""

    value: float
    end: int
    ordinal: bool = False      # "fourth", "10th"
    fraction: bool = False     # "a fifth", "two thirds"
    scaled: float = 1.0        # largest scale word used ("billion" -> 1e9)
    digits: bool = False       # written with digits
    words: bool = False        # written (partly) in words
    plain_int: bool = False    # digits only, no separators or decimals ("1992")
    decade: bool = False       # "1990s"


_DIGITS = re.compile(
    r"(?P<int>\d{1,3}(?:,\d{3})+(?![\d])|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?![\d,]|\.\d)|\d+)?"
    r"(?P<frac>\.\d+)?(?:[eE](?P<exp>[-+]?\d{1,3})(?![A-Za-z\d]))?"
)
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)
_WORD = re.compile(r"[ \t\u00a0]*(?:-[ \t]*)?([A-Za-z]+)")
_SP_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z]+)|-([A-Za-z]+)|[ \t]-[ \t]([A-Za-z]+)")
_SP_DIGIT = re.compile(r"[ \t\u00a0]+(?=\d)")


def _word_at(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The next word after ``pos`` (through spaces or one hyphen): (lower word, end, hyphenated)."""
    m = _SP_WORD.match(text, pos)
    if not m:
        return None
    w = m.group(1) or m.group(2) or m.group(3)
    return w.lower(), m.end(), m.group(1) is None


# patterns of _digits_at, compiled once
_DIGIT_SEPARATORS = re.compile(r"[,\u00a0\u202f\u2009 ]")


def _digits_at(text: str, pos: int) -> tuple[float, int, bool] | None:
    """The number written in digits at ``pos``: (value, end, plain integer), or None."""
    m = _DIGITS.match(text, pos)
    if not m or not (m.group("int") or m.group("frac")):
        return None
    s = (m.group("int") or "") + (m.group("frac") or "")
    if not s.isdigit():  # drop thousands separators (pure digits have none)
        s = _DIGIT_SEPARATORS.sub("", s)
    try:
        value = float(s)
        if m.group("exp"):
            value *= 10 ** int(m.group("exp"))
    except (ValueError, OverflowError):
        return None
    plain = bool(m.group("int")) and m.group("int").isdigit() and not m.group("frac") and not m.group("exp")
    return value, m.end(), plain


# compound ordinals and fractions: "twenty-fifth", "one twenty-fifth", "three twenty firsts"
_TENS = {w: v for w, v in CARDINALS.items() if v >= 20 and v % 10 == 0}
_UNIT_ORDINALS = {w: v for w, v in _ORD_BASE.items() if v < 10}
_BIG_ORDINALS = {"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12}
# after "a fifth", "a hundredth": what makes it a fraction and not an ordinal ("a fifth term")
_FRACTION_FOLLOW = re.compile(
    r"(?:[ \t\u00a0]+(?:of|more|less|fewer|percent|per|point|hundred|thousand|million|billion|trillion|in|on|at|by|"
    r"for|from|to|with|since|than|over|under|into|and|or|but|as|is|are|was|were|be|been|has|have|had|will|would|"
    r"could|should|may|might|can|this|that|these|those|the|who|which|each|every|last|next|a|an)(?![A-Za-z\-])"
    r"|[ \t]*(?:[.,;:!?)\]\"”’']|$|\n))", re.I)
# before "a": words that make "a fifth" a share ("by a third", "almost a fifth"), whatever follows
_FRACTION_LEAD = re.compile(r"(?:\b(?:by|almost|nearly|about|around|roughly|than|some|only|just|over|under|least|"
                            r"fully|exactly|approximately|barely|precisely|quite|lost|cut|fell|rose|grew|dropped)"
                            r"[ \t]+|\d[ \t]+and[ \t]+)$", re.I)
_OF_A_SCALE = re.compile(r"[ \t]+of[ \t]+an?[ \t]+(thousand|million|billion|trillion)(?![A-Za-z])", re.I)


_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many|some|couple|the|those|these|of)[ \t]+$", re.I)


def _singular_ordinal(word: str) -> bool:
    return not word.endswith("s") or word == "halves"


def parse_number(text: str, pos: int) -> Parsed | None:
    """Read the number that starts at ``pos``; None if there is none.

    Handles digits ("1,500,000", "6.3", ".08", "1 234 567"), digits with a
    scale word ("49 thousand", "6.3 billion", "15 hundred"), words
    ("twenty-one", "one hundred and six"), fractions ("a fifth", "two
    thirds", "one and a half", "half a million", "two thirds of a million",
    "five billion and three quarters", "one twenty-fifth"), dozens and
    ordinals ("fourth", "10th", "twenty-fifth", "two hundredth").

    "a" before an ordinal is a fraction only where a fraction can stand
    ("a fifth of", "a tenth."); "a third term" is left to the ordinal. Two
    numbers joined by "and" stay apart when the second is not smaller than
    the first one's scale ("3 hundred and 2 hundred") or is zero.

    >>> parse_number("49 thousand people", 0)[:2]
    (49000.0, 11)
    >>> parse_number("the 10th summit", 4).ordinal
    True
    >>> parse_number("five billion and three quarters", 0).value
    5750000000.0
    >>> parse_number("a third term", 0) is None, parse_number("the twenty-fifth", 4)[:3]
    (True, (25.0, 16, True))
    """
    return _parse_number(text, pos, 0)


# patterns of _parse_number, compiled once
_LEADING_ARTICLE = re.compile(r"(?i)(an?)(?:[ \t]+|-(?=[A-Za-z]))")
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_LETTERS = re.compile(r"[A-Za-z]+")
_HYPHEN_LETTER = re.compile(r"-[A-Za-z]")

# What a rule of the word scan tells it: the word is not the rule's (ask the next rule), read on after it,
# or stop before it and give the number read so far. A rule that returns anything else (a Parsed or None)
# ends the scan with that answer.
_SKIP, _NEXT, _STOP = object(), object(), object()
# the tokens after which a number word may follow
_COUNTED = ("unit", "teen", "tens", "digit", "a")


class _Scan:
    """The state of one scan of :func:`parse_number`: the value read so far and the last token read."""

    __slots__ = ("text", "pos", "depth", "n", "i", "end", "total", "current", "and_base", "last", "seen",
                 "digits", "words", "plain", "article", "last_scale", "max_scale")

    def __init__(self, text: str, pos: int, depth: int) -> None:
        self.text, self.pos, self.depth, self.n = text, pos, depth, len(text)
        self.i = self.end = pos      # where the scan is; where the number read so far ends
        self.total = 0.0             # the part of the value already multiplied by a scale
        self.current = 0.0           # the part read since the last scale word
        self.and_base = 0.0          # value of ``current`` when the last "and" was read: "three hundred and two dozens"
        self.last = ""               # type of the last token read
        self.seen = False            # a number token was read
        self.digits = self.words = self.plain = self.article = False
        self.last_scale = 0.0
        self.max_scale = 1.0

    def fraction_stands(self, at: int) -> bool:
        """Whether "a <ordinal>" ending at ``at`` can be a fraction: "a fifth of", "by a third"."""
        return bool(_FRACTION_FOLLOW.match(self.text, at)
                    or _FRACTION_LEAD.search(self.text, max(0, self.pos - 16), self.pos))

    def read(self, end: int, last: str) -> object:
        """The scan read a word up to ``end`` of type ``last``: read on."""
        self.i = self.end = end
        self.last = last
        return _NEXT


def _parse_number(text: str, pos: int, depth: int) -> Parsed | None:
    """:func:`parse_number`; ``depth`` counts the "and"s followed so far (at most three: no deep recursion).

    Stages: a leading "a"/"an" or digits (:func:`_read_article`, :func:`_read_digits`), then number words
    one at a time (:func:`_read_words`, one function per rule), then the value (:func:`_finish`).
    """
    m = _LEADING_ARTICLE.match(text[pos:pos + 4])
    if m:
        scan = _Scan(text, pos, depth)
        first = _read_article(scan, len(m.group(1)))
    elif text[pos:pos + 1].isdigit() or (text[pos:pos + 1] == "." and text[pos + 1:pos + 2].isdigit()):
        scan = _Scan(text, pos, depth)
        first = _read_digits(scan)
    else:
        word = _LETTERS.match(text[pos:pos + 20])
        if not word or word.group().lower() not in _FIRST_WORDS:
            return None  # no rule takes it (the common case, answered without a scan)
        scan = _Scan(text, pos, depth)
        first = _NEXT
    if first is not _NEXT:
        return first
    scan.end = scan.i if scan.seen else pos
    return _read_words(scan)


def _read_article(scan: _Scan, length: int) -> object:
    """A leading "a"/"an" only before a scale, a fraction or "dozen": "a fifth", "a hundred", "a twenty-first"."""
    text, pos = scan.text, scan.pos
    nxt = _word_at(text, pos + length)
    if not nxt or nxt[0] not in SCALES and nxt[0] not in DENOMINATORS and nxt[0] not in ("dozen", "half"):
        nxt2 = _word_at(text, nxt[1]) if nxt and nxt[0] in _TENS else None
        if not nxt2 or nxt2[0] not in _UNIT_ORDINALS:
            return None
    scan.article = True
    scan.current, scan.seen, scan.last, scan.words = 1.0, True, "a", True
    scan.i = pos + length
    return _NEXT


def _read_digits(scan: _Scan) -> object:
    """Digits: an ordinal ("10th"), a decade ("1990s"), a decimal with its scale ("6.3 billion"), or an
    integer that number words may follow ("15 hundred")."""
    text, pos = scan.text, scan.pos
    got = _digits_at(text, pos)
    if not got:
        return None
    scan.current, i, scan.plain = got
    scan.i = i
    scan.seen, scan.last, scan.digits = True, "digit", True
    suf = _ORD_SUFFIX.match(text, i)
    if suf and (scan.plain or _GROUPED_THOUSANDS.fullmatch(text[pos:i])):
        return Parsed(scan.current, suf.end(), ordinal=True, digits=True)
    if scan.plain and len(text[pos:i]) == 4 and text[i:i + 1] == "s" and not text[i + 1:i + 2].isalpha():
        return Parsed(scan.current, i + 1, digits=True, plain_int=True, decade=True)
    if not scan.plain:
        # decimals do not combine with later number words except scales
        w = _word_at(text, i)
        if w and w[0] in SCALES and not w[2]:
            return Parsed(scan.current * SCALES[w[0]], w[1], scaled=SCALES[w[0]], digits=True, words=True)
        return Parsed(scan.current, i, digits=True)
    return _NEXT


def _read_words(scan: _Scan) -> Parsed | None:
    """Number words one at a time: each word goes to the first rule of :data:`_WORD_RULES` that takes it."""
    text = scan.text
    while scan.i < scan.n:
        if not scan.seen and scan.i == scan.pos:
            m = _LETTERS.match(text[scan.i:scan.i + 20])
            w = (m.group().lower(), scan.i + m.end(), False) if m else None
        else:
            w = _word_at(text, scan.i)
        if w is None:
            if _digits_after_scale(scan):
                continue
            break
        for rule in _WORD_RULES:
            outcome = rule(scan, *w)
            if outcome is not _SKIP:
                break
        else:
            outcome = _STOP
        if outcome is _NEXT:
            continue
        if outcome is _STOP:
            break
        return outcome
    return _finish(scan)


def _finish(scan: _Scan) -> Parsed | None:
    """The number read when the scan stops; None for nothing read, or for a bare "a"."""
    if not scan.seen:
        return None
    if scan.article and scan.last == "a":
        return None
    return Parsed(scan.total + scan.current, scan.end, scaled=scan.max_scale, digits=scan.digits, words=scan.words,
                  plain_int=scan.plain and not scan.words and scan.max_scale == 1.0)


def _digits_after_scale(scan: _Scan) -> bool:
    """"4 thousand 3 hundred": digits after a scale word are added (and the scan reads on)."""
    if scan.seen and scan.last == "scale" and (sp := _SP_DIGIT.match(scan.text, scan.i)):
        got = _digits_at(scan.text, sp.end())
        if got and got[2] and got[0] < 1000:
            scan.current += got[0]
            scan.read(got[1], "digit")
            return True
    return False


# --------------------------------------------------------------------------
# the rules of the word scan: each takes (scan, word, end of word, hyphenated)


def _cardinal(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"six", "twenty-one", "one hundred and six"."""
    if word not in CARDINALS or word == "nil":
        return _SKIP
    v = CARDINALS[word]
    if not scan.seen:
        ok = True
    elif scan.last == "tens":
        ok = v < 10 and scan.current % 10 == 0
    else:
        ok = scan.last in ("hundred", "scale", "and")
    if not ok:
        return _compound_denominator(scan, word, v, wend)
    scan.current += v
    scan.seen, scan.words = True, True
    return scan.read(wend, "tens" if v >= 20 and v % 10 == 0 else ("teen" if v >= 10 else "unit"))


def _compound_denominator(scan: _Scan, word: str, v: float, wend: int) -> object:
    """"one twenty-fifth", "three twenty firsts": a fraction with a compound denominator."""
    if scan.seen and word in _TENS and scan.last in (*_COUNTED, "hundred"):
        nxt = _word_at(scan.text, wend)
        plural = nxt[0][:-1] if nxt and nxt[0].endswith("s") and nxt[0] != "seconds" else ""
        if nxt and (nxt[0] in _UNIT_ORDINALS or plural in _UNIT_ORDINALS):
            num = scan.total + scan.current
            if (num == 1) == (nxt[0] in _UNIT_ORDINALS):
                if scan.article and not scan.fraction_stands(nxt[1]):
                    return None
                den = v + _UNIT_ORDINALS[nxt[0] if nxt[0] in _UNIT_ORDINALS else plural]
                return Parsed(num / den, nxt[1], fraction=True, words=True, digits=scan.digits)
    return _STOP


def _bare_hundred(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"hundred thousand dollars": a bare hundred before a larger scale (not "several hundred million")."""
    if word != "hundred" or scan.seen:
        return _SKIP
    text, pos = scan.text, scan.pos
    nxt = _word_at(text, wend)
    if nxt and nxt[0] in SCALES and SCALES[nxt[0]] > 100 and not _VAGUE_BEFORE.search(text, max(0, pos - 12), pos):
        scan.current, scan.seen, scan.words, scan.max_scale = 100.0, True, True, 100.0
        return scan.read(wend, "hundred")
    return _STOP


def _hundred(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"one hundred", "15 hundred", "322 hundred"."""
    if not (word == "hundred" and scan.seen and scan.last in _COUNTED
            and (scan.current < 100 or (scan.last == "digit" and scan.plain))):
        return _SKIP
    scan.current = scan.and_base + ((scan.current - scan.and_base) or 1) * 100
    scan.words = True
    scan.max_scale = max(scan.max_scale, 100)
    return scan.read(wend, "hundred")


def _scale(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"49 thousand", "two million three hundred thousand"; a scale after a scale only when larger."""
    if not (word in SCALES and word != "hundred" and scan.seen
            and scan.last in (*_COUNTED, "hundred", "half", "scale")):
        return _SKIP
    scale = SCALES[word]
    if scan.last == "scale" and not (scale > scan.last_scale):
        return _STOP
    if scan.last_scale and scale > scan.last_scale:
        if scan.current or scan.last == "scale":
            scan.total = (scan.total + (scan.current or 0)) * scale
        else:
            scan.total = scan.total * scale
    else:
        scan.total += (scan.current or 1) * scale
    scan.current = scan.and_base = 0.0
    scan.last_scale = scale
    scan.max_scale = max(scan.max_scale, scale)
    scan.words = True
    return scan.read(wend, "scale")


def _dozen(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"two dozen"; "three hundred and two dozens": the dozen counts what follows the "and"."""
    if not (word in ("dozen", "dozens", "dozs", "dzs") and scan.seen
            and scan.last in (*_COUNTED, "half", "hundred")):
        return _SKIP
    scan.current = scan.and_base + ((scan.current - scan.and_base) or 1) * 12
    scan.words = True
    return scan.read(wend, "dozen")


def _half(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"half a million", "half million", "half a dozen", "half-dozen", or a bare "half"."""
    if word != "half" or scan.seen:
        return _SKIP
    nxt = _word_at(scan.text, wend)
    if nxt and nxt[0] in ("a", "an"):
        nxt2 = _word_at(scan.text, nxt[1])
        if nxt2 and (nxt2[0] in SCALES or nxt2[0] in ("dozen",)):
            mult = 12 if nxt2[0] == "dozen" else SCALES[nxt2[0]]
            return Parsed(0.5 * mult, nxt2[1], scaled=mult, words=True, fraction=True)
    if nxt and (nxt[0] in SCALES and nxt[0] != "hundred" or nxt[0] == "dozen" and nxt[2]):
        mult = 12 if nxt[0] == "dozen" else SCALES[nxt[0]]  # "half million", "half-dozen"
        return Parsed(0.5 * mult, nxt[1], scaled=mult, words=True, fraction=True)
    return Parsed(0.5, wend, fraction=True, words=True)


def _quarter(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"quarter million"; a bare "quarter" is no number."""
    if word not in ("quarter", "quarters") or scan.seen:
        return _SKIP
    nxt = _word_at(scan.text, wend)
    if nxt and nxt[0] in SCALES and nxt[0] != "hundred":
        return Parsed(0.25 * SCALES[nxt[0]], nxt[1], scaled=SCALES[nxt[0]], words=True, fraction=True)
    return _STOP


def _and(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"one and a half", "five billion and three quarters", "hundred and six", "3 million and a half".

    The number after "and" is read on its own (one level deeper) and joins this one when it is a fraction
    (:func:`_and_fraction`) or smaller than this one's last scale.
    """
    if word != "and" or not scan.seen:
        return _SKIP
    text, n = scan.text, scan.n
    j = wend
    while j < n and text[j] in " \t\u00a0":
        j += 1
    if j == wend and text[j:j + 1] == "-":  # "two-and-a-half years"
        j += 1
    bare = text[j:j + 4].lower() in ("half", "quar")  # "44 million and half lives": not a fraction
    sub = _parse_number(text, j, scan.depth + 1) if j > wend and j < n and not bare and scan.depth < 3 else None
    if sub is None or sub.ordinal or sub.decade:
        return _STOP
    if sub.fraction and 0 < sub.value / sub.scaled < 1:
        return _and_fraction(scan, sub)
    last = scan.last
    level = scan.last_scale if last == "scale" else (100 if last == "hundred" else 0)
    if not level or sub.value == 0 or (sub.scaled >= level and (last == "scale" or sub.scaled == level)):
        return _STOP  # "3 hundred and 2 hundred", "4 thousand 3 hundred and 0": two numbers
    if sub.digits:
        if sub.value >= level or sub.value != int(sub.value):
            return _STOP
        scan.current += sub.value  # "one hundred and 5", "1 million and 500 thousand"
        scan.read(sub.end, "digit")
        return _STOP
    scan.and_base = scan.current
    scan.i = wend
    scan.last = "and"
    return _NEXT


def _and_fraction(scan: _Scan, sub: Parsed) -> object:
    """The number with the fraction ``sub`` read after its "and" added."""
    whole = scan.total + scan.current
    if sub.scaled > 1:
        if scan.last_scale and sub.scaled < scan.last_scale:      # "one billion and a half million"
            value = whole + sub.value
        elif not scan.last_scale and scan.last != "hundred":      # "five and a half million"
            value = (whole + sub.value / sub.scaled) * sub.scaled
        else:
            return _STOP
    else:                                                         # "two million and three fifths"
        value = whole + sub.value * (scan.last_scale if scan.last == "scale" else 1)
    return Parsed(value, sub.end, scaled=max(scan.max_scale, sub.scaled, scan.last_scale or 1), words=True,
                  digits=scan.digits)


def _point(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"two hundred point zero three", "point seventy-one": spoken decimals end the number."""
    if not (word == "point" and scan.seen and scan.last in ("unit", "teen", "tens", "hundred", "scale", "digit")
            and scan.words):
        return _SKIP
    text = scan.text
    j = wend
    frac_digits = ""
    while True:
        nxt = _word_at(text, j)
        if not nxt or nxt[0] not in CARDINALS:
            break
        v = CARDINALS[nxt[0]]
        if v >= 20 and v % 10 == 0:
            nxt2 = _word_at(text, nxt[1])
            if nxt2 and nxt2[0] in CARDINALS and CARDINALS[nxt2[0]] < 10 and nxt2[2]:
                v += CARDINALS[nxt2[0]]
                nxt = nxt2
        frac_digits += str(v)
        j = nxt[1]
    if frac_digits:
        scan.current += float("0." + frac_digits)
        scan.i = scan.end = j
    return _STOP


def _tens_ordinal(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"twenty-first", "one hundred twenty fifth"."""
    if not (scan.seen and scan.last == "tens" and word in _UNIT_ORDINALS
            and (hyph or not _HYPHEN_LETTER.match(scan.text[wend:wend + 2]))):
        return _SKIP
    return Parsed(scan.total + scan.current + _UNIT_ORDINALS[word], wend, ordinal=True, words=True)


def _denominator(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"a fifth", "two thirds", "three quarters", "five billion and three quarters"; "two hundredth" is an
    ordinal, and "a third term", "a fifth-generation fighter" are no number."""
    if not (word in DENOMINATORS and scan.seen and scan.last in (*_COUNTED, "hundred", "scale")
            and (scan.last != "digit" or scan.current < 100)):
        return _SKIP
    den = DENOMINATORS[word]
    singular = _singular_ordinal(word)
    whole = scan.last == "scale"
    num = scan.total if whole else (scan.current or 1)
    if word in _BIG_ORDINALS and singular and num != 1 and scan.last != "digit":
        # "two hundredth", "three trillionth", "a hundred trillionth": ordinals
        return Parsed((scan.total + scan.current) * _BIG_ORDINALS[word], wend, ordinal=True, words=True)
    if not ((num == 1) == singular or word in ("half", "halves", "quarter", "quarters")):
        return _STOP
    if scan.article and scan.last == "a" and word not in ("half", "quarter") and not scan.fraction_stands(wend):
        return None  # "a third term", "a fifth-generation fighter": an ordinal
    value = num / den if whole else scan.total + num / den
    return _scaled_fraction(scan, word, num, value, wend)


def _scaled_fraction(scan: _Scan, word: str, num: float, value: float, wend: int) -> Parsed:
    """A fraction, or a fraction of what follows it: "a half-dozen", "a quarter million", "two thirds of a million"."""
    nxt = _word_at(scan.text, wend)
    if nxt and nxt[0] == "dozen" and word == "half" and num == 1:  # "a half-dozen"
        return Parsed(6.0, nxt[1], scaled=12, words=True, fraction=True)
    if nxt and nxt[0] in SCALES and nxt[0] != "hundred" and not scan.total:
        # "a quarter million", "three quarters billion"
        return Parsed(value * SCALES[nxt[0]], nxt[1], scaled=SCALES[nxt[0]], words=True, fraction=True)
    of = _OF_A_SCALE.match(scan.text, wend)
    if of and not scan.total:  # "two thirds of a million"
        scale = SCALES[of.group(1).lower()]
        return Parsed(value * scale, of.end(), scaled=scale, words=True, fraction=True)
    return Parsed(value, wend, fraction=True, words=True, digits=scan.digits)


def _ordinal(scan: _Scan, word: str, wend: int, hyph: bool) -> object:
    """"fourth", "hundredth" as the first word."""
    if word not in ORDINALS or scan.seen:
        return _SKIP
    return Parsed(float(ORDINALS[word]), wend, ordinal=True, words=True)


#: The words the rules take as the first word of a number (see :func:`_parse_number`).
_FIRST_WORDS = frozenset(CARDINALS) - {"nil"} | {"hundred", "half", "quarter", "quarters"} | frozenset(ORDINALS)

#: The rules of the word scan, in the order they are asked; a word no rule takes ends the number.
_WORD_RULES: tuple[Callable[[_Scan, str, int, bool], object], ...] = (
    _cardinal, _bare_hundred, _hundred, _scale, _dozen, _half, _quarter, _and, _point, _tens_ordinal,
    _denominator, _ordinal)
