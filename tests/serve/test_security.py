"""Escaping, limits and errors: hostile articles never become markup, big
bodies are refused, failures never show a traceback."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.highlight import Span, render

from serve_hostile import XSS_TITLE


def hostile_pages(client, ids):
    aid = ids["hostile_article"]
    paths = [f"/articles/{aid}", "/articles", "/", "/search?q=Газпром", "/entities?limit=1000", "/quotes",
             "/projects?limit=1000", "/search?q=" + XSS_TITLE]
    art = client.get(f"/api/articles/{aid}").json()
    for kind in ("entities",):
        for e in art["facts"].get(kind, []):
            paths.append("/entities/" + e["name"].replace("/", " "))
    projects = client.get("/api/projects", params={"limit": 1000}).json()["items"]
    paths += [f"/projects/{p['id']}" for p in projects]
    return paths


def test_hostile_article_is_escaped_everywhere(client, ids):
    for path in hostile_pages(client, ids):
        r = client.get(path)
        assert r.status_code in (200, 404), path
        html = r.text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert 'href="javascript:' not in html.lower(), path
    html = client.get(f"/articles/{ids['hostile_article']}").text
    assert "&lt;script&gt;alert(" in html  # shown as text, not dropped
    assert "&lt;img src=x onerror=alert(2)&gt;" in html.replace("&#34;", '"').replace("&quot;", '"')


def test_embedded_json_cannot_close_its_script_tag(client, ids):
    html = client.get(f"/articles/{ids['hostile_article']}").text
    start = html.index('id="fact-notes">') + len('id="fact-notes">')
    body = html[start:html.index("</script>", start)]
    assert "<" not in body  # Jinja's tojson writes \u003c


def test_highlighter_escapes_and_ignores_bad_offsets():
    text = '<b>"x"</b> & javascript:alert(1)'
    out = str(render(text, [Span(0, 3, "PER", 'e1" onmouseover="alert(1)'), Span(5, 999, "ORG", "e2"),
                            Span(-1, 2, "LOC", "e3"), Span(4, 2, "LOC", "e4")]))
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp;" in out
    assert 'onmouseover="' not in out
    assert out.count("<span") == 1


def test_search_with_markup_is_plain_text(client):
    r = client.get("/search", params={"q": '"><script>alert(5)</script>'})
    assert r.status_code == 200 and "<script>alert(5)" not in r.text


def test_body_size_limit(filled_store):
    with TestClient(create_app(store=filled_store, max_body=10_000)) as c:
        r = c.post("/api/extract", json={"text": "а" * 20_000})
        assert r.status_code == 413 and "detail" in r.json()
        # a streamed body without Content-Length is cut off too
        def chunks():
            for _ in range(20):
                yield b"x" * 1000
        r = c.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413


def test_extract_validates_its_body(client):
    assert client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    assert client.post("/api/extract", json={}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "published": "someday"}).status_code == 422
    r = client.post("/api/extract", json={"text": "а" * 300_001})
    assert r.status_code in (413, 422)


def test_extract_returns_facts_without_storing(client):
    before = client.get("/api/stats").json()["articles"]
    r = client.post("/api/extract", json={"text": "Вчера в Астане Касым-Жомарт Токаев провел переговоры с "
                                                   "Шавкатом Мирзиёевым.", "published": "2024-05-20"})
    assert r.status_code == 200, r.text
    facts = r.json()
    names = {e["name"] for e in facts["entities"]}
    assert any("Токаев" in n for n in names)
    for e in facts["entities"]:
        for m in e["mentions"]:
            assert facts["text"][m["start"]:m["end"]] == m["text"]
    assert client.get("/api/stats").json()["articles"] == before


class Boom:
    """A store whose every query fails as a bug would."""
    def __getattr__(self, name):
        def fail(*a, **k):
            raise RuntimeError("secret internals at /srv/db password=hunter2")
        return fail


def test_server_errors_show_no_traceback():
    with TestClient(create_app(store=Boom()), raise_server_exceptions=False) as c:
        r = c.get("/api/projects")
        assert r.status_code == 500 and r.json() == {"detail": "internal server error"}
        r = c.get("/projects")
        assert r.status_code == 500 and "hunter2" not in r.text and "Traceback" not in r.text


def test_missing_database_is_503(tmp_path):
    bad = f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'x.db'}"
    with TestClient(create_app(bad), raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
        assert r.status_code in (500, 503) and "Traceback" not in r.text


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_nul_bytes_are_refused(client):
    assert client.get("/api/projects", params={"q": "a\x00b"}).status_code == 400
    assert client.get("/api/entities/a%00b").status_code == 400
    assert client.post("/api/extract", json={"text": "a\x00b"}).status_code == 422
