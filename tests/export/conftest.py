"""Reuse the store tests' database fixtures and builders."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_fixtures import db_url, full, store  # noqa: E402,F401
