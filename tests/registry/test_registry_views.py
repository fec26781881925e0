"""Views built from tiny extractor outputs (Facts.to_dict() shapes), and
the whole way from two articles' projects to one registry project."""
from datetime import date

from newsfacts.registry.match import THRESHOLD, best_match, merge_views, project_view, score


def ent(id, type, name, kb_id=None, country=None, aliases=()):
    return {"id": id, "type": type, "name": name, "aliases": list(aliases), "kb_id": kb_id,
            "country": country, "mentions": [], "confidence": 0.8}


def ref(name, id=None):
    return {"name": name, "id": id, "aliases": []}


def proj(name, sector="petrochemicals", status="announced", location=None, companies=(),
         capacity=(), investment=(), jobs=None):
    return {"id": "p1", "name": name, "sector": sector, "status": status, "location": location,
            "companies": list(companies), "capacity": [{"value": v, "unit": u} for v, u in capacity],
            "investment": [{"amount": a, "currency": c} for a, c in investment], "jobs": jobs,
            "evidence": [], "confidence": 0.8}


ATYRAU_ENTS = [
    ent("e1", "LOC", "Атырауская область", "kz-atyrau-region", "KZ"),
    ent("e2", "LOC", "Атырау", "kz-atyrau", "KZ"),
    ent("e3", "ORG", "КазМунайГаз", "org-kmg", "KZ"),
    ent("e4", "ORG", "Самрук-Казына", "org-samruk-kazyna", "KZ"),
    ent("e5", "ORG", "Kazakhstan Petrochemical Industries (KPI)"),
    ent("e6", "LOC", "Казахстан", "kz", "KZ"),
    ent("e7", "ORG", "Правительство Казахстана"),
    ent("e8", "ORG", "кВт·ч"),
]


def test_city_gives_region_and_country():
    v = project_view(proj("завод по производству полиэтилена", location=ref("Атырау", "e2")),
                     ATYRAU_ENTS, date(2025, 4, 22))
    assert (v.country, v.region, v.location) == ("KZ", "kz-atyrau-region", "kz-atyrau")
    assert v.published == date(2025, 4, 22)


def test_region_is_its_own_location_and_country_gives_only_country():
    v = project_view(proj("x", location=ref("Атырауская область", "e1")), ATYRAU_ENTS, None)
    assert (v.country, v.region, v.location) == ("KZ", "kz-atyrau-region", "kz-atyrau-region")
    v = project_view(proj("x", location=ref("Казахстан", "e6")), ATYRAU_ENTS, None)
    assert (v.country, v.region, v.location) == ("KZ", None, None)


def test_unlinked_place_takes_the_country_of_the_articles_places():
    ents = [ent("e1", "LOC", "Улькен"), ent("e2", "LOC", "Алматинская область", "kz-almaty-region", "KZ"),
            ent("e3", "LOC", "Балхаш", "kz-balkhash", "KZ"), ent("e4", "LOC", "Россия", "ru", "RU")]
    v = project_view(proj("АЭС", "nuclear", location=ref("Улькен", "e1")), ents, None)
    assert v.country == "KZ" and v.location == "улькен" and v.region is None


def test_no_country_when_the_article_is_about_two():
    ents = [ent("e1", "LOC", "Пекин", "cn-beijing", "CN"), ent("e2", "LOC", "Атырау", "kz-atyrau", "KZ")]
    assert project_view(proj("завод"), ents, None).country is None


def test_the_one_country_a_name_holds_is_the_projects():
    # the partners' countries (Russia builds it) and a town the gazetteer
    # does not know leave the article's country open; the name says it
    ents = [ent("e1", "LOC", "Островец"), ent("e2", "LOC", "Москва", "ru-moscow", "RU"),
            ent("e3", "LOC", "Минск", "by-minsk", "BY"), ent("e4", "LOC", "Беларусь", "by", "BY")]
    v = project_view(proj("атомная электростанция Беларуси", "nuclear", location=ref("Островец", "e1")), ents, None)
    assert v.country == "BY"
    # a route between two countries names no one of them
    for route in ("газопровод Россия — Турция", "линия D газопровода Центральная Азия — Китай"):
        assert project_view(proj(route, "oil_gas_midstream"), ents, None).country is None


def test_place_unlinked_by_the_extractor_is_looked_up():
    v = project_view(proj("x", location=ref("Атырауской области")), [], None)
    assert v.region == "kz-atyrau-region" and v.country == "KZ"


def test_companies_become_entity_keys():
    p = proj("x", companies=[ref("КазМунайГаз", "e3"), ref("Kazakhstan Petrochemical Industries (KPI)", "e5"),
                             ref("Правительство Казахстана", "e7"), ref("кВт·ч", "e8"),
                             ref("Китайская национальная нефтегазовая корпорация (CNPC)")])
    v = project_view(p, ATYRAU_ENTS, None)
    assert v.companies == {"kb:org-kmg", "org:kpi", "kb:org-cnpc"}


def test_figures_sector_and_single_investment_object():
    p = proj("x", sector="other", capacity=[(1250000.0, "t/yr")])
    p["investment"] = {"amount": 7.4e9, "currency": "USD"}  # FORMAT.md allows one object
    v = project_view(p, [], "2021-03-15")
    assert v.sector is None
    assert v.capacities == ((1250000.0, "t/yr"),)
    assert v.investments == ((7.4e9, "USD"),)
    assert v.published == date(2021, 3, 15)


def test_two_articles_years_apart_make_one_project_and_the_neighbour_stays_apart():
    a2019 = project_view(
        proj("газохимический комплекс по выпуску полиэтилена", status="announced",
             location=ref("Атырауская область", "e1"), companies=[ref("Kazakhstan Petrochemical Industries (KPI)", "e5")],
             capacity=[(1250000.0, "t/yr")]),
        ATYRAU_ENTS, date(2019, 10, 8))
    a2023 = project_view(
        proj("проект Silleno", status="pre-construction", location=ref("Атырауская область", "e1"),
             companies=[ref("КазМунайГаз", "e3"), ref("Самрук-Казына", "e4")],
             capacity=[(1.25e6, "t/yr")], investment=[(7.0e9, "USD")]),
        ATYRAU_ENTS, date(2023, 9, 19))
    a2025 = project_view(
        proj("завод по производству полиэтилена", status="construction", location=ref("Атырау", "e2"),
             companies=[ref("КазМунайГаз", "e3")], capacity=[(1250.0e3, "t/yr")],
             investment=[(7.4e9, "USD")]),
        ATYRAU_ENTS, date(2025, 4, 22))
    pp = project_view(
        proj("завод полипропилена", status="operating", location=ref("Атырауская область", "e1"),
             companies=[ref("Kazakhstan Petrochemical Industries (KPI)", "e5"), ref("Самрук-Казына", "e4")],
             capacity=[(500000.0, "t/yr")], investment=[(2.6e9, "USD")]),
        ATYRAU_ENTS, date(2024, 6, 11))

    registry: dict[str, list] = {}
    for v in (a2019, a2023, pp, a2025):  # date order
        m = best_match(v, [(k, merge_views(vs)) for k, vs in registry.items()])
        if m is None:
            registry[f"R{len(registry) + 1}"] = [v]
        else:
            registry[m.target].append(v)
    assert sorted(len(vs) for vs in registry.values()) == [1, 3]
    pe = next(vs for vs in registry.values() if len(vs) == 3)
    assert pp not in pe
    assert score(pp, merge_views(pe))[0] < THRESHOLD


def test_odd_input_gives_an_empty_view_not_an_error():
    v = project_view({"name": "завод"}, [], None)
    assert v.name == "завод" and v.companies == frozenset() and v.capacities == ()
    v = project_view({"name": None, "location": "Атырау", "companies": ["Sinopec", None],
                      "capacity": [{"value": "много", "unit": "MW"}, {"value": 0, "unit": "MW"},
                                   {"value": 100, "unit": None}, None],
                      "investment": {"amount": None, "currency": "USD"}}, None, "не дата")
    assert v.name == "" and v.location == "kz-atyrau" and v.capacities == () and v.investments == ()
    assert v.published is None
    assert v.companies == {"kb:org-sinopec"}  # a REF may be a plain name


def test_a_place_in_the_name_stands_in_for_a_missing_location():
    v = project_view(proj("ТЭЦ Бишкека", "coal_power"), [], None)
    assert (v.country, v.location) == ("KG", "kg-bishkek")
    v = project_view(proj("интегрированный газохимический комплекс в Атырауской области",
                          location=ref("Казахстан", "e6")), ATYRAU_ENTS, None)
    assert v.region == "kz-atyrau-region"
    # the extractor's place stays
    v = project_view(proj("ТЭЦ Бишкека", location=ref("Атырау", "e2")), ATYRAU_ENTS, None)
    assert v.location == "kz-atyrau"
    # two places in the name: no guess
    v = project_view(proj("дорога Бишкек — Нарын"), [], None)
    assert v.location is None
