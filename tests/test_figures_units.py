"""Every quantity read with its unit (issue 20): measures and rates read with pint's registry, currencies,
counted nouns, ranges, numbers that are no quantity, dates, and the quantity scorer. Sentences made up."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from lib.evaluation.figures import canonical_unit, quantity_predictions, score_quantities
from lib.figures import compare_figures, figures_in
from lib.figures._units import counted_unit, unit_name


def rows(text: str) -> list[list]:
    return figures_in(text)[["surface", "value", "unit", "kind"]].values.tolist()


def one(text: str) -> pd.Series:
    f = figures_in(text)
    assert len(f) == 1, f[["surface", "kind", "unit"]].values.tolist()
    return f.iloc[0]


# --------------------------------------------------------------------------
# units of measure


@pytest.mark.parametrize("word, name", [
    ("km/h", "kilometre per hour"), ("kph", "kilometre per hour"), ("mph", "mile per hour"),
    ("miles per hour", "mile per hour"), ("GB", "gigabyte"), ("gigabytes", "gigabyte"), ("TB", "terabyte"),
    ("mAh", "milliampere hour"), ("kWh", "kilowatt hour"), ("kilowatt hours", "kilowatt hour"),
    ("hp", "horsepower"), ("bhp", "horsepower"), ("Mbps", "megabit per second"), ("kbps", "kilobit per second"),
    ("square metres", "square metre"), ("sq km", "square kilometre"), ("cubic metres", "cubic metre"),
    ("tonnes", "tonne"), ("kg", "kilogram"), ("kilos", "kilogram"), ("miles", "mile"), ("kilometres", "kilometre"),
    ("kilometers", "kilometre"), ("litres", "litre"), ("barrels", "barrel"), ("megawatts", "megawatt"),
    ("GHz", "gigahertz"), ("°C", "degree celsius"), ("feet", "foot"), ("acres", "acre"), ("hectares", "hectare"),
    ("nautical miles", "nautical mile"), ("mpg", "mile per gallon"),
])
def test_unit_names_read_with_pint(word, name):
    assert unit_name(word) == name


@pytest.mark.parametrize("word", ["a", "in", "at", "m", "points", "cups", "leagues", "jobs", "people", "years",
                                  "pounds", "percent", "shares", "sports", "C"])
def test_words_that_are_no_unit(word):
    assert unit_name(word) is None


def test_measures_in_sentences():
    assert rows("The car reached 120 km/h, or 75 mph, with a 300 hp engine.") == [
        ["120 km/h", 120.0, "kilometre per hour", "measure"], ["75 mph", 75.0, "mile per hour", "measure"],
        ["300 hp", 300.0, "horsepower", "measure"]]
    assert rows("The phone has 64GB of storage and a 3,000 mAh battery.") == [
        ["64GB", 64.0, "gigabyte", "measure"], ["3,000 mAh", 3000.0, "milliampere hour", "measure"]]
    assert rows("It ran at 70 miles an hour over 80 square metres.") == [
        ["70 miles an hour", 70.0, "mile per hour", "measure"], ["80 square metres", 80.0, "square metre", "measure"]]
    assert one("a 2Mbps line")[["value", "unit"]].tolist() == [2.0, "megabit per second"]


def test_glued_m_is_a_metre_or_a_million():
    assert rows("She won the 5,000m.") == [["5,000m", 5000.0, "metre", "measure"]]
    assert rows("and 100m people watched") == [["100m", 100000000.0, "people", "count"]]
    assert rows("It must pay 1.47m yuan.") == [["1.47m yuan", 1470000.0, "CNY", "money"]]


def test_measure_ranges():
    r = one("They were given between 44 and 50 mg ethanol.")
    assert (r["low"], r["high"], r["unit"], r["kind"]) == (44.0, 50.0, "milligram", "measure")
    assert len(figures_in("from 5 km to 3 miles")) == 2  # two units: no range


# --------------------------------------------------------------------------
# rates


def test_money_rates():
    assert rows("Oil rose to $50 a barrel; shares paid $1.20 per share.") == [
        ["$50 a barrel", 50.0, "USD per barrel", "rate"], ["$1.20 per share", 1.2, "USD per share", "rate"]]
    assert rows("Workers earn 75p an hour.") == [["75p an hour", 0.75, "GBP per hour", "rate"]]
    assert rows("It costs £10 a head.") == [["£10 a head", 10.0, "GBP per head", "rate"]]
    assert rows("The gas costs 200 rupees per canister.") == [["200 rupees per canister", 200.0, "INR per canister",
                                                               "rate"]]


def test_percent_and_count_rates():
    assert rows("Prices grow 5% a year.") == [["5% a year", 5.0, "percent per year", "rate"]]
    assert rows("It carries 70 million passengers a year.") == [
        ["70 million", 70000000.0, "passenger per year", "rate"]]
    assert rows("India produces 793,000 barrels of oil per day.") == [
        ["793,000 barrels of oil per day", 793000.0, "barrel per day", "rate"]]


def test_no_rate():
    assert rows("It was $5bn a year ago.") == [["$5bn", 5e9, "USD", "money"]]
    assert rows("He paid $5 a pop.") == [["$5", 5.0, "USD", "money"]]  # "pop" is no rate noun


def test_rate_after_an_amount_in_brackets():
    assert rows("The Labs needed 10 million euros (US$13 million) a year.") == [
        ["10 million euros", 1e7, "EUR per year", "rate"], ["US$13 million", 1.3e7, "USD per year", "rate"]]


# --------------------------------------------------------------------------
# currencies


@pytest.mark.parametrize("text, code, value", [
    ("¥105", "JPY", 105.0), ("20,000 yen", "JPY", 20000.0), ("A$20", "AUD", 20.0), ("AUD 20", "AUD", 20.0),
    ("MYR 300", "MYR", 300.0), ("50 ringgit", "MYR", 50.0), ("400 rupees", "INR", 400.0), ("63 cents", "USD", 0.63),
    ("฿500", "THB", 500.0), ("20 zł", "PLN", 20.0), ("5bn Iraqi dinars", "IQD", 5e9), ("300 shekels", "ILS", 300.0),
    ("₵40", "GHS", 40.0), ("100 XDR", "XDR", 100.0), ("75p", "GBP", 0.75),
])
def test_currencies(text, code, value):
    r = one(f"It cost {text} last week.")
    assert (r["kind"], r["unit"], r["value"]) == ("money", code, value)


# --------------------------------------------------------------------------
# counted nouns


def test_counted_nouns_are_singular_heads():
    assert rows("The plan will cut 300 jobs and the index fell 10 points.") == [
        ["300", 300.0, "job", "count"], ["10", 10.0, "point", "count"]]
    assert one("leaving 6,650 garment workers jobless")["unit"] == "worker"
    assert one("Six foreign-owned textile factories have closed")["unit"] == "factory"
    assert counted_unit("heads of state") == "head of state"
    assert counted_unit("barrels of oil") == "barrel"


def test_counted_nouns_with_capitals():
    assert one("firms with more than 300 US shareholders")["unit"] == "shareholder"
    assert one("There are 575 million PCs in use.")["unit"] == "pc"
    assert one("It won two Olivier Awards.")["unit"] == "award"


def test_counts_take_the_noun_of_their_neighbour():
    f = figures_in("They cancelled 65 flights on Thursday, 180 on Friday and 43 on Sunday.")
    assert f["unit"].tolist() == ["flight"] * 3
    assert figures_in("England lost four out of their six games.")["unit"].tolist() == ["game", "game"]
    assert one("The 12 affected are from Algeria.")["unit"] == ""  # a participle, and no count before


def test_one_of_a_plural_is_a_count():
    assert rows("Carlos is one of the best players in the world.") == [["one", 1.0, "player", "count"]]
    assert figures_in("Trying one after another; win the previous one.").empty


# --------------------------------------------------------------------------
# ranges


def test_ranges_keep_their_ends():
    r = one("Turnout was between 5% and 6%.")
    assert (r["value"], r["low"], r["high"], r["unit"]) == (5.5, 5.0, 6.0, "%")
    r = one("Numbers were from 60 to 65 people.")
    assert (r["low"], r["high"]) == (60.0, 65.0)
    f = figures_in("Sales rose from 60 to 65.")  # a change: two figures, no range
    assert f["value"].tolist() == [60.0, 65.0] and (f["low"] == f["high"]).all()


def test_a_range_is_not_compared_by_its_midpoint():
    a = figures_in("The firm's annual sales were between $5bn and $6bn.").assign(doc_id="a")
    b = figures_in("The firm's annual sales were $5.5bn.").assign(doc_id="b")
    c = figures_in("Analysts put the firm's annual sales between $5bn and $6bn.").assign(doc_id="c")
    groups = compare_figures(pd.concat([a, b], ignore_index=True))
    assert "agree" not in set(groups["status"])
    groups = compare_figures(pd.concat([a, c], ignore_index=True))
    assert "agree" in set(groups["status"])


# --------------------------------------------------------------------------
# numbers that are no quantity


@pytest.mark.parametrize("text, surface", [
    ("Apple's iPhone 15 went on sale.", "15"), ("The FTSE 100 rose.", "100"), ("A Boeing 737 landed.", "737"),
    ("It runs Windows 11 now.", "11"), ("Firms must obey Section 404 of the act.", "404"),
    ("He plays Halo 2 daily.", "2"),
    ("She listens to BBC Radio 4 daily.", "4"),
])
def test_numbers_in_names(text, surface):
    r = one(text)
    assert (r["surface"], r["kind"]) == (surface, "name")


def test_scores_periods_and_halves():
    assert rows("Chelsea won 2-1 at home.") == [["2-1", 2.0, "score", "score"]]
    f = figures_in("Profits rose in the first quarter and the second half, either side of half time.")
    assert f["kind"].tolist() == ["ordinal", "ordinal"]  # "first", "second": periods, no quantity; no 0.5


def test_dates():
    assert rows("He returns on 15 February.") == [["15 February", 15.0, "date", "date"]]
    assert rows("He left on 3 May 2004.") == [["3 May 2004", 2004.0, "date", "date"]]
    assert rows("Kewell has not played since December 19.") == [["December 19", 19.0, "date", "date"]]
    assert rows("He was sued in December 2003.") == [["2003", 2003.0, "date", "year"]]
    assert rows("due at the stadium at 1330")[0][3] == "time"


# --------------------------------------------------------------------------
# the quantity scorer


def test_canonical_unit():
    assert canonical_unit("Kilometers per hour") == canonical_unit("kilometre per hour") == "kilometre per hour"
    assert canonical_unit("%") == canonical_unit("percent") == "percent"
    assert canonical_unit("people") == "person" and canonical_unit(float("nan")) == ""


def test_score_quantities():
    sents = pd.DataFrame({"id": [1, 2], "sentence": ["It cost $5m and 20 km/h.", "The FTSE 100 rose 3%."]})
    gold = pd.DataFrame({
        "id": [1, 1, 2, 2], "start": [8, 16, 9, 18], "end": [11, 23, 12, 20],
        "kind": ["money", "measure", "name", "percent"],
        "value": [5e6, 20.0, 100.0, 3.0], "unit": ["USD", "kilometer per hour", "", "percent"]})
    pred = quantity_predictions(sents)
    s = score_quantities(pred, gold)
    assert (s["gold"], s["predicted"]) == (3, 3)
    assert s["value"]["f1"] == 1.0 and s["value_unit"]["f1"] == 1.0
    # a prediction on a name is a false positive; a wrong value finds nothing
    wrong = pred.assign(kind=["money", "measure", "count", "percent"][:len(pred)])
    wrong.loc[wrong.index[-1], "value"] = 4.0
    s = score_quantities(wrong, gold)
    assert s["value"]["tp"] == 2 and s["predicted"] == len(pred) and not math.isnan(s["value"]["precision"])


def test_positions_multipliers_and_clock_times():
    assert rows("He lost in round one and won on day 2.") == [["one", 1.0, "round", "ordinal"],
                                                              ["2", 2.0, "day", "ordinal"]]
    assert one("The firm sought Chapter 11 protection.")["kind"] == "name"
    assert rows("They were 400 times more likely to be stopped.") == [["400", 400.0, "", "count"]]
    assert [r[3] for r in rows("They meet at 1330, at 1945 and at 2004 prices.")] == ["time", "year", "count"]
    assert figures_in("eight frequencies on top of the 14 already allocated")["unit"].tolist() == ["frequency"] * 2


@pytest.mark.parametrize("text", ["In 2003 he left.", "Ten e-mails: one e went.", "The 10 are here.",
                                  "He took 3ami.", "one Tim said", "two sections of road"])
def test_pint_readings_that_are_no_unit(text):
    assert "measure" not in set(figures_in(text)["kind"])  # no hecto-charge, attomile, tebimetre, survey mile


def test_two_words_that_are_no_unit():
    assert rows("It fell five metres in length.") == [["five metres", 5.0, "metre", "measure"]]  # no "metre inch"


def test_glued_percent_and_m():
    assert rows("It rose 50pc.") == [["50pc", 50.0, "%", "percent"]]
    assert rows("About 1.6m Muslims voted.") == [["1.6m", 1600000.0, "muslim", "count"]]


def test_rate_units_after_per_and_of_points():
    assert one("It cost £143,000 per successful asylum seeker.")["unit"] == "GBP per seeker"
    assert one("The deficit must fall 0.3 percentage points each year.")["unit"] == "percentage point per year"


def test_one_of_with_names_and_quantifiers():
    assert rows("One of the few Blair-era ministers stayed.") == [["One", 1.0, "minister", "count"]]
    assert rows("It is one of the West End's hottest tickets.") == [["one", 1.0, "ticket", "count"]]


def test_a_distance_that_names_an_event_is_read_but_never_compared():
    from lib.figures import figures_in
    f = figures_in("He won silver in the 100m final. The road is 500m long.")
    assert f[["surface", "kind", "unit"]].values.tolist() == [
        ["100m", "measure", "metre"], ["500m", "measure", "metre"]]
    assert f["subject"].tolist() == ["", "road"]


def test_a_sentence_printed_twice_with_a_comma_changed_is_one_source():
    a = figures_in("He highlighted plans for 100% debt relief for the poorest countries, a minimum wage "
                   "and children's centres.").assign(doc_id="a")
    b = figures_in("He highlighted plans for 100% debt relief for the poorest countries, a minimum wage, "
                   "children's centres.").assign(doc_id="b")
    assert a["passage"].iloc[0] == b["passage"].iloc[0]
    assert "agree" not in set(compare_figures(pd.concat([a, b], ignore_index=True))["status"])
