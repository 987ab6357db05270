"""``aleppo-map info``: articles, dates, the layer in use and the baseline areas."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dashboard.cli import main
from dashboard.geo.fetch import fetch_csr

DATA = Path(__file__).parent / "data" / "geo"


def area(output: str, faction: str) -> float:
    match = re.search(rf"^\s+{faction}\s+([\d.]+) km²", output, re.MULTILINE)
    assert match, f"no {faction} line in:\n{output}"
    return float(match.group(1))


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ALEPPO_MAP_CACHE", str(folder))
    return folder


def test_info_on_seeds_with_the_schematic_layer(empty_cache, seeds_dir):
    result = CliRunner().invoke(main, ["info"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    manifest = (seeds_dir / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    for row in manifest:
        file, published = row.split(",")[:2]
        assert re.search(rf"{published}\s+{re.escape(file)}", out), file
    dates = sorted(row.split(",")[1] for row in manifest)
    assert f"Date range: {dates[0]} to {dates[-1]}" in out
    assert "District layer: schematic (schematic boundaries)" in out
    for faction in ("government", "rebels", "kurdish", "contested"):
        assert area(out, faction) > 0
    assert "counted separately" in out
    assert re.search(r"Extraction coder: (compiled|pure) \(.+\)", out)


def test_info_with_the_fetched_csr_layer(empty_cache, csr_geojson):
    fetch_csr(csr_geojson.as_uri())
    result = CliRunner().invoke(main, ["info"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "District layer: accurate (Neighbourhoods: Columbia CSR" in out
    named = int(re.search(r"(\d+) polygons with (\d+) names", out).group(2))
    assert named >= 120
    assert 35.0 <= area(out, "rebels") <= 37.0
    assert "north-eastern fringe" in out
    assert "Ard al-Hamra" in out  # rebel-held, but CSR has no polygon for it


def test_info_warns_about_unmatched_polygons(empty_cache):
    result = CliRunner().invoke(main, ["info", "--districts", str(DATA / "unmatched.geojson")])
    assert result.exit_code == 0, result.output
    assert "'Atlantis Heights' matches no gazetteer neighbourhood" in result.stderr
    assert "District layer: custom (Neighbourhoods: unmatched.geojson)" in result.stdout


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("not_geodata.geojson", "not a readable polygon layer"),
        ("empty.geojson", "holds no features"),
        ("no_name_field.geojson", "available fields: label, code"),
    ],
)
def test_info_fails_clearly_on_bad_layers(empty_cache, name, problem):
    result = CliRunner().invoke(main, ["info", "--districts", str(DATA / name)])
    assert result.exit_code == 2
    assert name in result.stderr and problem in result.stderr


def test_info_and_stats_agree_on_the_baseline_areas():
    """One definition of "held": info's baseline km2 are the timeline's first day."""
    from dashboard.pipeline import load_bundle

    bundle = load_bundle()
    first = bundle.timeline.stats.iloc[0]
    result = CliRunner().invoke(main, ["info"])
    assert result.exit_code == 0, result.output
    for faction in ("government", "rebels", "kurdish", "contested"):
        line = next(ln for ln in result.output.splitlines() if ln.strip().startswith(faction))
        assert f"{first[f'{faction}_km2']:.2f}" in line, (faction, line)
