"""Companies of a project: their keys, and how much sharing one says."""
from __future__ import annotations

import re

from . import places
from .entities import entity_key


# Companies that finance or hold many projects: sharing one says little.
_BACKER_WORDS = ("банк", "bank", "фонд", "fund", "правительств", "government", "министерств",
                 "ministry", "кабинет", "акимат", "самрук-казына", "samruk-kazyna", "байтерек",
                 "холдинг", "минэнерго", "агентств")

# Authorities the extractor lists among companies: they own nothing.
_AUTHORITY = re.compile(r"^(?:правительств|кабинет|министерств|минэнерго|акимат|парламент|"
                        r"government|ministry|cabinet)", re.I)


# A unit the tagger took for a company ("кВт·ч").
_UNIT_NAME = re.compile(r"^[кмгт]?(?:вт|w)(?:[·.\s]*ч)?$", re.I)


def company_key(ref: dict, by_id: dict[str, dict]) -> str | None:
    ent = by_id.get(ref.get("id") or "")
    name = (ent or ref).get("name") or ref.get("name") or ""
    if sum(ch.isalpha() for ch in name) < 2 or _AUTHORITY.match(name.strip()) \
            or _UNIT_NAME.match(name.strip()):
        return None
    aliases = list((ent or {}).get("aliases") or []) + list(ref.get("aliases") or [])
    return entity_key("ORG", name, (ent or {}).get("kb_id"), aliases)


def is_backer(company_key: str) -> bool:
    """A bank, fund, government or holding: in many projects at once."""
    text = company_key.lower()
    if text.startswith("kb:"):
        e = places.entry(company_key[3:])
        if e is not None:
            text = " ".join((e.name, *e.aliases)).lower()
    return any(w in text for w in _BACKER_WORDS)


def is_group(company_key: str) -> bool:
    """A parent of other companies in the gazetteer (КазМунайГаз, Росатом,
    CNPC): a group with many projects, so sharing it says less."""
    if not company_key.startswith("kb:"):
        return False
    return company_key[3:] in _parents()


def _parents() -> frozenset[str]:
    global _PARENTS
    if _PARENTS is None:
        gaz = places.gazetteer()
        _PARENTS = frozenset(e.parent for e in (gaz.entries("org") if gaz else []) if e.parent)
    return _PARENTS


_PARENTS: frozenset[str] | None = None


def names(key: str) -> tuple[str, ...]:
    """Every name of a company: the gazetteer's aliases too ("Норникель",
    "Норильский никель")."""
    if key.startswith("kb:"):
        e = places.entry(key[3:])
        if e is not None:
            return (e.name, *e.aliases)
    return (label(key),)


def label(key: str) -> str:
    if key.startswith("kb:"):
        return places.label(key[3:])
    return key.split(":", 1)[-1]


def evidence(a: frozenset[str], b: frozenset[str], linear: bool = False) -> list[tuple[float, str]]:
    """`linear`: a line across borders, each country's section built by its
    own company (Транснефть here, CNPC there)."""
    if not a or not b:
        return []
    # the strongest shared company counts in full, the others half; sorted
    # by weight, then name, so that score(a, b) == score(b, a) whatever the
    # sets' iteration order
    shared = sorted(a & b, key=lambda c: (-_weight(c), c))
    if not shared:
        # two lists of builders that do not meet; banks and governments
        # come and go and say nothing
        builders_a = {c for c in a if not is_backer(c)}
        builders_b = {c for c in b if not is_backer(c)}
        if not linear and any(c.startswith("kb:") for c in builders_a) and \
                any(c.startswith("kb:") for c in builders_b):
            # two known developers (ACWA Power here, EDF there) and not one
            # in common: neighbours, not one plant retold
            return [(-1.2, "no company in common")]
        if builders_a and builders_b:
            return [(-0.4, "no company in common")]
        return []
    weight = sum(_weight(c) if i == 0 else _weight(c) / 2 for i, c in enumerate(shared))
    return [(min(weight, 2.4), "shared company " + ", ".join(label(c) for c in shared))]


def _weight(company_key: str) -> float:
    return 0.5 if is_backer(company_key) else 0.8 if is_group(company_key) else 1.2
