"""Quote attribution: who said what, with the exact words and their offsets.

Four kinds of quote are found, each tied to a person where the text allows:

- **direct**: words in quote marks ("…", “…”, «…», ‘…’), also when the quote
  runs over several paragraphs (the opening mark repeated at each paragraph,
  only the last one closed): one quote, one speaker;
- **partial**: a fragment in quote marks inside the narrator's sentence
  (called it “a strategic ally”), kept when the sentence has a reporting verb;
- **unmarked**: speech without marks: first-person words ("… very important
  to me, he continued.") or a paragraph introduced by an attribution that
  ends with a colon ("The governor added:" ⏎ "It's typical of …");
- **indirect**: reported speech ("Erdogan added that …", "According to him,
  …", "Nurtileu pointed out that …", "…, adding that …"), also in a clause
  after a colon or "where" ("…, where restructuring experts say …"), with
  the progressive ("The White House is saying that …"), and after "and"
  ("Cruz urged voters to … and said he …", the person who opens the
  sentence).

How a speaker is found, in order:

1. a reporting verb next to the quote, with a mention of a person next to
   the verb: after the quote (``…," he said`` / ``said the Turkish
   President``), before it (``X told reporters: "…"``) or between its parts;
2. a quote paragraph with no attribution continues the speaker of the
   quote or reported speech just before it;
3. the mention is resolved with :mod:`lib.people`: names and spelling
   variants, descriptions ("the Kazakh Head of State"), pronouns.

A speaker is never invented: when the mention does not resolve to a person,
``speaker`` is None and ``mention`` keeps the words as written.

>>> q = quotes_in('Anna Smith, the mayor, spoke. "We will win," she said.')
>>> q[["quote", "kind", "speaker", "mention", "cue"]].values.tolist()
[['We will win', 'direct', 'Anna Smith', 'she', 'said']]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import pandas as pd

from ..article import ArticleView, cue_index
from ..lexicon import DATE_WORDS, stopwords
from ..people import (MENTION_COLUMNS, canonicalize, docs_of_names, fold, honorifics, main_names,
                     mention_rows, reporting_verb_pattern, reporting_verbs, role_groups, same_story)
from ..text import SENTENCE_COLUMNS

__all__ = ["QUOTE_COLUMNS", "KINDS", "quotes_in", "read_article", "read_article_rows", "quote_table", "extract_quotes",
           "quotes_per_speaker", "cues_per_speaker"]

QUOTE_COLUMNS = ["quote_id", "start", "end", "quote", "kind", "speaker", "mention", "mention_start", "mention_end",
                 "cue", "cue_start", "cue_end"]
KINDS = ("direct", "partial", "unmarked", "indirect")

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b|\bI[’']m\b")
_ADVERBS = r"(?:(?:also|has|had|have|then|later|further|again|once\s+again|earlier|previously|recently|quickly|simply|just|only|repeatedly|always|consistently|publicly|privately|now|still|often|never|frequently|reportedly|separately)\s+)*"
# a US lawmaker's party and state in commas: "Mitch McConnell, R-Ky., said", "…, D-N.Y., said"
_PARTY_STATE = r",\s*[A-Z]-[A-Z][a-z]{0,3}\.?(?:\s?[A-Z][a-z]{0,3}\.?)?,"
# words set off between the subject and its verb: ", for his part," or a bracketed aside after a name,
# such as a US lawmaker's party and state: "Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said"
_PARENTHETICAL = (r"(?:,\s*(?:for\s+(?:his|her|their|its)\s+part|in\s+turn|however|meanwhile|too|though)\s*,\s*"
                  r"|\s*\([^()\n]{1,40}\)\s*"
                  r"|" + _PARTY_STATE + r"\s*"
                  # whom the speaker speaks for: "Mark Oaten, for the Liberal Democrats, said"
                  r"|,\s*for\s+(?:the\s+)?[A-Z][^,\n]{1,60},\s*"
                  # an aside between dashes: "Kall -- co-editor of Debating The Donald -- said"
                  r"|\s*(?:--|—|–)\s*[^—–\n]{1,120}?\s*(?:--|—|–)\s*)?")
# a capitalised word followed by another: the first may be a function word or a date, not part of the subject
_LEADING_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_LEADING_NOT_SUBJECT = frozenset(("until", "in", "on", "at", "after", "before", "when", "if", "as", "since", "while",
                                  "by", "from", "for", "with", "without", "during", "last", "this", "next", "earlier",
                                  "later", "yesterday", "today"))
# a lower-case word and the space after it; words that may stand before a role ("former coach")
_LOWER_WORD = re.compile(r"([a-z][a-z-]*)\s+")
_CAPITALISED_WORD = re.compile(r"([A-Z][a-z-]+)\s+")
_OWNER_BEFORE_ROLE = re.compile(r"[A-Z][\w&'’.-]*\s+(?=([a-z][a-z-]*)\s)")
_ROLE_MODIFIERS = frozenset(("former", "deputy", "acting", "senior", "chief", "assistant", "interim", "fellow"))
# a reporting verb after "to" or "let's" is not a report: "led viewers to complain he was …", "let's say"
_INFINITIVE = re.compile(r"(?:\bto|\blet['’]s|\blet us)\s+$", re.I)
# a closing quote mark right after a full stop: the quotation ended its sentence
_ENDS_WITH_STOP = re.compile(r"\.\s*[\"”’»']$")
# the rest of a short attribution sentence after its verb: "… said.", "… told the BBC on Monday.", but not a
# clause of its own ("… told the government not to weaken the plan.")
_SHORT_REST = re.compile(r"\s*(?:(?!(?:that|to)\b)[\w'’-]+\s*){0,6}[.!?]")
# what may stand between a closing quote mark and its attribution without ending the sentence there:
# abbreviated titles and initials ("Mr. Obama", "Donald J. Trump") and bracketed asides ("(D-Wis.)")
_ABBREVIATION = r"[A-Z][a-z]{0,3}\."  # "Mr.", "Sen.", "J."
_NOT_A_STOP = re.compile(r"\b" + _ABBREVIATION + r"(?=\s)|\([^()\n]{1,40}\)|" + _PARTY_STATE)
_PREPOSITIONS = re.compile(r"^(?:at|on|in|during|with|to|after|before|while|for|from|by|when|as|of|about(?!\s+\d)|via|afterwards|later|yesterday|today|earlier|last|this|on\s+\w+day)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|He|She|It)$")  # "they" is a source our people module never resolves


@lru_cache(maxsize=1)
def _fragment_re() -> re.Pattern:
    return re.compile(r"(?<![\w'’-])(" + reporting_verb_pattern(partial=True) + r")(?![\w'’-])")


def _needs_that(cue: str) -> bool:
    return reporting_verbs().get(re.sub(r"\s+", " ", cue.lower()), False)


# Cue forms that are as often nouns ("Twenty-seven states", "the report") count
# only with a that-clause after them.
_NOUN_LIKE = frozenset(("state", "states", "report", "reports", "claim", "claims", "estimate", "estimates",
                        "note", "notes", "promise", "promises", "warning", "warnings", "answer", "answers"))


def _is_participle(cue: str) -> bool:
    return cue.split()[0].lower().endswith("ing")


_NP_WORD = r"(?:[\w'’.-]+)"
# the words that open a noun phrase: "the ministry", "one slide", "another source", "several officials"
_DETERMINER = ("the|The|a|A|an|An|his|His|her|Her|its|Its|one|One|another|Another|some|Some|several|Several|many|"
               "Many|both|Both")
_OWNED_WORD = r"(?!(?:of|in|on|at|to|for|with|by|from|and|or|but|the|a|an|that|who|which)\b)[^\W\d_][\w'’-]*"
_SUBJECT_NP = re.compile(
    r"((?:" + _DETERMINER + r")\s+(?:" + _NP_WORD + r"\s+){0,5}" + _NP_WORD +
    r"|(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*|he|she|they|it|He|She|They|It"
    # a bare plural and a phrase after it: "attorneys for the family", "officials from both parties"
    r"|(?<![\w,])[a-z]+s\s+(?:for|of|at|from|with|in)\s+(?:(?:the|a|an|his|her|its|their|both|all)\s+)?"
    r"(?:" + _NP_WORD + r"\s+){0,2}" + _NP_WORD +
    # a capitalised owner and up to four words after it that are not function words: "Connecticut’s tax
    # commissioner", "Blair's spokesman" (but not "Trump’s flurry of late-night tweets")
    r"|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+(?:" + _OWNED_WORD + r"\s+){0,3}" + _OWNED_WORD +
    # a bare plural ("experts say"), but not a verb or function word that ends in -s
    r"|(?<![\w,])(?!(?:is|was|has|does|this|his|its|as|us|thus|plus|perhaps|always|sometimes|whereas|unless|says|tells|adds|asks)\b)"
    r"[a-z]+s)\s*$")
# A form of "be" between the subject and a reporting verb: before an -ing form it is the progressive
# ("Hillary Clinton is describing …", "he has been saying …"); before any other form it is the passive
# ("Activision is said to be …", "officials are accused of …"), whose subject is not the speaker.
# ("Has", "had" and "have" alone are among the _ADVERBS skipped before a verb.)
_BE = re.compile(r"\s+(?:is|are|was|were|(?:has|had|have)\s+been)(?:\s+being)?$")
# A connective that opens a sentence is not part of its subject: "But the company said …"
_CONNECTIVE = re.compile(r"(?:But|And|Yet|So|Now|However|Meanwhile|Still|Instead|Also)\s+")


_TITLE_WORDS = r"(?:President|Prime\s+Minister|Minister|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Dr\.|Mr\.|Mrs\.|Ms\.|Mr|Mrs|Ms|Dr|Secretary|Chancellor|Judge|General|Gen\.)"
_TITLE = r"(?:" + _ABBREVIATION + r"|" + _TITLE_WORDS + r")"  # a title word or an abbreviation ("Mr", "Sen.")
_ONE_TITLE = re.compile(_TITLE + r"\s+")
_TITLES_AT_END = re.compile(r"(?:\b" + _TITLE + r"\s+)+$")
# A sentence may open with a phrase before its subject without a comma: "In a 2016 interview Trump said …"
_INTRO = re.compile(r"^\s*(?:In|At|On|During|After|Before|Speaking|Asked|Later|Earlier|Last|This)\b")


_CITES = re.compile(r"^(?P<content>[^\"“”«»]{20,}?),\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?P<cue>cites|cited|quotes|quoted)\s+"
                    r"(?P<obj>[^,.;:]{3,80}?)\s*[.!?]?$")


def _doc(text: str | ArticleView, aliases: pd.DataFrame | None) -> ArticleView:
    """The article's shared view with the people mentioned in it set (found here when not yet set)."""
    doc = text if isinstance(text, ArticleView) else ArticleView(text)
    if doc.mentions is None:
        doc.set_mentions(mention_rows(doc.text, aliases, exclude=[(s, e) for s, e, _, _ in doc.marks],
                                      sentences=doc.sents))
    return doc


@lru_cache(maxsize=1)
def _apposition_re() -> re.Pattern:
    """An apposition between a subject and its verb, at the end of the text before the verb: ", a
    spokesman for the ministry, ", a role without an article, ", deputy editor of Mac Format, ", or an
    owner's: ", BT's futurologist, "."""
    roles = "|".join(sorted((re.escape(r) for r in role_groups() if " " not in r), key=lambda r: (-len(r), r)))
    return re.compile(r",\s*(?:(?:a|an|the|who|whose)\s(?:[^,;.]|(?<=[A-Z])\.){1,160}|(?:[\w'’-]+\s+){0,3}?(?i:" + roles
                      + r")\b[^,;.]{0,80}|[A-Z][\w.&-]*['’]s\s[^,;.]{1,80}),\s*" + _ADVERBS + r"$")


# a subject that starts with a capitalised owner ("Connecticut’s tax commissioner") opens its clause: it
# stands at the start, after a comma, colon or bracket, or after a conjunction or one capitalised word
# ("Meanwhile Michael Jackson's mother has said")
_OWNER_FIRST = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,3}([A-Z][\w.&-]*)['’]s\s")
_PRONOUN_WORD = re.compile(r"(?i:he|she|it|they|we|you|i|that|there|what|here|who|let|where|how)(?:['’]\w+)?$")
_BEFORE_OWNER = re.compile(r"(?:^|[,;:(]\s*|(?:^|\s)(?:and|but|yet|so|as|while|where|because|when|[A-Z][a-z]+)\s+)$")


def _subject_before(doc: ArticleView, cue_start: int, floor: int) -> tuple[int, int, str | None] | None:
    """The speaker mention right before a reporting verb: "Fidan (also) said", "X, for his part, said"."""
    left = doc.text[floor:cue_start]
    # the apposition holds no comma, so it can only start at the last comma but one
    first = left.rfind(",", 0, max(left.rfind(","), 0))
    app = _apposition_re().match(left, first) if first >= 0 else None
    if app:  # "Aibek Smadiyarov, a spokesman for the ministry, announced"; "Ian Harris, deputy editor of …, said"
        left = left[:app.start()]
        # and a second one before it: "Ann Brunner, a developer, the head of …, said"
        first = left.rfind(",")
        app = _apposition_re().match(left + ", ", first) if first >= 0 else None
        if app:
            left = left[:app.start()]
    m = re.search(_PARENTHETICAL + _ADVERBS + r"$", left)
    end = floor + (m.start() if m else len(left))
    end_text = doc.text[floor:end].rstrip().rstrip(",").rstrip()  # "The Home Secretary, Jack Straw, said"
    be = _BE.search(end_text)
    if be:
        if not re.match(r"[A-Za-z]+ing\b", doc.text[cue_start:cue_start + 40]):
            return None  # the passive
        end_text = end_text[:be.start()]
    end = floor + len(end_text)
    hit = doc.mention_ending_at(end)
    if hit:
        # titles before the name belong to the mention: "Mr. Obama", "Sen. Amy Lake"
        title = _TITLES_AT_END.search(doc.text[floor:hit[0]])
        return (floor + title.start(), hit[1], hit[2]) if title else hit
    np_ = _SUBJECT_NP.search(end_text)
    if np_ and ("'" in np_.group(1) or "’" in np_.group(1)) and _PRONOUN_WORD.match(np_.group(1)):
        return None  # a contraction, not a name: "He's now written"
    owner = _OWNER_FIRST.match(np_.group(1)) if np_ else None
    if owner and (not _BEFORE_OWNER.search(end_text, 0, np_.start(1)) or _PRONOUN_WORD.match(owner.group(1))
                  or any(_PRONOUN_WORD.match(w) or w.lower() in cue_index() for w in np_.group(1)[owner.end():].split())):
        # an owner inside a longer phrase ("Chris Hawkins, host of BBC 6 Music's chart show, said"), a pronoun
        # ("It's success continues"), or a clause after the owner ("Clinton’s team says she’ll continue")
        return None
    if np_:
        s = floor + np_.start(1)
        connective = _CONNECTIVE.match(doc.text, s, end)  # "And Australia said …": the subject is "Australia"
        if connective:
            s = connective.end()
            if s >= end:
                return None
        # a run of capitalised words may open with a function word or a date: "Until December Microsoft said"
        lead = _LEADING_WORD.match(doc.text, s, end)
        while lead and (lead.group(1).lower() in _LEADING_NOT_SUBJECT or lead.group(1).lower() in DATE_WORDS):
            s = lead.end()
            lead = _LEADING_WORD.match(doc.text, s, end)
        words = np_.group(1).split()
        if len(words) > 7 or (len(words) > 1 and words[-1] in stopwords()):
            return None  # (not a noun phrase: "her innocence and", "the move but")
        return s, end, None
    return None


# a capitalised owner with a possessive before a name: "NBC's", "Labour's"
_POSSESSIVE_OWNER = re.compile(r"[A-Z][\w.&-]*['’]s\s+")


def _subject_after(doc: ArticleView, cue_end: int) -> tuple[int, int, str | None] | None:
    """The speaker mention right after a reporting verb: "said the Kazakh Head of State"."""
    rest = doc.text[cue_end:cue_end + 120]
    m = re.match(r"\s+", rest)
    if not m:
        return None
    start = cue_end + m.end()
    hit = doc.mention_starting_at(start)
    if hit:
        return hit
    # a title before the name belongs to the mention: "said Mr Blair", "says Sen. Amy Lake"; word by word,
    # since a name with a full stop after it looks like an abbreviated title ("says Mr Dean.")
    # (or a role or honorific from the word lists, capitalised: "said Treasurer Peter Costello", "says Baroness …")
    pos = start
    for _ in range(3):
        title = _ONE_TITLE.match(doc.text, pos) or _CAPITALISED_WORD.match(doc.text, pos)
        if not title or (title.re is _CAPITALISED_WORD and title.group(1).lower() not in role_groups()
                         and title.group(1).lower() not in honorifics()):
            break
        pos = title.end()
        hit = doc.mention_starting_at(pos)
        if hit:
            return start, hit[1], hit[2]
    # so do lower-case role words, perhaps after their organisation: "said novelist Lee Child", "said former
    # coach Jo Bell", "said BBC correspondent Jo Bell"
    owner = _OWNER_BEFORE_ROLE.match(doc.text, start)
    pos = owner.end() if owner and owner.group(1) in role_groups() else start
    for _ in range(3):
        word = _LOWER_WORD.match(doc.text, pos)
        if not word or word.group(1) not in role_groups() and word.group(1) not in _ROLE_MODIFIERS:
            break
        pos = word.end()
        hit = doc.mention_starting_at(pos)
        if hit:
            return start, hit[1], hit[2]
    owner = _POSSESSIVE_OWNER.match(doc.text, start)  # "noted NBC's Dante Chinni"
    hit = doc.mention_starting_at(owner.end()) if owner else None
    if hit:
        return hit
    np_ = re.match(r"((?:the|a|an|one|another|some|several|many|most|two|three)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?=\s*[,.;]|\s+(?:at|on|in|during|after|before|to|who|of)\b)",
                   doc.text[start:start + 120])
    if np_:
        return start, start + len(np_.group(1)), None
    return None


def _attribution_after(doc: ArticleView, close: int, limit: int):
    """``…," he said`` or ``…," said the minister`` right after a closing mark."""
    seg = doc.text[close:limit]
    m = re.match(r"[\s,.:;!?—–\-'\"”’»]*", seg)  # (the rest of a doubled closing mark: ''It's fine,'' said)
    pos = close + m.end()
    if pos >= limit:
        return None
    # a dash and a name: ``“…” ― Pamela Padilla``
    dash = re.match(r"\s*[―—–]\s*", doc.text[close:limit])
    if dash:
        start = close + dash.end()
        hit = doc.mention_starting_at(start)
        name = re.match(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*", doc.text[start:limit])
        if hit or name:
            subj = hit or (start, start + name.end(), None)
            return subj, (close + dash.start(), close + dash.end(), dash.group().strip())
    # cue first: said X
    first = doc.cues_in(pos, pos + 1)
    if first and not _is_participle(first[0][2]):
        subj = _subject_after(doc, first[0][1])
        if subj:
            return subj, first[0]
    # subject first: X said
    for cs, ce, cue in doc.cues_in(pos, min(limit, pos + 100) + 1):
        if _is_participle(cue):
            break
        between = doc.text[pos:cs]
        if re.search(r"[.;!?]", _NOT_A_STOP.sub(" ", between)):
            break
        if (_ENDS_WITH_STOP.search(doc.text, max(0, close - 4), close) or "." in m.group()) \
                and not _SHORT_REST.match(doc.text, ce):
            break  # ``….” The agency has also told the government …``: a new sentence, not an attribution
        subj = _subject_before(doc, cs, pos)
        # the subject starts the attribution, perhaps after a title: ``," Labour leader Tom Hill said``
        title = doc.text[pos:subj[0]] if subj else ""
        if subj and (subj[0] == pos or (re.fullmatch(r"(?:[\w'’-]+\s+){1,4}", title)
                                        and not set(title.lower().split()) & stopwords())):
            return subj, (cs, ce, cue)
        break
    return None


def _attribution_before(doc: ArticleView, open_: int, floor: int):
    """``X said: "…"`` or ``X told reporters, "…"`` right before an opening mark."""
    left = doc.text[floor:open_]
    if not re.search(r"[:,]\s*$", left):
        return None
    best = None
    for cs, ce, cue in doc.cues_in(floor, open_):
        if ce <= open_:
            tail = doc.text[ce:open_]
            words = 7 if cue.lower().startswith(("told", "tell")) else 4  # "told BBC Radio 4's Today programme:"
            if re.fullmatch(r"(?:\s+(?:[\w'’-]+\s*){0,%d})?\s*[:,]\s*" % words, tail) or re.fullmatch(r"\s*[:,]\s*", tail):
                best = (cs, ce, cue)
    if best is None:
        return None
    cs, ce, cue = best
    subj = _subject_before(doc, cs, floor)
    if subj is None and _is_participle(cue):
        # "Trump was defensive, saying, “…”": the subject of the sentence speaks
        first = doc.mentions_starting_in(floor, cs)
        subj = min(first) if first else None
    if subj is None:
        subj = _subject_after(doc, ce)
    return (subj, best) if subj else None


def _is_headline(doc: ArticleView, start: int, end: int, pieces) -> bool:
    """A paragraph that is nothing but a short quoted phrase without a full stop: a sub-headline."""
    ps, pe = doc.para_at(start)
    if ps != start or pe != end or len(pieces) != 1:
        return False
    words = doc.text[pieces[0][0]:pieces[0][1]]
    return not re.search(r"[.!?…]", words) and len(words.split()) <= 12


def _clean(text: str, pieces: list[tuple[int, int]]) -> str:
    parts = [re.sub(r"\s+", " ", text[a:b]).strip() for a, b in pieces]
    out = " ".join(p for p in parts if p)
    return re.sub(r"[\s,;:]+$", "", out)


def _row(start, end, quote, kind, subj, cue, text) -> dict:
    person = subj[2] if subj else None
    return {"start": start, "end": end, "quote": quote, "kind": kind,
            "speaker": person if isinstance(person, str) and person else None,
            "mention": text[subj[0]:subj[1]] if subj else "",
            "mention_start": subj[0] if subj else -1, "mention_end": subj[1] if subj else -1,
            "cue": cue[2] if cue else "", "cue_start": cue[0] if cue else -1, "cue_end": cue[1] if cue else -1}


def _marked(doc: ArticleView) -> list[dict]:
    """Direct and partial quotes: the spans inside quote marks."""
    rows: list[dict] = []
    text = doc.text
    last_speaker = None  # (paragraph index, row) of the previous direct quote
    for q_start, q_end, pieces, closed in doc.marks:
        if not pieces or _is_headline(doc, q_start, q_end, pieces):
            continue
        p_start, p_end = doc.para_at(q_start)
        _, last_p_end = doc.para_at(max(q_end - 1, q_start))
        s_start, _ = doc.sentence_at(q_start)
        limit = min(last_p_end, q_end + 200)
        quote = _clean(text, pieces)
        if not quote:
            continue
        floor = max(p_start, s_start)
        before = _attribution_before(doc, q_start, floor)
        if before is None and q_start == p_start:
            before = _colon_intro(doc, q_start)
        ends_sentence = re.search(r"[.!?…]\s*$", text[pieces[-1][0]:pieces[-1][1]]) is not None
        att = before if before is not None and ends_sentence else _attribution_after(doc, q_end, limit)
        if att is None:
            att = before
        words = len(quote.split())
        lead = text[s_start:q_start]
        at_start = q_start == p_start or not lead.strip(" \n'")  # (the first half of a doubled mark: ''…)
        after = text[q_end:q_end + 3]
        direct_shape = (at_start or re.search(r"[:,]\s*$", lead) is not None
                        or re.match(r"^[\s]*[,—–-]", after) is not None or text[pieces[-1][1] - 1:pieces[-1][1]] in ",?!")
        if not closed:
            direct_shape = True
        kind = "direct" if direct_shape and (words >= 4 or att is not None) else "partial"
        subj, cue = att if att else (None, None)
        if kind == "partial":
            sent_s, sent_e = doc.sentence_at(q_start)
            cue_in = [c for c in doc.cues_in(sent_s, q_start)
                      if not _is_participle(c[2]) and not _INFINITIVE.search(text[max(sent_s, c[0] - 8):c[0]])]
            cue_in += [(sent_s + m.start(), sent_s + m.end(), m.group())
                       for m in _fragment_re().finditer(text[sent_s:q_start])]
            cue_in.sort()
            if not cue_in and att is None:
                continue  # scare quotes or a title, not speech
            if att is None:
                cs, ce, cue_text = cue_in[-1]
                subj = _subject_before(doc, cs, sent_s) or _subject_after(doc, ce)
                cue = (cs, ce, cue_text)
        starts_sentence = not text[s_start:q_start].strip(" \n'")
        if att is None and kind == "direct" and (at_start or starts_sentence) and last_speaker is not None:
            prev_row = last_speaker
            # continues the previous speaker when it starts its paragraph within two paragraphs of it,
            # or starts a sentence in the same paragraph: "“…,” X said. “…”"
            gap = text[prev_row["end"]:q_start].count("\n\n")
            if (at_start and gap <= 2) or gap == 0:
                row = _row(pieces[0][0], pieces[-1][1], quote, kind, None, None, text)
                row["speaker"] = prev_row["speaker"]
                rows.append(row)
                last_speaker = row
                continue
        row = _row(pieces[0][0], pieces[-1][1], quote, kind, subj, cue, text)
        rows.append(row)
        if kind == "direct":
            last_speaker = row
    return rows


def _content_end(doc: ArticleView, start: int, sent_end: int) -> int:
    """Where reported content ends: before a participle cue (", adding that") or a second verb ("… and said"),
    else at the sentence end."""
    for cs, ce, cue in doc.cues_in(start + 1, sent_end):
        if _is_participle(cue):
            m = re.search(r",\s*$", doc.text[start:cs])
            if m:
                return start + m.start()
        elif not doc.inside_marks(cs):
            m = _AND_BEFORE_CUE.search(doc.text, max(start, cs - 16), cs)
            if m:  # "urged Republicans to … and said he was …": a second report by the same speaker
                return start + len(doc.text[start:m.start()].rstrip(" ,"))
    seg = doc.text[start:sent_end].rstrip()
    seg = re.sub(r"[.!?…]$", "", seg).rstrip()
    return start + len(seg)


def _reported(doc: ArticleView, marked: list[dict]) -> list[dict]:
    """Indirect and unmarked speech in the sentences outside quote marks."""
    text = doc.text
    rows: list[dict] = []
    attributed = {(r["cue_start"], r["cue_end"]) for r in marked if r["cue_start"] >= 0 and r["kind"] == "direct"}
    # a direct quote whose reporting verb stands in a sentence gives that sentence's speaker for a trailing
    # participle (the last such quote, in text order)
    speaker_of: dict[int, dict] = {}
    for r in marked:
        if r["kind"] == "direct" and r["speaker"] and r["cue_start"] >= 0:
            k = bisect_right(doc._sent_starts, r["cue_start"]) - 1
            if k >= 0 and r["cue_start"] < doc.sents[k][1]:
                speaker_of[k] = r
    for k, (s_start, s_end, sent) in enumerate(doc.sents):
        sentence_speaker = speaker_of.get(k)
        found_here: list[dict] = []
        # "CONTENT, Kazinform cites the press service": an agency names its source, which is the speaker
        cite = _CITES.match(sent)
        if cite and not doc.inside_marks(s_start):
            o_start = s_start + cite.start("obj")
            subj = doc.mention_starting_at(o_start) or (o_start, s_start + cite.end("obj"), None)
            c_end = s_start + cite.end("content")
            found_here.append(_row(s_start, c_end, _clean(text, [(s_start, c_end)]), "indirect", subj,
                                   (s_start + cite.start("cue"), s_start + cite.end("cue"), cite.group("cue")), text))
        # According to X, CONTENT
        for m in re.finditer(r"\b[Aa]ccording to\s+", sent):
            abs_s = s_start + m.end()
            subj = doc.mention_starting_at(abs_s)
            title = _ONE_TITLE.match(text, abs_s) if subj is None else None
            hit = doc.mention_starting_at(title.end()) if title else None
            if hit:
                subj = (abs_s, hit[1], hit[2])  # "According to Mr Waller, …": the title belongs to the mention
            np_ = re.match(r"([^,]{1,80}?),\s+", text[abs_s:s_end])
            if not np_:
                # "CONTENT, according to X."
                lead = text[s_start:s_start + m.start()]
                if re.search(r",\s*$", lead) and lead.strip(" ,"):
                    who = text[abs_s:s_end].rstrip(" .!?\"”’")
                    subj = subj or (abs_s, abs_s + len(who), None)
                    c_end = s_start + len(lead.rstrip(" ,"))
                    found_here.append(_row(s_start, c_end, _clean(text, [(s_start, c_end)]), "indirect", subj,
                                           (s_start + m.start(), s_start + m.start() + len("according to"),
                                            m.group().strip()), text))
                continue
            if subj is None:
                subj = (abs_s, abs_s + len(np_.group(1)), None)
            c_start = abs_s + np_.end()
            c_end = _content_end(doc, c_start, s_end)
            if c_end > c_start and not doc.inside_marks(c_start):
                found_here.append(_row(c_start, c_end, _clean(text, [(c_start, c_end)]), "indirect", subj,
                                       (s_start + m.start(), s_start + m.start() + len("according to"), m.group().strip()), text))
        for cs, ce, cue in doc.cues_in(s_start, s_end):
            if (cs, ce) in attributed or doc.inside_marks(cs):
                continue
            # an -ing form after "is", "was", "has been" is the progressive, a finite verb: "The White House is
            # saying that …"
            participle = _is_participle(cue) and not _BE.search(text[max(s_start, cs - 24):cs].rstrip())
            after = text[ce:s_end]
            # "that" may come after a phrase of time or place, also one with a place name in commas: "says at a
            # campaign stop in Toledo, Ohio, that …"
            has_that = _THAT_AFTER_CUE.match(after)
            obj = re.match(r"\s+(?!(?:about|of|on|over|against|for)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+that\b)|\s+(?:reporters|journalists|him|her|them|us|me|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?=\s+[a-z])", after) if cue.lower().startswith(("told", "tell", "remind", "warn", "assur")) else None
            c_start = ce + (has_that.end() if has_that else (obj.end() if obj else 0))
            if obj and not has_that:
                t2 = re.match(r"\s+that\b", text[c_start:s_end])
                if t2:
                    c_start += t2.end()
                    has_that = t2
            c_start += len(text[c_start:s_end]) - len(text[c_start:s_end].lstrip())
            if re.match(r"\s*[:\"“«‘]", after):
                continue  # 'said: "…"' introduces a direct quote
            if (_needs_that(cue) or cue.lower() in _NOUN_LIKE) and not has_that and not (
                    re.search(r",\s*$", text[s_start:cs]) and _subject_before(doc, cs, s_start) is None):
                continue  # (an inverted attribution, "…, noted NBC's Dante Chinni.", is a verb without "that")
            if _INFINITIVE.search(text[max(s_start, cs - 8):cs]):
                continue  # an infinitive or "let's say", not a report
            if participle:
                if cs == s_start:  # "Reminding that X, Fidan said Y": the speaker comes later
                    later = [c for c in doc.cues_in(cs + 1, s_end) if not _is_participle(c[2])]
                    if not later or not has_that:
                        continue
                    subj = _subject_before(doc, later[0][0], s_start)
                    if subj is None:
                        continue
                    c_end = subj[0] - len(text[:subj[0]]) + len(text[:subj[0]].rstrip(" ,"))
                    if c_end <= c_start:
                        continue
                    found_here.append(_row(c_start, c_end, _clean(text, [(c_start, c_end)]), "indirect", subj, (cs, ce, cue), text))
                    continue
                if not re.search(r",\s*$", text[s_start:cs]):
                    continue
                # the speaker (and the words naming them) of the clause this participle continues
                source = found_here[-1] if found_here else sentence_speaker
                if source is None:
                    continue
                c_end = _content_end(doc, c_start, s_end)
                if c_end <= c_start or _PREPOSITIONS.match(text[c_start:c_end]):
                    continue
                row = _row(c_start, c_end, _clean(text, [(c_start, c_end)]), "indirect", None, (cs, ce, cue), text)
                for key in ("speaker", "mention", "mention_start", "mention_end"):
                    row[key] = source[key]
                found_here.append(row)
                continue
            subj = _subject_before(doc, cs, s_start)
            if subj is None and _AND_BEFORE_CUE.search(text, max(s_start, cs - 16), cs):
                # "Ted Cruz urged Republicans to … and said he was …": the person who opens the sentence, when
                # no comma or other clause stands between them and the verb
                opener = _CONNECTIVE.match(text, s_start)
                first = doc.mention_starting_at(opener.end() if opener else s_start)
                if first and first[2] and _VERB_AFTER_NAME.match(text, first[1]) \
                        and not _CLAUSE_MARK.search(text, first[1], cs):
                    subj = first
            content_first = False
            if re.search(r",\s*$", text[s_start:cs]) and not cue.lower().startswith(("told", "tell")):
                # "CONTENT, said Batchelder." When a noun phrase stands before the comma ("…alter the
                # campaign, noted NBC's Dante Chinni."), the speaker after the verb must be a known person.
                # ("…, told Associated Press": after "told" comes the listener, not the speaker.)
                after_subj = _subject_after(doc, ce)
                if after_subj and (subj is None or after_subj[2] or _determined_source(text, subj, after_subj)) \
                        and _END_AFTER_SPEAKER.match(text[after_subj[1]:s_end]):
                    c_end = s_start + len(text[s_start:cs].rstrip(" ,"))
                    if c_end > s_start and not doc.inside_marks(s_start) \
                            and not _CONNECTIVE_WORD.fullmatch(text, s_start, c_end):  # not "Then, says Mr Cox, …"
                        content = text[s_start:c_end]
                        kind = "unmarked" if _FIRST_PERSON.search(content) else "indirect"
                        found_here.append(_row(s_start, c_end, _clean(text, [(s_start, c_end)]), kind, after_subj,
                                               (cs, ce, cue), text))
                    continue
                if subj is None:
                    continue
            if subj is None or subj[0] < s_start:
                continue
            before_subj = text[s_start:subj[0]]
            lead = _WORDS_OPENING_CLAUSE.search(before_subj) if before_subj.strip() else None
            lead_words = lead.group(lead.lastindex).lower().split() if lead else []
            if lead and not all(w in _LEADING_NOT_SUBJECT for w in lead_words) and any(
                    w in (_CLAUSE_WORDS if lead.group(1) else stopwords()) for w in lead_words):
                lead = None  # only words that may describe the subject ("There were also other deals", "where he
                # had headed when CAO announced", "because of a guilty plea, says …" are other clauses)
            elif lead and lead.group(2) and before_subj[:lead.start(2)].rstrip().endswith(",") \
                    and len(lead.group(2).split()) > 2:
                lead = None  # after a comma, at most two words: "…, elected officials from both parties say"
            if _CONNECTIVE.fullmatch(before_subj):
                before_subj = ""  # "But the company said …": the connective is not part of the subject
            elif lead:
                # the words that open the sentence, or the clause after a colon, "where" or "because", belong
                # to the subject: "Stein spokeswoman Melezia Figueroa said …", "…: Civil rights activists say"
                g = 1 if lead.group(1) else 2
                words = lead.group(g).split()
                if not all(w.lower() in _LEADING_NOT_SUBJECT or w.lower() in DATE_WORDS for w in words):
                    subj = (s_start + lead.start(g), subj[1], subj[2])
                before_subj = before_subj[:lead.start(g)]  # (but "Until December Microsoft said": "Microsoft")
            # the reporting clause is a main clause after a comma, also with a conjunction:
            # "…, but Shelby said he refused"
            if before_subj.strip() and not _CLAUSE_BEFORE_SUBJECT.search(before_subj) and not (
                    _INTRO.match(before_subj) and subj[2] and not any(c in before_subj for c in "\"“”«»")):
                continue  # the verb is not the main reporting clause of this sentence
            rest = text[ce:s_end]
            after_comma = bool(_COMMA_BEFORE_SUBJECT.search(before_subj)) and not has_that
            if after_comma and not _TO_INFINITIVE.match(rest) and (
                    re.match(r"[\s.!?]*$|\s*,\s*(?:and|but)\s", rest) or _PREPOSITIONS.match(rest.strip())
                    or _TIME_AFTER_CUE.match(rest)
                    or (cue.lower().startswith(("told", "tell")) and _LISTENER_AT_END.match(rest))):
                content_first = True  # "CONTENT, he continued." / "CONTENT, X said on Monday." / "CONTENT, he said, and …"
            inside = re.match(r"\s*,\s*", rest) if after_comma and not content_first else None
            if content_first or inside:
                c_start2 = s_start
                c_end = s_start + len(before_subj.rstrip(" ,"))
                if c_end <= c_start2 or doc.inside_marks(c_start2) or _QUOTE_THEN_NAME.search(text, c_start2, c_end):
                    continue  # (a quotation and a name before the subject: a direct quote, attributed already)
                pieces = [(c_start2, c_end)]
                if _CONNECTIVE_WORD.fullmatch(text, c_start2, c_end):  # "However, it stressed, …": not content
                    if not inside:
                        continue
                    pieces, c_start2 = [], ce + inside.end()
                b_start = ce + inside.end() if inside else s_end
                b_end = _content_end(doc, b_start, s_end) if inside else s_end
                # "Unlike Germany, they say, Italy has many small firms": the attribution inside its content
                # (but ", adding that …" is a second report, found with its participle)
                if inside and b_end > b_start and not _is_participle(text[b_start:b_end].split(None, 1)[0]):
                    pieces.append((b_start, b_end))
                    c_end = b_end
                if not pieces:
                    continue
                content = text[c_start2:c_end]
                kind = "unmarked" if _FIRST_PERSON.search(content) else "indirect"
                found_here.append(_row(c_start2, c_end, _clean(text, pieces), kind, subj, (cs, ce, cue), text))
                continue
            if before_subj.strip() and any(c in before_subj for c in "\"“”«»"):
                continue  # the comma ends a quotation: this clause is its attribution
            if subj[2] is None and not _plausible_source(text[subj[0]:subj[1]]):
                continue
            c_end = _content_end(doc, c_start, s_end)
            if c_end <= c_start or _PREPOSITIONS.match(text[c_start:c_end]) or doc.inside_marks(c_start):
                continue
            if text[c_start:c_start + 1] in "\"“«‘'":
                continue  # the content is a direct quote, found already
            if not has_that and _NO_CONTENT.match(text, c_start):
                continue  # no content after the verb: "England's pressure continued, and a wave of attacks …"
            found_here.append(_row(c_start, c_end, _clean(text, [(c_start, c_end)]), "indirect", subj, (cs, ce, cue), text))
        rows.extend(found_here)
    return rows


_AND_BEFORE_CUE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
_VERB_AFTER_NAME = re.compile(r"\s+(?:also\s+)?[a-z]")
_CLAUSE_MARK = re.compile(r"[,;:]")
_THAT_AFTER_CUE = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|later|during)\b[^,.;:\"“«]{0,40}?"
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


def _determined_source(text: str, subj: tuple, after: tuple) -> bool:
    """Whether a short noun phrase after the verb names the source when no person stands before it: "…, said one
    GOP source." (but in "The Home Secretary, Jack Straw, said the plan was sound", Jack Straw speaks)."""
    words = text[after[0]:after[1]].split()
    return subj[2] is None and bool(_DETERMINED.match(text, after[0])) and len(words) <= 4 \
        and not any(w in stopwords() for w in words[1:])


# words that make the opening words of a sentence a clause of their own, not part of its subject: "There were
# also other deals announced", "The Tory leader will argue"
_CLAUSE_WORDS = frozenset("there here were was is are will would could should can might must shall have has had "
                          "it he she they we i you if that which who what".split())
_QUOTE_THEN_NAME = re.compile(r"[,!?][\"”»’']\s+[A-Z]")  # '"We are doing research," Michael Lamberty'
# one function word or adverb before an attribution inside a sentence: "However", "Already", "Currently" (but not a
# pronoun or a quantifier, which is the content's subject: "This, they say, contrasts with …")
_PRONOUNS_AND_QUANTIFIERS = frozenset("this that these those it he she they we i you him her them us me there here what "
                                      "which who whom many some most few others both each all any none".split())
_CONNECTIVE_WORD = re.compile(r"(?i:" + "|".join(sorted(stopwords() - _PRONOUNS_AND_QUANTIFIERS)) + r"|[a-z]+ly|meanwhile|"
                              r"instead|still|nevertheless|nonetheless|furthermore|moreover|indeed|otherwise|therefore|thus)\b")
# the end of a sentence after an inverted speaker, perhaps with an apposition: "…, said Brian Baker, a longtime
# political adviser to the family."
_END_AFTER_SPEAKER = re.compile(r"(?:\s*,\s*(?:a|an|the|who|whose|one|head|chief|director|president|chairman|chairwoman|"
                                r"spokesman|spokeswoman|editor|founder|co-founder|professor|author|analyst|economist)"
                                r"\b(?![^\"“”«»]*\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|"
                                r"must|does|did)\b)[^\"“”«»]*)?[\s.!?\"”’]*$")
# a day right after the verb of a content-first report, with no "on" before it (_PREPOSITIONS has "on Friday",
# "yesterday", "last week"): "…, top black lawmakers said Friday afternoon, as …"
_TIME_AFTER_CUE = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tonight)"
                             r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*[,.;!?]|\s*$)")
_NO_CONTENT = re.compile(r"[,;]\s*(?:and|but|or|so|yet|which|who|while)\b")
# a comma (and a conjunction) before the subject: the words before it may be the content ("CONTENT, he said")
_COMMA = r",\s*(?:(?:but|and|yet|so)\s+)?"
_COMMA_BEFORE_SUBJECT = re.compile(_COMMA + r"$")
# where a reporting clause may start inside a sentence: after a comma (also with a conjunction: "…, but Shelby
# said he refused"), a colon or a semicolon ("Frustration with police: activists say …"), or "where" and
# "because" ("…, where restructuring experts say some judges are eager …")
_SUBORDINATOR = r"[\s,](?:where|because)\s+"
_CLAUSE_BEFORE_SUBJECT = re.compile(r"(?:" + _COMMA + r"|[;:]\s+|" + _SUBORDINATOR + r")$")
# one to four words before the subject that open the sentence, or one to three that open such a clause (also
# after a comma: "…, elected officials from both parties say"; not function words, see _reported)
_WORDS_OPENING_CLAUSE = re.compile(r"(?:^((?:[\w'’.-]+\s+){1,4})|(?:" + _SUBORDINATOR + r"|[,;:]\s+(?!where\b|because\b))"
                                   r"((?:[\w'’.-]+\s+){1,3}))$")


def _plausible_source(words: str) -> bool:
    """A subject that is not a known person may still speak: "the ministry", "Kazakhstan", "officials"."""
    w = words.split()
    return 0 < len(w) <= 6 and not _PRONOUN.match(words)


def _colon_intro(doc: ArticleView, para_start: int):
    """The attribution of a paragraph given by the paragraph before it, when that one ends with a colon:
    "Caddell continued:" ⏎ "…" (as :func:`_attribution_before`, or None)."""
    intro = doc.para_before(para_start)
    if not intro or not doc.text[intro[0]:intro[1]].rstrip().endswith(":"):
        return None
    return _attribution_before(doc, para_start, max(intro[0], doc.sentence_at(intro[1] - 1)[0]))


def _block_quotes(doc: ArticleView, rows: list[dict]) -> list[dict]:
    """Paragraphs without quote marks introduced by an attribution that ends with a colon: "Limbaugh
    added:" ⏎ "And from a supposed front-runner …" (kind unmarked; the first paragraph only)."""
    text, out = doc.text, []
    taken = [(r["start"], r["end"]) for r in rows]
    for qs, qe in doc.paras[1:]:
        if text[qs:qs + 1] in "\"“”«»‘'" or doc.inside_marks(qs):
            continue
        end = qs + len(text[qs:qe].rstrip())
        if end <= qs or any(a < end and b > qs for a, b in taken):
            continue
        att = _colon_intro(doc, qs)
        if att is None:
            continue
        subj, cue = att
        out.append(_row(qs, end, _clean(text, [(qs, end)]), "unmarked", subj, cue, text))
    return out


def _continue_reported_speakers(doc: ArticleView, rows: list[dict]) -> None:
    """A direct quote with no attribution of its own that follows reported speech in the same or the
    next paragraph continues its speaker: "Mr Cook told the programme it was not fair to blame the
    public. “They are turned off by the way we do politics.”" (rows in text order; changed in place).

    The reported speech is nearer than any direct quote :func:`_marked` continued from, so it wins.
    """
    previous = None
    for r in rows:
        if (previous is not None and previous["kind"] in ("indirect", "unmarked") and previous["speaker"]
                and r["kind"] == "direct" and r["cue_start"] < 0 and r["mention_start"] < 0
                and previous["end"] <= r["start"] and doc.text.count("\n\n", previous["end"], r["start"]) <= 1
                and not doc.text[doc.sentence_at(r["start"])[0]:r["start"]].strip(" \"“«‘'")):
            r["speaker"] = previous["speaker"]
        if previous is None or r["start"] >= previous["end"]:
            previous = r


def _quote_rows(doc: ArticleView) -> list[dict]:
    """The quote rows of one article (dicts with :data:`QUOTE_COLUMNS`), in text order."""
    marked = _marked(doc)
    rows = marked + _reported(doc, marked)
    rows += _block_quotes(doc, rows)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    _continue_reported_speakers(doc, rows)
    for i, r in enumerate(rows):
        r["quote_id"] = i
    return rows


def quote_table(rows: list[dict]) -> pd.DataFrame:
    """A quotes table from row dicts (as :func:`read_article_rows` gives them).

    Offsets are integers and speaker is None where unknown, also for no rows.
    """
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table["speaker"] = table["speaker"].astype(object).where(table["speaker"].notna(), None)
    if not rows:
        table = table.astype({"quote_id": int, "start": int, "end": int, "mention_start": int, "mention_end": int,
                              "cue_start": int, "cue_end": int})
    return table


def read_article_rows(text: str, aliases: pd.DataFrame | None = None) -> dict[str, list]:
    """:func:`read_article` as plain rows, for callers that build one table for many articles.

    quotes: dicts with :data:`QUOTE_COLUMNS`; mentions: (start, end,
    mention, person, kind) tuples; sentences: (sent_id, start, end,
    sentence) tuples.
    """
    doc = _doc(text, aliases)
    return {"quotes": _quote_rows(doc), "mentions": doc.mentions,
            "sentences": [(i, a, b, t) for i, (a, b, t) in enumerate(doc.sents)]}


def read_article(text: str, aliases: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Quotes, mentions and sentences of one article from a single pass over it.

    The same tables as :func:`quotes_in`, :func:`lib.people.mentions_in`
    and :func:`lib.text.sentences_in`, without splitting sentences or
    finding people twice.

    >>> sorted(read_article('Mayor Jo Bell said: "We are ready."'))
    ['mentions', 'quotes', 'sentences']
    """
    rows = read_article_rows(text, aliases)
    return {"quotes": quote_table(rows["quotes"]),
            "mentions": pd.DataFrame(rows["mentions"], columns=MENTION_COLUMNS),
            "sentences": pd.DataFrame(rows["sentences"], columns=SENTENCE_COLUMNS)}


def quotes_in(text: str, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every quote in one article: one row per quote.

    Columns: quote_id, start, end (offsets of the quoted words; for a quote
    over several paragraphs, from the first word to the last), quote (the
    words, marks removed, paragraphs joined), kind (direct, partial,
    unmarked, indirect), speaker (the person, or None), mention (the words
    that name the speaker, e.g. "he"), mention_start, mention_end (where
    those words are; -1 when there are none), cue (the reporting verb or
    "According to"), cue_start, cue_end (-1 when there is no cue).
    """
    return quote_table(_quote_rows(_doc(text, aliases)))


def extract_quotes(corpus: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`quotes_in` for every article, doc_id first, speakers merged across articles.

    Speakers are merged with the names of everyone the articles mention, as
    :func:`lib.people.mentions` merges them, so both tables spell each person alike.
    """
    rows: list[dict] = []
    docs: list[str] = []
    people: list[str] = []
    people_docs: list[str] = []
    main: dict = {}
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        found = read_article_rows(text, aliases)
        rows += found["quotes"]
        docs += [doc_id] * len(found["quotes"])
        people += [r[3] for r in found["mentions"]]
        people_docs += [doc_id] * len(found["mentions"])
        main[doc_id] = main_names(text)
    table = quote_table(rows)
    table.insert(0, "doc_id", docs)
    return canonicalize(table, "speaker", aliases, universe=people,
                        related=same_story(docs_of_names(people_docs, people), main))


# --------------------------------------------------------------------------
# summaries


def quotes_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per article and speaker: quotes, words quoted, and the kinds. Unknown speakers show as "(unknown)"."""
    q = quotes.assign(speaker=quotes["speaker"].fillna("(unknown)"),
                      words=quotes["quote"].str.split().str.len())
    out = q.pivot_table(index=["doc_id", "speaker"], columns="kind", values="quote_id", aggfunc="count", fill_value=0)
    out = out.reindex(columns=[k for k in KINDS], fill_value=0)
    out.columns.name = None
    out.insert(0, "quotes", out.sum(axis=1))
    out.insert(1, "words", q.groupby(["doc_id", "speaker"])["words"].sum())
    return out.reset_index()


def cues_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Which reporting verbs each speaker gets: speaker, cue (lower case), count."""
    q = quotes[quotes["speaker"].notna() & (quotes["cue"] != "")]
    t = q.assign(cue=q["cue"].str.lower().str.replace(r"\s+", " ", regex=True)).groupby(["speaker", "cue"]).size()
    return t.rename("count").reset_index().sort_values(["speaker", "count", "cue"], ascending=[True, False, True],
                                                        kind="stable").reset_index(drop=True)
