"""JSON API under /api/. Responses are the registry records
(newsfacts/model/registry.py), the same the CLI prints with `--json`.

Routes are plain `def`: the store is synchronous (SQLAlchemy), so FastAPI
runs them in its thread pool and the event loop stays free.
"""
from __future__ import annotations

import hmac
import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, TypeAdapter, field_validator

from ..model.registry import (
    ArticleDetail, ArticleRecord, EntityDetail, EntityRecord, EventRecord, IngestResult, Page,
    ProjectDetail, ProjectSummary, QuoteRecord, SearchHit, Stats,
)

router = APIRouter(prefix="/api", tags=["read"])
write_router = APIRouter(prefix="/api", tags=["write"])

# Longest accepted article text, in characters: well above any news article,
# and low enough that one request cannot tie up a worker for minutes.
MAX_TEXT = 300_000
# Free-text parameters are short; long values are almost surely abuse.
Text = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]

try:  # the store's own list, so the API documents exactly what it accepts
    from ..store.query_projects import SORTS as _STORE_SORTS
    SORT_KEYS = tuple(sorted(_STORE_SORTS))
except ImportError:  # pragma: no cover - a store without that module
    SORT_KEYS = ("capacity_value", "country", "first_seen", "id", "investment_amount", "last_seen",
                 "n_sources", "name", "sector", "status")
SORT_PATTERN = r"^-?(" + "|".join(SORT_KEYS) + r")$"


def store_of(request: Request):
    from ..store import StoreError
    try:
        return request.app.state.store.get()
    except StoreError as e:
        # the database is missing or down: the server's problem, said plainly
        raise HTTPException(status_code=503, detail=str(e))


def call(fn, *args, **kwargs):
    """A store query. The store refusing a request (StoreError: a filter or
    sort it cannot understand) is the client's mistake, not a server error."""
    from ..store import StoreError
    try:
        return fn(*args, **kwargs)
    except StoreError as e:
        raise HTTPException(status_code=400, detail=str(e) or "bad parameter")


# One record by id, for the API routes and the pages alike: a missing id is a 404.

def project_or_404(request: Request, project_id: int) -> ProjectDetail:
    p = call(store_of(request).project, project_id)
    if p is None:
        raise HTTPException(404, f"no project {project_id}")
    return p


def entity_or_404(request: Request, entity: str) -> EntityDetail:
    """By id ("42") or by name ("Токаев")."""
    key: int | str = int(entity) if entity.isdigit() and len(entity) < 18 else entity
    e = call(store_of(request).entity, key)
    if e is None:
        raise HTTPException(404, f"no entity {entity!r}")
    return e


def article_or_404(request: Request, article_id: int) -> ArticleDetail:
    a = call(store_of(request).article, article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id}")
    return a


_LIST_ADAPTERS: dict = {}


def as_json(value) -> Response:
    """A record (or list of records) serialised by pydantic in one pass.
    Returning a Response skips FastAPI's re-validation of the response
    against `response_model` (the store already built validated records);
    on a page of 100 projects that is most of the request's CPU time.
    `response_model` stays on each route for the OpenAPI schema."""
    if isinstance(value, list):
        kind = type(value[0]) if value else BaseModel
        adapter = _LIST_ADAPTERS.get(kind)
        if adapter is None:
            adapter = _LIST_ADAPTERS[kind] = TypeAdapter(list[kind])
        body = adapter.dump_json(value)
    else:
        body = value.model_dump_json()
    return Response(body, media_type="application/json")


def project_filters(
    country: Annotated[str | None, Query(max_length=64, description="ISO 3166-1 alpha-2 code or name")] = None,
    region: Text = None,
    sector: Annotated[str | None, Query(max_length=64)] = None,
    status: Annotated[str | None, Query(max_length=64)] = None,
    company: Text = None,
    since: Annotated[date | None, Query(description="last reported on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="first reported on or before (YYYY-MM-DD)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in the name or aliases")] = None,
) -> dict[str, Any]:
    return {"country": country or None, "region": region or None, "sector": sector or None,
            "status": status or None, "company": company or None, "since": since, "until": until,
            "q": q or None}


Filters = Annotated[dict, Depends(project_filters)]
Sort = Annotated[str, Query(pattern=SORT_PATTERN, description="column, '-' first for descending")]


@router.get("/projects", response_model=Page[ProjectSummary], summary="Projects of the registry")
def projects(request: Request, filters: Filters, sort: Sort = "-last_seen",
             limit: Limit = 100, offset: Offset = 0):
    return as_json(call(store_of(request).projects, **filters, sort=sort, limit=limit, offset=offset))


@router.get("/projects/{project_id}", response_model=ProjectDetail,
            summary="One project: slots, status history, companies, location, sources")
def project(request: Request, project_id: Annotated[int, Path(ge=1, le=2**62)]):
    return as_json(project_or_404(request, project_id))


@router.get("/map", response_model=list[ProjectSummary],
            summary="Projects with coordinates, for the map (same filters as /api/projects)")
def map_points(request: Request, filters: Filters):
    return as_json(call(store_of(request).map_points, **filters))


@router.get("/events", response_model=Page[EventRecord])
def events(request: Request, type: Annotated[str | None, Query(max_length=64)] = None,
           since: date | None = None, until: date | None = None, participant: Text = None,
           limit: Limit = 100, offset: Offset = 0):
    return as_json(call(store_of(request).events, type=type or None, since=since, until=until,
                        participant=participant or None, limit=limit, offset=offset))


@router.get("/entities", response_model=Page[EntityRecord])
def entities(request: Request, type: Annotated[str | None, Query(pattern=r"^(PER|ORG|LOC)$")] = None,
             q: Text = None, limit: Limit = 100, offset: Offset = 0):
    return as_json(call(store_of(request).entities, type=type, q=q or None, limit=limit, offset=offset))


@router.get("/entities/{entity}", response_model=EntityDetail,
            summary="One entity by id or name: its projects, events and quotes")
def entity(request: Request, entity: Annotated[str, Path(max_length=200)]):
    return as_json(entity_or_404(request, entity))


@router.get("/quotes", response_model=Page[QuoteRecord])
def quotes(request: Request, speaker: Text = None, limit: Limit = 100, offset: Offset = 0):
    return as_json(call(store_of(request).quotes, speaker=speaker or None, limit=limit, offset=offset))


@router.get("/articles", response_model=Page[ArticleRecord])
def articles(request: Request, limit: Limit = 100, offset: Offset = 0):
    return as_json(call(store_of(request).articles, limit=limit, offset=offset))


@router.get("/articles/{article_id}", response_model=ArticleDetail,
            summary="One article: its text and its facts with offsets")
def article(request: Request, article_id: Annotated[int, Path(ge=1, le=2**62)]):
    return as_json(article_or_404(request, article_id))


@router.get("/search", response_model=list[SearchHit], summary="Full-text search over articles")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20):
    return as_json(call(store_of(request).search, q, limit=limit))


@router.get("/stats", response_model=Stats)
def stats(request: Request):
    return as_json(call(store_of(request).stats))


class ExtractIn(BaseModel):
    text: str = Field(max_length=MAX_TEXT, description="article text (plain)")
    published: date | None = Field(None, description="publication date, anchors relative dates")
    title: str | None = Field(None, max_length=1000)

    @field_validator("*")
    @classmethod
    def no_nul(cls, v):
        # PostgreSQL cannot store NUL in text; no real article contains one
        if isinstance(v, str) and "\x00" in v:
            raise ValueError("NUL character in the text")
        return v


class ArticleIn(ExtractIn):
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=200, description="your id for the article")


# Natasha's models are shared objects; extraction is CPU-bound anyway, so
# one at a time costs nothing and rules out surprises from concurrent use.
_extract_lock = threading.Lock()


def _extract(body: ExtractIn, **meta):
    from ..pipeline import extract
    with _extract_lock:
        return extract(body.text, body.published, title=body.title, **meta)


@router.post("/extract", summary="Facts of a text, not stored", tags=["extract"],
             response_description="the facts as `newsfacts extract` prints them, plus the text")
def extract_text(body: ExtractIn) -> dict:
    facts = _extract(body).to_dict()
    facts["text"] = body.text
    return facts


_bearer = HTTPBearer(auto_error=False)


def require_token(request: Request,
                  cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    expected = request.app.state.token
    given = cred.credentials if cred and cred.scheme.lower() == "bearer" else ""
    # constant-time comparison: the token is the only thing guarding writes
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@write_router.post("/articles", response_model=IngestResult, status_code=200,
                   dependencies=[Depends(require_token)],
                   summary="Extract and store an article (only with --allow-writes and the token)")
def add_article(request: Request, body: ArticleIn):
    facts = _extract(body, url=body.url, id=body.id or "")
    result = call(store_of(request).ingest, facts)
    request.app.state.stats_cache = None  # the counts changed
    if request.app.state.response_cache is not None:
        request.app.state.response_cache.clear()
    return as_json(result)
