"""Areas held per day, people displaced so far, and the articles' numbers checked."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from dashboard.gazetteer import FACTIONS
from dashboard.model import CHECK_COLUMNS, CLAIM_COLUMNS, STATS_COLUMNS
from dashboard.timeline.dates import as_date
from dashboard.timeline.places import LayerPlaces

# The gazetteer area that "the east", "the enclave", "the opposition-held area" mean.
EAST_AREA = "East Aleppo"
# How far a computed share may be from the article's number and still "agree": five
# percentage points for "about", one for "exactly"; for areas, 10 and 2 per cent.
SHARE_TOLERANCE = {"about": 0.05, "exactly": 0.01}
AREA_TOLERANCE = {"about": 0.10, "exactly": 0.02}
COMPARATORS = ("about", "more_than", "less_than", "exactly")
MEASURES = ("lost_share", "held_share_of_east", "area_km2")


def held_km2(control: pd.DataFrame, area_km2: pd.Series, districts=None) -> pd.DataFrame:
    """km2 held per day (rows) and faction (columns), optionally within ``districts``.

    A contested district is held by nobody: it counts only in ``contested_km2``, the
    same definition ``aleppo-map info`` uses for the baseline.
    """
    rows = control[control["status"] != "contested"]
    if districts is not None:
        rows = rows[rows["district"].isin(districts)]
    km2 = rows["district"].map(area_km2)
    table = km2.groupby([rows["date"], rows["faction"]]).sum().unstack(fill_value=0.0)
    return table.reindex(columns=list(FACTIONS), fill_value=0.0)


def stats_table(
    control: pd.DataFrame, flows: pd.DataFrame, area_km2: pd.Series, days: list[dt.date]
) -> pd.DataFrame:
    """STATS_COLUMNS, one row per day."""
    held = held_km2(control, area_km2).reindex(days, fill_value=0.0)
    total = float(area_km2.sum())
    out = pd.DataFrame({"date": days})
    for f in FACTIONS:
        out[f"{f}_km2"] = held[f].to_numpy().round(3)
    for f in FACTIONS:
        out[f"{f}_share"] = (held[f].to_numpy() / total if total else 0.0).round(4)
    for f in FACTIONS:
        out[f"{f}_change_km2"] = (held[f].to_numpy() - held[f].iloc[0]).round(3)
    km2 = control["district"].map(area_km2)
    for status in ("contested", "claimed"):
        by_day = km2[control["status"] == status].groupby(control["date"]).sum()
        out[f"{status}_km2"] = by_day.reindex(days, fill_value=0.0).to_numpy().round(3)
    # People displaced so far: each flow counts from the day it ends.
    never = dt.date.max.toordinal()
    ends = np.array([d.toordinal() if d else never for d in flows["date_end"]], dtype=np.int64)
    order = np.array([d.toordinal() for d in days], dtype=np.int64)
    for c in ("low", "high", "best"):
        counts = flows[f"count_{c}"].fillna(0).to_numpy(dtype=np.int64)
        out[f"displaced_{c}"] = [int(counts[ends <= day].sum()) for day in order]
    return out[STATS_COLUMNS]


def _compare(comparator: str, computed: float, value: float, tolerance: float) -> bool:
    if comparator == "more_than":
        return computed > value
    if comparator == "less_than":
        return computed < value
    return abs(computed - value) <= tolerance


def check_table(
    claims: pd.DataFrame | None,
    control: pd.DataFrame,
    places: LayerPlaces,
    days: list[dt.date],
) -> pd.DataFrame:
    """CHECK_COLUMNS: each numeric claim beside what the map computes for its date."""
    if claims is None or claims.empty:
        return pd.DataFrame(columns=CHECK_COLUMNS)
    missing = [c for c in CLAIM_COLUMNS if c not in claims.columns]
    if missing:
        raise ValueError(f"claims table lacks column(s): {', '.join(missing)}")
    area_km2 = places.area_km2
    held = held_km2(control, area_km2)
    east = places.members(EAST_AREA) if EAST_AREA in places.gazetteer else []
    east_held = held_km2(control, area_km2, east)
    east_total = float(area_km2.reindex(east).sum())
    out = []
    for claim in claims[CLAIM_COLUMNS].sort_values("claim_id").itertuples(index=False):
        row = claim._asdict()
        computed, tolerance, agrees, basis = _check(
            claim, held, east_held, east_total, days, places.layer.quality
        )
        row.update(computed=computed, tolerance=tolerance, agrees=agrees, basis=basis)
        out.append(row)
    table = pd.DataFrame(out, columns=CHECK_COLUMNS)
    for c in ("computed", "tolerance"):
        table[c] = table[c].astype("float64")
    return table


def _check(claim, held, east_held, east_total, days, quality) -> tuple:
    """computed, tolerance, agrees ("yes" | "no" | ""), basis."""
    day = as_date(claim.date) or as_date(claim.published)
    faction, measure, comparator = claim.faction, claim.measure, claim.comparator
    try:
        value = float(claim.value)
    except (TypeError, ValueError):
        value = float("nan")
    if faction not in FACTIONS or measure not in MEASURES or comparator not in COMPARATORS:
        return None, None, "", f"not computable: {faction}/{measure}/{comparator}"
    if day is None or day < days[0] or np.isnan(value):
        return None, None, "", "not computable: no value or a date before the baseline"
    note = ""
    if day > days[-1]:
        note = f" (state of {days[-1]}, the last day with events)"
        day = days[-1]
    first, now = held.loc[days[0], faction], held.loc[day, faction]
    on = f"on the {quality} district layer{note}"
    if measure == "lost_share":
        if not first:
            return None, None, "", f"not computable: {faction} held nothing at the baseline"
        computed = (first - now) / first
        basis = f"{faction} held {first:.2f} km2 on {days[0]} and {now:.2f} km2 on {day} {on}"
    elif measure == "held_share_of_east":
        if not east_total:
            return None, None, "", f"not computable: no {EAST_AREA} district on the layer"
        now = east_held.loc[day, faction]
        computed = now / east_total
        basis = f"{faction} held {now:.2f} of the {east_total:.2f} km2 of {EAST_AREA} on {day} {on}"
    else:
        computed = now
        basis = f"{faction} held {now:.2f} km2 on {day} {on}"
    tolerance = 0.0
    if comparator in SHARE_TOLERANCE:
        share = SHARE_TOLERANCE if measure != "area_km2" else AREA_TOLERANCE
        tolerance = share[comparator] * (value if measure == "area_km2" else 1.0)
    agrees = "yes" if _compare(comparator, computed, value, tolerance) else "no"
    return round(computed, 4), round(tolerance, 4), agrees, basis
