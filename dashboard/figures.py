"""Figures as pure functions of data: the dashboard and the snapshot exporter share them.

Nothing here imports Dash. The map's trace order is fixed (see ``MAP_TRACE``) so that
the dashboard can recolour it in the browser by trace index without resending geometry.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import shapely
from shapely.geometry import mapping

from dashboard.hatching import hatch_lines
from dashboard.model import ACTORS, STATUSES, DistrictLayer
from dashboard.style import (
    CONTEXT_COLORS,
    FACTION_COLORS,
    FACTION_LABELS,
    FLOW_COLOR,
    FONT_FAMILY,
    HATCH_COLOR,
    HATCH_SPACING_M,
    STATUS_FILL_OPACITY,
    STATUS_HATCH_ANGLES,
    STATUS_LABELS,
    UNKNOWN_COLOR,
)

HATCHED = tuple(s for s in STATUSES if STATUS_HATCH_ANGLES.get(s))
# Index of each trace in the map figure; flow lines follow the last one, one per flow.
MAP_TRACE = {
    "districts": 0,
    **{f"hatch_{s}": 1 + i for i, s in enumerate(HATCHED)},
}
_n = len(MAP_TRACE)
MAP_TRACE.update(
    enclave=_n,
    river=_n + 1,
    citadel=_n + 2,
    labels=_n + 3,
    highlight=_n + 4,
    flow_legend=_n + 5,
)
# Flow i is drawn by traces FIRST_FLOW_TRACE + FLOW_TRACES * i + 0 (its line), + 1 (the
# white core of a hollow arrow) and + 2 (its label).
FIRST_FLOW_TRACE = _n + 6
FLOW_TRACES = 3
FLOW_TEXT_COLOR = "#3A0650"  # a dark shade of FLOW_COLOR
HOVER_STEP_DEG = 0.002  # ~6 px on the dashboard's map: a flow's vertices for hovering
COORD_DIGITS = 5  # ~1 m at Aleppo's latitude: finer detail only costs bytes
HATCH_DIGITS = 4  # ~10 m, plenty for lines 90 m apart
STATUS_SHORT = {
    "assessed": "assessed",
    "claimed": "claimed by one side (diagonal hatching)",
    "contested": "contested (cross-hatching)",
}


def _blend(hex_color: str, alpha: float) -> str:
    """``hex_color`` painted at ``alpha`` over white, so tentative states read lighter."""
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(alpha * c + (1 - alpha) * 255) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def state_categories() -> list[dict[str, str]]:
    """Every (faction, status) pair the map can show, in colour-scale order.

    Index 0 is "no information". The map's ``z`` is an index into this list.
    """
    cats = [{"faction": "", "status": "", "color": UNKNOWN_COLOR, "label": "No information"}]
    for faction in ACTORS:
        for status in STATUSES:
            cats.append(
                {
                    "faction": faction,
                    "status": status,
                    "color": _blend(FACTION_COLORS[faction], STATUS_FILL_OPACITY[status]),
                    "label": f"{FACTION_LABELS[faction]}, {STATUS_SHORT[status]}",
                }
            )
    return cats


def category_index(faction: str, status: str) -> int:
    """Position of (faction, status) in :func:`state_categories`; 0 when unknown."""
    if faction not in ACTORS or status not in STATUSES:
        return 0
    return 1 + ACTORS.index(faction) * len(STATUSES) + STATUSES.index(status)


def stepped_colorscale(colors: Sequence[str]) -> list[list]:
    """A colour scale where integer ``z`` = i paints exactly ``colors[i]``."""
    n = len(colors)
    scale = []
    for i, color in enumerate(colors):
        scale.append([i / n, color])
        scale.append([(i + 1) / n, color])
    return scale


def layer_geojson(layer: DistrictLayer) -> dict[str, Any]:
    """The districts as a GeoJSON FeatureCollection; ``properties.district`` names each.

    Feature ``id`` is the row number: MapLibre keeps only numeric ids, and the dashboard
    recolours districts by id.
    """
    features = []
    for i, row in enumerate(layer.gdf.itertuples()):
        geom = shapely.set_precision(row.geometry, 10**-COORD_DIGITS)
        if geom.is_empty:
            geom = row.geometry
        features.append(
            {
                "type": "Feature",
                "id": i,
                "properties": {"district": row.district, "name_ar": row.name_ar or ""},
                "geometry": mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def day_state(control: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """The control rows of one date, indexed by district."""
    dates = pd.to_datetime(control["date"]).dt.date
    return control[dates == day].set_index("district")


def _round(values: Iterable[float | None], digits: int = COORD_DIGITS) -> list[float | None]:
    return [None if v is None else round(float(v), digits) for v in values]


def hatch_segments(layer: DistrictLayer) -> dict[str, dict[str, list[list]]]:
    """Per hatched status and district: ``[lons, lats]`` of its hatch, None-separated."""
    out: dict[str, dict[str, list[list]]] = {s: {} for s in HATCHED}
    for row in layer.gdf.itertuples():
        for status in HATCHED:
            lons: list[float | None] = []
            lats: list[float | None] = []
            for angle in STATUS_HATCH_ANGLES[status]:
                for segment in hatch_lines(row.geometry, angle, HATCH_SPACING_M):
                    lons += [p[0] for p in segment] + [None]
                    lats += [p[1] for p in segment] + [None]
            out[status][row.district] = [_round(lons, HATCH_DIGITS), _round(lats, HATCH_DIGITS)]
    return out


def _lines(obj: Any) -> tuple[list, list]:
    """Lon/lat lists (None-separated) for a shapely geometry or nested coordinate lists."""
    lons: list = []
    lats: list = []
    if obj is None:
        return lons, lats
    if isinstance(obj, dict):  # {"lon": [...], "lat": [...]}, None-separated
        return _round(obj.get("lon", [])), _round(obj.get("lat", []))
    if hasattr(obj, "geometry") and hasattr(obj, "crs"):  # GeoSeries / GeoDataFrame
        obj = shapely.union_all(list(getattr(obj, "geometry", obj)))
    if isinstance(obj, shapely.Geometry):
        if obj.is_empty:
            return lons, lats
        if obj.geom_type in ("Polygon", "MultiPolygon"):
            obj = obj.boundary
        parts = getattr(obj, "geoms", [obj])
        for part in parts:
            xs, ys = zip(*[c[:2] for c in part.coords], strict=True)
            lons += [*list(xs), None]
            lats += [*list(ys), None]
        return _round(lons), _round(lats)
    seq = list(obj)
    if seq and isinstance(seq[0], (int, float)):
        return [round(seq[0], COORD_DIGITS)], [round(seq[1], COORD_DIGITS)]
    if seq and isinstance(seq[0][0], (int, float)):  # one line of (lon, lat)
        return [*_round([p[0] for p in seq]), None], [*_round([p[1] for p in seq]), None]
    for part in seq:
        a, b = _lines(part)
        lons += a
        lats += b
    return lons, lats


def _point(obj: Any) -> tuple[float, float] | None:
    if obj is None:
        return None
    if isinstance(obj, dict):
        lon, lat = obj.get("lon") or [], obj.get("lat") or []
        return (float(lon[0]), float(lat[0])) if lon and lat else None
    if isinstance(obj, shapely.Geometry):
        if obj.is_empty:
            return None
        c = obj.centroid
        return round(c.x, COORD_DIGITS), round(c.y, COORD_DIGITS)
    seq = list(obj)
    if len(seq) >= 2 and isinstance(seq[0], (int, float)):
        return float(seq[0]), float(seq[1])
    return None


LABEL_FONT_PX = 11
# Text box estimate for collision checks: DejaVu Sans averages ~0.6 em per character.
CHAR_WIDTH_EM = 0.6
LINE_HEIGHT_EM = 1.3


def px_per_degree(zoom: float, lat: float) -> tuple[float, float]:
    """Screen pixels per degree of longitude and of latitude at ``zoom`` near ``lat``.

    MapLibre's world is 512 px wide at zoom 0; Mercator stretches latitude by 1/cos.
    """
    x = 512 * 2**zoom / 360
    return x, x / math.cos(math.radians(lat))


LABEL_MARGIN_PX = 6
MAX_LINE_EM = 10  # MapLibre wraps map text at 10 em ("text-max-width")


def wrapped_lines(text: str) -> list[str]:
    """``text`` broken into lines about as the map draws it: at newlines, then, where a
    line would pass ``MAX_LINE_EM``, into lines of balanced length at spaces (MapLibre
    balances its lines rather than filling each to the limit)."""
    limit = MAX_LINE_EM / CHAR_WIDTH_EM
    out: list[str] = []
    for para in str(text).split("\n"):
        n = max(1, math.ceil(len(para) / limit))
        target = len(para) / n
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > target * 1.25:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return out


def text_box(
    lon: float, lat: float, text: str, zoom: float, font_px: float = LABEL_FONT_PX
) -> tuple[float, float, float, float]:
    """Estimated (minx, miny, maxx, maxy) in degrees of ``text`` centred on a point."""
    kx, ky = px_per_degree(zoom, lat)
    lines = wrapped_lines(text)
    # a few pixels' margin: the map's real zoom differs a little from the estimate
    half_w = (CHAR_WIDTH_EM * font_px * max(len(t) for t in lines) / 2 + LABEL_MARGIN_PX) / kx
    half_h = (LINE_HEIGHT_EM * font_px * len(lines) / 2 + LABEL_MARGIN_PX) / ky
    return lon - half_w, lat - half_h, lon + half_w, lat + half_h


def boxes_overlap(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def named_districts(events: pd.DataFrame | None, flows: pd.DataFrame | None = None) -> list[str]:
    """Districts the events (and flow ends) name, most often named first."""
    counts: dict[str, int] = {}
    columns = [(events, ("district",)), (flows, ("origin", "destination"))]
    for table, cols in columns:
        if table is None or not len(table):
            continue
        for col in cols:
            if col not in table.columns:
                continue
            for name in table[col]:
                if isinstance(name, str) and name.strip():
                    counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))


def key_district_labels(
    layer: DistrictLayer,
    count: int = 14,
    *,
    events: pd.DataFrame | None = None,
    flows: pd.DataFrame | None = None,
    zoom: float | None = None,
    font_px: float = LABEL_FONT_PX,
    avoid: Sequence[Sequence[float]] = (),
) -> tuple[list, list, list]:
    """District names to print on the map, placed so that no two collide.

    The districts the events name come first (they are what the story is about), most
    named first; then the largest districts, while fewer than ``count`` labels are
    placed. A label whose estimated text box (length x font size at ``zoom``; default:
    the zoom that fits the layer in the dashboard's map) overlaps one already placed,
    or any box in ``avoid``, is dropped.
    """
    gdf = layer.gdf
    points = dict(zip(gdf["district"], gdf.geometry.representative_point(), strict=True))
    if zoom is None:
        zoom = map_view(layer)["zoom"]
    named = [n for n in named_districts(events, flows) if n in points]
    by_area = gdf.sort_values("area_km2", ascending=False)["district"].tolist()
    placed: list[tuple[float, float, float, float]] = [tuple(b) for b in avoid]
    xs: list = []
    ys: list = []
    names: list = []
    for name in named + [n for n in by_area if n not in named]:
        if name not in named and len(names) >= count:
            break
        pt = points[name]
        box = text_box(pt.x, pt.y, name, zoom, font_px)
        if any(boxes_overlap(box, other) for other in placed):
            continue
        placed.append(box)
        xs.append(pt.x)
        ys.append(pt.y)
        names.append(name)
    return _round(xs), _round(ys), names


def escape_hover(text: Any) -> str:
    """Article text for a plotly hover label: its pseudo-HTML markup shown as text."""
    s = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _count(value: Any) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def flow_label(row: Any) -> str:
    """The number as the article states it: "6,000–10,000", "400", "up to 2,000" (only an
    upper bound, such as "as many as 2,000"), "more than 1,000" (only a lower bound), or
    "number not stated"."""
    low, high = _count(row.get("count_low")), _count(row.get("count_high"))
    if low is not None and high is not None:
        return f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"
    if high is not None:
        return f"up to {high:,.0f}"
    if low is not None:
        return f"more than {low:,.0f}"
    return "number not stated"


def has_number(row: Any) -> bool:
    """Whether the article gives any number for this flow."""
    return any(_count(row.get(c)) is not None for c in ("count_best", "count_low", "count_high"))


# Flow line widths: proportional to the best estimate, the largest flow of the timeline
# drawn FLOW_WIDTH_MAX_PX wide, but never thinner than FLOW_WIDTH_MIN_PX (a thinner line
# would not be seen); a flow with no number has no width to scale and is drawn as a
# thin line (on the screen, a hollow arrow: see FLOW_HOLLOW_PX).
FLOW_WIDTH_MAX_PX = 12.0
FLOW_WIDTH_MIN_PX = 2.0
FLOW_UNSTATED_PX = 1.5
# The screen's hollow arrow for "number not stated": a line this wide with a white core
# FLOW_HOLLOW_CORE_PX wide, i.e. two thin edges, unlike any width a number gives.
FLOW_HOLLOW_PX = 6.0
FLOW_HOLLOW_CORE_PX = 3.0


def flow_width(count_best: Any, max_best: float) -> float:
    """Line width in px: ``FLOW_WIDTH_MAX_PX * count_best / max_best``, at least
    ``FLOW_WIDTH_MIN_PX``; ``FLOW_UNSTATED_PX`` when no number was stated."""
    best = _count(count_best)
    if best is None or max_best <= 0:
        return FLOW_UNSTATED_PX
    return round(max(FLOW_WIDTH_MIN_PX, FLOW_WIDTH_MAX_PX * best / max_best), 2)


def flow_width_rule(max_best: float) -> str:
    """The width rule of :func:`flow_width` in words, for a legend."""
    if max_best <= 0:
        return "Line width ∝ best estimate of people displaced"
    per_px = _two_digits(max_best / FLOW_WIDTH_MAX_PX)
    floor = _two_digits(FLOW_WIDTH_MIN_PX * max_best / FLOW_WIDTH_MAX_PX)
    return (
        f"Line width ∝ best estimate: {FLOW_WIDTH_MAX_PX:g} px for the largest "
        f"({max_best:,.0f} people), so 1 px ≈ {per_px:,.0f}; never thinner than "
        f"{FLOW_WIDTH_MIN_PX:g} px (under about {floor:,.0f})"
    )


def _two_digits(value: float) -> float:
    """``value`` rounded to two significant digits (whole numbers are kept whole)."""
    step = 10 ** max(0, math.floor(math.log10(value)) - 1) if value >= 1 else 1
    return round(value / step) * step


STUB_DEG = 0.012  # ~1.1 km: the stub drawn out of an origin whose destination is unknown
# ~2.5 km: the stub drawn into a destination whose origin is unknown (origin_stub=True),
# long enough to show its dashes and the direction it comes from at any flow width
ARRIVAL_STUB_DEG = 0.025
DASH_DEG = 0.0015  # dash and gap length of lines with an unstated end


def citadel_boxes(context: dict[str, Any] | None, zoom: float) -> list[tuple]:
    """The Citadel's marker and label ("top right" of the point) as boxes to keep clear."""
    point = _point((context or {}).get("citadel"))
    if point is None:
        return []
    box = text_box(point[0], point[1], "Citadel", zoom, 12)
    width, height = box[2] - box[0], box[3] - box[1]
    return [(point[0] - width / 8, point[1] - height / 2, point[0] + width, point[1] + height)]


def enclave_point(context: dict[str, Any] | None) -> tuple[float, float] | None:
    """A point inside the baseline enclave outline of ``context`` (see ``context_layers``).

    A flow whose origin the article leaves empty started "somewhere in the enclave"; it is
    drawn from here.
    """
    enclave = (context or {}).get("enclave")
    if enclave is None:
        return None
    if isinstance(enclave, shapely.Geometry):
        geom = enclave
    else:
        lons, lats = _lines(enclave)
        rings, ring = [], []
        for x, y in zip(lons, lats, strict=True):
            if x is None or y is None:
                if len(ring) >= 4:
                    rings.append(shapely.Polygon(ring))
                ring = []
            else:
                ring.append((x, y))
        if len(ring) >= 4:
            rings.append(shapely.Polygon(ring))
        if not rings:
            return None
        geom = shapely.union_all([shapely.make_valid(r) for r in rings])
    if geom.is_empty:
        return None
    if geom.geom_type in ("LineString", "MultiLineString", "LinearRing"):
        geom = shapely.convex_hull(geom)
    pt = geom.representative_point()
    return round(pt.x, COORD_DIGITS), round(pt.y, COORD_DIGITS)


def _away_from(enclave: tuple[float, float] | None, x: float, y: float) -> tuple[float, float]:
    """The unit direction from the enclave's point to ``(x, y)``: where a stub for an
    unstated end points (straight down when the enclave is unknown or too near)."""
    if enclave is not None:
        dx, dy = x - enclave[0], y - enclave[1]
        norm = math.hypot(dx, dy)
        if norm > STUB_DEG / 4:
            return dx / norm, dy / norm
    return 0.0, -1.0


def flow_ends(
    row: Any, enclave: tuple[float, float] | None = None, *, origin_stub: bool = False
) -> tuple[float, float, float, float, str] | None:
    """``(x0, y0, x1, y1, kind)`` of the line drawn for a flow, or None if it has no end.

    ``kind`` is "stated" (both ends known), "origin" (origin not stated: drawn from
    ``enclave``) or "destination" (destination not stated: a stub out of the origin,
    pointing away from ``enclave``, or south when there is none).

    ``origin_stub=True`` draws an unstated origin as a stub too, arriving at the
    destination from the direction of ``enclave`` (from the north when there is none):
    a line from the enclave's middle would cross the front lines it says nothing about.
    """
    x0, y0 = _count(row.get("origin_lon")), _count(row.get("origin_lat"))
    x1, y1 = _count(row.get("dest_lon")), _count(row.get("dest_lat"))
    has_origin = x0 is not None and y0 is not None
    has_dest = x1 is not None and y1 is not None
    if has_origin and has_dest:
        return x0, y0, x1, y1, "stated"
    if has_dest and origin_stub:
        ux, uy = _away_from(enclave, x1, y1)
        stub = ARRIVAL_STUB_DEG
        return x1 - stub * ux, y1 - stub * uy, x1, y1, "origin"
    if has_dest and enclave is not None:
        return enclave[0], enclave[1], x1, y1, "origin"
    if has_origin:
        ux, uy = _away_from(enclave, x0, y0)
        return x0, y0, x0 + STUB_DEG * ux, y0 + STUB_DEG * uy, "destination"
    return None


def _dashed(
    x0: float, y0: float, x1: float, y1: float, dash: float = DASH_DEG
) -> tuple[list, list]:
    """A straight line cut into dashes, None-separated (map lines have no dash style)."""
    length = math.hypot(x1 - x0, y1 - y0)
    steps = max(1, int(length / dash))
    lons: list = []
    lats: list = []
    for k in range(0, steps, 2):
        t0, t1 = k / steps, min(k + 1, steps) / steps
        lons += [x0 + t0 * (x1 - x0), x0 + t1 * (x1 - x0), None]
        lats += [y0 + t0 * (y1 - y0), y0 + t1 * (y1 - y0), None]
    return lons, lats


def _densify(lons: list, lats: list, step: float) -> tuple[list, list]:
    """The same None-separated lines with vertices at most ``step`` degrees apart.

    Plotly finds a map line under the pointer by its vertices only: a straight arrow
    with two vertices could be hovered at its ends alone.
    """
    out_x: list = []
    out_y: list = []
    prev = None
    for x, y in zip(lons, lats, strict=True):
        if x is None or y is None:
            out_x.append(None)
            out_y.append(None)
            prev = None
            continue
        if prev is not None:
            n = int(math.hypot(x - prev[0], y - prev[1]) / step)
            for k in range(1, n + 1):
                t = k / (n + 1)
                out_x.append(prev[0] + t * (x - prev[0]))
                out_y.append(prev[1] + t * (y - prev[1]))
        out_x.append(x)
        out_y.append(y)
        prev = (x, y)
    return out_x, out_y


def flow_path(
    row: Any,
    enclave: tuple[float, float] | None = None,
    *,
    origin_stub: bool = False,
    step_deg: float | None = None,
    width_px: float | None = None,
    px_per_deg: float | None = None,
) -> tuple[list, list]:
    """A line from origin to destination with an arrowhead at the destination.

    A flow with an unstated end (see :func:`flow_ends`, which ``origin_stub`` is passed
    to) is drawn dashed; one with no known end at all has an empty path. ``step_deg``
    adds vertices along the lines (see :func:`_densify`). ``width_px``, the width the
    line is drawn at, and ``px_per_deg``, the map's scale, make the dashes and the
    arrowhead of a wide line long enough not to merge into blobs.
    """
    ends = flow_ends(row, enclave, origin_stub=origin_stub)
    if ends is None:
        return [], []
    x0, y0, x1, y1, kind = ends
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1e-9
    head = min(0.25 * length, 0.004)
    dash = DASH_DEG
    if width_px and px_per_deg:
        head = min(0.35 * length, max(0.004, (8 + 2 * width_px) / px_per_deg))
        dash = max(DASH_DEG, 1.2 * width_px / px_per_deg)
    ux, uy = dx / length, dy / length
    wings = []
    for side in (1, -1):
        ang = math.radians(25) * side
        wx = ux * math.cos(ang) - uy * math.sin(ang)
        wy = ux * math.sin(ang) + uy * math.cos(ang)
        wings.append((x1 - head * wx, y1 - head * wy))
    if kind == "stated":
        lons, lats = [x0, x1], [y0, y1]
    else:
        lons, lats = _dashed(x0, y0, x1, y1, dash)
        lons, lats = lons[:-1], lats[:-1]
    lons += [None, wings[0][0], x1, wings[1][0]]
    lats += [None, wings[0][1], y1, wings[1][1]]
    if step_deg:
        lons, lats = _densify(lons, lats, step_deg)
    return _round(lons), _round(lats)


UNSTATED_END = {"origin": "origin not stated", "destination": "destination not stated"}


def flow_draw_order(flows: pd.DataFrame) -> list[int]:
    """Positions of ``flows``' rows in the order the map draws them, last on top: flows
    with no number first, then by best estimate, so a stated number is never hidden
    under a line that has none."""
    flows = flows.reset_index(drop=True)

    def key(i: int) -> tuple:
        row = flows.loc[i]
        return (has_number(row), _count(row.get("count_best")) or 0.0, i)

    return sorted(range(len(flows)), key=key)


def flow_label_point(
    row: Any, enclave: tuple[float, float] | None = None, *, origin_stub: bool = False
) -> tuple | None:
    """Where a flow's label sits: the line's midpoint, or the stub's end."""
    ends = flow_ends(row, enclave, origin_stub=origin_stub)
    if ends is None:
        return None
    x0, y0, x1, y1, kind = ends
    if kind == "destination":
        return round(x1, COORD_DIGITS), round(y1, COORD_DIGITS)
    return round((x0 + x1) / 2, COORD_DIGITS), round((y0 + y1) / 2, COORD_DIGITS)


def _days(row: Any) -> tuple[str, str]:
    start = str(row.get("date_start") or "")[:10]
    end = str(row.get("date_end") or "")[:10] or start
    return start, end


POSITIONS = ("bottom center", "top center", "middle right", "middle left")


def _free_spot(
    candidates: Sequence[tuple[int, tuple[float, float], Sequence[str]]],
    text: str,
    days: tuple[str, str],
    placed: list,
    zoom: float,
    font_px: float,
    within: Sequence[float] | None = None,
) -> tuple[int, str, tuple, tuple[float, float]] | None:
    """The first (flow, point, text position) whose box clashes with no label shown on
    the same days (and lies inside ``within``), as ``(flow, position, box, point)``."""
    for anchor, (x, y), positions in candidates:
        box = text_box(x, y, text, zoom, font_px)
        kx, ky = px_per_degree(zoom, y)
        dy = (box[3] - box[1]) / 2 + 5 / ky
        dx = (box[2] - box[0]) / 2 + 6 / kx
        shifts = {
            "bottom center": (0, -dy),
            "top center": (0, dy),
            "middle right": (dx, 0),
            "middle left": (-dx, 0),
        }
        for position in positions:
            sx, sy = shifts[position]
            moved = (box[0] + sx, box[1] + sy, box[2] + sx, box[3] + sy)
            if within is not None and not (
                within[0] <= moved[0]
                and moved[2] <= within[2]
                and within[1] <= moved[1]
                and moved[3] <= within[3]
            ):
                continue
            if not any(
                boxes_overlap(moved, other)
                and other_days[0] <= days[1]
                and days[0] <= other_days[1]
                for other, other_days in placed
            ):
                return anchor, position, moved, (x, y)
    return None


def _beyond(dx: float, dy: float) -> list[str]:
    """Text positions ordered so the first lies beyond an arrow heading (dx, dy), off
    the lines that come in."""
    if abs(dx) >= abs(dy):
        first = "middle right" if dx > 0 else "middle left"
    else:
        first = "top center" if dy > 0 else "bottom center"
    return [first, *(p for p in POSITIONS if p != first)]


def flow_label_texts(
    flows: pd.DataFrame,
    enclave: tuple[float, float] | None = None,
    *,
    zoom: float = 11.0,
    avoid: Sequence[Sequence[float]] = (),
    font_px: float = LABEL_FONT_PX,
    origin_stub: bool = False,
    numbers_only: bool = False,
    within: Sequence[float] | None = None,
) -> list[tuple[str, str, tuple | None]]:
    """Per flow (in order), ``(text, textposition, point)`` of its label; the text is often
    empty, and ``point`` (None: the flow's label point) may be the destination.

    Flows shown on the same days that share a destination (or, with no destination, an
    origin) get one label joining their numbers, at the member
    nearest the group's centre. A label whose estimated box collides with ``avoid`` or
    with a label of a flow shown on an overlapping day, or leaves the ``within`` box
    (minx, miny, maxx, maxy), is left out; the flow keeps its marker and hover text.
    Groups with larger numbers are placed first.

    ``numbers_only``: the label lists the stated numbers alone; what the line style
    already says (an unstated end, no number) is left to the legend and the hover text,
    and a group with no number gets no label. ``origin_stub``: see :func:`flow_ends`.
    """
    flows = flows.reset_index(drop=True)
    groups: dict[tuple, list[int]] = {}
    points: dict[int, tuple] = {}
    kinds: dict[int, str] = {}
    for i, row in flows.iterrows():
        pt = flow_label_point(row, enclave, origin_stub=origin_stub)
        if pt is None:
            continue
        points[i] = pt
        ends = flow_ends(row, enclave, origin_stub=origin_stub)
        kind = ends[4] if ends else ""
        dest = str(row.get("destination") or "")
        place = ("to", dest) if dest.strip() else ("from", str(row.get("origin") or ""))
        kinds[i] = kind
        groups.setdefault((place, _days(row)), []).append(i)
    texts: list[tuple[str, str, tuple | None]] = [("", "bottom center", None)] * len(flows)
    order = sorted(
        groups.items(),
        key=lambda kv: -max(_count(flows.loc[i, "count_best"]) or 0 for i in kv[1]),
    )
    # boxes to avoid on every day: an empty start and a far end overlap any day range
    placed: list[tuple[tuple, tuple[str, str]]] = [(tuple(b), ("", "9999")) for b in avoid]
    for (_place, days), members in order:
        labels: dict[str, int] = {}
        for i in members:
            if numbers_only and not has_number(flows.loc[i]):
                continue
            text = flow_label(flows.loc[i])
            if kinds[i] in UNSTATED_END and not numbers_only:
                text += f" ({UNSTATED_END[kinds[i]]})"
            labels[text] = labels.get(text, 0) + 1
        if not labels:
            continue
        joined = "\n".join(t if n == 1 else f"{t} ×{n}" for t, n in labels.items())
        cx = sum(points[i][0] for i in members) / len(members)
        cy = sum(points[i][1] for i in members) / len(members)
        by_centre = sorted(members, key=lambda i: math.hypot(points[i][0] - cx, points[i][1] - cy))
        candidates: list[tuple[int, tuple[float, float], Sequence[str]]] = []
        # a shared destination first: the label beside it, beyond the incoming arrows
        into = [i for i in members if kinds[i] in ("stated", "origin")]
        if into:
            ends = [flow_ends(flows.loc[i], enclave, origin_stub=origin_stub) for i in into]
            x1, y1 = ends[0][2], ends[0][3]
            dx = sum(e[2] - e[0] for e in ends)
            dy = sum(e[3] - e[1] for e in ends)
            candidates.append(
                (into[0], (round(x1, COORD_DIGITS), round(y1, COORD_DIGITS)), _beyond(dx, dy))
            )
        candidates += [(i, points[i], POSITIONS) for i in by_centre]
        spot = _free_spot(candidates, joined, days, placed, zoom, font_px, within)
        if spot is None and within is not None:  # better partly off the map than missing
            spot = _free_spot(candidates, joined, days, placed, zoom, font_px)
        if spot is not None:
            anchor, position, box, point = spot
            placed.append((box, days))
            texts[anchor] = (joined, position, point)
    return texts


def _plain(value: Any) -> str:
    """A table cell as stripped text; "" for None, NaN and pandas' NA."""
    try:
        if value is None or pd.isna(value):
            return ""
    except (TypeError, ValueError):  # list-likes: not a missing scalar
        pass
    return str(value).strip()


def _end_name(value: Any, end: str) -> str:
    return _plain(value) or f"({end} not stated)"


def flow_hover(row: Any, events: pd.DataFrame | None = None) -> str:
    """Route, number, and who said it in which article, for one flow (escaped for plotly).

    A report with no named claimant says so rather than leaving the field empty.
    """
    ids = [i for i in _plain(row.get("event_ids")).split(";") if i]
    number = flow_label(row)
    parts = [
        f"{escape_hover(_end_name(row.get('origin'), 'origin'))} → "
        f"{escape_hover(_end_name(row.get('destination'), 'destination'))}: "
        + (f"{escape_hover(number)} displaced" if has_number(row) else "number not stated")
    ]
    if events is not None and len(events) and ids:
        sel = events[events["event_id"].isin(ids)]
        for ev in sel.to_dict("records"):
            claimant = _plain(ev.get("claimant"))
            article = _plain(ev.get("article"))
            outlet = _plain(ev.get("outlet"))
            line = [f"claimant: {escape_hover(claimant)}" if claimant else "no claimant named"]
            if article or outlet:
                line.append(
                    "article: "
                    + escape_hover(article or outlet)
                    + (f" ({escape_hover(outlet)})" if article and outlet else "")
                )
            text = "; ".join(line)
            if text not in parts:
                parts.append(text)
    return "<br>".join(parts)


def hover_template(text: str) -> str:
    """A plotly hovertemplate that shows ``text`` (already escaped) as it is: a "%" in
    it must not start a ``%{...}`` substitution, so it becomes the entity plotly prints
    as "%"."""
    return text.replace("%", "&#37;") + "<extra></extra>"


def _legend_swatch(name: str, color: str, group: str) -> go.Scattermap:
    return go.Scattermap(
        lon=[None],
        lat=[None],
        mode="markers",
        marker={"size": 14, "color": color, "symbol": "circle"},
        name=name,
        legendgroup=group,
        hoverinfo="skip",
        showlegend=True,
    )


def _geojson_bounds(geojson: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """(minx, miny, maxx, maxy) of a FeatureCollection, None when it has no geometry."""
    geoms = [shapely.geometry.shape(f["geometry"]) for f in geojson.get("features", [])]
    geoms = [g for g in geoms if not g.is_empty]
    if not geoms:
        return None
    return tuple(float(v) for v in shapely.total_bounds(geoms))  # type: ignore[return-value]


def map_view(layer: DistrictLayer, width_px: int = 780, height_px: int = 560) -> dict[str, Any]:
    """Centre and zoom that fit the whole layer in a map of about ``width_px`` x ``height_px``.

    MapLibre's world is 512 px wide at zoom 0; latitude spans are stretched by Mercator.
    """
    minx, miny, maxx, maxy = layer.gdf.total_bounds
    mid_lat = (miny + maxy) / 2
    span_x = max(maxx - minx, 1e-4)
    span_y = max((maxy - miny) / math.cos(math.radians(mid_lat)), 1e-4)
    zoom = min(
        math.log2(width_px * 360 / (512 * span_x)),
        math.log2(height_px * 360 / (512 * span_y)),
    )
    return {"center": {"lon": (minx + maxx) / 2, "lat": mid_lat}, "zoom": round(zoom - 0.1, 2)}


def map_figure(
    layer_geojson: dict[str, Any],
    day_state: pd.DataFrame,
    flows: pd.DataFrame,
    context: dict[str, Any] | None,
    *,
    highlight: str | None = None,
    hatch: dict[str, dict[str, list[list]]] | None = None,
    labels: tuple[list, list, list] | None = None,
    view: dict[str, Any] | None = None,
    events: pd.DataFrame | None = None,
    flow_visible: Sequence[bool] | None = None,
    title: str | None = None,
    show_legend: bool = True,
) -> go.Figure:
    """The control map for one day.

    ``day_state``: control rows indexed by district (see :func:`day_state`). ``flows``:
    FLOW_COLUMNS rows to draw (``flow_visible`` hides some without dropping their
    traces). ``context``: ``{"river", "enclave", "citadel"}`` geometries or coordinates.
    ``hatch``: from :func:`hatch_segments`. The trace order is ``MAP_TRACE``.
    ``show_legend=False`` leaves the legend to the page around the map.
    """
    cats = state_categories()
    names = [f["properties"]["district"] for f in layer_geojson["features"]]
    ids = [f["id"] for f in layer_geojson["features"]]
    name_ar = [f["properties"].get("name_ar", "") for f in layer_geojson["features"]]
    z, text = [], []
    for name in names:
        if name in day_state.index:
            row = day_state.loc[name]
            idx = category_index(str(row["faction"]), str(row["status"]))
        else:
            idx = 0
        z.append(idx)
        text.append(cats[idx]["label"])
    fig = go.Figure()
    fig.add_trace(
        go.Choroplethmap(
            geojson=layer_geojson,
            locations=ids,
            z=z,
            zmin=-0.5,
            zmax=len(cats) - 0.5,
            colorscale=stepped_colorscale([c["color"] for c in cats]),
            showscale=False,
            marker={"line": {"width": 0.6, "color": "#FFFFFF"}, "opacity": 1},
            customdata=[[n, a] for n, a in zip(names, name_ar, strict=True)],
            text=text,
            hovertemplate="<b>%{customdata[0]}</b> %{customdata[1]}<br>%{text}<extra></extra>",
            name="Districts",
            showlegend=False,
        )
    )
    for status in HATCHED:
        lons: list = []
        lats: list = []
        if hatch:
            for name in names:
                if name in day_state.index and day_state.loc[name, "status"] == status:
                    seg = hatch[status].get(name)
                    if seg:
                        lons += seg[0]
                        lats += seg[1]
        fig.add_trace(
            go.Scattermap(
                lon=lons or [None],
                lat=lats or [None],
                mode="lines",
                line={"width": 1.1 if status == "claimed" else 0.9, "color": HATCH_COLOR},
                name=STATUS_LABELS[status],
                legendgroup="status",
                legendgrouptitle={"text": "Status"} if status == HATCHED[0] else None,
                hoverinfo="skip",
            )
        )
    context = context or {}
    e_lon, e_lat = _lines(context.get("enclave"))
    fig.add_trace(
        go.Scattermap(
            lon=e_lon or [None],
            lat=e_lat or [None],
            mode="lines",
            line={"width": 2.5, "color": CONTEXT_COLORS["enclave"]},
            name="East Aleppo enclave on the baseline date",
            legendgroup="context",
            legendgrouptitle={"text": "Context"},
            hoverinfo="skip",
        )
    )
    r_lon, r_lat = _lines(context.get("river"))
    fig.add_trace(
        go.Scattermap(
            lon=r_lon or [None],
            lat=r_lat or [None],
            mode="lines",
            line={"width": 3, "color": CONTEXT_COLORS["river"]},
            name="Queiq river",
            legendgroup="context",
            hoverinfo="skip",
        )
    )
    citadel = _point(context.get("citadel"))
    fig.add_trace(
        go.Scattermap(
            lon=[citadel[0]] if citadel else [None],
            lat=[citadel[1]] if citadel else [None],
            mode="markers+text",
            marker={"size": 11, "color": CONTEXT_COLORS["citadel"], "symbol": "circle"},
            text=["Citadel"],
            textposition="top right",
            textfont={"size": 12, "color": "#000000"},
            name="Citadel",
            legendgroup="context",
            hovertemplate="Citadel<extra></extra>",
        )
    )
    lx, ly, lt = labels or ([None], [None], [""])
    fig.add_trace(
        go.Scattermap(
            lon=lx,
            lat=ly,
            mode="text",
            text=lt,
            textfont={"size": LABEL_FONT_PX, "color": "#111111"},
            name="Key districts",
            showlegend=False,
            hoverinfo="skip",
        )
    )
    h_lon, h_lat = [None], [None]
    if highlight:
        for feat in layer_geojson["features"]:
            if feat["properties"]["district"] == highlight:
                h_lon, h_lat = _lines(shapely.geometry.shape(feat["geometry"]))
    fig.add_trace(
        go.Scattermap(
            lon=h_lon,
            lat=h_lat,
            mode="lines",
            line={"width": 4, "color": "#0000AA"},
            name="Selected district",
            showlegend=False,
            hoverinfo="skip",
        )
    )
    flows = flows.reset_index(drop=True)
    visible = list(flow_visible) if flow_visible is not None else [True] * len(flows)
    max_best = max([_count(v) or 0 for v in flows.get("count_best", [])] or [0])
    fig.add_trace(
        go.Scattermap(
            lon=[None],
            lat=[None],
            mode="lines",
            line={"width": 4, "color": FLOW_COLOR},
            name=f"Displacement ({flow_width_rule(max_best)}; hollow: number not stated)",
            legendgroup="flows",
            legendgrouptitle={"text": "Flows"},
            hoverinfo="skip",
        )
    )
    enclave = enclave_point(context)
    zoom = float(view["zoom"]) if view else 11.0
    avoid = [text_box(x, y, t, zoom) for x, y, t in zip(lx, ly, lt, strict=True) if x and t]
    avoid += citadel_boxes(context, zoom)
    texts = flow_label_texts(
        flows,
        enclave,
        zoom=zoom,
        avoid=avoid,
        origin_stub=True,
        numbers_only=True,
        within=_geojson_bounds(layer_geojson),
    )
    # FLOW_TRACES traces per flow (the line, the white core that makes an arrow with no
    # number hollow, the label), so that a day's flows are shown or hidden by
    # visibility alone; flows in flow_draw_order, so flow i is at slot order.index(i).
    kx = px_per_degree(zoom, 0.0)[0]  # px per degree of longitude at the figure's zoom
    for i in flow_draw_order(flows):
        row = flows.loc[i]
        hollow = not has_number(row)
        width = FLOW_HOLLOW_PX if hollow else flow_width(row.get("count_best"), max_best)
        lons, lats = flow_path(
            row,
            enclave,
            origin_stub=True,
            step_deg=HOVER_STEP_DEG,
            width_px=width,
            px_per_deg=kx,
        )
        point = texts[i][2] or flow_label_point(row, enclave, origin_stub=True)
        hover = flow_hover(row, events)
        fig.add_trace(
            go.Scattermap(
                lon=lons or [None],
                lat=lats or [None],
                mode="lines",
                line={"width": width, "color": FLOW_COLOR},
                visible=bool(visible[i]),
                showlegend=False,
                # the whole arrow answers the pointer (its vertices are dense enough); the
                # text is the template itself, once per trace rather than once per vertex
                hovertemplate=hover_template(hover),
                name=f"flow {i}",
            )
        )
        fig.add_trace(
            go.Scattermap(
                lon=(lons or [None]) if hollow else [None],
                lat=(lats or [None]) if hollow else [None],
                mode="lines",
                line={"width": FLOW_HOLLOW_CORE_PX, "color": "#FFFFFF"},
                visible=bool(visible[i]),
                showlegend=False,
                hoverinfo="skip",
                name=f"flow {i} core",
            )
        )
        fig.add_trace(
            go.Scattermap(
                lon=[point[0] if point else None],
                lat=[point[1] if point else None],
                # an invisible marker: plotly offsets map text by the marker's size
                mode="markers+text",
                marker={"size": 8, "color": "rgba(0,0,0,0)"},
                text=[texts[i][0]],
                textposition=texts[i][1],
                # darker than the arrows: the text must read on every fill colour
                textfont={"size": LABEL_FONT_PX, "color": FLOW_TEXT_COLOR},
                hovertext=[hover],
                hovertemplate="%{hovertext}<extra></extra>",
                visible=bool(visible[i]),
                showlegend=False,
                name=f"flow {i} label",
            )
        )
    for faction in ACTORS:
        fig.add_trace(_legend_swatch(FACTION_LABELS[faction], FACTION_COLORS[faction], "faction"))
    fig.data[-len(ACTORS)].legendgrouptitle = {"text": "Held by"}
    fig.add_trace(_legend_swatch("No information", UNKNOWN_COLOR, "faction"))
    view = view or {"center": {"lon": 37.16, "lat": 36.2}, "zoom": 11.5}
    fig.update_layout(
        map={"style": "white-bg", **view},
        margin={"l": 0, "r": 0, "t": 30 if title else 0, "b": 0},
        title={"text": title} if title else None,
        font={"family": FONT_FAMILY},
        legend={
            "orientation": "h",
            "x": 0.005,
            "xanchor": "left",
            "y": 0.005,
            "yanchor": "bottom",
            "bgcolor": "rgba(255,255,255,0.85)",
            "font": {"size": 10},
            "groupclick": "toggleitem",
            "itemwidth": 30,
        },
        uirevision="map",
        hoverlabel={"align": "left"},
        showlegend=show_legend,
    )
    return fig


def _stat_columns(stats: pd.DataFrame) -> dict[str, str]:
    """Which column holds each faction's km2 (``<faction>_km2`` or similar)."""
    found = {}
    for faction in ACTORS:
        for col in stats.columns:
            low = str(col).lower()
            if faction in low and "km2" in low:
                found[faction] = col
                break
    return found


def displaced_column(stats: pd.DataFrame) -> str | None:
    """The cumulative displaced column: the best estimate when there are several."""
    cols = [c for c in stats.columns if "displaced" in str(c).lower()]
    for pref in ("best", ""):
        for col in cols:
            if pref in str(col).lower():
                return col
    return None


def area_figure(stats: pd.DataFrame, selected_date: dt.date | str | None) -> go.Figure:
    """Stacked km2 held by each faction per day, cumulative displaced, the date marked."""
    fig = go.Figure()
    dates = [str(pd.Timestamp(d).date()) for d in stats["date"]] if len(stats) else []
    for faction, col in _stat_columns(stats).items():
        fig.add_trace(
            go.Scatter(
                x=dates,
                y=stats[col].round(2).tolist(),
                name=FACTION_LABELS[faction],
                stackgroup="km2",
                mode="lines",
                line={"width": 0.5, "color": FACTION_COLORS[faction]},
                fillcolor=FACTION_COLORS[faction],
                hovertemplate="%{y:.1f} km²<extra>" + FACTION_LABELS[faction] + "</extra>",
            )
        )
    dcol = displaced_column(stats)
    if dcol:
        fig.add_trace(
            go.Scatter(
                x=dates,
                y=stats[dcol].tolist(),
                name="Displaced so far (best estimate)",
                yaxis="y2",
                mode="lines",
                line={"width": 2, "color": FLOW_COLOR, "dash": "dot"},
                hovertemplate="%{y:,.0f} displaced<extra></extra>",
            )
        )
    sel = str(pd.Timestamp(selected_date).date()) if selected_date is not None else None
    xaxis: dict[str, Any] = {
        "type": "date",
        # day and month on one line; the year is in the hover and the page's title
        "tickformat": "%-d %b",
        "hoverformat": "%-d %B %Y",
        "automargin": True,
    }
    if dates:
        # half a day beyond the first and last dates, so that the date marker stays
        # inside the plot (not on an axis line) on those days too
        half = pd.Timedelta(hours=12)
        xaxis["range"] = [
            (pd.Timestamp(dates[0]) - half).isoformat(),
            (pd.Timestamp(dates[-1]) + half).isoformat(),
        ]
    fig.update_layout(
        margin={"l": 50, "r": 60, "t": 24, "b": 24},
        font={"family": FONT_FAMILY, "size": 11},
        yaxis={"title": {"text": "km² held"}, "rangemode": "tozero"},
        yaxis2={
            # its own round ticks, not ticks synced to the km² grid (3190, 6380, ...)
            "title": {"text": "people displaced"},
            "tickmode": "auto",
            "nticks": 6,
            "tickformat": "~s",
            "overlaying": "y",
            "side": "right",
            "rangemode": "tozero",
            "showgrid": False,
        },
        xaxis=xaxis,
        # above the plot: below it, the legend would crowd the date labels
        legend={
            "orientation": "h",
            "x": 0,
            "y": 1.02,
            "xanchor": "left",
            "yanchor": "bottom",
            "font": {"size": 10},
        },
        shapes=[
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": sel,
                "x1": sel,
                "y0": 0,
                "y1": 1,
                "line": {"color": "#000000", "width": 2},
            }
        ]
        if sel
        else [],
        plot_bgcolor="#FFFFFF",
        uirevision="area",
    )
    return fig
