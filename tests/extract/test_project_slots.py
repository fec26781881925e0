"""Companies and costs of a project told in a sentence that does not name it, on
sentences written for these tests."""
from __future__ import annotations

import pytest

from newsfacts import extract


def sizes(project):
    """A project's capacities as (value, unit), whatever else a figure carries."""
    return [(c["value"], c["unit"]) for c in project.capacity]


@pytest.mark.parametrize("second, company", [
    ("Строительство ведет китайская компания China Energy Engineering.", "China Energy Engineering"),
    ("Работы выполняет турецкий концерн Calik Enerji.", "Calik Enerji"),
    ("Заказчиком выступает компания «Самрук-Энерго».", "Самрук-Энерго"),
    ("Станцию возводит консорциум во главе с PowerChina.", "PowerChina"),
    ("Турбины поставляет и устанавливает немецкая Siemens Gamesa.", "Siemens Gamesa"),
    ("Основное оборудование изготовит российская компания «Силовые машины».", "Силовые машины"),
    ("Главным акционером СП является китайская Goldwind.", "Goldwind"),
    # past tense and a relative clause: the supplier of what was delivered
    ("Генераторы изготовила компания «Уралэлектротяжмаш».", "Уралэлектротяжмаш"),
    ("На площадке стоят 30 ветроустановок, которые поставила датская компания Vestas.", "Vestas"),
    # who designs and who runs it
    ("Проектно-сметную документацию подготовило ТОО «Казгипроводхоз».", "ТОО Казгипроводхоз"),
    ("Эксплуатировать ее будет ТОО «Жел Энерго Сервис».", "ТОО Жел Энерго Сервис"),
    # owners by their shares and founders, and who gives the technology
    ("Проектная компания учреждена фондом «Самрук-Казына» (51%) и китайской Goldwind (49%).", "Goldwind"),
    ("В СП китайской Goldwind принадлежит 49%, остальное у казахстанского партнера.", "Goldwind"),
    ("Технологию предоставляет датская компания Vestas.", "Vestas"),
    ("Фундаменты строила компания «Энергострой Инжиниринг».", "Энергострой Инжиниринг"),
    ("Совместное предприятие китайской компании Goldwind и АО «Самрук-Энерго» получит участок в аренду.",
     "Goldwind"),
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


def test_latin_companies_ner_misses_are_companies_not_names():
    text = ("В Навоийской области построят химический комплекс мощностью 500 тыс. тонн в год. "
            "Строили бы его Daelim Engineering и Hanwha Solutions, а оператором выступит совместное "
            "предприятие Navoi Nitrogen Chemical.")
    projects = extract(text, published="2024-05-01").projects
    assert len(projects) == 1
    got = [c.name for c in projects[0].companies]
    assert "Daelim Engineering" in got and "Navoi Nitrogen Chemical" in got


def test_object_after_the_verb_is_not_named_by_its_builder():
    text = ("В Джизакской области работает цементный завод мощностью 1 млн тонн в год. "
            "Строила завод Sinoma International Engineering.")
    p = extract(text, published="2024-05-01").projects
    assert len(p) == 1 and "Sinoma" not in p[0].name
    assert "Sinoma International Engineering" in [c.name for c in p[0].companies]


@pytest.mark.parametrize("second, owner", [
    ("Половина его принадлежит «Казатомпрому».", True),
    ("Ранее фонд продал принадлежащие ему 10% акций банка.", False),
])
def test_owner_sentence(second, owner):
    text = "В Туркестанской области построен сернокислотный завод мощностью 500 тыс. тонн в год. " + second
    names = [c.name for c in extract(text, published="2024-05-01").projects[0].companies]
    assert ("Казатомпром" in names) is owner


def test_contract_sum_gives_way_to_the_cost_of_the_whole():
    text = ("В Бухарской области начато строительство газоперерабатывающего завода мощностью 8 млрд кубометров "
            "в год. Стоимость контракта с генподрядчиком — 2,1 млрд долларов. "
            "Всего проект потребует около 3 млрд долларов.")
    inv = extract(text, published="2024-05-01").projects[0].investment
    assert [(i["amount"], i["currency"]) for i in inv] == [(3e9, "USD")]


def test_contract_sum_alone_is_kept():
    text = ("В Бухарской области начато строительство газоперерабатывающего завода мощностью 8 млрд кубометров "
            "в год. Стоимость контракта с генподрядчиком — 2,1 млрд долларов.")
    inv = extract(text, published="2024-05-01").projects[0].investment
    assert [(i["amount"], i["currency"]) for i in inv] == [(2.1e9, "USD")]


def test_a_plant_ner_took_for_an_organisation_is_not_its_company():
    text = "В Улан-Баторе начато расширение ТЭЦ-4 мощностью 120 МВт. Работы на ТЭЦ-4 ведет компания Энергострой."
    got = extract(text, published="2024-05-01").projects
    assert all(c.name != "ТЭЦ-4" for p in got for c in p.companies)


def test_the_project_is_not_the_working_plant_named_as_a_landmark():
    text = ("В Марыйском велаяте строится парогазовая электростанция мощностью 1500 МВт. "
            "Площадка расположена рядом с действующей Марыйской ГРЭС. "
            "Турбины для проекта изготовила компания Siemens Energy.")
    got = {p.name: [c.name for c in p.companies] for p in extract(text, published="2024-05-01").projects}
    assert any("Siemens Energy" in cs for name, cs in got.items() if "парогаз" in name)
    assert not any("Siemens Energy" in cs for name, cs in got.items() if "ГРЭС" in name)


def test_track_laid_so_far_is_not_the_length():
    text = ("Строители железной дороги Душанбе — Курган-Тюбе уложили 20 километров пути. "
            "Длина новой линии составит 41 километр.")
    caps = extract(text, published="2024-05-01").projects[0].capacity
    assert {"value": 20.0, "unit": "km"} not in caps


@pytest.mark.parametrize("tail", [
    ", сообщило в среду агентство Синьхуа.",
    ". Как отмечает Синьхуа, проект даст толчок развитию региона.",
])
def test_the_news_agency_is_not_a_company(tail):
    text = "Правительство Китая одобрило строительство ГЭС мощностью 60 ГВт в Тибете" + tail
    assert all(c.name != "Синьхуа" for p in extract(text, published="2024-05-01").projects for c in p.companies)


def test_a_state_agency_is_not_taken_for_media():
    text = ("В Джизакской области построят атомную электростанцию малой мощности. Контракт подписали «Атомстройэкспорт» и "
            "дирекция по строительству АЭС при агентстве «Узатом».")
    names = [c.name for p in extract(text, published="2024-05-01").projects for c in p.companies]
    assert "Атомстройэкспорт" in names


def test_throughput_told_in_a_sentence_of_its_own():
    text = ("В Сурхандарьинской области начато строительство линии электропередачи в Афганистан. "
            "Пропускная способность линии составит 500 МВт.")
    assert {"value": 500.0, "unit": "MW"} in extract(text, published="2024-05-01").projects[0].capacity


def test_output_an_expansion_adds_is_its_capacity():
    text = ("В Атырауской области начато расширение нефтеперерабатывающего завода. "
            "Расширение должно прибавить к выпуску около 2 млн тонн нефтепродуктов в год.")
    assert (2e6, "t/yr") in sizes(extract(text, published="2024-05-01").projects[0])


def test_clauses_joined_by_a_keep_their_own_figures_and_places():
    text = ("В Сурхандарьинской области строится кирпичный завод на 100 млн штук в год, а в Ферганской области "
            "запущено предприятие по переработке 40 тыс. тонн фруктов в год.")
    found = {p.name.split()[0]: p for p in extract(text, published="2024-05-01").projects}
    food = next(p for p in found.values() if p.sector == "agriculture_food")
    assert food.location is not None and food.location.name == "Ферганская область"
    assert food.capacity and food.capacity[0]["value"] == 40000


def test_output_and_area_told_in_sentences_of_their_own():
    text = ("Солнечная электростанция мощностью 300 МВт будет построена в Навоийской области. "
            "Ожидаемая выработка — около 700 млн кВт·ч в год. Под станцию выделен участок площадью 600 гектаров.")
    p = extract(text, published="2024-05-01").projects[0]
    units = {c["unit"] for c in p.capacity}
    assert {"MW", "MWh/yr", "ha"} <= units, p.capacity


def test_a_part_of_the_plant_opening_a_sentence_is_no_object_of_its_own():
    # "Обогатительная" is capitalised only because it opens the sentence
    text = ("Михеевский ГОК в Челябинской области выпустил первый концентрат. "
            "Обогатительная фабрика комбината рассчитана на 18 млн тонн руды в год.")
    projects = extract(text, published="2014-01-10").projects
    assert len(projects) == 1, [p.name for p in projects]
    assert (18e6, "t/yr") in sizes(projects[0])


@pytest.mark.parametrize("second", [
    "Общий объем инвестиций в проект составил около 85 млрд рублей.",
    "Всего в строительство комбината вложено более 85 млрд рублей.",
])
def test_the_total_invested_in_the_project_is_its_cost(second):
    text = "В Челябинской области запущен Томинский ГОК. " + second
    assert extract(text, published="2020-03-01").projects[0].investment == [
        {"amount": 85e9, "currency": "RUB"}]


def test_the_total_invested_in_a_region_is_no_cost():
    text = ("В Челябинской области запущен Томинский ГОК. "
            "Общий объем инвестиций в экономику области за год составил 400 млрд рублей.")
    assert extract(text, published="2020-03-01").projects[0].investment == []


@pytest.mark.parametrize("text", [
    "На Светлогорском ЦКК запущен завод беленой сульфатной целлюлозы мощностью 400 тыс. тонн в год.",
    "В Добруше строится комплекс по выпуску мелованного картона мощностью 200 тыс. тонн в год.",
])
def test_pulp_and_paper_mills_are_manufacturing(text):
    assert extract(text, published="2021-05-01").projects[0].sector == "manufacturing"


def test_a_distance_to_a_town_is_no_length():
    text = ("Завершено строительство тоннеля «Истиклол» длиной 5 км. "
            "Тоннель находится в 80 километрах к северо-западу от Душанбе.")
    assert extract(text, published="2020-04-01").projects[0].capacity == [{"value": 5.0, "unit": "km"}]


def test_one_sum_for_several_objects_is_no_ones_cost():
    text = ("В Хабаровском крае начато строительство ТЭЦ в Советской Гавани. "
            "Из бюджета выделено 50 млрд рублей на четыре энергообъекта Дальнего Востока, "
            "включая эту станцию.")
    assert extract(text, published="2014-03-01").projects[0].investment == []
    text = "В Хабаровском крае начато строительство ТЭЦ в Советской Гавани стоимостью 40 млрд рублей."
    assert extract(text, published="2014-03-01").projects[0].investment == [
        {"amount": 40e9, "currency": "RUB"}]


@pytest.mark.parametrize("second, jobs", [
    ("На предприятии работают более 1200 человек.", 1200),
    ("На стройке комбината работают 2500 человек.", None),
])
def test_people_at_work_are_jobs_but_builders_are_not(second, jobs):
    text = "В Челябинской области запущен Томинский ГОК. " + second
    assert extract(text, published="2020-03-01").projects[0].jobs == jobs


def test_a_branch_line_its_throughput_and_not_the_ends_of_its_systems_name():
    text = ("Строители отвода от нефтепроводной системы «Восточная Сибирь — Тихий океан» на Китай "
            "закончили переход через Амур у Джалинды в Сковородинском районе. Отвод строится с прошлого года. "
            "Труба рассчитана на прокачку 15 млн тонн нефти в год.")
    found = extract(text, published="2010-04-15").projects
    assert len(found) == 1, [p.name for p in found]
    line = found[0]
    assert line.name.startswith("отвод") and line.status == "construction"
    assert sizes(line) == [(15e6, "t/yr")]
    assert line.location is not None and line.location.name != "Тихий океан"


def test_a_land_allocation_is_no_branch_line():
    text = "Акимат завершил отвод земельного участка под строительство завода по выпуску стекла в Кызылорде."
    assert not any(p.name.startswith("отвод") for p in extract(text, published="2024-05-01").projects)


def test_a_gas_to_liquids_plant_makes_fuels():
    text = ("В Кашкадарьинской области начато строительство завода по производству синтетического жидкого "
            "топлива из природного газа мощностью 1,5 млн тонн в год.")
    assert extract(text, published="2016-10-01").projects[0].sector == "oil_refining"


def test_the_town_a_company_comes_from_is_not_where_it_builds():
    text = ("Министерство энергетики Азербайджана и компания Masdar из Абу-Даби подписали "
            "соглашение о строительстве солнечной электростанции мощностью 200 МВт в Азербайджане.")
    p = extract(text, published="2020-01-09").projects[0]
    assert p.location is not None and p.location.name == "Азербайджан", p.location


@pytest.mark.parametrize("sentence, capacity", [
    # two plants' total is no capacity of either
    ("Суммарная мощность двух станций достигнет 100 МВт.", None),
    # two units of one plant add up to its capacity
    ("Суммарная мощность двух установок составит 900 МВт.", 900.0),
])
def test_a_total_of_several_plants_is_no_capacity_of_one(sentence, capacity):
    text = "В Жамбылской области началось строительство солнечной электростанции. " + sentence
    p = extract(text, published="2024-05-01").projects[0]
    assert [c["value"] for c in p.capacity] == ([capacity] if capacity else []), p.capacity


def test_a_bridges_length_in_metres_is_its_capacity_in_km_and_each_sides_part_is_not():
    text = ("В Благовещенске началось строительство автомобильного моста через Амур. "
            "Мост длиной 1080 м соединит два города. Каждая сторона строит по 540 м перехода.")
    p = extract(text, published="2016-12-24").projects[0]
    assert [(c["value"], c["unit"]) for c in p.capacity] == [(1.08, "km")], p.capacity


def test_a_plants_height_in_metres_is_no_capacity():
    text = "В Таджикистане строится гидроэлектростанция мощностью 3600 МВт с плотиной высотой 335 м."
    p = extract(text, published="2016-12-24").projects[0]
    assert [c["unit"] for c in p.capacity] == ["MW"], p.capacity


@pytest.mark.parametrize("text, value", [
    ("В Кашкадарьинской области ввели в строй две парогазовые установки мощностью по 450 МВт.", 900.0),
    ("В Жамбылской области к сети подключили ветровую электростанцию из 40 ветроустановок "
     "мощностью по 2,5 МВт.", 100.0),
    ("Начато строительство третьего и четвертого энергоблоков АЭС «Сюйдапу». "
     "Мощность блоков составит по 1,2 ГВт каждый.", 2400.0),
])
def test_units_counted_with_their_size_add_up_to_the_capacity(text, value):
    p = extract(text, published="2020-01-01").projects[0]
    assert value in [c["value"] for c in p.capacity], p.capacity


def test_a_second_plant_of_a_combine_with_no_place_of_its_own_is_at_the_combine():
    text = ("КАРАГАНДА. КАЗИНФОРМ – Горно-обогатительный комбинат «Нурказган» в Карагандинской области "
            "крупнейшей медной компании Казахстана выпустил первую партию "
            "медного концентрата. Строительство второй фабрики мощностью 3 млн тонн руды в год "
            "продолжается, ее запуск ждут к концу года.")
    got = {p.name: p.location.name if p.location else None for p in extract(text, published="2019-03-01").projects}
    assert len(got) == 2, got
    assert set(got.values()) == {"Карагандинская область"}, got


def test_a_second_station_of_the_country_keeps_the_country():
    text = ("Первую атомную станцию Казахстана построят у поселка Улькен в Алматинской области. "
            "Площадку для второй атомной станции в Казахстане выберут позже.")
    got = {p.name: p.location.name if p.location else None for p in extract(text, published="2025-06-01").projects}
    assert "Улькен" in got.values() or "Алматинская область" in got.values(), got
    assert not all(v in ("Улькен", "Алматинская область") for v in got.values()), got


def place_of(text, key, published="2024-05-01"):
    for p in extract(text, published=published).projects:
        if key.lower() in p.name.lower():
            return p.location.name if p.location else None
    raise AssertionError([p.name for p in extract(text, published=published).projects])


def test_a_name_after_the_noun_is_what_the_object_is_called_not_where_it_stands():
    text = ("Госсовет одобрил строительство двух энергоблоков АЭС Ляньцзян в уезде Суйси провинции Гуандун "
            "мощностью 1250 МВт каждый.")
    assert place_of(text, "Ляньцзян") in ("Суйси", "Гуандун"), place_of(text, "Ляньцзян")


def test_a_town_named_by_an_adjective_is_in_its_dictionary_form():
    text = ("Концерн завершил демонтаж оборудования Белоярской АЭС в городе Заречном Свердловской области. "
            "Область построит в Заречном жилье для строителей.")
    names = {e.name for e in extract(text, published="2024-10-15").entities if e.type == "LOC"}
    assert "Заречный" in names and "Заречном" not in names, names


def test_the_city_where_a_deal_was_signed_is_not_where_the_unit_stands():
    text = ("Белоярская АЭС находится в городе Заречном Свердловской области. 14 октября в Екатеринбурге "
            "губернатор и глава концерна подписали соглашение о сооружении энергоблока № 5 мощностью 1200 МВт: "
            "область построит в Заречном жилье для строителей.")
    assert place_of(text, "энергоблок", "2024-10-15") == "Заречный"


def test_a_numbered_sibling_with_no_place_is_where_its_first_is():
    text = ("Малая ГЭС «Аксу-1» мощностью 10 МВт в Сарканском районе Алматинской области выдала первый ток. "
            "Инвестор уже готовит станцию «Аксу-2» мощностью 15 МВт, под нее выделен участок.")
    assert place_of(text, "Аксу-2") == place_of(text, "Аксу-1") is not None


def test_a_tonnage_keeps_what_it_is_of():
    text = ("В Навоийской области начато строительство завода мощностью 650 тыс. тонн карбамида в год. "
            "Завод будет выпускать 650 тыс. тонн в год.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 1 and got[0].capacity == [{"value": 650000.0, "unit": "t/yr", "product": "карбамид"}], got


@pytest.mark.parametrize("text, body", [
    ("Госсовет КНР одобрил строительство двух энергоблоков АЭС Хайян мощностью 1250 МВт каждый, "
     "оператор станции — компания SPIC.", "Госсовет"),
    ("Комиссия по развитию и реформе одобрила строительство ГЭС мощностью 1000 МВт, которую возведет "
     "China Three Gorges Corporation.", "Комиссия"),
    ("Модернизация Шардаринской ГЭС мощностью 126 МВт завершена, большую часть средств предоставил ЕБРР, "
     "работы вела компания «Самрук-Энерго».", "ЕБРР"),
])
def test_who_approves_or_lends_is_no_company_of_the_project(text, body):
    got = extract(text, published="2024-05-01").projects
    assert got and not any(c.name.startswith(body) for p in got for c in p.companies), \
        [[c.name for c in p.companies] for p in got]


def test_a_former_state_is_not_where_a_project_is():
    text = ("БИШКЕК, 3 марта. Власти вернулись к идее второй ТЭЦ для Оша. "
            "Вторую ТЭЦ начали строить в 1988 году, но после распада СССР стройку бросили.")
    places = [p.location.name for p in extract(text, published="2024-03-03").projects if p.location]
    assert places and "СССР" not in places, places


def test_a_cost_given_as_a_range_keeps_both_ends():
    text = "В Навои построят содовый завод стоимостью от 1,2 до 1,5 млрд долларов."
    p = extract(text, published="2024-03-03").projects[0]
    assert {(i["amount"], i["currency"]) for i in p.investment} == {(1.5e9, "USD"), (1.2e9, "USD")}


def test_lines_told_each_with_a_figure_add_up():
    text = "Фабрика в Айнинском районе состоит из двух технологических линий по 1500 тонн руды в сутки."
    p = extract(text, published="2021-09-01").projects[0]
    assert [(c["value"], c["unit"]) for c in p.capacity] == [(3000.0, "t/d")]


def test_a_source_that_owns_the_object_is_its_company():
    # "сообщило X" alone makes X a source; "которому принадлежит станция" its owner
    text = ("Мойнакская ГЭС в Алматинской области после ремонта вновь вышла на мощность 300 МВт, "
            "сообщило АО «Мойнакская ГЭС им. У.Д. Кантаева», которому принадлежит станция.")
    names = [c.name for p in extract(text, published="2024-05-01").projects for c in p.companies]
    assert any("Кантаева" in n for n in names)


def test_a_source_alone_is_no_company():
    text = "В Алматинской области начато строительство ветровой электростанции мощностью 100 МВт, сообщило агентство «Казинформ»."
    assert all(not p.companies for p in extract(text, published="2024-05-01").projects)


def test_a_company_told_again_in_quotes_in_another_case_owns_the_plant_it_names():
    text = ("ОАО «Кыргызцемент» подвело итоги года. "
            "Новый завод сухого способа «Кыргызцемента» в Канте рассчитан на 1 млн тонн цемента в год.")
    found = [p for p in extract(text, published="2024-05-01").projects if "завод" in p.name]
    assert found and any("Кыргызцемент" in c.name for c in found[0].companies)


@pytest.mark.parametrize("text, sector", [
    ("В Яньтае построят установку по выпуску полиолефиновых эластомеров мощностью 200 тыс. тонн.", "petrochemicals"),
    ("В Рудном начали строить завод горячебрикетированного железа мощностью 1,8 млн тонн в год.", "mining_metals"),
])
def test_sector_of_new_kinds_of_plant(text, sector):
    assert [p.sector for p in extract(text, published="2024-05-01").projects] == [sector]


def test_a_plants_own_acronym_is_no_company_of_it():
    text = ("Росэнергоатом начал изыскания под Южно-Уральскую АЭС в Челябинской области. "
            "Суммарная мощность ЮУАЭС может составить 2400 МВт.")
    found = extract(text, published="2012-01-01").projects
    assert [c.name for p in found for c in p.companies] == ["Росэнергоатом"]


def test_a_company_named_as_the_works_runs_it():
    # the works' namesake with a legal form is its operator, even in a
    # sentence that says only who holds its shares
    text = ("Власти Кыргызстана решили возобновить работу Кадамжайского сурьмяного комбината в Баткенской "
            "области. Контрольный пакет акций ОАО «Кадамжайский сурьмяный комбинат» остается у государства.")
    projects = extract(text, published="2020-03-12").projects
    assert [c.name for c in projects[0].companies] == ["ОАО Кадамжайский сурьмяный комбинат"]


def test_a_company_named_like_a_longer_word_of_the_object_is_not_its_operator():
    # "Туркменхимия" is no namesake of a plant of "Туркменистан"
    text = ("В Туркменистане началось строительство газопровода Туркменистан — Китай протяженностью "
            "500 км. Государственный концерн «Туркменхимия» тем временем открыл новый склад.")
    projects = extract(text, published="2020-03-12").projects
    assert all("Туркменхимия" not in c.name for p in projects for c in p.companies)


@pytest.mark.parametrize("text, town", [
    # towns the gazetteer does not hold, named by the article itself
    ("В России выведен из эксплуатации энергоблок № 9 Троицкой ГРЭС мощностью 278 МВт. "
     "Для Троицка станция остается главным работодателем.", "Троицк"),
    ("В Армении началась модернизация пятого энергоблока Разданской ТЭС. "
     "Работы в Раздане продлятся до весны.", "Раздан"),
    ("Каиндинский сахарный завод в Кыргызстане начал строить новый склад мощностью 20 тыс. тонн. "
     "Свеклу в Каинды везут со всего района.", "Каинды"),
    # the tagger takes the adjective before an abbreviation for a noun of its own
    ("Возле кишлака Зарчоб с 2022 года действует Зарчобская ГЭС-1 на 75 МВт. Рядом строится "
     "Зарчобская ГЭС-2 мощностью 65 МВт, подрядчик — компания PowerChina.", "Зарчоб"),
])
def test_a_plant_named_after_a_town_the_article_names_is_there(text, town):
    projects = extract(text, published="2024-05-01").projects
    assert projects and all(p.location.name == town for p in projects)


def test_a_town_is_not_taken_from_a_longer_place_name():
    # "Троицкий" is no adjective of "Троицкое"; an unknown village is not its site
    text = ("В России выведен из эксплуатации энергоблок № 9 Троицкой ГРЭС мощностью 278 МВт. "
            "Уголь везли через село Троицкое.")
    projects = extract(text, published="2024-05-01").projects
    assert projects and projects[0].location.name != "Троицкое"


@pytest.mark.parametrize("text, body", [
    ("Электростанцию мощностью 1200 МВт возводит турецкая компания Çalık Enerji по заказу "
     "Министерства энергетики Туркменистана.", "Министерство энергетики Туркменистана"),
    ("Газопровод Бейнеу — Жанаозен длиной 160 км построят к 2027 году. Заказчиком выступает "
     "Министерство энергетики, оператором станет компания QazaqGaz.", "Министерство энергетики"),
])
def test_a_state_body_that_orders_the_work_is_a_company_of_the_project(text, body):
    projects = extract(text, published="2024-05-01").projects
    assert body in [c.name for c in projects[0].companies]


def test_a_ministry_that_only_approves_is_no_company():
    text = ("Министерство энергетики одобрило строительство ветровой электростанции мощностью 100 МВт, "
            "которую возведет компания Goldwind.")
    assert [c.name for c in extract(text, published="2024-05-01").projects[0].companies] == ["Goldwind"]


def test_the_width_of_a_strait_is_not_the_length_of_its_bridge():
    text = ("Через пролив Невельского, ширина которого в самом узком месте около 7 км, "
            "предлагается построить мост стоимостью 300 млрд рублей.")
    p = extract(text, published="2025-03-01").projects[0]
    assert not p.capacity, p.capacity


@pytest.mark.parametrize("text, currency", [
    ("В Пакистане подписан контракт на строительство плотины Мохманд стоимостью 309 млрд рупий.", "PKR"),
    ("В Индии начато строительство АЭС «Куданкулам» стоимостью 500 млрд рупий.", "INR"),
    ("В Ашхабаде начато строительство завода стоимостью 200 млн манатов.", "TMT"),
    ("В Баку начато строительство завода стоимостью 200 млн манатов.", "AZN"),
])
def test_a_currency_of_several_countries_is_the_projects_countrys(text, currency):
    p = extract(text, published="2025-03-01").projects[0]
    assert [i["currency"] for i in p.investment] == [currency]
