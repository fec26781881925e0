"""JSON Lines: one record per line, as `--json` prints it."""
from __future__ import annotations

from typing import IO, Iterable

from pydantic import BaseModel


def write_jsonl(records: Iterable[BaseModel], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(record.model_dump_json() + "\n")
        n += 1
    return n
