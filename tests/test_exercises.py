"""The exercise feedback framework prints hints and never raises."""
import lib.exercises as ex


def test_predicate_error_is_a_hint(capsys):
    ex.run_checks("text", [(lambda a: a + 1 > 0, "give a number")])
    assert capsys.readouterr().out == "✘ Not yet. Hint: give a number\n"


def test_success(capsys):
    ex.run_checks(2, [(lambda a: ex.close(a, 2.0), "two")], success="Yes.")
    assert capsys.readouterr().out == "✔ Yes.\n"


# --- checks read sensibly on corpora other than the seeds ----------------------------------------

def test_saturation_point_check_on_short_articles(capsys):
    from lib.corpus import corpus_from_texts
    from lib.exercises.sentiment import check_saturation_point

    check_saturation_point(-1, corpus_from_texts({"a": "Title\n\nA short calm note."}))
    assert capsys.readouterr().out.startswith("✔ Even the whole of a stays at 0.9 or below")


def test_own_figure_check_accepts_none_only_when_nothing_can_agree(capsys):
    from lib.corpus import corpus_from_texts
    from lib.exercises.figures import agreeing_restatement, check_own_figure
    from lib.figures import extract_figures

    nothing = extract_figures(corpus_from_texts({"a": "Title\n\nPrices rose by £5 on Monday."}))
    assert agreeing_restatement(nothing) is None
    check_own_figure(None, nothing)
    assert capsys.readouterr().out.startswith("✔ No amount of money in this corpus can be restated")

    budget = extract_figures(corpus_from_texts({"a": "Title\n\nThe council's budget is £1.5 million."}))
    found = agreeing_restatement(budget)
    assert found is not None and "mine" in found[1]["doc_ids"]
    check_own_figure(None, budget)  # an answer exists here, so None is not accepted
    assert capsys.readouterr().out.startswith("✘ Not yet. Hint: assign your result")
    check_own_figure(found[1], budget)
    assert capsys.readouterr().out.startswith("✔ Your sentence's figure agrees")


def test_alias_check_names_a_person_the_corpus_does_not_mention(capsys):
    import pandas as pd

    from lib.corpus import corpus_from_texts
    from lib.exercises.people import check_alias_row

    corpus = corpus_from_texts({"a": "Title\n\nPrime Minister Tom Hill said the plan would work."})
    aliases = pd.DataFrame({"person": [], "alias": []})
    extra = pd.concat([aliases, pd.DataFrame({"person": ["Ann Other"], "alias": ["the premier"]})],
                      ignore_index=True)
    check_alias_row((extra, "Ann Other"), corpus, aliases)
    assert capsys.readouterr().out == ("✘ Not yet. Hint: Ann Other has no mention in this corpus with your table: "
                                       "use a name exactly as in the `person` column of "
                                       "mentions(corpus, new_aliases).\n")


# --- every check: one wrong answer gets a hint, one right answer a confirmation -----------------------

import pytest  # noqa: E402

from lib.corpus import corpus_from_texts  # noqa: E402

TEXTS = {
    "a": "Talks in Riga\n\nPresident John Brown met Prime Minister Tom Hill on Monday. "
         '"We have agreed a good and fair deal for both of our countries and for all of the people who live '
         'in them today," Brown said. Hill said that the trade volume reached $5 billion in 2022. '
         "The talks were a terrible failure, critics said. Brown said he was pleased. Sales rose 5%.",
    "b": "Storm damage\n\nThe storm killed three people. Prime Minister Tom Hill said the damage was awful. "
         "He said the total cost was $2 billion. Officials said the budget is $1.5 million.",
}


@pytest.fixture(scope="module")
def tables():
    from lib.figures import extract_figures
    from lib.people import mentions
    from lib.quotes import extract_quotes

    corpus = corpus_from_texts(TEXTS)
    quotes = extract_quotes(corpus)
    return {"corpus": corpus, "quotes": quotes, "figures": extract_figures(corpus, quotes=quotes),
            "ments": mentions(corpus)}


def _right_wrong(t):
    """(check, args, right answer, wrong answer) for every check of lib.exercises."""
    import pandas as pd

    from lib.exercises import corpus as c0
    from lib.exercises import figures as c3
    from lib.exercises import people as c4
    from lib.exercises import quotes as c2
    from lib.exercises import sentiment as c1
    from lib.people import people_table
    from lib.sentiment import sentence_sentiment
    from lib.text import article_stats, sentences

    corpus, quotes, figures, ments = t["corpus"], t["quotes"], t["figures"], t["ments"]
    stats, sents, ss = article_stats(corpus), sentences(corpus), sentence_sentiment(corpus)
    ratio = stats.words / stats.sentences
    gap = (ss.vader - ss.pattern).abs().groupby(ss.doc_id).mean()
    doc, k = c1.saturation_point(corpus)
    drags = c4.sentence_drags(corpus, ments)
    top = drags.sort_values("rise", ascending=False).iloc[0] if len(drags) else None
    n_q = quotes.groupby("doc_id").size()
    share = (quotes.kind == "indirect").groupby(quotes.doc_id).mean()[n_q >= 3]
    pn = ments.groupby("person").size()
    pshare = (ments.kind == "pronoun").groupby(ments.person).mean()[pn >= 5]
    from conftest import ROOT
    from lib.corpus import load_aliases, load_corpus

    seeds = load_corpus(ROOT / "seeds")
    seed_aliases = load_aliases(ROOT / "seeds")
    alias = c4.find_alias_row(seeds, seed_aliases)
    restated = c3.agreeing_restatement(figures)
    fool = ('President John Brown spoke about Prime Minister Tom Hill, who resigned on Monday. Hill had led the '
            'government for ten years. "I will miss him as a colleague and as a friend," he said.')
    ranked = people_table(ments).sort_values(["articles", "mentions", "person"], ascending=[False, False, True])
    no_aliases = pd.DataFrame({"person": [], "alias": []})
    return [
        (c0.check_wordiest_article, (corpus,), stats.doc_id[ratio.idxmax()], "nope"),
        (c0.check_words_per_sentence, (corpus,), stats.words.sum() / stats.sentences.sum(), 1.0),
        (c0.check_shortest_sentence, (corpus,), sents.loc[sents.sentence.str.len().idxmin(), "sentence"], "x"),
        (c0.check_long_sentences, (corpus,), int((sents.sentence.str.split().str.len() > 40).sum()), 99),
        (c0.check_own_article, (), corpus_from_texts({"m": "Date: 2024-05-02\nTitle: T\n\nBody one."}),
         corpus_from_texts({"m": "no header here"})),
        (c1.check_negative_count, (corpus,), int((ss.compound <= -0.05).sum()), 99),
        (c1.check_only_vader, (corpus,), int(((ss.vader != 0) & (ss.pattern == 0)).sum()), 99),
        (c1.check_dragging_sentence, (corpus, "a"), ss[ss.doc_id == "a"].sort_values("compound").sentence.iloc[0],
         "x"),
        (c1.check_gap_article, (corpus,), gap.idxmax(), "nope"),
        (c1.check_saturation_point, (corpus,), k if k is not None else -1, 99),
        (c2.check_most_quoted, (quotes,), quotes.speaker.value_counts().index[0], "Nobody"),
        (c2.check_long_direct, (quotes,),
         int((quotes[quotes.kind == "direct"].quote.str.split().str.len() > 20).sum()), 99),
        (c2.check_new_verb, (), ('"We will win," Anna Smith whispered.', '"We will win," Anna Smith said.'),
         ('"We will win," Anna Smith said.', '"We will win," Anna Smith said.')),
        (c2.check_most_indirect_article, (quotes,), share.idxmax() if len(share) else "", "nope"),
        (c2.check_fooled_pronoun, (), (fool, "John Brown"), ("No quote here.", "John Brown")),
        (c3.check_money_count, (figures,), int((figures.kind == "money").sum()), 99),
        (c3.check_percent_articles, (figures,), figures.loc[figures.kind == "percent", "doc_id"].nunique(), 99),
        (c3.check_top_figure_speaker, (figures,), figures.speaker.value_counts().index[0]
         if figures.speaker.notna().any() else "", "Nobody"),
        (c3.check_difference_reasons, (figures,), set(c3._first_differ(figures)[1]) or set(), {"nonsense"}),
        (c3.check_own_figure, (figures,), restated[1] if restated else None, "nope"),
        (c4.check_most_articles, (ments,), ranked.person.iloc[0], "Nobody"),
        (c4.check_most_people_article, (ments,), ments.groupby("doc_id").person.nunique().idxmax(), "nope"),
        (c4.check_pronoun_share, (ments,), pshare.idxmax() if len(pshare) else "", "Nobody"),
        (c4.check_alias_row, (seeds, seed_aliases), alias, (no_aliases, "John Brown")),
        (c4.check_dragging_sentence, (corpus, ments), (top.person, top.sentence) if top is not None else ("", ""),
         ("Nobody", "x")),
    ]


def test_every_check_is_tested(tables):
    import inspect

    from lib.exercises import corpus as c0
    from lib.exercises import figures as c3
    from lib.exercises import people as c4
    from lib.exercises import quotes as c2
    from lib.exercises import sentiment as c1

    defined = {f"{m.__name__}.{n}" for m in (c0, c1, c2, c3, c4) for n, f in inspect.getmembers(m, inspect.isfunction)
               if n.startswith("check_") and f.__module__ == m.__name__}
    tested = {f"{f.__module__}.{f.__name__}" for f, *_ in _right_wrong(tables)}
    assert defined == tested


def test_each_check_confirms_a_right_answer_and_hints_at_a_wrong_one(tables, capsys):
    for check, args, right, wrong in _right_wrong(tables):
        check(right, *args)
        out = capsys.readouterr().out
        assert out.startswith("✔"), (check.__name__, right, out)
        check(wrong, *args)
        out = capsys.readouterr().out
        assert out.startswith("✘ Not yet. Hint:"), (check.__name__, wrong, out)
        check(None, *args) if check.__name__ != "check_own_figure" or right is not None else None
        assert capsys.readouterr().out.startswith(("✘", "")), check.__name__
