"""Full-text search: words found in any form the backend allows, and user
text that looks like SQL or FTS syntax is just text."""
from __future__ import annotations

import pytest



def test_search_finds_words(full):
    hits = full.search("полипропилена")
    assert len(hits) == 1
    text = full.article(hits[0].article_id).text
    assert "полипропилена" in text
    assert "полипропилена" in hits[0].snippet.lower()


def test_search_all_words_required_and_case_free(full):
    assert len(full.search("ЗАВОД полиэтилена")) == 2
    assert full.search("завод электростанция") == []


def test_search_by_prefix(full):
    assert {h.article_id for h in full.search("полиэтилен")} == {
        h.article_id for h in full.search("полиэтилена")}


def test_search_limit(full):
    assert len(full.search("завод", limit=1)) == 1
    assert full.search("завод", limit=0) == []


@pytest.mark.parametrize("text", [
    "'", '"', "''; DROP TABLE articles; --", "%", "_", "\\", "*", "завод*", "NEAR(завод полиэтилена)",
    "завод OR солнечная", "завод AND NOT", "-завод", "title:завод", "^завод", "(завод", "завод)",
    "{завод}", "[", "a:b:c", "!", "&", "|", "<->", "завод & | !", ":*", "\x00", "😀", "   ", "",
    "1' OR '1'='1", "\"завод", "ё", "SELECT * FROM articles",
])
def test_search_metacharacters_never_error(full, text):
    hits = full.search(text)
    assert isinstance(hits, list)
    assert full.articles().total == 4


def test_search_operator_words_are_words(full):
    # "OR" is a word of the query, not an operator: nothing has all three
    assert full.search("полиэтилена OR солнечная") == []


def test_sqlite_search_table_is_found_by_datasette(store):
    """Datasette offers search on a table when an FTS table names it as its
    content this way (its detect_fts query)."""
    if store.dialect != "sqlite":
        pytest.skip("SQLite only")
    from sqlalchemy import text
    sql = ("select name from sqlite_master where rootpage = 0 and "
           "sql like '%VIRTUAL TABLE%USING FTS%content=[articles]%'")
    with store.engine.connect() as conn:
        assert conn.scalars(text(sql)).all() == ["articles_fts"]
