"""Figures: extraction, normalisation, speakers, comparison, evaluation against the gold file."""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lib.figures as figures_mod
import lib.numbers as numbers_mod
from lib.corpus import corpus_from_texts, load_corpus
from lib.evaluation.figures import evaluate_figures, peer_summary, score_peer_cases
from lib.evaluation.readers import load_peer_suites, read_gold
from lib.figures import (
    COLUMNS,
    _patterns,
    _regex,
    _sentences,
    _speakers,
    compare_figures,
    extract_figures,
    figures_in,
    subject_key,
)
from lib.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "figures.csv"
PEER = ROOT.parent / "shared" / "peer-tests"
NO_QUOTES = pd.DataFrame({"doc_id": pd.Series(dtype=object), "start": pd.Series(dtype=int),
                          "end": pd.Series(dtype=int), "speaker": pd.Series(dtype=object)})


def one(text: str, surface: str | None = None) -> pd.Series:
    f = figures_in(text)
    assert len(f), f"no figure in {text!r}"
    if surface is None:
        assert len(f) == 1, f[["surface", "value"]].values.tolist()
        return f.iloc[0]
    hit = f[f["surface"] == surface]
    assert len(hit) == 1, f[["surface", "value"]].values.tolist()
    return hit.iloc[0]


# every form the issue lists: (text, surface, value, unit, kind, qualifier)
CASES = [
    ("Trade reached $6.3 billion.", "$6.3 billion", 6.3e9, "USD", "money", "="),
    ("goods worth 6.3 billion US dollars.", "6.3 billion US dollars", 6.3e9, "USD", "money", "="),
    ("It was USD 10 billion.", "USD 10 billion", 1e10, "USD", "money", "="),
    ("a fund of €1.2bn", "€1.2bn", 1.2e9, "EUR", "money", "="),
    ("It cost £300m.", "£300m", 3e8, "GBP", "money", "="),
    ("a budget of 330 billion soms", "330 billion soms", 3.3e11, "KGS", "money", "="),
    ("paid 5 million tenge", "5 million tenge", 5e6, "KZT", "money", "="),
    ("worth 40 billion lira", "40 billion lira", 4e10, "TRY", "money", "="),
    ("2 million manat", "2 million manat", 2e6, "AZN", "money", "="),
    ("300 roubles", "300 roubles", 300, "RUB", "money", "="),
    ("The earthquake took 49 thousand lives.", "49 thousand", 49000, "life", "count", "="),
    ("a crowd of 1,500,000 people", "1,500,000", 1.5e6, "people", "count", "="),
    ("six agreements will be signed", "six", 6, "agreement", "count", "="),
    ("a fifth of the budget", "a fifth", 0.2, "", "count", "="),
    ("half a million people", "half a million", 5e5, "people", "count", "="),
    ("inflation of 18 per cent", "18 per cent", 18, "%", "percent", "="),
    ("exports rose 33%.", "33%", 33, "%", "percent", "up"),
    ("11 heads of state will attend", "11", 11, "head of state", "count", "="),
    ("the 10th summit", "10th", 10, "summit", "ordinal", "="),
    ("Turkey is the fourth largest trading partner.", "fourth", 4, "trading partner", "rank", "="),
    ("among the top 10 investors", "top 10", 10, "investor", "rank", "="),
    ("In 1992, the forum was founded.", "1992", 1992, "year", "year", "="),
    ("during the two-day conference", "two-day", 2, "day", "duration", "="),
    ("Achieving the target of a $10 billion trade volume", "$10 billion", 1e10, "USD", "money", "target"),
    ("They set a $10 billion target.", "$10 billion", 1e10, "USD", "money", "target"),
    ("turnover needs to be increased to 10 billion US dollars", "10 billion US dollars", 1e10, "USD", "money",
     "target"),
    ("investments exceeding $5 billion in total", "$5 billion", 5e9, "USD", "money", ">"),
    ("more than 10 other nations", "10", 10, "nation", "count", ">"),
    ("over 200 people", "200", 200, "people", "count", ">"),
    ("about 300 people", "300", 300, "people", "count", "~"),
    ("roughly $4m was raised", "$4m", 4e6, "USD", "money", "~"),
    ("nearly 40% of voters", "40%", 40, "%", "percent", "~"),
    ("sales were down 5% on the year", "5%", 5, "%", "percent", "down"),
    ("It costs 50p.", "50p", 0.5, "GBP", "money", "="),
    ("a loan of ¥2,000", "¥2,000", 2000, "JPY", "money", "="),
]


# general rules added for the peer suites and news text: (text, surface, value, unit, kind, qualifier)
MORE_CASES = [
    ("She won a third term.", "third", 3, "term", "ordinal", "="),            # "a" + ordinal + noun
    ("Sales fell by a third in 2023.", "a third", 1 / 3, "", "count", "down"),  # a share
    ("the twenty-fifth anniversary", "twenty-fifth", 25, "anniversary", "ordinal", "="),
    ("the 2,838th day", "2,838th", 2838, "day", "ordinal", "="),
    ("One in five adults smoke.", "One in five", 0.2, "adult", "count", "="),
    ("nine out of 10 doctors", "nine out of 10", 0.9, "doctor", "count", "="),
    ("It cost five billion and three quarters.", "five billion and three quarters", 5.75e9, "", "count", "="),
    ("two thirds of a million", "two thirds of a million", 2e6 / 3, "", "count", "="),
    ("two-and-a-half years", "two-and-a-half years", 2.5, "year", "duration", "="),
    ("three hundred and two dozens", "three hundred and two dozens", 324, "", "count", "="),
    ("1.3x10^6", "1.3x10^6", 1.3e6, "", "count", "="),
    ("a factor of 2.48×10−5", "2.48×10−5", 2.48e-5, "", "count", "="),
    ("It costs 15 dollars and 50.", "15 dollars and 50", 15.5, "USD", "money", "="),
    ("USD115", "USD115", 115, "USD", "money", "="),
    ("3 dimes", "3 dimes", 0.3, "USD", "money", "="),
    ("That revenue target is US$ 1MM", "US$ 1MM", 1e6, "USD", "money", "target"),
    ("utilisation rates at 80% or higher", "80%", 80, "%", "percent", ">"),
]


@pytest.mark.parametrize("text,surface,value,unit,kind,qualifier", CASES + MORE_CASES)
def test_forms(text, surface, value, unit, kind, qualifier):
    """The forms the issue lists (CASES) and the general rules added since (MORE_CASES)."""
    r = one(text, surface)
    assert math.isclose(r["value"], value, rel_tol=1e-9)
    assert (r["unit"], r["kind"], r["qualifier"]) == (unit, kind, qualifier)


def test_numbers_that_stay_apart():
    assert figures_in("3 hundred and 2 hundred")["value"].tolist() == [300, 200]
    assert figures_in("13 out of 659 MPs")["value"].tolist() == [13, 659]  # a ratio only of small numbers
    assert figures_in("15 dollars and 50 people")["value"].tolist() == [15, 50]
    assert figures_in("paid $20 to 30 workers")["value"].tolist() == [20, 30]
    assert figures_in("Exercises 22,24,26,31.")["value"].tolist() == [22, 24, 26, 31]
    # a change and the new level are not a range; "rose by 3 to 4%" is
    f = figures_in("Shares rose 15 cents to $4.35.")
    assert f[["value", "qualifier"]].values.tolist() == [[0.15, "up"], [4.35, "="]]
    assert one("sales rose by 3 to 4 percent")[["low", "high"]].tolist() == [3, 4]
    r = one("a $3-5 billion deal")
    assert (r["low"], r["high"], r["unit"]) == (3e9, 5e9, "USD")
    assert figures_in("fast 5G networks and 3D films").empty
    assert figures_in("call +1-222-2222/2222").empty
    assert figures_in("several hundred million pounds").empty


def test_ranges():
    r = one("profits of between $1.1 billion and $1.4 billion")
    assert (r["low"], r["high"], r["unit"], r["kind"]) == (1.1e9, 1.4e9, "USD", "money")
    assert r["surface"] == "between $1.1 billion and $1.4 billion"
    r = one("a loss of $3-5 billion")
    assert (r["low"], r["high"], r["unit"], r["surface"]) == (3e9, 5e9, "USD", "$3-5 billion")
    r = one("in 2013-14 the club")
    assert (r["kind"], r["low"], r["high"]) == ("year", 2013, 2014)
    r = one("Chelsea won 2-1 on Sunday", "2-1")
    assert (r["kind"], r["low"], r["high"]) == ("score", 2, 2)  # a score is not a range


def test_a_ten_billion_target_is_not_one_unit():
    f = figures_in("Achieving the target of a $10 billion bilateral trade volume is no longer a distant goal.")
    assert f["value"].tolist() == [1e10]


def test_years_are_not_counts_and_header_dates_are_not_figures():
    f = figures_in("CICA, founded in 1992, has 27 member governments.")
    assert f[["surface", "kind"]].values.tolist() == [["1992", "year"], ["27", "count"]]
    corpus = corpus_from_texts({"a": " date 2023-03-16 Talks held\n\nThe leaders signed six deals."})
    f = extract_figures(corpus, quotes=NO_QUOTES)
    assert f["surface"].tolist() == ["six"]


def test_not_figures():
    assert figures_in("The one you mean; one of them; to have one.").empty  # pronouns
    # "one of" a plural noun phrase is a count of one (as the quantity guide annotates it)
    assert figures_in("One of the largest investors").iloc[0][["value", "unit", "kind"]].tolist() == \
        [1.0, "investor", "count"]
    f = figures_in("Meet at 2 pm on 5/17/2018.")  # a clock time is a figure of its own kind; the date none
    assert f[["surface", "kind", "value"]].values.tolist() == [["2 pm", "time", 14.0]]
    assert figures_in("Formula One and Channel Four.").empty
    assert figures_in("The L2 point and COVID-19.").empty


def test_subject_and_period():
    r = one("Nurtileu said mutual trade volume reached $6.3 billion in 2022.", "$6.3 billion")
    assert (r["subject"], r["period"]) == ("mutual trade volume", 2022)
    r = one("Türkiye has made $4.7 billion in direct investments.")
    assert r["subject"] == "direct investments"
    r = one("the trade turnover between the two countries needs to be increased to 10 billion US dollars",
            "10 billion US dollars")
    assert r["subject"] == "trade turnover"
    r = one("Türkiye traded with Kazakhstan goods worth 6.3 billion US dollars, up 33%.", "33%")
    assert (r["subject"], r["qualifier"]) == ("trade volume", "up")


def test_offsets_and_columns_on_odd_text():
    for text in ["", "no numbers", "9" * 400, "1e999 and $-", "£", "between 5 and", "a a a fifth",
                 "½ ⅓", "http://x.org/?q=30%25", "-", "$$$ 1 2 3 four five 6th", "\n\n12\n\n"]:
        f = figures_in(text)
        assert list(f.columns) == COLUMNS
        assert all(text[s:e] == x for s, e, x in zip(f["start"], f["end"], f["surface"]))


def test_speaker_from_quotes():
    text = 'Fidan said: "We invested $5 billion." Later, Smith said it cost £3m. Trade was $1bn.'
    q1 = text.index('"We')
    q2 = text.index("it cost")
    quotes = pd.DataFrame({"quote_id": [0, 1], "start": [q1, q2], "end": [text.index('."') + 2, q2 + 13],
                           "quote": ["", ""], "kind": ["direct", "indirect"], "speaker": ["Fidan", "Smith"]})
    f = figures_in(text, quotes)
    assert f["speaker"].tolist() == ["Fidan", "Smith", None]
    # a quote with an unknown speaker leaves the figure's speaker empty
    quotes.loc[0, "speaker"] = None
    assert figures_in(text, quotes)["speaker"].tolist() == [None, "Smith", None]


def test_extract_figures_is_figures_in_per_article(seed_figures):
    corpus = load_corpus(ROOT / "seeds")
    quotes = extract_quotes(corpus)
    per_article = pd.concat([figures_in(t, quotes[quotes["doc_id"] == d]).assign(doc_id=d)
                             for d, t in zip(corpus["doc_id"], corpus["text"])], ignore_index=True)
    per_article = per_article[["doc_id", *per_article.columns[:-1]]]
    pd.testing.assert_frame_equal(extract_figures(corpus, quotes), per_article, check_dtype=False)
    empty = extract_figures(corpus_from_texts({"b": "T\n\nNothing here."}))
    assert list(empty.columns) == ["doc_id", *COLUMNS] and not len(empty)


def test_peer_scoring_leaves_out_what_is_not_a_figure():
    cases = [{"Input": "Meet on 5/17/2018 or call +1-222-2222/2222 about SCP-173.",
              "Results": [{"Text": "5", "TypeName": "number", "Resolution": {"value": "5"}, "Start": 8, "End": 8},
                          {"Text": "222", "TypeName": "number", "Resolution": {"value": "222"},
                           "Start": 29, "End": 31},
                          {"Text": "173", "TypeName": "number", "Resolution": {"value": "173"},
                           "Start": 53, "End": 55}]},
             {"Input": "Only a small percent attain it, but 5% do.",
              "Results": [{"Text": "percent", "TypeName": "percentage", "Resolution": {"value": "null"},
                           "Start": 13, "End": 19},
                          {"Text": "5%", "TypeName": "percentage", "Resolution": {"value": "5%"},
                           "Start": 36, "End": 37}]}]
    rows = score_peer_cases("number", cases[:1])
    assert rows["category"].tolist() == ["excluded"] * 3
    assert rows["note"].str.contains("date|phone|name").all()
    rows = score_peer_cases("percent", cases[1:])
    assert rows["gold"].tolist() == ["5%"] and rows["passed"].all()


def test_evaluate_counts_people_as_plural_of_person():
    g = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [3], "value": [200.0], "unit": ["person"],
                      "kind": ["count"], "qualifier": ["="]})
    assert evaluate_figures(figures_in("200 people").assign(doc_id="a"), g)[0]["unit"] == 1.0


def test_subject_key():
    assert subject_key("mutual trade volume") == subject_key("the trade turnover") == "trade volume"
    assert subject_key("total investments") == subject_key("direct investments") == "investment"
    assert subject_key("founded") != subject_key("independence")


@pytest.fixture(scope="module")
def seed_figures():
    return extract_figures(load_corpus(ROOT / "seeds"), quotes=NO_QUOTES)


def _group_of(comp, doc_prefix, surface):
    for r in comp.itertuples():
        if any(s.startswith(doc_prefix) and s.endswith(": " + surface) for s in r.figures):
            return r
    raise AssertionError(f"{doc_prefix} {surface} not in any group")


def test_compare_seed_figures(seed_figures):
    comp = compare_figures(seed_figures)
    assert set(comp.columns) >= {"group", "subject", "doc_ids", "speakers", "values", "status", "rule"}
    assert set(comp["status"]) <= {"agree", "differ", "single"}
    a = _group_of(comp, "001", "6.3 billion US dollars")
    assert a.group == _group_of(comp, "003", "$6.3 billion").group and a.status == "agree"
    t = _group_of(comp, "001", "10 billion US dollars")
    assert t.group == _group_of(comp, "003", "$10 billion").group and t.status == "agree"
    # without speakers nothing says the article gives one quantity twice: not compared
    i = _group_of(comp, "003", "$5 billion")
    assert i.status == "single" and "restates" in i.rule
    y = [r for r in comp.itertuples() if any(s.endswith(": 1992") for s in r.figures)]
    assert len(y) == 2 and all(r.status == "single" for r in y)


def test_compare_seed_investments_differ_with_two_speakers():
    # the two investment figures of one article come from two speakers: a restatement that differs
    figures = extract_figures(load_corpus(ROOT / "seeds"))
    comp = compare_figures(figures)
    i = _group_of(comp, "003", "$5 billion")
    assert i.group == _group_of(comp, "003", "$4.7 billion").group and i.status == "differ"
    assert "direct" in i.rule and "total" in i.rule and "different speakers" in i.rule


def test_compare_respects_period_and_role():
    f = pd.DataFrame([
        {"doc_id": "a", "start": 0, "end": 1, "surface": "x", "value": 5.0, "unit": "USD", "kind": "money",
         "qualifier": "=", "subject": "trade volume", "period": 2021, "speaker": None},
        {"doc_id": "b", "start": 0, "end": 1, "surface": "y", "value": 6.0, "unit": "USD", "kind": "money",
         "qualifier": "=", "subject": "trade turnover", "period": 2022, "speaker": None},
        {"doc_id": "c", "start": 0, "end": 1, "surface": "z", "value": 10.0, "unit": "USD", "kind": "money",
         "qualifier": "target", "subject": "trade volume", "period": None, "speaker": None},
    ])
    comp = compare_figures(f)
    assert comp["status"].tolist() == ["single", "single", "single"]
    f.loc[1, "period"] = 2021
    comp = compare_figures(f)
    # same period, other values, and no figure names whose trade it is: not compared at all (another
    # country's trade as likely as a restatement)
    assert sorted(comp["status"]) == ["single", "single", "single"]
    assert "do not all name the same entity" in comp["rule"][0]
    f["entity"] = ["Kazakhstan", "Kazakhstan", ""]
    assert sorted(compare_figures(f)["status"]) == ["differ", "single"]
    f.loc[1, "period"] = None  # the same entity, one period unstated: unclear
    assert sorted(compare_figures(f)["status"]) == ["single", "unclear"]


def test_a_sentence_two_articles_print_is_one_source():
    f = pd.DataFrame([
        {"doc_id": d, "start": 0, "end": 1, "surface": "£50m", "value": 5e7, "unit": "GBP", "kind": "money",
         "qualifier": "=", "subject": "transfer fee", "period": None, "speaker": None, "passage": 7}
        for d in ("a", "b")])
    comp = compare_figures(f)
    assert comp["status"].tolist() == ["single", "single"]
    f["passage"] = [7, 8]
    assert compare_figures(f)["status"].tolist() == ["agree"]


def test_a_count_of_one_and_an_age_before_another_are_never_compared():
    from lib.figures import figures_in
    f = figures_in("The minimum wage for 16 and 17-year-olds rose. One of his priorities is Africa.")
    assert f["kind"].tolist()[:2] == ["age", "age"]


def test_compare_seed_figures_with_main_names(seed_figures):
    # the seed articles share their main names, so the cross-article groups stay as they are
    from lib.people import main_names

    corpus = load_corpus(ROOT / "seeds")
    names = {d: main_names(t) for d, t in zip(corpus["doc_id"], corpus["text"])}
    assert all("Kazakhstan" in n for n in names.values())
    comp = compare_figures(seed_figures, names)
    a = _group_of(comp, "001", "6.3 billion US dollars")
    assert a.group == _group_of(comp, "003", "$6.3 billion").group and a.status == "agree"
    assert "share the names" in a.rule and "Kazakhstan" in a.rule
    plain = compare_figures(seed_figures)
    assert sorted(map(sorted, comp["figures"])) == sorted(map(sorted, plain["figures"]))


def test_main_names():
    from lib.people import main_names

    text = ("Officials said on Monday that Yukos's case was filed in Houston. Judges in Houston, the UK and the UK's "
            "regulators, and DVDs and DVDs. In March, Mr Khodorkovsky and President Putin met; Putin and Mr "
            "Khodorkovsky spoke in March, as did Yukos.\n\nMoscow fell. Officials in Moscow")
    # sentence-initial words ("Officials", the second "Moscow"), acronyms, months, titles and names
    # used once do not count; a possessive 's is dropped
    assert main_names(text) == ["Houston", "Khodorkovsky", "Putin", "Yukos"]
    assert main_names(text, k=1) == ["Houston"]
    assert main_names("") == []


def test_compare_across_articles_needs_a_shared_main_name():
    row = {"start": 0, "end": 1, "surface": "x", "unit": "USD", "kind": "money", "qualifier": "=",
           "subject": "pre-tax profit", "period": None, "speaker": None}
    f = pd.DataFrame([{**row, "doc_id": d, "value": v} for d, v in (("a", 1.0), ("b", 2.0), ("c", 2.0), ("d", 2.0))])
    # a and b are about different companies (they share only "London"); c shares two names with b,
    # d two with c only (a chain)
    names = {"a": ["Barclays", "London"], "b": ["Rank", "Deluxe", "London"], "c": ["Deluxe", "Rank", "Soho"],
             "d": ["deluxe", "Soho", "Hollywood"]}
    comp = compare_figures(f, names)
    groups = {tuple(r.doc_ids): r for r in comp.itertuples()}
    assert set(groups) == {("a",), ("b", "c", "d")}
    assert groups[("a",)].status == "single" and "fewer than 2 main names" in groups[("a",)].rule
    assert groups[("b", "c", "d")].status == "agree"
    assert "Deluxe, Rank, Soho" in groups[("b", "c", "d")].rule
    # one shared name is enough with min_shared=1: all four are grouped, but with no entity named,
    # different values are no comparison: each stands alone
    assert compare_figures(f, names, min_shared=1)["status"].tolist() == ["single"] * 4
    # without names, the same
    assert compare_figures(f)["status"].tolist() == ["single"] * 4
    # named by all four as one entity, and no period stated: "unclear", not "differ"
    assert compare_figures(f.assign(entity="Rank"))["status"].tolist() == ["unclear"]
    # an article missing from names shares nothing
    assert len(compare_figures(f, {"b": ["Deluxe", "Rank"], "c": ["Deluxe", "Rank"]})) == 3


def test_figures_on_seeds_have_valid_offsets(seed_figures):
    corpus = load_corpus(ROOT / "seeds")
    text = dict(zip(corpus["doc_id"], corpus["text"]))
    assert all(text[r.doc_id][r.start:r.end] == r.surface for r in seed_figures.itertuples())
    assert set(seed_figures["kind"]) <= set(figures_mod.KINDS)
    assert set(seed_figures["qualifier"]) <= set(figures_mod.QUALIFIERS)


def test_no_seed_specific_strings_in_lib():
    banned = re.compile(r"erdo[gğ]an|tokayev|fidan|nurt[i]?leu|kazakh(?!stani tenge|\w* tenge)"
                        r"|t[üu]rkiye|astana|cica|akorda", re.I)
    for path in [*sorted((ROOT / "lib" / "figures").glob("*.py")), ROOT / "lib" / "numbers.py"]:
        code = path.read_text(encoding="utf-8")
        hits = [m.group() for m in banned.finditer(code)]
        assert not hits, (path.name, hits)


# ---------------------------------------------------------------- gold file
# Lower bounds just under what was measured on the hand-annotated seeds (recall 1.0,
# value 1.0, unit 0.958, kind 1.0, qualifier 1.0; 24 gold figures, so one miss is
# 0.958); the tests fail if extraction gets worse.
GOLD_MIN = {"recall": 0.99, "value": 0.99, "unit": 0.95, "kind": 0.99, "qualifier": 0.99}


@pytest.mark.skipif(not GOLD.exists(), reason="tests/gold/figures.csv not written yet")
def test_against_gold(seed_figures):
    gold = read_gold(GOLD)
    summary, table = evaluate_figures(seed_figures, gold)
    for key, minimum in GOLD_MIN.items():
        assert summary[key] >= minimum, (key, summary[key], table[~table["found"]].to_dict("records"))


# ---------------------------------------------------------------- peer suites
@pytest.mark.skipif(not PEER.exists(), reason="../shared/peer-tests not present")
def test_peer_suites_lower_bounds():
    # just under what was measured (bench/figures_peer.py): money, percent and plain
    # numbers together 466/501 (93.0%); per category below
    s = peer_summary(pd.concat([score_peer_cases(name, cases) for name, cases in load_peer_suites(PEER).items()]))
    rate = {(r.suite, r.category): r.recall for r in s.itertuples()}
    main = s[s["category"].isin(["money", "percent", "number"])]
    assert main["found"].sum() / main["items"].sum() >= 0.92
    assert rate[("quantulum3", "number")] >= 0.96     # 0.970
    assert rate[("quantulum3", "money")] >= 0.79      # 0.800
    assert rate[("currency", "money")] >= 0.95        # 0.963
    assert rate[("number", "number")] >= 0.91         # 0.919
    assert rate[("percent", "percent")] >= 0.72       # 0.733
    assert rate[("quantulum3", "other unit")] >= 0.84  # 0.848
    assert rate[("ordinal", "ordinal")] >= 0.82       # 0.826
    assert rate[("range", "range")] >= 0.72           # 0.732
    # only documented non-figures (dates, addresses, phone numbers, names) are excluded
    excluded = s[s["category"] == "excluded"]
    assert excluded["items"].sum() <= 12
    errors = json.loads((PEER / "quantulum3" / "errors.json").read_text(encoding="utf-8"))
    for text in errors:
        figures_in(text)  # must not raise


# ---------------------------------------------------------------- fast paths
# figures_in and compare_figures take shortcuts for speed (issue 7). Each shortcut must give
# exactly what the plain form gives; these tests compare the two on the seeds and on random
# text built from the characters the patterns care about.

_PIECES = ["1", "9", "0", "12", "2004", ".", ",", ";", ":", "!", "?", "…", " ", " ", " ", "\t", "\n", "\u00a0", "-",
           "–", "—", "'", "’", '"', "“", "”", "«", "»", "‘", "(", ")", "$", "£", "€", "%", "½", "¾", "/", "a", "an",
           "A",
           "one", "One", "two", "twenty", "first", "third", "half", "hundred", "million", "bn", "m", "k", "th",
           "USD", "usd", "US", "Rs", "dollars", "pounds", "lira", "pound sterling", "cents", "x", "ab", "The",
           "Mr", "rose", "up", "by", "to", "more than", "about", "over", "target", "of", "the", "will",
           "increase", "aims", "in", "since", "total", "trade", "volume", "ſ", "K", "İ", "ı", "é", "٣"]


def _random_texts(n: int, seed: int, max_pieces: int = 14) -> list[str]:
    import random
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, max_pieces))) for _ in range(n)]


@pytest.fixture(scope="module")
def seed_texts():
    return list(load_corpus(ROOT / "seeds")["text"])


def test_number_starts_are_the_plain_scan(seed_texts):
    for text in seed_texts + _random_texts(4000, 1):
        assert [m.span() for m in _patterns._starts(text)] == [m.span() for m in _patterns._START.finditer(text)], text


def test_letters_that_fold_to_ascii():
    # _WORD_CANDIDATES must see every letter that matches an ASCII letter when case is ignored
    ascii_letter = re.compile("[a-z]", re.I)
    folds = {chr(c) for c in range(sys.maxunicode + 1)
             if not chr(c).isascii() and ascii_letter.fullmatch(chr(c))}
    assert folds == set(_patterns._FOLDS_TO_ASCII)


def test_sentence_index_is_sentence_bounds(seed_texts):
    import random
    rng = random.Random(2)
    texts = seed_texts + _random_texts(1500, 2) + ["".join(_random_texts(60, k, 30)) for k in range(20)]
    for text in texts:
        bounds = _sentences._sentence_index(text)
        for s in sorted({rng.randrange(len(text) + 1) for _ in range(40)} | {0, len(text)}):
            e = min(len(text), s + rng.randrange(4))
            assert bounds(s, e) == _sentences._sentence_bounds(text, s, e), (text, s, e)


def test_rewritten_patterns_match_the_plain_ones(seed_texts):
    plain_sent = re.compile(r"[.!?…]['\"”’»)]*[ \t]+(?=[\"“«'‘(]?[A-Z0-9])|\n")
    plain_clause = re.compile(r"[;:(]|,[ \t]|[ \t][–—-][ \t]|[\"“”«»]")
    names = "|".join(re.escape(k) for k in sorted(numbers_mod.CURRENCY_NAMES, key=len, reverse=True))
    fast_suffix = _patterns._SUFFIX_CURRENCY
    plain_suffix = re.compile(fast_suffix.pattern.replace(_patterns._CURRENCY_NAME_RE, names), fast_suffix.flags)
    assert plain_suffix.pattern != fast_suffix.pattern
    names_mixed_case = [n.upper() if i % 3 == 0 else n for i, n in enumerate(numbers_mod.CURRENCY_NAMES)]
    suffix_texts = ["".join(x) for x in zip(_random_texts(1500, 3, 3), names_mixed_case * 20,
                                           _random_texts(1500, 4, 2))]

    def spans(rx, text):
        return [m.span() for m in rx.finditer(text)]

    for text in seed_texts + _random_texts(3000, 3) + suffix_texts:
        assert spans(_patterns._SENT_BREAK, text) == spans(plain_sent, text)
        assert spans(_patterns._CLAUSE_BREAK, text) == spans(plain_clause, text)
        for i in range(len(text)):
            a, b = fast_suffix.match(text, i), plain_suffix.match(text, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, i)


def test_lower_case_twins_and_tail_searches(seed_texts):
    f = _patterns
    r = _regex
    twins = [(f._QUALIFIER_LEFT, f._QUALIFIER_LEFT_LC), (f._TARGET_VERB, f._TARGET_VERB_LC),
             (f._LINK_TAIL, f._LINK_TAIL_LC), (f._PERIOD, f._PERIOD_LC), (f._YEAR_CUE, f._YEAR_CUE_LC)]
    texts = _random_texts(3000, 5) + [t[i:i + 60] for t in seed_texts for i in range(0, len(t), 45)]
    for text in texts:
        for rx, twin in twins:
            a, b = r._search_ci(rx, twin, text), rx.search(text)
            assert (a and (a.span(), a.lastgroup, [g and g.lower() for g in a.groups()])) == \
                   (b and (b.span(), b.lastgroup, [g and g.lower() for g in b.groups()])), (rx.pattern[:30], text)
        a = r._search_ci(f._TARGET_VERB, f._TARGET_VERB_LC, text, r._last_words_start(text, 9))
        b = f._TARGET_VERB.search(text)
        assert (a and a.span()) == (b and b.span()), text
        a, b = r._search_tail(f._NP_END, text, f._NP_END_CHARS), f._NP_END.search(text)
        assert (a and a.span()) == (b and b.span()), text
        a = r._search_tail(f._WORD_DOT_SPACE_END, text, f._LETTERS_DOT_SPACE)
        b = f._WORD_DOT_SPACE_END.search(text)
        assert (a and a.span()) == (b and b.span()), text
        low = text.lower()
        if text.isascii():
            a, b = r._search_tail(f._LINK_TAIL_LC, low, f._LINK_TAIL_CHARS), f._LINK_TAIL_LC.search(low)
            assert (a and a.span()) == (b and b.span()), text
    with pytest.raises(ValueError):
        r._lower_twin(re.compile("[A-Z]x", re.I))


def test_speaker_lookup_is_the_pandas_reference():
    import numpy as np

    def table(starts, ends, speakers, dtype=None):
        q = pd.DataFrame({"quote_id": range(len(starts)), "start": starts, "end": ends, "speaker": speakers})
        if dtype:
            q = q.astype({"start": dtype, "end": dtype})
        return q

    tables = [
        table([0, 5, 5, 2], [20, 15, 15, 30], ["A", "B", "C", None]),            # ties: the first row wins
        table([0, 5], [20, 15], ["A", float("nan")]),                            # NaN speaker -> None
        table([0, 5], [20, 15], ["A", "B"], dtype="Int64"),                      # nullable, no missing value
        table([0.0, float("nan"), 3.0], [20.0, 30.0, 9.0], ["A", "B", "C"]),     # a NaN span holds nothing
        table([0, 5], [20, 15], pd.array(["A", None], dtype="str")),             # pandas string speakers
        table([], [], []),
        pd.DataFrame({"start": [0], "end": [9]}).astype(object).assign(speaker=["A"]),  # object spans
    ]
    for q in tables:
        lookup = _speakers._speaker_lookup(q)
        for s in range(0, 32, 3):
            for e in (s, s + 2, s + 7):
                a, b = lookup(s, e), _speakers._speaker(q, s, e)
                assert a is b or a == b or (pd.isna(a) and pd.isna(b)), (q, s, e, a, b)
    assert _speakers._speaker_lookup(None)(0, 1) is None
    assert _speakers._plain_numbers(np.array(["1"], dtype=object)) is None


def _compare_reference(figures: pd.DataFrame) -> pd.DataFrame:
    """compare_figures as it was written before issue 7 (row-wise pandas), to check the fast one against."""
    from typing import Any

    from lib.figures._comparison import _agree
    from lib.figures._phrases import _singular
    from lib.figures._vocabulary import SCOPE_WORDS, VERB_SUBJECTS
    from lib.figures._vocabulary import STOP as _STOP
    cols = ["group", "subject", "kind", "unit", "role", "doc_ids", "speakers", "values", "figures", "status", "rule",
            "members"]
    if figures is None or not len(figures):
        return pd.DataFrame(columns=cols)
    f = figures.copy()
    if "doc_id" not in f:
        f.insert(0, "doc_id", "")
    f = f.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    keys = []
    for r in f.itertuples():
        skey = subject_key(r.subject)
        standalone = (r.kind in ("ordinal", "rank", "duration") or not skey
                      or (r.kind == "count" and _singular(str(r.subject)) == str(r.unit))
                      or (r.kind == "count" and skey == subject_key(str(r.unit))))
        role = "target" if r.qualifier == "target" else ("change" if r.qualifier in ("up", "down") else "level")
        unit = r.unit if r.kind in ("money", "percent", "count") else ""
        keys.append(None if standalone else (r.kind, unit, role, skey))
    f["_key"] = keys
    groups: list[tuple[Any, list[int]]] = []
    by_key: dict = {}
    for idx, k in enumerate(keys):
        if k is None:
            groups.append((None, [idx]))
        else:
            by_key.setdefault(k, []).append(idx)
    weak_subjects = set(VERB_SUBJECTS.values())

    def strong(subject: str) -> bool:
        words = [w for w in str(subject).lower().split() if w not in _STOP]
        return len(words) >= 2 and str(subject).lower() not in weak_subjects

    split: dict = {}
    for k, idxs in by_key.items():
        if any(strong(f.at[i, "subject"]) for i in idxs):
            split[k] = idxs
        else:
            for i in idxs:
                split.setdefault(k + (f.at[i, "doc_id"],), []).append(i)
    by_key = split
    for k, idxs in by_key.items():
        periods = sorted({int(p) for p in f.loc[idxs, "period"].dropna()})
        if len(periods) <= 1:
            groups.append((k, idxs))
        else:
            for p in periods:
                groups.append((k, [i for i in idxs if pd.notna(f.at[i, "period"]) and int(f.at[i, "period"]) == p]))
            rest = [i for i in idxs if pd.isna(f.at[i, "period"])]
            if rest:
                groups.append((k, rest))
    groups.sort(key=lambda g: (min(g[1])))
    rows = []
    for gid, (k, idxs) in enumerate(groups, start=1):
        sub = f.loc[idxs]
        first = sub.iloc[0]
        values = [float(v) for v in sub["value"]]
        doc_ids = sorted(set(sub["doc_id"]))
        speakers = sorted({s for s in sub["speaker"] if isinstance(s, str) and s})
        surfaces = [f"{d}: {s}" for d, s in zip(sub["doc_id"], sub["surface"])]
        if len(idxs) == 1:
            status = "single"
            rule = "no other figure of this kind, unit and subject" if k else f"{first['kind']}: not compared"
        else:
            status = "agree" if _agree(values) else "differ"
            kind, unit, role, skey = k[:4]
            names = sorted({str(s) for s in sub["subject"]})
            rule = (f"same kind ({kind}{', ' + unit if unit else ''}), role ({role}) and subject key "
                    f"'{skey}' (from {'; '.join(names)})")
            if len(k) > 4:
                rule += "; vague subject: compared within the article only"
            pers = sorted({int(p) for p in sub["period"].dropna()})
            rule += f"; period {pers[0]}" if pers else "; no period stated"
            quals = sorted(set(sub["qualifier"]))
            if status == "differ" and len(quals) > 1:
                rule += f"; qualifiers differ ({', '.join(quals)})"
            scope = sorted({w for s in sub["subject"] for w in str(s).lower().split() if w in SCOPE_WORDS})
            if status == "differ" and scope:
                rule += f"; scope words: {', '.join(scope)}"
            if len(speakers) > 1:
                rule += f"; {len(speakers)} speakers"
        subj = k[3] if k else (first["subject"] or first["unit"] or "")
        role = k[2] if k else ("target" if first["qualifier"] == "target" else
                               "change" if first["qualifier"] in ("up", "down") else "level")
        rows.append({"group": gid, "subject": subj, "kind": first["kind"], "unit": first["unit"], "role": role,
                     "doc_ids": doc_ids, "speakers": speakers, "values": values,
                     "figures": surfaces, "status": status, "rule": rule,
                     "members": [(d, int(s)) for d, s in zip(sub["doc_id"], sub["start"])]})
    return pd.DataFrame(rows, columns=cols)
    return pd.DataFrame(rows, columns=cols)


def _split_pairwise(by_key, doc_col, names, min_shared):
    """Reference for _split_by_names: every pair of articles compared, components merged."""
    from lib.people import fold

    need = max(1, min_shared)
    folded = {d: {fold(n): n for n in names.get(d, ())} for d in set(doc_col)}
    out, shared = {}, {}
    for k, idxs in by_key.items():
        docs = sorted({doc_col[i] for i in idxs})
        if len(docs) < 2:
            out[k] = idxs
            continue
        links = [(a, b, folded[a].keys() & folded[b].keys()) for x, a in enumerate(docs) for b in docs[x + 1:]]
        links = [(a, b, c) for a, b, c in links if len(c) >= need]
        comp = {d: frozenset([d]) for d in docs}
        changed = True
        while changed:  # merge until stable: slow and plainly right
            changed = False
            for a, b, _ in links:
                if comp[a] != comp[b]:
                    merged = comp[a] | comp[b]
                    for d in merged:
                        comp[d] = merged
                    changed = True
        parts = sorted({sorted(c)[0]: sorted(c) for c in comp.values()}.values())
        for part in parts:
            key = k if len(parts) == 1 else k + (("linked" if len(part) > 1 else "alone"), part[0])
            out[key] = [i for i in idxs if doc_col[i] in part]
            if len(part) > 1:
                shared[key] = sorted({folded[a][n] for a, b, c in links if a in part for n in c})
    return out, shared


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("abcdefg"), min_size=1, max_size=25),
       st.dictionaries(st.sampled_from("abcdefg"),
                       st.lists(st.sampled_from(["Rank", "rank", "Soho", "Deluxe", "London", "Ölçer", "olcer", "Bank"]),
                                max_size=5)),
       st.integers(0, 3), st.integers(1, 3))
def test_split_by_names_is_the_pairwise_reference(doc_col, names, min_shared, n_keys):
    from lib.figures._comparison import _split_by_names

    by_key = {("money", "USD", "level", f"s{j}"): [i for i in range(len(doc_col)) if i % n_keys == j]
              for j in range(n_keys)}
    by_key = {k: v for k, v in by_key.items() if v}
    assert _split_by_names(by_key, doc_col, names, min_shared) == _split_pairwise(by_key, doc_col, names, min_shared)


def test_compare_leaves_out_copies():
    row = {"start": 0, "end": 1, "surface": "$2m", "unit": "USD", "kind": "money", "qualifier": "=",
           "subject": "pre-tax profit", "period": None, "speaker": None, "value": 2e6}
    f = pd.DataFrame([{**row, "doc_id": d} for d in ("a", "b", "c")])
    names = {d: ["Rank", "Deluxe"] for d in "abc"}
    assert compare_figures(f, names)["doc_ids"].tolist() == [["a", "b", "c"]]
    comp = compare_figures(f, names, copies={"c": "a"})
    groups = {tuple(r.doc_ids): r for r in comp.itertuples()}
    assert set(groups) == {("a", "b"), ("c",)}
    assert groups[("a", "b")].status == "agree"
    assert groups[("c",)].status == "single" and "repeats a word for word" in groups[("c",)].rule


def _kinds_of(text: str) -> list[list]:
    return figures_in(text)[["surface", "kind"]].values.tolist()


def test_names_are_no_quantity():
    assert _kinds_of("She listens to Radio 7 and plays Zork 3.") == [["7", "name"], ["3", "name"]]
    assert _kinds_of("The Dax 30 index and the iWidget 12 launch.") == [["30", "name"], ["12", "name"]]
    assert _kinds_of("The firm sought Chapter 11 protection.") == [["11", "name"]]
    r = one("Shares rose on the XYZ 250 list.")
    assert (r["kind"], r["unit"], r["subject"]) == ("name", "", "XYZ")
    # a quantity: a word that introduces one, a percent, a scale, a counted noun, a year, a glued unit
    assert _kinds_of("About 200 people came. Some 40 firms left.") == [["200", "count"], ["40", "count"]]
    assert _kinds_of("Nearly 30 staff quit.") == [["30", "count"]]
    assert [k for _, k in _kinds_of("Acme 3% growth; Acme 15 million units; Acme 25 shops.")] == \
        ["percent", "count", "count"]
    assert _kinds_of("In 2004 the Zork 1990 edition") == [["2004", "year"], ["1990", "year"]]
    assert _kinds_of("the World 200m final") == [["200m", "measure"]]  # a distance (metre), no name
    assert _kinds_of("On March 4 it rained.") == [["March 4", "date"]]  # a date, no name


def test_minutes_of_play_are_times():
    f = figures_in("Smith, Jones (Brown 81), Green. Goals: Green 17, White 88.")
    assert f[["surface", "kind", "unit"]].values.tolist() == [
        ["81", "time", "minute of play"], ["17", "time", "minute of play"], ["88", "time", "minute of play"]]


def test_ages():
    assert _kinds_of("He died aged 84.") == [["84", "age"]]
    assert _kinds_of("She retired at the age of 61.") == [["61", "age"]]
    assert _kinds_of("The 84-year-old man and an 84-year old woman.") == [["84-year-old", "age"],
                                                                         ["84-year old", "age"]]
    r = one("people aged 16-18 were asked")
    assert (r["kind"], r["low"], r["high"], r["unit"]) == ("age", 16, 18, "year")
    assert _kinds_of("The war lasted 84 years.") == [["84 years", "duration"]]
    assert _kinds_of("a 10-year plan") == [["10-year", "duration"]]


def test_clock_times():
    f = figures_in("A curfew between 2300 and 0700 GMT; the show starts at 10.30am and ends at 11:45.")
    assert f[["surface", "kind", "value"]].values.tolist() == [
        ["2300", "time", 23.0], ["0700 GMT", "time", 7.0], ["10.30am", "time", 10.5], ["11:45", "time", 11.75]]
    assert _kinds_of("Trading closed at 1630 GMT.") == [["1630 GMT", "time"]]
    assert _kinds_of("from 0800 to 1800") == [["0800", "time"], ["1800", "time"]]
    # years stay years: no zone, no leading zero, not after 2100
    assert _kinds_of("by 2010 and from 1900 onwards") == [["2010", "year"], ["1900", "year"]]
    assert figures_in("at 25:70 sharp").empty or "time" not in figures_in("at 25:70 sharp")["kind"].tolist()


def test_odds():
    f = figures_in("She was backed at odds of 8-1, he is a 5-1 shot and the 11/4 favourite; favourite at 2-1.")
    assert f[["surface", "kind", "value"]].values.tolist() == [
        ["8-1", "odds", 8.0], ["5-1", "odds", 5.0], ["11/4", "odds", 2.75], ["2-1", "odds", 2.0]]
    assert _kinds_of("3/4 of the staff") == [["3/4", "count"]]


def test_scores():
    f = figures_in("United won 2-1 and then drew 1-1; she beat Lee 6-4 6-3 after a 17-16 half-time lead.")
    assert f[["surface", "kind", "value", "low", "high"]].values.tolist() == [
        ["2-1", "score", 2.0, 2.0, 2.0], ["1-1", "score", 1.0, 1.0, 1.0], ["6-4", "score", 6.0, 6.0, 6.0],
        ["6-3", "score", 6.0, 6.0, 6.0], ["17-16", "score", 17.0, 17.0, 17.0]]
    # no word of a match, or a unit after the pair: a range
    r = one("Prices were 5-10 lower this week.")
    assert (r["kind"], r["low"], r["high"]) == ("count", 5, 10)
    r = one("The party won 20-30 seats.")
    assert (r["kind"], r["low"], r["high"]) == ("count", 20, 30)
    assert one("Sales won a 5-7% rise.")["kind"] == "percent"


def test_halves_of_periods_and_ranges():
    assert _kinds_of("Profits rose in the second half.") == [["second", "ordinal"]]
    assert _kinds_of("in the first half of the year, at half-time") == [["first", "ordinal"]]
    assert one("half of the staff")["value"] == 0.5
    r = one("from 60 to 65 people")
    assert (r["value"], r["low"], r["high"]) == (62.5, 60, 65)
    r = one("between 5% and 6%")
    assert (r["value"], r["low"], r["high"], r["kind"]) == (5.5, 5, 6, "percent")
    assert len(figures_in("Sales rose from 60 to 65.")) == 2  # a change: two figures


def test_no_quantity_kinds_are_never_compared():
    text = ("Channel 4 and Channel 4 again. He died aged 84; she died aged 84. At 0700 GMT and at 0700 GMT. "
            "Odds of 8-1 and odds of 8-1. They won 2-1 and won 2-1 again.")
    f = figures_in(text)
    assert set(f["kind"]) == {"name", "age", "time", "odds", "score"}
    c = compare_figures(f.assign(doc_id="a"))
    assert set(c["status"]) == {"single"}
    assert all(k in figures_mod.KINDS for k in f["kind"])


def test_judged_bbc_groups_are_two_independent_complete_labellings():
    judged = pd.read_csv(ROOT / "tests" / "gold" / "figure_groups_judged.csv", comment="#")
    labels = {"valid", "duplicate", "invalid"}
    assert set(judged["label_a"]) <= labels and set(judged["label_b"]) <= labels
    assert judged["n"].is_unique and set(judged["status"]) <= {"agree", "differ"}
    # what the judged sample says of the rules that made it (kept as measured; see tests/gold/README.md)
    valid = judged.assign(ok=judged["label_a"] == "valid").groupby("status")["ok"].mean()
    assert valid["agree"] >= 0.8


def test_two_organisations_quoted_in_one_article_are_no_restatement():
    row = {"doc_id": "a", "surface": "x", "unit": "USD", "kind": "money", "qualifier": "=", "subject": "annual profit",
           "period": 2004, "entity": "", "revision": ""}
    people = pd.DataFrame([
        {**row, "start": 0, "end": 1, "value": 16.2e9, "speaker": "Jo Bell", "speaker_type": "person"},
        {**row, "start": 9, "end": 10, "value": 17.5e9, "speaker": "Al Kim", "speaker_type": "person"}])
    assert compare_figures(people)["status"].tolist() == ["differ"]
    firms = people.assign(speaker=["Oilco", "Gasco"], speaker_type=["organisation", "organisation"])
    assert compare_figures(firms)["status"].tolist() == ["single", "single"]
