"""Server-rendered pages. Each page builds one `data` dict of registry
records; the template renders it, and `?format=json` (or `.json`, or an
Accept header preferring JSON) returns the same dict as JSON."""
from __future__ import annotations

import csv
import io
import threading
import time
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, StreamingResponse

from . import api
from .app import wants_json
from .highlight import evidence_in_sentence, fact_notes, fact_spans, render
from .render import templates

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100


def page(request: Request, template: str, data: dict, **ctx):
    if wants_json(request):
        return JSONResponse(jsonable_encoder(data))
    params = dict(request.query_params)
    return templates.TemplateResponse(request, template, {**data, **ctx, "params": params})


class _StatsCache:
    """Filter menus and the home page need the counts on every request;
    they change only when articles are ingested, so a few seconds of
    staleness buys a lot on a large database."""

    ttl = 10.0

    def __init__(self):
        self._value = None
        self._at = 0.0
        self._lock = threading.Lock()

    def get(self, store):
        now = time.monotonic()
        if self._value is None or now - self._at > self.ttl:
            with self._lock:
                if self._value is None or time.monotonic() - self._at > self.ttl:
                    self._value = api.call(store.stats)
                    self._at = time.monotonic()
        return self._value


def stats_of(request: Request):
    cache = getattr(request.app.state, "stats_cache", None)
    if cache is None:
        cache = request.app.state.stats_cache = _StatsCache()
    return cache.get(api.store_of(request))


@router.get("/")
def home(request: Request):
    store = api.store_of(request)
    stats = stats_of(request)
    latest = api.call(store.articles, limit=10, offset=0)
    recent = api.call(store.projects, sort="-last_seen", limit=8, offset=0)
    return page(request, "home.html", {"stats": stats, "latest_articles": latest.items,
                                       "recent_projects": recent.items})


@router.get("/projects")
def projects_page(request: Request, filters: api.Filters, sort: api.Sort = "-last_seen",
                  limit: api.Limit = PAGE_SIZE, offset: api.Offset = 0):
    store = api.store_of(request)
    result = api.call(store.projects, **filters, sort=sort, limit=limit, offset=offset)
    return page(request, "projects.html", {"projects": result, "filters": filters, "sort": sort},
                stats=stats_of(request))


CSV_COLUMNS = ("id", "name", "sector", "status", "country", "region", "location", "lat", "lon",
               "companies", "capacity_value", "capacity_unit", "investment_amount",
               "investment_currency", "jobs", "first_seen", "last_seen", "n_sources")


def _csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        v = "; ".join(map(str, v))
    s = str(v)
    # A cell starting with = + - @ is a formula in spreadsheets; a name from
    # an article must never run as one (CSV injection). Numbers stay numbers.
    if s[:1] in ("=", "+", "-", "@", "\t", "\r") and not isinstance(v, (int, float)):
        s = "'" + s
    return s


@router.get("/projects.csv")
def projects_csv(request: Request, filters: api.Filters, sort: api.Sort = "-last_seen"):
    store = api.store_of(request)
    batch = 1000

    def rows():
        buf = io.StringIO()
        w = csv.writer(buf)
        buf.write("\ufeff")  # BOM: spreadsheets then read the Cyrillic as UTF-8
        w.writerow(CSV_COLUMNS)
        offset = 0
        while True:
            chunk = api.call(store.projects, **filters, sort=sort, limit=batch, offset=offset)
            for p in chunk.items:
                d = p.model_dump()
                w.writerow([_csv_cell(d.get(c)) for c in CSV_COLUMNS])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
            offset += batch
            if offset >= chunk.total or not chunk.items:
                break

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="projects.csv"'})


@router.get("/projects/{project_id}")
def project_page(request: Request, project_id: Annotated[int, Path(ge=1, le=2**62)]):
    p = api.project_or_404(request, project_id)
    terms = [p.name, *p.aliases, *p.companies, *(c.name for c in p.company_refs), p.location or "",
             *(f.text or "" for f in (*p.capacities, *p.investments, *p.jobs_reported))]
    sentences = [evidence_in_sentence(s.sentence, s.sentence_start, s.start, s.end, terms) if s.sentence else None
                 for s in p.sources]
    return page(request, "project.html", {"project": p}, sentences=sentences)


@router.get("/map")
def map_page(request: Request, filters: api.Filters):
    data = {"filters": filters}
    if wants_json(request):
        data["points"] = api.call(api.store_of(request).map_points, **filters)
    return page(request, "map.html", data, stats=stats_of(request))


@router.get("/entities")
def entities_page(request: Request, type: Annotated[str | None, Query(pattern=r"^(PER|ORG|LOC)?$")] = None,
                  q: api.Text = None, limit: api.Limit = PAGE_SIZE, offset: api.Offset = 0):
    result = api.call(api.store_of(request).entities, type=type or None, q=q or None, limit=limit, offset=offset)
    return page(request, "entities.html", {"entities": result, "type": type, "q": q})


@router.get("/entities/{entity}")
def entity_page(request: Request, entity: Annotated[str, Path(max_length=200)]):
    return page(request, "entity.html", {"entity": api.entity_or_404(request, entity)})


@router.get("/events")
def events_page(request: Request, type: Annotated[str | None, Query(max_length=64)] = None,
                participant: api.Text = None, limit: api.Limit = PAGE_SIZE, offset: api.Offset = 0):
    result = api.call(api.store_of(request).events, type=type or None, participant=participant or None,
                      limit=limit, offset=offset)
    return page(request, "events.html", {"events": result, "type": type, "participant": participant})


@router.get("/quotes")
def quotes_page(request: Request, speaker: api.Text = None, limit: api.Limit = PAGE_SIZE,
                offset: api.Offset = 0):
    result = api.call(api.store_of(request).quotes, speaker=speaker or None, limit=limit, offset=offset)
    return page(request, "quotes.html", {"quotes": result, "speaker": speaker})


@router.get("/articles")
def articles_page(request: Request, limit: api.Limit = PAGE_SIZE, offset: api.Offset = 0):
    result = api.call(api.store_of(request).articles, limit=limit, offset=offset)
    return page(request, "articles.html", {"articles": result})


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: Annotated[int, Path(ge=1, le=2**62)]):
    a = api.article_or_404(request, article_id)
    facts = a.facts or {}
    html = render(a.text or "", fact_spans(facts))
    return page(request, "article.html", {"article": a}, text_html=html, notes=fact_notes(facts),
                counts={k: len(facts.get(k) or []) for k in ("entities", "projects", "events", "quotes")})


@router.get("/search")
def search_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                limit: Annotated[int, Query(ge=1, le=200)] = 50):
    hits = api.call(api.store_of(request).search, q, limit=limit) if q and q.strip() else []
    return page(request, "search.html", {"q": q, "hits": hits})


@router.get("/extract")
def extract_page(request: Request):
    return page(request, "extract.html", {"api": "/api/extract"})
