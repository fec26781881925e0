"""Server-rendered pages and their JSON twins."""
from __future__ import annotations

import csv
import io

import pytest


def page_paths(ids):
    return ["/", "/projects", f"/projects/{ids['project']}", "/map", "/entities", f"/entities/{ids['entity']}",
            "/events", "/quotes", "/articles", f"/articles/{ids['article']}", "/search?q=Бишкек", "/search",
            "/extract", "/projects?sector=nuclear&sort=name", "/entities?type=PER", "/projects?offset=5&limit=5"]


def test_every_page_renders(client, ids):
    for path in page_paths(ids):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")
        assert "<!doctype html>" in r.text and "</html>" in r.text
        # nothing from the internet: our own scripts and styles only
        assert 'src="http' not in r.text and 'href="http' not in r.text.replace('href="https://', 'X', 0)
        assert "content-security-policy" in r.headers


@pytest.mark.parametrize("how", ["query", "suffix", "accept"])
def test_pages_have_json_twins(client, ids, how):
    for path in ["/", "/projects", f"/projects/{ids['project']}", "/entities", f"/articles/{ids['article']}",
                 "/events", "/quotes", "/map", "/search?q=Бишкек"]:
        base, _, query = path.partition("?")
        if how == "query":
            r = client.get(path + ("&" if query else "?") + "format=json")
        elif how == "suffix":
            r = client.get(base.rstrip("/") + ".json" + ("?" + query if query else "") if base != "/" else "/?format=json")
        else:
            r = client.get(path, headers={"Accept": "application/json"})
        assert r.status_code == 200, (path, r.text[:200])
        assert r.headers["content-type"].startswith("application/json"), path
        assert isinstance(r.json(), dict)


def test_projects_page_json_is_the_api_page(client):
    page = client.get("/projects?format=json&sector=nuclear").json()
    api = client.get("/api/projects?sector=nuclear").json()
    assert page["projects"] == api


def test_projects_table_follows_filters(client, ids):
    all_rows = client.get("/projects").text.count('href="/projects/')
    sector = next(p["sector"] for p in ids["projects"] if p["sector"])
    some = client.get("/projects", params={"sector": sector}).text.count('href="/projects/')
    expected = sum(1 for p in ids["projects"] if p["sector"] == sector)
    assert some == expected < all_rows


def test_csv_download_of_the_current_filter(client, ids):
    sector = next(p["sector"] for p in ids["projects"] if p["sector"])
    r = client.get("/projects.csv", params={"sector": sector})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == sum(1 for p in ids["projects"] if p["sector"] == sector)
    assert {row["sector"] for row in rows} == {sector}
    full = list(csv.DictReader(io.StringIO(client.get("/projects.csv").content.decode("utf-8-sig"))))
    assert len(full) == len(ids["projects"])


def test_csv_cells_never_become_formulas():
    from newsfacts.serve.pages import _csv_cell
    assert _csv_cell("=HYPERLINK(\"http://x\")").startswith("'")
    assert _csv_cell("+7 123").startswith("'") and _csv_cell("@SUM(A1)").startswith("'")
    assert _csv_cell(-5) == "-5" and _csv_cell(["a", "b"]) == "a; b" and _csv_cell(None) == ""


def test_missing_records_are_404_pages(client):
    r = client.get("/projects/987654321")
    assert r.status_code == 404 and "Not found" in r.text
    assert client.get("/articles/987654321?format=json").json() == {"detail": "no article 987654321"}


def test_bad_page_parameters(client):
    r = client.get("/projects?limit=abc")
    assert r.status_code == 422 and "limit" in r.text
    r = client.get("/projects?sort=nonsense", headers={"Accept": "application/json"})
    assert r.status_code == 422 and r.json()["detail"]


def test_article_page_highlights_facts(client, ids):
    html = client.get(f"/articles/{ids['article']}").text
    for cls in ("hl-PER", "hl-LOC", "hl-project"):
        assert cls in html, cls
    assert 'id="fact-notes"' in html and "data-f=" in html


def test_project_page_shows_slots_sources_timeline(client, ids):
    pid = max(ids["projects"], key=lambda p: p["n_sources"])["id"]
    html = client.get(f"/projects/{pid}").text
    for part in ("Slots", "Sources", "Status timeline", "Location"):
        assert part in html


def test_pages_work_without_built_assets(client, ids, monkeypatch, tmp_path):
    from newsfacts.serve import render
    monkeypatch.setattr(render, "VENDOR", tmp_path / "nothing")
    for path in ("/", "/map", f"/projects/{ids['project']}"):
        r = client.get(path)
        assert r.status_code == 200
        assert "build_assets.py" in r.text or path.startswith("/projects")
        assert "/static/vendor/leaflet/leaflet.js" not in r.text
