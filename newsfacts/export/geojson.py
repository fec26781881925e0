"""Projects as GeoJSON (RFC 7946): a FeatureCollection of Point features at
[longitude, latitude], the project's slots as properties. Projects without
coordinates are left out."""
from __future__ import annotations

import json
from typing import IO, Iterable

from ..model.registry import ProjectSummary


def feature(project: ProjectSummary) -> dict | None:
    if project.lat is None or project.lon is None:
        return None
    if not (-90 <= project.lat <= 90 and -180 <= project.lon <= 180):
        return None
    props = project.model_dump(mode="json", exclude={"lat", "lon"})
    return {"type": "Feature", "id": project.id,
            "geometry": {"type": "Point", "coordinates": [project.lon, project.lat]},
            "properties": props}


def feature_collection(projects: Iterable[ProjectSummary]) -> dict:
    features = [f for f in map(feature, projects) if f is not None]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(projects: Iterable[ProjectSummary], out: IO[str]) -> int:
    data = feature_collection(projects)
    json.dump(data, out, ensure_ascii=False)
    out.write("\n")
    return len(data["features"])
