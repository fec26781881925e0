"""numbers.py: values of number expressions, approximators, ranges, spans."""
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.numbers import find_amounts, lower, next_amount, parse_amount, parse_number

NBSP, THIN, NNBSP, FIGURE = "\u00a0", "\u2009", "\u202f", "\u2007"

# [text, value]
VALUES = [
    ["7 400 000 000", 7.4e9],
    [f"7{NBSP}400{NBSP}000", 7.4e6],
    [f"1{THIN}250", 1250.0],
    [f"1{NNBSP}250", 1250.0],
    [f"1{FIGURE}250", 1250.0],
    ["1 250", 1250.0],
    ["1250", 1250.0],
    ["7,4", 7.4],
    ["7.4", 7.4],
    ["0,5", 0.5],
    ["1,250,000", 1250000.0],
    ["1,250,000.5", 1250000.5],
    ["7.400.000,5", 7400000.5],
    ["1 250,5", 1250.5],
    ["5 тыс.", 5000.0],
    ["5 тыс", 5000.0],
    ["5 тысяч", 5000.0],
    ["3 тысячи", 3000.0],
    ["1 тысяча", 1000.0],
    ["5 тысячами", 5000.0],
    ["2 млн", 2e6],
    ["2 млн.", 2e6],
    ["2 миллиона", 2e6],
    ["5 миллионов", 5e6],
    ["5 миллионах", 5e6],
    ["7,4 млрд", 7.4e9],
    ["3 миллиарда", 3e9],
    ["5 миллиардов", 5e9],
    ["1,2 трлн", 1.2e12],
    ["2 триллиона", 2e12],
    ["5 thousand", 5000.0],
    ["5 million", 5e6],
    ["5 mln", 5e6],
    ["1.2 bn", 1.2e9],
    ["7.4 billion", 7.4e9],
    ["2 trillion", 2e12],
    ["1 млн 200 тыс.", 1.2e6],
    ["1 млрд 200 млн", 1.2e9],
    ["1 млрд 200 млн 300 тыс.", 1200300000.0],
    ["полтора", 1.5],
    ["полторы", 1.5],
    ["полутора", 1.5],
    ["один", 1.0],
    ["два", 2.0],
    ["две", 2.0],
    ["трёх", 3.0],
    ["пять", 5.0],
    ["десять", 10.0],
    ["одиннадцать", 11.0],
    ["девятнадцати", 19.0],
    ["двадцать", 20.0],
    ["сорока", 40.0],
    ["девяносто", 90.0],
    ["сто", 100.0],
    ["двести", 200.0],
    ["трехсот", 300.0],
    ["пятьсот", 500.0],
    ["девятьсот", 900.0],
    ["двести пятьдесят", 250.0],
    ["сто двадцать пять", 125.0],
    ["сорока двух", 42.0],
    ["две тысячи пятьсот", 2500.0],
    ["пятьдесят пять тысяч триста", 55300.0],
    ["пять миллионов двести тысяч", 5.2e6],
    ["полтора миллиарда", 1.5e9],
    ["полторы тысячи", 1500.0],
    ["миллиард", 1e9],
    ["миллиона", 1e6],
    ["тысяча", 1000.0],
    ["полмиллиона", 5e5],
    ["пол-миллиарда", 5e8],
    ["ДВА МЛН", 2e6],
]


@pytest.mark.parametrize("text, value", VALUES)
def test_parse_number(text, value):
    assert parse_number(text) == value


# [text, (value, approx, low, high)]
AMOUNTS = [
    ["около 100 млн", (1e8, True, None, None)],
    ["порядка 5", (5.0, True, None, None)],
    ["более 5", (5.0, True, None, None)],
    ["более чем 5", (5.0, True, None, None)],
    ["свыше 5", (5.0, True, None, None)],
    ["почти 5", (5.0, True, None, None)],
    ["примерно 5", (5.0, True, None, None)],
    ["до 5", (5.0, True, None, None)],
    ["не менее 5", (5.0, True, None, None)],
    ["не менее чем 5", (5.0, True, None, None)],
    ["ок. 5", (5.0, True, None, None)],
    ["~5", (5.0, True, None, None)],
    ["about 5", (5.0, True, None, None)],
    ["more than 5 million", (5e6, True, None, None)],
    ["5", (5.0, False, None, None)],
    ["от 2 до 3 млрд", (3e9, True, 2e9, 3e9)],
    ["от 500 млн до 1 млрд", (1e9, True, 5e8, 1e9)],
    ["от пяти до десяти", (10.0, True, 5.0, 10.0)],
    ["2-3 млрд", (3e9, True, 2e9, 3e9)],
    ["2–3 млрд", (3e9, True, 2e9, 3e9)],
    ["2 – 3 млрд", (3e9, True, 2e9, 3e9)],
    ["2,5-3 млн", (3e6, True, 2.5e6, 3e6)],
    ["2 млн–3 млн", (3e6, True, 2e6, 3e6)],
]


@pytest.mark.parametrize("text, expected", AMOUNTS)
def test_parse_amount(text, expected):
    a = parse_amount(text)
    assert (a.value, a.approx, a.low, a.high) == expected


@pytest.mark.parametrize("text", ["", "   ", "млн", "тысячи", "миллионов", "abc", "сотни", "—", "5 тонн"])
def test_not_a_whole_number(text):
    assert parse_number(text) is None


# [text, [(value, text of the span)]]
FOUND = [
    ["В 2025 году", [(2025.0, "2025")]],
    ["на 25 МВт", [(25.0, "25")]],
    ["А321 и COVID-19", [(19.0, "19")]],
    ["Блок 2 — 500 МВт", [(2.0, "2"), (500.0, "500")]],
    ["в 2024 – 3 млрд", [(3e9, "3 млрд")]],
    ["2 тыс. 3 млн", [(2000.0, "2 тыс."), (3e6, "3 млн")]],
    ["с 5 до 7 млрд", [(5.0, "5"), (7e9, "до 7 млрд")]],
    ["строка\n1 250", [(1250.0, "1 250")]],
    ["2024\n250", [(2024.0, "2024"), (250.0, "250")]],
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_find_amounts(text, expected):
    assert [(a.value, text[a.start:a.end]) for a in find_amounts(text)] == expected


def test_next_amount_from_position():
    text = "5 млн и 7 млрд"
    a = next_amount(text, 1)
    assert (a.value, a.start, a.end) == (7e9, 8, 14)
    assert next_amount(text, 14) is None


def test_english_comma_is_thousands_only_with_english_context():
    assert find_amounts("$1,250")[0].value == 1250.0
    assert find_amounts("USD 1,250")[0].value == 1250.0
    assert parse_number("1,250 млн") == 1.25e6
    assert find_amounts("$1,250 млн")[0].value == 1.25e6
    assert parse_number("1,250 million") == 1.25e9


def test_lower_keeps_length():
    text = "İstanbul 5 МЛН"
    assert len(lower(text)) == len(text)
    assert find_amounts(text)[0].value == 5e6


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_amounts_never_raises(text):
    last = 0
    for a in find_amounts(text):
        assert last <= a.start < a.end <= len(text)
        last = a.end


@pytest.mark.parametrize("text", [
    "пять " * 5000, "1 млн " * 5000, "1 " * 10000, "от 1 до " * 3000, "1-" * 10000,
    "5 млн 3 млрд 2 тыс. " * 2000, "1" + " 000" * 10000, "рабочих мест — " * 3000,
])
def test_long_runs_stay_linear(text):
    # a run of numbers must not be rescanned from every word (quadratic time)
    from newsfacts.extract.money import find_money
    from newsfacts.extract.quantity import find_quantities
    start = time.perf_counter()
    find_amounts(text)
    find_money(text)
    find_quantities(text)
    assert time.perf_counter() - start < 3.0
