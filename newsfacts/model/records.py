"""Typed records that flow through the pipeline. No I/O here.

Every fact carries `Evidence`: the character spans of the article text it
came from and the span of its sentence, so a user can always go back to the
words that support it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any


def _public_fields(cls) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls) if not f.name.startswith("_"))
    return names


_FIELDS: dict[type, tuple[str, ...]] = {}


def _clean(value: Any) -> Any:
    """Record -> JSON-ready value (dates as ISO strings, no private keys), in
    one pass: `dataclasses.asdict` would copy everything first, and the
    writer of an ingest calls this once per article."""
    if isinstance(value, Record):
        return {k: _clean(getattr(value, k)) for k in _public_fields(type(value))}
    if is_dataclass(value) and not isinstance(value, type):
        return _clean({f.name: getattr(value, f.name) for f in fields(value)})
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if not (isinstance(k, str) and k.startswith("_"))}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


class Record:
    def to_dict(self) -> dict:
        return _clean(self)


@dataclass
class Article(Record):
    text: str
    id: str = ""
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None  # file path or other origin


@dataclass
class Evidence(Record):
    start: int
    end: int
    text: str
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass
class Money(Record):
    amount: float
    currency: str  # ISO 4217
    start: int = 0
    end: int = 0
    text: str = ""
    approx: bool = False
    low: float | None = None  # for ranges "от 2 до 3 млрд": amount is the upper bound
    high: float | None = None


@dataclass
class Quantity(Record):
    value: float
    unit: str  # MW, t/yr, m3/yr, bbl/d, t/d, km, ha, MWh/yr, jobs, ...
    start: int = 0
    end: int = 0
    text: str = ""
    approx: bool = False


@dataclass
class Mention(Record):
    """One occurrence of an entity in the text."""
    start: int
    end: int
    text: str
    normal: str


@dataclass
class Entity(Record):
    id: str
    type: str  # PER | ORG | LOC
    name: str  # canonical, nominative
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.8
    kb_id: str | None = None  # gazetteer id where linked
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Ref(Record):
    """A reference from a fact to an entity of the same article."""
    name: str
    id: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Event(Record):
    id: str
    type: str  # meeting | talks | visit | call | signing | ...
    participants: list[Ref] = field(default_factory=list)
    date: str | None = None  # YYYY-MM-DD
    place: Ref | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.6


@dataclass
class Project(Record):
    id: str
    name: str
    sector: str | None = None
    status: str | None = None
    location: Ref | None = None
    companies: list[Ref] = field(default_factory=list)
    capacity: list[dict] = field(default_factory=list)  # {"value", "unit"}
    investment: list[dict] = field(default_factory=list)  # {"amount", "currency"}
    jobs: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.6


@dataclass
class Quote(Record):
    id: str
    text: str
    speaker: Ref | None = None
    start: int = 0
    end: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.7
    # direct: words in quotation marks or dash-led speech; reported: "по
    # словам X, ..."; statement: "X отметил, что ..." (kept apart in
    # Facts.statements: the words are the writer's, not the speaker's)
    kind: str = "direct"


@dataclass
class Facts(Record):
    """Everything extracted from one article."""
    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Quote] = field(default_factory=list)  # "X отметил, что ..."

    def to_dict(self) -> dict:
        out = super().to_dict()
        art = out.pop("article")
        out = {"id": art.get("id"), "title": art.get("title"),
               "published": art.get("published"), "url": art.get("url"),
               "source": art.get("source"), **out}
        return out
