"""Registry entities kept in step with the article level: each article
entity is linked to the registry entity `newsfacts.registry` says it is
(or a new one), and counts and names are updated in place; an article that
is replaced has its entities recounted from scratch."""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from . import linking
from . import schema as t
from .text import norm, words

# At most this many registry entities sharing a word with a new name are
# compared with it; frequent words ("компания") would otherwise fetch many.
ENTITY_CANDIDATES = 25


def entities_of_article(conn: Connection, article_id: int) -> set[int]:
    q = (select(t.article_entities.c.entity_id)
         .where(t.article_entities.c.article_id == article_id, t.article_entities.c.entity_id.is_not(None)))
    return set(conn.scalars(q))


def _names(name: str, aliases: list[str]) -> list[str]:
    return [name] + [a for a in aliases if a and a != name]


def _tokens(names: list[str]) -> set[str]:
    return {w[:200] for n in names for w in words(n) if len(w) > 1}


def display_rank(name: str, kb_id: str | None) -> tuple:
    """Which of an entity's names to show: a gazetteer name first, then the
    fullest ("Касым-Жомарт Токаев" over "Токаев")."""
    return (kb_id is not None, len(name.split()), len(name))


_ae, _E = t.article_entities, t.entities
_BY_KEY = (select(_E.c.id, _E.c.key, _E.c.type).where(_E.c.key.in_(bindparam("keys", expanding=True)))
           .order_by(_E.c.id.desc()))
_INSERT_ENTITY = insert(_E)
_KNOWN_TOKENS = (select(t.entity_tokens.c.token).distinct()
                 .where(t.entity_tokens.c.token.in_(bindparam("tokens", expanding=True))))
_CURRENT = select(_E).where(_E.c.id.in_(bindparam("ids", expanding=True)))
_GROW = update(_E).where(_E.c.id == bindparam("b_id")).values(
    name=bindparam("b_name"), name_norm=bindparam("b_norm"), aliases=bindparam("b_aliases"),
    kb_id=bindparam("b_kb"), country=bindparam("b_country"), lat=bindparam("b_lat"),
    lon=bindparam("b_lon"), n_articles=_E.c.n_articles + 1,
    n_mentions=_E.c.n_mentions + bindparam("b_mentions"))
_TOKENS_HELD = select(t.entity_tokens.c.entity_id, t.entity_tokens.c.token).where(
    t.entity_tokens.c.entity_id.in_(bindparam("ids", expanding=True)),
    t.entity_tokens.c.token.in_(bindparam("tokens", expanding=True)))
_INSERT_TOKENS = insert(t.entity_tokens)


@dataclass(frozen=True)
class _Found:
    """What an article says of one entity, as the registry needs it."""
    type: str
    name: str
    kb_id: str | None
    country: str | None
    lat: float | None
    lon: float | None
    mentions: int


Item = tuple[_Found, list[str], str]  # what the article says, its names, its registry key


def entity_items(ents: list[dict]) -> list[Item]:
    """What the registry needs of an article's entities (items of
    Facts.to_dict()["entities"]); no database involved, so ingest workers
    compute it beside extraction."""
    items = []
    for e in ents:
        aliases = e.get("aliases") or []
        found = _Found(type=e["type"], name=e["name"], kb_id=e.get("kb_id"), country=e.get("country"),
                       lat=e.get("lat"), lon=e.get("lon"), mentions=len(e.get("mentions") or []))
        items.append((found, _names(found.name, aliases),
                      linking.entity_key(found.type, found.name, found.kb_id, aliases)))
    return items


def resolve_entities(conn: Connection, items: list[Item]) -> list[int]:
    """The registry entity of each of an article's entities (`entity_items`),
    creating one where none is the same, and those entities' names and
    counts updated in place (no rereading of older articles). Called before
    the article's entities are stored, so they are inserted already linked."""
    if not items:
        return []
    by_key: dict[tuple[str, str], int | None] = {}
    for r in conn.execute(_BY_KEY, {"keys": sorted({k for _, _, k in items})}):
        by_key[(r.type, r.key)] = r.id  # descending: the oldest wins
    # words no registry entity has cannot find one: one query rules them out
    wanted = sorted(_tokens([n for _, names, _ in items for n in names]))
    known = set(conn.scalars(_KNOWN_TOKENS, {"tokens": wanted})) if wanted else set()
    resolved = []
    fresh: list[dict] = []
    for row, names, key in items:
        if (row.type, key) not in by_key:
            by_key[(row.type, key)] = _find_by_names(conn, row.type, row.kb_id, names, known)
        if by_key[(row.type, key)] is None:
            # new to the registry: created below, all in one statement
            fresh.append(dict(type=row.type, name=row.name, name_norm=norm(row.name), key=key,
                              aliases=json.dumps(names[1:], ensure_ascii=False), kb_id=row.kb_id,
                              country=row.country, lat=row.lat, lon=row.lon, n_articles=0, n_mentions=0))
            by_key[(row.type, key)] = -len(fresh)  # a placeholder until it has an id
        resolved.append((row, names, (row.type, key)))
    if fresh:
        conn.execute(_INSERT_ENTITY, fresh)
        ids = {(r.type, r.key): r.id for r in conn.execute(_BY_KEY, {"keys": sorted({f["key"] for f in fresh})})}
        for k, v in list(by_key.items()):
            if v is not None and v < 0:
                by_key[k] = ids[k]
    out = []
    grown: dict[int, dict] = {}
    for row, names, k in resolved:
        entity_id = by_key[k]
        out.append(entity_id)
        g = grown.setdefault(entity_id, dict(names=[], mentions=0, rows=[]))
        g["names"] += names
        g["mentions"] += row.mentions
        g["rows"].append(row)
    _grow_entities(conn, grown)
    return out


def _grow_entities(conn: Connection, grown: dict[int, dict]) -> None:
    """One more article for each entity: counts up, new names added."""
    current = {r.id: r for r in conn.execute(_CURRENT, {"ids": list(grown)})}
    new_tokens: list[dict] = []
    changes: list[dict] = []
    for entity_id, g in grown.items():
        cur = current[entity_id]
        aliases = json.loads(cur.aliases or "[]")
        known = set(aliases) | {cur.name}
        added = [n for n in dict.fromkeys(g["names"]) if n not in known]
        name, rank = cur.name, display_rank(cur.name, cur.kb_id)
        for row in g["rows"]:
            if display_rank(row.name, row.kb_id) > rank:
                name, rank = row.name, display_rank(row.name, row.kb_id)
        aliases = [a for a in aliases + added if a != name]
        if name != cur.name:
            aliases.insert(0, cur.name)
        linked = next((r for r in g["rows"] if r.kb_id), None)
        placed = next((r for r in g["rows"] if r.lat is not None), None)
        changes.append(dict(
            b_id=entity_id, b_name=name, b_norm=norm(name), b_aliases=json.dumps(aliases, ensure_ascii=False),
            b_kb=cur.kb_id or (linked.kb_id if linked else None),
            b_country=cur.country or next((r.country for r in g["rows"] if r.country), None),
            b_lat=cur.lat if cur.lat is not None else (placed.lat if placed else None),
            b_lon=cur.lon if cur.lon is not None else (placed.lon if placed else None),
            b_mentions=g["mentions"]))
        fresh = _tokens(added + ([cur.name] if not cur.n_articles else []))
        new_tokens += [dict(entity_id=entity_id, token=w) for w in sorted(fresh)]
    conn.execute(_GROW, changes)
    if new_tokens:
        have = set(conn.execute(_TOKENS_HELD, {"ids": list(grown),
                                               "tokens": sorted({r["token"] for r in new_tokens})}).all())
        rows = [r for r in new_tokens if (r["entity_id"], r["token"]) not in have]
        if rows:
            conn.execute(_INSERT_TOKENS, [dict(r) for r in {(r["entity_id"], r["token"]): r for r in rows}.values()])


_shared = func.count().label("shared")
_SHARING_WORDS = (
    select(_E.c.id, _E.c.name, _E.c.aliases, _E.c.kb_id)
    .join(t.entity_tokens, t.entity_tokens.c.entity_id == _E.c.id)
    .where(t.entity_tokens.c.token.in_(bindparam("tokens", expanding=True)), _E.c.type == bindparam("type"))
    .group_by(_E.c.id, _E.c.name, _E.c.aliases, _E.c.kb_id)
    .order_by(_shared.desc(), _E.c.id).limit(ENTITY_CANDIDATES))


def _find_by_names(conn: Connection, type_: str, kb_id: str | None, names: list[str],
                   known: set[str] | None = None) -> int | None:
    """A registry entity sharing a word with one of `names` that the registry
    says is the same (e.g. "Токаев" and "Касым-Жомарт Токаев"); `known`, if
    given, holds the words some registry entity has (others cannot match)."""
    tokens = _tokens(names)
    if known is not None:
        tokens &= known
    if not tokens:
        return None
    cands = conn.execute(_SHARING_WORDS, {"tokens": sorted(tokens), "type": type_}).all()
    for c in cands:
        if kb_id and c.kb_id and kb_id != c.kb_id:
            continue  # both linked to the gazetteer, to different records
        if linking.same_entity(type_, names, _names(c.name, json.loads(c.aliases or "[]"))):
            return c.id
    return None


def refresh_entities(conn: Connection, ids: set[int]) -> None:
    """Recompute names, aliases and counts from all the article entities
    linked to each registry entity (after an article was replaced); delete
    those no article mentions any more."""
    for entity_id in sorted(ids):
        members = conn.execute(select(t.article_entities).where(t.article_entities.c.entity_id == entity_id)
                               .order_by(t.article_entities.c.id)).all()
        if not members:
            conn.execute(delete(t.entities).where(t.entities.c.id == entity_id))
            continue
        best = max(members, key=lambda m: display_rank(m.name, m.kb_id))
        aliases: list[str] = []
        for m in members:
            for a in [m.name] + json.loads(m.aliases or "[]"):
                if a not in aliases and a != best.name:
                    aliases.append(a)
        linked = next((m for m in members if m.kb_id), None)
        placed = next((m for m in members if m.lat is not None), None)
        n_mentions = conn.scalar(select(func.count()).select_from(t.mentions).join(
            t.article_entities, t.article_entities.c.id == t.mentions.c.article_entity_id)
            .where(t.article_entities.c.entity_id == entity_id))
        conn.execute(update(t.entities).where(t.entities.c.id == entity_id).values(
            name=best.name, name_norm=norm(best.name), aliases=json.dumps(aliases, ensure_ascii=False),
            kb_id=linked.kb_id if linked else None,
            country=next((m.country for m in members if m.country), None),
            lat=placed.lat if placed else None, lon=placed.lon if placed else None,
            n_articles=len({m.article_id for m in members}), n_mentions=n_mentions or 0,
        ))
