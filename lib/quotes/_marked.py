"""Quotes inside quotation marks (direct and partial), their attribution before or after the marks,
sub-headlines that are no quotes, and paragraphs without marks introduced by a colon (block quotes)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..article import ArticleView
from ..lexicon import document_verbs, honorifics, role_groups, stopwords
from ._documents import _names_a_document
from ._patterns import (
    _BEFORE_TITLE,
    _CONNECTIVE,
    _ENDS_WITH_STOP,
    _INFINITIVE,
    _NOT_A_STOP,
    _ONE_TITLE,
    _SHORT_REST,
    _TITLE_OF_WORK,
    _WORDS_TO_MARK,
    _fragment_re,
    _is_participle,
)
from ._relayed import _one_quoted, _relayed_after_quotation
from ._rows import _clean, _row
from ._subjects import _subject_after, _subject_before, _unnamed_opener

_CLOSING_RUN = re.compile(r"[\s,.:;!?—–\-'\"”’»]*")
_DASH_RUN = re.compile(r"\s*[―—–]\s*")
_STOP = re.compile(r"[.;!?]")
_COLON_OR_COMMA_AT_END = re.compile(r"[:,]\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
_COMMA_FIRST = re.compile(r"^[\s]*,")
_DASH_FIRST = re.compile(r"^[\s]*[—–-]")

_OWNER_TITLE = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+")


def _attribution_after(doc: ArticleView, close: int, limit: int):
    """``…," he said`` or ``…," said the minister`` right after a closing mark."""
    seg = doc.text[close:limit]
    m = _CLOSING_RUN.match(seg)  # (the rest of a doubled closing mark: ''It's fine,'' said)
    pos = close + m.end()
    if pos >= limit:
        return None
    # a dash and a name: ``“…” ― Pamela Padilla``
    dash = _DASH_RUN.match(doc.text[close:limit])
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
    named = _person_then_apposition(doc, pos, limit)
    if named and (_SHORT_REST.match(doc.text, named[1][1]) or not (
            _ENDS_WITH_STOP.search(doc.text, max(0, close - 4), close) or "." in m.group())):
        return named  # '…" Peter Dobrow, a T-Mobile spokesperson said.' (after a full stop only when it ends there)
    relayed = _relayed_after_quotation(doc, pos, limit)
    if relayed:  # ``…," the agency quoted worker David Ogden as saying``: the one quoted, not the agency
        return relayed
    # subject first: X said
    for cs, ce, cue in doc.cues_in(pos, min(limit, pos + 160) + 1):  # (a long apposition may stand between)
        if _is_participle(cue):
            break
        between = doc.text[pos:cs]
        if _STOP.search(_NOT_A_STOP.sub(" ", between)):
            break
        if (_ENDS_WITH_STOP.search(doc.text, max(0, close - 4), close) or "." in m.group()) \
                and not _SHORT_REST.match(doc.text, ce):
            break  # ``….” The agency has also told the government …``: a new sentence, not an attribution
        subj = _subject_before(doc, cs, pos)
        # the subject starts the attribution, perhaps after a title: ``," Labour leader Tom Hill said``
        title = doc.text[pos:subj[0]] if subj else ""
        rest = _OWNER_TITLE.sub("", title)
        rest = rest[4:] if rest.startswith("the ") else rest  # ``," the minister Praful Patel said``
        # (a joining word only inside a title before a person: ``," director of telecoms research Tony Lavender said``)
        blocked = stopwords() - _TITLE_JOINERS if subj and subj[2] and len(rest.split()) > 1 else stopwords()
        if subj and (subj[0] == pos or (title and re.fullmatch(r"(?:[\w'’-]+\s+){0,5}", rest)
                                        and not set(rest.lower().split()) & blocked)):
            # (the title may open with an owner: ``," the central bank's vice president Farhat Omar said``)
            return subj, (cs, ce, cue)
        break
    return None


@lru_cache(maxsize=1)
def _role_after_name_re() -> re.Pattern:
    """Up to three lower-case words and a role right after a name, with no comma: " games systems director"."""
    roles = "|".join(sorted((re.escape(r) for r in role_groups() if " " not in r), key=len, reverse=True))
    return re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:" + roles + r")\b")


_SHORT_TITLE = re.compile(r"([A-Z][a-z]{1,8})\.?\s+")  # "Dr ", "Mr. " before a name


#: Words that may join the words of a title before a name ("director of telecoms research").
_TITLE_JOINERS = frozenset(("of", "for", "at", "and"))


def _person_then_apposition(doc: ArticleView, pos: int, limit: int):
    """A person named right after a quotation, then a comma, a description and the reporting verb, with
    no stop between: '…" Anais Faraj, an analyst at Nomura told the BBC' (the comma that should close the
    apposition is often missing). Returns (mention, cue) or None."""
    title = _SHORT_TITLE.match(doc.text, pos, pos + 12)
    hit = doc.mention_starting_at(pos) or (doc.mention_starting_at(title.end())
                                           if title and title.group(1).lower() in honorifics() else None)
    role = _role_after_name_re().match(doc.text, hit[1]) if hit else None
    if role and doc.mentions_starting_in(role.end(), role.end() + 2):
        role = None  # ("William Hill spokesman Rupert Adams": the name owns the role of the one named after it)
    if hit is None or not hit[2] or not (doc.text.startswith(",", hit[1]) or role):
        return None  # ('…," Dr Mark Tuffy games systems director at content firm THX told …': a role, no comma)
    for cs, ce, cue in doc.cues_in(hit[1], min(limit, hit[1] + 120)):
        if _is_participle(cue) or re.search(r"[.;!?\"“”]", _NOT_A_STOP.sub(" ", doc.text[hit[1]:cs])):
            return None
        return hit, (cs, ce, cue)
    return None


def _subject_of_first_verb(doc: ArticleView, rows: list[dict], sent_s: int, cs: int):
    """For a second verb after "and" with no subject of its own ('Sky said it was "honoured …" and promised
    to cover the event "in a way …"'), the speaker of the quotation found before it in the sentence."""
    if not _AND_BEFORE_VERB.search(doc.text, max(sent_s, cs - 8), cs):
        return None
    before = [r for r in rows if r["mention_start"] >= sent_s and r["start"] < cs]
    return (before[-1]["mention_start"], before[-1]["mention_end"], before[-1]["speaker"]) if before else None


_AND_BEFORE_VERB = re.compile(r"\band\s+(?:also\s+)?$")


# a phrase of circumstance that opens a sentence before its subject: "Despite her success in recent years, "
_FRONTED_PHRASE = re.compile(r"(?:Despite|After|Before|Following|Since|Although|While|With|Having|As|Like|Unlike)\b"
                             r"[^,;:\"“”.]{1,100},\s+")


# up to five words of a title before a name, no comma or verb-like "-ed"/"-s" word among them
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w&'’-]*|[a-z]+(?<!ed)(?<!s))\s+){1,5}")


def _subject_of_sentence_before(doc: ArticleView, q_start: int, quote: str):
    """The person who opens the sentence right before an unattributed quotation in the same paragraph
    ("Ferguson also hailed Giggs and Keane. “Roy came on and …”"), when the quotation does not name them;
    else None."""
    p_start, _ = doc.para_at(q_start)
    before = doc.text[p_start:q_start].rstrip()
    if not before or before[-1] not in ".!?" or any(c in before[-3:] for c in "\"”’'"):
        return None  # (nothing before it, or another quotation ends right there)
    s_start, _ = doc.sentence_at(len(before) + p_start - 1)
    opener = _CONNECTIVE.match(doc.text, s_start) or _FRONTED_PHRASE.match(doc.text, s_start, len(before) + p_start)
    at = opener.end() if opener else s_start
    title = _ONE_TITLE.match(doc.text, at)  # "Dr Liam Fox was asked …"
    hit = doc.mention_starting_at(title.end() if title else at)
    if hit is None:  # "Fostering Network executive director Robert Tapsfield criticised …": after a title
        first = min(doc.mentions_starting_in(at, at + 80), default=None)
        if first and _TITLE_WORDS.fullmatch(doc.text, at, first[0]) and not doc.text.startswith(("'", "’"), first[1]):
            hit = first  # (not an owner: "Sir Edward's hopes of a deal unravelled")
    if hit is None:  # an unnamed source: "A Labour party spokesman played down differences …. “This election …”"
        unnamed = _unnamed_opener().match(doc.text, at)
        return (at, unnamed.end(), None) if unnamed else None
    if not hit[2] or hit[2].split()[-1] in quote or doc.text[hit[0]:hit[1]].lower() in ("his", "her", "their"):
        return None  # (an owner opens the sentence, not its subject: "His agent told the Times …")
    return hit


def _content_first_before(doc: ArticleView, q_start: int) -> bool:
    """Whether the sentence right before ``q_start`` ends with its attribution after a comma ("…, said Mr Blair.",
    "…, Mr Blair said."; not "Mike Hobday, from the league, said video evidence …"): what it opens with was said,
    not who says the quotation after it."""
    s_start, _ = doc.sentence_at(max(doc.para_at(q_start)[0], q_start - 2))
    return any(_COMMA_THEN_ATTRIBUTION.search(doc.text, s_start, cs) and len(doc.text[ce:q_start].split()) <= 5
               for cs, ce, _ in doc.cues_in(s_start, q_start))


# a comma and up to four words right before a reporting verb
_COMMA_THEN_ATTRIBUTION = re.compile(r"[,\"”’']\s*(?:[\w'’.-]+\s+){0,4}$")


def _attribution_before(doc: ArticleView, open_: int, floor: int):
    """``X said: "…"`` or ``X told reporters, "…"`` right before an opening mark."""
    if open_ > floor and doc.text[open_ - 1:open_ + 1] == "''":
        open_ -= 1  # the first half of a doubled mark: "said of the episode, ''I don't like it,''"
    left = doc.text[floor:open_]
    if not _COLON_OR_COMMA_AT_END.search(left):
        return None
    best = None
    for cs, ce, cue in doc.cues_in(floor, open_):
        if ce <= open_:
            tail = doc.text[ce:open_]
            words = 7 if cue.lower().startswith(("told", "tell")) else 4  # "told BBC Radio 4's Today programme:"
            if _WORDS_TO_MARK[words].fullmatch(tail):
                best = (cs, ce, cue)
    if best is None:
        return _colon_speaker(doc, open_, floor) if left.rstrip().endswith(":") else None
    cs, ce, cue = best
    subj = (_one_quoted(doc, floor, cs) if cue.lower() == "saying" else None) \
        or _who_right_before(doc, floor, cs) or _subject_before(doc, cs, floor)  # ("… Tessa Jowell who said: …")
    if _is_participle(cue) and (subj is None or doc.text[subj[1]:cs].strip() == ","):
        # "Trump was defensive, saying, “…”", "Davenport paid tribute to Williams, saying: “…”": the subject
        # of the sentence speaks, not the one named last before the comma
        main = next((c for c in doc.cues_in(floor, cs) if not _is_participle(c[2])), None)
        main_subj = _subject_before(doc, main[0], floor) if main else None
        # (the subject of the sentence's own reporting verb: "A club spokesperson denied Phillips made the
        # remark, insisting: “…”")
        subj = main_subj or _first_person_in(doc, floor, cs) or subj
    if subj is None:
        subj = _subject_after(doc, ce)
    if subj is None and left.rstrip().endswith(":"):  # "Euronext said …, but added that: “…”"
        found = _colon_speaker(doc, open_, floor)
        return (found[0], best) if found else None
    return (subj, best) if subj else None


def _colon_speaker(doc: ArticleView, open_: int, floor: int):
    """The speaker of a quotation after a colon with no reporting verb next to it: the subject of a reporting
    verb earlier in the clause (X said in an interview with The Spectator magazine: …), else the person
    named in the first six words of the sentence or right after a phrase and its comma (Mr Dean is confident
    though: …; BBC Two controller Roly Keating: …), with no cue."""
    last = floor + len(doc.text[floor:open_].rstrip()) - 1  # (the colon, also at the end of the paragraph before)
    s_start = max(floor, doc.sentence_at(last)[0])
    cues = [c for c in doc.cues_in(s_start, open_) if not _is_participle(c[2])]
    subj = _subject_before(doc, cues[0][0], s_start) if cues else None
    if subj:
        return subj, cues[0]
    lead = doc.text[s_start:open_]
    first = next((m for m in doc.mentions_starting_in(s_start, open_) if m[2]), None)
    if first is None:
        went_on = _DESCRIPTION_WENT_ON.match(lead)  # "The Tory leader went on: …": the description speaks
        return ((s_start + went_on.start(1), s_start + went_on.end(1), None), None) if went_on else None
    before = doc.text[s_start:first[0]]
    if (len(before.split()) > 5 and not before.rstrip().endswith(",")) or any(c in lead for c in "\"“”«»"):
        return None  # (but after a phrase and its comma: "In a Fox interview later that day, Trump went on: …")
    return first, None


_DESCRIPTION_WENT_ON = re.compile(r"((?:The|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+went\s+on\s*:\s*$")


def _colon_intro(doc: ArticleView, para_start: int):
    """The attribution of a paragraph given by the paragraph before it, when that one ends with a colon:
    "Caddell continued:" ⏎ "…" (as :func:`_attribution_before`, or None)."""
    intro = doc.para_before(para_start)
    if not intro or not doc.text[intro[0]:intro[1]].rstrip().endswith(":"):
        return None
    return _attribution_before(doc, para_start, max(intro[0], doc.sentence_at(intro[1] - 1)[0]))


def _is_headline(doc: ArticleView, start: int, end: int, pieces) -> bool:
    """A paragraph that is nothing but a short quoted phrase without a full stop: a sub-headline."""
    ps, pe = doc.para_at(start)
    if ps != start or pe != end or len(pieces) != 1:
        return False
    words = doc.text[pieces[0][0]:pieces[0][1]]
    return not re.search(r"[.!?…]", words) and len(words.split()) <= 12


_QUOTED_WORK = re.compile(_TITLE_OF_WORK + r"[,.]?")


def _is_title(before: str, quote: str) -> bool:
    """A title in quote marks, not speech: capitalised words after a preposition, an article or an owner
    ("on CBS's “Face the Nation,”", "in “The Da Vinci Code”", "during a “Commander-in-Chief Forum”"), or
    alone at the start of a paragraph (a heading: "‘Legend in the Coal Fields.’")."""
    context = _BEFORE_TITLE.search(before.rstrip("'‘“\"") + " ")  # (the opening marks: ''A Change …'')
    words = quote.split()
    capitals = sum(w[:1].isupper() for w in words)
    return bool(context and _QUOTED_WORK.fullmatch(quote) and quote[:1].isupper()
                and capitals >= (2 if not context.group().strip() else min(2, len(words))))


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
        if not quote or _is_title(text[max(0, q_start - 12):q_start], quote):
            continue
        floor = max(p_start, s_start)
        before = _attribution_before(doc, q_start, floor)
        if before is None and q_start == p_start:
            before = _colon_intro(doc, q_start)
        ends_sentence = _ENDS_SENTENCE.search(text[pieces[-1][0]:pieces[-1][1]]) is not None
        att = before if before is not None and ends_sentence else _attribution_after(doc, q_end, limit)
        if att is None:
            att = before
        words = len(quote.split())
        lead = text[s_start:q_start]
        at_start = q_start == p_start or not lead.strip(" \n'")  # (the first half of a doubled mark: ''…)
        after = text[q_end:q_end + 3]
        direct_shape = (at_start or _COLON_OR_COMMA_AT_END.search(lead) is not None
                        or _COMMA_FIRST.match(after) is not None
                        # (a dash after it makes it direct only when nothing of the narrator's comes before it in its
                        # sentence: 'He has also called the senator “the next George Washington” – the …' is partial)
                        or (_DASH_FIRST.match(after) is not None and not lead.strip(" \n'"))
                        or text[pieces[-1][1] - 1:pieces[-1][1]] in ",?!")
        if not closed:
            direct_shape = True
        kind = "direct" if direct_shape and (words >= 4 or att is not None) else "partial"
        if kind == "partial" and att is not None and att[1] is not None and att[1][2].isalpha() \
                and att[1][0] >= doc.sentence_at(q_start)[1]:
            att = None  # a fragment in the narrator's sentence is attributed in it, not by the next ("― X" may be)
        subj, cue = att if att else (None, None)
        if kind == "partial" and att is None:
            found = _fragment_attribution(doc, rows, q_start, pieces[-1][1])
            if found is None:
                continue  # scare quotes or a title, not speech
            subj, cue = found
        starts_sentence = not text[s_start:q_start].strip(" \n'")
        # '"A," Tester said, referring to the excuse, "B."': the second part resumes after its attribution
        resumes = last_speaker is not None and s_start <= last_speaker["cue_start"] < q_start \
            and last_speaker["end"] <= last_speaker["cue_start"]
        introduced = _subject_of_sentence_before(doc, q_start, quote) if (
            att is None and kind == "direct" and q_start != p_start) else None
        if introduced and _content_first_before(doc, q_start):
            introduced = None  # the person it opens with is what was said about: 'Mr Livingstone "should have …",
            # said Mr Blair. "I'm sure …"'
        if introduced and last_speaker is not None and introduced[2] != last_speaker["speaker"] and not resumes \
                and doc.text[introduced[0]:introduced[1]].lower() not in ("he", "she", "they", "it"):
            last_speaker = None  # a new voice introduced right before: "US coach Patrick McEnroe wants …. “I think …”"
        if att is None and kind == "direct" and (at_start or starts_sentence or resumes) and last_speaker is not None:
            prev_row = last_speaker
            # continues the previous speaker when it starts its paragraph within two paragraphs of it,
            # or starts a sentence in the same paragraph: "“…,” X said. “…”"
            gap = text[prev_row["end"]:q_start].count("\n\n")
            if (at_start and gap <= 2) or gap == 0:
                row = _row(pieces[0][0], pieces[-1][1], quote, kind, None, None, text)
                _continue(row, prev_row)
                rows.append(row)
                last_speaker = row
                continue
        if introduced:
            subj = introduced  # 'Dr Fox was asked if … . "I'm sure …"'
        row = _row(pieces[0][0], pieces[-1][1], quote, kind, subj, cue, text)
        rows.append(row)
        if kind == "direct":
            last_speaker = row
    return _join_interrupted(text, rows)


# an -ing form that opens a clause of its own, after a comma or a preposition (", saying they were “…”", "by
# saying “…”"), not one after a noun that it modifies
_CLAUSE_PARTICIPLE = re.compile(r"(?:,|\b(?:by|after|before|while|when|in))\s+$")


_BY_NEXT = re.compile(r"\s+by\s")
_WHO_RIGHT_BEFORE = re.compile(r"(?:,\s*|\s)who\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?$")


def _who_right_before(doc: ArticleView, floor: int, cs: int):
    """The person a relative "who" right before the verb at ``cs`` follows: "Tessa Jowell who said: …", "Mr Blair,
    who has described Africa as a …"; None when no person ends right before "who"."""
    who = _WHO_RIGHT_BEFORE.search(doc.text, max(floor, cs - 30), cs)
    return doc.mention_ending_at(who.start()) if who else None


def _fragment_attribution(doc: ArticleView, rows: list[dict], q_start: int, q_end: int):
    """(mention, cue) of a quoted fragment in the narrator's sentence with no attribution next to it: the last
    reporting verb before it in the sentence and that verb's subject, or a noun of saying and its source ("a claim
    by Peter Hain that …"); None when no verb or noun of saying stands before it (scare quotes or a title)."""
    text = doc.text
    sent_s, sent_e = doc.sentence_at(q_start)
    cue_in = [c for c in doc.cues_in(sent_s, q_start)
              if (not _is_participle(c[2]) or _CLAUSE_PARTICIPLE.search(text, max(sent_s, c[0] - 10), c[0]))
              and not _INFINITIVE.search(text[max(sent_s, c[0] - 8):c[0]])
              and not _BY_NEXT.match(text, c[1])  # (a passive that modifies a noun: "as revealed by the report")
              and not (c[2].lower() in document_verbs() and not _found_by_a_document(doc, c, sent_s))]
    cue_in += [(sent_s + m.start(), sent_s + m.end(), m.group())
               for m in _fragment_re().finditer(text[sent_s:q_start])]
    cue_in.sort()
    claim = _claim_by(doc, cue_in[-1][1] if cue_in else sent_s, q_start)
    if claim:  # 'a claim by Peter Hain that the Tory leader is like an "attack mongrel"'
        return claim
    if not cue_in:
        return None
    finite = [c for c in cue_in if not _is_participle(c[2])]
    # (an -ing form after a noun modifies it: 'Liam Fox said … poster plans attacking Mr Howard … were a sign of
    # "abusive politics"' is Fox's, not the plans')
    cs, ce, cue_text = finite[-1] if finite and _is_participle(cue_in[-1][2]) else cue_in[-1]
    after = _subject_after(doc, ce) if not _is_participle(cue_text) else _opening_person(doc, sent_s, cs)
    opens_clause = _is_participle(cue_text) and _CLAUSE_PARTICIPLE.search(text, max(sent_s, cs - 10), cs)
    # (", saying …" shares the sentence's subject; "with Alan Milburn accusing …" has its own)
    subj = _who_right_before(doc, sent_s, cs) \
        or _passive_agent(doc, (cs, ce), q_end, sent_s, sent_e) or (
        None if opens_clause else _subject_before(doc, cs, sent_s)) \
        or after or _subject_of_first_verb(doc, rows, sent_s, cs) or (
            _opening_person(doc, sent_s, cs) if _AND_BEFORE_VERB.search(text, max(sent_s, cs - 8), cs) else None)
    # ("Carson took the stage … and called the political system “rotten to the core.”": the one who opens it)
    return subj, (cs, ce, cue_text)


def _found_by_a_document(doc: ArticleView, cue: tuple[int, int, str], sent_s: int) -> bool:
    """Whether a verb that reports only a document's findings ("found") has one as its subject."""
    subj = _subject_before(doc, cue[0], sent_s)
    return subj is not None and _names_a_document(doc.text[subj[0]:subj[1]])


# a noun of saying and who said it: "a claim by Peter Hain that …", "claims from Michael Howard that …"
_CLAIM_BY = re.compile(r"\b(?:claims?|accusations?|suggestions?|warnings?|charges?|remarks?|comments?)\s+"
                       r"(?:by|from)(?=\s)")


def _claim_by(doc: ArticleView, after: int, q_start: int):
    """(mention, cue) of the last noun of saying with its source ("a claim by Peter Hain that") between
    ``after`` and a quoted fragment at ``q_start``, when a person is named right after "by" or "from"."""
    found = None
    for m in _CLAIM_BY.finditer(doc.text, after, q_start):
        subj = _subject_after(doc, m.end())
        if subj and subj[2]:
            found = (subj, (m.start(), m.end(), m.group()))
    return found


_BE_BEFORE_CUE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$")
# after the quotation: "by" and the agent, up to the end of its clause ("… a "disgraceful waste" by MPs.")
# a person named by "by" right after a passive verb, before "as": "described by Jobs as"
_BY_NAME_THEN_AS = re.compile(r"\s+by\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+as\b")
_BY_AGENT = re.compile(r"[\"”’']?\s+(?:[a-z]+\s+){0,3}?by\s+((?:the\s+)?(?:[\w'’&.-]+\s+){0,4}?[\w'’&.-]+?)"
                       r"(?=[.,;:]?\s*$|[.,;:]\s|\s+(?:who|which|on|in|at|after|before|over|for)\b)")


def _first_person_in(doc: ArticleView, start: int, end: int):
    """The person named first in ``[start, end)``, as the speaker of an -ing verb that opens no clause of its
    own: 'Mr Howard hit back, accusing Mr Blair of "lies"' (Mr Howard, not the one after the verb)."""
    first = doc.mentions_starting_in(start, end)
    return min(first) if first else None


# a name of up to four capitalised words (perhaps after "The") that opens a sentence, then a verb in the past
_NAME_THEN_VERB = re.compile(r"((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+[a-z]+ed\b")


def _opening_person(doc: ArticleView, start: int, end: int):
    """The person named first in ``[start, end)`` when they open the sentence, perhaps after a connective or a
    phrase: the subject an -ing verb later in the sentence shares ('Mr Howard hit back, accusing Mr Blair of
    "lies"'), not a name inside another noun phrase ("One operative inside Trump Tower …")."""
    first = _first_person_in(doc, start, end)
    if first is None:  # a name that opens the sentence before a verb: "The RAC welcomed the news, calling it …"
        name = _NAME_THEN_VERB.match(doc.text, start, end)
        return (name.start(1), name.end(1), None) if name else None
    lead = doc.text[start:first[0]].strip()
    if not lead or lead.endswith(",") or _CONNECTIVE.fullmatch(lead + " "):
        return first
    # a capitalised word may end a phrase of time ("On Monday Mr Howard …"), and a role comes before a name
    # ("Northampton coach Budge Pountney"), but a function word does not ("One operative inside Trump Tower")
    word = lead.split()[-1]
    return first if (word[:1].isupper() and word.lower() not in stopwords()) or word in role_groups() else None


def _passive_agent(doc: ArticleView, cue: tuple[int, int], q_end: int, sent_s: int, sent_e: int):
    """The agent of a passive verb that introduces a quoted fragment: "was described by Jobs as the “most important
    Mac”" (Jobs, named right after the verb), "has been branded a “disgraceful waste” by MPs" (MPs); None when the
    verb is not passive or no "by" follows it or the quotation."""
    cs, ce = cue
    if not _BE_BEFORE_CUE.search(doc.text, max(sent_s, cs - 14), cs):
        return None
    named = _BY_NAME_THEN_AS.match(doc.text, ce, sent_e)
    hit = doc.mention_starting_at(named.start(1)) if named else None
    if hit:
        return hit
    m = _BY_AGENT.match(doc.text, q_end, sent_e)
    if not m:
        return None
    hit = doc.mention_starting_at(m.start(1))
    return hit if hit and hit[1] == m.end(1) else (m.start(1), m.end(1), None)


def _join_interrupted(text: str, rows: list[dict]) -> list[dict]:
    """One row for a quotation interrupted by its attribution: ``"We are ready," she said. "We were ready."``
    and ``"We are ready," she said, "and we always were."`` (the second part continues the first or rests on
    the same attribution, in the same paragraph, with only the attribution between them). The row spans both
    parts; its words are theirs joined."""
    out: list[dict] = []
    for r in rows:
        prev = out[-1] if out else None
        if (prev is not None and prev["kind"] == r["kind"] == "direct" and "\n\n" not in text[prev["end"]:r["start"]]
                and r["start"] - prev["end"] <= 80
                and (r.get("continues") or (r["cue_start"] >= 0 and r["cue_start"] == prev["cue_start"]))
                and r["speaker"] == prev["speaker"]):
            prev.update(end=r["end"], quote=f"{prev['quote']} {r['quote']}")
            continue
        out.append(r)
    return out


def _continue(row: dict, prev: dict) -> None:
    """A quote without an attribution of its own takes the speaker of the one it continues, and the words
    that named that speaker (mention and offsets): they are the attribution this quote rests on."""
    row["speaker"] = prev["speaker"]
    row.update(mention=prev["mention"], mention_start=prev["mention_start"], mention_end=prev["mention_end"],
               continues=True)


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
