"""Figures in news text: find every number, normalise it, say what it measures.

One row per figure, with character offsets into the article's ``text``:

>>> f = figures_in("Mutual trade volume reached $6.3 billion in 2022, up 33%.")
>>> f[["surface", "value", "unit", "kind", "qualifier", "subject", "period"]].values.tolist()
[['$6.3 billion', 6300000000.0, 'USD', 'money', '=', 'mutual trade volume', 2022], ['2022', 2022.0, 'year', 'year', '=', '', <NA>], ['33%', 33.0, '%', 'percent', 'up', 'mutual trade volume', 2022]]

Columns: start, end, surface, value, low, high, unit, kind, qualifier, subject,
period, speaker.

* ``kind`` is one of money, percent, count, ordinal, rank, year, duration.
* ``unit`` is an ISO 4217 code for money, ``%`` for percentages, the counted
  noun for counts ("agreement", "head of state"), the noun an ordinal or rank
  qualifies ("summit"), the time unit for durations, ``year`` for years.
* ``qualifier``: ``=`` exact, ``>`` ("more than", "exceeding", "over"),
  ``<`` ("less than", "under", "up to"), ``~`` ("about", "nearly", "some"),
  ``up``/``down`` (a change: "up 33%", "fell by 5%"), ``target`` (an aim:
  "the target of", "needs to be increased to", "a $10 billion target").
* ``low``/``high``: the ends of a range ("$3-5 billion"); for a bound, the
  side that is known (``>`` sets ``low``); equal to ``value`` otherwise.
* Proportions of small numbers ("one in five adults", "nine out of 10
  doctors", "1 over 20") are one count whose value is the quotient (0.2,
  0.9, 0.05) and whose unit is the noun after. A change followed by the new
  level ("rose 15 cents to $4.35") is two figures, not a range.
* Not figures: numbers inside dates ("5/17/2018"), addresses
  ("192.168.1.2"), phone numbers, names ("COVID-19", "5G", "3D") and clock
  times; "a third term" is an ordinal, "a third of" a fraction.
* ``subject``: what the figure measures, found by general rules, in order:
  a noun phrase right after the figure ("$4.7 billion in direct investments",
  "a $10 billion bilateral trade volume"); the noun phrase the figure is
  predicated of ("mutual trade volume reached $6.3 billion"); a verb cue from
  a small table (:data:`VERB_SUBJECTS`: "traded" -> "trade volume"). Counts
  fall back to their counted noun, ordinals and durations to the noun after.
* ``period``: a year stated next to the figure ("in 2022"), else None.
* ``speaker``: the speaker of the quote (from :func:`lib.quotes.quotes_in`)
  whose span contains the figure, when a quotes table is given.

:func:`compare_figures` groups figures that measure the same thing across
and within articles and says whether they agree. :func:`evaluate_figures`
scores a figures table against hand annotations.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from itertools import combinations
from typing import Any, Iterable, Iterator, Mapping

import numpy as np
import pandas as pd

from ..numbers import (CARDINALS, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES, ORDINALS, SCALES,
                      SUBUNIT_FACTORS, SUBUNITS, Parsed, currency_code, parse_number)

__all__ = ["figures_in", "figure_rows", "figure_table", "extract_figures", "compare_figures", "comparison_rows", "comparison_frame", "evaluate_figures", "subject_key",
           "score_peer_cases", "peer_summary", "NOT_FIGURE_TOKENS", "difference_reasons", "explain_group", "group_figures",
           "figure_sentences", "COLUMNS", "COMPARED_COLUMNS", "COMPARISON_COLUMNS", "KINDS", "QUALIFIERS", "SUBJECT_SYNONYMS", "VERB_SUBJECTS"]

COLUMNS = ["start", "end", "surface", "value", "low", "high", "unit", "kind", "qualifier",
           "subject", "period", "speaker"]
#: The columns of :func:`compare_figures`.
COMPARISON_COLUMNS = ["group", "subject", "kind", "unit", "role", "doc_ids", "speakers", "values", "figures", "status",
                      "rule", "members"]
KINDS = ("money", "percent", "count", "ordinal", "rank", "year", "duration")
QUALIFIERS = ("=", ">", "<", "~", "up", "down", "target")

# --------------------------------------------------------------------------
# small editable tables (general English, no corpus facts)

#: Verbs (and nouns) that name what a nearby figure measures when no noun
#: phrase does: "the country traded goods worth $6.3 billion" -> trade volume.
VERB_SUBJECTS = {
    "traded": "trade volume", "trade": "trade volume", "trading": "trade volume",
    "exported": "exports", "exports": "exports", "imported": "imports", "imports": "imports",
    "invested": "investments", "investment": "investments", "investments": "investments",
    "killed": "death toll", "died": "death toll", "dead": "death toll", "deaths": "death toll",
    "lives": "death toll", "fatalities": "death toll", "injured": "injured",
    "spent": "spending", "spending": "spending", "spend": "spending", "spends": "spending",
    "invests": "investments", "invest": "investments", "lost": "losses", "owes": "debt", "owed": "debt", "borrowed": "borrowing", "lent": "lending",
    "raised": "funds raised", "earned": "earnings", "paid": "payment", "sold": "sales",
    "cost": "cost", "costs": "cost", "budget": "budget", "unemployment": "unemployment",
    "inflation": "inflation",
}

#: Subjects that mean the same thing, mapped to one name (used by
#: :func:`compare_figures`). Keys and values are lower case, singular.
SUBJECT_SYNONYMS = {
    "trade turnover": "trade volume", "turnover": "trade volume", "trade": "trade volume",
    "trade value": "trade volume", "volume of trade": "trade volume", "trade flow": "trade volume",
    "commodity turnover": "trade volume", "goods turnover": "trade volume",
    "investment": "investment", "investor": "investment", "fdi": "investment",
    "foreign direct investment": "investment",
    "death": "death toll", "fatality": "death toll", "toll": "death toll", "dead": "death toll",
    "casualty": "death toll", "people killed": "death toll",
    "gross domestic product": "gdp", "export": "exports", "import": "imports",
}

#: Words that say how much of a thing is counted (scope), not what it is;
#: dropped when subjects are compared ("total investments" ~ "direct investments").
SCOPE_WORDS = frozenset("""
total overall direct mutual bilateral annual yearly combined cumulative aggregate gross net
current new latest record estimated expected planned projected reported official some
about approximately around foreign domestic national global joint reciprocal two-way
""".split())

#: Generic heads that do not say what is measured ("goods worth $5m", "a total of").
GENERIC_HEADS = frozenset("""
goods products thing things amount amounts sum sums figure figures total value level number
numbers money worth part share rate percent cent time times way year years day days month
months week weeks period
""".split())

_STOP = frozenset("""
a an the this that these those its it his her their our your my we they he she i you them
him us me is are was were be been being am will would shall should can could may might must
do does did done has have had having and or but nor so yet if then than as of in on at to
for from by with without into onto over under about after before between among across
through during since until while within per each every any all both either neither other
another such no not only also just more most less least very too much many few several
which who whom whose what when where why how there here said says say told according
including include includes included like unlike via versus vs up down out off again further
once s t
""".split())

_TIME_UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
               "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour", "day": "day",
               "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
               "fortnights": "fortnight", "month": "month", "months": "month", "year": "year",
               "years": "year", "yr": "year", "yrs": "year", "decade": "decade",
               "decades": "decade", "century": "century", "centuries": "century"}
_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_IRREGULAR = {"people": "people", "men": "man", "women": "woman", "children": "child",
              "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
              "series": "series", "species": "species", "news": "news", "police": "police",
              "staff": "staff", "cattle": "cattle", "data": "data", "media": "media",
              "criteria": "criterion", "analyses": "analysis", "crises": "crisis",
              "indices": "index", "lives": "life", "wives": "wife", "halves": "half",
              "thieves": "thief", "leaves": "leaf", "bases": "base", "cases": "case",
              "taxes": "tax", "boxes": "box", "buses": "bus", "gas": "gas", "status": "status"}

# currency codes that are also common words in capitals ("ALL 5 solutions")
_CODE_WORDS = frozenset({"ALL", "TOP", "CUP", "MOP", "PEN", "BOB", "GEL", "SOS", "BAM", "NAD",
                         "DOP", "MAD", "TOP", "MDL", "AMD", "CAD"} - {"CAD"})

# --------------------------------------------------------------------------
# compiled patterns

_NUM_WORDS = sorted(set(CARDINALS) - {"nil"} | set(SCALES) - {"lakh", "lakhs", "crore", "crores"}
                    | set(ORDINALS) | {"half", "dozen", "dozens", "quarter", "quarters"}, key=len, reverse=True)
# what may follow "a"/"an" at the start of a number: "a hundred", "a fifth", "a twenty-first"
_A_NEXT = sorted({"hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter"}
                 | {w for w in ORDINALS if w not in ("first", "second")}, key=len, reverse=True)
_TENS_RE = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
def _trie_regex(words: list[str]) -> str:
    """A regex alternation built as a trie (much faster than a flat list of words)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if optional else body

    return build(trie)


# A number starts at a digit (not inside a word, a date, a path or a decimal; after a
# comma only in a list such as "22,24,26"; right after a currency code: "USD115";
# after a hyphen only in a range of abbreviated amounts: "5k-20k", "$5bn-6bn"),
# a vulgar fraction or a number word.
_START_DIGITS = (
    r"(?:(?<![\w.,/\\])(?<![A-Za-z]-)|(?<=\d,)(?=[1-9]\d?(?:[,;.!?)]|[ \t]|$))|(?<=(?-i:\b[A-Z]{3}))"
    r"|(?<=\d[kmbt]-)|(?<=\d(?:bn|mn|tn)-))(?:\d|\.\d)|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_A_AHEAD = (r"(?=(?:" + _trie_regex(_A_NEXT) + r")\b|(?:" + _TENS_RE + r")[ \t\-]+[a-z]+th\b|(?:" + _TENS_RE
            + r")[ \t\-]+(?:first|second|third)\b)")
_START_WORDS = (r"\b(?<![\w'’\-])(?:an?[ \t]+" + _A_AHEAD + "|(?:" + _trie_regex(_NUM_WORDS) + r")(?![\w'’]))")
_START = re.compile(_START_DIGITS + "|" + _START_WORDS, re.I)
# For speed, :func:`_starts` finds the matches of _START from a short list of
# candidate places, found by two patterns that begin with a character set (which
# lets the regex engine skip quickly through the text; _START, which begins with
# lookbehinds, is tried at every character). The digit branch matches only at a
# digit, at a "." before a digit or at a vulgar fraction, and never at a digit
# right after another digit or a "." (every lookbehind then fails), so the first
# character of each run found by _DIGIT_CANDIDATES is enough. The word branch
# matches only at the start of the text or after a character that is not part of
# a word, where a word begins like a number word or "a"/"an"; _WORD_CANDIDATES
# finds that character. Ignoring case, the letters that match an ASCII letter
# are A-Z, a-z and _FOLDS_TO_ASCII (tests/test_figures.py checks this).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin sign)
_DIGIT_CANDIDATES = re.compile(r"[\d.½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?:(?<=\d)\d*|(?<=\.)\d+|(?<=[^\d.]))")


def _word_candidates_regex(words: list[str]) -> str:
    """A pattern for the character before a word that begins like a word of ``words`` or is "a"/"an" before one.

    It begins with a character set, and each first letter is a character
    class (with its case variants), so the regex engine checks it quickly.
    """
    by_first: dict[str, list[str]] = {"a": []}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    firsts = ""
    for ch, rests in sorted(by_first.items()):
        cls = ch + ch.upper() + "".join(x for x in _FOLDS_TO_ASCII if re.fullmatch(ch, x, re.I))
        firsts += cls
        rest = [r for r in ([_trie_regex(rests)] if rests else []) + ([r"n?[ \t]+" + _A_AHEAD] if ch == "a" else []) if r]
        alts.append("[" + cls + "]" + ("(?i:" + "|".join(rest) + ")" if rest else ""))
    return r"[^\w'’\-](?=[" + firsts + "])(?=" + "|".join(alts) + ")"


_WORD_CANDIDATES = re.compile(_word_candidates_regex(_NUM_WORDS))


def _starts(text: str) -> list[re.Match]:
    """The matches of ``_START.finditer(text)``, found faster (same matches, same order)."""
    cands = [m.start() for m in _DIGIT_CANDIDATES.finditer(text)]
    words = [m.start() + 1 for m in _WORD_CANDIDATES.finditer(text)]
    words.append(0)
    cands = sorted(cands + words)
    out = []
    pos = 0
    match = _START.match
    for c in cands:
        if c < pos:
            continue
        m = match(text, c)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|UTC)(?![A-Za-z])|\d{1,2}:\d{2}", re.I)
_PREFIX = re.compile(
    r"(?:(?P<mcode>\bM[A-Z]{3})[ \t\u00a0]?|(?P<code>\b(?:[A-Z]{3}|(?i:usd|eur|gbp|jpy|cny|rmb|chf|aud|inr|rub|kzt|kgs|hkd|nzd|sgd|zar|brl|mxn|krw|uah|azn|uzs)))[ \t\u00a0]?|(?P<sym>(?:(?<![A-Za-z.])(?:(?i:us|u\.s\.?|hk|nz|au|ca|mex|nt|usd|cad|aud|nzd|mxn|hkd|sgd)[ \t]?|c[ \t]|[CASR]))?\$"
    r"|[£€¥₹₽₺₸₩₿₡₾₭₴₦₱₫₪₼]|\b[Rr]s\.?)[ \t\u00a0]?)(?P<neg>[-−][ \t]?)?$")
# as a trie: the same match as the names longest first (of the names that match here and are not
# followed by a letter, each is the start of the next, so both pick the longest), but much faster
_CURRENCY_NAME_RE = _trie_regex(sorted(CURRENCY_NAMES))
_SUFFIX_CURRENCY = re.compile(
    r"(?:[ \t\u00a0]*|-)(?P<name>" + _CURRENCY_NAME_RE + r")(?![A-Za-z])"
    r"|[ \t\u00a0]?(?P<mcode>M[A-Z]{3})(?![A-Za-z])"
    r"|[ \t\u00a0]?(?P<code>[A-Za-z]{3})(?![A-Za-z\d])"
    r"|[ \t\u00a0]?(?P<sym>[$£€¥₹₽₺₸₩₿₡₾₭₴₦₱₫₪₼元]|ரூ)(?![ \t]?\d)"
    r"|(?:[ \t\u00a0]*|-)(?P<sub>cents?|pence|penny|kopecks|kurus|tiyn|dimes?|nickels)(?![A-Za-z])",
    re.I)
_ABBR = re.compile(r"(?P<glued>(?i:bn|mn|mln|bln|tln|trn|tn|mil|mm)|[kmbtgKMBTG])(?![A-Za-z])"
                   r"|[ \t](?P<spaced>bn|mn|mln|bln|tln|trn|k)(?![A-Za-z])")
_ABBR_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "b": 1e9,
                "bn": 1e9, "bln": 1e9, "g": 1e9, "t": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12}
_PERCENT = re.compile(r"[ \t\u00a0]?%|(?:[ \t\u00a0]+|-)(?:per[ \t]?cents?(?:age)?|percents?(?:age)?|pct|pc)(?![A-Za-z])"
                      r"(?P<points>[ \t]+points?)?|[ \t]+(?P<pp>percentage[ \t]+points?)", re.I)
_TIME_AFTER = re.compile(r"(?:[ \t\u00a0]+|-)(?P<u>" + "|".join(sorted(_TIME_UNITS, key=len, reverse=True))
                         + r")(?![A-Za-z])(?P<poss>['’](?!s))?", re.I)
_NEXT_WORDS = re.compile(r"(?:[ \t\u00a0]+|-)([A-Za-z][A-Za-z'’\-]*)")
_GLUED_UNIT = re.compile(r"(?P<u>[A-Za-zµ°][A-Za-z0-9^²³/°]*)")
_SUPERLATIVE = re.compile(r"(?:[ \t]+|-)(?:(?:most|least)[ \t]+[a-z]+|largest|biggest|highest|lowest|"
                          r"greatest|smallest|richest|poorest|best|worst|[a-z]{3,}est)(?![A-Za-z])", re.I)
_SLASH_FRACTION = re.compile(r"(?:(?P<whole>\d{1,3})[ \t]+)?(?P<num>\d{1,3})/(?P<den>\d{1,4})(?![/\d])(?!\.\d)")
_NEG_WORD = re.compile(r"\b(?:minus|negative)[ \t]+$", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_SAFE_LOWER_CODES = frozenset("usd eur gbp jpy cny rmb chf aud inr rub kzt kgs hkd nzd sgd sek nok dkk pln huf czk "
                              "zar brl mxn krw uah azn uzs tjs tmt".split())
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                      "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_RANGE_JOIN = re.compile(r"^[ \t\u00a0]*(?:-|–|—|~|to|through|and|or)[ \t\u00a0]*$", re.I)

_Q_GT = r"(?:more|greater|higher|larger|bigger|bigger) (?:than )?or equal (?:to|than)|(?:more|greater|higher|larger|bigger) than(?: or equal to)?|at least or equal to|>[ \t]*=?|≥|surpass(?:es|ed|ing)?|over|above|exceeding|exceeds?|exceeded|in excess of|upwards of|at least|topping|tops|topped|surpassing|beyond|no less than|not less than|a minimum of|minimum of|north of|in excess of"
_Q_LT = r"(?:less|fewer|lower|smaller) (?:than )?or equal (?:to|than)|(?:less|fewer|lower|smaller) than(?: or equal to)?|<[ \t]*=?|≤|under|below|up to|at most|no more than|not more than|a maximum of|maximum of|just under|just below|short of"
_Q_APPROX = r"about|around|roughly|nearly|almost|approximately|approx\.?|some|an estimated|estimated|close to|circa|c\.|~|as (?:many|much) as|an? (?:approximate|rough)|just over|more or less"
_Q_UP = r"up|up by|(?:to )?rise by|rises by|(?:to )?increase by|rose|rose by|rising|risen|grew|grew by|grown|gained|jumped|climbed|soared|increased by|increase of|increases? by|rise of|growth of|a rise of|an increase of|a jump of|up some"
_Q_DOWN = r"down|down by|(?:to )?fall by|falls by|(?:to )?(?:drop|decrease|decline) by|fell|fell by|falling|fallen|dropped|dropped by|declined|declined by|decreased by|decrease of|slipped|slumped|plunged|lost|shed|cut by|reduced by|a fall of|a drop of|a decline of|a cut of"
_Q_TARGET = r"(?:target|goal|aim|objective)s?(?:[ \t]+(?:of|is|was|to reach|for|at))?(?:[ \t]+(?:a|an|the))?"
_QUALIFIER_LEFT = re.compile(
    r"(?<![\w])(?:(?P<target>" + _Q_TARGET + r")|(?P<up>" + _Q_UP + r")|(?P<down>" + _Q_DOWN + r")|(?P<gt>" + _Q_GT
    + r")|(?P<lt>" + _Q_LT + r")|(?P<approx>" + _Q_APPROX + r"))[ \t]*$", re.I)
_Q_NAMES = {"target": "target", "up": "up", "down": "down", "gt": ">", "lt": "<", "approx": "~"}
_TARGET_VERB = re.compile(
    r"\b(?:to|will|should|must|would|could|shall|can)[ \t]+(?:be[ \t]+)?(?:increas|rais|boost|bring|brought|"
    r"reach|lift|doubl|tripl|grow|expand|hit|achiev|take|push)\w*(?:[ \t]+\S+){0,5}?[ \t]+(?:to|at)[ \t]*$"
    r"|\b(?:to|will|should|must|would|could|shall|can)[ \t]+(?:reach|hit|achieve|exceed|top)[ \t]*$"
    r"|\b(?:aims?|aimed|aiming|plans?|planned|hopes?|seeks?|wants?|intends?)[ \t]+(?:to[ \t]+)?(?:\w+[ \t]+){0,4}?(?:to|at|of)[ \t]*$",
    re.I)
_TARGET_RIGHT = re.compile(r"^(?:[ \t]+[a-z\-]+){0,3}?[ \t]+(?:target|goal)s?\b", re.I)
_RIGHT_QUAL = re.compile(r"^(?:[ \t]*-?plus\b|[ \t]+(?:or|and)[ \t]+(?:more|above|over|greater|higher)\b|[ \t]+or[ \t]+so\b|[ \t]+(?:or|and)[ \t]+(?:less|fewer|under|below|lower)\b)", re.I)
_LINK_TAIL = re.compile(
    r"(?:(?:^|[ \t,]+)(?:was|were|is|are|be|been|being|has|have|had|will|would|should|could|must|can|may|"
    r"reached|reach|reaches|reaching|stood|stands|standing|at|of|to|totalled|totaled|totalling|totaling|"
    r"totals?|amounted|amounts?|amounting|worth|valued|estimated|exceeding|exceeded|exceeds?|hit|hits|"
    r"hitting|rose|rising|risen|fell|falling|fallen|increased|increase|increasing|grew|grown|growing|"
    r"need|needs|needed|up|down|from|by|about|around|over|more|less|fewer|than|nearly|almost|some|an?|"
    r"the|approximately|roughly|just|only|put|set|expected|projected|topped|surpassed|passed|"
    r"accounted|accounting|for|costing|costs?|cost|topping|made|make|makes|gave|give|gives|got|"
    r"received|receive|brought|bring|around|approximately|within|target|goal|of|since|say|says|said|"
    r"another|extra|additional|further|nearly|roughly|well|above|below|under|least|most|in|excess)[ \t]*)+$",
    re.I)
_TRAILING_PP = re.compile(r"[ \t]+(?:between|among|amongst|across)[ \t]+[^,;:]*$", re.I)
_NP_END = re.compile(r"(?<![A-Za-z'’\-])((?:[a-z][a-z\-]*(?:['’]s)?[ \t]+){0,3}[a-z][a-z\-]*)(?:[ \t]+of[ \t]+((?:[a-z][a-z\-]*[ \t]+){0,1}[a-z][a-z\-]*))?[ \t]*$")
_PERIOD = re.compile(r"\b(?:in|during|for|by|since|of|throughout|until|through)[ \t]+(?:(?:the[ \t]+)?(?:fiscal|financial|calendar)[ \t]+(?:year[ \t]+)?|the[ \t]+year[ \t]+)?((?:1[89]|20)\d\d)(?![\d%]|[.,]\d)", re.I)
# a sentence break: end punctuation, closing quotes or brackets, spaces and a capital or digit;
# or a line break. Written to begin with a character set, which the regex engine scans for quickly
# (the same matches as r"[.!?…]['\"”’»)]*[ \t]+(?=[\"“«'‘(]?[A-Z0-9])|\n").
_SENT_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)|['\"”’»)]*[ \t]+(?=[\"“«'‘(]?[A-Z0-9]))")
# a clause break: ; : ( a quote mark, a comma and a space, a dash between spaces. Written to begin
# with a character set, which the regex engine scans for quickly (the same matches as
# r"[;:(]|,[ \t]|[ \t][–—-][ \t]|[\"“”«»]").
_CLAUSE_BREAK = re.compile(r"[;:(,\"“”«» \t](?:(?<=[;:(\"“”«»])|(?<=,)[ \t]|(?<=[ \t])[–—-][ \t])")
_YEAR_CUE = re.compile(r"(?:\b(?:in|since|of|by|until|till|from|to|during|between|and|year|years|the|early|late|mid|"
                       r"fiscal|season|before|after|around|circa|c\.|spring|summer|autumn|winter|" + "|".join(_MONTHS)
                       + r")[ \t]*,?|['‘’]|-|–)[ \t]*$", re.I)


def _lower_twin(rx: re.Pattern) -> re.Pattern:
    """``rx`` (compiled with re.I) without re.I, to run on ``s.lower()`` for an ASCII string ``s``.

    On ASCII text, ignoring case is the same as lower-casing the text first,
    so the matches and their spans are the same (group texts come back in
    lower case); the regex engine is much faster without re.I because it can
    reject most alternatives on their first letter. Only for patterns with
    no upper-case letter outside escapes and group names.
    """
    bare = re.sub(r"\\.|\(\?P<\w+>", "", rx.pattern)
    if not rx.flags & re.I or re.search(r"[A-Z]|\(\?-", bare):
        raise ValueError(f"no lower-case twin for {rx.pattern!r}")
    return re.compile(rx.pattern, rx.flags & ~re.I)


def _search_ci(rx: re.Pattern, twin: re.Pattern, s: str, pos: int = 0) -> re.Match | None:
    """``rx.search(s, pos)``, through its :func:`_lower_twin` when ``s`` is ASCII (same span and groups, lower case)."""
    return twin.search(s.lower(), pos) if s.isascii() else rx.search(s, pos)


def _last_words_start(s: str, k: int) -> int:
    """Where the last ``k`` words of ``s`` (runs of non-space characters) begin; 0 if it has at most ``k``.

    A match that holds no white space other than spaces and tabs and
    touches at most ``k`` words starts there or later.
    """
    parts = s.rsplit(None, k)
    if len(parts) <= k:
        return 0
    rest = s[len(parts[0]):]
    return len(s) - len(rest.lstrip())


def _search_tail(rx: re.Pattern, s: str, chars: str) -> re.Match | None:
    """``rx.search(s)`` for a pattern that ends with ``$`` and consumes only characters in ``chars``.

    Such a match lies inside the run of ``chars`` at the end of ``s``, so
    the search starts there instead of at every character of ``s`` (the
    lookbehinds still see the text before it). Only a newline at the very
    end, where ``$`` also matches, needs the full search.
    """
    if s.endswith("\n"):
        return rx.search(s)
    return rx.search(s, len(s.rstrip(chars)))


#: what _LINK_TAIL (lower case) and _NP_END can consume
_LINK_TAIL_CHARS = "abcdefghijklmnopqrstuvwxyz \t,"
_NP_END_CHARS = "abcdefghijklmnopqrstuvwxyz-'’ \t"
_QUALIFIER_LEFT_LC = _lower_twin(_QUALIFIER_LEFT)
_TARGET_VERB_LC = _lower_twin(_TARGET_VERB)
_LINK_TAIL_LC = _lower_twin(_LINK_TAIL)
_PERIOD_LC = _lower_twin(_PERIOD)
_YEAR_CUE_LC = _lower_twin(_YEAR_CUE)


# --------------------------------------------------------------------------
# helpers

def _singular(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "os'")):
        return w[:-1]
    return w


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Cheap sentence limits around [start, end) (no Punkt; for context only)."""
    lo = max(0, start - 400)
    left = lo
    for m in _SENT_BREAK.finditer(text, lo, start):
        left = m.end()
    m = _SENT_BREAK.search(text, end, min(len(text), end + 400))
    right = m.start() + (0 if text[m.start()] == "\n" else 1) if m else min(len(text), end + 400)
    return left, max(right, end)


_OPENERS = frozenset("\"“«'‘(")  # what may stand between a sentence break and its capital


def _sentence_index(text: str):
    """A function ``(start, end) -> _sentence_bounds(text, start, end)``, built once per text.

    :func:`_sentence_bounds` scans up to 400 characters on each side of
    every figure. Here the text is scanned once and each figure costs two
    binary searches. The scans of :func:`_sentence_bounds` stop at the
    figure (its start on the left, 400 characters after its end on the
    right), and a break then matches only where all it reads, its look-ahead
    at the next capital included, lies before that stop. A break can begin
    only at ``. ! ? …`` or a newline, and nothing a break consumes after its
    first character can begin another one, so the breaks of the windowed
    scans are exactly the breaks of the whole text that begin inside the
    window and read nothing past its end; the ends of what they read grow
    from one break to the next.
    """
    starts: list[int] = []
    ends: list[int] = []
    reads: list[int] = []  # where each break stops reading (its end plus its look-ahead)
    for m in _SENT_BREAK.finditer(text):
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        reads.append(e if text[s] == "\n" else e + (2 if text[e] in _OPENERS else 1))
    n = len(text)

    def bounds(start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - 400)
        i = bisect_right(reads, start) - 1
        left = ends[i] if i >= 0 and starts[i] >= lo else lo
        hi = min(n, end + 400)
        j = bisect_left(starts, end)
        if j < len(starts) and reads[j] <= hi:
            right = starts[j] + (0 if text[starts[j]] == "\n" else 1)
        else:
            right = hi
        return left, max(right, end)

    return bounds


def _clause_left(text: str, sent_start: int, pos: int) -> str:
    """Text of the clause before ``pos`` (back to a comma, semicolon or quote mark)."""
    chunk = text[sent_start:pos]
    last = 0
    for m in _CLAUSE_BREAK.finditer(chunk):
        last = m.end()
    return chunk[last:]


def _fig_clause(text: str, fig: dict, sent_start: int) -> str:
    """:func:`_clause_left` before ``fig``, computed once per figure (kept in ``fig["_clause"]``)."""
    key = (sent_start, fig["start"])
    if fig.get("_clause_key") != key:
        fig["_clause_key"], fig["_clause"] = key, _clause_left(text, sent_start, fig["start"])
    return fig["_clause"]


_NP_LEAD = frozenset({"other", "more", "further", "another"})


# patterns of _np_after, compiled once
_OF_WORD = re.compile(r"[ \t]+of[ \t]+([a-z][a-z\-]+)(?![\w\-])")
_NEXT_WORD_OPT = re.compile(r"[ \t]*([A-Za-z]+)?")


def _np_after(text: str, pos: int, limit: int, max_words: int = 4, plural_stop: bool = False) -> tuple[str, int]:
    """Lower-case content words right after ``pos`` (a noun phrase), and where it ends."""
    words: list[str] = []
    end = pos
    i = pos
    while len(words) < max_words:
        m = _NEXT_WORDS.match(text, i, limit)
        if not m:
            break
        w = m.group(1)
        lw = w.lower().rstrip("'’")
        if w[0].isupper() and not words and len(w) > 3 and w.endswith("s") and w[1:].islower():
            words.append(lw)  # "three million Britons"
            end = m.end()
            break
        if w[0].isupper() or (lw in _STOP and lw not in _NP_LEAD) or lw in CARDINALS or lw in _MONTHS:
            break
        words.append(lw)
        i = end = m.end()
        if plural_stop and lw not in _NP_LEAD and (lw in _IRREGULAR or (lw.endswith("s") and not lw.endswith(("ss", "us", "is")))):
            break
    # "heads of state": X of Y, when Y is one word that ends the phrase
    if words and len(words) <= 2:
        m = _OF_WORD.match(text[end:limit])
        if m and m.group(1) not in _STOP and m.group(1) not in ("the",):
            after = text[end + m.end(): end + m.end() + 12]
            nxt = _NEXT_WORD_OPT.match(after)
            if not nxt.group(1) or nxt.group(1).lower() in _STOP:
                words = words + ["of", m.group(1)]
                end = end + m.end()
    return " ".join(words), end


def _unit_noun(np: str) -> str:
    """The counted noun of a phrase, singular: "heads of state" -> "head of state"."""
    if not np:
        return ""
    words = np.split()
    lead = {"other", "more", "new", "additional", "further", "extra", "different", "major", "key",
            "main", "big", "small", "large", "separate", "individual", "remaining", "last", "first"}
    while len(words) > 1 and words[0] in lead:
        words = words[1:]
    if "of" in words:
        k = words.index("of")
        words[k - 1] = _singular(words[k - 1]) if k else words[k - 1]
        return " ".join(words[max(0, k - 2):])
    words[-1] = _singular(words[-1])
    return " ".join(words[-3:])


def _clean_np(np: str) -> str:
    words = [w for w in np.split() if w not in ("a", "an", "the")]
    return " ".join(words)


# patterns of _left_np, compiled once
_BETWEEN_TAIL = re.compile(r"[ \t]+(?:between|among)[ \t]+.*$")


def _left_np(clause: str) -> str:
    """The noun phrase a figure is predicated of: "mutual trade volume reached" -> "mutual trade volume"."""
    stripped = clause.lstrip(" \t\"“‘'«")
    if stripped[:1].isupper() and stripped[1:2].islower():  # sentence-initial capital: "Mutual trade volume"
        clause = clause[: len(clause) - len(stripped)] + stripped[0].lower() + stripped[1:]
    # _LINK_TAIL ends at the end of the clause, so it matches at most once: sub() removes that match
    if clause.isascii():
        low = clause.lower()
        lt = _search_tail(_LINK_TAIL_LC, low, _LINK_TAIL_CHARS)
    else:
        lt = _LINK_TAIL.search(clause)
    c = clause[:lt.start()] + clause[lt.end():] if lt else clause
    c = _TRAILING_PP.sub("", c)
    c = _BETWEEN_TAIL.sub("", c)
    m = _search_tail(_NP_END, c, _NP_END_CHARS)
    if not m:
        return ""
    head = m.group(1).split()
    # keep only the trailing run of content words
    run: list[str] = []
    for w in reversed(head):
        lw = w.lower()
        if lw in _STOP or lw in CARDINALS:
            break
        run.insert(0, lw)
    if not run:
        return ""
    np = " ".join(run)
    if m.group(2):
        tail = [w for w in m.group(2).split() if w not in _STOP]
        if tail:
            np = " ".join(tail) + " " + np if len(run) == 1 and run[0] in ("volume", "value", "level", "number", "amount", "size") else np + " of " + " ".join(tail)
    return np.replace("’", "'")


_NOT_HEADS = frozenset("""
give gives gave get gets got make makes made take takes took work works pay pays cost costs say says see sees
show shows include includes reach reaches fall falls rise rises grow grows bring brings put puts charge charges
spend spends earn earns receive receives offer offers raise raises cut cuts set sets currently now already still
just only also even back around almost repaid paid followed confirmed added estimated expected announced
believed thought reported claimed found rose fell went came become became told asked agreed plans plan want
wants need needs hope hopes help helps keep keeps leave leaves lose loses win wins won lost
""".split())


_WORDS_AZ = re.compile(r"[a-z]+")


def _verb_subject(sentence: str) -> str:
    for w in _WORDS_AZ.findall(sentence.lower()):
        if w in VERB_SUBJECTS:
            return VERB_SUBJECTS[w]
    return ""


def _is_generic(np: str) -> bool:
    words = np.split()
    return not words or words[-1] in GENERIC_HEADS or all(w in SCOPE_WORDS or w in GENERIC_HEADS for w in words)


# --------------------------------------------------------------------------
# one number with its local context


_PHONE = re.compile(r"\d{1,4}(?:[-/. ]\d{2,4}){2,}(?!\d)")
_POWER = re.compile(
    r"\^(?P<s1>[-+−]*)(?P<e1>\d{1,3}(?:\.\d+)?)(?![\d.])"
    r"|[ \t]?[x×*·][ \t]?10(?:(?:\^|\*\*)(?P<s2>[-+−]?)(?P<e2>\d{1,3})|(?P<s3>[-−])(?P<e3>\d{1,3})"
    r"|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d.])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_CENTS_NUMBER = re.compile(r"(?P<and>[ \t]+and)?[ \t]+(?=[a-z\d])", re.I)
_CENTS_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|$)|[ \t]+and\b|[ \t]+(?P<word>cents?)\b", re.I)


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


# patterns of _read, compiled once
_OPENING_BEFORE = re.compile(r"[.!?\n\"“«(‘'—–:]\s*$")
_WORD_DOT_SPACE_END = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
_LETTERS_DOT_SPACE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz. \t"  # what it consumes
_SLASH_OR_DOT_DIGIT = re.compile(r"[/.]\d")
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]*$")
_ONE_AS_PRONOUN_AFTER = re.compile(r"(?:[ \t]+(?:of|another|such|who|which|that|day|side|hand|thing|way|person|where)\b|-on-one|[ \t]+by[ \t]+one)", re.I)
_PUNCT_AHEAD = re.compile(r"[ \t]*[.,;!?\"”]")
_SECOND_AS_TIME_AFTER = re.compile(r"[ \t]*(?:s\b|[,.;)]|$)")
_SPACE_OR_TAB = re.compile(r"[ \t]")
_POUND_WEIGHT_AFTER = re.compile(r"[ \t]+(?:of|in weight|heavier|lighter)\b")
_SCALE_WORD_AFTER = re.compile(r"[ \t]+(million|billion|trillion|thousand)\b", re.I)
_PENCE_P = re.compile(r"p(?![A-Za-z])")
_D_OR_G_NAME = re.compile(r"[DG](?![A-Za-z])")
_ORDINAL_OR_PLURAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|s)$", re.I)
_READ_OF_MONTH = re.compile(r"[ \t]+of[ \t]+(?:" + "|".join(_MONTHS) + r")\b", re.I)


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
            if not (c in ISO_CODES and c not in _CODE_WORDS and not text[m_start - 4:m_start - 3].isalpha()):
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
        if (nxt and nxt.group(1).lower().rstrip(".") in _MONTHS and p.value <= 31 and not nxt.group(0).startswith("-")) or \
           (prv and prv.group(1).lower() in _MONTHS and (p.ordinal or p.value <= 31) and not p.decade) or \
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
            if (c.isupper() and c in ISO_CODES and c not in _CODE_WORDS) or c.lower() in _SAFE_LOWER_CODES:
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
                value *= _ABBR_SCALES[low]
                fig["scale"] = _ABBR_SCALES[low]
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
                if (c.isupper() and c in ISO_CODES and c not in _CODE_WORDS) or c.lower() in _SAFE_LOWER_CODES:
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
        unit = _TIME_UNITS[tm.group("u").lower()]
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
        counted = nxt and nxt.group(0)[0] != "-" and nxt.group(1)[0].islower() and nxt.group(1).lower() not in _STOP \
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


_CHANGE_BEFORE = re.compile(r"(?<![\w])(?:" + _Q_UP + "|" + _Q_DOWN + r")[ \t]*$", re.I)


# patterns of _merge_ranges, compiled once
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$", re.I)
_CHANGE_FROM_BEFORE = re.compile(r"\b(?:rose|rising|fell|falling|increased|decreased|reduced|cut|grew|jumped|dropped|changed|went|climbed|up|down)[ \t]+from[ \t]+$", re.I)
_BY_OR_OF_END = re.compile(r"\b(?:by|of)[ \t]*$")
_BETWEEN_WORD_BEFORE = re.compile(r"between[ \t]+$", re.I)


def _merge_ranges(text: str, figs: list[dict]) -> list[dict]:
    """Join "$3-5 billion", "between 44 and 50 mg", "2013-14" into one figure."""
    out: list[dict] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b is not None and a["kind"] not in ("ordinal", "rank") and b["kind"] not in ("ordinal", "rank"):
            between = text[a["end"]:b["start"]]
            before = text[max(0, a["start"] - 9):a["start"]]
            joiner = _RANGE_JOIN.match(between)
            word = between.strip().lower()
            is_between = bool(_BETWEEN_BEFORE.search(before))
            is_from = bool(_FROM_BEFORE.search(before))
            ok = bool(joiner) and (word != "and" or is_between) and (word != "or" or a["scale"] == 1.0)
            if ok and word == "to" and is_from and _CHANGE_FROM_BEFORE.search(text[max(0, a["start"] - 30):a["start"]]):
                ok = False  # a change, not a range: "rose from $350 to $680"
            if ok and word == "to" and not is_from:
                ch = _CHANGE_BEFORE.search(text, max(0, a["start"] - 32), a["start"])
                if ch and not _BY_OR_OF_END.search(ch.group()):
                    ok = False  # a change, then the new level: "rose 15 cents to $4.35"; "rose by 3 to 4%" stays a range
            if ok and word in ("-", "–", "—") and (between != word or a["kind"] == "count" and b["kind"] == "count" and a["p"].plain_int and b["p"].plain_int and b["value"] < a["value"] and not (a["kind"] == "count" and b["value"] < 100 and 1000 <= a["value"] <= 2100)):
                ok = between == word and not (b["value"] < a["value"] and a["kind"] == b["kind"] == "count")
            if ok:
                merged = _combine(text, a, b)
                if merged is not None:
                    if is_between:
                        merged["start"] = a["start"] - len(_BETWEEN_WORD_BEFORE.search(before).group())
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_RATIO_JOIN = re.compile(r"[ \t]+(?P<w>out[ \t]+of|over|in)[ \t]+", re.I)


def _merge_ratios(text: str, figs: list[dict]) -> list[dict]:
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
    out: list[dict] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        m = _RATIO_JOIN.fullmatch(text, a["end"], b["start"]) if b is not None else None
        if m and b["kind"] == "count" and (not a["unit"] or a["kind"] == "year") and b["value"] > 0 and not a["p"].ordinal and not b["p"].ordinal \
                and not a["p"].decade and a.get("low") is None and b.get("low") is None and a["value"] == int(a["value"]):
            w = m.group("w").lower()
            small = abs(a["value"]) <= 10 and (b["value"] <= 100 or b["value"] % 100 == 0) and a["scale"] == 1.0
            year_ok = a["kind"] == "year" and w != "in" and not _YEAR_CUE.search(text[max(0, a["start"] - 25):a["start"]])
            ok = ((a["kind"] == "count" or year_ok)
                  and ((w.startswith("out") and abs(a["value"]) <= b["value"] and small)
                       or (w == "in" and a["kind"] == "count" and 0 < a["value"] < b["value"] and small)
                       or (w == "over" and not b["unit"])))
            if ok:
                out.append({**b, "start": a["start"], "value": a["value"] / b["value"], "scale": 1.0, "kind": "count",
                            "p": a["p"]._replace(fraction=True, plain_int=False), "qualifier": "="})
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _combine(text: str, a: dict, b: dict) -> dict | None:
    ka, kb = a["kind"], b["kind"]
    va, vb = a["value"], b["value"]
    if ka == "money" and kb == "count" and not b["p"].ordinal and (
            not b["unit"] or b["scale"] > 1 or text[a["end"]:b["start"]] in ("-", "–", "—")):
        # "$3-5 billion", "a $3-5 billion deal": the noun after is what the amount buys, not a unit
        if b["scale"] == 1.0 and a["scale"] > 1.0 and _ABBR_SCALES.get(b["unit"]) == a["scale"]:
            b = {**b, "value": b["value"] * a["scale"], "scale": a["scale"]}  # "$779m-798m"
            vb = b["value"]
        b = {**b, "kind": "money", "unit": a["unit"], "currency": a["currency"]}
        kb = "money"
        if a["scale"] == 1.0 and b["scale"] > 1.0:
            va *= b["scale"]
    # year ranges: "2013-14", "1990-1995", "2021/22"
    if ka in ("year", "count") and a["p"].plain_int and 1000 <= va <= 2100 and (kb == "year" or (b["p"].plain_int and vb < 100)) \
            and (kb != "year" or b["p"].plain_int):
        if vb < 100:
            vb = va // 100 * 100 + vb
        if vb <= va:
            return None
        return {**a, "end": b["end"], "kind": "year", "unit": "year", "value": va, "low": va, "high": vb}
    if ka == "year" and kb == "count" and a["p"].plain_int and b["p"].plain_int and vb > va:
        a = {**a, "kind": "count", "unit": ""}  # "1000-5000"
        ka = "count"
    if kb in ("money", "percent", "duration") and ka in (kb, "count") or ka == kb == "count":
        if ka == "count" and a["unit"] and kb != "count":
            return None  # "44 ml to 50 mg"
        if ka == kb == "count" and a["unit"] and b["unit"] and a["unit"] != b["unit"]:
            return None
        if ka == "money" and kb == "money" and a["currency"] != b["currency"]:
            return None
        if ka == "count" and kb != "count" and a["scale"] == 1.0 and b["scale"] > 1.0:
            va *= b["scale"]  # "$3-5 billion": the scale applies to both ends
        elif ka == "money" and a["scale"] == 1.0 and b["scale"] > 1.0 and va * b["scale"] <= vb:
            va *= b["scale"]
        if ka == "count" and kb == "money" and text[b["start"]:b["start"] + 1] not in "$€£¥₹₽₺₸" and a["scale"] == 1.0 and b["scale"] == 1.0:
            pass
        if vb < va:
            return None
        out = {**b, "start": a["start"], "value": (va + vb) / 2, "low": va, "high": vb,
               "qualifier": a.get("qualifier", "=")}
        out["p"] = a["p"]
        return out
    return None


# patterns of _qualify, compiled once
_MORE_WORDS = re.compile(r"plus|more|above|over|greater|higher")


def _qualify(text: str, fig: dict, sent_start: int, sent_end: int) -> str:
    left_q = text[max(sent_start, fig["start"] - 32):fig["start"]]
    right = text[fig["end"]:min(sent_end, fig["end"] + 50)]
    qm = _search_ci(_QUALIFIER_LEFT, _QUALIFIER_LEFT_LC, left_q)
    if qm:
        q = _Q_NAMES[qm.lastgroup]
        if not (q in ("up", "down") and fig["kind"] not in ("percent", "money", "count")):
            return q
    clause = _fig_clause(text, fig, sent_start)
    # a target verb phrase spans at most 9 words (see _TARGET_VERB): search only the last 9
    if _search_ci(_TARGET_VERB, _TARGET_VERB_LC, clause, _last_words_start(clause, 9)):
        return "target"
    if _TARGET_RIGHT.match(right) and fig["kind"] in ("money", "count", "percent"):
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


# patterns of _subject, compiled once
_PARTICIPLE_IN_BEFORE = re.compile(r"([a-z]+(?:ed|en|t))[ \t]+(?:in|since|by)[ \t]+$")
_IN_YEAR_OPENING = re.compile(r"[\"“']?(?:In|By|Since|During)[ \t]+$")
_YEAR_REST_CUT = re.compile(r"[,;:(]\s(?=[a-z]+ing\b)|;|\(")
_WORD_2PLUS = re.compile(r"[A-Za-z][a-z]+")
_PREP_AFTER = re.compile(r"[ \t]+(?:in|of|for|on)[ \t]+")
_IN_ON_FOR_AFTER = re.compile(r"[ \t]+(?:in|on|for)\b")
_VERB_BEFORE_AMOUNT = re.compile(r"([a-z]+)[ \t]+(?:(?:more|less)[ \t]+than|about|around|some|nearly|almost|over|up[ \t]+to|an[ \t]+estimated|a[ \t]+total[ \t]+of)?[ \t]*$")
_IN_TOTAL_AFTER = re.compile(r"[ \t]+in[ \t]+total\b")
_CHANGE_AFTER_LEVEL = re.compile(r"(?:[ \t]+(?:in|during|for)[ \t]+\d{4})?[ \t]*,?[ \t]*(?:up|down|a rise of|an increase of|a fall of|a drop of)?[ \t]*")
_AMOUNT_SEPARATOR = re.compile(r"[ \t]*[(;/,][ \t]*|[ \t]*\([^()]*[;,/][ \t]*")


def _subject(text: str, fig: dict, sent_start: int, sent_end: int, prev: dict | None) -> str:
    kind = fig["kind"]
    sentence = text[sent_start:sent_end]
    if kind == "year":
        left = text[max(sent_start, fig["start"] - 40):fig["start"]]
        m = _PARTICIPLE_IN_BEFORE.search(left)
        if m and m.group(1) not in _STOP:
            return m.group(1)
        # "In 1990, Norway was the first nation to recognise the country's independence."
        if not _IN_YEAR_OPENING.match(text[sent_start:fig["start"]]):
            return ""
        rest = text[fig["end"]:sent_end]
        rest = _YEAR_REST_CUT.split(rest)[0] if rest else ""
        words = [w.lower() for w in _WORD_2PLUS.findall(rest)]
        content = [w for w in words if w not in _STOP and len(w) > 3 and w not in _MONTHS]
        return content[-1] if content else ""
    if kind in ("ordinal", "rank", "duration"):
        return fig["unit"] if kind != "duration" else (_unit_noun(fig["np"]) if fig["np"] else "")
    # money, percent, count
    limit = sent_end
    after = text[fig["end"]:limit]
    np_right = ""
    if kind in ("money", "percent"):
        m = _PREP_AFTER.match(after)
        if m:
            np_right, _ = _np_after(text, fig["end"] + m.end() - 1, limit, 4)
        else:
            np_right, _ = _np_after(text, fig["end"], limit, 4)
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
        if vm and vm.group(1) in VERB_SUBJECTS and vm.group(1) not in ("trade", "investment", "investments", "budget", "cost", "costs"):
            return VERB_SUBJECTS[vm.group(1)]
    # a count with a counted noun takes no subject from the left (so _left_np is not needed)
    np_left = _left_np(clause) if clause.strip() and not (kind == "count" and fig["unit"]) else ""
    if np_left and (np_left.split()[-1] in _NOT_HEADS or np_left.split()[-1].endswith("ly")):
        np_left = ""
    if np_left and not _is_generic(np_left):
        if _IN_TOTAL_AFTER.match(after) and not np_left.startswith("total"):
            np_left = "total " + np_left  # "investments exceeding $5 billion in total"
        return np_left
    if prev is not None and prev.get("subject") and prev["kind"] in ("money", "percent") and (
            (kind == "percent" and _CHANGE_AFTER_LEVEL.fullmatch(text[prev["end"]:fig["start"]]))
            or (kind == prev["kind"] and _AMOUNT_SEPARATOR.fullmatch(text[prev["end"]:fig["start"]]))):
        return prev["subject"]  # "up 33%" after a figure; "$300bn (£158.8bn; 230.9bn euros)"
    verb = _verb_subject(text[sent_start:fig["start"]]) or _verb_subject(sentence)
    if verb and (kind != "count" or verb in ("death toll", "injured")):
        return verb
    if kind == "count":
        return fig["unit"]
    return np_right or np_left


# patterns of _period, compiled once
_SEMICOLON = re.compile(r"[;]")
_IN_YEAR_COMMA_OPENING = re.compile(r"[\"“«']?(?:In|During|By|For|Since)[ \t]+((?:1[89]|20)\d\d),")


def _period(text: str, fig: dict, sent_start: int, sent_end: int) -> int | None:
    if fig["kind"] == "year":
        return None
    right = text[fig["end"]:min(sent_end, fig["end"] + 45)]
    m = _search_ci(_PERIOD, _PERIOD_LC, right)
    if m and not _SEMICOLON.search(right[:m.start()]):
        return int(m.group(1))
    left = text[sent_start:fig["start"]]
    m = _IN_YEAR_COMMA_OPENING.match(left)
    if m:
        return int(m.group(1))
    return None


def _speaker(quotes: pd.DataFrame | None, start: int, end: int) -> Any:
    """The speaker of the shortest quote (then the earliest) whose span holds [start, end); None if none.

    The reference implementation, in pandas; :func:`_speaker_lookup` gives the
    same answers without per-figure pandas work and is what :func:`figures_in` uses.
    """
    if quotes is None or len(quotes) == 0 or "start" not in quotes:
        return None
    inside = quotes[(quotes["start"] <= start) & (quotes["end"] >= end)]
    if not len(inside):
        return None
    inside = inside.assign(_len=inside["end"] - inside["start"]).sort_values(["_len", "start"], kind="stable")
    sp = inside["speaker"].iloc[0]
    return None if sp is None or (isinstance(sp, float) and math.isnan(sp)) else sp


def _column_values(df: pd.DataFrame, k: int) -> Any:
    """The values (numpy or extension array) of the ``k``-th column of ``df``.

    pandas' private accessor is used when present: ``df[name]`` builds a
    Series and costs many times more, which shows when it is done for each
    of thousands of small quote tables.
    """
    try:
        return df._get_column_array(k)
    except AttributeError:  # pragma: no cover - another pandas version
        col = df.iloc[:, k]
        return col.to_numpy() if isinstance(col.dtype, np.dtype) else col.array


def _plain_numbers(a: Any) -> np.ndarray | None:
    """``a`` as a numpy array of integers or floats (nullable ones without a missing value); else None."""
    if not isinstance(a, np.ndarray):
        try:
            if a.dtype.kind not in "if" or a.isna().any():
                return None
            a = a.to_numpy()
        except (AttributeError, TypeError, ValueError):
            return None
    return a if isinstance(a, np.ndarray) and a.dtype.kind in "if" else None


def _speaker_lookup(quotes: pd.DataFrame | None):
    """A function ``(start, end) -> speaker`` equal to ``_speaker(quotes, start, end)``, built once per text.

    The quote spans are read into plain lists once, so each figure costs a
    scan of a short list instead of several pandas operations. Spans that
    are not plain numbers (missing values in a nullable column, objects)
    fall back to :func:`_speaker`.
    """
    if quotes is None or len(quotes) == 0:
        return lambda start, end: None
    if isinstance(quotes, list):  # quote row dicts, as lib.quotes.read_article_rows gives them
        speakers = [r["speaker"] for r in quotes]
        spans = sorted((r["end"] - r["start"], r["start"], k, r["end"]) for k, r in enumerate(quotes))
        return _span_lookup(spans, speakers)
    if "start" not in quotes:
        return lambda start, end: None
    where = [quotes.columns.get_loc(c) if c in quotes else None for c in ("start", "end", "speaker")]
    if not all(isinstance(k, int) for k in where):  # a missing or repeated column
        return lambda start, end: _speaker(quotes, start, end)
    qs, qe, speakers = (_column_values(quotes, k) for k in where)
    qs, qe = _plain_numbers(qs), _plain_numbers(qe)
    if qs is None or qe is None:
        return lambda start, end: _speaker(quotes, start, end)
    # (length, start, row) orders the quotes as the stable sort on (length, start) does
    spans = sorted((e - s, s, k, e) for k, (s, e) in enumerate(zip(qs.tolist(), qe.tolist()))
                   if not (s != s or e != e))  # NaN spans hold nothing
    return _span_lookup(spans, speakers)


def _span_lookup(spans: list[tuple], speakers: Any):
    """``(start, end) -> speaker`` of the first of ``spans`` (length, start, row, end) holding the figure."""

    def lookup(start: int, end: int) -> Any:
        for _len, s, k, e in spans:
            if s <= start and e >= end:
                sp = speakers[k]
                return None if sp is None or (isinstance(sp, float) and math.isnan(sp)) else sp
        return None

    return lookup


# --------------------------------------------------------------------------
# public API


# patterns of figures_in, compiled once
_RANK_CUE_BEFORE = re.compile(r"\b(top|no\.|number)[ \t]+$", re.I)


def figures_in(text: str, quotes: pd.DataFrame | list[dict] | None = None) -> pd.DataFrame:
    """Every figure in one text, one row each (columns :data:`COLUMNS`).

    ``quotes`` is :func:`lib.quotes.quotes_in` output for the same text
    (columns start, end, speaker), or its rows as dicts; a figure inside a
    quote gets its speaker.

    >>> figures_in("The minister said six agreements will be signed.")[["surface", "value", "unit", "kind"]].values.tolist()
    [['six', 6.0, 'agreement', 'count']]
    >>> r = figures_in("a $10 billion target").iloc[0]
    >>> float(r["value"]), r["qualifier"]
    (10000000000.0, 'target')
    """
    return figure_table(figure_rows(text, quotes))


def figure_rows(text: str, quotes: pd.DataFrame | list[dict] | None = None) -> list[dict]:
    """:func:`figures_in` as row dicts, for callers that build one table for many texts.

    >>> [r["surface"] for r in figure_rows("Up 5% to $3m.")]
    ['5%', '$3m']
    """
    if not isinstance(text, str) or not text:
        return []
    raw: list[dict] = []
    pos = 0
    urls = [u.span() for u in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    for m in _starts(text):
        s = m.start()
        if s < pos or (urls and any(a <= s < b for a, b in urls)):
            continue
        if s and text[s - 1] == "+" and (ph := _PHONE.match(text, s)):
            pos = ph.end()  # a phone number: "+1-222-2222/2222"
            continue
        try:
            fig = _read(text, s, pos)
        except (ValueError, OverflowError, IndexError):  # pragma: no cover - defensive
            fig = None
        if fig is None:
            # skip the rest of this token so "1m" does not yield "m"
            continue
        if raw and fig["start"] < raw[-1]["end"]:
            continue
        raw.append(fig)
        pos = fig["end"]
    # "top 10" and "No. 1" are ranks
    for fig in raw:
        if fig["kind"] == "count" and fig["p"].digits | fig["p"].words:
            tm = _RANK_CUE_BEFORE.search(text[max(0, fig["start"] - 8):fig["start"]])
            if tm and (tm.group(1).lower() == "top" or fig["value"] < 100):
                fig["start"] -= len(tm.group())
                fig["kind"] = "rank"
    figs = _merge_ratios(text, _merge_ranges(text, raw))
    speaker_of = _speaker_lookup(quotes)
    sentence_bounds = _sentence_index(text)
    rows = []
    prev: dict | None = None
    for fig in figs:
        s, e = fig["start"], fig["end"]
        sent_start, sent_end = sentence_bounds(s, e)
        if prev is not None and prev.get("_sent") != (sent_start, sent_end):
            prev = None
        fig["qualifier"] = _qualify(text, fig, sent_start, sent_end)
        if fig.get("qualifier") in ("up", "down") and fig["kind"] not in ("percent", "money", "count"):
            fig["qualifier"] = "="
        fig["subject"] = _subject(text, fig, sent_start, sent_end, prev)
        fig["period"] = _period(text, fig, sent_start, sent_end)
        if fig["period"] is None and prev is not None and fig["subject"] and fig["subject"] == prev.get("subject") \
                and fig["kind"] in ("money", "percent") and fig["start"] - prev["end"] < 25:
            fig["period"] = prev.get("period")  # "$6.3 billion in 2022, up 33%"
        fig["_sent"] = (sent_start, sent_end)
        value = _tidy(fig["value"])
        low = _tidy(fig["low"]) if "low" in fig else value  # (_tidy(value) is value: it is idempotent)
        high = _tidy(fig["high"]) if "high" in fig else value
        q = fig["qualifier"]
        if "low" not in fig and "high" not in fig:
            if q == ">":
                high = math.nan
            elif q == "<":
                low = math.nan
        rows.append({
            "start": s, "end": e, "surface": text[s:e], "value": value,
            "low": float(low), "high": float(high), "unit": fig["unit"] or "", "kind": fig["kind"],
            "qualifier": q, "subject": fig["subject"] or "", "period": fig["period"],
            "speaker": speaker_of(s, e),
        })
        if fig["kind"] != "year":
            prev = fig
    return rows


def figure_table(rows: list[dict]) -> pd.DataFrame:
    """The figures table (:data:`COLUMNS`, dtypes :data:`_DTYPES`, text columns object) from row dicts.

    Building a small DataFrame column by column through pandas' public
    constructor costs more than finding the figures, so the columns are
    made as typed arrays and handed over in one block (the public
    constructor remains the fallback). An empty table is a copy of a
    ready-made one.
    """
    if not rows:
        return _EMPTY.copy()
    n = len(rows)
    arrays = []
    for c in COLUMNS:
        values = [r[c] for r in rows]
        dtype = _DTYPES.get(c)
        if dtype == "Int64":
            missing = np.array([v is None or v is pd.NA for v in values], dtype=bool)
            ints = np.array([0 if m else int(v) for v, m in zip(values, missing)], dtype=np.int64)
            arrays.append(pd.arrays.IntegerArray(ints, missing))
        elif dtype:
            arrays.append(np.array(values, dtype=dtype))
        else:
            a = np.empty(n, dtype=object)
            a[:] = values
            arrays.append(a)
    try:
        return pd.DataFrame._from_arrays(arrays, columns=_COLUMN_INDEX, index=pd.RangeIndex(n),
                                         verify_integrity=False)
    except (AttributeError, TypeError):  # pragma: no cover - another pandas version
        return pd.DataFrame({c: (a if _DTYPES.get(c) else pd.Series(a, dtype=object)) for c, a in zip(COLUMNS, arrays)})


def _tidy(v: float) -> float:
    """Round away binary noise from scaling: 16.4 * 1e6 -> 16400000.0."""
    v = float(v)
    if v.is_integer() and -1e12 < v < 1e12:  # at most 12 digits: nothing to round (the common case)
        return v
    return float(f"{v:.12g}") if math.isfinite(v) else v


_DTYPES = {"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64",
           "period": "Int64"}
_COLUMN_INDEX = pd.Index(COLUMNS)
_EMPTY = pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, object)) for c in COLUMNS})


def extract_figures(corpus: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Figures of every article: :func:`figures_in` per article, doc_id first.

    When ``quotes`` is None, :func:`lib.quotes.extract_quotes` is called to
    find speakers.

    >>> from lib.corpus import corpus_from_texts
    >>> extract_figures(corpus_from_texts({"a": "T\\n\\nIt cost £300m."}))[["doc_id", "value", "unit"]].values.tolist()
    [['a', 300000000.0, 'GBP']]
    """
    if quotes is None:
        from lib.quotes import extract_quotes  # imported only when needed

        quotes = extract_quotes(corpus)
    by_doc = {}
    if quotes is not None and len(quotes) and "doc_id" in quotes:
        by_doc = {d: g for d, g in quotes.groupby("doc_id", sort=False)}
    rows: list[dict] = []
    docs: list = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        found = figure_rows(text, by_doc.get(doc_id))
        rows += found
        docs += [doc_id] * len(found)
    out = figure_table(rows)
    out.insert(0, "doc_id", docs)
    return out


def figure_sentences(corpus: pd.DataFrame, figures: pd.DataFrame) -> pd.Series:
    """The sentence (from :func:`lib.text.sentence_spans`) around each figure, aligned with ``figures``."""
    from lib.text import sentence_spans

    spans = {d: sentence_spans(t) for d, t in zip(corpus["doc_id"], corpus["text"])}
    out = []
    for r in figures.itertuples():
        sent = ""
        for s, e, t in spans.get(r.doc_id, []):
            if s <= r.start < e:
                sent = t
                break
        out.append(sent)
    return pd.Series(out, index=figures.index, name="sentence")


# --------------------------------------------------------------------------
# comparison


# patterns of subject_key, compiled once
_KEY_WORDS = re.compile(r"[a-z][a-z\-]*")


def subject_key(subject: str) -> str:
    """The comparable form of a subject: lower case, singular, scope words dropped, synonyms mapped.

    >>> subject_key("mutual trade volume"), subject_key("the trade turnover"), subject_key("direct investments")
    ('trade volume', 'trade volume', 'investment')
    """
    if not isinstance(subject, str) or not subject.strip():
        return ""
    words = [w for w in _KEY_WORDS.findall(subject.lower().replace("’", "'"))
             if w not in ("a", "an", "the", "s")]
    if "of" in words:  # "volume of trade" -> "trade volume"
        k = words.index("of")
        if 0 < k < len(words) - 1 and words[k - 1] in ("volume", "value", "level", "number", "amount", "size"):
            words = words[k + 1:] + words[:k]
    words = [w for w in words if w not in SCOPE_WORDS] or words
    words = [_singular(w) for w in words]
    phrase = " ".join(words)
    if phrase in SUBJECT_SYNONYMS:
        return SUBJECT_SYNONYMS[phrase]
    for n in (2, 1):  # map the head ("bilateral trade turnover" -> "trade volume")
        if len(words) >= n:
            tail = " ".join(words[-n:])
            if tail in SUBJECT_SYNONYMS:
                return SUBJECT_SYNONYMS[tail]
    return phrase


def _fmt(v: float, unit: str, kind: str) -> str:
    if kind == "money":
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= scale:
                return f"{v / scale:g} {name} {unit}"
        return f"{v:,.6g} {unit}"
    if kind == "percent":
        return f"{v:g}%"
    return f"{v:,.6g}"


def _agree(values: list[float]) -> bool:
    lo, hi = min(values), max(values)
    return hi == lo or (hi - lo) <= 0.005 * max(abs(hi), abs(lo))


def compare_figures(figures: pd.DataFrame, names: Mapping[Any, Iterable[str]] | None = None,
                    min_shared: int = 2, copies: Mapping[Any, Any] | None = None) -> pd.DataFrame:
    """Group figures that measure the same thing and say whether they agree.

    Two figures are grouped when they have the same kind and unit (the same
    currency; % with %), the same :func:`subject_key` (scope words such as
    "total"/"direct" dropped, synonyms such as trade turnover/trade volume
    merged through :data:`SUBJECT_SYNONYMS`), the same role (targets apart
    from actual values, changes apart from levels) and compatible periods
    (equal, or one unstated). Years are grouped only when their subjects
    match. Ordinals, ranks, durations and counts whose subject is only
    their counted noun stand alone.

    Returns one row per group: group, subject, kind, unit, role (level,
    target or change), doc_ids, speakers, values, figures ("doc_id: surface"),
    status (agree / differ / single), rule, and members (the (doc_id, start)
    pairs of its figures, for :func:`group_figures`).

    Across articles, a group needs at least one figure whose subject is a
    noun phrase of two or more words ("mutual trade volume", "minimum wage"):
    one-word subjects and subjects inferred from a verb ("paid" -> payment)
    are too vague to tie figures in different articles together, so such
    figures are compared within their own article only.

    ``names`` maps each doc_id to the article's main names
    (:func:`lib.people.main_names`). When given, figures in different
    articles are also compared only when the articles are about the same
    thing: they share at least ``min_shared`` main names, directly or through
    other articles of the group. "Pre-tax profit" in a story about one bank
    and in a story about an airline are then not compared; nor are two
    stories that only both mention "China".

    ``copies`` maps the doc_id of an article that repeats an earlier one
    word for word to that article's doc_id (:func:`lib.text.copies`). A
    copy's figures are not compared again: they stand alone, and the rule
    names the article they are compared in, so that one story filed twice
    does not count as two sources that agree.

    >>> f = figures_in("Trade volume reached $6.3 billion. Trade turnover was $6.3 billion.")
    >>> compare_figures(f.assign(doc_id="a"))[["subject", "status"]].values.tolist()
    [['trade volume', 'agree']]
    """
    return comparison_frame(comparison_rows(figures, names, min_shared, copies))


def comparison_frame(rows: Iterable[tuple]) -> pd.DataFrame:
    """A comparison table from rows of :func:`comparison_rows` (or any part of them).

    >>> comparison_frame([]).columns.tolist() == COMPARISON_COLUMNS
    True
    """
    columns: list[list] = [[] for _ in COMPARISON_COLUMNS]
    for row in rows:
        for column, value in zip(columns, row):
            column.append(value)
    if not columns[0]:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    return pd.DataFrame(dict(zip(COMPARISON_COLUMNS, columns)), columns=COMPARISON_COLUMNS)


def _in_order(docs: Iterable, starts: Iterable) -> bool:
    """Whether the (doc_id, start) pairs are already in order, so that a stable sort would keep them as they are.

    >>> _in_order(["a", "a", "b"], [3, 5, 1]), _in_order(["b", "a"], [1, 1])
    (True, False)
    """
    previous = None
    try:
        for pair in zip(docs, starts):
            if previous is not None and not previous <= pair:
                return False
            previous = pair
    except TypeError:  # values that do not compare (pd.NA): let pandas sort them
        return False
    return True


#: The columns of a figure table that :func:`comparison_rows` reads.
COMPARED_COLUMNS = ("doc_id", "start", "surface", "value", "kind", "unit", "qualifier", "subject", "period", "speaker")


def comparison_rows(figures: pd.DataFrame | Mapping[str, list], names: Mapping[Any, Iterable[str]] | None = None,
                    min_shared: int = 2, copies: Mapping[Any, Any] | None = None) -> Iterator[tuple]:
    """The rows of :func:`compare_figures` one at a time, as tuples in the order of
    :data:`COMPARISON_COLUMNS`: for writing a large comparison without holding all of it.

    ``figures`` is a figure table, or a mapping of the columns in
    :data:`COMPARED_COLUMNS` to plain lists already in (doc_id, start) order,
    which are used as they are (a table's columns are copied into lists).
    """
    if figures is None:
        return
    if isinstance(figures, pd.DataFrame):
        if not len(figures):
            return
        f = figures if "doc_id" in figures else figures.assign(doc_id="")
        if not _in_order(f["doc_id"], f["start"]):  # figures as analyze gives them are; sorting copies them all
            f = f.sort_values(["doc_id", "start"], kind="stable")
        # plain Python lists (the values iteration over each column yields): one pass of pandas, then
        # no per-row or per-group pandas work, which cost far more than the comparison itself
        columns = {c: list(f[c]) for c in COMPARED_COLUMNS}
    else:
        columns = dict(figures)
        if "doc_id" not in columns:
            columns["doc_id"] = [""] * len(columns["start"])
        if not _in_order(columns["doc_id"], columns["start"]):
            raise ValueError("comparison_rows: the column lists must be in (doc_id, start) order")
    doc_col, start_col, surface_col, value_col, kind_col, unit_col, qual_col, subject_col, period_col, speaker_col = (
        columns[c] for c in COMPARED_COLUMNS)
    if not doc_col:
        return
    period_known = [not pd.isna(p) for p in period_col]
    keys_of: dict = {}  # subject_key is pure: once per distinct string

    def key_of(subject: Any) -> str:
        try:
            return keys_of[subject]
        except KeyError:
            keys_of[subject] = k = subject_key(subject)
            return k
        except TypeError:  # unhashable
            return subject_key(subject)

    copies = copies or {}
    # the figures that stand alone (one byte each), and the others by their group key: on a large corpus the
    # figures are many, so nothing is held per figure that is not needed
    alone = bytearray(len(doc_col))
    by_key: dict = {}
    for idx, (doc, kind, unit, qualifier, subject) in enumerate(zip(doc_col, kind_col, unit_col, qual_col,
                                                                    subject_col)):
        if doc in copies:
            alone[idx] = 1
            continue
        skey = key_of(subject)
        if (kind in ("ordinal", "rank", "duration") or not skey
                or (kind == "count" and _singular(str(subject)) == str(unit))
                or (kind == "count" and skey == key_of(str(unit)))):
            alone[idx] = 1
            continue
        role = "target" if qualifier == "target" else ("change" if qualifier in ("up", "down") else "level")
        unit_key = unit if kind in ("money", "percent", "count") else ""
        by_key.setdefault((kind, unit_key, role, skey), []).append(idx)
    weak_subjects = set(VERB_SUBJECTS.values())

    def strong(subject: str) -> bool:
        words = [w for w in str(subject).lower().split() if w not in _STOP]
        return len(words) >= 2 and str(subject).lower() not in weak_subjects

    split: dict = {}
    for k, idxs in by_key.items():
        if any(strong(subject_col[i]) for i in idxs):
            split[k] = idxs
        else:
            for i in idxs:
                split.setdefault(k + ("vague", doc_col[i]), []).append(i)
    by_key = split
    shared_of: dict = {}  # group key -> the main names its articles share
    if names is not None:
        by_key, shared_of = _split_by_names(by_key, doc_col, names, min_shared)
    keyed: dict[int, tuple[Any, list[int]]] = {}  # each group by its first figure

    def add(k: Any, idxs: list[int]) -> None:
        keyed[min(idxs)] = (k, idxs)

    for k, idxs in by_key.items():
        periods = sorted({int(period_col[i]) for i in idxs if period_known[i]})
        if len(periods) <= 1:
            add(k, idxs)
        else:
            for p in periods:
                add(k, [i for i in idxs if period_known[i] and int(period_col[i]) == p])
            rest = [i for i in idxs if not period_known[i]]
            if rest:
                add(k, rest)
    del by_key

    def in_order() -> Iterator[tuple[Any, list[int]]]:
        """Every group, in the order of its first figure; a figure that stands alone is a group of its own."""
        for idx in range(len(alone)):
            if alone[idx]:
                yield None, [idx]
            elif idx in keyed:
                yield keyed.pop(idx)

    for gid, (k, idxs) in enumerate(in_order(), start=1):
        i0 = idxs[0]
        if len(idxs) == 1:  # most figures stand alone: the same row as below, without the sets and sorts
            d = doc_col[i0]
            s = speaker_col[i0]
            values, docs, doc_ids = [float(value_col[i0])], [d], [d]
            speakers = [s] if isinstance(s, str) and s else []
            surfaces = [f"{d}: {surface_col[i0]}"]
            status = "single"
            if d in copies:
                rule = f"the article repeats {copies[d]} word for word; its figures are compared there"
            elif not k:
                rule = f"{kind_col[i0]}: not compared"
            elif len(k) > 4 and k[4] == "alone":
                rule = (f"other articles give this kind, unit and subject, but share fewer than {min_shared} "
                        "main names with this one")
            else:
                rule = "no other figure of this kind, unit and subject"
        else:
            values = [float(value_col[i]) for i in idxs]
            docs = [doc_col[i] for i in idxs]
            doc_ids = sorted(set(docs))
            speakers = sorted({s for s in (speaker_col[i] for i in idxs) if isinstance(s, str) and s})
            surfaces = [f"{d}: {surface_col[i]}" for d, i in zip(docs, idxs)]
            status = "agree" if _agree(values) else "differ"
            kind, unit, role, skey = k[:4]
            subjects = [subject_col[i] for i in idxs]
            written = sorted({str(s) for s in subjects})
            rule = (f"same kind ({kind}{', ' + unit if unit else ''}), role ({role}) and subject key "
                    f"'{skey}' (from {'; '.join(written)})")
            if len(k) > 4 and k[4] == "vague":
                rule += "; vague subject: compared within the article only"
            elif len(k) > 4 and k[4] == "alone":
                rule += f"; compared within the article only (fewer than {min_shared} main names shared with other articles)"
            if shared_of.get(k):
                rule += f"; the articles share the names {', '.join(shared_of[k])}"
            pers = sorted({int(period_col[i]) for i in idxs if period_known[i]})
            rule += f"; period {pers[0]}" if pers else "; no period stated"
            quals = sorted({qual_col[i] for i in idxs})
            if status == "differ" and len(quals) > 1:
                rule += f"; qualifiers differ ({', '.join(quals)})"
            scope = sorted({w for s in subjects for w in str(s).lower().split() if w in SCOPE_WORDS})
            if status == "differ" and scope:
                rule += f"; scope words: {', '.join(scope)}"
            if len(speakers) > 1:
                rule += f"; {len(speakers)} speakers"
        subj = k[3] if k else (subject_col[i0] or unit_col[i0] or "")
        role = k[2] if k else ("target" if qual_col[i0] == "target" else
                               "change" if qual_col[i0] in ("up", "down") else "level")
        yield (gid, subj, kind_col[i0], unit_col[i0], role, doc_ids, speakers, values, surfaces,
               status, rule, [(d, int(start_col[i])) for d, i in zip(docs, idxs)])


def _split_by_names(by_key: dict, doc_col: list, names: Mapping[Any, Iterable[str]],
                    min_shared: int) -> tuple[dict, dict]:
    """Split each cross-article group into the articles linked by shared main names.

    Articles are linked when at least ``min_shared`` of their main names
    (folded) are the same; articles linked directly or in a chain form one
    group. An article linked to none keeps its figures in a group of its
    own. Returns the new groups and, for each group over several articles,
    the names its linked articles share.

    Two articles share ``m`` names exactly when some set of ``m`` names is
    among the names of both, so the articles are filed under each such set of
    their names (ten sets of two for five main names) rather than compared
    pair by pair, which grew with the square of the articles in a group.
    The number of such sets grows with the names per article, so ``names``
    is meant for a handful of main names each, as :func:`lib.people.main_names` gives.
    """
    from ..lexicon import fold

    need = max(1, min_shared)
    folded = {d: {fold(n): n for n in (names.get(d) or ())} for d in set(doc_col)}
    name_sets = {d: list(combinations(sorted(f), need)) for d, f in folded.items()}
    out: dict = {}
    shared_of: dict = {}
    for k, idxs in by_key.items():
        docs = sorted({doc_col[i] for i in idxs})
        if len(docs) < 2:
            out[k] = idxs
            continue
        holders: dict = {}  # a set of names -> the articles (in order) that have all of them
        for d in docs:
            for s in name_sets[d]:
                holders.setdefault(s, []).append(d)
        holders = {s: ds for s, ds in holders.items() if len(ds) > 1}
        root = {d: d for d in docs}  # union-find over the articles

        def find(d):
            while root[d] != d:
                root[d] = root[root[d]]
                d = root[d]
            return d

        for ds in holders.values():
            first = find(ds[0])
            for d in ds[1:]:
                r = find(d)
                if r != first:
                    root[r] = first
        members_of: dict = {}
        for d in docs:
            members_of.setdefault(find(d), []).append(d)
        parts = sorted(members_of.values())
        part_of = {d: j for j, part in enumerate(parts) for d in part}
        # the names of a shared set, spelled as in each of its articles but the last (as when
        # each pair of articles gives the names it shares, spelled as in the first of the two)
        spellings: dict = {}
        for s, ds in holders.items():
            spellings.setdefault(part_of[ds[0]], set()).update(folded[a][c] for a in ds[:-1] for c in s)
        members_in: list = [[] for _ in parts]
        for i in idxs:
            members_in[part_of[doc_col[i]]].append(i)
        for j, (part, members) in enumerate(zip(parts, members_in)):
            key = k if len(parts) == 1 else k + (("linked" if len(part) > 1 else "alone"), part[0])
            out[key] = members
            if len(part) > 1:
                shared_of[key] = sorted(spellings.get(j, ()))
    return out, shared_of


# --------------------------------------------------------------------------
# evaluation against hand annotations


#: Plurals that are not the singular plus -s, for comparing units only (figures keep
#: the word of the text: "200 people" has the unit "people").
_UNIT_PLURALS = {"people": "person", "persons": "person"}


def _norm_unit(u: Any) -> str:
    """A unit in comparable form: lower case, single spaces, each word singular ("people" -> "person")."""
    if u is None or (isinstance(u, float) and math.isnan(u)):
        return ""
    u = str(u).strip().lower()
    return " ".join(_UNIT_PLURALS.get(w) or _singular(w) for w in u.split())


def evaluate_figures(pred: pd.DataFrame, gold: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Score predicted figures against gold annotations.

    Gold rows need doc_id, start, end (or surface), value, unit, kind,
    qualifier. A gold figure is *found* when a predicted figure of the same
    article overlaps its span; among found figures, value (within 0.5%),
    unit (case, plural and spacing ignored; "people" counts as the plural
    of "person"), kind and qualifier are compared
    exactly. Returns a summary dict (gold, predicted, found, recall,
    precision, and the agreement rate of each attribute) and the per-gold
    table.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [3], "value": [6.0], "unit": ["agreement"],
    ...                   "kind": ["count"], "qualifier": ["="]})
    >>> p = figures_in("six agreements").assign(doc_id="a")
    >>> evaluate_figures(p, g)[0]["value"]
    1.0
    """
    rows = []
    used: set[int] = set()
    pred = pred.reset_index(drop=True)
    by_doc = {d: g for d, g in pred.groupby("doc_id", sort=False)} if len(pred) else {}
    for g in gold.itertuples(index=False):
        cands = by_doc.get(g.doc_id)
        match = None
        if cands is not None:
            ov = cands[(cands["start"] < g.end) & (cands["end"] > g.start)]
            if len(ov):
                # prefer the most overlap
                best = max(ov.index, key=lambda i: (min(ov.at[i, "end"], g.end) - max(ov.at[i, "start"], g.start), -i))
                match = best
        row = {"doc_id": g.doc_id, "gold_surface": getattr(g, "surface", ""), "gold_value": g.value,
               "gold_unit": g.unit, "gold_kind": g.kind, "gold_qualifier": g.qualifier, "found": match is not None}
        if match is not None:
            used.add(match)
            p = pred.loc[match]
            gv = float(g.value)
            row.update(surface=p["surface"], value=p["value"], unit=p["unit"], kind=p["kind"], qualifier=p["qualifier"],
                       value_ok=abs(float(p["value"]) - gv) <= 0.005 * max(abs(gv), 1e-9) or float(p["value"]) == gv,
                       unit_ok=_norm_unit(p["unit"]) == _norm_unit(g.unit),
                       kind_ok=str(p["kind"]) == str(g.kind),
                       qualifier_ok=str(p["qualifier"]) == (str(g.qualifier) if isinstance(g.qualifier, str) else "="))
        rows.append(row)
    table = pd.DataFrame(rows)
    found = table[table["found"]] if len(table) else table
    n_gold = len(table)
    summary = {"gold": n_gold, "predicted": len(pred), "found": int(len(found)),
               "recall": len(found) / n_gold if n_gold else float("nan"),
               "precision": len(used) / len(pred) if len(pred) else float("nan")}
    for a in ("value", "unit", "kind", "qualifier"):
        summary[a] = float(found[f"{a}_ok"].mean()) if len(found) else float("nan")
    summary["all_four"] = float((found[["value_ok", "unit_ok", "kind_ok", "qualifier_ok"]].all(axis=1)).mean()) if len(found) else float("nan")
    return summary, table


# --------------------------------------------------------------------------
# peer test suites (quantulum3, Microsoft Recognizers-Text): pure scoring.
# The caller reads the JSON files (bench/figures_peer.py, notebook 03).

_QU_MONEY = {"dollar": ("USD", 1.0), "euro": ("EUR", 1.0), "pound sterling": ("GBP", 1.0),
             "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1),
             "dollar per hour": ("USD", 1.0), "dollar per kilogram": ("USD", 1.0)}
_RT_UNIT_CODES = {"dollar": None, "pound": ("GBP", "EGP"), "euro": ("EUR",), "franc": ("FRF", "CHF", "XAF"),
                  "cent": None, "pence": ("GBP",), "penny": ("GBP",), "rupee": ("INR", "PKR", "LKR")}


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _overlapping(pred: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    return pred[(pred["start"] < end) & (pred["end"] > start)]


def _parse_rt_range(value: str) -> tuple[float | None, float | None, bool, bool]:
    """"(10,)" -> (10, None, open, open); "[20,35]" -> (20, 35, closed, closed)."""
    m = re.fullmatch(r"([\[(])\s*([-\d.eE+]*)\s*,\s*([-\d.eE+]*)\s*([\])])", value.strip())
    if not m:
        return None, None, False, False
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return lo, hi, m.group(1) == "[", m.group(4) == "]"


#: Tokens that :func:`figures_in` by design does not read as figures (see the
#: module's tests: dates, addresses, phone numbers and names such as "COVID-19"),
#: with the name :func:`score_peer_cases` reports them under.
NOT_FIGURE_TOKENS = (
    ("date", re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")),
    ("address or version number", re.compile(r"\d{1,3}(?:\.\d{1,3}){3,}")),
    ("phone number", re.compile(r"\+\d{1,3}(?:[-/ .]\d{2,4}){2,}")),
    ("name with a number", re.compile(r"[A-Z][A-Z0-9]*-\d+")),
)


def _convention(text: str, start: int, end: int) -> str | None:
    """Why the token around text[start:end] is not a figure here (a :data:`NOT_FIGURE_TOKENS` name), or None."""
    a, b = start, end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    token = text[a:b].strip(".,;:!?\"'()")
    for name, pattern in NOT_FIGURE_TOKENS:
        if pattern.fullmatch(token):
            return name
    return None


def score_peer_cases(suite: str, cases: list[dict]) -> pd.DataFrame:
    """Run :func:`figures_in` on another project's test cases; one row per gold item.

    ``suite`` is ``quantulum3`` (cases as in quantities.json) or one of the
    Recognizers-Text models ``currency``, ``percent``, ``number``,
    ``ordinal``, ``range`` (cases as in their spec files). A gold item
    *passes* when a predicted figure overlaps its text span and has the same
    value (money: also the same currency, cents and pence converted;
    percent: kind percent; ordinal: kind ordinal or rank; range: the same
    ends, or the same bound with qualifier > or <). Columns: suite,
    category, case, text, gold, value, passed, extra (predicted figures of
    that category in the case that match no gold item), note.

    Gold items that are not figures are left out: Recognizers' relative
    ordinals ("next", "last") and items without an amount (a currency name
    such as "dollar", or a bare "percent" whose value the spec gives as
    ``null``). Gold items inside a token that this project documents and
    tests as *not a figure* (:data:`NOT_FIGURE_TOKENS`: the parts of a date
    "5/17/2018", of an address "192.168.1.2", of a phone number, of a name
    such as "SCP-173") are not scored either: they get the category
    ``excluded`` with the reason in ``note``, so that the summary shows how
    many there are. Every other gold item counts, including those the
    Recognizers ports mark NotSupported.
    """
    rows = []
    for ci, case in enumerate(cases):
        if suite == "quantulum3":
            text, items = case["req"], case["res"]
        else:
            text, items = case["Input"], case.get("Results", [])
        pred = figures_in(text)
        used: set[int] = set()
        case_rows = []
        for it in items:
            if suite == "quantulum3":
                unit = it["unit"]
                surface = it["surface"]
                start = text.find(surface)
                end = start + len(surface)
                gold = float(it["value"])
                if unit in _QU_MONEY:
                    category = "money"
                elif unit == "percentage":
                    category = "percent"
                elif unit == "dimensionless":
                    category = "number"
                else:
                    category = "other unit"
            else:
                res = it.get("Resolution") or {}
                start, end = int(it["Start"]), int(it["End"]) + 1
                surface = text[start:end]
                category = {"currency": "money", "percent": "percent", "number": "number",
                            "ordinal": "ordinal", "range": "range"}[suite]
                unit = res.get("unit", "")
                if it.get("TypeName", "").startswith("ordinal.relative"):
                    continue  # "next", "last": positions, not figures
                if res.get("value") in (None, "null"):
                    continue  # a currency or "percent" named without an amount ("dollar", "a small percent")
                gold = res["value"]
            if start < 0:
                case_rows.append({"category": category, "gold": surface, "passed": False, "note": "surface not in text"})
                continue
            why = _convention(text, start, end)
            if why:
                case_rows.append({"category": "excluded", "gold": surface, "passed": False,
                                  "note": f"convention: {why} ({category})"})
                continue
            cands = _overlapping(pred, start, end)
            ok, note = False, "not found" if not len(cands) else "wrong value"
            for i, p in cands.iterrows():
                v = float(p["value"])
                if category == "money":
                    if suite == "quantulum3":
                        code, factor = _QU_MONEY[unit]
                        good = p["kind"] == "money" and _close(v, gold * factor) and p["unit"] == code
                    else:
                        g = float(gold)
                        sub = unit.lower() in ("cent", "pence", "penny")
                        iso = res.get("isoCurrency")
                        codes = (iso,) if iso else _RT_UNIT_CODES.get(unit.lower())
                        good = p["kind"] == "money" and _close(v * (100 if sub else 1), g) and \
                            (codes is None or p["unit"] in codes or (unit.lower() == "dollar" and str(p["unit"]).endswith("D")))
                        if codes is None and unit.lower() not in ("dollar", "cent") and not iso:
                            good = good and currency_code(unit) in (None, p["unit"])
                elif category == "percent":
                    g = float(str(gold).rstrip("%")) if suite != "quantulum3" else gold
                    good = p["kind"] == "percent" and _close(v, g)
                elif category == "ordinal":
                    good = p["kind"] in ("ordinal", "rank") and _close(v, float(gold))
                elif category == "range":
                    lo, hi, _, _ = _parse_rt_range(str(gold))
                    if lo is not None and hi is not None:
                        good = _close(float(p["low"]), lo) and _close(float(p["high"]), hi)
                    elif lo is not None:
                        good = p["qualifier"] == ">" and _close(v, lo)
                    elif hi is not None:
                        good = p["qualifier"] == "<" and _close(v, hi)
                    else:
                        good = False
                else:  # plain numbers and other units: the value
                    g = float(gold)
                    good = _close(v, g) or (not math.isnan(float(p["low"])) and not math.isnan(float(p["high"]))
                                            and _close((float(p["low"]) + float(p["high"])) / 2, g))
                if good:
                    ok, note = True, ""
                    used.add(i)
                    break
            case_rows.append({"category": category, "gold": surface, "passed": ok, "note": note})
        # predicted figures of a category that no gold item explains
        cat_of_kind = {"money": "money", "percent": "percent"}
        for i, p in pred.iterrows():
            if i in used:
                continue
            if suite == "quantulum3":
                cat = cat_of_kind.get(p["kind"])
            else:
                cat = {"currency": "money", "percent": "percent"}.get(suite)
                cat = cat if cat_of_kind.get(p["kind"]) == cat else None
                if suite == "number" and p["kind"] not in ("ordinal", "rank"):
                    cat = "number"  # ordinals are the ordinal model's business
                elif suite == "ordinal" and p["kind"] in ("ordinal", "rank"):
                    cat = "ordinal"
            if cat:
                case_rows.append({"category": cat, "gold": None, "passed": False, "note": f"extra: {p['surface']}"})
        for r in case_rows:
            rows.append({"suite": suite, "case": ci, "text": text, **r})
        if not case_rows and not items:
            rows.append({"suite": suite, "case": ci, "text": text, "category": {"currency": "money"}.get(suite, suite),
                         "gold": None, "passed": True, "note": "nothing to find, nothing found"})
    return pd.DataFrame(rows, columns=["suite", "case", "text", "category", "gold", "passed", "note"])


def peer_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """Pass rates per suite and category from :func:`score_peer_cases` rows.

    ``items``: gold items; ``found``: items passed (recall); ``extra``:
    predicted figures of the category matching no gold item; ``cases`` and
    ``cases_passed``: a case passes when all its gold items of the category
    pass and it has no extra figure of that category.
    """
    out = []
    for (suite, cat), g in scored.groupby(["suite", "category"], sort=True):
        gold = g[g["gold"].notna()]
        extra = int(g["note"].astype(str).str.startswith("extra").sum())
        per_case = g.groupby("case")["passed"].all()
        out.append({"suite": suite, "category": cat, "items": len(gold), "found": int(gold["passed"].sum()),
                    "recall": gold["passed"].mean() if len(gold) else float("nan"), "extra": extra,
                    "cases": len(per_case), "cases_passed": int(per_case.sum()),
                    "case_pass_rate": per_case.mean()})
    return pd.DataFrame(out)


# --------------------------------------------------------------------------
# explaining a comparison

REASONS = ("value", "qualifier", "scope", "speaker", "period", "article")


def group_figures(figures: pd.DataFrame, row: pd.Series | dict) -> pd.DataFrame:
    """The figures of one :func:`compare_figures` group (rows of ``figures``)."""
    keys = set(map(tuple, row["members"]))
    f = figures if "doc_id" in figures else figures.assign(doc_id="")
    mask = [(d, int(s)) in keys for d, s in zip(f["doc_id"], f["start"])]
    return figures[mask]


def difference_reasons(members: pd.DataFrame) -> list[str]:
    """What sets the figures of one group apart, from :data:`REASONS`.

    ``value``: the numbers differ; ``qualifier``: one is a bound (">") and
    another exact; ``scope``: the subjects carry different scope words
    ("total" vs "direct"); ``speaker``: different people gave them;
    ``period``: different years; ``article``: they come from different articles.

    >>> f = figures_in("Investments exceed $5 billion in total. We made $4.7 billion in direct investments.")
    >>> difference_reasons(f)
    ['value', 'qualifier', 'scope']
    """
    out = []
    vals = [float(v) for v in members["value"]]
    if vals and not _agree(vals):
        out.append("value")
    if members["qualifier"].nunique() > 1:
        out.append("qualifier")
    scopes = {frozenset(w for w in str(s).lower().split() if w in SCOPE_WORDS) for s in members["subject"]}
    if len(scopes) > 1:
        out.append("scope")
    speakers = {s for s in members["speaker"] if isinstance(s, str) and s} if "speaker" in members else set()
    if len(speakers) > 1:
        out.append("speaker")
    periods = {int(p) for p in members["period"].dropna()} if "period" in members else set()
    if len(periods) > 1:
        out.append("period")
    if "doc_id" in members and members["doc_id"].nunique() > 1:
        out.append("article")
    return out


def explain_group(members: pd.DataFrame) -> str:
    """A plain-language account of one group: each figure, then what differs.

    >>> f = figures_in("Investments exceed $5 billion in total. We made $4.7 billion in direct investments.")
    >>> print(explain_group(f))
    - $5 billion (> 5 billion USD), subject 'total investments'
    - $4.7 billion (= 4.7 billion USD), subject 'direct investments'
    They differ in: value, qualifier, scope.
    """
    lines = []
    for r in members.itertuples():
        who = f", said by {r.speaker}" if isinstance(getattr(r, "speaker", None), str) and r.speaker else ""
        doc = f"{r.doc_id}: " if hasattr(r, "doc_id") and r.doc_id else ""
        when = f", period {int(r.period)}" if pd.notna(getattr(r, "period", None)) else ""
        lines.append(f"- {doc}{r.surface} ({r.qualifier} {_fmt(float(r.value), r.unit, r.kind)}), "
                     f"subject '{r.subject}'{when}{who}")
    reasons = difference_reasons(members)
    lines.append("They differ in: " + ", ".join(reasons) + "." if reasons else "They agree.")
    return "\n".join(lines)
