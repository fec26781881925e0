"""Plain-text files: size and content checks, encoding detection.

Only UTF-8 (with or without BOM) and CP1251 are accepted: they cover
practically all Russian news dumps, and a narrow set lets us say clearly
when a file is something else instead of returning mojibake.
"""
from __future__ import annotations

import os
from pathlib import Path

from newsfacts.model.records import Article
from newsfacts.read.errors import ReadError

MAX_BYTES = 5_000_000

# Control bytes that never occur in text; \t \n \v \f \r and ESC are allowed.
_CONTROL = set(range(32)) - {9, 10, 11, 12, 13, 27} | {127}
# Characters a CP1251 reading of Russian text is made of, beyond ASCII.
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
               "«»—–…№„“”‘’•·°±§©®™\u00a0")


def too_large(size: int, what: str = "file") -> str:
    return f"{what} too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:g} MB limit)"


def read_bytes(path: str | Path, where: str | None = None) -> bytes:
    """File content, refusing oversize files before reading them."""
    where = where or str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ReadError(where, too_large(size))
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReadError(where, "no such file") from None
    except IsADirectoryError:
        raise ReadError(where, "is a directory") from None
    except OSError as e:
        raise ReadError(where, f"cannot read: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:  # grew while we looked, or a special file
        raise ReadError(where, too_large(len(data)))
    return data


def check_bytes(data: bytes, where: str) -> None:
    """Refuse content that is empty, oversize or binary."""
    if len(data) > MAX_BYTES:
        raise ReadError(where, too_large(len(data)))
    if not data.strip():
        raise ReadError(where, "empty file")
    sample = data[:65536]
    if b"\x00" in sample:
        raise ReadError(where, "binary file, not text")
    controls = sum(1 for b in sample if b in _CONTROL)
    if controls > 0.05 * len(sample):
        raise ReadError(where, "binary file, not text")


def _looks_russian(text: str) -> bool:
    # Any byte string without 0x98 "decodes" as CP1251, so also ask whether
    # the non-ASCII part reads as Russian letters and typography.
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return True
    return sum(c in _RUSSIAN for c in extra) >= 0.9 * len(extra)


def decode(data: bytes, where: str) -> str:
    """UTF-8 (BOM dropped) first, then CP1251; newlines become \\n.

    Nothing else is changed, so offsets into the result stay meaningful.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise ReadError(where, "cannot decode as UTF-8 or CP1251") from None
        if not _looks_russian(text):
            raise ReadError(where, "cannot decode as UTF-8 or CP1251")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_article(data: bytes, where: str, id: str, source: str) -> Article:
    check_bytes(data, where)
    text = decode(data, where)
    if not text.strip():
        raise ReadError(where, "empty file")
    # No title: the first line of a text dump is as often a dateline or a
    # rubric as a headline, and a wrong title is worse than none.
    return Article(text=text, id=id, source=source)


def read_text(path: str | Path) -> Article:
    """A plain-text file as an Article; raises ReadError."""
    name = os.fspath(path)
    return text_article(read_bytes(name), name, Path(name).stem, name)
