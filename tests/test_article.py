"""lib.article: the shared view of one article, built once and read by people, quotes and figures."""
import pandas as pd

from lib.article import ArticleView, each_article, find_cues
from lib.text import paragraph_spans, quote_mark_spans, sentence_spans

TEXT = ('Talks in Astana\n\nMayor Jo Bell said on Monday: "We are ready." She added that the plan was sound.\n\n'
        'The report, published later, said little. Head of State visits were discussed.')


def test_parts_are_those_of_lib_text():
    view = ArticleView(TEXT)
    assert view.sents == sentence_spans(TEXT)
    assert view.paras == paragraph_spans(TEXT)
    assert view.marks == quote_mark_spans(TEXT)


def test_parts_are_computed_once_and_only_when_read():
    view = ArticleView(TEXT)
    assert "cues" not in view.__dict__ and "sents" not in view.__dict__
    assert view.sents is view.sents
    assert "cues" not in view.__dict__


def test_cues_are_verbs_here():
    view = ArticleView(TEXT)
    cues = [c[2] for c in view.cues]
    # "said" and "added" report; "report" after "The" is a noun; "State" inside a name is not a verb
    assert cues == ["said", "added", "said"]
    assert all(TEXT[s:e] == c for s, e, c in view.cues)


def test_find_cues_keeps_multi_word_cues_and_skips_parts_of_words():
    assert find_cues("She pointed out the cost; the unsaid part.") == [(4, 15, "pointed out")]


def test_lookups_by_position():
    view = ArticleView(TEXT)
    said = TEXT.index("said")
    start, end = view.sentence_at(said)
    assert TEXT[start:end].startswith("Mayor Jo Bell said")
    assert view.para_at(said) == view.paras[1]
    assert view.para_before(said) == view.paras[0]
    assert view.inside_marks(TEXT.index("ready")) and not view.inside_marks(said)
    assert [c[2] for c in view.cues_in(0, said + 1)] == ["said"]


def test_mentions_written_by_a_later_component():
    view = ArticleView(TEXT)
    assert view.mentions is None and view.mention_ending_at(13) is None
    start = TEXT.index("Mayor")
    row = (start + 6, start + 13, "Jo Bell", "Jo Bell", "name")
    view.set_mentions([row])
    assert view.mention_ending_at(start + 13) == (start + 6, start + 13, "Jo Bell")
    assert view.mention_starting_at(start + 6) == (start + 6, start + 13, "Jo Bell")
    assert view.mentions_starting_in(0, start + 7) == [(start + 6, start + 13, "Jo Bell")]
    assert view.mentions_starting_in(start + 7, len(TEXT)) == []


def test_each_article_is_the_corpus_in_table_order():
    corpus = pd.DataFrame({"doc_id": ["b", "a"], "text": ["One. Two.", "Three."]})
    out = [(d, v.text) for d, v in each_article(corpus)]
    assert out == [("b", "One. Two."), ("a", "Three.")]
