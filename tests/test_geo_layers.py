"""Both district layers: valid, one polygon per district, no overlaps, aliases resolve."""

from __future__ import annotations

import json

import pytest
import shapely

from dashboard.gazetteer import load_gazetteer, read_baseline
from dashboard.geo import CSR_ATTRIBUTION, district_of, load_districts, read_layer
from dashboard.geo.loader import AREA_CRS
from dashboard.geo.schematic import build_schematic, schematic_geojson, schematic_places
from dashboard.paths import SCHEMATIC_DISTRICTS

ALIASES = {
    "Sakhour": ["Sakhur", "Sakhour", "al-Sakhour", "as-Sakhur"],
    "Jabal Badro": ["Jabal Badra", "Jabal Badro"],
}


def overlap_m2(layer) -> float:
    """Total area shared by any two districts, in m²."""
    geoms = layer.gdf.geometry.to_crs(AREA_CRS).values
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = [(i, j) for i, j in zip(left, right, strict=True) if i < j]
    return sum(geoms[i].intersection(geoms[j]).area for i, j in pairs)


@pytest.fixture(scope="module")
def schematic():
    return read_layer(SCHEMATIC_DISTRICTS, quality="schematic")


@pytest.fixture(scope="module")
def csr(csr_geojson):
    return read_layer(csr_geojson, "NAME", quality="accurate", attribution=CSR_ATTRIBUTION)


def test_schematic_loads_offline_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("ALEPPO_MAP_CACHE", str(tmp_path / "empty-cache"))
    layer = load_districts()
    assert layer.quality == "schematic"
    assert layer.attribution == "schematic boundaries"
    assert list(layer.gdf.columns) == ["district", "name_ar", "area_km2", "geometry"]
    assert layer.gdf.crs.to_epsg() == 4326


def test_schematic_has_one_valid_polygon_per_neighbourhood(schematic):
    expected = {p.name for p in schematic_places(load_gazetteer())}
    gdf = schematic.gdf
    assert set(gdf["district"]) == expected
    assert gdf["district"].is_unique
    assert (gdf.geometry.geom_type == "Polygon").all()
    assert gdf.geometry.is_valid.all()
    assert (gdf["area_km2"] > 0).all()
    assert schematic.unmatched == [] and schematic.repaired == []


def test_schematic_leaves_out_landmarks_areas_and_shared_points(schematic):
    gazetteer = load_gazetteer()
    districts = set(schematic.gdf["district"])
    for place in gazetteer.places.values():
        if place.kind != "neighbourhood" or place.shares_point_with:
            assert place.name not in districts, place.name


def test_schematic_cell_holds_its_own_point(schematic):
    gazetteer = load_gazetteer()
    for name, geom in zip(schematic.gdf["district"], schematic.gdf.geometry, strict=True):
        place = gazetteer[name]
        assert geom.buffer(1e-5).contains(shapely.Point(place.lon, place.lat)), name


def test_schematic_has_no_overlaps(schematic):
    assert overlap_m2(schematic) < 1.0


def test_schematic_file_is_small_marked_and_rebuilds_identically(tmp_path):
    committed = SCHEMATIC_DISTRICTS.read_bytes()
    assert len(committed) < 300_000
    data = json.loads(committed)
    assert {f["properties"]["boundary_quality"] for f in data["features"]} == {"schematic"}
    rebuilt = schematic_geojson(build_schematic(load_gazetteer())).encode("utf-8")
    assert rebuilt == committed, "data/geo/districts.geojson is stale: aleppo-map build-districts"


def test_csr_layer_is_valid_named_and_has_no_overlaps(csr):
    gdf = csr.gdf
    assert gdf.attrs["source_names"] >= 120
    assert gdf["district"].is_unique
    assert gdf.geometry.is_valid.all()
    assert csr.unmatched == []
    assert overlap_m2(csr) < 1.0
    # The source has a few square metres drawn twice; the loader keeps them in one
    # district and reports the other as repaired.
    for _, removed, m2 in csr.gdf.attrs["overlaps"]:
        assert m2 < 100 and removed in csr.repaired
    # Several CSR polygons under one canonical name are dissolved into one row.
    assert "Sakhour" in set(gdf["district"])
    assert "as-Sakhour" not in set(gdf["district"])


def test_csr_rebel_area_on_the_baseline(csr):
    baseline = read_baseline()
    rebels = sum(
        area
        for d, area in zip(csr.gdf["district"], csr.gdf["area_km2"], strict=True)
        if baseline[d].faction == "rebels"
    )
    assert 35.0 <= rebels <= 37.0


@pytest.mark.parametrize("host", sorted(ALIASES))
def test_aliases_resolve_to_one_district_on_both_layers(host, schematic, csr):
    gazetteer = load_gazetteer()
    for layer in (schematic, csr):
        drawn = {district_of(gazetteer.lookup(s), gazetteer, layer) for s in ALIASES[host]}
        assert drawn == {host}


def test_district_of_alias_rows_areas_and_unknowns(schematic, csr):
    gazetteer = load_gazetteer()
    for layer in (schematic, csr):
        assert district_of("Karm al-Trab", gazetteer, layer) == "al-Ma'saraniyah"
        assert district_of("Old City", gazetteer, layer) is None
        assert district_of("Nowhere Street", gazetteer, layer) is None
    assert district_of("Aleppo Citadel", gazetteer, csr) == "Aleppo Citadel"
    assert district_of("Aleppo Citadel", gazetteer, schematic) is None


def test_build_districts_command_writes_the_committed_bytes(tmp_path):
    from click.testing import CliRunner

    from dashboard.cli import main

    out = tmp_path / "districts.geojson"
    result = CliRunner().invoke(main, ["build-districts", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == SCHEMATIC_DISTRICTS.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["districts.geojson"]  # no temp left
