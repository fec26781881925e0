"""Building `Source`, `EntityRef`, event and quote records from rows: shared by
every reader, so each record names its article and sentence the same way."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..model.registry import EntityRef, EventRecord, QuoteRecord, Source
from . import schema as t

ART = t.articles


# PostgreSQL takes at most 65,535 parameters a statement: long id lists are
# asked for in parts
_PART = 5000


def _parts(ids) -> list[list]:
    ids = sorted(set(ids))
    return [ids[i:i + _PART] for i in range(0, len(ids), _PART)]


def article_meta(conn: Connection, ids) -> dict[int, object]:
    out = {}
    for part in _parts(ids):
        rows = conn.execute(select(ART.c.id, ART.c.title, ART.c.url, ART.c.published)
                            .where(ART.c.id.in_(part))).all()
        out.update((r.id, r) for r in rows)
    return out


def make_source(meta, ev=None) -> Source:
    """A Source for an article (`meta`) and optionally one evidence row, in
    one constructor call (pydantic validates in one pass; setting fields
    afterwards costs more, and a project's page builds thousands)."""
    if ev is None:
        return Source(article_id=meta.id, title=meta.title, url=meta.url, published=meta.published)
    return Source(article_id=meta.id, title=meta.title, url=meta.url, published=meta.published,
                  start=ev.char_start, end=ev.char_end, sentence=ev.text, sentence_start=ev.sentence_start)


def first_evidence(conn: Connection, column, ids) -> dict[int, object]:
    """The first evidence row of each owner (project, event or quote id)."""
    out = {}
    for part in _parts(ids):
        # chosen in SQL: a project reported in many articles has thousands of rows
        firsts = select(func.min(t.evidence.c.id)).where(column.in_(part)).group_by(column)
        rows = conn.execute(select(t.evidence).where(t.evidence.c.id.in_(firsts))).all()
        out.update((getattr(r, column.name), r) for r in rows)
    return out


def all_evidence(conn: Connection, column, ids) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for part in _parts(ids):
        for r in conn.execute(select(t.evidence).where(column.in_(part)).order_by(t.evidence.c.id)):
            out[getattr(r, column.name)].append(r)
    return out


def entity_refs(conn: Connection, article_entity_ids) -> dict[int, EntityRef]:
    """Article entity id -> reference to its registry entity."""
    ids = [i for i in set(article_entity_ids) if i is not None]
    if not ids:
        return {}
    ae, e = t.article_entities, t.entities
    rows = conn.execute(select(ae.c.id, ae.c.name, ae.c.type, ae.c.entity_id, e.c.name.label("reg_name"))
                        .outerjoin(e, e.c.id == ae.c.entity_id).where(ae.c.id.in_(ids))).all()
    return {r.id: EntityRef(id=r.entity_id, name=r.reg_name or r.name, type=r.type) for r in rows}


def event_records(conn: Connection, rows) -> list[EventRecord]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    parts = conn.execute(select(t.event_participants).where(t.event_participants.c.event_id.in_(ids))
                         .order_by(t.event_participants.c.id)).all()
    refs = entity_refs(conn, [p.article_entity_id for p in parts])
    by_event: dict[int, list[EntityRef]] = defaultdict(list)
    for p in parts:
        by_event[p.event_id].append(refs.get(p.article_entity_id) or EntityRef(name=p.name))
    meta = article_meta(conn, [r.article_id for r in rows])
    evs = first_evidence(conn, t.evidence.c.event_id, ids)
    return [EventRecord(id=r.id, type=r.type, date=r.date, place=r.place, participants=by_event[r.id],
                        article_id=r.article_id, source=make_source(meta[r.article_id], evs.get(r.id)))
            for r in rows]


def quote_records(conn: Connection, rows) -> list[QuoteRecord]:
    if not rows:
        return []
    refs = entity_refs(conn, [r.speaker_entity_id for r in rows])
    meta = article_meta(conn, [r.article_id for r in rows])
    evs = first_evidence(conn, t.evidence.c.quote_id, [r.id for r in rows])
    out = []
    for r in rows:
        speaker = refs.get(r.speaker_entity_id) or (EntityRef(name=r.speaker) if r.speaker else None)
        src = make_source(meta[r.article_id], evs.get(r.id))
        if r.char_start is not None and src.start is None:
            src.start, src.end = r.char_start, r.char_end
        out.append(QuoteRecord(id=r.id, text=r.text, speaker=speaker, article_id=r.article_id, source=src))
    return out
