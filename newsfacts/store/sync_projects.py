"""Registry projects kept in step with the article level.

The decisions (which project a report belongs to, which figure is current,
the order of the status history) come from `newsfacts.registry` through
`linking`; this module fetches candidates, writes the answers and recomputes
the derived rows of the projects whose members changed.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timezone

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from . import linking
from . import schema as t
from .text import norm

# At most this many registry projects are scored against a new report, those
# sharing most blocking keys first;
PROJECT_CANDIDATES = 50
# and a key shared by more reports than this is too common to fetch by.
COMMON_KEY = 2000


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# --- what an article touches ---------------------------------------------------

def projects_of_article(conn: Connection, article_id: int) -> set[int]:
    q = (select(t.project_members.c.project_id)
         .join(t.article_projects, t.article_projects.c.id == t.project_members.c.article_project_id)
         .where(t.article_projects.c.article_id == article_id))
    return set(conn.scalars(q))


def new_project(conn: Connection, view) -> int:
    return conn.execute(insert(t.projects).values(
        name=view.name or "", name_norm=norm(view.name), aliases="[]", sector=view.sector,
        view_json=linking.view_to_json(view), n_sources=0, updated_at=_now(),
    )).inserted_primary_key[0]


_k, _pm = t.article_project_keys, t.project_members
_KEY_SIZES = (select(_k.c.key, func.count()).where(_k.c.key.in_(bindparam("keys", expanding=True)))
              .group_by(_k.c.key))
_shared = func.count(_k.c.key.distinct()).label("shared")
_ranked = (select(_pm.c.project_id, _shared)
           .join(_k, _k.c.article_project_id == _pm.c.article_project_id)
           .where(_k.c.key.in_(bindparam("keys", expanding=True)), _k.c.article_project_id != bindparam("ap"))
           .group_by(_pm.c.project_id)
           .order_by(_shared.desc(), _pm.c.project_id.desc())
           .limit(PROJECT_CANDIDATES)).subquery()
_CANDIDATES = (select(t.projects.c.id, t.projects.c.view_json)
               .join(_ranked, _ranked.c.project_id == t.projects.c.id)
               .order_by(_ranked.c.shared.desc(), t.projects.c.id))


def _candidates(conn: Connection, article_project_id: int, keys: list[str]) -> list[tuple[int, str]]:
    """Registry projects sharing blocking keys with an article project, those
    sharing the most first. Keys that thousands of reports share (a sector in
    a country) only count when the project has no rarer key."""
    if not keys:
        return []
    sizes = dict(conn.execute(_KEY_SIZES, {"keys": keys}).all())
    rare = [key for key in keys if sizes.get(key, 0) <= COMMON_KEY]
    rows = conn.execute(_CANDIDATES, {"keys": rare or keys, "ap": article_project_id}).all()
    return [(r.id, r.view_json) for r in rows]


_INSERT_MEMBER = insert(t.project_members)


def attach_project(conn: Connection, article_project_id: int, view, keys: list[str]) -> int:
    """Add an article project (its view and blocking keys) to the registry
    project it matches, or to a new one, and recompute that project; returns
    its id."""
    candidates = [(pid, linking.view_from_json(v)) for pid, v in _candidates(conn, article_project_id, keys)]
    match = linking.best_match(view, candidates) if candidates else None
    if match is not None:
        project_id, score, reason = int(match.target), float(match.score), match.reason
    else:
        project_id, score, reason = new_project(conn, view), 1.0, "first report"
    conn.execute(_INSERT_MEMBER, dict(
        project_id=project_id, article_project_id=article_project_id, score=score,
        reason=reason, manual=False, created_at=_now()))
    # now, not at the end of the article: a later project of the same
    # article is matched against the updated view
    refresh_project(conn, project_id, new=match is None)
    return project_id


def refresh_projects(conn: Connection, ids: set[int]) -> None:
    for project_id in sorted(ids):
        refresh_project(conn, project_id)


_ap, _art = t.article_projects, t.articles
_MEMBERS = (select(_ap, _art.c.published, _art.c.id.label("aid"))
            .join(_pm, _pm.c.article_project_id == _ap.c.id)
            .join(_art, _art.c.id == _ap.c.article_id)
            .where(_pm.c.project_id == bindparam("pid"))
            .order_by(_art.c.published.nulls_first(), _ap.c.id))  # oldest first, alike on both backends
_CLEAR = [delete(table).where(table.c.project_id == bindparam("pid"))
          for table in (t.project_status, t.project_figures, t.project_companies)]
_DELETE_PROJECT = delete(t.projects).where(t.projects.c.id == bindparam("pid"))
_UPDATE_PROJECT = update(t.projects).where(t.projects.c.id == bindparam("b_pid"))


def refresh_project(conn: Connection, project_id: int, new: bool = False) -> None:
    """Recompute a registry project's slots, history, figures and companies
    from its members; delete it when it has none left. A `new` project has
    no derived rows to clear yet."""
    members = conn.execute(_MEMBERS, {"pid": project_id}).all()
    if not new:
        for stmt in _CLEAR:
            conn.execute(stmt, {"pid": project_id})
    if not members:
        conn.execute(_DELETE_PROJECT, {"pid": project_id})
        return

    merged = linking.merge_views([linking.view_from_json(m.view_json) for m in members])
    name = _display_name(members)
    region = linking.place_label(merged.region) if merged.region else None
    values = dict(
        name=name, name_norm=norm(name), sector=merged.sector, country=merged.country,
        region=region, region_norm=norm(region) or None,
        location=_location_name(members, merged.location), view_json=linking.view_to_json(merged),
        aliases=json.dumps(sorted({m.name for m in members} - {name}), ensure_ascii=False),
        updated_at=_now(),
    )
    values.update(_place(merged))
    values.update(_history(conn, project_id, members))
    values.update(_figures(conn, project_id, members))
    _companies(conn, project_id, members)
    dates = [m.published for m in members if m.published]
    values.update(first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None,
                  n_sources=len({m.aid for m in members}), b_pid=project_id)
    conn.execute(_UPDATE_PROJECT, values)


def _place(merged) -> dict:
    """Coordinates of the most specific place the gazetteer knows. A project
    known only by its country gets none: a dot on the capital would mislead."""
    for key in (merged.location, merged.region):
        entry = linking.place_entry(key) if key else None
        if entry is not None and entry.lat is not None and entry.type != "country":
            return dict(lat=entry.lat, lon=entry.lon)
    return dict(lat=None, lon=None)


_INSERT_STATUS = insert(t.project_status)
# joined through the members rather than listing their ids: a project
# reported a thousand times would bind a thousand parameters
_FIGURES_OF = (select(t.figures).join(_pm, _pm.c.article_project_id == t.figures.c.article_project_id)
               .where(_pm.c.project_id == bindparam("pid")).order_by(t.figures.c.id))
_INSERT_CURRENT = insert(t.project_figures)


def _history(conn: Connection, project_id: int, members) -> dict:
    changes = [(m.status, m.published, m.id) for m in members if m.status]
    history = linking.status_history(changes) if changes else []
    if history:
        conn.execute(_INSERT_STATUS, [
            dict(project_id=project_id, article_project_id=int(ref), stage=stage, date=when, position=i)
            for i, (stage, when, ref) in enumerate(history)])
    return dict(status=history[-1][0] if history else None)


def _figures(conn: Connection, project_id: int, members) -> dict:
    """Choose the current figure of each slot among all the members report;
    only the choice is stored (the figures are reached through the members)."""
    by_id = {m.id: m for m in members}
    rows = conn.execute(_FIGURES_OF, {"pid": project_id}).all()
    out = dict(capacity_value=None, capacity_unit=None, investment_amount=None,
               investment_currency=None, jobs=None)
    marks = []
    for kind in ("capacity", "investment", "jobs"):
        group = [r for r in rows if r.kind == kind]
        if not group:
            continue
        chosen = linking.current_index([
            (r.value, r.unit, by_id[r.article_project_id].published,
             by_id[r.article_project_id].confidence or 0.0) for r in group])
        current = group[chosen]
        marks.append(dict(project_id=project_id, figure_id=current.id, kind=kind))
        if kind == "capacity":
            out.update(capacity_value=current.value, capacity_unit=current.unit)
        elif kind == "investment":
            out.update(investment_amount=current.value, investment_currency=current.unit)
        else:
            out.update(jobs=int(current.value))
    if marks:
        conn.execute(_INSERT_CURRENT, marks)
    return out


def _display_name(members) -> str:
    """The name most reports use; of equals, the newest report's."""
    counts: dict[str, int] = defaultdict(int)
    for m in members:
        counts[m.name] += 1
    newest_first = [m.name for m in reversed(members)]
    return max(newest_first, key=lambda n: counts[n])


def _location_name(members, key: str | None) -> str | None:
    """The place as the newest report that puts the project there names it."""
    if not key:
        return None
    for m in reversed(members):  # oldest first
        if m.location and linking.view_from_json(m.view_json).location == key:
            return m.location
    return linking.place_label(key)


_pc, _ae, _e = t.article_project_companies, t.article_entities, t.entities
_COMPANIES_OF = (select(_pc.c.name, _ae.c.entity_id, _e.c.name.label("entity_name"))
                 .outerjoin(_ae, _ae.c.id == _pc.c.article_entity_id).outerjoin(_e, _e.c.id == _ae.c.entity_id)
                 .join(_pm, _pm.c.article_project_id == _pc.c.article_project_id)
                 .where(_pm.c.project_id == bindparam("pid")).order_by(_pc.c.id))
_INSERT_COMPANY = insert(t.project_companies)


def _companies(conn: Connection, project_id: int, members) -> None:
    """The members' companies, one row per registry entity (two spellings of
    one company are one row), in the order first reported."""
    rows = conn.execute(_COMPANIES_OF, {"pid": project_id}).all()
    seen: set = set()
    out = []
    for r in rows:
        name = r.entity_name or r.name
        key = r.entity_id if r.entity_id is not None else norm(name)
        if key in seen or not name:
            continue
        seen.add(key)
        out.append(dict(project_id=project_id, entity_id=r.entity_id, name=name, name_norm=norm(name)))
    if out:
        conn.execute(_INSERT_COMPANY, out)


# --- manual corrections ------------------------------------------------------------

def log(conn: Connection, action: str, project_id: int, other_id: int | None, detail: str) -> None:
    conn.execute(insert(t.project_log).values(action=action, project_id=project_id, other_id=other_id,
                                              detail=detail, created_at=_now()))
