"""The compiled regexes of figures, and the fast scan for where a number starts (:func:`_starts`)."""
from __future__ import annotations

import re

from ..lexicon import MONTHS
from ..numbers import CARDINALS, CURRENCY_NAMES, CURRENCY_SYMBOLS, ORDINALS, SCALES
from ._regex import _lower_twin, _trie_regex, _word_candidates_regex
from ._vocabulary import TIME_UNITS

# --------------------------------------------------------------------------
# compiled patterns

_NUM_WORDS = sorted(set(CARDINALS) - {"nil"} | set(SCALES) - {"lakh", "lakhs", "crore", "crores"}
                    | set(ORDINALS) | {"half", "dozen", "dozens", "quarter", "quarters"}, key=len, reverse=True)
# what may follow "a"/"an" at the start of a number: "a hundred", "a fifth", "a twenty-first"
_A_NEXT = sorted({"hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter"}
                 | {w for w in ORDINALS if w not in ("first", "second")}, key=len, reverse=True)
_TENS_RE = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"


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


_WORD_CANDIDATES = re.compile(_word_candidates_regex(_NUM_WORDS, _FOLDS_TO_ASCII, _A_AHEAD))


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


# currency signs from lib/data/currency_symbols.csv: one character, not ASCII ("£", "₹", "฿"), written
# before or after a number ("元" only after it); longer signs not in ASCII ("ரூ", "zł") after it
_SIGNS_BEFORE = "".join(sorted(c for c in CURRENCY_SYMBOLS if len(c) == 1 and not c.isascii() and c != "元"))
_SIGNS_AFTER = "|".join(sorted((re.escape(c) for c in CURRENCY_SYMBOLS if len(c) > 1 and not c.isascii()
                                and not any(ch in "$" for ch in c)), key=len, reverse=True))
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|UTC)(?![A-Za-z])"
                    r"|\d{1,2}:\d{2}", re.I)
_PREFIX = re.compile(
    r"(?:(?P<mcode>\bM[A-Z]{3})[ \t\u00a0]?"
    r"|(?P<code>\b(?:[A-Z]{3}"
    r"|(?i:usd|eur|gbp|jpy|cny|rmb|chf|aud|inr|rub|kzt|kgs|hkd|nzd|sgd|zar|brl|mxn|krw|uah|azn|uzs)))[ \t\u00a0]?"
    r"|(?P<sym>(?:(?<![A-Za-z.])(?:(?i:us|u\.s\.?|hk|nz|au|ca|mex|nt|usd|cad|aud|nzd|mxn|hkd|sgd)[ \t]?"
    r"|c[ \t]|[CASR]))?\$"
    r"|[" + _SIGNS_BEFORE + r"]|\b[Rr]s\.?)[ \t\u00a0]?)(?P<neg>[-−][ \t]?)?$")
# as a trie: the same match as the names longest first (of the names that match here and are not
# followed by a letter, each is the start of the next, so both pick the longest), but much faster
_CURRENCY_NAME_RE = _trie_regex(sorted(CURRENCY_NAMES))
_SUFFIX_CURRENCY = re.compile(
    r"(?:[ \t\u00a0]*|-)(?P<name>" + _CURRENCY_NAME_RE + r")(?![A-Za-z])"
    r"|[ \t\u00a0]?(?P<mcode>M[A-Z]{3})(?![A-Za-z])"
    r"|[ \t\u00a0]?(?P<code>[A-Za-z]{3})(?![A-Za-z\d])"
    r"|[ \t\u00a0]?(?P<sym>[$" + _SIGNS_BEFORE + "元]|" + _SIGNS_AFTER + r")(?![ \t]?\d)"
    r"|(?:[ \t\u00a0]*|-)(?P<sub>cents?|pence|penny|kopecks|kurus|tiyn|dimes?|nickels)(?![A-Za-z])",
    re.I)
_ABBR = re.compile(r"(?P<glued>(?i:bn|mn|mln|bln|tln|trn|tn|mil|mm)|[kmbtgKMBTG])(?![A-Za-z])"
                   r"|[ \t](?P<spaced>bn|mn|mln|bln|tln|trn|k)(?![A-Za-z])")
_PERCENT = re.compile(r"[ \t\u00a0]?%"
                      r"|(?:[ \t\u00a0]*|-)(?:per[ \t]?cents?(?:age)?|percents?(?:age)?|pct|pc)(?![A-Za-z])"
                      r"(?P<points>[ \t]+points?)?|[ \t]+(?P<pp>percentage[ \t]+points?)", re.I)
_TIME_AFTER = re.compile(r"(?:[ \t\u00a0]+|-)(?P<u>" + "|".join(sorted(TIME_UNITS, key=len, reverse=True))
                         + r")(?![A-Za-z])(?P<poss>['’](?!s))?", re.I)
_NEXT_WORDS = re.compile(r"(?:[ \t\u00a0]+|-)([A-Za-z][A-Za-z'’\-]*)")
_GLUED_METRE = re.compile(r"m(?![A-Za-z\d])")
_GLUED_UNIT = re.compile(r"(?P<u>[A-Za-zµ°][A-Za-z0-9^²³/°]*)")
_SUPERLATIVE = re.compile(r"(?:[ \t]+|-)(?:(?:most|least)[ \t]+[a-z]+|largest|biggest|highest|lowest|"
                          r"greatest|smallest|richest|poorest|best|worst|[a-z]{3,}est)(?![A-Za-z])", re.I)
_SLASH_FRACTION = re.compile(
    r"(?:(?P<whole>\d{1,3})[ \t]+)?(?P<num>\d{1,3})/(?P<den>\d{1,4})(?![/\d])(?!\.\d)")
_NEG_WORD = re.compile(r"\b(?:minus|negative)[ \t]+$", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                      "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_RANGE_JOIN = re.compile(r"^[ \t\u00a0]*(?:-|–|—|~|to|through|and|or)[ \t\u00a0]*$", re.I)

# the qualifier words before a number, one alternation each (the alternatives are joined with "|";
# the order and the repeats are as they were written)
_Q_GT = "|".join((
    "(?:more|greater|higher|larger|bigger|bigger) (?:than )?or equal (?:to|than)",
    "(?:more|greater|higher|larger|bigger) than(?: or equal to)?", "at least or equal to", r">[ \t]*=?", "≥",
    "surpass(?:es|ed|ing)?", "over", "above", "exceeding", "exceeds?", "exceeded", "in excess of", "upwards of",
    "at least", "topping", "tops", "topped", "surpassing", "beyond", "no less than", "not less than",
    "a minimum of", "minimum of", "north of", "in excess of",
))
_Q_LT = "|".join((
    "(?:less|fewer|lower|smaller) (?:than )?or equal (?:to|than)",
    "(?:less|fewer|lower|smaller) than(?: or equal to)?", r"<[ \t]*=?", "≤", "under", "below", "up to", "at most",
    "no more than", "not more than", "a maximum of", "maximum of", "just under", "just below", "short of",
))
_Q_APPROX = "|".join((
    "about", "around", "roughly", "nearly", "almost", "approximately", r"approx\.?", "some", "an estimated",
    "estimated", "close to", "circa", r"c\.", "~", "as (?:many|much) as", "an? (?:approximate|rough)", "just over",
    "more or less",
))
_Q_UP = "|".join((
    "up", "up by", "(?:to )?rise by", "rises by", "(?:to )?increase by", "rose", "rose by", "rising", "risen",
    "grew", "grew by", "grown", "gained", "jumped", "climbed", "soared", "increased by", "increase of",
    "increases? by", "rise of", "growth of", "a rise of", "an increase of", "a jump of", "up some",
))
_Q_DOWN = "|".join((
    "down", "down by", "(?:to )?fall by", "falls by", "(?:to )?(?:drop|decrease|decline) by", "fell", "fell by",
    "falling", "fallen", "dropped", "dropped by", "declined", "declined by", "decreased by", "decrease of",
    "slipped", "slumped", "plunged", "lost", "shed", "cut by", "reduced by", "a fall of", "a drop of",
    "a decline of", "a cut of",
))
_Q_TARGET = r"(?:target|goal|aim|objective)s?(?:[ \t]+(?:of|is|was|to reach|for|at))?(?:[ \t]+(?:a|an|the))?"
_QUALIFIER_LEFT = re.compile(
    r"(?<![\w])(?:(?P<target>" + _Q_TARGET + r")|(?P<up>" + _Q_UP + r")|(?P<down>" + _Q_DOWN + r")|(?P<gt>" + _Q_GT
    + r")|(?P<lt>" + _Q_LT + r")|(?P<approx>" + _Q_APPROX + r"))[ \t]*$", re.I)
_Q_NAMES = {"target": "target", "up": "up", "down": "down", "gt": ">", "lt": "<", "approx": "~"}
_TARGET_VERB = re.compile(
    r"\b(?:to|will|should|must|would|could|shall|can)[ \t]+(?:be[ \t]+)?(?:increas|rais|boost|bring|brought|"
    r"reach|lift|doubl|tripl|grow|expand|hit|achiev|take|push)\w*(?:[ \t]+\S+){0,5}?[ \t]+(?:to|at)[ \t]*$"
    r"|\b(?:to|will|should|must|would|could|shall|can)[ \t]+(?:reach|hit|achieve|exceed|top)[ \t]*$"
    r"|\b(?:aims?|aimed|aiming|plans?|planned|hopes?|seeks?|wants?|intends?)[ \t]+(?:to[ \t]+)?(?:\w+[ \t]+){0,4}?"
    r"(?:to|at|of)[ \t]*$",
    re.I)
_TARGET_RIGHT = re.compile(r"^(?:[ \t]+[a-z\-]+){0,3}?[ \t]+(?:target|goal)s?\b", re.I)
_RIGHT_QUAL = re.compile(r"^(?:[ \t]*-?plus\b|[ \t]+(?:or|and)[ \t]+(?:more|above|over|greater|higher)\b"
                         r"|[ \t]+or[ \t]+so\b|[ \t]+(?:or|and)[ \t]+(?:less|fewer|under|below|lower)\b)", re.I)
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
_NP_END = re.compile(r"(?<![A-Za-z'’\-])((?:[a-z][a-z\-]*(?:['’]s)?[ \t]+){0,3}[a-z][a-z\-]*)"
                     r"(?:[ \t]+of[ \t]+((?:[a-z][a-z\-]*[ \t]+){0,1}[a-z][a-z\-]*))?[ \t]*$")
_PERIOD = re.compile(r"\b(?:in|during|for|by|since|of|throughout|until|through)[ \t]+"
                     r"(?:(?:the[ \t]+)?(?:fiscal|financial|calendar)[ \t]+(?:year[ \t]+)?|the[ \t]+year[ \t]+)?"
                     r"((?:1[89]|20)\d\d)(?![\d%]|[.,]\d)", re.I)
# a sentence break: end punctuation, closing quotes or brackets, spaces and a capital or digit;
# or a line break. Written to begin with a character set, which the regex engine scans for quickly
# (the same matches as r"[.!?…]['\"”’»)]*[ \t]+(?=[\"“«'‘(]?[A-Z0-9])|\n").
_SENT_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)|['\"”’»)]*[ \t]+(?=[\"“«'‘(]?[A-Z0-9]))")
# a clause break: ; : ( a quote mark, a comma and a space, a dash between spaces. Written to begin
# with a character set, which the regex engine scans for quickly (the same matches as
# r"[;:(]|,[ \t]|[ \t][–—-][ \t]|[\"“”«»]").
_CLAUSE_BREAK = re.compile(r"[;:(,\"“”«» \t](?:(?<=[;:(\"“”«»])|(?<=,)[ \t]|(?<=[ \t])[–—-][ \t])")
_YEAR_CUE = re.compile(r"(?:\b(?:in|since|of|by|until|till|from|to|during|between|and|year|years|the|early|late|mid|"
                       r"fiscal|season|before|after|around|circa|c\.|spring|summer|autumn|winter|" + "|".join(MONTHS)
                       + r")[ \t]*,?|['‘’]|-|–)[ \t]*$", re.I)


#: what _LINK_TAIL (lower case) and _NP_END can consume
_LINK_TAIL_CHARS = "abcdefghijklmnopqrstuvwxyz \t,"
_NP_END_CHARS = "abcdefghijklmnopqrstuvwxyz-'’ \t"
_QUALIFIER_LEFT_LC = _lower_twin(_QUALIFIER_LEFT)
_TARGET_VERB_LC = _lower_twin(_TARGET_VERB)
_LINK_TAIL_LC = _lower_twin(_LINK_TAIL)
_PERIOD_LC = _lower_twin(_PERIOD)
_YEAR_CUE_LC = _lower_twin(_YEAR_CUE)


# patterns of _np_after, compiled once
_OF_WORD = re.compile(r"[ \t]+of[ \t]+([a-z][a-z\-]+)(?![\w\-])")
_NEXT_WORD_OPT = re.compile(r"[ \t]*([A-Za-z]+)?")


# patterns of _left_np, compiled once
_BETWEEN_TAIL = re.compile(r"[ \t]+(?:between|among)[ \t]+.*$")


_WORDS_AZ = re.compile(r"[a-z]+")


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


# patterns of _read, compiled once
_OPENING_BEFORE = re.compile(r"[.!?\n\"“«(‘'—–:]\s*$")
_WORD_DOT_SPACE_END = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
_LETTERS_DOT_SPACE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz. \t"  # what it consumes
_SLASH_OR_DOT_DIGIT = re.compile(r"[/.]\d")
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]*$")
_ONE_AS_PRONOUN_AFTER = re.compile(
    r"(?:[ \t]+(?:of|another|such|who|which|that|day|side|hand|thing|way|person|where)\b"
    r"|-on-one|[ \t]+by[ \t]+one)", re.I)
_PUNCT_AHEAD = re.compile(r"[ \t]*[.,;!?\"”]")
# "one of the best players", "one of 21 films", "One of the critical patches": a count of one, whose noun
# is the plural after "of" and a determiner or number
_ONE_OF_PLURAL = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|his|her|their|our|my|your|these|those|several|many|few|"
                            r"[\d,]+|[a-z]+['’]s|(?:[A-Z][\w\-]*[ \t]+){0,2}[A-Z][\w\-]*['’]s)[ \t]+)+")
# "one after another", "one." at the end of a clause: a pronoun
_ONE_END = re.compile(r"[ \t]+after[ \t]+another\b|[ \t]*[.,;!?\"”)]")
# a count's noun with a capital: "300 US shareholders", "six Oscar categories", "575 million PCs"
_CAPITAL_COUNTED = re.compile(r"[ \t]+(?:[A-Z][\w'’\-]*[ \t]+)?(?P<n>[a-z][a-z\-]+s|[A-Z][a-z]+s|[A-Z]{2,}s)(?![\w'’])")
# four digits after "at" with minutes other than 00: a clock time ("at 1330"), not a year
# "round one", "day 2": a noun of a sequence right before a number (lib/data/figure_sequence_nouns.txt)
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")
# "400 times more likely", "three times as much": a multiplier
_TIMES_COMPARED = re.compile(r"[ \t]+times[ \t]+(?:more|less|fewer|as|the|over|higher|lower|[a-z]+er)\b", re.I)
_AT_HHMM_BEFORE = re.compile(r"\bat[ \t]+$", re.I)
_SECOND_AS_TIME_AFTER = re.compile(r"[ \t]*(?:s\b|[,.;)]|$)")
_SPACE_OR_TAB = re.compile(r"[ \t]")
_POUND_WEIGHT_AFTER = re.compile(r"[ \t]+(?:of|in weight|heavier|lighter)\b")
_SCALE_WORD_AFTER = re.compile(r"[ \t]+(million|billion|trillion|thousand)\b", re.I)
_PENCE_P = re.compile(r"p(?![A-Za-z])")
_D_OR_G_NAME = re.compile(r"[DG](?![A-Za-z])")
_ORDINAL_OR_PLURAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|s)$", re.I)
_DAY_YEAR_AFTER = re.compile(r",?[ \t]+((?:1[0-9]|20)\d\d)(?![\d%]|[.,]\d)")
_MONTH_BEFORE = re.compile(r"\b(?-i:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
                           + r")\.?,?[ \t]+$")
_READ_OF_MONTH = re.compile(r"[ \t]+of[ \t]+(?:" + "|".join(MONTHS) + r")\b", re.I)


_CHANGE_BEFORE = re.compile(r"(?<![\w])(?:" + _Q_UP + "|" + _Q_DOWN + r")[ \t]*$", re.I)


# patterns of _merge_ranges, compiled once
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$", re.I)
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:rose|rising|fell|falling|increased|decreased|reduced|cut|grew|jumped|dropped|changed|went|climbed|up|down)"
    r"[ \t]+from[ \t]+$", re.I)
_BY_OR_OF_END = re.compile(r"\b(?:by|of)[ \t]*$")
_BETWEEN_WORD_BEFORE = re.compile(r"between[ \t]+$", re.I)


_OF_BETWEEN = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|their|its|his|her|our|these|those)[ \t]+)?", re.I)
_RATIO_JOIN = re.compile(r"[ \t]+(?P<w>out[ \t]+of|over|in)[ \t]+", re.I)


# patterns of _qualify, compiled once
_MORE_WORDS = re.compile(r"plus|more|above|over|greater|higher")


# patterns of _subject, compiled once
_PARTICIPLE_IN_BEFORE = re.compile(r"([a-z]+(?:ed|en|t))[ \t]+(?:in|since|by)[ \t]+$")
_IN_YEAR_OPENING = re.compile(r"[\"“']?(?:In|By|Since|During)[ \t]+$")
_YEAR_REST_CUT = re.compile(r"[,;:(]\s(?=[a-z]+ing\b)|;|\(")
_WORD_2PLUS = re.compile(r"[A-Za-z][a-z]+")
_PREP_AFTER = re.compile(r"[ \t]+(?:in|of|for|on)[ \t]+")
_IN_ON_FOR_AFTER = re.compile(r"[ \t]+(?:in|on|for)\b")
_VERB_BEFORE_AMOUNT = re.compile(
    r"([a-z]+)[ \t]+(?:(?:more|less)[ \t]+than|about|around|some|nearly|almost|over|up[ \t]+to"
    r"|an[ \t]+estimated|a[ \t]+total[ \t]+of)?[ \t]*$")
_IN_TOTAL_AFTER = re.compile(r"[ \t]+in[ \t]+total\b")
_CHANGE_AFTER_LEVEL = re.compile(
    r"(?:[ \t]+(?:in|during|for)[ \t]+\d{4})?[ \t]*,?[ \t]*(?:up|down|a rise of|an increase of|a fall of|a drop of)?"
    r"[ \t]*")
_AMOUNT_SEPARATOR = re.compile(r"[ \t]*[(;/,][ \t]*|[ \t]*\([^()]*[;,/][ \t]*")


# patterns of _period, compiled once
_SEMICOLON = re.compile(r"[;]")
_IN_YEAR_COMMA_OPENING = re.compile(r"[\"“«']?(?:In|During|By|For|Since)[ \t]+((?:1[89]|20)\d\d),")


# patterns of figures_in, compiled once
_RANK_CUE_BEFORE = re.compile(r"\b(top|no\.|number)[ \t]+$", re.I)


# patterns of subject_key, compiled once
_KEY_WORDS = re.compile(r"[a-z][a-z\-]*")


# patterns of _kinds (numbers that are no quantity: names, ages, clock times, odds, scores), compiled once
# a capitalised or CamelCase word right before a number: "Channel 4", "FTSE 100", "S&P 500", "iPhone 15"
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’&.\-])([A-Z][A-Za-z&]*|[a-z]+[A-Z][A-Za-z]*)[ \t]$")
_INNER_CAPITAL = re.compile(r".[A-Z]")
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?[ \t]+of)[ \t]+(?:(?:between|about|around|just|over|under|only)[ \t]+)?$",
                         re.I)
_AGE_PAIR_AFTER = re.compile(r"[ \t]+(?:and|or|to)[ \t]+\d{1,3}[ \t-]+years?[ \t-]+olds?(?![A-Za-z])", re.I)
_AGE_OLD_AFTER = re.compile(r"(?:[ \t]+|-)olds?(?![A-Za-z])", re.I)
# a clock time: "10.30am", "3pm", "10:30", "0700 GMT", "2200"
_CLOCK_PARTS = re.compile(r"(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?[ \t]?(?P<ap>[ap]\.?m\.?(?![A-Za-z]))?", re.I)
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?!\d|[.,:/]\d|[-–]\d)")
_TIME_CUE_BEFORE = re.compile(r"\b(?:at|from|between|until|till|to|and|before|after|around|about)[ \t]+$", re.I)
_TIME_ZONE_AFTER = re.compile(r"[ \t]*(?:GMT|BST|CET|UTC|EST|EDT|PST|hrs|local[ \t]+time|local)(?![A-Za-z])")
_TIME_PAIR_AFTER = re.compile(r"[ \t]+(?:and|to|until|till)[ \t]+|[ \t]*[-–][ \t]*")
# two whole numbers joined: a score ("2-1", "17-16") or odds ("8-1", "11/4")
_NUMBER_PAIR = re.compile(r"(?P<a>\d{1,3})(?P<sep>[-–/])(?P<b>\d{1,3})(?![\d%/]|[.,]\d|[-–]\d)")
_ODDS_BEFORE = re.compile(r"\bodds(?:[ \t]+[a-z]+){0,3}[ \t]+$"
                          r"|\b(?:favourite|favorite|outsider|priced|quoted|backed|price)[ \t]+(?:at|of)[ \t]+$", re.I)
_ODDS_AFTER = re.compile(r"[ \t]+(?:shot|favourite|favorite|outsider|chance|odds|bet)(?![A-Za-z])", re.I)
_SCORE_SENTENCE_BREAK = re.compile(r"[.!?\n][\"'”’)]*(?:[ \t]|$)")
_LOWER_WORDS = re.compile(r"[a-z][a-z\-]*")
# "the second half", "the first half of the year", "half-time": a period, not a half
_HALF_PERIOD_BEFORE = re.compile(r"\b(?:first|second|1st|2nd|latter|final|opening|closing)[ \t\-]+$", re.I)
_HALF_COMPOUND_AFTER = re.compile(r"(?:-|[ \t]+(?=time\b))(?:time|way|term|hearted|brother|sister)(?![A-Za-z])",
                                  re.I)
# a minute of play in a match report's line-up or scorers: "Cole (Johnson 81)", "Drogba 107, Kezman 112."
_MINUTE_AFTER = re.compile(r"(?:[ \t]+(?:pen|og))?[ \t]*[,.;)]")
_MINUTE_LIST = re.compile(r"[A-Z][\w'’\-]+[ \t]\d{1,3}(?:[ \t]+(?:pen|og))?[ \t]*[,.;)]")
_TIME_PAIR_BEFORE = re.compile(r"(?<!\d)(?P<t>(?:[01]\d|2[0-3])[0-5]\d)(?:[ \t]*(?:GMT|BST|CET|UTC|hrs))?"
                               r"(?:[ \t]+(?:and|to|until|till)[ \t]+|[ \t]*[-–][ \t]*)$")
