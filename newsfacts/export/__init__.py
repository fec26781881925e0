"""Exports of the fact base: CSV, JSON Lines and GeoJSON.

Writers take records (the pydantic models of `newsfacts.model.registry`) and
a text stream; `export` reads them from a Store.
"""
from __future__ import annotations

from typing import IO

from .csv import write_csv
from .geojson import feature_collection, write_geojson
from .jsonl import write_jsonl

FORMATS = ("csv", "jsonl", "geojson")
WHAT = ("projects", "events", "entities", "quotes")
BATCH = 500


def _all(fetch, **kw):
    """Every record of a paged store query."""
    offset = 0
    while True:
        page = fetch(limit=BATCH, offset=offset, **kw)
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def records(store, what: str, detail: bool = False):
    if what == "projects":
        summaries = _all(store.projects, sort="id")
        if detail:
            return (store.project(p.id) for p in summaries)
        return summaries
    fetch = {"events": store.events, "entities": store.entities, "quotes": store.quotes}.get(what)
    if fetch is None:
        raise ValueError(f"cannot export {what!r}; one of: {', '.join(WHAT)}")
    return _all(fetch)


def export(store, fmt: str, what: str, out: IO[str]) -> int:
    """Write every `what` record of the store to `out`; returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    if fmt == "geojson":
        if what != "projects":
            raise ValueError("GeoJSON exports projects only (they have coordinates)")
        return write_geojson(records(store, "projects"), out)
    if fmt == "jsonl":
        return write_jsonl(records(store, what, detail=True), out)
    return write_csv(list(records(store, what)), out)


__all__ = ["FORMATS", "WHAT", "export", "feature_collection", "write_csv", "write_geojson", "write_jsonl"]
