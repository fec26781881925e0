"""Command line: thin commands over plain functions.

    newsfacts extract PATH... [--out DIR] [--date YYYY-MM-DD] [--pretty]
    newsfacts show PATH
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from . import __version__
from .commands import iso_date
from .compute import one_blas_thread


def _err(msg: str) -> None:
    print(f"newsfacts: error: {msg}", file=sys.stderr)


def _safe_name(article_id: str) -> str:
    name = "".join(ch if ch.isalnum() or ch in "-_.:" else "_" for ch in article_id)
    return name.replace(":", "-").strip(".") or "article"


def cmd_extract(args) -> int:
    from .batch.run import iter_facts

    out_dir = Path(args.out) if args.out else None
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            _err(f"cannot create output directory {out_dir}: {e.strerror}")
            return 2
    failures = 0
    indent = 1 if args.pretty else None
    for label, result in iter_facts(args.paths, published=args.date, progress=not args.quiet):
        if isinstance(result, Exception):
            failures += 1
            _err(_describe(label, result))
            continue
        data = result.to_dict()
        line = json.dumps(data, ensure_ascii=False, indent=indent)
        if out_dir:
            (out_dir / f"{_safe_name(result.article.id)}.json").write_text(line + "\n", encoding="utf-8")
        else:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    if failures:
        _err(f"{failures} input(s) failed")
        return 1
    return 0


def _describe(label: str, exc: Exception) -> str:
    """One line naming the input: read errors name their file themselves."""
    from .read.errors import ReadError
    if isinstance(exc, ReadError):
        return str(exc)
    return f"{label}: {type(exc).__name__}: {exc}"


def cmd_show(args) -> int:
    from .batch.run import iter_facts
    from .show import report

    failures = 0
    for label, result in iter_facts(args.paths, published=args.date, progress=False):
        if isinstance(result, Exception):
            failures += 1
            _err(_describe(label, result))
            continue
        report(result)
    return 1 if failures else 0


_COMMAND_MODULES: tuple[str, ...] = ("store", "serve")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsfacts", description="Structured, sourced facts from Russian news.")
    p.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract facts from articles to JSON")
    e.add_argument("paths", nargs="+", metavar="PATH", help="text, HTML or JSON Lines files, directories, or - for stdin")
    e.add_argument("--out", metavar="DIR", help="write one <id>.json per article into DIR (default: JSON Lines to stdout)")
    e.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    e.add_argument("--pretty", action="store_true", help="indented JSON")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("show", help="print facts as a readable report")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
    s.set_defaults(func=cmd_show)

    # Commands of the fact base and the web app live beside the code they
    # drive; each module registers its subcommands and imports lazily.
    for name in _COMMAND_MODULES:
        importlib.import_module(f"{__package__}.commands.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    one_blas_thread()  # before numpy loads; see newsfacts/compute.py
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # stdout closed early (e.g. piped into head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
