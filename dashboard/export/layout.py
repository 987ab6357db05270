"""Where the parts of a one-day snapshot go: several arrangements are laid out and the
one that draws the map largest wins.

The map's shape is fixed (the district layer and every flow end, see
:class:`dashboard.figures_vector.Frame`), so on most pages it is bound by one side
and would leave a band of white along the other. The arrangements:

- ``sidebar``: the map at the full height on the left; title, date stamp, legend and
  footer in a column on the right (wide pages: the map gains the header's height);
- ``side``: title and date stamp across the top, the map under them on the left,
  legend and footer in a column on the right;
- ``below``: title and date stamp across the top, the map in the full width, the
  legend in two to four columns under it, the footer at the foot.

Height or width the map cannot use goes first to larger legend type (up to the body
size), then to a summary of the day's changes under the date stamp, and what is left
evenly to the gaps between the parts, never to one blank band.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from dashboard.export import furniture, texts
from dashboard.export.presets import ExportError
from dashboard.figures_vector import Frame

Box = tuple[float, float, float, float]
TITLE_SCALE = 1.7  # of the body size
STAMP_SCALE = 1.2
DECK_SCALE = 1.0
FOOTER_SCALE = 0.78
LINE = furniture.LINE_SPACING  # plotly.js sets the lines of an annotation 1.3 em apart
FOOTER_SPACING = 1.35
MIN_LEGEND_EM = 15  # a legend column narrower than this many body ems wraps too much


@dataclass
class Page:
    """What every arrangement lays out: the page, its type and the words to fit."""

    W: int
    H: int
    base: float  # body type size in px
    title: str
    stamp: str
    deck: str | None  # the day's changes in a sentence, shown where there is room
    spec: furniture.LegendSpec
    sources: str
    credit: str
    extent: tuple[float, float, float, float]

    @property
    def pad(self) -> float:
        return self.base * 1.4

    @property
    def footer_size(self) -> float:
        return self.base * FOOTER_SCALE


@dataclass
class Plan:
    """Where each part goes, in px."""

    kind: str
    map_box: Box
    header: tuple[float, float, float]  # left, top, width
    title: list[str]
    stamp: list[str]
    deck: list[str]
    legend: tuple[float, float, float, int]  # left, top, width, columns
    legend_size: float
    footer: tuple[float, float]  # left, top
    footer_lines: list[str]
    scale: float  # the map's px per Mercator unit: what the arrangements compete on
    footer_most: int = 3  # lines of sources at most


def wrap_px(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width`` px (measured in DejaVu Sans)."""
    from dashboard.figures_vector import text_width

    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _footer(page: Page, width: float, most: int) -> list[str]:
    """The sources (at most ``most`` lines: the full list is in the events table) and
    the credit line, wrapped to ``width`` px."""
    size = page.footer_size
    lines = wrap_px(page.sources, width, size)
    if len(lines) > most:
        lines = [*lines[: most - 1], texts.fit_text(" ".join(lines[most - 1 :]), width, size)]
    return lines + wrap_px(page.credit, width, size)


def _footer_height(lines: list[str], page: Page) -> float:
    return len(lines) * page.footer_size * FOOTER_SPACING


def _legend_height(page: Page, width: float, size: float, columns: int) -> float:
    probe = furniture.Canvas(page.W, page.H)
    return furniture.draw_legend(probe, 0, 0, width, size, page.spec, columns)


def _header(page: Page, width: float) -> tuple[list[str], list[str], float]:
    """Title and stamp lines at ``width``, and the height they take with the gap after."""
    b = page.base
    title = wrap_px(page.title, width, b * TITLE_SCALE, bold=True)
    stamp = wrap_px(page.stamp, width, b * STAMP_SCALE)
    height = len(title) * b * TITLE_SCALE * LINE + b * 0.1
    height += len(stamp) * b * STAMP_SCALE * LINE + b * 0.6
    return title, stamp, height


def _deck(page: Page, width: float, spare: float) -> tuple[list[str], float]:
    """The deck's lines and height if they fit in ``spare`` px (else none)."""
    if not page.deck:
        return [], 0.0
    lines = wrap_px(page.deck, width, page.base * DECK_SCALE)
    height = len(lines) * page.base * DECK_SCALE * LINE + page.base * 0.6
    if len(lines) > 3 or height + page.base > spare:
        return [], 0.0
    return lines, height


def _column(
    page: Page, width: float, height: float, header: bool
) -> tuple[float, list, list, list, float, float] | None:
    """A right-hand column of ``width`` x ``height`` px: (legend size, title, stamp,
    deck, legend top offset, spare px), or None if legend and footer do not fit."""
    b = page.base
    title, stamp, head_h = _header(page, width) if header else ([], [], 0.0)
    footer = _footer(page, width, 6)
    room = height - head_h - _footer_height(footer, page) - b
    for step in range(8):  # the largest legend type that fits, body size at most
        size = b * (1.0 - 0.04 * step)
        legend_h = _legend_height(page, width, size, 1)
        if legend_h <= room:
            break
    else:
        return None
    deck, deck_h = _deck(page, width, room - legend_h) if header else ([], 0.0)
    return size, title, stamp, deck, head_h + deck_h, room - legend_h - deck_h


def _side(page: Page, sidebar: bool) -> Plan | None:
    """Map on the left, a column on the right (with the header when ``sidebar``)."""
    W, H, b, pad = page.W, page.H, page.base, page.pad
    gap = b * 1.6
    if sidebar:
        title, stamp, top = [], [], pad
    else:
        title, stamp, head_h = _header(page, W - 2 * pad)
        top = pad + head_h
    inner_h = H - pad - top
    natural = inner_h * Frame.aspect(page.extent)
    col = min(max(W - 2 * pad - gap - natural, b * 17), b * 30)
    if sidebar:  # the date stamp on one line: a date broken over two reads badly
        from dashboard.figures_vector import text_width

        col = max(col, text_width(page.stamp, b * STAMP_SCALE) + 2)
    fitted = _column(page, col, inner_h, header=sidebar)
    if fitted is None:
        return None
    size, col_title, col_stamp, deck, legend_dy, spare = fitted
    map_w = min(natural, W - 2 * pad - gap - col)
    if map_w < b * 10:
        return None
    left = (W - (map_w + gap + col)) / 2  # map and column side by side, centred as a group
    box = (left, top, left + map_w, H - pad)
    col_x = left + map_w + gap
    footer = _footer(page, col, 6)
    if sidebar:
        header = (col_x, pad, col)
        title, stamp = col_title, col_stamp
    else:
        header = (pad, pad, W - 2 * pad)
    # the column's spare height between legend and footer, a third above the legend
    legend_top = top + legend_dy + (spare / 3 if sidebar else 0)
    return Plan(
        kind="sidebar" if sidebar else "side",
        map_box=box,
        header=header,
        title=title,
        stamp=stamp,
        deck=deck,
        legend=(col_x, legend_top, col, 1),
        legend_size=size,
        footer=(col_x, H - pad - _footer_height(footer, page)),
        footer_lines=footer,
        scale=Frame.fit(page.extent, box).scale,
        footer_most=6,
    )


def _below(page: Page, columns: int) -> Plan | None:
    """Header across the top, map in the full width, legend in ``columns`` under it."""
    W, H, b, pad = page.W, page.H, page.base, page.pad
    gap = b
    width = W - 2 * pad
    if width / columns < b * MIN_LEGEND_EM:
        return None
    title, stamp, head_h = _header(page, width)
    top = pad + head_h
    footer = _footer(page, width, 3)
    footer_h = _footer_height(footer, page)
    size = b * 0.88
    legend_h = _legend_height(page, width, size, columns)
    avail = H - pad - footer_h - gap - legend_h - gap - top
    if avail < b * 8:
        return None
    frame = Frame.fit(page.extent, (pad, top, W - pad, top + avail))
    map_h = frame.y1 - frame.y0
    spare = avail - map_h
    while spare > 1 and size < b:  # larger legend type while the page has room
        bigger = min(size * 1.04, b)
        grown = _legend_height(page, width, bigger, columns)
        if grown - legend_h > spare:
            break
        spare -= grown - legend_h
        size, legend_h = bigger, grown
    deck, deck_h = _deck(page, width, spare)
    spare -= deck_h
    share = max(spare, 0) / 3  # the rest evenly above the map, below it, above the footer
    map_top = top + deck_h + share
    box = (pad, map_top, W - pad, map_top + map_h)
    return Plan(
        kind=f"below{columns}",
        map_box=box,
        header=(pad, pad, width),
        title=title,
        stamp=stamp,
        deck=deck,
        legend=(pad, box[3] + gap + share, width, columns),
        legend_size=size,
        footer=(pad, H - pad - footer_h),
        footer_lines=footer,
        scale=frame.scale,
    )


def plan_layout(page: Page) -> Plan:
    """The arrangement that draws the map largest."""
    plans = [_side(page, sidebar=True), _side(page, sidebar=False)]
    plans += [_below(page, columns) for columns in (1, 2, 3, 4)]
    found = [p for p in plans if p is not None]
    if not found:  # a small custom size: smaller type
        small = dataclasses.replace(page, base=page.base * 0.8)
        found = [p for p in (_below(small, 1), _below(small, 2)) if p is not None]
    if not found:
        raise ExportError(
            f"{page.W}x{page.H} px leaves no room for the map beside its legend and "
            "credits: use a larger size (480x320 or more)"
        )
    best = max(p.scale for p in found)
    # Within half a percent of the largest map, the plan that also fits the day's
    # summary and the larger legend type (the first such, in the order above).
    return max(found, key=lambda p: (round(p.scale / best * 200), bool(p.deck), p.legend_size))


def draw(canvas: furniture.Canvas, page: Page, plan: Plan) -> None:
    """Title, stamp, deck, legend and footer of ``page`` where ``plan`` puts them. The
    words are wrapped here, so one plan serves every day of a series."""
    b = page.base
    x, y, width = plan.header
    title, stamp, _ = _header(page, width)
    # bold per line: plotly.js does not carry a <b> across a line break
    canvas.text(x, y, "<br>".join(f"<b>{t}</b>" for t in title), b * TITLE_SCALE)
    y += len(title) * b * TITLE_SCALE * LINE + b * 0.1
    canvas.text(x, y, "<br>".join(stamp), b * STAMP_SCALE, furniture.MUTED_COLOR)
    y += len(stamp) * b * STAMP_SCALE * LINE + b * 0.6
    if plan.deck and page.deck:
        deck = wrap_px(page.deck, width, b * DECK_SCALE)
        canvas.text(x, y, "<br>".join(deck), b * DECK_SCALE, furniture.TEXT_COLOR)
    lx, ly, legend_w, columns = plan.legend
    furniture.draw_legend(canvas, lx, ly, legend_w, plan.legend_size, page.spec, columns)
    footer_w = legend_w if plan.kind.startswith("side") else page.W - 2 * page.pad
    footer = _footer(page, footer_w, plan.footer_most)
    top = page.H - page.pad - _footer_height(footer, page)
    canvas.text(plan.footer[0], top, "<br>".join(footer), page.footer_size, furniture.MUTED_COLOR)


def series_page(pages: list[Page]) -> Page:
    """One page standing for every day of a series (``--all-dates``, ``--animate``):
    the longest of each day's words and a legend with every row any day needs, so one
    plan fits them all and the map stays put from frame to frame."""
    from dashboard.figures_vector import text_width

    def longest(texts: list[str | None], size: float) -> str | None:
        found = [t for t in texts if t]
        return max(found, key=lambda t: text_width(t, size)) if found else None

    first = pages[0]
    b = first.base
    return dataclasses.replace(
        first,
        stamp=longest([p.stamp for p in pages], b * STAMP_SCALE) or first.stamp,
        deck=longest([p.deck for p in pages], b * DECK_SCALE),
        spec=furniture.LegendSpec.union([p.spec for p in pages]),
        sources=longest([p.sources for p in pages], first.footer_size) or first.sources,
        credit=longest([p.credit for p in pages], first.footer_size) or first.credit,
    )
