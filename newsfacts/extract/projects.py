"""Projects: concrete undertakings to build, expand or run a physical asset.

1. Mentions: object nouns ("завод", "ТЭС", "газопровод") with their
   modifiers, read off the syntax tree; anaphora ("этот проект", "завод")
   refer back to the last compatible project.
2. Mentions of one object are merged into one project; objects of one kind
   with conflicting places or ordinals stay apart.
3. Slots come from the sentences of a project's mentions: places, companies,
   figures and stage cues go to the project mention nearest in the syntax
   tree, so that a sentence naming two projects splits its facts.
"""
from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass, field
from datetime import date

from ..annotate import is_quality_adjective, normalize_phrase
from ..link import resolve
from ..link.gazetteer import to_latin
from ..model import Entity, Evidence, Project, Ref
from ..model.doc import Doc, Sentence, Token
from .lexicon import (ANAPHORA_NOUNS, FUTURE_RE, HEADLINE, MONEY_FLOW_AFTER, MONEY_NOT_INVESTMENT,
                      MONEY_SHARED_AFTER,
                      BUILDERS_BEFORE, NEGATION_RE, OBJECT_NOUNS, ORDINALS, JOBS_PEOPLE_RE, ANNUAL_RE, QUANTITY_NOT_CAPACITY, SECTOR_RULES_RE,
                      STAGE_ORDER, STAGE_RULES_RE, STATE_UNIONS, WEAK_MODIFIERS, KIND_WORDS, may_be_object_noun,
                      NEAR_PREPOSITIONS, PATH_NOUNS, PREPS_TO, SUPPLY_VERBS, split_acronym)
from .entities import COMPANY_BEFORE, dateline_agencies, is_media, latin_companies
from .numbers import NUMBER_WORD, parse_number
from .money import find_money
from .quantity import find_quantities
from .speakers import in_speech

CAPACITY_UNITS = {"MW", "t/yr", "m3/yr", "bbl/d", "t/d", "km", "ha", "MWh/yr"}
# Phrase parts that belong to the slots, not to the object's name.
_NAME_STOP = {"мощность", "стоимость", "объем", "сумма", "участие", "помощь",
              # the owner is not the name: "теплоэлектроцентраль группы «РусГидро»"
              "компания", "группа", "холдинг",
              # "ввести предприятие в строй / в эксплуатацию": a stage, not a name
              "строй", "эксплуатация",
              "поддержка", "счет", "рамка", "год", "производительность", "протяженность",
              "длина", "площадь", "инвестиция", "цена", "бюджет", "сторона", "партнер",
              # units and scale words belong to figures ("1250 тыс. тонн")
              "тонна", "тыс", "тысяча", "млн", "миллион", "млрд", "миллиард", "кубометр", "баррель",
              "километр", "км", "гектар", "мвт", "гвт", "квт", "мегаватт", "гигаватт", "киловатт", "доллар", "тенге",
              "рубль", "евро", "юань", "сум", "человек", "место", "куб", "т",
              # roles and kinds say whose or what sort, not which object
              "инвестор", "владелец", "акционер", "заказчик", "подрядчик", "оператор",
              "поколение", "тип", "класс", "вид", "уровень", "образец",
              # times: "ввод блоков ГРЭС на конец 2027 года"
              "конец", "начало", "середина", "квартал", "полугодие", "месяц"}
_NAME_RELS = {"amod", "nmod", "case", "compound", "flat", "flat:foreign", "flat:name",
              "appos", "nummod", "fixed", "cc", "conj"}
_ORDINALS = set(ORDINALS)
_ORDINAL_NUMBERS = {w: f"№{n}" for w, n in ORDINALS.items()}  # "пятая" says what "-5" says
_UNION = re.compile(rf"(?:^|\s)(?:{STATE_UNIONS})(?:\s|$)", re.I)
_GOV_ORG = re.compile(r"^(?:министерств|минэнерго|минэконом|правительств|акимат|хокимият|"
                      r"парламент|администрац|пресс-служб|совет|кабинет|мэри|посольств|"
                      r"комитет|агентство|ведомств|госкомитет|мажилис|сенат|дума|государственн\w* (?:комитет|агентств|совет)|"
                      # who approves does not build: "Госсовет", "Комиссия по развитию и реформе"
                      r"госсовет|(?:национальн\w* |государственн\w* )?комисси|"
                      # parliaments by their own names
                      r"жогорку кенеш|олий мажлис|меджлис|великий государственный хурал|хурал|верховн\w* (?:рад|совет))",
                      re.I)


@dataclass
class _Mention:
    sent: Sentence
    head: Token
    tokens: list[Token]
    anaphoric: bool
    family: str | None
    topic: list[Token] = field(default_factory=list)  # "(проекты) возобновляемой энергетики"
    another: bool = False
    own: bool = False  # "собственная ТЭС" of a company named in the sentence
    # a bare noun that starts a project when nothing before is its antecedent
    starts: bool = False
    describes: bool = False  # said of an object named elsewhere: never a new one
    speech: bool = False  # inside someone's quoted words
    one_of: bool = False  # one name of a plural: "гидроэлектростанций Лудила и Лункайкоу"


@dataclass
class _Project:
    mentions: list[_Mention] = field(default_factory=list)
    name: str = ""
    name_tokens: list[Token] = field(default_factory=list)
    family: str | None = None
    modifiers: set[str] = field(default_factory=set)
    places: list[tuple[int, Entity, str]] = field(default_factory=list)  # (rank, entity, how)
    companies: list[Entity] = field(default_factory=list)
    capacity: list[dict] = field(default_factory=list)
    investment: list[dict] = field(default_factory=list)
    jobs: int | None = None
    stages: list[tuple[int, str, bool]] = field(default_factory=list)  # (offset, stage, past)
    # what the object itself does ("завод выпускает"): a stage only when no
    # cue of the sentence says one (see _verb_stage)
    weak_stages: list[tuple[int, str, bool]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def _balance_quotes(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    if name.count("«") > name.count("»"):
        name += "»"
    if name.count('"') % 2:
        name += '"'
    if name.count("(") > name.count(")"):
        name += ")"
    return name


def _fold(s: str) -> str:
    return s.lower().replace("ё", "е")


# ----------------------------------------------------------------- mentions

def _children(sent: Sentence) -> dict[str, list[Token]]:
    # person names are never part of an object's name (a stop of a route,
    # "линии Ташгузар - Байсун - Кумкурган", is a place NER took for a name)
    persons = {t.start for sp in sent.spans if sp.type == "PER" for t in sp.tokens
               if not _ROUTE_STOP.match(sent.text, t.stop - sent.start)
               and not _ROUTE_STOP_BEFORE.search(sent.text, 0, t.start - sent.start)}
    # nor is a region named before the noun ("в городе X Балканского
    # велаята завод"): Russian puts its genitive after the noun it modifies
    by_id = {t.id: t for t in sent.tokens}
    before = {t.start for sp in sent.spans if sp.type == "LOC" and len(sp.tokens) > 1
              and _ADMIN_END.match(sp.tokens[-1].text.lower()) for t in sp.tokens
              if (h := by_id.get(t.head_id)) is not None and h.start >= sp.stop}
    # nor is a company written in Latin ("Строили комплекс Hyundai Engineering")
    companies = {t.start for a, b, _ in latin_companies(sent.text) for t in sent.tokens
                 if sent.start + a <= t.start < sent.start + b}
    out: dict[str, list[Token]] = {"__all__": [t for t in sent.tokens if t.start not in persons]}
    for i, t in enumerate(sent.tokens):
        if t.start not in persons and t.start not in before and t.start not in companies:
            head = t.head_id
            if head == t.id and t.pos in ("NOUN", "PROPN") and any(
                    x.head_id == t.id and x.pos == "ADP" for x in sent.tokens):
                # a prepositional phrase the parser hung on itself ("станции
                # на площадке ТЭЦ-2"): on the noun before it
                noun = next((x for x in reversed(sent.tokens[:i]) if x.pos in ("NOUN", "PROPN")), None)
                head = noun.id if noun is not None else head
            out.setdefault(head, []).append(t)
    return out


_ADMIN_END = re.compile(r"област|район|велаят|вилоят|аймак|край|края|округ|республик")
# a dash between two capitalised words joins the stops of a route (a
# spaced hyphen is as common as a dash: "линия Ташгузар - Байсун")
_ROUTE_DASH = r"\s+[—–-]\s+"
_ROUTE_STOP = re.compile(_ROUTE_DASH + r"[А-ЯЁ]")
_ROUTE_STOP_BEFORE = re.compile(r"[А-ЯЁ][\w-]*" + _ROUTE_DASH + "$")


# Words of size after an ordinal make it a rank ("второй крупный рудник").
_SIZE_WORDS = {"крупный", "большой", "мощный", "крупнейший", "длинный", "протяженный", "высокий", "глубокий"}


def _in_place_name(c: Token, t: Token) -> bool:
    """"в Новом Уренгое", "Большой Кавказ": a capitalised modifier of a
    capitalised word inside the phrase is part of a place's name."""
    return c.text[:1].isupper() and t.text[:1].isupper() and not t.text.isupper() and c.start < t.start


def _phrase(head: Token, kids: dict[str, list[Token]]) -> list[Token]:
    """The object's name: the head and the modifiers that say what it is."""
    keep = [head]
    stack = [head]
    while stack and len(keep) < 12:
        t = stack.pop()
        for c in kids.get(t.id, []):
            if c.rel not in _NAME_RELS or c.pos in ("NUM", "SYM") or c.lemma in _NAME_STOP:
                continue
            if c.text in ("кВ", "kV"):
                # "линия 500 кВ «Датка — Кемин»": the voltage class is part of
                # a line's name, and the parser hangs the name on it
                keep.extend(g for g in kids.get(c.id, []) if g.pos == "NUM")
            elif any(g.pos in ("NUM", "SYM") for g in kids.get(c.id, [])):
                continue  # "за $10 млрд", "на 300 мест": a figure, not a name
            if c.rel == "conj" and (c.lemma in OBJECT_NOUNS or (
                    c.pos != "ADJ" and not (_products([t]) and _products([c])))):
                # "газопровод X и газопровод Y": two objects ("по производству
                # аммиака и карбамида": two products of one)
                continue
            if c.lemma in _ORDINALS and any(x.lemma in _SIZE_WORDS and 0 < x.start - c.stop <= 2
                                            for x in kids.get(t.id, [])):
                continue  # "второй крупный рудник страны": a rank by size, not its number
            if (c.lemma in WEAK_MODIFIERS and not _in_place_name(c, t)) or c.pos in ("DET", "PRON") \
                    or c.lemma in _STATE_PARTICIPLES:
                continue  # "действующий", "строящийся": the stage, not the name
            if c.rel == "amod" and re.fullmatch(r"[а-яё]+", c.text) and not _ADJ_END.search(c.text):
                continue  # "Первый металл завод выдал": a noun the tagger took for an adjective
            if c.rel == "amod" and (c.pos == "NOUN" or not _ADJ_LEMMA.search(c.lemma)) and c.start < head.start \
                    and not _FULL_ADJ_END.search(c.text):
                # "закладки первого камня нефтеперерабатывающего комплекса",
                # "Одной только клейковины завод выпустит": a noun the parser
                # hung as an adjective (its lemma gives it away)
                continue
            if c.rel == "cc" and t is head:
                continue
            if t is head and c.start < head.start and (
                    (c.rel == "nmod" and c.pos in ("NOUN", "PROPN")) or
                    # (an abbreviation's case is the tagger's guess: "угольной мини-ТЭЦ")
                    (c.rel == "amod" and c.feats.get("Case") == "Gen" and head.feats.get("Case") not in ("Gen", None)
                     and not _ABBREVIATED.search(head.text))):
                # "в городе X Балканского велаята завод": a genitive before
                # the noun, or an adjective not in its case, is not its own
                continue
            keep.append(c)
            stack.append(c)
    keep.sort(key=lambda t: t.start)
    # keep a contiguous run around the head: a modifier separated by a
    # clause boundary is not part of the name
    sent_toks = [t for t in keep]
    run = [head]
    for direction in (-1, 1):
        i = sent_toks.index(head)
        while 0 <= i + direction < len(sent_toks):
            nxt = sent_toks[i + direction]
            prev = sent_toks[i]
            gap = (prev.start, nxt.start) if direction > 0 else (nxt.start, prev.start)
            if gap[1] - gap[0] > 40:
                break
            run.append(nxt)
            i += direction
    run.sort(key=lambda t: t.start)
    run = _surface_extend(run, head, kids.get("__all__", []))
    # drop trailing prepositions/conjunctions
    while run and run[-1].pos in ("ADP", "CCONJ", "PUNCT") and run[-1] is not head:
        run.pop()
    while run and run[0].pos in ("ADP", "CCONJ", "PUNCT") and run[0] is not head:
        run.pop(0)
    # quotes, hyphens and brackets between kept words belong to the name
    lo, hi = run[0].start, run[-1].stop
    kept = {id(t) for t in run}
    sent_tokens = [t for t in kids.get("__all__", [])]
    # "аммиака, карбамида и метанола": the comma of a list kept
    listed = {id(a) for a, b in zip(sent_tokens, sent_tokens[1:]) if a.text == "," and id(b) in kept
              and b.rel == "conj"}
    full = [t for t in sent_tokens if lo <= t.start and t.stop <= hi and
            (id(t) in kept or id(t) in listed or (t.pos == "PUNCT" and t.text in "«»\"„“()-–—"))]
    # ...but not a pair left empty when the words inside were not kept
    # ("фабрика компании «Текстиль Групп»": the company is not the name)
    paired = []
    for t in full:
        if t.text in "»)" and paired and paired[-1].text == {"»": "«", ")": "("}[t.text]:
            paired.pop()
            continue
        paired.append(t)
    run = paired or run
    # "ГУАНЧЖОУ, 15 июля /Синьхуа/ -- Химический комплекс", "Датун, 10
    # декабря («Жэньминь жибао» онлайн) – На ТЭС": the parser may hang the
    # dateline's agency on the name; a slash, a double hyphen or a dash
    # after a bracket before the head ends whatever came before it
    ends = [t for k, t in enumerate(sent_tokens) if t.text in ("/", "--") or (
        t.text in "–—" and k > 0 and sent_tokens[k - 1].text in (")", "/"))]
    for i in range(len(run) - 1, 0, -1) if ends else ():
        if run[i].start <= head.start and any(
                t is run[i - 1] or (run[i - 1].stop <= t.start and t.stop <= run[i].start) for t in ends):
            run = run[i:]
            while run[0].pos in ("ADP", "CCONJ", "PUNCT") and run[0] is not head:
                run.pop(0)
            break
    # "завод по производству полиэтилена — второе предприятие региона": a
    # spaced dash before a lower-case word starts a gloss, not the name;
    # "Китай — Кыргызстан — Узбекистан" stays
    for i, t in enumerate(run):
        if t.text in "—–" and i + 1 < len(run) and run[i + 1].text[:1].islower():
            if t.start > head.start:
                run = run[:i]
            else:
                run = run[i + 1:]
            break
    # "станцию «под ключ» возводит CGGC": a lower-case phrase in quotes after
    # the noun says how it is built, it does not name it
    for i, t in enumerate(run):
        if t.text == "«" and t.start > head.start and i + 1 < len(run) and re.match(r"[а-яё]", run[i + 1].text):
            run = run[:i]
            break
    return run


_ABBREVIATED = re.compile(r"[А-ЯЁ]{2}")


# dictionary forms of adjectives (and participles); "клейковина" is none
_ADJ_LEMMA = re.compile(r"(?:[ыио]й|[ая]я|[оеы]е|ин|ов|ев|ся)$")
# endings only adjectives have ("ветровых" is one, whatever the tagger says; "камня" is not)
_FULL_ADJ_END = re.compile(r"(?:[ыио]й|[ая]я|[оеыи]е|[ое]го|[ое]му|[ыи]м|[ую]ю|[ыи]х|[ыи]ми)$")
_ADJ_END = re.compile(r"(?:[ыиоая]й|[ая]я|[оеы]е|[иы]е|[ое]го|[ое]му|[ыи]м|[ое]м|[ую]ю|[ыи]х|[ыи]ми|[ое]й|[ая]|[оы]|ен|ин|ов)$")
_STATE_PARTICIPLES = {"действовать", "строиться", "строить", "планироваться", "планировать", "находиться",
                      "расположить", "работать", "возводиться", "проектироваться", "реализоваться",
                      "простаивать", "законсервировать", "заморозить", "строящийся", "действующий"}
_NOUN_ROLES = {"obl", "obj", "nsubj", "nsubj:pass", "nmod", "iobj", "conj", "appos"}


def _parses(word: str) -> list:
    """pymorphy's readings of a word; none where it fails (on some rare code points)."""
    from ..annotate.natasha import models
    try:
        return models().morph_vocab.parse(word)
    except Exception:
        return []


def _only_a_noun(word: str) -> str | None:
    """The noun lemma of a word pymorphy reads only as a noun, else None."""
    parses = _parses(word)
    if parses and all(p.tag.POS == "NOUN" for p in parses):
        return parses[0].normal_form.replace("ё", "е")
    return None


def _case_stem(word: str) -> str | None:
    """An object noun ending in a consonant under a case ending
    ("ветропарка", "ветропарков" -> "ветропарк"), for words the dictionary
    lacks and the tagger lemmatises by guess."""
    low = word.lower().replace("ё", "е")
    for end in ("ами", "ах", "ов", "ом", "ам", "а", "у", "е", "ы"):
        if low.endswith(end) and OBJECT_NOUNS.get(low[:-len(end)]) and not low[-len(end) - 1] in "аеиоуыэюяй":
            # a word the dictionary has whole is what it says ("карьера" is a career)
            return None if _known_whole(low) else low[:-len(end)]
    return None


def _known_whole(word: str) -> bool:
    return any(len(p.methods_stack) == 1 for p in _parses(word))


def _noun_lemma(word: str) -> str | None:
    return next((p.normal_form.replace("ё", "е") for p in _parses(word) if p.tag.POS == "NOUN"), None)


def _surface_extend(run: list[Token], head: Token, sent_tokens: list[Token]) -> list[Token]:
    """Add the words right beside the head that name it when the parse
    missed them: ordinals and agreeing adjectives just before ("седьмом и
    восьмом блоках") and a genitive name just after ("блоках Тяньваньской
    АЭС"). The parser often hangs such words on a neighbouring noun."""
    if not sent_tokens or head not in sent_tokens:
        return run
    have = {id(t) for t in run}
    i = sent_tokens.index(head)
    case = head.case
    # left: adjectives in the head's case, "и" between two of them
    j = i - 1
    left = []
    # an acronym head ("ГЭС-1") has no case of its own to agree with
    acronym = head.text[:1].isupper() and head.text.split("-")[0].isupper()
    while j >= 0:
        t = sent_tokens[j]
        # a word with a noun's lemma is a noun whatever its tag ("клейковины")
        adjective = (t.pos == "ADJ" and not (re.fullmatch(r"[а-яё]+", t.text) and not _ADJ_END.search(t.text))
                     and (_ADJ_LEMMA.search(t.lemma) or not re.fullmatch(r"[а-яё]+", t.lemma))) or \
            (t.pos == "PROPN" and re.search(r"(?:ск|цк|н)(?:ий|ая|ое|ой|ого|ому|ом|ую|ей|ие|их)$", t.text.lower()))
        # participles ("действующий", lemma "действовать") describe, not name
        if t.lemma in _ORDINALS and sent_tokens[j + 1].lemma in _SIZE_WORDS:
            break  # "второй длинный тоннель страны": a rank, not a number
        if adjective and (t.case == case or acronym) and t.lemma not in WEAK_MODIFIERS \
                and not t.lemma.endswith(("ть", "ться")):
            left.append(t)
        elif t.lemma == "и" and left and j > 0 and sent_tokens[j - 1].pos == "ADJ" \
                and sent_tokens[j - 1].case == case:
            left.append(t)
        else:
            break
        j -= 1
    # right: a genitive noun phrase ending in a noun ("Тяньваньской АЭС"),
    # and a quoted name after it ("АЭС «Сюйдапу»")
    right = []
    k = i + 1
    while k < len(sent_tokens) and len(right) < 4:
        t = sent_tokens[k]
        # indeclinable acronyms ("АЭС") come with no case or any case
        gen = t.case == "Gen" or (t.pos in ("NOUN", "PROPN") and t.text.isupper() and right)
        if not gen and t.pos == "ADJ" and not right and k + 1 < len(sent_tokens) and \
                re.search(r"(?:ой|ей|ого|его)$", t.text) and sent_tokens[k + 1].text.split("-")[0].isupper():
            # an adjective before an acronym, which has no case to agree
            # with, is often tagged in the wrong one ("блоке Экибастузской
            # ГРЭС-2" read as nominative): its ending says genitive
            gen = True
        if t.pos in ("ADJ", "NOUN", "PROPN") and gen and t.lemma not in _NAME_STOP:
            right.append(t)
            k += 1
        elif not right and _number_after(sent_tokens, k - 1) is not None:
            right.extend(sent_tokens[k:k + 2])  # "энергоблок № 6"
            k += 2
        elif t.pos == "NUM" and k + 1 < len(sent_tokens) and sent_tokens[k + 1].text in ("кВ", "kV"):
            right.extend(sent_tokens[k:k + 2])  # "линии 500 кВ «Датка — Кемин»"
            k += 2
        else:
            break
    while right and right[-1].pos == "ADJ":
        right.pop()
    if right and k + 4 < len(sent_tokens) and sent_tokens[k].lemma == "напряжение" \
            and sent_tokens[k + 1].pos == "NUM" and sent_tokens[k + 2].text in ("кВ", "kV") \
            and sent_tokens[k + 3].text[:1].isupper() and sent_tokens[k + 4].text in "—–-":
        # "линии электропередачи напряжением 500 кВ Балкан — Дашогуз": the
        # route after the voltage names the line (its other stops follow below)
        right.extend(sent_tokens[k:k + 4])
        k += 4
    if k + 2 < len(sent_tokens) and sent_tokens[k].text in "«\"" :
        close = next((n for n in range(k + 1, min(k + 6, len(sent_tokens)))
                      if sent_tokens[n].text in "»\""), None)
        if close is not None:
            right.extend(sent_tokens[k:close + 1])
    extra = [t for t in left + right if id(t) not in have]
    # "линии Элегест — Кызыл — Курагино": the stops of a route named after
    # the last word kept, which the parser often hangs elsewhere
    last = max(run + extra, key=lambda t: t.start)
    n = sent_tokens.index(last) + 1
    if last.text[:1].isupper() and last.pos in ("PROPN", "NOUN"):
        while n + 1 < len(sent_tokens) and sent_tokens[n].text in "—–" \
                and sent_tokens[n + 1].text[:1].isupper() and sent_tokens[n + 1].pos in ("PROPN", "NOUN"):
            extra += sent_tokens[n:n + 2]
            n += 2
    if not extra:
        return run
    lo = min([t.start for t in run] + [t.start for t in extra])
    hi = max([t.stop for t in run] + [t.stop for t in extra])
    return [t for t in sent_tokens if lo <= t.start and t.stop <= hi]


# One kind of object under its acronym and its full name: a mention's kind
# is the acronym where there is one.
_KIND_PAIRS = {("атомный", "электростанция"): "аэс", ("атомный", "станция"): "аэс",
               ("горно-обогатительный", "комбинат"): "гок", ("горно-обогатительный", "комплекс"): "гок",
               ("горно-металлургический", "комбинат"): "гмк",
               ("нефтеперерабатывающий", "завод"): "нпз", ("газохимический", "комплекс"): "гхк",
               ("нефтехимический", "завод"): "нхз", ("газоперерабатывающий", "завод"): "гпз",
               ("солнечный", "электростанция"): "сэс", ("солнечный", "станция"): "сэс",
               ("ветряной", "электростанция"): "вэс", ("ветровой", "электростанция"): "вэс",
               ("ветряный", "электростанция"): "вэс",
               ("гидравлический", "электростанция"): "гэс", ("тепловой", "электростанция"): "тэс",
               ("угольный", "электростанция"): "тэс", ("парогазовый", "установка"): "пгу",
               ("гидроаккумулирующий", "электростанция"): "гаэс"}


# adjective stems that make a station a kind of its own ("ветровой",
# "ветряной", "ветровый" all make a ВЭС)
_STATION_KINDS = [("ветр", "вэс"), ("солнечн", "сэс"), ("атомн", "аэс"), ("гидроаккум", "гаэс"), ("гидро", "гэс"),
                  ("угольн", "тэс"), ("теплов", "тэс"), ("парогазов", "пгу"), ("газотурбин", "гтэс")]
# the adjectives and stems above, for a quick test of one word
_KIND_ADJECTIVES = frozenset(a for a, _ in _KIND_PAIRS)
_STATION_STEMS = tuple(stem for stem, _ in _STATION_KINDS)
# kinds of whole plants told by an acronym or by words ("ТЭС" and "тепловая
# электростанция"); not of units ("ПГУ"), which a plant has several of
_PLANT_KINDS = frozenset({*_KIND_PAIRS.values(), *(k for _, k in _STATION_KINDS)} - {"пгу"})


# What a plant makes: two mentions with different products are two plants.
# Category words ("удобрения", "полимеры") are left out: they cover several.
_PRODUCT_STEMS = ("полиэтилен", "полипропилен", "поливинилхлорид", "пвх", "карбамид", "аммиак", "метанол",
                  "цемент", "ферросплав", "ферросилиц", "кремни", "мед", "золот", "алюмин", "глинозем",
                  "сталь", "чугун", "уран", "бензин", "дизел", "сод", "стекл", "кирпич",
                  "бутадиен", "этилен", "пропилен", "сер", "калий", "фосфат", "труб",
                  # what a factory makes: "шинный завод" is not "завод бытовой техники"
                  "шин", "холодильник", "бытов", "телевизор", "кабел", "трансформатор", "аккумулятор",
                  "пряж", "обув", "мебел", "лекарств")


def _products(tokens: list[Token]) -> set[str]:
    out = set()
    for t in tokens:
        if t.pos not in ("NOUN", "ADJ", "PROPN"):
            continue
        for stem in _PRODUCT_STEMS:
            # whole-word stems: "мед" is "медь"/"медный", not "медленный"
            if t.lemma.startswith(stem) and len(t.lemma) - len(stem) <= 4:
                out.add(stem)
                break
    return out


def _kind(tokens: list[Token], head: Token) -> str:
    lemma = KIND_WORDS.get(head.lemma, head.lemma)
    for t in tokens:
        if t is not head and t.pos == "ADJ":
            kind = _KIND_PAIRS.get((t.lemma, head.lemma))
            if kind:
                return kind
            if head.lemma in ("электростанция", "станция", "электроцентраль"):
                for stem, k in _STATION_KINDS:
                    if t.lemma.startswith(stem):
                        return k
            if head.lemma in ("теплоэлектростанция", "теплоэлектроцентраль") and t.lemma.startswith("атомн"):
                return "аэс"  # "плавучая атомная теплоэлектростанция" is a nuclear plant
    return lemma


# what a pipe or line does to the fields it starts from
_LINKING_VERBS = {"связать", "связывать", "соединить", "соединять", "подключить", "подключать",
                  "объединить", "объединять"}
_FEEDSTOCK = {"газ", "нефть", "сырье", "этан", "пропан", "конденсат", "руда", "уголь", "ресурс",
              "переработка",  # "начала переработку газа Чаяндинского месторождения"
              "запас", "поставка", "добыча", "топливо", "база", "основа",  # "на базе месторождения"
              "угол"}  # the tagger's lemma of "угле" ("на угле месторождения")


_WAY_VERBS = {"открыть", "открывать", "проложить", "прокладывать", "расчистить", "расчищать", "дать"}


def _parent(t: Token, tokens: list[Token]) -> Token | None:
    return next((x for x in tokens if x.id == t.head_id), None)


def _parent_lemma(t: Token, sent: Sentence) -> str | None:
    parent = _parent(t, sent.tokens)
    return parent.lemma if parent is not None else None


_CARRY_VERBS = {"вывозить", "вывезти", "возить", "перевозить", "перевезти", "доставлять", "доставить", "везти",
                "отгружать", "отгрузить",
                "поставлять", "экспортировать", "транспортировать", "отправлять", "идти", "следовать"}


def _route_used(t: Token, sent: Sentence, kids: dict[str, list[Token]]) -> bool:
    preps = {k.lemma for k in kids.get(t.id, []) if k.rel == "case"}
    if not preps & {"по", "через"}:
        return False  # "вывозить по железной дороге через порт Туркменбаши"
    # the verb it hangs on, also through a noun the parser put between
    # ("отгружены с площадки по железной дороге")
    node = _parent(t, sent.tokens)
    for _ in range(2):
        if node is None or node.pos in ("VERB", "AUX"):
            break
        node = _parent(node, sent.tokens)
    verb = node.lemma if node is not None else ""
    return verb in _CARRY_VERBS or verb.removesuffix("ся") in _CARRY_VERBS


def _superlative_of_a_country(t: Token, phrase: list[Token], kids: dict[str, list[Token]]) -> bool:
    superlative = any(x.feats.get("Degree") == "Sup" or x.lemma in ("крупнейший", "самый", "наибольший")
                      for x in phrase + kids.get(t.id, []) if x is not t)
    country = any(x.lemma in _GENERIC_PLACE_WORDS for x in phrase + kids.get(t.id, []) +
                  [g for c in kids.get(t.id, []) for g in kids.get(c.id, [])])
    return superlative and country


_COPULAS = {"стать", "становиться", "являться", "оставаться", "остаться"}


def _said_of_this(t: Token, sent: Sentence, kids: dict[str, list[Token]]) -> bool:
    """"Для тех же партнеров это второй проект в регионе", "Это будут третий
    и четвертый блоки станции": a noun whose subject is "это" says what the
    object just told of is; not when the sentence goes on past a colon or
    a dash to tell of another ("Это вторая гидростанция на канале: первая ...")."""
    if not any(c.rel == "nsubj" and c.lemma == "это" for c in kids.get(t.id, [])):
        return False
    return t.lemma in ANAPHORA_NOUNS or not re.search(r"[:—–]", sent.text[t.stop - sent.start:])


def _predicate(t: Token, sent: Sentence) -> bool:
    """The noun after "стала", "является": what the subject is. By the words,
    as the parser often hangs it elsewhere ("стала второй по мощности
    гидроэлектростанцией")."""
    if not re.search(r"(?:ой|ей|ом|ем|ами|ями)$", t.text.lower()):
        return False  # not in the instrumental
    i = sent.tokens.index(t)
    for x in reversed(sent.tokens[max(0, i - 6):i]):
        if x.lemma in _COPULAS:
            return True
        if x.pos in ("PUNCT", "VERB", "CCONJ", "SCONJ"):
            return False
    return False


def _stop_named_after_place(t: Token, sent: Sentence, kids: dict[str, list[Token]]) -> bool:
    """"станция Аягоз", "до станции Достык": a station named only by a
    place, with no word of power about it, is a railway stop."""
    if re.search(r"вт\b|электр|энерг|мощност", sent.text.lower()):
        return False
    places = {x.start for sp in sent.spans if sp.type == "LOC" for x in sp.tokens}
    mods = [c for c in kids.get(t.id, []) if c.rel in ("amod", "appos", "nmod", "flat", "flat:name")]
    if mods and all(c.start in places for c in mods):
        return True
    # "линия начнется от станции Селихин и выйдет к станции Ныш": the ends
    # of a line, by names the tagger need not know as places
    after = next((x for x in sent.tokens if x.start > t.start), None)  # the parser may hang the name elsewhere
    return after is not None and after.pos == "PROPN" and bool(_prepositions(t, sent) & {"от", "до", "к"}) and \
        bool(re.search(r"лини|дорог|магистрал|ветк|участ", sent.text.lower()))


def _prepositions(t: Token, sent: Sentence) -> set[str]:
    """The prepositions a noun takes ("от", "до" in "от подстанции")."""
    return {x.lemma for x in sent.tokens if x.head_id == t.id and x.rel == "case"}


def _feedstock_source(t: Token, sent: Sentence) -> bool:
    by_id = {x.id: x for x in sent.tokens}
    cases = _prepositions(t, sent)
    parent = by_id.get(t.head_id)
    if cases & {"с", "из", "от"}:  # "газ с месторождений", "трасса от месторождений"
        return True
    if parent is not None and t.rel == "obj" and parent.lemma in _LINKING_VERBS:
        return True  # "участок свяжет месторождения Западной Сибири с границей"
    if parent is not None and t.rel in ("nsubj", "obj") and parent.lemma in SUPPLY_VERBS:
        return True  # "соль даст месторождение Барсакельмес": where the raw material comes from
    if t.rel == "orphan" and any(x.lemma in SUPPLY_VERBS for x in sent.tokens):
        return True  # "..., известняк — Жамансайское месторождение": the same verb left out
    if parent is not None and parent.lemma == "добыча" and "на" in cases:
        return False  # "добычу золота на месторождении Талды-Булак": the mine itself, not a source
    return parent is not None and parent.lemma in _FEEDSTOCK


_ROUTE_VERBS = {"идти", "пройти", "проходить", "тянуться", "протянуться", "пролегать", "пролечь", "соединить",
                "соединять", "связать", "связывать"}
_LINE_NOUNS = {"линия", "лэп", "газопровод", "нефтепровод", "трубопровод", "магистраль", "дорога", "трасса",
               "ветка", "участок"}


def _line_end(t: Token, sent: Sentence) -> bool:
    """"линия идет от подстанции «Датка»", "участок от станции Бахты до
    Аягоза": an end or stop of a line told of, not an object of the news."""
    parent = _parent(t, sent.tokens)
    if parent is None:
        return False
    preps = _prepositions(t, sent)
    if "с" in preps and parent.rel == "obj" and parent.lemma in OBJECT_NOUNS:
        parent = _parent(parent, sent.tokens) or parent  # "соединить подстанцию X с подстанцией Y"
    if parent.lemma in _LINKING_VERBS and (t.rel == "obj" or "с" in preps):
        # "линия должна соединить подстанцию «Датка» с подстанцией «Кемин»":
        # the ends a line links, when a line is what links them
        # (or anything told as doing the linking: "первая очередь LRT
        # должна связать аэропорт с вокзалом")
        doers = {parent.id, parent.head_id} if parent.rel == "xcomp" else {parent.id}  # "должна связать"
        return any((x.lemma in _LINE_NOUNS or (x.rel == "nsubj" and x.head_id in doers
                                               and x.pos in ("NOUN", "PROPN")))
                   and x.start < parent.start for x in sent.tokens)
    if _middle_stop(t, sent):
        return True
    if not preps & {"от", "до"}:
        return False
    return parent.lemma in _ROUTE_VERBS or parent.lemma in _LINE_NOUNS


def _middle_stop(t: Token, sent: Sentence) -> bool:
    """"линии Экибастуз — Шульбинская ГЭС (Семей) — Усть-Каменогорск": a
    plant between two stops of a route is a stop of the line."""
    toks = sent.tokens
    j = toks.index(t)
    while j > 0 and toks[j - 1].pos == "ADJ" and toks[j - 1].text[:1].isupper():
        j -= 1  # "Шульбинская ГЭС": from the name's first word
    before = sent.text[:toks[j].start - sent.start]
    after = sent.text[t.stop - sent.start:]
    return bool(re.search(r"[А-ЯЁ][\w-]*»?\s+[-—–]\s+«?$", before)) and \
        bool(re.match(r"\s*(?:\([^)]{1,30}\)\s*)?[-—–]\s+«?[А-ЯЁ]", after))


_BUILD_NOUNS = {"строительство", "создание", "запуск", "открытие", "организация", "расширение",
                "модернизация", "реконструкция", "ввод", "возведение", "стройка", "сооружение", "площадка",
                # a line electrified is built anew as much as modernised
                "электрификация"}


def _number_after(tokens: list[Token], i: int) -> str | None:
    """The digits of "№ 6" right after tokens[i] ("энергоблок № 6"), or None."""
    if i + 2 < len(tokens) and tokens[i + 1].text == "№" and tokens[i + 2].text.isdigit():
        return tokens[i + 2].text
    return None


def _numbered(t: Token, sent: Sentence) -> bool:
    """"энергоблок № 6", "шестой энергоблок": a noun with a number of its own."""
    return _number_after(sent.tokens, sent.tokens.index(t)) is not None or any(
        x.lemma in _ORDINALS and x.head_id == t.id for x in sent.tokens)


def _built(t: Token, sent: Sentence) -> bool:
    parent = _parent(t, sent.tokens)
    if parent is not None and parent.lemma in _PHASES:
        parent = _parent(parent, sent.tokens)  # "достраивает вторую очередь производства": a phase of it is built
    # "утвердил проект производства газа из угля": a plant's project
    return parent is not None and (parent.lemma in _BUILD_NOUNS or parent.lemma == "проект" or parent.pos == "VERB" and
                                   re.match(r"(?:постро|строи|достр|созда|запуст|откр|организ|расшир|возвед|возвод|"
                                            r"сооруж|модерниз)", parent.lemma))


_PHASES = {"очередь", "этап", "фаза", "стадия"}


# "ТЭЦ такой же мощности": the parser seldom hangs these words on the noun
_SAME_AS = re.compile(r"\s+(?:такой|такого|такую|таким|того|той|тем)\s+же\b")


def _is_another(head: Token, kids: dict[str, list[Token]], sent: Sentence) -> bool:
    """"еще один завод", "другой завод", "второй завод", "аналогичный завод",
    "ТЭЦ такой же мощности": a new object."""
    # numerals keep their text as lemma ("одного"): fold those to "один"
    def word(t: Token) -> str:
        return "один" if re.fullmatch(r"од(?:ин|на|но|ного|ной|ному|ним|ну|ном)", t.text.lower()) else t.lemma
    # a conjunct's own words are not the head's ("на заводе или на других
    # проектах": the plant is no other one)
    own = [c for c in kids.get(head.id, []) if c.rel != "conj"]
    words = {word(c) for c in own}
    for c in own:
        words |= {word(g) for g in kids.get(c.id, [])}
    return bool({"другой", "второй", "соседний", "иной", "аналогичный", "подобный"} & words) or {"еще", "один"} <= words \
        or {"ещё", "один"} <= words or _SAME_AS.match(sent.text, head.stop - sent.start) is not None


def _none_other(head: Token, sent: Sentence, kids: dict[str, list[Token]]) -> bool:
    """"ни на одной другой ГЭС", "как и другие проекты", "чем на любой другой
    ГЭС": other objects in
    general, said to compare; no object of the news."""
    if not any(c.lemma in ("другой", "иной") for c in kids.get(head.id, [])):
        return False
    before = _fold(sent.text[:head.start - sent.start])[-30:]
    # "больше, чем на любой другой ГЭС России"
    return bool(re.search(r"\bни\b|\bкак и\b|\bв отличие от\b|\bлюб\w+\s+(?:\w+\s+)?$|\bчем\b", before)) or \
        (head.feats.get("Number") == "Plur" and not any(c.rel == "nummod" for c in kids.get(head.id, [])))


def _own_of_a_company(head: Token, sent: Sentence, kids: dict[str, list[Token]]) -> bool:
    """"площадка ACWA Power, которая строит собственную ТЭС": a company's own
    plant is not the one the text is about ("собственный завод" of a
    country, with no company by, may well be)."""
    return any(c.lemma == "собственный" for c in kids.get(head.id, [])) and \
        any(sp.type == "ORG" for sp in sent.spans)


# the networks a city builds or renews
_NETWORK_KINDS = {"тепловой", "электрический", "распределительный", "газораспределительный", "водопроводный",
                  "канализационный", "отопительный"}

_COMPANY_WORDS = {"компания", "корпорация", "концерн", "холдинг", "группа"}


def _of_a_company(head: Token, sent: Sentence, kids: dict[str, list[Token]]) -> bool:
    """"завод китайской компании Linglong", "фабрика холдинга X": the
    plant of a company the sentence names."""
    return any(c.rel == "nmod" and c.lemma in _COMPANY_WORDS and c.feats.get("Case") == "Gen"
               and any(g.text[:1].isupper() or g.text[:1] in "«\"" for g in kids.get(c.id, []))
               for c in kids.get(head.id, []))


# "совместное предприятие", "государственное предприятие «Узбекнефтегаз»":
# the form of a company, which owns or builds the plant the text is about
_LEGAL_FORMS = {"совместный", "дочерний", "государственный", "унитарный", "казенный", "казённый",
                "муниципальный", "частный", "дочерный"}


def _legal_form(head: Token, kids: dict[str, list[Token]]) -> bool:
    return any(c.rel == "amod" and c.lemma in _LEGAL_FORMS for c in kids.get(head.id, []))


def _is_anaphoric(head: Token, kids: dict[str, list[Token]]) -> bool:
    own = kids.get(head.id, [])
    # "Сам порт Актау работает с 1963 года": the named object itself, set
    # against another just told of (a hub in it), not a word referring back
    named = any(c.start > head.start and c.text[:1].isupper() for c in own)
    for c in own:
        if c.lemma in ("этот", "данный", "такой", "указанный", "тот", "его", "ее", "их", "свой") or \
                (c.lemma == "сам" and not named):
            return True
    return False


# "электростанция в стране", "крупнейшая ГЭС республики": the country
# spoken of, not a word that tells which object
_GENERIC_PLACE_WORDS = {"страна", "республика", "государство", "регион", "мир", "планета"}


# "основная станция проходила испытания": its place among the objects told
# of, not which object it is
_RANK_WORDS = {"основной", "основный", "главный"}  # the tagger lemmatises "основная" both ways


def _specific(head: Token, phrase: list[Token]) -> bool:
    mods = [t for t in phrase if t is not head and t.pos in ("ADJ", "NOUN", "PROPN", "VERB", "X")
            and t.lemma not in _GENERIC_PLACE_WORDS and t.lemma not in _RANK_WORDS]
    return bool(mods)


_NUMBERED = re.compile(r"([а-яё]+)-(\d{1,2})")


_MISHAPS = {"авария", "пожар", "взрыв", "инцидент", "происшествие", "сбой", "обрушение", "утечка"}


def _mishap_site(t: Token, sent: Sentence) -> bool:
    """By the words, as the parser often hangs the place on the verb: a
    mishap noun, then (a date) and "на"/"в" right before the object."""
    i = sent.tokens.index(t)
    j = i - 1
    while j >= 0 and sent.tokens[j].pos == "ADJ":
        j -= 1
    if j < 0 or sent.tokens[j].lemma not in ("на", "в"):
        return False
    return any(x.lemma in _MISHAPS for x in sent.tokens[max(0, j - 4):j])


_LINE_KINDS = [("grid", r"электропередач|подстанц|энергосистем|\bкв\b|\bлэп\b"), ("pipe", r"газопровод|нефтепровод")]
# "линия" is an object beside a word of one of its kinds, or of a railway
_LINE_WORDS = re.compile("|".join(rx for _, rx in _LINE_KINDS) + r"|железн|поезд|метро|легкорельс|трамва|монорельс|\blrt\b")


_ROUTE_AFTER = re.compile(r"\s+«?[А-ЯЁ][\w-]*" + _ROUTE_DASH + r"[А-ЯЁ]")

# A production line by its own words: "технологическая линия", "линия сухого
# способа", "линия по выпуску ламп", "линия гранулирования", "линия СПГ"
_LINE_OF_WORK_ADJ = re.compile(r"(?:технологическ|производствен|сборочн|сортировочн|упаковочн|разливочн|"
                               r"покрасочн|окрасочн|прокатн|конвейерн|мокр|сух)\w*$")
_LINE_OF_WORK_NOUNS = {"способ", "выпуск", "производство", "переработка", "сортировка", "розлив", "сборка",
                       "изготовление", "упаковка", "обработка", "гранулирование", "грануляция", "окраска",
                       "сварка", "штамповка", "прокат", "литье", "обогащение", "спг", "сжижение"}
# a line supplied or fitted is equipment ("линии поставит турецкая компания")
_SUPPLY_VERBS = re.compile(r"(?:постав|смонтир|монтир|закуп|приобре|купи)")


def _production_line(t: Token, sent: Sentence, kids) -> bool:
    """"линия" of a plant's work rather than a way or a wire, by its own
    modifiers, told of as an undertaking of its own: with a plant or a
    project in its sentence ("первая линия обогатительной фабрики", "линия
    на проекте «Арктик СПГ 2»") it is a part of that, as a "цех" there is."""
    own = kids.get(t.id, [])
    if not (any(c.rel == "amod" and _LINE_OF_WORK_ADJ.match(c.lemma) for c in own)
            or any(c.rel == "nmod" and c.lemma in _LINE_OF_WORK_NOUNS for c in own)):
        return False
    parent = _parent(t, sent.tokens)
    if parent is not None and parent.pos == "VERB" and _SUPPLY_VERBS.match(parent.lemma):
        return False
    return not any(x is not t and x not in own and x.pos in ("NOUN", "PROPN")
                   and (OBJECT_NOUNS.get(x.lemma) in ("plant", "power") or x.lemma in ANAPHORA_NOUNS)
                   for x in sent.tokens)


def _plural_names(t: Token, sent: Sentence, kids) -> list[list[Token]]:
    """"гидроэлектростанций Лудила и Лункайкоу", "АЭС «Аккую» и «Синоп»": a
    plural object noun with two or more names, each an object of its own;
    the tokens of each name (with its quotes), or [] when it is no such
    plural."""
    # the names stand right after the noun, not in a phrase of their own
    # ("заводы в Бухаре и Ташкенте", "заводы Казахстана и России")
    first = next((c for c in kids.get(t.id, []) if c.rel in ("appos", "flat:name")
                  and c.start > t.start and c.text[:1].isupper() and c.pos in ("PROPN", "NOUN")
                  and not any(g.rel == "case" for g in kids.get(c.id, []))), None)
    if first is None:
        return []
    rest = [c for c in kids.get(first.id, []) if c.rel == "conj" and c.text[:1].isupper()]
    quoted = _quoted_list(sent, first)
    if len(quoted) > 1 and len(quoted) > len(rest):
        # «Ашагы Венг», «Надирханлы» и «Чайкенд»: the quotes tell the list
        # where the parse hangs a member elsewhere
        return quoted
    if not rest:
        return []
    out = []
    for name in [first, *rest]:
        i = sent.tokens.index(name)
        toks = [name]
        if i and sent.tokens[i - 1].text in "«\"" and i + 1 < len(sent.tokens) and sent.tokens[i + 1].text in "»\"":
            toks = [sent.tokens[i - 1], name, sent.tokens[i + 1]]
        out.append(toks)
    return out


def _quoted_list(sent: Sentence, first: Token) -> list[list[Token]]:
    """The quoted names of a list that opens with `first` ("«A B», «C» и
    «D»"), each with its quotes; [] when `first` is not quoted."""
    toks = sent.tokens
    i = toks.index(first)
    if not i or toks[i - 1].text != "«":
        return []
    out = []
    start = i - 1
    while start < len(toks) and toks[start].text == "«":
        stop = next((k for k in range(start + 1, min(start + 6, len(toks))) if toks[k].text == "»"), None)
        if stop is None or stop == start + 1 or not toks[start + 1].text[:1].isupper():
            break
        out.append(toks[start:stop + 1])
        nxt = stop + 1
        if nxt < len(toks) and toks[nxt].text in (",", "и"):
            nxt += 1
        start = nxt
    return out


# Tunnels are most often parts of a line or a plant; one named ("Анзобский
# тоннель", "тоннель «Истиклол»") is built as an undertaking of its own.
_TUNNELS = {"тоннель", "туннель"}


def _named_before_or_quoted(head: Token, phrase: list[Token]) -> bool:
    # a capital opening the sentence names only in a name's adjective ("Анзобский")
    return any(x.text in "«\"" for x in phrase) or any(
        x.start < head.start and x.text[:1].isupper()
        and (not x.id.endswith("_1") or _NAME_ADJECTIVE.search(x.text)) for x in phrase)


_NAME_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ого|ой|ом|ому|ое|ую)$")


def find_mentions(sent: Sentence, before: str = "") -> list[_Mention]:
    """The object mentions of a sentence; `before` is the text of the
    sentence before it, which may say what kind of line a route is."""
    kids = _children(sent)
    out = []
    for t in sent.tokens:
        if t.pos == "VERB" and may_be_object_noun(t.text) and _only_a_noun(t.text) in OBJECT_NOUNS:
            # "Мойнакскую гидростанцию ..." tagged a verb: a word with no verb reading is none
            t.pos = "NOUN"
            t.lemma = _only_a_noun(t.text)
        if t.pos not in ("NOUN", "PROPN", "ADJ"):
            # only nouns name objects; reading no other lemma saves the
            # dictionary lookups (a numbered "ГЭС-1" is marked all the same)
            if "-" in t.text and (numbered := _NUMBERED.fullmatch(t.text.lower())) \
                    and numbered.group(1) in OBJECT_NOUNS:
                t.lemma = numbered.group(1)
            continue
        if t.pos == "ADJ":
            # the tagger calls some nouns adjectives ("о третьем и четвертом
            # блоках"); a word in a noun's role with a noun reading is one
            noun = _noun_lemma(t.text) if t.rel in _NOUN_ROLES else None
            if noun not in OBJECT_NOUNS:
                continue
            t.pos, lemma = "NOUN", noun
            t.lemma = noun
        elif not may_be_object_noun(t.text) and not _COMPOUND_OBJECT.match(t.text.lower()):
            continue  # not an object noun in any form: its lemma is not needed
        else:
            lemma = t.lemma
            compound = _COMPOUND_OBJECT.fullmatch(lemma)
            if compound is not None and lemma not in OBJECT_NOUNS:
                # "аглофабрика", "мини-завод": a plant word with a prefix
                lemma = {"фабрик": "фабрика"}.get(compound.group(1), compound.group(1))
            elif lemma not in OBJECT_NOUNS and lemma not in ANAPHORA_NOUNS and (stem := _case_stem(t.text)):
                lemma = t.lemma = stem  # "ветропарка": a noun the dictionary lacks, lemmatised as feminine
        numbered = _NUMBERED.fullmatch(lemma)
        if numbered:
            # "ГЭС-1": a ГЭС, number 1; "электростанции-2": the tagger
            # leaves a numbered word uninflected
            base = numbered.group(1) if numbered.group(1) in OBJECT_NOUNS else _noun_lemma(numbered.group(1))
            if base in OBJECT_NOUNS:
                lemma = t.lemma = base
        if lemma == "линия" and _production_line(t, sent, kids):
            family = "plant"  # "линия сухого способа": a line of a plant's work, like a "цех"
        elif lemma == "линия" and _LINE_WORDS.search(sent.text.lower()):
            # by the words of its own phrase first ("линии электропередачи ...
            # и работам на газопроводе ТАПИ"), then by the sentence's
            own = " ".join(x.text.lower() for x in sent.tokens if x.head_id == t.id or x is t)
            family = next((f for text_ in (own, sent.text.lower()) for f, rx in _LINE_KINDS if re.search(rx, text_)),
                          "transport")
        elif lemma == "линия" and _LINE_WORDS.search(before.lower()) and _ROUTE_AFTER.match(sent.text, t.stop - sent.start):
            # "без железной дороги невозможно. Поэтому готовится проект линии
            # Курагино — Кызыл": a route named, its kind told just before
            family = next((f for f, rx in _LINE_KINDS if re.search(rx, before.lower())), "transport")
        elif lemma == "линия" and not any(c.rel in ("amod", "nmod") for c in kids.get(t.id, [])):
            family = "line"  # "протяженность линии — 405 км": a line told of before, of any kind
        elif lemma == "центр" and re.match(r"\s*обработки\s+данных", sent.text[t.stop - sent.start:]):
            family = "digital"  # "центр обработки данных": a data centre
        elif lemma == "система" and re.match(r"\s*накоплени[яе]\s+(?:электро)?энерги", sent.text[t.stop - sent.start:]):
            family = "power"  # "система накопления энергии": a storage station
            if not _built(t, sent):
                # "станция с системой накопления", "оснастят системой накопления":
                # a part of the station; a storage station of its own is built
                # ("ввод в эксплуатацию системы накопления")
                continue
        elif lemma == "сооружение" and any(c.lemma in ("очистной", "очистный") for c in kids.get(t.id, [])):
            family = "water"  # "очистные сооружения": a treatment works
            if t.rel == "conj" and _parent_lemma(t, sent) in OBJECT_NOUNS:
                continue  # "построена ТЭЦ и очистные сооружения": the works of the plant
        elif lemma == "сеть" and any(c.lemma in _NETWORK_KINDS for c in kids.get(t.id, [])) \
                and "к" not in _prepositions(t, sent):
            # "тепловые сети", "электрические сети" (a "сеть магазинов" is
            # none; "подключение к электрическим сетям" is to the grid there)
            family = "grid"
        elif lemma == "отвод" and re.search(r"нефтепровод|газопровод|трубопровод|\bвсто\b|нефт|газ[аеуо]?\b",
                                           sent.text.lower()):
            family = "pipe"  # "отвод от ВСТО на Китай": a branch line ("отвод земли" is no object)
        elif lemma == "магистраль" and re.search(r"газ[аеуо]?\b|нефт|прокачк|трубопровод|газопровод",
                                                 sent.text.lower()):
            family = "pipe"  # "магистраль ТАПИ рассчитана на прокачку газа": a pipeline
        elif lemma in OBJECT_NOUNS:
            family = OBJECT_NOUNS[lemma]
        elif lemma in ANAPHORA_NOUNS:
            family = None
        else:
            continue
        if t.pos not in ("NOUN", "PROPN"):
            continue
        preps = _prepositions(t, sent)
        if family == "mine" and _feedstock_source(t, sent):
            continue  # "газ с Тенгизского месторождения": where the feedstock comes from
        if lemma == "месторождение" and preps & NEAR_PREPOSITIONS:
            continue  # "площадка у Шуртанского месторождения": a landmark of the site
        if lemma in _WATER_SITES and not _water_work(t, sent, kids, preps):
            continue
        if family == "zone" and any(c.lemma in ("активный", "санитарный", "защитный", "охранный", "буферный")
                                    for c in kids.get(t.id, [])):
            continue  # "активная зона реактора", "санитарно-защитная зона": not an area built
        if family == "zone" and re.search(r"торговл|таможен|visa|визов", _fold(sent.text[t.start - sent.start:
                                                                                   t.start - sent.start + 40])):
            continue  # "зона свободной торговли": a trade regime, not a place built
        if lemma == "котельная" and any(c.rel == "nmod" and c.lemma in OBJECT_NOUNS for c in kids.get(t.id, [])):
            continue  # "котельная будущего комплекса гидрокрекинга": a part of that plant
        if lemma == "парк" and any(c.lemma in ("национальный", "природный") for c in kids.get(t.id, [])):
            continue  # "национальный парк": a reserve, not an industrial park
        if lemma == "производство" and not _built(t, sent):
            continue  # "мировое производство полимеров": output, not a plant
        if lemma == "дорога" and t.rel == "obj" and _parent_lemma(t, sent) in _WAY_VERBS and \
                not any(c.rel == "amod" for c in kids.get(t.id, [])):
            continue  # "соглашение открывает дорогу строительству": paves the way
        if lemma == "парк" and any(re.match(r"локомотив|вагон|автобус|подвижн|машинн|автомобил|самолет|трамва|резервуар",
                                            c.lemma) for c in kids.get(t.id, [])):
            continue  # "обновление локомотивного парка", "резервуарный парк": a fleet or tanks, not an industrial park
        if family == "transport" and _route_used(t, sent, kids):
            continue  # "соя вывозится по железной дороге": a route used, not one built
        if t.feats.get("Number") == "Plur" and _parent_lemma(t, sent) in ("сеть", "система"):
            continue  # "сеть российских железных дорог": the network a line joins
        if lemma == "станция" and _stop_named_after_place(t, sent, kids):
            continue  # "на станции Аягоз": a railway stop
        if _mishap_site(t, sent):
            continue  # "после аварии 3 июля на подстанции 330 кВ": where something went wrong, not a build
        if "вместо" in preps:
            continue  # "вместо ТЭЦ-5 компания расширит ТЭЦ-4": what is given up, not the news
        if PREPS_TO & preps and _parent_lemma(t, sent) in PATH_NOUNS | _LINKING_VERBS:
            # "путь грузов к порту Актау сократился", "линия подключена к
            # газопроводу «Сила Сибири»": where a way leads, not the news
            continue
        if "после" in preps or (t.rel == "conj" and "после" in _prepositions(
                _parent(t, sent.tokens) or t, sent)):
            continue  # "станет четвертым после Ферганского и Бухарского НПЗ": the ones before it
        if t.feats.get("Number") == "Plur" and "для" in preps:
            continue  # "сборки для атомных электростанций Китая": whom the output is for
        if t.feats.get("Number") == "Plur" and t.feats.get("Case") == "Ins" and "с" in preps \
                and any(c.rel == "nummod" for c in kids.get(t.id, [])):
            continue  # "линия длиной 22 км с 18 станциями": what the object is made of
        if any(c.rel == "nummod" and any(a.lemma in _ABOUT for a in kids.get(c.id, []) + [_before(c, sent)])
               for c in kids.get(t.id, [])):
            continue  # "строятся около 30 энергоблоков": a count of a fleet, not one undertaking
        if t.feats.get("Number") == "Plur" and any(c.lemma in ("наш", "свой", "ваш") for c in kids.get(t.id, [])):
            continue  # "шесть наших станций вместе дают 71 ГВт": a fleet at work, not one undertaking
        if lemma == "предприятие" and _legal_form(t, kids):
            continue  # "совместное предприятие Silleno": a company, not what it builds
        phrase = _phrase(t, kids)
        if lemma in _TUNNELS and not _named_before_or_quoted(t, phrase) and not any(
                x is not t and OBJECT_NOUNS.get(x.lemma) == "transport" and x.lemma not in _TUNNELS
                for x in sent.tokens if x.pos == "NOUN"):
            # "тоннель под перевалом", "деривационный тоннель": a part of the
            # line it is on, told of as a bare "линия" is; none of a plant.
            # With the line in its sentence ("тоннель на автодороге X") it is
            # that line's, as the words around it make it.
            family = "line"
        anaphoric = _is_anaphoric(t, kids) or lemma in ANAPHORA_NOUNS
        if lemma in ANAPHORA_NOUNS and _specific(t, phrase):
            # "проекты возобновляемой энергетики": a programme named by topic
            anaphoric = _is_anaphoric(t, kids) or not _sector_of(" ".join(x.text for x in phrase))
        if not anaphoric and not _specific(t, phrase):
            # a bare "завод", "ТЭЦ", "газопровод" usually refers back...
            # unless it is what is being built, with a place in the sentence
            # ("строительство ТЭЦ в Семее отложено"); one spoken of before
            # is still found by _same_object
            anaphoric = True
            # ...or with its own number ("строительство энергоблока № 6")
            # ...or a company's, in a place ("в Зренянине выпускает шины
            # завод компании Linglong")
            starts = ((_built(t, sent) or _of_a_company(t, sent, kids)) and lemma not in ANAPHORA_NOUNS
                      and t.feats.get("Number") != "Plur"
                      and (any(sp.type == "LOC" for sp in sent.spans) or _numbered(t, sent)))
        else:
            starts = False
        if family == "line":
            anaphoric, starts = True, False  # a bare "линия" only ever refers back
        if _line_end(t, sent):
            continue  # "линия идет от подстанции «Датка»": a stop of the line, not a project
        if _none_other(t, sent, kids):
            continue  # "ни на одной другой гидроэлектростанции": a comparison, no object
        own = _own_of_a_company(t, sent, kids)
        another = _is_another(t, kids, sent) or own
        if another and _feedstock_source(t, sent):
            continue  # "пропан поступает с соседнего предприятия": a supplier, not the news
        if another:
            anaphoric = False
        # "Байхэтань стала второй по мощности гидроэлектростанцией в мире",
        # "Кумтор — крупнейшее золоторудное предприятие страны": what an
        # object already named is, never a new one
        describes = _predicate(t, sent) or _superlative_of_a_country(t, phrase, kids) or _said_of_this(t, sent, kids)
        if describes:
            anaphoric, another, starts = True, False, False
        # (fields named together, "месторождений Каламкас-море и Хазар",
        # are as often developed as one undertaking)
        names = _plural_names(t, sent, kids) if family != "mine" else []
        for tokens in ([phrase] if not names else [sorted([t] + n, key=lambda x: x.start) for n in names]):
            out.append(_Mention(sent=sent, head=t, tokens=tokens, anaphoric=anaphoric and not names, family=family,
                                another=another, own=own, starts=starts and anaphoric, describes=describes,
                                one_of=bool(names)))
    # "завод по выпуску полиэтилена": a noun inside another mention's
    # phrase is part of that name, not a project of its own
    # "проект строительства Балхашской ТЭС": the object is the ТЭС, the
    # word "проект" only frames it
    heads = {id(m.head) for m in out if m.head.lemma not in ANAPHORA_NOUNS}
    out = [m for m in out if not (m.head.lemma in ANAPHORA_NOUNS and
                                  any(id(t) in heads for t in m.tokens if t is not m.head))]
    inner = {id(tok) for m in out for tok in m.tokens if tok is not m.head}
    out = [m for m in out if id(m.head) not in inner]
    out = [m for m in out if not _apposition(m, out, sent) and not _predicative(m, out, sent)]
    _programmes(sent, out, kids)
    # "Еще одним проектом является строительство установки": where the
    # sentence names its object, a bare "проект" is that object, not an
    # anaphor of the previous one
    # "Еще одним проектом является строительство установки": "еще один"
    # makes the object of the sentence a new one
    # (a counted group, "первым из трёх комплексов", is not the object framed)
    concrete = [m for m in out if not m.anaphoric and m.head.lemma not in ANAPHORA_NOUNS and not _is_group(m)]
    if concrete:
        framing = [m for m in out if m.head.lemma in ANAPHORA_NOUNS and not _is_anaphoric(m.head, kids)
                   and (m.anaphoric or m.another) and not m.topic]
        if any(m.another for m in framing):
            for c in concrete:
                c.another = True
        out = [m for m in out if m not in framing]
    return out


def _apposition(m: _Mention, mentions: list[_Mention], sent: Sentence) -> bool:
    """"завод по выпуску кремния — второе такое предприятие региона": the
    words after the dash describe the object before it."""
    toks = sent.tokens
    i = toks.index(m.tokens[0]) if m.tokens[0] in toks else -1
    # "— первое в истории страны предприятие": lower-case words, a place
    # phrase among them, between the dash and the description
    for j in range(i - 1, max(i - 6, 0) - 1, -1):
        if toks[j].text in "—–":
            before = {id(t): o for o in mentions if o is not m for t in o.tokens}
            # "Зарамагскую ГЭС-1 на реке Ардон — крупнейшую электростанцию":
            # a place phrase may stand between the object and the dash, and
            # an aside in brackets ("(каз. «Қазақстан электролиз зауыты»)")
            k = j - 1
            if k >= 0 and toks[k].text == ")":
                k = next((x for x in range(k - 1, max(k - 12, 0) - 1, -1) if toks[x].text == "("), 0) - 1
            for k in range(k, max(k - 5, 0) - 1, -1):
                if id(toks[k]) in before:
                    # "следующий проект предприятия — комплекс": the owner
                    # of a "проект"; what follows the dash is that project
                    o = before[id(toks[k])]
                    if o.head.lemma in ANAPHORA_NOUNS and m.head.feats.get("Number") != "Plur":
                        # "следующий проект — месторождение Коксай": what the
                        # project is (one project of two plants stays the "проект")
                        return False
                    return not (o.head.rel == "nmod" and _parent_lemma(o.head, sent) in ANAPHORA_NOUNS)
                if toks[k].pos not in ("ADP", "NOUN", "PROPN", "ADJ"):
                    return False
            return False
        if toks[j].pos not in ("ADJ", "DET", "PRON", "NUM", "ADP", "NOUN") or toks[j].text[:1].isupper():
            return False
        # a noun only inside a place phrase ("в истории страны"), not one
        # the mention hangs on ("каскада из 13 ГЭС")
        if toks[j].pos == "NOUN" and (toks[j].lemma in OBJECT_NOUNS or
                                      not any(t.pos == "ADP" for t in toks[max(j - 3, 0):j])):
            return False
    return False


_LINK_VERBS = {"оставаться", "являться", "стать", "становиться"}


def _predicative(m: _Mention, mentions: list[_Mention], sent: Sentence) -> bool:
    """"единственным горнорудным предприятием региона остается Кызыл-Таштыгский
    ГОК": a noun in the instrumental after a link verb says what the
    verb's subject is; it is no object of its own."""
    if m.head.feats.get("Case") != "Ins":
        return False
    verb = next((t for t in sent.tokens if t.id == m.head.head_id), None)
    if verb is None or verb.lemma not in _LINK_VERBS:
        return False
    # (a subject that refers back, "Проект ... стал первым объектом
    # солнечной генерации", is told by the predicate instead)
    return any(o is not m and o.head.head_id == verb.id and o.head.rel == "nsubj"
               and o.head.lemma not in ANAPHORA_NOUNS for o in mentions)


def _programmes(sent: Sentence, mentions: list[_Mention], kids) -> None:
    """"мы намерены реализовать ряд проектов ... в целях развития
    возобновляемой энергетики": a bare "проекты" with a sector topic
    elsewhere in the sentence is a programme of its own, not an anaphor."""
    taken = {id(t) for m in mentions for t in m.tokens}
    for m in mentions:
        if m.head.lemma not in ANAPHORA_NOUNS or _is_anaphoric(m.head, kids):
            continue
        named = bool(_names(m.tokens, m.head, m.sent))
        for t in sent.tokens:
            if id(t) in taken or t.pos not in ("ADJ", "NOUN"):
                continue
            sector = _sector_of(t.text)
            if sector not in ("renewables", "solar_power", "wind_power", "hydro_power", "nuclear"):
                continue
            head = next((h for h in sent.tokens if h.id == t.head_id and h.pos == "NOUN"), None)
            # "проект CASA-1000": its own name says which; the sector word
            # elsewhere in the sentence is not part of it
            m.topic = [] if named else sorted([t] + ([head] if head is not None and t.pos == "ADJ" else []),
                             key=lambda x: x.start)
            m.anaphoric = False
            m.family = "programme"
            break


def _modifiers(m: _Mention) -> set[str]:
    # "первый" says nothing of which object it is, except against "второй"
    mods = {t.lemma for t in m.tokens if t is not m.head and t.pos in ("ADJ", "NOUN", "PROPN", "X", "VERB")
            and (t.lemma not in WEAK_MODIFIERS or t.lemma in _ORDINALS)}
    number = re.search(r"-(\d{1,2})$", m.head.text)
    if number:
        mods.add("№" + number.group(1))  # "ГЭС-1" and "ГЭС-2" are two plants
    # "энергоблок № 5": the number after the sign
    toks = m.sent.tokens
    after = _number_after(toks, toks.index(m.head)) if m.head in toks else None
    if after is not None and re.fullmatch(r"\d{1,2}", after):
        mods.add("№" + after)
    # an ordinal the name leaves out ("Первую станцию построят") still tells
    # which of two stations is meant
    mods |= {c.lemma for c in m.sent.tokens if c.head_id == m.head.id and c.rel == "amod" and c.lemma in _ORDINALS}
    return mods


def _proper(mods: set[str]) -> set[str]:
    """Modifiers that are names ("хызы-абшерон", "тяньваньский"): two
    mentions sharing one are the same object under two nouns (ВЭС and
    ветряная электростанция)."""
    return {x for x in mods if x not in _ORDINALS and not x.startswith("№")
            and (not re.fullmatch(r"[а-яё-]+", x) or "-" in x)}


def _ordinals(mods: set[str]) -> set[str]:
    return {x for x in mods if x in _ORDINALS or x.startswith("№")}


def _ordinals_clash(a: set[str], b: set[str]) -> bool:
    """Both sets of modifiers carry ordinals and they differ ("первый" and
    "второй", "ГЭС-1" and "ГЭС-2"): two objects."""
    # "пятая теплоэлектроцентраль" is "ТЭЦ-5"
    oa, ob = ({_ORDINAL_NUMBERS.get(x, x) for x in _ordinals(m)} for m in (a, b))
    # "третий блок" is one of "третий и четвертый блоки" told before
    return bool(oa and ob and not (oa <= ob or ob <= oa))


# ----------------------------------------------------------------- slots

def _tree_distance(a: Token, b: Token, by_id: dict[str, Token]) -> int:
    def chain(t: Token) -> list[str]:
        out, seen = [], set()
        while t is not None and t.id not in seen:
            out.append(t.id)
            seen.add(t.id)
            t = by_id.get(t.head_id)
        return out
    ca, cb = chain(a), chain(b)
    pos_b = {tid: i for i, tid in enumerate(cb)}
    for i, tid in enumerate(ca):
        if tid in pos_b:
            return i + pos_b[tid]
    return 99


def _token_at(sent: Sentence, offset: int) -> Token | None:
    for t in sent.tokens:
        if t.start <= offset < t.stop:
            return t
    return None


def _sector_of(text: str) -> str | None:
    low = _fold(text)
    for rx, sector in SECTOR_RULES_RE:
        if rx.search(low):
            return sector
    return None


def _sector_near(m: _Mention) -> str | None:
    """The sector a mention's sentence gives, by the cue nearest the mention:
    "проект CASA-1000 — строительство линий электропередачи, по которым
    пойдут излишки гидроэлектроэнергии" is a power line."""
    low = _fold(m.sent.text)
    at = m.head.start - m.sent.start
    best = None
    for rx, sector in SECTOR_RULES_RE:
        for hit in rx.finditer(low):
            d = min(abs(hit.start() - at), abs(hit.end() - at))
            if best is None or d < best[0]:
                best = (d, sector)
    return best[1] if best else None


def _stage_cues(sent: Sentence, published: date | None) -> list[tuple[int, str, bool]]:
    """(offset, stage, past) of every stage cue in a sentence; past: the
    clause dates it to an earlier year ("в 2016 году соглашение было
    расторгнуто"), background rather than the news."""
    low = _fold(sent.text)
    # «Амур Монтаж»: a name; «Сейчас комбинат законсервирован», — сказал он: speech
    names = [(q.start(), q.end()) for q in _QUOTED_NAME.finditer(sent.text)
             if not re.match(r"\s*,?\s*[—–]", sent.text[q.end():])]
    out = []
    for rx, stage in STAGE_RULES_RE:
        for m in rx.finditer(low):
            if NEGATION_RE.search(low[max(0, m.start() - 12):m.start()]):
                continue
            if any(a <= m.start() < b for a, b in names):
                continue  # «Амур Монтаж»: a word of a company's name
            if _COMPARED_WITH.search(low, max(0, m.start() - 30), m.start()):
                continue  # "мощность выше, чем у двух действующих": the ones it is compared with
            if _EXPERIENCE_OF.search(low, max(0, m.start() - 30), m.start()):
                continue  # "опыт вывода из эксплуатации используем": know-how, not a state
            st = stage
            # "началось в 2014 году, но было остановлено": a year before a
            # "но" dates what came before the stop, not the stop
            lo = max(0, m.start() - 60)
            turn = re.search(r".*,\s*(?:но|однако)\s", low[lo:m.end()]) if STAGE_ORDER[stage] >= 5 else None
            clause = low[lo + (turn.end() if turn else 0):m.end() + 40]
            if stage == "shelved" and re.search(r"возобнов|размороз|перезапуст", low[m.end():m.end() + 60]):
                continue  # "работы, приостановленные весной, возобновлены": over
            if stage == "shelved" and re.search(r"решени\w* (?:\w+ ){0,2}$", low[max(0, m.start() - 30):m.start()]):
                continue  # "инвестиционное решение отложено": the decision waits, nothing stops
            if stage == "shelved" and _LAUNCH_PUT_OFF.search(low[max(0, m.start() - 100):m.start()]):
                # "пуск двух новых блоков снова откладывается": the launch
                # waits, the building goes on
                st = "construction"
            if stage == "pre-construction" and re.match(r"[^.;,]{0,25}?\b(?:отложен|перенесен|не принят)",
                                                         low[m.end():]):
                continue  # "окончательное инвестиционное решение отложено": not taken
            if stage == "pre-construction" and _INTENT.search(low[m.start():m.end() + 40].split(",")[0]):
                # "подписали соглашение о намерениях", "меморандум о
                # сотрудничестве": intentions, no step towards building yet
                st = "announced"
            elif stage == "pre-construction" and re.search(r"\bпредстоит\b[^.;]{0,50}$", low[max(0, m.start() - 60):m.start()]):
                st = "announced"  # "проект еще предстоит провести через экспертизу": none of it begun
            elif stage == "pre-construction" and (
                    re.search(r"(?:\bготов[аоы]?|\bпримет|\bбуд(?:ет|ут)|планиру\w*|намерен\w*)\s+(?:\w+\s+){0,3}$",
                              low[max(0, m.start() - 40):m.start()]) or _AHEAD_AFTER.match(low, m.end())):
                # "область готова выделить участок", "решение примет после
                # подготовки ТЭО", "ТЭО планируется заказать": a step still ahead
                st = "announced"
            if stage in ("mothballed", "retired") and (
                    _WILL.search(low, max(0, m.start() - 30), m.start())
                    or (m.group(0).startswith("вывод") and _FUTURE_AFTER.match(low, m.end()))):
                # "будет выведена из работы после пуска новой станции",
                # "вывод из эксплуатации намечен на 2030 год": it works until then
                st = "operating"
            elif stage == "mothballed" and re.search(r"строительств|(?<!по)стройк|площадк|недостро|котлован",
                                                   low[max(0, m.start() - 60):m.end() + 30]):
                # a building site put on hold ("площадка законсервирована",
                # "строительство законсервировано") never worked: it is shelved
                st = "shelved"
            past = _past_year(clause, published) or bool(
                # "В 2015 году проект одобрили, однако два года спустя
                # подготовку приостановили": later than a past year, still past
                re.search(r"\bспустя\b|\bчерез (?:\w+ )?(?:год|года|лет)\b", low[max(0, m.start() - 40):m.start()])
                and _past_year(low[:m.start()], published))
            if past and stage == "construction" and published is not None and _BUILD_START.search(m.group(0)) \
                    and max(map(int, re.findall(r"\b((?:19|20)\d\d)\b", clause)), default=0) >= published.year - 2:
                # "строительство началось в 2023 году" told in 2024: begun
                # lately, under way still unless the article says otherwise
                past = False
            if stage in ("operating", "construction") and _TERMS.search(low[:m.start()]):
                continue  # "по соглашению Иран сначала сам эксплуатирует ГЭС": the terms, not the news
            if stage == "operating":
                if re.search(r"\bчтобы\s+(?:[\w-]+\s+){0,3}$", low[max(0, m.start() - 40):m.start()]):
                    continue  # "важно, чтобы завод заработал в срок": a wish, not a state
                if _LAUNCH_AHEAD.search(low[max(0, m.start() - 30):m.start()]):
                    # "ускоряет запуск", "сроки запуска", "готовится к открытию": still ahead
                    st = "construction" if re.search(_BUILDING_NOW, low) \
                        else "announced"
                elif re.search(r"(?:\bкотор\w+\s+(?:уже\s+)?|\b(?:пока|(?:все )?еще|по-прежнему|до сих пор)\s+)$",
                               low[max(0, m.start() - 20):m.start()]):
                    # "блок, который работает с 1975 года", "ТЭЦ пока работает":
                    # its state now, whatever is planned for it
                    pass
                elif (_future_of_launch(clause, low, m.start()) or _PUT_OFF_AFTER.match(low, m.end())) and not past:
                    # "будет введен в 2027 году": not yet operating; "запустят
                    # в декабре": a launch due within the year is of a plant
                    # being finished
                    st = "construction" if re.search(_BUILDING_NOW, low) or _due_this_year(clause, published) \
                        else "announced"
            elif stage == "announced" and re.match(r"запуст|откро|введ|заработа", m.group(0)) \
                    and _due_this_year(clause, published) and not NEGATION_RE.search(low[max(0, m.start() - 12):m.start()]):
                # "запустят в декабре", "откроют до конца года": a launch due
                # within the year is of a plant being finished
                st = "construction"
            elif stage == "construction":
                if _AGREED_ON.search(low[max(0, m.start() - 50):m.start()]) or \
                        _APPROVED.search(low[max(0, m.start() - 30):m.start()]):
                    # "меморандум о возобновлении работ", "одобрило возобновление
                    # строительства": agreed on, not yet done
                    continue
                if re.search(r"\bсрок\w*\s+$", low[max(0, m.start() - 20):m.start()]):
                    continue  # "сроки возобновления работ не определены": nothing resumed
                # building is under way unless the cue itself is put in the
                # future ("будут вестись монтажные работы")
                # (a share done, "выполнено на 85%, завершить планируется
                # в 2025 году", is the state now, whatever comes next)
                if (FUTURE_RE.search(low[max(0, m.start() - 25):m.start()]) or
                        _FUTURE_AFTER.match(low, m.end())) and not re.search(r"завершит|завершени|%|процент", m.group(0)):
                    st = "announced"  # "строительные работы планируется начать летом"
                elif re.match(r"залив|заклад|перв", m.group(0)) and _PLANNED_LATER.match(low, m.end()):
                    # "заливку первого бетона в основание блока компания
                    # намечает на весну": an event still ahead
                    st = "announced"
            out.append((sent.start + m.start(), st, past))
    if any(st in ("shelved", "mothballed") for _, st, _ in out):
        # "партнер вышел из проекта, и работы заморожены": a partner gone,
        # the works frozen, the project not given up
        out = [c for c in out if not (c[1] == "cancelled" and _PARTNER_LEFT.match(low, c[0] - sent.start))]
    return out


_PARTNER_LEFT = re.compile(r"вышл?\w* из проекта")


# the launch as what is put off ("пуск блоков откладывается", "ввод
# станции отложен"), with no stop of the works in between
_LAUNCH_PUT_OFF = re.compile(r"(?:^|[.;,:]\s|\s)(?:пуск|запуск|ввод|сдач)\w*\b(?![^.;,]*(?:строительств|работ|стройк))[^.;,]*$")


# a step put ahead by the words before it (not a year, which may be past)
_WILL = re.compile(r"\bбуд(?:ет|ут)\b|планир\w*|намечен\w*|предполага\w*|должн[аоы]?\b|ожида\w*|собира\w*|намерен\w*")


_BUILD_START = re.compile(r"начал|начат|стартов|заложен|заложил|закладк|приступил|старт")


# the step a cue names is put in the future by the next words ("технико-
# экономическое обоснование планируется заказать")
_AHEAD_AFTER = re.compile(r"[^\W\d]*\s+(?:\w+\s+){0,2}?(?:планиру|намечен|предполага|собира|намерен|ожида|рассчитыва)")


_THIS_YEAR = re.compile(r"\b(?:в|к|до) (?:(?:начале|конце|середине|концу|начала|конца) )?(?:январ|феврал|март|апрел|ма[йяе]\b|"
                        r"июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|\b(?:в этом|в текущем|в нынешнем|до конца|"
                        r"к концу|в конце) (?:году|года)\b")


def _due_this_year(clause: str, published: date | None) -> bool:
    """"запустят в декабре", "до конца года": a date within the year, and
    no later year named."""
    if not _THIS_YEAR.search(clause):
        return False
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", clause)]
    return not years or (published is not None and max(years) <= published.year)


def _future_of_launch(clause: str, low: str, at: int) -> bool:
    """Whether a launch cue is put in the future. "после" does so only for
    the launch itself ("после пуска станция даст"), not for what came
    before it ("после модернизации выведена на проектную мощность")."""
    for m in FUTURE_RE.finditer(clause):
        if m.group(0) != "после":
            return True
    return bool(re.search(r"\bпосле\s+(?:\w+(?:ого|его)\s+)?$", low[max(0, at - 30):at]))


# an event a cue names that the rest of its clause plans ("заливку бетона намечает на весну")
_PLANNED_LATER = re.compile(r"[^.;,]{0,80}?\b(?:намеча|планиру|запланирован|намечен|предполага|ожида|перенес)")
_COMPARED_WITH = re.compile(r"\b(?:чем|в отличие от)\s+(?:(?:у|на|в)\s+)?(?:\w+\s+)?$")
_EXPERIENCE_OF = re.compile(r"\bопыт\w*\s+(?:\w+\s+)?$")
# agreements that only state intentions
_INTENT = re.compile(r"меморандум|о намерениях|рамочн\w* (?:соглашени|договор)")
# what an agreement, a decision or talks are about ("подписали меморандум о
# возобновлении строительства", "решение о начале работ")
_APPROVED = re.compile(r"(?:одобрил|одобрен|утвердил|утвержден|разрешил|санкционировал)\w*\s+(?:\w+\s+)?$")
_AGREED_ON = re.compile(r"(?:меморандум|соглашени|договор|решени|план|переговор|договоренност)\w* "
                        r"(?:\w+ )?об? (?:[\w-]+ ){0,3}$")
_LAUNCH_AHEAD = re.compile(r"(?:ускоря\w*|ускорить|ускорени\w*|перенес\w*|перенос\w*|срок\w*|готов\w* к|"
                           r"подготовк\w* к|приблизить|приближа\w*|дат\w*)\s+(?:\w+\s+)?$")
# what an agreement lays down: "по межправительственному соглашению Иран
# сначала сам эксплуатирует ГЭС, а затем передает ее"
_TERMS = re.compile(r"(?:^|[.;:]\s)по (?:\w+ ){0,2}?(?:соглашени|договор|контракт|услови)\w*\b[^.;]{0,80}$")
# building going on in the sentence ("строится", not "строительство рассчитано")
_BUILDING_NOW = re.compile(r"\bстро(?:ит|ят|ится|ятся)\b|строящ|строительств\w* (?:идет|ведет)")
# "пуск первого агрегата переносится на следующий год": the launch is still ahead
_PUT_OFF_AFTER = re.compile(r"[^.;]{0,60}?\b(?:перенос|переносит|перенесен|отклады|отложен|сдвига|сдвинут|задержива)")
_QUOTED_NAME = re.compile(r"«[А-ЯЁA-Z][^»]{0,60}»")
_FUTURE_AFTER = re.compile(r"\W*(?:\w+\s+){0,2}?(?:планиру|намечен|начнут|начнется|начнутся|стартуют|стартует|"
                           r"предполага|должн|собира|намерен|ожида|буд(?:ет|ут)\b)")


_STILL = re.compile(r"\bс тех пор\b|\bдо сих пор\b|\bпо сей день\b|\bпо-прежнему\b|\bдо настоящего времени\b")


def _past_year(clause: str, published: date | None) -> bool:
    # "в 2016 году", "в начале 1960-х годов"
    # "с 2006 года строит", "работает с 2009 года": since then and still, not past
    if re.search(r"\bв советск\w* (?:время|годы|период)|\bпри ссср\b|\b(?:год|года|лет)\s+назад\b", clause) \
            and not _STILL.search(clause):
        return True  # "еще в советское время были залиты фундаменты", "пятнадцать лет назад": long ago
    years = [int(y) for y in re.findall(r"(?<!\bс )(?<!\bсо )\b((?:19|20)\d\d)(?:-х)?\b", clause)]
    if not years or _STILL.search(clause):
        # "в 1992 году работы прекратились, и с тех пор площадка
        # законсервирована": the state has lasted until now
        return False
    if published is None:
        return max(years) < 2000  # decades ago whatever the article's date
    return max(years) < published.year


_COMPOUND_OBJECT = re.compile(r"(?:агло|мини-?|микро-?|авто|мусоро|эко)(фабрик|завод|комбинат)\w*")


# the heading of a press release's standing footer on its own line
_FOOTER = re.compile(r"\n[ \t]*(?:О компании|О Компании|О группе(?: компаний)?|О холдинге|О корпорации|"
                     r"Справка|Справочно|Справочная информация|About the company)[ \t]*:?[ \t]*\n")


# ----------------------------------------------------------------- main

def extract_projects(doc: Doc, entities: list[Entity], published: date | None = None) -> list[Project]:
    projects: list[_Project] = []
    last_seen: dict[int, int] = {}  # project index -> last sentence index
    ent_at: dict[int, Entity] = {}
    for e in entities:
        for m in e.mentions:
            ent_at[m.start] = e

    # names the entity step judged to be organisations ("ГМК «Норильский
    # никель»"): a company, not an object being built
    # Only names marked as companies count: quotes or a legal form; NER
    # also tags plain plant names ("Камбаратинская ГЭС-1") as ORG.
    org_spans = [(m.start, m.end) for e in entities if e.type == "ORG" for m in e.mentions
                 if re.search(r"[«\"]|\b(?:АО|ТОО|ЗАО|ПАО|ООО|ОАО|АК|НК|LLC|JSC|Ltd)\b",
                              doc.text[max(0, m.start - 5):m.end + 1])]
    prev_evidence, prev_plain = False, None
    passed: list[_Mention] = []  # named objects told in passing, with nothing said of them
    footer = _FOOTER.search(doc.text)
    for k, sent in enumerate(doc.sents):
        if footer is not None and sent.start >= footer.start():
            break  # "О компании": the release's boilerplate lists what the company owns, not news
        mentions = find_mentions(sent, doc.sents[k - 1].text if k else "")
        for m in mentions:
            m.speech = in_speech(doc.text, m.head.start)
        if not mentions:
            _unnamed_figures(doc, sent, projects, last_seen, ent_at, published)
            # "Три года назад уложили первые метры пути. С тех пор первая
            # железная дорога в Туву ...": a stage told just before the
            # object is named is evidence for it
            prev_evidence = False
            prev_plain = sent  # its cues are read only if an object named next needs them
            continue
        # cues that make a sentence about a project rather than a passing noun
        low = _fold(sent.text)
        money = _costs(sent.text)
        quantities = find_quantities(sent.text)
        cues = _stage_cues(sent, published)
        has_evidence = _has_evidence(low, cues, money, quantities)
        # "речь идет о седьмом и восьмом блоках ...": a sentence that goes on
        # from one about building counts as evidence too
        near_evidence = has_evidence or prev_evidence
        prev_evidence, after_plain, prev_plain = has_evidence, prev_plain, None
        figures = bool(money or [q for q in quantities if q.unit in CAPACITY_UNITS])
        bound: list[tuple[_Mention, _Project]] = []
        # parts of a plant ("энергоблоки", "установка пиролиза") come after
        # the objects of their sentence, so that they can join them
        mentions.sort(key=lambda m: _is_component(m))
        names_only = 0  # mentions that are words of a company's name
        hosts: list[_Mention] = []  # plants told as the site of new units
        for m in mentions:
            if m.family == "zone" and _zone_is_a_place(m, mentions):
                continue
            if _others_of_kind(m, [p for _, p in bound] + [projects[i] for i in last_seen
                                                          if sent.index - last_seen[i] <= 2]):
                continue
            # "их строят на площадке действующей ТЭС": the working plant is
            # where the new units go; "трасса железной дороги": a part or
            # aspect of a project named before; "энергоблоки" of a plant
            owner = (_site_of(m, projects, last_seen, sent.index)
                     or _substation_of_line(m, bound, projects, last_seen, sent.index)
                     or _serving_part(m, bound, projects, last_seen, sent.index)
                     or _part_of_last(m, projects, last_seen, sent.index)
                     or _whole_of(m, projects, last_seen, sent.index)
                     or (_parent_of(m, bound, projects, last_seen, sent.index) if _is_component(m) else None))
            if owner is not None:
                owner.mentions.append(m)
                last_seen[projects.index(owner)] = sent.index
                bound.append((m, owner))
                continue
            if _inside_org(m, org_spans) or _maker(m):
                names_only += 1
                continue
            if _host_of_new_units(m, mentions):
                hosts.append(m)
                continue  # "построить на Навоийской ТЭС вторую ПГУ": the plant is where, the unit what
            if not m.anaphoric and not m.one_of and _generic_plural(m, figures and _figures_in_clause(m, money, quantities)):
                continue
            target = None
            apart = False
            if m.anaphoric:
                target = _antecedent(projects, last_seen, m, sent.index, ent_at)
                if target is not None and m.starts and _elsewhere_in_sentence(m, target, ent_at):
                    # "В Карманинском районе действует фабрика компании
                    # «Кармана Деним»": a plant of its own, not the one before
                    target, apart = None, True
                elif target is not None and m.head.lemma not in ANAPHORA_NOUNS \
                        and any(c.lemma == "свой" for c in _children(sent).get(m.head.id, [])) \
                        and _another_company(m, target, ent_at, sent):
                    # "Компания «Хевел» довела мощность своего завода": the
                    # plant of the company the sentence names, not the one before
                    target, apart = None, True
                    m.anaphoric = False
                if target is None and not m.starts and not apart and (
                        m.head.lemma in ANAPHORA_NOUNS or _is_anaphoric(m.head, _children(sent)) or not figures
                        or m.family == "line" or m.describes):
                    continue
            if target is None:
                # ...or, for an object placed in its own words ("железная
                # дорога в Туву"), a stage told in the sentence before
                if not near_evidence and not (after_plain is not None and _placed(m) and _stage_cues(after_plain, published)) \
                        and not _told_of_later(doc, sent, m, published):
                    # ("Нефтеперерабатывающий завод «Роснефти» в Туапсе
                    # возобновил переработку": described, if not named)
                    # (not a headline's description: the body's own words tell it)
                    if not m.anaphoric and (_names(m.tokens, m.head, m.sent) or (
                            _specific(m.head, m.tokens) and sent.start >= _headline_end(doc.text))):
                        passed.append(m)
                    continue
                if m.starts:
                    m.anaphoric = False  # no antecedent: it names the object this sentence builds
                forced_new = m.another and not _ordinals(_modifiers(m))
                target = None if forced_new or apart else _same_object(projects, m, ent_at, sent)
            if target is None:
                target = _Project(family=m.family)
                projects.append(target)
                named = _named_before(passed, m) if m.anaphoric and not _specific(m.head, m.tokens) else None
                if named is not None:
                    # "машин Саяно-Шушенской ГЭС ... Станцию планируют
                    # восстановить": the object named in passing before
                    target.name, target.name_tokens = _balance_quotes(normalize_phrase(named.tokens)), named.tokens
                if m.another and not _specific(m.head, m.tokens) and not m.own:
                    # "еще один завод": another of the kind just described
                    # ("собственная ТЭС" is of a kind of its own)
                    target.name = _kind_of(projects[:-1], m)
                    target.name_tokens = m.tokens if target.name else []
            # a longer mention names it better, but not its deposit ("месторождение
            # Шалкия в ... районе" after "Рудник «Шалкия»")
            if not target.name or (not m.anaphoric and len(m.tokens) > len(target.name_tokens)
                                   and target.family == m.family
                                   # "первого предприятия по производству алюминия" after
                                   # "Казахстанский электролизный завод": a description
                                   # that drops the name does not rename the object
                                   and _keeps_name(m, target)
                                   and (m.head.lemma != "месторождение" or all(
                                       x.head.lemma == "месторождение" for x in target.mentions))):
                if not m.anaphoric or not target.name:
                    target.name_tokens = m.tokens
                    target.name = _balance_quotes(normalize_phrase(m.tokens)) if not m.one_of else \
                        (m.head.lemma if m.head.text[:2].islower() else m.head.text) + " " + sent.text[
                            m.tokens[1].start - sent.start:m.tokens[-1].stop - sent.start]
                    if m.topic:
                        target.name += " " + " ".join(t.text for t in m.topic)
                    target.family = target.family or m.family
            # an anaphor keeps only its number ("его замещает энергоблок № 5")
            # (a description says nothing of its number: "стала второй по мощности")
            target.modifiers |= _modifiers(m) if not m.anaphoric else set() if m.describes else _ordinals(_modifiers(m))
            target.mentions.append(m)
            last_seen[projects.index(target)] = sent.index
            bound.append((m, target))
        if bound:
            _fill_slots(doc, sent, bound, ent_at, money, quantities, cues)
            _same_site(sent, bound, projects, last_seen)
            _host_place(hosts, bound)
        elif names_only == len(mentions):
            # "Заказчиком выступает ТОО «Газопровод Бейнеу — Шымкент»": the
            # only object words name a company; the sentence is of the project before
            _unnamed_figures(doc, sent, projects, last_seen, ent_at, published)
        elif _ROLE_CUE.search(low):
            # "Заказчиком выступила X, а работы от полотна до мостов и труб
            # взяли на себя Y": object words that are no project leave the
            # roles to the project before (its figures and stage stay its
            # sentences' own); not "Оба аэропорта эксплуатирует X", of
            # more objects than the last
            before = _recent_project(projects, last_seen, sent)
            if not _kin_told(mentions, before):
                _unnamed_companies(doc, sent, before, ent_at)

    # "на двух китайских АЭС ... седьмой и восьмой блоки Тяньваньской АЭС, третий
    # и четвертый блоки АЭС «Сюйдапу»": once the members are named, the group
    # is only their summary
    # the country is voted before groups are dropped: "новые блоки в Китае"
    # says where its named members are
    projects = _fold_deposit_plant(_fold_headline(doc, projects))
    _name_after_operator(projects, entities)
    fallback_country = _article_country(projects, entities, doc.text)
    named = [p for p in projects if p.mentions and _names(p.name_tokens, p.mentions[0].head, p.mentions[0].sent)]
    projects = [p for p in projects if not (
        p.mentions and _is_group(p.mentions[0]) and not p.capacity and not p.investment
        and sum(1 for q in named if q is not p and q.family == p.family) >= 2)]
    # a named object only spoken of in someone's words, with nothing told of
    # it ("зимой, когда Токтогульская ГЭС вынуждена экономить воду"); an
    # unnamed one there is more often announced ("следующим шагом станет завод")
    projects = [p for p in projects if not (
        p.mentions and all(m.speech for m in p.mentions) and not p.stages
        and not (p.capacity or p.investment or p.companies or p.jobs)
        and _names(p.name_tokens, p.mentions[0].head, p.mentions[0].sent))]
    lenders = _lenders(doc, entities)
    own_names = _objects_own_names(projects)
    quoted = {id(p): _quoted_names(p.name) for p in projects}
    for p in projects:
        # "ГЭС «Забух» и «Гарыгышлаг»": NER tags the second name ORG, but it
        # is the name of the other object of the list, not the builder (a
        # quoted name told apart from the list is as often the operator's)
        others = set().union(*(quoted[id(q)] for q in _list_mates(p, projects)))
        p.companies = [c for c in p.companies if id(c) not in lenders and not _plant_as_org(c, doc.text)
                       and not (_fold(c.name) in own_names and not _legal_form_near(c, doc.text))
                       and not (_fold(c.name) in others and not _legal_form_near(c, doc.text))]
    _operators_by_name(projects, entities, doc.text)
    out = []
    named = [p for p in projects if p.name]
    for i, p in enumerate(named):
        out.append(_finish(p, i, doc, fallback_country, entities))
    _sector_of_kin(named, out)
    _place_of_kin(named, out)
    _place_of_neighbours(named, out)
    return out


def _named_before(passed: list[_Mention], m: _Mention) -> _Mention | None:
    """The named object of the bare noun's kind told last in passing, when
    only one such object was (not for a unit, "блок", which a plant's name
    would make the plant)."""
    if m.head.lemma in _COMPONENTS:
        return None
    kin = [x for x in passed if x.family == m.family and (x.head.lemma == m.head.lemma or _kind(x.tokens, x.head)
                                                            in (_kind(m.tokens, m.head), m.head.lemma)
                                                            or m.head.lemma in ("станция", "электростанция"))]
    # named ones first ("Ферганский нефтеперерабатывающий завод" over the
    # headline's "старейший нефтеперерабатывающий завод страны"), else the
    # described ("Нефтеперерабатывающий завод «Роснефти» в Туапсе")
    named = [x for x in kin if _names(x.tokens, x.head, x.sent)]
    kin = named or kin
    names = {_fold(" ".join(t.text for t in x.tokens)) for x in kin}
    return kin[-1] if len(names) == 1 else None


def _place_of_neighbours(internal: list[_Project], finished: list[Project]) -> None:
    """"вторая очередь" with no place but the country, in an article whose
    other objects all lie in one place or region ("под Жанатасом", "в
    Жамбылской области"): that place is likelier than the bare country.
    Not for a line or a group (they span places), "еще один завод" (one
    elsewhere), nor an object whose name gives a place or a country as its
    scope ("вторая АЭС Казахстана")."""
    own = [f.location for f in finished]
    for p, f, loc in zip(internal, finished, own):
        here = resolve.place(loc.name) if loc is not None else None
        if loc is None or here is None or here.type != "country":
            continue
        if any(how == "name" for _, _, how in p.places) or p.family in _LINE_FAMILIES | {"line"} or not p.mentions \
                or _is_group(p.mentions[0]) or any(m.another for m in p.mentions):
            continue
        others = [g for g in own if g is not None and g is not loc]
        known = {g.name: resolve.place(g.name) for g in others}
        others = [g for g in others if known[g.name] is None or known[g.name].type != "country"]
        # each a place the gazetteer knows in this country, or one and the
        # same small place it does not know ("месторождение Тебинбулак")
        if not others or any(known[g.name] is not None and known[g.name].country != here.country for g in others):
            continue
        if len({g.name for g in others}) == 1:
            f.location = Ref(name=others[0].name, id=others[0].id, aliases=list(others[0].aliases))
            continue
        regions = {resolve.region_of(known[g.name]) for g in others}
        region = next(iter(regions)) if len(regions) == 1 else None
        if region is not None:
            f.location = _place_ref(region)


def _place_of_kin(internal: list[_Project], finished: list[Project]) -> None:
    """"энергоблок № 6" told with no place is a unit of the plant whose
    other units the article places ("энергоблок Ленинградской АЭС"): one
    place among them is its."""
    for p, f in zip(internal, finished):
        # "«Тургусун-2»" beside "ГЭС «Тургусун-1»": a numbered sibling is kin too,
        # and so are the members of one list ("ГЭС «Забух» и «Гарыгышлаг» в
        # Лачинском районе")
        stems = _numbered_stems(p.name)
        mates = {id(q) for q in _list_mates(p, internal)}
        if not p.mentions or (p.mentions[0].head.lemma not in _COMPONENTS and not stems and not mates):
            continue
        # a country is only the article's fallback: "строительство второй
        # фабрики" with no place of its own is at its combine, in that country
        country = resolve.place(f.location.name) if f.location is not None else None
        if f.location is not None and (country is None or country.type != "country"):
            continue
        kin = {(g.location.name, g.location.id): g.location for q, g in zip(internal, finished)
               if q is not p and q.family == p.family and g.location is not None
               and _inside(g.location.name, country)
               and (p.mentions[0].head.lemma in _COMPONENTS or stems & _numbered_stems(q.name, bare=True)
                    or id(q) in mates)}
        if len(kin) == 1:
            f.location = next(iter(kin.values()))


def _list_mates(p: _Project, projects: list[_Project]) -> list[_Project]:
    """The other members of the list `p` was told in ("ГЭС «Забух» и
    «Гарыгышлаг»"): projects first named by the same noun."""
    if not p.mentions:
        return []
    return [q for q in projects if q is not p and q.mentions and q.mentions[0].head is p.mentions[0].head]


def _numbered_stems(name: str, bare: bool = False) -> set[str]:
    """The proper words of a name that carry a number ("Тургусун-2" ->
    {"тургусун"}); with bare, also the proper words without one."""
    words = re.findall(r"\b([А-ЯЁA-Z][а-яёa-z]{3,})(-\d{1,2})?\b", name)
    return {_fold(w)[:6] for w, n in words if n or bare}


def _place_ref(entry) -> Ref:
    """A place of the gazetteer the text names with no entity of its own."""
    return Ref(name=entry.name, aliases=list(entry.aliases))


def _inside(place: str, country) -> bool:
    """Whether a place lies in a country (gazetteer entry), when it is more
    specific than the country; any place when there is no country."""
    if country is None:
        return True
    here = resolve.place(place)
    # a place the gazetteer does not know is most often a small one, and the
    # article's country is likelier than any other
    return here is None or (here.type != "country" and here.country == country.country)


def _sector_of_kin(internal: list[_Project], finished: list[Project]) -> None:
    """"энергоблок № 6" names no field; the units and plants of its kind the
    article tells of do ("Ленинградская АЭС"): one field among them is its."""
    for p, f in zip(internal, finished):
        if f.sector != "other" or p.family not in ("power", "plant"):
            continue
        kin = {g.sector for q, g in zip(internal, finished) if q is not p and q.family == p.family
               and g.sector != "other"}
        if len(kin) == 1:
            f.sector = kin.pop()


def _name_after_operator(projects: list[_Project], entities: list[Entity]) -> None:
    """"полная мощность станции достигнет 3600 МВт" in an article about ОАО
    «Рогунская ГЭС»: a plant known only by its bare noun takes the name of
    the one company named after an object of its kind (the operator carries
    the plant's name)."""
    named_orgs = []
    for e in entities:
        if e.type != "ORG":
            continue
        words = [w.lower() for w in re.findall(r"[\w-]+", e.name)]
        families = {OBJECT_NOUNS[w] for w in words if w in OBJECT_NOUNS}
        if families and any(w[:1].isupper() for w in re.findall(r"[\w-]+", e.name)[1:]):
            named_orgs.append((e, families))
    for p in projects:
        if not p.name or len(p.name.split()) > 1 or p.family is None:
            continue
        kin = [e for e, fams in named_orgs if p.family in fams]
        if len(kin) == 1:
            name = _LEGAL_PREFIX.sub("", kin[0].name).strip(' «»"')
            p.name = name
            if kin[0] not in p.companies:
                p.companies.append(kin[0])


def _operators_by_name(projects: list[_Project], entities: list[Entity], text: str) -> None:
    """"ОАО «Кадамжайский сурьмяный комбинат»" in an article about the
    Кадамжайский сурьмяный комбинат: a company, by its legal form, whose
    whole name the object's name holds runs or owns it (a works is most
    often its operator's namesake, "АО «Рогунская ГЭС»")."""
    orgs = []
    for e in entities:
        if e.type != "ORG" or not (_LEGAL_PREFIX.match(e.name) or _legal_form_near(e, text)):
            continue
        core = _name_stems(_LEGAL_PREFIX.sub("", e.name))
        if core and any(w[:1].isupper() for w in re.findall(r"[\w-]+", _LEGAL_PREFIX.sub("", e.name))):
            orgs.append((e, core))
    for p in projects:
        words = _name_stems(p.name)
        for e, core in orgs:
            if e not in p.companies and any(words[i:i + len(core)] == core for i in range(len(words))):
                p.companies.append(e)


def _name_stems(name: str) -> list[str]:
    # words whole but for a case ending the dictionary form may have missed
    return [w[:-2] if len(w) > 5 else w for w in re.findall(r"[\w-]+", _fold(name))]


# a legal form opening a company's name ("АО «Рогунская ГЭС»")
_LEGAL_PREFIX = re.compile(r"^(?:ОАО|АО|ПАО|ЗАО|ООО|ТОО|ОсОО|ГУП|ФГУП|НАК|НК|АК)\s+")


def _names_meet(a: set[str], b: set[str]) -> bool:
    """Do two sets of name words share one, case endings aside ("завод
    «ЕвроХима»" above, "завод «ЕвроХим-Северо-Запад»" below)?"""
    stems = lambda words: {re.split(r"[-\s]", w.lower())[0][:6] for w in words if len(w) >= 4}
    if a & b or stems(a) & stems(b):
        return True
    # "ветропарк Shokpar" and "станция Шокпар": one name in two scripts
    latin = lambda words: {to_latin(re.split(r"[-\s]", w)[0])[:5] for w in words if len(w) >= 4}
    return any(re.match(r"[a-z]", w.lower()) for w in a | b) and bool(latin(a) & latin(b))


def _abbreviates(a: list[Token], b: list[Token]) -> bool:
    """Is one of the two names the other's acronym?"""
    return _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(a: list[Token], b: list[Token]) -> bool:
    words = [t.text.lower() for t in b]
    for t in a:
        short = split_acronym(t.text)
        if short is None:
            continue
        letters, kind, number = short
        numbered = {w for w in words if re.fullmatch(kind + r"-?\d+", w)}
        if number and not numbered & {f"{kind}-{number}", f"{kind}{number}"}:
            continue  # "ЭГРЭС-2" is not "Экибастузская ГРЭС-1"
        if not number and numbered:
            continue
        if any(x.text[:1].isupper() and x.text.lower().startswith(letters) and not x.text.isupper() for x in b):
            return True
    return False


def _fold_headline(doc: Doc, projects: list[_Project]) -> list[_Project]:
    """A headline names the article's subject in its own words ("стройка
    полипропиленового завода в Атырауской области"), the body in others
    ("интегрированный газохимический комплекс"): a project only the headline
    names is the one project of its kind the body tells of, when there is
    exactly one and no name or ordinal says otherwise."""
    end = _headline_end(doc.text)
    if not end:
        return projects
    in_body = [p for p in projects if any(m.head.start >= end for m in p.mentions)]
    out = list(projects)
    for h in projects:
        if not h.mentions or h in in_body or _is_group(h.mentions[0]):
            continue
        kin = [p for p in in_body if p.family == h.family and not _ordinals_clash(h.modifiers, p.modifiers)
               and not _other_route(h.name_tokens, p.name_tokens)]
        if not kin and h.mentions[0].head.lemma in ANAPHORA_NOUNS and _sector_of(h.name):
            # "соглашение о проекте зеленого водорода" above, "комплекс по
            # производству водорода" below: a project the headline names by
            # its field is the body's one object of that field
            kin = [p for p in in_body if _sector_of(h.name) in _sectors(p)]
        if not kin and h.family == "mine":
            # "рудник" above, "горно-обогатительный комбинат" below: a mine
            # and the mill that works it are one undertaking
            kin = [p for p in in_body if p.family == "plant" and "mining_metals" in _sectors(p)
                   and not _ordinals_clash(h.modifiers, p.modifiers)]
        if len(kin) > 1:
            # several below: the one sharing the headline's figures and
            # companies ("ТЭС на 1500 МВт" is the station of 1500 MW), else
            # its noun ("фабрика" in the headline, "третья фабрика" and
            # "завод" below)
            ranked = sorted(((_headline_affinity(h, p), i) for i, p in enumerate(kin)), reverse=True)
            if ranked[0][0] == 0 or ranked[0][0] == ranked[1][0]:
                continue
            kin = [kin[ranked[0][1]]]
        if len(kin) != 1:
            continue
        b = kin[0]
        own, other = _names(h.name_tokens, h.mentions[0].head, h.mentions[0].sent), \
            _names(b.name_tokens, b.mentions[0].head, b.mentions[0].sent)
        if own and other and not _names_meet(own, other) and not _abbreviates(h.name_tokens, b.name_tokens):
            continue  # two named objects
        _absorb(b, h)
        if (_products(h.name_tokens) and not _products(b.name_tokens)) or (own and not other):
            # "полипропиленовый завод" says what "интегрированный
            # газохимический комплекс" makes, "третий блок Экибастузской
            # ГРЭС-2" which plant "третий энергоблок станции" is of: the
            # name that tells more
            b.name, b.name_tokens = h.name, h.name_tokens
        out.remove(h)
    return out


def _sectors(p: _Project) -> set[str]:
    """The fields a project's name and its naming mentions tell ("Станция
    на Шапше" tells none, "Ленинградская ГАЭС" before it does)."""
    told = {_sector_of(p.name)} | {_sector_of(" ".join(t.text for t in m.tokens)) for m in p.mentions
                                    if not m.anaphoric}
    return told - {None}


def _figure_key(c: dict) -> tuple:
    """What makes two figures one: the number and its unit or currency, not
    what else they carry (the product a tonnage is of)."""
    return c.get("value"), c.get("unit"), c.get("amount"), c.get("currency")


def _absorb(b: _Project, h: _Project) -> None:
    """Everything told of `h` is told of `b` (h's mentions come first)."""
    b.mentions = h.mentions + b.mentions
    b.modifiers |= h.modifiers
    b.places += [x for x in h.places if x not in b.places]
    b.companies += [c for c in h.companies if c not in b.companies]
    have = {_figure_key(x) for x in b.capacity}
    b.capacity += [c for c in h.capacity if _figure_key(c) not in have]
    b.investment += [c for c in h.investment if c not in b.investment]
    b.jobs = b.jobs if b.jobs is not None else h.jobs
    b.stages = h.stages + b.stages
    b.weak_stages = h.weak_stages + b.weak_stages
    b.evidence = h.evidence + [e for e in b.evidence if e not in h.evidence]


def _fold_deposit_plant(projects: list[_Project]) -> list[_Project]:
    """"освоение месторождения Джеруй" and, paragraphs away, "построить
    горно-обогатительный комплекс": in an article about one deposit, the one
    unnamed mining plant is the plant that works it, one undertaking."""
    # "строящийся рудник" and, a paragraph on, "строительство
    # горно-обогатительного комбината": a mine and the mill beside it are
    # built as one undertaking, as a deposit and the plant that works it are
    deposits = [p for p in projects if p.mentions and p.family == "mine"
                and p.mentions[0].head.lemma in ("месторождение", "рудник", "карьер")]
    plants = [p for p in projects if p.mentions and p.family == "plant" and not _is_group(p.mentions[0])
              and not _names(p.name_tokens, p.mentions[0].head, p.mentions[0].sent)
              and (_sector_of(p.name) == "mining_metals" or p.mentions[0].head.lemma == "фабрика")]
    mines = [p for p in projects if p.family == "mine"]
    if len(deposits) != 1 or len(mines) != 1 or len(plants) != 1:
        return projects
    deposit, plant = deposits[0], plants[0]
    if any(_sited_elsewhere(m, deposit) for m in plant.mentions):
        return projects  # "фабрика на руднике Бороо" beside "месторождение Гацуурт"
    own = {e.name for rank, e, _ in plant.places if rank >= 2}
    if own and not own & {e.name for rank, e, _ in deposit.places}:
        return projects  # a plant told in a town of its own
    _absorb(deposit, plant)
    deposit.mentions.sort(key=lambda m: m.head.start)
    return [p for p in projects if p is not plant]


def _quoted_names(name: str | None) -> set[str]:
    """The names in «» of an object's name, folded ("ГЭС «Забух»" -> {"забух"})."""
    return {_fold(q) for q in re.findall(r"«([^»]{2,40})»", name or "")}


def _headline_affinity(h: _Project, p: _Project) -> int:
    kinds = {_kind(m.tokens, m.head) for m in h.mentions}
    # a word that describes the object ("Плавучая АЭС" above, "плавучая
    # атомная теплоэлектростанция" below) says more than a shared noun
    described = {x for x in h.modifiers & p.modifiers if not _ordinals({x}) and x not in WEAK_MODIFIERS} \
        - _place_lemmas(h.mentions) - _place_lemmas(p.mentions)
    # a town or region both are told in ("блоки в Синчэне" above, "блоки
    # станции у города Синчэн" below), not a country all of them share
    places = {e.name for rank, e, _ in h.places if rank >= 2} & {e.name for rank, e, _ in p.places if rank >= 2}
    figures = {_figure_key(c) for c in p.capacity + p.investment}
    # "завод «Аммоний»" above, the project of "ОАО «Аммоний»" below
    owned = any(_fold(c.name) == q or _fold(c.name).endswith(" " + q)
                for q in _quoted_names(h.name) for c in p.companies)
    # "о карбамидном заводе" above, "завода по производству аммиака и
    # карбамида" below: what it makes
    made = _products(h.name_tokens) & _products(p.name_tokens)
    return (2 * len([c for c in h.capacity + h.investment if _figure_key(c) in figures])
            + 2 * owned
            + 2 * len(made)
            + len([c for c in h.companies if c in p.companies])
            + len(places)
            + 2 * len(described)
            # the kind, not the noun: "ТЭЦ" above is the "теплоэлектроцентраль"
            # below, not the "ГРЭС" beside it
            + bool(kinds & {_kind(m.tokens, m.head) for m in p.mentions if not m.anaphoric}))


_COMPONENTS = {"энергоблок", "блок", "установка", "фабрика", "очередь", "цех", "линия", "реактор",
               "турбина", "котел", "агрегат", "секция"}
# a noun with this word is a part, never an object of its own: "пусковой
# комплекс" (the part of a plant started first), "пассажирский терминал" (of
# an airport or a station, told with its runway)
_PART_PHRASES = {"комплекс": "пусковой", "терминал": "пассажирский"}
# parts that only ever belong to an object ("фабрика" is an object of its own too)
_PLANT_PARTS = _COMPONENTS - {"фабрика"}


def _whole_of(m: _Mention, projects, last_seen, sent_index: int):
    """The project a mention is a part of, when its name holds that project's
    noun in the genitive ("трасса железной дороги", "участок газопровода")."""
    if m.anaphoric or m.another or _ordinals(_modifiers(m)) or _names(m.tokens, m.head, m.sent):
        return None
    inner = [t for t in m.tokens if t is not m.head and t.case == "Gen" and t.lemma in OBJECT_NOUNS]
    if not inner:
        return None
    for i in sorted(last_seen, key=lambda k: -last_seen[k]):
        if sent_index - last_seen[i] > 6:
            continue
        heads = {x.head.lemma for x in projects[i].mentions if not x.anaphoric}
        if any(t.lemma in heads for t in inner):
            return projects[i]
    return None


# "Проект предусматривает строительство ветровых и солнечных станций",
# "На его территории разместят таможенный терминал": parts of the project
# spoken of, told as its content
_PARTS_OF_LAST = re.compile(
    r"^\W*(?:(?:кроме|помимо) (?:него|нее|неё|них|того|этого|завода|станции),?\s+|также\s+)?"
    r"(?:(?:этот |данный )?(?:проект|комплекс|программа|план|он|она|они|первый этап|первая очередь)\s+"
    r"(?:\w+\s+)?(?:предусматрива|включа|включит|состоит|подразумева|охватыва)\w*"
    r"|.{0,40}\b(?:на (?:его|ее|её|их) территории|в (?:его|ее|её|их) состав))", re.I)


def _part_of_last(m: _Mention, projects, last_seen, sent_index: int):
    if not _PARTS_OF_LAST.match(m.sent.text):
        return None
    if m.anaphoric or m.another or m.head.lemma in _COMPONENTS or _names(m.tokens, m.head, m.sent):
        return None  # units have their own way to their plant (_parent_of)
    return _last_spoken(projects, last_seen, sent_index, 2, earlier=True)


_SITE_NOUNS = {"площадка", "территория"}
# words that say an object already works
_WORKING = {"действующий", "действовать", "существующий", "существовать"}


def _said_working(m: _Mention, words=_WORKING) -> bool:
    """"действующей Загорской ГАЭС": a working word in the mention or just
    before it (the mention leaves such words out)."""
    toks = m.sent.tokens
    j = toks.index(m.tokens[0]) - 1
    while j >= 0 and (toks[j].pos == "ADJ" or toks[j].feats.get("VerbForm") == "Part") and toks[j].lemma not in words:
        j -= 1
    return any(t.lemma in words for t in m.tokens) or (j >= 0 and toks[j].lemma in words)


def _works_now(m: _Mention) -> bool:
    """"В Ширине работает Сырдарьинская ТЭС": the object is the subject of
    a present "работает", "действует"."""
    parent = _parent(m.head, m.sent.tokens)
    if parent is None or not m.head.rel.startswith("nsubj") or \
            parent.lemma not in ("работать", "действовать", "функционировать") or parent.feats.get("Tense") != "Pres":
        return False
    # "с 1960-х годов работает", "уже давно работает": working since before;
    # not how a plant works ("станция работает на газе")
    since = re.search(r"\bс\s+(?:\d{4}|\d{2,4}-\w+|\w+\s+)?(?:\d{4}|\d{2,4}-\w+|советск|прошл)|\bуже\b|\bдавно\b|"
                      r"десятилети|\bлет\b", _fold(m.sent.text[:parent.start - m.sent.start + 60]))
    return since is not None


# "блок ... мощностью 242 МВт, построенный на японский кредит и работающий
# с 2010 года": told as working since a past year, in the clause after it
_SINCE_AFTER = re.compile(r"[^.;:!?]{0,100}?\b(?:(?:работающ|действующ|эксплуатируем|функционирующ)\w*\s+(?:уже\s+)?с\s+"
                          r"(?:\d{4}|\d{2,4}-\w+|советск|прошл)|(?:построенн|введенн|запущенн)\w*\s+(?:еще\s+)?в\s+"
                          r"(?:\d{4}|\d{2,4}-\w+|советск))")


def _working_since(m: _Mention) -> bool:
    return _SINCE_AFTER.match(_fold(m.sent.text), m.tokens[-1].stop - m.sent.start) is not None


def _site_of(m: _Mention, projects, last_seen, sent_index: int):
    """The project whose site an existing object is ("на площадке действующей
    тепловой электростанции"), or None."""
    if m.anaphoric or m.another:
        return None
    # by the words, not the parse, which often hangs the plant on the verb
    toks = m.sent.tokens
    i = toks.index(m.head)
    j = i - 1
    while j >= 0 and (toks[j].pos == "ADJ" or toks[j].feats.get("VerbForm") == "Part"):
        j -= 1
    if j < 0 or toks[j].lemma not in _SITE_NOUNS:
        return None
    if not any(t.lemma in _WORKING | {"работающий", "работать"} for t in toks[j + 1:i]):
        return None
    return _last_spoken(projects, last_seen, sent_index, 2, family=m.family)


def _zone_is_a_place(m: _Mention, mentions: list[_Mention]) -> bool:
    """"построить на территории СЭЗ «Дангара»": a zone where other objects
    go is their place, not a project of the sentence."""
    by_id = {t.id: t for t in m.sent.tokens}
    parent = by_id.get(m.head.head_id)
    if parent is not None and parent.lemma in ("территория", "площадка"):
        return True  # "на площадку в СЭЗ ... доставлены реакторы": where something is put
    if parent is not None and parent.lemma in ("компания", "дирекция", "администрация", "резидент", "оператор") \
            and m.head.case == "Gen":
        return True  # "управляющая компания Сумгайытского промышленного парка": whose company, not a build
    if not any(o.family not in ("zone", None) or (o.anaphoric and o.family) for o in mentions if o is not m):
        return False
    return bool(_prepositions(m.head, m.sent) & {"в", "на"})


# the works that serve another object: a pipeline's compressor and pumping
# stations, a plant's connecting substation, a port's terminal
_TO_A_SITE = re.compile(r"\W*(?:к|до) (?:\w+ ){0,2}?(?:месторожден|рудник|завод|комбинат|карьер|шахт|площадк|объект|станци)")
_SERVING_STATIONS = ("компрессорн", "насосн", "нефтеперекачивающ", "газоперекачивающ", "перекачивающ",
                     "приемн", "головн", "газоизмерительн")


def _serving_part(m: _Mention, bound, projects, last_seen, sent_index: int):
    """The object a serving part belongs to ("компрессорная станция
    «Караозек»" of the gas pipeline, "подстанция для подключения к сети" of
    the solar plant, the container terminal of the port). An access road
    the state builds to a site is an undertaking of its own."""
    if m.another:
        return None
    mods = [c.lemma for c in m.sent.tokens if c.head_id == m.head.id and c.rel == "amod"]
    after = _fold(m.sent.text[m.head.stop - m.sent.start:][:40])
    family = None
    if m.head.lemma == "станция" and any(x.startswith(_SERVING_STATIONS) for x in mods):
        family = "pipe"
    elif m.head.lemma == "станция" and any(x.startswith("выпарн") for x in mods):
        family = "plant"  # "выпарная станция" of a sugar or salt works: its equipment
    elif m.head.lemma == "подстанция" and re.match(r"\W*для (?:подключени|выдачи|присоединени)", after):
        family = "*"
    elif m.head.lemma in ("терминал", "причал") and not _names(m.tokens, m.head, m.sent):
        family = "port"
    elif m.head.lemma in ("дорога", "автодорога", "трасса") and re.match(_TO_A_SITE, after) and not re.search(
            r"стро|проложи|проклад|реконстр|модерниз|асфальт", _fold(m.sent.text[:m.head.start - m.sent.start])[-60:]):
        # "активисты перекрыли дороги к месторождению": the way to the
        # site, told of it, not a road being built
        family = "*"
    if family is None:
        return None

    def fits(p: _Project) -> bool:
        if p.family is None:
            return False
        if family == "port":
            return any(x.head.lemma == "порт" for x in p.mentions)
        return family == "*" or p.family == family
    return _near_owner(m, bound, projects, last_seen, sent_index, 3, fits)


def _near_owner(m: _Mention, bound, projects, last_seen, sent_index: int, within: int | None, fits):
    """The project that `fits` among those of `m`'s sentence, else the one
    spoken of last within `within` sentences (None: the sentence only)."""
    here = next((p for other, p in bound if other is not m and fits(p)), None)
    if here is not None or within is None:
        return here
    return next((projects[i] for i in sorted(last_seen, key=lambda k: -last_seen[k])
                 if sent_index - last_seen[i] <= within and fits(projects[i])), None)


def _substation_of_line(m: _Mention, bound, projects, last_seen, sent_index: int):
    """"ввод линии 500 кВ «Датка — Кемин» и подстанции «Кемин»": a substation
    told with a power line is the line's; so is an unnamed one told just
    after it ("она пойдет в Чуйскую долину, где достраивается подстанция")."""
    if m.head.lemma != "подстанция" or m.another:
        return None
    names = _names(m.tokens, m.head, m.sent)
    if names:
        # "подстанция «Нижнеангарская»" after the line Усть-Кут — Нижнеангарск:
        # a substation at one of its ends
        end = _near_owner(m, bound, projects, last_seen, sent_index, 2, lambda p: p.family == "grid" and any(
            n.lower()[:5] in _stops(p.name_tokens) for n in names))
        if end is not None:
            return end
    within = None if names else 2
    return _near_owner(m, bound, projects, last_seen, sent_index, within, lambda p: p.family == "grid")


def _is_component(m: _Mention) -> bool:
    """A part of a plant with no name or number of its own."""
    # "линия Мары — Ахал — Балкан", "линия электропередачи 500 кВ": a line
    # between places or of a stated voltage is a grid object of its own,
    # not a production line (nor the plant's own line out)
    part = any(t.lemma == _PART_PHRASES.get(m.head.lemma) for t in m.tokens)
    return ((m.head.lemma in _COMPONENTS or part) and not m.anaphoric and not m.another
            and not _ordinals(_modifiers(m)) and not _names(m.tokens, m.head, m.sent)
            and not _stops(m.tokens) and not any(t.text in ("кВ", "kV") for t in m.tokens))


def _host_place(hosts: list[_Mention], bound) -> None:
    """Units built at a plant are known by it ("седьмой и восьмой блоки на
    Тяньваньской АЭС") and are where its name says (Навои for "Навоийская
    ТЭС") when nothing else places them."""
    for host in hosts:
        kb = _place_of_name(host.tokens, host.head)
        where = host.sent.text[host.tokens[0].start - host.sent.start:host.tokens[-1].stop - host.sent.start]
        named = {_fold(t.text)[:5] for t in host.tokens if t.text[:1].isupper()} or {_fold(host.head.text)}
        for m, p in bound:
            if m.head.lemma not in _COMPONENTS:
                continue
            if p.name and not any(w in _fold(p.name) for w in named):
                p.name += " на " + _balance_quotes(where)
            if kb is not None and not p.places:
                p.places.append((resolve.place_rank(kb), _place_ref(kb), "sentence"))


def _host_of_new_units(m: _Mention, mentions: list[_Mention]) -> bool:
    """Is `m` a plant told with "на" as the site of a new unit, numbered or
    "another", named in the same sentence ("на Навоийской ТЭС построят
    вторую парогазовую установку")?"""
    if m.family not in ("power", "plant") or m.head.lemma in _COMPONENTS or m.anaphoric:
        return False
    toks = m.sent.tokens
    i = toks.index(m.tokens[0]) if m.tokens[0] in toks else 0
    if i == 0 or toks[i - 1].lemma != "на":  # by the words: the parse may hang "На" on the adjective
        return False
    return any(x is not m and x.head.lemma in _COMPONENTS and (x.another or _ordinals(_modifiers(x)))
               and m.head not in x.tokens for x in mentions)


def _parent_of(m: _Mention, bound, projects, last_seen, sent_index: int):
    """The object a part belongs to: one named in the same sentence, else
    the one spoken of in the last two sentences."""
    for other, p in bound:
        if other is not m and not _is_component(other) and not _placed_elsewhere(m, p):
            return p
    p = _last_spoken(projects, last_seen, sent_index, 2)
    # "фабрика на руднике Шерегеш" is no part of the deposit told before;
    # a production line holds no shop or unit ("вторая линия сухого способа
    # ... известковый цех")
    if p is None or _sited_elsewhere(m, p) or _placed_elsewhere(m, p) or (m.head.lemma != "линия" and _a_line(p)):
        return None
    return p


def _most_specific_places(p: _Project) -> list[str]:
    """The names of the project's places of the highest rank (a town over
    its region): where it is, the others being only near."""
    if not p.places:
        return []
    best = max(rank for rank, _, _ in p.places)
    return [e.name for rank, e, _ in p.places if rank == best]


def _elsewhere_in_sentence(m: _Mention, p: _Project, ent_at) -> bool:
    """A district or region the sentence of m names, rival to the project's."""
    here = {ent_at[t.start].name for t in m.sent.tokens if t.start in ent_at and ent_at[t.start].type == "LOC"}
    return any(_rival_units(a, b) for a in here for b in _most_specific_places(p))


def _placed_elsewhere(m: _Mention, p: _Project) -> bool:
    """"Трикотажная фабрика в Кызылтепинском районе" after a mill in
    Гиждуванский район: a district of its own in its words, rival to the
    project's district (a town or a region may well hold the project)."""
    toks = m.tokens
    here = [(t, toks[i + 1].lemma) for i, t in enumerate(toks[:-1])
            if i and toks[i - 1].lemma in ("в", "на") and t.text[:1].isupper() and toks[i + 1].lemma in _UNITS]
    return any(name.split()[-1].lower() == unit and _fold(name)[:5] != _fold(t.text)[:5]
               for t, unit in here for name in _most_specific_places(p))


def _a_line(p: _Project) -> bool:
    first = next((x for x in p.mentions if not x.anaphoric), None)
    return first is not None and first.head.lemma == "линия" and p.family == "plant"


# "обе действующие фабрики", "остальные заводы": the ones already there
_OTHERS_WORDS = _WORKING | {"оба", "обе", "остальной", "прежний", "старый"}


def _others_of_kind(m: _Mention, near: list[_Project]) -> bool:
    """"обе действующие фабрики комбината" next to "новая фабрика": unnamed
    others of the kind just spoken of, neither it nor parts of it."""
    if m.another or not _plural(m) or _names(m.tokens, m.head, m.sent):
        return False
    if not any(t.head_id == m.head.id and t.lemma in _OTHERS_WORDS for t in m.sent.tokens):
        return False
    return any(x.head.lemma == m.head.lemma and not _plural(x) for p in near for x in p.mentions if not x.anaphoric)


def _kind_of(projects: list[_Project], m: _Mention) -> str:
    """The description of the last project of m's family without its place
    ("завод по производству карбамида в Сырдарьинской области" -> "завод по
    производству карбамида"), for "еще один завод"."""
    for p in reversed(projects):
        if p.family != m.family or not p.name_tokens:
            continue
        toks = p.name_tokens
        for i, t in enumerate(toks):
            if t.pos == "ADP" and i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
                toks = toks[:i]
                break
        return _balance_quotes(normalize_phrase(toks)) if toks else ""
    return ""


# "380 долларов за унцию", "$60 за баррель": a price per unit
_PER_UNIT = re.compile(r"\s*(?:за|per|/)\s*(?:\d[\d\s]*\s*)?(?:унци|тонн|т\b|баррел|кубометр|куб|тыс\w*\s+куб|"
                       r"кв\w*\s*м|киловатт|квт|мегаватт|мвт|литр|грамм|ounce|ton|barrel)", re.I)


# "две парогазовые установки мощностью по 450", "40 ветроустановок по 2,5"
_UNITS_EACH = re.compile(
    rf"(?<![\w,.])(\d{{1,3}}|{NUMBER_WORD})\s+(?:[а-яё-]+\s+){{0,2}}(?:энерго|гидро|ветро)?(?:блок|агрегат|турбин|установ|"
    r"реактор|машин|лини|нит)[а-яё]*(?:\s+[а-яё-]+){0,2}?\s+(?:мощностью\s+|производительностью\s+)?по\s*$", re.I)


def _units_counted(before: str) -> int | None:
    """How many units a figure told per unit stands for, when the count is
    told with them ("две установки по 450 МВт"), else None."""
    m = _UNITS_EACH.search(before)
    if m is None:
        return None
    n = parse_number(m.group(1))
    return int(n) if n and 2 <= n <= 200 and n == int(n) else None


def _quoted_at(text: str, at: int) -> bool:
    """Is offset `at` of text inside «...» on its line?"""
    opened = text.rfind("«", 0, at)
    return opened != -1 and text.rfind("»", 0, at) < opened and text.rfind("\n", 0, at) < opened


def _costs(text: str):
    """The sums of a sentence that may be what something costs: not prices
    per unit."""
    return [m for m in find_money(text) if not _PER_UNIT.match(text, m.end)]


_CLAUSE_BREAK = re.compile(r"[:;]|\s[—–]\s")


def _figures_in_clause(m: _Mention, money, quantities) -> bool:
    """Figures in the mention's own clause ("рынок берет 80 тысяч тонн: строятся
    новые стекольные заводы" has none for the plants)."""
    text = m.sent.text
    at = m.head.start - m.sent.start
    start = max((x.end() for x in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    nxt = _CLAUSE_BREAK.search(text, at)
    stop = nxt.start() if nxt else len(text)
    return any(start <= f.start < stop for f in [*money, *[q for q in quantities if q.unit in CAPACITY_UNITS]])


_WATER_SITES = {"плотина", "канал", "водохранилище"}


def _water_work(t: Token, sent: Sentence, kids: dict[str, list[Token]], preps: set[str]) -> bool:
    """Whether a dam, a canal or a reservoir is a work of its own: not the
    site or part of a station ("на плотинах ГЭС Лудила", "ГЭС на канале"),
    not a landmark ("Токтогульское водохранилище") unless built, worked on
    or named ("исключил плотину Диамер-Бхаша из программы")."""
    parent = _parent_lemma(t, sent)
    own = kids.get(t.id, [])
    if parent in OBJECT_NOUNS or any(c.lemma in OBJECT_NOUNS and c.rel == "nmod" and c.feats.get("Case") == "Gen"
                                     for c in own):
        return False
    if preps & ({"на", "у", "вдоль"} | NEAR_PREPOSITIONS) and any(
            x is not t and x.lemma in OBJECT_NOUNS and x.lemma not in _WATER_SITES for x in sent.tokens):
        return False
    return _built(t, sent) or parent == "работа" or any(
        c.pos == "PROPN" and c.rel in ("appos", "flat", "flat:name", "nmod") for c in own)


def _generic_plural(m: _Mention, figures: bool) -> bool:
    """"арктические месторождения", "китайские АЭС", "предприятия": a plural
    with no count, no ordinal, no name and no figure in its sentence speaks
    of a class of objects, not of one undertaking. "седьмой и восьмой
    энергоблоки", "два завода", "ВЭС «Хызы»" stay."""
    if m.head.feats.get("Number") != "Plur" or m.topic or figures or _is_group(m) or _stops(m.tokens):
        return False  # "ЛЭП Балкан — Дашогуз": a route names one line
    if m.head.lemma in ("сооружение", "сеть", "теплосеть"):
        return False  # "очистные сооружения", "тепловые сети": one works, told in the plural
    if m.head.text.isupper() and not any(t.head_id == m.head.id and t.feats.get("Number") == "Plur"
                                         and t.pos in ("ADJ", "DET", "NUM") for t in m.sent.tokens):
        return False  # an acronym has no number of its own: "китайские АЭС" say it, "ЛЭП" alone does not
    mods = _modifiers(m)
    # a place names no one of them ("медеплавильные заводы Усть-Каменогорска")
    places = {t.lemma for sp in m.sent.spans if sp.type == "LOC" and resolve.place(sp.normal) is not None
              for t in sp.tokens}  # a town the gazetteer knows, not a field NER took for a place
    if _ordinals(mods) or _proper(mods) - places or any(t.text in "«\"" for t in m.tokens):
        return False
    # "новых энергоблоков Экибастузской ГРЭС-2": units of the plant named
    # after them; a name before the noun says what sort ("Китайские АЭС"),
    # a company's after it whose ("заводов РУСАЛа")
    host = _names(m.tokens, m.head, m.sent) - places
    orgs = {t.start for sp in m.sent.spans if sp.type == "ORG" for t in sp.tokens}
    return not any(t.lemma in host and t.start > m.head.start and t.start not in orgs for t in m.tokens)


_SPEC_LABEL = re.compile(r"[A-Za-zА-Яа-я0-9]{1,4}-(?:класс|тип|серии)\w*$", re.I)


def _own_name(p: _Project) -> str | None:
    """"Яйский НПЗ" told after "нефтеперерабатывающий завод в поселке Яя",
    the project's name: a later name of its own, which other articles may
    use, when the name has none; or None."""
    first = next((x for x in p.mentions if x.tokens == p.name_tokens), None)
    if first is None or _names(first.tokens, first.head, first.sent) or _stops(p.name_tokens) \
            or "(" in p.name:
        return None  # a name, a route or an acronym already

    def own(m: _Mention) -> set[str]:
        # not a place's adjective ("Таласский комбинат" is one in Талас),
        # nor a name in a phrase of its own ("... к сети «Азерэнержи»")
        cut = next((i for i, t in enumerate(m.tokens) if t.pos == "ADP" and t.start > m.head.start), len(m.tokens))
        return {w for w in _names(m.tokens[:cut], m.head, m.sent) if resolve.place_of_adjective(w.lower()) is None}
    named = next((m for m in p.mentions if not m.anaphoric and not m.one_of and m.family == p.family
                  and m.tokens != p.name_tokens and not _is_component(m) and m.head.lemma != "подстанция"
                  and not _stops(m.tokens) and own(m)), None)
    return _balance_quotes(normalize_phrase(named.tokens)) if named is not None else None


def _keeps_name(m: _Mention, p: _Project) -> bool:
    """Whether m may name p: it has a name of its own, holds the words that
    name p now, or places it ("тепловая электростанция в Кашкадарьинской
    области" may rename "Талимарджанская ТЭС": the headline's name is put
    back beside it later)."""
    src = next((x for x in p.mentions if x.tokens is p.name_tokens), None)
    own = _names(src.tokens, src.head, src.sent) if src is not None else set()
    if not own or _names(m.tokens, m.head, m.sent) or own <= {t.lemma for t in m.tokens}:
        return True
    starts = {t.start for t in m.tokens}
    return any(sp.type == "LOC" and sp.start in starts for sp in m.sent.spans)


def _place_named_object(t: Token, sent: Sentence) -> bool:
    """"электростанции Шокпар": a place the gazetteer does not know, in the
    nominative right after the noun of a plant or station, is what the
    object is called ("электростанция Поволжья" is where it is)."""
    if t.feats.get("Case", "Nom") != "Nom" or not _names_the_object(sent, t.start):
        return False
    span = next((sp for sp in sent.spans if sp.type == "LOC" and sp.start <= t.start < sp.stop), None)
    return resolve.place(span.normal if span is not None else t.text) is None


def _names(tokens: list[Token], head: Token, sent: Sentence) -> set[str]:
    """Lemmas of the words that name one object: capitalised words other
    than the head, Latin words, words in quotes; not places ("газопровод
    Туркменистан-Китай" names a route)."""
    places = {t.start for sp in sent.spans if sp.type == "LOC" for t in sp.tokens}
    out, quoted, adjunct, owner = set(), False, False, False
    for t in tokens:
        if t.pos == "ADP" and t.start > head.start and not quoted:
            adjunct = True  # "комбинат в Киргизии": a place, not a name
        if t.text in "«\"„“":
            # «под ключ», «зеленый коридор»: a phrase in quotes is not a name
            nxt = next((x for x in tokens if x.start > t.start), None)
            quoted = nxt is None or not re.match(r"[а-яё]", nxt.text)
            # a name in quotes keeps its form whatever the case of the noun;
            # one in the genitive is whose ("ГОК «Норникеля»"), not which
            owner = nxt is not None and nxt.feats.get("Case") == "Gen" and nxt.text.lower() != nxt.lemma
            continue
        if t.text in "»\"“":
            quoted = owner = False
            continue
        if owner:
            continue
        if t is head or t.pos in ("ADP", "CCONJ", "PUNCT") or t.lemma in _ORDINALS or \
                (adjunct and not quoted) or (t.start in places and not quoted and not _place_named_object(t, sent)):
            continue
        if _SPEC_LABEL.match(t.text) and not quoted:
            continue  # "турбины H-класса": a make of equipment, not a name
        if not quoted and _capital_of_the_sentence(t, sent):
            continue
        if quoted or t.text[:1].isupper() or re.match(r"[A-Za-z]", t.text):
            if quoted or not (t.text.isupper() and t.lemma in _TYPE_ACRONYMS):  # not "АЭС"
                out.add(t.lemma)
    return out


def _name_adjectives(m: _Mention) -> set[str]:
    """Lemmas of the capitalised adjectives on a mention's head outside
    quotes ("Медвеженской ВЭС" -> "медвеженский"), place-made or not."""
    # before the head, whatever the tagger calls them ("Медвеженской ВЭС"
    # comes as a surname with a noun hung on it)
    return {t.lemma for t in m.tokens if t.start < m.head.start and t.pos in ("ADJ", "PROPN")
            and _NAME_ADJECTIVE.search(t.lemma)
            and t.text[:1].isupper() and not t.text.isupper() and not _quoted_at(m.sent.text, t.start - m.sent.start)
            and not _capital_of_the_sentence(t, m.sent)}


def _capital_of_the_sentence(t: Token, sent: Sentence) -> bool:
    """"Обогатительная фабрика комбината ...", "Новый завод ...", "Подземный
    рудник ...": a word that is capitalised only because it opens the
    sentence and says the kind, the size or a quality of the object, not its
    name ("Белоярская АЭС" keeps its name)."""
    if t is not _opening_word(sent) or t.pos != "ADJ" or t.text.isupper():
        return False
    # "Тепловую электростанцию ...": the adjective that makes the kind ("ТЭС")
    kind_word = t.lemma in _KIND_ADJECTIVES or t.lemma.startswith(_STATION_STEMS)
    return t.lemma in WEAK_MODIFIERS or t.lemma in _ORDINALS or t.lemma in _RANK_WORDS or kind_word or \
        _sector_of(t.text) is not None or is_quality_adjective(t.text)


def _opening_word(sent: Sentence) -> Token | None:
    """The sentence's first word, or the first after its dateline ("/Интерфакс/
    - Нефтеперерабатывающий завод ...", "АСТАНА (Kazinform) - Новый ...":
    a dash among the first words, with no verb before it)."""
    tokens = sent.tokens
    first = next((x for x in tokens if x.pos != "PUNCT"), None)
    for i, x in enumerate(tokens[:10]):
        if x.text in ("-", "—", "–") and i + 1 < len(tokens):
            # a dateline, not a route ("Газопровод Бейнеу - Шымкент"): an
            # upper-case place or an agency in slashes or brackets
            before = tokens[:i]
            dateline = (first is not None and first.text.isupper() and len(first.text) > 2) or \
                any(y.text in ("/", ")") for y in before)
            if dateline and not any(y.pos in ("VERB", "AUX") for y in before):
                return next((y for y in tokens[i + 1:] if y.pos != "PUNCT"), None)
            break
    return first


def _quoted(tokens: list[Token]) -> str:
    """The words in quotes in a name, folded: "сила сибири 2"."""
    out, inside = [], False
    for t in tokens:
        if t.text in "«\"„“" and not inside:
            inside = True
        elif t.text in "»\"“" and inside:
            inside = False
        elif inside and (t.text[:1].isalnum()):
            out.append(_fold(t.lemma if t.pos != "NUM" else t.text))
    return " ".join(out)


_ABOUT = {"около", "более", "свыше", "порядка", "почти", "примерно", "приблизительно", "десяток", "десятки"}


def _before(t: Token, sent: Sentence) -> Token:
    """The word just before a token (the token itself at the start)."""
    i = sent.tokens.index(t)
    return sent.tokens[i - 1] if i > 0 else t


def _is_group(m: _Mention) -> bool:
    """A plural head with a count: "две АЭС", "три завода" (singular by form)."""
    if not _plural(m):
        return False
    kids = _children(m.sent)
    return any(c.rel == "nummod" or c.pos == "NUM" for c in kids.get(m.head.id, []))


# acronyms that name a type of object, not one object ("АГХК" names one)
_TYPE_ACRONYMS = {"аэс", "тэц", "гэс", "гаэс", "тэс", "грэс", "вэс", "сэс", "пгу", "нпз", "нхз", "гпз", "гок", "гмк", "гхк",
                  "сэз", "гтэс", "лэп", "спг", "цод", "оэз", "аээс"}
_LABEL = re.compile(r"[a-zа-я]{1,2}-?|\d+")
_ROLE_NOUNS = {"директор", "президент", "вице-президент", "глава", "руководитель", "представитель",
               "сотрудник", "акционер", "председатель", "замглавы", "гендиректор", "менеджмент",
               "правление", "топ-менеджер", "департамент", "управляющий", "совладелец", "владелец"}


_MAKING_VERBS = {"построить", "строить", "изготовить", "изготавливать", "собрать", "спроектировать",
                 "поставить", "поставлять", "спустить"}


def _maker(m: _Mention) -> bool:
    """"Энергоблок построил Балтийский завод": a plant that makes another
    kind of object acts as its builder, a company, not a project of the
    article. Which of the two is the subject the parse often gets wrong in
    this word order, so the kinds decide: the plant makes the other."""
    if m.anaphoric or m.family != "plant" or m.head.rel not in ("nsubj", "obj"):
        return False
    verb = next((t for t in m.sent.tokens if t.id == m.head.head_id), None)
    if verb is None or verb.lemma not in _MAKING_VERBS:
        return False
    return any(t.head_id == verb.id and t is not m.head and t.rel in ("nsubj", "obj")
               and (OBJECT_NOUNS.get(t.lemma) not in (None, "plant") or t.lemma in _EQUIPMENT)
               for t in m.sent.tokens)


# what a works makes for a project: "турбины изготовил Уральский турбинный завод"
_EQUIPMENT = {"турбина", "котел", "котлоагрегат", "реактор", "генератор", "трансформатор", "оборудование",
              "гидроагрегат", "корпус", "модуль", "вагон", "локомотив", "рельс", "труба"}


def _known_company_name(m: _Mention) -> bool:
    return _names_a_company(m.head, m.sent)


def _names_a_company(head: Token, sent: Sentence) -> bool:
    """"ГМК «Норильский никель»": the name in quotes right after the head,
    in the nominative, is a company the gazetteer knows; a company's name
    in the genitive ("комбинат «Норникеля»") is the owner of a plant."""
    toks = sent.tokens
    i = next((k for k, t in enumerate(toks) if t is head), None)
    if i is None or i + 2 >= len(toks) or toks[i + 1].text != "«" or \
            toks[i + 2].feats.get("Case") not in ("Nom", None):
        return False
    end = next((j for j in range(i + 2, min(len(toks), i + 8)) if toks[j].text == "»"), None)
    if end is None:
        return False
    quoted = sent.text[toks[i + 2].start - sent.start:toks[end - 1].stop - sent.start]
    return resolve.lookup(quoted, "ORG") is not None


def _inside_org(m: _Mention, org_spans: list[tuple[int, int]]) -> bool:
    """The mention names an organisation: the entity step typed it ORG, or
    it has a quoted name and hangs on a role noun ("вице-президент ГМК
    «Норильский никель»")."""
    if any(a <= m.head.start < b for a, b in org_spans):
        return True
    toks = m.sent.tokens
    k = toks.index(m.head)
    if m.head.lemma == "кластер" and k + 2 < len(toks) and toks[k + 1].text == "«" and \
            any(a <= toks[k + 2].start < b for a, b in org_spans):
        return True  # "кластер «Бухоро Текстиль Инвест»": a company that farms and spins
    if _railway_company(m):
        return True
    i = m.sent.tokens.index(m.tokens[0])
    if not any(t.text in "«\"" for t in m.tokens) and not (i and m.sent.tokens[i - 1].text in "«\""):
        return False
    if _known_company_name(m):
        return True
    by_id = {t.id: t for t in m.sent.tokens}
    parent, steps = by_id.get(m.head.head_id), 0
    while parent is not None and steps < 4:  # "директор департамента ... ГМК «X»"
        if parent.lemma in _ROLE_NOUNS:
            return True
        if parent.pos not in ("NOUN", "PROPN"):
            return False
        parent, steps = by_id.get(parent.head_id), steps + 1
    return False


def _railway_company(m: _Mention) -> bool:
    """"Турецкие государственные железные дороги (TCDD)", "в Азербайджанской
    государственной железной дороге": a national railway company by its
    capitalised name, not a line built."""
    if m.head.lemma != "дорога":
        return False
    # a capitalised adjective, not at the start of the sentence, where any
    # word is capitalised
    if not any(t.pos == "ADJ" and t.text[:1].isupper() and t is not m.sent.tokens[0] for t in m.tokens):
        return False
    # "Узбекские железные дороги": the plural of one country's lines
    return any(t.lemma == "государственный" for t in m.tokens) or m.head.feats.get("Number") == "Plur"


# money lent for a project rather than what it costs
_FINANCING = re.compile(r"кредит|займ|заем|заём|финансировани")
_FINANCING_AFTER = re.compile(r"[^.;,\d]{0,40}?(?:в виде|в качестве|на условиях)?\s*(?:кредит|займ|заем|заём)")
_PART_OF = re.compile(r"(?:из них|в том числе|включая)\s*$")
# "Стоимость контракта — 2,66 млрд долларов": a contractor's part, kept only
# when no cost of the whole is given
_CONTRACT = re.compile(r"(?:контракт\w*|договор\w*|подряд\w*)\W+(?:\w+\W+){0,3}$")
_SLOT_WORDS = re.compile(r"стоимост|вложен|вложит|инвестиц|обойд|потребу|оценива|мощност|производительност|пропускн|прибав|добавит|добавят|"
                         r"протяженност|рассчитан|финансирован|сумм\w* (?:соглашени|контракт|договор|проект)|"
                         # "Ожидаемая выработка — около 1 млрд кВт·ч в год", "участок площадью 1000 гектаров"
                         r"выработк|площад\w* (?:около |более |до )?\d|"
                         # "Труба прокачивает 15 млн тонн нефти в год"
                         r"прокачива\w*|прокачк\w*|перекачива\w*")


# "предполагается получать до 1,25 млн тонн в год", "будет выпускать":
# output still to come is the planned plant's; a present "производит" may
# be a country's or a company's whole output
_FUTURE_OUTPUT = re.compile(r"\b(?:будет|будут|сможет|смогут|планиру\w*|предполага\w*|позволит|позволят|"
                            r"рассчитыва\w*)\s+(?:\w+\s+){0,2}?(?:выпуска|производи|получа|перерабатыва|"
                            r"добыва|выраб[ао]тыва|вырабатыва)")


# "Генеральный подрядчик — CNCEC", "технологию лицензирует Lummus",
# "участниками остаются КМГ и Sinopec": the companies of the project under
# discussion, in a sentence that does not name it
_ROLE_CUE = re.compile(r"подрядчик|\bepc\b|лицензи|поставщик\w* (?:оборудован|технолог)|"
                       r"участник\w* (?:проекта|консорциума|сп\b)|участниками|"
                       # "Совместное предприятие компании X и АО «Y» выпускает ..."
                       r"\bсовместн\w* предприяти\w* (?:\S+ ){0,3}?(?:компани|корпораци|концерн|холдинг|групп|ао|тоо|оао|зао|ооо|пао|[a-z«\"])|"
                       # "с консорциумом, в который вошли Engie, Sojitz и Posco"
                       r"консорциум\w*,? (?:в (?:который|состав которого) (?:вош|вход)|состоящ|куда вош)|"
                       r"инвестор\w* (?:проекта|выступ)|оператор\w* (?:проекта|станет|будет|выступ)|"
                       # "Строительство ведет X", "Заказчик — Y", "силами Z"
                       r"(?:строительств\w*|работы|сооружени\w*|монтаж\w*) (?:\w+ ){0,3}?"
                       r"(?:ведет|ведут|осуществля\w*|выполня\w*|взял\w*)|заказчик|застройщик|девелопер|"
                       r"проектировщик|\bсилами\b|(?:реализу|строи|возв[оеё]д|сооруж)\w* (?:\w+ )?"
                       r"(?:компани|консорциум|корпораци|холдинг|концерн|группа)|"
                       # shares: "По 10% владеют TotalEnergies и CNPC", "акционерами являются"
                       r"\d\s*%\s*(?:\w+ ){0,2}?владе\w*|владе\w* (?:\w+ ){0,2}?(?:по )?\d[\d,.]*\s*%|"
                       # "в которой «Газпрому» принадлежало 50%", "учреждено X (51%) и Y (49%)"
                       r"принадлеж\w* (?:\S+ ){0,2}?\d[\d,.]*\s*%|\bучрежд\w*|\bучредил\w*|"
                       r"\((?:[^()]{1,30}, )?\d[\d,.]*\s*%\)|"
                       # "Технологию ... предоставляет X"
                       r"технологи\w* (?:\w+ ){0,3}?(?:предоставля\w*|предостав(?:ит|ил\w*)|переда\w*)|"
                       r"акционер\w* (?:[\w-]+ ){0,2}?(?:является|являются|стала?|стали|выступа\w*)|"
                       # a supplier told by its verb: "Оборудование поставляет и монтирует X"
                       # ("Турбины изготовила X", "ветроустановки, которые поставила X")
                       r"(?:оборудовани\w*|турбин\w*|генератор\w*|гидроагрегат\w*|панел\w*|модул\w*|"
                       r"ветроустановк\w*|ветрогенератор\w*|электролизер\w*|котл\w*|трансформатор\w*) "
                       r"(?:\w+ ){0,2}?(?:поставля\w*|постав(?:ит|ят|ил\w*)|монтиру\w*|изготавлива\w*|изготов(?:ит|ил\w*))|"
                       r"(?:поставля\w*|постав(?:ит|ят|ил\w*)|изготов(?:ит|ил\w*)|изготавлива\w*) (?:\w+ ){0,3}?"
                       r"(?:оборудовани|турбин|генератор|гидроагрегат)|"
                       r"котор\w+ (?:\w+ )?(?:поставля\w*|постав(?:ил\w*|ит|ят)|изготов(?:ил\w*|ит)|изготавлива\w*)|"
                       # who designs: "Проектирование выполняет X", "документацию подготовило Y"
                       r"проектировани\w* (?:\w+ ){0,2}?(?:выполня\w*|ведет|вела?|вели)|"
                       r"(?:проектн\w*|проектно-сметн\w*) документаци\w* (?:\w+ ){0,2}?(?:подготови\w*|разработа\w*|готовит)|"
                       # who runs it: "Эксплуатирует ее X", "Эксплуатацию трубы X передает Y"
                       r"\bэксплуатир\w*|эксплуатаци\w* (?:\S+ ){1,4}?(?:переда\w*|вед[её]т|ведут)|"
                       # the object as a pronoun: "Его строило объединение БЭМО"
                       r"\b(?:его|ее|её|их) (?:\w+ )?(?:строил\w*|строит|строят|построил\w*|возв[её]л\w*|возвод\w*|"
                       r"сооружа\w*|реализу\w*|эксплуатиру\w*)|(?:владеет|владеют|управляет|управляют) (?:им|ею|ими)\b|"
                       r"\b(?:им|ею|ими) (?:владеет|владеют|управляет|управляют)|"
                       # an owner named after it, not shares of a deal ("принадлежащие ему 26% акций")
                       r"принадлеж\w* (?:\w+ )?(?:[«\"a-z]|компани|холдинг|концерн|групп)")


# ("начать рядом строительство второй станции": next to the one just told of)
_CROSSING = re.compile(r"мост|тоннел|туннел|переход|эстакад|виадук")
_SAME_SITE = re.compile(r"на (?:той же|этой же|той самой) площадк|\bтам же\b|на том же месте|\bрядом\b(?! со? )|\bздесь\b|"
                        r"по соседству")


def _product_after(sent: Sentence, start: int, end: int) -> str | None:
    """The noun a mass figure is of ("800 тыс. тонн этилена" -> "этилен"),
    given as its dictionary form, or None."""
    m = _TONNES_OF.search(sent.text, start, end + 30)
    if m is None:
        return None
    tok = _token_at(sent, sent.start + m.start(1))
    if tok is None or tok.pos != "NOUN" or tok.lemma in _NOT_PRODUCTS:
        return None
    return tok.lemma


_TONNES_OF = re.compile(r"\b(?:тонн\w*|т\.?)\s+([а-яё]{4,})")
# nouns after a tonnage that say when or how, not of what
_NOT_PRODUCTS = {"год", "сутки", "день", "месяц", "час", "смена", "мощность", "объем", "продукция",
                 "сырье", "груз", "выпуск", "производство", "переработка", "ежегодно"}


def _names_the_object(sent: Sentence, offset: int) -> bool:
    """Whether the word at offset stands right after the noun or acronym of a
    plant or power station ("АЭС Саньао", "ГЭС Сяонаньхай"), as its name."""
    at = next((i for i, t in enumerate(sent.tokens) if t.start == offset), None)
    if not at:
        return False
    prev = sent.tokens[at - 1]
    if prev.text == "(" and at >= 3 and sent.tokens[at - 2].text[:1].isupper():
        # "АЭС Сюйдабао (Xudabao)": the name again, in Latin letters
        prev = sent.tokens[at - 3]
    # a deposit's name ("месторождение Джеруй") and a route's stops
    # ("нефтепровод Сковородино — Мохэ") are places
    return OBJECT_NOUNS.get(prev.lemma.lower()) in ("power", "plant")


def _in_route_name(text: str, at: int) -> bool:
    """Is offset `at` inside a quoted name of ends joined by a dash
    («Восточная Сибирь — Тихий океан»)?"""
    if not _quoted_at(text, at):
        return False
    opened = text.rfind("«", 0, at)
    close = text.find("»", at)
    return close != -1 and re.search(r"\s[—–]\s", text[opened:close]) is not None


def _same_site(sent: Sentence, bound, projects, last_seen) -> None:
    """"завод по производству полиэтилена на той же площадке": the place of
    the object spoken of before."""
    if not _SAME_SITE.search(_fold(sent.text)):
        return
    here = {id(p) for _, p in bound}
    before = [projects[i] for i in sorted(last_seen, key=lambda k: -last_seen[k])
              if id(projects[i]) not in here and projects[i].places]
    if not before:
        return
    for _, p in bound:
        if not p.places:
            p.places = list(before[0].places)


def _recent_project(projects, last_seen, sent: Sentence):
    return _last_spoken(projects, last_seen, sent.index, 4)


_EVIDENCE_WORDS = re.compile(
    r"строительств|строит|\bпуск|модерниз|реконструкц|расширени|проект|"
    r"мощност|инвест|запуск|введ|освоени|разработк|бетон|старт|фундамент|"
    r"рабочих мест|трудоустро|площадк|размещени|мест\w* для|референдум|тендер|оборудовани|"
    # "перенесли срок ввода блоков", "вывод из эксплуатации"
    r"\bввод(?:а|у|ом|е)?\b|вывод\w* из эксплуатац")


def _has_evidence(low: str, cues, money, quantities) -> bool:
    """Cues that make a sentence about a project rather than a passing noun."""
    return bool(cues or money or quantities or _EVIDENCE_WORDS.search(low) or _PRODUCE_NOW.search(low))


def _placed(m: "_Mention") -> bool:
    """Does the mention's own phrase name a place ("железная дорога в Туву")?"""
    words = {t.start for t in m.tokens}
    return any(sp.type == "LOC" and sp.tokens and sp.tokens[0].start in words for sp in m.sent.spans)


def _told_of_later(doc: Doc, sent: Sentence, m: "_Mention", published, within: int = 3) -> bool:
    """"выбрал Трансадриатический газопровод (TAP)." and, a few sentences
    on, "TAP протяженностью 870 км ...": a named object whose name comes
    back with figures or a stage."""
    names = {t.text.lower() for t in m.tokens if t.lemma in _names(m.tokens, m.head, sent) and len(t.text) >= 3}
    if not names or sent.start < _headline_end(doc.text):
        return False  # a headline's object is told of below in the body's own words
    for k, nxt in enumerate(doc.sents[sent.index + 1:sent.index + 1 + within]):
        if not _has_evidence(_fold(nxt.text), _stage_cues(nxt, published), _costs(nxt.text), find_quantities(nxt.text)):
            continue
        if names & {t.text.lower() for t in nxt.tokens}:
            return True
        # "по новой линии Ташгузар - Байсун - Кумкурган." then "На трассе
        # протяженностью 223 км уложено 140 км пути": the next sentence
        # goes on about it by a bare word of its kind
        if k == 0 and any(x.anaphoric and x.head.lemma not in ANAPHORA_NOUNS | _PLANT_PARTS
                          and (x.family == m.family or (x.head.lemma in _ROUTE_NOUNS and m.family in _LINE_FAMILIES))
                          for x in find_mentions(nxt, sent.text)):
            return True
    return False


def _last_spoken(projects, last_seen, sent_index: int, within: int, family: str | None = None,
                 earlier: bool = False):
    """The project spoken of last within `within` sentences before (and, unless
    `earlier`, in) sentence `sent_index`, of `family` if given; or None."""
    nearest = 1 if earlier else 0
    # an object only named in someone's words ("когда Токтогульская ГЭС
    # вынуждена экономить воду") is not what the narrative goes on about
    recent = [i for i in last_seen if nearest <= sent_index - last_seen[i] <= within
              and (family is None or projects[i].family == family)
              and not all(m.speech for m in projects[i].mentions)]
    return projects[max(recent, key=lambda i: last_seen[i])] if recent else None


def _kin_told(mentions, target) -> bool:
    """Does a mention of the sentence speak of objects called as the target
    is ("оба аэропорта" after "аэропорт Лачин"), not of its parts ("мостов")?"""
    if target is None:
        return False
    heads = {x.head.lemma for x in target.mentions}
    return any(m.head.lemma in heads for m in mentions)


def _unnamed_companies(doc: Doc, sent: Sentence, target, ent_at) -> None:
    """The sentence's companies, for the project spoken of last (`target`,
    from `_recent_project`; None: nobody's)."""
    if target is None:
        return
    added = False
    # every company told in the sentence, those NER missed and the entity
    # step found by name (scan_known_names, Latin names) as well
    for start in sorted(s for s in ent_at if sent.start <= s < sent.stop):
        ent = ent_at[start]
        if ent.type != "ORG" or _not_a_builder(ent, doc.text):
            continue
        if ent not in target.companies:
            target.companies.append(ent)
            added = True
    if added:
        target.evidence.append(Evidence(start=sent.start, end=sent.stop, text=sent.text,
                                        sentence_start=sent.start, sentence_end=sent.stop))


def _unnamed_figures(doc: Doc, sent: Sentence, projects, last_seen, ent_at, published) -> None:
    """"Предварительная стоимость строительства оценивается в 2,9 млрд
    долларов": a figure of the project under discussion in a sentence that
    does not name it. It goes to the project spoken of last, if recent."""
    low = _fold(sent.text)
    if _ROLE_CUE.search(low) and sent.tokens:
        _unnamed_companies(doc, sent, _recent_project(projects, last_seen, sent), ent_at)
    # "Сейчас на площадке идет монтаж оборудования" after the plant's
    # sentence: a stage told without naming the object, of the project
    # spoken of in the last few sentences (a paragraph on its contractor may
    # come between). Weak: it counts only where the project's own sentences
    # give no stage.
    # Not from words quoted or judged ("назвал договоренность «лучшим
    # выходом»"): commentary, often on something else.
    before = _last_spoken(projects, last_seen, sent.index, 3, earlier=True)
    cues = None
    if before is not None and not re.search(r"[«\"“]", _QUOTED_NAME.sub("", sent.text)):
        cues = _stage_cues(sent, published)
        before.weak_stages.extend(c for c in cues if not c[2] and c[1] != "announced")
    if not (_SLOT_WORDS.search(low) or _FUTURE_OUTPUT.search(low)) or not sent.tokens:
        return
    money, quantities = _costs(sent.text), find_quantities(sent.text)
    if not money and not any(q.unit in CAPACITY_UNITS or q.unit in ("t", "m3") for q in quantities):
        return
    target = _recent_project(projects, last_seen, sent)
    if target is None:
        return
    head = sent.tokens[0]
    pseudo = _Mention(sent=sent, head=head, tokens=[head], anaphoric=True, family=target.family)
    _fill_slots(doc, sent, [(pseudo, target)], ent_at, money, quantities,
                cues if cues is not None else _stage_cues(sent, published))


def _beside_itself(m: _Mention, p: _Project) -> bool:
    """"новую станцию возведут рядом с действующей АЭС": a working object
    told in the sentence that tells of `p` by an object's noun is not `p`
    itself ("проект включает ремонт действующей нитки" may be of its scope)."""
    return _said_working(m) and any(x.sent.index == m.sent.index and x.head.lemma not in ANAPHORA_NOUNS
                                    for x in p.mentions)


def _antecedent(projects, last_seen, m: _Mention, sent_index: int, ent_at=None):
    best = None
    mods = _modifiers(m)
    said_new = _said_working(m, {"новый"})  # "новое предприятие"
    # "этот завод в Сумгайыте": a town or region of its own (not a country,
    # which is as often a partner: "кредитования проекта со стороны России")
    places_m = {x for x in _places_in(m, ent_at) if resolve.place_rank(resolve.place(x)) >= 2} \
        if ent_at and m.head.lemma not in ANAPHORA_NOUNS else set()
    for i in sorted(last_seen, key=lambda k: -last_seen[k]):
        p = projects[i]
        if _ordinals_clash(mods, p.modifiers):
            continue  # "второй атомной станции" does not refer back to the first one
        if _other_route(m.tokens, p.name_tokens):
            continue  # "проект ВСМ Москва — Казань" is not the line to Петербург told last
        if not m.speech and all(x.speech for x in p.mentions):
            continue  # named only in someone's words: the narrative speaks of its own object
        if places_m and not _could_be_in(p, places_m):
            return None  # "этот завод в Сумгайыте" is not the Бакинский НПЗ, nor an older one
        if m.head.lemma in ANAPHORA_NOUNS and _existing(p):
            continue  # "турбины для проекта": not the working plant named as a landmark
        if said_new and p.mentions and _working_since(p.mentions[0]):
            continue  # "на новое предприятие" is not the plant "построенный в 1973 году"
        if _beside_itself(m, p):
            continue
        if _other_kind_of_station(m, p):
            continue  # "заработала ветроэлектростанция" after "ТЭС «Датун-2»": another station
        # "проект" may refer back further than a bare "завод"
        if sent_index - last_seen[i] > (6 if m.head.lemma in ANAPHORA_NOUNS else 3):
            continue
        # a unit ("установка", "блок") may be of any object: "вторая установка" of a plant
        # ... and "этого месторождения" may be the deposit a plant was told on
        # "предприятие" is any working object: a mine or a station as well as a plant
        if m.family and p.family and m.family != p.family and m.head.lemma not in ANAPHORA_NOUNS | _HYPERNYMS \
                and m.head.lemma not in _PLANT_PARTS \
                and not (_any_line(m) and p.family in _LINE_FAMILIES) \
                and m.family not in {x.family for x in p.mentions}:
            continue
        if best is None:
            best = p
            if m.head.lemma in ANAPHORA_NOUNS | _HYPERNYMS or _called(p, m.head.lemma):
                break  # "предприятие" is any plant: the one spoken of last
        elif _called(p, m.head.lemma):
            # "на заводе построят комплекс ... Комплекс будет выпускать": the
            # bare noun is the object last called by it, when the one spoken
            # of last never was
            best = p
            break
    if best is None and m.family and m.head.lemma not in ANAPHORA_NOUNS:
        # "станцию мощностью 2,4 ГВт" paragraphs after the one "атомная
        # электростанция" of the article: the only object of its kind is
        # the one meant, however far back
        kin = [p for p in projects if p.name and not _ordinals_clash(mods, p.modifiers) and (
            p.family == m.family or (_any_line(m) and p.family in _LINE_FAMILIES)) and not _beside_itself(m, p)
               and not _other_kind_of_station(m, p)]
        if places_m and not all(_could_be_in(p, places_m) for p in kin):
            kin = []
        if len(kin) > 1 and said_new:
            kin = [p for p in kin if not (p.mentions and _working_since(p.mentions[0]))]
        if len(kin) == 1:
            best = kin[0]
    return best


# stations whose noun alone tells their kind, whatever else is said of them
_KIND_NOUN_SECTORS = {"wind_power", "solar_power", "hydro_power", "nuclear"}


def _other_kind_of_station(m: _Mention, p: _Project) -> bool:
    """A station noun of its own kind ("ветроэлектростанция", "ГЭС") does
    not refer back to a station of other kinds only; nor does a thermal
    one ("мини-ТЭЦ") to a station of such a kind ("солнечная станция")."""
    own = _sector_of(m.head.text)
    if own is None:
        return False
    told = _sectors(p)
    return bool(told) and own not in told and (own in _KIND_NOUN_SECTORS or told <= _KIND_NOUN_SECTORS)


# the head noun an acronym stands for: "ЛЭП Армения — Грузия" is the
# "линия" told of next
_ACRONYM_HEADS = {"лэп": "линия", "вл": "линия", "нпз": "завод", "нхз": "завод", "гпз": "завод", "гок": "комбинат",
                  "гмк": "комбинат", "гхк": "комбинат", "цод": "центр",
                  **dict.fromkeys(("гэс", "тэс", "аэс", "тэц", "грэс", "гтэс", "гаэс", "вэс", "сэс", "пгу", "пэс", "мгэс"),
                                  "станция")}


def _called(p: _Project, lemma: str) -> bool:
    """Was the project called by this noun? ("станция" is any
    "электростанция", "ГЭС" or "ТЭЦ")"""
    def noun(word: str) -> str:
        word = KIND_WORDS.get(word.lower(), word.lower())  # "энергоблок" is a "блок"
        word = _ACRONYM_HEADS.get(word, word)
        return "станция" if word.endswith("станция") else word
    return any(noun(x.head.lemma) == noun(lemma) for x in p.mentions)


# "согласовывает трассу": the route of whatever line was told of
_ROUTE_NOUNS = {"трасса"}
_LINE_FAMILIES = {"pipe", "grid", "transport"}


# "дорога, которая свяжет Карс с Ахалкалаки", "газопровод, соединяющий":
# verbs by which a line's stops are told
_ROUTE_VERBS = {"связать", "связывать", "соединить", "соединять", "пройти", "проходить", "протянуться",
                "тянуться", "пролечь", "пролегать"}


def _route_of_clause(p: _Project, entities) -> list[str]:
    """The stops a line's clause names ("железной дороги, которая свяжет
    турецкий Карс с Ахалкалаки и через Тбилиси выйдет на Баку" -> Карс,
    Ахалкалаки, Тбилиси, Баку), in the dictionary form the entity step
    gives them; empty unless two or more."""
    for m in p.mentions:
        kids = _children(m.sent)
        verb = next((c for c in kids.get(m.head.id, []) if c.rel in ("acl:relcl", "acl")
                     and c.lemma in _ROUTE_VERBS), None)
        if verb is None:
            continue
        text = m.sent.text
        end = re.search(r"[;:]|,\s+(?:а|но|однако|что)\b|$", text[verb.stop - m.sent.start:])
        start, stop_at = min([verb.start] + [c.start for c in kids.get(verb.id, [])]), verb.stop + end.start()
        found = sorted((x.start, e.name) for e in entities if e.type == "LOC"
                       for x in e.mentions if start <= x.start < stop_at)
        stops = list(dict.fromkeys(name for _, name in found))
        if len(stops) >= 2:
            return stops
    return []


def _stops(tokens: list[Token], countries: bool = False) -> set[str]:
    """The stops of a route in a name ("Бейнеу — Бозой — Шымкент"), by
    their first five letters; empty when the name is no route, or a route
    between countries ("Казахстан — Китай"), which names a whole system of
    lines its sections belong to; with `countries`, only such a route's."""
    out, between_countries = set(), False
    for i, t in enumerate(tokens):
        if t.text in "—–-" and 0 < i < len(tokens) - 1:
            for x in (tokens[i - 1], tokens[i + 1]):
                if not x.text[:1].isupper() or x.text.isupper():
                    continue
                entry = resolve.place(x.text)
                if entry is not None and entry.type == "country":
                    between_countries = True
                out.add(x.text.lower()[:5])
    if len(out) < 2 or between_countries != countries:
        return set()
    return out


def _other_route(a: list[Token], b: list[Token]) -> bool:
    """Two names of routes, neither within the other: two lines, whatever
    stop they share ("ЛЭП Иран — Армения" and "ЛЭП Армения — Грузия" too:
    a route between countries is weighed against another such route)."""
    return any(sa and sb and not (sa <= sb or sb <= sa)
               for sa, sb in ((_stops(a, c), _stops(b, c)) for c in (False, True)))


def _any_line(m: _Mention) -> bool:
    return m.head.lemma in _ROUTE_NOUNS or m.family == "line"


def _plural(m: _Mention) -> bool:
    # "обе фабрики" is a genitive singular by form: its numeral or a plural
    # adjective says more than the noun
    if m.head.feats.get("Number") == "Plur":
        return True
    # (a count in words: "за $10 млрд" hangs a figure on the noun too)
    return any(t.head_id == m.head.id and ((t.rel.startswith("nummod") and t.text.isalpha()) or
                                           (t.rel == "amod" and t.feats.get("Number") == "Plur"))
               for t in m.sent.tokens)


_OWN_POWER = re.compile(r"\s*,?\s*(?:общей\s+|установленной\s+)?мощностью\s")


def _other_size(m: _Mention, p: _Project) -> bool:
    """The mention is told with its own power ("ГЭС ... мощностью 220 МВт")
    and the project known by its noun has another one: two objects."""
    sent = m.sent
    after = _OWN_POWER.match(sent.text, m.tokens[-1].stop - sent.start)
    if after is None or not p.capacity:
        return False
    # in any unit of capacity: "комплекс мощностью 40 тыс. тонн СПГ в год"
    # after a complex of 1,5 млн тонн is another complex
    told = next((q for q in find_quantities(sent.text[after.end():after.end() + 40]) if q.unit in CAPACITY_UNITS), None)
    if told is None or not told.value:
        return False
    known = [c["value"] for c in p.capacity if c.get("unit") == told.unit]
    return bool(known) and not any(max(told.value, k) / min(told.value, k) <= 1.15 for k in known if k > 0)


_UNITS = ("район", "область", "аймак", "провинция", "уезд", "вилоят", "велаят", "этрап")


def _rival_units(a: str, b: str) -> bool:
    """Two districts (or regions) of other names: neither is inside the
    other, whether the gazetteer knows them or not."""
    unit = a.split()[-1].lower()
    return a != b and unit in _UNITS and b.split()[-1].lower() == unit


def _places_compatible(a: str, b: str) -> bool:
    """Two places can be the place of one object: equal, or one inside the
    other. Places the gazetteer does not know are given the benefit of the
    doubt ("месторождение Джеруй" in "Киргизия")."""
    if a == b:
        return True
    if _rival_units(a, b):
        return False
    ka, kb = resolve.place(a), resolve.place(b)
    if ka is None or kb is None:
        return True
    if ka.id == kb.id:
        return True
    ca, cb = resolve.country_of(ka), resolve.country_of(kb)
    if ca is not None and cb is not None and ca.id != cb.id:
        return False
    if ka.type == "country" or kb.type == "country":
        return True
    if ka.type == kb.type:
        return False
    city, region = (ka, kb) if resolve.place_rank(ka) > resolve.place_rank(kb) else (kb, ka)
    return getattr(city, "region", None) in (None, region.id)


_EXISTING = _WORKING | {"старый"}


def _existing(p: _Project) -> bool:
    """An object told as already there ("рядом с действующей ГРЭС")."""
    first = p.mentions[0] if p.mentions else None  # as it was introduced, not as a site joined later
    return first is not None and any(t.lemma in _EXISTING for t in first.sent.tokens if t.head_id == first.head.id)


def _could_be_in(p: _Project, places: set[str]) -> bool:
    """Whether an object may lie in one of `places`, as far as its name tells."""
    own = {e.name for _, e, how in p.places if how == "name"}
    made = _name_place(p)
    if made is not None:
        own.add(made.name)
    return not own or any(_places_compatible(a, b) for a in places for b in own)


# Words for any object of a family.
_HYPERNYMS = {"предприятие", "производство"}
_PLACE_NOUNS = {"поселок", "город", "село", "район", "область", "регион", "аймак", "сомон", "велаят", "вилоят",
                "край", "округ", "республика", "провинция", "уезд", "аул", "кишлак", "станица", "деревня"}


def _place_lemmas(mentions: list[_Mention]) -> set[str]:
    """Lemmas of the place words inside mentions' phrases."""
    out = set()
    for m in mentions:
        locs = {t.start for sp in m.sent.spans if sp.type == "LOC" for t in sp.tokens}
        out |= {t.lemma for t in m.tokens if t.start in locs or t.lemma in _PLACE_NOUNS}
    return out


def _listed_with_named(m: _Mention) -> bool:
    """Is the mention a member of an enumeration whose member next to it is
    a named object ("первая очередь Сахалинской ГРЭС-2, ТЭЦ в Советской
    Гавани и ...")? Objects listed side by side are so many objects."""
    toks = m.sent.tokens
    partners = [t for t in toks if t.head_id == m.head.id and t.rel == "conj"]
    if m.head.rel == "conj":
        parent = _parent(m.head, toks)
        partners += [parent] if parent is not None else []
    for t in partners:
        if re.sub(r"-\d+$", "", t.lemma) not in OBJECT_NOUNS:
            continue
        named = t.pos == "PROPN" or any(c.head_id == t.id and c.text[:1].isupper() and c.pos in ("ADJ", "PROPN")
                                         for c in toks)
        if named:
            return True
    return False


def _made_from(kb) -> set[str]:
    """The town or region a name is made from, as a set of its name; not a
    country, which as often tells whose the object is ("российская АЭС")."""
    return {kb.name} if kb is not None and kb.type != "country" else set()


def _places_in(m: _Mention, ent_at) -> set[str]:
    return {ent_at[t.start].name for t in m.tokens if t.start in ent_at and ent_at[t.start].type == "LOC"}


def _after_on_deposit(tokens: list[Token], reach: int):
    """The words naming each "месторождение" with "на" at most `reach` words
    before it: the two after ("на (киргизском) месторождении Джеруй") and
    those between "на" and it ("на Карабильском месторождении")."""
    for i, t in enumerate(tokens):
        if t.lemma != "месторождение":
            continue
        on = next((k for k in range(i - 1, max(0, i - reach) - 1, -1) if tokens[k].lemma == "на"), None)
        if on is not None:
            yield tokens[on + 1:i] + tokens[i + 1:i + 3]


def _deposit_of(m: _Mention, p: _Project) -> bool:
    """Is the deposit `m` names the one a plant of `p` was said to stand on
    ("Таласский комбинат на месторождении Джеруй")?"""
    names = {t.lemma for t in m.tokens if t is not m.head and t.text[:1].isupper()}
    return bool(names) and any(names & {y.lemma for y in after}
                               for x in p.mentions for after in _after_on_deposit(x.sent.tokens, 3))


def _on_the_deposit(m: _Mention, p: _Project) -> bool:
    """Is a plant said to stand on the deposit `p` ("завод на месторождении",
    "завод на месторождении Тенгиз")?"""
    after = next(_after_on_deposit(m.tokens, 1), None)
    if after is None:
        return False
    named = {y.lemma for y in after if y.text[:1].isupper()}
    own = {y.lemma for x in p.mentions for y in x.tokens if y.text[:1].isupper()}
    return not named or bool(named & own)


_CLAUSE_CUT = re.compile(r",\s+(?:а(?!\s+также)|но|тогда как|в то время как)\s|;\s")


def _works_the_deposit(m: _Mention, p: _Project, sent) -> bool:
    """Is `m` an unnamed mining plant (ГОК, обогатительная фабрика) told
    within three sentences of the deposit `p` is?"""
    if m.family != "plant" or p.family != "mine" or not p.mentions:
        return False
    if p.mentions[0].head.lemma != "месторождение" or sent.index - p.mentions[-1].sent.index > 3:
        return False
    if _names(m.tokens, m.head, m.sent) or _plural(m) or _sited_elsewhere(m, p):
        return False
    return _sector_of(" ".join(t.text for t in m.tokens)) == "mining_metals"


def _site_word(m: _Mention) -> str | None:
    """"фабрика на руднике Бороо": the capitalised name after a site noun
    of the mention, folded, or None."""
    toks = m.tokens
    for i, t in enumerate(toks[:-1]):
        if t.lemma in _SITE_HEADS and toks[i + 1].text[:1].isupper():
            return _fold(toks[i + 1].text)
    return None


def _sited_elsewhere(m: _Mention, p: _Project) -> bool:
    """Is the mining plant `m` told at a mine or deposit other than `p`'s?"""
    site = _site_word(m)
    if site is None:
        return False
    fields = {w for x in p.mentions if (w := _site_word(x))} | {_fold(t.text) for t in p.name_tokens}
    return not any(f[:4] == site[:4] for f in fields)


def _capitalised(tokens: list[Token], head: Token | None) -> set[str]:
    """Capitalised words of a name, up to its first preposition: "в
    Согдийской области" says where, it names nothing."""
    first = next((i for i, t in enumerate(tokens) if t.pos == "ADP" and i > 0), len(tokens))
    return {t.lemma for t in tokens[:first] if t is not head and t.text[:1].isupper() and not t.text.isupper()}


_COAL = re.compile(r"угол|угл[яюе]|угольн")
_FUEL = re.compile(_COAL.pattern + r"|газ|мазут|дизел")


def _thermal_kin(m: _Mention, p: _Project) -> bool:
    """"парогазовая станция" after "новая тепловая электростанция": a
    thermal plant told once by its fuel and once without one is one kind."""
    text_m, text_p = _fold(" ".join(t.text for t in m.tokens)), _fold(p.name)
    thermal = {"coal_power", "gas_power"}
    # one told by its fuel, the other only as "тепловая" (not "ТЭЦ-2" or
    # "Ангренская ТЭС", which name a plant of their own)
    if _sector_of(text_m) not in thermal or _sector_of(text_p) not in thermal:
        return False
    plain = [x for x in (text_m, text_p) if not _FUEL.search(x)]
    return len(plain) == 1 and re.match(r"теплов\w* (?:электро)?станц", plain[0]) is not None


def _same_object(projects, m: _Mention, ent_at, sent) -> _Project | None:
    mods = _modifiers(m)
    # the object spoken of most recently first, not the one named last
    recent = sorted(projects, key=lambda p: max((x.head.start for x in p.mentions), default=-1), reverse=True)
    first = True
    products_m = _products(m.tokens)
    for p in recent:
        if not p.name_tokens:
            continue
        products_p = _products(p.name_tokens)
        if m.family == "mine" and (p.family == "plant" or m.head.lemma == "месторождение") and _deposit_of(m, p):
            # "месторождение Джеруй" after "комбинат на месторождении Джеруй";
            # "рудник на месторождении Амулсар": the mine's own deposit
            return p
        if m.head.lemma == "месторождение" and p.family in ("plant", "mine") and _names_meet(
                _capitalised(m.tokens, m.head), _capitalised(p.name_tokens, None)):
            # "Удоканское месторождение" after "Удоканский комбинат", "месторождение
            # Шалкия" after "Рудник «Шалкия»": the plant's or mine's own deposit
            # (NER often takes the adjective for a place)
            return p
        if m.family == "plant" and p.family == "mine" and _on_the_deposit(m, p):
            return p  # "технологический завод на месторождении" after "месторождение Тенгиз"
        if _works_the_deposit(m, p, sent):
            # "разработка месторождения Жаны-Таш ... обязалась построить
            # горно-обогатительный комбинат": the plant that works the deposit
            return p
        if m.head.lemma in _ROUTE_NOUNS and p.family in _LINE_FAMILIES and \
                ((not _stops(m.tokens) and not _names(m.tokens, m.head, m.sent)) or
                 (_stops(m.tokens) and _stops(m.tokens) == _stops(p.name_tokens))):
            # "станут понятны окончательная трасса и стоимость": the route of
            # the line told of; "трасса линии 500 кВ Усть-Кут — Нижнеангарск":
            # the route of the line of those stops
            return p
        if products_m and products_p and not (products_m & products_p):
            continue  # "полиэтилен" and "полипропилен": two plants, whatever else they share
        shared_product = bool(products_m & products_p)
        by_field = m.family is None and m.head.lemma in ANAPHORA_NOUNS and \
            _sector_of(" ".join(t.text for t in m.tokens)) not in (None, "other") and \
            _sector_of(" ".join(t.text for t in m.tokens)) == _sector_of(p.name)
        if p.family != m.family and not (shared_product and None in (p.family, m.family)) and not by_field:
            continue
        if p.name_tokens and p.name_tokens[0].sent == sent.index and p.mentions and \
                p.mentions[-1].sent is sent:
            continue  # two objects of one kind in one sentence are two objects
        names_m = _names(m.tokens, m.head, m.sent)
        names_p = _names(p.name_tokens, p.mentions[0].head, p.mentions[0].sent)
        # an object first told by a word that refers back ("способность
        # дороги") is known by that word
        named = [x for x in p.mentions if not x.anaphoric] or p.mentions
        kind_m = _kind(m.tokens, m.head)
        # "предприятие в Тобольске" after "комплекс «Тобольск-Полимер»": a
        # word for any plant, said of the plant spoken of last
        hypernym = m.head.lemma in _HYPERNYMS and p.family == m.family
        thermal_kin = _thermal_kin(m, p)
        head_same = hypernym or (kind_m in {_kind(x.tokens, x.head) for x in named}
                     or m.head.lemma in {x.head.lemma for x in named}
                     # "станция с газовыми турбинами" after "парогазовая
                     # электростанция": a station of no stated kind is any
                     or (kind_m in ("станция", "электростанция") and p.family == "power")
                     # "парогазовая станция" right after "тепловая электростанция"
                     or (first and p.family == m.family == "power" and thermal_kin))
        # "проект солнечной генерации" after "солнечная электростанция": a
        # project told by its field is the object of that field spoken of
        head_same = head_same or (by_field and first)
        # "азотный комплекс на берегу Камы" after "недостроенный азотный
        # завод в Менделеевске": another noun for the same kind of plant
        described = {x for x in mods & p.modifiers if not _ordinals({x}) and x not in WEAK_MODIFIERS} \
            - _place_lemmas([m]) - _place_lemmas(p.mentions)
        head_same = head_same or (first and p.family == m.family and bool(described))
        # by stems: the tagger lemmatises a name in one sentence and not in the next ("зарамагскай")
        named_alike = _names_meet(names_m, names_p) or bool(_proper(mods) & _proper(p.modifiers)) or \
            _abbreviates(m.tokens, p.name_tokens)
        shared_name = named_alike or shared_product
        if not head_same and not shared_name:
            continue
        was_first = first
        if hypernym and not was_first and m.head.lemma not in {x.head.lemma for x in named}:
            continue
        # an object that is plainly another by number or name ("первая нитка"
        # beside "вторая нитка") does not make the one before it older
        if _ordinals_clash(mods, p.modifiers):
            continue
        if _ordinals(mods) - {"первый"} and not _ordinals(p.modifiers) and not named_alike:
            # "второй атомной станции" after "атомная электростанция", "второй
            # калийный комбинат" after "Гарлыкский калийный комбинат": another
            # one (a product in common is no name)
            continue
        if any("единственный" in a and _ordinals(b) - {"первый"} for a, b in ((mods, p.modifiers), (p.modifiers, mods))):
            continue  # "единственная ТЭЦ Бишкека" beside the "вторая ТЭЦ" planned: the one there is
        if _ordinals(p.modifiers) and not _ordinals(mods) and _said_working(m):
            continue  # "рядом с действующей Загорской ГАЭС" beside "ГАЭС-2" being built: its elder
        if (_works_now(m) or _working_since(m) or (_said_working(m) and m.head.lemma not in {x.head.lemma for x in named})) \
                and any(_said_working(x, {"новый"}) for x in named):
            continue  # "новую тепловую электростанцию" and "с 1960-х годов работает Сырдарьинская ТЭС"
        quoted_m, quoted_p = _quoted(m.tokens), _quoted(p.name_tokens)
        if quoted_m and quoted_p and quoted_m != quoted_p:
            continue  # «Сила Сибири» and «Сила Сибири — 2»
        if _other_route(m.tokens, p.name_tokens):
            continue  # "газопровод Алматы — Талдыкорган" is the line before "Талдыкорган — Ушарал"
        if names_m and names_p and not _names_meet(names_m, names_p) and not _abbreviates(m.tokens, p.name_tokens):
            continue  # "Тяньваньская АЭС" and "АЭС «Сюйдапу»"
        # "Медвеженская ВЭС" after "Труновская ВЭС", "Жанатасская ВЭС" after
        # "станция Шокпар": names made from places (NER takes them for
        # places) are names all the same
        full_m = names_m | _name_adjectives(m)
        full_p = names_p | {a for x in named for a in _name_adjectives(x)}
        if full_m and full_p and not _names_meet(full_m, full_p) and not _abbreviates(m.tokens, p.name_tokens):
            continue
        if names_p and not names_m and not shared_name and _listed_with_named(m):
            continue  # "Сахалинской ГРЭС-2, ТЭЦ в Советской Гавани и ...": one of a list, not the plant told before
        if names_m and not names_p:
            # "Кызыл-Таштыгский ГОК" after the "ГОК" at the deposit Ак-Суг:
            # a name not made from the other's deposit is another's
            # (a name made from a region or town, "Таласский", may be the deposit's)
            sites = {w for x in p.mentions if (w := _site_word(x))}
            own = {n for n in names_m if resolve.place_of_adjective(n.lower()) is None}
            if sites and own and not any(_fold(n)[:4] == w[:4] for n in own for w in sites):
                continue
        first = False
        if names_m and not names_p and _is_group(p.mentions[0]):
            continue  # one named plant is not the group "две китайские АЭС"
        if names_p and not names_m and _is_group(m):
            continue  # nor the other way round: "каскад из четырех ГЭС" after "Камбаратинская ГЭС-1"
        if _is_group(m) and not any(_is_group(x) for x in p.mentions):
            continue  # "две ветровые электростанции" are not the one station named before
        if (m.head.lemma == "каскад") != any(x.head.lemma == "каскад" for x in named):
            continue  # "каскад Зарамагских ГЭС" is not "Зарамагская ГЭС-1", one of its plants
        if _other_size(m, p):
            continue  # "ГЭС на реке Эгийн-Гол мощностью 220 МВт" after a station of 90 МВт
        # "ТЭЦ в Советской Гавани" is not the "Якутская ГРЭС-2" told before:
        # a name's place adjective places it too (NER often misses it)
        places_m = _places_in(m, ent_at) or _made_from(_place_of_name(m.tokens, m.head))
        places_p = {e.name for _, e, how in p.places if how == "name"} or _made_from(_name_place(p)) or \
            {n for x in named for n in _places_in(x, ent_at)}  # "Фабрику в Гиждуванском районе"
        if places_m and places_p and not any(_places_compatible(a, b) for a in places_m for b in places_p):
            continue
        if places_m and any(_rival_units(a, b) for a in places_m for b in places_p | set(_most_specific_places(p))):
            continue  # "Трикотажная фабрика в Кызылтепинском районе" is not the plant placed in Карманинский
        # a letter label ("нитка D") can't conflict with a description
        # places are weighed above, not as words ("станция в поселке Нуристан"
        # after "Талимарджанская ТЭС в Кашкадарьинской области")
        strong_m = {x for x in mods if not _ordinals({x}) and not _LABEL.fullmatch(x)}
        strong_p = {x for x in p.modifiers if not _ordinals({x}) and not _LABEL.fullmatch(x)}
        if not strong_m & strong_p:
            strong_m -= _place_lemmas([m])
            strong_p -= _place_lemmas(p.mentions)
        if strong_m and strong_p and not (strong_m & strong_p) and not shared_name:
            # "комплекс по переработке руды" after "горно-обогатительный
            # комплекс": other words, same kind of output; the object last
            # spoken of may be described anew, an older one may not
            sector_m = _sector_of(" ".join(t.text for t in m.tokens))
            sector_p = _sector_of(p.name)
            same_noun = m.head.lemma in {x.head.lemma for x in named} or (
                kind_m in ("станция", "электростанция") and p.family == "power")
            # "Ангренская ТЭС" after "тепловая электростанция в городе Ангрен":
            # one kind of object, told by its acronym and by its words
            same_kind = kind_m in _PLANT_KINDS and kind_m in {_kind(x.tokens, x.head) for x in named} and not names_p
            if not (was_first and ((sector_m and sector_m == sector_p) or same_kind or thermal_kin or
                                   (same_noun and not sector_m and not names_m))):
                continue
        if strong_m and not strong_p and not shared_name and _another_company(m, p, ent_at, sent):
            # "завод компании Linglong" in one town, then "компания Zijin
            # завершила реконструкцию медеплавильного завода": another's plant
            continue
        return p
    return None


def _another_company(m: _Mention, p: _Project, ent_at, sent: Sentence) -> bool:
    """Is m the object of what a company does, a company not the project's
    own ("компания Zijin Mining завершила реконструкцию медеплавильного
    завода")? A company told beside it in other roles ("турбины —
    Калужский завод") says nothing."""
    if not p.companies:
        return False
    verb = _clause_verb(m.head, {t.id: t for t in sent.tokens})
    if verb is None:
        return False
    own = {c.id for c in p.companies}
    for subj in (t for t in sent.tokens if t.head_id == verb and t.rel == "nsubj"):
        names = [subj] + [t for t in sent.tokens if t.head_id == subj.id and t.rel in ("appos", "nmod")]
        # (and their own words: "«Солнечный ветер»" starts at its adjective)
        names += [t for t in sent.tokens if any(t.head_id == x.id for x in names[1:])]
        orgs = {ent_at[x.start].id for x in names if x.start in ent_at and ent_at[x.start].type == "ORG"}
        if orgs and not orgs & own:
            return True
    return False


def _fill_slots(doc: Doc, sent: Sentence, bound, ent_at, money, quantities, cues) -> None:
    by_id = {t.id: t for t in sent.tokens}
    kids = _children(sent)
    heads = [(m.head, p) for m, p in bound]
    text = doc.text

    # "X строит завод ..., а в Наманганской области запущено предприятие":
    # clauses joined by "а", "но" or ";" each tell of their own object
    cuts = [sent.start + c.start() for c in _CLAUSE_CUT.finditer(sent.text)]

    def clause(offset: int) -> int:
        return sum(offset >= c for c in cuts)

    def owner(offset: int) -> _Project | None:
        tok = _token_at(sent, offset)
        if tok is None:
            return None
        if len(heads) == 1:
            return heads[0][1]
        here = clause(offset)
        scored = sorted(heads, key=lambda hp: (clause(hp[0].start) != here, _tree_distance(tok, hp[0], by_id),
                                               abs(hp[0].start - tok.start)))
        return scored[0][1]

    projects_here = {id(p): p for _, p in bound}
    for p in projects_here.values():
        p.evidence.append(Evidence(start=sent.start, end=sent.stop, text=sent.text,
                                   sentence_start=sent.start, sentence_end=sent.stop))

    # words of a mention that refers back ("судьбу проекта с послом Китая")
    # do not name the object, nor its place
    in_name = {t.start for m, _ in bound if not m.anaphoric for t in m.tokens}
    # "гидроэлектростанций Лудила и Лункайкоу": each name is its object's,
    # never the place of the other
    names_of = {t.start: p for m, p in bound if m.one_of for t in m.tokens if t is not m.head}
    org_tokens = frozenset(t.start for sp in sent.spans if sp.type == "ORG" for t in sp.tokens)
    for span in sent.spans:
        ent = ent_at.get(span.start)
        if ent is None:
            continue
        p = owner(span.start)
        if p is None:
            continue
        if ent.type == "LOC":
            if names_of.get(span.start, p) is not p:
                continue
            if _in_route_name(sent.text, span.start - sent.start):
                continue  # «Восточная Сибирь — Тихий океан»: the ends of a system's name, not where this is
            kb = resolve.place(ent.name)
            if kb is not None and kb.country in _FORMER_STATES:
                continue  # "после распада СССР": history, not where anything is built now
            # a place the gazetteer does not know is most often a small one;
            # a continent or a macro-region is not
            rank = resolve.place_rank(kb) if kb is not None else 1 if _MACRO_REGION.match(ent.name) else 3
            how = "name" if span.start in in_name else "sentence"
            if how == "name" and kb is None and _names_the_object(sent, span.start):
                # "АЭС Саньао в уезде Цаннань", "ГЭС Сяонаньхай": a name the
                # gazetteer does not know, right after the noun, is what the
                # object is called; where it stands is told beside it
                how = "quoted"
            elif _quoted_at(sent.text, span.start - sent.start):
                # "проект «Кызыл» в Казахстане": a place's name given to the
                # object says less than the place the object is said to be in
                how = "quoted"
            tok = _token_at(sent, span.start)
            # places of meetings and of the news are not the project's place
            if tok is not None and _under_event_noun(tok, by_id):
                continue
            if _signed_at(sent.text, span.start - sent.start):
                continue
            # a partner ("соглашение с Россией") or a transit country ("через
            # Монголию") is the place only when no other is given
            # a place acting in its clause ("Москва не может выполнить
            # обязательства") likewise, though before partners ("Казахстан
            # построит АЭС" with no other place)
            penalty = 0
            if tok is not None:
                if _destination(tok, kids):
                    continue  # where the output goes is never where the object is
                penalty = 20 if _partner_or_transit(tok, kids, org_tokens) else 10 if tok.rel == "nsubj" else 0
                if not penalty and by_id.get(tok.head_id) is not None and by_id[tok.head_id].lemma in _SHORES:
                    penalty = 1  # "на берегу Каспия": a landmark the town beside it places better
            p.places.append((rank - penalty, ent, how))
        elif ent.type == "ORG":
            if _not_a_builder(ent, text):
                continue
            if ent not in p.companies:
                p.companies.append(ent)
    # known companies NER missed are entities too (scan_known_names)
    for ent in {id(e): e for e in ent_at.values()}.values():
        if ent.type != "ORG":
            continue
        for mm in ent.mentions:
            if sent.start <= mm.start < sent.stop and not any(s.start == mm.start for s in sent.spans):
                p = owner(mm.start)
                if p is not None and ent not in p.companies and not _not_a_builder(ent, text):
                    p.companies.append(ent)

    low = _fold(sent.text)
    for mo in money:
        before = low[max(0, mo.start - 50):mo.start]
        if MONEY_NOT_INVESTMENT.search(before) or MONEY_FLOW_AFTER.search(low[mo.end:mo.end + 15]) \
                or MONEY_SHARED_AFTER.search(low[mo.end:mo.end + 60]):
            continue
        p = owner(sent.start + mo.start)
        if p is not None:
            item = {"amount": mo.amount, "currency": mo.currency}
            # "из них 60 млрд тенге предоставил в виде кредита": a loan,
            # named before or after the sum, is kept only if no cost is given
            if _FINANCING.search(before) or _FINANCING_AFTER.match(low, mo.end) or _PART_OF.search(before) \
                    or _CONTRACT.search(before[-35:]):
                item["financing"] = True
            # "от 2 до 2,5 млрд долларов": both ends are what the article says
            # the cost is, the upper one first
            both = [item, {**item, "amount": mo.low}] if mo.low and mo.high and mo.low < mo.high else [item]
            for one in both:
                if one not in p.investment:
                    p.investment.append(one)
    annual = bool(ANNUAL_RE.search(low))
    for jm in JOBS_PEOPLE_RE.finditer(sent.text):
        digits = re.sub(r"\D", "", jm.group("a") or jm.group("b") or "")
        if not digits:
            continue
        n = int(digits) * (1000 if (jm.group("k") or jm.group("k2")) else 1)
        if BUILDERS_BEFORE.search(_fold(sent.text[max(0, jm.start() - 40):jm.start()])):
            continue  # "на стройке работают 2500 человек": builders, not jobs
        p = owner(sent.start + jm.start())
        if p is not None and p.jobs is None and 0 < n < 10_000_000:
            p.jobs = n
    for q in quantities:
        before = low[max(0, q.start - 60):q.start]
        if q.unit == "jobs":
            p = owner(sent.start + q.start)
            if p is not None and p.jobs is None:
                p.jobs = int(q.value)
            continue
        unit = q.unit
        if unit in ("t", "m3") and annual:
            unit += "/yr"
        value = q.value
        if unit == "m":
            if value < 50 or before.endswith(" по "):
                continue  # "по 540 м": each side's
        elif unit not in CAPACITY_UNITS:
            continue
        p = owner(sent.start + q.start)
        if unit == "m":
            # "мост длиной 1080 м": a crossing's length, in km like a line's
            if p is None or p.family != "transport" or not _CROSSING.search(_fold(p.name or "")):
                continue
            unit, value = "km", value / 1000
        if unit != "km":
            count = _units_counted(before)
            if count is None and re.match(r"\s*кажд(?:ый|ая|ое)\b", low[q.end:]):
                # "по 1,2 ГВт каждый" of "третий и четвертый энергоблоки"
                n = len(_ordinals(p.modifiers)) if p is not None else 0
                count = n if n >= 2 else None
            if count:
                # "две парогазовые установки по 450 МВт": the units together
                item = {"value": float(value) * count, "unit": unit}
                if p is not None and item not in p.capacity:
                    p.capacity.append(item)
                continue
        if QUANTITY_NOT_CAPACITY.search(before):
            continue
        if unit == "km" and re.match(r"\s*(?:от|к (?:(?:северо|юго)-)?(?:северу|югу|западу|востоку)|"
                                     r"(?:(?:северо|юго)-?)?(?:севернее|южнее|западнее|восточнее))",
                                     low[q.end:]):
            continue  # "в 35 км от Атырау": a distance, not a length
        if p is not None:
            item = {"value": value, "unit": unit}
            product = _product_after(sent, q.start, q.end) if unit.startswith("t") else None
            same = next((c for c in p.capacity if _figure_key(c) == _figure_key(item)), None)
            if same is None:
                p.capacity.append(item)
                same = item
            if product and "product" not in same:
                same["product"] = product  # "800 тыс. тонн этилена": of what
    names = {id(t) for m, _ in bound for t in m.tokens}
    heads_of = {id(m.head): p for m, p in bound}
    staged = {}
    for offset, stage, past in cues:
        tok = _token_at(sent, offset)
        if tok is not None and _cue_of_other_object(tok, by_id, names, sent):
            continue
        if tok is not None and _base_of_expansion(tok, by_id):
            continue  # "расширит действующую станцию": the base works, the expansion is the news
        if _ELLIPTIC_OTHER.search(text[max(sent.start, offset - 25):offset]):
            continue  # "запустили фабрику, вторую законсервировали": the second one's
        if _other_clause_subject(text, sent, offset, bound):
            continue  # "фабрика работает, второй этап «Пакрута» отложен": the phase named there
        p = owner(offset)
        described = by_id.get(tok.head_id) if tok is not None and tok.rel == "amod" and tok.lemma in _WORKING \
            and not _ONE_OF_THEM.search(text, max(sent.start, offset - 4), offset + 1) else None
        told = heads_of.get(id(described)) if described is not None else None
        if told is not None and told.mentions[0].head is described:
            # "разместить рядом с действующим заводом": a plant first told
            # so works now, whatever the sentence plans beside it
            p, stage = told, "operating"
        if p is not None:
            p.stages.append((offset, stage, past))
            staged.setdefault(id(p), []).append((offset, stage, past))
    for m, p in bound:
        verb = _verb_stage(m, by_id, kids)
        if verb is not None and verb.lemma in _BUILT_VERBS and verb.feats.get("Voice") != "Pass":
            # "комплекс, который компания возвела": told as done by who did it
            p.stages.append((verb.start, "operating", False))
        elif verb is not None:
            p.weak_stages.append((verb.start, "operating", False))
    # "дали старт ...: речь идет о седьмом и восьмом блоках X, а также о
    # третьем и четвертом блоках Y": objects listed together share the cue
    # ("ГОК достраивает фабрику, на Фон-Ягнобе расширили угольный разрез":
    # an object of a clause of its own, with a verb of its own, does not)
    if staged:
        shared = [c for cs in staged.values() for c in cs]
        staged_verbs = {_clause_verb(m.head, by_id) for m, p in bound if id(p) in staged}
        for p in projects_here.values():
            if id(p) not in staged and any(_clause_verb(m.head, by_id) in staged_verbs | {None}
                                           for m, q in bound if q is p):
                p.stages.extend(shared)


def _clause_verb(t: Token, by_id: dict[str, Token]) -> str | None:
    """The id of the verb whose clause holds `t`, or None."""
    seen = set()
    while t is not None and t.id not in seen:
        seen.add(t.id)
        if t.pos == "VERB":
            return t.id
        t = by_id.get(t.head_id)
    return None


_ONE_OF_THEM = re.compile(r"\b[Ии]з\s+\w")  # "самая мощная из действующих ГЭС": the others


def _other_clause_subject(text: str, sent: Sentence, offset: int, bound) -> bool:
    """A cue in a clause of its own, after a comma, that names no object of
    the sentence but a phase or unit of something quoted ("второй этап
    «Пакрута» отложен")."""
    start = text.rfind(", ", sent.start, offset)
    if start < 0 or any(start <= m.head.start < offset for m, _ in bound):
        return False
    return bool(_PHASE_OF_QUOTED.search(text, start, offset))


_PHASE_OF_QUOTED = re.compile(r"\b(?:этап|очеред|фаз|стади|блок|энергоблок)\w*\s+«[^»]+»")


# What a working plant does, said in the present: "завод выпускает",
# "на комбинате перерабатывают", "фабрика, которая производит".
_PRODUCE_VERBS = {"производить", "выпускать", "перерабатывать", "вырабатывать", "добывать", "выплавлять",
                  "отгружать", "поставлять", "экспортировать", "снабжать", "работать", "функционировать",
                  "генерировать", "прокачивать", "перекачивать", "транспортировать", "обогащать",
                  "обслуживать", "принимать", "выдавать"}
# the same verbs as words, to let a sentence about a working plant in
_PRODUCE_NOW = re.compile(r"\b(?:выпуска|производ|перерабатыва|вырабатыва|добыва|выплавля)(?:ет|ют|ит|ят)\b")
# Done building, said of the object: "построенный в 2012 году завод",
# "станция была построена".
# "открытой в конце ноября дороге", "введенный в 2016 году энергоблок":
# opened or commissioned, said of the object, likewise
_BUILT_VERBS = {"построить", "возвести", "соорудить", "сдать", "отстроить", "ввести", "открыть", "запустить",
                "пустить"}


_MEASURE_NOUNS = {"длина", "протяженность", "мощность", "производительность", "стоимость"}


def _verb_stage(m: _Mention, by_id: dict[str, Token], kids: dict[str, list[Token]]) -> Token | None:
    """The verb that says the object of `m` already works, or None.

    Only the object's own verb counts: its subject is the object ("завод
    выпускает"), a relative pronoun for it ("который производит"), or the
    object is where the work is done ("на заводе производят"); a verb of
    the company or of anything else in the sentence says nothing of the
    object. A future ("будет выпускать", "сможет производить") is not a
    finite present verb, so it does not count."""
    head = m.head
    verbs = []
    parent = by_id.get(head.head_id)
    if parent is not None and (head.rel in ("nsubj", "nsubj:pass") or head.rel == "obl" and any(
            k.rel == "case" and k.lemma in ("на", "в") for k in kids.get(head.id, []))):
        verbs.append(parent)
    elif parent is not None and head.rel == "conj" and parent.rel in ("nsubj", "nsubj:pass") \
            and parent.head_id in by_id:
        # "работают завод карбамида и предприятия по выпуску полипропилена":
        # subjects joined share their verb
        verbs.append(by_id[parent.head_id])
    # "дороге ... длиной 88 км, открытой в конце ноября": a participle the
    # parser hangs on the object's measure is the object's
    measures = [k for k in kids.get(head.id, []) if k.rel == "nmod" and k.lemma in _MEASURE_NOUNS]
    built_by = set()  # "комплекс, который компания возвела": built, said by who built it
    for k in kids.get(head.id, []) + [g for x in measures for g in kids.get(x.id, [])]:
        if k.rel == "acl":
            verbs.append(k)
        elif k.rel == "acl:relcl" and any(x.lemma == "который" and x.rel in ("nsubj", "obl", "nsubj:pass")
                                          for x in kids.get(k.id, [])):
            verbs.append(k)
        elif k.rel == "acl:relcl" and any(x.lemma == "который" and x.rel == "obj" for x in kids.get(k.id, [])):
            verbs.append(k)
            built_by.add(k.id)
    # the parser may make that clause a root of its own: ", который" right
    # after the object's words is still the object's
    toks = m.sent.tokens
    end = next((i for i, t in enumerate(toks) if t is m.tokens[-1]), None) if m.tokens else None
    if end is not None and end + 2 < len(toks) and toks[end + 1].text == "," \
            and toks[end + 2].lemma == "который" and toks[end + 2].rel == "obj":
        v = by_id.get(toks[end + 2].head_id)
        if v is not None and v.rel == "root" and v.id not in built_by:
            verbs.append(v)
            built_by.add(v.id)
    for v in verbs:
        if v.pos != "VERB":
            continue
        f = v.feats
        lemma = v.lemma.removesuffix("ся")
        future = any(x.lemma == "быть" and x.text.lower() in ("будет", "будут") for x in kids.get(v.id, []))
        if future:
            continue
        if v.id in built_by:
            if v.lemma in _BUILT_VERBS and f.get("Tense") == "Past" and f.get("Aspect") == "Perf":
                return v
            continue
        if lemma in _PRODUCE_VERBS and f.get("Tense") == "Pres" and f.get("VerbForm") in ("Fin", "Part"):
            return v
        if v.lemma in _BUILT_VERBS and f.get("Tense") == "Past" and f.get("Voice") == "Pass" \
                and not any(x.text in ("%",) or x.lemma == "процент" for x in kids.get(v.id, [])):
            return v
    return None


_ELLIPTIC_OTHER = re.compile(r"(?:^|[,;—–]\s*(?:а|и|но)?\s*)(?:втор|друг|трет|четверт)(?:ую|ой|ая|ое|ые|ых|ого)\s+$",
                             re.I)


# "ТЭЦ-3", and "Зарамагская ГЭС-1" with adjectives before the acronym
# ("ЮУАЭС", "БелАЭС": a plant's acronym made from its name's letters)
_PLANT_ORG = re.compile(r"(?:[А-ЯЁ][а-яё-]+\s+)*(?:[А-ЯЁ][А-ЯЁа-яё]{0,4})?(?:ТЭЦ|ГЭС|ТЭС|ГРЭС|АЭС|НПЗ|ГПЗ|ВЭС|СЭС)(?:-\d+)?")


def _plant_as_org(ent: Entity, text: str) -> bool:
    """"ТЭЦ-3" that NER took for an organisation: the plant, not a company of
    it (an operator keeps its legal form: "АО «Рогунская ГЭС»", "компания
    «ТЭЦ-4»")."""
    if _legal_form_near(ent, text):
        return False
    return bool(_PLANT_ORG.fullmatch(ent.name.strip()))


def _objects_own_names(projects) -> set[str]:
    """The acronyms the objects' names define ("плавучая атомная
    теплоэлектростанция (ПАТЭС)"): NER tags them ORG, but they name the
    object. (A quoted name is as often the operator's: "глиноземный завод
    «Базэлцемент-Пикалево»".)"""
    out = set()
    for p in projects:
        for m in p.mentions:
            if m.anaphoric:
                continue
            text = " ".join(t.text for t in m.tokens)
            # an acronym in brackets is the object's ("(ПАТЭС)"); bare, it is
            # as often its company's ("завод карбамида SOCAR")
            out |= {_fold(q) for q in re.findall(r"\(\s*([А-ЯЁA-Z]{3,})\s*(?:\)|$)", text)
                    if q.lower() not in _TYPE_ACRONYMS}
    return out


def _legal_form_near(ent: Entity, text: str) -> bool:
    """"АО «Рогунская ГЭС»", "компания «ТЭЦ-4»": an operator with the
    object's name is a company."""
    return any(COMPANY_BEFORE.search(text[max(0, m.start - 30):m.start]) for m in ent.mentions)


_FORMER_STATES = {"SU"}


def _not_a_builder(ent: Entity, text: str) -> bool:
    """Ministries, governments, media and unions of states do not build
    plants; nor does a name only ever told as a site's ("на котельной
    «Бишкексельмаш»", "на месторождении «Восточное»")."""
    return (is_media(ent, text) or (bool(_GOV_ORG.match(ent.name)) and not _customer(ent, text))
            or bool(_UNION.search(ent.name))
            or bool(re.search(r"правительств", ent.name, re.I)) or bool(_REGULATOR.search(ent.name))
            or bool(_EXCHANGE.search(ent.name))
            or (not _LEGAL_PREFIX.match(ent.name) and not _legal_form_near(ent, text)
                and all(_SITE_BEFORE.search(text[max(0, m.start - 40):m.start]) for m in ent.mentions)))


# "по заказу Министерства энергетики", "Заказчиком выступает акимат": a
# state body that orders the work is the project's customer
_AS_CUSTOMER = re.compile(r"(?:\bпо\s+заказу|\bзаказчик\w*(?:\s+[\w-]+){0,2}?\s+(?:выступа|явля|стал|назначен)\w*|"
                          r"\bзаказчик\w*\s*[—–-])\s*$", re.I)


def _customer(ent: Entity, text: str) -> bool:
    return any(_AS_CUSTOMER.search(text[max(0, m.start - 50):m.start]) for m in ent.mentions)


# a site that is not also a company's name (a works often is: "завод «Азот»";
# a plot is named by its owner: "на площадке АО «Кольская ГМК»")
_SITE_BEFORE = re.compile(r"\b(?:на|в|при)\s+(?:[\w-]+\s+)?(?:котельн|подстанци|станци|рудник|месторождени|"
                          r"шахт|карьер)\w*\s*[«\"„“]?$", re.I)


# where shares and goods are traded: "провела размещение на Лондонской бирже"
_EXCHANGE = re.compile(r"бирж|\bexchange\b|\b(?:LSE|KASE|AIX|HKEX|NYSE)\b", re.I)
# who checks and permits does not build: "Главгосэкспертиза", "Ростехнадзор"
_REGULATOR = re.compile(r"экспертиз|надзор|инспекци|антимонопол|регулятор|лицензионн\w* (?:палат|комисс)", re.I)


# Who lends is not who builds: a bank or a government seen only giving
# credit ("БРК открыл кредитную линию", "на средства кредитной линии
# правительства Индии") is not one of the project's companies, unless the
# article also makes it an owner or investor.
_LENDER_LIKE = re.compile(r"банк|\bbank\b|\bБРК\b|\bВЭБ|\bEXIM|эксимбанк|^правительств|"
                          # development banks by their acronyms
                          r"\b(?:ЕБРР|ЕБРД|ЕАБР|АБР|АБИИ|ИБР|EBRD|ADB|AIIB|EDB|IsDB)\b", re.I)
_LOAN_CUE = re.compile(r"кредит|займ|заем|заём|финансир|профинансир|предостав\w* средств|средств\w* (?:[\w-]+ ){0,3}?предостав|"
                       r"на средства|за сч[её]т средств|"
                       r"выдел\w*[^.]{0,40}(?:долл|евро|руб|юан|тенге|сум)", re.I)
_OWNER_CUE = re.compile(r"акционер|дол[юяи] |доля|совладел|собственник|инвестор\w* проекта|учредител|"
                        r"совместн\w* предприяти", re.I)


def _lenders(doc: Doc, entities: list[Entity]) -> set[int]:
    """Ids of bank-like and government organisations the article shows lending
    and never owning or building."""
    lending, owning = set(), set()
    for e in entities:
        if e.type != "ORG" or not _LENDER_LIKE.search(" ".join([e.name, *e.aliases])):
            continue
        for m in e.mentions:
            sent = doc.sent_at(m.start)
            if sent is None:
                continue
            if _OWNER_CUE.search(sent.text):
                owning.add(id(e))
            elif _LOAN_CUE.search(sent.text):
                lending.add(id(e))
    return lending - owning


_MACRO_REGION = re.compile(r"(?:Европа|Азия|Африка|Америка|Северная Америка|Южная Америка|Евразия|Австралия|"
                           r"Ближний Восток|Средний Восток|Центральная Азия|Средняя Азия|Южная Азия|"
                           r"Юго-Восточная Азия|Восточная Азия|Западная Европа|Восточная Европа|Евросоюз|"
                           r"Арктика|Антарктида)$")


def _destination(tok: Token, kids: dict[str, list[Token]]) -> bool:
    """"пойдет на экспорт, в основном в Китай", "поставки в Европу": a
    place the output is sent to."""
    head = _parent(tok, kids["__all__"])
    return head is not None and head.lemma in ("экспорт", "экспортировать", "поставка", "поставлять") \
        and any(k.lemma == "в" and k.rel == "case" for k in kids.get(tok.id, []))


def _partner_or_transit(tok: Token, kids: dict[str, list[Token]], org_tokens: frozenset[int] = frozenset()) -> bool:
    """"с Россией" (instrumental with "с": a partner, a border) or "через
    Монголию" (a route): a place the project deals with, not where it is."""
    preps = {k.lemma for k in kids.get(tok.id, []) if k.rel == "case"}
    if "через" in preps or ("с" in preps and tok.case == "Ins"):
        return True
    # "на экспорт в Европу", "поставщик водорода для Европы", "за пределами
    # Китая": where the output goes or what lies outside, not where it is made
    if "за" in preps or ("для" in preps):
        return True
    head = _parent(tok, kids["__all__"])
    # "компании Германии", "инвесторы из Китая", "Masdar из Абу-Даби": whose
    # the companies are (not "на площадке АО «Кольская ГМК» в Мончегорске")
    return head is not None and (bool(_EXPORT_WORDS.match(head.lemma)) or head.lemma in _WHOSE_NOUNS
                                 or (head.start in org_tokens and "из" in preps))


_WHOSE_NOUNS = {"компания", "фирма", "инвестор", "корпорация", "концерн", "банк", "бизнес", "предприниматель",
                "производитель", "партнер", "партнёр", "посольство", "делегация"}


_EXPORT_WORDS = re.compile(r"экспорт|поставк|поставля|постав(?:ить|ит)|вывоз|вывез|продава|прода(?:ть|ст)|"
                           r"отправл|направля|пределы|граница")


def _cue_of_other_object(tok: Token, by_id: dict[str, Token], names: set[int], sent: Sentence | None = None) -> bool:
    """"рядом с действующим полипропиленовым производством", "завод KPI,
    который работает": the cue speaks of an object that is not one of the
    sentence's projects."""
    noun = None
    if tok.lemma in _WORKING | {"работающий", "работать"} and tok.rel in ("nmod", "obl") \
            and any(t.head_id == tok.id and t.rel == "case" for t in by_id.values()):
        return True  # "ниже по течению от действующей", "в дополнение к действующему": the one already there
    if tok.rel == "amod":
        noun = by_id.get(tok.head_id)
    elif tok.pos in ("VERB", "AUX"):
        kids = [t for t in by_id.values() if t.head_id == tok.id]
        which = next((t for t in kids if t.lemma == "который"), None)
        if which is not None:
            # "завод, который комбинат возводит": the relative clause
            # hangs on its noun, whatever "который" is in it
            noun = _relative_noun(which, by_id.get(tok.head_id), list(by_id.values()))
        else:
            noun = next((t for t in kids if t.rel.startswith("nsubj")), None)
    if noun is None or id(noun) in names:
        return False
    if sent is not None and _names_a_company(noun, sent):
        return False  # "ГМК «Норильский никель» приостановила ...": the company acts
    if noun.lemma in _PARTS and tok.pos in ("VERB", "AUX") and noun.rel.startswith("nsubj"):
        return False  # "на заводе производство законсервировано": a part of the plant named
    # "рядом со своими действующими мощностями": facilities other than the project
    return noun.lemma in OBJECT_NOUNS or (tok.rel == "amod" and noun.lemma in _FACILITY_WORDS)


_FACILITY_WORDS = {"мощность", "объект", "актив", "предприятие"}
_EXPAND_WORDS = {"расширить", "расширять", "модернизировать", "реконструировать",
                 "расширение", "модернизация", "реконструкция", "увеличить", "нарастить",
                 "электрифицировать", "электрификация"}


def _base_of_expansion(tok: Token, by_id: dict[str, Token]) -> bool:
    """"действующую" in "расширит действующую станцию на 120 МВт"."""
    if tok.rel != "amod" or tok.lemma not in _WORKING | {"работающий", "работать"}:
        return False
    noun = by_id.get(tok.head_id)
    verb = by_id.get(noun.head_id) if noun is not None else None
    return verb is not None and verb.lemma in _EXPAND_WORDS


def _relative_noun(which: Token, noun: Token | None, tokens: list[Token]) -> Token | None:
    """The noun "который" stands for: the parser's, unless its gender or number
    disagree ("завод рядом с производством, которое работает": the
    производство), then the nearest noun before that agrees."""
    def agrees(t: Token) -> bool:
        return all(t.feats.get(k) == which.feats.get(k) for k in ("Number", "Gender")
                   if which.feats.get(k) and not (k == "Gender" and which.feats.get("Number") == "Plur"))
    if noun is None or agrees(noun):
        return noun
    before = [t for t in tokens if t.start < which.start and t.pos in ("NOUN", "PROPN")]
    return next((t for t in reversed(before) if agrees(t)), noun)


# Parts of a plant a stage can be told of: the plant's stage.
_PARTS = {"производство", "цех", "мощность", "линия", "очередь", "серия", "корпус", "блок", "энергоблок",
          "агрегат", "установка", "печь", "участок"}


_SHORES = {"берег", "побережье", "акватория"}
_EVENT_NOUNS = {"заседание", "встреча", "переговоры", "визит", "саммит", "форум", "конференция",
                "совещание", "брифинг", "пресс-конференция", "выставка", "сессия", "поездка",
                "церемония", "делегация", "торжество"}


# "подписали в Ташкенте соглашение о строительстве станции в Каракалпакстане":
# where a document is signed or news is told is not where the plant goes
_EVENT_VERBS = {"подписать", "подписывать", "заключить", "заключать", "обсудить", "обсуждать",
                "договориться", "заявить", "сообщить", "рассказать", "объявить", "встретиться",
                "парафировать", "презентовать", "представить"}


# "14 октября в Екатеринбурге губернатор и глава концерна подписали
# соглашение о сооружении блока": the place of a signing told before its verb
_SIGNED_AFTER = re.compile(r"[^:;.]{0,160}?\b(?:подписали|подписал|подписала|заключили|встретились|"
                           r"провели переговоры|обсудили)\b")


def _signed_at(text: str, at: int) -> bool:
    """Whether a place at `at` (a sentence offset) is governed, by the words,
    by a signing or meeting verb after it in its clause ("в Екатеринбурге ...
    подписали"); a place after "в/во" right before such a verb."""
    before = text[max(0, at - 4):at]
    if not re.search(r"\bв[о]?\s$", before):
        return False
    end = re.search(r"\s", text[at:])
    after = at + (end.start() if end else len(text) - at)
    signed = _SIGNED_AFTER.match(text, after)
    return signed is not None and not re.search(r"\b(?:постро|возвед|строит|разме|реализ)\w*", text[after:signed.end()])


def _under_event_noun(tok: Token, by_id: dict[str, Token]) -> bool:
    t, steps = by_id.get(tok.head_id), 0
    if t is not None and t.pos == "VERB" and t.lemma in _EVENT_VERBS and tok.rel == "obl":
        return True
    while t is not None and steps < 3:
        # "на инвестфоруме в Нукусе", "бизнес-форум": a compound of one
        if t.lemma in _EVENT_NOUNS or t.lemma.endswith(("форум", "саммит", "конференция")):
            return True
        if t.lemma in OBJECT_NOUNS or t.lemma in ANAPHORA_NOUNS:
            return False
        t, steps = by_id.get(t.head_id), steps + 1
    return False


_DATELINE = re.compile(r"^([А-ЯЁ][А-ЯЁ-]{2,}(?: [А-ЯЁ][А-ЯЁ-]{2,})?)(?:,| \(| —| -|\. )", re.M)


def _dateline_country(entities, text: str):
    """The country (as the article names it) of a dateline city: "РОГУН, 16
    ноября." -> Таджикистан, when the article names Таджикистан."""
    m = _DATELINE.search(text[:600])
    kb = resolve.place(m.group(1).title()) if m else None
    c = resolve.country_of(kb) if kb is not None else None
    if c is None:
        return None
    for other in entities:
        okb = resolve.place(other.name) if other.type == "LOC" else None
        if okb is not None and okb.id == c.id:
            return other
    # "ПАВЛОДАР. KAZINFORM —" in an article that names Казахстан only inside
    # a ministry's name: the gazetteer's country
    return _place_ref(c)


def _article_country(projects, entities, text: str = ""):
    """The country most project places lie in: the location of a project
    the text leaves to context ("в нашей стране")."""
    votes: dict[str, int] = {}
    places = [(rank, ent) for p in projects for rank, ent, _ in p.places]
    # "Атырауский НПЗ": a place the name is made from is a project's place too
    named = [kb for kb in map(_name_place, projects) if kb is not None]
    places += [(resolve.place_rank(kb), Ref(name=kb.name)) for kb in named]
    # places of the projects first, then actors, partners and transit only if nothing else
    tier = next((t for t in (0, -10) if any(rank >= t for rank, _ in places)), None)
    if tier != 0:
        # only partners and actors ("Ташкент возражал против стройки"): the
        # country of the dateline, where there is one, says more
        dated = _dateline_country(entities, text)
        if dated is not None:
            return dated
    countries = {}
    for _, ent in [(r, e) for r, e in places if tier is None or r >= tier]:
        c = resolve.country_of(resolve.place(ent.name))
        if c is not None:
            votes[c.id] = votes.get(c.id, 0) + 1
            countries[c.id] = c
    if not votes:
        return None
    best = max(votes, key=votes.get)
    for e in entities:
        kb = resolve.place(e.name)
        if kb is not None and kb.id == best:
            return e
    # a country the article names only inside other names ("Министерство
    # энергетики Казахстана"): the gazetteer's
    return _place_ref(countries[best])


_SITE_HEADS = {"месторождение", "карьер", "рудник", "шахта", "сэз", "зона", "промзона", "разрез"}


def _site_of_name(p: _Project, entities: list[Entity]):
    """The deposit or zone an object's phrase names, as a place reference."""
    for m in p.mentions:
        toks = m.sent.tokens  # the name may have left out a word NER took for a person ("Мурунтау")
        for i, t in enumerate(toks):
            if t.lemma.lower() not in _SITE_HEADS or t not in m.tokens:
                continue
            j = i + 1
            if j < len(toks) and toks[j].lemma == "на":
                j += 1  # "рудник на Кумторе"
            while j < len(toks) and toks[j].text in "«\"":
                j += 1
            if j >= len(toks) or not toks[j].text[:1].isupper():
                continue
            word = toks[j]
            ent = next((e for e in entities if any(mm.start <= word.start < mm.end for mm in e.mentions)), None)
            name = ent.name if ent is not None and ent.type != "PER" else word.text
            return Ref(name=name.strip("«»\""), id=ent.id if ent is not None and ent.type == "LOC" else None)
    return None


def _name_place(p: _Project):
    """The place the project's name is made from (see _place_of_name), or
    None; else the place another of its naming mentions is made from
    ("вторая ПГУ на Навоийской ТЭС" above "вторая ПГУ мощностью 450 МВт")."""
    named = next((m for m in p.mentions if m.tokens == p.name_tokens), None)
    here = _place_of_name(p.name_tokens, named.head) if named is not None else None
    for m in p.mentions:
        if here is not None:
            break
        if m is not named and not m.anaphoric:
            here = _place_of_name(m.tokens, m.head)
    return here


def _place_adjectives(tokens: list[Token], head: Token):
    """The place adjectives an object's name is made from, as (token,
    lemma): "Шымкентский" of "Шымкентский НПЗ". Only adjectives before the
    object's noun: those after it belong to a place phrase of its own ("в
    Зафарабадском районе")."""
    for k, t in enumerate(tokens):
        # (the tagger calls "Павлодарский" in a headline a proper noun)
        if t.pos not in ("ADJ", "PROPN") or not t.text[:1].isupper():
            continue
        # "энергоблок Ленинградской АЭС": or before the noun of the object
        # the head belongs to
        if t.start >= head.start and not (t.start > head.start and any(
                may_be_object_noun(x.text) and x.lemma in OBJECT_NOUNS for x in tokens[k + 1:k + 3])):
            continue
        lemma = t.lemma.lower()
        if lemma.endswith(("ский", "цкий")) and not lemma.endswith("ческий"):
            yield t, lemma


def _place_of_name(tokens: list[Token], head: Token):
    """The place an object's name is made from: "Шымкентский НПЗ" is in
    Шымкент, "Благовещенская ТЭЦ" in Благовещенск, "Амурский ГХК" in the
    Амурская область. The gazetteer entry, or None."""
    for t, lemma in _place_adjectives(tokens, head):
        kb = resolve.place_of_adjective(lemma) or resolve.place(t.text[:-2] + "ая")  # or a region's adjective
        if kb is not None:
            return kb
    return None


def _made_from_town(lemma: str, name: str) -> bool:
    """Whether the place adjective `lemma` is made from the one-word place
    `name`: "троицкий" from Троицк, "разданский" from Раздан, "каиндинский"
    from Каинды, "нерюнгринский" from Нерюнгри."""
    town = _fold(name)
    if not re.fullmatch(r"[а-я]+(?:-[а-я]+)*", town):
        return False
    core = town.rstrip("аеиоуыэюяь")
    stem = lemma[:-4]
    return len(core) >= 4 and (lemma[:-2] == town or stem == town or stem in (core + "ин", core + "ен"))


def _town_of_name(p: _Project, entities: list[Entity]):
    """The article's own place an object's name is made from, when the
    gazetteer does not know it: "Троицкая ГРЭС" beside "в городе Троицке",
    "Разданская ТЭС" beside "подстанция в Раздане". The entity, or None."""
    towns = [e for e in entities if e.type == "LOC"]
    for m in p.mentions:
        if m.anaphoric:
            continue
        for _, lemma in _place_adjectives(m.tokens, m.head):
            town = next((e for e in towns if _made_from_town(lemma, e.name)), None)
            if town is not None:
                return town
    return None


# Abbreviated objects by the gender of the noun they stand for.
_FEMININE_ABBR = "ГЭС|ГРЭС|ТЭЦ|АЭС|ТЭС|ВЭС|СЭС|ГТЭС|ГАЭС|ПГУ|СЭЗ|ОЭЗ|ЛЭП"
_MASCULINE_ABBR = "НПЗ|НХЗ|ГОК|ГМК|ГХК|ГПЗ|ГПК|ЦОД"
_OBLIQUE_START = re.compile(
    rf"^([А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*?[сц]к)(?:(ой|ую)\s+(?={_FEMININE_ABBR}\b)|(ого|ому|им|ом)\s+(?={_MASCULINE_ABBR}\b))")


_OBLIQUE_ADJ = re.compile(r"[а-яё-]+(?:ом|ой|ей|ого|ому|ым|ую|юю|ем|его|ему|им|ые|ие)$")
_PLURAL_ADJ = re.compile(r"[а-яё-]+(?:ые|ие)$")


@lru_cache(maxsize=4096)
def _leading_adjectives_agree(name: str) -> str:
    """"Амурский гидрометаллургическом комбинат" -> "... гидрометаллургический
    комбинат": an adjective of the opening run left in its case (or in the
    plural of a group, "атомные электростанция") is put in the nominative
    of the noun it stands before, when that noun is nominative singular."""
    words = name.split(" ")
    k = next((i for i, w in enumerate(words) if not _ADJ_END.search(w)), len(words))
    if not k or not any(_OBLIQUE_ADJ.fullmatch(w) for w in words[:k]):
        return name
    from ..annotate import models
    vocab = models().morph_vocab
    # a noun in "-ия" ends like an adjective: the run ends at the first
    # word the dictionary knows only as a noun
    k = next((i for i, w in enumerate(words[:k]) if i and w[:1].islower() and
              {f.pos for f in vocab.parse(w)} == {"NOUN"}), k)
    if k >= len(words):
        return name  # no noun after the run ("Новые горизонты"): nothing to agree with
    head = next((f for f in vocab.parse(words[k]) if f.pos == "NOUN" and f.feats.get("Case") == "Nom"), None)
    if head is None or head.feats.get("Number") == "Plur":
        return name
    if words[k].isupper() and any(_PLURAL_ADJ.fullmatch(w) for w in words[:k]):
        return name  # "угольные ТЭС": an abbreviation has no number of its own, the adjective tells it
    out = []
    for w in words[:k]:
        gender = head.feats.get("Gender") or "Masc"
        forms = [f for f in vocab.parse(w) if f.pos == "ADJ"] if _OBLIQUE_ADJ.fullmatch(w) else []
        inflected = forms[0].inflect({"Nom", gender}) if forms else None
        word = inflected.word if inflected else w
        if inflected is None and _OBLIQUE_ADJ.fullmatch(w):
            # a place adjective the dictionary does not know: "Гарадагской"
            ending = {"Fem": "ая", "Neut": "ое"}.get(gender, "ий")
            word = re.sub(r"(?<=[сц]к)(?:ом|ой|ого|ому|им|ую)$", ending, w)
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out + words[k:])


def _nominative_start(name: str) -> str:
    """"Зарамагской ГЭС-1" -> "Зарамагская ГЭС-1": the tagger leaves the
    adjective of an abbreviated object in its case when it does not see the
    abbreviation as the noun it agrees with."""
    m = _OBLIQUE_START.match(name)
    if m is None:
        return name
    ending = "ая " if m.group(2) else "ий "
    return m.group(1) + ending + name[m.end():]


@lru_cache(maxsize=8)  # asked once per project of the text
def _headline_end(text: str) -> int:
    """Offset where the headline (a first line followed by a blank line)
    ends, or 0 when the text has none."""
    head = HEADLINE.match(text)
    return head.end() if head else 0


@lru_cache(maxsize=8)  # asked once per project of the text
def _lead_end(text: str) -> int:
    """Offset where the lead ends: the headline, then the first paragraph
    of running text (a dateline or date line alone does not count)."""
    paragraphs = list(re.finditer(r"[^\n]+", text))
    for k, m in enumerate(paragraphs):
        if k > 0 and len(m.group(0).split()) >= 12:
            return m.end()
    return len(text)


def _where_told(p: _Project, location, text: str) -> str:
    """" в Магнитогорске": the place phrase of the project's first sentence
    that names its location, or ""."""
    sent = p.mentions[0].sent
    for m in getattr(location, "mentions", ()):
        if sent.start <= m.start < sent.stop:
            prep = re.search(r"(?:^|\s)(в|во|на|под|у)\s+$", text[max(sent.start, m.start - 5):m.start])
            if prep:
                return f" {prep.group(1)} {text[m.start:m.end]}"
    return ""


# a currency name several countries use ("рупия", "манат") is the one of
# the country the project is in, when no adjective said whose
_LOCAL_CURRENCY = {("INR", "pk"): "PKR", ("INR", "id"): "IDR", ("INR", "lk"): "LKR", ("INR", "np"): "NPR",
                   ("AZN", "tm"): "TMT"}


def _local_currency(investment: list[dict], *places) -> list[dict]:
    if not any(i["currency"] in ("INR", "AZN") for i in investment):
        return investment
    # the project's place, else the article's country, else the first the article names
    country = next((c.id for x in places if x is not None
                    for c in [resolve.country_of(resolve.place(x.name))] if c is not None), None)
    return [{**i, "currency": _LOCAL_CURRENCY.get((i["currency"], country), i["currency"])} for i in investment]


def _finish(p: _Project, i: int, doc: Doc, fallback_country, entities: list[Entity] = ()) -> Project:
    sector = _sector_of(p.name)
    if p.family == "transport" and sector not in ("oil_gas_midstream", "power_grid", "transport_logistics") \
            and (sector is None or not re.search(r"терминал|хаб", _fold(p.name))):
        # "линия Горно-Алтайск — Бийск", "угольный порт": a way or a port is
        # transport whatever it carries or its stops are called ("терминал
        # СПГ" and a line's own words may say otherwise)
        sector = "transport_logistics"
    if p.family == "grid" and sector is not None and sector != "power_grid":
        # "линия Экибастуз — Шульбинская ГЭС": a power line is a line whatever
        # its ends are called
        sector = "power_grid"
    # the body's words before the headline's, which sum up ("Туракурганскую
    # ТЭС" above, "тепловой электростанции" on "парогазовых энергоблоках" below)
    top = _headline_end(doc.text)
    ordered = [m for m in p.mentions if m.head.start >= top] + [m for m in p.mentions if m.head.start < top]
    # the object's own words in another mention ("станцию на окраине" and
    # then "Новая ТЭЦ") before the words around it ("на экибастузском угле")
    # (not a part's: "установка гидроочистки" of a paraxylene plant)
    whole = [m for m in ordered[:6] if m.head.lemma not in _COMPONENTS]  # (the parts are components)
    sector = sector or next(filter(None, (_sector_of(" ".join(t.text for t in m.tokens)) for m in whole)), None) \
        or next(filter(None, (_sector_near(m) for m in ordered[:6])), None) or "other"
    # the sentences that speak of it tell the fuel ("тепловая электростанция"
    # ... "две парогазовые установки для нее"), maybe later ("Речь идет о
    # парогазовой станции")
    # (folded once, and only for the two sectors whose fuel they may turn)
    told = [_fold(x) for x in list(dict.fromkeys(m.sent.text for m in p.mentions))[:6]] \
        if sector in ("coal_power", "hydro_power") else []
    if sector == "coal_power" and not _COAL.search(_fold(p.name)) and any(
            re.search(r"парогаз|газотурбин|\bпгу\b|газов\w* (?:турбин|электростанц|станц|тэс)|на (?:природном )?газе", x)
            for x in told) and not any(_COAL.search(x) for x in told):
        sector = "gas_power"  # "ТЭС" says thermal; "две парогазовые установки" say the fuel
    if sector == "hydro_power" and not re.search(r"гидро", _fold(p.name)) and any(
            re.search(r"газов\w* (?:энерго)?блок|газотурбин|парогаз|на (?:природном )?газе", x) for x in told) \
            and not any(re.search(r"гидро|плотин|водохранилищ|\bрек[аеиу]\b|напор", x) for x in told):
        # "газовые энергоблоки Безмеинской ГЭС": in Turkmen usage "ГЭС" is a
        # state power station; its gas units and no water tell the fuel
        sector = "gas_power"
    if sector == "transport_logistics" and p.family == "pipe":
        sector = "oil_gas_midstream"  # "магистраль ТАПИ" carries gas, not trains
    status = None
    # the news, not the background: cues dated to earlier years count only
    # when there is nothing else
    # The lead (headline and first paragraph) tells the news; later
    # paragraphs also retell how the project got there ("блокада заморозила
    # проект на годы" under a lead saying building has resumed), so a state
    # the lead gives decides. Plans alone ("«Росатом» построит АЭС") leave
    # it to the body, which says how far they got ("контракт подписан").
    lead_end = _lead_end(doc.text)
    lead = [s for off, s, past in p.stages if not past and off < lead_end]
    told = [s for off, s, past in p.stages if not past and top and top <= off < lead_end]
    if told and set(lead) - set(told) <= {"construction", "operating"} and not {"construction", "operating"} & set(told):
        # a headline rounds a step up ("возобновляет строительство" over a
        # lead saying "одобрило возобновление строительства"): where the
        # lead tells how far it got, the lead decides
        lead = told
    body = [s for off, s, past in p.stages if not past and off >= lead_end]
    if not any(s != "announced" for s in lead):
        lead = []
    elif set(lead) <= {"announced", "pre-construction"} and {"construction", "operating"} & set(body):
        # a deal in the lead ("получив одобрение регуляторов") over a body
        # saying the complex is being built: the deal is news, the state is the body's
        lead = []
    stages = (lead or [s for _, s, past in p.stages if not past] or [s for _, s, past in p.weak_stages if not past]
              or [s for _, s, _ in p.stages] or [s for _, s, _ in p.weak_stages])
    if not lead and set(stages) <= {"announced"} and any(s == "operating" and past for _, s, past in p.stages) \
            and not _ordinals(p.modifiers):
        # "ввела в эксплуатацию в 2021 году": put into service in a past
        # year, it works still; talk of it now ("рассматривался проект")
        # does not make it a plan again. (A numbered unit may be new beside
        # older ones that work: "третий блок" of a plant working since 1993.)
        stages = ["operating"]
    # an upgrade of a working plant ("модернизация ТЭЦ идет"): the plant
    # operates, the project is under construction
    # new units at a working plant ("две новые установки прибавят 900 МВт к
    # работающему блоку") likewise
    if "construction" in stages and "operating" in stages and any(
            re.search(r"модерниз|реконструкц|расширени|нов\w* (?:\w+ )?(?:энерго)?(?:блок|установ|очеред|лини|агрегат)|"
                      r"втор\w* очеред|дополнительн\w* (?:мощност|блок|установ)", _fold(m.sent.text))
            for m in p.mentions):
        stages = [s for s in stages if s != "operating"]
    if stages:
        severe = [s for s in stages if STAGE_ORDER[s] >= 5]
        status = max(severe, key=STAGE_ORDER.get) if severe else max(stages, key=STAGE_ORDER.get)
    location = None
    named_place = _name_place(p)
    places = p.places
    if any(how != "quoted" for _, _, how in places) or named_place is not None:
        places = [x for x in places if x[2] != "quoted"]
    if places:
        # the most specific place, preferring places inside the object's name
        # (a country in the name, "первая АЭС Казахстана", is its scope, not its site)
        rank, ent, _ = max(places, key=lambda x: (x[2] == "name" and x[0] > 1, x[0]))
        location = ent
        if rank < 0 and fallback_country is not None:
            location = fallback_country  # only partners and actors: the article's country is likelier
    elif fallback_country is not None:
        location = fallback_country
    here = resolve.place(location.name) if location is not None else None
    if location is None or (here is not None and here.type == "country"):
        # "карьер Мурунтау", "рудник на Кумторе", "СЭЗ «Qyzyljar»": the deposit
        # or zone named with the object is a place more specific than a country
        site = _site_of_name(p, entities)
        if site is not None:
            location = site
    town = _town_of_name(p, entities) if named_place is None else None
    if named_place is not None or town is not None:
        here = resolve.place(location.name) if location is not None else None
        # a place the gazetteer does not know is most often a small one
        here_rank = resolve.place_rank(here) if here is not None else 3 if location is not None else 0
        if town is not None:
            if here_rank < 3:
                location = town  # a town the article names, as small a place as any
        elif resolve.place_rank(named_place) > here_rank:
            # an entity of the article when it names the place, else the gazetteer's
            location = next((e for e in entities if e.type == "LOC" and e.name == named_place.name),
                            None) or _place_ref(named_place)
    costs = [i for i in p.investment if not i.get("financing")]
    investment = costs or [{"amount": i["amount"], "currency": i["currency"]} for i in p.investment]
    investment = _local_currency(investment, location, fallback_country,
                                 *(e for e in entities if e.type == "LOC"))
    conf = 0.5 + 0.1 * sum(bool(x) for x in (p.companies, p.capacity, investment, location, status))
    name = _leading_adjectives_agree(_nominative_start(p.name))
    if location is not None and re.fullmatch(r"[а-яё-]+", name):
        # a bare "комплекс" among several in a survey: say where, in the
        # words its sentence used ("эксплуатирует в Магнитогорске комплекс")
        name += _where_told(p, location, doc.text)
    also = _own_name(p)
    if also and also.lower() not in name.lower():
        name = f"{name} ({_leading_adjectives_agree(_nominative_start(also))})"
    if p.family in _LINE_FAMILIES and not _stops(p.name_tokens):
        stops = _route_of_clause(p, entities)
        if stops:
            name = f"{name} {' — '.join(stops)}"
    return Project(
        id=f"p{i + 1}", name=name, sector=sector,
        status=status or "announced",
        location=Ref(name=location.name, id=location.id, aliases=list(location.aliases)) if location else None,
        companies=[Ref(name=c.name, id=c.id, aliases=list(c.aliases)) for c in p.companies],
        capacity=p.capacity, investment=investment, jobs=p.jobs,
        evidence=p.evidence, confidence=round(min(conf, 0.95), 2))
