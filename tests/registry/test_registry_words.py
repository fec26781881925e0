"""How the registry reads a project's name: places are places, object
abbreviations are objects, parts of the world are neither."""
from newsfacts.registry.words import read_name


def test_place_next_to_a_place_noun_is_a_place_not_a_name():
    info = read_name("электростанция в Ширабадском районе")
    assert not info.proper and info.places
    info = read_name("тепловая электростанция в поселке Талимарджан")
    assert not info.proper and info.places


def test_object_abbreviation_and_world_regions_are_not_names():
    info = read_name("стройка ЛЭП в Южную Азию")
    assert not info.proper
    assert "лэп" in info.objects


def test_a_name_stays_a_name():
    assert read_name("Талимарджанская ТЭС").proper


def test_a_place_of_several_words_is_one_place_and_an_adjective_tells_where_it_is_from():
    info = read_name("газохимический комплекс в Новом Уренгое Ямало-Ненецкого автономного округа")
    assert {"ru-novy-urengoy", "ru-yanao"} <= info.places and not info.proper, info
    assert "ru-novy-urengoy" in read_name("Новоуренгойский газохимический комплекс").made_from


def test_every_number_of_a_list_counts():
    assert read_name("третий и четвертый энергоблоки АЭС").ordinals == {("блок", 3), ("блок", 4)}
    assert read_name("энергоблоки № 3 и 4 АЭС").ordinals == {("блок", 3), ("блок", 4)}


def test_two_nouns_for_one_kind_of_plant_are_one_object():
    assert read_name("теплоэлектроцентраль").objects == read_name("ТЭЦ «Душанбе-2»").objects


def test_a_place_in_a_case_form_is_a_place_not_a_name():
    info = read_name("железная дорога в Туву")
    assert not info.proper and info.places


def test_a_long_name_with_one_other_vowel_is_the_same_name():
    from newsfacts.registry.words import same_proper
    assert same_proper("бозымчак", "бозумчак")  # Бозымчак / Бозумчак
    assert same_proper("тургусун", "тургусин")
    assert not same_proper("сарыбулак", "сарыбелек")  # two vowels: another name
    assert not same_proper("кумтор", "кумтер")  # too short to tell


def test_a_place_after_in_is_a_place_even_when_the_gazetteer_does_not_know_it():
    info = read_name("ГЭС в Аджарии")
    assert not info.proper and info.places, info
    assert read_name("ГЭС «Шуахеви»").proper  # a quoted name stays a name


def test_a_double_name_is_the_same_name_as_its_last_part():
    from newsfacts.registry.words import same_proper
    assert same_proper("мес-айнак", "айнак")  # Мес-Айнак / Айнак
    assert same_proper("бхаш", "диамер-бхаш")  # плотина Бхаша / Диамер-Бхаша
    assert not same_proper("мес-айнак", "мес")  # the first part is no name of its own
    assert not same_proper("кара-су", "су")  # too short to tell
