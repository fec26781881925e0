"""Every page in a real browser: renders, logs no error, and does what it
shows (filters, map markers, highlights, the extract form)."""
from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"



def api(server, path):
    with urllib.request.urlopen(server + path, timeout=10) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def ids(server):
    projects = api(server, "/api/projects?limit=1000")["items"]
    # the richest project makes the most telling page (and screenshot)
    best = max(projects, key=lambda p: (p["n_sources"], p["lat"] is not None, p["investment_amount"] is not None,
                                        p["capacity_value"] is not None, bool(p["companies"])))
    return {"project": best["id"], "article": api(server, "/api/articles?limit=1")["items"][0]["id"],
            "entity": api(server, "/api/entities?type=PER&limit=1")["items"][0]["id"]}


def wait_until(page, expression: str, timeout: float = 30.0):
    """Poll `expression` with page.evaluate (DevTools evaluation is not
    subject to the page's CSP, unlike wait_for_function's eval)."""
    import time
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        page.wait_for_timeout(100)


def paths(ids):
    return ["/", "/projects", f"/projects/{ids['project']}", "/map", "/entities", f"/entities/{ids['entity']}",
            "/events", "/quotes", "/articles", f"/articles/{ids['article']}", "/search?q=Бишкек", "/extract",
            "/api/docs"]


def test_every_page_renders_without_console_errors(server, page, ids):
    for path in paths(ids):
        resp = page.goto(server + path, wait_until="networkidle")
        assert resp.status == 200, path
        page.wait_for_timeout(150)
        assert page.title(), path
        assert not page.console.errors, (path, page.console.errors)


def test_projects_filter_changes_the_table(server, page, shots):
    page.goto(server + "/projects", wait_until="networkidle")
    rows = page.locator("#projects-table tbody tr")
    before = rows.count()
    page.screenshot(path=str(shots / "projects.png"))
    options = page.locator("select[name=sector] option").evaluate_all("els => els.map(e => e.value)")
    sector = next(v for v in options if v)
    with page.expect_navigation():
        page.select_option("select[name=sector]", sector)
    assert f"sector={sector}" in page.url
    assert "status=" not in page.url  # empty fields stay out of the URL
    after = rows.count()
    assert 0 < after < before
    badges = page.locator("#projects-table tbody tr td:nth-child(2)").all_inner_texts()
    assert len(set(badges)) == 1
    # sorting by a header keeps the filter
    with page.expect_navigation():
        page.click("#projects-table th >> text=Project")
    assert f"sector={sector}" in page.url and "sort=" in page.url
    assert rows.count() == after
    assert not page.console.errors


def test_map_shows_markers(server, page, shots):
    page.goto(server + "/map", wait_until="networkidle")
    wait_until(page, "document.getElementById('map').dataset.markers > 0")
    n = int(page.get_attribute("#map", "data-markers"))
    assert n == len(api(server, "/api/map"))
    # clusters or single markers are drawn
    assert page.locator(".cluster, path.leaflet-interactive").count() > 0
    assert page.locator("#map canvas, #map svg").count() > 0  # the outlines
    assert re.search(r"\d+ projects? on the map", page.inner_text("#map-count"))
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / "map.png"))
    # a filter narrows the markers
    sector = api(server, "/api/map")[0]["sector"]
    page.goto(server + f"/map?sector={sector}", wait_until="networkidle")
    wait_until(page, "document.getElementById('map').dataset.markers > 0")
    assert int(page.get_attribute("#map", "data-markers")) <= n
    assert not page.console.errors


def test_article_page_highlights_facts(server, page, ids, shots):
    page.goto(server + f"/articles/{ids['article']}", wait_until="networkidle")
    for cls in ("hl-PER", "hl-LOC", "hl-ORG", "hl-project"):
        assert page.locator(f"#article-text .{cls}").count() > 0, cls
    person = page.locator("#article-text .hl-PER").first
    person.hover()
    tip = page.locator(".tip")
    tip.wait_for(state="visible")
    assert "PER" in tip.inner_text()
    page.screenshot(path=str(shots / "article.png"))
    assert not page.console.errors


def test_project_page(server, page, ids, shots):
    page.goto(server + f"/projects/{ids['project']}", wait_until="networkidle")
    assert page.locator("h1").inner_text()
    assert page.locator(".timeline li").count() >= 1
    assert page.locator(".source").count() >= 1
    if page.locator("#minimap").count():
        assert page.locator("#minimap canvas, #minimap svg").count() > 0
    page.screenshot(path=str(shots / "project.png"), full_page=True)
    assert not page.console.errors


def test_home_charts(server, page, shots):
    page.goto(server + "/", wait_until="networkidle")
    # Chart.js drew on each canvas (a blank canvas has zero-size data URL differences)
    drawn = page.evaluate("""() => [...document.querySelectorAll('canvas')].map(c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i]) return true;
        return false; })""")
    assert drawn and all(drawn)
    page.screenshot(path=str(shots / "home.png"))
    assert not page.console.errors


def test_extract_page_highlights_pasted_text(server, page, shots):
    page.goto(server + "/extract", wait_until="networkidle")
    text = ("Компания <b>«Газпром»</b> построит в Амурской области новый завод по переработке газа. "
            "Президент Казахстана Касым-Жомарт Токаев посетил Атырау.")
    page.fill("#extract-text", text)
    page.click("#extract-go")
    page.wait_for_selector("#extract-output .hl", timeout=60000)
    assert page.inner_text("#extract-output").strip() == text.strip()  # markup stays text
    assert page.locator("#extract-output b").count() == 0
    assert page.locator("#extract-output .hl-PER, #extract-output .hl-ORG, #extract-output .hl-LOC").count() > 0
    # a real article for the picture
    sample = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[0])
    page.fill("#extract-text", sample["text"])
    page.fill("#extract-date", sample["date"])
    page.click("#extract-go")
    wait_until(page, "document.getElementById('extract-output').textContent.length > 500", 60)
    page.screenshot(path=str(shots / "extract.png"))
    assert not page.console.errors
