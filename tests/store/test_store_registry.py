"""The registry the store builds from article facts: merged projects with
history and figures, resolved entities, manual merge and split."""
from __future__ import annotations

import pytest

from builders import PE_2023, PE_2025, PP_2024, SOLAR, article, corpus
from newsfacts.store import StoreError


def pe_project(store):
    items = store.projects(q="полиэтилен").items
    assert len(items) == 1, [p.name for p in items]
    return store.project(items[0].id)


def test_reports_of_one_plant_merge_with_history_and_figures(store):
    for f in corpus():
        store.ingest(f)
    pe = pe_project(store)
    assert pe.n_sources == 2
    assert pe.first_seen.isoformat() == "2023-03-01" and pe.last_seen.isoformat() == "2025-01-20"
    assert [(h.stage, h.date.isoformat()) for h in pe.history] == [
        ("announced", "2023-03-01"), ("construction", "2025-01-20")]
    assert pe.status == "construction"
    assert sorted(f.value for f in pe.investments) == [7.0e9, 7.4e9]
    assert [f.value for f in pe.investments if f.current] == [7.0e9]
    assert pe.investment_amount == 7.0e9 and pe.investment_currency == "USD"
    assert pe.capacity_value == 1.25e6 and pe.capacity_unit == "t/yr"
    assert {f.source.article_id for f in pe.investments} == {s.article_id for s in pe.sources}
    assert len(pe.merges) == 2 and pe.merges[1].reason and not pe.merges[1].manual
    assert pe.region == "Атырауская область" and pe.country == "KZ"
    assert pe.lat is not None and pe.lon is not None
    assert "Sibur" in pe.companies


def test_neighbouring_plant_stays_apart(store):
    for f in corpus():
        store.ingest(f)
    pp = store.projects(q="полипропилен").items
    assert len(pp) == 1 and pp[0].n_sources == 1
    assert pp[0].id != pe_project(store).id


def test_entities_resolve_across_articles(store):
    for f in corpus():
        store.ingest(f)
    tokayev = store.entity("Токаев")
    assert tokayev is not None
    assert tokayev.name == "Касым-Жомарт Токаев"
    assert tokayev.n_articles == 2
    assert len(tokayev.quotes) == 2
    assert store.entity("Касым-Жомарт Токаев").id == tokayev.id
    assert store.entity(tokayev.id).id == tokayev.id
    assert store.entity(str(tokayev.id)).id == tokayev.id
    kmg = store.entity("КазМунайГаз")
    assert kmg.n_articles == 3
    assert {p.name for p in kmg.projects} >= {PE_2023["name"], PP_2024["name"]}
    assert store.entity("нет такого") is None


def test_merge_projects(store):
    for f in corpus():
        store.ingest(f)
    pe, pp = pe_project(store), store.projects(q="полипропилен").items[0]
    before = store.revision()
    store.merge_projects(pe.id, pp.id)
    assert store.revision() > before  # caches of the registry must see it
    assert store.project(pp.id) is None
    merged = store.project(pe.id)
    assert merged.n_sources == 3
    manual = [m for m in merged.merges if m.manual]
    assert len(manual) == 1 and "manual merge" in manual[0].reason
    assert [h.stage for h in merged.history][-1] == "construction"


def test_split_project(store):
    for f in corpus():
        store.ingest(f)
    pe = pe_project(store)
    later = [m.article_project_id for m in pe.merges if m.article_id != pe.merges[0].article_id]
    before = store.revision()
    new_id = store.split_project(pe.id, later)
    assert store.revision() > before
    old, new = store.project(pe.id), store.project(new_id)
    assert old.n_sources == 1 and new.n_sources == 1
    assert old.status == "announced" and new.status == "construction"
    assert all(m.manual for m in new.merges)
    # and back together
    store.merge_projects(pe.id, new_id)
    assert store.project(pe.id).n_sources == 2


@pytest.mark.parametrize("bad", [
    lambda s, p: s.merge_projects(p.id, p.id),
    lambda s, p: s.merge_projects(p.id, 999999),
    lambda s, p: s.split_project(p.id, []),
    lambda s, p: s.split_project(p.id, [999999]),
    lambda s, p: s.split_project(999999, [1]),
    lambda s, p: s.split_project(p.id, [m.article_project_id for m in p.merges]),
])
def test_bad_corrections_change_nothing(store, bad):
    for f in corpus():
        store.ingest(f)
    pe = pe_project(store)
    before = store.projects(limit=None).model_dump()
    with pytest.raises(StoreError):
        bad(store, pe)
    assert store.projects(limit=None).model_dump() == before


def test_reingest_keeps_manual_split(store):
    for f in corpus():
        store.ingest(f)
    pe = pe_project(store)
    later = [m.article_project_id for m in pe.merges[1:]]
    new_id = store.split_project(pe.id, later)
    for f in corpus():
        assert store.ingest(f).outcome == "unchanged"
    assert store.project(new_id).n_sources == 1


def test_changed_article_leaves_registry_consistent(store):
    for f in corpus():
        store.ingest(f)
    # pe-2025 now reports a solar plant instead: the polyethylene record
    # loses that source and the solar one gains it
    store.ingest(article("pe-2025", "2025-01-20", SOLAR, extra="Поправка."))
    pe = pe_project(store)
    assert pe.n_sources == 1 and pe.status == "announced"
    assert [f.value for f in pe.investments] == [7.4e9]
    solar = store.projects(sector="solar_power").items
    assert sum(p.n_sources for p in solar) == 2


def test_project_detail_lists_sources_events_and_quotes(store):
    for f in corpus():
        store.ingest(f)
    pe = pe_project(store)
    assert pe.sources and all(s.sentence for s in pe.sources)
    first = pe.sources[0]
    text = store.article(first.article_id).text
    assert text[first.start:first.end] == first.sentence
    assert any(q.speaker and q.speaker.name == "Касым-Жомарт Токаев" for q in pe.quotes)
    assert any(e.type == "meeting" for e in pe.events)
    assert PE_2025["name"] == pe.name
