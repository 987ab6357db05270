"""The schematic district layer: a Voronoi tessellation of the gazetteer's points.

It is what the map shows when the accurate CSR polygons have not been fetched. It is
built only from project data (the gazetteer's neighbourhood points), so it can ship
with the repository; it is a diagram of who is next to whom, not a survey of borders.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from dashboard.atomic import write_text_atomic
from dashboard.gazetteer import Gazetteer, Place, read_gazetteer
from dashboard.geo.loader import AREA_CRS, MAP_CRS
from dashboard.paths import SCHEMATIC_DISTRICTS

# Urban outline, in metres. Each point gets a disc whose radius is the distance to its
# nearest neighbour, kept between DISC_MIN_M and DISC_MAX_M: dense quarters get small
# discs that merge into one built-up area, while an isolated outskirts point (Duwayrinah,
# the Sheikh Najjar side, the western suburbs) gets a modest disc of its own instead of
# the long spike a hull would draw out to it. A closing (grow then shrink by CLOSING_M)
# fills the gaps between discs so the city reads as one shape, and enclosed gaps are
# filled.
DISC_MIN_M = 450.0
DISC_MAX_M = 1000.0
CLOSING_M = 500.0
QUAD_SEGS = 4  # segments per quarter circle: smooth enough at city scale, small file
DECIMALS = 5  # about 1 m at Aleppo's latitude; far finer than the schematic's accuracy


def schematic_places(gazetteer: Gazetteer) -> list[Place]:
    """Neighbourhoods that get their own cell, sorted by name.

    Landmarks and named areas are not neighbourhoods, and a row that shares another
    row's point (``shares_point_with``) is drawn as its host's cell.
    """
    return sorted(
        (
            p
            for p in gazetteer.places.values()
            if p.kind == "neighbourhood" and not p.shares_point_with
        ),
        key=lambda p: p.name,
    )


def _points_m(places: list[Place]) -> np.ndarray:
    lonlat = gpd.GeoSeries(
        shapely.points([p.lon for p in places], [p.lat for p in places]), crs=MAP_CRS
    )
    return shapely.get_coordinates(lonlat.to_crs(AREA_CRS).values)


def urban_outline(xy: np.ndarray) -> shapely.Geometry:
    """The built-up area implied by the points (EPSG:32637), per the rule above."""
    points = shapely.points(xy)
    tree = shapely.STRtree(points)
    _, nearest = tree.query_nearest(points, exclusive=True, all_matches=False)
    spacing = shapely.distance(points, points[nearest])
    radius = np.clip(spacing, DISC_MIN_M, DISC_MAX_M)
    discs = shapely.buffer(points, radius, quad_segs=QUAD_SEGS)
    merged = shapely.union_all(discs)
    closed = merged.buffer(CLOSING_M, quad_segs=QUAD_SEGS).buffer(-CLOSING_M, quad_segs=QUAD_SEGS)
    outline = shapely.union_all([closed, merged])
    # A gap enclosed by neighbourhoods is part of the city, not a hole in it.
    return shapely.union_all(
        [shapely.Polygon(part.exterior) for part in shapely.get_parts(outline)]
    )


def voronoi_cells(xy: np.ndarray, outline: shapely.Geometry) -> list[shapely.Geometry]:
    """One polygon per point: its Voronoi cell clipped to the outline.

    Where the clip leaves several pieces (a cell reaching across a gap in the outline),
    only the piece holding the point is kept, so every neighbourhood is one polygon
    and no piece sits detached among other neighbourhoods.
    """
    points = shapely.points(xy)
    if len({tuple(p) for p in xy.round(3)}) != len(xy):
        raise ValueError("two schematic neighbourhoods share a point; mark one shares_point_with")
    envelope = outline.envelope.buffer(5 * DISC_MAX_M)
    regions = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=envelope)
    cells = list(shapely.get_parts(regions))
    tree = shapely.STRtree(cells)
    out = []
    for point in points:
        candidates = [cells[i] for i in tree.query(point, predicate="intersects")]
        cell = next(c for c in candidates if c.contains(point))
        clipped = cell.intersection(outline)
        if clipped.geom_type != "Polygon":
            clipped = next(part for part in shapely.get_parts(clipped) if part.intersects(point))
        out.append(clipped)
    return out


def _rounded(coords: list) -> list:
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coords]


def build_schematic(gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """The schematic layer in EPSG:4326: ``district``, ``name_ar``, ``geometry``."""
    places = schematic_places(gazetteer)
    xy = _points_m(places)
    cells = voronoi_cells(xy, urban_outline(xy))
    lonlat = gpd.GeoSeries(cells, crs=AREA_CRS).to_crs(MAP_CRS)
    # Snap to the written precision here so the file holds exactly these polygons;
    # set_precision keeps each polygon valid, and shared edges snap identically.
    geoms = shapely.set_precision(lonlat.values, 10.0**-DECIMALS)
    geoms = shapely.orient_polygons(shapely.normalize(geoms))
    return gpd.GeoDataFrame(
        {"district": [p.name for p in places], "name_ar": [p.name_ar for p in places]},
        geometry=geoms,
        crs=MAP_CRS,
    )


def schematic_geojson(gdf: gpd.GeoDataFrame) -> str:
    """Deterministic GeoJSON text: sorted features, rounded coordinates, one per line."""
    lines = []
    for row in gdf.sort_values("district").itertuples():
        geom = row.geometry
        rings = [_rounded(geom.exterior.coords), *(_rounded(r.coords) for r in geom.interiors)]
        feature = {
            "type": "Feature",
            "id": row.district,
            "properties": {
                "district": row.district,
                "name_ar": row.name_ar,
                "boundary_quality": "schematic",
            },
            "geometry": {"type": "Polygon", "coordinates": rings},
        }
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    header = (
        '{"type":"FeatureCollection",\n'
        '"name":"aleppo_districts_schematic",\n'
        '"description":"Schematic district layer: Voronoi cells of the gazetteer\'s '
        "neighbourhood points clipped to an outline derived from the same points. "
        'Rebuild with: aleppo-map build-districts",\n'
        '"features":[\n'
    )
    return header + ",\n".join(lines) + "\n]}\n"


def write_schematic(out: Path | None = None, gazetteer: Gazetteer | None = None) -> int:
    """Build the schematic layer, write it atomically to ``out``; return its district count."""
    out = Path(out) if out is not None else SCHEMATIC_DISTRICTS
    gdf = build_schematic(gazetteer or read_gazetteer())
    invalid = [d for d, g in zip(gdf["district"], gdf.geometry, strict=True) if not g.is_valid]
    if invalid:
        raise ValueError(f"schematic cells came out invalid: {', '.join(invalid)}")
    write_text_atomic(out, schematic_geojson(gdf))
    return len(gdf)


def run_build_schematic(out: Path | None) -> None:
    """``aleppo-map build-districts``: rebuild the schematic layer."""
    import click

    path = Path(out) if out is not None else SCHEMATIC_DISTRICTS
    count = write_schematic(path)
    click.echo(f"wrote {path}: {count} schematic districts")
