"""The page: controls, the map, and the panels beside it (below it on a phone)."""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import PurePath
from typing import Any

import pandas as pd
from dash import dcc, html

from dashboard.app.downloads import public_source
from dashboard.model import Bundle

SPEEDS = {"0.5×": 1600, "1×": 800, "2×": 400, "4×": 200}
DEFAULT_SPEED = 800
QUALITY_TEXT = {
    "schematic": (
        "Schematic boundaries: cells drawn around each gazetteer point, not surveyed "
        "borders. Shapes and areas are approximate; km² figures show proportions, not "
        "survey measurements."
    ),
    "accurate": (
        "Neighbourhood polygons from Columbia University's Center for Spatial Research "
        "(MIT licence). Borders follow the CSR survey; km² figures are computed from them."
    ),
    "custom": "A boundary file supplied by the user; its accuracy is that of its source.",
}
LIMITS = [
    "The map shows what the loaded articles say, nothing more: a district with no "
    "report keeps its last known state.",
    'Dates come from the articles\' own wording ("on Sunday", "overnight") resolved '
    "against their publication date, and can be a day off.",
    "Claims by one side are shown as claimed, not as fact, until another source agrees.",
    "Displacement numbers are the articles' figures; the arrows join district "
    "centres and do not show the routes taken.",
]


def map_legend(max_best: float = 0.0) -> html.Div:
    """The map's key, beside the map rather than over it; patterns drawn in CSS.

    ``max_best``: the largest best estimate of any flow, which the flow widths are
    scaled to (see :func:`dashboard.figures.flow_width`).
    """
    from dashboard.figures import (
        FLOW_HOLLOW_CORE_PX,
        FLOW_HOLLOW_PX,
        FLOW_WIDTH_MAX_PX,
        FLOW_WIDTH_MIN_PX,
        category_index,
        flow_width_rule,
        state_categories,
    )
    from dashboard.model import ACTORS
    from dashboard.style import (
        CONTEXT_COLORS,
        FACTION_COLORS,
        FACTION_LABELS,
        FLOW_COLOR,
        HATCH_COLOR,
        STATUS_LABELS,
        UNKNOWN_COLOR,
    )

    cats = state_categories()

    def swatch(color: str, pattern: str = "") -> html.Span:
        style = {"backgroundColor": color}
        if pattern:
            style["backgroundImage"] = pattern
        return html.Span(className="swatch", style=style)

    def flow_swatch(width: float, dashed: bool = False, core: float = 0.0) -> html.Span:
        # a short horizontal line drawn as the map draws it: width in px, dashes, a core
        line = f"{FLOW_COLOR} 0 5px, transparent 5px 8px" if dashed else f"{FLOW_COLOR} 0 100%"
        layers = [f"repeating-linear-gradient(90deg, {line})"]
        style = {
            "height": f"{width:g}px",
            "backgroundImage": ", ".join(layers),
        }
        if core:
            edge = (width - core) / 2
            style["boxShadow"] = (
                f"inset 0 {edge:g}px 0 {FLOW_COLOR}, inset 0 -{edge:g}px 0 {FLOW_COLOR}"
            )
            style["backgroundImage"] = "none"
            style["backgroundColor"] = "#FFFFFF"
        return html.Span(className="swatch flow", style=style)

    line = f"{HATCH_COLOR} 0 1px, transparent 1px 5px"
    patterns = {
        "assessed": "",
        "claimed": f"repeating-linear-gradient(45deg, {line})",
        "contested": (
            f"repeating-linear-gradient(45deg, {line}), repeating-linear-gradient(-45deg, {line})"
        ),
    }
    held = [html.Li([swatch(FACTION_COLORS[f]), FACTION_LABELS[f]]) for f in ACTORS] + [
        html.Li([swatch(UNKNOWN_COLOR), "No information"])
    ]
    example = "government"
    status = [
        html.Li(
            [swatch(cats[category_index(example, s)]["color"], patterns[s]), text],
            title=STATUS_LABELS[s],
        )
        for s, text in (
            ("assessed", "Assessed (sources agree)"),
            ("claimed", "Claimed by one side or denied"),
            ("contested", "Contested (fighting)"),
        )
    ]
    context = [
        html.Li(
            [
                html.Span(
                    className="swatch outline", style={"borderColor": CONTEXT_COLORS["enclave"]}
                ),
                "Rebel-held enclave at the baseline",
            ]
        ),
        html.Li(
            [
                html.Span(
                    className="swatch line", style={"backgroundColor": CONTEXT_COLORS["river"]}
                ),
                "Queiq river",
            ]
        ),
        html.Li(
            [
                html.Span(
                    className="swatch dot", style={"backgroundColor": CONTEXT_COLORS["citadel"]}
                ),
                "Citadel",
            ]
        ),
    ]
    rule = flow_width_rule(max_best)
    if max_best > 0:
        widths = (
            f"Width ∝ best estimate: {FLOW_WIDTH_MAX_PX:g} px = {max_best:,.0f} people, "
            f"at least {FLOW_WIDTH_MIN_PX:g} px"
        )
    else:
        widths = "Width ∝ best estimate"
    flows = [
        html.Li([flow_swatch(FLOW_WIDTH_MAX_PX / 2), widths], title=rule, id="flow-rule"),
        html.Li(
            [flow_swatch(FLOW_HOLLOW_PX, core=FLOW_HOLLOW_CORE_PX), "Hollow: no number stated"]
        ),
        html.Li(
            [flow_swatch(3, dashed=True), "Dashed: one end not stated"],
            title=(
                "An unstated origin is drawn as a stub arriving from the enclave's side; "
                "an unstated destination as a stub leaving the origin."
            ),
        ),
        html.Li("Labels: numbers as stated; hover an arrow for its source"),
    ]
    return html.Div(
        [
            html.Div([html.Strong("Held by"), html.Ul(held)], className="legend-group"),
            html.Div([html.Strong("Status"), html.Ul(status)], className="legend-group"),
            html.Div([html.Strong("On the map"), html.Ul(context)], className="legend-group"),
            html.Div(
                [html.Strong("People displaced"), html.Ul(flows)],
                className="legend-group legend-flows",
            ),
        ],
        className="legend",
        id="legend",
    )


def map_aspect(layer: Any) -> float:
    """Width over height of the layer's bounding box as the map draws it (Web Mercator),
    so that a phone's map box can take the city's shape instead of a fixed height."""
    minx, miny, maxx, maxy = (float(v) for v in layer.gdf.total_bounds)

    def merc(lat: float) -> float:
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))

    height = merc(maxy) - merc(miny)
    if height <= 0 or maxx <= minx:
        return 4 / 3
    return min(3.0, max(0.5, (maxx - minx) / height))


def largest_flow(bundle: Bundle) -> float:
    """The largest best estimate of any flow: the one drawn at full width."""
    flows = bundle.timeline.flows
    if flows is None or "count_best" not in flows.columns or not len(flows):
        return 0.0
    best = pd.to_numeric(flows["count_best"], errors="coerce").max()
    return 0.0 if pd.isna(best) else float(best)


def month_span(dates: list[dt.date]) -> str:
    """The months the timeline covers: "November 2016", "November–December 2016",
    "December 2016–January 2017"."""
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if (first.year, first.month) == (last.year, last.month):
        return first.strftime("%B %Y")
    if first.year == last.year:
        return f"{first:%B}–{last:%B %Y}"
    return f"{first:%B %Y}–{last:%B %Y}"


def slider_marks(dates: list[dt.date]) -> dict[int, Any]:
    """A mark for every day; a text label on the first day and every Monday."""
    marks: dict[int, Any] = {}
    for i, day in enumerate(dates):
        show = i == 0 or day.weekday() == 0 or i == len(dates) - 1
        marks[i] = {"label": day.strftime("%-d %b") if show else "\u00b7"}
    return marks


COMPARATOR_WORDS = {
    "more_than": "more than",
    "less_than": "less than",
    "about": "about",
    "exactly": "exactly",
}
MEASURE_WORDS = {
    "lost_share": "{who} lost {how} {number} of the area held at the baseline",
    "held_share_of_east": "{who} held {how} {number} of East Aleppo",
    "area_km2": "{who} held {how} {number}",
}


def _number(value: Any, measure: str) -> str:
    """A share as a percentage with one decimal, an area in km²; "" when missing."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(v):
        return ""
    return f"{v:,.1f} km²" if measure == "area_km2" else f"{v:.1%}"


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return str(pd.Timestamp(value).date())
    return str(value)


def claim_as_read(row: dict[str, Any]) -> str:
    """The claim as the check reads it: "rebels lost more than 33.3% of the area held at
    the baseline"."""
    measure = str(row.get("measure", ""))
    number = _number(row.get("value"), measure)
    if not number:
        return ""
    template = MEASURE_WORDS.get(measure, "{who}: {how} {number} (" + measure + ")")
    how = COMPARATOR_WORDS.get(str(row.get("comparator", "")), "")
    text = template.format(who=_text(row.get("faction")) or "they", how=how, number=number)
    return " ".join(text.split())


def check_verdict(
    row: dict[str, Any], computed_key: str = "computed", agrees_key: str = "agrees"
) -> str:
    """ "yes"/"no" with the comparison that decided it, e.g. "no: 39.8% is 6.5 points from
    33.3%; “about” allows 5". The keys pick the map's number: counting claims
    (``computed``) or assessed states only (``computed_assessed``)."""
    agrees = str(row.get(agrees_key, "") or "")
    measure = str(row.get("measure", ""))
    comparator = str(row.get("comparator", ""))
    computed = _number(row.get(computed_key), measure)
    value = _number(row.get("value"), measure)
    if agrees not in ("yes", "no") or not computed or not value:
        return agrees or "not computable"
    if comparator == "more_than":
        sign = ">" if agrees == "yes" else "≤"
        return f"{agrees}: {computed} {sign} {value}"
    if comparator == "less_than":
        sign = "<" if agrees == "yes" else "≥"
        return f"{agrees}: {computed} {sign} {value}"
    try:
        gap = abs(float(row[computed_key]) - float(row["value"]))
        tolerance = float(row.get("tolerance") or 0.0)
    except (TypeError, ValueError, KeyError):
        return agrees
    word = COMPARATOR_WORDS.get(comparator, comparator)
    if measure == "area_km2":
        return (
            f"{agrees}: {computed} is {gap:,.1f} km² from {value}; “{word}” allows {tolerance:,.1f}"
        )
    return (
        f"{agrees}: {computed} is {gap * 100:.1f} points from {value}; "
        f"“{word}” allows {tolerance * 100:g}"
    )


def comparison_rule() -> str:
    """How the checks compare, with the tolerances the timeline uses."""
    try:
        from dashboard.timeline.stats import AREA_TOLERANCE, SHARE_TOLERANCE
    except ImportError:  # the rule is then stated without numbers
        share, area = {}, {}
    else:
        share, area = SHARE_TOLERANCE, AREA_TOLERANCE

    def pts(key: str) -> str:
        return f"{share[key] * 100:g} percentage points" if key in share else "a tolerance"

    def pct(key: str) -> str:
        return f"{area[key] * 100:g}%" if key in area else "a tolerance"

    return (
        "How a claim is checked: “more than” agrees when the map's number is larger, "
        "“less than” when it is smaller; “about” when it is within "
        f"{pts('about')} (areas: within {pct('about')}), “exactly” within "
        f"{pts('exactly')} (areas: {pct('exactly')}). Shares are of the km² the "
        "faction held on the baseline date, or of East Aleppo; contested districts "
        "count for nobody."
    )


CHECK_SHOWN = {
    "date": "Date",
    "claimant": "Who says",
    "phrase": "What the article says",
    "claim": "Read as",
    "computed": "The map, counting claims",
    "agrees": "Agrees?",
    "computed_assessed": "The map, assessed only",
    "agrees_assessed": "Agrees?",
}


def checks_table(checks: pd.DataFrame) -> html.Div:
    """The articles' own numeric claims, as stated and as read, beside the value the map
    computes and the comparison that decided the verdict."""
    if checks is None or not len(checks):
        return html.P("No article makes a numeric claim about the whole.", className="muted")
    cols = [c for c in CHECK_SHOWN if c in checks.columns or c == "claim"]
    header = html.Tr([html.Th(CHECK_SHOWN[c]) for c in cols])
    rows = []
    for row in checks.to_dict("records"):
        measure = str(row.get("measure", ""))
        cells = []
        for c in cols:
            if c == "claim":
                text = claim_as_read(row)
            elif c in ("computed", "computed_assessed"):
                text = _number(row.get(c), measure)
            elif c == "agrees":
                text = check_verdict(row)
            elif c == "agrees_assessed":
                text = check_verdict(row, "computed_assessed", "agrees_assessed")
            elif c == "phrase":
                text = f"“{_text(row.get(c))}”" if _text(row.get(c)) else ""
            else:
                text = _text(row.get(c))
            cells.append(html.Td(text))
        tip = " ".join(_text(row.get(k)) for k in ("basis", "evidence")).strip()
        rows.append(html.Tr(cells, title=tip))
    return html.Div(
        [
            html.Div(
                html.Table([html.Thead(header), html.Tbody(rows)], className="checks"),
                className="table-scroll",
            ),
            html.P(comparison_rule(), className="muted check-rule"),
        ]
    )


# A path inside a message (Unix or Windows, absolute or relative): visitors see only
# its last part, not the server's folders.
_PATH = re.compile(r"""(?:[A-Za-z]:)?[^\s'"“”()<>\[\]]*[\\/][^\s'"“”()<>\[\]]*""")


def _looks_like_path(token: str, parts: list[str]) -> bool:
    # "and/or" is a word; "/srv/x", "C:\\x", "data/bad/", "a/file.txt" are paths
    return (
        token[:1] in ("/", "\\", "~", ".")
        or re.match(r"[A-Za-z]:[\\/]", token) is not None
        or len(parts) > 2
        or (len(parts) == 2 and "." in parts[-1])
        or token.endswith(("/", "\\"))
    )


def public_text(text: str) -> str:
    """``text`` with every file path in it cut to its last part."""

    def last_part(match: re.Match) -> str:
        token = match.group(0)
        tail = re.search(r"[:;,.]+$", token)
        end = tail.group(0) if tail else ""
        core = token[: len(token) - len(end)]
        if "://" in core:  # a link is public already
            return token
        parts = [p for p in re.split(r"[\\/]", core) if p]
        if not parts or not _looks_like_path(core, parts):
            return token
        return parts[-1] + end

    return _PATH.sub(last_part, text)


def skipped_line(err: Any) -> str:
    """One skipped article as the page names it: file name and problem, no folders."""
    path, problem = getattr(err, "path", None), getattr(err, "problem", None)
    if path is not None and problem is not None:
        return f"{PurePath(str(path)).name}: {public_text(str(problem))}"
    return public_text(str(err))


def skipped_notice(bundle: Bundle) -> html.Details | None:
    """A notice naming every article that was left out, and why; one line until opened,
    so that it does not push the map down."""
    if not bundle.skipped:
        return None
    n = len(bundle.skipped)
    return html.Details(
        [
            html.Summary(
                f"{n} article{'s' if n != 1 else ''} could not be read and "
                f"{'are' if n != 1 else 'is'} left out (show which)"
            ),
            html.Ul([html.Li(skipped_line(err)) for err in bundle.skipped]),
        ],
        id="skipped-notice",
        className="notice warning",
        role="status",
    )


def methodology_panel(bundle: Bundle, methodology: str) -> html.Details:
    layer = bundle.layer
    return html.Details(
        [
            html.Summary("Methodology and limits"),
            html.H4("How events are extracted"),
            html.P(
                "Each article is split into sentences. A sentence that names a place in "
                "the gazetteer and reports a capture, fighting, a denial, displacement "
                "or casualties becomes an event, with its date resolved from the "
                "article's wording and publication date, and the speaker it is "
                "attributed to recorded as the claimant. Every colour on the map links "
                "back to these sentences."
            ),
            html.H4("Assessed, claimed, contested"),
            # The rules are rendered from Markdown on request, so the Markdown renderer
            # is not part of the first page load. Project text, not article text; raw
            # HTML stays disabled.
            dcc.Store(id="methodology-text", data=methodology),
            html.Button("Show the rules", id="show-rules", className="btn"),
            html.Div(id="rules", className="methodology-text"),
            html.H4("Boundary layer"),
            html.P(
                [
                    html.Strong(f"In use: {layer.quality}. "),
                    QUALITY_TEXT.get(layer.quality, ""),
                    f" Source: {public_source(layer)}.",
                ]
            ),
            html.H4("Limits"),
            html.Ul([html.Li(t) for t in LIMITS]),
            html.Ul([html.Li(public_text(str(w))) for w in bundle.warnings])
            if bundle.warnings
            else None,
            html.H4("Downloads"),
            html.P(
                "The control downloads are the districts' state on the day shown. The "
                "GeoJSON carries a top-level “metadata” member (date, boundary_quality, "
                "boundary_source, boundary_caveat) and a boundary_quality property on "
                "every feature; the CSV has boundary_quality and boundary_source "
                "columns. boundary_quality is “schematic” (cells around gazetteer "
                "points, not surveyed borders), “accurate” (CSR polygons) or “custom”. "
                "Text cells that a spreadsheet would run as a formula (starting with "
                "=, +, -, @) begin with a single quote."
            ),
        ],
        id="methodology",
        className="panel",
    )


def build_layout(
    bundle: Bundle,
    map_fig: Any,
    area_fig: Any,
    payload: dict[str, Any],
    methodology: str,
    export_formats: list[str],
    export_presets: list[str] | None = None,
) -> html.Div:
    dates = bundle.timeline.dates
    last = max(len(dates) - 1, 0)
    export_controls = []
    if export_formats:
        export_controls = [
            dcc.Dropdown(
                id="export-format",
                options=[{"label": f.upper(), "value": f} for f in export_formats],
                value=export_formats[0],
                clearable=False,
                className="export-format",
            ),
            dcc.Dropdown(
                id="export-preset",
                options=[{"label": p.capitalize(), "value": p} for p in export_presets or []],
                value=(export_presets or [None])[0],
                clearable=False,
                searchable=False,
                className="export-preset",
            ),
            html.Button("Export snapshot", id="export-snapshot", className="btn"),
            dcc.Download(id="download-snapshot"),
        ]
    return html.Div(
        [
            dcc.Location(id="url", refresh=False),
            dcc.Store(id="client", data=payload),
            dcc.Store(id="district", data=None),
            dcc.Store(id="restored", data=None),
            dcc.Interval(id="player", interval=DEFAULT_SPEED, disabled=True),
            html.Header(
                [
                    html.H1(f"East Aleppo, {month_span(dates)}: who held what, day by day"),
                    html.P(
                        "Built only from the loaded news articles. Hover a district for "
                        "its state; click it for every report behind it.",
                        className="subtitle",
                    ),
                ]
            ),
            skipped_notice(bundle),
            html.Div(id="url-notice", className="notice", role="status"),
            html.Div(
                [
                    html.Button("◀", id="step-back", title="Previous day", className="btn"),
                    html.Button("Play", id="play", title="Play / pause", className="btn"),
                    html.Button("▶", id="step-forward", title="Next day", className="btn"),
                    html.Label("Speed", htmlFor="speed", className="speed-label"),
                    dcc.Dropdown(
                        id="speed",
                        options=[{"label": k, "value": v} for k, v in SPEEDS.items()],
                        value=DEFAULT_SPEED,
                        clearable=False,
                        searchable=False,
                        className="speed",
                    ),
                    html.Output(
                        dates[0].strftime("%A %-d %B %Y") if dates else "",
                        id="date-label",
                        className="date-label",
                    ),
                    dcc.Checklist(
                        id="cumulative",
                        options=[{"label": " Cumulative up to this day", "value": "on"}],
                        value=[],
                        className="cumulative",
                    ),
                ],
                className="controls",
            ),
            html.Div(
                dcc.Slider(
                    id="day",
                    min=0,
                    max=last,
                    step=1,
                    value=0,
                    marks=slider_marks(dates),
                    included=False,
                    updatemode="drag",
                    allow_direct_input=False,
                ),
                className="slider-wrap",
            ),
            html.Main(
                [
                    html.Div(
                        [
                            html.Div(
                                [
                                    dcc.Graph(
                                        id="map",
                                        figure=map_fig,
                                        # No mode bar (its reset button would redraw the
                                        # figure from the server's copy) and no wheel
                                        # zoom, so the page scrolls over the map; zoom
                                        # with the buttons beside it, a double click or
                                        # a pinch, drag to pan.
                                        config={"displayModeBar": False, "scrollZoom": False},
                                        className="map-graph",
                                    ),
                                    html.Div(
                                        [
                                            html.Button(
                                                "+",
                                                id="zoom-in",
                                                title="Zoom in",
                                                className="btn map-tool",
                                            ),
                                            html.Button(
                                                "−",
                                                id="zoom-out",
                                                title="Zoom out",
                                                className="btn map-tool",
                                            ),
                                            html.Button(
                                                "Reset view",
                                                id="reset-view",
                                                title="Show the whole city again",
                                                className="btn map-tool",
                                            ),
                                        ],
                                        className="map-tools",
                                        role="group",
                                        **{"aria-label": "Map view"},
                                    ),
                                ],
                                className="map-frame",
                                style={"--map-aspect": f"{map_aspect(bundle.layer):.3f}"},
                            ),
                            map_legend(largest_flow(bundle)),
                        ],
                        className="map-cell",
                    ),
                    html.Div(
                        [
                            html.Section(
                                [
                                    html.Div(
                                        [
                                            html.H2("District history"),
                                            html.Button(
                                                "Clear selection",
                                                id="clear-district",
                                                title="Deselect the district",
                                                className="btn small",
                                                style={"display": "none"},
                                            ),
                                        ],
                                        className="panel-head",
                                    ),
                                    html.Div(
                                        html.P("Click a district on the map.", className="muted"),
                                        id="history",
                                    ),
                                ],
                                className="panel",
                                id="history-panel",
                            ),
                            html.Section(
                                [
                                    html.H2(id="evidence-title", children="Reports"),
                                    html.Div(id="evidence", className="evidence"),
                                ],
                                className="panel",
                            ),
                            html.Section(
                                [
                                    html.H2("Area held and people displaced"),
                                    html.Div(id="displaced", className="displaced"),
                                    dcc.Graph(
                                        id="area",
                                        figure=area_fig,
                                        config={"displaylogo": False, "displayModeBar": False},
                                        className="area-graph",
                                    ),
                                    html.H3("The articles' own numbers, checked against the map"),
                                    checks_table(bundle.timeline.checks),
                                ],
                                className="panel",
                            ),
                            html.Section(
                                [
                                    html.H2("Share and download"),
                                    html.Div(
                                        [
                                            html.Button(
                                                "Copy link", id="copy-link", className="btn"
                                            ),
                                            dcc.Input(
                                                id="link",
                                                readOnly=True,
                                                value="",
                                                className="link",
                                                debounce=True,
                                            ),
                                        ],
                                        className="row",
                                    ),
                                    html.Div(
                                        [
                                            html.Button(
                                                "Control (GeoJSON)",
                                                id="dl-geojson",
                                                className="btn",
                                            ),
                                            html.Button(
                                                "Control (CSV)", id="dl-csv", className="btn"
                                            ),
                                            html.Button(
                                                "Events (CSV)", id="dl-events", className="btn"
                                            ),
                                            dcc.Download(id="download"),
                                            *export_controls,
                                        ],
                                        className="row",
                                    ),
                                ],
                                className="panel",
                            ),
                            methodology_panel(bundle, methodology),
                        ],
                        className="side",
                    ),
                ],
                className="grid",
            ),
        ],
        className="page",
    )
