"""The asset build's geometry helpers, the built outlines, and the serve
command's arguments."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "newsfacts" / "serve" / "static" / "vendor"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_assets", ROOT / "scripts" / "build_assets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_simplify_keeps_shape_and_drops_specks(build):
    square = [[0, 0], [0.5, 0.001], [1, 0], [1, 1], [0, 1], [0, 0]]
    out = build.simplify_ring(square, 0.01)
    assert out[0] == out[-1] and [0.5, 0.001] not in out and len(out) == 5
    speck = [[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]
    assert build.simplify_ring(speck, 0.01) is None


def test_topojson_arcs_decode(build):
    topo = {"transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
            "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]]}
    arcs = build.topo_arcs(topo)
    assert arcs[0] == [[10, 20], [11, 20], [11, 21]]
    ring = build.topo_ring([0, 1], arcs)
    assert ring[0] == ring[-1] == [10, 20] and len(ring) == 5
    assert build.topo_ring([~0], arcs) == arcs[0][::-1]


@pytest.mark.skipif(not (VENDOR / "geo" / "countries.geojson").exists(), reason="assets not built")
def test_built_outlines_are_small_geojson():
    countries = json.loads((VENDOR / "geo" / "countries.geojson").read_text())
    regions = json.loads((VENDOR / "geo" / "regions.geojson").read_text())
    for fc in (countries, regions):
        assert fc["type"] == "FeatureCollection"
        for f in fc["features"]:
            assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
            rings = [f["geometry"]["coordinates"]] if f["geometry"]["type"] == "Polygon" else f["geometry"]["coordinates"]
            assert all(r[0] == r[-1] and len(r) >= 4 for poly in rings for r in poly)
    assert {"KZ", "UZ", "KG", "TJ", "TM", "MN", "RU", "CN"} <= {f["properties"]["iso2"] for f in countries["features"]}
    kz = [f["properties"]["name_ru"] for f in regions["features"] if f["properties"]["iso2"] == "KZ"]
    assert len(kz) >= 14 and any("Мангистауская" in n for n in kz)
    size = sum((VENDOR / "geo" / n).stat().st_size for n in ("countries.geojson", "regions.geojson"))
    assert size < 1_000_000  # every map page loads them


def test_serve_command_arguments(capsys, monkeypatch):
    monkeypatch.delenv("NEWSFACTS_TOKEN", raising=False)
    from newsfacts.cli import build_parser, main
    args = build_parser().parse_args(["serve", "--db", "x.db", "--port", "9000", "--host", "127.0.0.1"])
    assert (args.db, args.port, args.host, args.allow_writes) == ("x.db", 9000, "127.0.0.1", False)
    assert main(["serve", "--allow-writes"]) == 2
    assert "--token" in capsys.readouterr().err


def test_workers_build_their_app_from_the_environment(monkeypatch, tmp_path):
    from newsfacts.serve.app import CONFIG_ENV, app_from_env
    monkeypatch.setenv(CONFIG_ENV, json.dumps({"store_url": f"sqlite:///{tmp_path / 'w.db'}", "allow_writes": True,
                                               "token": "t", "cache_ttl": 2}))
    app = app_from_env()
    assert app.state.allow_writes and app.state.token == "t" and app.state.response_cache.ttl == 2
    assert app.state.store.url.endswith("w.db")
