"""Storing through the API exists only with --allow-writes and the token."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app

TEXT = "Компания «Казатомпром» построит в Туркестанской области завод по производству урана стоимостью 100 млн долларов."


def test_read_only_by_default(store):
    with TestClient(create_app(store=store)) as c:
        r = c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 405
        assert "/api/articles" not in c.get("/api/openapi.json").json()["paths"] or \
            "post" not in c.get("/api/openapi.json").json()["paths"]["/api/articles"]


def test_allow_writes_needs_a_token():
    with pytest.raises(ValueError):
        create_app("sqlite:///:memory:", allow_writes=True)


def test_writes_with_the_token(store):
    with TestClient(create_app(store=store, allow_writes=True, token="s3cret")) as c:
        assert c.post("/api/articles", json={"text": TEXT}).status_code == 401
        bad = c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
        ok = c.post("/api/articles", json={"text": TEXT, "title": "Уран", "published": "2025-02-01", "id": "t-1"},
                    headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200, ok.text
        result = ok.json()
        assert result["outcome"] == "new" and result["article_id"]
        art = c.get(f"/api/articles/{result['article_id']}").json()
        assert art["title"] == "Уран" and art["text"] == TEXT
        again = c.post("/api/articles", json={"text": TEXT, "title": "Уран", "published": "2025-02-01", "id": "t-1"},
                       headers={"Authorization": "Bearer s3cret"})
        assert again.json()["outcome"] == "unchanged"


def test_micro_cache_serves_repeats_and_empties_on_write(store):
    with TestClient(create_app(store=store, allow_writes=True, token="t", cache_ttl=60)) as c:
        first = c.get("/api/stats").json()
        auth = {"Authorization": "Bearer t"}
        assert c.post("/api/articles", json={"text": TEXT, "id": "cache-1"}, headers=auth).status_code == 200
        after = c.get("/api/stats").json()
        assert after["articles"] == first["articles"] + 1  # the write emptied the cache
        # a second client's write (another process) shows only after the TTL
        from newsfacts.pipeline import extract
        store.ingest(extract(TEXT + " Второй текст.", id="cache-2"))
        assert c.get("/api/stats").json() == after
        assert c.get("/api/stats", headers={"Accept-Encoding": "identity"}).json()["articles"] == after["articles"] + 1
