"""Fact base commands: fill the store, query it, correct it, export it.

    newsfacts ingest PATH|DIR|-... [--db URL] [--workers N]
    newsfacts db upgrade
    newsfacts projects [--country --region --sector --status --company --since --until] [--json|--csv]
    newsfacts project ID | project merge KEEP OTHER | project split ID ARTICLE_PROJECT_ID...
    newsfacts events | entities [--type] | entity NAME|ID | quotes [--speaker]
    newsfacts search TEXT | stats
    newsfacts export --format csv|jsonl|geojson [--what projects|events|entities|quotes] [--out PATH]

Every command takes --db (default $NEWSFACTS_DB, else sqlite:///newsfacts.db
in the working directory); every query command takes --json.
"""
from __future__ import annotations

import argparse
import sys

from . import iso_date


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return n


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number >= 0: {value!r}")
    return n


def _err(msg: str) -> None:
    print(f"newsfacts: error: {msg}", file=sys.stderr)


def _guarded(func):
    """Database and request errors end in one line and exit code 2."""
    def run(args) -> int:
        from sqlalchemy.exc import SQLAlchemyError
        from ..store import StoreError
        try:
            return func(args)
        except (StoreError, ValueError) as e:
            _err(str(e))
        except SQLAlchemyError as e:
            orig = getattr(e, "orig", None) or e
            _err(f"database: {(str(orig).strip().splitlines() or [type(orig).__name__])[0]}")
        return 2
    return run


def _open(args):
    from ..store import Store
    return Store(args.db)


def _common(p: argparse.ArgumentParser, json: bool = True) -> None:
    p.add_argument("--db", metavar="URL", help="database URL or SQLite file (default: $NEWSFACTS_DB or newsfacts.db)")
    if json:
        p.add_argument("--json", action="store_true", help="print the records as JSON")


def _paging(p: argparse.ArgumentParser, limit: int = 100) -> None:
    p.add_argument("--limit", type=_count, default=limit, help=f"at most this many (default {limit})")
    p.add_argument("--offset", type=_count, default=0)


def _one_line_errors(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Usage mistakes end in one line (and exit code 2), not a usage dump."""
    def error(message: str):
        parser.exit(2, f"{parser.prog}: error: {message} (see --help)\n")
    parser.error = error  # type: ignore[method-assign]
    return parser


def register(sub) -> None:
    from . import store_views as views

    add = sub.add_parser

    def parser(name: str, **kw) -> argparse.ArgumentParser:
        return _one_line_errors(add(name, **kw))

    p = parser("ingest", help="extract articles and store their facts in the fact base")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text, HTML or JSON Lines files, directories, or - for stdin")
    p.add_argument("--workers", type=_positive, default=1,
                   help="extraction processes, working while this one writes (default 1)")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _common(p, json=False)
    p.set_defaults(func=_guarded(cmd_ingest))

    p = parser("db", help="database maintenance")
    dsub = p.add_subparsers(dest="db_command", required=True)
    u = _one_line_errors(dsub.add_parser("upgrade", help="apply schema migrations (also done on every open)"))
    _common(u, json=False)
    u.set_defaults(func=_guarded(cmd_db_upgrade))

    p = parser("projects", help="list registry projects")
    for name in ("country", "region", "sector", "status", "company"):
        p.add_argument(f"--{name}")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="reported on or after")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="first reported on or before")
    p.add_argument("-q", "--query", dest="q", help="words in the project's names")
    p.add_argument("--sort", default="-last_seen", help="field, - for descending (default -last_seen)")
    _paging(p)
    _common(p)
    p.add_argument("--csv", action="store_true", help="print CSV")
    p.set_defaults(func=_guarded(views.cmd_projects))

    p = parser("project", help="one project (ID), or correct the registry: merge KEEP OTHER, split ID ARTICLE_PROJECT_ID...")
    p.add_argument("words", nargs="+", metavar="ID|merge|split", help="ID, or merge KEEP OTHER, or split ID ARTICLE_PROJECT_ID...")
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_project))

    p = parser("events", help="list events")
    p.add_argument("--type")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--participant")
    _paging(p)
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_events))

    p = parser("entities", help="list registry entities")
    p.add_argument("--type", type=str.upper, choices=["PER", "ORG", "LOC"])
    p.add_argument("-q", "--query", dest="q", help="words in the entity's names")
    _paging(p)
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_entities))

    p = parser("entity", help="one entity by name or id, with its projects, events, quotes and sources")
    p.add_argument("name", metavar="NAME|ID")
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_entity))

    p = parser("quotes", help="list quotes")
    p.add_argument("--speaker")
    _paging(p)
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_quotes))

    p = parser("search", help="full-text search over the stored articles")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument("--limit", type=_count, default=20)
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_search))

    p = parser("stats", help="counts of the fact base")
    _common(p)
    p.set_defaults(func=_guarded(views.cmd_stats))

    p = parser("export", help="export the fact base as CSV, JSON Lines or GeoJSON")
    p.add_argument("--format", required=True, choices=["csv", "jsonl", "geojson"])
    p.add_argument("--what", default="projects", choices=["projects", "events", "entities", "quotes"])
    p.add_argument("--out", metavar="PATH", help="file to write (default: standard output)")
    _common(p, json=False)
    p.set_defaults(func=_guarded(views.cmd_export))


def cmd_ingest(args) -> int:
    from ..batch.ingest import ingest_paths

    store = _open(args)
    try:
        summary = ingest_paths(store, args.paths, workers=args.workers, published=args.date,
                               progress=not args.quiet)
    finally:
        store.close()
    for label, reason in summary.failures:
        print(f"failed: {label}: {reason}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.failed else 0


def cmd_db_upgrade(args) -> int:
    store = _open(args)
    store.close()
    print(f"schema up to date: {store.engine.url.render_as_string(hide_password=True)}")
    return 0
