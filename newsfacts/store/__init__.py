"""The fact base: the only code that touches a database.

    from newsfacts.store import Store
    with Store("sqlite:///news.db") as store:
        store.ingest(facts)
        page = store.projects(country="KZ")
"""
from ..model.registry import (ArticleDetail, ArticleRecord, EntityDetail, EntityRecord, EventRecord,
                              IngestResult, Page, ProjectDetail, ProjectSummary, QuoteRecord,
                              SearchHit, Stats)
from .db import StoreError
from .store import Store

__all__ = ["Store", "StoreError", "ArticleDetail", "ArticleRecord", "EntityDetail", "EntityRecord",
           "EventRecord", "IngestResult", "Page", "ProjectDetail", "ProjectSummary", "QuoteRecord",
           "SearchHit", "Stats"]
