"""What the download buttons send: control on a day (GeoJSON, CSV) and the events (CSV).

Two things travel with every file:

- **Which boundaries they are.** The control GeoJSON has a top-level ``metadata``
  member (RFC 7946 allows foreign members) and a ``boundary_quality`` property on
  every feature, for tools that keep only the features; the control CSV has
  ``boundary_quality`` and ``boundary_source`` columns. ``boundary_quality`` is the
  layer's own word: ``schematic`` (cells drawn around gazetteer points, not surveyed
  borders), ``accurate`` (Columbia University CSR's neighbourhood polygons) or
  ``custom`` (a file supplied by whoever runs the map).
- **No spreadsheet formulas.** A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
  or a carriage return is run as a formula by spreadsheet programs, and article text
  can start with anything; such cells get a leading single quote (OWASP's advice for
  CSV injection). Numbers, including numbers stored as text such as ``-5``, are left
  as they are.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import PurePath
from typing import Any

import pandas as pd

from dashboard.model import DistrictLayer

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

BOUNDARY_CAVEATS = {
    "schematic": (
        "Schematic boundaries: cells drawn around each neighbourhood's gazetteer point "
        "(a Voronoi tessellation), not surveyed borders. Shapes, borders and km² are "
        "approximate; do not use them as the real limits of neighbourhoods."
    ),
    "accurate": (
        "Neighbourhood polygons from Columbia University's Center for Spatial Research "
        "(MIT licence). Borders follow the CSR survey; they are not official limits."
    ),
    "custom": (
        "A boundary file supplied by whoever runs this map; its accuracy is that of its source."
    ),
}
CONTROL_CAVEAT = (
    "Control as reported in the loaded news articles, with the assessed/claimed/"
    "contested status of each district; not a ground survey."
)


def public_source(layer: DistrictLayer) -> str:
    """The layer's credit line, or its file's name (never a path on the server)."""
    text = str(layer.attribution or "").strip()
    if text:
        return text
    source = str(layer.source or "")
    return source if "://" in source else PurePath(source).name


def boundary_metadata(layer: DistrictLayer) -> dict[str, str]:
    """What every download says about the district polygons it rests on."""
    return {
        "boundary_quality": layer.quality,
        "boundary_source": public_source(layer),
        "boundary_caveat": BOUNDARY_CAVEATS.get(layer.quality, BOUNDARY_CAVEATS["custom"]),
        "control_caveat": CONTROL_CAVEAT,
    }


def neutralise_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` if a spreadsheet would read it as a formula."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` whose text cells cannot start a spreadsheet formula.

    Numeric, boolean and date columns are left untouched, so they stay numbers.
    """
    out = table.copy()
    for col in out.columns:
        series = out[col]
        if (
            pd.api.types.is_numeric_dtype(series)
            or pd.api.types.is_bool_dtype(series)
            or pd.api.types.is_datetime64_any_dtype(series)
        ):
            continue
        out[col] = series.map(neutralise_cell).astype(object)
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def csv_text(table: pd.DataFrame) -> str:
    """``table`` as CSV text, formula-safe (see :func:`csv_safe`).

    Lines end in CRLF (RFC 4180), so a cell holding a carriage return is quoted too and
    cannot split its row.
    """
    buf = io.StringIO(newline="")
    csv_safe(table).to_csv(buf, index=False, lineterminator="\r\n")
    return buf.getvalue()


def control_csv(rows: pd.DataFrame, layer: DistrictLayer) -> str:
    """Control rows as CSV, each with the boundary layer it was drawn on."""
    meta = boundary_metadata(layer)
    table = rows.copy()
    table["boundary_quality"] = meta["boundary_quality"]
    table["boundary_source"] = meta["boundary_source"]
    return csv_text(table)


def control_geojson_text(features_json: str, layer: DistrictLayer, day: str) -> str:
    """The FeatureCollection text ``features_json`` with the boundary metadata added."""
    meta = boundary_metadata(layer)
    collection = json.loads(features_json)
    for feature in collection.get("features", []):
        props = feature.setdefault("properties", {})
        props["boundary_quality"] = meta["boundary_quality"]
    collection["metadata"] = {"date": day, **meta}
    return json.dumps(collection, ensure_ascii=False)
