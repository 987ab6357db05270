"""A layer as a GeoJSON dict for plotly, shared by the app and the exporter."""

from __future__ import annotations

import math

import shapely

from dashboard.model import DistrictLayer


def to_geojson(layer: DistrictLayer, exterior_cw: bool = False) -> dict:
    """FeatureCollection with feature ``id`` = district name.

    RFC 7946 wants counter-clockwise exteriors (the default); plotly's geo Choropleth
    fills the outside of such rings, so figures drawn on ``go.Choropleth`` pass
    ``exterior_cw=True``.
    """
    gdf = layer.gdf
    geoms = shapely.orient_polygons(gdf.geometry.values, exterior_cw=exterior_cw)
    features = []
    for district, name_ar, area, geom in zip(
        gdf["district"], gdf["name_ar"], gdf["area_km2"], geoms, strict=True
    ):
        features.append(
            {
                "type": "Feature",
                "id": district,
                "properties": {
                    "district": district,
                    "name_ar": name_ar,
                    "area_km2": None if math.isnan(area) else round(float(area), 4),
                },
                "geometry": shapely.geometry.mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": features}
