"""Tables of the fact base (SQLAlchemy Core), one code path for SQLite and
PostgreSQL. The migrations under `migrations/` create exactly these.

Two levels:
- what each article said: `articles` and the rows hanging off it (entities,
  mentions, events, projects, figures, quotes, evidence). Deleting an article
  cascades to all of them, which is how a changed article replaces its facts.
- the registry merged from them: `entities`, `projects` and their membership,
  figure, status and company rows. Registry rows are recomputed from the
  article level whenever their members change.

Plain tables with foreign keys, so `datasette newsfacts.db` can browse them.
Offsets are called char_start/char_end: START and END are SQL keywords.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Date, DateTime, Float, ForeignKey, Index,
                        Integer, MetaData, String, Table, Text)

metadata = MetaData()

CASCADE = {"ondelete": "CASCADE"}
SET_NULL = {"ondelete": "SET NULL"}


def _id() -> Column:
    return Column("id", Integer, primary_key=True, autoincrement=True)


# --- what each article said ------------------------------------------------

articles = Table(
    "articles", metadata, _id(),
    Column("key", String(64), nullable=False, unique=True),  # sha256 of the text
    Column("url", Text, index=True),
    Column("ext_id", Text, index=True),  # id the input gave (file stem, JSON Lines "id")
    Column("title", Text),
    Column("published", Date, index=True),
    Column("source", Text),  # file path or other origin
    Column("text", Text, nullable=False),
    Column("facts_json", Text, nullable=False),  # Facts.to_dict(), as `extract` prints it
    Column("n_entities", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_projects", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime, nullable=False),
)

article_entities = Table(
    "article_entities", metadata, _id(),
    Column("article_id", ForeignKey("articles.id", **CASCADE), nullable=False, index=True),
    Column("local_id", String(32), nullable=False),  # "e1" in the article's facts
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list
    Column("kb_id", Text),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float),
    Column("entity_id", ForeignKey("entities.id", **SET_NULL), index=True),
)

mentions = Table(
    "mentions", metadata, _id(),
    Column("article_id", ForeignKey("articles.id", **CASCADE), nullable=False, index=True),
    Column("article_entity_id", ForeignKey("article_entities.id", **CASCADE), nullable=False, index=True),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("normal", Text),
)

events = Table(
    "events", metadata, _id(),
    Column("article_id", ForeignKey("articles.id", **CASCADE), nullable=False, index=True),
    Column("local_id", String(32), nullable=False),
    Column("type", String(32), nullable=False, index=True),
    Column("date", Date, index=True),
    Column("place", Text),
    Column("place_entity_id", ForeignKey("article_entities.id", **SET_NULL), index=True),
    Column("confidence", Float),
)

event_participants = Table(
    "event_participants", metadata, _id(),
    Column("event_id", ForeignKey("events.id", **CASCADE), nullable=False, index=True),
    Column("article_entity_id", ForeignKey("article_entities.id", **SET_NULL), index=True),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False, index=True),
)

article_projects = Table(
    "article_projects", metadata, _id(),
    Column("article_id", ForeignKey("articles.id", **CASCADE), nullable=False, index=True),
    Column("local_id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("sector", String(32)),
    Column("status", String(32)),
    Column("location", Text),
    Column("location_entity_id", ForeignKey("article_entities.id", **SET_NULL), index=True),
    Column("jobs", Integer),
    Column("confidence", Float),
    Column("view_json", Text, nullable=False),  # registry.match.ProjectView, for matching
)

article_project_companies = Table(
    "article_project_companies", metadata, _id(),
    Column("article_project_id", ForeignKey("article_projects.id", **CASCADE), nullable=False, index=True),
    Column("article_entity_id", ForeignKey("article_entities.id", **SET_NULL)),
    Column("name", Text, nullable=False),
)

# Blocking keys of each article project: candidates for a new project are
# the registry projects whose members share a key with it.
article_project_keys = Table(
    "article_project_keys", metadata,
    Column("article_project_id", ForeignKey("article_projects.id", **CASCADE), primary_key=True),
    Column("key", String(200), primary_key=True),
    Index("ix_article_project_keys_key", "key"),
)

figures = Table(
    "figures", metadata, _id(),
    Column("article_project_id", ForeignKey("article_projects.id", **CASCADE), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # capacity | investment | jobs
    Column("value", Float, nullable=False),
    Column("unit", String(16), nullable=False),  # MW, t/yr..., ISO 4217, or "jobs"
    Column("text", Text),
)

quotes = Table(
    "quotes", metadata, _id(),
    Column("article_id", ForeignKey("articles.id", **CASCADE), nullable=False, index=True),
    Column("local_id", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_norm", Text, index=True),
    Column("speaker_entity_id", ForeignKey("article_entities.id", **SET_NULL), index=True),
    Column("char_start", Integer),
    Column("char_end", Integer),
    Column("confidence", Float),
)

evidence = Table(
    "evidence", metadata, _id(),
    Column("article_id", ForeignKey("articles.id", **CASCADE), nullable=False, index=True),
    Column("article_project_id", ForeignKey("article_projects.id", **CASCADE), index=True),
    Column("event_id", ForeignKey("events.id", **CASCADE), index=True),
    Column("quote_id", ForeignKey("quotes.id", **CASCADE), index=True),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
)

# --- the registry ----------------------------------------------------------

entities = Table(
    "entities", metadata, _id(),
    Column("type", String(16), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False, index=True),
    Column("key", Text, nullable=False, index=True),  # registry.entities.entity_key
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list
    Column("kb_id", Text),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_mentions", Integer, nullable=False, default=0),
)

# Words of every name of an entity: blocking for cross-article resolution
# ("Токаев" shares a word with "Касым-Жомарт Токаев").
entity_tokens = Table(
    "entity_tokens", metadata,
    Column("entity_id", ForeignKey("entities.id", **CASCADE), primary_key=True),
    Column("token", String(200), primary_key=True),
    Index("ix_entity_tokens_token", "token"),
)

projects = Table(
    "projects", metadata, _id(),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON: other names the sources used
    Column("sector", String(32), index=True),
    Column("status", String(32), index=True),
    Column("country", String(8), index=True),
    Column("region", Text),
    Column("region_norm", Text, index=True),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("capacity_value", Float),
    Column("capacity_unit", String(16)),
    Column("investment_amount", Float),
    Column("investment_currency", String(16)),
    Column("jobs", Integer),
    Column("first_seen", Date, index=True),
    Column("last_seen", Date, index=True),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("view_json", Text, nullable=False),  # merged ProjectView of the members
    Column("updated_at", DateTime, nullable=False),
)

project_members = Table(
    "project_members", metadata, _id(),
    Column("project_id", ForeignKey("projects.id", **CASCADE), nullable=False, index=True),
    Column("article_project_id", ForeignKey("article_projects.id", **CASCADE), nullable=False, unique=True),
    Column("score", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Column("manual", Boolean, nullable=False, default=False),
    Column("created_at", DateTime, nullable=False),
)

project_companies = Table(
    "project_companies", metadata, _id(),
    Column("project_id", ForeignKey("projects.id", **CASCADE), nullable=False, index=True),
    Column("entity_id", ForeignKey("entities.id", **SET_NULL), index=True),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False, index=True),
)

# The figure the registry shows for each slot (capacity, investment, jobs).
# Every reported figure stays in `figures`, reached through the members.
project_figures = Table(
    "project_figures", metadata, _id(),
    Column("project_id", ForeignKey("projects.id", **CASCADE), nullable=False, index=True),
    Column("figure_id", ForeignKey("figures.id", **CASCADE), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
)

project_status = Table(
    "project_status", metadata, _id(),
    Column("project_id", ForeignKey("projects.id", **CASCADE), nullable=False, index=True),
    Column("article_project_id", ForeignKey("article_projects.id", **CASCADE), nullable=False, index=True),
    Column("stage", String(32), nullable=False),
    Column("date", Date),
    Column("position", Integer, nullable=False),  # order in the history, oldest first
)

# Manual merges and splits, kept after the rows they touched are gone.
project_log = Table(
    "project_log", metadata, _id(),
    Column("action", String(16), nullable=False),  # merge | split
    Column("project_id", Integer, nullable=False),
    Column("other_id", Integer),
    Column("detail", Text),
    Column("created_at", DateTime, nullable=False),
)

# One row counting committed changes (ingests that changed something, merges,
# splits): a server caching responses checks it to know when to forget them.
revision = Table(
    "revision", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", Integer, nullable=False),
)
