"""Which registry project an article's project belongs to: the functions
the store calls.

The store indexes `blocking_keys` to fetch candidates; `best_match` scores
them (see `evidence`) and only those that share a key, so a match the
store cannot fetch cannot happen either. A score is the probability that
the two are one project; THRESHOLD decides.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from . import figures, places
from .companies import is_backer
from .evidence import evidence, name_keys, score
from .views import ProjectView, merge_views, project_view
from .words import read_name, sound

__all__ = ["THRESHOLD", "Match", "ProjectView", "best_match", "blocking_keys", "evidence",
           "merge_views", "project_view", "score"]


THRESHOLD = 0.5

# Coarse sector groups for blocking: candidates are fetched across related sectors.
SECTOR_GROUP = {
    "coal_power": "thermal", "gas_power": "thermal",
    "solar_power": "renewable", "wind_power": "renewable", "renewables": "renewable",
    "hydro_power": "renewable",
    "oil_gas_upstream": "oilgas", "oil_gas_midstream": "oilgas",
    "oil_refining": "chem", "petrochemicals": "chem", "chemicals": "chem",
}


@dataclass
class Match:
    target: Any
    score: float  # probability that the two are one project
    reason: str


def _bucket_keys(prefix: str, value: float) -> set[str]:
    # Buckets a fifth wide in log scale; each value also claims the next one,
    # so two values within 25% of each other always share a key.
    if value <= 0 or not math.isfinite(value):
        return set()
    b = math.floor(math.log(value) / math.log(1.25))
    return {f"{prefix}:{b}", f"{prefix}:{b + 1}"}


def blocking_keys(view: ProjectView) -> set[str]:
    """Keys the store indexes to fetch candidates. Any two views that
    `best_match` may join share at least one (it checks).

    s:<sector group>, s:<sector group>:<country or ?>, l:<place id or name>, n:<proper name
    word>, ni:<its first letter>:<object noun>, nm:<whole name>, p:<product>, c:<company key> (not banks and
    funds), q:<capacity family>:<bucket>, m:<currency>:<bucket>."""
    return set(_keys(view))


@lru_cache(maxsize=65536)
def _keys(view: ProjectView) -> frozenset[str]:
    keys: set[str] = set()
    group = SECTOR_GROUP.get(view.sector or "", view.sector)
    if group:
        keys.add(f"s:{group}:{view.country or '?'}")
        # the sector alone too: a report that names no country may be the
        # same project as one that does
        keys.add(f"s:{group}")
    elif view.country:
        keys.add(f"s:?:{view.country}")
    if view.location:
        keys.add(f"l:{view.location}")
    if view.region:
        keys.add(f"l:{view.region}")
    info = read_name(view.name)
    # by the first letters of the spelling-blind key, so "Силлено" meets "Silleno"
    keys |= {f"n:{sound(t)[:4]}" for t in info.proper if sound(t)}
    # "ЭГРЭС-2" meets "Экибастузская ГРЭС-2" by its initial and kind
    keys |= {f"ni:{t[0]}:{kind}" for t in info.proper for kind in info.objects if t[:1].isalpha()}
    keys |= {f"nm:{k}" for k in name_keys(view.name)}
    keys |= {f"l:{p}" for p in info.places if (e := places.entry(p)) is None or e.type != "country"}
    keys |= {f"p:{t}" for t in info.products}
    keys |= {f"c:{c}" for c in view.companies if not is_backer(c)}
    for value, unit in view.capacities:
        b = figures.base(value, unit)
        if b is not None:
            keys |= _bucket_keys(f"q:{b[0]}", b[1])
    for amount, cur in view.investments:
        keys |= _bucket_keys(f"m:{cur}", amount)
    return frozenset(keys)


def best_match(new: ProjectView, candidates: Iterable[tuple[Any, ProjectView]]) -> Match | None:
    """The candidate `new` most probably is, or None (a new registry project)."""
    keys = _keys(new)
    best: Match | None = None
    for target, view in candidates:
        if keys.isdisjoint(_keys(view)):
            continue
        p, reason = score(new, view)
        if p >= THRESHOLD and (best is None or p > best.score):
            best = Match(target=target, score=round(p, 4), reason=reason)
    return best
