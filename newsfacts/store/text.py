"""Small text helpers shared by the store's writers and readers."""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def norm(value: str | None) -> str:
    """Case- and ё-insensitive form for comparisons (SQLite's lower() is ASCII only)."""
    return (value or "").casefold().replace("ё", "е").strip()


def words(value: str | None) -> list[str]:
    return _WORD.findall(norm(value))
