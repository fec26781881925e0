"""Entities: Natasha's NER spans, cleaned, typed and grouped into one record
per real entity with its aliases.

Grouping rules, each a class of error seen in news:
- persons by surname: "Токаев" and "Касым-Жомарт Токаев" are one person;
- places and companies by gazetteer id: "КНР" and "Китай" are one place;
- the same normal form in any case is one entity.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..annotate import inflect_nominative
from ..link import resolve
from ..model import Entity, Mention
from ..model.doc import Doc, NerSpan, Token
from .dates import MONTHS_GENITIVE
from .lexicon import OBJECT_NOUNS, STATE_UNIONS, may_be_object_noun
from .speakers import TITLE_WORDS

# Generic words that Natasha sometimes keeps at the edge of an ORG span, or
# that precede a Latin company name ("компании Sinopec" -> "Sinopec").
_ORG_PREFIX = re.compile(
    r"^(?:компани[яиюей]|корпораци[яиюей]|концерн[а-я]*|групп[аеыуой]|холдинг[а-я]*|"
    r"фирм[аыуеой])\s+(?=[A-Z«\"])", re.I)
_QUOTES = "«»\"“”„'"
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.\s*")
# Media named as a source: "сообщает Zakon.kz", "передает ТАСС".
_PHOTO = re.compile(r"(?:фото|photo|источник фото)\s*:?\s*$", re.I)
_DOMAIN = re.compile(r"\b[A-Za-z][A-Za-z0-9-]*\.(?:kz|ru|uz|az|kg|tj|tm|mn|cn|com|media|info|net|org)\b")


def _clean(name: str) -> str:
    name = name.strip().strip(_QUOTES + " ,.;:").strip()
    name = re.sub(r"\s+", " ", name)
    return name


def _fold(name: str) -> str:
    return _clean(name).lower().replace("ё", "е").replace("«", "").replace("»", "").replace('"', "")


def _surname(name: str) -> str:
    parts = _INITIAL.sub("", name).replace(".", ". ").split()
    return _fold(parts[-1]) if parts else ""


# a surname that opens with a particle: "аль-Хамели", "ибн Салман", "фон дер Ляйен"
_NAME_PARTICLE = re.compile(r"(?:аль|эль|ибн|бин|бен|ван|фон|де|ди|да|дель|ле|ла)(?:-|\s+(?:дер\s+)?)[А-ЯЁA-Z]")


def _good_span(span: NerSpan, doc: Doc) -> bool:
    text = span.text.strip()
    if sum(ch.isalpha() for ch in text) < 2:  # the "Б." of "Б.Гафуровский район"
        return False
    if span.type == "PER" and text[0].islower() and not _NAME_PARTICLE.match(text):
        return False
    if span.type in ("PER", "LOC") and all(_is_title(t) for t in span.tokens if t.pos != "PUNCT"):
        return False  # "Хоким отметил:", "Аким Жамбылской области": a title opening the sentence, not a name
    if span.type == "ORG" and _names_an_object(span, doc):
        return False
    if span.type == "ORG" and _MODEL.fullmatch(text):
        return False  # "ВВЭР-1200", "ПГУ-450": a model or a unit's type, not an organisation
    if span.type == "ORG" and _ONLY_A_FORM.fullmatch(text):
        return False  # "генерального директора СП", "пресс-служба АО": the form, not the name
    return True


def _is_title(t: Token) -> bool:
    """A title word by its lemma or, for one the tagger took for a name
    ("Аким" as a proper noun), by its text."""
    return t.lemma in TITLE_WORDS or t.text.lower() in TITLE_WORDS


_MODEL = re.compile(r"[A-ZА-ЯЁ]{2,6}-?\d{3,4}[A-ZА-ЯЁ]?")
_ONLY_A_FORM = re.compile(r"(?:(?:пресс-служба|пресс-центр)\s+)?(?:СП|АО|ТОО|ООО|ПАО|ОАО|ЗАО|ГУП|ОсОО|ИП|АК|НК|LLC|JSC)",
                          re.I)


_LEGAL_FORM = re.compile(r"\b(?:АО|ТОО|ООО|ПАО|ОАО|ЗАО|ГУП|LLC|Ltd|Co|Inc|JSC|АК|НК)\b")


COMPANY_BEFORE = re.compile(r"(?:компани\w*|корпораци\w*|концерн\w*|\b(?:АО|ТОО|ООО|ПАО|ОАО|ЗАО|ОсОО|АК|НК))\s*[«\"]$")


def _names_an_object(span: NerSpan, doc: Doc) -> bool:
    """Project names are not organisations (GUIDE): "Балхашская ТЭС",
    "Амурский газохимический комплекс", "ВЭС «Хызы-Абшерон»"."""
    return _object_noun(span, doc) is not None


def _object_noun(span: NerSpan, doc: Doc) -> str | None:
    """The object noun that makes the span an object's name, if any."""
    if _LEGAL_FORM.search(span.text) or COMPANY_BEFORE.search(doc.text[max(0, span.start - 30):span.start]):
        return None  # "АО «ТЭЦ-4»", "государственная компания «ТЭЦ-4»": a company named after its plant
    for t in span.tokens:
        # "ТЭЦ-2", "ГЭС-1": a numbered object noun
        lemma = re.sub(r"-\d{1,2}$", "", t.lemma)
        if may_be_object_noun(t.text) and lemma in OBJECT_NOUNS and OBJECT_NOUNS[lemma] != "water":
            return lemma  # not "Чарвакское водохранилище": a reservoir or a canal is a place
    # a quoted name right after an object noun: ВЭС «Хызы-Абшерон»
    if span.tokens:
        sent = doc.sents[span.tokens[0].sent]
        idx = next((i for i, t in enumerate(sent.tokens) if t.start == span.tokens[0].start), None)
        if idx is not None:
            # "ветряной электростанции (ВЭС) «Хызы-Абшерон»": quotes and a
            # bracketed acronym may stand between
            for t in reversed(sent.tokens[max(0, idx - 5):idx]):
                # a plural names no one object: "оператор магистральных
                # трубопроводов «Транснефть»" is the operator's name
                if may_be_object_noun(t.text) and t.lemma in OBJECT_NOUNS and t.feats.get("Number") != "Plur":
                    return t.lemma
                if t.pos != "PUNCT" and not (t.text in ("кВ", "kV") or t.pos == "NUM"):
                    break  # "подстанция 500 кВ «Кемин»": the voltage stands between
    return None


# Enterprises share their names with the companies that run them ("завод
# «Базэлцемент-Пикалево»" and "«Базэлцемент-Пикалево» теряет"); pipelines,
# railways and stations do not.
_ENTERPRISE_NOUNS = {"завод", "комбинат", "фабрика", "предприятие", "производство", "гок", "рудник",
                     "шахта", "разрез", "месторождение", "комплекс"}


def _dateline(span: NerSpan, text: str) -> bool:
    """"ТАШКЕНТ, 20 февраля" or "АСТАНА (Kazinform) -": a place, whatever NER says."""
    return is_dateline(text, span.start, span.stop)


def is_dateline(text: str, start: int, stop: int) -> bool:
    """Is text[start:stop] the upper-case word that opens a line as a
    dateline, followed by a comma, a bracket or a dash?"""
    line_start = text.rfind("\n", 0, start) + 1
    word = text[start:stop]
    if start - line_start > 2 or len(word) <= 2:
        return False
    if word.isupper():
        return re.match(r"\s*[,(—–-]", text[stop:stop + 3]) is not None
    # "Датун, 10 декабря («Жэньминь жибао» онлайн) –": a town in its own case, then the date
    return re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*", word) is not None and _DATE_AFTER.match(text, stop) is not None


_DATE_AFTER = re.compile(rf",\s*\d{{1,2}}\s+(?:{'|'.join(MONTHS_GENITIVE)})\b")


_TOWN_BEFORE = re.compile(r"(?:\bгород\w*|\bпос[её]лк\w*|\bпгт|\bг\.)\s*$", re.I)


def _town_adjective(name: str, before: str) -> str:
    """"в городе Заречном": a town named by an adjective the tagger leaves in
    its case; the masculine nominative, as "город Заречный" is written."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё-]+?)(ом|ем|ого|его|ому|ему|ым|им)", name)
    if m is None or not _TOWN_BEFORE.search(before):
        return name
    stem, end = m.groups()
    soft = end in ("ем", "его", "ему", "им") or stem[-1] in "кгхжшчщ"
    return stem + ("ий" if soft else "ый")


def _nominative_word(name: str, type_: str) -> str:
    """A one-word place or organisation that the tagger left in an oblique
    case ("Сырдарье", "Метахиму"): take pymorphy's dictionary form when all
    of its readings agree that the word is not nominative."""
    caps = re.fullmatch(r"([А-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ами|ах)", name)
    if caps and type_ == "ORG":
        return caps.group(1)  # "РУСАЛа", "СИБУРом": an acronym with a case ending
    camel = re.fullmatch(r"([А-ЯЁ][А-ЯЁа-яё]*[а-яё])([А-ЯЁ][а-яё]{2,})", name)
    if camel and type_ == "ORG":
        # "РусГазДобычей": the last word of a joined name carries the case
        return camel.group(1) + _nominative_word(camel.group(2), type_)
    if " " in name or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", name):
        return name
    parses = _parses(name)
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if not nouns or any(p.tag.case == "nomn" for p in nouns):
        return name
    top = nouns[0]
    if type_ == "LOC" and "Geox" not in top.tag:
        return name
    if len({p.normal_form for p in nouns}) != 1:
        return name
    return top.normal_form.capitalize()


# prepositions that govern the genitive and the locative
_GEN_PREPS = {"из", "от", "до", "у", "около", "возле", "близ", "вблизи", "для", "без", "вокруг", "после", "среди"}
_LOC_PREPS = {"в", "во", "на", "о", "об", "при"}


def _nominative_by_lemma(t: Token, before: Token | None) -> str | None:
    """"на Шымбулаке", "возле Лозницы": a one-word place
    that the normaliser left as written, while the lemmatiser, reading its
    case from the sentence, gives the dictionary form. Only where the word
    before asks for that case: "в Каинды", "Кара-Кече", "Жетісу" are names
    that do not decline."""
    text, lemma = t.text, t.lemma
    if before is None or not re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", text) or resolve.lookup(text, "LOC") is not None:
        return None
    prev = before.text.lower()
    genitive = prev in _GEN_PREPS or (before.pos == "NOUN" and before.text[:1].islower())
    stem, end = text[:-1], text[-1]
    if end == "е" and prev in _LOC_PREPS and lemma == stem.lower():
        return stem  # "на Шымбулаке"
    # (not "-а" taken off after a noun: a name in "-а" is as often nominative)
    if end == "ы" and genitive and lemma == stem.lower() + "а" and stem[-1] in "цнвмпб":
        # "возле Лозницы", "Хивы"; Turkic names in "-ды", "-ты", "-чы" do not
        # decline ("до Каинды")
        return stem + "а"
    return None


def _nominative_in_text(name: str, text: str) -> str | None:
    """"в Датуне" where the dateline says "Датун": a one-word place no
    dictionary or gazetteer knows, in an oblique case, is the form without
    the ending that the article itself uses."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё-]{2,}?)(?:е|а|у|ом|ем|ой)", name)
    if m is None or resolve.lookup(name, "LOC") is not None:
        return None
    for form in (m.group(1), m.group(1) + "ь"):
        if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            return form
    return None


# "долларов США"; not across a line break ("...долларов\n\nТАШКЕНТ —" ends a headline)
_CURRENCY_BEFORE = re.compile(r"(?:доллар\w*|долл\.?|\$)[ \t\u00a0]*$", re.I)
_ORG_HEADS = re.compile(rf"(?:^|\s)(?:организаци|{STATE_UNIONS})", re.I)


# Government bodies named by a common noun and the place or person they
# belong to ("в правительстве РК", "пресс-служба Кремля"): NER often misses
# them, and they are organisations under the annotation rules.
# a capitalised name word, hyphenated parts included: "Нур-Султана",
# "Улан-Удэ" (a part after the hyphen may be capitalised)
_NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
# the place a body belongs to is in the genitive or indeclinable, ending in a
# vowel ("Кыргызстана", "Алматы"); "Кабинета министров Акылбек Жапаров"
# goes on to its head's first name
_OWNER_WORD = r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)*[аяиыуюеоэ]"
# the press service of a body that is an organisation itself speaks for it:
# "пресс-служба Правительства Брянской области" is the government's,
# "пресс-служба БРК" the bank's, "пресс-служба Русской медной компании" the
# company's (the press service of a place or a person stays: "пресс-служба
# Кремля", "пресс-служба Акорды")
_BODY_OF_ITS_OWN = (r"(?:[Пп]равительств|[Мм]инистерств|[Хх]окимият|[Аа]кимат|[Кк]абинет|[Пп]арламент|"
                    r"Мин[а-яё]|[А-ЯЁA-Z]{2,6}\b|[А-ЯЁ][а-яё-]+(?:ой|ого|их) [а-яё]+(?<!области)(?<!края)"
                    r"(?<!района)(?<!республики))")
_GOV = re.compile(
    r"(?<![\w-])(?P<head>[Пп]равительств[оаеуы]м?|[Пп]ресс-служб(?:а|ы|е|у|ой)(?! {body})|[Аа]кимат(?:а|е|у|ом)?|"
    r"[Хх]окимият(?:а|е|у|ом)?|[Кк]абинет(?:а|е|у|ом)? министров|[Сс]овет(?:а|е|у|ом)? [Фф]едерации|"
    r"[Пп]арламент(?:а|е|у|ом)?|"
    r"[Мм]инистерств(?:о|а|е|у|ом) [а-яё]+(?:, [а-яё]+)*(?: и [а-яё]+)?(?: [а-яё]+)?)"
    r"(?P<tail>(?: (?:президента|главы государства))?(?: [А-ЯЁA-Z][\w-]*| [а-яё]+(?=ой|ого) ?){0,0}"
    r"(?: (?:[А-ЯЁ][а-яё-]+(?:ой|ого|ей|их|ского|ской)|[А-ЯЁ]{2,4}|{owner})"
    r"(?: (?:области|края|района|республики|{word}))?| (?:области|края|района|республики))?)(?![\w-])"
    .replace("{owner}", _OWNER_WORD).replace("{word}", _NAME_WORD).replace("{body}", _BODY_OF_ITS_OWN))
_GOV_NOM = [("правительств", "Правительство"), ("пресс-служб", "Пресс-служба"), ("акимат", "акимат"),
            ("хокимият", "хокимият"), ("кабинет", "Кабинет министров"), ("совет", "Совет Федерации"),
            ("министерств", "Министерство"), ("парламент", "Парламент")]

# "украинского правительства", "глава российского правительства": the
# government of a country named by its adjective
_GOV_BY_ADJECTIVE = re.compile(
    r"(?<![\w-])(?P<stem>российск|украинск|казахстанск|узбекистанск|кыргызск|киргизск|таджикск|туркменск|"
    r"монгольск|китайск|белорусск|азербайджанск|армянск|грузинск|турецк|американск|японск|индийск)"
    r"(?:ое|ого|ому|ом|им)\s+правительств(?:о|а|у|ом|е)(?![\w-])", re.I)


# "в СЭЗ «Qyzyljar»", "в особой экономической зоне «Узловая»": the zone's
# quoted name is a place (where its plants stand), and quoted names are not
# inflected, so the text inside the quotes is the name
_ZONE_NAME = re.compile(r"(?:\b(?:СЭЗ|ОЭЗ)(?:\s+ППТ)?|\b(?:свободн|специальн|особ)\w*\s+экономическ\w*\s+зон\w*)"
                        r"\s+«([^«»\n]{2,60})»")


def _zone_names(text: str):
    """(start, stop, name) of the quoted names of economic zones."""
    return [(m.start(1), m.end(1), m.group(1).strip()) for m in _ZONE_NAME.finditer(text)
            if m.group(1)[:1].isupper()]


def _gov_bodies(text: str):
    for m in _GOV_BY_ADJECTIVE.finditer(text):
        yield m.start(), m.end(), f"{m.group('stem').lower()}ое правительство"
    for m in _GOV.finditer(text):
        head, tail = m.group("head"), m.group("tail").strip()
        end = m.end()
        words = tail.split(" ")
        # "Кабинет министров Кыргызстана Адылбек Касымалиев": a second name
        # word not in the genitive starts the next name (unless it follows
        # "Республики")
        if len(words) >= 2 and words[-2].lower() not in ("республики", "области", "края", "района") \
                and words[-1][:1].isupper() and not re.search(r"(?:а|я|ы|и|ой|ого|ей|их)$", words[-1]):
            end -= len(words[-1]) + 1
            tail = " ".join(words[:-1])
        if not tail:
            continue
        low = head.lower()
        for stem, nom in _GOV_NOM:
            if low.startswith(stem):
                if stem == "министерств":
                    nom = nom + head[head.index(" "):]
                elif stem in ("кабинет", "совет"):
                    pass
                break
        else:
            continue
        if stem == "совет":
            name = nom if not tail else f"{nom} {tail}"
        else:
            name = f"{nom} {tail}"
        yield m.start(), end, name


# organisations named with their country in the genitive, which NER cuts
# off as a place: "Государственный банк развития Китая", "Национальный банк
# Узбекистана", "Государственная электросетевая корпорация Китая", and a
# bank in one word ("Эксимбанк Китая")
_ORG_OF_COUNTRY = re.compile(r"банк|\b(?:корпорац|компани|фонд|агентств|комитет|служб|палат|"
                             r"ассоциац|академи|университет|инспекц|администрац|сил[аы]|биржа)", re.I)


def _org_of_country(doc: Doc) -> dict[int, tuple[int, str]]:
    out = {}
    spans = sorted(doc.spans, key=lambda sp: sp.start)
    for org, loc in zip(spans, spans[1:]):
        if org.type != "ORG" or loc.type != "LOC" or doc.text[org.stop:loc.start] != " ":
            continue
        if not _ORG_OF_COUNTRY.search(org.text) or re.search(r"[«»\"]", org.text):
            continue
        words = loc.text.split()
        first = words[0] if words else ""
        kb = resolve.lookup(loc.normal if len(words) == 1 else first, "LOC")
        one_word = len(words) == 1 or words[1].startswith("(")  # "Китая (State Grid)"
        if kb is None or kb.type != "country" or not one_word or not re.search(r"(?:а|я|и|ы)$", first):
            continue  # a country in the genitive, one word: "Китая", "России"
        out[org.start] = (loc.start + len(first), first)
    return out


def _agree(name: str) -> str:
    """Adjectives agree with the head noun of a place name: Natasha inflects
    each word on its own and sometimes leaves "Согдийскому область"."""
    words = name.split(" ")
    if len(words) < 2 or not words[-1][:1].islower():
        return name
    from ..annotate import models
    vocab = models().morph_vocab
    head = next((f for f in vocab.parse(words[-1]) if f.pos == "NOUN"), None)
    if head is None or head.feats.get("Case") != "Nom":
        return name
    gender, number = head.feats.get("Gender"), head.feats.get("Number")
    out = []
    for w in words[:-1]:
        forms = [f for f in vocab.parse(w) if f.pos == "ADJ"]
        if not forms or not w[:1].isupper():
            out.append(w)
            continue
        want = {"Nom", gender or "Masc"} if number != "Plur" else {"Nom", "Plur"}
        inflected = forms[0].inflect(want)
        # (a capital after a hyphen stays: "Иле-Алатауский")
        word = "-".join(x[:1].upper() + x[1:] if y[:1].isupper() else x
                        for x, y in zip(inflected.word.split("-"), w.split("-"))) if inflected else w
        if word.endswith(("ской", "цкой")) and gender in (None, "Masc") and not _known(word):
            # "в Томдинском районе": the dictionary does not know the word and
            # guesses a stressed "-ской" (as "городской"); a place adjective
            # it does not know is "-ский"
            word = word[:-2] + "ий"
        out.append(word)
    return " ".join(out + [words[-1]])


def _known(word: str) -> bool:
    return any(p.is_known for p in _parses(word.lower()))


@lru_cache(maxsize=4096)
def _parses(word: str) -> list:
    """pymorphy's own readings of a word (tags, dictionary form, whether
    the dictionary knows it), which Natasha's vocabulary wraps in forms
    without those."""
    import pymorphy2

    from ..annotate import models
    return pymorphy2.MorphAnalyzer.parse(models().morph_vocab, word)


_NOT_NAMES = {"СМИ", "ЧП", "НКО", "ВУЗ", "ИП"}  # generic words NER takes for names
# a company's generic noun alone, in any case ("«Группа»", "Компании")
_GENERIC_ORG = re.compile(r"(?:Групп|Компани|Обществ|Корпораци|Холдинг|Концерн)[а-яё]{0,3}")
_UNIT = re.compile(r"(?:[кМГТ]Вт|[кМГТ]?Вт[·*]?ч|кВт·ч|млрд|млн|тыс)\.?", re.I)


def _a_surname(name: str, span: NerSpan) -> str:
    """"Олега Дерипаски" -> "Олег Дерипаска", not "Олег Дерипаски": a man's
    surname in -а declines like a feminine noun, which the normaliser misses."""
    words = name.split()
    if len(words) < 2 or not re.search(r"[иы]$", words[-1]):
        return name
    last = span.tokens[-1].text if span.tokens else words[-1]
    if not re.search(r"[иы]$", last):
        return name
    from ..annotate import models
    vocab = models().morph_vocab
    first = [p for p in vocab.parse(words[0]) if "Name" in str(p.tag)]
    if not first or "masc" not in str(first[0].tag):
        return name
    cands = [p for p in vocab.parse(last) if "gent" in str(p.tag) and "femn" in str(p.tag)
             and "sing" in str(p.tag) and p.normal_form.endswith("а")]
    if cands:
        words[-1] = cands[0].normal_form.capitalize()
    return " ".join(words)


# case endings of masculine names the dictionary does not know, by the case
# the tagger reads: "Хурэлсуха" (Gen) -> "Хурэлсух"
_MASC_ENDINGS = {"Gen": ("а",), "Acc": ("а",), "Dat": ("у",), "Ins": ("ом", "ем"), "Loc": ("е",)}
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def _instrumental_man(span: NerSpan) -> str | None:
    """"с председателем Рамизом Гасановым": a man's first name and surname in
    the instrumental, which the normaliser leaves when the tagger reads the
    first name as nominative. Both words must read so in the dictionary."""
    words = span.text.split()
    if len(words) != 2 or not re.search(r"[оеё]м$", words[0]) or not re.search(r"[ыи]м$", words[1]):
        return None
    from ..annotate import models
    vocab = models().morph_vocab
    out = []
    for word, kind in zip(words, ("Name", "Surn")):
        parse = next((p for p in vocab.parse(word) if all(g in str(p.tag) for g in (kind, "masc", "ablt"))), None)
        if parse is None:
            return None
        out.append(parse.normal_form.capitalize())
    return " ".join(out)


# "встречу с послом Турции Джахитом Багчы": a title in the instrumental after
# "с", and the name after it in the same case
# ("с министром торговли, промышленности и энергетики Республики Корея Ан Дук Гыном")
_WITH_TITLE = re.compile(r"\bс\s+(?:[\w-]+\s+){0,2}?[а-яё-]+(?:ом|ем)\s+(?:[\w«»\"(),-]+\s+){0,6}$")


def _after_instrumental_title(span: NerSpan, text: str) -> str | None:
    """A man's name after an instrumental title ("с директором ... Жуйбинем
    Сюем") whose words the normaliser left: "-ом" is cut, "-ем" is "-й" after
    a vowel and "-ь" after a consonant; indeclinable words stay."""
    words = span.text.split()
    if not 1 <= len(words) <= 3 or not _WITH_TITLE.search(text[max(0, span.start - 120):span.start]):
        return None
    if any(re.search(r"(?:[ыи]м|ой|ей)$", w) for w in words):
        return None  # Russian declension: the other rules' business
    out = []
    for w in words:
        w = re.sub(r"(?<=[аеиоуыэюя])ем$", "й", w)
        w = re.sub(r"(?<=[жшчщц])[ое]м$", "", w)
        w = re.sub(r"(?<=[бвгдзклмнпрстфх])ем$", "ь", w)
        w = re.sub(r"(?<=[бвгдзклмнпрстфх])ом$", "", w)
        out.append(w)
    return " ".join(out) if out != words else None


_C = "бвгджзклмнпрстфхцчшщ"
# how a name that declines like a Russian noun ends in a case, and how in the
# nominative: "Пракаша" -> "Пракаш", "Нанду" -> "Нанда", "Лохию" -> "Лохия",
# "Ахметовой" -> "Ахметова", "Андрея" -> "Андрей", "Игоря" -> "Игорь"
_OF = [(rf"(?<=[{_C}])а$", ""), (r"(?<=[аеиоуэ])я$", "й"), (r"(?<=[бвгдзклмнпрстф])я$", "ь"),
       (r"(?<=и)и$", "я"), (r"(?<=[ое]в|ин)ой$", "а")]
_CASE_ENDINGS = {
    # an animate man's accusative is his genitive, and the tagger mixes them up
    # (not "-ы" -> "-а": "Гурбангулы" is the nominative of a Turkmen name)
    "Gen": _OF + [(r"(?<=[ое]в|ин)у$", "а"), (rf"(?<=[{_C}])у$", "а"), (r"(?<=и)ю$", "я")],
    "Dat": [(rf"(?<=[{_C}])у$", ""), (r"(?<=[аеиоуэ])ю$", "й"), (r"(?<=и)и$", "я"), (r"(?<=[ое]в|ин)ой$", "а")],
    "Ins": [(r"(?<=[ое]в|ин)ым$", ""), (rf"(?<=[{_C}])ом$", ""), (r"(?<=[жшчщц])ем$", ""),
            (r"(?<=[аеиоуыэюя])ем$", "й"), (r"(?<=[бвгдзклмнпрстфх])ем$", "ь"), (r"(?<=[ое]в|ин)ой$", "а")],
}
_CASE_ENDINGS["Acc"] = _CASE_ENDINGS["Gen"]


def _name_in_case_of_title(span: NerSpan, doc: Doc, name: str) -> str | None:
    """"принял председателя группы Indorama Шри Пракаша Лохию": a name in
    apposition to a title is in the title's case, whatever the tagger read
    for the name's own words (it often reads a foreign name as nominative,
    and then the normaliser leaves it). Words the normaliser did put in the
    nominative stay as it put them; Latin and short words stay as written."""
    words = [t for t in span.tokens if t.pos != "PUNCT"]
    normal = name.split()
    if not words or len(normal) != len(words) or words[0].rel != "appos":
        return None
    sent = doc.sent_at(words[0].start)
    title = next((t for t in sent.tokens if t.id == words[0].head_id), None) if sent else None
    if sent is not None:
        # "министр вместе с акимом области Асаином Байхановым": the parser
        # may hang the name on another word; a title just before the name,
        # nearer than the word it hangs on and in the case the tagger read
        # for the name's first word, is its title
        before = [t for t in sent.tokens if t.start < words[0].start][-4:]
        near = next((t for t in reversed(before) if t.pos == "NOUN" and t.lemma in TITLE_WORDS
                     and t.feats.get("Case") and t.feats.get("Case") == words[0].feats.get("Case")), None)
        if near is not None and (title is None or title.lemma not in TITLE_WORDS or title.start < near.start):
            title = near
    if title is None or title.pos != "NOUN" or title.lemma not in TITLE_WORDS:
        return None
    rules = _CASE_ENDINGS.get(title.feats.get("Case"))
    if rules is None:
        return None
    out = []
    for t, n in zip(words, normal):
        w = t.text
        if n.lower() == w.lower() and len(w) > 3 and w[:1].isupper() and re.fullmatch(r"[А-ЯЁа-яё-]+", w):
            n = next((re.sub(rx, end, w) for rx, end in rules if re.search(rx, w)), n)
        out.append(n)
    fixed = " ".join(out)
    return fixed if fixed != name else None


def _masculine_nominative(span: NerSpan) -> str | None:
    """A man's name left in an oblique case because pymorphy does not know
    its words ("Ухнаагийна Хурэлсуха"): strip each word's regular ending
    when the tagger reads every word as masculine in that case."""
    words = [t for t in span.tokens if t.pos != "PUNCT"]
    if not words or len(words) != len(span.text.split()):
        return None
    out = []
    for t in words:
        case = t.feats.get("Case")
        if t.feats.get("Gender") != "Masc" or case not in _MASC_ENDINGS or not t.text[:1].isupper():
            return None
        stem = next((t.text[:-len(e)] for e in _MASC_ENDINGS[case] if t.text.endswith(e)), None)
        if stem is None or len(stem) < 3 or not _CONSONANT_END.search(stem.lower()):
            return None
        out.append(stem)
    return " ".join(out)


# Chinese surnames, which stand first and do not decline ("с Фан Яньшуем")
_CHINESE_SURNAMES = {"Ван", "Ли", "Чжан", "Лю", "Чэнь", "Ян", "Хуан", "Чжао", "У", "Чжоу", "Сюй", "Сунь",
                     "Ма", "Чжу", "Ху", "Го", "Хэ", "Гао", "Линь", "Ло", "Чжэн", "Лян", "Се", "Сун", "Тан",
                     "Хань", "Фэн", "Дэн", "Цао", "Пэн", "Цзэн", "Сяо", "Тянь", "Дун", "Пань", "Юань", "Цай",
                     "Юй", "Ду", "Е", "Чэн", "Вэй", "Су", "Люй", "Дин", "Жэнь", "Шэнь", "Яо", "Лу",
                     "Цзян", "Цуй", "Чжун", "Тань", "Лэй", "Фан", "Цинь", "Си", "Мяо", "Бай", "Янь", "Кун"}


def _chinese_nominative(span: NerSpan) -> str | None:
    """"Фан Яньшуем", "Чжан Сяомина": the surname stays, the given name
    declines like a Russian noun ("-ем"/"-я" after a vowel is "-й", "-ня"
    is "-нь")."""
    words = [t for t in span.tokens if t.pos != "PUNCT"]
    if len(words) != 2 or words[0].text not in _CHINESE_SURNAMES:
        return None
    text = words[1].text
    # no Chinese syllable ends in "ня" or "-ом"/"-ем", so there the tagger's
    # case does not matter: "Чжан Синя" and "Ли Цзяньцзюнем" are of "-нь"
    # (hard "-н" takes "-а", "-ом": "Сяомина", "Цяном"), "с Фан Яньшуем" instrumental
    soft = re.match(r"(.*н)(?:я|ю|ем)$", text)
    if soft:
        return f"{words[0].text} {soft.group(1)}ь"
    if words[1].feats.get("Case") in (None, "Nom") and not re.search(r"[оеё]м$", text):
        return None
    fixed = re.sub(r"(?<=[аеиоуыэюя])(?:ем|я|ю|е)$", "й", text)
    if fixed == text:
        # a Chinese syllable ends in a vowel or "н": only after "н" is
        # there an ending to cut ("Сяомина"; "Ван Тунчжу" is as written)
        fixed = re.sub(r"(?<=н)(?:ом|ем|а|у|е)$", "", text)
    return f"{words[0].text} {fixed}" if fixed != text else None


_INNER_COMPANY = re.compile(r"\b(?:компани[яиюей]|корпораци[яиюей]|концерн\w*|холдинг\w*)\s+(?=[«\"A-Z])", re.I)


def _place_before_company(span: NerSpan) -> tuple[int, int, str, int] | None:
    """"в Джизакском вилояте компания «...»" tagged as one organisation: the
    place before the company noun, (start, stop, canonical name, where the
    company's words start), or None."""
    inner = _INNER_COMPANY.search(span.text)
    if inner is None or inner.start() == 0:
        return None
    head = span.text[:inner.start()].rstrip(" ,")
    entry = resolve.lookup(head, "LOC")
    if entry is None:
        return None
    return span.start, span.start + len(head), entry.name, span.start + inner.start()


_UNIT_BEFORE = re.compile(r"(?:области|района|города|округа|края|провинции|аймака)\s+$")


def _region_before_person(span: NerSpan, text: str) -> str | None:
    """"области Жетісу Бейбут Исабаев", "области Абай Нурлан Уранхаев": a
    person tag of three words right after a unit noun starts with the
    unit's name. The place's canonical name when the gazetteer knows it,
    "" when it does not, None when the span is no such thing."""
    if span.type != "PER" or len(span.tokens) != 3 or not _UNIT_BEFORE.search(text[max(0, span.start - 12):span.start]):
        return None
    word = span.tokens[0].text
    unit = re.search(r"(\w+)\s+$", text[:span.start]).group(1)
    noun = _admin_noun(unit)
    entry = resolve.lookup(f"{noun} {word}", "LOC") if noun else None
    return entry.name if entry is not None else ""


def _span_name(span: NerSpan) -> str:
    name = _clean(span.normal)
    if span.text.strip() in _NOT_NAMES or _UNIT.fullmatch(span.text.strip()):
        return ""
    if span.type == "ORG" and re.fullmatch(r"[A-Z]{2,5}-[а-яё]+", span.text.strip()):
        return ""  # "EPC-подрядчиком", "IT-компании": a common noun with an acronym
    if span.type == "ORG" and _GENERIC_ORG.fullmatch(span.text.strip(_QUOTES + " ")):
        return ""  # "(далее — «Группа»)", "Компания сообщила": the company named before, not a name
    if span.type == "PER":
        name = _chinese_nominative(span) or _a_surname(name, span)
        if name == _clean(span.text):
            name = _masculine_nominative(span) or _instrumental_man(span) or name
    if span.type == "ORG":
        # "в Джизакском вилояте компания «Джизак Цемент Индастри»": NER ran
        # the place before the company noun into the name
        # (and "Китайская компания Tebian Electric Apparatus": its origin)
        inner = _INNER_COMPANY.search(name)
        if inner and inner.start() > 0 and not _LEGAL_FORM.search(name[:inner.start()]):
            name = name[inner.start():]
        name = _ORG_PREFIX.sub("", name)
        # Natasha lower-cases words it inflects; keep an all-caps or Latin
        # name exactly as written when it did not need inflecting.
        if span.text.strip(_QUOTES) and not re.search("[а-яё]", span.text, re.I):
            name = _clean(span.text)
        # quotes inside an organisation's name are typography, often
        # unbalanced once the span is cut: ТОО "KazFerroLimited -> ТОО KazFerroLimited
        name = re.sub(r"\s+", " ", re.sub(r"[«»\"“”„]", "", name)).strip()
    # "Российский совет по международным делам (РСМД)", "Узбекистан (КУК)":
    # the bracket holds an abbreviation or a gloss, not part of the name
    outside = _TRAILING_BRACKET.sub("", name).strip()
    if outside and outside != name and sum(ch.isalpha() for ch in outside) >= 2:
        name = outside
    if span.type == "ORG":
        name = _keep_complements(name, span)
    return name


# ... or, in Xinhua's typography, between slashes after a space:
# "Китайская генеральная ядерно-энергетическая корпорация /CGN/" (not "A/S")
_TRAILING_BRACKET = re.compile(r"\s*\([^)]*\)?\s*$|\s+/[^/]*/?\s*$")


def _keep_complements(name: str, span: NerSpan) -> str:
    """"Азиатский банк развития (АБР)" normalised as "Азиатский банк
    развитие": the words after the head noun are its complements and stay
    as written; only the head and the words before it take the nominative."""
    raw = _TRAILING_BRACKET.sub("", span.text).split()
    words = name.split()
    if len(words) != len(raw) or len(words) < 3:
        return name
    head = next((i for i, t in enumerate(span.tokens) if t.pos == "NOUN"), None)
    if head is None or head >= len(words) - 1:
        return name
    tail = raw[head + 1:]
    # only genitive complements ("развития", "реконструкции и развития")
    if not all(re.search(r"(?:ия|ии|а|я|ов|ей|и|ы|ого|его|ой|ей|их)$|^и$", w.lower()) for w in tail):
        return name
    return " ".join(words[:head + 1] + tail)


class _Group:
    def __init__(self, type_: str, key: str) -> None:
        self.type = type_
        self.key = key
        self.names: list[str] = []
        self.mentions: list[Mention] = []
        self.kb = None

    def add(self, name: str, mention: Mention) -> None:
        if name not in self.names:
            self.names.append(name)
        self.mentions.append(mention)

    def canonical(self) -> str:
        if self.kb is not None and self.type == "LOC":
            return self.kb.name
        if self.type == "PER":
            # the fullest form: most words, no initials
            return max(self.names, key=lambda n: (not _INITIAL.match(n), len(n.split()), len(n)))
        # the form seen most often, then the longest
        counts = {n: sum(1 for m in self.mentions if _clean(m.normal) == n) for n in self.names}
        best = max(self.names, key=lambda n: (counts[n], len(n)))
        if self.kb is not None and self.type == "ORG" and " " not in best.strip() and \
                _fold(best) not in {_fold(n) for n in (self.kb.name, *self.kb.aliases)}:
            # one word the gazetteer knew only by its stem: the normaliser
            # gave it a wrong ending ("Тенгизшевройлом" -> "Тенгизшевройло")
            return self.kb.name
        if best.islower():
            # the normaliser lower-cases words it inflects ("казмунайгаз"): the
            # gazetteer's spelling, else the text's own
            if self.kb is not None and self.kb.name.lower().replace("ё", "е") in \
                    {n.lower().replace("ё", "е") for n in self.names}:
                return self.kb.name
            written = [m.text.strip(_QUOTES) for m in self.mentions if not m.text.islower()]
            if written and written[0].lower() == best:
                return written[0]
        return best


def _country_list(span: NerSpan) -> list[tuple[int, int, str]] | None:
    """(start, stop, name) of each country in "Туркменистан-Китай", or None
    when some part is not a known country."""
    text = span.text
    if not re.search(r"[-–—]", text):
        return None
    out, pos = [], 0
    for part in re.split(r"\s*[-–—]\s*", text):
        at = text.index(part, pos)
        pos = at + len(part)
        kb = resolve.lookup(part, "LOC")
        if kb is None or kb.type != "country":
            return None
        out.append((span.start + at, span.start + pos, kb.name))
    return out if len(out) >= 2 else None


# stems, since the tagger often does not know "аймака" as a noun
_ADMIN_NOUNS = {"аймак": "аймак", "сомон": "сомон", "район": "район", "област": "область", "уезд": "уезд",
                "провинци": "провинция", "округ": "округ", "велаят": "велаят", "этрап": "этрап",
                "вилоят": "вилоят", "улус": "улус"}


def _admin_noun(word: str) -> str | None:
    low = word.lower()
    return next((nom for stem, nom in _ADMIN_NOUNS.items() if low.startswith(stem)), None)


def _admin_of_next(span: NerSpan, text: str) -> tuple[int, str] | None:
    """"Цаннань городского округа" before "Вэньчжоу": a place tagged with the
    unit words of the next name; (its own stop, its own name), or None."""
    toks = span.tokens
    if len(toks) < 2 or not _admin_noun(toks[-1].text) or not toks[-1].text[:1].islower():
        return None
    # the last capitalised word ends the place's own name (the span's last
    # word, a unit noun, is lower-case)
    own = [i for i, t in enumerate(toks) if t.text[:1].isupper()]
    if not own:
        return None
    if not re.match(r"\s*[A-ZА-ЯЁ]", text[span.stop:span.stop + 3]):
        return None  # "Цаннань городского округа." ends with its own unit
    last = toks[own[-1]]
    if not re.search(r"(?:а|и|я)$", toks[-1].text) or re.search(r"(?:ом|ем|ой|ей|ий|ый|ая|ое)$", last.text):
        return None  # "Джети-Огузском районе Иссык-Кульской": the unit is the place's own
    return last.stop, text[span.start:last.stop]


def _admin_split(span: NerSpan, text: str) -> list[tuple[int, int, str]] | None:
    """"Алтанширээ аймака Дорноговь": a place of a unit, two places
    ("Алтанширээ" and "аймак Дорноговь")."""
    toks = span.tokens
    if len(toks) == 3 and _admin_noun(toks[2].text) and toks[2].text[:1].islower() \
            and toks[0].text[:1].isupper() and toks[1].text[:1].isupper():
        # "Гёкдепе Ахалского велаята": a town and the region it lies in
        region = _adjective_unit(toks[1].text, toks[2].text)
        if region and _is_title(toks[0]):
            return [(toks[1].start, toks[2].stop, region)]  # "Аким Туркестанской области": the region alone
        if region:
            town = _nominative_in_text(toks[0].text, text) or _nominative_word(toks[0].text, "LOC")
            return [(toks[0].start, toks[0].stop, town), (toks[1].start, toks[2].stop, region)]
    if len(toks) == 4 and all(_admin_noun(toks[k].text) and toks[k].text[:1].islower() for k in (1, 3)):
        # "Кёйтендагском этрапе Лебапского велаята": a district and its region
        parts = [_adjective_unit(toks[k].text, toks[k + 1].text) for k in (0, 2)]
        if all(parts):
            return [(toks[0].start, toks[1].stop, parts[0]), (toks[2].start, toks[3].stop, parts[1])]
    for i, t in enumerate(toks):
        noun = _admin_noun(t.text) if t.text[:1].islower() else None
        if 0 < i < len(toks) - 1 and noun and toks[i + 1].text[:1].isupper():
            left = (toks[0].start, toks[i - 1].stop, " ".join(x.text for x in toks[:i]))
            right = (t.start, toks[-1].stop, " ".join([noun] + [x.text for x in toks[i + 1:]]))
            return [left, right]
    return None


_OBLIQUE_PLACE_ADJ = re.compile(r"[А-ЯЁ][а-яё-]+[сц]к(?:ую|ой|ого|ому|им|ими|их)")  # not "-ском": "под Кодинском"


def _adjective_only(span: NerSpan) -> bool:
    """A place tag on a lone adjective: "Амурский (ГХК)", "Абшеронском (участке)";
    also one the tagger calls a proper noun in an oblique case, its noun left
    out ("станция обгонит Кочубеевскую")."""
    if len(span.tokens) != 1:
        return False
    t = span.tokens[0]
    return t.pos == "ADJ" or (t.pos == "PROPN" and bool(_OBLIQUE_PLACE_ADJ.fullmatch(t.text))
                              and any(p.tag.POS == "ADJF" for p in _parses(t.text)))


_FEMININE_UNITS = {"область", "провинция"}
_WORD_AFTER = re.compile(r"\s+([а-яё]+)")


def _unit_after(span: NerSpan, text: str) -> tuple[int, str] | None:
    """(end, name) of an administrative noun right after a lone place
    adjective: "Булганском аймаке" -> "Булганский аймак"."""
    m = _WORD_AFTER.match(text, span.stop)
    name = _adjective_unit(span.tokens[0].text, m.group(1)) if m else None
    return (m.end(), name) if name else None


_PLURAL_END = re.compile(r"(?:ы|и|ов|ей|ам|ям|ами|ями|ах|ях)$")
_LIST_TO_UNIT = re.compile(r"(?:\s*,\s*[А-ЯЁ][а-яё-]+)*\s*(?:,|\sи)\s*[А-ЯЁ][а-яё-]+\s+([а-яё]+)")


def _listed_unit(span: NerSpan, text: str) -> str | None:
    """"Каратальский" in "Каратальский, Саркандский и Алакольский районы":
    a lone place adjective opening a list that ends in a plural
    administrative noun is that unit ("Каратальский район")."""
    if len(span.tokens) != 1:
        return None
    m = _LIST_TO_UNIT.match(text, span.stop)
    if m is None or not _PLURAL_END.search(m.group(1)):
        return None
    return _adjective_unit(span.tokens[0].text, m.group(1))


def _adjective_unit(adjective: str, noun_word: str) -> str | None:
    """"Булганском" + "аймаке" -> "Булганский аймак", or None."""
    noun = _admin_noun(noun_word)
    # a place adjective: "-ский", "-цкий" in any case (the tagger may call it a name)
    adj = re.fullmatch(r"([А-ЯЁ][а-яё-]+?[сц]к)(?:ий|ой|ая|ое|ого|ому|ом|ую|ей|им)", adjective)
    if noun is None or adj is None:
        return None
    return f"{adj.group(1)}{'ая' if noun in _FEMININE_UNITS else 'ий'} {noun}"


def _region_of_adjective(adj: str) -> str | None:
    """The region or district the adjective is made from, if the gazetteer
    knows it ("Амурский" -> "Амурская область")."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё-]+?)(?:ий|ый|ой|ая|ое|ие|ые|ого|ему|ом|ую|ей)", adj)
    if m is None:
        return None
    stem = m.group(1)
    soft = stem[-1:] in "кгхжшчщ"
    fem, masc = stem + "ая", stem + ("ий" if soft else "ый")
    for cand in (f"{fem} область", f"{masc} край", f"{masc} район", f"{fem} республика"):
        kb = resolve.lookup(cand, "LOC")
        if kb is not None:
            return kb.name
    return None


# An agency at the head of a line: a Latin name with a country code in
# brackets, or a bracket opened after a dateline holding a quoted agency name.
_AGENCY_HEAD = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][A-Za-z0-9]+(?:[ .][A-Z][A-Za-z0-9]+)?)[ \t]*\([A-Z]{2,4}\)[ \t]*[-—–]")
_AGENCY_BRACKET = re.compile(
    r"(?m)^[^\n]{0,40}?\((?P<full>(?:(?:НИАТ|МИА|РИА|ИА|агентство|информагентство)\s+)?"
    r"«(?P<name>[^»\n]{2,40})»)[^)\n]{0,60}\)\s*\.?\s*[-—–]")


# "БИШКЕК, 14 сентября — Кабар.", "ТАШКЕНТ, 24 января — Газета.uz."
_AGENCY_AFTER_DASH = re.compile(
    r"(?m)^[ \t]*[А-ЯЁA-Z][А-ЯЁA-Z -]{2,30}(?:,[^\n—–.]{1,25})?\s*[—–]\s*"
    r"(?P<name>\d+\.[a-z]{2,3}|[А-ЯЁA-Z][\w-]*(?:\.[a-z]{2,3})?(?: [А-ЯЁA-Z][\w-]*)?)\s*\.")
# "ПЕКИН, 26 декабря. /ТАСС/.", "УЛАН-БАТОР, 17 ноября /МОНЦАМЭ/."
# a city in capitals, or as written before a date ("Улан-Батор, 10 июня
# /МОНЦАМЭ/.", "Ашхабад, 12 февраля (ТДХ)."): the date tells a dateline from
# a sentence
_DATELINE_HEAD = (r"(?m)^[ \t]*(?:[А-ЯЁA-Z][А-ЯЁA-Z -]{2,30}[^\n/(]{0,25}|"
                  r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?: [А-ЯЁ][а-яё-]+)?,[^\n/(\d]{0,12}\d[^\n/(]{0,20}?)")
# "/Корр. Kazinform/", "/НИАТ «Ховар»/"
_AGENCY_SLASH = re.compile(_DATELINE_HEAD + r"/(?:Корр\.\s*)?(?P<full>(?:(?:НИАТ|МИА|РИА|ИА)\s+)?«?"
                           r"(?P<name>[А-ЯЁA-Z][\w -]{1,30}?)»?)/")
# "АСТАНА. КАЗИНФОРМ –"
_AGENCY_CAPS = re.compile(r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁ -]{2,30}\.\s+(?P<name>[А-ЯЁA-Z]{3,}(?:-[А-ЯЁA-Z]+)?)\s*[–—-]")
# "АШХАБАД, 20 июля (TDH)."
_AGENCY_PAREN = re.compile(_DATELINE_HEAD + r"\((?P<name>[A-ZА-ЯЁ][\w-]{1,20})\)\s*[.—–]")
# "АШХАБАД, 12 апреля. Trend —", "МОСКВА. 12 апреля. ИНТЕРФАКС —",
# "СОСНОВЫЙ БОР (Ленинградская область). 22 декабря. ИНТЕРФАКС —"
# "Астана. 14 июня. ИНТЕРФАКС-КАЗАХСТАН -": a city as written, a date, an agency in capitals
_AGENCY_CAPS_AFTER_DATE = re.compile(
    r"(?m)^[ \t]*[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?[.,]\s*\d{1,2} [а-яё]+\.?\s+"
    r"(?P<name>[А-ЯЁA-Z][А-ЯЁA-Z-]{2,30})\s*[—–-]\s")
# "Душанбе. 12 апреля. «Азия-Плюс» –": an agency in quotes after the date
_AGENCY_QUOTED_AFTER_DATE = re.compile(
    r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][А-ЯЁа-яё-]+)?[.,]\s*\d{1,2} [а-яё]+\.?\s+"
    r"«(?P<name>[^»\n]{2,30})»\s*[—–-]\s")
# "Баку, 22 августа, Trend:": an agency after the date, then a colon
_AGENCY_COLON_AFTER_DATE = re.compile(
    r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][А-ЯЁа-яё-]+)?,\s*\d{1,2} [а-яё]+,\s+"
    r"(?P<name>[A-ZА-ЯЁ][\w-]{1,20}(?:\.[a-z]{2,3})?)\s*:\s")
_AGENCY_AFTER_DATE = re.compile(
    r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁ -]{2,30}(?:\s*\([^)\n]{1,40}\))?[.,][^\n.]{1,25}\.\s+"
    r"(?P<name>[A-ZА-ЯЁ][\w-]{1,20}(?:\.[a-z]{2,3})?)\s*[—–]")


def _agency_name(raw: str) -> str:
    # "КАЗИНФОРМ" -> "Казинформ"; abbreviations ("ТАСС", "TDH") stay as written
    if raw.isupper() and len(raw) > 7 and "-" not in raw:
        return raw.capitalize()
    return raw


@lru_cache(maxsize=8)
def dateline_agencies(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, stop, name, full name) of news agencies named in datelines
    (cached: the project rules ask once per organisation)."""
    out = []
    for rx in (_AGENCY_AFTER_DASH, _AGENCY_SLASH, _AGENCY_CAPS, _AGENCY_PAREN, _AGENCY_AFTER_DATE,
               _AGENCY_CAPS_AFTER_DATE, _AGENCY_QUOTED_AFTER_DATE, _AGENCY_COLON_AFTER_DATE):
        for m in rx.finditer(text[:3000]):
            name = _agency_name(m.group("name").strip())
            full = m.group("full") if "full" in rx.groupindex else name
            out.append((m.start("name"), m.end("name"), name, full if "«" in full else name))
    for m in _AGENCY_HEAD.finditer(text[:3000]):
        out.append((m.start("name"), m.end("name"), m.group("name"), m.group("name")))
    for m in _AGENCY_BRACKET.finditer(text[:3000]):
        out.append((m.start("name"), m.end("name"), m.group("name"), m.group("full")))
    return tuple(out)


def extract_entities(doc: Doc) -> list[Entity]:
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}

    def group_for(type_: str, name: str):
        kb = resolve.lookup(name, type_)
        if kb is not None:
            key = (type_, "kb:" + kb.id)
        elif type_ == "PER":
            key = (type_, _surname(name))
        else:
            key = (type_, _fold(name))
        g = by_key.get(key)
        if g is None:
            g = _Group(type_, key[1])
            g.kb = kb
            by_key[key] = g
            groups.append(g)
        return g

    taken: list[tuple[int, int]] = []
    placed: list[tuple[int, int, _Group, Mention]] = []  # NER mentions, for longer names to replace
    # a name written once as an object's ("газопровод «Союз Восток»") is the
    # object's in its other mentions too ("отрезок «Союз Восток»")
    object_names = {_fold(_span_name(sp)) for sp in doc.spans if sp.type == "ORG"
                    and (_object_noun(sp, doc) or "завод") not in _ENTERPRISE_NOUNS}
    of_country = _org_of_country(doc)
    agencies = [(a, b) for a, b, _, _ in dateline_agencies(doc.text)]
    for span in doc.spans:
        if not _good_span(span, doc):
            continue
        if any(a < span.stop and span.start < b for a, b in agencies):
            continue  # "— Кабар.": the agency of the dateline, whatever NER says
        region = _region_before_person(span, doc.text)
        if region is not None:
            # "аким области Жетісу Бейбут Исабаев": the region's own name,
            # written after its noun, then the person
            rest = span.tokens[1]
            span = NerSpan(start=rest.start, stop=span.stop, type=span.type, text=doc.text[rest.start:span.stop],
                           normal=inflect_nominative(span.tokens[1:]), tokens=span.tokens[1:])
            if region:
                first = doc.text.rfind(" ", 0, rest.start - 1) + 1
                group_for("LOC", region).add(region, Mention(start=first, end=rest.start - 1,
                                                             text=doc.text[first:rest.start - 1], normal=region))
        name = _span_name(span)
        if not name:
            continue
        if span.start in of_country:
            # "Национальный банк Узбекистана": the country is part of the
            # bank's name (and stays a place mention of its own too)
            stop, tail = of_country[span.start]
            name = f"{name} {tail}"
            span = NerSpan(start=span.start, stop=stop, type=span.type, text=doc.text[span.start:stop],
                           normal=name, tokens=span.tokens)
        if span.type == "ORG" and _fold(name) in object_names and not _LEGAL_FORM.search(span.text):
            continue
        type_ = resolve.fix_type(name, span.type)
        if _dateline(span, doc.text):
            type_, name = "LOC", name.capitalize() if name.isupper() else name
        if type_ == "LOC" and any(OBJECT_NOUNS.get(re.sub(r"-\d{1,2}$", "", t.lemma)) in ("plant", "power")
                                  and may_be_object_noun(t.text) for t in span.tokens):
            continue  # "на строящейся Артемовской ТЭЦ-2": a plant's name, not a place
        if type_ == "LOC" and _CURRENCY_BEFORE.search(doc.text[max(0, span.start - 12):span.start]):
            continue  # "долларов США" names a currency, not the country
        if type_ == "LOC" and resolve.lookup(name, "LOC") is None and _ORG_HEADS.search(name):
            type_ = "ORG"  # "Европейский союз", "ЕАЭС": organisations, not places
        if type_ == "ORG" and (len(span.tokens) == 2 or (len(span.tokens) == 4 and _admin_noun(span.tokens[3].text))) \
                and _admin_noun(span.tokens[1].text) and \
                span.tokens[1].text[:1].islower() and _adjective_unit(span.tokens[0].text, span.tokens[1].text):
            type_ = "LOC"  # "Кёйтендагском этрапе ...": a district, whatever NER says
        cut = _admin_of_next(span, doc.text) if type_ == "LOC" else None
        if cut is not None:
            # "уезде Цаннань городского округа Вэньчжоу": the unit's words
            # belong to the name after the span, not to this place
            stop, name = cut
            span = NerSpan(start=span.start, stop=stop, type=span.type, text=doc.text[span.start:stop],
                           normal=name, tokens=span.tokens[:1])
            if _is_title(span.tokens[0]):
                continue  # "Аким области Жетісу": the title, cut from its region, is no place
        if type_ == "LOC":
            name = _town_adjective(name, doc.text[max(0, span.start - 16):span.start])
        if type_ == "PER":
            name = _after_instrumental_title(span, doc.text) or _name_in_case_of_title(span, doc, name) or name
        if type_ == "LOC" and len(span.tokens) == 1:
            # (from the word as written: the normaliser may have guessed a form, "Датуном" -> "Датунг")
            name = _nominative_in_text(span.text, doc.text) or name
            if name == span.text:
                tok = span.tokens[0]
                sent_tokens = doc.sents[tok.sent].tokens
                i = next((k for k, x in enumerate(sent_tokens) if x.start == tok.start), 0)
                name = _nominative_by_lemma(tok, sent_tokens[i - 1] if i else None) or name
        if type_ == "LOC" or (type_ == "ORG" and not COMPANY_BEFORE.search(doc.text[max(0, span.start - 20):span.start])):
            # (a quoted name after "компании", "АО" is written as it is named: "компании «Туркментелеком»")
            name = _nominative_word(name, type_)
        if type_ == "LOC":
            name = _agree(name)
            unit = _unit_after(span, doc.text) if len(span.tokens) == 1 else None
            # "Каратальский, Саркандский и Алакольский районы": each adjective
            # of the list is a district of its own, in the singular
            listed = _listed_unit(span, doc.text)
            if len(span.tokens) == 2 and _PLURAL_END.search(span.tokens[1].text):
                name = _adjective_unit(span.tokens[0].text, span.tokens[1].text) or name
            if listed is not None:
                name = listed
            elif unit is not None:
                # "в Булганском аймаке": the tagger stops before a noun it
                # does not know; the place is the adjective with its noun
                stop, name = unit
                span = NerSpan(start=span.start, stop=stop, type=span.type, text=doc.text[span.start:stop],
                               normal=name, tokens=span.tokens)
            elif _adjective_only(span):
                name = _region_of_adjective(name)
                if name is None:
                    continue  # "Абшеронском (участке)": a modifier, not a place named
        parts = (_country_list(span) or _admin_split(span, doc.text)) if type_ == "LOC" else None
        if parts:
            # "газопровод Туркменистан-Китай": each country is a place
            for start, stop, part in parts:
                g = group_for("LOC", part)
                g.add(part, Mention(start=start, end=stop, text=doc.text[start:stop], normal=part))
            taken.append((span.start, span.stop))
            continue
        before = _place_before_company(span) if type_ == "ORG" else None
        if before is not None:
            start, stop, place, rest = before
            group_for("LOC", place).add(place, Mention(start=start, end=stop, text=doc.text[start:stop],
                                                       normal=place))
            span = NerSpan(start=rest, stop=span.stop, type=span.type, text=doc.text[rest:span.stop],
                           normal=name, tokens=span.tokens)
        g = group_for(type_, name)
        mention = Mention(start=span.start, end=span.stop, text=span.text, normal=name)
        g.add(name, mention)
        taken.append((span.start, span.stop))
        placed.append((span.start, span.stop, g, mention))

    def add_untaken(start: int, stop: int, name: str, type_: str = "ORG"):
        """A name another rule found where no entity stands yet; its group, or None."""
        if any(s < stop and start < e for s, e in taken):
            return None
        g = group_for(type_, name)
        g.add(name, Mention(start=start, end=stop, text=doc.text[start:stop], normal=name))
        taken.append((start, stop))
        return g

    # Known companies and media that NER missed: gazetteer names written in
    # Latin script, and domain-like media names.
    for start, stop, name, type_ in resolve.scan_known_names(doc.text):
        add_untaken(start, stop, name, type_)
    for start, stop, name in _gov_bodies(doc.text):
        if _ONLY_A_FORM.fullmatch(name):
            continue
        # "Правительство Республики Таджикистан" where NER saw only
        # "Правительство": the longer name wins
        shorter = [x for x in placed if start <= x[0] and x[1] <= stop and x[1] - x[0] < stop - start
                   and x[2].type == "ORG"]
        for x in shorter:
            x[2].mentions.remove(x[3])
            taken.remove((x[0], x[1]))
            placed.remove(x)
        if any(s <= start < e for s, e in taken):
            continue
        g = group_for("ORG", name)
        g.add(name, Mention(start=start, end=stop, text=doc.text[start:stop], normal=name))
    # news agencies in a dateline: "CentralAsia (MNG) -", "Душанбе,
    # 11.02.2015.(НИАТ «Ховар», Марзия Саидзода).-", "АСТАНА (Kazinform) -"
    for start, stop, name, full in dateline_agencies(doc.text):
        g = add_untaken(start, stop, name)
        if g is not None and full not in g.names:
            g.names.append(full)  # "НИАТ «Ховар»" as an alias of "Ховар"
    for start, stop, name in latin_companies(doc.text):
        add_untaken(start, stop, name)
    for start, stop, name in _legal_quoted(doc.text):
        add_untaken(start, stop, name)
    # a known company in quotes in another case, after the object it owns,
    # which NER missed: "комплекс «Газпрома»", "терминал «Роснефти»"
    for m in _QUOTED_WORDS.finditer(doc.text):
        kb = resolve.lookup(m.group(1), "ORG")
        if kb is not None and kb.type == "org":
            add_untaken(m.start(1), m.end(1), kb.name)
    for start, stop, name in _zone_names(doc.text):
        add_untaken(start, stop, name, "LOC")
    for m in _DOMAIN.finditer(doc.text):
        if _PHOTO.search(doc.text, max(0, m.start() - 20), m.start()):
            continue  # photo credits are not entities
        add_untaken(m.start(), m.end(), m.group(0))
    # a company told again in quotes in another case, which NER missed
    # ("ОАО «Таджикцемент»" ... "завод «Таджикцемента»")
    for g in [g for g in groups if g.type == "ORG" and g.mentions]:
        cores = {c for n in g.names if (c := _one_word_name(n))}
        # the mention joins the company's own group under the name it has
        name = g.canonical() if cores else None
        for core in cores:
            for m in re.finditer(r"«(" + re.escape(core[:-1]) + r"[а-яё]{1,3})»", doc.text):
                start, stop = m.start(1), m.end(1)
                if m.group(1) != core and m.group(1).lower() in _forms(core) and \
                        not any(s < stop and start < e for s, e in taken):
                    g.add(name, Mention(start=start, end=stop, text=m.group(1), normal=name))
                    taken.append((start, stop))

    for g in groups:
        if g.type == "ORG" and g.kb is None and _VENUE.search(g.canonical()):
            g.type = "LOC"  # "в Государственном дворце": where people met, not a party

    _merge_person_surnames(groups)
    _merge_person_forms(groups)
    _places_taken_for_people(groups, doc)
    _places_taken_for_companies(groups, doc.text)
    _merge_company_forms(groups)
    _merge_case_forms(groups)
    _merge_bracketed_acronyms(groups, doc.text)
    _drop_places_only_inside_orgs(groups)
    entities: list[Entity] = []
    for i, g in enumerate(g for g in groups if g.mentions):
        name = g.canonical()
        aliases = [n for n in g.names if n != name]
        if g.kb is not None:
            aliases += [a for a in g.kb.aliases if a != name and a not in aliases]
            if g.kb.name != name and g.kb.name not in aliases:
                aliases.append(g.kb.name)
        ent = Entity(id=f"e{i + 1}", type=g.type, name=name, aliases=aliases,
                     mentions=sorted(g.mentions, key=lambda m: m.start),
                     confidence=0.9 if g.kb is not None else 0.75)
        if g.kb is not None:
            ent.kb_id = g.kb.id
            ent.country = g.kb.country
            ent.lat, ent.lon = g.kb.lat, g.kb.lon
        entities.append(ent)
    return entities


# a place's own body: the bodies _gov_bodies builds (a ministry's name is an
# institution's, "Министерство энергетики США") and a few more
_OWN_BODY = re.compile("(?:" + "|".join(
    f"[{stem[0].upper()}{stem[0]}]{stem[1:]}"
    for stem in [s for s, _ in _GOV_NOM if s != "министерств"] + ["президент", "администраци", "мэри"]) + ")")


# Where a lone word the tagger took for a person stands as a place does:
# after a preposition of place or origin in its case ("руда с Ёшлика", "в
# Лачине", "переговоры по Гацуурту"), after a place's noun ("у кишлака
# Зарчоб") or before one ("Южно-Гобийского аймака"), in a list after a
# place ("Физули, Зангилане и Лачине"), or opening a quote ("«Гарлык»
# показал"); or as an adjective before its noun ("Юнусабадская линия").
_PLACE_PREPS = {"с": "Gen", "со": "Gen", "из": "Gen", "до": "Gen", "в": "Loc", "во": "Loc",
                "на": "Loc", "по": "Dat"}
_PLACE_NOUN = re.compile(r"(?:кишлак|поселк|поселок|сел[оа]|аул|сомон|город|деревн|месторождени|рудник|"
                         r"перевал|район|аймак|велаят|вилоят|облас|провинци|уезд|джамоат|этрап|хошун|округ|"
                         r"махалл|муниципалитет|рек[аиуеой])\w*$", re.I)
_INSTRUMENTAL_END = re.compile(r"(?:ом|ем|ём|ым|им|ой|ей|ою|ею)$")
_INDECLINABLE_END = re.compile(r"(?:[оеиуюэ]|[иы]х)$")
_PERSON_CUE = re.compile(r"(?:сказал|заявил|отметил|сообщил|подчеркнул|добавил|пояснил|уточнил|считает)\w*")


def _places_taken_for_people(groups, doc: Doc) -> None:
    """A person of one word, never told with a first name, that stands where
    places stand, is no person: a place when the gazetteer knows it, a
    place's noun says so or it closes a list of places; else nothing (a
    deposit, a metro line)."""
    lone = [g for g in groups if g.type == "PER" and g.kb is None and g.mentions
            and not any(" " in n for n in g.names)]
    if not lone:
        return  # most articles: no token index to build
    tokens = {t.start: (sent.tokens, i) for sent in doc.sents for i, t in enumerate(sent.tokens)}
    places = {(m.start, m.end) for g in groups if g.type == "LOC" for m in g.mentions}
    named = _places_by_name(groups)
    adjectives = [n.split()[0] for h in groups if h.type == "LOC" and h.mentions for n in h.names]
    for g in lone:
        if any(m.start in tokens and (_where_it_stands(m, tokens, places, doc.text) == "person"
                                      or _with_someone(m, tokens)) for m in g.mentions):
            continue
        # the text names the place elsewhere ("город Ордос" ... "Ордос дает
        # стране уголь"), or a district after it ("Зайсанский район" ...
        # "сам Зайсан"): a person of that name would come with a title
        word = g.canonical().lower()
        place = named.get(_fold(g.canonical())) or next(
            (h for n, h in named.items() if " " not in n and word in _forms(n)), None)
        if place is not None:
            # (or in another case: "компании Ичуня" beside "округ Ичунь")
            _absorb(place, g, names=False)
            continue
        if re.search(r"ск(?:ой|ом|ая|ую|ого|ий|ие|их)$", word) and any(
                _fold(n).startswith(_fold(word)[:word.rindex("ск") + 2]) for n in named):
            # "о Навоийской и Бухарской областях": an adjective of an
            # elliptical pair, whose place the text names in full
            g.mentions = []
            continue
        if any(_place_adjective_of(a, g.canonical()) for a in adjectives):
            g.type, g.kb = "LOC", resolve.lookup(g.canonical(), "LOC")
            continue
        # one token only: "Б.Батбаатар" is a surname with an initial
        if any(m.start not in tokens or tokens[m.start][0][tokens[m.start][1]].stop != m.end
               for m in g.mentions):
            continue
        ways = [_where_it_stands(m, tokens, places, doc.text) for m in g.mentions]
        if not any(ways) or "person" in ways:
            continue
        kb = resolve.lookup(g.canonical(), "LOC")
        if kb is not None or "noun" in ways or "list" in ways:
            g.type, g.kb = "LOC", kb
        else:
            g.mentions = []


def _places_by_name(groups) -> dict:
    """The text's places by each of their names, folded."""
    return {_fold(n): h for h in groups if h.type == "LOC" and h.mentions for n in h.names}


def _places_taken_for_companies(groups, text: str) -> None:
    """"ТЭС в Ткибули" in a headline, tagged a company: a one-word company
    the text names elsewhere as a place, and only ever after a preposition of
    place, is that place ("в Кумторе" is where, "Кумтор" the company)."""
    named = _places_by_name(groups)
    for g in groups:
        if g.type != "ORG" or g.kb is not None or not g.mentions or any(" " in n for n in g.names):
            continue
        place = named.get(_fold(g.canonical()))
        if place is not None and all(re.search(r"(?<![\w-])(?:[Вв]о?|[Нн]а)\s+$", text[max(0, m.start - 4):m.start])
                                     for m in g.mentions):
            _absorb(place, g, names=False)


def _with_someone(m, tokens) -> bool:
    """"встретился с Исламовым": a name in the instrumental after "с"."""
    toks, i = tokens[m.start]
    return i > 0 and toks[i - 1].text.lower() in ("с", "со") and _INSTRUMENTAL_END.search(toks[i].text) is not None


def _place_adjective_of(adjective: str, name: str) -> bool:
    """"Кеминский" of "Кемин", "Ткибульский" of "Ткибули", "Ингичкинский"
    of "Ингичка": an adjective of place made from the name's stem."""
    stem = name.rstrip("аяиыоеуьй")
    return len(stem) >= 4 and adjective.startswith(stem) and \
        re.fullmatch(r"ь?(?:ин|ов|ев)?ск(?:ий|ая|ое|ие)", adjective[len(stem):]) is not None


def _where_it_stands(m, tokens, places, text: str) -> str | None:
    toks, i = tokens[m.start]
    t = toks[i]
    prev = toks[i - 1] if i else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.lemma in TITLE_WORDS or after is not None and _PERSON_CUE.fullmatch(after.text):
        return "person"
    if prev is not None and _PLACE_NOUN.match(prev.text) and prev.text[:1].islower():
        return "noun"
    if after is not None and _PLACE_NOUN.match(after.text) and after.text[:1].islower():
        return "noun"
    if prev is not None and _PLACE_PREPS.get(prev.text.lower()) == t.feats.get("Case"):
        return "place"
    if prev is not None and prev.text.lower() in ("с", "со") and not _INSTRUMENTAL_END.search(t.text) \
            and not _INDECLINABLE_END.search(t.text):
        # "с Ёшлика": from a place; "с Исламовым" is with a person, and so
        # is "с Лукашенко", whose name has no cases
        return "place"
    if i >= 2 and prev.text in (",", "и", "–", "—", "-") and any(a <= toks[i - 2].start < b for a, b in places):
        return "list"
    if text[max(0, m.start - 1):m.start] == "«":
        return "place"
    if re.search(r"[сц]к(?:ая|ий|ое)$", t.text) and after is not None and after.text[:1].islower() \
            and after.pos == "NOUN":
        return "place"
    return None


def _drop_places_only_inside_orgs(groups) -> None:
    """"Банк развития Казахстана", "Министерство энергетики США": a country
    named only inside an organisation's name is part of that name, not a
    place the article speaks of."""
    # ("правительство Киргизии", "пресс-служба Кремля" speak of the place's
    # own body: the place counts)
    orgs = [(m.start, m.end) for g in groups if g.type == "ORG" for m in g.mentions
            if not _OWN_BODY.match(m.text)]
    for g in groups:
        if g.type == "LOC" and g.mentions and all(any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                                      for a, b in orgs) for m in g.mentions):
            g.mentions = []


# A company written in Latin script that NER missed: after a word for a
# company ("совместное предприятие Uz-Kor Gas Chemical") or ending in a
# word companies end in ("Hyundai Engineering").
# Capitals with diacritics count: Turkish builders ("Çalık Enerji") work all over the region.
_LATIN_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽ"
_LATIN_NAME = re.compile(r"(?<![\w.])[" + _LATIN_CAPITAL + r"][\w'’.&-]*(?:\s+(?:[" + _LATIN_CAPITAL +
                         r"0-9][\w'’.&-]*|&|of|and|No\.\s?\d+))*")
_COMPANY_WORD_BEFORE = re.compile(
    r"(?:компани\w*|корпораци\w*|концерн\w*|групп\w*|холдинг\w*|фирм\w*|предприяти\w*|\bСП|"
    r"консорциум\w*|подрядчик\w*|производител\w*|поставщик\w*)\s+(?:[а-яё]+\s+)?[«\"]?$")
_CORPORATE_END = re.compile(
    r"\s(?:Engineering|Chemicals?|Corporation|Corp\.?|Group|Holdings?|Energy|Energi|Enerji|Power|Gas|Oil|"
    r"Mining|Construction|Electric|Industries|Industry|Metals?|Resources|Solar|Capital|Partners|Petroleum|"
    r"Co\.|Company|Ltd\.?|LLC|Inc\.?|GmbH|AG|SA|PLC|JSC|Limited)$")


# A quoted name after a legal form that NER missed: "ОсОО «Фул Голд Майнинг»"
# (NER knows the Kazakh and Russian forms better than the Kyrgyz "ОсОО")
# (and the Belarusian "ИООО", "СООО", "ОДО", "УП"), and one after words only
# a company is called by: "совместное предприятие «РусХимАльянс»"
_QUOTED_FORMS = "ОсОО|ТОО|ООО|ИООО|СООО|ОДО|ОАО|ЗАО|ПАО|АО|ГУП|ФГУП|РУП|УП|ОАХК|ГП|ГК"
_LEGAL_QUOTED = re.compile(r"(?<![\w«])(?P<form>" + _QUOTED_FORMS + r")\s+"
                           r"«(?P<name>[A-ZА-ЯЁ0-9][^«»\n]{1,60})»")
# (a cotton or fruit "кластер" in Uzbekistan is a company that grows,
# gins and spins: "хлопково-текстильный кластер «Бухоро Текстиль Инвест»")
_COMPANY_QUOTED = re.compile(r"(?i:\b(?:совместн|дочерн|муниципальн|государственн)\w*\s+предприяти\w*|"
                             r"\b(?:хлопково-текстильн|текстильн|хлопков|плодоовощн|агропромышленн)\w*\s+кластер\w*)\s+"
                             r"«(?P<name>[A-ZА-ЯЁ0-9][^«»\n]{1,60})»")


# buildings where talks are held are places ("Дворец нации", "Кремль")
_VENUE = re.compile(r"(?i)^(?:[а-яё-]+(?:ый|ий|ой|ая|ое|ые)\s+)?(?:дворец|дворц[аеу]|кремл[ьяе]|резиденци[яиюей])\b")


# a quoted name of one to three words, the first capitalised
_QUOTED_WORDS = re.compile(r"«([А-ЯЁA-Z][\w-]+(?:\s[\w-]+){0,2})»")


_LEGAL_QUOTED_FORM = re.compile(r"^(?:" + _QUOTED_FORMS + r")\s+")


def _one_word_name(name: str) -> str | None:
    """"ОАО Таджикцемент" -> "Таджикцемент": a company's name of one
    Cyrillic word, after its legal form; else None."""
    core = _LEGAL_QUOTED_FORM.sub("", name).strip("«»\" ")
    return core if re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", core) else None


def _legal_quoted(text: str):
    for m in _LEGAL_QUOTED.finditer(text):
        yield m.start(), m.end(), f"{m.group('form')} {m.group('name')}"
    for m in _COMPANY_QUOTED.finditer(text):
        yield m.start("name"), m.end("name"), m.group("name")


@lru_cache(maxsize=256)
def latin_companies(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, stop, name) of each such company (cached: the project rules
    ask once per sentence and phrase)."""
    out = []
    for m in _LATIN_NAME.finditer(text):
        name = m.group(0).rstrip(".,&- ")
        if len(name) < 2 or len(name.split()) > 6:
            continue
        before = _COMPANY_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before or (_CORPORATE_END.search(name) and len(name.split()) >= 2):
            out.append((m.start(), m.start() + len(name), name))
    return tuple(out)


def _forms(word: str) -> set[str]:
    """The singular case forms of a one-word name by the regular nominal
    endings ("Итера": итеры, итере, итеру, итерой). pymorphy's guesses for
    names it does not know are no help here: it reads "Итера" as the
    genitive of a masculine "итер"."""
    low = word.lower()
    if low.endswith("а"):
        return {low[:-1] + e for e in ("а", "ы", "и", "е", "у", "ой", "ою")}
    if low.endswith("я"):
        return {low[:-1] + e for e in ("я", "и", "е", "ю", "ей", "ею")}
    if low[-1:] in "бвгджзклмнпрстфхцчшщ":
        return {low + e for e in ("", "а", "у", "ом", "е")}
    if low.endswith("ь"):
        return {low[:-1] + e for e in ("ь", "я", "ю", "ем", "е", "и", "ей", "ью")}
    if low.endswith("й"):
        return {low[:-1] + e for e in ("й", "я", "ю", "ем", "е", "и")}  # «Беларуськалия»
    return {low}


_ACRONYM = r"\s*(?:\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,11})\s*\)|/([A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,11})/)"
_ACRONYM_AFTER = re.compile(_ACRONYM)
_ACRONYM_END = re.compile(_ACRONYM + r"\s*$")


def _merge_bracketed_acronyms(groups: list[_Group], text: str) -> None:
    """"Tebian Electric Apparatus (TBEA)": the capitals in brackets right
    after an organisation's name are its short name, so the organisation
    the text goes on to call "TBEA" is the same one."""
    orgs = [g for g in groups if g.type == "ORG" and g.mentions]
    for g in orgs:
        for m in list(g.mentions):
            # NER's span may hold the bracket or stop before it
            acr = _ACRONYM_END.search(m.text) or _ACRONYM_AFTER.match(text, m.end)
            if acr is None:
                continue
            short = _fold(acr.group(1) or acr.group(2))
            for h in orgs:
                if h is g or not h.mentions or short not in {_fold(n) for n in h.names}:
                    continue
                if g.kb is not None and h.kb is not None and g.kb.id != h.kb.id:
                    continue  # two companies the gazetteer tells apart
                g.mentions.extend(h.mentions)
                g.names.extend(n for n in h.names if n not in g.names)
                g.kb = g.kb or h.kb
                h.mentions = []


def _merge_case_forms(groups: list[_Group]) -> None:
    """"Итере" and "Итеры" read apart as "Итер" and "Итера": a group named
    only from oblique forms joins a group of the same type whose name
    inflects to all of them."""
    # one word, or hyphenated parts ("Куру-Тегереке"); the group the forms
    # join may be one the gazetteer knows ("в Ушарале" and "Ушарал")
    word = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"

    def bare(name: str) -> str:
        # a company's name after its legal form and in quotes ("ОАО
        # «Беларуськалий»") is the one word its oblique forms are of
        return _LEGAL_QUOTED_FORM.sub("", name).strip(_QUOTES).lower()

    single = [g for g in groups if g.type in ("ORG", "LOC") and g.mentions
              and len(g.names) == 1 and re.fullmatch(word, _LEGAL_QUOTED_FORM.sub("", g.names[0]))]
    for g in single:
        texts = {bare(m.text) for m in g.mentions}
        if g.kb is not None:
            continue
        # written in the form it is named by, it joins only a name the text
        # itself writes that way ("в Ушарале" and "Талдыкорган — Ушарал")
        as_written = bare(g.names[0]) in texts
        for h in single:
            if h is g or h.type != g.type or not h.mentions:
                continue
            name = bare(h.names[0])
            h_texts = {bare(m.text) for m in h.mentions}
            if not as_written and h.kb is None and h_texts <= texts and name in texts:
                # "в городе Заречном" named "Заречный" here, "в Заречном" left
                # as written there: the same words, the better name
                g.mentions.extend(h.mentions)
                h.mentions = []
                continue
            if as_written and name not in h_texts:
                continue
            # (a group may hold the nominative too, «Беларуськалия» twice and
            # «Беларуськалий» once, beside the name with its legal form)
            if texts <= _forms(name) and (name not in texts or g.names[0] != h.names[0]):
                h.mentions.extend(g.mentions)
                g.mentions = []
                break


# what a company's full name adds to its short one ("Mitsubishi
# Corporation", "Sinopec Group", "Корпорация", "Group Ltd")
_CORPORATE = {"corporation", "corp", "corp.", "group", "holding", "holdings", "ltd", "ltd.", "limited", "inc",
              "inc.", "co", "co.", "company", "plc", "ag", "se", "sa", "llc", "jsc", "корпорейшн", "корпорация"}


def _merge_company_forms(groups: list[_Group]) -> None:
    """"Mitsubishi" in a headline is the "Mitsubishi Corporation" of the
    text: a company's short name joins the one full name that only adds
    legal or corporate words to it (not "Mitsubishi Hitachi Power Systems",
    another company)."""
    orgs = [g for g in groups if g.type == "ORG" and g.mentions]
    for g in orgs:
        short = _fold(g.canonical()).split()
        if not short:
            continue
        targets = [h for h in orgs if h is not g and h.mentions and any(
            (words := _fold(n).split())[:len(short)] == short and len(words) > len(short)
            and all(w in _CORPORATE for w in words[len(short):]) for n in h.names)]
        if len(targets) == 1:
            _absorb(targets[0], g)


def _absorb(t: _Group, g: _Group, names: bool = True) -> None:
    """Group g becomes part of group t (its names too, unless not)."""
    for n in g.names if names else ():
        if n not in t.names:
            t.names.append(n)
    t.mentions.extend(g.mentions)
    g.mentions = []


def _merge_person_surnames(groups: list[_Group]) -> None:
    """Persons linked by a gazetteer id and by surname are merged, and a
    one-word mention joins the only full name that ends with it."""
    persons = [g for g in groups if g.type == "PER"]
    for g in persons:
        if not g.mentions or len(g.names) != 1 or len(g.names[0].split()) != 1:
            continue
        word = _fold(g.names[0])
        # "По словам Саидзода": a surname the normaliser took for a genitive
        # ("Саидзод") is still the surname as written
        written = {_fold(m.text) for m in g.mentions if m.text and len(m.text.split()) == 1}
        targets = [h for h in persons if h is not g and h.mentions
                   and any(({word} | written) & {_fold(p) for p in n.split()} for n in h.names)]
        if len(targets) == 1:
            t = targets[0]
            # a surname matched only as written keeps the normaliser's misreading out of the names
            _absorb(t, g, names=any(word in (_fold(p) for p in n.split()) for n in t.names))


def _merge_person_forms(groups: list[_Group]) -> None:
    """"Антониу Коштой" beside "Антониу Кошта", "Юн Сок Ёлем" beside "Юн
    Сок Ёль": a full name left in an oblique case (the normaliser did not
    know its last word) joins the person whose name has the same words
    before it and a last word it is a case form of."""
    persons = [g for g in groups if g.type == "PER" and g.mentions and len(g.names) == 1]
    for g in persons:
        words = g.names[0].split()
        if len(words) < 2 or not g.mentions:
            continue
        targets = [h for h in persons if h is not g and h.mentions
                   and any((other := n.split())[:-1] == words[:-1] and other[-1] != words[-1]
                           and words[-1].lower() in _forms(other[-1]) for n in h.names)]
        if len(targets) == 1:
            _absorb(targets[0], g, names=False)


# "сообщает «Интерфакс»", "передает агентство МОНЦАМЭ"
_MEDIA_CUE = re.compile(r"(?:(?:сообщ\w*|переда\w*|пиш\w*|информиру\w*|по данным|со ссылкой на|"
                        r"цитиру\w*|по информации|публику\w*|отмеча\w*)"
                        # "сообщило в среду агентство Синьхуа"
                        r"(?:\s+(?:в|во)\s+\w+)?"
                        r"(?:\s+(?:информационное\s+)?(?:агентств\w*|информагентств\w*|издани\w*|газет\w*|"
                        r"телеканал\w*|портал\w*|ИА|сайт\w*))?"
                        # a news agency, not a state one ("при агентстве «Узатом»")
                        r"|информационн\w+\s+агентств\w*|информагентств\w*)\s*[«\"„]?\s*$", re.I)


# "сообщило АО «Самрук-Энерго», которому принадлежит станция": a source
# that the same sentence makes the object's owner or operator
_ACTOR_AFTER = re.compile(r"[»\"]?\s*(?:\([^)]{1,40}\)\s*)?,\s*(?:котор\w+|чь\w+)\s+(?:\w+\s+){0,2}?"
                          r"(?:принадлеж|эксплуатир|владе|управля|стро|постро|сооруж|реализ)")


def is_media(ent: Entity, text: str) -> bool:
    """Is the organisation cited as a source ("сообщает Kun.uz"), not an actor?"""
    agencies = {start for start, *_ in dateline_agencies(text)}  # "CentralAsia (MNG) -"
    if any(m.start in agencies for m in ent.mentions):
        return True
    # "сообщает Zakon.kz", but not a company that reports its own news and
    # acts in the story too ("консорциум ... MHPS", "сообщила MHPS")
    if ent.mentions and all(_MEDIA_CUE.search(text[max(0, m.start - 40):m.start])
                            and not _ACTOR_AFTER.match(text, m.end) for m in ent.mentions):
        return True
    return bool(re.search(r"\.(?:kz|ru|uz|az|kg|tj|com|media)$", ent.name, re.I))
