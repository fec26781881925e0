"""Facts.to_dict is the JSON every output and the store are built from; it
walks the records itself (no dataclasses.asdict copy), so check it against
the plain definition: asdict, then dates as ISO strings, private keys out."""
from dataclasses import asdict, dataclass
from datetime import date

from newsfacts.model import Article, Entity, Facts, Mention, Project
from newsfacts.model.records import Evidence, Record, Ref


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _facts() -> Facts:
    ev = Evidence(start=0, end=5, text="Завод", sentence_start=0, sentence_end=20)
    ent = Entity(id="e1", type="ORG", name="Sinopec",
                 mentions=[Mention(start=3, end=10, text="Sinopec", normal="Sinopec")])
    proj = Project(id="p1", name="завод по выпуску полиэтилена", sector="petrochemicals",
                   location=Ref(name="Атырауская область", id="e2"), companies=[Ref(name="Sinopec", id="e1")],
                   capacity=[{"value": 1250000.0, "unit": "t/yr"}],
                   investment=[{"amount": 7.4e9, "currency": "USD"}],
                   evidence=[ev])
    art = Article(text="Завод Sinopec строится.", id="a1", published=date(2025, 9, 2))
    return Facts(article=art, entities=[ent], projects=[proj])


def test_to_dict_matches_asdict_definition():
    facts = _facts()
    want = _plain(asdict(facts))
    art = want.pop("article")
    want = {"id": art["id"], "title": art["title"], "published": art["published"], "url": art["url"],
            "source": art["source"], **want}
    assert facts.to_dict() == want
    assert facts.to_dict()["published"] == "2025-09-02"


def test_to_dict_drops_private_fields_and_keys():
    @dataclass
    class Thing(Record):
        name: str
        _cache: int = 0
        extra: dict | None = None

    out = Thing(name="x", _cache=3, extra={"_hidden": 1, "shown": (date(2024, 1, 2),)}).to_dict()
    assert out == {"name": "x", "extra": {"shown": ["2024-01-02"]}}
