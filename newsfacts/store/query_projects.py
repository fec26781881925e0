"""Reading registry projects: filtered lists, map points and the full detail."""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from sqlalchemy import and_, exists, func, or_, select, true
from sqlalchemy.engine import Connection

from ..model.registry import (EntityRef, Figure, MergeRecord, Page, ProjectDetail,
                              ProjectSummary, StatusChange)
from . import schema as t
from .db import StoreError
from .sources import (all_evidence, article_meta, first_evidence, event_records, make_source,
                      quote_records)
from .text import norm

P = t.projects
SORTS = {"last_seen", "first_seen", "name", "n_sources", "status", "sector", "id",
         "capacity_value", "investment_amount", "country"}


def contains(column, value: str):
    return column.contains(norm(value), autoescape=True)


def company_filter(company: str):
    pc, e = t.project_companies, t.entities
    by_entity = select(e.c.id).where(or_(contains(e.c.name_norm, company),
                                         e.c.aliases.contains(company.strip(), autoescape=True)))
    return exists().where(pc.c.project_id == P.c.id,
                          or_(contains(pc.c.name_norm, company), pc.c.entity_id.in_(by_entity)))


def project_filters(country=None, region=None, sector=None, status=None, company=None,
                    since=None, until=None, q=None) -> list:
    conds = []
    if country:
        conds.append(P.c.country == country.strip().upper())
    if region:
        conds.append(contains(P.c.region_norm, region))
    if sector:
        conds.append(P.c.sector == sector.strip())
    if status:
        conds.append(P.c.status == status.strip())
    if company:
        conds.append(company_filter(company))
    if since:
        conds.append(P.c.last_seen >= _as_date(since))
    if until:
        conds.append(P.c.first_seen <= _as_date(until))
    if q:
        conds.append(or_(contains(P.c.name_norm, q), P.c.aliases.contains(q.strip(), autoescape=True)))
    return conds


def _as_date(value) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise StoreError(f"not a date (YYYY-MM-DD): {value!r}")


def _order(sort: str):
    field = (sort or "-last_seen").strip()
    desc = field.startswith("-")
    field = field.lstrip("-+")
    if field not in SORTS:
        raise StoreError(f"cannot sort by {sort!r}; one of: {', '.join(sorted(SORTS))} (prefix - for descending)")
    col = P.c[field]
    return [(col.desc() if desc else col.asc()).nulls_last(), P.c.id.desc() if desc else P.c.id.asc()]


def summaries(conn: Connection, rows) -> list[ProjectSummary]:
    ids = [r.id for r in rows]
    companies: dict[int, list[str]] = defaultdict(list)
    if ids:
        for c in conn.execute(select(t.project_companies.c.project_id, t.project_companies.c.name)
                              .where(t.project_companies.c.project_id.in_(ids))
                              .order_by(t.project_companies.c.id)):
            companies[c.project_id].append(c.name)
    fields = set(ProjectSummary.model_fields) - {"companies"}
    return [ProjectSummary(companies=companies[r.id], **{f: getattr(r, f) for f in fields}) for r in rows]


def list_projects(conn: Connection, filters: dict, sort="-last_seen", limit=100, offset=0,
                  only_mapped=False) -> Page[ProjectSummary]:
    conds = project_filters(**filters)
    if only_mapped:
        conds += [P.c.lat.is_not(None), P.c.lon.is_not(None)]
    where = and_(true(), *conds)
    total = conn.scalar(select(func.count()).select_from(P).where(where))
    q = select(P).where(where).order_by(*_order(sort))
    if limit is not None:
        q = q.limit(max(0, int(limit))).offset(max(0, int(offset)))
    rows = conn.execute(q).all()
    return Page[ProjectSummary](items=summaries(conn, rows), total=total or 0,
                                limit=limit if limit is not None else len(rows), offset=offset)


# A project's page lists its latest reports in full; the counts say how many
# more there are. Keeps one request bounded however often a project was reported.
MAX_REPORTS = 200
MAX_RELATED = 100


def get_project(conn: Connection, project_id: int) -> ProjectDetail | None:
    row = conn.execute(select(P).where(P.c.id == project_id)).first()
    if row is None:
        return None
    summary = summaries(conn, [row])[0]
    ap, pm = t.article_projects, t.project_members
    members = conn.execute(select(ap, pm.c.score, pm.c.reason, pm.c.manual, pm.c.created_at)
                           .join(pm, pm.c.article_project_id == ap.c.id)
                           .where(pm.c.project_id == project_id).order_by(ap.c.id)).all()
    status_rows = conn.execute(select(t.project_status).where(t.project_status.c.project_id == project_id)
                               .order_by(t.project_status.c.position)).all()
    current = set(conn.scalars(select(t.project_figures.c.figure_id)
                               .where(t.project_figures.c.project_id == project_id)))
    omitted = 0
    listed = {m.id for m in members}
    if len(members) > MAX_REPORTS:
        # a project reported in thousands of articles: its latest reports are
        # listed (with the one a current figure cites); the status history
        # keeps every change, with its source
        listed = {m.id for m in members[-MAX_REPORTS:]}
        listed |= set(conn.scalars(select(t.figures.c.article_project_id).where(t.figures.c.id.in_(current))))
        omitted = len(members) - len(listed)
        cited = listed | {s.article_project_id for s in status_rows}
        members = [m for m in members if m.id in cited]
    meta = article_meta(conn, [m.article_id for m in members])
    # every sentence of the listed reports; the first one of the others
    # (reports cited only by the status history)
    col = t.evidence.c.article_project_id
    evidence = all_evidence(conn, col, listed)
    firsts = first_evidence(conn, col, [m.id for m in members if m.id not in listed])
    member_of = {m.id: m for m in members}

    def source_of(ap_id: int):
        evs = evidence.get(ap_id)
        return make_source(meta[member_of[ap_id].article_id], evs[0] if evs else firsts.get(ap_id))

    detail = ProjectDetail(**summary.model_dump())
    detail.aliases = json.loads(row.aliases or "[]")
    detail.company_refs = [EntityRef(id=c.entity_id, name=c.name, type="ORG") for c in conn.execute(
        select(t.project_companies).where(t.project_companies.c.project_id == project_id)
        .order_by(t.project_companies.c.id))]
    detail.omitted_reports = omitted
    detail.history = [StatusChange(stage=s.stage, date=s.date, source=source_of(s.article_project_id))
                      for s in status_rows]
    figs = conn.execute(select(t.figures).where(t.figures.c.article_project_id.in_(listed))
                        .order_by(t.figures.c.id)).all()
    for f in figs:
        figure = Figure(value=f.value, unit=f.unit, text=f.text, current=f.id in current,
                        source=_figure_source(source_of(f.article_project_id), evidence.get(f.article_project_id), f))
        {"capacity": detail.capacities, "investment": detail.investments,
         "jobs": detail.jobs_reported}[f.kind].append(figure)
    shown = [m for m in members if m.id in listed]
    for m in shown[-MAX_RELATED:]:  # every sentence of the latest reports
        for ev in evidence.get(m.id) or [None]:
            detail.sources.append(make_source(meta[m.article_id], ev))
    detail.merges = [MergeRecord(article_project_id=m.id, article_id=m.article_id, score=m.score,
                                 reason=m.reason, manual=bool(m.manual), created_at=m.created_at)
                     for m in shown]
    # the articles that report the project, as a subquery: a list of their
    # ids could pass PostgreSQL's limit on parameters
    article_ids = (select(ap.c.article_id).join(pm, pm.c.article_project_id == ap.c.id)
                   .where(pm.c.project_id == project_id))
    detail.events = event_records(conn, conn.execute(
        select(t.events).where(t.events.c.article_id.in_(article_ids))
        .order_by(t.events.c.id.desc()).limit(MAX_RELATED)).all()[::-1])
    detail.quotes = quote_records(conn, conn.execute(
        select(t.quotes).where(t.quotes.c.article_id.in_(article_ids))
        .order_by(t.quotes.c.id.desc()).limit(MAX_RELATED)).all()[::-1])
    return detail


def _figure_source(default, evs, figure):
    """The evidence sentence that carries the figure's digits, where one does."""
    digits = _digits(figure.text) if figure.text else None
    for ev in evs or []:
        if digits and digits in _digits(ev.text or ""):
            return default.model_copy(update=dict(start=ev.char_start, end=ev.char_end,
                                                  sentence=ev.text, sentence_start=ev.sentence_start))
    return default


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
