"""Sentence splitting of the Natasha adapter, on sentences written for these tests."""
from __future__ import annotations

from newsfacts.annotate import annotate


def sentences(text):
    return [s.text for s in annotate(text).sents]


def test_a_unit_after_an_abbreviated_thousand_stays_in_its_sentence():
    # razdel alone ends the sentence after "тыс." when "кВт" follows
    assert sentences("Мощность станции — 220 тыс. кВт. Ее построили иранцы.") == [
        "Мощность станции — 220 тыс. кВт.", "Ее построили иранцы."]


def test_a_line_break_still_ends_a_sentence():
    assert sentences("Завод на 5 тыс.\nкВт не потянет") == ["Завод на 5 тыс.", "кВт не потянет"]


def test_offsets_point_at_the_text():
    text = "Планируется 300 тыс. кВт мощности. Затем еще 100 млн. долларов вложений."
    for s in annotate(text).sents:
        assert text[s.start:s.stop] == s.text


def test_a_sentence_ends_after_kilowatt_hours():
    # razdel reads "ч." as an abbreviation and runs on into the next sentence
    assert sentences("ГЭС выработала 0,9 млрд кВт·ч. Станция мощностью 220 МВт стоит на Вахше.") == [
        "ГЭС выработала 0,9 млрд кВт·ч.", "Станция мощностью 220 МВт стоит на Вахше."]


def test_a_sentence_ends_after_a_models_letter_but_not_after_initials():
    # razdel takes the "С" of "КЛТ-40С." for an initial
    assert sentences("Станция оснащена реакторами КЛТ-40С. Плавучий энергоблок построили в Петербурге.") == [
        "Станция оснащена реакторами КЛТ-40С.", "Плавучий энергоблок построили в Петербурге."]
    assert len(sentences("Проект возглавил А. С. Петров.")) == 1


def phrase(text, first, n):
    """The dictionary form of the n tokens from the word `first` on."""
    from newsfacts.annotate import normalize_phrase
    tokens = annotate(text).sents[0].tokens
    start = next(i for i, t in enumerate(tokens) if t.text == first)
    return normalize_phrase(tokens[start:start + n])


def test_a_word_the_parser_hangs_outside_the_phrase_keeps_its_case():
    # the parser hangs "напряжением" on the verb, which made it a second
    # head to put in the nominative
    text = ("Правительство разрешило министерству заключить контракт с турецкой компанией "
            "на строительство линии электропередачи напряжением 500 кВ Балкан — Дашогуз.")
    assert phrase(text, "линии", 8) == "линия электропередачи напряжением 500 кВ Балкан — Дашогуз"


def test_an_adjective_hung_on_a_noun_of_another_case_agrees_with_its_own():
    # "проекту Транскаспийской волоконно-оптической линии": the parser may
    # hang the genitive adjective on the dative "проекту", whose nominative
    # it then took, while its own noun kept the genitive
    from dataclasses import replace

    from newsfacts.annotate import normalize_phrase
    tokens = annotate("Работы идут по проекту Транскаспийской волоконно-оптической линии связи.").sents[0].tokens
    i = next(i for i, t in enumerate(tokens) if t.text == "проекту")
    part = tokens[i:i + 5]
    part[1] = replace(part[1], head_id=part[0].id)
    assert normalize_phrase(part) == "проект Транскаспийской волоконно-оптической линии связи"


def test_an_adjective_taken_for_the_root_agrees_with_its_noun():
    # the parser makes the adjective the verb's subject and hangs the noun
    # on it: the noun stayed in the accusative
    text = "Ветровую стройку на юге Казахстана поставили на паузу"
    assert phrase(text, "Ветровую", 5) == "Ветровая стройка на юге Казахстана"


def test_adjectives_the_tagger_misreads_agree_with_their_noun():
    # the tagger reads "полувековую" as a noun and "Якутскую" as instrumental:
    # the dictionary's reading of the noun's gender and number puts them right
    text = "Новая станция заменит полувековую Якутскую ГРЭС."
    assert phrase(text, "полувековую", 3) == "полувековая Якутская ГРЭС"


def test_a_noun_the_tagger_takes_for_an_adjective_keeps_its_case():
    # "анодов" comes as an adjective: inflected with the head, it dragged its
    # own participle into the nominative ("производство обожженные анодов")
    text = "На комбинате запустили производство обожженных анодов мощностью 136 тыс. тонн."
    assert phrase(text, "производство", 3) == "производство обожженных анодов"


def test_words_hung_on_each_other_leave_the_rest_of_the_phrase_in_its_case():
    # the parser hangs "Бозшакольский" on "ГОК" and "ГОК" on it: with no
    # root every word was put in the nominative ("в Павлодарская область")
    text = "Бозшакольский ГОК в Павлодарской области работает с 2016 года."
    assert phrase(text, "Бозшакольский", 5) == "Бозшакольский ГОК в Павлодарской области"


def test_a_name_adjective_read_as_a_surname_agrees_with_its_noun():
    # the tagger reads "Кадамжайского" as a surname and the parser makes it
    # the root: the noun after it stayed in the genitive
    text = "Власти хотят возобновить работу Кадамжайского сурьмяного комбината в Баткенской области."
    assert phrase(text, "Кадамжайского", 6) == "Кадамжайский сурьмяный комбинат в Баткенской области"


def test_a_place_adjective_taken_for_a_proper_noun_modifies_its_noun():
    # the tagger reads "Актюбинскую" as a proper noun, the verb's object, and
    # NER as a person; it is an adjective of "электростанцию"
    doc = annotate("Министр осмотрел Актюбинскую газотурбинную электростанцию мощностью 120 МВт.")
    tokens = {t.text: t for t in doc.sents[0].tokens}
    adjective, noun = tokens["Актюбинскую"], tokens["электростанцию"]
    assert adjective.pos == "ADJ" and adjective.head_id == noun.id
    assert not any(s.type == "PER" for s in doc.spans)


def test_a_surname_in_a_full_name_stays_a_name():
    doc = annotate("Депутат Ирина Покровская посетила школу в Омске.")
    assert any(s.type == "PER" and "Покровская" in s.text for s in doc.spans)


def test_a_place_adjective_before_an_abbreviated_object_modifies_it():
    # the tagger gives "ГЭС-2" a masculine gender and makes the adjective the subject
    doc = annotate("Рядом строится Нурекская ГЭС-2 мощностью 65 тыс. кВт.")
    tokens = {t.text: t for t in doc.sents[0].tokens}
    assert tokens["Нурекская"].pos == "ADJ" and tokens["Нурекская"].head_id == tokens["ГЭС-2"].id


def test_an_adjective_made_head_of_its_noun_modifies_it():
    # the parser makes "хлорно-щелочного" the verb's object and hangs
    # "производства" on it, so the noun drops out of the phase's phrase
    doc = annotate("Концерн завершает в Березниках вторую очередь хлорно-щелочного производства.")
    tokens = {t.text: t for t in doc.sents[0].tokens}
    adjective, noun = tokens["хлорно-щелочного"], tokens["производства"]
    assert adjective.rel == "amod" and adjective.head_id == noun.id

