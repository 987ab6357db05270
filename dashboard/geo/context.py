"""Map context drawn from project data: the enclave outline, the Citadel, the Queiq."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import shapely

from dashboard.gazetteer import BaselineRow, load_gazetteer
from dashboard.geo.loader import AREA_CRS, MAP_CRS
from dashboard.model import DistrictLayer
from dashboard.paths import GEO_DIR

QUEIQ_GEOJSON = GEO_DIR / "queiq.geojson"
CITADEL = "Aleppo Citadel"
ENCLAVE_FACTIONS = ("rebels", "contested")
# Neighbouring polygons are separated by street gaps (CSR: about 5-40 m) or touch
# (schematic); growing then shrinking by this much joins them into one outline.
CLOSING_M = 60.0


def _lines(geom) -> dict[str, list]:
    """Lon/lat of every ring or line in ``geom``, separated by None (plotly's line breaks)."""
    lon: list = []
    lat: list = []
    for part in shapely.get_parts(geom):
        if part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
        elif part.geom_type == "LineString":
            rings = [part]
        else:
            continue
        for ring in rings:
            if lon:
                lon.append(None)
                lat.append(None)
            xs, ys = ring.xy
            lon.extend(round(x, 6) for x in xs)
            lat.extend(round(y, 6) for y in ys)
    return {"lon": lon, "lat": lat}


def enclave_outline(layer: DistrictLayer, baseline: dict[str, BaselineRow]):
    """Union of districts held by rebels or contested on the baseline, closed (EPSG:4326)."""
    gdf = layer.gdf
    held = gdf[
        gdf["district"].map(lambda d: d in baseline and baseline[d].faction in ENCLAVE_FACTIONS)
    ]
    if held.empty:
        return shapely.Polygon()
    metric = held.geometry.to_crs(AREA_CRS)
    closed = shapely.union_all(metric.buffer(CLOSING_M).values).buffer(-CLOSING_M)
    return gpd.GeoSeries([closed], crs=AREA_CRS).to_crs(MAP_CRS).iloc[0]


def read_river(path: Path = QUEIQ_GEOJSON):
    """The Queiq's course as a (Multi)LineString in lon/lat, from ``data/geo/queiq.geojson``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    lines = [shapely.geometry.shape(f["geometry"]) for f in data["features"]]
    return shapely.union_all(lines) if len(lines) > 1 else lines[0]


def context_layers(layer: DistrictLayer, baseline: dict[str, BaselineRow]) -> dict:
    """Context for every map, as plain lists: ``{"enclave"|"citadel"|"river": {"lon", "lat"}}``.

    ``enclave``: outline of the east Aleppo enclave on the baseline date (rings separated
    by None). ``citadel``: one point, from the gazetteer. ``river``: the Queiq, an
    approximate hand-traced line (see data/geo/PROVENANCE.md).
    """
    gazetteer = load_gazetteer()
    citadel = gazetteer.places.get(CITADEL)
    return {
        "enclave": _lines(enclave_outline(layer, baseline)),
        "citadel": {
            "lon": [citadel.lon] if citadel else [],
            "lat": [citadel.lat] if citadel else [],
        },
        "river": _lines(read_river()) if QUEIQ_GEOJSON.is_file() else {"lon": [], "lat": []},
    }
