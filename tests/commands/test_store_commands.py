"""The fact base commands. Queries run in-process through `main` (no model
loads); `ingest` runs as a real subprocess once per backend."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TIMEOUT = 300


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# --- ingest, as a user runs it ---------------------------------------------

def test_ingest_command(db_url, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    cmd = [sys.executable, "-m", "newsfacts.cli", "ingest", str(SAMPLES / "articles"), str(empty),
           str(tmp_path / "missing.txt"), "--db", db_url]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=TIMEOUT)
    assert first.returncode == 1  # some inputs failed, the rest is stored
    assert "10 new, 0 unchanged, 0 replaced, 2 failed" in first.stdout
    failures = [x for x in first.stderr.splitlines() if x.startswith("failed: ")]
    assert len(failures) == 2 and any("missing.txt: no such file" in x for x in failures)
    assert "Traceback" not in first.stderr
    again = subprocess.run(cmd[:5] + cmd[7:] + ["--workers", "2", "-q"], capture_output=True, text=True,
                           env=env, timeout=TIMEOUT)
    assert again.returncode == 0, again.stderr
    assert "0 new, 10 unchanged, 0 replaced, 0 failed; 0 facts added" in again.stdout


# --- queries -------------------------------------------------------------------

def test_projects_json_and_filters(full, capsys):
    code, out, _ = cli(capsys, "projects", "--db", full.url, "--json")
    assert code == 0
    page = json.loads(out)
    assert page["total"] == 3 and len(page["items"]) == 3
    code, out, _ = cli(capsys, "projects", "--db", full.url, "--json", "--status", "operating",
                       "--country", "KZ", "--region", "Атырауская", "--sector", "petrochemicals",
                       "--company", "КазМунайГаз", "--since", "2024-01-01", "--until", "2024-12-31")
    assert [p["name"] for p in json.loads(out)["items"]] == ["завод по производству полипропилена"]


def test_projects_table_and_csv(full, capsys):
    code, out, _ = cli(capsys, "projects", "--db", full.url)
    assert code == 0 and "солнечная электростанция" in out
    code, out, _ = cli(capsys, "projects", "--db", full.url, "--csv", "--sector", "solar_power")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [r["name"] for r in rows] == ["солнечная электростанция"]


def test_project_detail_merge_split(store, capsys):
    from builders import corpus
    for f in corpus():
        store.ingest(f)
    url = store.url
    pe = store.projects(q="полиэтилен").items[0].id
    pp = store.projects(q="полипропилен").items[0].id
    code, out, _ = cli(capsys, "project", str(pe), "--db", url)
    assert code == 0 and "Status history" in out and "construction" in out
    code, out, _ = cli(capsys, "project", str(pe), "--db", url, "--json")
    detail = json.loads(out)
    assert len(detail["history"]) == 2
    later = [m["article_project_id"] for m in detail["merges"]][1:]
    code, out, _ = cli(capsys, "project", "split", str(pe), *map(str, later), "--db", url)
    assert code == 0 and "new project" in out
    code, out, _ = cli(capsys, "project", "merge", str(pe), str(pp), "--db", url)
    assert code == 0
    assert store.project(pp) is None


@pytest.mark.parametrize("args", [
    ["events", "--type", "meeting"], ["entities", "--type", "per"], ["entity", "Токаев"],
    ["quotes", "--speaker", "Токаев"], ["search", "полиэтилена"], ["stats"],
])
def test_query_commands_json_and_table(full, capsys, args):
    code, out, err = cli(capsys, *args, "--db", full.url, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data
    code, out, err = cli(capsys, *args, "--db", full.url)
    assert code == 0 and out.strip(), err


def test_entity_json_names_sources(full, capsys):
    code, out, _ = cli(capsys, "entity", "Касым-Жомарт Токаев", "--db", full.url, "--json")
    data = json.loads(out)
    assert data["name"] == "Касым-Жомарт Токаев" and data["sources"] and data["quotes"]


@pytest.mark.parametrize("fmt, what", [("csv", "projects"), ("jsonl", "quotes"), ("geojson", "projects")])
def test_export_command(full, capsys, tmp_path, fmt, what):
    target = tmp_path / f"out.{fmt}"
    code, out, err = cli(capsys, "export", "--format", fmt, "--what", what, "--out", str(target), "--db", full.url)
    assert code == 0, err
    assert target.stat().st_size > 0
    assert not Path(f"{target}.part").exists()
    if fmt == "geojson":
        assert json.loads(target.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


# --- bad input: one line, non-zero, nothing changed ----------------------------

@pytest.mark.parametrize("args", [
    ["project", "abc"], ["project", "999999"], ["project", "merge", "1"], ["project", "merge", "1", "1"],
    ["project", "split", "1", "999999"], ["project", "split", "x", "1"], ["entity", "нет такого"],
    ["projects", "--sort", "nonsense"],
    ["export", "--format", "geojson", "--what", "events"],
])
def test_bad_requests_fail_in_one_line(full, capsys, args):
    before = full.stats()
    code, out, err = cli(capsys, *args, "--db", full.url)
    assert code == 2
    assert one_error_line(err).startswith("newsfacts: error: ")
    assert full.stats() == before


def test_bad_database_urls(capsys, tmp_path):
    for url in ["mysql://x@y/z", f"sqlite:///{tmp_path}/no/such/dir.db", "postgresql://nobody@127.0.0.1:1/x"]:
        code, out, err = cli(capsys, "stats", "--db", url)
        assert code == 2
        assert one_error_line(err).startswith("newsfacts: error: ")


def test_export_to_unwritable_path(full, capsys, tmp_path):
    code, _, err = cli(capsys, "export", "--format", "csv", "--out", str(tmp_path / "no" / "x.csv"), "--db", full.url)
    assert code == 2 and "cannot write" in one_error_line(err)


def test_db_from_environment(full, capsys, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_DB", full.url)
    code, out, _ = cli(capsys, "stats", "--json")
    assert code == 0 and json.loads(out)["articles"] == 4


def test_db_upgrade(db_url, capsys):
    code, out, _ = cli(capsys, "db", "upgrade", "--db", db_url)
    assert code == 0 and "schema up to date" in out
    code, out, _ = cli(capsys, "db", "upgrade", "--db", db_url)
    assert code == 0


@pytest.mark.parametrize("args", [
    ["projects", "--since", "yesterday"], ["projects", "--limit", "-1"], ["ingest", "x", "--workers", "0"],
    ["export", "--format", "xml"], ["entities", "--type", "CITY"], ["db"],
])
def test_usage_mistakes_fail_in_one_line(capsys, args):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    _, err = capsys.readouterr()
    assert "error:" in one_error_line(err)
