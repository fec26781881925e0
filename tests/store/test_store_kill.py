"""kill -9 in the middle of a real `newsfacts ingest`: what was committed
stays, nothing is half-written, and the rerun neither loses nor doubles."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from newsfacts.store import Store
from newsfacts.store import schema as t
from newsfacts.store.db import resolve_url

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"
COPIES = 4  # 40 articles: long enough to be killed half-way
TIMEOUT = 300


def make_corpus(path: Path) -> int:
    lines = [json.loads(x) for x in SAMPLES.read_text(encoding="utf-8").splitlines() if x.strip()]
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for obj in lines:
                obj = dict(obj, id=f"{obj['id']}-{copy}", text=obj["text"] + f"\n\nВыпуск {copy}.")
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
    return n


def ingest(db: str, corpus: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "ingest", str(corpus), "--db", db, "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def n_articles(engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(t.articles)) or 0
    except Exception:  # schema not created yet
        return 0


def check_consistent(engine) -> None:
    """Every stored article has all its facts, and every article project is
    in exactly one registry project."""
    with engine.connect() as conn:
        for a in conn.execute(select(t.articles)):
            facts = json.loads(a.facts_json)
            got = {name: conn.scalar(select(func.count()).select_from(table).where(table.c.article_id == a.id))
                   for name, table in [("entities", t.article_entities), ("events", t.events),
                                       ("projects", t.article_projects), ("quotes", t.quotes)]}
            assert got == {k: len(facts[k]) for k in got}, a.ext_id
        orphans = conn.scalar(text(
            "SELECT count(*) FROM article_projects ap LEFT JOIN project_members m "
            "ON m.article_project_id = ap.id WHERE m.id IS NULL"))
        empty = conn.scalar(text(
            "SELECT count(*) FROM projects p LEFT JOIN project_members m "
            "ON m.project_id = p.id WHERE m.id IS NULL"))
        assert orphans == 0 and empty == 0
        keys = conn.execute(text("SELECT key, count(*) FROM articles GROUP BY key HAVING count(*) > 1")).all()
        assert keys == []


def test_kill_9_mid_ingest_loses_and_doubles_nothing(db_url, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    total = make_corpus(corpus)
    Store(db_url).close()  # schema first, so the poller can count
    engine = create_engine(resolve_url(db_url))
    proc = ingest(db_url, corpus)
    try:
        deadline = time.time() + TIMEOUT
        while n_articles(engine) < 5:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.time() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    kept = n_articles(engine)
    assert 5 <= kept < total, "the run ended before it could be killed"
    check_consistent(engine)

    rerun = ingest(db_url, corpus)
    out, err = rerun.communicate(timeout=TIMEOUT)
    assert rerun.returncode == 0, err.decode()
    summary = out.decode()
    assert f"{total - kept} new, {kept} unchanged, 0 replaced, 0 failed" in summary
    assert n_articles(engine) == total
    check_consistent(engine)

    again = ingest(db_url, corpus)
    out, _ = again.communicate(timeout=TIMEOUT)
    assert f"0 new, {total} unchanged" in out.decode()
    engine.dispose()
