"""Project matching on hand-built views: pairs that are one project and
pairs that must stay apart."""
from datetime import date

import pytest

from newsfacts.registry.match import (
    THRESHOLD, Match, ProjectView, best_match, blocking_keys, merge_views, score,
)


def view(name, sector=None, country=None, region=None, location=None, companies=(),
         capacities=(), investments=(), published=None):
    return ProjectView(name=name, sector=sector, country=country, region=region,
                       location=location, companies=frozenset(companies),
                       capacities=tuple(capacities), investments=tuple(investments),
                       published=published)


ATYRAU = dict(country="KZ", region="kz-atyrau-region", location="kz-atyrau-region")
ATYRAU_CITY = dict(country="KZ", region="kz-atyrau-region", location="kz-atyrau")
KMG, SK, SINOPEC = "kb:org-kmg", "kb:org-samruk-kazyna", "kb:org-sinopec"

SILLENO = view("проект Silleno", "petrochemicals", **ATYRAU, companies=[KMG, SINOPEC, SK],
               capacities=[(1.25e6, "t/yr")], investments=[(7.4e9, "USD")])
PE_DESCRIBED = view("завод по производству полиэтилена", "petrochemicals", **ATYRAU_CITY,
                    capacities=[(1250000.0, "t/yr")])
PE_ENGLISH = view("ГХК Polyethylene", "petrochemicals", **ATYRAU, companies=[KMG],
                  investments=[(7.0e9, "USD")])
PP = view("завод по производству полипропилена", "petrochemicals", **ATYRAU,
          companies=[SK, "org:kpi"], capacities=[(5e5, "t/yr")], investments=[(2.6e9, "USD")])
PP_KPI = view("интегрированный газохимический комплекс KPI", "petrochemicals", **ATYRAU,
              companies=[SK, KMG])

SAME = {
    "name vs description, capacity restated": (SILLENO, PE_DESCRIBED),
    "a plant under its acronym": (
        view("третий энергоблок Троицкой ГРЭС-2", "coal_power", "RU"),
        view("энергоблок № 3 ТГРЭС-2")),
    "English product word vs Russian": (PE_ENGLISH, PE_DESCRIBED),
    "project name vs English name, $7.4bn vs $7bn": (SILLENO, PE_ENGLISH),
    "a line named by its stops, with and without the middle one": (
        view("газопровод Бейнеу — Бозой — Шымкент", "oil_gas_midstream", "KZ", companies=["kb:org-qazaqgaz"]),
        view("магистральный газопровод Бейнеу — Шымкент", "oil_gas_midstream", "KZ",
             "kz-mangystau-region", "kz-beineu")),
    "a line's letter and its number": (
        view("линия D газопровода Туркменистан — Китай", "oil_gas_midstream", "TJ",
             capacities=[(3.0e10, "m3/yr")]),
        view("четвертая нитка газопровода Туркменистан — Китай", "oil_gas_midstream", "TJ",
             capacities=[(3.0e10, "m3/yr")])),
    "a project's own name across countries": (
        view("проект CASA-1000", "power_grid", "TJ", companies=["kb:org-barki-tojik"]),
        view("линия электропередачи CASA-1000", "power_grid", "KG")),
    "GW vs MW": (
        view("Камбаратинская ГЭС-1", "hydro_power", "KG", "kg-jalal-abad-region", "kg-jalal-abad-region",
             capacities=[(1.86, "GW")], investments=[(2.9e9, "USD")]),
        view("Камбаратинская ГЭС-1", "hydro_power", "KG", None, None,
             capacities=[(1860.0, "MW")], investments=[(3.0e9, "USD")])),
    "bare station, precise capacity": (
        view("станция", None, "KG", None, "токтогульский район", capacities=[(1860.0, "MW")]),
        view("Станция", None, "KG", "kg-naryn-region", "kg-naryn", capacities=[(1860.0, "MW")])),
    "place adjective name, same size": (
        view("Кольская ветроэлектростанция", "wind_power", "RU", "ru-murmansk-oblast", "ru-murmansk-oblast",
             companies=["org:энел россия"], capacities=[(201.0, "MW")], investments=[(2.73e8, "EUR")]),
        view("Кольская ВЭС", "wind_power", "RU", None, "арктика", capacities=[(201.0, "MW")])),
    "the country's nuclear plant, no more said": (
        view("АЭС", "nuclear", "UZ", companies=["kb:org-rosatom"]),
        view("атомная станция", "nuclear", "UZ", "uz-jizzakh-region", "uz-jizzakh-region")),
    "nuclear plant named and described": (
        view("АЭС Казахстана", "nuclear", "KZ", companies=["kb:org-rosatom"]),
        view("атомная электростанция", "nuclear", "KZ", "kz-almaty-region", "улькен",
             companies=["kb:org-rosatom"], capacities=[(2400.0, "MW")])),
    "quoted name with its number": (
        view("газопровод «Сила Сибири — 2»", "oil_gas_midstream", "RU", companies=["kb:org-gazprom"],
             capacities=[(5e10, "m3/yr")]),
        view("«Сила Сибири 2»", "oil_gas_midstream", "MN", companies=["kb:org-gazprom", "kb:org-cnpc"])),
    "cross-border railway, length revised": (
        view("железная дорога Китай — Кыргызстан — Узбекистан", "transport_logistics", None,
             capacities=[(520.0, "km")], investments=[(4.5e9, "USD")]),
        view("железная дорога Китай — Кыргызстан — Узбекистан (КУК)", "transport_logistics", "CN",
             capacities=[(532.0, "km")], investments=[(4.7e9, "USD")])),
    "a name spelt with Дж and with Ж": (
        view("золотой рудник Джамгыр в Таласской области", "mining_metals", "KG", investments=[(1.2e8, "USD")]),
        view("рудник Жамгыр", "mining_metals", "KG", investments=[(1.5e8, "USD")])),
    "one described plant, its product an aromatic": (
        view("установка по производству параксилола", "chemicals", "KZ", capacities=[(4.96e5, "t/yr")]),
        view("установка по производству параксилола", "chemicals", "KZ")),
    "a name in Latin and in Cyrillic letters": (
        view("проект Silleno", "petrochemicals", "KZ"),
        view("комплекс Силлено", "petrochemicals", "KZ", "kz-atyrau-region", "kz-atyrau-region")),
    "a place adjective in two cases": (
        view("Камбаратинская ГЭС-1", "hydro_power", "KG"),
        view("строительство Камбаратинской ГЭС-1", None, "KG", capacities=[(1860.0, "MW")])),
    "mine by product and proper name": (
        view("подземный рудник на медно-золотом месторождении Оюу Толгой", "mining_metals", "MN",
             companies=["kb:org-rio-tinto"], investments=[(7.2e9, "USD")]),
        view("медный рудник Оюу Толгой", "mining_metals", "MN", companies=["kb:org-rio-tinto"],
             investments=[(7.0e9, "USD")])),
    "Cyrillic and Latin mine name": (
        view("подземный рудник Оюу Толгой", "mining_metals", "MN"),
        view("Oyu Tolgoi underground mine", "mining_metals", "MN")),
    "refinery in barrels and tonnes": (
        view("нефтеперерабатывающий завод", "oil_refining", "MN", None, "алтанширээ",
             capacities=[(1.5e6, "t/yr")], investments=[(1.0e9, "USD")]),
        view("НПЗ в Дорноговь", "oil_refining", "MN", None, "алтанширээ",
             capacities=[(30000.0, "bbl/d")])),
    "a bridge across a border, placed at one end and then at the other": (
        view("автомобильный мост через Амур", "transport_logistics", "RU", "ru-amur-oblast",
             "ru-blagoveshchensk", capacities=[(1.08, "km")]),
        view("трансграничный мост Хэйхэ — Благовещенск", "transport_logistics", "CN", "cn-heilongjiang",
             "cn-heihe", capacities=[(1.08, "km")])),
}

DIFFERENT = {
    "a plant named after its village, beside one whose region begins alike": (
        merge_views([view("ГЭС «Шуахеви»", "hydro_power", "GE", location="аджарисцкали",
                          capacities=[(187.0, "MW")], investments=[(4e8, "USD")]),
                     view("Шуахевская ГЭС в Аджарии", "hydro_power", "GE", location="аджарисцкали",
                          capacities=[(187.0, "MW")])]),
        view("Коромхетская ГЭС", "hydro_power", "GE", location="аджарисцкали",
             capacities=[(150.0, "MW")], investments=[(3e8, "USD")])),
    "an acronym of another plant's name or number": (
        view("третий энергоблок Троицкой ГРЭС-2", "coal_power", "RU"),
        view("энергоблок № 3 ТГРЭС-1", "coal_power", "RU")),
    "an acronym of another initial": (
        view("третий энергоблок Троицкой ГРЭС-2", "coal_power", "RU"),
        view("энергоблок № 3 СГРЭС-2", "coal_power", "RU")),
    "polyethylene vs polypropylene, shared shareholder": (PE_DESCRIBED, PP),
    "project name vs neighbouring plant": (SILLENO, PP),
    "English PE name vs PP plant": (PE_ENGLISH, PP),
    "proper names differ, shared holding": (SILLENO, PP_KPI),
    "first vs second unit of one plant": (
        view("первый энергоблок Экибастузской ГРЭС-2", "coal_power", "KZ", "kz-pavlodar-region",
             "kz-pavlodar-region", companies=["kb:org-samruk-energy"], capacities=[(500.0, "MW")]),
        view("второй энергоблок Экибастузской ГРЭС-2", "coal_power", "KZ", "kz-pavlodar-region",
             "kz-pavlodar-region", companies=["kb:org-samruk-energy"], capacities=[(500.0, "MW")])),
    "ГЭС-1 vs ГЭС-2 of one cascade": (
        view("Камбаратинская ГЭС-1", "hydro_power", "KG", capacities=[(1860.0, "MW")]),
        view("Камбаратинская ГЭС-2", "hydro_power", "KG")),
    "a pipeline and its second string": (
        view("газопровод «Сила Сибири»", "oil_gas_midstream", "RU", companies=["kb:org-gazprom"],
             capacities=[(3.8e10, "m3/yr")]),
        view("газопровод «Сила Сибири — 2»", "oil_gas_midstream", "RU", companies=["kb:org-gazprom"],
             capacities=[(5e10, "m3/yr")])),
    "first and second nuclear plant of a country": (
        view("первая АЭС Казахстана", "nuclear", "KZ", companies=["kb:org-rosatom"]),
        view("вторая АЭС в стране", "nuclear", "KZ", companies=["kb:org-cnnc"])),
    "an expansion named by its numeral": (
        view("Актогай", "mining_metals", "KZ", "kz-abai-region", companies=["kb:org-kaz-minerals"]),
        view("Актогай II", "mining_metals", "KZ", "kz-abai-region", companies=["kb:org-kaz-minerals"])),
    "capacity three times off": (
        view("завод по производству полиэтилена", "petrochemicals", **ATYRAU, capacities=[(1.25e6, "t/yr")]),
        view("завод по производству полиэтилена", "petrochemicals", **ATYRAU, capacities=[(4.0e5, "t/yr")])),
    "same sector, other country": (
        view("солнечная электростанция", "solar_power", "UZ", "uz-samarkand-region", "uz-samarkand-region",
             companies=["kb:org-universal-energy"], capacities=[(100.0, "MW")]),
        view("солнечная электростанция", "solar_power", "KZ", "kz-zhambyl-region", "kz-zhambyl-region",
             companies=["kb:org-universal-energy"], capacities=[(100.0, "MW")])),
    "solar vs wind of one company in one region": (
        view("солнечная электростанция", "solar_power", "KZ", "kz-pavlodar-region", "kz-pavlodar-region",
             companies=["kb:org-china-power"], capacities=[(300.0, "MW")]),
        view("ветровая электростанция", "wind_power", "KZ", "kz-pavlodar-region", "kz-pavlodar-region",
             companies=["kb:org-china-power"], capacities=[(1000.0, "MW")])),
    "plant vs the field that feeds it": (
        view("газохимический комплекс", "petrochemicals", **ATYRAU),
        view("Тенгизское месторождение", "oil_gas_upstream", **ATYRAU)),
    "two regions of one country": (
        view("цементный завод", "construction_materials", "KZ", "kz-turkestan-region", "kz-turkestan-region"),
        view("цементный завод", "construction_materials", "KZ", "kz-karaganda-region", "kz-karaganda-region")),
    "copper vs gold mine of one company": (
        view("медный рудник", "mining_metals", "KZ", "kz-abai-region", companies=["kb:org-kaz-minerals"]),
        view("золотой рудник", "mining_metals", "KZ", "kz-abai-region", companies=["kb:org-kaz-minerals"])),
    "only sector and country in common": (
        view("солнечная электростанция", "solar_power", "UZ", companies=["kb:org-universal-energy"]),
        view("фотоэлектрическая станция", "solar_power", "UZ", "uz-jizzakh-region", "uz-jizzakh-region")),
    "two gas lines from one node, other ends": (
        view("магистральный газопровод Кумколь — Каракойын — Бейнеу", "oil_gas_midstream", "KZ",
             "kz-mangystau-region", "kz-beineu", companies=["kb:org-qazaqgaz"], capacities=[(1.0e10, "m3/yr")]),
        view("газопровод Бейнеу — Жанаозен", "oil_gas_midstream", "KZ", "kz-mangystau-region", "kz-beineu",
             companies=["kb:org-qazaqgaz"], capacities=[(1.0e10, "m3/yr")])),
    "a named line and its second string, same size and owner": (
        view("газопровод Бухара — Ташкент — Бишкек — Алматы", "oil_gas_midstream", "KZ",
             companies=["kb:org-qazaqgaz"], capacities=[(1.5e10, "m3/yr")], investments=[(2.0e9, "USD")]),
        view("вторая нитка газопровода Бухара — Ташкент — Бишкек — Алматы", "oil_gas_midstream", "KZ",
             companies=["kb:org-qazaqgaz"], capacities=[(1.5e10, "m3/yr")], investments=[(2.0e9, "USD")])),
    "two stations in one town on plots of one size, outputs near": (
        view("парогазовая электростанция", "gas_power", "UZ", "uz-syrdarya-region", "uz-shirin",
             companies=["kb:org-acwa-power"], capacities=[(1.0e7, "MWh/yr"), (55.0, "ha")]),
        view("парогазовая электростанция", "gas_power", "UZ", "uz-syrdarya-region", "uz-shirin",
             companies=["kb:org-edf"], capacities=[(1.2e7, "MWh/yr"), (55.0, "ha")])),
    "two power lines from one station, other ends (the stop told with its acronym)": (
        view("линия 500 кВ Экибастуз — Шульбинская ГЭС — Усть-Каменогорск", "power_grid", "KZ",
             companies=["kb:org-kegoc"], capacities=[(700.0, "km")]),
        view("линия 500 кВ Шульбинская ГЭС — Актогай — Талдыкорган", "power_grid", "KZ",
             companies=["kb:org-kegoc"], capacities=[(700.0, "km")])),
    "two lines of one owner and builder, other voltages": (
        view("линия электропередачи 500 кВ Душанбе", "power_grid", "TJ", companies=["org:tbea", "org:барки точик"]),
        view("линия 220 кВ Душанбе — Рудаки", "power_grid", "TJ", companies=["org:tbea", "org:барки точик"])),
    "two cement plants in regions of one country, one named after a town of the other": (
        view("цементный завод Шымкент", "construction_materials", "KZ", "kz-karaganda-region",
             "kz-karaganda-region", capacities=[(1.0e6, "t/yr")]),
        view("цементный завод", "construction_materials", "KZ", "kz-turkestan-region", "kz-turkestan-region",
             capacities=[(1.0e6, "t/yr")])),
    "second nuclear plant, other vendor": (
        merge_views([view("первая атомная электростанция", "nuclear", "KZ", "kz-almaty-region",
                          "kz-almaty-region", companies=["kb:org-rosatom"], capacities=[(2400.0, "MW")]),
                     view("АЭС Казахстана", "nuclear", "KZ", companies=["kb:org-rosatom"])]),
        view("вторая АЭС", "nuclear", "KZ", companies=["kb:org-cnnc"])),
}


@pytest.mark.parametrize("case", sorted(SAME))
def test_same_project(case):
    a, b = SAME[case]
    p, reason = score(a, b)
    assert p >= THRESHOLD, reason
    assert score(b, a)[0] == pytest.approx(p)  # symmetric
    assert blocking_keys(a) & blocking_keys(b)  # the store can find it
    m = best_match(a, [("x", b)])
    assert m is not None and m.target == "x" and m.reason


@pytest.mark.parametrize("case", sorted(DIFFERENT))
def test_different_projects(case):
    a, b = DIFFERENT[case]
    p, reason = score(a, b)
    assert p < THRESHOLD, reason
    assert best_match(a, [("x", b)]) is None


def test_reason_reads_like_a_sentence():
    p, reason = score(SILLENO, PE_ENGLISH)
    assert "same sector petrochemicals" in reason
    assert "Атырауская область" in reason
    assert "КазМунайГаз" in reason
    _, reason = score(PE_DESCRIBED, PP)
    assert "against:" in reason and "полиэтилен" in reason and "полипропилен" in reason


def test_best_match_picks_the_best_candidate():
    cands = [("pp", PP), ("pe", merge_views([SILLENO, PE_ENGLISH])), ("kpi", PP_KPI)]
    m = best_match(PE_DESCRIBED, cands)
    assert isinstance(m, Match) and m.target == "pe"
    assert 0.5 <= m.score <= 1.0
    assert best_match(PE_DESCRIBED, []) is None


def test_scores_are_calibrated_in_order():
    """More agreeing evidence, higher probability."""
    thin = score(view("завод", "petrochemicals", **ATYRAU), PE_DESCRIBED)[0]
    product = score(view("завод полиэтилена", "petrochemicals", **ATYRAU), PE_DESCRIBED)[0]
    figure = score(view("завод полиэтилена", "petrochemicals", **ATYRAU,
                        capacities=[(1.25e6, "t/yr")]), PE_DESCRIBED)[0]
    assert thin < product < figure
    assert thin < THRESHOLD <= product


def test_status_is_not_evidence():
    """A project reported as announced in 2019 and under construction in 2024
    is one project: the view carries no stage, only dates."""
    a = view("Камбаратинская ГЭС-1", "hydro_power", "KG", capacities=[(1860.0, "MW")],
             published=date(2019, 11, 14))
    b = view("Камбаратинская ГЭС-1", "hydro_power", "KG", capacities=[(1860.0, "MW")],
             published=date(2024, 10, 18))
    assert score(a, b)[0] > 0.9


# ------------------------------------------------------------------ merging

def test_merge_views_keeps_every_name_and_the_majority():
    merged = merge_views([SILLENO, PE_DESCRIBED, PE_ENGLISH])
    assert merged.name.split(" | ")[0] in {"проект Silleno", "завод по производству полиэтилена",
                                           "ГХК Polyethylene"}
    assert set(merged.name.split(" | ")) == {"проект Silleno", "завод по производству полиэтилена",
                                            "ГХК Polyethylene"}
    assert merged.sector == "petrochemicals" and merged.country == "KZ"
    assert merged.region == "kz-atyrau-region"
    assert merged.location == "kz-atyrau"  # the most specific place
    assert merged.companies == {KMG, SINOPEC, SK}
    assert (1.25e6, "t/yr") in merged.capacities
    assert {(7.4e9, "USD"), (7.0e9, "USD")} <= set(merged.investments)


def test_merge_views_drops_a_minority_that_contradicts():
    stray = view("завод по производству полипропилена", "petrochemicals", **ATYRAU,
                 capacities=[(5e5, "t/yr")], investments=[(2.6e9, "USD")])
    merged = merge_views([SILLENO, PE_DESCRIBED, PE_ENGLISH, stray])
    assert "полипропилена" not in merged.name
    assert (5e5, "t/yr") not in merged.capacities
    assert (2.6e9, "USD") not in merged.investments
    # so the neighbouring plant still does not join
    assert score(PP, merged)[0] < THRESHOLD


def test_merge_views_of_one_and_none():
    assert merge_views([SILLENO]) == SILLENO
    with pytest.raises(ValueError):
        merge_views([])


def test_merged_view_matches_what_each_member_matches():
    merged = merge_views([SILLENO, PE_ENGLISH])
    assert score(PE_DESCRIBED, merged)[0] >= THRESHOLD
    assert score(PP, merged)[0] < THRESHOLD


# ----------------------------------------------------------------- blocking

def test_blocking_keys_are_cheap_strings():
    keys = blocking_keys(SILLENO)
    assert "s:chem:KZ" in keys and "n:sile" in keys and f"c:{KMG}" in keys
    assert all(isinstance(k, str) for k in keys)
    # holding funds are in too many projects to be a key
    assert f"c:{SK}" not in keys


def test_every_matching_pair_shares_a_key():
    views = [v for pair in list(SAME.values()) + list(DIFFERENT.values()) for v in pair]
    for a in views:
        for b in views:
            if score(a, b)[0] >= THRESHOLD:
                assert blocking_keys(a) & blocking_keys(b), (a.name, b.name)


def test_capacity_buckets_meet_within_a_quarter():
    for x, y in [(1000.0, 1240.0), (1860.0, 1800.0), (5e10, 4.1e10), (1.0, 1.2)]:
        a = view("x", capacities=[(x, "MW")])
        b = view("y", capacities=[(y, "MW")])
        assert blocking_keys(a) & blocking_keys(b)


def test_a_place_in_both_names_counts_once_as_the_place():
    # "в городе Ширин" in both names, a town the gazetteer does not know:
    # it is where both are, not a name they share
    a = view("парогазовая электростанция в городе Ширин", "gas_power", "UZ", location="ширин",
             companies=["org:edf"], investments=[(1.2e9, "USD")])
    b = view("тепловая электростанция в городе Ширин", "gas_power", "UZ", location="ширин",
             companies=["kb:org-acwa-power"], investments=[(1.2e9, "USD")])
    _, reason = score(a, b)
    assert "name ширин" not in reason and "ширин" in reason


def test_two_known_developers_with_nothing_in_common_keep_neighbours_apart():
    # two gas plants of one town at one cost: ACWA Power's and EDF's
    acwa = view("тепловая электростанция", "gas_power", "UZ", location="ширин",
                companies=["kb:org-acwa-power"], capacities=[(1500.0, "MW")], investments=[(1.2e9, "USD")])
    edf = view("парогазовая электростанция", "gas_power", "UZ", location="ширин",
               companies=["kb:org-edf"], capacities=[(1600.0, "MW")], investments=[(1.2e9, "USD")])
    p, reason = score(acwa, edf)
    assert p < THRESHOLD, reason
    # a builder named in one report and an unknown operator in the other is no such sign
    other = view("парогазовая электростанция", "gas_power", "UZ", location="ширин",
                 companies=["org:acwa power sirdarya"], capacities=[(1500.0, "MW")], investments=[(1.2e9, "USD")])
    assert score(acwa, other)[0] >= THRESHOLD


def test_a_place_the_gazetteer_does_not_know_counts_once():
    # two plants in one town: the town is their place, not also a shared name
    a = view("парогазовая электростанция в городе Ширабад", "gas_power", country="UZ", location="Ширабад",
             investments=[(1.2e9, "USD")])
    b = view("тепловая электростанция в городе Ширабад", "gas_power", country="UZ", location="Ширабад",
             investments=[(1.2e9, "USD")])
    reasons = score(a, b)[1]
    assert "name place" not in reasons


def test_lines_named_by_countries_and_by_regions_are_not_told_apart_by_stops():
    a = view("газопровод Центральная Азия — Китай", "oil_gas_midstream", "TJ")
    b = view("газопровод Туркменистан — Китай", "oil_gas_midstream", "TJ")
    assert "other stops" not in score(a, b)[1]
    c = view("газопровод Бейнеу — Жанаозен", "oil_gas_midstream", "KZ")
    d = view("газопровод Бейнеу — Бозой — Шымкент", "oil_gas_midstream", "KZ")
    assert "other stops" in score(c, d)[1]


def test_a_line_to_a_region_may_be_the_line_to_a_town_in_it():
    # the stretch to Урумчи was first told as the second line to Синьцзян
    region = view("вторая железная дорога Ланьчжоу — Синьцзян", "transport_logistics", "CN")
    town = view("высокоскоростная магистраль Ланьчжоу — Урумчи", "transport_logistics", "CN")
    assert "other stops" not in score(region, town)[1]
    other = view("железная дорога Ланьчжоу — Чунцин", "transport_logistics", "CN")
    assert "other stops" in score(other, town)[1]


def test_a_name_made_from_the_other_ones_place_is_evidence():
    # "Поти" is a place the gazetteer may not know: the extractor keeps its stem
    described = view("глубоководный морской порт", "transport_logistics", "GE", location="потий",
                     companies=["org:потийская компания"])
    named = view("Потийский глубоководный порт", "transport_logistics", "GE",
                 companies=["org:потийская компания"])
    p, reason = score(described, named)
    assert "named after its place" in reason
    assert p >= THRESHOLD


def test_a_second_string_told_without_a_name_is_not_the_line_told_without_a_number():
    first = view("нефтепровод Сковородино — Мохэ — Дацин", "oil_gas_midstream", "CN",
                 capacities=[(15e6, "t/yr")])
    second = view("вторая нитка поставки российской нефти", "oil_gas_midstream", "CN",
                  capacities=[(15e6, "t/yr")])
    assert score(first, second)[0] < THRESHOLD


@pytest.mark.parametrize("first, second", [
    ("ЛЭП 500 кВ Экибастуз — Шульбинск", "вторая ЛЭП"),
    ("дата-центр в Алматы", "второй дата-центр"),
])
def test_a_second_line_or_data_centre_is_a_whole_object_of_its_own(first, second):
    # power lines and data centres count as whole objects like plants do:
    # "вторая ЛЭП" beside a line told without a number is another line
    from newsfacts.registry.evidence import evidence
    reasons = [r for _, r in evidence(view(first, country="KZ"), view(second, country="KZ"))]
    assert any(r.startswith("only one is the") for r in reasons), reasons


def test_a_name_number_counts_whole_plants_like_an_ordinal():
    first = view("солнечная электростанция «Бурное Солар-1»", "solar_power", "KZ", capacities=[(50, "MW")])
    second = view("вторая солнечная станция", "solar_power", "KZ", capacities=[(50, "MW")])
    assert score(first, second)[0] < THRESHOLD
    also_first = view("первая солнечная станция", "solar_power", "KZ", capacities=[(50, "MW")])
    assert score(first, also_first)[0] >= THRESHOLD


def test_a_plant_named_with_the_adjective_of_the_others_city_is_that_citys():
    named = view("Новоуренгойский газохимический комплекс", "petrochemicals", "RU")
    described = view("газохимический комплекс", "petrochemicals", "RU", location="ru-novy-urengoy")
    assert "named after its place" in score(named, described)[1]


def test_each_countrys_builder_of_a_cross_border_line_is_no_evidence_against():
    ru = view("нефтепровод в Китай", "oil_gas_midstream", "RU", companies=["kb:org-transneft"],
              capacities=[(15e6, "t/yr")])
    cn = view("нефтепровод Россия — Китай", "oil_gas_midstream", companies=["kb:org-cnpc"],
              capacities=[(15e6, "t/yr")])
    from newsfacts.registry.evidence import evidence
    against = [w for w, r in evidence(ru, cn) if r == "no company in common"]
    assert against and against[0] > -1.0, against  # weak, as for builders nobody knows


def test_a_plant_with_a_name_of_its_own_may_be_the_second_of_its_river():
    second = view("вторая гидроэлектростанция на Колыме", "hydro_power", location="колыма",
                  capacities=[(570, "MW")], companies=["org:колымаэнерго"])
    named = view("Усть-Среднеканская ГЭС на Колыме", "hydro_power", location="колыма",
                 capacities=[(570, "MW")], companies=["kb:org-rushydro"])
    assert score(second, named)[0] >= THRESHOLD, score(second, named)


def test_a_town_in_both_names_where_both_are_counts_once():
    from newsfacts.registry.evidence import evidence
    a = view("аммиачный завод в Кингисеппе", "chemicals", "RU", location="ru-kingisepp")
    b = view("карбамидный комплекс в Кингисеппе", "chemicals", "RU", location="ru-kingisepp")
    reasons = [r for _, r in evidence(a, b)]
    assert not any(r.startswith("name place") for r in reasons), reasons


@pytest.mark.parametrize("compound", ["золоторудное месторождение", "золотодобывающий рудник"])
def test_a_metal_joined_to_a_mining_word_names_the_metal(compound):
    described = view("золотой рудник под Орловкой", "mining_metals", "KG", location="талды-булак",
                     companies=["org:алтынкен"])
    named = view(compound + " Талды-Булак", "mining_metals", "KG", location="талды-булак",
                 companies=["org:кыргызалтын"])
    p, reason = score(described, named)
    assert "product золот" in reason and p >= THRESHOLD, reason
    copper = view("медеплавильный завод", "mining_metals", "KG", location="талды-булак")
    assert "products" in score(described, copper)[1]


def test_one_tonnage_of_two_products_is_no_sign_of_one_plant():
    # a paraxylene plant and an ethylene complex on one peninsula, both of
    # 800 thousand tonnes a year
    px = ProjectView(name="завод по выпуску параксилола на полуострове Гулэй", sector="petrochemicals",
                     country="CN", region=None, location=None, companies=frozenset(),
                     capacities=((800000.0, "t/yr"),), investments=(),
                     capacity_products=((800000.0, "t/yr", "параксилол"),))
    eth = ProjectView(name="нефтехимический комплекс на полуострове Гулэй", sector="petrochemicals",
                      country="CN", region=None, location=None, companies=frozenset(),
                      capacities=((800000.0, "t/yr"),), investments=(),
                      capacity_products=((800000.0, "t/yr", "этилен"),))
    p, reason = score(px, eth)
    assert p < THRESHOLD and "capacity" not in reason, reason
    # the peninsula is where both stand, not a name they share
    assert "name гулэй" not in reason, reason
    # the same tonnage of the same product still counts
    again = ProjectView(name="параксилольное производство", sector="petrochemicals", country="CN", region=None,
                        location=None, companies=frozenset(), capacities=((800000.0, "t/yr"),), investments=(),
                        capacity_products=((800000.0, "t/yr", "параксилол"),))
    assert "capacity" in score(px, again)[1]


def test_the_owner_named_in_one_name_is_no_other_name_of_the_object():
    # "комбинат «Норильского никеля»" beside "Быстринский комбинат" of the
    # same company: the quoted owner does not argue for two objects
    a = view("горно-обогатительный комбинат «Норильского никеля» в Забайкальском крае", "mining_metals", "RU")
    b = view("Быстринский горно-обогатительный комбинат", "mining_metals", "RU",
             companies=["kb:org-nornickel"])
    _, reason = score(a, b)
    assert "names " not in reason, reason
    c = view("Удоканский горно-обогатительный комбинат", "mining_metals", "RU")
    _, reason = score(c, b)
    assert "names " in reason, reason


def test_a_works_whose_name_runs_on_from_a_city_is_not_named_after_it():
    # "Бишкексельмаш" is a works in Бишкек, not "the Bishkek one"
    unit = view("газопоршневая установка на котельной «Бишкексельмаш»", "gas_power", "KG", location="kg-bishkek")
    station = view("парогазовая электростанция", "gas_power", "KG", location="kg-bishkek")
    assert "named after its place" not in score(unit, station)[1]
    named = view("Бишкекская парогазовая электростанция", "gas_power", "KG")
    assert "named after its place" in score(named, station)[1]


def test_metro_and_metropolitan_are_one_kind_of_object():
    a = view("линия метрополитена", "transport_logistics", "KZ", location="kz-almaty", investments=[(1.3e9, "USD")])
    b = view("линия метро в Алматы", "transport_logistics", "KZ", location="kz-almaty", investments=[(1.5e9, "USD")])
    assert "object метрополитен" in score(a, b)[1]
    assert score(a, b)[0] >= THRESHOLD


def test_a_unit_of_a_refinery_is_no_power_unit():
    # "блок" is a power unit in a power report; in a refinery's it is a unit
    # of the plant, so it is no object of another family than the plant's
    unit = view("установка каталитического крекинга", "oil_refining", "UZ", capacities=[(1.5e6, "t/yr")])
    refinery = view("нефтеперерабатывающий завод", "oil_refining", "UZ", capacities=[(1.5e6, "t/yr")])
    assert "objects" not in score(unit, refinery)[1]
    block = view("новый нефтеперерабатывающий блок", "oil_refining", "UZ")
    assert "objects" not in score(block, refinery)[1]
    power_unit = view("парогазовый блок", "gas_power", "UZ")
    assert "objects plant vs power" in score(refinery, power_unit)[1]


def test_the_number_of_a_site_is_not_the_objects_own():
    # a gas plant "на площадке ТЭЦ-2" is a plant told by its site: its
    # report without the site is no "unnumbered" other plant, the second
    # ТЭЦ is the same site, the first is another
    bishkek = dict(country="KG", location="kg-bishkek")
    on_site = view("парогазовая станция на площадке ТЭЦ-2", "gas_power", **bishkek, capacities=[(250, "MW")])
    bare = view("парогазовая станция", "gas_power", **bishkek, capacities=[(250, "MW")])
    assert score(on_site, bare)[0] >= THRESHOLD, score(on_site, bare)
    assert "same site number" in score(on_site, view("вторая ТЭЦ Бишкека", "coal_power", **bishkek))[1]
    first = view("ТЭЦ-1 Бишкека", "gas_power", **bishkek, capacities=[(250, "MW")])
    assert score(on_site, first)[0] < THRESHOLD, score(on_site, first)


def test_a_name_made_from_a_place_the_other_name_tells_is_a_shared_name():
    # the gazetteer knows no "Шахристанский перевал": one name says the
    # tunnel is under it, the other names the tunnel after it
    under = view("тоннель под Шахристанским перевалом на автодороге Душанбе — Худжанд — Чанак",
                 "transport_logistics", "TJ")
    named = view("Шахристанский тоннель", "transport_logistics", "TJ")
    p, reason = score(under, named)
    assert p >= THRESHOLD and "against: names" not in reason, reason


def test_a_plant_of_polymers_is_not_against_a_plant_of_polyethylene():
    # "полимер" is the kind polyethylene belongs to: neither for nor against;
    # polypropylene beside polyethylene still is against
    polymers = view("Иркутский завод полимеров", "petrochemicals", "RU", "ru-irkutsk-region",
                    capacities=[(6.5e5, "t/yr")])
    polyethylene = view("завод по выпуску полиэтилена", "petrochemicals", "RU", "ru-irkutsk-region",
                        capacities=[(6.5e5, "t/yr")])
    _, reason = score(polymers, polyethylene)
    assert "полимер vs" not in reason and "полиэтилен vs" not in reason
    _, reason = score(PE_DESCRIBED, PP)
    assert "полиэтилен vs полипропилен" in reason or "полипропилен vs полиэтилен" in reason


def test_two_quoted_names_sharing_a_word_are_two_objects():
    from newsfacts.registry.evidence import evidence
    blue = view("действующий газопровод «Голубой поток»", "oil_gas_midstream", "RU", companies=["kb:org-gazprom"])
    turkish = view("газопровод «Турецкий поток»", "oil_gas_midstream", "RU", companies=["kb:org-gazprom"])
    reasons = [r for _, r in evidence(blue, turkish)]
    assert any(r.startswith("names ") for r in reasons) and not any(r.startswith("own name") for r in reasons), reasons
    # ... but one quoted name told again with a number or inside a longer one is not
    second = view("газопровод «Сила Сибири — 2»", "oil_gas_midstream", "RU")
    first = view("газопровод «Сила Сибири»", "oil_gas_midstream", "RU")
    assert not any(r.startswith("names ") for _, r in evidence(first, second))
    # ... and places told around a name are no name of it
    a = view("каскад на Аварском Койсу после Ирганайской ГЭС", "hydro_power", "RU")
    b = view("гидроэлектростанция на реке Аварское Койсу у села Чалда", "hydro_power", "RU")
    assert not any(r.startswith("names ") for _, r in evidence(a, b))


def test_a_country_the_name_holds_weighs_against_another_country_as_a_region_would():
    from newsfacts.registry.evidence import evidence
    # a country told only by the article is often the partner's; one the name holds is not
    named = view("атомная электростанция Беларуси", "nuclear", "BY", location="островец")
    other = view("атомные электростанции", "nuclear", "VN", location="ниньтхуан")
    guessed = view("атомная электростанция", "nuclear", "BY", location="островец")
    weight = {r: w for w, r in evidence(named, other)}["different countries BY/VN"]
    assert weight <= -3.0
    assert {r: w for w, r in evidence(guessed, other)}["different countries BY/VN"] > weight
