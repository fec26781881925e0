"""The migrations build exactly the tables the code describes."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from newsfacts.store.schema import metadata


def _ours(diff) -> bool:
    """Differences that are not the search structures the migration adds by
    hand (FTS5 tables on SQLite, the tsvector column and index on PostgreSQL)."""
    text = repr(diff)
    return not any(name in text for name in ("articles_fts", "'tsv'", "ix_articles_tsv", "alembic_version"))


def test_migrations_match_schema(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d for d in diffs if _ours(d)] == []
