"""Map context from project data, and the GeoJSON handed to plotly."""

from __future__ import annotations

import shapely

from dashboard.gazetteer import load_gazetteer, read_baseline
from dashboard.geo import context_layers, load_districts, read_layer, to_geojson
from dashboard.geo.context import enclave_outline


def _coords(line: dict) -> list[tuple[float, float]]:
    return [(x, y) for x, y in zip(line["lon"], line["lat"], strict=True) if x is not None]


def test_context_layers_are_plain_lists_inside_aleppo():
    layer = load_districts()
    context = context_layers(layer, read_baseline())
    assert set(context) == {"enclave", "citadel", "river"}
    for line in context.values():
        assert isinstance(line["lon"], list) and isinstance(line["lat"], list)
        for lon, lat in _coords(line):
            assert 37.0 < lon < 37.35 and 36.1 < lat < 36.32
    citadel = load_gazetteer()["Aleppo Citadel"]
    assert context["citadel"] == {"lon": [citadel.lon], "lat": [citadel.lat]}
    river = _coords(context["river"])
    assert len(river) >= 5
    assert river[0][1] > river[-1][1]  # runs north to south through the city


def test_enclave_covers_the_baseline_rebel_and_contested_districts(csr_geojson):
    baseline = read_baseline()
    for layer in (load_districts(), read_layer(csr_geojson, "NAME")):
        outline = enclave_outline(layer, baseline)
        assert outline.is_valid and not outline.is_empty
        for district, geom in zip(layer.gdf["district"], layer.gdf.geometry, strict=True):
            point = geom.representative_point()
            held = baseline[district].faction in ("rebels", "contested")
            if held:
                assert outline.contains(point), district
            elif baseline[district].faction == "kurdish":
                assert not outline.contains(point), district


def test_enclave_closing_joins_street_gaps(csr_geojson):
    layer = read_layer(csr_geojson, "NAME")
    outline = enclave_outline(layer, read_baseline())
    # CSR polygons are separated by streets; the closed outline is a few large pieces,
    # not one per district.
    rebel_districts = sum(
        read_baseline()[d].faction in ("rebels", "contested") for d in layer.gdf["district"]
    )
    assert len(shapely.get_parts(outline)) < rebel_districts / 5


def test_to_geojson_ids_and_ring_orientation():
    layer = load_districts()
    ccw = to_geojson(layer)
    cw = to_geojson(layer, exterior_cw=True)
    assert [f["id"] for f in ccw["features"]] == list(layer.gdf["district"])
    for feature_ccw, feature_cw in zip(ccw["features"], cw["features"], strict=True):
        a = shapely.geometry.shape(feature_ccw["geometry"])
        b = shapely.geometry.shape(feature_cw["geometry"])
        for part in shapely.get_parts(a):
            assert part.exterior.is_ccw
        for part in shapely.get_parts(b):
            assert not part.exterior.is_ccw
        assert feature_ccw["properties"]["area_km2"] > 0
