"""Readers: files, directories and stdin in, Articles (or ReadErrors) out.

    for label, item in read_inputs(["news/", "extra.jsonl", "-"]):
        if isinstance(item, ReadError): report(item)
        else: process(item)

A bad input never stops the run: it becomes a ReadError item, and the
caller decides whether to skip it or give up.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from newsfacts.model.records import Article
from newsfacts.read.errors import ReadError
from newsfacts.read.html import html_article, read_html
from newsfacts.read.jsonl import jsonl_items, read_json, read_jsonl
from newsfacts.read.text import MAX_BYTES, read_bytes, read_text, text_article, too_large

__all__ = ["ReadError", "read_inputs", "read_file", "read_text", "read_html",
           "read_jsonl", "read_json", "MAX_BYTES", "SUFFIXES"]

SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".json"}  # picked up in directories
STDIN = "<stdin>"

Item = tuple[str, "Article | ReadError"]


def _looks_like_html(data: bytes) -> bool:
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and (b"<html" in head or b"<body" in head)


def _one(label: str, make) -> Iterator[Item]:
    try:
        yield label, make()
    except ReadError as e:
        yield label, e


def read_file(path: str | os.PathLike) -> Iterator[Item]:
    """One file, dispatched by extension, else by content; never raises."""
    name = os.fspath(path)
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm"):
        yield from _one(name, lambda: read_html(name))
    elif suffix == ".jsonl":
        yield from read_jsonl(name)
    elif suffix == ".json":
        yield from read_json(name)
    else:
        def make() -> Article:
            data = read_bytes(name)
            build = html_article if _looks_like_html(data) else text_article
            return build(data, name, Path(name).stem, name)
        yield from _one(name, make)


def _read_dir(root: str) -> Iterator[Item]:
    """Supported files under `root`, recursively, in a stable order.

    Hidden files and folders (".git", editor backups) are skipped.
    """
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for e in errors:
            where = e.filename or folder
            yield where, ReadError(where, f"cannot read: {e.strerror or e}")
        errors.clear()
        for f in sorted(files):
            if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES:
                yield from read_file(os.path.join(folder, f))
    for e in errors:  # the root itself could not be listed
        where = e.filename or root
        yield where, ReadError(where, f"cannot read: {e.strerror or e}")


def _read_stdin(stdin) -> Iterator[Item]:
    if stdin is None:
        stdin = getattr(sys.stdin, "buffer", sys.stdin)
    if stdin is None:
        yield STDIN, ReadError(STDIN, "no standard input")
        return
    data = stdin.read(MAX_BYTES + 1)
    if isinstance(data, str):  # a text stream was passed in
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > MAX_BYTES:
        yield STDIN, ReadError(STDIN, too_large(len(data), "input"))
        return
    if not data.strip():
        yield STDIN, ReadError(STDIN, "empty input")
        return
    lines = data.splitlines()
    if all(line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{") for line in lines if line.strip()):
        yield from jsonl_items(lines, STDIN, "stdin", STDIN)
    elif _looks_like_html(data):
        yield from _one(STDIN, lambda: html_article(data, STDIN, "stdin", STDIN))
    else:
        yield from _one(STDIN, lambda: text_article(data, STDIN, "stdin", STDIN))


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """(label, Article | ReadError) for every article in `paths`.

    "-" is standard input (`stdin`, default sys.stdin's bytes); a folder is
    walked for SUFFIXES; JSON Lines give one item per line, labelled
    "file.jsonl:3". Never raises for a bad input.
    """
    for path in paths:
        label = os.fspath(path)
        try:
            if label == "-":
                yield from _read_stdin(stdin)
            elif os.path.isdir(label):
                yield from _read_dir(label)
            elif not os.path.exists(label):
                yield label, ReadError(label, "no such file")
            else:
                yield from read_file(label)
        except (OSError, ValueError) as e:
            # Reading stdin failed, or a path the OS rejects ("a\0b").
            yield label, ReadError(label, f"cannot read: {getattr(e, 'strerror', None) or e}")
