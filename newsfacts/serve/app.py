"""The web app: `create_app()` builds the FastAPI application that
`newsfacts serve` runs under uvicorn and the tests drive with TestClient.

One store per application, opened on first use (so that importing or
building the app never touches the database, and a missing database shows
up as a clear error on the first request rather than at import time).
"""
from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .cache import MicroCacheMiddleware, ResponseCache
from .middleware import (BodyLimitMiddleware, JsonSuffixMiddleware,
                         SecurityHeadersMiddleware, ServerTimingMiddleware)
from .render import templates, vendor_ready

log = logging.getLogger("newsfacts.serve")

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"

# Article texts are at most a few hundred KB; 2 MB leaves room for JSON
# overhead while keeping a hostile client from making us buffer gigabytes.
MAX_BODY = 2_000_000


class StoreHolder:
    """Opens the store lazily, once, under a lock (uvicorn runs sync routes
    in a thread pool, so two first requests may arrive together)."""

    def __init__(self, url: str | None, store=None):
        self.url = url
        self._store = store
        self._owned = store is None
        self._lock = threading.Lock()

    def get(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from ..store import Store
                    self._store = Store(self.url)
        return self._store

    def close(self) -> None:
        if self._store is not None and self._owned:
            self._store.close()
            self._store = None


def wants_json(request: Request) -> bool:
    """The JSON twin of a page: `?format=json`, a `.json` suffix (rewritten by
    the middleware into the former) or an Accept header preferring JSON."""
    fmt = request.query_params.get("format")
    if fmt:
        return fmt.lower() == "json"
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def create_app(store_url: str | None = None, allow_writes: bool = False, token: str | None = None,
               *, store=None, max_body: int = MAX_BODY, cache_ttl: float = 0.0) -> FastAPI:
    """The application. `store` (an open Store) is for tests and embedding;
    otherwise the store at `store_url` (or $NEWSFACTS_DB) is opened on first use.
    `cache_ttl` > 0 keeps GET responses that many seconds (see MicroCacheMiddleware)."""
    if allow_writes and not token:
        raise ValueError("--allow-writes needs --token: writes are only accepted with a bearer token")

    holder = StoreHolder(store_url, store)

    @asynccontextmanager
    async def lifespan(app):
        yield
        holder.close()

    app = FastAPI(
        title="newsfacts",
        version=__version__,
        description="Projects, events, entities and quotes from Russian news, with their sources. "
                    "Every HTML page also answers with JSON (`?format=json`).",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.store = holder
    app.state.allow_writes = allow_writes
    app.state.token = token

    # Order: the last added runs first. The body limit must see the raw
    # request before anything buffers it.
    # level 5: most of the size win of 9 at a fraction of the CPU per response
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.state.response_cache = None
    if cache_ttl > 0:
        # outside gzip, so a hit skips compression too
        app.state.response_cache = ResponseCache(cache_ttl)
        app.add_middleware(MicroCacheMiddleware, cache=app.state.response_cache,
                           version=lambda: holder.get().revision())
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(JsonSuffixMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(ServerTimingMiddleware)

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    from . import api, pages
    app.include_router(api.router)
    if allow_writes:
        app.include_router(api.write_router)
    app.include_router(pages.router)

    @app.get("/api/docs", include_in_schema=False)
    def api_docs():
        # FastAPI's default page pulls Swagger UI from a CDN; ours is served
        # from the package (built by scripts/build_assets.py).
        if not vendor_ready("swagger-ui/swagger-ui-bundle.js"):
            return HTMLResponse("<!doctype html><title>API docs</title><p>Swagger UI is not built "
                                "(run <code>python scripts/build_assets.py</code>). The schema is at "
                                "<a href=\"/api/openapi.json\">/api/openapi.json</a>.</p>")
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json", title="newsfacts API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg")

    _install_error_handlers(app)
    return app


CONFIG_ENV = "NEWSFACTS_SERVE_CONFIG"


def app_from_env() -> FastAPI:
    """The app from the JSON settings `newsfacts serve --workers N` leaves in
    the environment: each uvicorn worker process builds its own app (and
    its own database connections) from them."""
    import json
    import os
    cfg = json.loads(os.environ.get(CONFIG_ENV) or "{}")
    return create_app(cfg.get("store_url"), allow_writes=bool(cfg.get("allow_writes")), token=cfg.get("token"),
                      cache_ttl=float(cfg.get("cache_ttl") or 0.0))


def _error(request: Request, status: int, detail, title: str | None = None):
    if wants_json(request):
        return JSONResponse({"detail": jsonable_encoder(detail)}, status_code=status)
    message = detail if isinstance(detail, str) else "The request's parameters are not valid."
    problems = []
    if isinstance(detail, list):
        for d in detail:
            if isinstance(d, dict):
                loc = ".".join(str(x) for x in d.get("loc", ()) if x not in ("query", "path", "body"))
                problems.append(f"{loc}: {d.get('msg')}")
    return templates.TemplateResponse(request, "error.html", {
        "status": status, "title": title or {404: "Not found", 422: "Bad parameters"}.get(status, "Error"),
        "message": message, "problems": problems, "params": dict(request.query_params)},
        status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        resp = _error(request, exc.status_code, exc.detail)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type", "input")} for e in exc.errors()]
        return _error(request, 422, errors)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        # Logged with its traceback on the server; the client learns only
        # that it failed (a traceback would disclose code and data paths).
        log.exception("error serving %s %s", request.method, request.url.path)
        return _error(request, 500, "internal server error", "Server error")
