"""Figures: extraction, normalisation, speakers, comparison, evaluation against the gold file."""
from __future__ import annotations

import doctest
import json
import math
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

import lib.figures as figures_mod
import lib.numbers as numbers_mod
from lib.corpus import corpus_from_texts, load_corpus
from lib.figures import (COLUMNS, compare_figures, evaluate_figures, extract_figures, figures_in,
                         peer_summary, score_peer_cases, subject_key)

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


def test_doctests():
    assert doctest.testmod(figures_mod).failed == 0
    assert doctest.testmod(numbers_mod).failed == 0


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
    ("turnover needs to be increased to 10 billion US dollars", "10 billion US dollars", 1e10, "USD", "money", "target"),
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


@pytest.mark.parametrize("text,surface,value,unit,kind,qualifier", CASES)
def test_issue_forms(text, surface, value, unit, kind, qualifier):
    r = one(text, surface)
    assert math.isclose(r["value"], value, rel_tol=1e-9)
    assert (r["unit"], r["kind"], r["qualifier"]) == (unit, kind, qualifier)


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


@pytest.mark.parametrize("text,surface,value,unit,kind,qualifier", MORE_CASES)
def test_more_forms(text, surface, value, unit, kind, qualifier):
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
    r = one("Chelsea won 2-1 on Sunday", "2")
    assert r["kind"] == "count"  # a score is not a range


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
    assert figures_in("One of the largest investors; the one you mean.").empty
    assert figures_in("Meet at 2 pm on 5/17/2018.").empty
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


def test_extract_figures_without_lib_quotes(monkeypatch):
    monkeypatch.setitem(sys.modules, "lib.quotes", None)  # import fails
    corpus = corpus_from_texts({"a": "T\n\nIt cost £300m.", "b": "T\n\nNothing here."})
    f = extract_figures(corpus)
    assert f[["doc_id", "value", "unit"]].values.tolist() == [["a", 3e8, "GBP"]]
    assert f["speaker"].isna().all()


def test_peer_scoring_leaves_out_what_is_not_a_figure():
    cases = [{"Input": "Meet on 5/17/2018 or call +1-222-2222/2222 about SCP-173.",
              "Results": [{"Text": "5", "TypeName": "number", "Resolution": {"value": "5"}, "Start": 8, "End": 8},
                          {"Text": "222", "TypeName": "number", "Resolution": {"value": "222"}, "Start": 29, "End": 31},
                          {"Text": "173", "TypeName": "number", "Resolution": {"value": "173"}, "Start": 53, "End": 55}]},
             {"Input": "Only a small percent attain it, but 5% do.",
              "Results": [{"Text": "percent", "TypeName": "percentage", "Resolution": {"value": "null"}, "Start": 13, "End": 19},
                          {"Text": "5%", "TypeName": "percentage", "Resolution": {"value": "5%"}, "Start": 36, "End": 37}]}]
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
    i = _group_of(comp, "003", "$5 billion")
    assert i.group == _group_of(comp, "003", "$4.7 billion").group and i.status == "differ"
    assert "direct" in i.rule and "total" in i.rule
    y = [r for r in comp.itertuples() if any(s.endswith(": 1992") for s in r.figures)]
    assert len(y) == 2 and all(r.status == "single" for r in y)


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
    assert sorted(comp["status"]) == ["differ", "single"]


def test_figures_on_seeds_have_valid_offsets(seed_figures):
    corpus = load_corpus(ROOT / "seeds")
    text = dict(zip(corpus["doc_id"], corpus["text"]))
    assert all(text[r.doc_id][r.start:r.end] == r.surface for r in seed_figures.itertuples())
    assert set(seed_figures["kind"]) <= set(figures_mod.KINDS)
    assert set(seed_figures["qualifier"]) <= set(figures_mod.QUALIFIERS)


def test_no_seed_specific_strings_in_lib():
    banned = re.compile(r"erdo[gğ]an|tokayev|fidan|nurt[i]?leu|kazakh(?!stani tenge|\w* tenge)|t[üu]rkiye|astana|cica|akorda",
                        re.I)
    for path in (ROOT / "lib" / "figures.py", ROOT / "lib" / "numbers.py"):
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
    gold = pd.read_csv(GOLD, dtype={"unit": str, "qualifier": str}, keep_default_na=False,
                       na_values={"value": [""], "start": [""], "end": [""]})
    summary, table = evaluate_figures(seed_figures, gold)
    for key, minimum in GOLD_MIN.items():
        assert summary[key] >= minimum, (key, summary[key], table[~table["found"]].to_dict("records"))


# ---------------------------------------------------------------- peer suites
PEER_FILES = {"quantulum3": "quantulum3/quantities.json",
              "currency": "recognizers_text/NumberWithUnit/CurrencyModel.json",
              "percent": "recognizers_text/Number/PercentModel.json",
              "number": "recognizers_text/Number/NumberModel.json",
              "ordinal": "recognizers_text/Number/OrdinalModel.json",
              "range": "recognizers_text/Number/NumberRangeModel.json"}


@pytest.mark.skipif(not PEER.exists(), reason="../shared/peer-tests not present")
def test_peer_suites_lower_bounds():
    # just under what was measured (bench/figures_peer.py): money, percent and plain
    # numbers together 466/501 (93.0%); per category below
    s = peer_summary(pd.concat([score_peer_cases(name, json.loads((PEER / rel).read_text(encoding="utf-8")))
                                for name, rel in PEER_FILES.items()]))
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
