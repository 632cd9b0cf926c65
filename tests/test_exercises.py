"""The exercise feedback framework prints hints and never raises."""
import lib.exercises as ex


def test_predicate_error_is_a_hint(capsys):
    ex.run_checks("text", [(lambda a: a + 1 > 0, "give a number")])
    assert capsys.readouterr().out == "✘ Not yet. Hint: give a number\n"


def test_success(capsys):
    ex.run_checks(2, [(lambda a: ex.close(a, 2.0), "two")], success="Yes.")
    assert capsys.readouterr().out == "✔ Yes.\n"


# --- checks read sensibly on corpora other than the seeds ----------------------------------------

def test_saturation_check_on_short_articles(capsys):
    from lib.corpus import corpus_from_texts
    from lib.exercises.sentiment import check_saturation

    check_saturation(0, corpus_from_texts({"a": "Title\n\nA short calm note."}))
    out = capsys.readouterr().out
    assert out.startswith("✔ The article does not score above 0.9") and "saturates." not in out


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
