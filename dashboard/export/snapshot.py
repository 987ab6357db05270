"""One day's map with its furniture, as PNG, SVG or PDF bytes: the code path shared by the
``aleppo-map export`` command and the dashboard's Export control."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import pandas as pd

from dashboard import style
from dashboard.export import furniture, layout, texts
from dashboard.export.presets import (
    ExportError,
    Size,
    check_flows,
    check_format,
    check_scale,
    parse_preset,
)
from dashboard.export.renderer import render_many
from dashboard.figures_vector import (
    UNKNOWN,
    MapData,
    as_date,
    dashed_flows,
    day_flows,
    day_state,
    geo_layout,
    hollow_flows,
    largest_flow,
    map_data,
    map_layers,
)
from dashboard.model import Bundle

FILE_STEM = "aleppo-control"


def file_name(date: dt.date, fmt: str) -> str:
    return f"{FILE_STEM}_{date.isoformat()}.{fmt}"


def check_date(data: MapData, date) -> dt.date:
    """``date`` as a date inside the timeline, or an error that gives the valid range."""
    if not data.dates:
        raise ExportError("the timeline has no dates: nothing to export")
    try:
        day = as_date(date)
    except (ValueError, TypeError) as exc:
        raise ExportError(f"{date!r} is not a date in YYYY-MM-DD form") from exc
    first, last = data.dates[0], data.dates[-1]
    if not first <= day <= last:
        raise ExportError(
            f"date {day.isoformat()} is outside the timeline: "
            f"valid dates are {first.isoformat()} to {last.isoformat()}"
        )
    return day


def check_district(data: MapData, district: str | None) -> str | None:
    """The layer's name for ``district``, also from any spelling the gazetteer knows
    ("Haydariya" -> "Haidariya"), or an error."""
    if not district:
        return None
    if district in data.label_points:
        return district
    from dashboard.gazetteer import fold, load_gazetteer

    folded = {fold(name): name for name in data.label_points}
    canonical = load_gazetteer().lookup(district)
    for candidate in (canonical, folded.get(fold(district))):
        if candidate in data.label_points:
            return candidate
    raise ExportError(f"district {district!r} has no polygon in this layer")


def legend_spec(
    data: MapData, dates: list[dt.date], flows: str, panels: bool = False
) -> furniture.LegendSpec:
    """What the legend of an image of ``dates`` must explain (``panels``: a strip, one
    map per date). A flow under way on several of the dates is counted once."""
    unknown = any((day_state(data, d)["faction"] == UNKNOWN).any() for d in dates)
    drawn = pd.concat([day_flows(data, d, flows) for d in dates])
    drawn = drawn[~drawn.index.duplicated()]
    reported = pd.concat([day_flows(data, d, flows, mapped=False) for d in dates])
    reported = reported[~reported.index.duplicated()]
    counts = pd.to_numeric(drawn.get("count_best"), errors="coerce").dropna()
    return furniture.LegendSpec(
        unknown=unknown,
        flows=flows,
        widest_drawn=float(counts.max()) if len(counts) else 0.0,
        width_scale=largest_flow(data) if flows != "none" else 0.0,
        flows_drawn=len(drawn),
        flows_dashed=dashed_flows(data, drawn),
        flows_hollow=hollow_flows(drawn),
        flows_unmapped=len(reported) - len(drawn),
        panels=panels,
        context=tuple(dict.fromkeys(kind for kind, _, _ in data.context)),
    )


def snapshot_page(
    bundle: Bundle, date: dt.date, size: Size, flows: str = "day", byline: str | None = None
) -> layout.Page:
    """What a snapshot of ``date`` must fit: its words, legend and the map's extent."""
    data = map_data(bundle)
    W, H = size.width, size.height
    return layout.Page(
        W=W,
        H=H,
        base=furniture.base_font(W, H),
        title=texts.title(data.dates),
        stamp=texts.date_stamp(date),
        deck=texts.deck(data, date),
        spec=legend_spec(data, [date], flows),
        sources=texts.sources_line(bundle, data, [date], flows),
        credit=texts.credit_line(bundle, byline),
        extent=data.extent,
    )


def build_snapshot_figure(
    bundle: Bundle,
    date: dt.date,
    size: Size,
    flows: str = "day",
    district: str | None = None,
    byline: str | None = None,
    plan: layout.Plan | None = None,
) -> dict:
    """The map of ``date`` with title, date stamp, legend, sources and credits, as a
    plotly figure dict (``go.Figure(fig)`` to inspect it with plotly's objects).
    ``plan``: where the parts go (one plan for every frame of a series), else the best
    for this day alone."""
    data = map_data(bundle)
    W, H = size.width, size.height
    page = snapshot_page(bundle, date, size, flows, byline)
    plan = plan or layout.plan_layout(page)
    canvas = furniture.Canvas(W, H)
    layout.draw(canvas, page, plan)
    x0, y0, x1, y1 = plan.map_box
    layers = map_layers(data, date, flows, district, "geo", page.base, box=plan.map_box)
    fig = {
        "data": layers.traces,
        "layout": {
            "width": W,
            "height": H,
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0, "pad": 0},
            "paper_bgcolor": "#FFFFFF",
            "plot_bgcolor": "#FFFFFF",
            "font": {"family": style.FONT_FAMILY, "color": furniture.TEXT_COLOR},
            "showlegend": False,
            "geo": geo_layout((x0 / W, x1 / W), (1 - y1 / H, 1 - y0 / H), data.extent),
        },
    }
    fig = canvas.apply(fig)
    fig["layout"]["annotations"] = layers.annotations(W, H) + fig["layout"]["annotations"]
    return fig


def render_snapshot(
    bundle: Bundle,
    date,
    fmt: str = "png",
    preset: str = "social",
    scale: float = 2,
    flows: str = "day",
    district: str | None = None,
    byline: str | None = None,
) -> tuple[str, bytes]:
    """``(file name, bytes)`` of one day's map, e.g. ``aleppo-control_2016-11-28.png``.

    ``preset`` is ``social`` (1200x675), ``square`` (1080x1080), ``print`` (A4,
    1240x1754) or ``WIDTHxHEIGHT`` in CSS px; a PNG has ``scale`` times as many pixels.
    Raises :class:`ExportError` (a ValueError) for options the exporter cannot use.
    """
    return next(render_snapshots(bundle, [date], fmt, preset, scale, flows, district, byline))


def render_snapshots(
    bundle: Bundle,
    dates: Sequence,
    fmt: str = "png",
    preset: str = "social",
    scale: float = 2,
    flows: str = "day",
    district: str | None = None,
    byline: str | None = None,
    batch: int = 6,
) -> Iterator[tuple[str, bytes]]:
    """:func:`render_snapshot` for many days, drawn ``batch`` at a time (every option and
    date is checked before the first is drawn), all on one layout: in an animation or a
    folder of frames the map stays in the same place and size."""
    fmt = check_format(fmt)
    size = parse_preset(preset)
    scale = check_scale(scale)
    flows = check_flows(flows)
    data = map_data(bundle)
    days = [check_date(data, d) for d in dates]
    district = check_district(data, district)
    plan = None
    if len(days) > 1:  # frames of a series: one layout, so the map does not move
        pages = [snapshot_page(bundle, d, size, flows, byline) for d in days]
        plan = layout.plan_layout(layout.series_page(pages))
    for start in range(0, len(days), batch):
        chunk = days[start : start + batch]
        figs = [
            build_snapshot_figure(bundle, d, size, flows, district, byline, plan) for d in chunk
        ]
        images = render_many(figs, fmt, size.width, size.height, scale if fmt == "png" else 1)
        yield from zip([file_name(d, fmt) for d in chunk], images, strict=True)
