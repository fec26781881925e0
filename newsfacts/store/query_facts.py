"""Reading events, entities, quotes, articles and the counts of `stats`."""
from __future__ import annotations

import json

from sqlalchemy import and_, exists, func, or_, select, true
from sqlalchemy.engine import Connection

from ..model.registry import (ArticleDetail, ArticleRecord, Count, EntityDetail, EntityRecord,
                              Page, Stats)
from . import schema as t
from .query_projects import _as_date, contains, summaries
from .sources import article_meta, event_records, make_source, quote_records
from .text import norm

E, EV, Q, A = t.entities, t.events, t.quotes, t.articles


def _page(conn: Connection, table, conds, order, limit, offset):
    where = and_(true(), *conds)
    total = conn.scalar(select(func.count()).select_from(table).where(where)) or 0
    q = select(table).where(where).order_by(*order)
    if limit is not None:
        q = q.limit(max(0, int(limit))).offset(max(0, int(offset)))
    return conn.execute(q).all(), total


def _result(items: list, total: int, limit, offset) -> Page:
    return Page(items=items, total=total, limit=len(items) if limit is None else limit, offset=offset)


def _entity_ids_named(name: str):
    return select(E.c.id).where(or_(contains(E.c.name_norm, name),
                                    E.c.aliases.contains(name.strip(), autoescape=True)))


def list_events(conn: Connection, type=None, since=None, until=None, participant=None,
                limit=100, offset=0):
    conds = []
    if type:
        conds.append(EV.c.type == type.strip())
    if since:
        conds.append(EV.c.date >= _as_date(since))
    if until:
        conds.append(EV.c.date <= _as_date(until))
    if participant:
        ep, ae = t.event_participants, t.article_entities
        by_entity = select(ae.c.id).where(ae.c.entity_id.in_(_entity_ids_named(participant)))
        conds.append(exists().where(ep.c.event_id == EV.c.id, or_(
            contains(ep.c.name_norm, participant), ep.c.article_entity_id.in_(by_entity))))
    rows, total = _page(conn, EV, conds, [EV.c.date.desc().nulls_last(), EV.c.id.desc()], limit, offset)
    return _result(event_records(conn, rows), total, limit, offset)


def _entity_record(row) -> EntityRecord:
    fields = set(EntityRecord.model_fields) - {"aliases"}
    return EntityRecord(aliases=json.loads(row.aliases or "[]"), **{f: getattr(row, f) for f in fields})


def list_entities(conn: Connection, type=None, q=None, limit=100, offset=0):
    conds = []
    if type:
        conds.append(E.c.type == type.strip().upper())
    if q:
        conds.append(or_(contains(E.c.name_norm, q), E.c.aliases.contains(q.strip(), autoescape=True)))
    rows, total = _page(conn, E, conds, [E.c.n_articles.desc(), E.c.name_norm, E.c.id], limit, offset)
    return _result([_entity_record(r) for r in rows], total, limit, offset)


def find_entity(conn: Connection, id_or_name) -> object | None:
    """By id; else by name: exact, then alias, then the best-known containing it."""
    if isinstance(id_or_name, int) or (isinstance(id_or_name, str) and id_or_name.strip().isdigit()):
        return conn.execute(select(E).where(E.c.id == int(id_or_name))).first()
    name = str(id_or_name).strip()
    if not name:
        return None
    order = [E.c.n_articles.desc(), E.c.id]
    row = conn.execute(select(E).where(E.c.name_norm == norm(name)).order_by(*order).limit(1)).first()
    if row is not None:
        return row
    for cand in conn.execute(select(E).where(E.c.aliases.contains(name, autoescape=True)).order_by(*order)):
        if norm(name) in (norm(a) for a in json.loads(cand.aliases or "[]")):
            return cand
    return conn.execute(select(E).where(contains(E.c.name_norm, name)).order_by(*order).limit(1)).first()


def get_entity(conn: Connection, id_or_name, limit=100) -> EntityDetail | None:
    row = find_entity(conn, id_or_name)
    if row is None:
        return None
    detail = EntityDetail(**_entity_record(row).model_dump())
    ae = t.article_entities
    mine = select(ae.c.id).where(ae.c.entity_id == row.id)
    pc, pm, ap = t.project_companies, t.project_members, t.article_projects
    located = (select(pm.c.project_id).join(ap, ap.c.id == pm.c.article_project_id)
               .where(ap.c.location_entity_id.in_(mine)))
    projects = conn.execute(select(t.projects).where(or_(
        t.projects.c.id.in_(select(pc.c.project_id).where(pc.c.entity_id == row.id)),
        t.projects.c.id.in_(located))).order_by(t.projects.c.last_seen.desc().nulls_last(),
                                                t.projects.c.id).limit(limit)).all()
    detail.projects = summaries(conn, projects)
    ep = t.event_participants
    detail.events = event_records(conn, conn.execute(select(EV).where(or_(
        EV.c.id.in_(select(ep.c.event_id).where(ep.c.article_entity_id.in_(mine))),
        EV.c.place_entity_id.in_(mine))).order_by(EV.c.date.desc().nulls_last(), EV.c.id).limit(limit)).all())
    detail.quotes = quote_records(conn, conn.execute(
        select(Q).where(Q.c.speaker_entity_id.in_(mine)).order_by(Q.c.id.desc()).limit(limit)).all())
    # the first mention in each of the latest `limit` articles, chosen in
    # SQL: a country is mentioned tens of thousands of times
    first_ids = (select(func.min(t.mentions.c.id).label("mid"))
                 .join(ae, ae.c.id == t.mentions.c.article_entity_id)
                 .where(ae.c.entity_id == row.id).group_by(ae.c.article_id)
                 .order_by(ae.c.article_id.desc()).limit(limit))
    firsts = conn.execute(select(t.mentions, ae.c.article_id.label("aid"))
                          .join(ae, ae.c.id == t.mentions.c.article_entity_id)
                          .where(t.mentions.c.id.in_(first_ids)).order_by(t.mentions.c.id)).all()
    seen: dict[int, object] = {}
    for m in firsts:
        seen.setdefault(m.aid, m)
    meta = article_meta(conn, list(seen)[:limit])
    texts = dict(conn.execute(select(A.c.id, A.c.text).where(A.c.id.in_(list(meta)))).all())
    for aid in sorted(meta, key=lambda i: (meta[i].published is None, meta[i].published, i)):
        m = seen[aid]
        src = make_source(meta[aid])
        src.start, src.end = m.char_start, m.char_end
        src.sentence_start, src.sentence = sentence_around(texts.get(aid) or "", m.char_start, m.char_end)
        detail.sources.append(src)
    return detail


_SENTENCE_END = ".!?…\n"


def sentence_around(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence holding text[start:end]: mentions carry no sentence
    offsets, so cut at the nearest sentence ends around them."""
    lo = max((text.rfind(ch, 0, start) for ch in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    hi = min(ends) + 1 if ends else len(text)
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, text[lo:hi].strip()


def list_quotes(conn: Connection, speaker=None, limit=100, offset=0):
    conds = []
    if speaker:
        ae = t.article_entities
        by_entity = select(ae.c.id).where(ae.c.entity_id.in_(_entity_ids_named(speaker)))
        conds.append(or_(contains(Q.c.speaker_norm, speaker), Q.c.speaker_entity_id.in_(by_entity)))
    rows, total = _page(conn, Q, conds, [Q.c.id.desc()], limit, offset)
    return _result(quote_records(conn, rows), total, limit, offset)


def _article_record(row) -> ArticleRecord:
    return ArticleRecord(**{f: getattr(row, f) for f in ArticleRecord.model_fields})


def list_articles(conn: Connection, limit=100, offset=0):
    cols = [A.c[f] for f in ArticleRecord.model_fields]
    total = conn.scalar(select(func.count()).select_from(A)) or 0
    q = select(*cols).order_by(A.c.published.desc().nulls_last(), A.c.id.desc())
    if limit is not None:
        q = q.limit(max(0, int(limit))).offset(max(0, int(offset)))
    return _result([_article_record(r) for r in conn.execute(q)], total, limit, offset)


def get_article(conn: Connection, article_id: int) -> ArticleDetail | None:
    row = conn.execute(select(A).where(A.c.id == article_id)).first()
    if row is None:
        return None
    return ArticleDetail(text=row.text, facts=json.loads(row.facts_json), **_article_record(row).model_dump())


def _counts(conn: Connection, column, table) -> list[Count]:
    rows = conn.execute(select(column, func.count()).select_from(table).group_by(column)
                        .order_by(func.count().desc(), column)).all()
    return [Count(key=None if k is None else str(k), count=n) for k, n in rows]


def stats(conn: Connection) -> Stats:
    def n(table):
        return conn.scalar(select(func.count()).select_from(table)) or 0
    years = conn.execute(select(t.projects.c.first_seen)).scalars()
    by_year: dict[str | None, int] = {}
    for d in years:
        key = str(d.year) if d else None
        by_year[key] = by_year.get(key, 0) + 1
    return Stats(articles=n(A), projects=n(t.projects), events=n(EV), entities=n(E), quotes=n(Q),
                 by_sector=_counts(conn, t.projects.c.sector, t.projects),
                 by_status=_counts(conn, t.projects.c.status, t.projects),
                 by_country=_counts(conn, t.projects.c.country, t.projects),
                 by_year=[Count(key=k, count=v) for k, v in sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))])
