"""Engines and schema upgrades. SQLite gets WAL and foreign keys on every
connection; PostgreSQL goes through psycopg 3."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_URL = "sqlite:///newsfacts.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """A database that cannot be opened or a request the store refuses."""


def resolve_url(url: str | None) -> str:
    url = url or os.environ.get("NEWSFACTS_DB") or DEFAULT_URL
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    # "postgresql://" alone would pick psycopg2; we ship psycopg 3
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str | None) -> Engine:
    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r}")
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot open database {path}: no such directory {parent}")
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN and breaks
        # SAVEPOINT; we emit BEGIN ourselves. Writers take the write lock at
        # once (IMMEDIATE), so two writers wait for each other instead of
        # one failing when it upgrades a read lock.
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql://")
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writing") else "BEGIN")


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # see the "begin" listener above
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    # WAL: readers do not block the writer; a killed writer loses only its
    # open transaction. NORMAL is durable across process crashes in WAL mode.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _head_revision() -> str | None:
    """The newest migration's id, read off the files: the revision no other
    migration names as its parent."""
    import re
    revs, parents = set(), set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        text = f.read_text(encoding="utf-8")
        r = re.search(r'^revision\s*(?::\s*str)?\s*=\s*["\']([^"\']+)', text, re.M)
        d = re.search(r'^down_revision\s*(?::[^=]*)?=\s*["\']([^"\']+)', text, re.M)
        if r:
            revs.add(r.group(1))
        if d:
            parents.add(d.group(1))
    heads = revs - parents
    return heads.pop() if len(heads) == 1 else None


def _at_head(engine: Engine) -> bool:
    """Is the database already at the newest migration? Checked with one
    query, so that opening an up-to-date database does not load Alembic."""
    from sqlalchemy import inspect, text
    head = _head_revision()
    if head is None:
        return False
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row is not None and row[0] == head


def upgrade(engine: Engine, force: bool = False) -> None:
    """Apply the package's Alembic migrations up to head."""
    if not force and _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
