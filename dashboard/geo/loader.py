"""Read any polygon file into a DistrictLayer: canonical names, EPSG:4326, areas in km².

Every layer, bundled, fetched or supplied by the user, goes through ``read_layer`` so
that they all get the same checks: the file must hold polygons with a name field, the
CRS is converted, invalid geometry is repaired (and reported), names are matched to
the gazetteer and those that match nothing are listed, never dropped silently.
"""

from __future__ import annotations

import csv
import json
import warnings
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from dashboard.gazetteer import Gazetteer, load_gazetteer
from dashboard.model import DistrictLayer
from dashboard.paths import GAZETTEER_CSV, SCHEMATIC_DISTRICTS

AREA_CRS = "EPSG:32637"  # UTM zone 37N: metres, true areas around Aleppo
MAP_CRS = "EPSG:4326"
CSR_ATTRIBUTION = "Neighbourhoods: Columbia CSR, Conflict Urbanism: Aleppo (MIT)"
SCHEMATIC_ATTRIBUTION = "schematic boundaries"
# Name fields tried in order when the caller names none: the project's own layer,
# CSR's layer, then common spellings in other files.
NAME_FIELDS = ("district", "NAME", "name", "Name", "name_en", "NAME_EN")
POLYGONAL = ("Polygon", "MultiPolygon")
# Overlaps smaller than this are floating-point noise along shared edges.
OVERLAP_NOISE_M2 = 0.01
DEG2_TO_M2 = 111_320.0 * 111_320.0 * 0.81  # one square degree near 36 N, roughly


def csr_names(path: Path = GAZETTEER_CSV) -> dict[str, str]:
    """CSR polygon ``NAME`` -> canonical district, from the gazetteer's ``csr_name`` column.

    Alias rows (``shares_point_with``) repeat their host's CSR name; the host keeps it.
    """
    out: dict[str, str] = {}
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["kind"] == "area" or row["shares_point_with"]:
                continue
            for name in (n.strip() for n in row.get("csr_name", "").split(";")):
                if name:
                    out.setdefault(name, row["name"])
    return out


def canonical_name(raw: str, gazetteer: Gazetteer, csr: dict[str, str]) -> str | None:
    """The gazetteer district a polygon's name stands for, or None.

    Named areas ("Old City", "East Aleppo") are groups of districts, not districts,
    so a polygon carrying one of those names matches nothing.
    """
    name = csr.get(raw) or gazetteer.lookup(raw)
    if name is None or gazetteer[name].is_area:
        return None
    return name


def _read_frame(path: Path) -> gpd.GeoDataFrame:
    if not path.exists():
        raise ValueError(f"{path}: no such file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several types for unreadable input
        # GDAL's message repeats the path and suggests driver prefixes; keep its gist.
        detail = str(exc).split(";")[0].replace(f"'{path}' ", "").replace(f"{path}: ", "")
        raise ValueError(
            f"{path}: not a readable polygon layer (GeoJSON, GPKG or Shapefile): {detail}"
        ) from exc
    if not isinstance(frame, gpd.GeoDataFrame) or "geometry" not in frame:
        raise ValueError(f"{path}: holds no geometry; expected a polygon layer")
    return frame


def _pick_name_field(frame: gpd.GeoDataFrame, path: Path, name_field: str | None) -> str:
    fields = [c for c in frame.columns if c != "geometry"]
    if name_field is not None:
        if name_field not in fields:
            raise ValueError(
                f"{path}: has no field {name_field!r}; available fields: "
                f"{', '.join(fields) or '(none)'}"
            )
        return name_field
    for candidate in NAME_FIELDS:
        if candidate in fields:
            return candidate
    raise ValueError(
        f"{path}: no name field found (tried {', '.join(NAME_FIELDS)}); pass --name-field, "
        f"available fields: {', '.join(fields) or '(none)'}"
    )


def _to_map_crs(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    if frame.crs is None:
        # A file without a CRS (a shapefile without .prj) can only be trusted if its
        # coordinates are plainly longitude/latitude.
        minx, miny, maxx, maxy = frame.total_bounds
        if -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90:
            return frame.set_crs(MAP_CRS)
        raise ValueError(f"{path}: has no CRS and its coordinates are not longitude/latitude")
    return frame.to_crs(MAP_CRS)


def _polygonal(geom):
    """The polygonal part of a geometry (make_valid may add stray lines or points)."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in POLYGONAL:
        return geom
    if geom.geom_type == "GeometryCollection":
        parts = [g for g in shapely.get_parts(geom) if g.geom_type in POLYGONAL]
        return shapely.union_all(parts) if parts else None
    return None


def remove_overlaps(names: list[str], geoms: list) -> tuple[list, list[tuple[str, str, float]]]:
    """Give ground claimed by two districts to one only, so no area is counted twice.

    The larger of the two gives it up: a small polygon drawn inside a larger one (a
    landmark inside its quarter) is usually the more specific. Returns the trimmed
    geometries and each overlap as (kept by, removed from, approximate m²).
    """
    geoms = list(geoms)
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    overlaps = []
    for i, j in sorted(zip(left.tolist(), right.tolist(), strict=True)):
        if i >= j:
            continue
        shared = geoms[i].intersection(geoms[j])
        m2 = shared.area * DEG2_TO_M2
        if m2 > OVERLAP_NOISE_M2:
            keep, trim = (j, i) if geoms[i].area > geoms[j].area else (i, j)
            geoms[trim] = _polygonal(shapely.make_valid(geoms[trim].difference(geoms[keep])))
            overlaps.append((names[keep], names[trim], m2))
    return geoms, overlaps


def read_layer(
    path: Path,
    name_field: str | None = None,
    *,
    quality: str = "custom",
    attribution: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> DistrictLayer:
    """Read ``path`` (any CRS, GeoJSON/GPKG/Shapefile) as a layer of canonical districts."""
    path = Path(path)
    gazetteer = gazetteer or load_gazetteer()
    frame = _read_frame(path)
    if frame.empty:
        raise ValueError(f"{path}: holds no features")
    field = _pick_name_field(frame, path, name_field)
    frame = _to_map_crs(frame, path)

    types = set(frame.geometry.dropna().geom_type)
    if not types & set(POLYGONAL):
        raise ValueError(
            f"{path}: holds no polygons (found {', '.join(sorted(types)) or 'no geometry'})"
        )

    csr = csr_names()
    rows, unmatched, repaired = [], [], []
    skipped = []  # features that are not usable polygons, with the reason
    for raw, geom in zip(frame[field], frame.geometry, strict=True):
        label = "" if raw is None or (isinstance(raw, float) and pd.isna(raw)) else str(raw)
        if geom is None or geom.is_empty or geom.geom_type not in POLYGONAL:
            kind = "no geometry" if geom is None or geom.is_empty else geom.geom_type
            skipped.append(f"{label or '(no name)'} ({kind})")
            continue
        district = canonical_name(label, gazetteer, csr) if label else None
        if district is None:
            unmatched.append(label or "(no name)")
            continue
        if not geom.is_valid:
            geom = _polygonal(shapely.make_valid(geom))
            repaired.append(district)
            if geom is None:
                skipped.append(f"{label} (nothing left after make_valid)")
                continue
        rows.append((district, geom))
    if not rows:
        raise ValueError(
            f"{path}: no polygon name in field {field!r} matches the gazetteer "
            f"(unmatched: {', '.join(sorted(set(unmatched))[:10])})"
        )

    names = sorted({d for d, _ in rows})
    geoms = []
    for name in names:
        merged = shapely.union_all([g for d, g in rows if d == name])
        geoms.append(_polygonal(shapely.make_valid(merged)))
    geoms, overlaps = remove_overlaps(names, geoms)
    made_valid = sorted(set(repaired))
    repaired += [removed_from for _, removed_from, _ in overlaps]
    gdf = gpd.GeoDataFrame(
        {
            "district": names,
            "name_ar": [gazetteer[n].name_ar for n in names],
        },
        geometry=shapely.orient_polygons(shapely.normalize(geoms)),
        crs=MAP_CRS,
    )
    gdf.insert(2, "area_km2", gdf.geometry.to_crs(AREA_CRS).area / 1e6)
    gdf.attrs["source_polygons"] = sum(
        1 for g in frame.geometry if g is not None and g.geom_type in POLYGONAL
    )
    gdf.attrs["source_names"] = frame[field].dropna().nunique()
    gdf.attrs["made_valid"] = made_valid
    gdf.attrs["skipped"] = skipped
    gdf.attrs["overlaps"] = overlaps
    return DistrictLayer(
        gdf=gdf,
        quality=quality,
        source=str(path),
        attribution=attribution or f"Neighbourhoods: {path.name}",
        unmatched=sorted(set(unmatched)),
        repaired=sorted(set(repaired)),
    )


def layer_warnings(layer: DistrictLayer) -> list[str]:
    """What the loader changed or left out, one line each, for the CLI to print."""
    out = [
        f"{layer.source}: polygon {name!r} matches no gazetteer neighbourhood; left out"
        for name in layer.unmatched
    ]
    out += [
        f"{layer.source}: feature {what} is not a polygon; left out"
        for what in layer.gdf.attrs.get("skipped", [])
    ]
    out += [
        f"{layer.source}: invalid geometry of {name} repaired with make_valid"
        for name in layer.gdf.attrs.get("made_valid", layer.repaired)
    ]
    out += [
        f"{layer.source}: {removed} overlapped {kept} by about {m2:.0f} m²; "
        f"the shared ground is counted in {kept} only"
        for kept, removed, m2 in layer.gdf.attrs.get("overlaps", [])
    ]
    # A name's several polygons can each overlap the same neighbour: one line says it.
    return list(dict.fromkeys(out))


def declared_quality(path: Path) -> str | None:
    """The ``boundary_quality`` a GeoJSON file declares for all its features, if any."""
    if path.suffix.lower() not in (".geojson", ".json"):
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        qualities = {f["properties"].get("boundary_quality") for f in data["features"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return qualities.pop() if len(qualities) == 1 else None


@lru_cache(maxsize=8)
def _cached_layer(
    path: str, mtime_ns: int, size: int, name_field: str | None, quality: str, attribution: str
) -> DistrictLayer:
    return read_layer(Path(path), name_field, quality=quality, attribution=attribution)


def _layer_for(path: Path, name_field: str | None, quality: str, attribution: str):
    stat = path.stat()
    return _cached_layer(
        str(path.resolve()), stat.st_mtime_ns, stat.st_size, name_field, quality, attribution
    )


def load_districts(
    districts_file: Path | None = None, name_field: str | None = None
) -> DistrictLayer:
    """The district layer in use.

    With no file: the accurate CSR layer from the user cache when it has been fetched
    and its checksum is right, otherwise the bundled schematic layer. Layers are read
    once per file version (path, mtime, size), so the app and exporter share them.
    The returned layer is shared: copy ``layer.gdf`` before changing it.
    """
    if districts_file is None:
        from dashboard.geo.fetch import verified_csr_file

        csr = verified_csr_file()
        if csr is not None:
            return _layer_for(csr, "NAME", "accurate", CSR_ATTRIBUTION)
        if not SCHEMATIC_DISTRICTS.is_file():
            raise ValueError(
                f"{SCHEMATIC_DISTRICTS}: the schematic district layer is missing; "
                "rebuild it with `aleppo-map build-districts`"
            )
        return _layer_for(SCHEMATIC_DISTRICTS, "district", "schematic", SCHEMATIC_ATTRIBUTION)
    path = Path(districts_file)
    if not path.exists():
        raise ValueError(f"{path}: no such file")
    from dashboard.geo.fetch import is_pinned_csr

    if is_pinned_csr(path):
        # The CSR file given by path is the accurate layer, and must carry its credit.
        return _layer_for(path, name_field or "NAME", "accurate", CSR_ATTRIBUTION)
    if declared_quality(path) == "schematic":
        return _layer_for(path, name_field, "schematic", SCHEMATIC_ATTRIBUTION)
    return _layer_for(path, name_field, "custom", f"Neighbourhoods: {path.name}")
