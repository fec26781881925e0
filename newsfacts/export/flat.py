"""Records as flat rows: nested objects become dotted columns, lists are
joined with "; " (lists of references by their names)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel

SEP = "; "


def _scalar(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name") or value.get("text") or value.get("value")
    return value


def flatten(data: dict, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            out[name] = SEP.join("" if v is None else str(_scalar(v)) for v in value)
        else:
            out[name] = value
    return out


def rows(records: list[BaseModel]) -> tuple[list[str], list[dict[str, Any]]]:
    """Flat rows and the union of their columns, in first-seen order."""
    flat = [flatten(r.model_dump(mode="json")) for r in records]
    columns: dict[str, None] = {}
    for row in flat:
        columns.update(dict.fromkeys(row))
    return list(columns), flat
