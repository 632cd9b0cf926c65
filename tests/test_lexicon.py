"""lib.lexicon: the word lists, read once from lib/data and from VADER's own file."""
from importlib import resources

import pytest

from lib import lexicon


def test_word_lists_are_read_once():
    # stopwords() is called for every sentence of every article; reading the file each time made the
    # pipeline twice as slow
    assert lexicon.stopwords() is lexicon.stopwords()
    assert lexicon.reporting_verbs() is lexicon.reporting_verbs()
    assert lexicon.vader_lexicon() is lexicon.vader_lexicon()


def test_every_data_file_opens_with_a_header():
    for entry in resources.files("lib").joinpath("data").iterdir():
        first = entry.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), f"lib/data/{entry.name} has no header line"


def test_data_lines_skip_comments_and_blanks():
    lines = lexicon.data_lines("honorifics.txt")
    assert lines and not any(ln.startswith("#") or not ln.strip() for ln in lines)


def test_data_rows_drop_the_header_row():
    rows = lexicon.data_rows("demonyms.csv")
    assert ["demonym", "place"] not in rows
    assert all(len(r) == 2 for r in rows)
    assert lexicon.demonyms()["Kazakh"] == "Kazakhstan"


@pytest.mark.parametrize("verb, forms", [
    ("say", {"said", "says", "saying"}),        # irregular
    ("admit", {"admitted", "admitting"}),       # doubled final consonant
    ("state", {"stated", "stating"}),           # final e
    ("deny", {"denies", "denied"}),             # consonant + y
    ("stress", {"stresses", "stressed"}),       # sibilant
])
def test_reporting_verbs_are_inflected(verb, forms):
    cues = lexicon.reporting_verbs()
    assert forms <= set(cues)


def test_multi_word_cues_and_that_clauses():
    cues = lexicon.reporting_verbs()
    assert "pointed out" in cues
    assert any(needs_that for needs_that in cues.values()) and not cues["said"]
    assert "called" in lexicon.reporting_verbs(partial=True) and "called" not in cues


def test_fold_matches_names_across_spellings():
    assert lexicon.fold("Erdoğan") == lexicon.fold("Erdogan") == "erdogan"
    assert lexicon.fold("Nurtıleu") == "nurtileu"
    assert lexicon.fold("Straße") == "strasse"


def test_months_and_date_words():
    assert lexicon.MONTHS["sept"] == 9 and lexicon.MONTHS["december"] == 12
    assert lexicon.MONTH_NAMES[0] == "january" and len(lexicon.MONTH_NAMES) == 12
    # months that are also given names do not count as date words: "April Jones said"
    assert "april" in lexicon.CALENDAR and "april" not in lexicon.DATE_WORDS
    assert "monday" in lexicon.DATE_WORDS


def test_vader_word_list_is_the_analyzers():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert lexicon.vader_lexicon() == SentimentIntensityAnalyzer().lexicon
    assert "delighted" in lexicon.vader_words() and ":)" not in lexicon.vader_words()
