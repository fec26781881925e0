"""Store tests run on every backend: see store_fixtures."""
from store_fixtures import db_url, full, store  # noqa: F401
