"""The patterns of quote attribution: named regex pieces, compiled regexes and word sets.

Kept apart from the rules that use them (:mod:`._subjects`, :mod:`._marked`,
:mod:`._reported`) so that each rule reads as steps over named patterns.
Word sets that are data live in ``lib/data`` (read once, below); short
closed grammatical sets stay here as regex alternations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import data_lines, noun_like_cues, reporting_verb_pattern, reporting_verbs, role_groups, stopwords
from ..text import last_words_start

_SPACES = re.compile(r"\s+")

# --------------------------------------------------------------------------
# word sets from lib/data


@lru_cache(maxsize=1)
def _leading_not_subject() -> frozenset[str]:
    """Words that may open a run of capitalised words before its subject (lib/data/words_before_subject.txt)."""
    return frozenset(data_lines("words_before_subject.txt"))


@lru_cache(maxsize=1)
def _role_modifiers() -> frozenset[str]:
    """Words that may stand before a role: "former coach" (lib/data/role_modifiers.txt)."""
    return frozenset(data_lines("role_modifiers.txt"))


def _noun_like() -> frozenset[str]:
    """Cue forms that are as often nouns ("Twenty-seven states", "the report"); they count
    only with a that-clause after them (lib/data/noun_like_cues.txt)."""
    return noun_like_cues()


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """Words that make the opening words of a sentence a clause of their own, not part of its subject:
    "There were also other deals announced", "The Tory leader will argue" (lib/data/clause_words.txt)."""
    return frozenset(data_lines("clause_words.txt"))


@lru_cache(maxsize=1)
def _pronouns_and_quantifiers() -> frozenset[str]:
    """Pronouns and quantifiers, the content's subject before an attribution inside a sentence: "This, they
    say, contrasts with …" (lib/data/pronouns_quantifiers.txt)."""
    return frozenset(data_lines("pronouns_quantifiers.txt"))


# --------------------------------------------------------------------------
# reporting cues


# the quotation marks that open or close a quotation in the narrator's text
_QUOTE_MARKS = "\"“”«»"
# a finite verb (a form of "be", "have" or "do", or a modal), and with it any past form in -ed: what shows that
# words are a clause of their own ("it would help", "the firm reported"; an irregular past such as "rose" is missed)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\b")
_FINITE_OR_PAST = re.compile(_FINITE.pattern + r"|\b[a-z]{3,}ed\b")
# words that open a subordinate clause ("The deal came as the group announced …")
_SUBORDINATING_WORDS = frozenset(("as", "when", "after", "because", "while", "since", "although", "though", "if",
                                  "once", "until", "before"))


# the medium of a statement, after "In" and a determiner: "In a joint statement the firms said"
_MEDIUM = (r"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|speech|briefing|"
           r"message|e-?mail|note|submission|filing)\s+")


@lru_cache(maxsize=1)
def _fragment_re() -> re.Pattern:
    """A verb that introduces a quoted fragment ("called it “a con”"), as a whole word."""
    return re.compile(r"(?<![\w'’-])(" + reporting_verb_pattern(partial=True) + r")(?![\w'’-])")


def _needs_that(cue: str) -> bool:
    """Whether a reporting cue counts only with a that-clause after it (``+that`` in the verb list)."""
    return reporting_verbs().get(_SPACES.sub(" ", cue.lower()), False)


def _is_participle(cue: str) -> bool:
    """Whether a cue is an -ing form ("adding", "saying")."""
    return cue.split()[0].lower().endswith("ing")


# --------------------------------------------------------------------------
# around the subject of a reporting verb


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b|\bI[’']m\b")
# the words of time that several patterns share: a weekday, a period, a month ("May" left out: a name, a verb)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PERIOD = r"week(?:end)?|month|year|morning|afternoon|evening|night"
_MONTH = r"January|February|March|April|June|July|August|September|October|November|December"
# when, between a subject and its verb: "Wells Fargo on Monday announced", "The company last week said", "Mr Smith
# earlier this year said"
_WHEN = (r"(?:on|last|this|next|earlier|late|early)\s+(?:(?:this|last|next|in\s+the)\s+)?"
         r"(?:" + _WEEKDAY + "|" + _PERIOD + "|" + _MONTH + r")(?:\s+(?:morning|afternoon|evening|night))?|"
         # or a year or a month: "McConnell, who in 2010 said", "Mr Smith in March said"
         r"in\s+(?:(?:19|20)\d\d|(?:" + _MONTH + r")(?:\s+(?:19|20)\d\d)?)|")
# adverbs (and "has", "had", "have", "will", "would") that may stand between a subject and its verb: "Fidan also
# said", "He will say …" (a speech announced before it is given, common in political news)
# (each a whole word: "Snow" holds no "now", "Kelly" is no "-ly" adverb)
_ADVERB = (r"(?<![\w'’-])(?:also|has|had|have|did|does|then|later|further|again|once\s+again|once|earlier|"
           r"previously|recently|quickly|both|jointly|simply|just|only|repeatedly|always|consistently|publicly|privately|now|still|"
           r"often|never|frequently|reportedly|separately|already|even|first|since|long|meanwhile|instead|will|"
           r"would|" + _WHEN +
           # any -ly adverb ("has defiantly claimed"), but not the nouns that end so ("the family said")
           r"(?!(?:" + "|".join(map(re.escape, data_lines("ly_nouns.txt"))) + r")\s)[a-z]{2,}ly)")
_ADVERBS = r"(?:" + _ADVERB + r"\s+)*"
# one of them at the end of a text (it has at most five words: "early in the Monday morning")
_ADVERB_AT_END = re.compile(_ADVERB + r"\s+$")
_ADVERB_WORDS = 5
# a US lawmaker's party and state in commas: "Mitch McConnell, R-Ky., said", "…, D-N.Y., said"
_PARTY_STATE = r",\s*[A-Z]-[A-Z][a-z]{0,3}\.?(?:\s?[A-Z][a-z]{0,3}\.?)?,"
# words set off between the subject and its verb: ", for his part," or a bracketed aside after a name,
# such as a US lawmaker's party and state: "Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said"
_PARENTHETICAL = (r"(?:,\s*(?:for\s+(?:his|her|their|its)\s+part|in\s+turn|however|meanwhile|too|though|"
                  r"for\s+(?:example|instance)|of\s+course|in\s+fact|in\s+particular|in\s+response)\s*,\s*"
                  # a participle's phrase: "Trump, speaking to a veterans group in Virginia, said"
                  r"|,\s*[a-z]+ing\s[^,;\n]{1,80},\s*"
                  # where or when: "Hillary Clinton, at a later press gaggle, said", "The firm, in a statement, said"
                  r"|,\s*(?:at|in|on|during|after|before)\s[^,;\n]{1,60},\s*"
                  r"|\s*\([^()\n]{1,40}\)\s*,?\s*"
                  r"|" + _PARTY_STATE + r"\s*"
                  # the speaker's age: "Mr Hague, 43, told …"
                  r"|,\s*\d{1,3}\s*,\s*"
                  # whom the speaker speaks for or comes from: "Mark Oaten, for the Liberal Democrats, said",
                  # "Jim Parton, from Families Need Fathers, said", "Ed Smith, of the Adam Smith Institute, said"
                  r"|,\s*(?:for|from|of|at)\s+(?:the\s+)?[A-Z][^,\n]{1,60},\s*"
                  # an aside between dashes: "Kall -- co-editor of Debating The Donald -- said", also hyphens with
                  # spaces: "Deutsche Boerse - whose market capitalisation is more than £3bn - said"
                  r"|\s*(?:--|—|–)\s*[^—–\n]{1,120}?\s*(?:--|—|–)\s*|\s+-\s+[^\n]{1,120}?\s+-\s+"
                  # a name it goes by: "Moya, nicknamed Charly, admitted"
                  r"|,\s*(?:nicknamed|known\s+as|dubbed|aka)\s+[^,;\n]{1,40},\s*)?")
# a capitalised word followed by another: the first may be a function word or a date, not part of the subject
_LEADING_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
# a lower-case word and the space after it; words that may stand before a role ("former coach")
_LOWER_WORD = re.compile(r"([a-z][a-z-]*)\s+")
_CAPITALISED_WORD = re.compile(r"([A-Z][a-z-]+)\s+")
_OWNER_BEFORE_ROLE = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,3}(?=([a-z][a-z-]*)\s)")
# a reporting verb after "to" or "let's" is not a report: "led viewers to complain he was …", "let's say"
_INFINITIVE = re.compile(r"(?:\bto|\blet['’]s|\blet us)\s+$", re.I)
# a closing quote mark right after a full stop: the quotation ended its sentence
_ENDS_WITH_STOP = re.compile(r"\.\s*[\"”’»']$")
# the rest of a short attribution sentence after its verb: "… said.", "… told the BBC on Monday.", but not a
# clause of its own ("… told the government not to weaken the plan.")
# (each word whole, "(?![\w'’-])", which matches where the same pattern with words cut in pieces would, without
# trying every way to cut them)
_SHORT_REST = re.compile(r"\s*(?:(?!(?:that|to)\b)[\w'’-]+(?![\w'’-])\s*){0,6}[.!?]")
# what may stand between a cue and the colon or comma before an opening quote mark: up to four words ("said in a
# statement:"), seven after "told" ("told BBC Radio 4's Today programme:")
_WORDS_TO_MARK = {n: re.compile(r"(?:\s+(?:[\w'’-]+\s*){0," + str(n) + r"})?\s*[:,]\s*") for n in (4, 7)}
# what may stand between a closing quote mark and its attribution without ending the sentence there:
# abbreviated titles and initials ("Mr. Obama", "Donald J. Trump") and bracketed asides ("(D-Wis.)")
_ABBREVIATION = r"[A-Z][a-z]{0,3}\."  # "Mr.", "Sen.", "J."
_NOT_A_STOP = re.compile(r"\b" + _ABBREVIATION + r"(?=\s)|\([^()\n]{1,40}\)|" + _PARTY_STATE)
# a preposition or a time word that opens the words after a verb: a phrase, not reported content ("said on Monday")
_PREPOSITIONS = re.compile(r"^(?:at|on|in|during|with|to|after|before|while|for|from|by|when|as|of|about(?!\s+\d)|"
                           r"via|afterwards|later|yesterday|today|earlier|on\s+\w+day|"
                           # "last week", "this morning" ("said this was illegal" has content)
                           r"(?:last|this)\s+(?:" + _PERIOD + "|time|" + _WEEKDAY
                           + r"|spring|summer|autumn|fall|winter))"
                           r"\b(?!['’])", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|He|She|It)$")  # "they" is a source our people module never resolves

_NP_WORD = r"(?:[\w'’.-]+)"
# the words that open a noun phrase: "the ministry", "one slide", "another source", "several officials"
_DETERMINER = ("the|The|a|A|an|An|his|His|her|Her|its|Its|one|One|another|Another|some|Some|several|Several|many|"
               "Many|both|Both|our|Our")
_OWNED_WORD = r"(?!(?:of|in|on|at|to|for|with|by|from|and|or|but|the|a|an|that|who|which)\b)[^\W\d_][\w'’-]*"
_SUBJECT_NP = re.compile(
    r"((?<![\w'’-])(?:" + _DETERMINER + r")\s+(?:" + _NP_WORD + r"\s+){0,8}" + _NP_WORD +
    r"|(?:[A-Z][\w&'’./-]*\s+(?:&\s+)?){0,4}(?<![\w&/])[A-Z][\w&'’./-]*|he|she|they|it|He|She|They|It"
    # a bare plural and a phrase after it: "attorneys for the family", "officials from both parties"
    # (or one that opens the sentence: "Experts on North Korea and nuclear nonproliferation said")
    r"|(?<![\w,])(?:[a-z]+|(?<![^\n])[A-Z][a-z]+|(?<=[.!?] )[A-Z][a-z]+)s\s+(?:for|of|at|from|with|in|on|to)\s+"
    r"(?:(?:the|a|an|his|her|its|their|both|all)\s+)?(?:" + _NP_WORD + r"\s+){0,4}" + _NP_WORD +
    # a capitalised owner and up to four words after it that are not function words: "Connecticut’s tax
    # commissioner", "Blair's spokesman" (but not "Trump’s flurry of late-night tweets")
    r"|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s|(?<=s)['’])\s+(?:" + _OWNED_WORD + r"\s+){0,3}" + _OWNED_WORD +
    # a bare plural ("experts say"), but not a verb or function word that ends in -s
    r"|(?<![\w,])(?!(?:is|was|has|does|this|his|its|as|us|thus|plus|perhaps|always|sometimes|whereas|unless|says|"
    r"tells|adds|asks)\b)"
    r"(?:[a-z]+s|police|people|research|evidence|polling))\s*$")
# (it has at most ten words: a determiner and nine more)
_SUBJECT_NP_WORDS = 10


def _subject_np(text: str) -> re.Match | None:
    """:data:`_SUBJECT_NP` in ``text``, searched for from the start of its last words only, where it must start."""
    return _SUBJECT_NP.search(text, last_words_start(text, _SUBJECT_NP_WORDS + 1))


# A form of "be" between the subject and a reporting verb: before an -ing form it is the progressive
# ("Hillary Clinton is describing …", "he has been saying …"); before any other form it is the passive
# ("Activision is said to be …", "officials are accused of …"), whose subject is not the speaker.
# ("Has", "had" and "have" alone are among the _ADVERBS skipped before a verb.)
_BE = re.compile(r"(?:\s+(?:is|are|was|were|(?:has|had|have)\s+been)"
                 # or the contraction after a pronoun: "He's claiming", "They're saying"
                 r"|(?:(?<=\bhe)|(?<=\bHe)|(?<=\bshe)|(?<=\bShe))['’]s|(?:(?<=\bthey)|(?<=\bThey)|(?<=\bwe)|(?<=\bWe))['’]re)"
                 r"(?:\s+being)?$")
_BE_LAST_WORDS = ("is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re")


def _be_at_end(text: str) -> re.Match | None:
    """:data:`_BE` at the end of ``text``, searched for only when ``text`` ends with one of its last words (before
    one final line break, where ``$`` also matches)."""
    return _BE.search(text) if text.removesuffix("\n").endswith(_BE_LAST_WORDS) else None

# A connective that opens a sentence is not part of its subject: "But the company said …"
_CONNECTIVE = re.compile(r"(?:But|And|Yet|So|Now|However|Meanwhile|Still|Instead|Also)\s+")


# titles written before a name ("Prime Minister John Brown", "Sen. Amy Lake")
_TITLE_WORDS = (r"(?:President|Prime\s+Minister|Minister|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Dr\.|Mr\.|Mrs\.|"
                r"Ms\.|Mr|Mrs|Ms|Dr|Secretary|Chancellor|Judge|General|Gen\.)")
_TITLE = r"(?:" + _ABBREVIATION + r"|" + _TITLE_WORDS + r")"  # a title word or an abbreviation ("Mr", "Sen.")
_ONE_TITLE = re.compile(_TITLE + r"\s+")
_TITLES_AT_END = re.compile(r"(?:\b" + _TITLE + r"\s+)+$")
# the words of a work's title: capitalised, or short words a title leaves in lower case ("Face the Nation")
_TITLE_OF_WORK = (r"(?:[A-Z][\w'’.-]*|the|of|a|an|and|in|on|for|to)(?:\s+(?:[A-Z][\w'’.-]*|the|of|a|an|and|in|on|for|"
                r"to)){0,5}")
# the words before a title: a preposition, an owner or a verb that names ("on CBS's “Face the Nation”")
_BEFORE_TITLE = re.compile(r"(?:\b(?:on|in|of|from|at|called|titled|entitled|dubbed|named|a|an|the|his|her|their|its"
                           # or a noun for a work: "the civil rights anthem ''A Change Is Gonna Come,''"
                           r"|book|film|movie|album|song|anthem|show|play|series|novel|programme|program|poem),?"
                           r"|['’]s|^|\n)\s*$")
# A sentence may open with a phrase before its subject without a comma: "In a 2016 interview Trump said …"
_INTRO = re.compile(r"^\s*(?:In|At|On|During|After|Before|Speaking|Asked|Later|Earlier|Last|This)\b")


# "CONTENT, Kazinform cites the press service": an agency names its source, which is the speaker
_CITES = re.compile(r"^(?P<content>[^\"“”«»]{20,}?),\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?P<cue>cites|cited|quotes|quoted)\s+"
                    r"(?P<obj>(?![^,.;:]*\bas\s+saying\b)[^,.;:]{3,80}?)\s*[.!?]?$")  # (not "… as saying": ._relayed)

# a character inside a clause: no comma or semicolon, and a full stop only in an abbreviation ("U.S.", "Mr.",
# "Sen.")
_IN_CLAUSE = r"(?:[^,;.]|(?<=[A-Z])\.|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.(?=\s[A-Z]))"


@lru_cache(maxsize=1)
def _apposition_re() -> re.Pattern:
    """An apposition between a subject and its verb, at the end of the text before the verb: ", a
    spokesman for the ministry, ", a role without an article, ", deputy editor of Mac Format, ", or an
    owner's: ", BT's futurologist, ", a post in lower case with where it is held: ", principal of the college, ",
    a capitalised noun of a place: ", Democrat of California, ", or a
    description opened by an adverb of time: ", once among the most profitable of US grocers, "."""
    roles = "|".join(sorted((re.escape(r) for r in role_groups() if " " not in r), key=lambda r: (-len(r), r)))
    return re.compile(r",\s*(?:(?:a|an|the|who|whose|once|formerly|now|long|still)\s" + _IN_CLAUSE + r"{1,160}"
                      r"|(?:[\w'’-]+\s+){0,3}?(?i:" + roles
                      + r")\b" + _IN_CLAUSE + r"{0,80}|[A-Z][\w.&-]*['’]s\s" + _IN_CLAUSE + r"{1,80}"
                      # a post in lower case and where it is held: ", principal of the college, "
                      r"|(?:[a-z][\w'’-]*\s+){1,3}(?:of|at|for)\s" + _IN_CLAUSE + r"{1,80}"
                      # a capitalised noun "of" a place or body: ", Democrat of California, "
                      r"|[A-Z][a-z]+\s+of\s+[A-Z][^,;.]{0,60}),\s*" + _ADVERBS + r"$")


# a subject that starts with a capitalised owner ("Connecticut’s tax commissioner") opens its clause: it
# stands at the start, after a comma, colon or bracket, or after a conjunction or one capitalised word
# ("Meanwhile Michael Jackson's mother has said")
_OWNER_FIRST = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,3}([A-Z][\w.&-]*)['’]s\s")
_PRONOUN_WORD = re.compile(r"(?i:he|she|it|they|we|you|i|that|there|what|here|who|let|where|how)(?:['’]\w+)?$")
_BEFORE_OWNER = re.compile(r"(?:^|[,;:(]\s*|(?:^|\s)(?:and|but|yet|so|as|while|where|because|when|[A-Z][a-z]+)\s+)$")

# a capitalised owner with a possessive before a name: "NBC's", "Labour's"
_POSSESSIVE_OWNER = re.compile(r"[A-Z][\w.&-]*['’]s\s+")


# --------------------------------------------------------------------------
# reported speech


# a share of people as the subject of a report, right before the verb: "only 34% said", "nearly a quarter
# said", "65% of the 1,000 people interviewed said" (a group of sources)
_SHARE = (r"(?:\d[\d.,]*\s*(?:%|per\s?cent)|(?:a|one)\s+(?:third|quarter|half|fifth|tenth)|half|most|"
          r"(?:two|three)[- ](?:thirds|quarters|fifths)|a\s+majority|the\s+majority|"
          # spelled out, or so many in ten: "Thirty-one percent", "six in 10", "four out of ten", "large majorities"
          r"(?:[a-z]+[- ])?[a-z]+\s+per\s?cent|"
          r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
          r"(?:\d+|three|four|five|six|seven|eight|nine|ten)|(?:large\s+)?majorities)")
# a share with the word that may qualify it: "only 34%", "nearly a quarter", "the remaining 33%"
_QUALIFIED_SHARE = (r"(?i:(?:(?:only|nearly|almost|about|some|around|just|over|more\s+than|fewer\s+than|less\s+than|"
                    r"the\s+remaining|the\s+other|a\s+further|another)"
                    r"\s+)?" + _SHARE + ")")
_SHARE_SUBJECT = re.compile(r"(?P<share>(?<![\w%-])" + _QUALIFIED_SHARE + r"(?i:(?:\s+\(\d[\d.]*%\))?"  # "Most (62%)"
                            r"(?:\s+-\s+[^,;.]{1,12}\s+-)?"
                            r"(?:\s+of\s+(?:[^,;.()]|(?<=\d)[,.](?=\d)){1,60}?|\s+(?:(?!(?:and|or|but|in|on|at|by|for|to|with|from|than)\b)[\w'’-]+\s+){0,4}(?-i:(?!(?:has|was|is|does|this|his|its|us|thus|plus|as)\b)[a-z]+s|people))?))"
                            r"\s+(?:(?:also|had|have|has)\s+)?$")
#: a source that is a share of the people asked, at the start of a mention ("only 34%", "most of them")
_SHARE_OF_PEOPLE = re.compile(_QUALIFIED_SHARE + r"(?![\w-])")
_AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|has|had|have|has\s+also)\s+)?$")
_VERB_AFTER_NAME = re.compile(r"\s+(?:also\s+)?[a-z]")
# (a comma right before "and"/"but" and the verb leaves the subject in place: "X won 121 matches, and said …")
_CLAUSE_MARK = re.compile(r"[,;:](?!\s+(?:and|but)\s+(?:(?:also|then|later|has|had|have)\s+)*$)")
_THAT_AFTER_CUE = re.compile(r"(?:\s+(?:on|in|at|via|by|through|last|this|earlier|later|during)\b[^,.;:\"“«]{0,40}?"
                             r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)?)?\s+that\b")
# "to" and a verb after a reporting verb: an infinitive ("promised to help"), not a phrase after its content
# ("…, he said to reporters")
_TO_INFINITIVE = re.compile(r"\s*to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|reporters|"
                            r"journalists|me|him|them|us)\b)[a-z]+\b")
# what may follow "told" when the content came first: the listener and a time ("…, Graham told The Huffington
# Post on Thursday.")
_LISTENER_AT_END = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.&-]*\s*){1,5}(?:(?:news\s+agency|agency|newspaper|"
                              r"programme|program|radio|website|magazine|channel|network)\s*)?"
                              r"(?:(?:on|in|at|last|this|earlier|later)\b[^,.;:!?]{0,30})?[.!?]?\s*$")
_DETERMINED = re.compile(r"(?:the|a|an|one|another)\s", re.I)


_QUOTE_THEN_NAME = re.compile(r"[,!?][\"”»’']\s+[A-Z]")  # '"We are doing research," Michael Lamberty'


@lru_cache(maxsize=1)
def _connective_word_re() -> re.Pattern:
    """One function word or adverb before an attribution inside a sentence: "However", "Already", "Currently"
    (but not a pronoun or a quantifier, which is the content's subject: "This, they say, contrasts with …")."""
    return re.compile(r"(?i:" + "|".join(sorted(stopwords() - _pronouns_and_quantifiers())) + r"|[a-z]+ly|meanwhile|"
                      r"instead|still|nevertheless|nonetheless|furthermore|moreover|indeed|otherwise|therefore|thus|"
                      r"earlier|later|separately|elsewhere)\b")


# the end of a sentence after an inverted speaker, perhaps with an apposition: "…, said Brian Baker, a longtime
# political adviser to the family."
_END_AFTER_SPEAKER = re.compile(r"(?:\s+\([A-Z][\w&]{1,9}\))?"  # (its initials: "…, said the US Federal … (FCC).")
                                r"(?:\s*,\s*(?:a|an|the|who|whose|one|head|chief|director|president|chairman|"
                                r"chairwoman|spokesman|spokeswoman|editor|founder|co-founder|professor|author|analyst|economist)"
                                r"\b(?![^\"“”«»]*\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|"
                                r"must|does|did)\b)[^\"“”«»]*)?[\s.!?\"”’]*$")
# a day right after the verb of a content-first report, with no "on" before it (_PREPOSITIONS has "on Friday",
# "yesterday", "last week"): "…, top black lawmakers said Friday afternoon, as …"
_TIME_AFTER_CUE = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tonight)"
                             r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*[,.;!?]|\s*$)")
# (or a comma and another attribution: "Those talks are continuing, he said")
_NO_CONTENT = re.compile(r"[,;]\s*(?:and|but|or|so|yet|which|who|while|(?:he|she|they|it|we|I)\s+[a-z]+)\b")
# a comma (and a conjunction) before the subject: the words before it may be the content ("CONTENT, he said")
_COMMA = r",\s*(?:(?:but|and|yet|so)\s+)?"
_COMMA_BEFORE_SUBJECT = re.compile(_COMMA + r"$")
# where a reporting clause may start inside a sentence: after a comma (also with a conjunction: "…, but Shelby
# said he refused"), a colon or a semicolon ("Frustration with police: activists say …"), or a subordinating
# word ("…, where restructuring experts say some judges are eager …", "His assurances came after Sir Digby
# Jones said …", "… though she noted clients are beginning to …")
_SUBORDINATOR = r"[\s,](?:where|because|after|as|when|since|although|though|while|before|once|which)\s+"
# or a conjunction that opens a clause of its own: "… but chief executive John Williams has confirmed …", "It went
# on sale in November for $150 and Nintendo says …" (four words or more before "and", the last not capitalised:
# not "Mr Blair and Mr Brown said", "Baoshan Iron and Steel Co. said", "Culture, Media and Sport said")
_CONJUNCTION = (r"\s(?:but|yet)\s+|^(?:\S+\s+){3,}[a-z0-9$£€][^\s]*\s+and\s+"
                # (or a capitalised word before "and" after a clause with a finite verb: "He was linked with the job
                # at Oldham and Keegan has stated …")
                r"|^(?=[^,;]*\b(?:is|are|was|were|has|have|had)\b)(?:\S+\s+){3,}\S+\s+and\s+")
_CLAUSE_BEFORE_SUBJECT = re.compile(r"(?:" + _COMMA + r"|[;:]\s+|" + _SUBORDINATOR + r"|" + _CONJUNCTION + r")$")
# one to four words before the subject that open the sentence, or one to three that open such a clause (also
# after a comma: "…, elected officials from both parties say"; not function words, see _reported)
_WORDS_OPENING_CLAUSE = re.compile(r"(?:^((?:(?:The|A|An)\s+)?(?:[\w'’.-]+\s+){1,4})|(?:" + _SUBORDINATOR
                                   + r"|[,;:]\s+(?:(?:and|but|yet)\s+)?(?!where\b|because\b)|\s(?:and|but|yet)\s+)"
                                   r"((?:[\w'’.-]+\s+){1,3}))$")


# the listener or the words between a cue like "told" and its that-clause: "told the committee that …" (but not
# "warned about …"), or a listener before the content: "told reporters the plan …", "reminded Congress it …"
_WORDS_BEFORE_THAT = r"\s+(?!(?:about|of|on|over|against|for)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+that\b)"
_LISTENER = (r"\s+(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*"
             r"(?:\s+(?:programme|newspaper|paper|magazine|website|show|channel))?)(?=\s+[a-z])")
_OBJECT_AFTER_CUE = re.compile(_WORDS_BEFORE_THAT + "|" + _LISTENER)
# the cues that take a listener before their content
_TELLING_CUES = ("told", "tell", "remind", "warn", "assur")
# "that" right after a listener ("told reporters that …")
_THAT = re.compile(r"\s+that\b")
# after a cue, a colon or an opening quote mark: the cue introduces a direct quote ('said: "…"')
_QUOTE_AFTER_CUE = re.compile(r"\s*[:\"“«‘]")
# a comma at the end of the text before a cue: an inverted attribution ("…, said X") or a participle (", adding")
_COMMA_AT_END = re.compile(r",\s*$")
# "According to" and the space after it
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
# the source after "According to": up to a comma ("According to the ministry, …")
_SOURCE_BEFORE_COMMA = re.compile(r"([^,]{1,80}?),\s+")
# the rest of a sentence after its content-first attribution: its end, or a comma and a conjunction
_END_OR_CONJUNCTION = re.compile(r"[\s.!?]*$|\s*,\s*(?:and|but)\s")
# a comma, the words after which continue the content ("Unlike Germany, they say, Italy has …")
_COMMA_AFTER_CUE = re.compile(r"\s*,\s*")
# the words after a cue that name the speaker when no person was found: a noun phrase up to a comma, a full stop
# or a preposition ("said the spokesman for …", "said a senior official at …")
_NP_AFTER_CUE = re.compile(r"((?:the|a|an|one|another|some|several|many|most|two|three)\s+(?:[\w'’-]+\s+){0,5}?"
                           r"[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
                           r"(?=\s*[,.;]|\s+\([A-Z]|\s+(?:at|on|in|during|after|before|to|who|of)\b)")
