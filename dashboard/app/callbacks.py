"""Callbacks. Stepping through days runs in the browser (``assets/app.js``); the server
only answers what needs the full tables: the URL on load, a district's history, and
downloads. Every server callback checks its inputs and does nothing on junk.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pandas as pd
from dash import ClientsideFunction, Dash, Input, Output, State, ctx, html
from dash.exceptions import PreventUpdate

from dashboard.app.downloads import control_csv, control_geojson_text, csv_text
from dashboard.figures import map_figure
from dashboard.model import (
    CONTROL_COLUMNS,
    EVENT_COLUMNS,
    EVENT_EXTRA_COLUMNS,
    Bundle,
    DistrictLayer,
)

log = logging.getLogger("dashboard.app")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def valid_day(value: Any, n_dates: int) -> int:
    """The slider value if it is a day index in range; otherwise stop the callback."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < n_dates:
        raise PreventUpdate
    return value


def is_cumulative(value: Any) -> bool:
    return isinstance(value, list) and "on" in value


def district_resolver(layer: DistrictLayer) -> Callable[[str], str | None]:
    """Any gazetteer spelling ("Sakhur", "al-Sakhour") -> the map district it is drawn as."""
    from dashboard.gazetteer import load_gazetteer
    from dashboard.geo import district_of

    gazetteer = load_gazetteer()
    districts = set(layer.gdf["district"])

    def resolve(spelling: str) -> str | None:
        if spelling in districts:
            return spelling
        canonical = gazetteer.lookup(spelling)
        return district_of(canonical, gazetteer, layer) if canonical else None

    return resolve


def resolve_url(
    search: Any,
    dates: list[dt.date],
    districts: set[str],
    resolve_district: Callable[[str], str | None] | None = None,
) -> tuple[int, str | None, list[str]]:
    """Day index and district from ``?date=&district=``, with notices for what was fixed.

    A date not written YYYY-MM-DD (``20161121`` included) or not a real day falls back
    to the first day; an out-of-range date to the nearest day. A district is found by
    any gazetteer spelling (``resolve_district``, default: exact names only) and
    otherwise ignored. Each says so in a notice.
    """
    notices: list[str] = []
    if not isinstance(search, str) or not dates:
        return 0, None, notices
    params = parse_qs(search.lstrip("?"), keep_blank_values=True)
    day = 0
    raw_date = params.get("date", [None])[0]
    if raw_date is not None:
        wanted = None
        # YYYY-MM-DD only: Python would also read "20161121" or "2016-W47-1", but the
        # link's documented form is the one a reader can check by eye
        if ISO_DAY.fullmatch(raw_date.strip()):
            try:
                wanted = dt.date.fromisoformat(raw_date.strip())
            except ValueError:
                wanted = None
        if wanted is None:
            notices.append(
                f"The date “{raw_date[:40]}” in the link is not a YYYY-MM-DD date; "
                f"showing {dates[0].isoformat()}."
            )
        else:
            nearest = min(range(len(dates)), key=lambda i: abs((dates[i] - wanted).days))
            day = nearest
            if dates[nearest] != wanted:
                notices.append(
                    f"{wanted.isoformat()} is outside the map's range "
                    f"({dates[0].isoformat()} to {dates[-1].isoformat()}); showing the "
                    f"nearest day, {dates[nearest].isoformat()}."
                )
    district = None
    raw_district = params.get("district", [None])[0]
    if raw_district:
        resolve = resolve_district or (lambda name: name if name in districts else None)
        district = resolve(raw_district.strip())
        if district not in districts:
            district = None
            notices.append(f"No district called “{raw_district[:60]}” on this map; ignored.")
    return day, district, notices


def shown_events(bundle: Bundle, day: dt.date, cumulative: bool) -> pd.DataFrame:
    """The events the evidence panel lists for ``day`` (or everything up to it)."""
    events = bundle.events
    start = pd.to_datetime(events["date_start"], errors="coerce").dt.date
    end = pd.to_datetime(events["date_end"], errors="coerce").dt.date
    end = end.where(end.notna(), start)
    if cumulative:
        mask = start.notna() & (start <= day)
    else:
        mask = start.notna() & (start <= day) & (end >= day)
    cols = [c for c in EVENT_COLUMNS + EVENT_EXTRA_COLUMNS if c in events.columns]
    return events.loc[mask, cols]


def control_on(bundle: Bundle, day: dt.date) -> pd.DataFrame:
    control = bundle.timeline.control
    rows = control[pd.to_datetime(control["date"]).dt.date == day]
    return rows[CONTROL_COLUMNS].sort_values("district")


def control_geojson(bundle: Bundle, day: dt.date) -> str:
    """The districts with their state on ``day``, as GeoJSON text, with the boundary
    layer's quality, source and caveat (see :mod:`dashboard.app.downloads`)."""
    rows = control_on(bundle, day).set_index("district")
    gdf = bundle.layer.gdf[["district", "name_ar", "area_km2", "geometry"]].copy()
    for col in ("faction", "status", "confidence", "event_ids"):
        gdf[col] = gdf["district"].map(rows[col]).fillna("")
    gdf["date"] = day.isoformat()
    return control_geojson_text(gdf.to_json(drop_id=True), bundle.layer, day.isoformat())


def register_callbacks(
    app: Dash, bundle: Bundle, *, naive: bool = False, export: Any = None
) -> None:
    dates = bundle.timeline.dates
    n = len(dates)
    districts = set(bundle.layer.gdf["district"])
    resolve_district = district_resolver(bundle.layer)

    app.clientside_callback(
        ClientsideFunction("aleppo", "render"),
        Output("evidence", "children"),
        Output("evidence-title", "children"),
        Output("date-label", "children"),
        Output("displaced", "children"),
        Input("day", "value"),
        Input("cumulative", "value"),
        Input("district", "data"),
        State("client", "data"),
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "history"),
        Output("history", "children"),
        Output("clear-district", "style"),
        Input("district", "data"),
        State("client", "data"),
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "pick"),
        Output("district", "data", allow_duplicate=True),
        Input("map", "clickData"),
        State("district", "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "clearDistrict"),
        Output("district", "data", allow_duplicate=True),
        Input("clear-district", "n_clicks"),
        prevent_initial_call=True,
    )
    # The notice about a link that had to be fixed up goes once the reader moves on.
    app.clientside_callback(
        ClientsideFunction("aleppo", "clearNotice"),
        Output("url-notice", "children", allow_duplicate=True),
        Input("day", "value"),
        Input("district", "data"),
        State("restored", "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "step"),
        Output("day", "value", allow_duplicate=True),
        Output("player", "disabled"),
        Output("play", "children"),
        Input("step-back", "n_clicks"),
        Input("step-forward", "n_clicks"),
        Input("player", "n_intervals"),
        Input("play", "n_clicks"),
        State("day", "value"),
        State("client", "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "speed"),
        Output("player", "interval"),
        Input("speed", "value"),
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "rules"),
        Output("rules", "children"),
        Output("show-rules", "style"),
        Input("show-rules", "n_clicks"),
        State("methodology-text", "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("aleppo", "copyLink"),
        Output("link", "value"),
        Input("copy-link", "n_clicks"),
        State("day", "value"),
        State("district", "data"),
        State("client", "data"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output("day", "value", allow_duplicate=True),
        Output("district", "data", allow_duplicate=True),
        Output("url-notice", "children"),
        Output("restored", "data"),
        Input("url", "search"),
        prevent_initial_call="initial_duplicate",
    )
    def restore_from_url(search: Any):
        day, district, notices = resolve_url(search, dates, districts, resolve_district)
        notice = [html.P(t) for t in notices] or None
        return day, district, notice, {"day": day, "district": district}

    @app.callback(
        Output("download", "data"),
        Input("dl-geojson", "n_clicks"),
        Input("dl-csv", "n_clicks"),
        Input("dl-events", "n_clicks"),
        State("day", "value"),
        State("cumulative", "value"),
        prevent_initial_call=True,
    )
    def download(_g: Any, _c: Any, _e: Any, day_value: Any, cumulative: Any):
        day = dates[valid_day(day_value, n)]
        which = ctx.triggered_id
        stamp = day.isoformat()
        if which == "dl-geojson":
            return {
                "content": control_geojson(bundle, day),
                "filename": f"aleppo-control-{stamp}.geojson",
                "type": "application/geo+json",
            }
        if which == "dl-csv":
            return {
                "content": control_csv(control_on(bundle, day), bundle.layer),
                "filename": f"aleppo-control-{stamp}.csv",
                "type": "text/csv",
            }
        if which == "dl-events":
            cum = is_cumulative(cumulative)
            scope = "to" if cum else "on"
            return {
                "content": csv_text(shown_events(bundle, day, cum)),
                "filename": f"aleppo-events-{scope}-{stamp}.csv",
                "type": "text/csv",
            }
        raise PreventUpdate

    if export is not None:

        @app.callback(
            Output("download-snapshot", "data"),
            Input("export-snapshot", "n_clicks"),
            State("export-format", "value"),
            State("export-preset", "value"),
            State("day", "value"),
            State("cumulative", "value"),
            State("district", "data"),
            prevent_initial_call=True,
        )
        def snapshot(
            _n: Any, fmt: Any, preset: Any, day_value: Any, cumulative: Any, district: Any
        ):
            day = dates[valid_day(day_value, n)]
            if not isinstance(fmt, str) or fmt not in export.formats:
                raise PreventUpdate
            if not isinstance(preset, str) or preset not in export.presets:
                raise PreventUpdate
            district = district if isinstance(district, str) and district in districts else None
            try:
                name, content = export.render(
                    bundle, day, fmt, is_cumulative(cumulative), district, preset
                )
            except ValueError as exc:  # the exporter's own refusal (ExportError)
                log.warning("snapshot export refused: %s", exc)
                raise PreventUpdate from exc
            encoded = base64.b64encode(content).decode("ascii")
            return {"content": encoded, "filename": name, "base64": True}

    if naive:
        static = app._aleppo_static  # type: ignore[attr-defined]

        @app.callback(
            Output("map", "figure"),
            Input("day", "value"),
            Input("cumulative", "value"),
            Input("district", "data"),
            prevent_initial_call=True,
        )
        def rebuild_map(day_value: Any, cumulative: Any, district: Any):
            i = valid_day(day_value, n)
            day = dates[i]
            flows = bundle.timeline.flows
            cum = is_cumulative(cumulative)
            visible = [
                (f["d0"] <= i) if cum else (f["d0"] <= i <= f["d1"]) for f in static["flows"]
            ]
            from dashboard.figures import day_state

            fig = map_figure(
                static["geojson"],
                day_state(bundle.timeline.control, day),
                flows,
                static["context"],
                highlight=district if isinstance(district, str) and district in districts else None,
                hatch=static["hatch"],
                labels=static["labels"],
                view=static["view"],
                events=bundle.events,
                flow_visible=visible,
                show_legend=False,
            )
            fig.update_layout(meta={"day": i})  # lets the page tell which day it drew
            return fig
