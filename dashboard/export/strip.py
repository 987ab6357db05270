"""Small multiples: chosen days side by side in one image, each with its date and a
headline generated from that day's control changes."""

from __future__ import annotations

import datetime as dt
import math

from dashboard import style
from dashboard.export import furniture, texts
from dashboard.export.presets import ExportError, check_flows, check_format, check_scale
from dashboard.export.renderer import render_figure
from dashboard.export.snapshot import FILE_STEM, check_date, legend_spec
from dashboard.figures_vector import geo_layout, map_data, map_traces
from dashboard.model import Bundle

MAX_PANELS = 12
PANEL = 420  # CSS px: the width of a map panel
PANEL_ASPECT = 0.9  # height / width of the map area under each headline
MAX_COLUMNS = 4


def parse_dates(text: str) -> list[str]:
    parts = [p.strip() for p in str(text).split(",") if p.strip()]
    if not parts:
        raise ExportError("--strip needs at least one date, e.g. 2016-11-26,2016-11-28")
    if len(parts) > MAX_PANELS:
        raise ExportError(f"--strip takes at most {MAX_PANELS} dates, got {len(parts)}")
    return parts


def strip_name(dates: list[dt.date], fmt: str) -> str:
    return f"{FILE_STEM}_strip_{dates[0].isoformat()}_{dates[-1].isoformat()}.{fmt}"


def _stamp(dates: list[dt.date]) -> str:
    if len({d.year for d in dates}) == 1 and len({d.month for d in dates}) == 1:
        days = [str(d.day) for d in dates]
        joined = days[0] if len(days) == 1 else f"{', '.join(days[:-1])} and {days[-1]}"
        return f"Control as assessed on {joined} {dates[0]:%B %Y}"
    longs = [texts.long_date(d) for d in dates]
    return "Control as assessed on " + (
        longs[0] if len(longs) == 1 else f"{', '.join(longs[:-1])} and {longs[-1]}"
    )


def build_strip_figure(
    bundle: Bundle, dates: list[dt.date], flows: str = "day", byline: str | None = None
) -> dict:
    """One figure dict, one geo subplot per date, with shared legend and credits."""
    data = map_data(bundle)
    cols = min(len(dates), MAX_COLUMNS)
    rows = math.ceil(len(dates) / cols)
    base = 13.0
    pad = base * 1.4
    W = int(max(cols * PANEL + 2 * pad, 900))
    panel_w = (W - 2 * pad) / cols
    head_h = base * 4.6  # date and up to two lines of headline above each map

    probe = furniture.Canvas(W, 1000)
    spec = legend_spec(data, dates, flows, panels=True)
    legend_cols = 4 if W >= 1400 else 2
    legend_h = furniture.draw_legend(probe, 0, 0, W - 2 * pad, base * 0.88, spec, legend_cols)
    footer_size = base * 0.78
    footer_text = texts.sources_line(bundle, data, dates)
    footer = texts.wrap(footer_text, probe.chars(W - 2 * pad, footer_size))[:3]
    footer += texts.wrap(texts.credit_line(bundle, byline), probe.chars(W - 2 * pad, footer_size))
    top = pad + base * 4.5
    panel_h = panel_w * PANEL_ASPECT
    grid_h = rows * (head_h + panel_h)
    H = int(top + grid_h + base + legend_h + base + len(footer) * footer_size * 1.35 + pad)

    canvas = furniture.Canvas(W, H)
    canvas.text(pad, pad, texts.title(data.dates), base * 1.7, bold=True)
    canvas.text(pad, pad + base * 2.3, _stamp(dates), base * 1.2, furniture.MUTED_COLOR)
    traces: list = []
    geos: dict = {}
    for i, date in enumerate(dates):
        r, c = divmod(i, cols)
        x0 = pad + c * panel_w
        y0 = top + r * (head_h + panel_h)
        line = texts.headline(data, date)
        words = texts.wrap(line, canvas.chars(panel_w - base, base * 0.9))
        if len(words) > 2:
            words = [words[0], words[1][: max(len(words[1]) - 1, 1)] + "…"]
        canvas.text(x0, y0, texts.long_date(date), base * 1.05, bold=True)
        canvas.text(x0, y0 + base * 1.5, "<br>".join(words), base * 0.9, furniture.MUTED_COLOR)
        key = "geo" if i == 0 else f"geo{i + 1}"
        my0, my1 = y0 + head_h, y0 + head_h + panel_h - base * 0.5
        box = (x0, my0, x0 + panel_w - base, my1)
        traces.extend(map_traces(data, date, flows, None, key, base * 0.8, False, box))
        geos[key] = geo_layout(
            (x0 / W, (x0 + panel_w - base) / W), (1 - my1 / H, 1 - my0 / H), data.extent
        )
    legend_top = top + grid_h + base
    furniture.draw_legend(canvas, pad, legend_top, W - 2 * pad, base * 0.88, spec, legend_cols)
    footer_top = legend_top + legend_h + base
    canvas.text(pad, footer_top, "<br>".join(footer), footer_size, furniture.MUTED_COLOR)

    layout = {
        "width": W,
        "height": H,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0, "pad": 0},
        "paper_bgcolor": "#FFFFFF",
        "font": {"family": style.FONT_FAMILY, "color": furniture.TEXT_COLOR},
        "showlegend": False,
        **geos,
    }
    return canvas.apply({"data": traces, "layout": layout})


def render_strip(
    bundle: Bundle,
    dates,
    fmt: str = "png",
    scale: float = 2,
    flows: str = "day",
    byline: str | None = None,
) -> tuple[str, bytes]:
    """``(file name, bytes)`` of a small-multiples image of ``dates`` (list or ``a,b,c``)."""
    fmt = check_format(fmt)
    scale = check_scale(scale)
    flows = check_flows(flows)
    data = map_data(bundle)
    raw = parse_dates(dates) if isinstance(dates, str) else list(dates)
    days = sorted(dict.fromkeys(check_date(data, d) for d in raw))
    fig = build_strip_figure(bundle, days, flows, byline)
    width, height = fig["layout"]["width"], fig["layout"]["height"]
    image = render_figure(fig, fmt, width, height, scale if fmt == "png" else 1)
    return strip_name(days, fmt), image
