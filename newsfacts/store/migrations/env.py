"""Alembic environment: the store passes its own connection in
`config.attributes["connection"]`; no alembic.ini, no logging setup."""
from alembic import context

from newsfacts.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through newsfacts.store (newsfacts db upgrade)")
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
