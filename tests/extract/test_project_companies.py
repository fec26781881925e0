"""Companies of a project told in a sentence that does not name it, on
sentences written for these tests."""
from __future__ import annotations

import pytest

from newsfacts import extract


@pytest.mark.parametrize("second, company", [
    ("Строительство ведет китайская компания China Energy Engineering.", "China Energy Engineering"),
    ("Работы выполняет турецкий концерн Calik Enerji.", "Calik Enerji"),
    ("Заказчиком выступает компания «Самрук-Энерго».", "Самрук-Энерго"),
    ("Станцию возводит консорциум во главе с PowerChina.", "PowerChina"),
])
def test_builder_in_a_sentence_of_its_own(second, company):
    text = "В Туркестанской области начато строительство ветровой электростанции мощностью 100 МВт. " + second
    projects = extract(text, published="2024-05-01").projects
    assert len(projects) == 1
    assert company in [c.name for c in projects[0].companies]


def test_a_company_in_an_unrelated_next_sentence_is_not_a_builder():
    text = ("В Туркестанской области начато строительство ветровой электростанции мощностью 100 МВт. "
            "Ранее компания «Самрук-Энерго» сообщила о росте выручки.")
    assert extract(text, published="2024-05-01").projects[0].companies == []
