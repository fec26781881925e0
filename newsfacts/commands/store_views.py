"""Query commands of the fact base: records as JSON (`--json`) or as rich
tables for people."""
from __future__ import annotations

import json
import os
import sys

from .store import _open


def _console():
    from rich.console import Console
    # piped output is not squeezed to 80 columns
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS") or 200)
    return Console(soft_wrap=False, highlight=False, width=width)


def _table(title: str, columns: list[str], rows: list[list], note: str | None = None) -> None:
    from rich.table import Table
    table = Table(title=title, title_justify="left", show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if v is None else str(v) for v in r])
    console = _console()
    console.print(table)
    if note:
        console.print(note)


def _json(obj) -> None:
    sys.stdout.write(obj.model_dump_json(indent=1) + "\n")


def _json_list(items) -> None:
    sys.stdout.write(json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False, indent=1) + "\n")


def _more(page) -> str | None:
    shown = len(page.items)
    if page.offset + shown < page.total:
        return f"{shown} of {page.total} shown (--limit, --offset for more)"
    return None


def _money(amount, currency) -> str | None:
    if amount is None:
        return None
    return f"{amount:,.0f} {currency or ''}".replace(",", " ").strip()


def _figure(value, unit) -> str | None:
    if value is None:
        return None
    return f"{value:,.6g} {unit or ''}".replace(",", " ").strip()


def _with_store(args, fn):
    store = _open(args)
    try:
        return fn(store)
    finally:
        store.close()


def cmd_projects(args) -> int:
    filters = dict(country=args.country, region=args.region, sector=args.sector, status=args.status,
                   company=args.company, since=args.since, until=args.until, q=args.q)

    def run(store):
        page = store.projects(**filters, sort=args.sort, limit=args.limit, offset=args.offset)
        if args.json:
            _json(page)
        elif args.csv:
            from ..export import write_csv
            write_csv(page.items, sys.stdout)
        else:
            _table(f"Projects ({page.total})",
                   ["id", "name", "sector", "status", "country", "location", "capacity", "investment",
                    "companies", "last seen", "sources"],
                   [[p.id, p.name, p.sector, p.status, p.country, p.location,
                     _figure(p.capacity_value, p.capacity_unit),
                     _money(p.investment_amount, p.investment_currency), ", ".join(p.companies),
                     p.last_seen, p.n_sources] for p in page.items], _more(page))
        return 0
    return _with_store(args, run)


def _int(word: str, what: str) -> int:
    try:
        return int(word)
    except ValueError:
        raise ValueError(f"not a {what}: {word!r}")


def cmd_project(args) -> int:
    words = args.words
    if words[0] == "merge":
        if len(words) != 3:
            raise ValueError("usage: newsfacts project merge KEEP OTHER")
        keep, other = _int(words[1], "project id"), _int(words[2], "project id")
        return _with_store(args, lambda s: (s.merge_projects(keep, other),
                                            print(f"merged project {other} into {keep}"))[0] or 0)
    if words[0] == "split":
        if len(words) < 3:
            raise ValueError("usage: newsfacts project split ID ARTICLE_PROJECT_ID...")
        pid = _int(words[1], "project id")
        parts = [_int(w, "article project id") for w in words[2:]]

        def split(store):
            new_id = store.split_project(pid, parts)
            print(f"split article project(s) {', '.join(map(str, parts))} off project {pid} "
                  f"into new project {new_id}")
            return 0
        return _with_store(args, split)
    if len(words) != 1:
        raise ValueError("usage: newsfacts project ID (or merge KEEP OTHER, split ID ARTICLE_PROJECT_ID...)")
    pid = _int(words[0], "project id")

    def show(store):
        d = store.project(pid)
        if d is None:
            raise ValueError(f"no project {pid}")
        if args.json:
            _json(d)
            return 0
        _show_project(d)
        return 0
    return _with_store(args, show)


def _show_project(d) -> None:
    console = _console()
    console.print(f"[bold]#{d.id} {d.name}[/bold]")
    for label, value in [("also called", ", ".join(d.aliases)), ("sector", d.sector), ("status", d.status),
                         ("location", ", ".join(x for x in (d.location, d.region, d.country) if x)),
                         ("coordinates", f"{d.lat}, {d.lon}" if d.lat is not None else None),
                         ("companies", ", ".join(d.companies)),
                         ("capacity", _figure(d.capacity_value, d.capacity_unit)),
                         ("investment", _money(d.investment_amount, d.investment_currency)),
                         ("jobs", d.jobs), ("reported", f"{d.first_seen} – {d.last_seen}, {d.n_sources} article(s)")]:
        if value:
            console.print(f"  {label}: {value}", markup=False)
    if d.history:
        _table("Status history", ["date", "stage", "article", "sentence"],
               [[h.date, h.stage, h.source.article_id, h.source.sentence] for h in d.history])
    figures = [("capacity", f) for f in d.capacities] + [("investment", f) for f in d.investments] + \
              [("jobs", f) for f in d.jobs_reported]
    if figures:
        _table("Figures", ["slot", "value", "current", "date", "article", "sentence"],
               [[k, _figure(f.value, f.unit), "✓" if f.current else "", f.source.published,
                 f.source.article_id, f.source.sentence] for k, f in figures])
    _table("Reports (article projects)", ["article project", "article", "score", "reason", "manual"],
           [[m.article_project_id, m.article_id, f"{m.score:.2f}", m.reason, "yes" if m.manual else ""]
            for m in d.merges])
    seen = set()
    rows = []
    for s in d.sources:
        if (s.article_id, s.start) in seen:
            continue
        seen.add((s.article_id, s.start))
        rows.append([s.article_id, s.published, s.title, s.sentence])
    _table("Sources", ["article", "date", "title", "sentence"], rows)


def cmd_events(args) -> int:
    def run(store):
        page = store.events(type=args.type, since=args.since, until=args.until,
                            participant=args.participant, limit=args.limit, offset=args.offset)
        if args.json:
            _json(page)
        else:
            _table(f"Events ({page.total})", ["id", "date", "type", "participants", "place", "article"],
                   [[e.id, e.date, e.type, ", ".join(p.name for p in e.participants), e.place, e.article_id]
                    for e in page.items], _more(page))
        return 0
    return _with_store(args, run)


def cmd_entities(args) -> int:
    def run(store):
        page = store.entities(type=args.type, q=args.q, limit=args.limit, offset=args.offset)
        if args.json:
            _json(page)
        else:
            _table(f"Entities ({page.total})", ["id", "type", "name", "aliases", "country", "articles", "mentions"],
                   [[e.id, e.type, e.name, ", ".join(e.aliases[:4]), e.country, e.n_articles, e.n_mentions]
                    for e in page.items], _more(page))
        return 0
    return _with_store(args, run)


def cmd_entity(args) -> int:
    def run(store):
        d = store.entity(args.name)
        if d is None:
            raise ValueError(f"no entity {args.name!r}")
        if args.json:
            _json(d)
            return 0
        console = _console()
        console.print(f"[bold]#{d.id} {d.name}[/bold] ({d.type}) — {d.n_articles} article(s), {d.n_mentions} mention(s)")
        if d.aliases:
            console.print(f"  also: {', '.join(d.aliases)}", markup=False)
        if d.projects:
            _table("Projects", ["id", "name", "status", "last seen"],
                   [[p.id, p.name, p.status, p.last_seen] for p in d.projects])
        if d.events:
            _table("Events", ["id", "date", "type", "participants"],
                   [[e.id, e.date, e.type, ", ".join(p.name for p in e.participants)] for e in d.events])
        if d.quotes:
            _table("Quotes", ["id", "article", "text"], [[q.id, q.article_id, q.text] for q in d.quotes])
        _table("Sources", ["article", "date", "title", "as written"],
               [[s.article_id, s.published, s.title, s.sentence] for s in d.sources])
        return 0
    return _with_store(args, run)


def cmd_quotes(args) -> int:
    def run(store):
        page = store.quotes(speaker=args.speaker, limit=args.limit, offset=args.offset)
        if args.json:
            _json(page)
        else:
            _table(f"Quotes ({page.total})", ["id", "speaker", "text", "article"],
                   [[q.id, q.speaker.name if q.speaker else None, q.text, q.article_id] for q in page.items],
                   _more(page))
        return 0
    return _with_store(args, run)


def cmd_search(args) -> int:
    text = " ".join(args.text)

    def run(store):
        hits = store.search(text, limit=args.limit)
        if args.json:
            _json_list(hits)
        else:
            _table(f"Search: {text}", ["article", "date", "title", "snippet"],
                   [[h.article_id, h.published, h.title, h.snippet] for h in hits])
        return 0
    return _with_store(args, run)


def cmd_stats(args) -> int:
    def run(store):
        s = store.stats()
        if args.json:
            _json(s)
            return 0
        _table("Fact base", ["records", "count"],
               [[k, getattr(s, k)] for k in ("articles", "projects", "events", "entities", "quotes")])
        for title, counts in [("Projects by sector", s.by_sector), ("Projects by status", s.by_status),
                              ("Projects by country", s.by_country), ("Projects by year of first report", s.by_year)]:
            if counts:
                _table(title, ["", "projects"], [[c.key or "(none)", c.count] for c in counts])
        return 0
    return _with_store(args, run)


def cmd_export(args) -> int:
    from ..export import export

    def run(store):
        if args.out:
            import os
            tmp = f"{args.out}.part"
            try:
                with open(tmp, "w", encoding="utf-8", newline="") as out:
                    n = export(store, args.format, args.what, out)
                os.replace(tmp, args.out)  # no half-written file under the real name
            except OSError as e:
                raise ValueError(f"cannot write {args.out}: {e.strerror or e}")
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            print(f"{n} {args.what} written to {args.out}", file=sys.stderr)
        else:
            sys.stdout.reconfigure(newline="") if hasattr(sys.stdout, "reconfigure") else None
            export(store, args.format, args.what, sys.stdout)
        return 0
    return _with_store(args, run)
