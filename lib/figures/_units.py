"""Units of measure after a number ("120 km/h", "64GB", "3,000 mAh", "80 square metres") and rates
("$50 a barrel", "75p an hour", "5% a year", "70 million passengers a year").

Unit words are read by pint's unit registry (which ships its definitions inside the package: nothing is
downloaded), with a small table of the forms news writes that pint lacks or misreads first
(lib/data/figure_unit_forms.csv: "Mbps", "bhp", "kilos") and a list of words pint knows that after a
number are no unit (lib/data/figure_not_unit_words.txt: "a", "in", "points", "cups"). A unit is kept only
when it measures one of :data:`MEASURE_DIMENSIONS` (length, mass, area, volume, speed, power, energy,
data, data rate, frequency, charge, temperature); its name is pint's, made full, singular and British
(lib/data/figure_unit_spellings.csv): "km/h" -> "kilometre per hour", "GB" -> "gigabyte", "sq m" ->
"square metre". The registry is loaded on the first unit word to look up (about half a second), and
every word's answer is kept.

>>> unit_name("km/h"), unit_name("mph"), unit_name("GB"), unit_name("mAh"), unit_name("hp")
('kilometre per hour', 'mile per hour', 'gigabyte', 'milliampere hour', 'horsepower')
>>> unit_name("square metres"), unit_name("Mbps"), unit_name("tonnes"), unit_name("jobs"), unit_name("in")
('square metre', 'megabit per second', 'tonne', None, None)
"""
from __future__ import annotations

import re
from functools import cache

from ._phrases import _np_after, _singular
from ._vocabulary import TIME_UNITS, word_pairs, word_set

__all__ = ["unit_name", "measure_after", "rate_after", "counted_unit", "MEASURE_DIMENSIONS", "UNIT_FORMS",
           "NOT_UNIT_WORDS", "RATE_NOUNS"]

#: Forms written in news -> unit name (lib/data/figure_unit_forms.csv), tried before pint.
UNIT_FORMS: dict[str, str] = word_pairs("figure_unit_forms.csv")
#: Words pint reads as units that are none after a number in news (lib/data/figure_not_unit_words.txt).
NOT_UNIT_WORDS: frozenset[str] = word_set("figure_not_unit_words.txt")
#: Nouns that make a rate after "a"/"an" besides units of time and measure (lib/data/figure_rate_nouns.txt).
RATE_NOUNS: frozenset[str] = word_set("figure_rate_nouns.txt")
_SPELLINGS: dict[str, str] = word_pairs("figure_unit_spellings.csv")

#: What a unit may measure, by name, with its dimensions as pint counts them (time alone is a
#: duration, read before).
MEASURE_DIMENSIONS: dict[str, dict[str, int]] = {
    "length": {"[length]": 1}, "mass": {"[mass]": 1}, "area": {"[length]": 2}, "volume": {"[length]": 3},
    "speed": {"[length]": 1, "[time]": -1}, "power": {"[length]": 2, "[mass]": 1, "[time]": -3},
    "energy": {"[length]": 2, "[mass]": 1, "[time]": -2}, "frequency": {"[time]": -1},
    "charge": {"[current]": 1, "[time]": 1}, "temperature": {"[temperature]": 1},
    "pixels": {"[printing_unit]": 1},
}
_DIMENSIONS = frozenset(tuple(sorted(d.items())) for d in MEASURE_DIMENSIONS.values())
_ENERGY = tuple(sorted(MEASURE_DIMENSIONS["energy"].items()))
#: The prefixes a unit may have (lib/data/figure_unit_prefixes.txt).
UNIT_PREFIXES: frozenset[str] = word_set("figure_unit_prefixes.txt")
_DATA = re.compile(r"(?:bit|byte)s?$")


@cache
def _registry():
    import pint  # loaded on the first unit word looked up

    return pint.UnitRegistry()


def _prefix_ok(name: str) -> bool:
    """Whether pint's unit ``name`` has no prefix or a common one (:data:`UNIT_PREFIXES`)."""
    return all(not prefix or prefix in UNIT_PREFIXES for prefix, _, _ in _registry().parse_unit_name(name))


def _vocabulary_name(pint_name: str) -> str:
    """pint's name of a unit ("kilometer / hour", "meter ** 2") in the vocabulary ("kilometre per hour")."""
    for a, b in _SPELLINGS.items():
        pint_name = pint_name.replace(a, b)
    parts = []
    for part in pint_name.split(" / "):
        words = []
        for factor in part.split(" * "):
            base, _, power = factor.partition(" ** ")
            words.append({"2": "square ", "3": "cubic "}.get(power, "") + base)
        parts.append(" ".join(words))
    return " per ".join(parts).replace("_", " ")


@cache
def unit_name(word: str) -> str | None:
    """The unit a word (or two) after a number names, in the vocabulary; None when it is none."""
    if word in UNIT_FORMS:
        return UNIT_FORMS[word]
    first, *rest = word.split()
    if first in NOT_UNIT_WORDS or word.lower() in TIME_UNITS \
            or any(w in NOT_UNIT_WORDS and w != "per" and w.lower() not in TIME_UNITS for w in rest):
        return None
    if not (word[:1].isalpha() or word[:1] in "°µ") or (word[1:].isupper() and len(word) > 3):
        return None
    last = rest[-1] if rest else first
    if last.isalpha() and "per" not in rest and not _registry().parse_unit_name(last):
        return None  # ends in a word that names no unit ("jobs", "people were"): pint's name lookup, not its parser
    try:
        unit = _registry().parse_units(word)
    except Exception:  # noqa: BLE001 - pint raises several kinds of error for words it does not know
        return None
    if not all(_prefix_ok(u) for u in dict(unit._units)):
        return None
    dims = tuple(sorted((d, int(e)) for d, e in dict(unit.dimensionality).items()))
    if rest and "per" not in rest and not word.startswith(("square", "sq", "cubic")) and dims != _ENERGY:
        return None  # a product of two words: "kilowatt hours", not "metres in"
    name = str(unit)
    if not dims:  # data ("GB") is dimensionless to pint; so are percent, radians, dozens
        return _vocabulary_name(name) if _DATA.search(name.split(" / ")[0]) else None
    if dims not in _DIMENSIONS or (dims == (("[time]", -1),) and not name.endswith(("hertz", "bit / second"))):
        return None
    if " * " in name and " " in word:  # "kilowatt hours": the factors in the order written
        return " ".join(_vocabulary_name(str(_registry().parse_units(w))) for w in word.split())
    return _vocabulary_name(name)


# a unit written after a number: glued or after a space or hyphen; "square"/"sq"/"cubic" before it;
# "/h" after it; a second word ("nautical miles", "gigawatt hours") is tried first
_UNIT_AFTER = re.compile(r"(?P<sp>[ \t\u00a0]?|-)(?P<u>(?:(?:square|sq\.?|cubic)[ \t]+)?[A-Za-zµ°][A-Za-z°²³]*"
                         r"(?:/[A-Za-z]+)?)(?![\w'’])(?:[ \t-](?P<w2>[a-z]+)(?![\w'’]))?")
# a rate after a figure: "a year", "an hour", "per share", "/barrel", "each week"; not "a year ago"
_RATE_AFTER = re.compile(
    r"\)?(?:[ \t]*\([^()]{1,40}\))?(?:[ \t]+of[ \t]+(?P<of>[a-z]+))?"
    r"(?:[ \t]+(?P<w>a|an|per|each|every)[ \t]+|[ \t]*/[ \t]*)"
    r"(?P<d>[A-Za-z]+)(?![\w'’])(?![ \t]+(?:ago|earlier|later|before|after|old|or)\b)", re.I)



def measure_after(text: str, end: int, glued_ok: bool) -> tuple[str, int] | None:
    """The unit right after a number ending at ``end`` and where it ends ("5 km" -> ("kilometre", 4)),
    with a rate of it ("70 miles an hour" -> "mile per hour"); None when no unit follows.

    ``glued_ok``: whether a unit may be glued to the number ("64GB"; not after a number in words).
    """
    m = _UNIT_AFTER.match(text, end)
    if not m or (not m.group("sp") and not glued_ok):
        return None
    u, stop = m.group("u"), m.end("u")
    name = None
    if m.group("w2"):
        name = unit_name(f"{u} {m.group('w2')}")
        stop = m.end() if name else stop
    name = name or unit_name(u)
    if name is None:
        return None
    per = rate_after(text, stop, measure=True)
    if per and " per " not in name:
        return f"{name} per {per[0]}", per[1]
    return name, stop


def rate_after(text: str, end: int, measure: bool = False) -> tuple[str, int] | None:
    """What a figure ending at ``end`` is per ("$50 a barrel" -> ("barrel", end of "barrel")), or None.

    After "a"/"an"/"each"/"every": a unit of time, a measure unit or a noun of :data:`RATE_NOUNS`;
    after "per" or "/" any lower-case noun too ("per canister"). ``measure``: only units of time and
    measure ("70 miles an hour").
    """
    m = _RATE_AFTER.match(text, end)
    if not m:
        return None
    d = m.group("d")
    low = d.lower()
    if m.group("of") and not measure:
        return None  # "of" only after a measure: "793,000 barrels of oil per day"
    if low in TIME_UNITS:
        return TIME_UNITS[low], m.end()
    name = unit_name(d) or unit_name(low)
    if name:
        return name, m.end()
    if measure or not d.islower():
        return None
    noun = _singular(low)
    if noun in RATE_NOUNS:
        return noun, m.end()
    if (m.group("w") or "/").lower() in ("per", "/"):  # "per successful asylum seeker": the phrase's head
        np, end = _np_after(text, m.start("d") - 1, min(len(text), m.start("d") + 60), 3, plural_stop=True)
        return (counted_unit(np), end) if np else (noun, m.end())
    return None


#: Nouns before "of" that are the counted noun themselves ("pairs of shoes"), besides units
#: (lib/data/figure_of_heads.txt).
_OF_HEADS: frozenset[str] = word_set("figure_of_heads.txt")


def counted_unit(np: str) -> str:
    """The counted noun of a noun phrase after a count, singular: its head, the last word
    ("garment workers" -> "worker", "foreign-owned textile factories" -> "factory"); before "of" the
    word before it when that is a unit of measure ("barrels of oil" -> "barrel"), else the phrase with
    its "of" ("heads of state" -> "head of state").

    >>> counted_unit("garment workers"), counted_unit("barrels of oil"), counted_unit("heads of state")
    ('worker', 'barrel', 'head of state')
    """
    words = np.split()
    if not words:
        return ""
    if "of" in words[1:]:
        k = words.index("of")
        head = _singular(words[k - 1])
        if unit_name(words[k - 1]) or unit_name(head) or head in _OF_HEADS:
            return unit_name(words[k - 1]) or head
        return " ".join([head] + words[k:])
    if len(words[-1]) > 5 and words[-1].endswith("ed") and not words[-1].endswith("eed"):
        return ""  # a participle, no noun: "the 12 affected", "14 already allocated"
    return _singular(words[-1])
