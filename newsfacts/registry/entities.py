"""Cross-article identity of people, organisations and places.

`entity_key` gives the key an entity is filed under in the registry;
`same_entity` decides whether two sets of names denote one entity.

Keys:
- anything the gazetteer knows: ``kb:<gazetteer id>`` (so "CNPC", "China
  National Petroleum Corporation" and "Китайская национальная нефтегазовая
  корпорация" share one key);
- ORG: ``org:<abbreviation>`` when the name gives one ("Банк развития
  Казахстана (БРК)") or is long enough to have one, else ``org:<name>``;
- LOC: ``loc:<name>``;
- PER: ``per:<surname>/<first name>``, the first name empty when the text
  gave only the surname. A bare "Токаев" and "Касым-Жомарт Токаев" get
  different keys but share the prefix ``per:токаев/``: fetch candidates by
  that prefix and decide with `same_entity`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..link.gazetteer import normalize, stem_keys, strip_generic
from .people import PersonName, compatible, parse_person
from .places import gazetteer

_PAREN = re.compile(r"\(([^()]+)\)")
# Words an abbreviation skips: "Банк развития Казахстана" is БРК, not БРК+...
_ABBR_SKIP = {"и", "по", "для", "в", "на", "с", "of", "and", "the", "for", "&"}
_GENERIC_ORG_WORDS = {"компания", "корпорация", "corporation", "company", "group", "limited",
                      "ltd", "llc", "jsc", "inc", "co", "corp", "holding", "холдинг"}
_MIN_ABBR = 3


_KIND = {"ORG": "org", "LOC": "place"}


@lru_cache(maxsize=8192)
def _lookup(name: str, type_: str) -> str | None:
    kind = _KIND.get(type_)
    gaz = gazetteer()  # None without one: keys then come from names alone
    if kind is None or gaz is None or not name.strip():
        return None
    try:
        entry = gaz.lookup(name, kind)
    except Exception:
        return None
    return entry.id if entry is not None else None


def _variants(name: str) -> list[str]:
    """The name, the name without its parenthesis, and what is inside it:
    "Китайская национальная нефтегазовая корпорация (CNPC)" gives all three."""
    out = [name]
    inner = [m.group(1).strip() for m in _PAREN.finditer(name)]
    outer = _PAREN.sub(" ", name).strip()
    if inner:
        out += [outer, *inner]
    return [v for v in dict.fromkeys(out) if v]


def linked_id(type_: str, names: Iterable[str]) -> str | None:
    """Gazetteer id of the first of `names` (or of their parts) that resolves;
    for companies also in an oblique case ("КазМунайГазу", "Самрук-Казыне")
    and behind a generic head word ("Фонд Самрук-Казына")."""
    names = list(names)
    for name in names:
        for v in _variants(name):
            found = _lookup(v, type_)
            if found:
                return found
    if type_ != "ORG":
        return None
    for name in names:
        for v in _variants(name):
            for form in _org_forms(v):
                found = _lookup(form, type_)
                if found:
                    return found
    return None


# Case endings of a company name's last word, and what the nominative may
# end in instead: "Самрук-Казыне" -> "Самрук-Казына", "Тенгизшевройло" -> "Тенгизшевройл".
_ORG_ENDINGS = ("ом", "ем", "ой", "ою", "у", "ю", "е", "а", "я", "ы", "и", "о")
_ORG_NOMINATIVE = ("", "а", "я", "ь")
_ORG_HEADS = {"фонд", "фонда", "фонду", "компания", "компании", "корпорация", "корпорации",
              "группа", "группы", "холдинг", "холдинга", "концерн", "концерна", "оператор",
              "госкомпания", "госкомпании", "нацкомпания", "нацкомпании"}
_MIN_ORG_STEM = 4


def _org_forms(name: str) -> list[str]:
    words = name.split()
    if len(words) > 1 and words[0].lower() in _ORG_HEADS:
        words = words[1:]
    forms = [" ".join(words)]
    last = words[-1] if words else ""
    if re.search("[а-яё]$", last):
        for end in _ORG_ENDINGS:
            if last.lower().endswith(end) and len(last) - len(end) >= _MIN_ORG_STEM:
                stem = last[: -len(end)]
                forms += [" ".join(words[:-1] + [stem + n]) for n in _ORG_NOMINATIVE]
    return list(dict.fromkeys(forms))


def _clean(name: str) -> str:
    return strip_generic(normalize(name))


def abbreviation(name: str) -> str | None:
    """Initials of a multi-word name: "Kazakhstan Petrochemical Industries"
    -> "kpi", "Банк развития Казахстана" -> "брк". None for short names."""
    return _initials(name, drop_generic=False)


def _initials(name: str, drop_generic: bool) -> str | None:
    words = [w for w in _clean(name).split() if w and w not in _ABBR_SKIP]
    if drop_generic:
        words = [w for w in words if w not in _GENERIC_ORG_WORDS]
    if len(words) < _MIN_ABBR:
        return None
    return "".join(w[0] for w in words)


def _is_abbreviation(name: str) -> bool:
    core = re.sub(r"[\s\-.«»\"']", "", name)
    return 2 <= len(core) <= 8 and core.isupper()


def _org_key(names: list[str]) -> str:
    parts = [v for n in names for v in _variants(n)]
    for p in parts:  # an abbreviation the text gave
        if _is_abbreviation(p):
            return "org:" + _clean(p).replace(" ", "")
    for p in parts:
        abbr = abbreviation(p)
        if abbr:
            return "org:" + abbr
    return "org:" + _clean(parts[0] if parts else "")


def entity_key(type: str, name: str, kb_id: str | None = None, aliases: Iterable[str] = ()) -> str:
    """Identity key of an entity across articles (see the module doc)."""
    type_ = (type or "").upper()
    names = [n for n in (name, *aliases) if n and n.strip()]
    if kb_id:
        return "kb:" + kb_id
    if type_ in _KIND:
        found = linked_id(type_, names)
        if found:
            return "kb:" + found
    if not names:
        return f"{type_.lower() or 'x'}:"
    if type_ == "PER":
        p = _best_person(names)
        return f"per:{p.surname}/{p.first}"
    if type_ == "ORG":
        return _org_key(names)
    return f"{type_.lower()}:" + _clean(names[0])


def _best_person(names: list[str]) -> PersonName:
    """The fullest reading among the names ("Касым-Жомарт Токаев" over "Токаев")."""
    parsed = [parse_person(n) for n in names]
    return max(parsed, key=lambda p: (bool(p.first), bool(p.patronymic), bool(p.surname)))


def same_entity(type: str, a_names: list[str], b_names: list[str]) -> bool:
    """Whether two entities of one type, each given by its names, are one."""
    type_ = (type or "").upper()
    a = [n for n in a_names if n and n.strip()]
    b = [n for n in b_names if n and n.strip()]
    if not a or not b:
        return False
    if type_ == "PER":
        return _same_person(a, b)
    if type_ in _KIND:
        ka, kb = linked_id(type_, a), linked_id(type_, b)
        if ka and kb:
            return ka == kb
    keys_a = {_clean(v) for n in a for v in _variants(n)}
    keys_b = {_clean(v) for n in b for v in _variants(n)}
    if keys_a & keys_b - {""}:
        return True
    if type_ == "ORG":
        return _abbreviation_match(a, b) or _abbreviation_match(b, a)
    if type_ == "LOC":
        return _place_stems_meet(keys_a, keys_b)
    return False


def _abbreviation_match(shorts: list[str], longs: list[str]) -> bool:
    abbrs = {_clean(v).replace(" ", "") for n in shorts for v in _variants(n) if _is_abbreviation(v)}
    if not abbrs:
        return False
    # "CNCEC" keeps the Corporation's C, other abbreviations drop such words
    initials = {_initials(v, drop) for n in longs for v in _variants(n)
                for drop in (False, True)} - {None}
    return bool(abbrs & initials)


def _place_stems_meet(a: set[str], b: set[str]) -> bool:
    sa = set().union(*(stem_keys(k) for k in a if k))
    sb = set().union(*(stem_keys(k) for k in b if k))
    return bool(sa & sb)


def _same_person(a: list[str], b: list[str]) -> bool:
    pa = [parse_person(n) for n in a]
    pb = [parse_person(n) for n in b]
    # Aliases of one entity are one person: pool what they say.
    return compatible(PersonName.pool(pa), PersonName.pool(pb))
