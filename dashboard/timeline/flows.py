"""Displacement events as flows between places, with their ranges and a best count."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from dashboard.model import FLOW_COLUMNS
from dashboard.timeline.dates import as_date, effect_date
from dashboard.timeline.places import LayerPlaces

_KEY = ["date_start", "date_end", "origin", "destination", "count_low", "count_high"]


def _count(value) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else round(number)


def best_count(low: int | None, high: int | None) -> int | None:
    """The count used everywhere a single number is needed: the lowest figure given.

    This is the conservative rule ACLED uses; when an article gives a single figure
    (as a floor or a ceiling) that figure is the best count. No figure, no count.
    """
    figures = [c for c in (low, high) if c is not None]
    return min(figures) if figures else None


def _name(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _sort_key(key: tuple) -> tuple:
    first, last, origin, dest, low, high = key
    never = dt.date.min
    return (first or never, last or never, origin, dest, low or -1, high or -1)


def flow_table(events: pd.DataFrame, places: LayerPlaces) -> pd.DataFrame:
    """FLOW_COLUMNS: one row per distinct flow; reports of the same flow are merged."""
    rows: dict[tuple, list[str]] = {}
    moves = events[events["event_type"] == "displacement"]
    columns = ["event_id", "date_start", "date_end", "published", "origin", "destination"]
    columns += ["count_low", "count_high"]
    for eid, start, end, published, origin, dest, low, high in zip(
        *(moves[c].tolist() for c in columns), strict=True
    ):
        first = as_date(start) or as_date(published)
        last = effect_date("displacement", start, end, published)
        key = (first, last, _name(origin), _name(dest), _count(low), _count(high))
        rows.setdefault(key, []).append(str(eid))
    out = []
    for key in sorted(rows, key=_sort_key):
        first, last, origin, dest, low, high = key
        o = places.point(origin) or (None, None)
        d = places.point(dest) or (None, None)
        ids = ";".join(sorted(dict.fromkeys(rows[key])))
        out.append([first, last, origin, dest, low, high, best_count(low, high), *o, *d, ids])
    table = pd.DataFrame(out, columns=FLOW_COLUMNS)
    for c in ("count_low", "count_high", "count_best"):
        table[c] = table[c].astype("Int64")
    for c in ("origin_lon", "origin_lat", "dest_lon", "dest_lat"):
        table[c] = table[c].astype("float64")
    return table
