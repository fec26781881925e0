"""Figures restated in other units, rounded, revised, or of another object."""
import pytest

from newsfacts.registry.figures import compare_capacities, compare_investments, significant_digits


def weight(evidence):
    return sum(w for w, _ in evidence)


@pytest.mark.parametrize("a,b", [
    ([(1.25e6, "t/yr")], [(1250000.0, "t/yr")]),  # 1,25 млн т / 1250 тыс. т
    ([(1.2, "GW")], [(1200.0, "MW")]),
    ([(1200000.0, "kW")], [(1200.0, "MW")]),
    ([(5e10, "m3/yr")], [(50e9, "m3/yr")]),
    ([(520.0, "km")], [(532.0, "km")]),  # a length restated
    ([(30000.0, "bbl/d")], [(1.5e6, "t/yr")]),  # barrels a day and tonnes a year
    ([(35.0, "km"), (1.25e6, "t/yr")], [(1.25e6, "t/yr")]),  # a stray figure does not veto
])
def test_capacities_agree(a, b):
    assert weight(compare_capacities(a, b)) > 0
    assert weight(compare_capacities(b, a)) > 0


@pytest.mark.parametrize("a,b", [
    ([(1.25e6, "t/yr")], [(5e5, "t/yr")]),  # polyethylene beside polypropylene
    ([(1.25e6, "t/yr")], [(4e5, "t/yr")]),  # three times off
    ([(1000.0, "MW")], [(1800.0, "MW")]),
])
def test_capacities_disagree(a, b):
    assert weight(compare_capacities(a, b)) < 0


def test_other_kinds_of_capacity_say_nothing():
    assert compare_capacities([(1200.0, "MW")], [(5.7e6, "MWh/yr")]) == []
    assert compare_capacities([(1200.0, "MW")], []) == []
    assert compare_capacities([(1.0, "widgets")], [(1.0, "widgets")]) == []


def test_a_precise_figure_says_more_than_a_round_one():
    precise = weight(compare_capacities([(1860.0, "MW")], [(1860.0, "MW")]))
    round_ = weight(compare_capacities([(1000.0, "MW")], [(1000.0, "MW")]))
    assert precise > round_ > 0


def test_a_station_and_its_unit_disagree_mildly():
    """2400 MW vs 1200 MW is a plant and one of two units: against, but the
    unit numbers in the names decide."""
    w = weight(compare_capacities([(2400.0, "MW")], [(1200.0, "MW")]))
    assert -1.0 <= w < 0


@pytest.mark.parametrize("a,b,sign", [
    ([(7.4e9, "USD")], [(7.0e9, "USD")], 1),  # $7,4 млрд vs "около 7 млрд долларов"
    ([(4.5e9, "USD")], [(4.7e9, "USD")], 1),
    ([(2.73e8, "EUR")], [(3.0e8, "USD")], 1),  # rough rate
    ([(7.4e9, "USD")], [(2.6e9, "USD")], -1),  # another plant's cost
    ([(1.0e9, "USD")], [(3.4e12, "KZT")], 0),  # tenge moved too much to compare
    ([(2.9e9, "USD")], [(5.0e9, "USD")], 0),  # a revision upwards is no proof either way
])
def test_investments(a, b, sign):
    w = weight(compare_investments(a, b))
    assert (w > 0) - (w < 0) == sign


def test_reasons_name_the_figures():
    (w, reason), = compare_capacities([(1.25e6, "t/yr")], [(1250000.0, "t/yr")])
    assert "1.25 mn t/yr" in reason
    (w, reason), = compare_investments([(7.4e9, "USD")], [(2.6e9, "USD")])
    assert "vs" in reason and w < 0


@pytest.mark.parametrize("value,digits", [(1e9, 1), (7.4e9, 2), (1.25e6, 3), (1860.0, 3), (386e6, 3)])
def test_significant_digits(value, digits):
    assert significant_digits(value) == digits


def test_two_figures_of_one_precision_that_differ_are_no_evidence_for():
    # 1600 MW beside 1500 MW: neither is the other rounded; two stations
    # of one town, or news that will tell
    assert weight(compare_capacities([(1600.0, "MW")], [(1500.0, "MW")])) <= 0
    # one rounded from the other still agrees
    assert weight(compare_capacities([(1.6, "GW")], [(1560.0, "MW")])) > 0
    assert weight(compare_capacities([(530.0, "km")], [(532.0, "km")])) > 0
