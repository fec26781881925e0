"""Person names split into surname, first name and patronymic, and the rule
that decides whether two people are one.

A person is one with another when they share a surname and nothing they
say contradicts: "Токаев" ~ "Касым-Жомарт Токаев" ~ "К. Токаев", but
"Алексей Миллер" !~ "Михаил Миллер".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..link.gazetteer import normalize

_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|улы|уулу|кызы|оглы|угли|кизи)$")
_RU_SURNAME = re.compile(r"(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|енко|ук|юк|ян|дзе|швили)$")
# Endings that mark a surname beyond doubt ("-ин" is also Chinese: Цзиньпин).
_SLAVIC_SURNAME = re.compile(r"(?:ов|ев|ова|ева|ский|ская|цкий|цкая|енко)$")
# Mongolian names: a patronymic in the genitive, then the name used alone
# ("Ухнаагийн Хурэлсух" is "Хурэлсух").
_MONGOL_GENITIVE = re.compile(r"(?:ийн|ийна|гийн)$")
# Chinese and Korean names put the family name first ("Си Цзиньпин" is Си).
_EAST_ASIAN_SURNAMES = set("""
си ли ван чжан лю чэнь ян хуан чжао чжоу сюй сунь ма ху го хэ линь гао ло чжэн лян се тан хань
цао фэн дэн сяо пэн цзэн тянь дун пань юань цай цзян юй ду чэн вэй су лу дин жэнь шэнь яо цзинь
вэнь мэн бай инь кун ким пак чхве чон юн мун кан чо ан
""".split())


@dataclass(frozen=True)
class PersonName:
    surname: str
    first: str = ""
    patronymic: str = ""

    @staticmethod
    def pool(names: Iterable["PersonName"]) -> "PersonPool":
        pool = PersonPool()
        for n in names:
            if n.surname:
                pool.surnames.add(n.surname)
            if n.first:
                pool.firsts.add(n.first)
            if n.patronymic:
                pool.patronymics.add(n.patronymic)
        return pool


@dataclass
class PersonPool:
    surnames: set[str] = field(default_factory=set)
    firsts: set[str] = field(default_factory=set)
    patronymics: set[str] = field(default_factory=set)


def parse_person(name: str) -> PersonName:
    tokens = normalize(name).split()
    if not tokens:
        return PersonName("")
    if len(tokens) == 1:
        return PersonName(tokens[0])
    first, last = tokens[0], tokens[-1]
    if first in _EAST_ASIAN_SURNAMES and not _SLAVIC_SURNAME.search(last):
        return PersonName(first, " ".join(tokens[1:]))
    if len(tokens) == 2 and _MONGOL_GENITIVE.search(first):
        return PersonName(last, "", first)
    if len(tokens) >= 3 and _PATRONYMIC.search(last) and not _PATRONYMIC.search(tokens[1]):
        return PersonName(first, tokens[1], last)  # "Токаев Касым-Жомарт Кемелевич"
    if len(tokens) >= 3 and _PATRONYMIC.search(tokens[1]):
        return PersonName(last, first, tokens[1])
    if len(tokens) == 2 and _RU_SURNAME.search(first) and not _RU_SURNAME.search(last) \
            and len(last) > 1:
        return PersonName(first, last)  # "Токаев Касым-Жомарт"
    return PersonName(last, first, " ".join(tokens[1:-1]))


def _names_agree(a: set[str], b: set[str]) -> bool:
    """Two sets of first names (or patronymics) do not contradict: one is
    empty, or some pair is equal, an initial of the other, or a part of a
    hyphenated name ("касым" in "касым-жомарт")."""
    if not a or not b:
        return True
    return any(_one_agrees(x, y) for x in a for y in b)


def _one_agrees(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x in y.split("-") or y in x.split("-")


def compatible(a: PersonPool, b: PersonPool) -> bool:
    if not (a.surnames & b.surnames):
        return False
    return _names_agree(a.firsts, b.firsts) and _names_agree(a.patronymics, b.patronymics)
