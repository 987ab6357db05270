"""The timeline model: who holds each district each day, flows of people, areas, checks.

``build_timeline`` folds the extracted events onto the baseline, on one district layer;
the rules it follows are written once, in ``dashboard/methodology.md``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from dashboard.gazetteer import BaselineRow, Gazetteer, baseline_date
from dashboard.model import (
    CONTROL_COLUMNS,
    EVENT_COLUMNS,
    UNUSED_COLUMNS,
    DistrictLayer,
    Timeline,
)
from dashboard.timeline.baseline import baseline_states
from dashboard.timeline.control import NOT_TAKEN, STATE_EVENTS, control_table, place_reports
from dashboard.timeline.dates import as_date, day_range
from dashboard.timeline.flows import flow_table
from dashboard.timeline.places import LayerPlaces
from dashboard.timeline.stats import check_table, stats_table

METHODOLOGY_MD = Path(__file__).resolve().parent.parent / "methodology.md"

__all__ = ["build_timeline", "district_history", "methodology_text"]


def last_event_date(events: pd.DataFrame) -> dt.date | None:
    """The latest date any event carries (its end, else its start, else its article's)."""
    dates = [as_date(v) for c in ("date_end", "date_start") for v in events[c].tolist()]
    dates = [d for d in dates if d] or [d for d in map(as_date, events["published"]) if d]
    return max(dates) if dates else None


def build_timeline(
    events: pd.DataFrame,
    baseline: dict[str, BaselineRow],
    layer: DistrictLayer,
    gazetteer: Gazetteer,
    claims: pd.DataFrame | None = None,
) -> Timeline:
    """Fold ``events`` (EVENT_COLUMNS) onto the baseline, one state per day x district."""
    missing = [c for c in EVENT_COLUMNS if c not in events.columns]
    if missing:
        raise ValueError(f"events table lacks column(s): {', '.join(missing)}")
    places = LayerPlaces(gazetteer, layer)
    first = baseline_date(baseline)
    last = last_event_date(events)
    days = day_range(first, max(first, last) if last else first)
    bases = baseline_states(places.districts, baseline, gazetteer)
    reports, left_out = place_reports(events, places, first)
    control = control_table(places.districts, bases, reports, days, places.area_km2)
    flows = flow_table(events, places)
    stats = stats_table(control, flows, places.area_km2, days)
    checks = check_table(claims, control, places, days)
    unused = unused_table(events, control, left_out, places)
    return Timeline(
        control=control, flows=flows, stats=stats, checks=checks, dates=days, unused=unused
    )


def unused_table(
    events: pd.DataFrame, control: pd.DataFrame, left_out: dict[str, str], places: LayerPlaces
) -> pd.DataFrame:
    """UNUSED_COLUMNS: every control, fighting or denial event no district's state cites.

    Nothing is dropped silently: each such event is listed with the reason the map does
    not show it, sorted by publication date, article and event id.
    """
    cited: set[str] = set()
    for ids in control["event_ids"].unique():
        cited.update(ids.split(";"))
    rows = events[events["event_type"].isin(STATE_EVENTS) & ~events["event_id"].isin(cited)]
    out = []
    for eid, article, published, etype, district, place_text in zip(
        *(rows[c].tolist() for c in ("event_id", "article", "published", "event_type")),
        *(rows[c].tolist() for c in ("district", "place_text")),
        strict=True,
    ):
        place = str(district or place_text or "")
        reason = left_out.get(str(eid))
        if reason is None:
            reason = NOT_TAKEN if places.is_area(place) else "no district's state cites it"
        out.append((str(published), str(article), str(eid), etype, place, reason))
    out.sort()
    return pd.DataFrame(
        [(eid, article, etype, place, reason) for _, article, eid, etype, place, reason in out],
        columns=UNUSED_COLUMNS,
    )


def district_history(timeline: Timeline, district: str) -> pd.DataFrame:
    """The days ``district``'s state changed: date, faction, status, confidence, event_ids."""
    rows = timeline.control[timeline.control["district"] == district]
    if rows.empty:
        raise ValueError(f"{district!r} is not a district of this timeline's layer")
    state = rows[CONTROL_COLUMNS[2:]]
    changed = (state != state.shift()).any(axis=1)
    return rows.loc[changed, ["date", *CONTROL_COLUMNS[2:]]].reset_index(drop=True)


def methodology_text() -> str:
    """The methodology the app shows, as markdown."""
    return METHODOLOGY_MD.read_text(encoding="utf-8")
