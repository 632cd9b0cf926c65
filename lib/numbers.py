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
from typing import NamedTuple

__all__ = ["Parsed", "parse_number", "currency_code", "CURRENCY_NAMES", "CURRENCY_SYMBOLS",
           "ISO_CODES", "SCALES", "ORDINALS", "CARDINALS", "SUBUNITS", "SUBUNIT_FACTORS"]

# --------------------------------------------------------------------------
# number words

CARDINALS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Written after digits: "£300m", "€1.2bn", "10k", "2.174T", "10 bln".
ABBREVIATED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6,
                      "b": 1e9, "bn": 1e9, "bln": 1e9, "g": 1e9, "t": 1e12, "tn": 1e12,
                      "tln": 1e12, "trn": 1e12}
_ORD_BASE = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
ORDINALS = dict(_ORD_BASE)
# Fractions: "a fifth", "two thirds", "three quarters", "one half".
DENOMINATORS = {**{k: v for k, v in _ORD_BASE.items() if k not in ("first", "second")},
                **{k + "s": v for k, v in _ORD_BASE.items() if k not in ("first", "second")},
                "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "seconds": 2}
DENOMINATORS.pop("seconds")
NUMBER_WORDS = set(CARDINALS) | set(SCALES) | set(ORDINALS) | set(DENOMINATORS) | {"dozen", "dozens", "half"}

# --------------------------------------------------------------------------
# currencies: ISO 4217 codes, symbols and names (lower case). Edit freely.

ISO_CODES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD GBP GEL GHS GIP
GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD
KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN
NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP
SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV
WST XAF XCD XOF XPF YER ZAR ZMW ZWL BTC
""".split())

# Prefixes written before a number: "$6.3 billion", "US$ 150 million", "€1.2bn".
CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "u.s $": "USD", "us $": "USD", "usd$": "USD",
    "c$": "CAD", "c $": "CAD", "ca$": "CAD", "cad$": "CAD", "a$": "AUD", "au$": "AUD", "aud$": "AUD",
    "nz$": "NZD", "nzd$": "NZD", "hk$": "HKD", "hk $": "HKD", "s$": "SGD", "mex$": "MXN", "mxn$": "MXN",
    "r$": "BRL", "nt$": "TWD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₸": "KZT", "₩": "KRW",
    "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₴": "UAH", "₦": "NGN", "₱": "PHP", "₫": "VND",
    "₪": "ILS", "₼": "AZN", "元": "CNY", "ரூ": "LKR", "rs": "INR", "rs.": "INR",
}

_NAMES = """
USD: dollar, dollars, us dollar, us dollars, u.s. dollar, u.s. dollars, american dollars, buck, bucks
EUR: euro, euros
GBP: pound sterling, pounds sterling, sterling, pound, pounds, british pound, british pounds, quid
JPY: yen, japanese yen
CNY: yuan, chinese yuan, renminbi, rmb, kuai
INR: rupee, rupees, indian rupee, indian rupees
PKR: pakistani rupee, pakistani rupees
LKR: sri lankan rupee, sri lankan rupees
RUB: rouble, roubles, ruble, rubles, russian rouble, russian roubles, russian ruble, russian rubles
TRY: lira, liras, lire, turkish lira, turkish liras
KZT: tenge, kazakh tenge, kazakhstani tenge
KGS: som, soms, kyrgyz som, kyrgyz soms
UZS: uzbek som, uzbek soms, uzbek sum
AZN: manat, manats, azerbaijani manat, azerbaijani manats
TMT: turkmen manat, turkmen manats
TJS: somoni, somonis
AMD: dram, drams, armenian dram
GEL: lari, laris, georgian lari
UAH: hryvnia, hryvnias, hryvnya
BYN: belarusian rouble, belarusian roubles, belarusian ruble, belarusian rubles
MNT: tugrik, tugriks
PLN: zloty, zlotys, zlotych
HUF: forint, forints
CZK: koruna, korunas, czech koruna
SEK: krona, kronor, swedish krona, swedish kronor
NOK: norwegian krone, norwegian kroner
DKK: danish krone, danish kroner
ISK: icelandic krona
CHF: swiss franc, swiss francs
XAF: cfa franc, cfa francs
MXN: mexican peso, mexican pesos
ARS: argentine peso, argentine pesos
PHP: philippine peso, philippine pesos
BRL: brazilian real, brazilian reais, reais
ZAR: rand, rands, south african rand
NGN: naira
KES: kenyan shilling, kenyan shillings
AED: dirham, dirhams, uae dirham
SAR: riyal, riyals, saudi riyal, saudi riyals
IRR: rial, rials, iranian rial
KRW: south korean won, korean won
THB: baht
MYR: ringgit
IDR: rupiah
VND: dong
BDT: taka
AFN: afghani, afghanis
CAD: canadian dollar, canadian dollars
AUD: australian dollar, australian dollars
NZD: new zealand dollar, new zealand dollars
HKD: hong kong dollar, hong kong dollars
SGD: singapore dollar, singapore dollars
TWD: taiwan dollar, taiwan dollars, new taiwan dollars
EGP: egyptian pound, egyptian pounds
LAK: kip
BTC: bitcoin, bitcoins, btc
FRF: franc, francs, french franc, french francs
DEM: deutschmark, deutschmarks, deutsche mark, deutsche marks
ITL: italian lira, italian lire
ESP: peseta, pesetas
NLG: guilder, guilders, dutch guilder, dutch guilders
FIM: markka, markkas, finnish markka
"""
CURRENCY_NAMES: dict[str, str] = {}
for _line in _NAMES.strip().splitlines():
    _code, _names = _line.split(":")
    for _n in _names.split(","):
        CURRENCY_NAMES[_n.strip()] = _code.strip()
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


def _parse_number(text: str, pos: int, depth: int) -> Parsed | None:
    """:func:`parse_number`; ``depth`` counts the "and"s followed so far (at most three: no deep recursion)."""
    n = len(text)
    total = 0.0
    current = 0.0
    and_base = 0.0       # value of ``current`` when the last "and" was read: "three hundred and two dozens"
    last = ""            # type of the last token read
    seen = False
    end = pos
    digits = words = ordinal = fraction = plain = decade = False
    last_scale = 0.0
    max_scale = 1.0
    i = pos
    article = False

    # a leading "a"/"an" only before a scale, a fraction or "dozen": "a fifth", "a hundred", "a twenty-first"
    m = _LEADING_ARTICLE.match(text[pos:pos + 4])
    if m:
        nxt = _word_at(text, pos + len(m.group(1)))
        if not nxt or nxt[0] not in SCALES and nxt[0] not in DENOMINATORS and nxt[0] not in ("dozen", "half"):
            nxt2 = _word_at(text, nxt[1]) if nxt and nxt[0] in _TENS else None
            if not nxt2 or nxt2[0] not in _UNIT_ORDINALS:
                return None
        article = True
        current, seen, last, words = 1.0, True, "a", True
        i = pos + len(m.group(1))
    elif text[pos:pos + 1].isdigit() or (text[pos:pos + 1] == "." and text[pos + 1:pos + 2].isdigit()):
        got = _digits_at(text, pos)
        if not got:
            return None
        current, i, plain = got
        seen, last, digits = True, "digit", True
        end = i
        suf = _ORD_SUFFIX.match(text, i)
        if suf and (plain or _GROUPED_THOUSANDS.fullmatch(text[pos:i])):
            return Parsed(current, suf.end(), ordinal=True, digits=True)
        if plain and len(text[pos:i]) == 4 and text[i:i + 1] == "s" and not text[i + 1:i + 2].isalpha():
            return Parsed(current, i + 1, digits=True, plain_int=True, decade=True)
        if not plain:
            # decimals do not combine with later number words except scales
            w = _word_at(text, i)
            if w and w[0] in SCALES and not w[2]:
                current *= SCALES[w[0]]
                return Parsed(current, w[1], scaled=SCALES[w[0]], digits=True, words=True)
            return Parsed(current, i, digits=True)
    else:
        i = pos
    end = i if seen else pos

    while i < n:
        w = _word_at(text, i) if (seen or i > pos) else None
        if not seen and i == pos:
            m2 = _LETTERS.match(text[i:i + 20])
            w = (m2.group().lower(), i + m2.end(), False) if m2 else None
        if w is None:
            # "4 thousand 3 hundred": digits after a scale word
            if seen and last == "scale" and (sp := _SP_DIGIT.match(text, i)):
                got = _digits_at(text, sp.end())
                if got and got[2] and got[0] < 1000:
                    current += got[0]
                    i = end = got[1]
                    last = "digit"
                    continue
            break
        word, wend, hyph = w
        if word in CARDINALS and word not in ("nil",):
            v = CARDINALS[word]
            if not seen:
                ok = True
            elif last == "tens":
                ok = v < 10 and current % 10 == 0
            elif last in ("hundred", "scale", "and"):
                ok = True
            else:
                ok = False
            if not ok:
                # "one twenty-fifth", "three twenty firsts": a fraction with a compound denominator
                if seen and word in _TENS and last in ("unit", "teen", "tens", "a", "hundred", "digit"):
                    nxt = _word_at(text, wend)
                    plural = nxt[0][:-1] if nxt and nxt[0].endswith("s") and nxt[0] != "seconds" else ""
                    if nxt and (nxt[0] in _UNIT_ORDINALS or plural in _UNIT_ORDINALS):
                        num = total + current
                        if (num == 1) == (nxt[0] in _UNIT_ORDINALS):
                            if article and not _FRACTION_FOLLOW.match(text, nxt[1]) \
                                    and not _FRACTION_LEAD.search(text, max(0, pos - 16), pos):
                                return None
                            den = v + _UNIT_ORDINALS[nxt[0] if nxt[0] in _UNIT_ORDINALS else plural]
                            return Parsed(num / den, nxt[1], fraction=True, words=True, digits=digits)
                break
            current += v
            seen, words = True, True
            last = "tens" if v >= 20 and v % 10 == 0 else ("teen" if v >= 10 else "unit")
            i = end = wend
            continue
        if word == "hundred" and not seen:
            # "hundred thousand dollars": a bare hundred before a larger scale (not "several hundred million")
            nxt = _word_at(text, wend)
            if nxt and nxt[0] in SCALES and SCALES[nxt[0]] > 100 and not _VAGUE_BEFORE.search(text, max(0, pos - 12), pos):
                current, seen, last, words, max_scale = 100.0, True, "hundred", True, 100.0
                i = end = wend
                continue
            break
        if word == "hundred" and seen and last in ("unit", "teen", "tens", "digit", "a") and (current < 100 or (last == "digit" and plain)):
            # "one hundred", "15 hundred", "322 hundred"
            current = and_base + ((current - and_base) or 1) * 100
            last, words = "hundred", True
            max_scale = max(max_scale, 100)
            i = end = wend
            continue
        if word in SCALES and word != "hundred" and seen and last in ("unit", "teen", "tens", "digit", "a", "hundred", "half", "scale"):
            scale = SCALES[word]
            if last == "scale" and not (scale > last_scale):
                break
            if last_scale and scale > last_scale:
                total = (total + (current or 0)) * scale if current or last == "scale" else total * scale
            else:
                total += (current or 1) * scale
            current = and_base = 0.0
            last_scale = scale
            max_scale = max(max_scale, scale)
            last, words = "scale", True
            i = end = wend
            continue
        if word in ("dozen", "dozens", "dozs", "dzs") and seen and last in ("unit", "teen", "tens", "digit", "a", "half", "hundred"):
            # "three hundred and two dozens": the dozen counts what follows the "and"
            current = and_base + ((current - and_base) or 1) * 12
            last, words = "dozen", True
            i = end = wend
            continue
        if word == "half" and not seen:
            # "half a million", "half million", "half a dozen", or a bare "half"
            nxt = _word_at(text, wend)
            if nxt and nxt[0] in ("a", "an"):
                nxt2 = _word_at(text, nxt[1])
                if nxt2 and (nxt2[0] in SCALES or nxt2[0] in ("dozen",)):
                    mult = 12 if nxt2[0] == "dozen" else SCALES[nxt2[0]]
                    return Parsed(0.5 * mult, nxt2[1], scaled=mult, words=True, fraction=True)
            if nxt and (nxt[0] in SCALES and nxt[0] != "hundred" or nxt[0] == "dozen" and nxt[2]):
                mult = 12 if nxt[0] == "dozen" else SCALES[nxt[0]]  # "half million", "half-dozen"
                return Parsed(0.5 * mult, nxt[1], scaled=mult, words=True, fraction=True)
            return Parsed(0.5, wend, fraction=True, words=True)
        if word in ("quarter", "quarters") and not seen:
            nxt = _word_at(text, wend)
            if nxt and nxt[0] in SCALES and nxt[0] != "hundred":
                return Parsed(0.25 * SCALES[nxt[0]], nxt[1], scaled=SCALES[nxt[0]], words=True, fraction=True)
            break
        if word == "and" and seen:
            # "one and a half", "five billion and three quarters", "hundred and six", "3 million and a half"
            j = wend
            while j < n and text[j] in " \t\u00a0":
                j += 1
            if j == wend and text[j:j + 1] == "-":  # "two-and-a-half years"
                j += 1
            bare = text[j:j + 4].lower() in ("half", "quar")  # "44 million and half lives": not a fraction
            sub = _parse_number(text, j, depth + 1) if j > wend and j < n and not bare and depth < 3 else None
            if sub is None or sub.ordinal or sub.decade:
                break
            if sub.fraction and 0 < sub.value / sub.scaled < 1:
                if sub.scaled > 1:
                    if last_scale and sub.scaled < last_scale:      # "one billion and a half million"
                        value = total + current + sub.value
                    elif not last_scale and last != "hundred":      # "five and a half million"
                        value = (total + current + sub.value / sub.scaled) * sub.scaled
                    else:
                        break
                else:                                               # "two million and three fifths"
                    value = total + current + sub.value * (last_scale if last == "scale" else 1)
                return Parsed(value, sub.end, scaled=max(max_scale, sub.scaled, last_scale or 1), words=True,
                              digits=digits)
            level = last_scale if last == "scale" else (100 if last == "hundred" else 0)
            if not level or sub.value == 0 or (sub.scaled >= level and (last == "scale" or sub.scaled == level)):
                break  # "3 hundred and 2 hundred", "4 thousand 3 hundred and 0": two numbers
            if sub.digits:
                if sub.value >= level or sub.value != int(sub.value):
                    break
                current += sub.value  # "one hundred and 5", "1 million and 500 thousand"
                i = end = sub.end
                last = "digit"
                break
            and_base = current
            i = wend
            last = "and"
            continue
        if word == "point" and seen and last in ("unit", "teen", "tens", "hundred", "scale", "digit") and words:
            # "two hundred point zero three", "point seventy-one"
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
                current += float("0." + frac_digits)
                i = end = j
            break
        if seen and last == "tens" and word in _UNIT_ORDINALS and (hyph or not _HYPHEN_LETTER.match(text[wend:wend + 2])):
            # "twenty-first", "one hundred twenty fifth"
            return Parsed(total + current + _UNIT_ORDINALS[word], wend, ordinal=True, words=True)
        if word in DENOMINATORS and seen and last in ("unit", "teen", "tens", "a", "hundred", "digit", "scale") \
                and (last != "digit" or current < 100) and not ordinal:
            den = DENOMINATORS[word]
            singular = _singular_ordinal(word)
            whole = last == "scale"
            num = total if whole else (current or 1)
            if word in _BIG_ORDINALS and singular and num != 1 and last != "digit":
                # "two hundredth", "three trillionth", "a hundred trillionth": ordinals
                return Parsed((total + current) * _BIG_ORDINALS[word], wend, ordinal=True, words=True)
            if (num == 1) == singular or word in ("half", "halves", "quarter", "quarters"):
                if article and last == "a" and word not in ("half", "quarter") and not _FRACTION_FOLLOW.match(text, wend) \
                        and not _FRACTION_LEAD.search(text, max(0, pos - 16), pos):
                    return None  # "a third term", "a fifth-generation fighter": an ordinal
                value = num / den if whole else total + num / den
                nxt = _word_at(text, wend)
                if nxt and nxt[0] == "dozen" and word == "half" and num == 1:  # "a half-dozen"
                    return Parsed(6.0, nxt[1], scaled=12, words=True, fraction=True)
                if nxt and nxt[0] in SCALES and nxt[0] != "hundred" and not total:
                    # "a quarter million", "three quarters billion"
                    return Parsed(value * SCALES[nxt[0]], nxt[1], scaled=SCALES[nxt[0]], words=True, fraction=True)
                of = _OF_A_SCALE.match(text, wend)
                if of and not total:  # "two thirds of a million"
                    scale = SCALES[of.group(1).lower()]
                    return Parsed(value * scale, of.end(), scaled=scale, words=True, fraction=True)
                return Parsed(value, wend, fraction=True, words=True, digits=digits)
            break
        if word in ORDINALS and not seen:
            return Parsed(float(ORDINALS[word]), wend, ordinal=True, words=True)
        break

    if not seen:
        return None
    if article and last == "a":
        return None
    value = total + current
    return Parsed(value, end, scaled=max_scale, digits=digits, words=words,
                  plain_int=plain and not words and max_scale == 1.0)
