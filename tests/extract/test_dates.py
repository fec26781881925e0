from datetime import date, datetime

import pytest
from hypothesis import given, settings, strategies as st

from newsfacts.extract.dates import DateMention, find_dates, parse_date_text

WED = date(2025, 9, 3)  # a Wednesday
MARCH = date(2025, 3, 10)

# (text, published, mention text, value, precision, relative)
CASES = [
    # explicit day dates
    ("Договор подписали 2 сентября 2025 года.", WED, "2 сентября 2025 года", "2025-09-02", "day", False),
    ("Договор подписали 2 сентября 2025 года.", None, "2 сентября 2025 года", "2025-09-02", "day", False),
    ("Совещание прошло 14 мая 2024 г. в мэрии.", None, "14 мая 2024 г.", "2024-05-14", "day", False),
    ("Срок сдвинули на 5 сент. 2024 г.", None, "5 сент. 2024 г.", "2024-09-05", "day", False),
    ("Встреча намечена на 2-го сентября.", WED, "2-го сентября", "2025-09-02", "day", False),
    ("Совет соберётся 2 сентября.", WED, "2 сентября", "2025-09-02", "day", False),
    ("Совет соберётся 2 сентября.", None, "2 сентября", None, "day", False),
    ("Ярмарку провели 25 декабря.", MARCH, "25 декабря", "2024-12-25", "day", False),
    ("Ярмарку проведут 25 декабря.", WED, "25 декабря", "2025-12-25", "day", False),
    ("Каток открыли 10 января.", date(2025, 12, 20), "10 января", "2025-01-10", "day", False),
    ("Срок истёк 28 февраля 2023 года.", None, "28 февраля 2023 года", "2023-02-28", "day", False),
    ("Отчёт от 02.09.2025 опубликован.", None, "02.09.2025", "2025-09-02", "day", False),
    ("Отчёт от 2.9.25 опубликован.", None, "2.9.25", "2025-09-02", "day", False),
    ("Запись от 2025-09-02 в реестре.", None, "2025-09-02", "2025-09-02", "day", False),
    # years
    ("Завод запустят в 2027 году.", None, "в 2027 году", "2027", "year", False),
    ("Мощность удвоят к 2030 году.", WED, "2030 году", "2030", "year", False),
    ("Работы начнутся в 2026-м году.", None, "в 2026-м году", "2026", "year", False),
    ("План утверждён в 2025 г.", None, "в 2025 г.", "2025", "year", False),
    ("Цех построили в начале 2024 года.", None, "в начале 2024 года", "2024", "year", False),
    ("Цех построили в конце 2024 года.", None, "в конце 2024 года", "2024", "year", False),
    ("Первую линию сдадут в первом квартале 2026 года.", None,
     "в первом квартале 2026 года", "2026", "year", False),
    # months, all case forms
    ("Стройка началась в сентябре 2025 года.", None, "в сентябре 2025 года", "2025-09", "month", False),
    ("Тариф действует с января 2024 года.", None, "с января 2024 года", "2024-01", "month", False),
    ("Итоги за январь 2024 года подвели позже.", None, "за январь 2024 года", "2024-01", "month", False),
    ("Февраль 2025 года выдался тёплым.", None, "Февраль 2025 года", "2025-02", "month", False),
    ("Рейсы вернутся в сентябре.", WED, "в сентябре", "2025-09", "month", False),
    ("Рейсы вернутся в сентябре.", None, "в сентябре", None, "month", False),
    ("Порт закрыли в декабре.", MARCH, "в декабре", "2024-12", "month", False),
    ("Выставка прошла в марте.", WED, "в марте", "2025-03", "month", False),
    ("Субботник провели в мае.", WED, "в мае", "2025-05", "month", False),
    ("Смета готова к июлю.", WED, "к июлю", "2025-07", "month", False),
    ("Отчёт выйдет в конце сентября.", WED, "в конце сентября", "2025-09", "month", False),
    # relative days
    ("Вчера министр посетил завод.", WED, "Вчера", "2025-09-02", "day", True),
    ("Сегодня комиссия продолжит работу.", WED, "Сегодня", "2025-09-03", "day", True),
    ("Голосование состоится завтра.", WED, "завтра", "2025-09-04", "day", True),
    ("Позавчера цех остановили.", WED, "Позавчера", "2025-09-01", "day", True),
    ("Вчера министр посетил завод.", None, "Вчера", None, "day", True),
    ("Вчера цех остановили.", datetime(2025, 9, 3, 23, 30), "Вчера", "2025-09-02", "day", True),
    # weekdays: the latest one on or before publication
    ("В понедельник мэр открыл школу.", WED, "В понедельник", "2025-09-01", "day", True),
    ("Во вторник прошли слушания.", WED, "Во вторник", "2025-09-02", "day", True),
    ("В среду подписали соглашение.", WED, "В среду", "2025-09-03", "day", True),
    ("В четверг прошли слушания.", WED, "В четверг", "2025-08-28", "day", True),
    ("В воскресенье прошёл забег.", WED, "В воскресенье", "2025-08-31", "day", True),
    ("В пятницу прошёл забег.", None, "В пятницу", None, "day", True),
    ("В прошлую среду открыли мост.", WED, "В прошлую среду", "2025-08-27", "day", True),
    ("В следующую пятницу откроют мост.", WED, "В следующую пятницу", "2025-09-05", "day", True),
    # weekday with an explicit date: the explicit date wins
    ("В воскресенье, 10 августа, прошёл забег.", WED, "В воскресенье, 10 августа", "2025-08-10", "day", False),
    ("В четверг 10 августа 2023 года прошёл забег.", None,
     "В четверг 10 августа 2023 года", "2023-08-10", "day", False),
    ("Забег прошёл 10 августа, в воскресенье.", WED, "10 августа, в воскресенье", "2025-08-10", "day", False),
    # relative periods
    ("В прошлом году выпуск вырос.", WED, "В прошлом году", "2024", "year", True),
    ("В этом году выпуск вырастет.", WED, "В этом году", "2025", "year", True),
    ("В следующем году выпуск вырастет.", WED, "В следующем году", "2026", "year", True),
    ("В прошлом году выпуск вырос.", None, "В прошлом году", None, "year", True),
    ("Объект сдали в конце прошлого года.", WED, "в конце прошлого года", "2024", "year", True),
    ("Линию запустят до конца года.", WED, "до конца года", "2025", "year", True),
    ("В прошлом месяце цены выросли.", WED, "В прошлом месяце", "2025-08", "month", True),
    ("В прошлом месяце цены выросли.", date(2025, 1, 15), "В прошлом месяце", "2024-12", "month", True),
    ("На прошлой неделе прошли торги.", WED, "На прошлой неделе", "2025-08", "month", True),
    ("На прошлой неделе прошли торги.", date(2025, 9, 10), "На прошлой неделе", "2025-09", "month", True),
    # 26 May - 1 June: the week spans two months, so only the year is sure
    ("На прошлой неделе прошли торги.", date(2025, 6, 4), "На прошлой неделе", "2025", "year", True),
    ("На прошлой неделе прошли торги.", None, "На прошлой неделе", None, "month", True),
]


@pytest.mark.parametrize("text, published, mention, value, precision, relative", CASES)
def test_single_mention(text, published, mention, value, precision, relative):
    found = find_dates(text, published)
    assert len(found) == 1, found
    d = found[0]
    assert (d.text, d.value, d.precision, d.relative) == (mention, value, precision, relative)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [
    "Май выдался дождливым.",  # a bare month word is too ambiguous
    "Это год больших перемен.",
    "Мощность станции 300 МВт.",
    "Вывезли около 2000 тонн мусора.",
    "Версия 1.15.2 вышла без ошибок.",
    "Дату 31.02.2025 система не примет.",
    "Программа рассчитана на 2024–2025 годы.",  # ranges are not handled
    "Рост в 2024-2025 годах составил 3%.",
    "",
])
def test_no_mention(text):
    assert find_dates(text, WED) == []


def test_several_mentions_in_order():
    text = "Вчера совет одобрил план, а 2 сентября 2025 года и в 2027 году пройдут этапы."
    found = find_dates(text, WED)
    assert [d.value for d in found] == ["2025-09-02", "2025-09-02", "2027"]
    assert all(text[d.start:d.end] == d.text for d in found)


def test_parse_date_text():
    d = parse_date_text("в прошлом году", WED)
    assert isinstance(d, DateMention)
    assert (d.value, d.precision, d.relative) == ("2024", "year", True)
    assert parse_date_text("ничего", WED) is None


def test_anchor_at_calendar_edges():
    assert find_dates("вчера", date.min)[0].value is None
    assert find_dates("в следующем году", date.max)[0].value is None
    assert find_dates("завтра", date.max)[0].value is None


def test_bad_published_is_ignored():
    assert find_dates("вчера", "не дата")[0].value is None
    assert find_dates("вчера", "2025-09-03")[0].value == "2025-09-02"


# Pieces of date expressions, so random strings come near the patterns.
PIECES = list("0123456789 .-,") + ["в ", "во ", "сентября", "мае", "году", "года", "г.", "вчера",
                                    "прошлой", "неделе", "среду", "начале", "конце", "этом"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(PIECES)).map(" ".join),
                 st.lists(st.sampled_from(PIECES)).map("".join)),
       st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_match(text, published):
    for d in find_dates(text, published):
        assert text[d.start:d.end] == d.text
        assert d.precision in ("day", "month", "year")


@pytest.mark.parametrize("text, value", [
    ("Накануне министр обсудил участие в тендере.", "2023-09-13"),
    ("В сегодняшней церемонии приняли участие министры.", "2023-09-14"),
    ("Вчерашняя встреча прошла в Баку.", "2023-09-13"),
])
def test_the_eve_and_todays_as_days(text, value):
    got = [d.value for d in find_dates(text, date(2023, 9, 14)) if d.precision == "day"]
    assert got == [value], got


@pytest.mark.parametrize("text", ["Накануне визита министр обсудил участие.", "На сегодняшний день готовность 50%."])
def test_the_eve_of_something_and_by_now_are_no_days(text):
    assert not [d for d in find_dates(text, date(2023, 9, 14)) if d.precision == "day"]
