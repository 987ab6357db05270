"""Title, date stamp, legend and credits drawn onto a figure, placed in pixels.

Plotly places annotations and shapes in paper fractions; the export lays furniture
out in CSS pixels (so type sizes and gaps are the same in every preset) and converts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shapely

from dashboard import style
from dashboard.export.texts import wrap
from dashboard.figures import (
    FLOW_HOLLOW_CORE_PX,
    FLOW_HOLLOW_PX,
    FLOW_WIDTH_MIN_PX,
    flow_width,
)

TEXT_COLOR = "#111111"
MUTED_COLOR = "#444444"
CHAR_WIDTH = 0.56  # average glyph width of DejaVu Sans, in ems, for line wrapping
LINE_SPACING = 1.3  # plotly.js sets the lines of an annotation 1.3 em apart


def base_font(width: int, height: int) -> float:
    """Body type size in px for an image of this size."""
    return max(10.0, min(26.0, min(width, height) / 56))


@dataclass
class Canvas:
    """Pixel placement onto a figure of ``width`` x ``height`` CSS px (margins 0)."""

    width: int
    height: int
    annotations: list = field(default_factory=list)
    shapes: list = field(default_factory=list)

    def fx(self, x: float) -> float:
        return x / self.width

    def fy(self, y: float) -> float:
        return 1 - y / self.height

    def chars(self, px: float, size: float) -> int:
        """How many characters of ``size`` px type fit in ``px``."""
        return int(px / (size * CHAR_WIDTH))

    def text(self, x, y, text, size, color=TEXT_COLOR, bold=False, anchor="left", valign="top"):
        """Text whose ``anchor`` side and ``valign`` edge sit at pixel (x, y)."""
        self.annotations.append(
            {
                "x": self.fx(x),
                "y": self.fy(y),
                "xref": "paper",
                "yref": "paper",
                "xanchor": anchor,
                "yanchor": valign,
                "align": anchor if anchor != "center" else "center",
                "text": f"<b>{text}</b>" if bold else text,
                "showarrow": False,
                "borderpad": 0,
                "font": {"family": style.FONT_FAMILY, "size": size, "color": color},
            }
        )

    def rect(self, x0, y0, x1, y1, fill, opacity=1.0, line_color="#666666", line_width=0.6):
        self.shapes.append(
            {
                "type": "rect",
                "xref": "paper",
                "yref": "paper",
                "x0": self.fx(x0),
                "y0": self.fy(y1),
                "x1": self.fx(x1),
                "y1": self.fy(y0),
                "fillcolor": fill,
                "opacity": opacity,
                "line": {"color": line_color, "width": line_width},
                "layer": "above",
            }
        )

    def circle(self, x0, y0, x1, y1, fill):
        self.shapes.append(
            {
                "type": "circle",
                "xref": "paper",
                "yref": "paper",
                "x0": self.fx(x0),
                "y0": self.fy(y1),
                "x1": self.fx(x1),
                "y1": self.fy(y0),
                "fillcolor": fill,
                "line": {"width": 0},
                "layer": "above",
            }
        )

    def line(self, x0, y0, x1, y1, color, width, dash="solid"):
        self.shapes.append(
            {
                "type": "line",
                "xref": "paper",
                "yref": "paper",
                "x0": self.fx(x0),
                "y0": self.fy(y0),
                "x1": self.fx(x1),
                "y1": self.fy(y1),
                "line": {"color": color, "width": width, "dash": dash},
                "layer": "above",
            }
        )

    def hatch(self, x0, y0, side, angles, color, width=0.8):
        """Hatch lines like :func:`dashboard.hatching.hatch_lines` inside a square swatch,
        as one path shape (each shape costs plotly.js a DOM node and a layout pass)."""
        box = shapely.box(x0, y0, x0 + side, y0 + side)
        spacing = side / 4
        lines = []
        for angle in angles:
            # Screen y grows downwards, so a line rising at +45 degrees has slope -1 here.
            for k in range(-8, 9):
                off = k * spacing * 1.41
                if angle > 0:
                    lines.append(((x0 + off - side, y0 + side * 2), (x0 + off + side, y0)))
                else:
                    lines.append(((x0 + off - side, y0 - side), (x0 + off + side, y0 + side)))
        if not lines:
            return
        clipped = shapely.intersection(shapely.MultiLineString(lines), box)
        path = []
        for part in shapely.get_parts(clipped):
            if part.geom_type != "LineString" or part.length == 0:
                continue
            coords = list(part.coords)
            (ax, ay), (bx, by) = coords[0], coords[-1]
            path.append(f"M{self.fx(ax):.5f},{self.fy(ay):.5f}L{self.fx(bx):.5f},{self.fy(by):.5f}")
        self.shapes.append(
            {
                "type": "path",
                "xref": "paper",
                "yref": "paper",
                "path": "".join(path),
                "line": {"color": color, "width": width},
                "layer": "above",
            }
        )

    def apply(self, fig: dict) -> dict:
        """Add the furniture to a figure dict's layout."""
        fig["layout"]["annotations"] = self.annotations
        fig["layout"]["shapes"] = self.shapes
        return fig


@dataclass
class LegendSpec:
    """What the legend must explain for this image."""

    unknown: bool = False
    flows: str = "none"  # none | day | cumulative
    flows_drawn: int = 0  # how many flow lines the image shows
    flows_unmapped: int = 0  # flows reported for the day(s) without both ends located
    flows_dashed: int = 0  # of those drawn, lines with one end not stated
    flows_hollow: int = 0  # of those drawn, lines with no number stated
    widest_drawn: float = 0.0  # the largest best estimate among the flows drawn
    width_scale: float = 0.0  # the best estimate drawn at full width (see figures_vector)
    panels: bool = False  # several days side by side (a strip), not one day
    context: tuple[str, ...] = ()

    @classmethod
    def union(cls, specs: list[LegendSpec]) -> LegendSpec:
        """A spec with every row any of ``specs`` has (the largest counts): its legend is
        at least as tall as each of theirs."""
        first = specs[0]
        return cls(
            unknown=any(s.unknown for s in specs),
            flows=first.flows,
            flows_drawn=max(s.flows_drawn for s in specs),
            flows_unmapped=max(s.flows_unmapped for s in specs),
            flows_dashed=max(s.flows_dashed for s in specs),
            flows_hollow=max(s.flows_hollow for s in specs),
            widest_drawn=max(s.widest_drawn for s in specs),
            width_scale=max(s.width_scale for s in specs),
            panels=first.panels,
            context=first.context,
        )


_STATUS_SHORT = {
    "assessed": "Assessed",
    "claimed": "Claimed",
    "contested": "Contested",
}
_CONTEXT_LABELS = {
    "enclave": "East Aleppo enclave on the baseline date",
    "river": "Queiq river",
    "citadel": "Citadel",
}


def legend_rows(spec: LegendSpec) -> list[tuple[str, dict, str]]:
    """(kind, draw options, label) per legend row, in reading order."""
    rows: list[tuple[str, dict, str]] = [("heading", {}, "Who holds it")]
    for faction, color in style.FACTION_COLORS.items():
        opacity = style.STATUS_FILL_OPACITY["assessed"]
        rows.append(("fill", {"color": color, "opacity": opacity}, style.FACTION_LABELS[faction]))
    if spec.unknown:
        # drawn as the map draws it (figures.state_categories): the colour itself
        rows.append(("fill", {"color": style.UNKNOWN_COLOR, "opacity": 1.0}, "No information"))
    rows.append(("heading", {}, "How sure (hatching)"))
    for status, label in style.STATUS_LABELS.items():
        rows.append(
            (
                "hatch",
                {
                    "angles": style.STATUS_HATCH_ANGLES[status],
                    "opacity": style.STATUS_FILL_OPACITY[status],
                },
                label,
            )
        )
    if spec.flows != "none":
        rows.extend(_flow_rows(spec))
    if spec.context:
        rows.append(("heading", {}, "Context"))
        for kind in spec.context:
            rows.append(("context", {"kind": kind}, _CONTEXT_LABELS.get(kind, kind.title())))
    return rows


def _flow_rows(spec: LegendSpec) -> list[tuple[str, dict, str]]:
    """The displacement rows: what the screen's flows legend says, for this image."""
    if spec.panels:
        when = "on each panel's day" if spec.flows == "day" else "up to each panel's day"
    else:
        when = "on this day" if spec.flows == "day" else "up to this day"
    rows: list[tuple[str, dict, str]] = [("heading", {}, "Displacement")]
    if spec.flows_drawn:
        label = f"People fleeing, reported {when}; label: the number stated"
        rows.append(("flow", {"width": FLOW_WIDTH_MIN_PX}, label))
        if spec.widest_drawn and spec.width_scale:
            # The widest line actually on this image, at the width it is drawn: a legend
            # naming a flow that is not shown would describe a scale the reader cannot see.
            widest = flow_width(spec.widest_drawn, spec.width_scale)
            label = f"Width grows with the best estimate (widest shown: {spec.widest_drawn:,.0f})"
            rows.append(("flow", {"width": widest}, label))
    if spec.flows_hollow:
        rows.append(("flow", {"width": FLOW_HOLLOW_PX, "core": FLOW_HOLLOW_CORE_PX}, _HOLLOW))
    if spec.flows_dashed:
        rows.append(("flow", {"width": FLOW_WIDTH_MIN_PX, "dash": "dash"}, _DASHED))
    if spec.flows_unmapped:
        n = spec.flows_unmapped
        days = "on the panels' days" if spec.panels and spec.flows == "day" else when
        label = f"{n} displacement report{'s' * (n != 1)} {days} without a mapped route"
        rows.append(("note", {}, label))
    if not spec.flows_drawn and not spec.flows_unmapped:
        rows.append(("note", {}, f"No displacement reported {when}"))
    return rows


_HOLLOW = "Hollow: no number stated"
_DASHED = (
    "Dashed: one end not stated (a stub arriving from the enclave's side, or leaving the origin)"
)


def legend_sections(spec: LegendSpec) -> list[list[tuple[str, dict, str]]]:
    """The legend rows split at each heading."""
    sections: list[list] = []
    for row in legend_rows(spec):
        if row[0] == "heading":
            sections.append([])
        sections[-1].append(row)
    return sections


def draw_legend(
    canvas: Canvas, x: float, y: float, width: float, size: float, spec, columns: int = 1
) -> float:
    """Draw the legend from (x, y) in ``columns`` columns ``width`` px wide in all;
    returns its height. With two columns, sections alternate between them."""
    sections = legend_sections(spec)
    gap = size * 1.5
    col_w = (width - gap * (columns - 1)) / columns
    heights = []
    for c in range(columns):
        rows = [row for i, sec in enumerate(sections) if i % columns == c for row in sec]
        heights.append(_draw_rows(canvas, x + c * (col_w + gap), y, col_w, size, rows))
    return max(heights)


def _draw_rows(canvas: Canvas, x: float, y: float, width: float, size: float, rows) -> float:
    """One column: all its words in one annotation (plotly spaces lines 1.3 em apart),
    the swatches placed on the lines their labels start on."""
    line_h = size * LINE_SPACING
    swatch = size * 1.05
    text_x = x + swatch + size * 0.6
    chars = canvas.chars(width - (text_x - x), size)
    lines: list[str] = []
    for kind, opts, label in rows:
        if kind == "heading":
            if lines:
                lines.append(" ")
            lines.append(f"<b>{label}</b>")
            continue
        first = len(lines)
        lines.extend(wrap(label, chars))
        mid = y + (first + 0.5) * line_h
        sy = mid - swatch / 2
        if kind == "fill":
            canvas.rect(x, sy, x + swatch, sy + swatch, opts["color"], opts["opacity"])
        elif kind == "hatch":
            canvas.rect(x, sy, x + swatch, sy + swatch, "#9A9A9A", opts["opacity"])
            canvas.hatch(x, sy, swatch, opts["angles"], style.HATCH_COLOR)
        elif kind == "flow":
            width = min(opts["width"], swatch)
            canvas.line(x, mid, x + swatch, mid, style.FLOW_COLOR, width, opts.get("dash", "solid"))
            if opts.get("core"):  # the hollow arrow's white core
                canvas.line(x, mid, x + swatch, mid, "#FFFFFF", opts["core"])
        elif kind == "context":
            color = style.CONTEXT_COLORS.get(opts["kind"], "#000000")
            if opts["kind"] == "citadel":  # the screen's marker: a filled circle
                r = swatch * 0.28
                cx = x + swatch / 2
                canvas.circle(cx - r, mid - r, cx + r, mid + r, color)
            else:
                canvas.line(x, mid, x + swatch, mid, color, 3 if opts["kind"] == "river" else 2.5)
    # Headings share the label column: one annotation cannot indent some lines only.
    canvas.text(text_x, y, "<br>".join(lines), size, MUTED_COLOR)
    return len(lines) * line_h
