"""Quote forms, on sentences written for these tests."""
from __future__ import annotations

from newsfacts import extract


def _speakers(text, published="2024-05-01"):
    """The speaker's name of each quote of `text`, None where none was found."""
    return [(q.speaker.name if q.speaker else None) for q in extract(text, published=published).quotes]


def test_po_slovam_is_a_reported_quote_with_its_speaker():
    f = extract("Министр энергетики Алмасадам Саткалиев посетил стройку.\n"
                "По словам министра, станция будет готова к зиме следующего года.")
    q = [q for q in f.quotes if "станция будет готова" in q.text]
    assert q and q[0].kind == "reported" and q[0].speaker.name == "Алмасадам Саткалиев"


def test_that_clause_is_a_statement_not_a_quote():
    f = extract("Глава компании Иван Сидоров отметил, что завод выйдет на полную мощность в мае.")
    assert not f.quotes
    assert f.statements and f.statements[0].speaker.name == "Иван Сидоров"
    assert f.statements[0].text.startswith("завод выйдет")


def test_paragraph_after_a_colon_line_is_the_persons_quote():
    text = ("Председатель правления Аскар Жумагалиев так оценил итоги года:\n\n"
            "Мы завершили строительство двух подстанций и начали прокладку новой линии.")
    f = extract(text)
    assert f.quotes and f.quotes[0].speaker.name == "Аскар Жумагалиев"
    assert f.quotes[0].text.startswith("Мы завершили")


def test_interview_turn_runs_over_paragraphs():
    text = ("Корреспондент беседует с министром Петром Ивановым.\n\n"
            "П.Иванов: Работы идут по графику.\n\n"
            "В следующем году мы запустим вторую очередь комбината.\n\n"
            "Корреспондент: А что с финансированием?")
    f = extract(text)
    q = [q for q in f.quotes if q.text.startswith("Работы идут")]
    assert q and "вторую очередь" in q[0].text and "финансированием" not in q[0].text


def test_without_a_speech_verb_the_speaker_is_the_person_before_the_colon():
    text = ("Позицию министра Ивана Петрова поддержал глава агентства Сергей Орлов: "
            "«Мы не видим причин откладывать строительство станции».")
    f = extract(text)
    assert f.quotes and f.quotes[0].speaker.name == "Сергей Орлов"


def test_a_term_in_quotes_is_not_a_quote():
    f = extract("Министр Иван Петров отметил, что проект называют «стройкой века».")
    assert not any(q.text == "стройкой века" for q in f.quotes)


def test_a_one_word_reply_with_its_speaker_is_a_quote():
    f = extract("«Начинайте», — ответил ему Владимир Путин.")
    assert f.quotes and f.quotes[0].text == "Начинайте"


def test_the_head_of_a_government_spoke_not_the_government():
    from newsfacts import extract
    text = ("Премьер-министр Казахстана Олжас Бектенов провел совещание. "
            "«Мы завершим дорогу в срок», — заключил глава казахстанского правительства.")
    qs = extract(text).quotes
    assert qs and (qs[0].speaker is None or "правительство" not in qs[0].speaker.name)


def test_he_after_a_quote_is_the_person_the_paragraph_spoke_of():
    text = ("«Завод даст стране собственную арматуру», — заявил министр экономики Данияр "
            "Амангельдиев после церемонии.\n\n"
            "Глава китайской компании Ван Цзюнь сообщил журналистам, что стройка начнется летом. "
            "«Мы выбрали этот район из-за железной дороги», — сказал он.")
    quotes = extract(text, published="2022-06-01").quotes
    last = [q for q in quotes if "железной дороги" in q.text]
    assert last and last[0].speaker is not None and last[0].speaker.name == "Ван Цзюнь"


def test_he_in_a_paragraph_of_quotes_is_the_last_speaker():
    text = ("«Работы идут по графику», — сказал министр энергетики Алишер Султанов. "
            "«Первый блок пустим весной», — добавил он.")
    assert _speakers(text, published="2022-06-01") == ["Алишер Султанов"] * 2


def test_po_ego_slovam_refers_to_the_speaker_just_quoted_not_the_last_one_found():
    text = ("«Рудник вернулся к народу», — заявил председатель комитета Камчибек Ташиев.\n\n"
            "По его словам, штат предприятия сокращать не планируется.\n\n"
            "Новый руководитель компании Тенгиз Болтурук сказал: «Эти деньги мы найдем сами».")
    quotes = extract(text, published="2022-04-04").quotes
    rep = [q for q in quotes if "штат предприятия" in q.text]
    assert rep and rep[0].speaker is not None and rep[0].speaker.name == "Камчибек Ташиев"


def test_po_ee_slovam_after_a_quote_attributed_by_title():
    text = ("Министр иностранных дел Монголии Батмунхийн Батцэцэг встретила гостя из Москвы "
            "Александра Козлова.\n\nМинистр иностранных дел Монголии отметила: «Россия остается "
            "нашим ключевым партнером».\n\nПо ее словам, товарооборот двух стран превысил 2 млрд долларов.")
    quotes = extract(text, published="2023-03-17").quotes
    rep = [q for q in quotes if "товарооборот" in q.text]
    assert rep and rep[0].speaker is not None and rep[0].speaker.name == "Батмунхийн Батцэцэг"


def test_speaker_after_a_quoted_company_name():
    text = ("Завод откроют весной. «Мы почти закончили монтаж», — сказал директор ТОО «Kokshe Cement» "
            "Ерлан Сапаров.")
    assert _speakers(text) == ["Ерлан Сапаров"]


def test_words_quoted_in_a_statement():
    text = ("Выпуск вырос на 5%. «Мы сохраним этот уровень», — приводятся в сообщении слова "
            "генерального директора компании Алишера Каримова.")
    assert _speakers(text) == ["Алишер Каримов"]


def test_a_title_with_a_nationality_means_that_countrys_holder():
    text = ("Президент Казахстана Касым-Жомарт Токаев и президент Узбекистана Шавкат Мирзиёев провели переговоры. "
            "В присутствии президентов министр энергетики Казахстана Алмасадам Саткалиев подписал соглашение. "
            "«Мы откроем новый маршрут», — подчеркнул узбекский президент.")
    assert [s.replace("ё", "е") for s in _speakers(text)] == ["Шавкат Мирзиеев"]


def _quotes(text, published="2024-05-01"):
    return [(q.speaker.name if q.speaker else None, q.text) for q in extract(text, published=published).quotes]


def test_a_headline_in_a_speakers_name_is_no_interview_running_over_the_article():
    text = ("Саносян: линию до Ирана достроят в 2025 году\n\n"
            "ЕРЕВАН, 12 ноября. Министр Гнел Саносян рассказал о ходе работ.\n\n"
            "«Мы прошли самые сложные горные участки», — сказал Саносян.")
    got = _quotes(text)
    assert ("Гнел Саносян", "Мы прошли самые сложные горные участки") in got, got
    assert not any("ЕРЕВАН" in t for _, t in got), got


def test_a_speaker_and_a_colon_before_a_quote_is_no_interview_turn():
    text = ("Президент Ильхам Алиев принял делегацию компании.\n\n"
            "Алиев отметил: «Новые месторождения позволяют обеспечить внутренний рынок».\n\n"
            "«Мы готовы расширять присутствие», — сказал глава компании Патрик Пуянне.")
    got = _quotes(text)
    assert ("Патрик Пуянне", "Мы готовы расширять присутствие") in got, got
    assert ("Ильхам Алиев", "Новые месторождения позволяют обеспечить внутренний рынок") in got, got


def test_a_quote_said_in_parts_around_its_attribution_is_one_quote_without_it():
    text = ("Фермер Нурлан Абдыкеримов приехал на завод.\n\n"
            "«Свеклу сдаем по пять сомов, — рассказал Нурлан Абдыкеримов. — Возить далеко, половина "
            "выручки уходит на транспорт».")
    got = _quotes(text)
    assert got == [("Нурлан Абдыкеримов", "Свеклу сдаем по пять сомов. Возить далеко, половина выручки "
                                          "уходит на транспорт")], got


def test_a_quote_running_over_paragraphs_is_one_quote_of_the_speaker_named_before_it():
    text = ("Аналитик Мария Лосева считает, что перемычка нужна рынку: «Без нее Приморье столкнется "
            "с дефицитом газа.\n\n"
            "«Вторая задача — дать газ новым электростанциям края».")
    got = _quotes(text)
    assert len(got) == 1 and got[0][0] == "Мария Лосева", got
    assert got[0][1].startswith("Без нее Приморье") and got[0][1].endswith("новым электростанциям края"), got


def test_a_title_opening_the_sentence_is_the_holder_named_before():
    text = ("Хоким области Шухрат Ганиев осмотрел новый текстильный комбинат.\n\n"
            "Хоким отметил: «Через год здесь будут работать две тысячи человек».")
    assert _speakers(text) == ["Шухрат Ганиев"]


def test_a_surname_with_a_particle_is_a_speaker():
    text = ("Порт Хорфаккан получит новый причал.\n\n"
            "«Мы удвоим перевалку за три года», — заявил аль-Мазруи.")
    assert _speakers(text) == ["аль-Мазруи"]


def test_he_after_po_slovam_is_that_person_not_the_speaker_quoted_before():
    text = ("Форум прошел в Караколе.\n\n"
            "«Мы ждем новых инвесторов», — сказал аким района Талант Бекешов.\n\n"
            "По словам Айбека Осмонова, за год в район пришло 40 млн долларов. Он заявил: "
            "«Каждый подписанный здесь договор будет исполнен»."
            )
    assert _speakers(text)[-1] == "Айбек Осмонов"


def test_the_head_of_the_company_is_its_chief_not_the_president_he_met():
    text = ("Встреча в Кремле\n\n"
            "Главный исполнительный директор \"Роснефти\" Игорь Сечин во вторник на встрече с президентом "
            "Владимиром Путиным рассказал о новом нефтепроводе.\n\n"
            "\"Мы уложили первые двести километров трубы\", - сказал глава компании.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Игорь Сечин"]


def test_a_leader_named_by_his_country_is_its_president():
    text = ("Переговоры в Ашхабаде\n\n"
            "Президент Туркменистана Гурбангулы Бердымухамедов принял в Ашхабаде президента Азербайджана "
            "Ильхама Алиева.\n\n"
            "«Каспий должен соединять наши страны», – подчеркнул туркменский лидер.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Гурбангулы Бердымухамедов"]
