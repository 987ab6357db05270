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
from dashboard.figures_vector import (
    Frame,
    geo_layout,
    label_annotations,
    map_data,
    map_layers,
    text_width,
)
from dashboard.model import Bundle

MAX_PANELS = 12
PANEL = 460  # CSS px: the width of a map panel
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


def panel_headline(data, date: dt.date, width: float, size: float) -> tuple[str, float]:
    """The panel's one-line headline and its type size: the longest form of
    :func:`texts.headline_variants` that fits ``width`` px, in type down to 85% of
    ``size`` before names give way to counts."""

    def forms(counts: bool) -> list[str]:
        variants = texts.headline_variants(data, date, prefix=False, counts=counts)
        return [f[:1].upper() + f[1:] for f in variants]

    named = forms(counts=False)
    for scale in (1.0, 0.93, 0.85):
        for form in named:
            if text_width(form, size * scale) <= width:
                return form, size * scale
    small = size * 0.85
    for form in forms(counts=True)[len(named) :]:
        if text_width(form, small) <= width:
            return form, small
    return texts.fit_text(forms(counts=True)[-1], width, small), small


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
    map_w = panel_w - base  # a gutter between panels
    map_h = map_w / Frame.aspect(data.extent)
    head_h = base * 3.2  # the date, and one line of headline above each map

    probe = furniture.Canvas(W, 1000)
    spec = legend_spec(data, dates, flows, panels=True)
    legend_cols = 4 if W >= 1400 else 2
    legend_h = furniture.draw_legend(probe, 0, 0, W - 2 * pad, base * 0.88, spec, legend_cols)
    footer_size = base * 0.78
    footer_text = texts.sources_line(bundle, data, dates, flows)
    footer = texts.wrap(footer_text, probe.chars(W - 2 * pad, footer_size))[:3]
    footer += texts.wrap(texts.credit_line(bundle, byline), probe.chars(W - 2 * pad, footer_size))
    top = pad + base * 4.5
    panel_h = head_h + map_h + base
    grid_h = rows * panel_h
    H = int(top + grid_h + base + legend_h + base + len(footer) * footer_size * 1.35 + pad)

    canvas = furniture.Canvas(W, H)
    canvas.text(pad, pad, texts.title(data.dates), base * 1.7, bold=True)
    canvas.text(pad, pad + base * 2.3, _stamp(dates), base * 1.2, furniture.MUTED_COLOR)
    traces: list = []
    labels: list = []
    geos: dict = {}
    for i, date in enumerate(dates):
        r, c = divmod(i, cols)
        x0 = pad + c * panel_w
        y0 = top + r * panel_h
        line, size = panel_headline(data, date, map_w, base * 0.9)
        canvas.text(x0, y0, texts.long_date(date), base * 1.05, bold=True)
        canvas.text(x0, y0 + base * 1.5, line, size, furniture.MUTED_COLOR)
        key = "geo" if i == 0 else f"geo{i + 1}"
        box = (x0, y0 + head_h, x0 + map_w, y0 + head_h + map_h)
        layers = map_layers(data, date, flows, None, key, base * 0.8, box=box, names="day")
        traces.extend(layers.traces)
        labels.extend(layers.labels)
        geos[key] = geo_layout(
            (box[0] / W, box[2] / W), (1 - box[3] / H, 1 - box[1] / H), data.extent
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
    fig = canvas.apply({"data": traces, "layout": layout})
    fig["layout"]["annotations"] = label_annotations(labels, W, H) + fig["layout"]["annotations"]
    return fig


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
