"""``aleppo-map info``: what data is in use — articles, dates, district layer, baseline areas."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from dashboard.articles import ArticleSet, load_articles
from dashboard.extract import CODER
from dashboard.gazetteer import BASELINE_FACTIONS, BaselineRow, baseline_date, read_baseline
from dashboard.geo import load_districts
from dashboard.geo.loader import layer_warnings
from dashboard.model import DistrictLayer
from dashboard.paths import SEEDS_DIR


def baseline_areas(
    layer: DistrictLayer, baseline: dict[str, BaselineRow]
) -> dict[str, tuple[float, int]]:
    """km² and district count per baseline faction; contested is its own entry.

    Each polygon district takes its own baseline row's faction. Districts with no
    baseline row are counted under "no baseline row".
    """
    out: dict[str, tuple[float, int]] = {}
    for district, area in zip(layer.gdf["district"], layer.gdf["area_km2"], strict=True):
        row = baseline.get(district)
        faction = row.faction if row else "no baseline row"
        km2, count = out.get(faction, (0.0, 0))
        out[faction] = (km2 + float(area), count + 1)
    return out


def missing_from_layer(
    layer: DistrictLayer, baseline: dict[str, BaselineRow], faction: str
) -> list[str]:
    """Baseline rows of ``faction`` with no polygon of their own and no host polygon."""
    from dashboard.gazetteer import load_gazetteer
    from dashboard.geo import district_of

    gazetteer = load_gazetteer()
    return sorted(
        name
        for name, row in baseline.items()
        if row.faction == faction and district_of(name, gazetteer, layer) is None
    )


def _articles_lines(loaded: ArticleSet) -> list[str]:
    lines = [f"Articles ({len(loaded.articles)}):"]
    for article in sorted(loaded.articles, key=lambda a: (a.published, a.file)):
        outlet = f"  {article.outlet}" if article.outlet else ""
        title = f"  {article.title}" if article.title else ""
        lines.append(f"  {article.published.isoformat()}  {article.file}{outlet}{title}")
    span = loaded.date_range
    if span:
        first, last = span
        days = (last - first).days + 1
        lines.append(f"Date range: {first.isoformat()} to {last.isoformat()} ({days} days)")
    return lines


def _layer_lines(layer: DistrictLayer) -> list[str]:
    gdf = layer.gdf
    polygons = gdf.attrs.get("source_polygons", len(gdf))
    names = gdf.attrs.get("source_names", len(gdf))
    lines = [
        f"District layer: {layer.quality} ({layer.attribution})",
        f"  source: {layer.source}",
        f"  {polygons} polygons with {names} names, forming {len(gdf)} districts, "
        f"{gdf['area_km2'].sum():.2f} km² in all",
    ]
    if layer.unmatched:
        lines.append(
            f"  left out, matching no gazetteer neighbourhood ({len(layer.unmatched)}): "
            + ", ".join(sorted(layer.unmatched))
        )
    if layer.quality == "schematic":
        lines.append(
            "  schematic: Voronoi cells of the gazetteer's points, not surveyed borders; "
            "run `aleppo-map fetch-districts` for CSR's neighbourhood polygons"
        )
    return lines


def _area_lines(layer: DistrictLayer, baseline: dict[str, BaselineRow]) -> list[str]:
    areas = baseline_areas(layer, baseline)
    lines = [f"Area held on the baseline date, {baseline_date(baseline).isoformat()}:"]
    for faction in (*BASELINE_FACTIONS, "no baseline row"):
        if faction in areas:
            km2, count = areas[faction]
            note = "  (counted separately)" if faction == "contested" else ""
            lines.append(f"  {faction:<16}{km2:8.2f} km²  {count:3d} districts{note}")
    uncovered = missing_from_layer(layer, baseline, "rebels")
    if uncovered:
        lines.append(
            f"  rebel-held on the baseline but without a polygon in this layer "
            f"({len(uncovered)}): {', '.join(uncovered)}"
        )
    if layer.quality == "accurate":
        lines.append(
            "  The CSR polygons stop short of the enclave's north-eastern fringe, so the "
            "rebel-held area here is smaller than the size of east Aleppo reported at the "
            "time (see data/geo/PROVENANCE.md)."
        )
    return lines


def info_report(
    paths: Sequence[Path | str] = (),
    districts_file: Path | None = None,
    name_field: str | None = None,
) -> tuple[str, list[str]]:
    """The report text, and warnings (bad input that was still usable)."""
    loaded = load_articles(list(paths) or [SEEDS_DIR])
    layer = load_districts(districts_file, name_field)
    baseline = read_baseline()
    warnings = list(loaded.warnings)
    warnings += layer_warnings(layer)
    lines = [*_articles_lines(loaded), *_layer_lines(layer), *_area_lines(layer, baseline)]
    lines.append(f"Extraction coder: {CODER}")
    return "\n".join(lines), warnings


def run_info(
    paths: Sequence[Path | str], districts_file: Path | None, name_field: str | None
) -> None:
    """``aleppo-map info``: print the report; warnings go to stderr."""
    text, warnings = info_report(paths, districts_file, name_field)
    for warning in warnings:
        click.echo(f"aleppo-map: warning: {warning}", err=True)
    click.echo(text)
