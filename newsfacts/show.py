"""`newsfacts show`: the facts of an article as a readable terminal report,
one table per fact type, the source sentence under each fact."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .model import Facts


def _ref(r) -> str:
    return r.name if r else ""


def _fmt_num(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ") if x == int(x) else f"{x:,.2f}".replace(",", " ")


def report(facts: Facts, console: Console | None = None) -> None:
    console = console or Console()
    a = facts.article
    title = a.title or a.id
    console.rule(f"[bold]{title}[/bold]" + (f"  ({a.published})" if a.published else ""))

    if facts.entities:
        t = Table(title="Entities", show_lines=False)
        for col in ("type", "name", "aliases", "mentions", "link"):
            t.add_column(col)
        for e in facts.entities:
            t.add_row(e.type, e.name, ", ".join(e.aliases[:4]), str(len(e.mentions)), e.kb_id or "")
        console.print(t)

    if facts.projects:
        t = Table(title="Projects", show_lines=True)
        for col in ("object", "sector", "stage", "location", "companies", "capacity", "investment", "jobs"):
            t.add_column(col, overflow="fold")
        for p in facts.projects:
            cap = "; ".join(f"{_fmt_num(c['value'])} {c['unit']}" + (f" {c['product']}" if c.get("product") else "")
                            for c in p.capacity)
            inv = "; ".join(f"{_fmt_num(i['amount'])} {i['currency']}" for i in p.investment)
            t.add_row(p.name, p.sector or "", p.status or "", _ref(p.location),
                      ", ".join(c.name for c in p.companies), cap, inv, str(p.jobs or ""))
            if p.evidence:
                t.add_row(f"[dim]{p.evidence[0].text.strip()[:300]}[/dim]", "", "", "", "", "", "", "")
        console.print(t)

    if facts.events:
        t = Table(title="Events", show_lines=True)
        for col in ("type", "participants", "date", "place"):
            t.add_column(col, overflow="fold")
        for ev in facts.events:
            t.add_row(ev.type, ", ".join(p.name for p in ev.participants), ev.date or "", _ref(ev.place))
            if ev.evidence:
                t.add_row(f"[dim]{ev.evidence[0].text.strip()[:300]}[/dim]", "", "", "")
        console.print(t)

    for title, said in (("Quotes", facts.quotes), ("Statements (reported speech)", facts.statements)):
        if not said:
            continue
        t = Table(title=title, show_lines=True)
        t.add_column("speaker")
        t.add_column("words", overflow="fold")
        for q in said:
            t.add_row(_ref(q.speaker), q.text)
        console.print(t)
    if not (facts.entities or facts.projects or facts.events or facts.quotes):
        console.print("[dim]no facts found[/dim]")
