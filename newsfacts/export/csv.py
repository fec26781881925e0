"""CSV that opens cleanly in a spreadsheet: UTF-8 with a byte order mark (so
Excel reads Cyrillic right), CRLF rows, one flat row per record."""
from __future__ import annotations

import csv
from typing import IO

from pydantic import BaseModel

from .flat import rows

BOM = "\ufeff"


def write_csv(records: list[BaseModel], out: IO[str], bom: bool = True) -> int:
    columns, flat = rows(records)
    if bom:
        out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=columns or ["id"], extrasaction="ignore")
    writer.writeheader()
    for row in flat:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return len(flat)
