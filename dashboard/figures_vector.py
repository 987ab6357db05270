"""The control map as plotly geo traces, for snapshots that must stay vector (SVG, PDF).

The screen map (:mod:`dashboard.figures`) draws on MapLibre, which renders through
WebGL into a raster; a ``geo`` subplot is drawn by plotly.js as SVG paths instead, so
every district stays a ``<path>`` in SVG and PDF output. The visual language is the
screen's: its colour per faction and status, labels and flow arrows come from
:mod:`dashboard.figures`, hatch lines from :mod:`dashboard.hatching`, the rest from
:mod:`dashboard.style`.

:func:`map_data` does the per-bundle work once (GeoJSON with clockwise rings, hatch
lines, label points, the control table split by day); :func:`map_traces` then builds
one day's traces cheaply, for any ``geo`` subplot, so a strip or an animation reuses it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import weakref
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import shapely

from dashboard import figures as screen
from dashboard import style
from dashboard.figures import COORD_DIGITS
from dashboard.geo import to_geojson
from dashboard.hatching import hatch_lines
from dashboard.model import Bundle, DistrictLayer

UNKNOWN = "unknown"
HIGHLIGHT_COLOR = "#0000AA"  # the screen's selected-district outline
FRAME_PAD = 0.05  # of the extent's span, added on each side so edge labels are not clipped
CHAR_WIDTH = 0.6  # DejaVu Sans: average advance per character in ems, a little generous
BOLD_CHAR_WIDTH = 0.68
LINE_HEIGHT = 1.25  # a text box's height in ems
CANDIDATE_ZOOM = 30.0  # a web-map zoom at which a label is far smaller than a millimetre
_cache: dict[int, tuple[weakref.ref, MapData]] = {}


@dataclass
class MapData:
    """What every frame of one bundle shares."""

    geojson: dict
    districts: list[str]
    name_ar: dict[str, str]
    label_points: dict[str, tuple[float, float]]
    areas: dict[str, float]  # km2, to name the largest districts first
    key_labels: tuple[list, list, list]  # the screen's label choice, most important first
    outlines: dict[str, tuple[list, list]]  # district -> lon, lat with None between rings
    control: dict[dt.date, pd.DataFrame]  # date -> rows indexed by district
    flows: pd.DataFrame
    dates: list[dt.date]
    extent: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1 of every frame
    context: list[tuple[str, list, list]]  # kind, lon, lat (None-separated)
    enclave: tuple[float, float] | None  # where a flow with no stated origin is drawn from
    geometries: dict[str, shapely.Geometry]
    _hatch: dict[tuple[str, float], list] = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # other per-bundle values, keyed by their users

    def hatch(self, district: str, angle: float) -> list:
        key = (district, angle)
        if key not in self._hatch:
            self._hatch[key] = hatch_lines(self.geometries[district], angle, style.HATCH_SPACING_M)
        return self._hatch[key]


def as_date(value) -> dt.date:
    """A date from a date, datetime, Timestamp or ISO string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def frame_ranges(extent: tuple[float, float, float, float]) -> tuple[list, list]:
    """The lon and lat ranges a map frame shows: the extent plus ``FRAME_PAD``."""
    lon0, lat0, lon1, lat1 = extent
    dx, dy = (lon1 - lon0) * FRAME_PAD, (lat1 - lat0) * FRAME_PAD
    return [lon0 - dx, lon1 + dx], [lat0 - dy, lat1 + dy]


@dataclass(frozen=True)
class Frame:
    """Where a geo subplot puts lon/lat, in the figure's CSS px.

    :func:`geo_layout` gives the subplot fixed lon/lat ranges; plotly then draws them
    as large as fits the subplot's box, centred, keeping the Mercator aspect. This
    repeats that arithmetic (within a few px), so label boxes can be checked for
    overlap before anything is drawn.
    """

    x0: float
    y0: float
    x1: float
    y1: float
    scale: float  # px per Mercator unit
    centre: tuple[float, float]  # Mercator x, y drawn at the middle of the box

    @classmethod
    def fit(cls, extent: tuple[float, float, float, float], box: tuple) -> Frame:
        """``box``: the subplot's domain as (left, top, right, bottom) px."""
        (lon0, lon1), (lat0, lat1) = frame_ranges(extent)
        ax, ay = _mercator(lon0, lat0)
        bx, by = _mercator(lon1, lat1)
        left, top, right, bottom = box
        scale = min((right - left) / (bx - ax), (bottom - top) / (by - ay))
        w, h = (bx - ax) * scale, (by - ay) * scale
        cx, cy = (left + right) / 2, (top + bottom) / 2
        return cls(
            cx - w / 2,
            cy - h / 2,
            cx + w / 2,
            cy + h / 2,
            scale,
            _mercator((lon0 + lon1) / 2, (lat0 + lat1) / 2),
        )

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        mx = (self.x0 + self.x1) / 2
        my = (self.y0 + self.y1) / 2
        u = self.centre[0] + (x - mx) / self.scale
        v = self.centre[1] - (y - my) / self.scale
        return math.degrees(u), math.degrees(2 * math.atan(math.exp(v)) - math.pi / 2)

    def degree_box(self, box: Box) -> Box:
        """A px box as (min lon, min lat, max lon, max lat)."""
        lon0, lat1 = self.unproject(box[0], box[1])
        lon1, lat0 = self.unproject(box[2], box[3])
        return lon0, lat0, lon1, lat1

    @property
    def zoom(self) -> float:
        """The web-map zoom with this many px per degree (the screen's helpers speak zoom:
        a 512 px world at zoom 0)."""
        return math.log2(self.scale * math.pi / 256)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = _mercator(lon, lat)
        mx = (self.x0 + self.x1) / 2
        my = (self.y0 + self.y1) / 2
        return mx + (x - self.centre[0]) * self.scale, my - (y - self.centre[1]) * self.scale


Box = tuple[float, float, float, float]  # left, top, right, bottom in px


def text_box(
    frame: Frame, lon: float, lat: float, text: str, size: float, position: str, bold: bool = False
) -> Box:
    """The px box a one-line label takes, estimated from its length and type size.
    ``position`` is plotly's textposition (which side of the point the text sits on)."""
    x, y = frame.project(lon, lat)
    lines = [re.sub(r"<[^>]+>", "", line) for line in text.split("<br>")]
    w = max(len(line) for line in lines) * size * (BOLD_CHAR_WIDTH if bold else CHAR_WIDTH)
    h = size * LINE_HEIGHT * len(lines)
    vertical, horizontal = position.split()
    gap = size * 0.3  # plotly sets text beside a point a little apart from it
    left = {"left": x - w - gap, "center": x - w / 2, "right": x + gap}[horizontal]
    top = {"top": y - h - gap, "middle": y - h / 2, "bottom": y + gap}[vertical]
    return left, top, left + w, top + h


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(a: Box, frame: Frame) -> bool:
    return frame.x0 <= a[0] and a[2] <= frame.x1 and frame.y0 <= a[1] and a[3] <= frame.y1


def keep_clear(boxes: list[Box], taken: list[Box], frame: Frame | None = None) -> list[bool]:
    """Greedy, in the order given (most important first): keep a label when its box
    meets no box kept or ``taken`` before it and, with ``frame``, lies inside it (plotly
    clips the map at its frame). ``taken`` grows by the labels kept."""
    keep = []
    for box in boxes:
        ok = not any(_overlaps(box, t) for t in taken)
        if ok and frame is not None:
            ok = _inside(box, frame)
        if ok:
            taken.append(box)
        keep.append(ok)
    return keep


def _plot_geojson(layer: DistrictLayer) -> dict:
    """The layer for plotly geo: clockwise rings, coordinates on a 1e-5 degree grid
    (about 1 m, as the screen map uses) and vertices closer than that to a straight
    line dropped. A pixel of the largest preset is several metres, so nothing visible
    changes, and the browser parses and projects far less."""
    gdf = layer.gdf.copy()
    grid = 10**-COORD_DIGITS
    snapped = shapely.simplify(shapely.set_precision(gdf.geometry.values, grid), grid)
    gdf["geometry"] = [
        s if not s.is_empty else g for s, g in zip(snapped, gdf.geometry, strict=True)
    ]
    return to_geojson(dataclasses.replace(layer, gdf=gdf), exterior_cw=True)


def _lines_lonlat(geom) -> tuple[list, list]:
    """Boundary or line coordinates as lon/lat lists with None between parts."""
    lons: list = []
    lats: list = []
    for part in shapely.get_parts(shapely.boundary(geom) if geom.area > 0 else geom):
        for line in shapely.get_parts(part):
            xs, ys = shapely.get_coordinates(line).T
            lons.extend([*xs.round(6).tolist(), None])
            lats.extend([*ys.round(6).tolist(), None])
    return lons, lats


def _context(bundle: Bundle) -> list[tuple[str, list, list]]:
    """Enclave outline, river and citadel (lon/lat lists) from :mod:`dashboard.geo`."""
    try:
        from dashboard.gazetteer import read_baseline
        from dashboard.geo import context_layers
    except ImportError:
        return []
    layers = context_layers(bundle.layer, read_baseline())
    out = []
    for kind, coords in layers.items():
        lons, lats = list(coords.get("lon", [])), list(coords.get("lat", []))
        if any(v is not None for v in lons):
            out.append((kind, lons, lats))
    return out


def _extent(layer_bounds, flows: pd.DataFrame) -> tuple[float, float, float, float]:
    """The layer and every flow end: one fixed frame, so an animation does not jump."""
    lon0, lat0, lon1, lat1 = layer_bounds
    for col_lon, col_lat in (("origin_lon", "origin_lat"), ("dest_lon", "dest_lat")):
        lons = pd.to_numeric(flows.get(col_lon), errors="coerce").dropna()
        lats = pd.to_numeric(flows.get(col_lat), errors="coerce").dropna()
        if len(lons) and len(lats):
            lon0, lon1 = min(lon0, lons.min()), max(lon1, lons.max())
            lat0, lat1 = min(lat0, lats.min()), max(lat1, lats.max())
    return float(lon0), float(lat0), float(lon1), float(lat1)


def _label_candidates(bundle: Bundle) -> tuple[list, list, list]:
    """The screen's choice of district names, in its order of importance (districts the
    events name first, then the largest). Its collision check is for the screen's zoom;
    asked at ``CANDIDATE_ZOOM``, where a name is a speck, it drops none, and
    :func:`map_traces` checks collisions in each export's own frame instead."""
    return screen.key_district_labels(
        bundle.layer, events=bundle.events, flows=bundle.timeline.flows, zoom=CANDIDATE_ZOOM
    )


def build_map_data(bundle: Bundle) -> MapData:
    gdf = bundle.layer.gdf
    geometries = dict(zip(gdf["district"], gdf.geometry, strict=True))
    name_ar = {
        d: ("" if pd.isna(a) else str(a))
        for d, a in zip(gdf["district"], gdf.get("name_ar", [""] * len(gdf)), strict=True)
    }
    label_points = {
        d: (round(p.x, 6), round(p.y, 6))
        for d, p in zip(gdf["district"], shapely.point_on_surface(gdf.geometry.values), strict=True)
    }
    control = bundle.timeline.control.copy()
    control["date"] = [as_date(v) for v in control["date"]]
    by_date = {d: rows.set_index("district") for d, rows in control.groupby("date", sort=True)}
    context = _context(bundle)
    flows = bundle.timeline.flows.copy()
    for col in ("date_start", "date_end"):
        flows[col] = [None if pd.isna(v) else as_date(v) for v in flows[col]]
    return MapData(
        geojson=_plot_geojson(bundle.layer),
        districts=list(gdf["district"]),
        name_ar=name_ar,
        label_points=label_points,
        areas={
            d: float(a) if pd.notna(a) else 0.0
            for d, a in zip(gdf["district"], gdf["area_km2"], strict=True)
        },
        key_labels=_label_candidates(bundle),
        outlines={d: _lines_lonlat(g) for d, g in geometries.items()},
        control=by_date,
        flows=flows,
        dates=[as_date(d) for d in bundle.timeline.dates],
        extent=_extent(gdf.total_bounds, flows),
        context=context,
        enclave=screen.enclave_point(
            {kind: {"lon": lons, "lat": lats} for kind, lons, lats in context}
        ),
        geometries=geometries,
    )


def map_data(bundle: Bundle) -> MapData:
    """:func:`build_map_data`, computed once per bundle object."""
    key = id(bundle)
    hit = _cache.get(key)
    if hit is not None and hit[0]() is bundle:
        return hit[1]
    data = build_map_data(bundle)
    _cache[key] = (weakref.ref(bundle, lambda _ref, key=key: _cache.pop(key, None)), data)
    return data


def day_state(data: MapData, date: dt.date) -> pd.DataFrame:
    """Faction and status of every district with a polygon on ``date`` (do not modify:
    it is computed once per day and shared)."""
    key = ("day_state", date)
    if key not in data.memo:
        data.memo[key] = _day_state(data, date)
    return data.memo[key]


def _day_state(data: MapData, date: dt.date) -> pd.DataFrame:
    rows = data.control.get(date)
    state = pd.DataFrame(index=pd.Index(data.districts, name="district"))
    if rows is None:
        state["faction"], state["status"] = UNKNOWN, "assessed"
        state["event_ids"] = ""
        return state
    rows = rows[~rows.index.duplicated(keep="last")]
    state = state.join(rows[["faction", "status", "event_ids"]], how="left")
    state["faction"] = state["faction"].where(state["faction"].isin(style.FACTION_COLORS), UNKNOWN)
    state["status"] = state["status"].where(state["status"].isin(style.STATUS_LABELS), "assessed")
    return state


def day_flows(data: MapData, date: dt.date, mode: str, mapped: bool = True) -> pd.DataFrame:
    """Flows under way on ``date`` (day) or begun by then (cumulative); with ``mapped``,
    only those the map can draw: both ends located, or one (drawn dashed, as the screen
    draws it: see :func:`dashboard.figures.flow_ends`)."""
    flows = data.flows
    if mode == "none" or flows.empty:
        return flows.iloc[0:0]
    start = flows["date_start"]
    end = flows["date_end"].where(flows["date_end"].notna(), start)
    if mode == "day":
        keep = [s is not None and s <= date <= e for s, e in zip(start, end, strict=True)]
    else:
        keep = [s is not None and s <= date for s in start]
    picked = flows[keep]
    if not mapped:
        return picked
    drawable = [screen.flow_ends(row, data.enclave) is not None for _, row in picked.iterrows()]
    return picked[pd.Series(drawable, index=picked.index, dtype=bool)]


def dashed_flows(data: MapData, rows: pd.DataFrame) -> int:
    """How many of ``rows`` are drawn dashed: one end not stated."""
    ends = (screen.flow_ends(row, data.enclave) for _, row in rows.iterrows())
    return sum(1 for e in ends if e is not None and e[4] != "stated")


def trace(kind: str, **props) -> dict:
    """A trace as a plain dict: plotly's graph objects validate and deep-copy every
    coordinate, which costs more than drawing the figure."""
    return {"type": kind, **props}


def _lines(lons, lats, color, width, geo, name, dash="solid") -> dict:
    return trace(
        "scattergeo",
        lon=lons,
        lat=lats,
        mode="lines",
        line={"color": color, "width": width, "dash": dash},
        hoverinfo="skip",
        showlegend=False,
        name=name,
        geo=geo,
    )


def _text(lons, lats, text, size, geo, name, color="#111111", position="middle center"):
    return trace(
        "scattergeo",
        lon=lons,
        lat=lats,
        text=text,
        mode="text",
        textposition=position,
        # A halo of the background colour keeps names legible where they cross lines.
        textfont={"family": style.FONT_FAMILY, "size": size, "color": color, "shadow": "auto"},
        hoverinfo="skip",
        showlegend=False,
        name=name,
        geo=geo,
    )


def largest_flow(data: MapData) -> float:
    counts = pd.to_numeric(data.flows.get("count_best"), errors="coerce").dropna()
    return float(counts.max()) if len(counts) else 0.0


def map_traces(
    data: MapData,
    date: dt.date,
    flows: str = "day",
    district: str | None = None,
    geo: str = "geo",
    font_size: float = 11,
    labels: bool = True,
    box: Box | None = None,
) -> list:
    """One day's traces for subplot ``geo``, drawn as the screen map draws them
    (:func:`dashboard.figures.map_figure`): fills, hatching, context, labels, flows.

    ``box``: the subplot's domain in the figure's px (left, top, right, bottom). With
    it, district names that would overlap a label placed before them (the selected
    district's, the Citadel's, a flow's, a larger district's) or run out of the frame
    are left out: two names printed over each other can be read as neither.
    """
    state = day_state(data, date)
    categories = screen.state_categories()
    z = [
        screen.category_index(f if f != UNKNOWN else "", s)
        for f, s in zip(state["faction"], state["status"], strict=True)
    ]
    frame = Frame.fit(data.extent, box) if box is not None else None
    taken: list[Box] = []
    if frame is not None:
        taken.extend(_fixed_label_boxes(data, district, frame, font_size))
    day_rows = day_flows(data, date, flows)
    flow_trace_list = _flow_traces(data, day_rows, geo, font_size, frame, taken)
    traces: list = [
        trace(
            "choropleth",
            geojson=data.geojson,
            locations=list(state.index),
            z=z,
            zmin=-0.5,
            zmax=len(categories) - 0.5,
            locationmode="geojson-id",
            colorscale=screen.stepped_colorscale([c["color"] for c in categories]),
            showscale=False,
            marker={"opacity": 1, "line": {"color": "#FFFFFF", "width": 0.6}},
            hoverinfo="location",
            showlegend=False,
            name="Districts",
            geo=geo,
        )
    ]
    for status, width in (("claimed", 1.1), ("contested", 0.9)):
        lons: list = []
        lats: list = []
        for name in state.index[state["status"] == status]:
            for angle in style.STATUS_HATCH_ANGLES[status]:
                for segment in data.hatch(name, angle):
                    lons.extend([*(p[0] for p in segment), None])
                    lats.extend([*(p[1] for p in segment), None])
        if lons:
            traces.append(_lines(lons, lats, style.HATCH_COLOR, width, geo, f"hatch {status}"))
    traces.extend(_context_traces(data, geo, font_size))
    if labels:
        lons, lats, names = data.key_labels
        if frame is not None:
            size = font_size * 0.85
            boxes = [
                text_box(frame, x, y, n, size, "middle center")
                for x, y, n in zip(lons, lats, names, strict=True)
            ]
            keep = keep_clear(boxes, taken, frame)
            lons, lats, names = (
                [v for v, k in zip(values, keep, strict=True) if k]
                for values in (lons, lats, names)
            )
        traces.append(_text(lons, lats, names, font_size * 0.85, geo, "Key districts"))
    traces.extend(flow_trace_list)
    traces.extend(_highlight_traces(data, district, geo, font_size))
    return traces


def _fixed_label_boxes(
    data: MapData, district: str | None, frame: Frame, font_size: float
) -> list[Box]:
    """Boxes of the labels always drawn: the selected district's and the Citadel's."""
    boxes = []
    if district and district in data.label_points:
        lon, lat = data.label_points[district]
        label = district_label(data, district)
        boxes.append(text_box(frame, lon, lat, label, font_size * 1.1, "middle center", True))
    for kind, lons, lats in data.context:
        if kind == "citadel" and lons and lons[0] is not None:
            boxes.append(text_box(frame, lons[0], lats[0], "Citadel", font_size, "top right"))
    return boxes


def _context_traces(data: MapData, geo: str, font_size: float) -> list:
    traces = []
    for kind, lons, lats in data.context:
        color = style.CONTEXT_COLORS.get(kind, "#000000")
        if kind == "citadel":
            traces.append(
                trace(
                    "scattergeo",
                    lon=lons[:1],
                    lat=lats[:1],
                    mode="markers+text",
                    marker={"symbol": "circle", "size": 9, "color": color},
                    text=["Citadel"],
                    textposition="top right",
                    textfont={
                        "family": style.FONT_FAMILY,
                        "size": font_size,
                        "color": "#000",
                        "shadow": "auto",
                    },
                    hoverinfo="skip",
                    showlegend=False,
                    name=kind,
                    geo=geo,
                )
            )
        else:
            width = 3 if kind == "river" else 2.5
            traces.append(_lines(lons, lats, color, width, geo, kind))
    return traces


def _flow_traces(
    data: MapData,
    rows: pd.DataFrame,
    geo: str,
    font_size: float,
    frame: Frame | None = None,
    taken: list[Box] | None = None,
) -> list:
    """Flow arrows, widths on the scale of the bundle's largest flow (so a width means
    the same number on every day), dashed where an end is not stated, and their numbers.

    The numbers are the screen's (:func:`dashboard.figures.flow_label_texts`): flows to
    one place joined in one label, placed clear of each other and of ``taken``, checked
    at this frame's scale. The boxes of the labels drawn join ``taken``."""
    largest = largest_flow(data)
    taken = taken if taken is not None else []
    size = font_size * 0.9
    rows = rows.reset_index(drop=True)
    traces = []
    for _, row in rows.iterrows():
        lons, lats = screen.flow_path(row, data.enclave)
        width = screen.flow_width(row.get("count_best"), largest)
        traces.append(_lines(lons, lats, style.FLOW_COLOR, width, geo, "flow"))
    if rows.empty:
        return traces
    if frame is not None:
        avoid = [frame.degree_box(b) for b in taken]
        texts = screen.flow_label_texts(
            rows, data.enclave, zoom=frame.zoom, avoid=avoid, font_px=size
        )
    else:
        texts = screen.flow_label_texts(rows, data.enclave, font_px=size)
    labels: tuple[list, list, list, list] = ([], [], [], [])
    for i, (text, position, *where) in enumerate(texts):
        # (text, position) or (text, position, point), point None: the flow's own
        point = where[0] if where and where[0] is not None else None
        point = point or screen.flow_label_point(rows.loc[i], data.enclave)
        if not text or point is None:
            continue
        text = text.replace("\n", "<br>")  # plotly breaks lines at <br> only
        for column, value in zip(labels, (*point, text, position), strict=True):
            column.append(value)
        if frame is not None:
            taken.append(text_box(frame, point[0], point[1], text, size, position))
    if labels[0]:
        traces.append(
            _text(*labels[:3], size, geo, "flow labels", style.FLOW_COLOR, position=labels[3])
        )
    return traces


def district_label(data: MapData, district: str) -> str:
    """``Name · الاسم`` (the Arabic name when the layer has one)."""
    arabic = data.name_ar.get(district, "")
    return f"{district} · {arabic}" if arabic else district


def _highlight_traces(data: MapData, district: str | None, geo: str, font_size: float) -> list:
    if not district:
        return []
    if district not in data.label_points:
        raise ValueError(f"district {district!r} has no polygon in this layer")
    lons, lats = data.outlines[district]
    lon, lat = data.label_points[district]
    label = f"<b>{district_label(data, district)}</b>"
    return [
        _lines(lons, lats, HIGHLIGHT_COLOR, 4, geo, "Selected district"),
        _text([lon], [lat], [label], font_size * 1.1, geo, "Selected label", "#000000"),
    ]


def geo_layout(
    domain_x: tuple[float, float],
    domain_y: tuple[float, float],
    extent: tuple[float, float, float, float],
) -> dict:
    """A ``geo`` subplot with no base map showing ``extent`` (plus ``FRAME_PAD``) as
    large as its domain allows: the same frame on every day and every panel.

    Fixed ranges rather than plotly's ``fitbounds``: fitbounds frames a world-shaped
    (square) box and pads it for text, which left a third of a wide image empty and
    put places where :class:`Frame` could not tell.
    """
    lon_range, lat_range = frame_ranges(extent)
    return {
        "domain": {"x": list(domain_x), "y": list(domain_y)},
        "visible": False,
        "projection": {"type": "mercator"},
        "lonaxis": {"range": lon_range},
        "lataxis": {"range": lat_range},
        "center": {"lon": sum(lon_range) / 2, "lat": sum(lat_range) / 2},
        "scope": "world",
        "resolution": 110,
        "bgcolor": "rgba(0,0,0,0)",
        "showframe": False,
    }


def vector_map_figure(
    bundle: Bundle,
    date: dt.date,
    flows: str = "day",
    district: str | None = None,
    width: int = 900,
    height: int = 700,
) -> go.Figure:
    """The map alone (no furniture): one day, on a single geo subplot."""
    data = map_data(bundle)
    layout = {
        "width": width,
        "height": height,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "paper_bgcolor": "#FFFFFF",
        "font": {"family": style.FONT_FAMILY},
        "geo": geo_layout((0, 1), (0, 1), data.extent),
    }
    traces = map_traces(data, as_date(date), flows, district, box=(0, 0, width, height))
    return go.Figure({"data": traces, "layout": layout})
