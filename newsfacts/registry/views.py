"""What the registry compares of a project: a view built from one article's
extracted project (`project_view`) or from the members of a registry
project (`merge_views`)."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from . import figures, places
from .companies import company_key
from .words import NAME_JOIN, read_name


@dataclass(frozen=True)
class ProjectView:
    name: str
    sector: str | None
    country: str | None  # ISO2
    region: str | None  # gazetteer id where linked, else a normalised name
    location: str | None  # most specific place: gazetteer id, else a normalised name
    companies: frozenset[str]  # entity_key()s
    capacities: tuple[tuple[float, str], ...]  # (value, unit)
    investments: tuple[tuple[float, str], ...]  # (amount, ISO currency)
    published: date | None = None
    # what its tonnages are of ("800 тыс. тонн этилена"): (value, unit, product stem)
    capacity_products: tuple[tuple[float, str, str], ...] = ()


def _sector(value: str | None) -> str | None:
    return None if not value or value == "other" else value


def _article_country(entities: list[dict]) -> str | None:
    """The one country all the article's linked places below country level
    lie in (or, failing those, all its countries): for projects whose place
    the gazetteer does not know ("Улькен")."""
    for wanted in (lambda t: t != "country", lambda t: t == "country"):
        found = set()
        for e in entities:
            if e.get("type") != "LOC" or not e.get("kb_id") or not e.get("country"):
                continue
            entry = places.entry(e["kb_id"])
            if entry is not None and wanted(entry.type):
                found.add(e["country"].upper())
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _place_in_name(name: str, country, region, location):
    """"ТЭЦ Бишкека", "комплекс в Атырауской области": when the extractor gave
    no place below the country, the one place the name holds (in the given
    country, if any) is the project's."""
    found = [e for p in read_name(name).places
             if (e := places.entry(p)) is not None and e.type != "country"
             and (country is None or (e.country or "").upper() == country)]
    if len(found) != 1:
        return country, region, location
    e = found[0]
    return places.resolve(e.name, e.id, e.country)


def _country_in_name(name: str) -> str | None:
    """"атомная электростанция Беларуси": the one country a name holds is the
    project's, whatever other countries the article names as partners.
    A route names no one country ("газопровод Центральная Азия — Китай"
    runs from Turkmenistan)."""
    info = read_name(name)
    if info.routes:
        return None
    found = {e.country.upper() for p in info.places
             if (e := places.entry(p)) is not None and e.type == "country" and e.country}
    return found.pop() if len(found) == 1 else None


def project_view(project: dict, entities: list[dict], published: date | None) -> ProjectView:
    """The view of one extracted project (an item of Facts.to_dict()["projects"])."""
    by_id = {e.get("id"): e for e in entities or [] if e.get("id")}
    country = region = location = None
    ref = project.get("location")
    if isinstance(ref, str):
        ref = {"name": ref}
    if ref:
        ent = by_id.get(ref.get("id") or "") or {}
        country, region, location = places.resolve(
            ent.get("name") or ref.get("name"), ent.get("kb_id"), ent.get("country"))
    if location is None:
        country, region, location = _place_in_name(project.get("name") or "", country, region, location)
    if country is None:
        country = _country_in_name(project.get("name") or "") or _article_country(entities or [])
    refs = [{"name": r} if isinstance(r, str) else r for r in project.get("companies") or []]
    companies = frozenset(k for r in refs if isinstance(r, dict) and (k := company_key(r, by_id)))
    capacities = _figures(project.get("capacity"), "value", "unit")
    investments = _figures(project.get("investment"), "amount", "currency")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    return ProjectView(name=project.get("name") or "", sector=_sector(project.get("sector")),
                       country=country, region=region, location=location, companies=companies,
                       capacities=capacities, investments=investments, published=published,
                       capacity_products=_figure_products(project.get("capacity")))


def _figure_products(items) -> tuple[tuple[float, str, str], ...]:
    """(value, unit, product stem) of the capacity figures that say what they
    are of ("800 тыс. тонн этилена"), the product in the words' stems."""
    out = [(value, unit, product) for value, unit, item in _figure_items(items, "value", "unit")
           if item.get("product") for product in sorted(read_name(str(item["product"])).products)]
    return tuple(dict.fromkeys(out))


def _figures(items, value_key: str, unit_key: str) -> tuple[tuple[float, str], ...]:
    """(value, unit) pairs of a list of figure dicts (or one dict), skipping
    what is not a positive finite number with a unit."""
    return tuple(dict.fromkeys((value, unit) for value, unit, _ in _figure_items(items, value_key, unit_key)))


def _figure_items(items, value_key: str, unit_key: str):
    """(value, unit, the figure's dict) of each figure that is a positive
    finite number with a unit."""
    if isinstance(items, dict):
        items = [items]
    for item in items or []:
        if not isinstance(item, dict) or not item.get(unit_key):
            continue
        try:
            value = float(item.get(value_key))
        except (TypeError, ValueError):
            continue
        if math.isfinite(value) and value > 0:
            yield value, str(item[unit_key]), item


def _most_common(values: Iterable) -> Any:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return counts.most_common(1)[0][0]  # ties: the first seen (Counter keeps order)


def merge_views(views: list[ProjectView]) -> ProjectView:
    """One view of a registry project from its members: every distinct name
    (so each name's words take part in matching), figures and companies,
    the most frequent sector and place, preferring the most specific place.

    A member's name or figure that the majority contradicts (a product or a
    value twice off, reported by fewer members) is left out, so one wrongly
    merged or wrongly extracted member does not open the door to others."""
    views = [v for v in views if v is not None]
    if not views:
        raise ValueError("merge_views needs at least one view")
    if len(views) == 1:
        return views[0]
    country = _most_common(v.country for v in views)
    same_country = [v for v in views if v.country in (None, country)]
    region = _most_common(v.region for v in same_country)
    in_region = [v for v in same_country if v.region in (None, region)]
    specific = [v.location for v in in_region if v.location and v.location != region]
    location = _most_common(specific) or _most_common(v.location for v in in_region)
    dates = [v.published for v in views if v.published]
    return ProjectView(
        name=_merged_name(views), sector=_most_common(v.sector for v in views), country=country,
        region=region, location=location,
        companies=frozenset().union(*(v.companies for v in views)),
        capacities=_majority_figures([v.capacities for v in views], _capacity_family),
        investments=_majority_figures([v.investments for v in views], lambda c: c),
        published=max(dates) if dates else None,
        capacity_products=tuple(dict.fromkeys(x for v in views for x in v.capacity_products)))


def _merged_name(views: list[ProjectView]) -> str:
    names = Counter(p.strip() for v in views for p in (v.name or "").split(NAME_JOIN) if p.strip())
    if not names:
        return ""
    products = Counter(p for n, k in names.items() for p in read_name(n).products for _ in range(k))
    kept = []
    for n, count in names.most_common():
        own = read_name(n).products
        if own and products:
            top = max(products.values())
            if max(products[p] for p in own) < top:
                continue  # names a product the majority does not
        kept.append(n)
    return NAME_JOIN.join(kept or [names.most_common(1)[0][0]])


def _capacity_family(unit: str) -> str:
    b = figures.base(1.0, unit)
    return b[0] if b else unit


def _majority_figures(groups, family_of) -> tuple[tuple[float, str], ...]:
    """Every distinct figure, less those twice off a figure of the same
    family that more members reported.

    A project may have hundreds of reports, so the figures of each family
    are sorted once and windows are found by bisection, not pairwise."""
    import bisect
    from itertools import accumulate
    # members reporting each distinct figure (a member counts once per figure)
    reported: dict[tuple[float, str], int] = {}
    for figs in groups:
        for f in set(figs):
            reported[f] = reported.get(f, 0) + 1
    by_family: dict[object, list[tuple[float, tuple[float, str]]]] = {}
    for f in reported:
        by_family.setdefault(family_of(f[1]), []).append((abs(_base_value(f)), f))
    kept = []
    for items in by_family.values():
        items.sort(key=lambda x: x[0])
        values = [v for v, _ in items]
        counts = list(accumulate((reported[f] for _, f in items), initial=0))
        # support: members reporting the figure or a close value ($7bn for $7.4bn)
        support = []
        for v, _ in items:
            lo = bisect.bisect_left(values, v / 1.12)
            hi = bisect.bisect_right(values, v * 1.12)
            support.append(counts[hi] - counts[lo])
        best_below = list(accumulate(support, max))            # max support up to i
        best_above = list(accumulate(reversed(support), max))[::-1]  # from i on
        for i, (v, f) in enumerate(items):
            n = support[i]
            far_lo = bisect.bisect_right(values, v / 2.0) - 1  # values at most half of v
            far_hi = bisect.bisect_left(values, v * 2.0)       # values at least twice v
            rival = (far_lo >= 0 and best_below[far_lo] > n) or \
                    (far_hi < len(values) and best_above[far_hi] > n)
            if not rival or v == 0:
                kept.append(f)
    order = {f: i for i, f in enumerate(reported)}
    return tuple(sorted(kept, key=order.get))


def _base_value(f: tuple[float, str]) -> float:
    b = figures.base(*f)
    return b[1] if b else f[0]


def _ratio(a: float, b: float) -> float:
    lo, hi = sorted((abs(a), abs(b)))
    return math.inf if lo == 0 else hi / lo


def _near(f: tuple[float, str], g: tuple[float, str]) -> bool:
    return _ratio_of(f, g) <= 1.12


def _far(f: tuple[float, str], g: tuple[float, str]) -> bool:
    return _ratio_of(f, g) >= 2.0


def _ratio_of(f: tuple[float, str], g: tuple[float, str]) -> float:
    bf, bg = figures.base(*f), figures.base(*g)
    a, b = (bf[1], bg[1]) if bf and bg else (f[0], g[0])
    lo, hi = sorted((abs(a), abs(b)))
    return math.inf if lo == 0 else hi / lo
