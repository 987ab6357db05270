"""Hatch lines clipped to polygons, so patterns can be drawn by line traces on any map."""

from __future__ import annotations

import math

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

_TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
_TO_LONLAT = Transformer.from_crs("EPSG:32637", "EPSG:4326", always_xy=True)


def hatch_lines(
    polygon: BaseGeometry, angle_deg: float, spacing_m: float
) -> list[list[tuple[float, float]]]:
    """Parallel lines at ``angle_deg`` every ``spacing_m`` metres, clipped to ``polygon``.

    ``polygon`` is in lon/lat (EPSG:4326); spacing is measured in UTM 37N so that the
    pattern has the same density everywhere. Returns lon/lat segments.
    """
    if polygon.is_empty:
        return []
    utm = shapely.transform(polygon, lambda xy: np.column_stack(_TO_UTM.transform(*xy.T)))
    minx, miny, maxx, maxy = utm.bounds
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half = math.hypot(maxx - minx, maxy - miny) / 2 + spacing_m
    theta = math.radians(angle_deg)
    dx, dy = math.cos(theta), math.sin(theta)  # along the line
    nx, ny = -dy, dx  # across the lines
    offsets = np.arange(-half, half + spacing_m, spacing_m)
    lines = [
        shapely.LineString(
            [
                (cx + o * nx - half * dx, cy + o * ny - half * dy),
                (cx + o * nx + half * dx, cy + o * ny + half * dy),
            ]
        )
        for o in offsets
    ]
    clipped = shapely.intersection(shapely.MultiLineString(lines), utm)
    segments = []
    for part in getattr(clipped, "geoms", [clipped]):
        if part.is_empty or part.geom_type != "LineString":
            continue
        xs, ys = np.asarray(part.coords).T
        lon, lat = _TO_LONLAT.transform(xs, ys)
        segments.append(
            list(zip(np.round(lon, 6).tolist(), np.round(lat, 6).tolist(), strict=True))
        )
    return segments
