"""Database fixtures shared by the store, export and command tests: a fresh
database per test on every backend (SQLite always; PostgreSQL when
NEWSFACTS_TEST_PG names a server). Other test folders import this module
from their conftest."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest

from builders import pg_url

PG = os.environ.get("NEWSFACTS_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set NEWSFACTS_TEST_PG=postgresql://... to test PostgreSQL"))]


@contextmanager
def fresh_db(backend: str, folder):
    """The URL of an empty database: a SQLite file in `folder`, or a
    PostgreSQL schema of its own (dropped afterwards), so tests never see
    each other's rows."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'test.db'}"
        return
    from sqlalchemy import create_engine, text
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url(PG))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_url(PG, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    with fresh_db(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url):
    from newsfacts.store import Store
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture(scope="module", params=BACKENDS)
def full(request, tmp_path_factory):
    """A store holding the builders' corpus, shared by a module's read-only tests."""
    from builders import corpus
    from newsfacts.store import Store
    with fresh_db(request.param, tmp_path_factory.mktemp("full")) as url:
        s = Store(url)
        for f in corpus():
            s.ingest(f)
        yield s
        s.close()
