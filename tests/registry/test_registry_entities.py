"""Identity of people, companies and places across articles."""
import pytest

from newsfacts.registry.entities import abbreviation, entity_key, same_entity
from newsfacts.registry.people import parse_person


# ------------------------------------------------------------------ people

SAME_PEOPLE = [
    (["Токаев"], ["Касым-Жомарт Токаев"]),
    (["Касым-Жомарт Токаев", "Токаев"], ["Токаев"]),
    (["К. Токаев"], ["Касым-Жомарт Токаев"]),
    (["Токаев Касым-Жомарт Кемелевич"], ["Касым-Жомарт Токаев"]),
    (["Касым-Жомарт Кемелевич Токаев"], ["Токаев Касым-Жомарт"]),
    (["Си Цзиньпин"], ["Си"]),
    (["Си Цзиньпин"], ["Си Цзиньпин"]),
    (["Ухнаагийн Хурэлсух"], ["Хурэлсух"]),
    (["Владимир Путин"], ["Путин"]),
    (["Шавкат Мирзиёев"], ["Шавкат Мирзиеев"]),  # ё folded
    (["Ким Чен Ын"], ["Ким"]),
]

DIFFERENT_PEOPLE = [
    (["Алексей Миллер"], ["Михаил Миллер"]),
    (["Алексей Лихачев"], ["Алмасадам Саткалиев"]),
    (["Си Цзиньпин"], ["Цзиньпин"]),  # the given name alone is not the family name
    (["Ли Цян"], ["Ли Кэцян"]),  # one family name, two premiers
    (["А. Миллер"], ["Михаил Миллер"]),  # the initial contradicts
    (["Иван Петрович Сидоров"], ["Иван Сергеевич Сидоров"]),
    (["Нурсултан Назарбаев"], ["Касым-Жомарт Токаев"]),
]


@pytest.mark.parametrize("a,b", SAME_PEOPLE)
def test_same_person(a, b):
    assert same_entity("PER", a, b)
    assert same_entity("PER", b, a)


@pytest.mark.parametrize("a,b", DIFFERENT_PEOPLE)
def test_different_people(a, b):
    assert not same_entity("PER", a, b)
    assert not same_entity("PER", b, a)


def test_person_key_shares_the_surname_prefix():
    bare = entity_key("PER", "Токаев", None)
    full = entity_key("PER", "Касым-Жомарт Токаев", None, ["Токаев"])
    assert bare == "per:токаев/"
    assert full.startswith(bare) and full != bare
    assert entity_key("PER", "Алексей Миллер", None) != entity_key("PER", "Михаил Миллер", None)
    assert entity_key("PER", "Си Цзиньпин", None).startswith("per:си/")


@pytest.mark.parametrize("name,surname,first,patronymic", [
    ("Касым-Жомарт Токаев", "токаев", "касым-жомарт", ""),
    ("Токаев Касым-Жомарт Кемелевич", "токаев", "касым-жомарт", "кемелевич"),
    ("Владимир Владимирович Путин", "путин", "владимир", "владимирович"),
    ("Си Цзиньпин", "си", "цзиньпин", ""),
    ("Путин", "путин", "", ""),
])
def test_parse_person(name, surname, first, patronymic):
    p = parse_person(name)
    assert (p.surname, p.first, p.patronymic) == (surname, first, patronymic)


# --------------------------------------------------------------- companies

@pytest.mark.parametrize("name", [
    "CNPC", "China National Petroleum Corporation", "Китайская национальная нефтегазовая корпорация",
    "Китайская национальная нефтегазовая корпорация (CNPC)", "КННК",
])
def test_cnpc_is_one_company(name):
    assert entity_key("ORG", name, None) == "kb:org-cnpc"


def test_linked_id_wins():
    assert entity_key("ORG", "что угодно", "org-sinopec") == "kb:org-sinopec"


@pytest.mark.parametrize("name,key", [
    ("КазМунайГазу", "kb:org-kmg"),  # an oblique case
    ("Самрук-Казыне", "kb:org-samruk-kazyna"),
    ("Фонд Самрук-Казына", "kb:org-samruk-kazyna"),
    ("Росатома", "kb:org-rosatom"),
    ("Газпром нефть", "kb:org-gazprom-neft"),  # not Газпром
    ("АО «Самрук-Энерго»", "kb:org-samruk-energy"),
])
def test_company_keys_through_the_gazetteer(name, key):
    assert entity_key("ORG", name, None) == key


def test_unknown_company_keys_by_abbreviation():
    keys = {entity_key("ORG", n, None) for n in
            ("Банк развития Казахстана (БРК)", "БРК", "Банк развития Казахстана")}
    assert keys == {"org:брк"}
    assert entity_key("ORG", "Kazakhstan Petrochemical Industries (KPI)", None) == \
        entity_key("ORG", "KPI", None) == "org:kpi"
    assert entity_key("ORG", "Lummus Technology", None) == "org:lummus technology"


def test_abbreviation():
    assert abbreviation("Kazakhstan Petrochemical Industries") == "kpi"
    assert abbreviation("China National Chemical Engineering Corporation") == "cncec"
    assert abbreviation("Газпром") is None


SAME_ORGS = [
    (["CNPC"], ["China National Petroleum Corporation"]),
    (["Китайская национальная нефтегазовая корпорация"], ["CNPC"]),
    (["БРК"], ["Банк развития Казахстана"]),
    (["KPI"], ["Kazakhstan Petrochemical Industries"]),
    (["«Роснефть»"], ["Роснефть"]),
    (["ТОО «Mongol Refinery»"], ["Mongol Refinery"]),
]
DIFFERENT_ORGS = [
    (["Газпром"], ["Газпром нефть"]),
    (["CNPC"], ["Sinopec"]),
    (["KAZ Minerals"], ["ТОО KAZ Minerals Aktogay"]),
    (["Росатом"], ["Русатом Оверсиз"]),
]


@pytest.mark.parametrize("a,b", SAME_ORGS)
def test_same_org(a, b):
    assert same_entity("ORG", a, b) and same_entity("ORG", b, a)


@pytest.mark.parametrize("a,b", DIFFERENT_ORGS)
def test_different_orgs(a, b):
    assert not same_entity("ORG", a, b) and not same_entity("ORG", b, a)


# ------------------------------------------------------------------ places

def test_place_keys():
    assert entity_key("LOC", "Атырауская область", None) == entity_key("LOC", "Атырауской области", None)
    assert entity_key("LOC", "Атырау", None) != entity_key("LOC", "Атырауская область", None)
    assert entity_key("LOC", "Мангыстауская область", None) == entity_key("LOC", "Мангистауская область", None)


def test_same_place():
    assert same_entity("LOC", ["Алма-Ата"], ["Алматы"])
    assert not same_entity("LOC", ["Атырау"], ["Атырауская область"])
    assert same_entity("LOC", ["Улькен"], ["Улькена"])  # unknown to the gazetteer: by stems
    assert not same_entity("LOC", ["Улькен"], ["Курчатов"])


def test_abbreviation_with_or_without_generic_words():
    assert same_entity("ORG", ["CNCEC"], ["China National Chemical Engineering Corporation"])
    assert entity_key("ORG", "China National Chemical Engineering Corporation (CNCEC)", None) == \
        entity_key("ORG", "CNCEC", None) == entity_key("ORG", "China National Chemical Engineering Corporation", None)
