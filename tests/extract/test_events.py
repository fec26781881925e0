"""Event classes, on sentences written for these tests."""
from __future__ import annotations

import pytest

from newsfacts import extract


def events(text, published="2025-03-01"):
    return extract(text, published=published).events


def test_a_meeting_referred_back_to_is_not_a_new_event():
    text = ("Президент Узбекистана Шавкат Мирзиёев встретился в Ташкенте с главой Росатома Алексеем Лихачевым. "
            "После этой встречи Лихачев сообщил журналистам, что компания ЛУКОЙЛ расширит добычу газа.")
    evs = events(text)
    assert len(evs) == 1
    assert {p.name.replace("ё", "е") for p in evs[0].participants} >= {"Шавкат Мирзиеев", "Алексей Лихачев"}
    assert len(evs[0].evidence) == 2  # the later sentence is kept as its evidence


def test_two_meetings_stay_two():
    text = ("Президент Казахстана Касым-Жомарт Токаев встретился с председателем КНР Си Цзиньпином. "
            "Затем премьер-министр Олжас Бектенов провел встречу с главой Sinopec Ма Юншэном.")
    assert len(events(text)) == 2


def test_a_ceremony_of_two_leaders_is_a_meeting():
    text = ("Президент Казахстана Касым-Жомарт Токаев и президент Узбекистана Шавкат Мирзиёев "
            "в ходе торжественной церемонии дали старт строительству ГЭС на реке Пскем.")
    evs = events(text)
    assert len(evs) == 1 and evs[0].type == "meeting" and len(evs[0].participants) == 2


def test_a_ceremony_with_one_person_is_not_a_meeting():
    text = "Аким области Серик Шапкенов принял участие в церемонии открытия нового цеха."
    assert not events(text)


def test_guests_of_an_award_ceremony_did_not_meet():
    text = ("На церемонии вручения кинопремии выступили певец Иван Петров и актриса Анна Сидорова, "
            "а также губернатор Игорь Руденя.")
    assert not events(text)


def test_a_signing_with_the_company_just_named_has_two_sides():
    text = ("Дорогу построит компания «Азия Транзит». "
            "Соглашение с ней 5 марта подписал министр транспорта Тилек Токтогазиев.")
    evs = events(text)
    assert len(evs) == 1 and evs[0].type == "agreement"
    assert any("Азия Транзит" in p.name for p in evs[0].participants)


def test_the_signers_own_organisation_is_not_the_other_side():
    text = "Президент компании «Азия Транзит» Иван Петров сообщил, что подписал три контракта."
    assert not events(text)


def test_talks_and_a_signing_by_the_same_leaders_are_two_events():
    text = ("Президент Таджикистана Эмомали Рахмон и президент Узбекистана Шавкат Мирзиёев в четверг "
            "провели переговоры в Душанбе. По их итогам Рахмон и Мирзиёев подписали договор о "
            "союзнических отношениях.")
    assert sorted(e.type for e in events(text, "2022-06-02")) == ["agreement", "talks"]


def test_the_persons_who_signed_are_the_signings_participants():
    text = ("Компания ACWA Power и Министерство энергетики Узбекистана в среду подписали в Ташкенте "
            "соглашение о строительстве ветровой электростанции. Документы подписали министр "
            "энергетики Журабек Мирзамахмудов и председатель совета директоров ACWA Power "
            "Мохаммад Абунайян.")
    evs = events(text, "2023-03-15")
    assert len(evs) == 1, [(e.type, [p.name for p in e.participants]) for e in evs]
    assert {p.name for p in evs[0].participants} == {"Журабек Мирзамахмудов", "Мохаммад Абунайян"}
    assert evs[0].date == "2023-03-15" and evs[0].place.name == "Ташкент"


def test_an_agreement_concluded_is_a_signing_where_the_parties_are_not_the_plants_place():
    text = ("БИШКЕК, 3 марта. Кабинет министров Кыргызстана в четверг заключил с китайской компанией "
            "«Синьцзян Жунтай Стил» инвестиционное соглашение о строительстве завода в Кеминском районе.")
    evs = events(text, "2022-03-03")
    assert [e.type for e in evs] == ["agreement"]
    assert evs[0].place is None or evs[0].place.name == "Бишкек"


def test_a_profitable_investment_is_not_a_visit():
    text = ("Глава компании Игорь Сечин заявил, что покупка доли станет прибыльной инвестицией "
            "для акционеров «Роснефти».")
    assert [e for e in events(text) if e.type == "visit"] == []


def test_a_session_and_those_who_held_it_in_the_next_sentence():
    text = ("УЛАН-БАТОР, 17 марта. Заседание межправительственной комиссии прошло 15 марта в "
            "Улан-Баторе. Его провели министр природных ресурсов России Александр Козлов и министр "
            "иностранных дел Монголии Батмунхийн Батцэцэг. По итогам заседания они подписали протокол.")
    evs = events(text, "2023-03-17")
    kinds = sorted(e.type for e in evs)
    assert kinds == ["agreement", "meeting"], [(e.type, [p.name for p in e.participants]) for e in evs]
    for e in evs:
        assert {p.name for p in e.participants} == {"Александр Козлов", "Батмунхийн Батцэцэг"}
        assert e.date == "2023-03-15" and e.place is not None and e.place.name == "Улан-Батор"


def test_an_agreement_told_object_first_is_a_signing():
    text = ("Соглашение о программе модернизации дороги заключили ОАО «Российские железные дороги» "
            "и Министерство дорог и транспорта Монголии.")
    assert [e.type for e in events(text)] == ["agreement"]


def test_a_prime_ministers_title_does_not_bring_in_another_minister():
    text = ("Министр иностранных дел Монголии Батмунхийн Батцэцэг встретила делегацию. В четверг "
            "российского гостя Александра Козлова принял премьер-министр Монголии Лувсаннамсрайн Оюун-Эрдэнэ.")
    met = [e for e in events(text, "2023-03-17") if "Лувсаннамсрайн Оюун-Эрдэнэ" in {p.name for p in e.participants}]
    assert met and "Батмунхийн Батцэцэг" not in {p.name for p in met[0].participants}


def test_a_signing_in_the_leaders_presence_takes_the_date_of_their_talks():
    text = ("Президенты провели переговоры\n\n"
            "АСТАНА, 12 марта. Президент Казахстана Касым-Жомарт Токаев и президент Кыргызстана Садыр Жапаров "
            "во вторник провели переговоры в Астане. Они обсудили торговлю. Стороны говорили о воде. "
            "Лидеры вспомнили историю. Они обсудили транспорт. Речь шла и о туризме. Обсуждали образование. "
            "В присутствии президентов министр энергетики Казахстана Алмасадам Саткалиев и министр энергетики "
            "Кыргызстана Таалайбек Ибраев подписали соглашение о строительстве ГЭС.")
    signing = [e for e in extract(text, published="2024-03-12").events if e.type == "agreement"]
    assert signing and signing[0].date == "2024-03-12"


@pytest.mark.parametrize("text", [
    "Часть средств комбинат выделит из собственной прибыли, сообщил директор Анвар Расулов.",
    "По словам министра Баира Ганбата, проект включен в программу, которую правительство приняло в этом году.",
])
def test_words_that_only_look_like_events(text):
    assert extract(text, published="2024-05-01").events == []


def test_signatures_sealed_are_a_signing():
    text = "Документ в Астане скрепили подписями министр Алмасадам Саткалиев и глава компании Вольфганг Кропп."
    assert [e.type for e in extract(text, published="2024-05-01").events] == ["agreement"]


@pytest.mark.parametrize("text, who", [
    ("В понедельник аким Шымкента Габит Сыздыкбеков обсудил ход стройки с послом Китая Ли Хуэем.",
     {"Габит Сыздыкбеков", "Ли Хуэй"}),
    ("Проект накануне обсудили в Таразе аким области Ербол Карашукеев и глава компании Ержан Таласбаев.",
     {"Ербол Карашукеев", "Ержан Таласбаев"}),
])
def test_people_who_discuss_a_project_meet(text, who):
    evs = [e for e in events(text) if e.type == "meeting"]
    assert evs and {p.name for p in evs[0].participants} >= who, [(e.type, [p.name for p in e.participants]) for e in events(text)]


def test_the_day_before_the_news_and_todays_ceremony_are_dated():
    got = extract("Накануне вице-премьер Нурлан Ахметов обсудил в Ашхабаде поставки газа с представителями "
                  "японской JGC Holdings и корейской Hyundai Engineering.", published="2023-09-14").events
    assert got and got[0].date == "2023-09-13", got
    assert {"JGC Holdings", "Hyundai Engineering"} <= {p.name for p in got[0].participants}, got


def test_a_name_after_an_instrumental_title_is_in_the_nominative():
    got = extract("25 июля министр Рашад Набиев провел в Баку встречу с послом Турции в Азербайджане "
                  "Джахитом Багчы.", published="2023-07-26").events
    assert got and "Джахит Багчы" in {p.name for p in got[0].participants}, got


def test_the_head_of_state_is_the_president_told_before():
    text = ("ТАШКЕНТ, 5 марта. Президент Узбекистана Шавкат Мирзиёев принял делегацию компании ACWA Power.\n\n"
            "Вечером глава государства провел телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым.")
    calls = [e for e in events(text) if e.type == "call"]
    assert calls and {p.name.replace("ё", "е") for p in calls[0].participants} >= {"Шавкат Мирзиеев", "Касым-Жомарт Токаев"}, calls


def test_a_decree_signed_is_no_agreement_between_sides():
    text = ("Президент Узбекистана Шавкат Мирзиёев подписал постановление, разрешающее Министерству энергетики "
            "заключить контракт с компанией ACWA Power на строительство электростанции.")
    assert not [e for e in events(text) if e.type == "agreement"]


def test_the_same_day_is_the_day_told_before():
    text = ("ТАШКЕНТ, 5 марта. Президент Узбекистана Шавкат Мирзиёев принял делегацию компании ACWA Power.\n\n"
            "В тот же день глава государства провел телефонный разговор с президентом Казахстана "
            "Касым-Жомартом Токаевым.")
    calls = [e for e in events(text, published="2025-03-06") if e.type == "call"]
    assert calls and calls[0].date == "2025-03-05", calls


def test_a_president_receiving_a_company_head_is_a_meeting():
    # "принял" with the guest's title, not only "принял главу"
    text = ("АСТАНА, 4 марта. Президент Казахстана Касым-Жомарт Токаев принял председателя правления "
            "компании Eni Клаудио Дескальци.")
    evs = events(text)
    assert len(evs) == 1 and evs[0].type == "meeting"
    assert {p.name for p in evs[0].participants} == {"Касым-Жомарт Токаев", "Клаудио Дескальци"}


def test_taking_part_or_a_decision_is_no_meeting():
    assert not events("Аким области принял участие в открытии завода. Министр принял решение о проверке.")


def test_a_session_of_ones_own_government_is_no_meeting():
    assert not events("«Кольцо сделает снабжение надежнее», — заявил Садыр Жапаров на заседании Кабинета министров.")


def test_the_headline_meeting_with_a_company_is_the_body_meeting_with_its_head():
    text = ("Касым-Жомарт Токаев и Eni обсудили новый газохимический проект\n\n"
            "АСТАНА, 4 марта. Президент Казахстана Касым-Жомарт Токаев в среду принял в Акорде делегацию "
            "итальянской компании Eni во главе с ее главой Клаудио Дескальци.")
    evs = events(text)
    assert len(evs) == 1
    assert {"Касым-Жомарт Токаев", "Клаудио Дескальци"} <= {p.name for p in evs[0].participants}


def test_the_body_in_a_speakers_long_title_is_no_other_side_of_talks():
    # the title hangs on the body's own noun, not on its first word
    text = ("«Соглашение выгодно стране», — заявил председатель Государственного комитета промышленности "
            "и энергетики Бакыт Осмонов, который вел переговоры с кыргызской стороны.")
    events = extract(text, published="2023-04-03").events
    assert not [e for e in events if e.type == "talks"], [(e.type, [p.name for p in e.participants]) for e in events]


def test_talks_the_day_before_a_summit_are_their_own_event():
    text = ("В пятницу, 4 апреля, в Самарканде прошел саммит, в котором участвовали Шавкат Мирзиёев, "
            "Касым-Жомарт Токаев и Урсула фон дер Ляйен. "
            "Накануне, 3 апреля, Шавкат Мирзиёев провел переговоры с Урсулой фон дер Ляйен.")
    found = events(text, published="2025-04-05")
    assert sorted(str(e.date) for e in found) == ["2025-04-03", "2025-04-04"]


def test_who_went_round_with_the_visitor_takes_part_in_the_visit():
    text = ("Президент Татарстана Рустам Минниханов в среду посетил нефтехимический комплекс в Нижнекамске. "
            "Вместе с генеральным директором компании Айдаром Сабировым он осмотрел новые установки.")
    found = [e for e in events(text) if e.type == "visit"]
    assert len(found) == 1
    names = {p.name for p in found[0].participants}
    assert any("Минниханов" in n for n in names) and any("Сабиров" in n for n in names)


def test_a_raiss_title_holds_his_republic_not_the_place_of_the_visit():
    text = "Во вторник раис Татарстана Рустам Минниханов посетил Чувашию и осмотрел новый завод."
    found = [e for e in events(text) if e.type == "visit"]
    assert found and found[0].place is not None and found[0].place.name == "Чувашская Республика"


def test_a_signing_dated_to_an_earlier_year_is_background():
    text = ("Соглашение о строительстве ТЭЦ-5 было подписано в 2014 году с консорциумом, в который вошли "
            "Engie и Sojitz. Во вторник премьер-министр провел переговоры с представителями Engie и Sojitz.")
    got = extract(text, published="2020-01-15").events
    assert [e.type for e in got] == ["talks"]


def test_an_event_of_this_year_beside_an_older_one_is_kept():
    text = ("В 2019 году стороны подписали соглашение, а 3 марта 2026 года министры Мохсен Пакнежад "
            "и Сергей Цивилев встретились в Тегеране.")
    got = extract(text, published="2026-02-18").events
    assert len(got) == 1 and got[0].date == "2026-03-03"


def test_who_attended_the_session_just_told_is_no_meeting_of_their_own():
    text = ("Президент Казахстана Касым-Жомарт Токаев во вторник выступил в Астане на пленарном заседании "
            "Совета иностранных инвесторов. В заседании участвовали руководители крупных компаний, "
            "в том числе Shell, Eni и Chevron.")
    got = extract(text, published="2023-11-14").events
    assert len(got) == 1 and len(got[0].evidence) == 2


def _visit(text):
    found = [e for e in events(text) if e.type == "visit"]
    assert len(found) == 1, [(e.type, [p.name for p in e.participants]) for e in found]
    return found[0]


@pytest.mark.parametrize("text, names", [
    # an inspection is a visit; whom showed the site took part in it
    ("Губернатор Омской области Виталий Хоценко во вторник осмотрел новую котельную в Таре. "
     "Объект ему показал директор предприятия Андрей Волков.", {"Виталий Хоценко", "Андрей Волков"}),
    # a companion beside a second person of the sentence
    ("Глава Татарстана Рустам Минниханов во вторник посетил Елабугу, где вместе с директором "
     "завода Ильдаром Шарафутдиновым осмотрел новый цех.", {"Рустам Минниханов", "Ильдар Шарафутдинов"}),
])
def test_who_went_round_with_the_visitor(text, names):
    assert {p.name for p in _visit(text).participants} == names


def test_all_who_visited_in_the_plural_take_part():
    text = ("В среду комбинат посетили министр промышленности Монголии Ганболд Батцэцэг, председатель "
            "совета директоров Эрдэнэс Монголия Чимэд Хурэлбаатар и губернатор аймака Пурэв Батжаргал.")
    assert len(_visit(text).participants) == 3


def test_the_visitor_referred_to_by_his_title_went_round_with_a_companion():
    text = ("Министр энергетики Казахстана Алмасадам Саткалиев во вторник побывал с рабочей поездкой "
            "в Павлодарской области. В Экибастузе министр вместе с акимом области Асаином Байхановым "
            "осмотрел площадку новой ГРЭС.")
    names = [p.name for p in _visit(text).participants]
    assert names[0] == "Алмасадам Саткалиев" and len(names) == 2


def test_who_reported_to_the_visitor_a_few_sentences_on_took_part():
    text = ("Аким Жамбылской области Ербол Карашукеев побывал на стройке завода в Таразе. "
            "Завод рассчитан на 500 тыс. тонн цемента в год. Стоимость проекта составляет 40 млрд тенге. "
            "Генеральным подрядчиком выступает китайская компания. "
            "Директор предприятия Марат Сейтов доложил акиму, что монтаж оборудования завершен.")
    ev = _visit(text)
    assert {p.name for p in ev.participants} == {"Ербол Карашукеев", "Марат Сейтов"}
    assert ev.place is not None and ev.place.name == "Тараз"  # the plant's town is where he was


def test_a_visited_sites_quoted_name_is_not_the_place_of_the_visit():
    text = ("Губернатор Мурманской области Андрей Чибис в четверг побывал на строительной площадке "
            "морского порта «Лавна» на западном берегу Кольского залива.")
    ev = _visit(text)
    assert ev.place is not None and ev.place.name == "Кольский залив"


def test_companies_discussed_are_no_parties_to_a_meeting():
    text = "В правительстве обсудили новый прокатный стан БМЗ, ОАО «Нафтан» и аммиачный агрегат «Гродно Азота»."
    assert not events(text)


def test_a_meeting_word_in_quoted_speech_is_no_event():
    text = ("«Люди летят отсюда в Стамбул и Москву, а встречаем мы их в здании, которое помнит еще рейсы "
            "Аэрофлота», – сказал аким Шымкента Габит Сыздыкбеков.")
    assert not events(text)


def test_a_signing_after_a_name_with_unclosed_nested_quotes_is_an_event():
    text = ("АО «НК «Қазақстан темір жолы» (КТЖ) и группа AD Ports из Абу-Даби во вторник подписали в Астане "
            "соглашение о строительстве контейнерного хаба в порту Актау. Документ подписали заместитель "
            "председателя КТЖ Ерлан Кужахметов и глава AD Ports Халид аль-Хамели.")
    assert [e.type for e in events(text)] == ["agreement"]


def test_a_tour_of_sites_is_a_visit():
    text = "ТАРАЗ. Аким области Ерлан Карашукеев во вторник объехал стройки областного центра."
    got = extract(text, published="2024-05-01").events
    assert [(e.type, [p.name for p in e.participants]) for e in got] == [("visit", ["Ерлан Карашукеев"])]


def test_visits_counted_are_no_visit():
    text = "За прошлый сезон курорты приняли около 2 млн посещений, сообщил министр Ермек Маржикпаев."
    assert extract(text, published="2024-05-01").events == []


def test_a_signing_after_talks_is_an_agreement():
    text = ("По итогам переговоров Министерство энергетики Монголии подписало меморандум о сотрудничестве "
            "с Министерством энергетики Казахстана.")
    assert [e.type for e in extract(text, published="2024-05-01").events] == ["agreement"]
