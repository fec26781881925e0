"""The store's only door to `newsfacts.registry`: how article projects map to
registry projects, how entities resolve across articles, which figure is
current. The decisions live in the registry package; this module converts
between stored rows and its types.

ProjectView is kept as JSON on each article project and registry project, so
matching a new article never re-reads old articles.
"""
from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from datetime import date
from typing import Any

from ..registry import entities as _entities
from ..registry import match as _match
from ..registry import places as _places
from ..registry import values as _values

ProjectView = _match.ProjectView
Match = _match.Match
project_view = _match.project_view
merge_views = _match.merge_views
blocking_keys = _match.blocking_keys
best_match = _match.best_match
entity_key = _entities.entity_key
same_entity = _entities.same_entity
current_index = _values.current_index
status_history = _values.status_history
# a view's region and location are gazetteer ids or normalised names: this
# gives the name to show
place_label = _places.label
place_entry = _places.entry  # gazetteer entry (with lat/lon) of an id, or None



def _encode(value: Any) -> Any:
    if isinstance(value, frozenset):
        return {"$set": sorted((_encode(v) for v in value), key=repr)}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "$set" in value:
            return frozenset(_decode(v) for v in value["$set"])
        if "$tuple" in value:
            return tuple(_decode(v) for v in value["$tuple"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        return {k: _decode(v) for k, v in value.items()}
    return value


def view_to_json(view: ProjectView) -> str:
    data = {f.name: _encode(getattr(view, f.name)) for f in dataclasses.fields(view)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=200_000)
def view_from_json(text: str) -> ProjectView:
    """Cached: a registry project of many reports decodes its members' views
    on every update, and views are immutable."""
    data = _decode(json.loads(text))
    known = {f.name for f in dataclasses.fields(ProjectView)}
    return ProjectView(**{k: v for k, v in data.items() if k in known})
