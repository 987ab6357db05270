"""Which polygon a gazetteer name is drawn as."""

from __future__ import annotations

from dashboard.gazetteer import Gazetteer
from dashboard.model import DistrictLayer


def district_of(name: str, gazetteer: Gazetteer, layer: DistrictLayer) -> str | None:
    """The layer district that gazetteer name ``name`` is drawn as, or None.

    A name with its own polygon is drawn as itself. An alias row with no polygon of its
    own (``shares_point_with``, e.g. Karm al-Trab) is drawn as its host's polygon.
    Named areas, landmarks without a polygon and unknown names give None: they must not
    colour a polygon they do not stand for.
    """
    districts = set(layer.gdf["district"])
    if name in districts:
        return name
    place = gazetteer.places.get(name)
    if place is None or place.is_area:
        return None
    host = place.shares_point_with
    return host if host and host in districts else None
