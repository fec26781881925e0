"""Evidence for and against two project views being one project, and the
probability it adds up to.

Each piece of evidence is a weight in log-odds with a reason; the weights
are added to a prior that says most candidates sharing a sector and a
country are different projects, and the sum is turned into a probability.

Evidence, strongest first:
- unit and phase numbers that differ ("второй энергоблок" vs "первый",
  "ГЭС-1" vs "ГЭС-2") - against, whatever else agrees; the number of the
  site an object is built on ("на площадке ТЭЦ-2") is the site's, not its own;
- products ("полиэтилен" vs "полипропилен") - for when shared, against when
  both name products and none is shared;
- proper names (Silleno, «Сила Сибири») - for when shared, against when both
  have one and they differ;
- the stops of lines named by them ("Бейнеу — Бозой — Шымкент") - for when
  the same, against when they share a stop and part for others;
- capacity and investment, compared across units - for or against;
- place: same place, a city inside the region, different regions or countries;
- sector: equal (more for rare sectors), related, or incompatible;
- companies: shared ones (a bank, fund or group counts less);
- object family (plant, power station, pipeline, mine) and other words.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from . import companies, figures, places
from .views import ProjectView
from .words import NAME_JOIN, PRODUCT_KINDS, STOP, NameInfo, lemma, read_name, same_proper, shared_proper


_WORD = re.compile(r"[a-zа-яё0-9]+(?:-[a-zа-яё0-9]+)*")
_NOT_NAME = STOP - {"проект"}

# Log-odds before any evidence. With it, sector + region + one shared
# group company (КазМунайГаз for two plants in Atyrau) stays under the
# threshold, and one more agreeing fact (a product, a precise capacity)
# takes it over. Checked on samples/timeline: no threshold between 0.3 and
# 0.5 changes the clustering there.
PRIOR = -3.0

# Sectors by how few projects of the kind a country has: sharing a rare
# sector says more.
SECTOR_WEIGHT = {"nuclear": 2.8, "oil_refining": 1.8, "hydro_power": 1.2, "oil_gas_midstream": 1.0,
                 "petrochemicals": 1.0, "chemicals": 1.0, "coal_power": 1.0, "gas_power": 1.0,
                 "power_grid": 0.8}

DEFAULT_SECTOR_WEIGHT = 0.8

# Sectors the extractor confuses, or that one project spans: neither for nor against.
RELATED_SECTORS = {frozenset(p) for p in (
    ("renewables", "solar_power"), ("renewables", "wind_power"), ("renewables", "hydro_power"),
    ("coal_power", "gas_power"), ("oil_gas_upstream", "oil_gas_midstream"),
    ("petrochemicals", "chemicals"), ("petrochemicals", "oil_refining"),
)}


def _sector_evidence(a: str | None, b: str | None) -> list[tuple[float, str]]:
    if not a or not b:
        return []
    if a == b:
        return [(SECTOR_WEIGHT.get(a, DEFAULT_SECTOR_WEIGHT), f"same sector {a}")]
    if frozenset((a, b)) in RELATED_SECTORS:
        return []
    return [(-2.0, f"different sectors {a}/{b}")]


def _name_evidence(a: NameInfo, b: NameInfo, differ: bool = False) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = _number_evidence(a, b) + _site_evidence(a, b)
    if out and out[0][0] <= -8.0:
        # other numbers of one name: the words, places and route the two
        # names share come with the name and say nothing more
        return out
    if a.voltages and b.voltages and not a.voltages & b.voltages:
        # "ЛЭП 500 кВ" and "линия 220 кВ": two lines, whoever builds them
        out.append((-8.0, f"voltages {'/'.join(map(str, sorted(a.voltages)))} kV vs "
                          f"{'/'.join(map(str, sorted(b.voltages)))} kV"))
    if a.products and b.products:
        shared = a.products & b.products
        if shared:
            out.append((2.0, "product " + ", ".join(sorted(shared))))
        elif not _one_covers(a.products, b.products):
            out.append((-3.0, f"products {', '.join(sorted(a.products))} vs {', '.join(sorted(b.products))}"))
    shared = shared_proper(a.proper, b.proper)
    if shared and differ:
        # «Южный поток» and «Турецкий поток»: a word in common, and a word of
        # each that tells them apart
        out.append((-2.0, f"names {', '.join(sorted(a.proper))} vs {', '.join(sorted(b.proper))}"))
    elif shared:
        n = min(len(shared), len(shared_proper(b.proper, a.proper)))  # the same both ways
        out.append((min(2.5 + 0.5 * (n - 1), 3.5), "name " + ", ".join(sorted(shared))))
    # "Шахристанский тоннель" and "тоннель под Шахристанским перевалом": a
    # name made from a place the gazetteer does not know, which the other
    # name tells as that place (looked for only when no name is shared:
    # this runs for every candidate the registry scores)
    elif after_place := shared_proper(a.proper, _unknown_places(b)) | shared_proper(b.proper, _unknown_places(a)):
        out.append((2.5, "name " + ", ".join(sorted(after_place))))
    elif a.proper and b.proper:
        out.append((-2.0, f"names {', '.join(sorted(a.proper))} vs {', '.join(sorted(b.proper))}"))
    if a.routes and b.routes:
        relations = {_route_relation(x, y) for x in a.routes for y in b.routes}
        if "same" in relations:
            out.append((1.5, "same route"))
        elif relations == {"crossing"}:
            # from one stop to others ("Бейнеу — Шымкент", "Бейнеу —
            # Жанаозен"): another line. A line inside the other may be a
            # section or the same line with fewer stops named, and lines
            # with no stop in common may be one named by countries and by
            # towns: those say nothing.
            out.append((-8.0, "lines to other stops"))
    if a.places & b.places:
        shared = a.places & b.places
        out.append((min(0.6 * len(shared), 1.5),
                    "name place " + ", ".join(places.label(p) for p in sorted(shared))))
    if a.families and b.families and not a.families & b.families:
        out.append((-1.5, f"objects {', '.join(sorted(a.families))} vs {', '.join(sorted(b.families))}"))
    else:
        specific = (a.objects & b.objects) - _GENERIC
        if specific:
            out.append((0.6, "object " + ", ".join(sorted(specific))))
    if a.content & b.content:
        shared = a.content & b.content
        out.append((min(0.4 * len(shared), 1.0), "words " + ", ".join(sorted(shared))))
    return out


_QUOTED = re.compile(r"«([^»]*)»?")


@lru_cache(maxsize=16384)  # a registry project's names meet every report scored against it
def _quoted_proper(name: str) -> frozenset[str]:
    """The proper words of a name that stand inside its quotes."""
    inside = _QUOTED.search(name).group(1).lower().replace("ё", "е")
    return frozenset(w for w in read_name(name).proper if w in inside)


def _names_differ(a: str, b: str) -> bool:
    """Whether two quoted names of two proper words or more that share a
    word each have a word the other lacks («Голубой поток», «Турецкий
    поток»): two objects. One name inside the other may be one, and the
    words of a place told around a name ("на Аварском Койсу у села Чалда")
    are no name. A registry project's names are weighed one by one: one of
    them like the other side's is enough to say nothing against."""
    found = False
    for x in a.split(NAME_JOIN):
        for y in b.split(NAME_JOIN):
            if "«" not in x or "«" not in y:
                continue
            px, py = _quoted_proper(x), _quoted_proper(y)
            shared = shared_proper(px, py)
            if not shared:
                continue
            if len(px) < 2 or len(py) < 2 or not (px - shared) or not (py - shared_proper(py, px)):
                return False
            found = True
    return found


def _site_evidence(a: NameInfo, b: NameInfo) -> list[tuple[float, str]]:
    """The number of the site one is built on ("на площадке ТЭЦ-2") against
    the numbers the other carries of the same noun ("вторая ТЭЦ"): the
    same site, or another. A name without numbers says nothing."""
    for x, y in ((a, b), (b, a)):
        theirs = y.ordinals | y.site_ordinals
        units = {u for u, _ in x.site_ordinals} & {u for u, _ in theirs}
        if units:
            mine = {o for o in x.site_ordinals if o[0] in units}
            other = {o for o in theirs if o[0] in units}
            if mine & other:
                return [(0.5, "same site number " + _nums(mine & other))]
            return [(-3.0, f"site numbers {_nums(mine)} vs {_nums(other)}")]
    return []


def _unknown_places(info: NameInfo) -> frozenset[str]:
    """The stems of the places in a name the gazetteer does not know ("~шахристанск")."""
    return frozenset(p[1:] for p in info.places if p.startswith("~"))


def _route_relation(x: frozenset[str], y: frozenset[str]) -> str:
    """"same", "nested", "crossing" (a stop in common, others not) or
    "apart", with stops compared as name words (case endings differ)."""
    in_y = {s for s in x if any(same_proper(s, t) for t in y)}
    in_x = {t for t in y if any(same_proper(s, t) for s in x)}
    if not in_y:
        return "apart"
    if in_y == x and in_x == y:
        return "same"
    if in_y == x or in_x == y:
        return "nested"
    if any(s.startswith("^") for s in x ^ y):
        return "apart"  # countries and parts of the world name systems of lines loosely
    return "crossing"


def _number_evidence(a: NameInfo, b: NameInfo) -> list[tuple[float, str]]:
    """Unit and phase numbers, noun by noun: two different numbers of one
    noun are two objects, the one thing that the rest of the evidence (one
    plant, one owner, one place, often one size) cannot outweigh."""
    units_a = {u for u, _ in a.ordinals}
    units_b = {u for u, _ in b.ordinals}
    common = units_a & units_b
    if common:
        na = {(u, n) for u, n in a.ordinals if u in common}
        nb = {(u, n) for u, n in b.ordinals if u in common}
        if not na & nb or {u for u, _ in na - nb} & {u for u, _ in nb - na}:
            return [(-8.0, f"numbers {_nums(na)} vs {_nums(nb)}")]
        return [(0.5, "same number " + _nums(na & nb))]
    if a.ordinals and b.ordinals:
        # «Бурное Солар-1» and "вторая солнечная станция": the number of a
        # name counts the whole objects of its family, as an ordinal does
        for x, y in ((a, b), (b, a)):
            own = {n for u, n in x.ordinals if u == ""}
            counted = {n for u, n in y.ordinals if u in x.families}
            if own and counted and len(x.ordinals) == len(own) and len(x.families) == 1:
                if own & counted:
                    return [(0.5, f"same number {min(own & counted)}")]
                return [(-8.0, f"numbers {min(own)} vs {min(counted)}")]
        return []  # numbers of different things ("ГРЭС-2", "второй блок")
    numbered, bare = (a, b) if a.ordinals else (b, a)
    if max((n for _, n in numbered.ordinals), default=1) < 2:
        return []
    if numbered.ordinals & bare.site_ordinals:
        # "вторая ТЭЦ" and "станция на площадке ТЭЦ-2": told by its site
        return []
    common = shared_proper(numbered.proper, bare.proper)
    if any(_route_relation(x, y) == "same" for x in numbered.routes for y in bare.routes):
        # "вторая нитка газопровода Бейнеу — Шымкент"
        common.add("the same line")
    if common:  # "Сила Сибири" and "Сила Сибири — 2"
        reason = f"only one is number {_nums(numbered.ordinals)} of " + ", ".join(sorted(common))
        if any(u in _NEW_BUILDS for u, n in numbered.ordinals if n >= 2):
            # a second string, phase or line is a project of its own
            return [(-8.0, reason)]
        # a second unit may be the news of the plant ("второй агрегат
        # Рогунской ГЭС пущен"), not another project
        return [(-5.0, reason)]
    if numbered.proper:  # the number belongs to a name the other does not use
        return []
    if any(u in _NEW_BUILDS and u and n >= 2 for u, n in numbered.ordinals):
        # "вторая нитка" beside a line told without a number: that one is the
        # first, and a second string is built as a project of its own
        return [(-4.0, f"only one is the {_nums(numbered.ordinals)}")]
    if any(u in _WHOLE_OBJECTS and n >= 2 for u, n in numbered.ordinals):
        if bare.proper:
            # "вторая гидроэлектростанция на Колыме" and "Усть-Среднеканская
            # ГЭС": a plant with a name of its own may be the second one
            return [(-1.0, f"only one is the {_nums(numbered.ordinals)}")]
        # "вторая АЭС в стране" beside an unnumbered АЭС: that one is the first
        return [(-3.0, f"only one is the {_nums(numbered.ordinals)}")]
    # "второй энергоблок" beside a bare "энергоблок": likely the first one
    return [(-0.7, "only one is a numbered unit or phase")]


# Numbered parts built as projects of their own, unlike units of one plant.
_NEW_BUILDS = {"", "нитка", "очередь", "линия", "фаза", "этап", "стадия", "каскад", "участок"}

def _whole_objects() -> frozenset[str]:
    """Numbers that count whole objects (the families of the lexicon), not parts."""
    from ..extract.lexicon import OBJECT_NOUNS
    return frozenset(OBJECT_NOUNS.values())


_WHOLE_OBJECTS = _whole_objects()


def _nums(values) -> str:
    return ", ".join(f"{u} {n}".strip() for u, n in sorted(values))


def _generic_objects() -> frozenset[str]:
    from ..extract.lexicon import GENERIC_OBJECTS
    return frozenset(GENERIC_OBJECTS) | {"завод", "производство", "электростанция"}


_GENERIC = _generic_objects()


def _same_name(a: str, b: str) -> list[tuple[float, str]]:
    """One name, word for word, with a name or place in it ("железная дорога
    Китай — Кыргызстан — Узбекистан"); a shared description ("завод по
    производству полиэтилена") is already counted word by word."""
    shared = name_keys(a) & name_keys(b)
    ia, ib = read_name(a), read_name(b)
    if shared and (ia.proper or ia.places) and (ib.proper or ib.places):
        return [(1.0, "same name " + sorted(shared, key=len)[-1])]
    return []


def _firm_words(firms_of: frozenset[str], every_name: bool = False) -> list[str]:
    texts = [n for key in firms_of for n in (companies.names(key) if every_name else (companies.label(key),))]
    return [w for text in texts for w in re.findall(r"[a-zа-яё0-9]+", text.lower()) if len(w) > 2]


def _only_firms(a: NameInfo, b: NameInfo, firms_of: frozenset[str]) -> bool:
    """Whether one of two names holds no proper word but its companies'."""
    firms = _firm_words(firms_of, every_name=True)
    return any(all(any(same_proper(w, f) for f in firms) for w in x.proper) for x in (a, b) if x.proper)


def _own_name(a: NameInfo, b: NameInfo, firms_of: frozenset[str], differ: bool = False) -> list[tuple[float, str]]:
    """A proper name both share that is no company's of theirs ("CASA-1000",
    «Сила Сибири», Silleno) is the project's own: told across years and
    countries, it says more than a company's name in two plants' names does
    ("завод Masdar")."""
    shared = shared_proper(a.proper, b.proper)
    if not shared or differ:
        return []
    firms = _firm_words(firms_of)
    own = {w for w in shared if not any(same_proper(w, f) for f in firms)}
    return [(1.0, "own name " + ", ".join(sorted(own)))] if own else []


@lru_cache(maxsize=16384)  # a registry project's names are scored against every report
def name_keys(name: str) -> frozenset[str]:
    keys = set()
    for part in name.split(NAME_JOIN):
        words = [lemma(w) for w in _WORD.findall(part.lower())]
        words = [w for w in words if w not in _NOT_NAME]
        if len(words) >= 2:
            keys.add(" ".join(words))
    return frozenset(keys)


_LINEAR_SECTORS = {"oil_gas_midstream", "transport_logistics", "power_grid"}

_LINEAR_FAMILIES = {"pipe", "transport"}


def _crosses_borders(a: ProjectView, b: ProjectView) -> bool:
    """Pipelines, railways and power lines run through several countries:
    the extractor's country for them is any one of those."""
    for v in (a, b):
        if v.sector in _LINEAR_SECTORS or read_name(v.name).families & _LINEAR_FAMILIES:
            return True
    return False


def _name_places(view: ProjectView) -> list:
    """The gazetteer entries of the places a name mentions."""
    return [e for p in read_name(view.name).places if (e := places.entry(p)) is not None]


def _name_countries(view: ProjectView) -> set[str]:
    """Countries a name mentions ("газопровод из России в Китай")."""
    return {e.country.upper() for e in _name_places(view) if e.country}


def _name_regions(view: ProjectView) -> set[str]:
    """Regions of the places a name mentions ("мост Хэйхэ — Благовещенск")."""
    return {e.id if e.type == "region" else e.region for e in _name_places(view)} - {None}


def _without_place_words(info: NameInfo, where: set[str]) -> NameInfo:
    """"электростанция в городе Ширин": a place the gazetteer does not know
    reads as a name; when it is where the projects are, it is counted
    (once) as their place, not again as a shared name."""
    if not where or not (info.proper or info.places):
        return info
    kept = frozenset(w for w in info.proper if not any(same_proper(w, p) for p in where))
    # a place the gazetteer does not know ("~ширин") likewise
    kept_places = frozenset(p for p in info.places
                            if not (p.startswith("~") and any(same_proper(p[1:], w) for w in where)))
    if kept == info.proper and kept_places == info.places:
        return info
    return replace(info, proper=kept, places=kept_places)


def _place_words(v: ProjectView) -> set[str]:
    out: set[str] = set()
    for key in (v.location, v.region):
        if key:
            out |= {w.lower() for w in re.findall(r"\w+", places.label(key)) if len(w) > 3}
    return out


_ADJECTIVE_END = re.compile(r"[сц]к(?:ий|ая|ое|ой|ие|ого|ом|их|ую)?$")


def _named_after_place(info, other: ProjectView) -> list[tuple[float, str]]:
    """"Анаклийский порт" and a port located in Анаклия: the name is the
    other's place (stems of 5 letters; the extractor gives a place stem)."""
    if not info.proper:
        return []
    where = {other.location, other.region} | set(read_name(other.name).places)
    made = sorted(p for p in info.made_from & where if p)
    if made:  # "Новоуренгойский комплекс" and a complex in Новый Уренгой
        return [(1.5, f"named after its place {places.label(made[0])}")]
    if not other.location:
        return []
    words = [w.lower() for w in re.findall(r"\w+", places.label(other.location)) if len(w) >= 5]
    # "Анаклийский", "Ангрена": the place's word or an adjective made from
    # it; not a word that runs on into another ("Бишкексельмаш", a works)
    hits = sorted(p for p in info.proper if len(p) >= 5 and any(
        p[:5] == w[:5] and (len(p) <= len(w) + 2 or _ADJECTIVE_END.search(p)) for w in words))
    return [(1.5, f"named after its place {places.label(other.location)}")] if hits else []


# Sectors of power stations: a "блок" or "установка" outside them is a unit
# of a plant ("нефтеперерабатывающий блок"), not a power unit.
_POWER_SECTORS = frozenset({"nuclear", "gas_power", "coal_power", "hydro_power", "solar_power",
                            "wind_power", "renewables", "power_grid"})
_UNIT_NOUNS = frozenset({"блок", "установка"})


def _family_in_sector(info: NameInfo, sector: str | None) -> NameInfo:
    """A name whose only object noun is a unit noun says nothing of its
    family when the report puts it in a sector other than power."""
    if sector and sector not in _POWER_SECTORS and info.objects and info.objects <= _UNIT_NOUNS:
        return replace(info, families=frozenset())
    return info


def _one_covers(a: frozenset | set, b: frozenset | set) -> bool:
    """"полимер" and "полиэтилен": one side's product word is the kind the
    other's belongs to; neither for nor against."""
    return any(b <= PRODUCT_KINDS.get(x, frozenset()) for x in a) or \
        any(a <= PRODUCT_KINDS.get(x, frozenset()) for x in b)


def evidence(a: ProjectView, b: ProjectView) -> list[tuple[float, str]]:
    """All the evidence for (+) and against (-) a and b being one project."""
    where = _place_words(a) & _place_words(b) if a.location and b.location else set()
    ia = _family_in_sector(_without_place_words(read_name(a.name), where), a.sector)
    ib = _family_in_sector(_without_place_words(read_name(b.name), where), b.sector)
    # a place both names hold that is where both reports put the project is
    # counted once, as their place ("завод в Кингисеппе" twice)
    located = {x for x in (a.location, a.region) if x} & {x for x in (b.location, b.region) if x}
    if located & ia.places & ib.places:
        ia = replace(ia, places=ia.places - located)
        ib = replace(ib, places=ib.places - located)
    differ = _names_differ(a.name, b.name)
    out = _name_evidence(ia, ib, differ)
    if any(w < 0 and r.startswith("names ") for w, r in out) and _only_firms(ia, ib, a.companies | b.companies):
        # "комбинат «Норильского никеля»" beside "Быстринский комбинат": the
        # owner named in one name is no other name of the object
        out = [(w, r) for w, r in out if not (w < 0 and r.startswith("names "))]
    out += _same_name(a.name, b.name)
    out += _own_name(ia, ib, a.companies | b.companies, differ)
    out += _named_after_place(ia, b) or _named_after_place(ib, a)
    out += _sector_evidence(a.sector, b.sector)
    cross = _crosses_borders(a, b)
    # the regions a name mentions only count for lines across borders
    regions = (_name_regions(a), _name_regions(b)) if cross else (frozenset(), frozenset())
    out += places.compare(a, b, _name_countries(a), _name_countries(b), cross, *regions)
    out += companies.evidence(a.companies, b.companies, cross)
    # "800 тыс. тонн этилена" and "800 тыс. тонн параксилола": one number of
    # two things is no sign of one plant, so such figures are not compared
    ca, cb = figures.without_other_products(a.capacities, a.capacity_products, b.capacities, b.capacity_products)
    out += figures.compare_capacities(ca, cb)
    out += figures.compare_investments(a.investments, b.investments)
    return out


def score(a: ProjectView, b: ProjectView) -> tuple[float, str]:
    """(probability that a and b are one project, reason)."""
    ev = evidence(a, b)
    total = PRIOR + sum(w for w, _ in ev)
    p = 1.0 / (1.0 + math.exp(-total))
    pro = [r for w, r in sorted(ev, key=lambda e: -e[0]) if w > 0]
    con = [r for w, r in sorted(ev, key=lambda e: e[0]) if w < 0]
    reason = "; ".join(pro) or "no evidence for"
    if con:
        reason += "; against: " + "; ".join(con)
    return p, reason
