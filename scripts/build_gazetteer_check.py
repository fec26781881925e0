"""Check the curated gazetteer: counts per type, dangling references, clashes.

    .venv/bin/python scripts/build_gazetteer_check.py

Exits non-zero when an id, region, parent or country reference is broken.
Name clashes (one key naming several curated entries) are only reported:
some are intended, e.g. a country and its capital sharing a spelling.
"""

import sys
from collections import Counter, defaultdict

from newsfacts.link.gazetteer import CURATED, Gazetteer, load_curated, normalize


def main() -> int:
    curated = load_curated()
    gaz = Gazetteer.load()
    errors = []

    ids = Counter(e.id for e in curated)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for e in curated:
        if e.type not in ("country", "region", "city", "org"):
            errors.append(f"{e.id}: bad type {e.type}")
        if e.region:
            r = gaz._by_id.get(e.region)
            if r is None or r.type != "region" or r.country != e.country:
                errors.append(f"{e.id}: region {e.region} missing or in another country")
        if e.parent and getattr(gaz._by_id.get(e.parent), "type", None) != "org":
            errors.append(f"{e.id}: parent {e.parent} is not an org")
        if not e.country or gaz.country_of(e) is None:
            errors.append(f"{e.id}: unknown country {e.country}")
        if e.is_place and (e.lat is None or e.lon is None):
            errors.append(f"{e.id}: place without coordinates")

    print("curated entries:", dict(Counter(e.type for e in curated)))
    print("loaded (curated + pycountry):", dict(Counter(e.type for e in gaz.entries())))
    gaz._geonames()
    print("with geonames cities:", dict(Counter(e.type for e in gaz.entries())))

    clashes = defaultdict(set)
    for e in curated:
        for name in (e.name, *e.aliases):
            clashes[normalize(name)].add(e.id)
    for key, owners in sorted(clashes.items()):
        if len(owners) > 1:
            print(f"note: {key!r} names {sorted(owners)}")
    for key, bucket in sorted(gaz._stems.items()):
        owners = {e.id for tier, e, _ in bucket if tier == CURATED}
        if len(owners) > 1:
            print(f"note: stem {key!r} shared by {sorted(owners)}")

    for msg in errors:
        print("ERROR:", msg)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
