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
# value 1.0, unit 0.92, kind 1.0, qualifier 1.0; closing note of
# issue 5); the tests fail if extraction gets worse.
GOLD_MIN = {"recall": 0.95, "value": 0.95, "unit": 0.9, "kind": 0.95, "qualifier": 0.95}


@pytest.mark.skipif(not GOLD.exists(), reason="tests/gold/figures.csv not written yet")
def test_against_gold(seed_figures):
    gold = pd.read_csv(GOLD, dtype={"unit": str, "qualifier": str}, keep_default_na=False,
                       na_values={"value": [""], "start": [""], "end": [""]})
    summary, table = evaluate_figures(seed_figures, gold)
    for key, minimum in GOLD_MIN.items():
        assert summary[key] >= minimum, (key, summary[key], table[~table["found"]].to_dict("records"))


# ---------------------------------------------------------------- peer suites
@pytest.mark.skipif(not PEER.exists(), reason="../shared/peer-tests not present")
def test_peer_suites_lower_bounds():
    q = json.loads((PEER / "quantulum3" / "quantities.json").read_text(encoding="utf-8"))
    cur = json.loads((PEER / "recognizers_text" / "NumberWithUnit" / "CurrencyModel.json").read_text(encoding="utf-8"))
    pct = json.loads((PEER / "recognizers_text" / "Number" / "PercentModel.json").read_text(encoding="utf-8"))
    s = peer_summary(pd.concat([score_peer_cases("quantulum3", q), score_peer_cases("currency", cur),
                                score_peer_cases("percent", pct)]))
    rate = {(r.suite, r.category): r.recall for r in s.itertuples()}
    assert rate[("quantulum3", "number")] >= 0.90
    assert rate[("currency", "money")] >= 0.85
    assert rate[("quantulum3", "other unit")] >= 0.80
    errors = json.loads((PEER / "quantulum3" / "errors.json").read_text(encoding="utf-8"))
    for text in errors:
        figures_in(text)  # must not raise
