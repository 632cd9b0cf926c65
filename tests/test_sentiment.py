"""lib.sentiment: the scorer, its VADER port, offsets and the per-article/person/speaker tables."""
import math

import pandas as pd
import pytest

from lib.corpus import corpus_from_texts
from lib.sentiment import (
    NEGATIVE, POSITIVE, compare_scorers, document_sentiment, explain_vader, name_tokens,
    normalize_quotes, pattern_polarity, person_sentiment, score_texts, sentence_sentiment,
    sentiment_in, speaker_sentiment, vader_scores,
)

CORPUS = corpus_from_texts({
    "a": "Good news\n\nThe talks were a great success. Anna Smith praised the deal.\n\n"
         "Critics called it a disaster.",
    "b": "Bad news\n\nThe factory closed and hundreds lost their jobs. Anna Smith said it was terrible.",
    "c": "Quiet day\n\nThe committee met on Tuesday.",
})


# ---------------------------------------------------------------- score_texts

@pytest.mark.parametrize("quoted", ["“great”", "«great»", '"great"', "‘great’", "„great“", "‹great›"])
def test_typographic_quotes_leave_the_score_unchanged(quoted):
    plain = score_texts([f"The minister called the result great today."]).iloc[0]
    marked = score_texts([f"The minister called the result {quoted} today."]).iloc[0]
    assert plain["compound"] > 0.3
    assert marked["compound"] == plain["compound"]
    assert marked["vader"] == plain["vader"] and marked["pattern"] == plain["pattern"]


def test_typographic_apostrophe_negates():
    assert score_texts(["It isn’t good."]).compound[0] == score_texts(["It isn't good."]).compound[0] < 0


def test_normalize_quotes_keeps_length():
    s = "“A” «b» ‘c’ ‹d› „e“"
    assert len(normalize_quotes(s)) == len(s)
    assert not set("“”«»‘’‹›„") & set(normalize_quotes(s))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t  \n"])
def test_empty_and_whitespace_are_neutral(text):
    row = score_texts([text]).iloc[0]
    assert row["compound"] == 0 and row["neg"] == 0 and row["pos"] == 0 and row["neu"] == 1


def test_aligned_with_input_order_and_length_including_duplicates():
    texts = ["Terrible.", "Wonderful.", "Terrible.", "", "Wonderful.", "The bus left."]
    scores = score_texts(texts)
    assert list(scores.index) == list(range(len(texts)))
    assert scores.compound[0] == scores.compound[2] < 0
    assert scores.compound[1] == scores.compound[4] > 0
    assert scores.compound[3] == scores.compound[5] == 0
    for i, t in enumerate(texts):  # row i is the score of texts[i] alone
        assert scores.iloc[i].equals(score_texts([t]).iloc[0])


def test_empty_input_gives_empty_frame():
    scores = score_texts([])
    assert len(scores) == 0 and {"neg", "neu", "pos", "compound"} <= set(scores.columns)


def test_compound_is_the_mean_of_the_two_scorers_and_bounded():
    texts = ["What a wonderful, brilliant, superb, excellent, fantastic day!!!",
             "A horrible, awful, disgusting, terrible, catastrophic failure!!!",
             "Not bad at all.", "The bus left at noon."]
    s = score_texts(texts)
    assert s.compound.between(-1, 1).all()
    assert ((s.vader + s.pattern) / 2 - s.compound).abs().max() < 1e-4
    assert s.compound[0] > 0.7 and s.compound[1] < -0.7
    shares = s[["neg", "neu", "pos"]].sum(axis=1)
    assert ((shares - 1).abs() < 0.002).all()


def test_vader_port_equals_the_reference():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    ref = SentimentIntensityAnalyzer()
    texts = ["VADER is smart, handsome, and funny!", "VADER is VERY SMART, handsome, and FUNNY!!!",
             "The book was kind of good.", "At least it isn't a horrible book.", "Not bad at all",
             "Today SUX!", "Make sure you :) or :D today!", "Catch utf-8 emoji such as 💘 and 💋 and 😁",
             "The plot was good, but the characters are uncompelling and the dialog is not great.",
             "no no good", "never so good", "without doubt nice", "the bomb was the shit", "least good",
             "Is it good?? Really???", "not the least bit happy", "He was not very happy, but fine.", ""]
    for t in texts:
        d = ref.polarity_scores(t)
        assert vader_scores(t) == (d["neg"], d["neu"], d["pos"], d["compound"]), t


def test_names_are_not_praise():
    assert name_tokens("The United Nations Security Council met.".split()) == [0, 1, 2, 3, 4]
    assert name_tokens("They united behind the plan.".split()) == []
    assert score_texts(["The United Nations Security Council met."]).compound[0] == 0
    assert score_texts(["The parties united behind a great plan."]).compound[0] > 0.3


def test_pattern_needs_no_nltk_data_and_negates():
    assert pattern_polarity("A good deal.")[0] > 0
    assert pattern_polarity("Not a good deal.")[0] < 0
    assert pattern_polarity("The committee met on Tuesday.") == (0.0, 0.0, 0)


def test_compare_scorers_and_explain():
    table = compare_scorers(["Hardly a triumph.", "A “great” day."])
    assert list(table.columns) == ["text", "vader_ref", "textblob", "compound"]
    assert table.vader_ref[1] == 0  # the reference misses the quoted word
    assert table.compound[1] > 0
    ex = explain_vader("Not bad, but slow.")
    assert list(ex.token) == ["Not", "bad,", "but", "slow."]
    assert ex.lexicon[1] == -2.5 and ex.valence[1] > 0  # negated, then halved before "but"


# ---------------------------------------------------------------- sentences and documents

def test_every_sentence_is_its_text_slice():
    sents = sentence_sentiment(CORPUS)
    text = dict(zip(CORPUS.doc_id, CORPUS.text))
    assert list(sents.columns[:5]) == ["doc_id", "sent_id", "start", "end", "sentence"]
    assert {"neg", "neu", "pos", "compound"} <= set(sents.columns)
    assert all(text[r.doc_id][r.start:r.end] == r.sentence for r in sents.itertuples())
    one = sentiment_in(CORPUS.text[0])
    assert list(one.compound) == list(sents[sents.doc_id == "a"].compound)


def test_document_sentiment_aggregates_sentences():
    sents = sentence_sentiment(CORPUS)
    docs = document_sentiment(CORPUS)
    assert list(docs.doc_id) == ["a", "b", "c"]
    for r in docs.itertuples():
        c = sents[sents.doc_id == r.doc_id].compound
        assert r.sentences == len(c)
        assert math.isclose(r.mean_compound, round(c.mean(), 4))
        assert math.isclose(r.positive, round((c >= POSITIVE).mean(), 4))
        assert math.isclose(r.negative, round((c <= NEGATIVE).mean(), 4))
        assert math.isclose(r.positive + r.neutral + r.negative, 1, abs_tol=1e-3)
    b = docs.set_index("doc_id")
    assert b.loc["b", "mean_compound"] < 0 < b.loc["a", "mean_compound"]
    assert b.loc["c", "neutral"] == 1
    # precomputed sentences and a corpus without text (as the pipeline calls it)
    again = document_sentiment(CORPUS[["doc_id"]], sentences=sents)
    pd.testing.assert_frame_equal(docs, again)


def test_document_without_sentences_gets_nan():
    corpus = pd.concat([CORPUS, CORPUS.iloc[:1].assign(doc_id="z", text="")], ignore_index=True)
    docs = document_sentiment(corpus).set_index("doc_id")
    assert docs.loc["z", "sentences"] == 0 and math.isnan(docs.loc["z", "mean_compound"])


# ---------------------------------------------------------------- people and speakers

def _span(doc, word, person, col="person"):
    text = dict(zip(CORPUS.doc_id, CORPUS.text))[doc]
    s = text.index(word)
    return {"doc_id": doc, "start": s, "end": s + len(word), col: person}


def test_person_sentiment_on_hand_made_mentions():
    mentions = pd.DataFrame([
        _span("a", "Anna Smith", "Anna Smith"),
        _span("b", "Anna Smith", "Anna Smith"),
        _span("a", "Critics", "Critics"),
        _span("a", "Critics", "Critics"),  # twice in one sentence: one sentence, two mentions
    ])
    table = person_sentiment(CORPUS, mentions=mentions)
    assert list(table.columns) == ["doc_id", "person", "mentions", "sentences", "mean_compound",
                                   "positive", "negative"]
    sents = sentence_sentiment(CORPUS)
    got = table.set_index(["doc_id", "person"])
    for doc, sid_word in (("a", "praised"), ("b", "terrible")):
        s = sents[(sents.doc_id == doc) & sents.sentence.str.contains(sid_word)].compound.iloc[0]
        assert got.loc[(doc, "Anna Smith"), "mean_compound"] == s
        assert got.loc[(doc, "Anna Smith"), "sentences"] == 1
    assert got.loc[("a", "Critics"), "mentions"] == 2 and got.loc[("a", "Critics"), "sentences"] == 1
    assert got.loc[("a", "Critics"), "negative"] == 1
    assert got.loc[("b", "Anna Smith"), "mean_compound"] < 0 < got.loc[("a", "Anna Smith"), "mean_compound"]


def test_person_sentiment_with_no_mentions():
    empty = pd.DataFrame(columns=["doc_id", "start", "end", "person"])
    assert len(person_sentiment(CORPUS, mentions=empty)) == 0


def test_speaker_sentiment_scores_the_quote_itself():
    text = "Vote\n\nAnna Smith said: \"This is a wonderful day.\" Bob Jones said angrily: \"I agree.\"\n\n" \
           "Someone said: \"It is awful.\""
    corpus = corpus_from_texts({"q": text})
    body = corpus.text[0]
    rows = []
    for quote, speaker in (("This is a wonderful day.", "Anna Smith"), ("I agree.", "Bob Jones"),
                           ("It is awful.", None)):
        s = body.index(quote)
        rows.append({"doc_id": "q", "quote_id": len(rows), "start": s, "end": s + len(quote),
                     "quote": quote, "speaker": speaker})
    quotes = pd.DataFrame(rows)
    table = speaker_sentiment(corpus, quotes=quotes)
    assert list(table.columns) == ["doc_id", "speaker", "quotes", "mean_compound", "positive", "negative"]
    assert sorted(table.speaker) == ["Anna Smith", "Bob Jones"]  # no speaker, no row
    got = table.set_index("speaker")
    assert got.loc["Anna Smith", "mean_compound"] == score_texts(["This is a wonderful day."]).compound[0] > 0
    # "angrily" is in the reporting clause, not in the quote
    assert got.loc["Bob Jones", "mean_compound"] == score_texts(["I agree."]).compound[0] > 0
    # without a quote column, the span text is scored
    again = speaker_sentiment(corpus, quotes=quotes.drop(columns=["quote"]))
    pd.testing.assert_frame_equal(table, again)
