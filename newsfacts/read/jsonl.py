"""JSON Lines (one article object per line) and .json files.

Each line is read on its own, so one bad line costs only that line, and a
large file is streamed rather than loaded whole.
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from newsfacts.model.records import Article
from newsfacts.read.errors import ReadError
from newsfacts.read.text import MAX_BYTES, check_bytes, decode, read_bytes, too_large

Item = tuple[str, "Article | ReadError"]


def _parse_date(value, where: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReadError(where, f"'date' must be an ISO date string, got {value!r}")
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise ReadError(where, f"invalid date {value!r}") from None


def _optional_str(obj: dict, key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # numeric ids are common in exports
    if not isinstance(value, str):
        raise ReadError(where, f"'{key}' must be a string")
    return value


def article_from_object(obj, where: str, default_id: str, source: str) -> Article:
    """One decoded JSON value as an Article; raises ReadError."""
    if not isinstance(obj, dict):
        raise ReadError(where, "expected a JSON object")
    text = obj.get("text")
    if text is None:
        raise ReadError(where, "missing 'text' field")
    if not isinstance(text, str):
        raise ReadError(where, "'text' must be a string")
    if not text.strip():
        raise ReadError(where, "empty 'text' field")
    # "published" is accepted too, so our own JSON output reads back in.
    raw_date = obj.get("date", obj.get("published"))
    return Article(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        id=_optional_str(obj, "id", where) or default_id,
        title=_optional_str(obj, "title", where),
        published=_parse_date(raw_date, where),
        url=_optional_str(obj, "url", where),
        source=source,
    )


def _line_item(raw: bytes, where: str, default_id: str, source: str) -> Article:
    if len(raw) > MAX_BYTES:
        raise ReadError(where, too_large(len(raw), "line"))
    line = decode(raw, where)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ReadError(where, f"malformed JSON ({e.msg}, column {e.colno})") from None
    except (ValueError, RecursionError) as e:  # huge integers, deep nesting
        raise ReadError(where, f"malformed JSON ({e})") from None
    return article_from_object(obj, where, default_id, source)


def jsonl_items(lines: Iterable[bytes], name: str, stem: str, source: str) -> Iterator[Item]:
    """One (label, Article | ReadError) per nonblank line; never raises."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield where, _line_item(raw, where, f"{stem}-{number}", source)
        except ReadError as e:
            yield where, e


def read_jsonl(path: str | Path) -> Iterator[Item]:
    """A .jsonl file, streamed line by line; never raises."""
    name = os.fspath(path)  # labels keep the path exactly as given
    path = Path(path)
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        yield name, ReadError(name, "no such file")
        return
    except OSError as e:
        yield name, ReadError(name, f"cannot read: {e.strerror or e}")
        return
    count = 0
    with f:
        try:
            for item in jsonl_items(f, name, path.stem, name):
                count += 1
                yield item
        except OSError as e:
            yield name, ReadError(name, f"cannot read: {e.strerror or e}")
            return
    if count == 0:
        yield name, ReadError(name, "empty file")


def read_json(path: str | Path) -> Iterator[Item]:
    """A .json file: one object, an array of objects, or JSON Lines after all."""
    name = os.fspath(path)  # labels keep the path exactly as given
    path = Path(path)
    try:
        data = read_bytes(path)
        check_bytes(data, name)
        text = decode(data, name)
    except ReadError as e:
        yield name, e
        return
    try:
        whole = json.loads(text)
    except (ValueError, RecursionError):
        # Many tools write JSON Lines with a .json name.
        yield from jsonl_items(data.splitlines(), name, path.stem, name)
        return
    if isinstance(whole, list):
        for number, obj in enumerate(whole, 1):
            where = f"{name}:{number}"
            try:
                yield where, article_from_object(obj, where, f"{path.stem}-{number}", name)
            except ReadError as e:
                yield where, e
        return
    try:
        yield name, article_from_object(whole, name, path.stem, name)
    except ReadError as e:
        yield name, e
