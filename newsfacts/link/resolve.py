"""Entity linking against the gazetteer we ship: type checks, canonical
names, and a scan for known company names that NER misses."""
from __future__ import annotations

import re
from functools import lru_cache

_PLACE_KINDS = {"country", "region", "city", "place", "district", "area"}


@lru_cache(maxsize=1)
def _gazetteer():
    try:
        from .gazetteer import Gazetteer
        return Gazetteer.load()
    except Exception:  # the gazetteer is an aid: extraction works without it
        return None


def _kind_ok(entry, type_: str) -> bool:
    if type_ == "LOC":
        return entry.type in _PLACE_KINDS
    if type_ == "ORG":
        return entry.type == "org"
    return False


@lru_cache(maxsize=16384)
def _entry(name: str):
    """The gazetteer's answer for a name, cached: news repeats its names, and
    a lookup normalises, strips and stems the name before it searches."""
    gaz = _gazetteer()
    return gaz.lookup(name) if gaz is not None and name else None


@lru_cache(maxsize=4096)
def lookup(name: str, type_: str):
    """The gazetteer entry for a PER/ORG/LOC name, or None."""
    if type_ == "PER" or not name:
        return None
    entry = _entry(name)
    if entry is not None and _kind_ok(entry, type_):
        return entry
    return None


def fix_type(name: str, type_: str) -> str:
    """Correct an NER type the gazetteer contradicts ("Росатом" tagged LOC)."""
    gaz = _gazetteer()
    if gaz is None:
        return type_
    if type_ == "PER" and not _known_exactly(gaz, name):
        # "Иван Нарын" is a person; only a bare "Нарын" may be a place, and
        # only as written: "Иванов" is no form of "Иваново"
        return type_
    entry = _entry(name)
    if entry is None:
        return type_
    if type_ == "PER" and entry.id.startswith("gn-"):
        return type_  # a surname may also be some town's name; trust only curated entries
    if entry.type == "org":
        return "ORG"
    if entry.type in _PLACE_KINDS:
        return "LOC"
    return type_


def _known_exactly(gaz, name: str) -> bool:
    entry = _entry(name)
    return entry is not None and any(n.lower() == name.lower() for n in [entry.name, *entry.aliases])


@lru_cache(maxsize=1)
def _latin_org_pattern():
    """One regex over the Latin-script names of known companies: these are
    written the same in every case, so an exact scan is safe."""
    gaz = _gazetteer()
    if gaz is None:
        return None
    names = set()
    for entry in gaz.entries():
        if entry.type != "org":
            continue
        for n in [entry.name, *entry.aliases]:
            if n and re.fullmatch(r"[A-Za-z][A-Za-z0-9&.,' -]+", n) and len(n) >= 3:
                names.add(n)
    if not names:
        return None
    alts = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in alts) + r")(?![\w-])")


def scan_known_names(text: str):
    """(start, stop, canonical name, type) for known companies in `text`."""
    pattern = _latin_org_pattern()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        entry = lookup(m.group(0), "ORG")
        if entry is not None:
            out.append((m.start(), m.end(), m.group(0), "ORG"))
    return out


def place(name: str):
    """The gazetteer entry of a place name, or None."""
    return lookup(name, "LOC")


# "Новоуренгойский" is made from "Новый Уренгой": the first word of a
# two-word place joins the second as a prefix.
_COMPOUND_PREFIXES = (("ново", ("Новый", "Новая", "Новое")), ("нижне", ("Нижний", "Нижняя")),
                      ("верхне", ("Верхний", "Верхняя")), ("старо", ("Старый", "Старая")),
                      ("южно", ("Южный",)), ("северо", ("Северный",)))


def _stem_forms(stem: str) -> list[str]:
    forms = [stem, stem + "а", stem + "ь", stem + "ы", stem[:-1] + "и"]
    if stem.endswith("ин"):
        forms.append(stem[:-2] + "а")  # Карагандинский -> Караганда
    return forms


# adjectives of a people, not made from their country's name the regular way:
# "казахский" is of Kazakhstan, not of the town Газах (alias "Казах")
_NATIONALITIES = {"казахский": "Казахстан", "узбекский": "Узбекистан", "таджикский": "Таджикистан",
                  "кыргызский": "Кыргызстан", "армянский": "Армения", "турецкий": "Турция",
                  "американский": "США", "немецкий": "Германия", "французский": "Франция",
                  "итальянский": "Италия", "английский": "Великобритания", "британский": "Великобритания",
                  "афганский": "Афганистан", "уйгурский": None, "арабский": None, "европейский": None,
                  "корейский": None, "русский": None}


@lru_cache(maxsize=4096)
def place_of_adjective(lemma: str):
    """The place a place adjective ("шымкентский", "новоуренгойский",
    "карагандинский") is made from, or None. `lemma` is the masculine
    nominative in lower case."""
    if lemma in _NATIONALITIES:
        country = _NATIONALITIES[lemma]
        return place(country) if country else None
    if not lemma.endswith(("ский", "цкий")) or lemma.endswith("ческий"):
        return None
    stem = lemma[:-4]
    tries = [f[:1].upper() + f[1:] for f in _stem_forms(stem)]
    for prefix, words in _COMPOUND_PREFIXES:
        rest = stem[len(prefix):].lstrip("-")
        if stem.startswith(prefix) and len(rest) >= 3:
            tries += [f"{w} {f[:1].upper()}{f[1:]}" for w in words for f in _stem_forms(rest)]
    for x in tries:
        kb = place(x)
        if kb is not None:
            return kb
    # "благовещенский" -> Благовещенск, but "амурский" is of the Амурская
    # область before it is of the town Амурск, and "хабаровский" of the
    # Хабаровский край, which holds the city Хабаровск either way
    adjective = stem[:1].upper() + stem[1:] + "ская"
    region = place(f"{adjective} область") or place(f"{adjective[:-2]}ий край")
    return region if region is not None else place(stem[:1].upper() + stem[1:] + "ск")


def place_rank(entry) -> int:
    """How specific a place is: city 3, region 2, country 1."""
    if entry is None:
        return 0
    return {"city": 3, "district": 3, "place": 3, "area": 3, "region": 2, "country": 1}.get(entry.type, 0)


def region_of(entry):
    """The region a place lies in (a region is its own), or None."""
    gaz = _gazetteer()
    if gaz is None or entry is None:
        return None
    return gaz.region_of(entry)


def country_of(entry):
    gaz = _gazetteer()
    if gaz is None or entry is None:
        return None
    if entry.type == "country":
        return entry
    try:
        return gaz.country_of(entry)
    except Exception:
        return None
