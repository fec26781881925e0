"""Project detection classes, on sentences written for these tests."""
from __future__ import annotations

import pytest

from newsfacts import extract


def names(text, published="2025-03-01"):
    return [p.name for p in extract(text, published=published).projects]


def project(text, key, published="2025-03-01"):
    for p in extract(text, published=published).projects:
        if key.lower() in p.name.lower():
            return p
    raise AssertionError(f"no project with {key!r} in {names(text)}")


def test_generic_plural_is_not_a_project():
    text = ("Министр рассказал о перспективах северных месторождений и об интересе "
            "инвесторов к ним.")
    assert names(text) == []


def test_named_units_are_separate_projects_even_when_parse_is_off():
    text = ("Росатом и китайские партнеры начали заливку бетона: речь идет о пятом и шестом "
            "блоках Ляньюньганской АЭС, а также о первом и втором блоках АЭС «Чанцзян».")
    got = " | ".join(names(text))
    assert "Ляньюньганск" in got and "Чанцзян" in got
    assert len(names(text)) == 2


def test_start_of_construction_is_not_operation():
    text = "В Ташкенте запустили строительство новой ТЭЦ мощностью 250 МВт."
    assert project(text, "ТЭЦ").status == "construction"


def test_launch_of_a_plant_is_operation():
    text = "В Павлодаре запустили новый завод по выпуску ферросилиция мощностью 240 тыс. тонн в год."
    assert project(text, "завод").status == "operating"


def test_company_named_like_a_plant_is_not_a_project():
    text = ("Вице-президент ГМК «Норильский никель» Иван Петров рассказал о планах компании "
            "в Арктике.")
    assert not any("Норильский" in n for n in names(text))


def test_place_after_preposition_does_not_split_a_named_plant():
    text = ("В Киргизии запустят золоторудный комбинат.\n"
            "Таласский золоторудный комбинат начнет работу в июле, сообщил министр.")
    assert len(names(text)) == 1
