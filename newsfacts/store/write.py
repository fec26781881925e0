"""Storing one article's facts: the article level rows, then the registry
rows they touch. Everything here runs inside the caller's transaction."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, or_, select
from sqlalchemy.engine import Connection

from ..model import Article, Facts
from ..model.registry import IngestResult
from . import sync_entities, sync_projects
from . import schema as t
from .text import norm


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def content_key(article: Article) -> str:
    """The article's identity: a hash of its text alone, so the same text read
    from a .txt file (no title) and from JSON Lines (with one) is one article."""
    return hashlib.sha256((article.text or "").encode("utf-8", "surrogatepass")).hexdigest()


def _derived_id(article: Article) -> bool:
    """True when the reader made the id up from the file name ("a.txt" -> "a",
    "feed.jsonl" line 3 -> "feed-3"): such ids only identify an article
    together with its file, or two "index.html" in different folders would
    replace each other."""
    if not article.id or not article.source:
        return False
    stem = Path(article.source).stem
    return article.id == stem or re.fullmatch(re.escape(stem) + r"-\d+", article.id) is not None


_a = t.articles
_BY_KEY = select(_a.c.id).where(_a.c.key == bindparam("key"))
# The stored article with the same text, or those a changed version of it
# replaces (same url, or same id; an id the reader derived from the file
# name only within the same file): one query for both, built once.
_SAME_OR_OLDER = {
    derived: select(_a.c.id, _a.c.key).where(or_(
        _a.c.key == bindparam("key"), _a.c.url == bindparam("url"),
        (_a.c.ext_id == bindparam("ext")) & (_a.c.source == bindparam("src") if derived else True)))
    for derived in (False, True)}


def _lookup(conn: Connection, article: Article, key: str) -> tuple[int | None, list[int]]:
    """(id of the stored article with this text, ids of stored articles a
    changed version replaces)."""
    rows = conn.execute(_SAME_OR_OLDER[_derived_id(article)],
                        dict(key=key, url=article.url, ext=article.id or None, src=article.source)).all()
    same = next((r.id for r in rows if r.key == key), None)
    return same, [] if same is not None else [r.id for r in rows]


_INSERT_ARTICLE = insert(t.articles)


@dataclass
class Prepared:
    """Everything storing an article needs that does not depend on the
    database. Ingest workers compute it beside extraction, so the one
    process that writes spends its time on the database alone."""
    article: Article
    key: str  # content_key
    data: dict  # Facts.to_dict()
    facts_json: str
    counts: dict  # n_entities, n_events, n_projects, n_quotes
    entities: list  # sync_entities.entity_items
    views: list  # (ProjectView, its JSON, blocking keys) per project


def prepare(facts: Facts) -> Prepared:
    from .linking import blocking_keys, project_view, view_to_json

    art = facts.article
    data = facts.to_dict()
    views = []
    for p in data["projects"]:
        view = project_view(p, data["entities"], art.published)
        views.append((view, view_to_json(view), sorted({k[:200] for k in blocking_keys(view)})))
    return Prepared(
        article=art, key=content_key(art), data=data, facts_json=json.dumps(data, ensure_ascii=False),
        counts=dict(n_entities=len(facts.entities), n_events=len(facts.events),
                    n_projects=len(facts.projects), n_quotes=len(facts.quotes)),
        entities=sync_entities.entity_items(data["entities"]), views=views)


def ingest_facts(conn: Connection, facts: Facts | Prepared) -> IngestResult:
    prep = facts if isinstance(facts, Prepared) else prepare(facts)
    art, key, data = prep.article, prep.key, prep.data
    found, old_ids = _lookup(conn, art, key)
    if found is not None:
        return IngestResult(article_id=found, outcome="unchanged")

    touched_projects: set[int] = set()
    touched_entities: set[int] = set()
    for old in old_ids:
        touched_projects |= sync_projects.projects_of_article(conn, old)
        touched_entities |= sync_entities.entities_of_article(conn, old)
        conn.execute(delete(t.articles).where(t.articles.c.id == old))

    article_id = conn.execute(_INSERT_ARTICLE, dict(
        key=key, url=art.url, ext_id=art.id or None, title=art.title,
        published=art.published, source=art.source, text=art.text or "",
        facts_json=prep.facts_json, ingested_at=now(), **prep.counts,
    )).inserted_primary_key[0]

    local = _store_entities(conn, article_id, data["entities"], prep.entities)
    evidence = _store_events(conn, article_id, data["events"], local)
    evidence += _store_quotes(conn, article_id, data["quotes"], local)
    project_rows, project_evidence = _store_projects(conn, article_id, data["projects"], prep.views, local)
    _insert(conn, t.evidence, evidence + project_evidence)
    added = len(data["entities"]) + len(data["events"]) + len(data["quotes"]) + len(project_rows)

    # entities the old version named are recounted from scratch; the new
    # article's were counted up in place
    sync_entities.refresh_entities(conn, touched_entities)  # before projects: they show entity names
    attached = {sync_projects.attach_project(conn, ap_id, view, keys) for ap_id, view, keys in project_rows}
    sync_projects.refresh_projects(conn, touched_projects - attached)  # those the old version left
    outcome = "replaced" if old_ids else "new"
    return IngestResult(article_id=article_id, outcome=outcome, facts_added=added)


# Statements built once: building a statement costs more than running it.
_INSERT: dict = {}
_IDS_OF_ARTICLE: dict = {}


def _insert_ids(conn: Connection, table, article_id: int, rows: list[dict]) -> list[int]:
    """Insert an article's rows in one executemany; their new ids in the
    rows' order. The article is new in this transaction, so its rows in the
    table are exactly these, and ids grow in insertion order on both
    backends (SQLite cannot return ids of a batch in parameter order)."""
    if not rows:
        return []
    _insert(conn, table, rows)
    q = _IDS_OF_ARTICLE.get(table)
    if q is None:
        q = _IDS_OF_ARTICLE[table] = (select(table.c.id).where(table.c.article_id == bindparam("aid"))
                                      .order_by(table.c.id))
    ids = list(conn.scalars(q, {"aid": article_id}))
    if len(ids) != len(rows):  # pragma: no cover - a broken invariant, not bad input
        raise RuntimeError(f"{table.name}: {len(rows)} rows inserted, {len(ids)} found")
    return ids


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        stmt = _INSERT.get(table)
        if stmt is None:
            stmt = _INSERT[table] = insert(table)
        conn.execute(stmt, rows)


def _store_entities(conn: Connection, article_id: int, ents: list[dict], items: list) -> dict[str, int]:
    """Article entities, linked to the registry, and their mentions; returns
    local id ("e1") -> row id."""
    registry_ids = sync_entities.resolve_entities(conn, items)
    ids = _insert_ids(conn, t.article_entities, article_id, [dict(
        article_id=article_id, local_id=e["id"], type=e["type"], name=e["name"], entity_id=entity_id,
        aliases=json.dumps(e.get("aliases") or [], ensure_ascii=False),
        kb_id=e.get("kb_id"), country=e.get("country"), lat=e.get("lat"), lon=e.get("lon"),
        confidence=e.get("confidence")) for e, entity_id in zip(ents, registry_ids)])
    _insert(conn, t.mentions, [
        dict(article_id=article_id, article_entity_id=row_id, char_start=m["start"], char_end=m["end"],
             text=m["text"], normal=m.get("normal"))
        for e, row_id in zip(ents, ids) for m in e.get("mentions") or []])
    return {e["id"]: row_id for e, row_id in zip(ents, ids)}


def _ref_id(ref: dict | None, local: dict[str, int]) -> int | None:
    return local.get(ref.get("id")) if ref else None


def _evidence_rows(article_id: int, items: list[dict], owner: str, owner_id: int) -> list[dict]:
    rows = []
    for ev in items:
        row = dict(article_id=article_id, article_project_id=None, event_id=None, quote_id=None,
                   char_start=ev["start"], char_end=ev["end"], text=ev.get("text"),
                   sentence_start=ev.get("sentence_start"), sentence_end=ev.get("sentence_end"))
        row[owner] = owner_id
        rows.append(row)
    return rows


def _date(value):
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _store_events(conn: Connection, article_id: int, evs: list[dict], local: dict[str, int]) -> list[dict]:
    ids = _insert_ids(conn, t.events, article_id, [dict(
        article_id=article_id, local_id=ev["id"], type=ev["type"], date=_date(ev.get("date")),
        place=ev["place"]["name"] if ev.get("place") else None,
        place_entity_id=_ref_id(ev.get("place"), local), confidence=ev.get("confidence")) for ev in evs])
    _insert(conn, t.event_participants, [
        dict(event_id=event_id, article_entity_id=_ref_id(p, local), name=p["name"], name_norm=norm(p["name"]))
        for ev, event_id in zip(evs, ids) for p in ev.get("participants") or []])
    return [row for ev, event_id in zip(evs, ids)
            for row in _evidence_rows(article_id, ev.get("evidence") or [], "event_id", event_id)]


def _store_quotes(conn: Connection, article_id: int, qs: list[dict], local: dict[str, int]) -> list[dict]:
    ids = _insert_ids(conn, t.quotes, article_id, [dict(
        article_id=article_id, local_id=q["id"], text=q["text"],
        speaker=q["speaker"]["name"] if q.get("speaker") else None,
        speaker_norm=norm(q["speaker"]["name"]) if q.get("speaker") else None,
        speaker_entity_id=_ref_id(q.get("speaker"), local),
        char_start=q.get("start"), char_end=q.get("end"), confidence=q.get("confidence")) for q in qs])
    return [row for q, quote_id in zip(qs, ids)
            for row in _evidence_rows(article_id, q.get("evidence") or [], "quote_id", quote_id)]


def _figure_rows(p: dict, ap_id: int) -> list[dict]:
    rows = [dict(article_project_id=ap_id, kind="capacity", value=float(c["value"]), unit=c["unit"],
                 text=c.get("text")) for c in p.get("capacity") or [] if c.get("value") is not None]
    investment = p.get("investment") or []
    if isinstance(investment, dict):
        investment = [investment]
    rows += [dict(article_project_id=ap_id, kind="investment", value=float(m["amount"]), unit=m["currency"],
                  text=m.get("text")) for m in investment if m.get("amount") is not None]
    if p.get("jobs") is not None:
        rows.append(dict(article_project_id=ap_id, kind="jobs", value=float(p["jobs"]), unit="jobs", text=None))
    return rows


def _store_projects(conn: Connection, article_id: int, projects: list[dict], views: list,
                    local: dict[str, int]) -> tuple[list[tuple[int, object, list[str]]], list[dict]]:
    """Article projects with companies, figures and blocking keys; returns
    (row id, ProjectView, keys) per project and their evidence rows."""
    ids = _insert_ids(conn, t.article_projects, article_id, [dict(
        article_id=article_id, local_id=p["id"], name=p["name"], sector=p.get("sector"),
        status=p.get("status"), location=p["location"]["name"] if p.get("location") else None,
        location_entity_id=_ref_id(p.get("location"), local), jobs=p.get("jobs"),
        confidence=p.get("confidence"), view_json=view_json) for p, (_, view_json, _) in zip(projects, views)])
    companies, figures, keys, evidence, out = [], [], [], [], []
    for p, (view, _, own), ap_id in zip(projects, views, ids):
        companies += [dict(article_project_id=ap_id, article_entity_id=_ref_id(c, local), name=c["name"])
                      for c in p.get("companies") or []]
        figures += _figure_rows(p, ap_id)
        keys += [dict(article_project_id=ap_id, key=k) for k in own]
        out.append((ap_id, view, own))
        evidence += _evidence_rows(article_id, p.get("evidence") or [], "article_project_id", ap_id)
    _insert(conn, t.article_project_companies, companies)
    _insert(conn, t.figures, figures)
    _insert(conn, t.article_project_keys, keys)
    return out, evidence
