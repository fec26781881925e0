"""What a project's name says about which object it is.

A name is split into kinds of evidence that weigh differently when two
names are compared:

- objects: the object nouns of the extractor's lexicon (завод, ГХК, АЭС,
  газопровод) and their family (plant, power, pipe, mine...);
- products: what the object makes or carries (полиэтилен, медь, газ):
  two names with products and none in common are two objects;
- proper: names of this object only (Latin words, «quoted» names, place
  adjectives the gazetteer does not know: Silleno, «Сила Сибири»,
  Камбаратинская): strong when shared;
- places: words the gazetteer resolves to a place ("ТЭЦ Бишкека");
- ordinals: unit and phase numbers with the noun they count
  (("блок", 2) for "второй энергоблок", ("power", 1) for "ГЭС-1", ("", 2)
  for "Сила Сибири — 2" or "Актогай II"), which must agree noun by noun;
- routes: the stops of a line named by them ("газопровод Бейнеу — Бозой —
  Шымкент"), as sound keys: two lines from one stop to other stops are
  two lines, however much else they share;
- content: the other content words, as stems: weak evidence.

Merged registry names are joined with " | "; each part is read on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.lexicon import ANAPHORA_NOUNS, KIND_WORDS, OBJECT_NOUNS, ORDINALS, WEAK_MODIFIERS, split_acronym
from ..link.resolve import place_of_adjective
from .places import lookup_place

NAME_JOIN = " | "

# Products and materials, as stems (see `stem`). A name word whose stem
# starts with one of these names what the object makes or carries.
PRODUCTS = tuple("""
полиэтилен полипропилен поливинилхлорид пвх полиэфир полистирол полимер бутадиен этилен пропилен
аромат параксилол ксилол бензол толуол
метанол карбамид аммиак аммиачн удобрен аммофос сод кальцинирован каустик хлор серн кислот
терефтал пэт бензин дизел керосин авиатоплив битум смазочн
газ нефт нефтепродукт конденсат гелий водород
цемент клинкер кирпич стекл гипс бетон
мед золот серебр уран цинк свинц алюмини глинозем стал чугун ферросплав ферросилиц феррохром
хром марган железоруд никел кобальт лити вольфрам молибден редкоземел кремни титан магни фосфор
калий калийн сульфидн оксидн
сахар мук зерн мяс молок хлопк хлопок текстил пряж шерст
автомобил вагон локомотив трактор шин фармацевт лекарств
""".split())

# A product word that covers others: a "завод полимеров" may make polyethylene.
PRODUCT_KINDS = {"полимер": frozenset({"полиэтилен", "полипропилен", "поливинилхлорид", "пвх", "полиэфир",
                                       "полистирол", "пэт"})}

# English words in Latin names that say the product ("ГХК Polyethylene").
ENGLISH_PRODUCTS = {
    "polyethylene": "полиэтилен", "polypropylene": "полипропилен", "pvc": "пвх",
    "polymer": "полимер", "polymers": "полимер", "butadiene": "бутадиен", "ethylene": "этилен",
    "methanol": "метанол", "urea": "карбамид", "ammonia": "аммиак", "fertilizer": "удобрен",
    "gas": "газ", "oil": "нефт", "lng": "газ", "gtl": "газ", "cement": "цемент",
    "copper": "мед", "gold": "золот", "uranium": "уран", "zinc": "цинк", "steel": "стал",
    "aluminium": "алюмини", "aluminum": "алюмини", "lithium": "лити", "glass": "стекл",
}
# English words that name nothing in particular.
ENGLISH_GENERIC = set("""
project plant complex company group corporation corp limited ltd llc jsc pjsc inc co holding
holdings international national energy power petroleum chemical chemicals industries industry
technology technologies engineering construction investment development the of and for new
integrated petrochemical petrochemicals station unit phase park solar wind hydro
underground open pit expansion stage
""".split())
# English object nouns and their lexicon family ("Oyu Tolgoi underground mine").
ENGLISH_OBJECTS = {"plant": "plant", "factory": "plant", "refinery": "plant", "complex": "plant",
                   "mine": "mine", "field": "mine", "pipeline": "pipe", "railway": "transport",
                   "railroad": "transport", "port": "transport", "terminal": "transport",
                   "hpp": "power", "npp": "power", "tpp": "power", "farm": "power"}
# Object nouns some products hide in: a газопровод carries gas.
OBJECT_PRODUCTS = {"газопровод": "газ", "нефтепровод": "нефт", "продуктопровод": "нефтепродукт",
                   }
# Nouns an ordinal counts ("вторая очередь", "третья нитка").
# "энергоблок" and "блок" count the same things.
_SAME_UNIT = {"энергоблок": "блок", "линия": "нитка"}  # a pipeline's "линия D" is its fourth "нитка"
UNIT_NOUNS = {"очередь", "энергоблок", "блок", "нитка", "линия", "фаза", "этап", "стадия",
              "агрегат", "турбина", "установка", "реактор", "каскад", "участок", "пусковой"}
ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# Words of a project name that carry nothing about which object it is.
STOP = set("""
проект строительство выпуск переработка по для в на с со и из о об от при к до под над за
мощность тысяча тонна год млн млрд миллион миллиард сутки мвт гвт квт м км га куб кубометр
территория район область город страна республика рамка часть сфера область объем
""".split()) | WEAK_MODIFIERS | ANAPHORA_NOUNS

_WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9]+(?:-[A-Za-zА-Яа-яЁё0-9]+)*|№")
_QUOTED = re.compile(r"«([^»]*)»|\"([^\"]*)\"|“([^”]*)”|„([^“”]*)[“”]")
_MAX_UNIT_NUMBER = 20
_ADJ_ENDINGS = ("ый", "ий", "ой")
_NOUN_ENDINGS = ("ия", "ие", "ья", "ье", "ь", "а", "я", "о", "е", "ы", "и", "у", "ю")
_SUFFIXES = ("ическ", "овск", "евск", "ск", "ов", "ев", "н")


@dataclass(frozen=True)
class NameInfo:
    objects: frozenset[str] = frozenset()
    families: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
    proper: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    ordinals: frozenset[tuple[str, int]] = frozenset()
    routes: frozenset[frozenset[str]] = frozenset()
    content: frozenset[str] = frozenset()
    # places its adjectives are made from ("Новоуренгойский" -> Новый Уренгой)
    made_from: frozenset[str] = frozenset()
    # a line's or substation's voltages in kV ("ЛЭП 500 кВ", "подстанция 220/110 кВ")
    voltages: frozenset[int] = frozenset()
    # numbers of the site it is built on ("станция на площадке ТЭЦ-2"): the
    # site's, not the object's own
    site_ordinals: frozenset[tuple[str, int]] = frozenset()


@lru_cache(maxsize=1)
def _morph():
    try:
        from natasha import MorphVocab  # natasha patches pymorphy2 for Python 3.11
        return MorphVocab()
    except Exception:  # without a lemmatiser, stems still compare
        return None


@lru_cache(maxsize=65536)
def _parse(word: str) -> tuple[str, bool, str]:
    """(lemma, known to the dictionary, tag string) of a Cyrillic word."""
    low = word.lower().replace("ё", "е")
    m = _morph()
    if m is None:
        return low, False, ""
    try:
        p = m.parse(low)[0]
    except Exception:
        return low, False, ""
    return p.normal_form.replace("ё", "е"), bool(p.is_known), str(p.tag)


def lemma(word: str) -> str:
    if not re.search("[А-Яа-яЁё]", word):
        return word.lower()
    return _parse(word)[0]


def stem(word: str) -> str:
    """A comparison stem that joins a noun and its adjective:
    полиэтилен/полиэтиленовый, медь/медный, газохимия/газохимический."""
    s = lemma(word)
    if s.endswith(_ADJ_ENDINGS) and len(s) > 5:
        s = s[:-2]
        for suf in _SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                s = s[: -len(suf)]
                break
    else:
        for end in _NOUN_ENDINGS:
            if s.endswith(end) and len(s) - len(end) >= 3:
                s = s[: -len(end)]
                break
    return s[:-1] if s.endswith("ь") else s


def product_of(s: str) -> str | None:
    """The product a stem names: the stem is the product's, or the
    product's with a short ending ("газов" is газ, "газохим" is not)."""
    for p in PRODUCTS:
        if s == p or (s.startswith(p) and len(s) - len(p) <= 2):
            return p
    return None


# "золоторудное", "золотодобывающий", "медеплавильный": a metal's stem
# joined to a word of mining or smelting names the metal, as "золотой" does
_ORE = re.compile(r"(золот|мед|серебр|уран|никел|цинк|свинц|вольфрам|молибден|лити|хром|марган)н?[оеи]?"
                  r"(?:рудн|добыв|плавил|обогати)")


def _ore_of(word: str) -> str | None:
    m = _ORE.match(word.lower())
    return m.group(1) if m else None


def _place_id(word: str) -> str | None:
    entry = lookup_place(word) if len(word) >= 3 else None
    return entry.id if entry is not None else None


@lru_cache(maxsize=16384)
def read_name(name: str) -> NameInfo:
    parts = [p for p in (name or "").split(NAME_JOIN) if p.strip()]
    acc: dict[str, set] = {k: set() for k in NameInfo.__dataclass_fields__}
    for part in parts:
        _read_part(part, acc)
    return NameInfo(**{k: frozenset(v) for k, v in acc.items()})


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


_DASH = re.compile(r"\s+[—–-]\s+")
_CAPITAL = re.compile(r"[А-ЯЁA-Z][\w-]*")


def _route(text: str) -> frozenset[str] | None:
    """The stops of "Бейнеу — Бозой — Шымкент" (the capitalised word before
    the first dash, then the first after each), or None when the name is
    no such list ("Сила Сибири — 2" ends in a number)."""
    segments = _DASH.split(text)
    if len(segments) < 2:
        return None
    first = _CAPITAL.findall(segments[0])
    rest = [_CAPITAL.match(s.lstrip("«\"(")) for s in segments[1:]]
    if not first or not all(rest):
        return None
    # "линия 500 кВ Шульбинская ГЭС — Актогай": the stop is the plant's
    # name, not its acronym (the stops after a dash are read by their first
    # word likewise)
    named = [w for w in first if not w.isupper()]
    start = named[-1] if named and first[-1].isupper() else first[-1]
    stops = frozenset(_stop_key(w) for w in [start] + [m.group(0) for m in rest])
    return stops if len(stops) >= 2 else None


def _stop_key(word: str) -> str:
    """A stop's sound key; "^" marks a country, a region or a part of the
    world ("Туркменистан — Китай", "Центральная Азия — Китай", "Ланьчжоу —
    Синьцзян"), which name a line's end more loosely than towns do: the
    line to a region may be the line to its capital."""
    key = sound(_proper_stem(word))
    entry = lookup_place(word) if len(word) >= 3 else None
    coarse = (entry is not None and entry.type in ("country", "region")) \
        or lemma(word) in _WORLD_REGION_WORDS
    return "^" + key if coarse else key


_VOLTAGE = re.compile(r"(\d{2,4}(?:\s*/\s*\d{2,4})*)\s*кВ\b")


# "парогазовая станция на площадке ТЭЦ-2", "завод на территории бывшего
# комбината": what follows names the site, not the object
_SITE = re.compile(r"\b(?:на|в)\s+(?:площадке|площадках|территории|месте)\s", re.I)


def _read_part(text: str, acc: dict[str, set]) -> None:
    site = _SITE.search(text)
    if site:
        own = {k: set() for k in acc}
        _read_words(text[:site.start()], acc)
        _read_words(text[site.end():], own)
        acc["site_ordinals"] |= own.pop("ordinals") | own.pop("site_ordinals")
        for k, v in own.items():
            acc[k] |= v
        return
    _read_words(text, acc)


def _read_words(text: str, acc: dict[str, set]) -> None:
    route = _route(text)
    if route:
        acc["routes"].add(route)
    for m in _VOLTAGE.finditer(text):
        acc["voltages"].update(int(v) for v in re.findall(r"\d+", m.group(1)))
    quoted = _quoted_spans(text)
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    lemmas = [lemma(t) for t, _, _ in tokens]
    skip = _multiword_places(text, tokens, acc)
    for i, (_, start, _) in enumerate(tokens):
        if i in skip:
            continue
        in_quotes = any(a < start < b for a, b in quoted)
        _read_token(text, tokens, lemmas, i, in_quotes, acc)


def _multiword_places(text: str, tokens, acc) -> set[int]:
    """Places of several words ("в Новом Уренгое", "Ямало-Ненецкого
    автономного округа"): one place, not a name word and a place word.
    The indexes of their tokens."""
    skip: set[int] = set()
    for i, (tok, start, _) in enumerate(tokens):
        if i in skip or not tok[:1].isupper() or tok.isupper():
            continue
        for n in (4, 3, 2):
            if i + n > len(tokens):
                continue
            entry = lookup_place(text[start:tokens[i + n - 1][2]])
            if entry is not None:
                acc["places"].add(entry.id)
                skip.update(range(i, i + n))
                break
    return skip


def _read_token(text, tokens, lemmas, i, in_quotes, acc) -> None:
    tok, start, _ = tokens[i]
    lem = lemmas[i]
    if tok == "№":
        # "энергоблоки № 3 и 4": every number of the list
        for t, _, _ in _past_a_list(tokens, i + 1, str.isdigit, keep=True):
            if not t.isdigit():
                break
            _add_number(t, _counted(lemmas, i - 1), acc)
        return
    if tok.isdigit():
        # "Сила Сибири — 2", «Актогай-2»: a number right after a name or dash
        before = text[:start].rstrip()
        if in_quotes or before.endswith(("—", "–", "-", "»", "\"")):
            _add_number(tok, "", acc)
        return
    if tok in ROMAN:
        acc["ordinals"].add((_counted(lemmas, i - 1), ROMAN[tok]))
        return
    head, _, tail = tok.rpartition("-") if "-" in tok else (tok, "", "")
    short = split_acronym(head)
    if short is not None and (tail.isdigit() or not tail) and short[2] is None:
        # "ЭГРЭС-2": the plant's kind, its number, and the first letter of
        # its name ("Экибастузская ГРЭС-2"), which a full name's word may share
        letters, kind, _ = short
        if tail:
            _add_number(tail, OBJECT_NOUNS[kind], acc)
        _read_word(kind, kind, tokens, i, in_quotes, acc)
        acc["proper"].add(letters + INITIALS)
        return
    if tail.isdigit():  # ГЭС-1, ТЭЦ-2; ВВЭР-1200 is a model, too big to count
        _add_number(tail, _unit(lemma(head)), acc)
        _read_word(head, lemma(head), tokens, i, in_quotes, acc)
        return
    _read_word(tok, lem, tokens, i, in_quotes, acc)


# marks a proper "word" that is only the initial of a name ("э…" of "ЭГРЭС")
INITIALS = "…"


def _past_a_list(tokens, j: int, member, keep: bool = False):
    """The tokens from j on past a list of members joined by "и" ("третий и
    четвертый", "3 и 4"); with keep, the members themselves too."""
    out = []
    while j < len(tokens):
        t = tokens[j][0]
        if member(t):
            if keep:
                out.append(tokens[j])
        elif t != "и":
            break
        j += 1
    return out + list(tokens[j:]) if not keep else out


def _unit(lem: str) -> str:
    """The noun a number counts, or "" for a number of the name itself.
    Whole objects are counted by family ("первая атомная электростанция" and
    "вторая АЭС" count one thing); parts by their own noun (блок, нитка)."""
    if lem in UNIT_NOUNS:
        return _SAME_UNIT.get(lem, lem)
    if lem in OBJECT_NOUNS:
        return OBJECT_NOUNS[lem]
    return ""


def _counted(lemmas: list[str], j: int) -> str:
    return _unit(lemmas[j]) if 0 <= j < len(lemmas) else ""


_PLACE_BEFORE = {"поселок", "посёлок", "город", "село", "аул", "кишлак", "станица", "деревня", "пгт", "сомон",
                 "полуостров", "остров", "мыс", "залив", "бухта"}
_PLACE_AFTER = {"район", "область", "край", "аймак", "велаят", "вилоят", "округ", "уезд", "провинция"}


def _next_to_place_noun(tokens, i: int) -> bool:
    before = lemma(tokens[i - 1][0]) if i > 0 else ""
    after = lemma(tokens[i + 1][0]) if i + 1 < len(tokens) else ""
    # "ГЭС в Шуахеви": where the object is, whatever the gazetteer knows
    at = tokens[i - 1][0].lower() in _AT_PLACE and i > 1
    return before in _PLACE_BEFORE or after in _PLACE_AFTER or at


_AT_PLACE = {"в", "во", "под", "близ", "около", "возле"}


_NAME_ONLY_KINDS = {"метро": "метрополитен", "метрополитен": "метрополитен"}
_NAME_ONLY_OBJECTS = {"лэп": OBJECT_NOUNS["лэп"], "вл": OBJECT_NOUNS["лэп"], "гпз": "plant", "гпк": "plant",
                      # "очистные сооружения": the extractor finds them by their words
                      "сооружение": "water"}
_WORLD_REGION_WORDS = {"азия", "европа", "африка", "америка", "евразия", "южный", "северный", "западный",
                       "восточный", "центральный", "ближний", "средний", "дальний"}


def _add_number(digits: str, unit: str, acc) -> None:
    n = int(digits)
    if 1 <= n <= _MAX_UNIT_NUMBER:
        acc["ordinals"].add((unit, n))


def _read_word(tok, lem, tokens, i, in_quotes, acc) -> None:
    low = tok.lower().replace("ё", "е")
    if re.fullmatch(r"[A-H]", tok) and i > 0:
        unit = _unit(lemma(tokens[i - 1][0]))
        if unit:  # "линия D": the fourth line, as "четвертая нитка" says
            acc["ordinals"].add((unit, ord(tok) - ord("A") + 1))
            return
    if re.fullmatch(r"[A-Za-z0-9&'.-]+", tok):
        if low in ENGLISH_PRODUCTS:
            acc["products"].add(ENGLISH_PRODUCTS[low])
        elif low in ENGLISH_OBJECTS:
            acc["objects"].add(low)
            acc["families"].add(ENGLISH_OBJECTS[low])
        elif low not in ENGLISH_GENERIC and len(low) >= 2 and not low.isdigit():
            acc["proper"].add(low)
        return
    if lem in ORDINALS:
        # "вторая очередь", "третья нитка", "второй газохимический комплекс";
        # not "первый в Казахстане завод" (first of its kind, not a number)
        # "третий и четвертый энергоблоки": each ordinal of a list counts
        # the noun after the last
        for t, _, _ in _past_a_list(tokens, i + 1, lambda x: lemma(x) in ORDINALS)[:2]:
            unit = _unit(lemma(t))
            if unit:
                acc["ordinals"].add((unit, ORDINALS[lem]))
                break
        return
    if lem in _NAME_ONLY_KINDS:
        # "линия метро" and "линия метрополитена": one kind of object, which
        # the extractor leaves to the name
        acc["objects"].add(_NAME_ONLY_KINDS[lem])
        acc["families"].add("transport")
        return
    if low in _NAME_ONLY_OBJECTS or lem in _NAME_ONLY_OBJECTS:
        # "ЛЭП": an object noun in names, not a name ("стройка ЛЭП в Южную Азию")
        word = low if low in _NAME_ONLY_OBJECTS else lem
        acc["objects"].add(word)
        acc["families"].add(_NAME_ONLY_OBJECTS[word])
        return
    if lem in OBJECT_NOUNS or low in OBJECT_NOUNS:
        noun = lem if lem in OBJECT_NOUNS else low
        acc["objects"].add(KIND_WORDS.get(noun, noun))  # "теплоэлектроцентраль" and "ТЭЦ" are one
        acc["families"].add(OBJECT_NOUNS[noun])
        if noun in OBJECT_PRODUCTS:
            acc["products"].add(OBJECT_PRODUCTS[noun])
        return
    if lem in STOP or low in STOP or len(low) < 2:
        return
    if in_quotes:
        acc["proper"].add(_proper_stem(tok))
        return
    if lem in _WORLD_REGION_WORDS:
        return  # "в Южную Азию", "Центральной Азии": a part of the world, not a name
    if tok[:1].isupper() and _looks_proper(tok, i) and _next_to_place_noun(tokens, i):
        # "в Нишанском районе", "в поселке Нуристан": a place the gazetteer
        # may not know; a place, never a name to tell two projects apart
        acc["places"].add(_place_id(tok) or "~" + _proper_stem(tok))
        return
    if tok[:1].isupper() and _looks_proper(tok, i):
        place = _place_id(tok) or _place_id(lem.capitalize())  # "в Туву": Тува
        if place:
            acc["places"].add(place)
        elif tok.isupper() and len(tok) <= 6:
            acc["proper"].add(low)  # an abbreviation: КПИ, КТЖ
        else:
            acc["proper"].add(_proper_stem(tok))
            made = place_of_adjective(lem) if lem.endswith(("ский", "цкий")) else None
            if made is not None:
                acc["made_from"].add(made.id)
        return
    # "медно-золотой": each part may name a product
    found = False
    for part in ([tok] + tok.split("-") if "-" in tok else [tok]):
        product = product_of(stem(part)) or _ore_of(part)
        if product:
            acc["products"].add(product)
            found = True
    if not found and lem not in UNIT_NOUNS:
        acc["content"].add(stem(tok))


_NAME_ENDINGS = ("ого", "его", "ому", "ему", "ая", "яя", "ий", "ый", "ое", "ее", "ую", "юю", "ым", "им",
                 "ых", "их", "ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е", "ы", "и")


def _proper_stem(tok: str) -> str:
    """The stem of a name word. The dictionary's lemma where it knows the
    word; otherwise its guess is noise ("Силлено" -> "силить"), so only a
    case ending comes off."""
    if _parse(tok)[1]:
        return stem(tok)
    low = tok.lower().replace("ё", "е")
    for end in _NAME_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 4:
            return low[: -len(end)]
    return low


def _looks_proper(tok: str, i: int) -> bool:
    """A capitalised word is a name unless it only opens the phrase
    ("Вторая фабрика", "Открытый карьер"). An opening adjective made from a
    place name is one ("Кольская ВЭС", "Экибастузская ГРЭС"), a technical
    one is not ("Газохимический комплекс")."""
    if tok.isupper() and len(tok) >= 2:
        return True
    if i > 0:
        return True
    lem, known, tag = _parse(tok)
    if not known or any(g in tag for g in ("Geox", "Surn", "Name", "Orgn", "Trad")):
        return True
    return tag.startswith("ADJF") and lem.endswith(("ский", "цкий")) and not lem.endswith("ческий")


# Cyrillic to Latin, for proper names written both ways ("Силлено" and
# "Silleno", "Оюу Толгой" and "Oyu Tolgoi").
_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
_MIN_SOUND = 4


@lru_cache(maxsize=65536)  # the same name words are compared across every pair scored
def sound(token: str) -> str:
    """A spelling-blind key of a proper name word: Latin letters, y as i,
    дж as ж, doubled letters once ("толгой" and "tolgoi" -> "tolgoi")."""
    s = token.lower().replace("ё", "е").translate(_TO_LATIN)
    # "Джеруй" and "Жеруй", "Джезказган" and "Жезказган": one name in two spellings
    s = s.replace("dzh", "zh").replace("y", "i").replace("kh", "h").replace("ck", "k").replace("c", "k")
    s = re.sub(r"[^a-z0-9]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def same_proper(a: str, b: str) -> bool:
    """Two proper name words that are one, across scripts and case endings
    (a Russian stem is shorter: "толг" for "Толгой")."""
    if a == b:
        return True
    if a.endswith(INITIALS) or b.endswith(INITIALS):
        # an acronym's initial ("э…") is any name that starts with it
        short, full = (a, b) if a.endswith(INITIALS) else (b, a)
        return not full.endswith(INITIALS) and len(full) >= 4 and full.startswith(short[:-1])
    sa, sb = sound(a), sound(b)
    if sa == sb:
        return len(sa) >= 2
    if len(sa) == len(sb) >= 7:
        # "Бозымчак" and "Бозумчак": a long name written with one other vowel
        diff = [(x, y) for x, y in zip(sa, sb) if x != y]
        if len(diff) == 1 and all(c in "aeiou" for c in diff[0]):
            return True
    short, long_ = sorted((sa, sb), key=len)
    if len(short) >= _MIN_SOUND and long_.startswith(short) and len(short) >= 0.6 * len(long_):
        return True
    # "Мес-Айнак" and "Айнак", "Диамер-Бхаша" and "Бхаша": a double name is
    # also told by its last part
    if ("-" in a) != ("-" in b):
        double, single = (a, b) if "-" in a else (b, a)
        last = double.rsplit("-", 1)[1]
        return last.isalpha() and len(last) >= 4 and same_proper(last, single)
    return False


def shared_proper(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """Words of `a` that some word of `b` is (see `same_proper`)."""
    return {x for x in a if any(same_proper(x, y) for y in b)}
