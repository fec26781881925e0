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


def test_another_plant_of_the_kind_is_a_new_project_named_by_its_kind():
    text = ("В Навоийской области построят завод по производству карбамида мощностью 500 тыс. тонн в год.\n"
            "Кроме того, компания планирует построить еще один завод вместе с партнерами из Японии. "
            "Этот завод будет выпускать 300 тыс. тонн аммиака в год.")
    got = names(text)
    assert len(got) == 2
    assert "карбамид" in got[1]


def test_another_project_frames_the_object_it_names():
    text = ("Еще одним проектом в энергетике станет строительство газотурбинной станции "
            "мощностью 120 МВт в Актобе.")
    got = names(text)
    assert len(got) == 1 and "станци" in got[0]


def test_letter_label_refers_to_the_line_last_spoken_of():
    text = ("Стороны обсудили ускорение строительства третьей нитки газопровода. "
            "Также достигнута договоренность о строительстве четвертой нитки газопровода Казахстан-Китай.\n"
            "Новую нитку D планируется проложить через Киргизию.")
    got = names(text)
    assert len(got) == 2


def test_stock_figure_in_a_yearly_capacity_sentence_is_yearly():
    text = "Годовая мощность нового цементного завода в Шымкенте составит 1,5 млн тонн."
    p = project(text, "завод")
    assert {"value": 1_500_000.0, "unit": "t/yr"} in p.capacity


def test_jobs_told_as_people_at_work():
    text = ("На новом горно-обогатительном комбинате в Костанайской области "
            "будут трудоустроены 1200 человек.")
    assert project(text, "комбинат").jobs == 1200


def test_acronym_and_full_name_are_one_object():
    text = ("В Бишкеке продолжается модернизация ТЭЦ.\n"
            "На столичной теплоэлектроцентрали монтируют два новых котла мощностью 150 МВт.")
    assert len(names(text)) == 1


def test_shared_proper_name_joins_two_descriptions():
    text = ("Банк открыл кредит на расширение Актогайского ГОКа.\n"
            "Мощность Актогайского горно-обогатительного комплекса вырастет до 50 млн тонн руды в год.")
    assert len(names(text)) == 1


def test_object_acronym_name_joins_mentions():
    text = ("СИБУР строит Амурский газохимический комплекс (АГХК) стоимостью $10 млрд.\n"
            "Производственный комплекс АГХК будет выпускать 2,7 млн тонн полимеров в год.")
    assert len(names(text)) == 1


def test_first_pile_is_construction():
    text = "На площадке будущего нефтехимического комплекса в Тобольске забита первая свая."
    assert project(text, "комплекс").status == "construction"


def test_a_zone_where_plants_go_is_their_place():
    text = ("Два цементных завода планируется построить в Хатлонской области и на территории "
            "свободной экономической зоны «Дангара».")
    assert not any("зона" in n for n in names(text))


def test_parts_of_a_plant_join_the_plant():
    text = ("На площадке Экибастузской ГРЭС-2 монтируют два новых энергоблока общей мощностью 1000 МВт.")
    got = extract(text, published="2025-03-01").projects
    assert len(got) == 1
    assert {"value": 1000.0, "unit": "MW"} in got[0].capacity


def test_world_output_is_not_a_plant():
    text = "Мировое производство полиэтилена в прошлом году выросло на 3%."
    assert names(text) == []


def test_numbered_plant_keeps_its_name_and_number():
    text = ("Правительство ищет инвесторов для строительства Верхнекамской ГЭС-2 на реке Кама.\n"
            "Станция будет мощностью 400 МВт.")
    got = names(text)
    assert len(got) == 1 and "ГЭС-2" in got[0] and "Верхнекамск" in got[0]


def test_background_in_an_earlier_year_is_not_the_news():
    text = ("В Джалал-Абадской области начались строительные работы на Ташкумырской ГЭС.\n"
            "Прежде станцию строила другая компания, но в 2016 году контракт с ней был расторгнут.")
    assert project(text, "ГЭС").status == "construction"


def test_stage_of_a_neighbouring_plant_is_not_this_ones():
    text = ("Новый завод по выпуску полиэтилена построят рядом с действующим полипропиленовым "
            "производством, которое работает с 2022 года.")
    assert project(text, "полиэтилен").status != "operating"


def test_start_of_mining_is_operation():
    text = "На руднике Алтынтау в понедельник начали подземную добычу руды."
    assert project(text, "рудник").status == "operating"


def test_cost_in_a_sentence_without_the_name_goes_to_the_project():
    text = ("Узбекистан построит Пскемскую ГЭС мощностью 400 МВт.\n"
            "Предварительная стоимость строительства оценивается в 900 млн долларов.")
    p = project(text, "ГЭС")
    assert {"amount": 900_000_000.0, "currency": "USD"} in p.investment


def test_a_loan_is_not_the_cost_when_the_cost_is_given():
    text = ("Банк открыл кредитную линию на 600 млн долларов для строительства медного "
            "завода в Балхаше стоимостью 1,5 млрд долларов.")
    p = project(text, "завод")
    assert p.investment == [{"amount": 1_500_000_000.0, "currency": "USD"}]


def test_a_field_that_supplies_feedstock_is_not_a_project():
    text = ("Сырьем для нового газохимического комплекса в Атырау станет этан с Кашаганского "
            "месторождения, мощность комплекса составит 1,25 млн тонн в год.")
    assert not any("месторожд" in n for n in names(text))


def test_a_gloss_after_a_dash_is_not_part_of_the_name():
    text = ("В Павлодаре построят завод по выпуску кремния — второе такое предприятие региона, "
            "мощностью 50 тыс. тонн в год.")
    assert names(text) == ["завод по выпуску кремния"]


def test_objects_listed_together_share_the_stage_cue():
    text = ("Лидеры дали старт заливке бетона: речь идет о пятом и шестом блоках Ляньюньганской АЭС, "
            "а также о первом и втором блоках АЭС «Чанцзян».")
    got = extract(text, published="2025-03-01").projects
    assert len(got) == 2 and all(p.status == "construction" for p in got)


def test_ongoing_construction_with_a_future_launch_stays_construction():
    text = "Стороны обсудили ускорение строительства третьей нитки газопровода, которую планируется запустить в 2027 году."
    assert project(text, "нитк").status == "construction"


def test_station_kind_from_any_wind_adjective():
    text = ("В Мурманской области строят Кольскую ветроэлектростанцию мощностью 201 МВт.\n"
            "Это будет крупнейшая ветровая электростанция за Полярным кругом.")
    assert len(names(text)) == 1


def test_part_of_a_named_project_joins_it():
    text = ("Строительство железной дороги Китай — Кыргызстан — Узбекистан началось в декабре.\n"
            "Власти ускорят отвод земель под трассу железной дороги в Нарынской области.")
    assert len(names(text)) == 1


def test_neighbouring_products_are_two_plants():
    text = ("В Атырауской области строится завод по выпуску полиэтилена мощностью 1,25 млн тонн в год.\n"
            "Полипропиленовый завод той же компании работает с 2022 года, его мощность 500 тыс. тонн в год.")
    got = extract(text, published="2024-06-01").projects
    assert len(got) == 2
    pe = next(p for p in got if "полиэтилен" in p.name)
    assert pe.status == "construction"


def test_shared_product_joins_a_project_and_its_plant():
    text = ("Стороны подписали соглашение по проекту по производству полиэтилена в Атырауской области.\n"
            "Газохимический комплекс по выпуску полиэтилена обойдется в 7,4 млрд долларов.")
    assert len(names(text)) == 1


def test_a_unit_is_not_an_organisation():
    text = ("В Карагандинской области построят солнечную электростанцию мощностью 300 МВт. "
            "Станция будет вырабатывать 5,7 млрд кВт·ч в год.")
    assert not any(e.name.startswith("кВт") for e in extract(text).entities)


def test_quoted_names_that_differ_are_two_objects():
    text = ("Газпром подписал меморандум по газопроводу «Сила Сибири — 2» мощностью 50 млрд кубометров в год. "
            "Действующий газопровод «Сила Сибири» выведен на мощность 38 млрд кубометров в год.")
    got = extract(text, published="2025-09-03").projects
    assert sorted(p.name for p in got) == ["газопровод «Сила Сибири — 2»", "газопровод «Сила Сибири»"]


def test_a_distance_is_not_a_length():
    text = "Новый газохимический комплекс мощностью 500 тыс. тонн в год расположен в 35 км от Атырау."
    assert all(c["unit"] != "km" for c in project(text, "комплекс").capacity)


def test_roles_and_generations_do_not_name_an_object():
    text = ("Правительство ищет для обеих станций новых инвесторов.\n"
            "Россия предлагает построить станции поколения 3+.")
    assert names(text) == []


def test_upgrade_of_a_working_plant_is_construction():
    text = ("Модернизация Алматинской ТЭЦ-2 идет по графику: на станции монтируют новые котлы.\n"
            "Станцию эксплуатирует АО «АлЭС», она введена в строй в 1980-х годах.")
    assert project(text, "ТЭЦ").status == "construction"


def test_a_decade_long_ago_is_background():
    text = ("На Экибастузской ГРЭС-1 начались строительные работы по восстановлению блока.\n"
            "Станция была введена в эксплуатацию в начале 1980-х годов.")
    assert project(text, "ГРЭС").status == "construction"


def test_a_trade_zone_is_not_a_project():
    text = "Президенты объявили о создании зоны свободной торговли между двумя странами."
    assert names(text) == []


def test_a_company_named_far_up_a_role_chain_is_not_a_project():
    text = ("Директор департамента по работе с инвесторами ГМК «Норильский никель» Иван Петров "
            "рассказал о планах на 2026 год.")
    assert not any("Норильский" in n for n in names(text))


def test_a_union_of_states_is_not_a_company_of_a_pipeline():
    text = ("Европейский союз обсуждает газопровод «Южный поток» мощностью 63 млрд кубометров в год.")
    p = project(text, "Южный поток")
    assert not any("союз" in c.name.lower() for c in p.companies)


def test_a_counted_group_gives_way_to_its_named_members():
    text = ("Лидеры запустили строительство энергоблоков на двух китайских АЭС.\n"
            "Речь идет о пятом и шестом блоках Ляньюньганской АЭС, а также о первом и втором блоках АЭС «Чанцзян».")
    got = names(text)
    assert len(got) == 2 and not any("китайск" in n for n in got)


def test_the_project_keeps_its_cost_beside_a_counted_group():
    text = ("В Экибастузе открыли ферросплавный завод.\n"
            "Проект стоимостью 30 млрд тенге стал первым из трех производственных комплексов региона.\n"
            "Новый завод рассчитан на выпуск 60 тысяч тонн продукции в год.")
    p = project(text, "ферросплав")
    assert {"amount": 30_000_000_000.0, "currency": "KZT"} in p.investment
    assert {"value": 60_000.0, "unit": "t/yr"} in p.capacity


@pytest.mark.parametrize("text, key, place", [
    ("С Россией Кыргызстан расторг соглашение о строительстве ГЭС мощностью 1860 МВт.", "ГЭС", "Кыргызстан"),
    ("Вместе с Китаем Узбекистан начал строительство ветровой электростанции мощностью 500 МВт.",
     "электростанц", "Узбекистан"),
    ("По соглашению с Ираном Таджикистан построит ГЭС мощностью 220 МВт.", "ГЭС", "Таджикистан"),
    ("Газопровод мощностью 10 млрд кубометров в год пройдет через Казахстан; его строит Туркменистан.",
     "газопровод", "Туркменистан"),
])
def test_partner_and_transit_countries_are_not_the_place(text, key, place):
    p = project(text, key)
    assert p.location is not None and p.location.name == place


def companies(text, key):
    return [c.name for c in project(text, key).companies]


def test_lenders_are_not_the_projects_companies():
    text = ("Евразийский банк развития выделит компании «Восток Цемент» кредит на 120 млн долларов "
            "для строительства цементного завода мощностью 1 млн тонн в год в Жамбылской области. "
            "Завод строит «Восток Цемент».")
    names = companies(text, "цемент")
    assert not any("банк" in n.lower() for n in names)
    assert any("Восток Цемент" in n for n in names)


def test_a_government_credit_line_is_not_a_company():
    text = ("Нефтеперерабатывающий завод мощностью 1,5 млн тонн в год строится на средства кредитной линии "
            "правительства Индии; подрядчиком выступает компания Engineers India Limited.")
    names = companies(text, "завод")
    assert not any("правительств" in n.lower() for n in names)


def test_a_bank_that_finances_the_work_is_not_a_company():
    text = ("Компания «Барки Точик» начала модернизацию Кайраккумской ГЭС в Согдийской области, "
            "которую финансирует Европейский банк реконструкции и развития.")
    names = companies(text, "ГЭС")
    assert not any("банк" in n.lower() for n in names)


def test_bodies_of_states_are_not_companies():
    text = ("Строительство АЭС мощностью 2,4 ГВт в Алматинской области ведет «Росатом»; проект прошел "
            "проверку МАГАТЭ, а его влияние на озеро Балхаш изучают эксперты ЮНЕСКО.")
    names = companies(text, "АЭС")
    assert "МАГАТЭ" not in names and "ЮНЕСКО" not in names


def test_a_bank_that_takes_a_share_stays():
    text = ("Банк развития Казахстана станет акционером проекта строительства завода по выпуску стекла "
            "мощностью 200 тысяч тонн в год, получив долю 25%.")
    assert any("банк" in n.lower() for n in companies(text, "завод"))


@pytest.mark.parametrize("text, key", [
    ("Геологи начали инженерные изыскания на площадке будущей ветровой электростанции мощностью 100 МВт "
     "в Жамбылской области.", "электростанц"),
    ("Под Навои готовят площадку для химического завода мощностью 400 тыс. тонн аммиака в год.", "завод"),
    ("Компания ведет проектно-изыскательские работы по газопроводу протяженностью 300 км.", "газопровод"),
])
def test_surveys_and_site_preparation_are_pre_construction(text, key):
    assert project(text, key).status == "pre-construction"


def test_a_counted_group_does_not_join_a_named_plant_told_before():
    text = ("Таджикистан и Россия обсудили строительство Рогунской ГЭС-2 мощностью 600 МВт. "
            "Стороны также рассмотрели строительство четырех ГЭС на реке Вахш общей мощностью 400 МВт.")
    rogun = project(text, "Рогунск")
    assert {c["value"] for c in rogun.capacity} == {600.0}


def test_a_cascade_of_stations_is_a_project():
    text = "Правительство одобрило строительство Нижне-Вахшского каскада ГЭС мощностью 900 МВт."
    assert any("каскад" in n.lower() for n in names(text))


def test_a_parliament_is_not_a_projects_company():
    text = ("Жогорку Кенеш одобрил соглашение о строительстве ГЭС мощностью 300 МВт, "
            "которую построит компания «Энергострой».")
    assert not any("Кенеш" in c for c in companies(text, "ГЭС"))


def test_a_bare_noun_far_down_refers_to_the_only_object_of_its_kind():
    text = ("Минэнерго Узбекистана выбрало площадку для первой атомной электростанции страны у озера Тузкан. "
            "Площадка изучается с 2018 года. "
            "Ее преимущества — доступ к воде и низкая сейсмичность. "
            "Рассматривались и другие места. "
            "Окончательное решение пока не принято. "
            "По словам министра, правительство оценивает станцию мощностью до 2,4 ГВт.")
    got = [p for p in extract(text, published="2025-03-01").projects]
    assert len(got) == 1 and {c["value"] for c in got[0].capacity} == {2400.0}


def test_a_second_station_is_another_object_with_its_own_companies():
    text = ("«Росатом» начал изыскания на площадке атомной электростанции у озера Балхаш. "
            "Параллельно правительство ведет переговоры с китайской CNNC о второй атомной станции.")
    got = extract(text, published="2025-08-12").projects
    first = next(p for p in got if "Балхаш" in p.name or p.name.startswith("атомн"))
    assert not any("CNNC" in c.name for c in first.companies)


def test_a_city_acting_in_its_clause_is_not_the_projects_place():
    text = ("Правительство Таджикистана вышло из соглашения о строительстве Сангтудинской ГЭС-3 мощностью 300 МВт. "
            "Премьер объяснил, что Москва не может выполнить обязательства по финансированию станции.")
    p = project(text, "Сангтуд")
    assert p.location is None or p.location.name != "Москва"


def test_named_members_of_a_group_take_the_groups_country():
    text = ("Строительство новых энергоблоков на двух АЭС в Индии началось в понедельник.\n\n"
            "Заливка бетона прошла на пятом и шестом блоках Куданкуламской АЭС, а также на первом "
            "и втором блоках АЭС «Ковваде».")
    got = extract(text, published="2025-03-01").projects
    assert len(got) == 2 and all(p.location is not None and p.location.name == "Индия" for p in got)


def test_the_agency_of_the_dateline_is_not_a_company_nor_is_a_government():
    text = ("Заголовок\n\nSteppeNews (KAZ) - Компания «Восток Цемент» построит цементный завод мощностью "
            "1 млн тонн в год, сообщило российское правительство.")
    names = companies(text, "завод")
    assert "SteppeNews" not in names and not any("правительств" in n for n in names)


@pytest.mark.parametrize("opening, agency", [
    ("ШАНХАЙ, 7 сентября (Синьхуа) — ", "Синьхуа"),
    ("БАКУ, 8 октября. Report — ", "Report"),
])
def test_more_dateline_forms_name_the_agency_not_a_company(opening, agency):
    text = ("Заголовок\n\n" + opening + "Компания «Восток Цемент» построит цементный завод мощностью "
            "1 млн тонн в год в Жамбылской области.")
    assert agency not in companies(text, "завод")


def test_fields_a_pipeline_links_are_its_source_not_a_project():
    text = "Новый нефтепровод протяженностью 800 км свяжет месторождения Мангистау с портом Актау."
    assert not any("месторожд" in n.lower() for n in names(text))


def test_the_first_station_is_not_the_second_told_just_before():
    text = ("«Росатом» возглавит строительство первой атомной электростанции Узбекистана. "
            "Китайской CNNC предложено возглавить строительство второй АЭС в стране. "
            "Первую станцию мощностью 2,4 ГВт построят у озера Тузкан.")
    second = project(text, "втор")
    assert not second.capacity  # the 2.4 GW are the first station's


def test_joint_venture_is_a_company_not_the_project():
    text = ("Совместное предприятие «Навои Азот Кимё», созданное для строительства "
            "азотно-тукового завода в Навоийской области, выбрало генерального подрядчика.")
    got = names(text)
    assert not any("предприятие" in n for n in got), got
    assert any("завод" in n for n in got), got


def test_state_enterprise_is_not_a_project():
    text = ("Государственное предприятие «Туркменхимия» объявило тендер на строительство "
            "карбамидного завода мощностью 1,1 млн тонн в год в Лебапском велаяте.")
    assert [n for n in names(text) if "предприятие" in n] == []


def test_future_output_in_a_later_sentence_is_the_capacity():
    text = ("В Жамбылской области начались изыскательские работы под строительство "
            "завода минеральных удобрений. Из природного газа там планируется получать "
            "до 700 тыс. тонн карбамида в год.")
    p = project(text, "завод")
    assert [(q["value"], q["unit"]) for q in p.capacity] == [(700000.0, "t/yr")]


def test_present_output_of_a_country_is_not_the_capacity():
    text = ("В Жамбылской области начались изыскательские работы под строительство "
            "завода минеральных удобрений. Казахстан производит около 1,5 млн тонн "
            "удобрений в год.")
    assert project(text, "завод").capacity == []


def test_a_project_only_the_headline_names_is_the_bodys_one_of_its_kind():
    text = ("В Навоийской области начали монтаж оборудования на заводе удобрений\n\n"
            "Строители азотно-тукового комплекса компании Navoi Nitrogen приступили к монтажу "
            "реакторов. Комплекс рассчитан на выпуск 660 тыс. тонн аммиака в год.")
    got = extract(text, published="2025-03-01").projects
    assert len(got) == 1, [p.name for p in got]
    p = got[0]
    assert p.location is not None and p.location.name == "Навоийская область"
    assert [(q["value"], q["unit"]) for q in p.capacity] == [(660000.0, "t/yr")]


def test_a_headline_project_stays_apart_from_a_differently_named_one():
    text = ("Камбаратинская ГЭС-1 получила нового инвестора\n\n"
            "Строительство Рогунской ГЭС мощностью 3600 МВт продолжается.")
    assert len(names(text)) == 2


def test_a_zone_where_equipment_arrives_is_a_place_not_a_project():
    text = ("Строители газохимического комплекса перешли к монтажу оборудования. На площадку в "
            "специальной экономической зоне «Навои» доставлены первые реакторы.")
    assert [n for n in names(text) if "зона" in n] == []


def test_contractor_named_in_a_sentence_of_its_own_is_a_company():
    text = ("В Джизакской области строится цементный завод мощностью 1,5 млн тонн в год. "
            "Генеральный подрядчик — китайская компания Sinoma.")
    p = project(text, "завод")
    assert "Sinoma" in [c.name for c in p.companies]


def test_others_of_its_kind_do_not_lend_their_stage():
    text = ("Комбинат ведет монтаж оборудования новой обогатительной фабрики. Новая фабрика "
            "рассчитана на переработку 60 млн тонн руды в год — больше, чем обе действующие "
            "фабрики комбината вместе взятые.")
    p = project(text, "фабрика")
    assert p.status == "construction"
    assert len(names(text)) == 1


def test_a_plant_a_company_is_raising_is_under_construction():
    text = ("Концентрат пойдет на медеплавильный завод мощностью 400 тыс. тонн меди в год, "
            "который комбинат возводит в Алмалыке.")
    p = project(text, "завод")
    assert p.status == "construction"
    assert p.sector == "mining_metals"


def test_a_station_being_built_is_under_construction():
    assert project("Строящаяся Рогунская ГЭС получит второй агрегат.", "ГЭС").status == "construction"


def test_the_headline_joins_the_body_project_with_its_figures():
    text = ("ACWA Power построит в Сырдарьинской области ТЭС на 1500 МВт\n\n"
            "Компания ACWA Power построит тепловую электростанцию мощностью 1500 МВт в городе Ширин. "
            "В Ширине с 1960-х годов работает Сырдарьинская ТЭС, крупнейшая в стране.")
    got = extract(text, published="2020-03-06").projects
    with_figures = [p for p in got if p.capacity]
    assert len(with_figures) == 1 and "электростанция" in with_figures[0].name, [p.name for p in got]


def test_a_region_named_before_the_plant_is_not_part_of_its_name():
    text = ("Президент открыл в городе Гарабогаз Балканского велаята завод по производству "
            "карбамида мощностью 1,1 млн тонн в год.")
    p = project(text, "завод")
    assert p.name.startswith("завод"), p.name
    assert p.location is not None and p.location.name == "Гарабогаз"


def test_a_trunk_line_for_gas_is_a_pipeline():
    text = ("Туркменистан продолжит экспорт газа по газопроводу Туркменистан — Афганистан — "
            "Пакистан — Индия (ТАПИ). Строящаяся магистраль ТАПИ рассчитана на прокачку "
            "33 млрд кубометров газа в год.")
    got = extract(text, published="2018-10-10").projects
    assert len(got) == 1, [p.name for p in got]
    assert got[0].sector == "oil_gas_midstream" and got[0].capacity


def test_where_an_agreement_is_signed_is_not_where_the_plant_goes():
    text = ("Компания ACWA Power и министерство энергетики подписали в Ташкенте соглашение о "
            "строительстве ветровой электростанции мощностью 1,5 ГВт в Республике Каракалпакстан.")
    p = project(text, "электростанц")
    assert p.location is not None and "Каракалпакстан" in p.location.name


def test_two_plants_counted_in_words_are_not_the_one_named_before():
    text = ("Компания подписала соглашение о строительстве ветровой электростанции мощностью "
            "1,5 ГВт в Каракалпакстане. Кроме того, компания уже строит в Бухарской области "
            "две ветровые электростанции мощностью по 500 МВт.")
    p = project(text, "Каракалпак") if any("Каракалпак" in n for n in names(text)) else \
        extract(text, published="2023-05-10").projects[0]
    assert [(q["value"], q["unit"]) for q in p.capacity] == [(1500.0, "MW")]
    assert p.status == "pre-construction"


def test_a_railway_stop_named_after_its_town_is_not_a_project():
    text = ("Началось строительство железнодорожной линии Бахты — Аягоз протяженностью 272 км. "
            "Церемония укладки первого звена прошла на станции Аягоз.")
    got = names(text)
    assert not any(n.startswith("станция") for n in got), got


def test_the_field_a_plant_is_built_on_is_not_a_project():
    text = ("Угольную электростанцию мощностью 8 ГВт собирались построить на базе Ерковецкого "
            "буроугольного месторождения.")
    assert [n for n in names(text) if "месторождение" in n] == []


def test_tax_paid_to_the_budget_is_not_investment():
    text = ("Комбинат строит новый медеплавильный завод. В прошлом году комбинат перечислил "
            "в бюджет более 9 трлн сумов.")
    assert all(not p.investment for p in extract(text, published="2023-08-01").projects)


def test_commercial_operation_is_operating():
    text = ("Парогазовая электростанция компании ACWA Power в Сырдарьинской области получила "
            "сертификат коммерческой эксплуатации еще на 461 МВт.")
    assert project(text, "электростанция").status == "operating"


def test_a_lower_case_phrase_in_quotes_does_not_name_a_station():
    text = ("В Ширине строится тепловая электростанция мощностью 1500 МВт. Станцию «под ключ» "
            "возводит китайская China Gezhouba Group Corporation.")
    got = extract(text, published="2020-11-04").projects
    assert len(got) == 1, [p.name for p in got]
    assert "China Gezhouba Group Corporation" in [c.name for c in got[0].companies]


def test_an_agreement_that_paves_the_way_builds_no_road():
    text = ("Стороны подписали соглашение о покупке электроэнергии. Документ открывает дорогу "
            "строительству парогазовой электростанции мощностью 1600 МВт.")
    assert [n for n in names(text) if n.startswith("дорога")] == []


def test_a_station_of_the_country_is_not_a_new_project():
    text = ("ACWA Power построит тепловую электростанцию мощностью 1500 МВт. До сих пор "
            "электростанции в стране строило государство.")
    assert len(names(text)) == 1, names(text)


def test_sector_from_a_later_sentence_about_the_plant():
    text = ("В Ширине строится тепловая электростанция мощностью 1500 МВт. Для станции поставят "
            "две парогазовые установки.")
    assert project(text, "электростанция").sector == "gas_power"


def test_a_companys_own_station_is_another_object():
    text = ("В Ширине построят парогазовую электростанцию мощностью 1600 МВт. Под новую станцию "
            "отведено 55 гектаров рядом с площадкой ACWA Power, которая строит собственную ТЭС "
            "на 1500 МВт.")
    got = extract(text, published="2022-03-29").projects
    assert len(got) == 2, [p.name for p in got]
    first = [p for p in got if "парогазовая" in p.name][0]
    assert [(q["value"], q["unit"]) for q in first.capacity if q["unit"] == "MW"] == [(1600.0, "MW")]


def test_a_station_of_no_stated_kind_is_the_power_plant_of_the_article():
    text = ("В Ширине построят парогазовую электростанцию мощностью 1600 МВт. Станцию с газовыми "
            "турбинами H-класса планируется ввести в эксплуатацию в 2026 году.")
    assert len(names(text)) == 1, names(text)


def test_a_countrys_own_plant_is_the_plant_of_the_article():
    text = ("В Кеминском районе построят электрометаллургический завод мощностью 500 тыс. тонн "
            "стали в год. «Собственный завод позволит строителям покупать металл дешевле», — "
            "заявил министр.")
    assert len(names(text)) == 1, names(text)


def test_each_units_capacity_is_not_the_plants():
    text = ("На Рогунской ГЭС установят шесть гидроагрегатов по 600 МВт, так что общая мощность "
            "станции составит 3600 МВт.")
    p = project(text, "ГЭС")
    assert [(q["value"], q["unit"]) for q in p.capacity] == [(3600.0, "MW")]


def test_the_sum_of_the_agreement_in_its_own_sentence_is_the_investment():
    text = ("Компании подписали соглашение о завершении строительства Рогунской ГЭС. Сумма "
            "соглашения составляет 3,9 млрд долларов.")
    p = project(text, "ГЭС")
    assert [(m["amount"], m["currency"]) for m in p.investment] == [(3.9e9, "USD")]


def test_a_plant_known_by_its_bare_noun_takes_its_operators_name():
    text = ("ОАО «Рогунская ГЭС» и подрядчик обещают пустить второй агрегат весной. Полная мощность "
            "станции достигнет 3600 мегаватт.")
    got = extract(text, published="2018-11-16").projects
    assert [p.name for p in got] == ["Рогунская ГЭС"], [p.name for p in got]
    assert got[0].sector == "hydro_power"


def test_a_city_acting_against_the_plant_is_not_its_place():
    text = ("РОГУН, 16 ноября. В Таджикистане строится ГЭС. Полная мощность станции достигнет "
            "3600 мегаватт, хотя Ташкент возражал против стройки.")
    got = extract(text, published="2018-11-16").projects
    assert len(got) == 1 and got[0].location is not None, got
    assert got[0].location.name == "Таджикистан", got[0].location


def test_a_news_agency_named_after_its_verb_is_not_a_company():
    text = ("Железная дорога мощностью 30 млн тонн грузов в год построена, передает агентство "
            "МОНЦАМЭ. Пропускная способность дороги рассчитана на 30 млн тонн, сообщает «Интерфакс».")
    for p in extract(text, published="2022-09-10").projects:
        assert not {c.name for c in p.companies} & {"МОНЦАМЭ", "Интерфакс"}, p.companies


def test_where_the_output_is_sold_is_not_where_the_plant_is():
    text = ("В Мангистауской области построят комплекс по производству зеленого водорода мощностью "
            "2 млн тонн в год. Аммиак будут отправлять на экспорт в Европу и Азию.")
    p = project(text, "комплекс")
    assert p.location is not None and p.location.name == "Мангистауская область"


def test_the_country_of_the_companies_is_not_the_place():
    text = ("Газопровод мощностью 63 млрд кубометров в год пройдет по дну Черного моря в Европу. "
            "Компании Германии выразили желание стать участниками проекта газопровода.")
    got = extract(text, published="2012-11-15").projects
    assert got and (got[0].location is None or got[0].location.name != "Германия"), got


def test_a_plant_at_full_power_or_on_the_grid_is_operating():
    a = "В Жамбылской области на проектную мощность 100 МВт вышла ветровая электростанция «Жанатас»."
    b = "Последние ветроустановки ветровой электростанции мощностью 100 МВт подключили к сети."
    assert project(a, "электростанция").status == "operating"
    assert project(b, "электростанция").status == "operating"


def test_a_company_leading_an_expansion_is_building():
    text = "Сейчас компания ведет расширение карьера: переработка руды вырастет до 60 млн тонн в год."
    got = extract(text, published="2024-05-01").projects
    assert got and got[0].status == "construction", [(p.name, p.status) for p in got]


def test_a_turbines_rating_and_an_emission_cut_are_not_capacity():
    text = ("Ветровая электростанция мощностью 100 МВт состоит из 40 ветроустановок мощностью по 2,5 МВт "
            "и позволит сокращать выбросы углекислого газа на 300 тыс. тонн в год.")
    p = project(text, "электростанция")
    assert [(q["value"], q["unit"]) for q in p.capacity] == [(100.0, "MW")]


def test_partners_suspending_their_part_do_not_shelve_the_project():
    text = ("Первая технологическая линия завода СПГ мощностью 6,6 млн тонн в год начала работать. "
            "Иностранные акционеры проекта приостановили участие в заводе.")
    assert project(text, "завод").status == "operating"


def test_a_permit_and_a_chosen_contractor_are_pre_construction():
    text = ("Компания получила разрешение на строительство завода по переработке сои мощностью "
            "240 тыс. тонн в год. Генеральным подрядчиком выбрано ООО «Амур Монтаж».")
    assert project(text, "завод").status == "pre-construction"


def test_works_planned_to_start_are_not_under_way():
    text = ("Для солнечной электростанции мощностью 300 МВт выделен участок. Строительные работы "
            "планируется начать летом.")
    assert project(text, "электростанция").status == "pre-construction"


def test_a_regulator_that_approved_the_design_is_not_a_company():
    text = ("Завод по переработке сои мощностью 240 тыс. тонн в год получил положительное заключение "
            "Главгосэкспертизы и компании «Амурагрокомплекс».")
    p = project(text, "завод")
    assert "Главгосэкспертиза" not in {c.name for c in p.companies}, p.companies


def test_a_cue_for_the_second_one_in_an_ellipsis_is_not_the_firsts():
    text = ("В Согдийской области запустили обогатительную фабрику мощностью 1 млн тонн руды в год, "
            "вторую законсервировали.")
    assert project(text, "фабрик").status == "operating"


def test_what_a_plant_is_called_is_not_a_second_plant():
    text = ("В Аштском районе ввели в эксплуатацию фабрику мощностью 1 млн тонн руды в год. "
            "Кумтор — крупнейшее золоторудное предприятие страны.")
    assert not any("предприятие" in n for n in names(text)), names(text)


def test_a_route_used_and_a_fleet_renewed_are_not_projects():
    text = ("Завод по переработке сои мощностью 240 тыс. тонн в год построят в Амурской области. "
            "Сейчас соя вывозится по железной дороге. Программа предусматривает обновление "
            "локомотивного парка.")
    got = names(text)
    assert not any(n.endswith("дорога") or "парк" in n for n in got), got


def test_a_loan_named_after_its_sum_is_not_the_cost():
    text = ("В Жалагашском районе строится газотурбинная электростанция мощностью 240 МВт. Стоимость "
            "станции оценивается в 98 млрд тенге, из них 60 млрд тенге предоставил в виде кредита "
            "Евразийский банк развития.")
    p = project(text, "электростанция")
    assert [(m["amount"], m["currency"]) for m in p.investment] == [(98e9, "KZT")]


def test_readiness_in_percent_and_erection_under_way_are_construction():
    a = "У города Ордос ведется сооружение завода мощностью 30 тыс. тонн водорода в год."
    b = "Готовность завода мощностью 30 тыс. тонн водорода в год превышает 50%."
    assert project(a, "завод").status == "construction"
    assert project(b, "завод").status == "construction"


@pytest.mark.parametrize("second", [
    "Его строила компания «Казахстанская Электролизная Компания».",
    "Им владеет компания «Евразийская группа».",
])
def test_a_builder_or_owner_of_the_object_told_as_a_pronoun(second):
    text = "В Павлодарской области пущен завод ферросплавов мощностью 240 тыс. тонн в год. " + second
    assert companies(text, "завод")


def test_a_production_being_built_is_a_project_of_its_sector():
    text = "Губернатор побывал на строительной площадке нового аммиачного производства в Кингисеппском районе."
    p = project(text, "производств")
    assert p.sector == "chemicals" and p.status == "construction"


@pytest.mark.parametrize("text, name", [
    ("Строительство Экибастузской ГРЭС-3 начнется в следующем году.", "Экибастузская ГРЭС-3"),
    ("Компания продолжает строить Зарамагскую ГЭС-1 в Северной Осетии.", "Зарамагская ГЭС-1"),
    ("На Павлодарском НПЗ завершилась модернизация установки.", "Павлодарский НПЗ"),
])
def test_an_abbreviated_object_is_named_in_the_nominative(text, name):
    assert any(p.name.startswith(name) for p in extract(text, published="2024-05-01").projects)


@pytest.mark.parametrize("second", [
    "По 20% владеют японская Mitsui и китайская CNOOC.",
    "Акционерами проекта являются Mitsui и CNOOC.",
])
def test_shareholders_told_in_a_sentence_of_their_own(second):
    text = "Завод по сжижению газа мощностью 6 млн тонн в год строится на полуострове Ямал. " + second
    names = companies(text, "завод")
    assert "Mitsui" in names and "CNOOC" in names, names


def test_the_object_told_anew_with_its_own_noun_is_the_same_object():
    # a description with no product, place or name of its own ("по старому
    # проекту") says more about the object just spoken of, not of another
    text = ("Компания законсервировала рудник «Акбакай» в Жамбылской области. "
            "Подземный рудник по проекту восьмидесятых годов рассчитан на добычу "
            "1 млн тонн руды в год.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 1, [p.name for p in got]
    assert [c["value"] for c in got[0].capacity] == [1e6]


def test_a_new_description_of_another_sector_stays_another_object():
    text = ("Компания законсервировала рудник «Акбакай» в Жамбылской области. "
            "Солнечная электростанция при руднике рассчитана на 10 МВт.")
    assert len(names(text)) == 2


def test_the_other_string_between_does_not_hide_the_one_spoken_of():
    # "первая нитка" is plainly another object than "вторая нитка", so the
    # second string told again after it is still the one last spoken of
    text = ("В Казахстане начали строить вторую нитку газопровода Бейнеу — Бозой — Шымкент. "
            "Первая нитка мощностью 10 млрд кубометров в год работает с 2015 года. "
            "После ввода второй нитки поставки газа на юг страны вырастут вдвое.")
    got = names(text)
    assert len(got) == 2 and sum("втор" in n for n in got) == 1, got


def test_an_object_first_told_by_a_word_that_refers_back_is_known_by_it():
    text = ("Правительство утвердило программу модернизации, и провозная способность "
            "дороги вырастет до 30 млн тонн грузов в год. "
            "«Железная дорога — это проект на десятилетия», — сказал министр.")
    assert len(names(text)) == 1, names(text)


def test_a_named_object_whose_name_comes_back_with_figures_is_a_project():
    text = ("Заголовок\n\nКонсорциум выбрал Южнокавказский газопровод (SCPX) для поставок газа в Турцию. "
            "Решение объявили в пятницу.\n\n"
            "SCPX протяженностью около 700 км пройдет через Грузию, его стоимость оценивается в 3 млрд долларов.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 1 and "газопровод" in got[0].name, [p.name for p in got]
    assert {"amount": 3e9, "currency": "USD"} in got[0].investment


@pytest.mark.parametrize("dateline", ["ОМСК. 3 мая. ИНТЕРФАКС —", "Омск. 3 мая. ИНТЕРФАКС-СИБИРЬ -"])
def test_the_agency_of_a_dated_dateline_is_no_company_of_the_project(dateline):
    text = ("Заголовок\n\n" + dateline + " Компания «Газпромнефть» начала строительство "
            "установки замедленного коксования на Омском НПЗ.")
    got = extract(text, published="2024-05-01").projects
    assert got and not any("нтерфакс" in c.name.lower() for p in got for c in p.companies), \
        [[c.name for c in p.companies] for p in got]


def test_a_numbered_station_word_the_tagger_leaves_uninflected_is_an_object():
    text = ("Компания отложила завершение строительства Загорской гидроаккумулирующей "
            "электростанции-2 мощностью 840 МВт.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 1 and got[0].status == "shelved", [(p.name, p.status) for p in got]


def test_the_working_elder_beside_a_numbered_plant_is_another_object():
    text = ("ГАЭС-2 мощностью 840 МВт строится в Московской области, рядом с действующей "
            "Загорской ГАЭС мощностью 1200 МВт.")
    got = extract(text, published="2024-05-01").projects
    two = [p for p in got if "2" in p.name]
    assert two and [c["value"] for c in two[0].capacity] == [840.0], [(p.name, p.capacity) for p in got]


def test_a_pumped_storage_station_is_hydro_not_nuclear():
    text = "В Московской области строится Загорская ГАЭС-2 мощностью 840 МВт."
    assert extract(text, published="2024-05-01").projects[0].sector == "hydro_power"


def test_a_plant_that_builds_another_kind_of_object_is_its_maker():
    text = ("Станция мощностью 70 МВт подключена к сети. "
            "Плавучий энергоблок построил петербургский Балтийский завод.")
    assert not any("завод" in n for n in names(text)), names(text)


def test_a_nuclear_heat_and_power_plant_is_the_nuclear_plant_of_the_headline():
    # "Плавучая АЭС" above and "плавучая атомная теплоэлектростанция" below:
    # one object, though other stations of the region are told of too
    text = ("Плавучая АЭС в Певеке дала первый ток\n\n"
            "Плавучая атомная теплоэлектростанция (ПАТЭС) мощностью 70 МВт подключена к сети Чукотки. "
            "ПАТЭС заменит Билибинскую АЭС, первый энергоблок которой остановлен. "
            "Угольная Чаунская ТЭЦ пока работает.")
    got = extract(text, published="2019-12-19").projects
    assert sum("лавуч" in p.name for p in got) == 1, [p.name for p in got]
    floating = next(p for p in got if "лавуч" in p.name)
    assert floating.status == "operating"
    assert not any(c.name == "ПАТЭС" for p in got for c in p.companies)


def test_a_project_told_by_its_field_is_the_object_of_that_field():
    text = ("Министерство и компания Masdar подписали соглашение о строительстве солнечной "
            "электростанции мощностью 200 МВт. Станция разместится в 75 км от столицы.\n\n"
            "Это первый в стране проект солнечной генерации такого масштаба.")
    got = names(text)
    assert len(got) == 1, got


def test_the_roads_to_a_site_are_its_way_not_a_project():
    text = ("Строительство рудника, рассчитанного на переработку 10 млн тонн руды в год, "
            "остановлено с июня, когда активисты перекрыли дороги к месторождению.")
    got = extract(text, published="2018-11-29").projects
    assert len(got) == 1 and "рудник" in got[0].name, [p.name for p in got]
    assert [c["value"] for c in got[0].capacity] == [1e7]


def test_a_road_being_built_to_a_site_is_still_a_project():
    text = "Власти построят автодорогу к месторождению протяженностью 40 км за 5 млрд тенге."
    assert any("дорог" in n for n in names(text)), names(text)


def test_a_station_of_no_stated_kind_told_anew_is_the_power_plant_spoken_of():
    text = ("Правительство гарантирует кредит в 25 млн долларов на строительство Мойнакской ГЭС. "
            "Станцию на реке Чарын начали строить в 1985 году, мощность ее составит 250 МВт.")
    got = extract(text, published="2005-06-14").projects
    assert len(got) == 1, [p.name for p in got]
    assert [c["value"] for c in got[0].capacity] == [250.0]


def test_another_noun_for_the_same_kind_of_plant_with_its_describing_word():
    text = ("Власти ищут инвестора для недостроенного азотного завода в Менделеевске. "
            "Азотный комплекс на берегу Камы рассчитан на выпуск 700 тыс. тонн карбамида в год.")
    got = names(text)
    assert len(got) == 1, got


def test_a_known_company_named_with_an_object_acronym_is_the_company():
    # "ГМК «Норильский никель»" is the mining company, the subject that acts
    text = ("ГМК «Норильский никель» приостановила подготовку к строительству "
            "горно-обогатительного комбината в Забайкальском крае. "
            "Комбинат должен был перерабатывать 10 млн тонн руды в год, "
            "сроки возобновления работ не определены.")
    got = extract(text, published="2009-02-12").projects
    assert len(got) == 1 and "комбинат" in got[0].name, [p.name for p in got]
    assert got[0].status == "shelved"


@pytest.mark.parametrize("text, name", [
    ("РусГидро сообщает о пуске первой очереди Усть-Среднеканской ГЭС в Магаданской области.",
     "Усть-Среднеканская ГЭС"),
])
def test_a_hyphenated_adjective_of_an_abbreviated_object_is_put_in_the_nominative(text, name):
    assert any(p.name.startswith(name) for p in extract(text, published="2013-11-01").projects), \
        [p.name for p in extract(text, published="2013-11-01").projects]


def test_a_capitalised_new_in_a_place_name_stays_in_the_name_and_gives_the_place():
    p = project("Решено построить завод по выпуску метанола в Новом Уренгое.", "завод")
    assert "Новом Уренгое" in p.name, p.name
    assert p.location is not None and p.location.name == "Новый Уренгой", p.location


@pytest.mark.parametrize("text, key, place", [
    pytest.param("Началось строительство Новоуренгойского газохимического комплекса.", "комплекс",
                 "Новый Уренгой", id="a compound place adjective gives the place"),
    pytest.param("В Жамбылской области открыта солнечная электростанция мощностью 50 МВт. "
                 "Компания намерена начать рядом строительство второй солнечной электростанции.", "втор",
                 "Жамбылская область", id="a second plant started next to the first takes its place"),
    pytest.param("Polymetal покупает золоторудный проект «Кызыл» в Казахстане за 600 млн долларов\n\n"
                 "МОСКВА, 22 мая. Polymetal подписала соглашение о покупке компании, которой принадлежит "
                 "золоторудный проект «Кызыл» в Восточно-Казахстанской области.", "проект",
                 "Восточно-Казахстанская область", id="a place name in quotes is not where the project is"),
    pytest.param("Рудник в Восточно-Казахстанской области работает с 1956 года. "
                 "Новые владельцы обещали построить здесь горно-обогатительный комбинат.", "руд",
                 "Восточно-Казахстанская область", id="a plant built here is of the mine told before, in its place"),
])
def test_the_place_of_a_project_told_around_it(text, key, place):
    p = project(text, key)
    assert p.location is not None and p.location.name == place, p.location


def test_an_object_with_only_the_country_takes_the_one_place_of_the_others():
    text = ("Ветропарк у Жанатаса в Жамбылской области вышел на полную мощность\n\n"
            "АСТАНА, 3 июня. Ветровая электростанция мощностью 100 МВт возле Жанатаса работает на полную "
            "мощность, сообщил оператор. Компания также начала проектирование солнечной станции мощностью "
            "50 МВт, но разрешения в Казахстане пока не получены.")
    p = project(text, "солнечн")
    assert p.location is not None and p.location.name == "Жанатас", p.location


@pytest.mark.parametrize("text, key", [
    pytest.param("В Шымкенте открыт завод по выпуску стекла мощностью 200 тыс. тонн в год. Еще один завод "
                 "по выпуску стекла в Казахстане компания построит к 2027 году.", "Казахстане",
                 id="another plant is one elsewhere"),
    pytest.param("В Шымкенте открыт завод по выпуску стекла мощностью 200 тыс. тонн в год. В Казахстане "
                 "начато строительство газопровода длиной 120 км стоимостью 30 млрд тенге.", "газопровод",
                 id="a line spans places"),
])
def test_an_object_with_only_the_country_keeps_it_where_it_may_be_elsewhere(text, key):
    p = project(text, key)
    assert p.location is None or p.location.name == "Казахстан", p.location


def test_a_price_per_unit_does_not_make_a_plural_a_project():
    text = ("Цена меди выросла до 9000 долларов за тонну, и инвесторы вспомнили о забытых "
            "уральских месторождениях.")
    assert names(text) == []


def test_plants_of_a_town_named_in_the_plural_are_no_project():
    text = ("Рудник в Восточно-Казахстанской области работает с 1956 года. Долгое время его руду "
            "отправляли на медеплавильные заводы Усть-Каменогорска, а затем в Россию.")
    assert not any("завод" in n for n in names(text)), names(text)


def test_one_unit_of_a_pair_told_before_is_that_pair():
    text = ("Начато строительство третьего и четвертого энергоблоков АЭС «Сюйдапу» в провинции Ляонин. "
            "На третьем блоке в Ляонине залит первый бетон.")
    got = names(text, published="2021-05-19")
    assert len(got) == 1, got


def test_a_reactor_model_is_no_organisation():
    text = "Интервью о блоках с ВВЭР-1200 в Синчэне\n\nБлоки сооружаются по российскому проекту."
    orgs = [e.name for e in extract(text, published="2021-05-19").entities if e.type == "ORG"]
    assert "ВВЭР-1200" not in orgs, orgs


def test_units_of_an_interview_are_one_project_with_the_unit_told_later():
    text = ("«Стройка идет по графику»: интервью о блоках с ВВЭР-1200 в Синчэне\n\n"
            "Третий и четвертый энергоблоки атомной станции у города Синчэн в провинции Ляонин сооружаются "
            "по российскому проекту. О ходе работ рассказывает руководитель проекта.\n\n"
            "— Когда начали строить?\n\n"
            "— Первый бетон на третьем блоке залили в 2021 году. Это те же реакторы, что и на Тяньваньской "
            "АЭС, где строятся седьмой и восьмой блоки.")
    got = names(text, published="2023-08-15")
    assert len([n for n in got if "трет" in n.lower() or "Синчэн" in n]) == 1, got


def test_units_of_a_plant_named_by_its_region_are_in_that_region():
    text = ("Первый энергоблок Ленинградской АЭС с реактором РБМК-1000 окончательно остановлен. "
            "Его замещает энергоблок № 5 с реактором ВВЭР-1200, а энергоблок № 6 строится.")
    ps = extract(text, published="2018-12-22").projects
    assert ps and all(p.location is not None and p.location.name == "Ленинградская область" for p in ps), \
        [(p.name, p.location) for p in ps]


def test_a_station_told_with_another_power_is_another_station():
    text = ("Министр проверил, как идет строительство ГЭС Эрдэнэбурэн мощностью 90 МВт. "
            "Правительство также намерено начать строительство ГЭС на реке Эгийн-Гол мощностью 220 МВт.")
    ps = extract(text, published="2022-12-13").projects
    assert len(ps) == 2, [(p.name, p.capacity) for p in ps]
    assert sorted(c["value"] for p in ps for c in p.capacity) == [90.0, 220.0]


def test_a_complex_told_with_another_output_is_another_complex():
    # any unit of capacity, not only megawatts; a survey of several plants
    # (a bare noun right after its plant is that plant, whatever figure it
    # carries: "расширение станции на 50 МВт" then "Станция мощностью 36 МВт")
    text = ("Под Усть-Лугой работает крупный комплекс сжижения газа мощностью 2 млн тонн в год. "
            "Рядом действует завод по выпуску метанола мощностью 500 тыс. тонн в год. "
            "Их продукция идет на экспорт через Балтику. "
            "Небольшие заводы работают на внутренний рынок. "
            "Спрос на газомоторное топливо растет медленно. "
            "Субсидии на переоборудование грузовиков пока невелики. "
            "В Челябинской области компания эксплуатирует комплекс мощностью 25 тыс. тонн СПГ в год.")
    ps = [p for p in extract(text, published="2024-05-20").projects if "метанол" not in p.name]
    assert len(ps) == 2, [(p.name, p.capacity) for p in ps]
    assert sorted(c["value"] for p in ps for c in p.capacity) == [25000.0, 2000000.0]


def test_a_bare_noun_project_is_named_with_the_place_its_sentence_gives():
    ps = extract("Компания эксплуатирует в Магнитогорске комплекс мощностью 40 тыс. тонн СПГ в год.",
                 published="2024-05-20").projects
    assert [p.name for p in ps] == ["комплекс в Магнитогорске"], [p.name for p in ps]


def test_a_similar_plant_is_another_plant():
    text = ("В Казани компания построила завод по выпуску метанола мощностью 100 тыс. тонн в год. "
            "Аналогичный завод она строит в Оренбургской области.")
    ps = extract(text, published="2024-05-20").projects
    assert len(ps) == 2, [p.name for p in ps]
    assert {p.status for p in ps} == {"operating", "construction"} or len({p.location.name for p in ps if p.location}) == 2, \
        [(p.name, p.status, p.location) for p in ps]


def test_a_railway_line_told_by_its_route_is_named_so_though_ner_takes_its_stops_for_people():
    # the next sentence goes on about it by a bare word of its kind
    text = ("Монголия собирается пустить поезда к границе с Китаем. "
            "Железнодорожная компания рассчитывает открыть движение по новой линии Зуунбаян - Ханги в 2027 году. "
            "На трассе протяженностью 227 км уложено более 90 км главного пути.")
    ps = extract(text, published="2025-10-18").projects
    assert len(ps) == 1 and "Зуунбаян - Ханги" in ps[0].name, [p.name for p in ps]
    assert ps[0].capacity == [{"value": 227.0, "unit": "km"}] and ps[0].status == "construction", \
        (ps[0].capacity, ps[0].status)


def test_concrete_poured_is_building_work_not_the_building_materials_sector():
    ps = extract("Новый завод в Таразе готов на 45%: забетонированы фундаменты цехов.", published="2025-03-17").projects
    assert [p.sector for p in ps] == ["other"], [(p.name, p.sector) for p in ps]


def test_a_light_rail_line_is_an_object_and_its_stations_and_ends_are_not():
    text = ("Работы на линии легкорельсового транспорта в Нур-Султане приостановлены. "
            "Первая очередь длиной 22,4 км с 18 станциями должна связать аэропорт с новым вокзалом. "
            "В понедельник аким обсудил судьбу проекта с послом Китая.")
    ps = extract(text, published="2019-11-05").projects
    assert len(ps) == 1 and "легкорельс" in ps[0].name, [p.name for p in ps]
    assert ps[0].status == "shelved" and ps[0].location.name == "Астана", (ps[0].status, ps[0].location)


def test_the_adjective_of_a_region_is_the_regions_not_a_towns_of_that_stem():
    p = project("«Сибур» начал строительство Амурского газохимического комплекса мощностью 2,7 млн тонн "
                "полимеров в год.", "комплекс")
    assert p.location is None or p.location.name != "Амурск", p.location


def test_a_plant_named_after_a_region_and_its_town_is_placed_in_the_region():
    # "Хабаровская" is of the Хабаровский край and of the city alike: the
    # region holds both, and is more than the country the article names
    p = project("«РусГидро» строит Хабаровскую ТЭЦ-4 мощностью 328 МВт. В России таких станций мало.", "ТЭЦ")
    assert p.location is not None and p.location.name == "Хабаровский край", p.location


def test_plants_told_as_a_class_after_a_colon_are_no_project_for_the_figures_before_it():
    text = ("Внутренний рынок берет 80 тысяч тонн соды в год, и он растет: строятся новые стекольные заводы.")
    assert not any("стекольн" in n for n in names(text)), names(text)


def test_where_a_way_leads_is_no_project():
    text = ("Дорога открыта. Путь грузов из восточных регионов к порту Актау сократился "
            "более чем на 1000 км.")
    assert not any("порт" in n for n in names(text, published="2016-09-08")), names(text)


@pytest.mark.parametrize("text", [
    "Новая линия подключена к газопроводу «Сила Сибири» и начала переработку газа.",
    "Президент дал старт строительству НПЗ в Джизаке. Новый завод станет четвертым в стране после "
    "Ферганского, Алтыарыкского и Бухарского НПЗ.",
])
def test_what_an_object_is_linked_to_or_comes_after_is_no_project(text):
    got = names(text, published="2021-06-09")
    assert not any("Сила" in n or "Бухарск" in n for n in got), got


def test_putting_a_plant_into_service_names_no_new_plant():
    text = ("Президент дал старт строительству нефтеперерабатывающего комплекса в Джизакской области. "
            "Ввести предприятие в строй планируется в 2021 году.")
    assert len(names(text, published="2017-04-27")) == 1, names(text, published="2017-04-27")


@pytest.mark.parametrize("text", [
    "Первая линия завода начала переработку газа Чаяндинского месторождения.",
    "Площадка у Шуртанского газоконденсатного месторождения подготовлена к стройке завода.",
])
def test_a_deposit_that_feeds_a_plant_or_marks_its_site_is_no_project(text):
    assert not any("месторожд" in n for n in names(text, published="2021-06-09")), names(text)


def test_deposits_that_give_a_plant_its_raw_material_are_no_projects():
    text = ("В Кунграде построят содовый завод мощностью 100 тыс. тонн в год. Сырье находится рядом: "
            "поваренную соль даст месторождение Барсакельмес, известняк — Жамансайское месторождение.")
    assert names(text, published="2002-05-16") == ["содовый завод"], names(text, published="2002-05-16")


def test_an_adjective_left_in_its_case_agrees_with_the_object_noun():
    from newsfacts.extract.projects import _leading_adjectives_agree
    assert _leading_adjectives_agree("Амурский гидрометаллургическом комбинат") == \
        "Амурский гидрометаллургический комбинат"
    assert _leading_adjectives_agree("новая солнечная станция") == "новая солнечная станция"


def test_a_line_after_a_power_line_acronym_is_that_line():
    text = ("Строительство линии электропередачи Иран — Армения завершено на 90%. "
            "Линия соединит Мегри с Разданом. На севере идет подготовка к строительству ЛЭП Армения — Грузия. "
            "Линия протяженностью около 100 км с подстанцией в Айруме стоит 110 млн евро.")
    line = project(text, "Грузия")
    assert {"amount": 110_000_000.0, "currency": "EUR"} in [dict(amount=i["amount"], currency=i["currency"])
                                                            for i in line.investment], line.investment


def test_a_petrochemical_plant_acronym_is_an_object():
    assert any("НХЗ" in n for n in names("Шымкентский НХЗ встал на плановый ремонт."))


def test_what_follows_the_dash_after_a_companys_project_is_that_project():
    text = ("Завод в Павлодаре работает с 1978 года. Следующий проект предприятия — комплекс по выпуску "
            "битума мощностью 400 тыс. тонн в год.")
    assert any("битум" in n for n in names(text)), names(text)


@pytest.mark.parametrize("text", [
    "Строить и эксплуатировать участок будут Турецкие государственные железные дороги (TCDD).",
    "Новые вагоны для линии закупит Азербайджанская государственная железная дорога.",
    "Контракт на поставку рельсов получили Узбекские железные дороги.",
])
def test_a_national_railway_company_is_no_railway_built(text):
    text = "В Карсе начато строительство железной дороги длиной 76 км. " + text
    assert not any(("государствен" in n or "Узбекские" in n) for n in names(text)), names(text)


@pytest.mark.parametrize("text, stops", [
    ("Стороны договорились подготовить проект железной дороги, которая свяжет Карс с Ахалкалаки и далее "
     "через Тбилиси выйдет на Баку.", "Карс — Ахалкалаки — Тбилиси — Баку"),
    ("Начато строительство газопровода, который соединит Бухару с Ташкентом.", "Бухара — Ташкент"),
])
def test_a_line_takes_the_stops_its_clause_names(text, stops):
    assert any(n.endswith(stops) for n in names(text)), names(text)


@pytest.mark.parametrize("text, objects", [
    ("Начато строительство АЭС «Аккую» и «Синоп» в Турции.", ["АЭС «Аккую»", "АЭС «Синоп»"]),
    ("Ведомство потребовало прекратить работы на плотинах гидроэлектростанций Лудила и Лункайкоу.",
     ["гидроэлектростанция Лудила", "гидроэлектростанция Лункайкоу"]),
])
def test_a_plural_noun_with_two_names_is_two_objects(text, objects):
    got = names(text)
    assert all(o in got for o in objects), got


def test_a_name_of_one_of_two_objects_is_not_the_place_of_the_other():
    text = "Ведомство потребовало прекратить работы на плотинах гидроэлектростанций Лудила и Лункайкоу."
    p = project(text, "Лудила")
    assert p.location is None or p.location.name != "Лункайкоу", p.location


def test_fields_named_together_stay_one_undertaking():
    text = "Консорциум начал бурение на морских месторождениях Каламкас-море и Хазар в Каспийском море."
    assert len(names(text)) <= 1, names(text)


def test_a_later_name_of_its_own_joins_a_descriptive_name():
    text = ("Компания рассчитывает ввести в строй первую очередь нефтеперерабатывающего завода в поселке Яя "
            "в 2011 году. Сейчас на площадке идет монтаж резервуарного парка. Яйский НПЗ будет перерабатывать "
            "3 млн тонн нефти в год.")
    got = names(text, published="2010-04-14")
    assert any("поселке Яя" in n and "(Яйский НПЗ)" in n for n in got), got
    assert not any("парк" in n for n in got), got


def test_a_place_adjective_is_no_name_of_its_own():
    text = ("Строительство золоторудного комбината в Таласской области начато в мае. "
            "Таласский золоторудный комбинат будет перерабатывать 1 млн тонн руды в год.")
    got = names(text, published="2021-03-22")
    assert not any("(" in n for n in got), got


def test_an_adjective_in_ey_before_a_noun_in_iya_is_put_in_the_nominative():
    text = "РусГидро приступило к строительству Ленинградской гидроаккумулирующей электростанции мощностью 1560 МВт."
    got = names(text, published="2009-08-12")
    assert any(n.startswith("Ленинградская гидроаккумулирующая электростанция") for n in got), got


def test_a_quoted_name_of_a_branch_company_is_no_object():
    text = ("Холдинг «РусГидро» начал сооружать Загорскую гидроаккумулирующую электростанцию (ЗаГАЭС-2) "
            "в Сергиевом Посаде, рассказал глава филиала компании «Загорская ГАЭС» Иван Петров.")
    got = names(text, published="2009-08-12")
    assert len(got) == 1, got


def test_a_headline_place_adjective_tagged_a_proper_noun_still_gives_the_place():
    text = ("Павлодарский НХЗ встал на плановый ремонт\n\n"
            "ПАВЛОДАР. KAZINFORM — Завод остановил установки на плановый ремонт на 30 суток.")
    p = project(text, "НХЗ", published="2024-04-02")
    assert p.location is not None and p.location.name == "Павлодар", p.location


def test_a_country_named_only_inside_other_names_is_still_the_articles_country():
    text = ("ПАВЛОДАР. KAZINFORM — Компания начала строительство битумного завода мощностью 400 тыс. тонн в год. "
            "Проект одобрило Министерство энергетики Казахстана.")
    p = project(text, "завод", published="2024-04-02")
    assert p.location is not None and p.location.name == "Казахстан", p.location


def test_mining_at_a_deposit_is_the_mine_itself():
    # "добычу золота на месторождении X": the deposit is the project, not a source of feedstock
    text = ("Компания «Алтынкен» планирует начать добычу золота на месторождении Талды-Булак Левобережный "
            "в июне 2014 года. Строительство рудника финансирует китайская сторона.")
    found = extract(text, published="2013-08-16").projects
    assert any("Талды-Булак" in p.name for p in found)


def test_an_adjective_opening_the_sentence_after_a_dateline_is_no_name():
    # "/Интерфакс/ - Нефтеперерабатывающий завод": the capital is the
    # sentence's, so the plant has no name of its own to clash with the
    # "Кинзельский НПЗ" it is called later
    text = ("ОРЕНБУРГ, 5 марта. /Интерфакс/ - Нефтеперерабатывающий завод в поселке Кинзелька "
            "Оренбургской области с 1 февраля не принимает нефть, все его установки выведены из работы, "
            "сообщил источник агентства. Около 400 работников отправлены в простой.\n\n"
            "Кинзельский НПЗ, рассчитанный на переработку 1500 тыс. тонн нефти в год, был запущен в 2014 году.")
    assert len(extract(text).projects) == 1, [p.name for p in extract(text).projects]


def test_a_role_told_beside_words_for_parts_goes_to_the_project_before():
    # "мостов", "труб" are words for objects, but no project: the customer
    # of the sentence is the railway's; "оба аэропорта" speak of more
    # objects than the last one told, which takes no company from them
    text = ("В Туркменистане открыли движение по железной дороге Серхетабат — Туругунди протяженностью 10 км.\n\n"
            "Заказчиком строительства выступило агентство «Туркмендемирёллары», а работы от насыпи до мостов "
            "и водопропускных труб выполнили военные строители.")
    [railway] = extract(text).projects
    assert [c.name.replace("ё", "е") for c in railway.companies] == ["Туркмендемиреллары"]
    text = ("В Карабахе открыли аэропорт в Физули, а строительство аэропорта в Лачинском районе ведет компания AzVirt.\n\n"
            "Оба аэропорта эксплуатирует ЗАО «Азербайджанские авиалинии».")
    projects = extract(text).projects
    assert len(projects) == 2 and not any("авиалинии" in c.name for p in projects for c in p.companies), projects


@pytest.mark.parametrize("text, key, sector", [
    ("В Чирчике запущена технологическая линия по производству стеклотары мощностью 200 тыс. тонн в год.",
     "линия", "construction_materials"),
    ("Компания «Полимер Групп» начала строительство линии по выпуску полипропиленовых мешков в Навои.",
     "линия", "petrochemicals"),
    ("В Темиртау построят линию сухого способа для выпуска цемента на 1,2 млн тонн в год.",
     "линия", "construction_materials"),
])
def test_a_production_line_is_an_object(text, key, sector):
    p = project(text, key)
    assert p.sector == sector


@pytest.mark.parametrize("text", [
    "Построена линия электропередачи 220 кВ от подстанции «Навои» до Учкудука.",
    "В Ташкенте открыта новая линия метро длиной 7 км.",
])
def test_a_line_of_a_way_or_wire_stays_one(text):
    assert [p.sector for p in extract(text, published="2025-03-01").projects] != ["construction_materials"]
    assert len(names(text)) == 1


def test_a_shop_is_no_part_of_a_production_line_told_before():
    text = ("Компания начала строить вторую линию сухого способа мощностью 1,2 млн тонн цемента в год. "
            "Кроме того, возводится известковый цех мощностью 60 тыс. тонн извести в год.")
    got = names(text)
    assert len(got) == 2 and any("цех" in n for n in got), got


@pytest.mark.parametrize("text, found", [
    ("Правительство перенесло ввод новых энергоблоков Экибастузской ГРЭС-2 на конец 2027 года.", 1),
    ("Китайские АЭС работают на полную мощность.", 0),
    ("Медеплавильные заводы Усть-Каменогорска загрязняют воздух.", 0),
])
def test_units_of_a_plant_named_after_them_are_no_class(text, found):
    assert len(names(text)) == found


def test_an_object_keeps_a_place_adjective_the_tagger_took_for_a_name():
    p = project("Главным объектом года министр назвал Туркестанскую парогазовую электростанцию "
                "мощностью 1 000 МВт, которую строят на окраине города.", "электростанция")
    assert p.name.startswith("Туркестанская") and p.location.name == "Туркестан"


def test_a_second_plant_of_the_same_product_is_another_plant():
    # the headline names the working plant by its product; "второй калийный
    # комбинат" shares the product, not the name
    text = ("Гарлыкский калийный комбинат вышел на проектную мощность\n\n"
            "Ашхабад, 3 апреля. Гарлыкский горно-обогатительный комбинат по итогам квартала впервые "
            "вышел на проектную мощность 1,4 млн тонн в год, сообщил концерн.\n\n"
            "Концерн намерен построить второй калийный комбинат на Карабильском месторождении. "
            "Его мощность оценивается в 1 млн тонн удобрений в год.")
    got = {p.name: p.status for p in extract(text, published="2023-04-03").projects}
    assert got == {"Гарлыкский калийный комбинат": "operating",
                   "второй калийный комбинат на Карабильском месторождении": "announced"}


def capacities(text, published):
    """Each project's name with the values of its capacities."""
    return {p.name: [c["value"] for c in p.capacity] for p in extract(text, published=published).projects}


def test_a_phase_of_a_production_being_finished_is_a_project():
    # "производство" counts as a plant when it is built; a phase of it built counts too
    p = project("Холдинг достраивает в Новомосковске вторую очередь азотно-тукового производства.",
                "производство")
    assert p.status == "construction" and p.location.name == "Новомосковск"


def test_lines_between_other_countries_are_two_lines():
    # the headline's line and the body's second line share one country, not the route
    text = ("Энергетики: ЛЭП Узбекистан — Афганистан строят быстрее графика\n\n"
            "ТАШКЕНТ, 3 марта. Строительство линии электропередачи 500 кВ Узбекистан — Афганистан "
            "выполнено на 70%. Линия протяженностью около 260 км пройдет от Сурхана до Пули-Хумри.\n\n"
            "На юге страны идет подготовка к строительству ЛЭП Узбекистан — Таджикистан. Линия "
            "протяженностью около 90 км обойдется в 80 млн долларов.")
    assert capacities(text, "2025-03-03") == {"линия электропередачи 500 кВ Узбекистан — Афганистан": [260.0],
                   "ЛЭП Узбекистан — Таджикистан": [90.0]}


@pytest.mark.parametrize("text, key, name", [
    # the parser hangs the dateline's agency on the object's name, across "/" and "--"
    ("ЧЭНДУ, 3 мая /Синьхуа/ -- На гидроэлектростанции Шуанцзянкоу в провинции Сычуань "
     "в понедельник запустили последний агрегат.", "Шуанцзянкоу",
     "гидроэлектростанция Шуанцзянкоу в провинции Сычуань"),
    # ... or across a dash after a bracket
    ("Тайюань, 12 ноября («Жэньминь жибао» онлайн) – На ТЭС «Шэньтоу-2» в провинции Шаньси "
     "выведены из эксплуатации три угольных энергоблока общей мощностью 600 МВт, проработавшие "
     "почти 35 лет.", "Шэньтоу", "ТЭС «Шэньтоу-2» в провинции Шаньси"),
])
def test_the_agency_of_a_dateline_is_no_part_of_a_name(text, key, name):
    assert project(text, key).name == name


def test_a_wind_farm_does_not_refer_back_to_a_thermal_station():
    # "ветроэлектростанция" has no modifier to make it new, yet its noun tells another kind
    text = ("Хубэй: на ТЭС «Ханчуань-3» остановили старые угольные блоки\n\n"
            "Ухань, 5 марта. На ТЭС «Ханчуань-3» в провинции Хубэй выведены из эксплуатации два угольных "
            "энергоблока общей мощностью 600 МВт. Станция принадлежит корпорации China Huadian.\n\n"
            "Параллельно в уезде Цзюньсянь в феврале заработала ветроэлектростанция мощностью 200 МВт, "
            "принадлежащая China Three Gorges.")
    assert capacities(text, "2024-03-05") == {"ТЭС «Ханчуань-3» в провинции Хубэй": [600.0], "ветроэлектростанция": [200.0]}


def test_a_thermal_plant_does_not_refer_back_to_a_solar_station():
    # "газовой мини-ТЭЦ" keeps its adjective (the abbreviation's case is a guess), and the
    # bare "Мини-ТЭЦ" after it is that plant, not the solar station named last
    text = ("В Оше проект газовой мини-ТЭЦ отложен, а вместо него мэрия делает ставку на солнечную станцию.\n\n"
            "Мини-ТЭЦ мощностью 24 МВт в Оше должна была построить турецкая компания Aksa Enerji. "
            "Проект отложен на неопределенный срок.\n\n"
            "Солнечную электростанцию мощностью 50 МВт под Ошем планирует построить компания Masdar.")
    assert capacities(text, "2024-11-05") == {"газовая мини-ТЭЦ": [24.0],
                                              "Солнечная электростанция под Ошем": [50.0]}


def test_products_listed_in_a_name_are_one_plant_the_headline_names_by_one():
    # "аммиака, карбамида и метанола" stays whole in the name, so the headline's
    # "карбамидный завод" is that plant; the forum's town is not where it stands
    text = ("На инвестфоруме в Ташкенте подписано соглашение о карбамидном заводе\n\n"
            "ТАШКЕНТ, 5 мая. Главный документ форума – соглашение о строительстве в Навоийской области "
            "завода по производству аммиака, карбамида и метанола. Завод будет выпускать 500 тыс. тонн "
            "карбамида в год, стоимость проекта – 900 млн долларов.")
    (p,) = extract(text, published="2025-05-05").projects
    assert p.name == "завод по производству аммиака, карбамида и метанола"
    assert p.sector == "chemicals" and p.location.name == "Навоийская область"


def test_a_town_places_a_plant_better_than_the_shore_it_stands_on():
    text = ("На берегу Арала заработал содовый завод\n\n"
            "НУКУС, 3 мая. В городе Кунград открылся завод кальцинированной соды мощностью "
            "100 тыс. тонн в год.")
    assert project(text, "завод").location.name == "Кунград"


def test_a_bare_station_takes_the_name_of_the_one_told_in_passing_before():
    # the first sentence says nothing of the plant's stage, so no project starts there
    text = ("ХАБАРОВСК, 3 мая. Ремонтировать половину машин Зейской ГЭС после пожара бессмысленно: "
            "агрегаты № 1 и 2 придется заменить новыми, сообщил глава компании.\n\n"
            "Четыре других агрегата пострадали меньше. Станцию мощностью 1330 МВт планируют полностью "
            "восстановить к концу 2027 года.")
    assert capacities(text, "2025-05-03") == {"Зейская ГЭС": [1330.0]}


def test_a_quoted_name_set_off_by_commas_names_the_noun_before_it():
    # "Первая станция, «Ниньтхуан-1», ..." is the station called so, as without the commas
    text = ("В южной провинции Ниньтхуан будут построены две атомные электростанции общей мощностью "
            "4000 МВт.\n\nПервая станция, «Ниньтхуан-1», разместится в общине Фыокдинь. Она будет "
            "состоять из двух энергоблоков по 1000 МВт.")
    assert capacities(text, "2009-11-25").get("станция «Ниньтхуан-1»") == [2000.0]


def test_a_groups_adjectives_agree_with_the_noun_its_name_keeps():
    # the name's noun is in the singular; its adjectives are not left in the plural
    text = "В провинции Ниньтхуан будут построены две атомные электростанции общей мощностью 4000 МВт."
    names = [p.name for p in extract(text, published="2009-11-25").projects]
    assert names and all(not n.startswith("атомные электростанция") for n in names), names
    assert names[0].startswith("атомная электростанция"), names


def test_a_name_of_adjectives_alone_is_left_as_it_is():
    from newsfacts.extract.projects import _leading_adjectives_agree
    assert _leading_adjectives_agree("Новые горизонты") == "Новые горизонты"
    assert _leading_adjectives_agree("Зеленые") == "Зеленые"


@pytest.mark.parametrize("text, key, sector", [
    # a battery storage station, by its words
    ("Министерство энергетики сообщило о вводе системы накопления электроэнергии мощностью 150 МВт "
     "в Кургантепинском районе Андижанской области.", "накоплен", "power_grid"),
    # water works: a treatment works (told in the plural), a reservoir, a canal
    ("В Улан-Баторе продолжается строительство новых очистных сооружений стоимостью 300 млн долларов.",
     "очистные сооружения", "other"),
    ("Строительство водохранилища на реке Туул отложено из-за нехватки средств.", "водохранилище", "other"),
    ("Работы на магистральном канале в Шахритусском районе приостановлены.", "канал", "other"),
    # a dam with its station is a hydro project
    ("Первой начнут строить плотину Бхаша на реке Инд с ГЭС мощностью 4500 МВт.", "плотин", "hydro_power"),
])
def test_storage_and_water_works_are_objects(text, key, sector):
    assert project(text, key).sector == sector


def test_a_station_on_a_canal_is_the_project_not_the_canal():
    text = "На канале в Андижанской области запустили гидроэлектростанцию мощностью 6 МВт."
    assert [n for n in names(text) if "канал" in n.lower()] == [], names(text)


@pytest.mark.parametrize("text, word", [
    # a reservoir told as a landmark of a station
    ("Станция мощностью 30 МВт будет построена ниже Токтогульского водохранилища.", "токтогульск"),
    # storage that a station is fitted with is a part of it
    ("Ветровую электростанцию мощностью 300 МВт оснастят системой накопления энергии.", "систем"),
    ("Компания построит солнечную электростанцию мощностью 100 МВт с системой накопления энергии.", "систем"),
    # treatment works built with a plant are the plant's
    ("В результате будет построена теплоэлектростанция мощностью 24 МВт и очистные сооружения.", "очистн"),
])
def test_a_landmark_or_a_part_is_no_water_or_storage_project(text, word):
    assert not [n for n in names(text) if n.lower().startswith(word)], names(text)


def test_the_stations_a_line_runs_between_are_no_projects():
    text = ("Министерство предлагает построить железнодорожную линию Селихин — Ныш. Новая линия длиной около "
            "585 км начнется от станции Селихин на участке Комсомольск-на-Амуре — Советская Гавань и выйдет "
            "к станции Ныш в центральной части острова.")
    assert not [n for n in names(text) if n.lower().startswith("станци")], names(text)


def test_a_project_of_a_production_is_a_plant():
    text = ("Комитет утвердил проект производства синтетического природного газа из угля, который компания "
            "Datang построит в хошуне Кэшиктэн городского округа Чифэн.")
    assert project(text, "производств").location is not None


def test_a_station_with_storage_keeps_its_sector():
    text = "В Сайншанде построят солнечную электростанцию мощностью 100 МВт с системой накопления энергии."
    assert project(text, "солнечн").sector == "solar_power"


def test_a_companys_plant_in_a_place_is_a_project_and_another_companys_is_another():
    # a bare "завод" of a company named with its town starts a project; the
    # smelter another company rebuilds in the next sentence is not that plant
    text = ("В Кечкемете с 2012 года выпускает автомобили завод немецкой компании Mercedes-Benz, "
            "вложения в него превысили 800 млн евро. В Дьёре компания Audi завершила реконструкцию "
            "моторного завода.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 2, [p.name for p in got]
    first = next(p for p in got if p.location and p.location.name == "Кечкемет")
    assert [c.name for c in first.companies] == ["Mercedes-Benz"]


@pytest.mark.parametrize("text, name, sector", [
    ("В Петропавловске начали реконструкцию тепловых сетей стоимостью 9 млрд тенге.", "сет", "power_grid"),
    ("В Кокшетау построят газовую котельную тепловой мощностью 100 МВт.", "котельн", "gas_power"),
    ("Расширение курорта Шымбулак обойдется в 30 млрд тенге.", "курорт", "other"),
    ("Туркменистан запустит второй спутник связи за 60 млн долларов.", "спутник", "digital_telecom"),
])
def test_heat_networks_boiler_houses_resorts_and_satellites_are_projects(text, name, sector):
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 1 and name in got[0].name.lower() and got[0].sector == sector, \
        [(p.name, p.sector) for p in got]


@pytest.mark.parametrize("text", [
    "Курорт хотят построить в Иле-Алатауском национальном парке за 100 млрд тенге.",
    "Область поможет с подключением к электрическим сетям, а завод обойдется в 2 млрд долларов.",
])
def test_a_national_park_and_a_grid_connected_to_are_no_projects(text):
    got = [p.name for p in extract(text, published="2024-05-01").projects]
    assert not any("парк" in n or "сет" in n for n in got), got


def test_a_bare_plant_takes_the_description_told_in_passing_before_it():
    # the first sentence has no cue of a project; the bare "завод" with a
    # figure in the next is the refinery it described
    text = ("Нефтеперерабатывающий завод «Татнефти» в Нижнекамске возобновил переработку после ремонта. "
            "Сейчас завод мощностью 8 млн тонн в год постепенно наращивает загрузку.")
    got = names(text)
    assert len(got) == 1 and got[0].startswith("Нефтеперерабатывающий завод"), got


def test_plants_in_two_districts_stay_two_and_a_cluster_is_their_builder():
    text = ("Фабрику в Пешкунском районе Бухарской области возводит хлопково-текстильный кластер «Пешку Текстиль». "
            "Проект стоит 90 млн долларов. "
            "Швейная фабрика в Ромитанском районе должна была заработать в 2023 году, однако партнер вышел из проекта, "
            "и работы заморожены.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 2, [p.name for p in got]
    first, second = got
    assert [c.name for c in first.companies] == ["Пешку Текстиль"] and "кластер" not in first.name
    assert second.location.name == "Ромитанский район" and second.status == "shelved", (second.name, second.status)


def test_a_companys_own_plant_is_not_the_plant_before():
    text = ("Завод поликремния компании «Росатом» в Подольске мощностью 3 тыс. тонн в год законсервирован. "
            "Компания «Солнечный ветер» довела мощность своего завода в Чебоксарах до 500 МВт в год.")
    got = extract(text, published="2024-05-01").projects
    assert len(got) == 2, [p.name for p in got]
    assert [c.name for c in got[1].companies] == ["Солнечный ветер"], [c.name for c in got[1].companies]


def test_a_companys_own_programme_is_no_project():
    text = ("ПАО «РусГидро» не включило завершение строительства Загорской ГАЭС-2 в свою инвестиционную "
            "программу на 2016–2020 годы.")
    assert names(text, published="2016-04-12") == ["Загорская ГАЭС-2"], names(text, published="2016-04-12")


def test_a_plants_boiler_house_is_no_project_of_its_own():
    text = ("На Шымкентском НПЗ мощностью 6 млн тонн в год строят комплекс гидрокрекинга. "
            "Котельная будущего комплекса гидрокрекинга уже построена.")
    assert not any("котельн" in n.lower() for n in names(text)), names(text)
