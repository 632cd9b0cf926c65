"""Reported speech outside quote marks: indirect ("Erdogan added that …") and unmarked ("…, he continued.").

Each sentence is read once; its rules, in order:

1. :func:`_cited_source`: an agency names its source ("CONTENT, Kazinform cites the press service");
2. :func:`_according_to`: "According to X, CONTENT" and "CONTENT, according to X.";
3. for every reporting cue of the sentence not attributed to a direct quote, :func:`_report_at_cue`
   tries, in order: a participle (:func:`_leading_participle_report`, "Reminding that X, Fidan said Y";
   :func:`_trailing_participle_report`, "…, adding that …"), the content before an inverted speaker
   (:func:`_inverted_report`, "CONTENT, said Batchelder."), the content before or around the subject
   (:func:`_content_first_report`, "CONTENT, he said." / "Unlike Germany, they say, Italy …") and the
   content after the verb (:func:`_content_after_report`, "X said (that) CONTENT").

A sentence, a cue and a speaker are (start, end) / (start, end, cue) / (start, end, person) tuples of
offsets into the article's text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..article import ArticleView
from ..lexicon import DATE_WORDS, data_lines, demonyms, document_verbs, honorifics, role_groups, stopwords
from ._according import _according_to, _cited_source
from ._content import _content_end, _indirect, _noun_phrase_object
from ._documents import _names_a_document
from ._inverted import _COMMA_THEN_ANY, _COMMA_THEN_WORD, _inverted_inside_report, _inverted_report
from ._patterns import (
    _ADVERBS,
    _AND_BEFORE_CUE,
    _CLAUSE_BEFORE_SUBJECT,
    _CLAUSE_MARK,
    _COMMA_AFTER_CUE,
    _COMMA_AT_END,
    _COMMA_BEFORE_SUBJECT,
    _CONNECTIVE,
    _END_AFTER_SPEAKER,
    _END_OR_CONJUNCTION,
    _FINITE_OR_PAST,
    _FIRST_PERSON,
    _INFINITIVE,
    _INTRO,
    _LISTENER_AT_END,
    _MEDIUM,
    _NO_CONTENT,
    _OBJECT_AFTER_CUE,
    _PERIOD,
    _PREPOSITIONS,
    _QUOTE_AFTER_CUE,
    _QUOTE_MARKS,
    _QUOTE_THEN_NAME,
    _SHARE_SUBJECT,
    _SUBORDINATING_WORDS,
    _TELLING_CUES,
    _THAT,
    _THAT_AFTER_CUE,
    _TIME_AFTER_CUE,
    _TITLE_OF_WORK,
    _TO_INFINITIVE,
    _VERB_AFTER_NAME,
    _WORDS_OPENING_CLAUSE,
    _be_at_end,
    _clause_words,
    _connective_word_re,
    _is_participle,
    _leading_not_subject,
    _needs_that,
    _noun_like,
)
from ._relayed import _quoted_as_saying, _relays_a_saying
from ._rows import _clean, _row
from ._subjects import (
    _described_opener,
    _determined_source,
    _plausible_source,
    _subject_after,
    _subject_before,
    _unnamed_opener,
)

# a title in quotation marks, its words capitalised: "In an interview on CBS's "Face the Nation," …"
_QUOTED_TITLE = re.compile(r"[\"“]" + _TITLE_OF_WORK + r",?[\"”]")


def _reported(doc: ArticleView, marked: list[dict]) -> list[dict]:
    """Indirect and unmarked speech in the sentences outside quote marks."""
    rows: list[dict] = []
    attributed = {(r["cue_start"], r["cue_end"]) for r in marked if r["cue_start"] >= 0 and r["kind"] == "direct"}
    speaker_of = _speakers_by_sentence(doc, marked)
    for i, (s_start, s_end, sent) in enumerate(doc.sents):
        dateline = _DATELINE.match(sent) if i < 3 else None  # (only near a story's start: "EADS - …'s owner - said")
        if dateline:  # "WASHINGTON (Reuters) - U.S. presidential candidate Hillary Clinton said …"
            s_start, sent = s_start + dateline.end(), sent[dateline.end():]
        found_here = _cited_source(doc, s_start, sent) + _according_to(doc, (s_start, s_end), sent)
        for cue in doc.cues_in(s_start, s_end):
            if (cue[0], cue[1]) in attributed or doc.inside_marks(cue[0]):
                continue
            row = _report_at_cue(doc, (s_start, s_end), cue, found_here, speaker_of.get((s_start, s_end)))
            if row is not None:
                found_here = [r for r in found_here if not _noun_in_subject_of(row, r)]
                found_here.append(_who_names_the_speaker(doc, row, cue))
        rows.extend(r for r in found_here if not r.get("object_only"))
    return rows


def _noun_in_subject_of(row: dict, earlier: dict) -> bool:
    """Whether an earlier row of the sentence with the same content had its cue inside this row's subject, a
    noun there: "A separate report by Jupiter forecasts that …" (not "report" but "forecasts")."""
    return earlier["start"] == row["start"] and earlier["end"] == row["end"] \
        and row["mention_start"] <= earlier["cue_start"] < row["mention_end"]


# a wire story's dateline before its first sentence: a place in capitals ("WASHINGTON", "PORTLAND, Ore.") or a date,
# perhaps the agency in brackets, and a dash
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’ ]{2,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^()\n]{1,30}\)\s*)?"
                       r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^()\n]{1,30}\)\s*)(?:--|[-—–])\s+(?=[A-Z])")


def _who_names_the_speaker(doc: ArticleView, row: dict, cue: tuple[int, int, str]) -> dict:
    """A report in a relative clause ("Ted Cruz, who said he would …") keeps its speaker, the person before
    "who", but the words that name them at the verb are "who", as readers mark them (changed in place)."""
    who = _WHO_BEFORE_CUE.search(doc.text, max(0, cue[0] - 60), cue[0])
    if who and row["speaker"] and row["mention_end"] <= who.start() + 1:
        w = re.search(r"\bwho\b", doc.text[who.start():cue[0]])
        if w:
            row.update(mention="who", mention_start=who.start() + w.start(), mention_end=who.start() + w.end())
    return row


def _speakers_by_sentence(doc: ArticleView, marked: list[dict]) -> dict[tuple[int, int], dict]:
    """Sentence (start, end) -> the direct quote whose reporting verb stands in it: it gives that sentence's
    speaker for a trailing participle (the last such quote, in text order), also when only the words that name
    them are known yet ("the New York businessman said, arguing that …")."""
    speaker_of: dict[tuple[int, int], dict] = {}
    for r in marked:
        if r["kind"] == "direct" and (r["speaker"] or r["mention_start"] >= 0) and r["cue_start"] >= 0:
            s, e = doc.sentence_at(r["cue_start"])
            if e > r["cue_start"]:  # (the cue is inside a sentence)
                speaker_of[(s, e)] = r
    return speaker_of


# --------------------------------------------------------------------------
# rule 3: a reporting cue


def _report_at_cue(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], earlier: list[dict],
                   sentence_speaker: dict | None) -> dict | None:
    """The report whose verb is ``cue``, or None. ``earlier`` are the reports found before it in the sentence;
    ``sentence_speaker`` the direct quote whose verb stands in the sentence, if any."""
    text, (s_start, s_end), (cs, ce, verb) = doc.text, sent, cue
    c_start, has_that = _content_start(text, cue, s_end)
    if _not_a_report(doc, sent, cue, has_that):
        return None
    if _relays_a_saying(text, ce):
        return None  # "The FT reported a union source as saying …": reported at "saying"
    relayed = _quoted_as_saying(doc, sent, cue, c_start) if verb.lower() == "saying" else None
    if relayed is not None:  # "Reuters quoted one trader as saying …": the trader
        return relayed
    # an -ing form after "is", "was", "has been" is the progressive, a finite verb: "The White House is
    # saying that …"
    if _is_participle(verb) and not _be_at_end(text[max(s_start, cs - 24):cs].rstrip()):
        if cs == s_start:
            return _leading_participle_report(doc, sent, cue, c_start, has_that)
        return _trailing_participle_report(doc, sent, cue, c_start, earlier or [sentence_speaker])
    subj = _speaker_before(doc, sent, cs)
    connective = bool(subj) and subj[2] is None and bool(_connective_word_re().fullmatch(text, subj[0], subj[1])) \
        and text[subj[1]:cs].strip() == ","
    if connective:
        subj = None  # "Instead, said Mr Doctorow, …": a connective, not the subject
    if earlier and earlier[-1]["mention_start"] >= s_start and _AND_BEFORE_CUE.search(text, max(s_start, cs - 16), cs) \
            and (subj is None or subj[2] is None):
        # "X conceded there were … but said …": the second verb's subject is the first one's
        e = earlier[-1]
        subj = (e["mention_start"], e["mention_end"], e["speaker"])
    if _COMMA_AT_END.search(text[s_start:cs]) and not verb.lower().startswith(("told", "tell")):
        # "CONTENT, said Batchelder." When a noun phrase stands before the comma ("…alter the
        # campaign, noted NBC's Dante Chinni."), the speaker after the verb must be a known person.
        # ("…, told Associated Press": after "told" comes the listener, not the speaker.)
        after_subj = _subject_after(doc, ce)
        if after_subj and (subj is None or after_subj[2] or _determined_source(text, subj, after_subj)):
            if _END_AFTER_SPEAKER.match(text[after_subj[1]:s_end]):
                return _inverted_report(doc, sent, cue, after_subj)
            if (_COMMA_THEN_ANY if connective else _COMMA_THEN_WORD).match(text, after_subj[1]):
                return _inverted_inside_report(doc, sent, cue, after_subj)
        if subj is None:
            return None
    if subj is None or subj[0] < s_start:
        return None
    if _MODAL.search(text, subj[1], cs) and verb.lower() not in _future_speech_verbs():
        return None  # "will continue his training": no speech announced
    # a report inside another's content: "Mr Howard said Mr Blunkett had said he had …"
    nested = bool(earlier) and earlier[-1]["kind"] == "indirect" and earlier[-1]["start"] == subj[0] \
        and subj[2] is not None and not re.match(r"['’]", text[subj[1]:subj[1] + 1])  # (a person, no owner)
    nested = nested or bool(_WHICH_BEFORE_CUE.search(text, max(s_start, cs - 60), cs))  # ("…, which said")
    subj, before_subj = (subj, text[s_start:subj[0]]) if nested else _with_opening_words(text, s_start, subj)
    if verb.lower() in document_verbs() and not (_names_a_document(text[subj[0]:subj[1]])
                                                 and (has_that or text[subj[0]:subj[1]].split()[-1].lower() != "it")):
        return None  # "the study found that …" reports; "he found that the door was locked" does not
    # the reporting clause is a main clause after a comma, also with a conjunction:
    # "…, but Shelby said he refused"
    if _AS_BEFORE.fullmatch(text, s_start, subj[0]):  # "As Mr Brown said last week, the economy is strong."
        return _as_report(doc, sent, cue, subj)
    # "…, who said": a clause of its own ("…, which said" makes the report a nested one above)
    relative = _WHO_BEFORE_CUE.search(text, max(s_start, cs - 40), cs)
    if before_subj.strip() and not relative and not nested and not _CLAUSE_BEFORE_SUBJECT.search(before_subj) and not (
            _INTRO.match(before_subj) and (subj[2] or text[subj[0]:subj[0] + 1].isupper())
            and not any(c in _QUOTED_TITLE.sub("", before_subj) for c in _QUOTE_MARKS)):
        return None  # the verb is not the main reporting clause of this sentence
    content_first, inside = _content_before(text, sent, cue, before_subj, has_that)
    if content_first or inside:
        if _MODAL.search(text, subj[1], cs):
            return None  # "…, Donald Trump will insist on …": a speech to come is announced, not quoted after it
        return _content_first_report(doc, sent, cue, subj, before_subj, inside)
    row = _content_after_report(doc, sent, cue, subj, before_subj, c_start, has_that)
    if row is not None and not has_that and _noun_phrase_object(verb, row["quote"]):
        row["object_only"] = True  # no report, but its subject speaks in a participle after it (see _reported)
    return row


_TIME_WORD = re.compile(r"(?:19|20)\d\d|" + _PERIOD + r"|spring|summer|autumn|winter")
_AS_BEFORE = re.compile(r"\s*As\s+")
# the words between "As X said" and its comma: a time, a place or a manner, no clause ("last week", "in a speech")
_AS_SAID_TAIL = re.compile(r"(?:\s+(?!(?:that|it|he|she|they|we|the|a|an)\b)[\w'’-]+){0,8}?\s*,\s+")


def _as_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], subj: tuple) -> dict | None:
    """"As Mr Brown said last week, the economy is strong": the content is the clause after the comma."""
    text, s_end = doc.text, sent[1]
    tail = _AS_SAID_TAIL.match(text, cue[1], s_end)
    if not tail or "that" in text[cue[1]:tail.end()].split():
        return None
    c_end = _content_end(doc, tail.end(), s_end)
    return _indirect(text, tail.end(), c_end, subj, cue) if c_end > tail.end() else None


_WHEN_BEFORE_CONTENT = re.compile(
    r"\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:last|this|earlier\s+this|late\s+last)\s+"
    r"(?:week|month|year|night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))(?=\s+(?:it|he|she|they|we|the|its|his|"
    r"her|their|a|an|[A-Z]))")


def _content_start(text: str, cue: tuple[int, int, str], s_end: int) -> tuple[int, bool]:
    """Where the content after a cue starts (after "that" and a listener: "told reporters that …"), and whether
    "that" opens it."""
    _, ce, verb = cue
    after = text[ce:s_end]
    # "that" may come after a phrase of time or place, also one with a place name in commas: "says at a
    # campaign stop in Toledo, Ohio, that …"
    has_that = _THAT_AFTER_CUE.match(after)
    obj = _OBJECT_AFTER_CUE.match(after) if verb.lower().startswith(_TELLING_CUES) else None
    c_start = ce + (has_that.end() if has_that else (obj.end() if obj else 0))
    when = _WHEN_BEFORE_CONTENT.match(text, c_start, s_end) if not has_that and not obj else None
    if when:  # "said on Wednesday it had bought …": the day is when it was said, not what
        c_start = when.end()
    if obj and not has_that:
        # "told reporters that …", also after a time or place: "told CBS This Morning on Monday that …"
        t2 = _THAT.match(text[c_start:s_end]) or _THAT_AFTER_CUE.match(text[c_start:s_end])
        if t2:
            c_start += t2.end()
            has_that = t2
    c_start += len(text[c_start:s_end]) - len(text[c_start:s_end].lstrip())
    return c_start, bool(has_that)


_NAME_RIGHT_BEFORE = re.compile(r"(?<![\w'’.-])(?<!the )(?<!The )(?<!a )(?<!A )(?<!'s )(?<!’s )[A-Z][\w'’.-]+\s+$")
_CLAUSE_OPENS = re.compile(r"\s+(?:its|his|her|their|the|a|an|he|she|it|they|we|this|that)\b")


def _noun_like_as_verb(text: str, s_start: int, cue: tuple[int, int, str]) -> bool:
    """Whether a cue that is as often a noun ("claims", "reports", "estimates") is the verb here: a name
    stands right before it and a clause opens right after it ("Yukos claims its downfall was …")."""
    cs, ce, verb = cue
    before = text[max(s_start, cs - 40):cs]
    plural = not verb.lower().endswith("s") and _PLURAL_RIGHT_BEFORE.search(before)  # "The unions claim Fiat is …"
    opens = _CLAUSE_OPENS.match(text, ce) or (plural and _NAME_NEXT.match(text, ce))
    return verb.lower() in _noun_like() and bool(_NAME_RIGHT_BEFORE.search(before) or plural) and bool(opens)


_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
# a plural subject right before a verb in its base form: "the unions", "critics", "they"
_PLURAL_RIGHT_BEFORE = re.compile(r"(?:\b(?:they|we|They|We)|\b[a-z]{3,}[^s'’]s)\s+$")


# the verb ends its sentence (perhaps with when it was said): "…, a new study shows."
_ENDS_SENTENCE = re.compile(r"\s*(?:(?:on|last|this|earlier|late)\s+[\w ]{1,20}?)?\s*[.!?]?\s*$")
# a comma and a short subject right before the verb: ", a new study ", ", research "
_COMMA_THEN_SUBJECT = re.compile(r",\s+(?:[\w'’-]+\s+){1,5}$")


def _narration_after_quote(doc: ArticleView, q_start: int) -> bool:
    """Whether the narrator's words go on after the quotation that opens at ``q_start``: "“…” despite his loss",
    but not '"…," said David Bloom' (a comma inside the marks hands over to the attribution)."""
    q_end = next((end for start, end, _, _ in doc.marks if start == q_start), q_start)
    return q_end > q_start and doc.text[q_end - 2:q_end - 1] not in ",?!" and bool(
        re.match(r"\s+[a-z]", doc.text[q_end:q_end + 3]))


def _not_a_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], has_that: bool) -> bool:
    """A cue that introduces a direct quote, lacks the that-clause it needs, or is an infinitive."""
    text, (s_start, s_end), (cs, ce, verb) = doc.text, sent, cue
    after = _QUOTE_AFTER_CUE.match(text, ce, s_end)
    if after and not (after.group().strip() != ":" and _quote_opens_content(doc, after.end() - 1, s_end)
                      and _narration_after_quote(doc, after.end() - 1)):
        return True  # 'said: "…"' introduces a direct quote (but 'says “the wind is at our backs” despite …' a report)
    if _noun_like_as_verb(text, s_start, cue):
        return bool(_INFINITIVE.search(text[max(s_start, cs - 8):cs]))  # "Yukos claims its downfall was …"
    if (_needs_that(verb) or verb.lower() in _noun_like()) and not has_that and not (
            _COMMA_AT_END.search(text[s_start:cs]) and _subject_before(doc, cs, s_start) is None) \
            and not (_ENDS_SENTENCE.match(text, ce, s_end) and _COMMA_THEN_SUBJECT.search(text, s_start, cs)):
        # (an inverted attribution, "…, noted NBC's Dante Chinni.", is a verb without "that"; so is one after its
        # content: "…, a new study shows.")
        return True
    return bool(_INFINITIVE.search(text[max(s_start, cs - 8):cs]))  # an infinitive or "let's say", not a report


def _leading_participle_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], c_start: int,
                               has_that: bool) -> dict | None:
    """"Reminding that X, Fidan said Y": a participle that opens the sentence; the speaker comes later."""
    text, (s_start, s_end), (cs, _, _) = doc.text, sent, cue
    later = [c for c in doc.cues_in(cs + 1, s_end) if not _is_participle(c[2])]
    if not later or not has_that:
        return None
    subj = _subject_before(doc, later[0][0], s_start)
    if subj is None:
        return None
    c_end = len(text[:subj[0]].rstrip(" ,"))
    if c_end <= c_start:
        return None
    return _indirect(text, c_start, c_end, subj, cue)


# a comma inside a closing quote mark: 'Peabody said: "…," adding that …'
_COMMA_AND_MARK_AT_END = re.compile(r",[\"”’']\s*$")
# "by" before the -ing form: "Trump picked up from his daughter by saying he is ready …"
_BY_AT_END = re.compile(r"\sby\s+$")


# "with" and the subject of the -ing form after it: "with some analysts saying", "with Rovers boss Mark Hughes
# claiming"
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w'’.-]+\s+){1,6})$")
# a statement or letter (and when it came) right before the -ing form: "issued a statement late on Friday saying"
_MEDIUM_NOUN_BEFORE = re.compile(r"\b(?:statement|letter|note|release|e-?mail|message)(?:\s+(?:late|early|on|last|"
                                 r"this|earlier|[A-Z][a-z]+day|[a-z]+ing|night|morning|week))*\s+$")


def _with_subject(doc: ArticleView, s_start: int, cs: int) -> tuple[int, int, str | None] | None:
    """The subject of an -ing form after "with" ("with some analysts saying …"): a person, or a plausible
    source of up to six words."""
    m = _WITH_SUBJECT.search(doc.text, s_start, cs)
    if not m:
        return None
    words = m.group(1).split()
    while words and re.fullmatch(r"[a-z]+ly", words[-1]):  # "with Tony Blair hastily adding"
        words.pop()
    if len(words) < 2 and (not words or words[0].lower() in stopwords()):
        return None  # ("with some saying": some of whom the sentence does not say)
    if any(w.lower() in stopwords() for w in words[1:]) \
            or words[0].lower() in stopwords() - {"some", "many", "most", "several", "other", "the"}:
        return None  # (not a subject: "with Sir Alex Ferguson by claiming", "with Mr Dixon quoted as saying")
    start = m.start(1)
    end = start + len(" ".join(words))
    hit = doc.mention_ending_at(end)
    if hit and hit[0] >= start:
        return hit
    return (start, end, None) if _plausible_source(doc.text[start:end]) else None


def _trailing_participle_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], c_start: int,
                                sources: list[dict | None]) -> dict | None:
    """"…, adding that …": a participle after a comma continues the clause before it, whose speaker (and the
    words naming them) it takes: the last report found in the sentence (``sources[-1]``), else the speaker of a
    direct quote whose verb stands in the sentence."""
    text, (s_start, s_end), (cs, _, _) = doc.text, sent, cue
    by = _BY_AT_END.search(text, s_start, cs)
    own = _with_subject(doc, s_start, cs)  # "… - with some analysts saying this could …"
    if not _COMMA_AT_END.search(text[s_start:cs]) and not _COMMA_AND_MARK_AT_END.search(text, s_start, cs) \
            and not by and not own and not _MEDIUM_NOUN_BEFORE.search(text, s_start, cs):
        return None
    source = sources[-1] if not own else {"speaker": own[2], "mention": text[own[0]:own[1]],
                                           "mention_start": own[0], "mention_end": own[1]}
    opener = _sentence_opener(doc, s_start) if source is None else None
    if source is None and (opener is None or (opener[2] is None and not _named_twice(text, opener)
                                              and not _described_opener().fullmatch(text, opener[0], opener[1]))):
        return None  # (an organisation opens it when the article names it twice: "Vivendi has rejected …", or a
        # group described: "A British Muslim group has criticised …, claiming …")
    c_end = _content_end(doc, c_start, s_end)
    if c_end <= c_start or _PREPOSITIONS.match(text[c_start:c_end]) or (
            text[c_start] in ",\"“«‘'" and not _quote_opens_content(doc, c_start, c_end)):
        return None  # (no content, or a direct quote, found already)
    described = source is None and opener is not None and opener[2] is None and not _named_twice(text, opener)
    if (by or own or described) and not _FINITE_OR_PAST.search(text, c_start, c_end) \
            and not (described and _CLAUSE_OPENING.match(text, c_start)):
        return None  # "by claiming an impressive 400m victory", "by saying the actor's name": no clause reported
    if source is None:  # "Mr Kennedy used his TV appearance to defend …, saying it would …": the one who opens it
        return _indirect(text, c_start, c_end, opener, cue)
    row = _indirect(text, c_start, c_end, None, cue)
    for key in ("speaker", "mention", "mention_start", "mention_end"):
        row[key] = source[key]
    return row


_OPENING_NAME = re.compile(r"[A-Z][\w&'’./-]*(?:\s+[A-Z][\w&'’./-]*){0,5}")


# a lower-case role or person noun after "The Tory": "The Tory co-chairman", "The Tory leader"
_ROLE_NEXT = re.compile(r"\s+(?:[a-z]+-)?(?:" + "|".join(
    sorted(map(re.escape, {r for r in role_groups() if " " not in r}), key=len, reverse=True)) + r")\b")
_WHO_BEFORE_CUE = re.compile(r",\s*who\s+" + _ADVERBS + r"$")
# "…, which said", "The IAAF - which said", "organisations which have publicly stated", "an architect who said"
_WHICH_BEFORE_CUE = re.compile(r"(?:,|\s[-–—])?\s+(which|who)\s+" + _ADVERBS + r"$")
# what "which" stands for: a name ("Vodafone", "The IAAF") or a short plural noun phrase ("exporter
# organisations")
_NAME_WORDS = r"(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|&)\s+)?){0,4}[A-Z][\w&'’.-]*"
_BEFORE_WHICH = re.compile(r"(?<![\w'’-])((?:[Tt]he\s+)?" + _NAME_WORDS + r"(?:\s+(?:on|in|at|from)\s+(?:the\s+)?"
                           + _NAME_WORDS + r")?|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s"
                           r"|(?:an?|one)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:\s+\([A-Z][\w&]{1,9}\))?\s*$")
# after "who" or "which", a verb that reports only when it is one of saying or a that-clause follows
_SPEECH_AFTER_RELATIVE = re.compile(r"(?:said|says|say|told|tells|added|adds|claimed|claims|insisted|"
                                    r"insists|argued|argues|alleged|warned|warns|stated|states)\b|[a-z]+\s+that\b")
_NOT_THE_SOURCE = frozenset(("from", "by", "to", "with", "for", "against", "on", "in", "at", "of", "and", "but",
                             "had", "has", "have", "is", "was", "are", "were"))


def _which_subject(doc: ArticleView, s_start: int, cs: int) -> tuple[int, int, str | None] | None:
    """The organisation, group or unnamed person a "which" or "who" before the verb stands for: "…, backed by
    Vodafone, which said it would invest"; "pressure from exporter organisations which have publicly stated
    …"; "an architect who said he was stiffed" (a person named before "who" is found before this)."""
    which = _WHICH_BEFORE_CUE.search(doc.text, max(s_start, cs - 60), cs)
    if which and not _SPEECH_AFTER_RELATIVE.match(doc.text, cs):
        return None  # "people who write computer viruses", "pundits who maintain their own journals"
    np_ = _BEFORE_WHICH.search(doc.text, max(s_start, which.start() - 80), which.start()) if which else None
    if np_ is None or np_.group(1).split()[-1].lower() in stopwords() \
            or (which.group(1) == "which" and np_.group(1).split()[0] in ("a", "an", "one")):
        return None  # (a thing is no source: "a policy which says nothing")
    start = np_.start(1)
    for word in np_.group(1).split()[:-1]:  # (not "from" before the noun: "from exporter organisations")
        if word.lower() not in _NOT_THE_SOURCE:
            break
        start = doc.text.index(word, start) + len(word) + 1
    hit = doc.mention_ending_at(np_.end(1))
    return (start, np_.end(1), hit[2] if hit else None)


def _speaker_before(doc: ArticleView, sent: tuple[int, int], cs: int) -> tuple[int, int, str | None] | None:
    """The subject of the verb at ``cs``; after "and", the person who opens the sentence."""
    text, (s_start, _) = doc.text, sent
    share = _SHARE_SUBJECT.search(text, s_start, cs)
    if share:  # "only 34% said …", "65% of the 1,000 people interviewed said …": a share of the people asked
        return share.start("share"), share.end("share"), None
    who = _WHO_BEFORE_CUE.search(text, max(s_start, cs - 60), cs)
    if who:  # "Jay-Z, who said he would make no more music": Jay-Z; "McConnell, now the leader, who in 2010 said"
        comma = text.rfind(",", max(s_start, who.start() - 80), who.start())
        hit = doc.mention_ending_at(who.start()) or (doc.mention_ending_at(comma) if comma > 0 else None)
        if hit:
            return hit
    which = _which_subject(doc, s_start, cs)
    if which:
        return which
    subj = _subject_before(doc, cs, s_start)
    if subj is None and _AND_BEFORE_CUE.search(text, max(s_start, cs - 16), cs):
        # "Ted Cruz urged Republicans to … and said he was …": the person who opens the sentence, when
        # no comma or other clause stands between them and the verb
        first = _sentence_opener(doc, s_start)
        if first and not _CLAUSE_MARK.search(text, first[1], cs):
            subj = first
    return subj


def _named_twice(text: str, span: tuple[int, int, str | None]) -> bool:
    """Whether the words at ``span`` are a name the article writes more than once."""
    name = text[span[0]:span[1]]
    return len(name) > 2 and text.count(name) > 1


# the lower-case nouns after a nationality, and the name after them: "(Dutch) firm Heineken"
_NAME_AFTER_NOUNS = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")


def _sentence_opener(doc: ArticleView, s_start: int) -> tuple[int, int, str | None] | None:
    """The subject that opens a sentence (after a connective), a person or a name, when a verb follows it."""
    text = doc.text
    opener = _CONNECTIVE.match(text, s_start)
    at = opener.end() if opener else s_start
    first = doc.mention_starting_at(at)
    if first is None or not first[2]:  # or a name that is no person's: "Volkswagen is considering …, but said"
        name = _OPENING_NAME.match(text, at)
        words = name.group().split() if name else []
        # (a name, perhaps after "The": "The Conservatives are yet to …, but said …")
        first = (at, name.end(), None) if words and (words[0].lower() not in stopwords() or (
            words[0] == "The" and len(words) > 1 and not _ROLE_NEXT.match(text, name.end()))) else None
        ending = [m for m in doc.mentions_starting_in(at, first[1]) if m[1] == first[1] and m[2]] if first else []
        named = _NAME_AFTER_NOUNS.match(text, first[1]) if first and text[at:first[1]] in demonyms() else None
        if named and _VERB_AFTER_NAME.match(text, named.end()):  # "Dutch firm Heineken saw …": Heineken
            first = (named.start(1), named.end(), None)
        elif ending:  # "Mr Kennedy", "Moazzam Begg's Labour MP Roger Godsiff": the person the run ends with
            first = (at, first[1], ending[0][2])
        elif first and text[first[0]:first[1]].endswith(("'s", "’s")):  # "Labour's deputy minister Jacqui Smith"
            first = _person_after_owner(doc, at, first[1]) or first
    if first is None or not first[2]:  # "South African president Thabo Mbeki has attacked …"
        first = _person_after_title(doc, at) or first
    if first is None:  # an unnamed source: "A Labour party spokesman played down … and said"; a group
        unnamed = _unnamed_opener().match(text, at)
        described = _described_opener().match(text, at) if unnamed is None else None
        if described and not _NOT_A_VERB_NEXT.match(text, described.end()):  # ("The game requires users to …")
            unnamed = described
        first = (at, unnamed.end(), None) if unnamed else None
    return first if first and _VERB_AFTER_NAME.match(text, first[1]) else None


# a title of capitalised words and nouns: not a function word, a fronted phrase's preposition, a pronoun or a
# verb ("Ukraine recently ousted long-serving leader Leonid Kuchma", "During his speech Mr Allard")
_TITLE_BEFORE_NAME = re.compile(r"(?:(?!(?i:the|a|an|in|on|at|to|by|with|from|after|before|as|when|while|but|and|"
                                r"during|despite|following|since|although|though|if|for|of|his|her|their|its)\s)"
                                r"(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*(?<!ed)(?<!ly)(?<!ing))\s+){1,6}")


def _person_after_title(doc: ArticleView, at: int) -> tuple[int, int, str] | None:
    """The person named after the title that opens a sentence, all of it the mention: "South African president
    Thabo Mbeki", "Minister for Children Margaret Hodge" (no comma, article or clause word before the name)."""
    for s, e, person in sorted(doc.mentions_starting_in(at + 1, min(len(doc.text), at + 80))):
        if person and _TITLE_BEFORE_NAME.fullmatch(doc.text, at, s) and doc.text[s:e].lower() not in _PRONOUNS:
            return at, e, person
        break
    return None


_PRONOUNS = frozenset(("he", "she", "his", "her", "him", "they", "their"))
# the subject that opens a clause: "…, claiming it portrays Islam unfairly" (not "their vehicles and to …")
_CLAUSE_OPENING = re.compile(r"(?:it|they|he|she|we|there|this|these|those|the|a|an|some|most|many|[A-Z0-9])\b")
_NOT_A_VERB_NEXT = re.compile(r"\s+(?:to|and|or|of|in|on|at|for|with|from|by|who|which|that)\b")


def _person_after_owner(doc: ArticleView, at: int, owner_end: int) -> tuple[int, int, str] | None:
    """The person an owner's description names, within six words: "Labour's deputy minister for women Jacqui
    Smith accused …" -> Jacqui Smith (the words from ``at`` to the name are the mention)."""
    limit = min(len(doc.text), owner_end + 80)
    for s, e, person in sorted(doc.mentions_starting_in(owner_end, limit)):
        if person and "," not in doc.text[owner_end:s] and len(doc.text[owner_end:s].split()) <= 6:
            return at, e, person
    return None


def _subject_lead(before_subj: str) -> re.Match | None:
    """The words before the subject that may describe it: the ones that open the sentence, or a clause
    after a colon, "where" or "because"; None when they are a clause of their own."""
    lead = _WORDS_OPENING_CLAUSE.search(before_subj) if before_subj.strip() else None
    lead_words = lead.group(lead.lastindex).lower().split() if lead else []
    if lead and not all(w in _leading_not_subject() for w in lead_words) and any(
            w in (_clause_words() if lead.group(1) else stopwords()) for w in lead_words):
        return None  # only words that may describe the subject ("There were also other deals", "where he
        # had headed when CAO announced", "because of a guilty plea, says …" are other clauses)
    if len(lead_words) > 1 and lead_words[-1] in _SUBORDINATING_WORDS:
        return None  # a clause of its own ends with a subordinating word: "The deal came as the group announced"
    if lead and lead.group(2) and before_subj[:lead.start(2)].rstrip().endswith(",") \
            and len(lead.group(2).split()) > 2:
        return None  # after a comma, at most two words: "…, elected officials from both parties say"
    if lead and lead.group(2) and lead_words[0].endswith("ed") \
            and re.search(r"\b(?:and|but|yet)\s+$", before_subj[:lead.start(2)]):
        return None  # a second verb of the clause before: "…, but accepted many experts said"
    return lead


# the medium of a statement that opens the sentence with no comma: "In a joint statement the firms said"
_IN_A_MEDIUM = re.compile(r"\s*(?:In|in)\s+" + _MEDIUM)


_TITLE_AFTER_COMMA = re.compile(r",\s+(" + _TITLE_BEFORE_NAME.pattern + r")$")


def _with_opening_words(text: str, s_start: int, subj: tuple) -> tuple[tuple, str]:
    """The subject with the words that open its clause, and the text of the sentence before it."""
    glued = re.search(r"[A-Za-z]+-$", text[s_start:subj[0]])
    if glued:  # "Vice-President Dick Cheney": the first half of a hyphenated title belongs to the subject
        subj = (subj[0] - len(glued.group()), subj[1], subj[2])
    before_subj = text[s_start:subj[0]]
    lead = _subject_lead(before_subj)
    if subj[2] and _TITLE_RUN.fullmatch(before_subj):
        # a long title of capitalised words before a person: "Republican National Committee Research
        # Director Raj Shah said …"
        return (s_start, subj[1], subj[2]), ""
    titled = _TITLE_AFTER_COMMA.search(before_subj) if subj[2] else None
    if titled and any(w.lower() in role_groups() or w.lower().rstrip(".") in honorifics()
                      for w in titled.group(1).split()[-2:]):
        # a title after the content's comma: "Others targeted include …, Lib Dem's elections chief Lord Rennard said"
        return (s_start + titled.start(1), subj[1], subj[2]), before_subj[:titled.start(1)]
    joined = _JOINED_TITLE.search(before_subj) if subj[2] else None
    if joined and joined.group("role").strip().lower() in role_groups():
        # a title that joins two teams or posts: "However, former Spurs and England defender Gary Stevens said"
        return (s_start + joined.start("title"), subj[1], subj[2]), before_subj[:joined.start("title")]
    if _CONNECTIVE.fullmatch(before_subj) or _IN_A_MEDIUM.fullmatch(before_subj):
        before_subj = ""  # "But the company said …", "In a joint statement the firms said …": not the subject
    elif lead:
        # the words that open the sentence, or the clause after a colon, "where" or "because", belong
        # to the subject: "Stein spokeswoman Melezia Figueroa said …", "…: Civil rights activists say"
        g = 1 if lead.group(1) else 2
        words = lead.group(g).split()
        if not all(w.lower() in _leading_not_subject() or w.lower() in DATE_WORDS or _TIME_WORD.fullmatch(w.lower())
                   for w in words):  # (not "In 1998", "This week": "In 1998 the party said")
            subj = (s_start + lead.start(g), subj[1], subj[2])
        before_subj = before_subj[:lead.start(g)]  # (but "Until December Microsoft said": "Microsoft")
    return subj, before_subj


def _content_before(text: str, sent: tuple[int, int], cue: tuple[int, int, str], before_subj: str,
                    has_that: bool) -> tuple[bool, re.Match | None]:
    """Whether the content stands before the subject after a comma ("CONTENT, he continued." / "CONTENT, X said
    on Monday." / "CONTENT, he said, and …"), and else the comma after the cue when the attribution stands
    inside its content ("Unlike Germany, they say, Italy …")."""
    (_, s_end), (_, ce, verb) = sent, cue
    rest = text[ce:s_end]
    after_comma = bool(_COMMA_BEFORE_SUBJECT.search(before_subj)) and not has_that
    phrase = _PHRASE_THEN_COMMA.match(rest) if after_comma else None
    if phrase:  # "These employees, Stumpf explained earlier in the hearing, were well-paid"
        return False, phrase
    if after_comma and not _TO_INFINITIVE.match(rest) and (
            _END_OR_CONJUNCTION.match(rest) or _PREPOSITIONS.match(rest.strip())
            or _TIME_AFTER_CUE.match(rest)
            or (verb.lower().startswith(("told", "tell")) and _LISTENER_AT_END.match(rest))):
        return True, None
    return False, _COMMA_AFTER_CUE.match(rest) if after_comma else None


_PHRASE_THEN_COMMA = re.compile(r"\s+(?:earlier|later|again|also|yesterday|today|on|in|at|during|after|before)\b"
                                r"[^,;:.\"“”]{0,50},\s*(?=[a-z])(?!(?:and|but|or|as|while|before|after|when)\b)")


def _content_first_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], subj: tuple,
                          before_subj: str, inside: re.Match | None) -> dict | None:
    """"CONTENT, he said." The content before the subject, and with ``inside`` (the comma after the cue) its
    second part after the attribution: "Unlike Germany, they say, Italy has many small firms"."""
    text, (s_start, s_end), (_, ce, _) = doc.text, sent, cue
    c_start = s_start
    c_end = s_start + len(before_subj.rstrip(" ,"))
    if c_end <= c_start or doc.inside_marks(c_start) or _QUOTE_THEN_NAME.search(text, c_start, c_end):
        return None  # (a quotation and a name before the subject: a direct quote, attributed already)
    pieces = [(c_start, c_end)]
    if _connective_word_re().fullmatch(text, c_start, c_end):  # "However, it stressed, …": not content
        if not inside:
            return None
        pieces, c_start = [], ce + inside.end()
    b_start = ce + inside.end() if inside else s_end
    b_end = _content_end(doc, b_start, s_end) if inside else s_end
    # (but ", adding that …" is a second report, found with its participle)
    if inside and b_end > b_start and not _is_participle(text[b_start:b_end].split(None, 1)[0]):
        pieces.append((b_start, b_end))
        c_end = b_end
    if not pieces:
        return None
    kind = "unmarked" if _FIRST_PERSON.search(text[c_start:c_end]) else "indirect"
    return _row(c_start, c_end, _clean(text, pieces), kind, subj, cue, text)


def _quote_opens_content(doc: ArticleView, c_start: int, c_end: int) -> bool:
    """Whether a quoted phrase only opens the content, which goes on after it: "says 'card-not-present'
    fraud … has risen" (a partial quote inside reported speech, not a direct quote)."""
    for q_start, q_end, _, closed in doc.marks:
        if q_start - 1 <= c_start <= q_start:
            return closed and len(doc.text[q_end:c_end].split()) >= 3
    return False


# a closing quote mark (and a comma) right before the subject: '"…," the minister said …'
_QUOTATION_RIGHT_BEFORE = re.compile(r"[\"“”«»‘’']\s*,?\s*$|,[\"“”«»‘’']\s*$")
# capitalised words joined by "and" and a role after them, at the start of a clause, before a person's name
_JOINED_TITLE = re.compile(r"(?:^|[,;:]\s+)(?P<title>(?:(?:former|ex-)\s*)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*"
                           r"\s+(?:and|&)\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*\s+(?P<role>[a-z]+(?:\s+[a-z]+)?)\s+)$")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){5,10}")
_MODAL = re.compile(r"\b(?:will|would)\b")


@lru_cache(maxsize=1)
def _future_speech_verbs() -> frozenset[str]:
    """Verbs whose future announces a speech ("He will say …"): lib/data/future_speech_verbs.txt."""
    return frozenset(data_lines("future_speech_verbs.txt"))


# a short phrase after the verb, and a clause with a pronoun for its subject: "said after the convention he …"
_PHRASE_THEN_CLAUSE = re.compile(r"(?:at|on|in|during|after|before|since|over|with|from)\s+(?:[\w'’.-]+\s+){1,7}?"
                                 r"(?=(?:he|she|they|it|we|I|there)\s+[a-z])")


def _opens_its_clause(doc: ArticleView, s_start: int, pos: int) -> bool:
    """Whether the quotation that closes right before ``pos`` opens its sentence or follows a colon or comma
    (a direct quote, whose attribution comes next), rather than standing inside the narrator's clause."""
    last = [q for q in doc.marks if q[1] <= pos and q[0] >= s_start]
    if not last:
        return True
    lead = doc.text[s_start:last[-1][0]]
    return not lead.strip() or lead.rstrip().endswith((":", ","))


def _content_after_report(doc: ArticleView, sent: tuple[int, int], cue: tuple[int, int, str], subj: tuple,
                          before_subj: str, c_start: int, has_that: bool) -> dict | None:
    """"X said (that) CONTENT": the content after the verb, to the end of the sentence or a second report."""
    text, (_, s_end) = doc.text, sent
    if _QUOTATION_RIGHT_BEFORE.search(before_subj) and _opens_its_clause(doc, sent[0], sent[0] + len(before_subj)):
        return None  # the comma ends a quotation: this clause is its attribution (not after 'as "…", while')
    if subj[2] is None and not _plausible_source(text[subj[0]:subj[1]]):
        return None
    c_end = _content_end(doc, c_start, s_end)
    phrase = _PHRASE_THEN_CLAUSE.match(text, c_start, c_end) if not has_that else None
    if phrase:  # "said after the convention he would not …": the phrase says when the verb was said
        c_start = phrase.end()
    if c_end <= c_start or (_PREPOSITIONS.match(text[c_start:c_end]) and not has_that) or doc.inside_marks(c_start):
        return None  # ("said on Monday." has no content; "said that in 1998 Clinton allowed …" has)
    if text[c_start:c_start + 1] in "\"“«‘'" and not _quote_opens_content(doc, c_start, c_end):
        return None  # the content is a direct quote, found already
    if not has_that and _NO_CONTENT.match(text, c_start):
        return None  # no content after the verb: "England's pressure continued, and a wave of attacks …"
    if not has_that and cue[2].lower() in _ADD_FORMS and (_THING_ADDED.match(text[c_start:c_end])
                                                          or text.startswith("up ", c_start)):  # "added up to"
        return None  # "Gardener added the Olympic relay crown": a thing added, not words
    if not has_that and _SHORT_OBJECT.fullmatch(text, c_start, c_end):
        return None  # a short object, not words reported: "the IMF admits this", "stressed this point"
    if not has_that and cue[2].lower().startswith(_DIRECTIVE_CUES) and _OBJECT_AND_INFINITIVE.match(text, c_start):
        return None  # a directive, not words reported: "urged him to put politics aside", "urged … not to be tempted"
    return _indirect(text, c_start, c_end, subj, cue)


# verbs that give a directive with an object and an infinitive, and that object and infinitive
_DIRECTIVE_CUES = ("urg", "ask", "told", "tell", "warn", "advis", "encourag")
_OBJECT_AND_INFINITIVE = re.compile(r"(?:(?!(?:he|she|they|we|i|it|who|that|would|will|could|should|might|may|must|had|"
                                    r"has|have|was|were|is|are|does|did|[a-z]+ed)\b)[\w'’-]+\s+){0,4}?(?:not\s+)?to\s+"
                                    r"[a-z]+\b", re.I)
# a determiner and at most one word more: "this", "this point", "his attendance"
_SHORT_OBJECT = re.compile(r"(?:(?:this|that|these|those|the|a|an|his|her|its|their|our|my|more|some|no)"
                           r"(?:\s+[\w'’-]+)?|enough|nothing|something|everything)[.,;]?")
_ADD_FORMS = frozenset(("add", "adds", "added", "adding"))
# a noun phrase with no verb after "added": "the Olympic relay crown", "a third goal"
_THING_ADDED = re.compile(r"(?:the|a|an|his|her|their|its|another)\s(?![^.;:]*\b(?:is|are|was|were|has|have|had|"
                          r"will|would|can|could|should|may|might|must|do|does|did|[a-z]+ed)\b)[^.;:]*$")
