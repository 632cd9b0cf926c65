"""Sentences, paragraphs and words, with offsets into text."""
from lib.corpus import corpus_from_texts
from lib.text import (
    article_stats,
    copies,
    distinctive_words,
    drop_copies,
    paragraph_spans,
    quote_mark_spans,
    sentence_spans,
    sentences,
    text_key,
    words,
)


def test_sentence_offsets_match_text(seeds):
    s = sentences(seeds)
    text = dict(zip(seeds.doc_id, seeds.text))
    assert len(s) > 50
    for r in s.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.sentence
    assert (s.groupby("doc_id").sent_id.apply(lambda x: list(x) == list(range(len(x))))).all()


def test_abbreviations_do_not_split():
    got = [t for _, _, t in sentence_spans("Mr. Smith of the U.S. met Dr. Jones on Jan. 5. They talked.")]
    assert got == ["Mr. Smith of the U.S. met Dr. Jones on Jan. 5.", "They talked."]


def test_dateline_is_not_merged_into_first_sentence(seeds):
    s = sentences(seeds)
    first = s[s.doc_id.str.startswith("001")].iloc[:2]
    assert list(first.sentence) == [
        "ANKARA. KAZINFORM –",
        first.sentence.iloc[1],
    ]
    assert first.sentence.iloc[1].startswith("Kazakh President Kassym-Jomart Tokayev held talks")


def test_sentences_never_cross_paragraphs():
    text = corpus_from_texts({"a": "T\n\nNo full stop here\n\nNext paragraph."}).text[0]
    assert [t for _, _, t in sentence_spans(text)] == ["No full stop here", "Next paragraph."]


def test_headline_not_merged(seeds):
    # The title is kept out of text, so it cannot merge with the first sentence.
    s = sentences(seeds)
    assert s[s.doc_id.str.startswith("000")].sentence.iloc[0].startswith("Turkish President")


def test_paragraph_spans_and_words():
    assert paragraph_spans("A.\n\nB.\n\n") == [(0, 2), (4, 6)]
    assert paragraph_spans("") == []
    assert words("It's 6.3 billion, up 33%.") == ["It's", "6.3", "billion", "up", "33"]


def test_stats_and_distinctive(seeds):
    st = article_stats(seeds)
    assert list(st.columns) == ["doc_id", "date", "title", "source", "words", "sentences", "paragraphs"]
    assert st.set_index("doc_id").loc["000_cf7e9a7c1e89b109", "paragraphs"] == 8
    d = distinctive_words(seeds, n=5)
    assert set(d.doc_id) == set(seeds.doc_id)
    top = d[d["rank"] == 1].set_index("doc_id").word
    assert top["003_760a91fd4c32f78c"] == "fidan"


def test_quote_marks_of_every_kind():
    def quoted(text):
        return [[text[a:b] for a, b in pieces] for _, _, pieces, _ in quote_mark_spans(text)]

    assert quoted('He said: "Yes." She said: “No.” «Oui»') == [["Yes."], ["No."], ["Oui"]]
    assert quoted("It's 'fine', he said, and Türkiye's view") == [["fine"]]
    # two apostrophes used as one double quote, as some archives write it
    assert quoted("''It's more tinkering,'' said Alan Cole. ''I wouldn't call it reform.''") == [
        ["It's more tinkering,"], ["I wouldn't call it reform."]]
    # a quote running over two paragraphs, its first paragraph left open
    assert quoted('"One.\n\n"Two," he said.') == [["One.", "Two,"]]


def test_text_key_and_copies():
    assert text_key("A  b.\n\nC") == text_key("A b. C\n") != text_key("A b. D")
    # the first in doc_id order is the original, whatever the order given
    assert copies(["c", "a", "b", "d"], ["k1", "k1", "k2", "k1"]) == {"c": "a", "d": "a"}
    assert copies([], []) == {}


def test_drop_copies_keeps_the_first_of_each_story_and_its_order():
    corpus = corpus_from_texts({"b": "T\n\nOne story.", "a": "U\n\nOne  story.", "c": "V\n\nAnother.",
                                "d": "W\n\nAnother.\n"})
    kept = drop_copies(corpus)
    assert list(kept["doc_id"]) == [d for d in corpus["doc_id"] if d in ("a", "c")]
    assert list(kept.index) == list(range(len(kept)))
    assert len(drop_copies(corpus.iloc[:0])) == 0


def test_corpus_versions_finds_a_retold_story_and_skips_copies():
    from lib.corpus import corpus_from_texts
    from lib.text import corpus_versions

    story = ("The firm said sales rose 5% to $3bn in the year to March, helped by strong demand in Asia and "
             "a weaker currency, and it expects growth to slow next year as costs rise. ")
    texts = {"a": "T\n\n" + story + "Shares rose.", "b": "T\n\n" + story + "Shares fell 2% on Monday.",
             "c": "T\n\n" + "Other words about another matter entirely. " * 10}
    assert corpus_versions(corpus_from_texts(texts)) == {"b": "a"}
    assert corpus_versions(corpus_from_texts(texts), skip=["b"]) == {}


def test_a_function_word_after_a_single_capital_opens_a_sentence():
    spans = sentence_spans("It ran until World War I. But the BBC said there were no plans. George W. Bush left.")
    assert [s for _, _, s in spans] == ["It ran until World War I.", "But the BBC said there were no plans.",
                                        "George W. Bush left."]


def test_punkt_with_plain_patterns_and_a_memo_splits_as_nltk_does(seeds):
    """lib.text's Punkt compiles Punkt's fixed patterns with `re` and remembers its verdict on each context; the
    stock tokenizer with the same parameters (patterns through nltk.redos, no memo) must split every text alike."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from lib.text import _punkt

    ours = _punkt()
    stock = PunktSentenceTokenizer(ours._params)
    texts = list(seeds.text) + [
        "Mr. Smith of the U.S. met Dr. Jones on Jan. 5. They talked... Then?! (He left.) \"Yes.\" 'No.' “Fine.”",
        "It ran until World War I. But the BBC said so. George W. Bush left. Prices rose 3.5%. Next, 4.5.",
        "Sales hit $1.2bn. -- A dash. Wait... what? The end.\nA new line. Café owners, naïve. 2004. 12. Done.",
    ]
    for text in texts * 2:  # (the second time from the memo)
        assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))
