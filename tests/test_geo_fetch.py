"""fetch-districts: checksum-verified, atomic, into the user cache; the layer then in use."""

from __future__ import annotations

import hashlib

import pytest
from click.testing import CliRunner

from dashboard.cli import main
from dashboard.geo import CSR_ATTRIBUTION, load_districts
from dashboard.geo.fetch import (
    CSR_FILENAME,
    CSR_LICENSE_FILENAME,
    CSR_SHA256,
    csr_cache_file,
    fetch_csr,
    verified_csr_file,
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ALEPPO_MAP_CACHE", str(folder))
    return folder


def test_fetch_from_file_url_saves_layer_and_licence(cache, csr_geojson):
    url = csr_geojson.as_uri()
    result = CliRunner().invoke(main, ["fetch-districts", "--from", url])
    assert result.exit_code == 0, result.output
    saved = cache / CSR_FILENAME
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == CSR_SHA256
    notice = (cache / CSR_LICENSE_FILENAME).read_text(encoding="utf-8")
    assert "MIT License" in notice and "Columbia Center for Spatial Research" in notice
    assert sorted(p.name for p in cache.iterdir()) == sorted([CSR_FILENAME, CSR_LICENSE_FILENAME])
    assert "133 polygons, 126 names" in result.output

    layer = load_districts()
    assert layer.quality == "accurate"
    assert layer.attribution == CSR_ATTRIBUTION
    assert layer.source == str(saved)
    assert len(layer.gdf) >= 110


def test_fetch_accepts_file_urls_with_dotdot_and_plain_paths(cache, csr_geojson):
    # The form the docs give: file://…/../shared/ref/geo/aleppo_neighbourhoods_csr.geojson
    url = csr_geojson.parent.as_uri() + "/../geo/" + csr_geojson.name
    target, layer = fetch_csr(url)
    assert target == csr_cache_file() and verified_csr_file() == target
    assert layer.quality == "accurate"
    target, _ = fetch_csr(str(csr_geojson))
    assert verified_csr_file() == target


def test_wrong_checksum_fails_and_leaves_nothing(cache, csr_geojson):
    result = CliRunner().invoke(
        main, ["fetch-districts", "--from", csr_geojson.as_uri(), "--sha256", "0" * 64]
    )
    assert result.exit_code == 2
    assert "checksum mismatch" in result.output and csr_geojson.name in result.output
    assert not cache.exists() or list(cache.iterdir()) == []
    assert load_districts().quality == "schematic"


def test_other_file_under_the_pinned_checksum_fails_and_leaves_nothing(cache):
    from pathlib import Path

    other = Path(__file__).parent / "data" / "geo" / "unmatched.geojson"
    with pytest.raises(ValueError, match=r"unmatched.geojson: checksum mismatch"):
        fetch_csr(str(other))
    assert not cache.exists() or list(cache.iterdir()) == []


def test_failed_download_leaves_nothing(cache, tmp_path):
    missing = (tmp_path / "gone.geojson").as_uri()
    with pytest.raises(OSError, match=r"gone\.geojson: download failed"):
        fetch_csr(missing)
    assert not cache.exists() or list(cache.iterdir()) == []


def test_failed_fetch_keeps_an_earlier_good_download(cache, csr_geojson, tmp_path):
    fetch_csr(str(csr_geojson))
    before = (cache / CSR_FILENAME).read_bytes()
    with pytest.raises(OSError):
        fetch_csr((tmp_path / "gone.geojson").as_uri())
    assert (cache / CSR_FILENAME).read_bytes() == before
    assert sorted(p.name for p in cache.iterdir()) == sorted([CSR_FILENAME, CSR_LICENSE_FILENAME])


def test_tampered_cache_falls_back_to_schematic(cache, csr_geojson):
    fetch_csr(str(csr_geojson))
    path = cache / CSR_FILENAME
    path.write_bytes(path.read_bytes().replace(b"Hanano", b"Hanani", 1))
    assert verified_csr_file() is None
    layer = load_districts()
    assert layer.quality == "schematic"
    assert layer.attribution == "schematic boundaries"
