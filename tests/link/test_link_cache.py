"""The on-disk cache of derived data, and the gazetteer read back from it."""
import os

from newsfacts.link import cache
from newsfacts.link.gazetteer import Gazetteer, load_curated


def test_built_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2]}
    assert cache.cached("x", ["k", 1], build) == {"a": [1, 2]}
    assert cache.cached("x", ["k", 1], build) == {"a": [1, 2]}
    assert len(calls) == 1
    cache.cached("x", ["k", 2], build)  # another key: built again
    assert len(calls) == 2 and len(list(tmp_path.glob("x-*.json"))) == 2


def test_off_when_empty_and_harmless_when_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "")
    assert cache.cached("x", 1, lambda: 5) == 5
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(blocked / "sub"))
    assert cache.cached("x", 1, lambda: 6) == 6


def test_a_broken_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    cache.cached("x", 1, lambda: 7)
    for f in tmp_path.glob("x-*.json"):
        f.write_text("{broken")
    assert cache.cached("x", 1, lambda: 8) == 8


def test_gazetteer_answers_the_same_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    names = ["Экибастуз", "Навои", "Бийск", "Абакан", "Череповец", "Норильск", "Кинешма"]

    def answers():
        gaz = Gazetteer(load_curated())
        out = []
        for n in names:
            e = gaz.lookup(n)
            out.append(None if e is None else (e.id, e.name, e.country, e.region, e.lat, e.lon))
        return out
    fresh = answers()  # builds and stores
    assert os.listdir(tmp_path)
    assert answers() == fresh  # read back
    assert any(a and a[0].startswith("gn-") for a in fresh)  # geonames entries among them
