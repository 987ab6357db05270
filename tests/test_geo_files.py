"""User polygon files: any CRS and format; bad files fail clearly; nothing dropped silently."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from dashboard.geo import load_districts, read_layer

DATA = Path(__file__).parent / "data" / "geo"


def test_self_intersecting_polygon_is_repaired_and_reported():
    layer = load_districts(DATA / "self_intersecting.geojson")
    assert layer.quality == "custom"
    assert layer.repaired == ["Sakhour"]
    geom = layer.gdf.set_index("district").geometry["Sakhour"]
    assert geom.is_valid and geom.area > 0
    assert "self_intersecting.geojson" in layer.attribution


def test_web_mercator_layer_is_converted_and_areas_stay_true():
    layer = load_districts(DATA / "epsg3857.geojson")
    assert layer.gdf.crs.to_epsg() == 4326
    assert list(layer.gdf["district"]) == ["Haidariya"]
    # The square is 1 km x 1 km on the ground; Mercator would have said about 1.54 km².
    assert layer.gdf["area_km2"].iloc[0] == pytest.approx(1.0, rel=0.005)
    lon, lat = layer.gdf.geometry.iloc[0].centroid.coords[0]
    assert 37.1 < lon < 37.3 and 36.1 < lat < 36.3


@pytest.mark.parametrize("name", ["not_geodata.geojson", "empty.geojson"])
def test_unusable_files_fail_naming_the_file(name):
    with pytest.raises(ValueError, match=name):
        load_districts(DATA / name)


def test_zero_byte_file_fails_naming_it(tmp_path):
    path = tmp_path / "nothing.gpkg"
    path.write_bytes(b"")
    with pytest.raises(ValueError, match=r"nothing\.gpkg"):
        read_layer(path)


def test_missing_file_fails_naming_it(tmp_path):
    with pytest.raises(ValueError, match=r"absent\.geojson: no such file"):
        load_districts(tmp_path / "absent.geojson")


def test_missing_name_field_lists_the_available_fields():
    path = DATA / "no_name_field.geojson"
    with pytest.raises(ValueError, match=r"no_name_field.geojson.*label, code"):
        load_districts(path)
    with pytest.raises(ValueError, match=r"has no field 'NAME'; available fields: label, code"):
        load_districts(path, "NAME")
    assert list(load_districts(path, "label").gdf["district"]) == ["Sakhour"]


def test_names_matching_nothing_are_listed_not_dropped_silently():
    layer = load_districts(DATA / "unmatched.geojson")
    assert list(layer.gdf["district"]) == ["Sakhour"]
    assert layer.unmatched == ["Atlantis Heights"]


def test_points_are_not_a_polygon_layer(tmp_path):
    path = tmp_path / "points.geojson"
    gpd.GeoDataFrame(
        {"name": ["Sakhour"]}, geometry=[shapely.Point(37.19, 36.22)], crs="EPSG:4326"
    ).to_file(path)
    with pytest.raises(ValueError, match=r"points.geojson: holds no polygons \(found Point\)"):
        read_layer(path)


@pytest.mark.parametrize("suffix", [".gpkg", ".shp"])
def test_geopackage_and_shapefile_in_a_projected_crs(tmp_path, suffix):
    square = shapely.box(337320, 4009870, 338320, 4010870)  # 1 km² in UTM 37N
    path = tmp_path / f"layer{suffix}"
    gpd.GeoDataFrame(
        {"nom": ["Haidariya", "al-Sakhour"]},
        geometry=[square, shapely.affinity.translate(square, 1000)],
        crs="EPSG:32637",
    ).to_file(path)
    layer = load_districts(path, "nom")
    assert sorted(layer.gdf["district"]) == ["Haidariya", "Sakhour"]
    assert layer.gdf["area_km2"].tolist() == pytest.approx([1.0, 1.0], rel=1e-3)


def test_overlapping_polygons_are_counted_once(tmp_path):
    path = tmp_path / "overlap.geojson"
    big = shapely.box(37.18, 36.21, 37.20, 36.23)
    small = shapely.box(37.195, 36.215, 37.205, 36.225)  # half inside big
    gpd.GeoDataFrame(
        {"name": ["Sakhour", "Haidariya"]}, geometry=[big, small], crs="EPSG:4326"
    ).to_file(path)
    layer = load_districts(path)
    geoms = layer.gdf.set_index("district").geometry
    assert geoms["Haidariya"].intersection(geoms["Sakhour"]).area < 1e-12
    # The larger polygon gives up the shared ground; the smaller stays whole.
    assert geoms["Haidariya"].area == pytest.approx(small.area)
    assert geoms["Sakhour"].area == pytest.approx(big.area - small.area / 2)
    assert layer.repaired == ["Sakhour"]
    assert [(k, r) for k, r, _ in layer.gdf.attrs["overlaps"]] == [("Haidariya", "Sakhour")]


def test_non_polygon_features_are_reported_not_dropped_silently(tmp_path):
    from dashboard.geo.loader import layer_warnings

    path = tmp_path / "mixed.gpkg"
    gpd.GeoDataFrame(
        {"name": ["Sakhour", "Haidariya"]},
        geometry=[shapely.box(37.18, 36.21, 37.19, 36.22), shapely.Point(37.19, 36.23)],
        crs="EPSG:4326",
    ).to_file(path)
    layer = load_districts(path)
    assert list(layer.gdf["district"]) == ["Sakhour"]
    assert any("Haidariya (Point) is not a polygon" in w for w in layer_warnings(layer))


def test_a_file_declaring_itself_schematic_is_labelled_schematic(tmp_path):
    from dashboard.paths import SCHEMATIC_DISTRICTS

    copy = tmp_path / "districts.geojson"
    copy.write_bytes(SCHEMATIC_DISTRICTS.read_bytes())
    layer = load_districts(copy)
    assert layer.quality == "schematic"
    assert layer.attribution == "schematic boundaries"


def test_the_csr_file_given_by_path_is_the_accurate_layer_with_its_credit(csr_geojson):
    from dashboard.geo import CSR_ATTRIBUTION

    layer = load_districts(csr_geojson)
    assert layer.quality == "accurate"
    assert layer.attribution == CSR_ATTRIBUTION
