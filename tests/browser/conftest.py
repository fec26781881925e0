"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium)
against a real `newsfacts serve` subprocess on a free port, over a SQLite
database filled with the sample corpus. Skipped when Chromium or the
playwright package is missing; .ci/run installs both."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "articles.jsonl"

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Base URL of a running server. The database is filled in-process
    (one extraction pass), then the server runs as its own process."""
    from newsfacts.pipeline import extract
    from newsfacts.store import Store
    db = tmp_path_factory.mktemp("browser") / "browser.db"
    url = f"sqlite:///{db}"
    with Store(url) as store:
        for line in SAMPLES.read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                store.ingest(extract(a["text"], a.get("date"), id=a["id"], title=a.get("title")))
    port = free_port()
    log = open(db.with_suffix(".log"), "wb")
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "serve", "--db", url, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("server did not start: " + db.with_suffix(".log").read_text(errors="replace")[-2000:])
        time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="session")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        yield b
        b.close()


class Console:
    """Errors a page logged: console.error messages, uncaught exceptions,
    failed requests."""

    def __init__(self, page):
        self.errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"requestfailed: {r.url}"))


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="ru-RU")
    pg = ctx.new_page()
    pg.console = Console(pg)
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: docs/ when NEWSFACTS_SCREENSHOTS=docs (to refresh
    the README's pictures), a temporary folder otherwise."""
    if os.environ.get("NEWSFACTS_SCREENSHOTS") == "docs":
        out = ROOT / "docs"
        out.mkdir(exist_ok=True)
        return out
    return tmp_path_factory.mktemp("screenshots")
