"""The fact base: the one object that reads and writes the database.

    store = Store()                      # $NEWSFACTS_DB or sqlite:///newsfacts.db
    store.ingest(facts)                  # one transaction per article
    store.projects(country="KZ", sector="petrochemicals")
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from ..model import Article
from ..model.registry import (ArticleDetail, ArticleRecord, EntityDetail, EntityRecord,
                              EventRecord, IngestResult, Page, ProjectDetail, ProjectSummary,
                              QuoteRecord, SearchHit, Stats)
from . import query_facts, query_projects, schema as t, search as fts
from .db import StoreError, make_engine, resolve_url, upgrade

if TYPE_CHECKING:
    from ..model import Facts
    from .write import Prepared

# The writing side (write, sync_projects and through them the registry and
# the gazetteer) is imported when first used: query commands start faster.


class Store:
    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        try:
            upgrade(self.engine)
        except (OperationalError, DBAPIError) as e:
            self.engine.dispose()
            raise StoreError(f"cannot open database {self.engine.url.render_as_string(hide_password=True)}: "
                             f"{_first_line(e)}") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- writing -------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction (on SQLite it holds the write lock from the start)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(writing=True)
            with conn.begin():
                yield conn

    def ingest(self, facts: "Facts | Prepared") -> IngestResult:
        """Store one article's facts (Facts, or `write.prepare(facts)`) and
        update the registry, in one transaction: "new", "unchanged" (same
        content already stored) or "replaced" (same url or id, new content:
        its old facts go)."""
        from .write import ingest_facts
        with self._writing() as conn:
            result = ingest_facts(conn, facts)
            if result.outcome != "unchanged":
                _bump(conn)
            return result

    def stored_id(self, article: Article) -> int | None:
        """The id of the stored article with this exact text, if any: lets a
        rerun skip extracting what `ingest` would call unchanged."""
        from .write import _BY_KEY, content_key
        with self.engine.connect() as conn:
            return conn.scalar(_BY_KEY, {"key": content_key(article)})

    def merge_projects(self, keep_id: int, other_id: int) -> None:
        """Move every report of `other_id` into `keep_id` and delete `other_id`.
        The moved memberships are marked manual, and the merge is logged."""
        if keep_id == other_id:
            raise StoreError("cannot merge a project with itself")
        from . import sync_projects
        pm = t.project_members
        with self._writing() as conn:
            for pid in (keep_id, other_id):
                if conn.scalar(select(t.projects.c.id).where(t.projects.c.id == pid)) is None:
                    raise StoreError(f"no project {pid}")
            conn.execute(update(pm).where(pm.c.project_id == other_id).values(
                project_id=keep_id, manual=True, score=1.0,
                reason=f"manual merge of project {other_id} into {keep_id}"))
            sync_projects.refresh_projects(conn, {keep_id, other_id})
            sync_projects.log(conn, "merge", keep_id, other_id, f"merged project {other_id} into {keep_id}")
            _bump(conn)

    def split_project(self, project_id: int, article_project_ids: list[int]) -> int:
        """Move the given reports (article project ids) of a project into a new
        project of their own; returns its id."""
        wanted = sorted({int(i) for i in article_project_ids})
        if not wanted:
            raise StoreError("name at least one article project to split off")
        from . import sync_projects
        pm = t.project_members
        with self._writing() as conn:
            members = set(conn.scalars(select(pm.c.article_project_id).where(pm.c.project_id == project_id)))
            if not members:
                raise StoreError(f"no project {project_id}")
            strangers = [i for i in wanted if i not in members]
            if strangers:
                raise StoreError(f"project {project_id} has no article project(s) {', '.join(map(str, strangers))}; "
                                 f"its article projects are {', '.join(map(str, sorted(members)))}")
            if set(wanted) == members:
                raise StoreError(f"that would move every report of project {project_id}; leave at least one")
            from .linking import view_from_json
            first = conn.scalar(select(t.article_projects.c.view_json).where(t.article_projects.c.id == wanted[0]))
            new_id = sync_projects.new_project(conn, view_from_json(first))
            conn.execute(update(pm).where(pm.c.article_project_id.in_(wanted)).values(
                project_id=new_id, manual=True, score=1.0,
                reason=f"manual split from project {project_id}"))
            sync_projects.refresh_projects(conn, {project_id, new_id})
            sync_projects.log(conn, "split", project_id, new_id,
                              f"article projects {', '.join(map(str, wanted))} moved to project {new_id}")
            _bump(conn)
            return new_id

    # --- reading -------------------------------------------------------------

    def revision(self) -> int:
        """A number that changes whenever stored facts change (cheap: one row)."""
        with self.engine.connect() as conn:
            return conn.scalar(select(t.revision.c.value).where(t.revision.c.id == 1)) or 0

    def projects(self, *, country=None, region=None, sector=None, status=None, company=None,
                 since=None, until=None, q=None, sort="-last_seen", limit=100, offset=0) -> Page[ProjectSummary]:
        filters = dict(country=country, region=region, sector=sector, status=status, company=company,
                       since=since, until=until, q=q)
        with self.engine.connect() as conn:
            return query_projects.list_projects(conn, filters, sort, limit, offset)

    def project(self, id: int) -> ProjectDetail | None:
        with self.engine.connect() as conn:
            return query_projects.get_project(conn, int(id))

    def map_points(self, **filters) -> list[ProjectSummary]:
        sort = filters.pop("sort", "-last_seen")
        limit = filters.pop("limit", None)
        offset = filters.pop("offset", 0)
        with self.engine.connect() as conn:
            return query_projects.list_projects(conn, filters, sort, limit, offset, only_mapped=True).items

    def events(self, *, type=None, since=None, until=None, participant=None,
               limit=100, offset=0) -> Page[EventRecord]:
        with self.engine.connect() as conn:
            return query_facts.list_events(conn, type, since, until, participant, limit, offset)

    def entities(self, *, type=None, q=None, limit=100, offset=0) -> Page[EntityRecord]:
        with self.engine.connect() as conn:
            return query_facts.list_entities(conn, type, q, limit, offset)

    def entity(self, id_or_name: int | str) -> EntityDetail | None:
        with self.engine.connect() as conn:
            return query_facts.get_entity(conn, id_or_name)

    def quotes(self, *, speaker=None, limit=100, offset=0) -> Page[QuoteRecord]:
        with self.engine.connect() as conn:
            return query_facts.list_quotes(conn, speaker, limit, offset)

    def articles(self, *, limit=100, offset=0) -> Page[ArticleRecord]:
        with self.engine.connect() as conn:
            return query_facts.list_articles(conn, limit, offset)

    def article(self, id: int) -> ArticleDetail | None:
        with self.engine.connect() as conn:
            return query_facts.get_article(conn, int(id))

    def search(self, text: str, *, limit=20) -> list[SearchHit]:
        with self.engine.connect() as conn:
            return fts.search(conn, text, limit)

    def stats(self) -> Stats:
        with self.engine.connect() as conn:
            return query_facts.stats(conn)


_BUMP = update(t.revision).where(t.revision.c.id == 1).values(value=t.revision.c.value + 1)


def _bump(conn: Connection) -> None:
    conn.execute(_BUMP)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


__all__ = ["Store", "StoreError"]
