"""Property tests: the extractors never raise on arbitrary text and keep their offsets honest."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.figures import figures_in
from lib.people import mentions_in
from lib.quotes import quotes_in
from lib.sentiment import score_texts
from lib.text import sentence_spans

# Text built from the pieces that drive the extractors: quote marks, digits,
# currency signs, reporting verbs, capitalised names, pronouns, line breaks.
PIECES = st.sampled_from([
    '"', "“", "”", "«", "»", "'", "‘", "’", ",", ".", ":", " ", " ", "\n", "\n\n", "-", "–", "%", "$", "€", "£",
    "1", "9", "0", "1,500", "3.5", "billion", "million", "per cent", "more than", "about", "between", "and",
    "said", "added", "told reporters", "according to", "that", "he", "she", "they", "his",
    "President", "Anna Smith", "Smith", "Jean-Luc Picard", "the minister", "first", "10th", "two-day", "1992",
    "USD", "soms", "a fifth", "half", "top", "fourth largest",
    # the attribution patterns: titles with stops, bracketed asides, a colon before a paragraph, questions,
    # participles, appositions, time phrases
    "Mr.", "J.", "(D-Wis.)", "(IFS)", "added:\n\n", "?", "asked", "quipped", "to complain", ", a spokesman,",
    ", deputy editor of it,", "On Monday", "And", "they say,", "the best actor", "I've",
    # clauses after a colon or "where", owners, the progressive, "and said", quantified subjects, listeners
    ": Civil rights activists say", ", where experts say", "Connecticut’s tax commissioner", "He's", "is saying",
    "and said", "one slide says", "it says,", "told The Huffington Post", "attorneys for the family", "was being",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def in_bounds(frame, text):
    return all(0 <= s <= e <= len(text) for s, e in zip(frame["start"], frame["end"]))


@SETTINGS
@given(TEXTS)
def test_quotes_never_raise_and_offsets_fit(text):
    quotes = quotes_in(text)
    assert in_bounds(quotes, text)
    for r in quotes.itertuples():
        # the quote is the span's own words, with marks and paragraph breaks removed
        span = text[r.start:r.end]
        pos = 0
        for word in r.quote.split():
            pos = span.find(word, pos)
            assert pos >= 0, (word, span)
            pos += len(word)
        # the words naming the speaker are where the row says, and so is the cue
        if r.mention_start >= 0:
            assert text[r.mention_start:r.mention_end] == r.mention
        else:
            assert r.mention == "" and r.mention_end == -1
        if r.cue_start >= 0:
            assert 0 <= r.cue_start < r.cue_end <= len(text)


@SETTINGS
@given(TEXTS)
def test_figures_never_raise_and_surface_is_the_text(text):
    figures = figures_in(text)
    assert in_bounds(figures, text)
    assert all(text[r.start:r.end] == r.surface for r in figures.itertuples())


@SETTINGS
@given(TEXTS)
def test_mentions_never_raise_and_mention_is_the_text(text):
    mentions = mentions_in(text)
    assert in_bounds(mentions, text)
    assert all(text[r.start:r.end] == r.mention for r in mentions.itertuples())


@SETTINGS
@given(st.lists(TEXTS, max_size=5))
def test_sentiment_aligned_and_bounded(texts):
    scores = score_texts(texts)
    assert len(scores) == len(texts)
    assert scores["compound"].between(-1, 1).all()


@SETTINGS
@given(TEXTS)
def test_sentences_are_the_text(text):
    assert all(text[s:e] == sent for s, e, sent in sentence_spans(text))


NAMEY = st.one_of(st.text(alphabet="aAbBdDeElLnNsSvVé É İß.'’-_2 \n,", max_size=80),
                  st.lists(st.sampled_from(["de", "dA", "van", "Van", "al-", "'s", "’s", " ", ". ", "Mr", "Ève",
                                            "eBay", "2Bn", "x_Al", "La", "lA", "Smith", "O'Neil", "U.S.'s"]),
                           max_size=30).map("".join), TEXTS)


@SETTINGS
@given(NAMEY)
def test_name_tokens_are_the_capitalised_and_connector_tokens(text):
    # the fast tokenizer for names finds the same tokens as the full one, skipping only
    # words that cannot be part of a name
    import re

    from lib.people import _CONNECTORS, _bare, _is_cap, _tokens

    # every word token: a letter, then word characters, apostrophes, full stops, hyphens, ending in a word character
    word = re.compile(r"[^\W\d_][\w'’.-]*[\w]|[^\W\d_]")
    full = [_bare(m.group(), m.start(), m.end()) for m in word.finditer(text)]
    fast = _tokens(text)
    assert set(fast) <= set(full)
    assert [t for t in full if _is_cap(t[2]) or t[2].lower() in _CONNECTORS] == \
        [t for t in fast if _is_cap(t[2]) or t[2].lower() in _CONNECTORS]


CUEY = st.lists(st.sampled_from(["Smith", "Mr", "said", "Said", "SAID", "ſaid", "told", "pointed out", "pointed  out",
                                 " ", "  ", "\n", "the", "al-", "Ève", "O'Neil", "x", "unsaid", ",", ".", "2",
                                 "also", ", also", "a spokesman for it", "chief economist at Bank", "The", "his",
                                 "Kazakh", "former", "Head of State", "president", "minister", "ministers", "\x00",
                                 "Al-"]),
                max_size=20).map("".join)


@SETTINGS
@given(st.one_of(CUEY, TEXTS))
def test_quick_cue_and_name_checks_agree_with_their_patterns(text):
    # the quick checks in find_people only skip a pattern when it cannot match
    import re

    from lib.people import (
        _after_capitalised_word,
        _cue_after_re,
        _cue_before_re,
        _description_re,
        _descriptions,
        _ends_with_cue,
        _next_word_is_cue,
        _words_before_name,
    )

    for k in range(len(text) + 1):
        tail = text[max(0, k - 30):k]
        assert _ends_with_cue(tail) == bool(_cue_before_re().search(tail)), tail
        assert _next_word_is_cue(text, k) == bool(_cue_after_re().match(text[k:k + 160])), text[k:]
    assert [m.span() for m in _descriptions(text)] == [m.span() for m in _description_re().finditer(text)]
    for name in sorted({"Smith", "Ève", "O'Neil", "Jr.", "Al-", "x"}):
        full = re.search(r"\b((?:[A-Z][\w'’-]+\s+){1,2})" + re.escape(name) + r"\b", text)
        assert not full or _after_capitalised_word(text, name)
        assert _words_before_name(text, name) == (full.span(1) if full else None), (text, name)


NAMEY = st.lists(st.sampled_from(["Blair", "Blair's", "Ha", " ", "-", "'", "’", "_", "x", "2", "é", "\n", ",",
                                  "Lib", "Dems", "Liberal", "Democrats", "said", "has", "- the firm -", "."]),
                 max_size=16).map("".join)


@SETTINGS
@given(NAMEY)
def test_name_spans_agree_with_the_patterns_they_replace(text):
    import re

    from lib.text import name_spans

    for name in ("Blair", "Ha Ha", "Lib Dems", "x", "-"):
        escaped = r"(?<![\w'’-])" + re.escape(name)
        assert list(name_spans(text, name)) == [m.span() for m in re.finditer(escaped + r"(?![\w'’-])", text)]
        starts = [s for s, _ in name_spans(text, name, overlapping=True)]
        assert starts == [k for k in range(len(text)) if re.compile(escaped).match(text, k)]


@SETTINGS
@given(NAMEY)
def test_written_out_names_skip_only_patterns_that_cannot_match(text):
    from lib.quotes._spelling import _abbreviates, _written_out, _written_out_re

    for name in ("Lib Dems", "Downing St", "Blair Ha", "Ha x", "Liberal Democrats"):
        pattern = _written_out_re(name)
        expected = next((m.group(1) for m in (pattern.finditer(text) if pattern and text else ())
                         if m.group(1).split() != name.split()
                         and all(map(_abbreviates, name.split(), m.group(1).split()))), name)
        assert _written_out(name, text) == expected


OPENERS = st.lists(st.sampled_from(["The", "the", "But", "And", "Yet", "his", "His", "her", "hers", "HER", "he", "He",
                                    "she", "She", "him", "x", "1", " ", "\n", ". ", '." ', "! ", "23-year-old",
                                    "Australian", "Gary", "Neville", "O'Neil", "Mc", "-", "'", "has", "suffered",
                                    "bank", "banks", "firm", "Retail", "Decisions", "Ltd", "ſ", "İ"]),
                   max_size=24).map("".join)


@SETTINGS
@given(st.one_of(OPENERS, TEXTS))
def test_patterns_that_start_with_a_character_set_match_as_before(text):
    # each pattern was rewritten to open with a character set; the plain form it replaces must match alike
    import re

    from lib.people._evidence import _TWO_WORD_NAME
    from lib.people._mentions import _AGE_OR_NATION_OPENS, _DESCRIPTION_START, _LONG_WORD, _age_or_nation_openers
    from lib.people._pronouns import _PRONOUN

    def spans(pattern, pos=0):
        return [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]

    assert [m.span() for m in _PRONOUN.finditer(text)] == \
        [m.span() for m in re.finditer(r"\b(?:he|him|his|she|her|hers|He|His|She|Her)\b", text)]
    assert [m.span() for m in _LONG_WORD.finditer(text)] == \
        [m.span() for m in re.finditer(r"(?<![\w'’-])[^\W\d_a-z]\w{5,}(?![\w'’-])", text)]
    assert [m.span() for m in _DESCRIPTION_START.finditer(text)] == \
        [m.span() for m in re.finditer(r"\b(?:the|his|her)\s+", text, re.I)]
    two = re.compile(r"(?<![\w'’.-])(?=([A-Z][a-z]+) ([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*)(?![\w'’-]))")
    assert [(m.start(), text[m.start()] + m.group(1), m.group(2)) for m in _TWO_WORD_NAME.finditer(text)] == \
        [(m.start(), m.group(1), m.group(2)) for m in two.finditer(text)]
    for pos in (0, 3):
        assert [(m.span(), m.groups()) for m in _age_or_nation_openers(text, pos)] == spans(_AGE_OR_NATION_OPENS, pos)


@SETTINGS
@given(st.one_of(CUEY, TEXTS, st.lists(st.sampled_from(["said", "SAID", "Said", "K", "\u212a", "İ", "ı", "x",
                                                         "pointed out", "unsaid", "_", "-", " ", "’"]),
                                       max_size=16).map("".join)))
def test_cues_are_found_as_a_loop_over_every_word_finds_them(text):
    import re

    from lib.article import _glued, cue_index, find_cues

    index, out, skip = cue_index(), [], 0
    for m in re.finditer(r"[A-Za-z]+", text):  # the plain loop over every run of ASCII letters
        s, e = m.span()
        if s < skip or m.group().lower() not in index or _glued(text, s, e):
            continue
        for pat in index[m.group().lower()]:
            hit = None if pat is None else pat.match(text, s)
            if pat is None or hit:
                end = e if hit is None else hit.end()
                out.append((s, end, text[s:end]))
                skip = end
                break
    assert find_cues(text) == out


@SETTINGS
@given(st.text(max_size=40))
def test_last_word_is_what_the_pattern_finds(text):
    import re

    from lib.people._cues import _last_word

    text = text.rstrip("\n")
    found = re.search(r"\w+$", text)
    assert _last_word(text) == (found.group() if found and found.end() == len(text) else "")


@SETTINGS
@given(st.one_of(OPENERS, TEXTS, st.lists(st.sampled_from(["consultancy", "bank", "banks", "xbank", "-", " ", "  ",
                                                           "\n", "Retail", "Decisions", "Ltd", "Retailers", ",",
                                                           "Smith", "&", "Co"]), max_size=14).map("".join)))
def test_names_after_an_organisation_noun_are_those_the_whole_scan_finds(text):
    import re

    from lib.lexicon import organisation_nouns
    from lib.people._evidence import _named_after_organisation_noun

    nouns = "|".join(map(re.escape, organisation_nouns()))
    names = set()  # every run of capitalised words after a noun, and its first words, from one scan of the text
    for m in re.finditer(r"(?<![\w-])(?:" + nouns + r")\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)", text):
        words = m.group(1).split()
        names.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    for name in sorted(names) + ["Retail", "Retail Decisions", "Retail  Decisions", "Smith", "Ltd", ""]:
        assert _named_after_organisation_noun(text, name) == (name in names), name


@SETTINGS
@given(st.one_of(OPENERS, st.lists(st.sampled_from(["General", "Motors", "GM", "(GM)", "Higher", "Education", "Funding",
                                                    "Council", "for", "England", "(Hefce)", "Hefce", "The", "National",
                                                    "Highway", "NH", " ", "  ", "\n", "-", "x", "of"]),
                                   max_size=14).map("".join)))
def test_initials_are_spelled_out_from_the_runs_the_plain_pattern_finds(text):
    import re

    from lib.quotes._spelling import _spelled_out

    for name in ("GM", "NH", "TNH", "GMC", "Hefce"):
        if name == "Hefce" and "(Hefce)" in text:
            continue  # (then the name in brackets is read first, as before)
        word = r"(?:\s+(?:(?:of|for|and|&|the|on|in|de|du)\s+)*[A-Z][\w'’&-]*)"
        runs = r"[A-Z][\w'’&-]*" + word + "{" + str(len(name) - 1) + "}"
        expected = next((m.group(1) for m in re.finditer(r"(?<![\w'’-])(?=(" + runs + "))", text)
                         if "".join(w[0] for w in m.group(1).split() if w[:1].isupper()).lower() == name.lower()),
                        name)
        assert _spelled_out(name, text) == expected


ASIDES = st.lists(st.sampled_from(["Mr Smith", ", for his part,", " (D-Wis.)", ", R-Ky.,", ", 43,", " -- co-editor --",
                                   " - whose shares rose - ", ", speaking in Leeds,", ", in a statement,", "also",
                                   "early in the Monday morning", "in 2010", "once again", "swiftly", "family", " ",
                                   "  ", "\n", ",", ")", "—", "–", "-", "x", "said", "now", "on Monday", "ſo"]),
                  max_size=12).map("".join)


@SETTINGS
@given(st.one_of(ASIDES, TEXTS))
def test_words_set_off_before_a_verb_start_where_the_pattern_finds_them(left):
    from lib.quotes._subjects import _PARENTHETICAL_AT_END, _parenthetical_start

    m = _PARENTHETICAL_AT_END.search(left)
    assert _parenthetical_start(left) == (m.start() if m else len(left))


@SETTINGS
@given(st.one_of(ASIDES, TEXTS, st.lists(st.sampled_from(["the", "The", "a", "his", "one", "big", "bank", "Bank", " ",
                                                           "  ", "\n", "&", "A", "B", "Blair's", "spokesman", "experts",
                                                           "of", "for", ",", "(", "-", "'", "people", "is", ". "]),
                                         max_size=30).map("".join)))
def test_the_subject_noun_phrase_is_found_from_the_last_words_alone(text):
    from lib.quotes._patterns import _SUBJECT_NP, _subject_np

    full, quick = _SUBJECT_NP.search(text), _subject_np(text)
    assert (full and (full.span(), full.groups())) == (quick and (quick.span(), quick.groups()))


@SETTINGS
@given(st.one_of(ASIDES, TEXTS, st.lists(st.sampled_from(["Department", "for", "of", "and", "&", " ", "  ", "\n", ".",
                                                          "?", '"', "’", "x", "Ex-Foo"]), max_size=12).map("".join)))
def test_patterns_at_the_end_are_found_from_the_last_words_alone(text):
    from lib.people._evidence import _JOINED_TO_A_NAME, _SENTENCE_OPENS
    from lib.text import last_words_start

    for pattern, words in ((_JOINED_TO_A_NAME, 3), (_SENTENCE_OPENS, 1)):
        full, quick = pattern.search(text), pattern.search(text, last_words_start(text, words))
        assert (full and full.span()) == (quick and quick.span())
