"""read -> annotate -> extract: one article in, its facts out."""
from __future__ import annotations

import hashlib
from datetime import date

from .annotate import annotate
from .extract.entities import extract_entities
from .extract.events import extract_events
from .extract.projects import extract_projects
from .extract.quotes import extract_quotes
from .model import Article, Facts

# Natasha's syntax parser is quadratic-ish in sentence length and the
# tagger holds a whole document in memory: longer texts are cut into
# chunks on paragraph boundaries before annotation.
MAX_CHUNK = 20_000


def extract_article(article: Article) -> Facts:
    text = article.text or ""
    if not article.id:
        article.id = hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]
    if not text.strip():
        return Facts(article=article)
    doc = annotate(text)
    entities = extract_entities(doc)
    said = extract_quotes(doc, entities)
    quotes = [q for q in said if q.kind != "statement"]
    statements = [q for q in said if q.kind == "statement"]
    events = extract_events(doc, entities, article.published)
    projects = extract_projects(doc, entities, article.published)
    return Facts(article=article, entities=entities, events=events,
                 projects=projects, quotes=quotes, statements=statements)


def extract(text: str, published: date | str | None = None, **meta) -> Facts:
    """Facts of one article text. `published` (a date or "YYYY-MM-DD")
    anchors relative dates such as "вчера" or "2 сентября"."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return extract_article(Article(text=text, published=published, **meta))
