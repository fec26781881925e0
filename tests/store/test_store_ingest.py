"""Storing articles: identity by content, replacement of changed articles,
one transaction per article."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from builders import PE_2023, PE_2025, SOLAR, article, corpus, project
from newsfacts.store import Store, schema as t


def counts(store: Store) -> dict[str, int]:
    tables = ["articles", "article_entities", "mentions", "events", "event_participants",
              "article_projects", "figures", "quotes", "evidence", "entities", "projects",
              "project_members", "project_status", "project_figures", "project_companies"]
    with store.engine.connect() as conn:
        return {name: conn.scalar(select(func.count()).select_from(t.metadata.tables[name])) for name in tables}


def test_ingest_new_then_unchanged(store):
    results = [store.ingest(f) for f in corpus()]
    assert [r.outcome for r in results] == ["new"] * 4
    assert all(r.facts_added > 0 for r in results)
    before = counts(store)
    again = [store.ingest(f) for f in corpus()]
    assert [r.outcome for r in again] == ["unchanged"] * 4
    assert [r.article_id for r in again] == [r.article_id for r in results]
    assert all(r.facts_added == 0 for r in again)
    assert counts(store) == before


def test_revision_moves_when_facts_change_only(store):
    start = store.revision()
    store.ingest(corpus()[0])
    after_new = store.revision()
    store.ingest(corpus()[0])
    assert after_new > start and store.revision() == after_new


def test_same_text_under_other_id_is_one_article(store):
    a = article("one", "2024-01-01", SOLAR)
    store.ingest(a)
    a.article.id, a.article.title = "other-name", "With a title"
    assert store.ingest(a).outcome == "unchanged"
    assert store.articles().total == 1


def test_changed_article_replaces_only_its_own_facts(store):
    for f in corpus():
        store.ingest(f)
    before = counts(store)
    solar_id = store.projects(sector="solar_power").items[0].id
    # pe-2025 is corrected: the figure changes, the status stays
    fixed = project(PE_2025["name"], "petrochemicals", "construction", "Атырауская область",
                    ["КазМунайГаз", "Sibur"], investment={"amount": 6.5e9, "currency": "USD"})
    result = store.ingest(article("pe-2025", "2025-01-20", fixed, title="Исправлено"))
    assert result.outcome == "replaced"
    assert store.articles().total == 4
    after = counts(store)
    assert after["articles"] == before["articles"]
    assert after["article_projects"] == before["article_projects"]
    pe = [p for p in store.projects(q="полиэтилен").items]
    assert len(pe) == 1
    detail = store.project(pe[0].id)
    amounts = sorted(f.value for f in detail.investments)
    assert amounts == [6.5e9, 7.4e9]
    assert detail.investment_amount == 6.5e9  # the newest report is current
    # the unrelated project is untouched, with the same id
    assert store.project(solar_id).n_sources == 1
    # the old version's text is gone from search
    assert not [h for h in store.search("Стройка полиэтиленового") if h.title == "Стройка полиэтиленового завода"]


def test_changed_article_by_url(store):
    a = article("x1", "2024-01-01", SOLAR, url="https://example.org/a")
    b = article("x2", "2024-01-02", PE_2023, url="https://example.org/a")
    assert store.ingest(a).outcome == "new"
    assert store.ingest(b).outcome == "replaced"
    assert store.articles().total == 1
    assert store.projects(sector="solar_power").total == 0
    assert store.stats().entities == len(b.entities)  # entities of the old version are gone


def test_derived_ids_of_different_files_do_not_replace_each_other(store):
    a = article("index", "2024-01-01", SOLAR)
    b = article("index", "2024-01-01", PE_2023)
    a.article.source, b.article.source = "site/a/index.html", "site/b/index.html"
    assert store.ingest(a).outcome == "new"
    assert store.ingest(b).outcome == "new"
    assert store.articles().total == 2


def test_failing_article_leaves_nothing_behind(store, monkeypatch):
    store.ingest(article("ok", "2024-01-01", SOLAR))
    before = counts(store)
    from newsfacts.store import sync_projects

    def boom(*a, **k):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(sync_projects, "attach_project", boom)
    with pytest.raises(RuntimeError):
        store.ingest(article("bad", "2024-01-02", PE_2023))
    assert counts(store) == before


def test_empty_article_is_stored(store):
    from newsfacts.model import Article, Facts
    r = store.ingest(Facts(article=Article(text="Короткая заметка без фактов.", id="empty")))
    assert r.outcome == "new" and r.facts_added == 0
    assert store.article(r.article_id).facts["projects"] == []


def test_article_detail_keeps_text_and_facts(store):
    f = corpus()[0]
    r = store.ingest(f)
    d = store.article(r.article_id)
    assert d.text == f.article.text
    assert d.url == f.article.url and d.ext_id == "pe-2023"
    assert d.facts["projects"][0]["name"] == PE_2023["name"]
    assert d.n_projects == 1 and d.n_quotes == 1 and d.n_events == 1
    assert store.article(999999) is None


def test_reopen_keeps_data_and_schema(db_url):
    s = Store(db_url)
    s.ingest(corpus()[0])
    s.close()
    s = Store(db_url)
    assert s.articles().total == 1
    s.close()


def test_bad_url_is_a_store_error(tmp_path):
    from newsfacts.store import StoreError
    with pytest.raises(StoreError):
        Store("mysql://nobody@nowhere/db")
    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path}/missing/dir/x.db")


def test_prepared_facts_store_as_the_facts_do(store, tmp_path):
    """Ingest workers send `prepare(facts)` through a pipe: what arrives
    stores exactly what the facts themselves would."""
    import pickle

    from newsfacts.store.write import prepare
    for f in corpus():
        store.ingest(pickle.loads(pickle.dumps(prepare(f))))
    other = Store(f"sqlite:///{tmp_path / 'plain.db'}")
    for f in corpus():
        other.ingest(f)
    assert counts(store) == counts(other)
    mine = [(p.name, p.status, p.capacity_value, p.n_sources) for p in store.projects().items]
    theirs = [(p.name, p.status, p.capacity_value, p.n_sources) for p in other.projects().items]
    assert mine == theirs and mine
    other.close()
