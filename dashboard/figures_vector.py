"""The control map as plotly geo traces, for snapshots that must stay vector (SVG, PDF).

The screen map (:mod:`dashboard.figures`) draws on MapLibre, which renders through
WebGL into a raster; a ``geo`` subplot is drawn by plotly.js as SVG paths instead, so
every district stays a ``<path>`` in SVG and PDF output. The visual language is the
screen's: its colour per faction and status, labels and flow arrows come from
:mod:`dashboard.figures`, hatch lines from :mod:`dashboard.hatching`, the rest from
:mod:`dashboard.style`.

:func:`map_data` does the per-bundle work once (GeoJSON with clockwise rings, hatch
lines, label points, the control table split by day); :func:`map_layers` then builds
one day's traces and labels cheaply, for any ``geo`` subplot, so a strip or an
animation reuses it.

Labels are not geo text traces but annotations placed in pixels: :class:`Frame` knows
where plotly puts each lon/lat, each text is measured in the font Chromium draws it
with, and :class:`LabelPlacer` gives every label a spot clear of every other label.
An annotation carries its own halo, a white box behind the text, which stays vector
in SVG and PDF (a CSS text-shadow does not: Chromium prints it as images, and
Illustrator and Inkscape ignore it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import math
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
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
FRAME_PAD = 0.03  # of the extent's span, added on each side: room for the outer names
CLIP_PAD = 1e-3  # degrees: plotly.js fits a geo subplot to its ranges shrunk by this much
CHAR_WIDTH = 0.6  # ems per character, only if DejaVu Sans cannot be read to measure text
BOLD_CHAR_WIDTH = 0.68
TEXT_HEIGHT = 1.17  # DejaVu Sans ascent + descent in ems: the height of one line of text
LINE_SPACING = 1.3  # plotly.js sets the lines of a text 1.3 em apart
LABEL_PAD = 2.0  # px of halo around a label's text
LABEL_GAP = 2.0  # px kept free between two labels' halos
HALO_COLOR = "rgba(255,255,255,0.8)"
LEADER_COLOR = "#333333"
LEADER_WIDTH = 0.8
CANDIDATE_ZOOM = 30.0  # a web-map zoom at which a label is far smaller than a millimetre
HATCH_MIN_PX = 4.5  # hatch lines closer than this merge into a dark fill
EARTH_RADIUS_M = 6378137.0
CITADEL_MARKER_PX = 9
NAME_BUDGET = 14  # district names on a map, past those the day's events name (the screen's)
MORE_CHANGED = 4  # of those, at most this many members of a named area that changed
MORE_FRONT = 3  # and this many Kurdish-held or contested districts
LEADER_REACH = (6.0, 14.0, 24.0)  # px from a district's point to a name set beside it
FLOW_TEXT_COLOR = getattr(screen, "FLOW_TEXT_COLOR", style.FLOW_COLOR)
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
    # (district, first day, last day, event id) of every event that names a district
    event_days: list[tuple[str, dt.date, dt.date, str]] = field(default_factory=list)
    _hatch: dict[tuple[str, float, float], list] = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # other per-bundle values, keyed by their users

    def hatch(self, district: str, angle: float, spacing_m: float = style.HATCH_SPACING_M) -> list:
        key = (district, angle, spacing_m)
        if key not in self._hatch:
            self._hatch[key] = hatch_lines(self.geometries[district], angle, spacing_m)
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


Box = tuple[float, float, float, float]  # left, top, right, bottom in px


@dataclass(frozen=True)
class Frame:
    """Where a geo subplot puts lon/lat, in the figure's CSS px.

    :func:`geo_layout` gives the subplot fixed lon/lat ranges; plotly then draws them
    (shrunk by ``CLIP_PAD`` each side) as large as fits the subplot's box, centred,
    keeping the Mercator aspect. This repeats that arithmetic, so labels can be placed
    in px before anything is drawn.
    """

    x0: float
    y0: float
    x1: float
    y1: float
    scale: float  # px per Mercator unit
    centre: tuple[float, float]  # Mercator x, y drawn at the middle of the box

    @classmethod
    def fit(cls, extent: tuple[float, float, float, float], box: Box) -> Frame:
        """``box``: the subplot's domain as (left, top, right, bottom) px."""
        (lon0, lon1), (lat0, lat1) = frame_ranges(extent)
        ax, ay = _mercator(lon0 + CLIP_PAD, lat0 + CLIP_PAD)
        bx, by = _mercator(lon1 - CLIP_PAD, lat1 - CLIP_PAD)
        left, top, right, bottom = box
        scale = min((right - left) / (bx - ax), (bottom - top) / (by - ay))
        w, h = (bx - ax) * scale, (by - ay) * scale
        cx, cy = (left + right) / 2, (top + bottom) / 2
        return cls(
            cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, scale, ((ax + bx) / 2, (ay + by) / 2)
        )

    @staticmethod
    def aspect(extent: tuple[float, float, float, float]) -> float:
        """Width over height of the drawn frame of ``extent``."""
        (lon0, lon1), (lat0, lat1) = frame_ranges(extent)
        ax, ay = _mercator(lon0 + CLIP_PAD, lat0 + CLIP_PAD)
        bx, by = _mercator(lon1 - CLIP_PAD, lat1 - CLIP_PAD)
        return (bx - ax) / (by - ay)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = _mercator(lon, lat)
        mx = (self.x0 + self.x1) / 2
        my = (self.y0 + self.y1) / 2
        return mx + (x - self.centre[0]) * self.scale, my - (y - self.centre[1]) * self.scale

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        mx = (self.x0 + self.x1) / 2
        my = (self.y0 + self.y1) / 2
        u = self.centre[0] + (x - mx) / self.scale
        v = self.centre[1] - (y - my) / self.scale
        return math.degrees(u), math.degrees(2 * math.atan(math.exp(v)) - math.pi / 2)

    @property
    def metres_per_px(self) -> float:
        """Ground metres per px at the frame's centre latitude."""
        lat = 2 * math.atan(math.exp(self.centre[1])) - math.pi / 2
        return EARTH_RADIUS_M * math.cos(lat) / self.scale


def hatch_spacing(frame: Frame) -> float:
    """Metres between hatch lines: the screen's spacing, or wider where that would put
    lines under ``HATCH_MIN_PX`` apart (small panels), so the faction colour between
    them stays visible. Rounded up to 10 m so that nearby sizes share cached lines."""
    spacing = max(style.HATCH_SPACING_M, HATCH_MIN_PX * frame.metres_per_px)
    return float(math.ceil(spacing / 10) * 10)


# --- measuring and placing labels --------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _font(bold: bool):
    """DejaVu Sans at 100 px (first in ``style.FONT_FAMILY``, so what Chromium draws)."""
    try:
        from PIL import ImageFont

        return ImageFont.truetype("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", 100)
    except (ImportError, OSError):
        return None


@functools.lru_cache(maxsize=8192)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in px of one line of plain text at ``size`` px."""
    font = _font(bold)
    if font is None:
        return len(text) * size * (BOLD_CHAR_WIDTH if bold else CHAR_WIDTH)
    return font.getlength(text) * size / 100


def plain_lines(text: str) -> list[str]:
    """The lines of a plotly text (``<br>`` breaks, other tags dropped, entities read)."""
    return [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in text.split("<br>")]


def label_size(text: str, size: float, bold: bool = False) -> tuple[float, float]:
    """Width and height in px of a label's halo box."""
    lines = plain_lines(text)
    bold = bold or "<b>" in text
    width = max(text_width(line, size, bold) for line in lines)
    height = size * (TEXT_HEIGHT + LINE_SPACING * (len(lines) - 1))
    return width + 2 * LABEL_PAD, height + 2 * LABEL_PAD


@dataclass
class MapLabel:
    """A label on the map: its text and type, and its halo box centred on (x, y) px."""

    text: str  # plotly markup: <br> between lines, <b> for bold
    size: float
    color: str
    kind: str  # selected | landmark | flow | district
    w: float = 0.0
    h: float = 0.0
    x: float = 0.0
    y: float = 0.0
    leader: tuple[float, float] | None = None  # px point a thin line runs to, if set apart

    def __post_init__(self) -> None:
        if not self.w:
            self.w, self.h = label_size(self.text, self.size)

    @property
    def box(self) -> Box:
        return self.box_at(self.x, self.y)

    def box_at(self, x: float, y: float) -> Box:
        return x - self.w / 2, y - self.h / 2, x + self.w / 2, y + self.h / 2


_OFFSETS = {  # where a label's box sits beside an anchor (px, y downwards)
    "top center": (0, -1),
    "bottom center": (0, 1),
    "middle right": (1, 0),
    "middle left": (-1, 0),
    "top right": (1, -1),
    "top left": (-1, -1),
    "bottom right": (1, 1),
    "bottom left": (-1, 1),
}
AROUND = tuple(_OFFSETS)


def beside(x: float, y: float, label: MapLabel, position: str, gap: float) -> tuple[float, float]:
    """The centre of ``label``'s box placed ``gap`` px to the ``position`` of (x, y)
    (plotly's textposition names, "middle center" is on the point)."""
    ux, uy = _OFFSETS.get(position, (0, 0))
    return x + ux * (label.w / 2 + gap), y + uy * (label.h / 2 + gap)


def _overlaps(a: Box, b: Box, gap: float = 0.0) -> bool:
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


class LabelPlacer:
    """Greedy placement, most important label first: each takes the first of its
    candidate spots that lies inside ``bounds`` and meets no label or mark placed
    before it, and, where another spot allows, crosses no flow line."""

    def __init__(self, bounds: Box, lines: shapely.Geometry | None = None) -> None:
        self.bounds = bounds
        self.lines = lines
        if lines is not None:
            shapely.prepare(lines)
        self.taken: list[Box] = []
        self.placed: list[MapLabel] = []

    def block(self, box: Box) -> None:
        """Keep every label off ``box`` (a marker)."""
        self.taken.append(box)

    def fits(self, box: Box, avoid_lines: bool = True) -> bool:
        left, top, right, bottom = self.bounds
        if box[0] < left or box[1] < top or box[2] > right or box[3] > bottom:
            return False
        if any(_overlaps(box, other, LABEL_GAP) for other in self.taken):
            return False
        return not (
            avoid_lines and self.lines is not None and self.lines.intersects(shapely.box(*box))
        )

    def place(
        self,
        label: MapLabel,
        candidates: Iterable[tuple[float, float]],
        cross_lines: bool = True,
        required: bool = False,
        prefer: Callable[[Box], bool] | None = None,
    ) -> bool:
        """Put ``label`` at the first free candidate centre. ``prefer``: spots it accepts
        are tried first; ``cross_lines``: over a flow line if no other spot is free;
        ``required``: at the first candidate if none is free."""
        spots = list(candidates)
        passes = [(True, prefer)] if prefer is not None else []
        passes.append((True, None))
        if cross_lines:
            passes += [(False, prefer)] if prefer is not None else []
            passes.append((False, None))
        for avoid_lines, test in passes:
            free = [
                (x, y)
                for x, y in spots
                if self.fits(label.box_at(x, y), avoid_lines)
                and (test is None or test(label.box_at(x, y)))
            ]
            if free and (avoid_lines or self.lines is None):
                return self._put(label, *free[0])
            if free:  # over a line after all: where it hides the least of the arrows
                cover = [self.lines.intersection(shapely.box(*label.box_at(*s))).area for s in free]
                return self._put(label, *free[cover.index(min(cover))])
        if required and spots:
            return self._put(label, *spots[0])
        return False

    def place_with_leader(
        self, label: MapLabel, point: tuple[float, float], distances: Sequence[float]
    ) -> bool:
        """Put ``label`` a little away from ``point``, clear of every label and flow
        line, with a thin leader line to the point (which must cross no label either)."""
        px, py = point
        for distance in distances:
            for angle in (-45, -135, 45, 135, -90, 90, 0, 180):  # up-right first
                ux, uy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
                reach = abs(ux) * label.w / 2 + abs(uy) * label.h / 2 + distance
                x, y = px + ux * reach, py + uy * reach
                box = label.box_at(x, y)
                if not self.fits(box):
                    continue
                leader = shapely.LineString([point, (x, y)]).difference(shapely.box(*box))
                if any(leader.intersects(shapely.box(*t)) for t in self.taken):
                    continue
                label.leader = point
                return self._put(label, x, y)
        return False

    def _put(self, label: MapLabel, x: float, y: float) -> bool:
        label.x, label.y = x, y
        self.taken.append(label.box)
        self.placed.append(label)
        return True


def label_annotations(labels: Sequence[MapLabel], width: float, height: float) -> list[dict]:
    """Labels as paper-placed annotations of a ``width`` x ``height`` px figure, each
    with its halo: a white box that stays a vector rectangle in SVG and PDF. A label
    set apart from its place draws its leader as the annotation's arrow (no head)."""
    out = []
    for label in labels:
        note = {
            "x": label.x / width,
            "y": 1 - label.y / height,
            "xref": "paper",
            "yref": "paper",
            "xanchor": "center",
            "yanchor": "middle",
            "align": "center",
            "text": label.text,
            "showarrow": False,
            "bgcolor": HALO_COLOR,
            "borderpad": LABEL_PAD,
            "borderwidth": 0,
            "font": {"family": style.FONT_FAMILY, "size": label.size, "color": label.color},
            "name": f"map label: {label.kind}",
        }
        if label.leader is not None:
            lx, ly = label.leader
            note.update(
                x=lx / width,
                y=1 - ly / height,
                showarrow=True,
                arrowhead=0,
                arrowwidth=LEADER_WIDTH,
                arrowcolor=LEADER_COLOR,
                ax=label.x - lx,  # px from the point to the label's centre
                ay=label.y - ly,
                standoff=0,
                startstandoff=0,
            )
        out.append(note)
    return out


# --- per-bundle data -------------------------------------------------------------------


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


def _extent(
    layer_bounds, flows: pd.DataFrame, enclave: tuple[float, float] | None
) -> tuple[float, float, float, float]:
    """The layer and both ends of every flow's line (a stub's too): one fixed frame, so
    an animation does not jump."""
    lon0, lat0, lon1, lat1 = layer_bounds
    for _, row in flows.iterrows():
        ends = screen.flow_ends(row, enclave, origin_stub=True)
        if ends is None:
            continue
        xs, ys = (ends[0], ends[2]), (ends[1], ends[3])
        lon0, lon1 = min(lon0, *xs), max(lon1, *xs)
        lat0, lat1 = min(lat0, *ys), max(lat1, *ys)
    return float(lon0), float(lat0), float(lon1), float(lat1)


def _label_candidates(bundle: Bundle) -> tuple[list, list, list]:
    """The screen's choice of district names, in its order of importance (districts the
    events name first, then the largest). Its collision check is for the screen's zoom;
    asked at ``CANDIDATE_ZOOM``, where a name is a speck, it drops none, and
    :func:`map_layers` places them in each export's own frame instead."""
    return screen.key_district_labels(
        bundle.layer, events=bundle.events, flows=bundle.timeline.flows, zoom=CANDIDATE_ZOOM
    )


def _event_days(events: pd.DataFrame, names: Iterable[str]) -> list:
    """(district, first day, last day, event id) of the events naming a mapped district."""
    known = set(names)
    if not len(events) or "district" not in events:
        return []
    out = []
    ends = events["date_end"] if "date_end" in events else events["date_start"]
    ids = events["event_id"] if "event_id" in events else pd.Series("", index=events.index)
    for name, start, end, event_id in zip(
        events["district"], events["date_start"], ends, ids, strict=True
    ):
        if name not in known or pd.isna(start):
            continue
        first = as_date(start)
        last = first if pd.isna(end) else as_date(end)
        out.append((name, first, last, str(event_id)))
    return out


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
    for geom in geometries.values():
        shapely.prepare(geom)
    enclave = screen.enclave_point(
        {kind: {"lon": lons, "lat": lats} for kind, lons, lats in context}
    )
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
        extent=_extent(gdf.total_bounds, flows, enclave),
        context=context,
        enclave=enclave,
        geometries=geometries,
        event_days=_event_days(bundle.events, geometries),
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


def day_changes(data: MapData, date: dt.date) -> pd.DataFrame:
    """Districts whose faction or status differs from the day before (none on the first
    day), with ``faction``, ``status``, ``was_faction``, ``was_status`` and ``event_ids``."""
    columns = ["faction", "status", "was_faction", "was_status", "event_ids"]
    today = data.control.get(date)
    earlier = [d for d in data.control if d < date]
    if today is None or not earlier:
        return pd.DataFrame(columns=columns)
    before = data.control[max(earlier)]
    today = today[~today.index.duplicated(keep="last")]
    before = before[~before.index.duplicated(keep="last")]
    joined = today[["faction", "status", "event_ids"]].join(
        before[["faction", "status"]].rename(columns=lambda c: f"was_{c}"), how="left"
    )
    moved = (joined["faction"] != joined["was_faction"]) | (
        joined["status"] != joined["was_status"]
    )
    return joined[moved][columns]


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
    drawable = [flow_ends(data, row) is not None for _, row in picked.iterrows()]
    return picked[pd.Series(drawable, index=picked.index, dtype=bool)]


def flow_ends(data: MapData, row) -> tuple | None:
    """Where a flow's line runs, as the screen draws it (:func:`dashboard.figures.flow_ends`
    with an unstated origin as a stub arriving from the enclave's side)."""
    return screen.flow_ends(row, data.enclave, origin_stub=True)


def hollow_flows(rows: pd.DataFrame) -> int:
    """How many of ``rows`` are drawn hollow: no number stated."""
    return sum(1 for _, row in rows.iterrows() if not screen.has_number(row))


def dashed_flows(data: MapData, rows: pd.DataFrame) -> int:
    """How many of ``rows`` are drawn dashed: one end not stated."""
    ends = (flow_ends(data, row) for _, row in rows.iterrows())
    return sum(1 for e in ends if e is not None and e[4] != "stated")


def district_priority(data: MapData, date: dt.date, rows: pd.DataFrame) -> list[list[str]]:
    """District names to label, in five tiers, most important first.

    0. Named on ``date`` (by an event under way that day) and changed hands or status
       that day: the day's story. One per new holder in turn, the holder with fewest
       such districts first, so one Kurdish gain is not crowded out by government ones.
    1. Otherwise named that day, by an event or as an end of a flow drawn, most often
       named first.
    2. Otherwise changed that day (members of a named area), largest first.
    3. Held by Kurdish forces, then contested, that day: a third actor and the front.
    4. The screen's own choice (:func:`dashboard.figures.key_district_labels`).
    """
    counts: dict[str, int] = {}
    for name, first, last, _ in data.event_days:
        if first <= date <= last:
            counts[name] = counts.get(name, 0) + 1
    for column in ("origin", "destination"):
        for name in rows.get(column, []):
            if isinstance(name, str) and name in data.label_points:
                counts[name] = counts.get(name, 0) + 1
    named = sorted(counts, key=lambda n: (-counts[n], -data.areas.get(n, 0.0), n))
    moved = day_changes(data, date)
    by_holder: dict[str, list[str]] = {}
    for name in named:
        if name in moved.index:
            by_holder.setdefault(str(moved.loc[name, "faction"]), []).append(name)
    turns = sorted(by_holder.values(), key=len)
    longest = max(map(len, turns), default=0)
    story = [group[k] for k in range(longest) for group in turns if k < len(group)]
    by_area = sorted(data.label_points, key=lambda n: (-data.areas.get(n, 0.0), n))
    state = day_state(data, date)
    kurdish = set(state.index[state["faction"] == "kurdish"])
    contested = set(state.index[state["status"] == "contested"])
    tiers = [story, [n for n in named if n not in story]]
    seen = set(named)
    for members in (set(moved.index), kurdish, contested):
        tier = [n for n in by_area if n in members and n not in seen]
        seen.update(tier)
        tiers.append(tier)
    tiers[3] += tiers.pop(4)  # Kurdish-held, then contested
    tiers.append([n for n in data.key_labels[2] if n in data.label_points and n not in seen])
    return tiers


# --- traces ----------------------------------------------------------------------------


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


def largest_flow(data: MapData) -> float:
    counts = pd.to_numeric(data.flows.get("count_best"), errors="coerce").dropna()
    return float(counts.max()) if len(counts) else 0.0


@dataclass
class MapLayers:
    """One day's map: traces for a geo subplot, and its labels placed in px."""

    traces: list
    labels: list[MapLabel]
    flow_labels_left_out: int = 0  # flow numbers no free spot could take

    def annotations(self, width: float, height: float) -> list[dict]:
        return label_annotations(self.labels, width, height)


def map_layers(
    data: MapData,
    date: dt.date,
    flows: str = "day",
    district: str | None = None,
    geo: str = "geo",
    font_size: float = 11,
    *,
    box: Box,
    names: str = "all",
) -> MapLayers:
    """One day's traces for subplot ``geo``, drawn as the screen map draws them
    (:func:`dashboard.figures.map_figure`): fills, hatching, context, flows; and its
    labels, collision-free, inside ``box`` (the subplot's domain in the figure's px).

    ``names``: which district names to offer, ``all`` (see :func:`district_priority`),
    ``day`` (only those the day's events and flows name, for small panels) or ``none``.
    """
    frame = Frame.fit(data.extent, box)
    state = day_state(data, date)
    categories = screen.state_categories()
    z = [
        screen.category_index(f if f != UNKNOWN else "", s)
        for f, s in zip(state["faction"], state["status"], strict=True)
    ]
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
    spacing = hatch_spacing(frame)
    for status, width in (("claimed", 1.1), ("contested", 0.9)):
        lons: list = []
        lats: list = []
        for name in state.index[state["status"] == status]:
            for angle in style.STATUS_HATCH_ANGLES[status]:
                for segment in data.hatch(name, angle, spacing):
                    lons.extend([*(p[0] for p in segment), None])
                    lats.extend([*(p[1] for p in segment), None])
        if lons:
            traces.append(_lines(lons, lats, style.HATCH_COLOR, width, geo, f"hatch {status}"))
    traces.extend(_context_traces(data, geo))
    rows = day_flows(data, date, flows).reset_index(drop=True)
    flow_lines = _flow_lines(data, rows, frame)
    # in the screen's order (no number first, then by size): a stated number is never
    # hidden under a line that has none
    for i in screen.flow_draw_order(rows):
        lons, lats, width = flow_lines[i]
        traces.append(_lines(lons, lats, style.FLOW_COLOR, width, geo, "flow"))
        if not screen.has_number(rows.loc[i]):  # the screen's hollow arrow: a white core
            core = screen.FLOW_HOLLOW_CORE_PX
            traces.append(_lines(lons, lats, "#FFFFFF", core, geo, "flow core"))
    if district:
        if district not in data.label_points:
            raise ValueError(f"district {district!r} has no polygon in this layer")
        lons, lats = data.outlines[district]
        traces.append(_lines(lons, lats, HIGHLIGHT_COLOR, 4, geo, "Selected district"))
    labels, left_out = _place_labels(
        data, date, rows, district, frame, box, font_size, flow_lines, names
    )
    return MapLayers(traces, labels, left_out)


def _context_traces(data: MapData, geo: str) -> list:
    traces = []
    for kind, lons, lats in data.context:
        color = style.CONTEXT_COLORS.get(kind, "#000000")
        if kind == "citadel":
            traces.append(
                trace(
                    "scattergeo",
                    lon=lons[:1],
                    lat=lats[:1],
                    mode="markers",
                    marker={"symbol": "circle", "size": CITADEL_MARKER_PX, "color": color},
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


def _flow_lines(data: MapData, rows: pd.DataFrame, frame: Frame) -> list[tuple[list, list, float]]:
    """(lon, lat, width) of each flow's arrow as the screen draws it
    (:func:`dashboard.figures.flow_path`: dashed where an end is not stated, dashes and
    arrowhead sized for the width at this frame's scale), widths on the scale of the
    bundle's largest flow, so a width means the same number every day; a flow with no
    number at the width of the screen's hollow arrow."""
    largest = largest_flow(data)
    px_per_deg = frame.scale * math.pi / 180
    out = []
    for _, row in rows.iterrows():
        if screen.has_number(row):
            width = screen.flow_width(row.get("count_best"), largest)
        else:
            width = screen.FLOW_HOLLOW_PX
        lons, lats = screen.flow_path(
            row, data.enclave, origin_stub=True, width_px=width, px_per_deg=px_per_deg
        )
        out.append((lons, lats, width))
    return out


def _line_obstacles(frame: Frame, flow_lines) -> shapely.Geometry | None:
    """The flow arrows as px areas (line width plus a pixel each side)."""
    parts = []
    for lons, lats, width in flow_lines:
        piece: list = []
        for lon, lat in [*zip(lons, lats, strict=True), (None, None)]:
            if lon is None or lat is None:
                if len(piece) >= 2:
                    parts.append(shapely.buffer(shapely.LineString(piece), width / 2 + 1))
                piece = []
            else:
                piece.append(frame.project(lon, lat))
    return shapely.union_all(parts) if parts else None


def _arrows_px(frame: Frame, flow_lines) -> list[shapely.Geometry]:
    """Each flow's arrow as a px line (its dashes joined: a dash gap is no place to read
    a label as belonging elsewhere)."""
    out = []
    for lons, lats, _ in flow_lines:
        points = [frame.project(x, y) for x, y in zip(lons, lats, strict=True) if x is not None]
        out.append(shapely.LineString(points) if len(points) >= 2 else shapely.Point(points[0]))
    return out


def _nearest_own(
    arrows: list[shapely.Geometry], members: list[int], label: MapLabel
) -> Callable[[Box], bool]:
    """A test for a flow label's box: close to its own arrow (within two lines of text)
    and clearly nearer it than any other arrow (by half a line at least), so the number
    cannot be read as another flow's."""
    own = shapely.union_all([arrows[j] for j in members])
    others = [a for j, a in enumerate(arrows) if j not in set(members)]
    other = shapely.union_all(others) if others else None
    near, margin = 2 * label.h, label.h / 2

    def test(box: Box) -> bool:
        rect = shapely.box(*box)
        mine = shapely.distance(rect, own)
        return mine <= near and (other is None or shapely.distance(rect, other) >= mine + margin)

    return test


def _district_spots(
    data: MapData, frame: Frame, name: str, label: MapLabel
) -> list[tuple[float, float]]:
    """Centres for a district's name: on its label point (where the screen puts it),
    then on a grid of nudges, nearest first, while the centre stays inside the district."""
    x, y = frame.project(*data.label_points[name])
    w, h = label.w, label.h
    shifts = sorted(
        {(i * 0.25 * w, j * 0.5 * h) for i in range(-2, 3) for j in range(-4, 5)} - {(0, 0)},
        key=lambda s: (math.hypot(s[0] / w, s[1] / h), abs(s[0]), s),
    )
    spots = [(x + dx, y + dy) for dx, dy in shifts]
    lonlat = [frame.unproject(*s) for s in spots]
    inside = shapely.contains_xy(
        data.geometries[name], [p[0] for p in lonlat], [p[1] for p in lonlat]
    )
    return [(x, y), *(s for s, ok in zip(spots, inside, strict=True) if ok)]


def _flow_place(row) -> tuple[str, str]:
    """The place a flow's label speaks of (as the screen groups them): its destination,
    else its origin."""
    dest = str(row.get("destination") or "").strip()
    return ("to", dest) if dest else ("from", str(row.get("origin") or "").strip())


def _beyond(dx: float, dy: float) -> list[str]:
    """Positions ordered so the first lies beyond an arrow heading (dx east, dy north)."""
    angle = math.degrees(math.atan2(dy, dx))
    compass = ["middle right", "top right", "top center", "top left", "middle left"]
    compass += ["bottom left", "bottom center", "bottom right"]
    start = round(angle / 45) % 8
    order = [compass[(start + k) % 8] for k in (0, 1, -1, 2, -2, 3, -3, 4)]
    return order


def _flow_labels(
    data: MapData,
    rows: pd.DataFrame,
    date: dt.date,
    frame: Frame,
    size: float,
    flow_lines,
    bounds: Box,
) -> list[tuple[MapLabel, list[tuple[float, float]], list[int]]]:
    """Each flow label with its candidate centres, best first, and the flows it numbers.

    The words are the screen's (:func:`dashboard.figures.flow_label_texts`: reports of
    one place joined in one label, each number as stated; what the line says, no number
    or an unstated end, is left to the legend). Every flow on the image is
    shown at once, so they are grouped as if all were on ``date``: in the cumulative
    view, flows to one place on different days share one label instead of stacking
    labels on one point. The screen's own spot comes first, then beside the shared
    destination, beside each member's midpoint, and along each member's line; last,
    those of them that run out of ``bounds``, slid back inside."""
    if rows.empty:
        return []
    merged = rows.copy()
    merged["date_start"] = date
    merged["date_end"] = date
    texts = screen.flow_label_texts(
        merged,
        data.enclave,
        zoom=CANDIDATE_ZOOM,
        font_px=size,
        origin_stub=True,
        numbers_only=True,
    )
    ends = [flow_ends(data, row) for _, row in rows.iterrows()]
    places = [_flow_place(row) for _, row in rows.iterrows()]
    out = []
    for i, (text, position, *where) in enumerate(texts):
        point = where[0] if where and where[0] is not None else None
        point = point or screen.flow_label_point(rows.loc[i], data.enclave, origin_stub=True)
        if not text or point is None:
            continue
        label = MapLabel(text.replace("\n", "<br>"), size, FLOW_TEXT_COLOR, "flow")
        members = [j for j in range(len(rows)) if places[j] == places[i] and ends[j]]
        spots = []
        for gap in (4.0, 4.0 + label.h, 4.0 + 2.5 * label.h):  # close by first, then further
            x, y = frame.project(*point)
            spots.append(beside(x, y, label, position, gap))
            into = [j for j in members if ends[j][4] in ("stated", "origin")]
            if into:
                dest = frame.project(ends[into[0]][2], ends[into[0]][3])
                dx = sum(ends[j][2] - ends[j][0] for j in into)
                dy = sum(ends[j][3] - ends[j][1] for j in into)
                spots += [beside(*dest, label, p, gap) for p in _beyond(dx, dy)]
            for j in members:
                mid = screen.flow_label_point(rows.loc[j], data.enclave, origin_stub=True)
                if mid is not None:
                    spots += [beside(*frame.project(*mid), label, p, gap) for p in AROUND]
            for j in members:
                width = flow_lines[j][2]
                spots += _along(frame, ends[j], label, width / 2 + gap)
        out.append((label, spots + _slid_inside(spots, label, bounds), members))
    return out


def _slid_inside(
    spots: list[tuple[float, float]], label: MapLabel, bounds: Box
) -> list[tuple[float, float]]:
    """The spots that run out of ``bounds``, slid back in: a long label beside a place
    near the map's edge still finds room, a little off centre."""
    left, top, right, bottom = bounds
    half_w, half_h = label.w / 2, label.h / 2
    if right - left < label.w or bottom - top < label.h:
        return []
    slid = []
    for x, y in spots:
        sx = min(max(x, left + half_w), right - half_w)
        sy = min(max(y, top + half_h), bottom - half_h)
        if (sx, sy) != (x, y):
            slid.append((sx, sy))
    return list(dict.fromkeys(slid))


def _along(frame: Frame, ends, label: MapLabel, offset: float) -> list[tuple[float, float]]:
    """Centres beside a flow's line, on either side, at several points along it."""
    x0, y0 = frame.project(ends[0], ends[1])
    x1, y1 = frame.project(ends[2], ends[3])
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1:
        return []
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    reach = abs(nx) * label.w / 2 + abs(ny) * label.h / 2 + offset
    spots = []
    for t in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9):
        px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        spots += [(px + s * nx * reach, py + s * ny * reach) for s in (1, -1)]
    return spots


def _place_labels(
    data: MapData,
    date: dt.date,
    rows: pd.DataFrame,
    district: str | None,
    frame: Frame,
    box: Box,
    font_size: float,
    flow_lines,
    names: str,
) -> tuple[list[MapLabel], int]:
    """Every label of the map, none overlapping another, in order of importance: the
    selected district's, the Citadel's, the names of the districts the day's events
    and flows name, the flows' numbers, then other districts that changed that day,
    Kurdish-held and contested ones, and the screen's usual names."""
    placer = LabelPlacer(box, _line_obstacles(frame, flow_lines))
    name_size = font_size * 0.85
    if district:
        label = MapLabel(
            f"<b>{district_label(data, district)}</b>", font_size * 1.1, "#000000", "selected"
        )
        placer.place(label, _district_spots(data, frame, district, label), required=True)
    for kind, lons, lats in data.context:
        if kind == "citadel" and lons and lons[0] is not None:
            x, y = frame.project(lons[0], lats[0])
            r = CITADEL_MARKER_PX / 2 + 1
            placer.block((x - r, y - r, x + r, y + r))
            label = MapLabel("Citadel", font_size, "#000000", "landmark")
            order = ["top right", "middle right", "top left", "middle left", "bottom right"]
            order += ["bottom left", "top center", "bottom center"]
            gap = r + LABEL_GAP + 0.5
            placer.place(label, [beside(x, y, label, p, gap) for p in order])
    tiers = district_priority(data, date, rows) if names != "none" else [[]] * 5
    if names == "day":
        tiers = [*tiers[:2], [], [], []]
    named = 0

    def name_labels(tier: list[str], important: bool, most: int | None = None) -> None:
        """``important``: where no spot in the district is clear of the flow lines, set
        the name beside it with a leader, or at last over a line; else leave it out."""
        nonlocal named
        shown = 0
        for name in tier:
            if name == district:
                continue
            if most is not None and (shown >= most or named >= NAME_BUDGET):
                return
            label = MapLabel(name, name_size, "#111111", "district")
            spots = _district_spots(data, frame, name, label)
            point = frame.project(*data.label_points[name])
            if (
                placer.place(label, spots, cross_lines=False)
                or (important and placer.place_with_leader(label, point, LEADER_REACH))
                or (important and placer.place(label, spots, cross_lines=True))
            ):
                shown += 1
                named += 1

    # The day's story first: the districts that changed and that the day's events name.
    name_labels(tiers[0], important=True)
    # Then the flows' numbers, before other names: a number beside the wrong arrow
    # misleads, and a name can move within its district.
    left_out = 0
    arrows = _arrows_px(frame, flow_lines)
    for label, spots, members in _flow_labels(
        data, rows, date, frame, font_size * 0.9, flow_lines, box
    ):
        if not placer.place(label, spots, prefer=_nearest_own(arrows, members, label)):
            left_out += 1
    name_labels(tiers[1], important=True)
    # The rest only up to NAME_BUDGET names in all: a map is read by its few names.
    name_labels(tiers[2], important=False, most=MORE_CHANGED)
    name_labels(tiers[3], important=False, most=MORE_FRONT)
    name_labels(tiers[4], important=False, most=NAME_BUDGET)
    return placer.placed, left_out


def district_label(data: MapData, district: str) -> str:
    """``Name · الاسم`` (the Arabic name when the layer has one)."""
    arabic = data.name_ar.get(district, "")
    return f"{district} · {arabic}" if arabic else district


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
    layers = map_layers(data, as_date(date), flows, district, box=(0, 0, width, height))
    layout = {
        "width": width,
        "height": height,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "paper_bgcolor": "#FFFFFF",
        "font": {"family": style.FONT_FAMILY},
        "geo": geo_layout((0, 1), (0, 1), data.extent),
        "annotations": layers.annotations(width, height),
    }
    return go.Figure({"data": layers.traces, "layout": layout})
