"""District polygons: one loader for the schematic, accurate (CSR) and custom layers."""

from dashboard.geo.context import context_layers
from dashboard.geo.geojson import to_geojson
from dashboard.geo.loader import (
    CSR_ATTRIBUTION,
    SCHEMATIC_ATTRIBUTION,
    load_districts,
    read_layer,
)
from dashboard.geo.names import district_of

__all__ = [
    "CSR_ATTRIBUTION",
    "SCHEMATIC_ATTRIBUTION",
    "context_layers",
    "district_of",
    "load_districts",
    "read_layer",
    "to_geojson",
]
