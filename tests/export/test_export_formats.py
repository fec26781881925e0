"""Each export format, validated: CSV read back equals the records, GeoJSON
has the structure RFC 7946 asks for, JSON Lines parse into the records."""
from __future__ import annotations

import csv
import io
import json
import math

import pytest

from newsfacts.export import FORMATS, export, feature_collection, write_csv
from newsfacts.export.flat import flatten
from newsfacts.model.registry import EntityRecord, ProjectSummary


def run(store, fmt, what="projects") -> str:
    out = io.StringIO(newline="")
    export(store, fmt, what, out)
    return out.getvalue()


def check_geojson(data: dict) -> None:
    """The parts of RFC 7946 a FeatureCollection of Points must satisfy."""
    assert data["type"] == "FeatureCollection"
    assert isinstance(data["features"], list)
    assert "crs" not in data  # removed from the spec: WGS 84 is implied
    for f in data["features"]:
        assert f["type"] == "Feature"
        assert set(f) <= {"type", "id", "geometry", "properties", "bbox"}
        assert isinstance(f.get("id"), (int, str))
        geom = f["geometry"]
        assert geom["type"] == "Point"
        lon, lat = geom["coordinates"]  # exactly two positions: longitude first
        assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(f["properties"], dict)


def test_geojson_projects(full):
    data = json.loads(run(full, "geojson"))
    check_geojson(data)
    mapped = full.map_points()
    assert len(data["features"]) == len(mapped) > 0
    by_id = {p.id: p for p in mapped}
    for f in data["features"]:
        p = by_id[f["id"]]
        assert f["geometry"]["coordinates"] == [p.lon, p.lat]
        assert f["properties"]["name"] == p.name
        assert f["properties"]["status"] == p.status
        assert "lat" not in f["properties"]


def test_geojson_leaves_out_projects_without_place():
    placed = ProjectSummary(id=1, name="a", lat=43.2, lon=76.9)
    nowhere = ProjectSummary(id=2, name="b")
    wrong = ProjectSummary(id=3, name="c", lat=200.0, lon=10.0)
    data = feature_collection([placed, nowhere, wrong])
    check_geojson(data)
    assert [f["id"] for f in data["features"]] == [1]
    assert data["features"][0]["geometry"]["coordinates"] == [76.9, 43.2]


@pytest.mark.parametrize("what", ["projects", "events", "entities", "quotes"])
def test_csv_round_trip(full, what):
    text = run(full, "csv", what)
    assert text.startswith("\ufeff")  # spreadsheets then read UTF-8
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    fetch = {"projects": full.projects, "events": full.events, "entities": full.entities,
             "quotes": full.quotes}[what]
    records = fetch(limit=None).items if what != "projects" else full.projects(sort="id", limit=None).items
    assert len(rows) == len(records) > 0
    for row, record in zip(rows, records):
        flat = flatten(record.model_dump(mode="json"))
        assert {k: "" if v is None else str(v) for k, v in flat.items()} == row


def test_csv_of_awkward_values_reads_back():
    awkward = EntityRecord(id=1, type="ORG", name='ТОО "Кавычки", запятые;\nи перевод строки',
                           aliases=["a; b", "«c»"], n_articles=2)
    out = io.StringIO(newline="")
    write_csv([awkward], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()[1:], newline=""))
    assert row["name"] == awkward.name
    assert row["aliases"] == "a; b; «c»"
    assert row["n_articles"] == "2"


@pytest.mark.parametrize("what", ["projects", "events", "entities", "quotes"])
def test_jsonl(full, what):
    lines = run(full, "jsonl", what).splitlines()
    assert lines
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r["id"], int) for r in records)
    if what == "projects":
        assert all("history" in r and "sources" in r for r in records)  # the full detail
        assert len(records) == full.projects().total


def test_bad_requests(full):
    with pytest.raises(ValueError):
        run(full, "xml")
    with pytest.raises(ValueError):
        run(full, "geojson", "events")
    with pytest.raises(ValueError):
        run(full, "csv", "articles")
    assert set(FORMATS) == {"csv", "jsonl", "geojson"}


def test_empty_store_exports(store):
    check_geojson(json.loads(run(store, "geojson")))
    assert run(store, "jsonl") == ""
    assert run(store, "csv").startswith("\ufeff")
