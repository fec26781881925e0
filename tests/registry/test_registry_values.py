"""The value a registry shows and the dated stage history."""
from datetime import date

import pytest

from newsfacts.registry.values import current_index, status_history

D = date


def test_latest_report_wins():
    figs = [(7.4e9, "USD", D(2021, 3, 15), 0.9), (7.0e9, "USD", D(2023, 9, 19), 0.6)]
    assert current_index(figs) == 1


def test_confidence_breaks_ties_of_date():
    figs = [(2.9e9, "USD", D(2024, 1, 1), 0.5), (3.0e9, "USD", D(2024, 1, 1), 0.9),
            (3.1e9, "USD", D(2024, 1, 1), 0.7)]
    assert current_index(figs) == 1


def test_undated_reports_are_oldest():
    figs = [(1.0, "MW", None, 1.0), (2.0, "MW", D(2019, 1, 1), 0.1)]
    assert current_index(figs) == 1
    assert current_index([(1.0, "MW", None, 0.2), (2.0, "MW", None, 0.8)]) == 1


def test_full_tie_takes_the_last_given():
    figs = [(1.0, "MW", D(2020, 1, 1), 0.5), (2.0, "MW", D(2020, 1, 1), 0.5)]
    assert current_index(figs) == 1


def test_no_figures():
    with pytest.raises(ValueError):
        current_index([])


def test_history_is_dated_oldest_first_and_collapses_repeats():
    changes = [
        ("construction", D(2024, 10, 18), "a3"),
        ("announced", D(2019, 11, 14), "a1"),
        ("pre-construction", D(2023, 1, 6), "a2"),
        ("construction", D(2025, 1, 24), "a4"),
    ]
    assert status_history(changes) == [
        ("announced", D(2019, 11, 14), "a1"),
        ("pre-construction", D(2023, 1, 6), "a2"),
        ("construction", D(2024, 10, 18), "a3"),  # the first report of the stage stays
    ]


def test_history_keeps_a_return_to_an_earlier_stage():
    changes = [("construction", D(2019, 6, 19), "s1"), ("shelved", D(2022, 11, 10), "s2"),
               ("construction", D(2024, 5, 1), "s3")]
    assert [c[0] for c in status_history(changes)] == ["construction", "shelved", "construction"]


def test_history_same_day_reads_forwards_and_undated_first():
    changes = [("operating", D(2022, 11, 30), "x"), ("construction", D(2022, 11, 30), "y"),
               ("announced", None, "z")]
    assert status_history(changes) == [("announced", None, "z"), ("construction", D(2022, 11, 30), "y"),
                                       ("operating", D(2022, 11, 30), "x")]


def test_history_drops_empty_stages():
    assert status_history([(None, D(2020, 1, 1), "a"), ("announced", D(2021, 1, 1), "b")]) == \
        [("announced", D(2021, 1, 1), "b")]
    assert status_history([]) == []
