"""The page: controls, the map, and the panels beside it (below it on a phone)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd
from dash import dcc, html

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


def map_legend() -> html.Div:
    """The map's key, beside the map rather than over it; patterns drawn in CSS."""
    from dashboard.figures import category_index, state_categories
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
        html.Li(
            [
                html.Span(className="swatch line thick", style={"backgroundColor": FLOW_COLOR}),
                "Displaced: width ∝ best estimate, label = stated range",
            ]
        ),
        html.Li(
            [
                html.Span(className="swatch line dashed", style={"borderColor": FLOW_COLOR}),
                "Dashed: the article names one end only (origin: somewhere in the enclave)",
            ]
        ),
    ]
    return html.Div(
        [
            html.Div([html.Strong("Held by"), html.Ul(held)], className="legend-group"),
            html.Div([html.Strong("Status"), html.Ul(status)], className="legend-group"),
            html.Div([html.Strong("On the map"), html.Ul(context)], className="legend-group"),
        ],
        className="legend",
        id="legend",
    )


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


def _fmt(value: Any, measure: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:,.1f} km²" if measure == "area_km2" else f"{value:.0%}"
    if isinstance(value, (dt.date, pd.Timestamp)):
        return str(pd.Timestamp(value).date())
    return str(value)


CHECK_SHOWN = {
    "date": "Date",
    "claimant": "Who says",
    "phrase": "What the article says",
    "value": "Their number",
    "computed": "The map's number",
    "agrees": "Agrees?",
}


def checks_table(checks: pd.DataFrame) -> html.Div:
    """The articles' own numeric claims beside the value the map computes."""
    if checks is None or not len(checks):
        return html.P("No article makes a numeric claim about the whole.", className="muted")
    cols = [c for c in CHECK_SHOWN if c in checks.columns]
    header = html.Tr([html.Th(CHECK_SHOWN[c]) for c in cols])
    rows = []
    for row in checks.to_dict("records"):
        measure = str(row.get("measure", ""))
        cells = [html.Td(_fmt(row[c], measure if c in ("value", "computed") else "")) for c in cols]
        tip = " ".join(str(row.get(k) or "") for k in ("basis", "evidence")).strip()
        rows.append(html.Tr(cells, title=tip))
    return html.Div(
        html.Table([html.Thead(header), html.Tbody(rows)], className="checks"),
        className="table-scroll",
    )


def skipped_notice(bundle: Bundle) -> html.Div | None:
    """A visible notice naming every article that was left out, and why."""
    if not bundle.skipped:
        return None
    return html.Div(
        [
            html.Strong(f"{len(bundle.skipped)} article(s) could not be read and are left out:"),
            html.Ul([html.Li(str(err)) for err in bundle.skipped]),
        ],
        id="skipped-notice",
        className="notice warning",
        role="alert",
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
                    f" Source: {layer.attribution or layer.source}.",
                ]
            ),
            html.H4("Limits"),
            html.Ul([html.Li(t) for t in LIMITS]),
            html.Ul([html.Li(w) for w in bundle.warnings]) if bundle.warnings else None,
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
                            dcc.Graph(
                                id="map",
                                figure=map_fig,
                                # no mode bar: pan and zoom with mouse or touch; its reset
                                # button would redraw the figure from the server's copy
                                config={"displayModeBar": False, "scrollZoom": True},
                                className="map-graph",
                            ),
                            map_legend(),
                        ],
                        className="map-cell",
                    ),
                    html.Div(
                        [
                            html.Section(
                                [
                                    html.H2("District history"),
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
