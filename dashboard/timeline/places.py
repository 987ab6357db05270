"""Where an event's place lands on the district layer, and where to draw it."""

from __future__ import annotations

from functools import cached_property

import pandas as pd
from shapely.ops import unary_union

from dashboard.gazetteer import Gazetteer
from dashboard.model import DistrictLayer

METRIC_CRS = "EPSG:32637"


class LayerPlaces:
    """Maps gazetteer names onto the districts of one layer (cached per name)."""

    def __init__(self, gazetteer: Gazetteer, layer: DistrictLayer):
        self.gazetteer = gazetteer
        self.layer = layer
        self.districts: list[str] = sorted(layer.gdf["district"].astype(str))
        self._on_layer = set(self.districts)
        self._district: dict[str, str | None] = {}
        self._point: dict[str, tuple[float, float] | None] = {}
        self._members: dict[str, list[str]] = {}

    def district(self, name: str) -> str | None:
        """The layer district a neighbourhood or landmark is drawn as, or None."""
        if name not in self._district:
            found = None
            if name in self._on_layer:
                found = name
            elif name in self.gazetteer and not self.gazetteer[name].is_area:
                from dashboard.geo import district_of

                found = district_of(name, self.gazetteer, self.layer)
            self._district[name] = found if found in self._on_layer else None
        return self._district[name]

    def is_area(self, name: str) -> bool:
        return name in self.gazetteer and self.gazetteer[name].is_area

    def members(self, area: str) -> list[str]:
        """The layer districts an area's members are drawn as, sorted, without repeats."""
        if area not in self._members:
            found = {self.district(m) for m in self.gazetteer[area].members}
            self._members[area] = sorted(d for d in found if d)
        return self._members[area]

    @cached_property
    def metric(self) -> pd.Series:
        """District polygons in EPSG:32637, by district name."""
        gdf = self.layer.gdf.to_crs(METRIC_CRS)
        return pd.Series(list(gdf.geometry), index=gdf["district"].astype(str))

    @cached_property
    def area_km2(self) -> pd.Series:
        """Area of each district in km2, computed on the layer in EPSG:32637."""
        return (self.metric.map(lambda g: g.area) / 1e6).reindex(self.districts)

    def point(self, name: str) -> tuple[float, float] | None:
        if name not in self._point:
            self._point[name] = self._locate(name)
        return self._point[name]

    def _locate(self, name: str) -> tuple[float, float] | None:
        """(lon, lat) for a flow end: a place's gazetteer point, an area's centroid.

        An area's centroid is that of its members' polygons on this layer (computed in
        EPSG:32637); an area none of whose members is on the layer falls back to the
        gazetteer's point for it.
        """
        if name not in self.gazetteer:
            return None
        place = self.gazetteer[name]
        if place.is_area:
            members = self.members(name)
            if members:
                import geopandas as gpd

                shape = unary_union([self.metric[m] for m in members])
                centre = gpd.GeoSeries([shape.centroid], crs=METRIC_CRS).to_crs("EPSG:4326")
                return round(centre.x.iloc[0], 5), round(centre.y.iloc[0], 5)
        return round(place.lon, 5), round(place.lat, 5)
