"""Fixtures for the web app tests: the sample corpus extracted once per
session and stored in one database per backend (SQLite always, PostgreSQL
when NEWSFACTS_TEST_PG names a server), plus a few hostile articles whose
titles, texts and URLs try to break out of HTML."""
from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_fixtures import db_url, store  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "articles.jsonl"
PG = os.environ.get("NEWSFACTS_TEST_PG")

from serve_hostile import XSS_TEXT, XSS_TITLE, XSS_URL  # noqa: E402


def sample_articles() -> list[dict]:
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def sample_facts():
    """Facts of the samples and of the hostile article (extraction is the slow
    part; storing is fast, so each backend gets its own copy)."""
    from newsfacts.pipeline import extract
    facts = [extract(a["text"], a.get("date"), id=a["id"], title=a.get("title"), url=a.get("url"))
             for a in sample_articles()]
    facts.append(extract(XSS_TEXT, "2025-01-15", id="hostile-1", title=XSS_TITLE, url=XSS_URL))
    return facts


def _pg_schema_url():
    from builders import pg_url
    from sqlalchemy import create_engine, text
    schema = f"serve_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url(PG))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return pg_url(PG, schema), drop


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set NEWSFACTS_TEST_PG=postgresql://... to test PostgreSQL"))]


@pytest.fixture(scope="session", params=BACKENDS)
def filled_store(request, sample_facts, tmp_path_factory):
    """A store holding the samples and the hostile article (read-only tests)."""
    from newsfacts.store import Store
    drop = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('serve') / 'serve.db'}"
    else:
        url, drop = _pg_schema_url()
    s = Store(url)
    for f in sample_facts:
        s.ingest(f)
    yield s
    s.close()
    if drop:
        drop()


@pytest.fixture(scope="session")
def client(filled_store):
    from fastapi.testclient import TestClient
    from newsfacts.serve import create_app
    with TestClient(create_app(store=filled_store), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def ids(client):
    """Ids of a few stored records to open."""
    projects = client.get("/api/projects", params={"limit": 1000}).json()["items"]
    articles = client.get("/api/articles", params={"limit": 1000}).json()["items"]
    entities = client.get("/api/entities", params={"limit": 1000}).json()["items"]
    hostile = next(a["id"] for a in articles if a["ext_id"] == "hostile-1")
    return {"project": projects[0]["id"], "projects": projects, "article": articles[0]["id"],
            "hostile_article": hostile, "entity": entities[0]["id"], "entities": entities}
