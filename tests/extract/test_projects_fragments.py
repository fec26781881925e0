"""One object told in several words within an article stays one project, on
sentences written for these tests."""
from __future__ import annotations

import pytest

from newsfacts import extract


def sizes(project):
    """A project's capacities as (value, unit), whatever else a figure carries."""
    return [(c["value"], c["unit"]) for c in project.capacity]


def projects(text):
    return extract(text, published="2024-05-01").projects


def test_station_in_a_village_after_the_named_plant_is_that_plant():
    text = ("На площадку Сырдарьинской ТЭС в Сырдарьинской области поступили турбины для двух новых блоков. "
            "Сейчас на станции в городе Ширин работают десять энергоблоков общей мощностью 3000 МВт.")
    assert len(projects(text)) == 1


def test_a_word_for_any_plant_refers_to_the_plant_before():
    text = ("Комплекс по выпуску метанола «Навои-Метанол» вышел на проектную мощность. "
            "Предприятие в Навои Навоийской области было пущено в прошлом году.")
    assert len(projects(text)) == 1


def test_a_neighbouring_supplier_is_not_a_project():
    text = ("Комплекс по выпуску полиэтилена «Кандым-Полимер» вышел на проектную мощность. "
            "Газ поступает с соседнего предприятия холдинга мощностью 8 млрд кубометров в год.")
    assert len(projects(text)) == 1


def test_a_bare_legal_form_is_not_an_organisation():
    text = "Об этом сообщил генеральный директор СП Ли Мин Хо. Пресс-служба АО также подтвердила."
    assert not [e for e in extract(text, published="2024-05-01").entities if e.type == "ORG"]


def test_a_working_plant_as_the_site_of_new_units_is_not_a_project_of_its_own():
    text = ("В Навоийской области завершается монтаж двух новых парогазовых энергоблоков. "
            "Их строят на площадке действующей Навоийской ТЭС, где работает блок на 1250 МВт. "
            "Стоимость проекта составляет 1,1 млрд долларов.")
    got = projects(text)
    assert len(got) == 1
    assert got[0].investment and got[0].investment[0]["amount"] == 1.1e9


def test_the_sector_nearest_the_project_in_its_sentence():
    text = ("Банк одобрил финансирование проекта TAP-500 — строительства линии электропередачи, по которой "
            "излишки гидроэлектроэнергии пойдут в Афганистан.")
    assert projects(text)[0].sector == "power_grid"


def test_what_a_project_provides_for_is_part_of_it():
    text = ("В Мангистауской области построят комплекс по производству зеленого аммиака стоимостью 20 млрд долларов. "
            "Проект предусматривает строительство ветровых и солнечных электростанций общей мощностью 10 ГВт.")
    assert len(projects(text)) == 1


def test_what_is_placed_on_its_territory_is_part_of_it():
    text = ("В Нарынской области построят логистический комплекс стоимостью 280 млн долларов. "
            "На его территории разместят склады и таможенный терминал.")
    assert len(projects(text)) == 1


def test_the_deposit_a_plant_stands_on_is_that_plant():
    text = ("В Таласской области запущен золоторудный комбинат на месторождении Андаш мощностью 2 млн тонн руды в год. "
            "Освоение месторождения Андаш ведет компания «Андаш Майнинг».")
    assert len(projects(text)) == 1


def test_this_deposit_refers_to_the_plant_told_on_it():
    text = ("В Таласской области запущен золоторудный комбинат на месторождении Андаш мощностью 2 млн тонн руды в год. "
            "Освоение месторождения Андаш - крупный проект. "
            "Глава компании «Андаш Майнинг» приехал на место этого месторождения.")
    got = projects(text)
    assert len(got) == 1 and "Андаш Майнинг" in [c.name for c in got[0].companies]


def test_a_plant_on_the_deposit_is_the_deposit_project():
    text = ("Оператор начал расширение месторождения Карачаганак в Западно-Казахстанской области стоимостью "
            "1 млрд долларов. Технологический завод на месторождении будет перерабатывать 5 млрд кубометров газа в год.")
    assert len(projects(text)) == 1


def test_the_deposit_a_mine_is_built_on_is_that_mine():
    text = ("Компания «Кызылтау Голд» начала строительство рудника на золоторудном месторождении "
            "Каскабулак в Абайской области. Рудник будет перерабатывать 2 млн тонн руды в год.")
    found = projects(text)
    assert len(found) == 1 and found[0].capacity


def test_an_unnamed_mining_plant_next_to_the_deposit_works_that_deposit():
    text = ("Компания «Тоголок Майнинг» получила лицензию на разработку золоторудного месторождения Тоголок "
            "в Нарынской области. Она построит горно-обогатительный комбинат на 1 млн тонн руды в год.")
    found = projects(text)
    assert len(found) == 1 and found[0].capacity


def test_the_headline_plant_of_a_company_is_the_plant_the_body_names():
    text = ("В Невинномысске запущен карбамидный завод «Азота»\n\n"
            "Компания открыла завод по производству карбамида «Азот-Невинномысск» мощностью 700 тыс. тонн в год "
            "в Ставропольском крае.")
    assert len(projects(text)) == 1


def test_a_cascade_is_not_one_of_its_plants():
    text = ("Компания продолжает строить Камбаратинскую ГЭС-1 мощностью 1860 МВт. "
            "Каскад Камбаратинских ГЭС начали проектировать еще в 1980-е годы.")
    names = [p.name for p in projects(text)]
    assert any(n.startswith("Камбаратинская ГЭС-1") for n in names), names


def test_other_objects_named_to_compare_are_not_projects():
    text = ("Мощность Камбаратинской ГЭС-1 составит 1860 МВт: такой плотины нет ни на одной другой "
            "гидроэлектростанции Центральной Азии.")
    found = projects(text)
    assert len(found) == 1 and found[0].capacity


def test_the_stops_a_line_runs_between_are_not_projects():
    text = ("Строительство линии электропередачи «Север — Юг» продолжается. В Кыргызстане линия идет "
            "от подстанции «Кемин» до подстанции «Алай». Линия рассчитана на 1000 МВт.")
    found = projects(text)
    assert len(found) == 1 and found[0].capacity, [p.name for p in found]


def test_what_the_project_provides_for_after_kroме_nego_is_its_part():
    text = ("Газохимический комплекс в Кашкадарьинской области сможет перерабатывать 4 млрд кубометров газа в год. "
            "Кроме него, проект предусматривает строительство 200 км промысловых газопроводов. "
            "Инвестиции оцениваются в 2 млрд долларов.")
    found = projects(text)
    assert len(found) == 1 and found[0].investment, [p.name for p in found]


def test_the_substations_a_line_links_are_its_ends_and_its_voltage_is_its_name():
    text = ("В Кыргызстане готовят строительство линии электропередачи 220 кВ «Кемин — Балыкчы». "
            "Линия длиной около 120 км должна соединить подстанцию «Кемин» с новой подстанцией 220 кВ "
            "«Балыкчы» в Иссык-Кульской области. Подрядчик разрабатывает проектную документацию.")
    found = extract(text, published="2024-05-01")
    assert len(found.projects) == 1, [p.name for p in found.projects]
    line = found.projects[0]
    assert "220 кВ «Кемин — Балыкчы»" in line.name
    assert (120.0, "km") in sizes(line)
    assert line.status == "pre-construction"
    assert "Балыкчы" not in [e.name for e in found.entities if e.type == "ORG"]


def test_a_power_line_keeps_its_substations_route_and_bare_mentions():
    text = ("Ввод ЛЭП 220 кВ «Алай — Кызыл-Кия» отложен\n\n"
            "Строительство ЛЭП 220 кВ «Алай — Кызыл-Кия» ведется с весны. Она пройдет через Баткенскую "
            "область к району, где достраивается новая подстанция. Протяженность линии — 95 км. "
            "Трассу поделили между двумя подрядчиками, один из них — ОсОО «Энергострой». "
            "Стоимость работ — 40 млн долларов, средства на льготных условиях предоставил Азиатский банк развития.")
    found = extract(text, published="2024-05-01").projects
    assert len(found) == 1, [p.name for p in found]
    line = found[0]
    assert line.sector == "power_grid"
    assert (95.0, "km") in sizes(line)
    assert line.investment == [{"amount": 40e6, "currency": "USD"}]
    names = [c.name for c in line.companies]
    assert any("Энергострой" in n for n in names) and not any("банк" in n.lower() for n in names)


def test_a_line_beside_a_railway_is_not_the_railway():
    text = ("Стороны начали строить ЛЭП 500 кВ «Туркменабат — Мазари-Шариф». Также обсуждалось "
            "продление железной дороги до Мазари-Шарифа.")
    found = extract(text, published="2024-05-01").projects
    line = next(p for p in found if "ЛЭП" in p.name)
    assert line.status == "construction"
    assert all(p is line or p.status != "construction" for p in found), [(p.name, p.status) for p in found]


def test_a_company_named_after_the_object_still_tells_of_the_project():
    text = ("Начато строительство газопровода Бейнеу — Бозой — Шымкент. "
            "Заказчиком выступает ТОО «Газопровод Бейнеу — Шымкент», созданное КазТрансГаз и CNPC.")
    names = [c.name for c in extract(text, published="2012-08-01").projects[0].companies]
    assert "CNPC" in names


def test_what_a_named_plant_is_said_to_be_is_no_plant_of_its_own():
    text = ("ГЭС Удунде на реке Цзиньша вышла на полную мощность 10,2 ГВт.\n\n"
            "Удунде стала четвертой по мощности гидроэлектростанцией в мире. «С ней завершено создание "
            "крупнейшего в мире коридора чистой энергии: шесть наших станций вместе дают более 71 ГВт», — "
            "сказал глава CTG. Каждый ее агрегат имеет мощность 850 МВт, это позволит ежегодно экономить "
            "12 млн тонн угля. Напор здесь выше, чем на любой другой ГЭС Китая.")
    found = extract(text, published="2021-06-20").projects
    assert len(found) == 1, [p.name for p in found]
    assert found[0].capacity == [{"value": 10200.0, "unit": "MW"}]


def test_a_plant_after_a_place_and_a_dash_is_described_not_doubled():
    from newsfacts.annotate import annotate
    from newsfacts.extract.projects import find_mentions
    sent = annotate("«РусГидро» ввело в эксплуатацию Зеленчукскую ГЭС-2 на реке Кубань — крупнейшую "
                    "электростанцию Карачаево-Черкесии.").sents[0]
    assert [m.head.text for m in find_mentions(sent)] == ["ГЭС-2"]


def test_a_company_named_after_its_plant_is_a_company_but_the_plant_is_not():
    found = extract("Государственная компания «ТЭЦ-4» расширит станцию на 120 МВт. "
                    "Министр назвал главным проектом перевод Алматинской ТЭЦ-2 с угля на газ.",
                    published="2020-05-01")
    orgs = {e.name for e in found.entities if e.type == "ORG"}
    assert "ТЭЦ-4" in orgs and not any("ТЭЦ-2" in o for o in orgs), orgs


def test_a_numbered_plant_and_its_ordinal_are_one_and_what_replaces_it_is_another():
    text = ("Правительство расторгло соглашение по ТЭЦ-5\n\n"
            "Правительство решило расторгнуть концессионное соглашение о строительстве пятой "
            "теплоэлектроцентрали в Улан-Баторе. Соглашение было подписано с консорциумом, в который вошли "
            "Engie и Sojitz. Станцию мощностью 450 МВт планировалось построить на востоке столицы.\n\n"
            "Вместо ТЭЦ-5 государственная компания «ТЭЦ-4» расширит действующую угольную станцию на 120 МВт. "
            "Стоимость работ оценивается в 350 млрд тугриков.")
    found = extract(text, published="2020-01-16").projects
    assert len(found) == 2, [p.name for p in found]
    chp5, chp4 = found
    assert chp5.status == "cancelled" and chp5.capacity == [{"value": 450.0, "unit": "MW"}]
    assert {"Engie", "Sojitz"} <= {c.name for c in chp5.companies}
    assert chp4.status == "announced" and chp4.investment == [{"amount": 350e9, "currency": "MNT"}]
    assert "ТЭЦ-4" in [c.name for c in chp4.companies]


def test_an_object_only_named_in_someones_words_is_no_project_and_takes_nothing():
    text = ("Кабмин подписал соглашение о строительстве ТЭС «Кара-Кече» мощностью 600 МВт в Нарынской "
            "области. Станция будет работать на угле одноименного месторождения.\n\n"
            "«Она даст нам мощность зимой, когда Токтогульская ГЭС вынуждена экономить воду, и мы "
            "перестанем зависеть от импорта», — сказал премьер.\n\n"
            "По его словам, подрядчик CMEC возьмет на себя проектирование и строительство.")
    found = extract(text, published="2023-09-01").projects
    assert [p.name for p in found] == ["ТЭС «Кара-Кече»"] or len(found) == 1, [p.name for p in found]
    assert "CMEC" in [c.name for c in found[0].companies]


def test_a_plant_on_the_same_site_takes_the_site_of_the_one_before():
    text = ("В Атырауской области запущен завод полипропилена мощностью 500 тыс. тонн в год. "
            "«Следующим шагом станет завод по производству полиэтилена на той же площадке», — сказал глава компании.")
    found = extract(text, published="2022-11-01").projects
    pe = next(p for p in found if "полиэтилен" in p.name)
    assert pe.location is not None and pe.location.name == "Атырауская область"


def test_stations_that_serve_a_pipeline_or_a_plant_are_its_parts():
    text = ("Начато строительство газопровода Бейнеу — Бозой — Шымкент мощностью 10 млрд кубометров в год. "
            "На трассе построят компрессорную станцию «Караозек» в Кызылординской области.\n\n"
            "В Азербайджане строится солнечная электростанция мощностью 230 МВт. Для нее возводится "
            "подстанция для подключения к сети «Азерэнержи».")
    found = extract(text, published="2014-05-22").projects
    assert len(found) == 2, [p.name for p in found]


def test_the_main_station_is_the_plant_told_of():
    text = ("На Зеленчукской ГЭС-ГАЭС пущен последний агрегат, мощность станции достигла 300 МВт. "
            "В 1999 году заработала первая очередь, а основная станция проходила испытания с весны.")
    found = extract(text, published="2016-12-01").projects
    assert not any(p.name.lower().startswith("основн") for p in found), [p.name for p in found]


def test_a_data_centre_is_an_object_and_no_plant_refers_back_to_it():
    text = ("«Компания намерена построить в Ташкентской области центр обработки данных мощностью 100 мегаватт. "
            "В Джизакском вилояте компания «Джизак Цемент Индастри» уже строит завод на 2 млн тонн цемента "
            "в год», — сказал президент.")
    found = extract(text, published="2024-05-02")
    names = [p.name for p in found.projects]
    assert len(names) == 2 and names[0].startswith("центр обработки данных"), names
    assert "Джизак Цемент Индастри" in [e.name for e in found.entities if e.type == "ORG"]


def test_a_headline_plant_by_its_product_folds_into_the_body_plant_among_others():
    text = ("Инвестор отказался от трубного завода в Сумгайыте\n\n"
            "Управляющая компания Сумгайытского промышленного парка сообщила, что китайская компания "
            "отказалась от строительства завода по производству стальных сварных труб мощностью 150 тыс. тонн "
            "в год. В парке работают завод карбамида мощностью 650 тыс. тонн в год и предприятие по выпуску "
            "полипропилена.")
    found = extract(text, published="2023-05-01").projects
    names = [p.name for p in found]
    assert not any(n.startswith(("трубный", "Сумгайытский")) for n in names), names
    pipes = next(p for p in found if "труб" in p.name)
    assert pipes.status == "cancelled"


def test_the_deposit_named_like_the_plant_is_the_plants():
    text = ("В Забайкалье запущен Удоканский горно-металлургический комбинат мощностью 12,5 млн тонн руды в год. "
            "Удоканское месторождение считается крупнейшим в России.")
    assert len(extract(text, published="2023-10-01").projects) == 1


def test_a_reactor_core_is_no_zone_built():
    text = ("Первый энергоблок АЭС «Тайшань» мощностью 1750 МВт вновь подключен к сети. Из 60 тыс. твэлов "
            "в активной зоне были повреждены около пяти.")
    assert not any("зона" in p.name for p in extract(text, published="2022-08-01").projects)


def test_the_main_factory_of_a_plant_and_the_railway_its_output_goes_by_are_no_projects():
    text = ("Актогайский ГОК выдал первый медный концентрат. Первые партии уже отгружены с площадки по "
            "железной дороге покупателям в Китае. Основная обогатительная фабрика комбината рассчитана на "
            "25 млн тонн руды в год.")
    found = extract(text, published="2017-02-01").projects
    assert len(found) == 1, [p.name for p in found]
    assert (25e6, "t/yr") in sizes(found[0])


def test_numbered_units_of_one_plant_are_projects_of_their_own():
    text = ("Первый энергоблок Кольской АЭС мощностью 440 МВт окончательно остановлен.\n\n"
            "Его замещает энергоблок № 5 мощностью 1200 МВт, введенный в промышленную эксплуатацию в мае.\n\n"
            "Строительство энергоблока № 6 такого же типа продолжается.")
    found = extract(text, published="2018-12-22").projects
    assert len(found) == 3, [p.name for p in found]
    assert [p.status for p in found] == ["retired", "operating", "construction"]
    assert "№ 6" in found[2].name
    assert found[2].sector == "nuclear"  # from the units of its kind the article names


def test_the_deposit_a_new_plant_goes_on_and_the_plants_its_output_is_for_are_no_projects():
    text = ("Концерн намерен построить второй калийный комбинат — на Тюбегатанском месторождении в том же "
            "вилояте. Комбинат будет выпускать 1 млн тонн удобрений в год для аграрных предприятий региона. "
            "Завод в Усть-Каменогорске выпустит 200 тонн урана в год в сборках для атомных электростанций Китая.")
    names = [p.name for p in extract(text, published="2023-05-01").projects]
    assert not any("месторождение" in n or "электростанц" in n or "предприят" in n for n in names), names


def test_where_an_accident_happened_is_no_project_and_work_done_in_percent_is_construction():
    text = ("Реконструкция Ширванской ТЭС выполнена на 60%\n\n"
            "Реконструкцию начали в 2018 году, после аварии 3 июля на подстанции 330 кВ. "
            "Стоимость работ — 300 млн манатов, мощность станции вырастет до 1050 МВт.")
    found = extract(text, published="2019-10-01").projects
    assert len(found) == 1 and "ТЭС" in found[0].name, [p.name for p in found]
    assert found[0].status == "construction"


def test_a_bare_noun_refers_to_the_object_last_called_by_it():
    # two objects in one sentence: "Комплекс" after them is the complex, not the plant
    text = ("Павлодарский нефтехимический завод утвердил программу модернизации. "
            "На заводе построят комплекс по выпуску полипропилена. "
            "Комплекс будет производить 500 тыс. тонн полипропилена в год и обойдется в 1,9 млрд долларов.")
    complex_ = next(p for p in projects(text) if "полипропилен" in p.name)
    assert (500000.0, "t/yr") in sizes(complex_)
    assert [(i["amount"], i["currency"]) for i in complex_.investment] == [(1.9e9, "USD")]


def test_a_plant_joined_with_other_projects_is_not_another_plant():
    text = ("Шымкентский нефтеперерабатывающий завод завершил реконструкцию. "
            "На заводе пустили установку изомеризации мощностью 600 тыс. тонн в год. "
            "Рабочие после пуска останутся на заводе или на других проектах в области.")
    names = [p.name for p in projects(text)]
    assert sum("завод" in n.lower() for n in names) == 1, names


def test_where_the_output_goes_is_not_where_the_plant_is():
    text = ("Атырауский нефтеперерабатывающий завод прошел реконструкцию.\n\n— Комплекс заработал?\n\n"
            "— Да. В начале года комплекс по производству ароматических углеводородов выдал первый бензол. "
            "Проектная мощность — 496 тыс. тонн параксилола в год, почти всё пойдет на экспорт, в основном в Китай.")
    complex_ = next(p for p in projects(text) if "ароматич" in p.name)
    assert complex_.location is None or complex_.location.name != "Китай"


# One object told in other words later on is one project and takes the
# figure told there: the one unnamed mining plant of an article about one
# deposit is its plant; "предприятие" may be the mine told before.
@pytest.mark.parametrize("text, capacity", [
    ("Право на разработку медного месторождения Бозымчак в Джалал-Абадской области получила "
     "компания «Кыргызалтын». Лицензия выдана на двадцать лет. Компания заплатила за нее 20 млн долларов. "
     "Геологи уточнили запасы руды. По условиям соглашения недропользователь должен за три года "
     "построить обогатительную фабрику мощностью 500 тыс. тонн руды в год.", 500000.0),
    ("Компания приступила к строительству шахты на Элегестском месторождении угля в Туве. "
     "Проходка ведется с весны. "
     "К 2030 году предприятие должно выйти на мощность 12 млн тонн угля в год.", 12000000.0),
], ids=["deposit and its plant", "enterprise refers to the mine"])
def test_one_mining_object_told_in_other_words_is_one_project(text, capacity):
    got = projects(text)
    assert len(got) == 1, [p.name for p in got]
    assert (capacity, "t/yr") in sizes(got[0])


def test_a_mill_at_a_mine_of_its_own_stays_apart_from_the_deposit():
    text = ("Компания начала освоение железорудного месторождения Таштагол в Кемеровской области, "
            "вложения составят 5 млрд рублей. "
            "Через два года на месторождении начнется добыча. "
            "Тем временем обогатительная фабрика на руднике Шерегеш вышла на проектную мощность 2 млн тонн руды в год.")
    assert len(projects(text)) == 2


def test_a_line_keeps_every_stop_of_its_route_in_its_name():
    text = ("ОАО «РЖД» и АО «Компания „Тюмень — Тобольск“» подписали договор на строительство "
            "железнодорожной линии Нарын — Тобольск — Ханты-Мансийск.")
    names = [p.name for p in projects(text)]
    assert any("Нарын — Тобольск — Ханты-Мансийск" in n for n in names), names


def test_the_network_a_line_joins_is_no_project():
    text = ("Линия длиной 310 км свяжет Республику Алтай с Алтайским краем и сетью российских железных дорог. "
            "Ее стоимость оценивается в 90 млрд рублей.")
    names = [p.name.lower() for p in projects(text)]
    assert not any("российск" in n for n in names), names


def test_a_route_named_after_a_sentence_on_railways_is_a_railway():
    text = ("Вывезти уголь без железной дороги невозможно. "
            "Поэтому готовится проект линии Горно-Алтайск — Бийск протяженностью около 120 км. "
            "Дорогу поддержал федеральный бюджет.")
    got = projects(text)
    assert len(got) == 1 and "Горно-Алтайск" in got[0].name, [p.name for p in got]
    assert got[0].sector == "transport_logistics"


def test_a_placed_object_after_a_sentence_telling_its_stage_is_a_project():
    text = ("Пять лет назад у Горно-Алтайска торжественно уложили первые метры пути.\n\n"
            "С тех пор железная дорога в Республику Алтай почти не продвинулась.")
    got = projects(text)
    assert len(got) == 1 and "дорога" in got[0].name, [p.name for p in got]


def test_a_port_the_output_goes_through_is_no_project():
    text = ("Завод по производству карбамида в Балканском велаяте введен в эксплуатацию. "
            "Готовую продукцию будут вывозить по железной дороге через морской порт Туркменбаши.")
    names = [p.name.lower() for p in projects(text)]
    assert not any("порт" in n for n in names), names


def test_new_units_at_a_plant_are_the_project_and_are_known_by_the_plant():
    text = ("На Ташкентской ТЭС строят второй энергоблок мощностью 370 МВт. "
            "Блок планируется ввести в эксплуатацию в 2027 году.")
    got = projects(text)
    assert len(got) == 1, [p.name for p in got]
    assert "Ташкентской ТЭС" in got[0].name and got[0].location is not None and got[0].location.name == "Ташкент"
    assert "кВт" not in got[0].name



def test_a_unit_known_by_its_plant_takes_the_plant_once():
    text = ("Энергокомпания построит вторую парогазовую установку на Ангренской ТЭС\n\n"
            "ТАШКЕНТ, 5 мая. Энергокомпания планирует построить на Ангренской тепловой электростанции "
            "вторую парогазовую установку мощностью 400 МВт.")
    names = [p.name for p in projects(text)]
    assert len(names) == 1 and names[0].count("Ангренск") == 1, names


def test_a_noun_the_parser_hangs_as_an_adjective_is_no_word_of_the_name():
    text = ("Глава региона принял участие в церемонии закладки первого камня газохимического комплекса "
            "в Шуртанском районе. Стоимость строительства — 1 млрд долларов.")
    names = [p.name for p in projects(text)]
    assert names and not any("камн" in n for n in names), names


def test_a_fronted_object_noun_tagged_as_an_adjective_is_no_word_of_the_name():
    # "Одной только клейковины завод ...": the genitive noun (tagged ADJ) before "завод" is
    # what it makes, fronted, not a name of a second plant
    text = ("В Костанае начато строительство завода по переработке кукурузы мощностью 150 тыс. тонн в год. "
            "Одной только клейковины завод будет выпускать около 30 тыс. тонн в год.")
    got = projects(text)
    assert len(got) == 1, [p.name for p in got]


def test_the_works_that_made_the_turbines_is_no_project():
    text = ("На Благовещенской ТЭЦ мощностью 160 МВт завершен монтаж второй очереди. "
            "Генеральным подрядчиком выступает «Технопромэкспорт», турбины изготовил Калужский турбинный завод.")
    got = projects(text)
    assert not any("турбинный" in p.name for p in got), [p.name for p in got]


def test_a_mine_and_the_mill_built_beside_it_are_one_undertaking():
    text = ("Компания «Алтын Тау» приостановила работы на строящемся медном руднике в Токтогульском районе "
            "Джалал-Абадской области.\n\n"
            "Строительство горно-обогатительного комбината мощностью 2 млн т руды в год ведется с 2021 года.")
    found = projects(text)
    assert len(found) == 1, [p.name for p in found]
    assert (2000000.0, "t/yr") in sizes(found[0])


@pytest.mark.parametrize("short, same", [("НГРЭС-2", True), ("НГРЭС-1", False), ("ПГРЭС-2", False)])
def test_a_plant_written_as_its_acronym_is_that_plant(short, same):
    text = (f"Монтаж турбины начался на втором блоке {short}\n\n"
            "Энергетики начали монтаж турбины второго блока Новочеркасской ГРЭС-2 мощностью 330 МВт "
            "в Ростовской области.")
    assert (len(projects(text)) == 1) == same, [p.name for p in projects(text)]


def test_the_plant_a_unit_is_of_stays_in_its_name_when_the_tagger_miscases_it():
    # the tagger reads "Экибастузской" before the caseless "ГРЭС-2" as nominative
    found = projects("Энергетики начали монтаж турбины на третьем блоке Экибастузской ГРЭС-2 мощностью 636 МВт.")
    assert [p.name for p in found] == ["третий блок Экибастузской ГРЭС-2"]


def test_a_line_to_other_stops_is_another_line_even_sharing_one():
    text = ("Правительство утвердило смету газопровода Кызылорда — Жезказган протяженностью 420 км. "
            "Первый участок системы — газопровод Шымкент — Кызылорда длиной 390 км — работает с 2019 года.")
    names = sorted(p.name for p in projects(text))
    assert len(names) == 2 and any("Шымкент" in n for n in names), names


def test_a_project_named_by_its_route_refers_to_that_route_not_the_line_told_last():
    text = ("Строительство дороги Алматы — Усть-Каменогорск отложено. "
            "Приоритетом стала дорога Алматы — Талдыкорган длиной 250 км. "
            "Проект дороги Алматы — Усть-Каменогорск длиной 1050 км обсуждается с 2015 года.")
    by_name = {p.name: p for p in projects(text)}
    other = [p for n, p in by_name.items() if "Талдыкорган" in n]
    assert other and (1050.0, "km") not in sizes(other[0]), by_name


def test_a_headline_line_named_by_its_route_is_that_line_not_the_section_before():
    text = ("Туркменистан замкнет энергокольцо: турецкая компания построит ЛЭП Балкан — Дашогуз\n\n"
            "АШХАБАД. Президент подписал постановление о строительстве линии электропередачи "
            "напряжением 500 кВ Балкан — Дашогуз протяженностью 560 км.\n\n"
            "Первый участок кольца — линию Мары — Ахал — Балкан — компания ввела в эксплуатацию в 2021 году.")
    found = projects(text)
    names = [p.name for p in found]
    assert len(found) == 2, names
    first = next(p for p in found if "Дашогуз" in p.name)
    assert first.status == "pre-construction" and (560.0, "km") in sizes(first), (first.name, first.status)


def test_a_headline_route_does_not_fold_into_a_line_to_other_stops():
    text = ("Компания построит ЛЭП Шымкент — Туркестан\n\n"
            "Первый участок кольца — линию Жамбыл — Шымкент длиной 200 км — компания ввела в эксплуатацию в 2021 году.")
    found = projects(text)
    old = next(p for p in found if "Жамбыл" in p.name)
    assert "Туркестан" not in old.name and old.status == "operating", (old.name, old.status)


@pytest.mark.parametrize("text", [
    ("Компания построит ветровую электростанцию мощностью 100 МВт в Жамбылской области. "
     "Для выдачи мощности KEGOC проложит линию электропередачи 220 кВ длиной 80 км."),
    ("Шинный завод в Караганде строят две компании, готовность корпуса превысила 40%. "
     "Еще одна компания намерена построить в Шымкенте завод бытовой техники на 300 тыс. холодильников в год."),
], ids=["a power line of a stated voltage is an object of its own", "a factory of other goods is another factory"])
def test_two_objects_told_apart_stay_two(text):
    assert len(projects(text)) == 2, [p.name for p in projects(text)]


def test_a_deposit_in_the_same_region_is_not_the_plant_on_another_deposit():
    text = ("Компания ввела в строй золотоизвлекательную фабрику на месторождении Тарор в Согдийской области. "
            "Правительство рассматривает предложения о разработке серебряного месторождения Большой Конимансур "
            "в Согдийской области.")
    names = [p.name for p in projects(text)]
    assert len(names) == 2 and any("Конимансур" in n for n in names), names


def test_what_a_release_footer_says_the_company_owns_is_no_news():
    text = ("Компания запустила новую обжиговую печь\n\n"
            "Компания завершила строительство цементного завода мощностью 1 млн тонн в год в Жамбылской области.\n\n"
            "О компании\n\n"
            "В состав компании входят угольный разрез «Кушоки» мощностью 5 млн тонн угля в год "
            "и известняковый карьер в Карагандинской области, работающий с 2010 года.")
    names = [p.name for p in projects(text)]
    assert not any("разрез" in n or "карьер" in n for n in names), names


@pytest.mark.parametrize("text, noun", [
    ("Компания начала строительство новой аглофабрики в Темиртау мощностью 5 млн тонн агломерата в год.", "аглофабрика"),
    ("В Ташкенте построят мусороперерабатывающий мини-завод стоимостью 20 млн долларов.", "мини-завод"),
])
def test_a_plant_word_with_a_prefix_is_a_plant(text, noun):
    assert any(noun in p.name for p in projects(text)), [p.name for p in projects(text)]


def test_the_route_spoken_of_is_the_route_of_the_line_told_before():
    text = ("Стороны договорились построить нефтепровод Атырау - Кенкияк мощностью 6 млн тонн нефти в год. "
            "Трубопровод пройдет по Актюбинской области. Проектировщики займутся изысканиями. "
            "«Технико-экономическое обоснование подготовят к лету, тогда станут понятны окончательная трасса "
            "и стоимость», — сказал собеседник.")
    assert len(projects(text)) == 1, [p.name for p in projects(text)]


@pytest.mark.parametrize("word, parts", [
    ("ЭГРЭС-2", ("э", "грэс", "2")), ("СГРЭС", ("с", "грэс", None)), ("АГМК", ("а", "гмк", None)),
    ("ГАЭС-2", None), ("ГТЭС", None), ("Эгрэс", None),
])
def test_a_plant_acronym_splits_into_its_initial_kind_and_number(word, parts):
    from newsfacts.extract.lexicon import split_acronym
    assert split_acronym(word) == parts


def test_a_headline_plant_by_its_acronym_is_the_body_plant_of_that_kind_not_its_neighbour():
    # "ТЭЦ" above is the "теплоэлектроцентраль" below, not the "ГРЭС"
    # beside it; "группы «...»" names the owner, not the plant
    text = ("Приморская ТЭЦ выдала первый ток\n\n"
            "На новой теплоэлектроцентрали группы «Восток-Энерго» в Находке включили в сеть первую турбину. "
            "В том же районе компания строит Артемовскую ГРЭС мощностью 400 МВт.")
    names = [p.name for p in projects(text)]
    assert len(names) == 2 and not any("группы" in n for n in names), names


def test_a_headline_site_told_by_its_field_is_the_body_plant_of_that_field():
    # the body's plant ends up named by its river, which tells no field; its
    # acronym earlier does
    text = ("Гидроаккумулирующую стройку в Карелии поставили на паузу\n\n"
            "Денег на Карельскую ГАЭС в программе компании больше нет. "
            "Станцию на Кеми задумывали на 800 МВт, а работы начались в 2015 году.")
    assert len(projects(text)) == 1


def test_a_name_in_quotes_in_the_genitive_is_the_owner_not_the_object():
    # "«Евраза»" and "«Евразийской горной компании»" say whose plant, in
    # two forms of the owner's name: neither names the plant
    text = ("Кузбасский ГОК «Евраза» выдал первый концентрат\n\n"
            "Горно-обогатительный комбинат «Евразийской горной компании» в Таштагольском районе выдал "
            "первый концентрат. "
            "Мощность предприятия — 5 млн тонн руды в год.")
    assert len(projects(text)) == 1


def test_the_only_plant_there_is_not_the_second_one_planned():
    text = ("Правительство поручило подготовить обоснование строительства второй ТЭЦ в Оше мощностью 200 МВт. "
            "Единственная ТЭЦ Оша была введена в 1968 году и давно исчерпала ресурс.")
    assert len(projects(text)) == 2


def test_a_unit_at_another_named_boiler_house_is_not_part_of_the_station():
    # the boiler house's quoted name is a site, not a company of either
    text = ("В Оше строят парогазовую станцию мощностью 200 МВт. Контракт предусматривает также поставки "
            "газа для газопоршневой установки на котельной «Южная».")
    for p in projects(text):
        assert not [c.name for c in p.companies], p.name


def test_what_a_link_verb_says_the_subject_is_is_no_object_of_its_own():
    # "единственным предприятием ... остается X ГОК": one object, the named one
    text = ("Компания заморозила строительство медного ГОКа на месторождении Восточное. "
            "Единственным крупным горнорудным предприятием района остается Сорский ГОК.")
    names = [p.name for p in projects(text)]
    assert len(names) == 2 and not any("единствен" in n.lower() for n in names), names


def test_a_plant_named_otherwise_is_not_the_plant_at_the_deposit():
    # "Сорский" is not made from the deposit "Восточное" the first plant stands at
    text = ("Компания заморозила строительство медного ГОКа на месторождении Восточное. "
            "В районе уже работает Сорский ГОК мощностью 10 млн тонн руды в год.")
    assert len(projects(text)) == 2


def test_the_route_of_a_line_and_the_substations_at_its_ends_are_the_line():
    text = ("Энергетики протянули провод на половине ЛЭП 220 кВ Бодайбо — Таксимо\n\n"
            "Энергетики протянули провод на половине трассы строящейся линии электропередачи 220 кВ "
            "Бодайбо — Таксимо. Протяженность линии составит 250 км. Одновременно расширяется подстанция "
            "220 кВ «Таксимо» и строится новая подстанция «Бодайбинская».")
    names = [p.name for p in projects(text)]
    assert len(names) == 1 and "Бодайбо" in names[0], names


def test_a_working_plant_beside_the_new_one_is_not_the_new_one():
    text = ("Ростехнадзор выдал концерну «Росэнергоатом» лицензию на сооружение энергоблока №1 Курской АЭС-3. "
            "Новую станцию из двух блоков мощностью 2,5 ГВт возведут в 3 км от Курчатова Курской области, "
            "рядом с действующей АЭС. Стройка обойдется в 400 млрд рублей.")
    found = projects(text)
    new = next(p for p in found if "АЭС-3" in p.name)
    assert new.status != "operating", [(p.name, p.status) for p in found]


def test_a_place_phrase_the_parser_hangs_on_itself_stays_in_the_name():
    # the parser makes "площадке" its own head; the phrase still names the site
    names = [p.name for p in projects("Газ пойдет для строящейся парогазовой станции на площадке ТЭЦ-2 в Оше.")]
    assert names == ["парогазовая станция на площадке ТЭЦ-2 в Оше"], names


def test_a_plant_told_by_its_words_then_by_its_acronym_is_one():
    # "Тепловую" opens the sentence: a kind, not a name
    text = ("Тепловую электростанцию в городе Навои строить не будут. "
            "Навоийская ТЭС мощностью 300 МВт должна была стать крупнейшей в области.")
    assert len(projects(text)) == 1


def test_a_new_plant_and_the_one_working_there_for_decades_are_two():
    text = ("Компания построит новую тепловую электростанцию в городе Ангрен мощностью 650 МВт. "
            "В Ангрене с 1950-х годов работает Ангренская ТЭС, старейшая станция области.")
    assert len(projects(text)) == 2


def test_a_power_line_to_a_hydro_plant_is_a_power_line():
    text = "KEGOC начала строительство линии 500 кВ Экибастуз — Шульбинская ГЭС протяженностью 700 км."
    found = projects(text)
    assert [p.sector for p in found] == ["power_grid"]


def test_the_named_object_itself_is_not_the_one_just_told_of_in_it():
    # "Сам порт Актау": the port itself, set against the terminal built in it
    text = ("Компания построит зерновой терминал в порту Курык мощностью 1 млн тонн в год. "
            "Строительство начнется в следующем году. "
            "Сам порт Курык работает с 2016 года.")
    found = {p.name: p.status for p in projects(text)}
    assert len(found) == 2 and "operating" in found.values()


def test_a_new_complex_beside_the_working_plant_of_its_owner_is_its_own():
    # the working plant's name shares the group's and the town's: still another object
    text = ("Президент и глава Navbahor обсудили новый комплекс удобрений в Коканде\n\n"
            "ТАШКЕНТ, 13 мая. Президент Узбекистана в понедельник принял председателя группы Navbahor "
            "Алишера Каримова.\n\n"
            "Стороны обсудили предложение компании построить в Коканде Ферганской области комплекс по выпуску "
            "сложных минеральных удобрений мощностью 500 тыс. тонн в год. Стоимость проекта оценивается "
            "примерно в 400 млн долларов.\n\n"
            "Новый комплекс предполагается разместить рядом с действующим заводом АО «Навбахор Коканд Кемикалз», "
            "который группа приобрела в 2018 году. Предприятие выпускает аммиачную селитру.")
    found = extract(text, published="2024-05-13").projects
    assert len(found) == 2
    new = next(p for p in found if "комплекс" in p.name)
    assert new.status == "announced"


def test_a_plant_between_two_stops_of_a_route_is_a_stop_not_a_project():
    text = ("Первый этап - линии Экибастуз - Бухтарминская ГЭС (Серебрянск) - Зайсан - работает с 2019 года. "
            "Второй этап достроят в следующем году.")
    assert all("ГЭС" not in p.name for p in projects(text))


def test_an_evaporation_station_is_equipment_of_the_works():
    text = ("Каракольский сахарный завод мощностью 3 тыс. тонн свеклы в сутки возобновил работу. "
            "За межсезонье на заводе заменили выпарную станцию и два диффузионных аппарата.")
    assert [p.name for p in projects(text)] == ["Каракольский сахарный завод"]


def test_a_thermal_plant_told_again_by_its_fuel_is_that_plant():
    # "тепловая" says thermal, "парогазовая" the kind: one station, gas-fired
    text = ("Правительство подписало с компанией Lorenzo меморандум о строительстве в Гюмри новой тепловой "
            "электростанции мощностью 200 МВт. Речь идет о парогазовой станции стоимостью около 180 млн долларов.")
    found = projects(text)
    assert len(found) == 1
    assert found[0].sector == "gas_power"
    assert [(m["amount"], m["currency"]) for m in found[0].investment] == [(180e6, "USD")]


def test_a_unit_working_since_a_past_year_is_not_the_new_plant():
    text = ("Компания построит в Гюмри новую тепловую электростанцию мощностью 200 МВт. "
            "Речь идет о парогазовой станции. Сейчас в городе действует парогазовый блок Гюмрийской ТЭЦ "
            "мощностью 190 МВт, работающий с 2012 года.")
    found = {p.name: p for p in projects(text)}
    assert len(found) == 2
    assert sorted(sizes(p)[0][0] for p in found.values()) == [190.0, 200.0]


def test_a_named_member_of_a_list_of_plants_is_not_the_plant_told_before():
    # "ТЭЦ в Советской Гавани" is listed beside other named plants: not the Якутская ГРЭС-2
    text = ("Строительство Якутской ГРЭС-2 переходит в активную фазу. "
            "Станция строится по программе, по которой средства получили четыре объекта: кроме нее, "
            "это первая очередь Сахалинской ГРЭС-2, ТЭЦ в Советской Гавани и вторая очередь Благовещенской ТЭЦ.")
    names = [p.name for p in projects(text)]
    assert "Якутская ГРЭС-2" in names and "ТЭЦ в Советской Гавани" in names


def test_the_new_plant_is_not_the_old_one_built_decades_ago():
    text = ("В Жанаозене строится новый газоперерабатывающий завод мощностью 900 млн кубометров газа в год. "
            "Сейчас газ перерабатывает Казахский газоперерабатывающий завод, построенный в 1973 году. "
            "Поставлять сырье на новое предприятие будет компания «Озенмунайгаз».")
    found = {p.name: p for p in projects(text)}
    new = next(p for n, p in found.items() if "Казахский" not in n)
    assert any("Озенмунайгаз" in c.name for c in new.companies)


def test_a_plant_of_the_same_size_told_next_is_another_plant():
    text = ("В Семее строят ТЭЦ мощностью 360 МВт стоимостью 480 млрд тенге. "
            "В Усть-Каменогорске планируется построить ТЭЦ такой же мощности стоимостью около 470 млрд тенге.")
    found = projects(text)
    assert len(found) == 2
    assert sorted(m["amount"] for p in found for m in p.investment) == [470e9, 480e9]


def test_a_description_after_a_dash_does_not_rename_the_named_plant():
    text = ("В Экибастузе пущен Павлодарский электролизный завод — первое в истории страны предприятие по выпуску "
            "первичного алюминия. Мощность завода составит 100 тыс. тонн алюминия в год.")
    found = projects(text)
    assert [p.name for p in found] == ["Павлодарский электролизный завод"]
    assert found[0].sector == "mining_metals"


def test_a_launch_complex_is_a_part_of_the_plant_told_before():
    text = ("В Павлодаре состоялся пуск первой очереди Казахстанского электролизного завода. "
            "Мощность пускового комплекса — 62,5 тыс. тонн алюминия в год.")
    found = projects(text)
    assert len(found) == 1
    assert sizes(found[0]) == [(62500.0, "t/yr")]


def test_an_exchange_is_not_a_company_of_the_project():
    text = ("В Павлодаре запущен Казахстанский электролизный завод. Завод принадлежит компании ENRC, "
            "которая в этом месяце разместила акции на Лондонской фондовой бирже.")
    found = projects(text)
    assert found and not any("бирж" in c.name.lower() for p in found for c in p.companies)


def test_plants_named_from_two_places_are_two_plants():
    # NER takes "Медвеженской" for a place: the name is a name all the same
    text = ("Труновскую ВЭС в Труновском округе начали строить в прошлом году. "
            "Первые 60 МВт она выдала в сеть в октябре. Управлять станцией будут с соседней Медвеженской ВЭС: "
            "ее 24 установки общей мощностью 60 МВт работают с декабря 2021 года.")
    names = sorted(p.name for p in projects(text))
    assert len(names) == 2 and any("Медвежен" in n for n in names) and any("Труновская" in n for n in names)


def test_a_longer_description_without_the_name_does_not_rename_the_plant():
    text = ("В Павлодаре запущен Казахстанский электролизный завод. Первое в истории республики предприятие "
            "по производству первичного алюминия выдало металл.")
    assert [p.name for p in projects(text)] == ["Казахстанский электролизный завод"]


def test_a_description_that_places_the_plant_may_name_it():
    # the place a longer mention gives is worth more to matching than the short name
    text = ("На Талимарджанской ТЭС введены два блока. "
            "На Талимарджанской тепловой электростанции в Кашкадарьинской области ввели в эксплуатацию "
            "две парогазовые установки мощностью по 450 МВт.")
    names = [p.name for p in projects(text)]
    assert len(names) == 1 and "Кашкадарьинской области" in names[0]


def test_a_place_made_name_and_a_place_name_are_two_plants():
    # "Шокпар" (NER: a place) names the first station, "Жанатасская" the second
    text = ("Банк подписал соглашение о кредите на строительство ветровой электростанции Шокпар мощностью "
            "100 МВт в Жамбылской области. Первый проект партнеров - Жанатасская ВЭС на 100 МВт в Сарысуском "
            "районе - работает с 2021 года.")
    found = {p.name: p for p in projects(text)}
    assert len(found) == 2
    assert [p.status for n, p in found.items() if "Жанатасская" in n] == ["operating"]


def test_one_name_in_two_scripts_and_a_noun_the_dictionary_lacks():
    # "ветропарка" is lemmatised by guess as a feminine noun; "Shokpar" is "Шокпар"
    text = ("Китайская компания построит ветровую электростанцию Шокпар в Жамбылской области. "
            "Строительство ветропарка Shokpar начнется весной, сообщили в компании.")
    assert len(projects(text)) == 1


def test_what_this_is_said_to_be_is_the_object_told_before():
    text = ("Компания начала строительство ветровой электростанции Шокпар мощностью 100 МВт в Жамбылской "
            "области. Для тех же партнеров это второй проект в регионе.")
    assert len(projects(text)) == 1
    text = ("По соглашению на Тяньваньской АЭС в провинции Цзянсу построят энергоблоки № 7 и № 8 "
            "с реакторами ВВЭР-1200. "
            "Сейчас на станции работают шесть блоков. "
            "Еще два таких блока общей мощностью 2,4 ГВт появятся на АЭС «Сюйдапу» в провинции Ляонин. "
            "Это будут третий и четвертый блоки станции.")
    assert len(projects(text)) == 2


def test_this_is_the_second_and_then_the_first_is_told():
    # past the colon the sentence tells of another station: a project of its own
    text = ("На канале в Андижанской области запустили гидроэлектростанцию мощностью 6 МВт. "
            "Это вторая гидростанция на канале: мини-ГЭС мощностью 5 МВт в Ходжаабадском районе работает с 2021 года.")
    assert len(projects(text)) == 2


@pytest.mark.parametrize("word,stem", [("ветропарка", "ветропарк"), ("ветропарков", "ветропарк"),
                                       ("карьера", None), ("завода", None)])
def test_an_object_noun_under_a_case_ending_the_dictionary_lacks(word, stem):
    # "карьера" is a word of its own (a career); "завода" the tagger knows
    from newsfacts.extract.projects import _case_stem
    assert _case_stem(word) == stem


def test_a_passenger_terminal_is_a_part_of_the_airport_told_before():
    text = ("Японский консорциум начал строительство нового международного аэропорта Улан-Батора. "
            "На площадке построят взлетно-посадочную полосу длиной 3600 метров и пассажирский терминал "
            "площадью 33 тыс. кв. метров.")
    assert len(projects(text)) == 1
