"""Where a project is, as the registry compares it: country (ISO2), region and
most specific place, gazetteer ids where the gazetteer knows them."""
from __future__ import annotations

from functools import lru_cache

from ..link.gazetteer import normalize, stem_keys, strip_generic


@lru_cache(maxsize=1)
def gazetteer():
    try:
        from ..link.gazetteer import Gazetteer
        return Gazetteer.load()
    except Exception:  # without it, places compare by name
        return None


@lru_cache(maxsize=16384)
def entry(id_or_name: str | None):
    """The gazetteer entry of an id, or None (names, unknown ids)."""
    gaz = gazetteer()
    if gaz is None or not id_or_name:
        return None
    try:
        return gaz.get(id_or_name)
    except KeyError:
        return None


@lru_cache(maxsize=16384)
def lookup_place(name: str):
    gaz = gazetteer()
    if gaz is None or not name:
        return None
    try:
        return gaz.lookup(name, "place")
    except Exception:
        return None


def label(id_or_name: str | None) -> str:
    e = entry(id_or_name)
    return e.name if e is not None else (id_or_name or "")


def resolve(name: str | None, kb_id: str | None, country: str | None):
    """(country, region, location) of a place named in an article.

    A country gives only the country; a region gives itself as region and
    location; a city gives its region (when the gazetteer knows it) and
    itself. A name the gazetteer does not know stays a normalised name."""
    e = entry(kb_id) if kb_id else None
    if e is None and name:
        e = lookup_place(name)
    if e is None:
        loc = strip_generic(normalize(name)) if name else None
        return (country.upper() if country else None), None, (loc or None)
    iso = (e.country or country or "").upper() or None
    if e.type == "country":
        return iso, None, None
    if e.type == "region":
        return iso, e.id, e.id
    return iso, e.region, e.id


def _stems(name: str) -> set[str]:
    return stem_keys(name) if name else set()


def same_name(a: str, b: str) -> bool:
    """Two unlinked place names that are one ("Улькен", "улькена")."""
    return a == b or bool(_stems(a) & _stems(b))


def _in_two_countries(region_a: str, region_b: str) -> bool:
    ra, rb = entry(region_a), entry(region_b)
    return ra is not None and rb is not None and ra.country != rb.country


def compare(a, b, a_named: set[str] = frozenset(), b_named: set[str] = frozenset(),
            cross_border: bool = False, a_regions: set[str] = frozenset(),
            b_regions: set[str] = frozenset()) -> list[tuple[float, str]]:
    """Evidence for and against two views being at one place. `a_named`,
    `b_named`: countries their names mention, and `cross_border` for a
    pipeline or railway: such a project lies in each of several countries.
    `a_regions`, `b_regions`: regions of the places their names mention."""
    if a.country and b.country and a.country != b.country \
            and a.country not in b_named and b.country not in a_named:
        # a country alone is often the extractor's guess (the partner, the
        # transit country): it speaks less than two places inside countries
        weight = -3.0 if (a.region or entry(a.location)) and (b.region or entry(b.location)) else -1.2
        if a.country in a_named or b.country in b_named:
            # "атомная электростанция Беларуси": a country the name holds is
            # no guess
            weight = -3.0
        if cross_border:
            weight = max(weight, -0.5)
        return [(weight, f"different countries {a.country}/{b.country}")]
    la, lb = a.location, b.location
    ea, eb = entry(la), entry(lb)
    if la and lb:
        if la == lb and ea is not None and ea.type == "region":
            return [(1.0, f"same region {label(la)}")]
        if la == lb or (ea is None and eb is None and same_name(la, lb)):
            return [(1.5, f"same place {label(la)}")]
        if ea is not None and eb is not None:
            if ea.type == "region" and b.region == la or eb.type == "region" and a.region == lb:
                inner = la if ea.type != "region" else lb
                return [(0.8, f"{label(inner)} lies in {label(a.region or b.region)}")]
            if a.region and a.region == b.region:
                return [(-0.5, f"different places {label(la)}/{label(lb)} in one region")]
    if a.region and b.region:
        if a.region == b.region:
            return [(1.0, f"same region {label(a.region)}")]
        if cross_border and (a.region in b_regions or b.region in a_regions) and \
                _in_two_countries(a.region, b.region):
            # "мост Хэйхэ — Благовещенск": a line or a bridge across a border
            # lies at both of its ends, whichever the other report placed it at
            return []
        return [(-2.0, f"different regions {label(a.region)}/{label(b.region)}")]
    if a.country and a.country == b.country:
        return [(0.2, f"same country {a.country}")]
    return []
