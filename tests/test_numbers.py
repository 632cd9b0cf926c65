"""lib.numbers: a number written in digits or words, read from where it starts; the currency tables."""
import pytest

from lib.numbers import (
    ABBREVIATED_SCALES,
    CARDINALS,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    ISO_CODES,
    ORDINALS,
    SCALES,
    currency_code,
    parse_number,
)


@pytest.mark.parametrize("text, value, end", [
    ("1,500,000 people", 1_500_000, 9),
    ("1 234 567 km", 1_234_567, 9),
    (".08 of it", 0.08, 3),
    ("6.3 billion", 6.3e9, 11),
    ("15 hundred", 1500, 10),
    ("twenty-one", 21, 10),
    ("one hundred and six", 106, 19),
    ("one and a half", 1.5, 14),
    ("half a million", 5e5, 14),
    ("a fifth of", 0.2, 7),
    ("two thirds of a million", 2e6 / 3, 23),
])
def test_values_and_ends(text, value, end):
    parsed = parse_number(text, 0)
    assert parsed.value == pytest.approx(value) and parsed.end == end


def test_how_a_number_was_written():
    assert parse_number("1992 was", 0).plain_int and not parse_number("1,992", 0).plain_int
    assert parse_number("6.3 billion", 0).digits and parse_number("6.3 billion", 0).words
    assert parse_number("6.3 billion", 0).scaled == 1e9
    assert parse_number("two thirds", 0).fraction and not parse_number("two", 0).fraction
    assert parse_number("the 1990s", 4).decade


@pytest.mark.parametrize("text, pos, value", [("fourth", 0, 4), ("the 10th summit", 4, 10),
                                              ("two hundredth", 0, 200), ("the twenty-fifth", 4, 25)])
def test_ordinals(text, pos, value):
    parsed = parse_number(text, pos)
    assert parsed.ordinal and parsed.value == value


def test_what_is_not_read_as_a_number():
    assert parse_number("a third term", 0) is None  # "a" + ordinal is a fraction only where one can stand
    assert parse_number("dozens of", 0) is None
    assert parse_number("the", 0) is None


def test_numbers_joined_by_and_stay_apart_when_not_smaller():
    assert parse_number("3 hundred and 2 hundred", 0)[:2] == (300, 9)


def test_currency_codes_from_symbols_codes_and_names():
    assert currency_code("£") == "GBP" and currency_code("usd") == "USD"
    assert currency_code("Swiss  francs") == "CHF" and currency_code("tenge") == "KZT"
    assert currency_code("pence") == "GBP"  # a subunit names its main currency
    assert currency_code("widgets") is None


def test_tables_read_from_lib_data():
    assert CARDINALS["twenty"] == 20 and SCALES["million"] == 1e6 and ORDINALS["third"] == 3
    assert ABBREVIATED_SCALES["bn"] == 1e9
    assert "JPY" in ISO_CODES and CURRENCY_SYMBOLS["€"] == "EUR" and CURRENCY_NAMES["yen"] == "JPY"
