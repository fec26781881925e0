"""Records of the fact base: what the store returns and the CLI (`--json`) and
the HTTP API print. Pydantic models, so the API documents them and validates
them; no I/O here.

Two levels live in the store: what each article said (article facts, with
evidence offsets and confidence) and the registry merged from them (one record
per real-world project or entity). Every registry value keeps the sources it
came from.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
# Fields named `date` shadow the type inside their class, where pydantic
# evaluates the annotations: those fields use this alias.
Day = date


class Source(BaseModel):
    """Where a fact was said: an article, and the span and sentence in its text."""
    article_id: int
    title: str | None = None
    url: str | None = None
    published: date | None = None
    start: int | None = None  # character offsets of the evidence in the article text
    end: int | None = None
    sentence: str | None = None  # the sentence the evidence sits in
    sentence_start: int | None = None


class Figure(BaseModel):
    """One reported value of a slot (capacity, investment, jobs) and its source.
    Different articles may report different figures; all are kept."""
    value: float
    unit: str  # capacity unit (MW, t/yr, ...), ISO 4217 currency, or "jobs"
    text: str | None = None  # as written in the article
    source: Source
    current: bool = False  # the value the registry shows for the slot


class StatusChange(BaseModel):
    """The stage an article reported, dated by the article."""
    stage: str  # FORMAT.md status enum
    date: Day | None = None
    source: Source


class MergeRecord(BaseModel):
    """Why an article's project was attached to a registry project."""
    article_project_id: int  # the article-level project row
    article_id: int
    score: float
    reason: str  # e.g. "same sector; same region (Атырауская область); shared company Sinopec"
    manual: bool = False  # set by `newsfacts project merge/split`
    created_at: datetime | None = None


class EntityRef(BaseModel):
    id: int | None = None  # registry entity id where resolved
    name: str
    type: str | None = None


class ProjectSummary(BaseModel):
    id: int
    name: str  # object as the text names it, nominative
    sector: str | None = None
    status: str | None = None  # latest reported stage
    country: str | None = None  # ISO 3166-1 alpha-2
    region: str | None = None
    location: str | None = None  # most specific place named
    lat: float | None = None
    lon: float | None = None
    companies: list[str] = Field(default_factory=list)
    capacity_value: float | None = None
    capacity_unit: str | None = None
    investment_amount: float | None = None
    investment_currency: str | None = None
    jobs: int | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    n_sources: int = 0


class EventRecord(BaseModel):
    id: int
    type: str
    date: Day | None = None
    place: str | None = None
    participants: list[EntityRef] = Field(default_factory=list)
    article_id: int
    source: Source | None = None


class QuoteRecord(BaseModel):
    id: int
    text: str
    speaker: EntityRef | None = None
    article_id: int
    source: Source | None = None


class ProjectDetail(ProjectSummary):
    aliases: list[str] = Field(default_factory=list)  # other names the sources used
    company_refs: list[EntityRef] = Field(default_factory=list)
    history: list[StatusChange] = Field(default_factory=list)  # oldest first
    capacities: list[Figure] = Field(default_factory=list)
    investments: list[Figure] = Field(default_factory=list)
    jobs_reported: list[Figure] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    merges: list[MergeRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)  # from the same articles
    quotes: list[QuoteRecord] = Field(default_factory=list)
    omitted_reports: int = 0  # older reports left out of the lists above (n_sources counts all)


class EntityRecord(BaseModel):
    id: int
    type: str  # PER | ORG | LOC
    name: str
    aliases: list[str] = Field(default_factory=list)
    kb_id: str | None = None  # gazetteer id
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    n_articles: int = 0
    n_mentions: int = 0


class EntityDetail(EntityRecord):
    projects: list[ProjectSummary] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)
    quotes: list[QuoteRecord] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)


class ArticleRecord(BaseModel):
    id: int
    key: str  # content hash
    ext_id: str | None = None  # id the input gave (file name, JSON Lines "id")
    title: str | None = None
    url: str | None = None
    published: date | None = None
    n_entities: int = 0
    n_events: int = 0
    n_projects: int = 0
    n_quotes: int = 0


class ArticleDetail(ArticleRecord):
    text: str
    facts: dict  # the article's facts as `newsfacts extract` prints them (FORMAT.md)


class SearchHit(BaseModel):
    article_id: int
    title: str | None = None
    published: date | None = None
    snippet: str  # plain text around the match; the caller escapes it
    rank: float = 0.0


class Count(BaseModel):
    key: str | None
    count: int


class Stats(BaseModel):
    articles: int = 0
    projects: int = 0
    events: int = 0
    entities: int = 0
    quotes: int = 0
    by_sector: list[Count] = Field(default_factory=list)
    by_status: list[Count] = Field(default_factory=list)
    by_country: list[Count] = Field(default_factory=list)
    by_year: list[Count] = Field(default_factory=list)  # year of first report


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class IngestResult(BaseModel):
    """What storing one article did."""
    article_id: int | None = None
    outcome: str  # new | unchanged | replaced | failed
    facts_added: int = 0
    reason: str | None = None  # for failed
