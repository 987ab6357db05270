"""Areas held per day, people displaced so far, and the articles' numbers checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
    for column, values in displaced_so_far(flows, days).items():
        out[column] = values
    return out[STATS_COLUMNS]


def flow_contributions(flows: pd.DataFrame) -> dict[str, np.ndarray]:
    """What each flow adds to the cumulative low, best and high, and whether its high is open.

    low: its floor (none given: 0, nobody is sure to have moved). best: its best count
    (the lowest figure it gives). high: its ceiling; a flow that gives a floor and no
    ceiling ("more than 10,000") has no known high, so it adds its floor and is counted
    in ``open``. A flow without any figure adds nothing: the totals count the people the
    articles put a number on. Per flow low <= best <= high, so the sums keep that order.
    """

    def ints(column: str) -> tuple[np.ndarray, np.ndarray]:
        values = flows[column].astype("Float64")
        known = values.notna().to_numpy(dtype=bool)
        return values.fillna(0).to_numpy(dtype=np.int64), known

    low, has_low = ints("count_low")
    high, has_high = ints("count_high")
    best, _ = ints("count_best")
    open_high = has_low & ~has_high
    return {
        "low": low,
        "best": best,
        "high": np.where(has_high, high, low),
        "open": open_high.astype(np.int64),
    }


def displaced_so_far(flows: pd.DataFrame, days: list[dt.date]) -> dict[str, list[int]]:
    """displaced_low / _best / _high / _high_open per day, each flow from its last day."""
    never = dt.date.max.toordinal()
    ends = np.array(
        [as_date(d).toordinal() if as_date(d) else never for d in flows["date_end"]],
        dtype=np.int64,
    )
    parts = flow_contributions(flows)
    out = {}
    for name, column in (
        ("low", "displaced_low"),
        ("high", "displaced_high"),
        ("best", "displaced_best"),
        ("open", "displaced_high_open"),
    ):
        counts = parts[name]
        out[column] = [int(counts[ends <= day.toordinal()].sum()) for day in days]
    return out


def _compare(comparator: str, computed: float, value: float, tolerance: float) -> bool:
    if comparator == "more_than":
        return computed > value
    if comparator == "less_than":
        return computed < value
    return abs(computed - value) <= tolerance


def assessed_view(control: pd.DataFrame) -> pd.DataFrame:
    """The control table with claims set aside: what the assessed states alone say.

    A district whose state rests on a claim only keeps the state it had before the claim
    (the last assessed or contested state, or the baseline), as if the claim had not
    been made.
    """
    view = control[["date", "district", "faction", "status"]].copy()
    claimed = (view["status"] == "claimed").to_numpy()
    if claimed.any():
        view["faction"] = view["faction"].where(~claimed)
        view["status"] = view["status"].where(~claimed)
        # Rows are sorted by date within each district, so a forward fill carries the
        # state from before the claim; the baseline row is never a claim.
        view[["faction", "status"]] = view.groupby("district", sort=False)[
            ["faction", "status"]
        ].ffill()
    return view


@dataclass(frozen=True)
class _Day:
    """Which districts a faction holds on one day, with claims (``held``) and without."""

    held: frozenset[str]
    held_assessed: frozenset[str]
    contested: frozenset[str]  # contested on this day, counting assessed states only


class _Checker:
    def __init__(self, control: pd.DataFrame, places: LayerPlaces, days: list[dt.date]):
        self.days = days
        self.km2 = places.area_km2.to_dict()
        self.quality = places.layer.quality
        self.east = set(places.members(EAST_AREA)) if EAST_AREA in places.gazetteer else set()
        self.by_day = {
            day: (rows, assessed)
            for (day, rows), (_, assessed) in zip(
                control.groupby("date", sort=True),
                assessed_view(control).groupby("date", sort=True),
                strict=True,
            )
        }

    def area(self, districts) -> float:
        return float(sum(self.km2[d] for d in districts))

    def day(self, day: dt.date, faction: str) -> _Day:
        rows, assessed = self.by_day[day]

        def held(frame: pd.DataFrame) -> frozenset[str]:
            mask = (frame["faction"] == faction) & (frame["status"] != "contested")
            return frozenset(frame.loc[mask, "district"])

        contested = frozenset(assessed.loc[assessed["status"] == "contested", "district"])
        return _Day(held(rows), held(assessed), contested)

    def listing(self, label: str, districts) -> str:
        names = sorted(districts)
        if not names:
            return ""
        return f" {label}: {', '.join(names)} ({self.area(names):.2f} km2)."


def check_table(
    claims: pd.DataFrame | None,
    control: pd.DataFrame,
    places: LayerPlaces,
    days: list[dt.date],
) -> pd.DataFrame:
    """CHECK_COLUMNS: each numeric claim beside what the map computes for its date.

    Each is computed twice: counting every state the map colours (``computed``), and
    counting assessed states only (``computed_assessed``); ``basis`` names the districts
    on which the two differ, and those contested.
    """
    if claims is None or claims.empty:
        return pd.DataFrame(columns=CHECK_COLUMNS)
    missing = [c for c in CLAIM_COLUMNS if c not in claims.columns]
    if missing:
        raise ValueError(f"claims table lacks column(s): {', '.join(missing)}")
    checker = _Checker(control, places, days)
    out = []
    for claim in (
        claims[CLAIM_COLUMNS].sort_values("claim_id", kind="stable").itertuples(index=False)
    ):
        row = claim._asdict()
        row.update(_check(claim, checker))
        out.append(row)
    table = pd.DataFrame(out, columns=CHECK_COLUMNS)
    for c in ("computed", "tolerance", "computed_assessed"):
        table[c] = table[c].astype("float64")
    return table


def _not_computable(basis: str) -> dict:
    return dict(
        computed=None,
        tolerance=None,
        agrees="",
        basis=f"not computable: {basis}",
        computed_assessed=None,
        agrees_assessed="",
    )


def _check(claim, checker: _Checker) -> dict:
    """computed, tolerance, agrees, basis, computed_assessed, agrees_assessed."""
    days = checker.days
    day = as_date(claim.date) or as_date(claim.published)
    faction, measure, comparator = claim.faction, claim.measure, claim.comparator
    try:
        value = float(claim.value)
    except (TypeError, ValueError):
        value = float("nan")
    if faction not in FACTIONS or measure not in MEASURES or comparator not in COMPARATORS:
        return _not_computable(f"{faction}/{measure}/{comparator}")
    if day is None or day < days[0] or np.isnan(value):
        return _not_computable("no value or a date before the baseline")
    note = ""
    if day > days[-1]:
        note = f" (state of {days[-1]}, the last day with events)"
        day = days[-1]
    first, now = checker.day(days[0], faction), checker.day(day, faction)
    on = f"on the {checker.quality} district layer{note}"
    scope = checker.east if measure == "held_share_of_east" else None

    def within(districts) -> set[str]:
        return set(districts) if scope is None else set(districts) & scope

    held, held_assessed = within(now.held), within(now.held_assessed)
    km2, km2_assessed = checker.area(held), checker.area(held_assessed)
    with_claims = "counting claims"
    assessed_only = "counting assessed states only"
    if measure == "lost_share":
        base = checker.area(first.held)
        if not base:
            return _not_computable(f"{faction} held nothing at the baseline")
        computed, computed_assessed = (base - km2) / base, (base - km2_assessed) / base
        basis = (
            f"{faction} held {base:.2f} km2 on {days[0]}; on {day} {km2:.2f} km2 {with_claims}, "
            f"{km2_assessed:.2f} km2 {assessed_only}, {on}."
        )
        lost = first.held - now.held_assessed
        basis += checker.listing("Lost on assessed changes", lost - now.contested)
        basis += checker.listing("Contested, so held by nobody", lost & now.contested)
        basis += checker.listing("Lost on claims only", now.held_assessed - now.held)
        basis += checker.listing("Held on claims only", now.held - now.held_assessed)
        basis += checker.listing("Gained on assessed changes", now.held_assessed - first.held)
    else:
        if measure == "held_share_of_east":
            total = checker.area(checker.east)
            if not total:
                return _not_computable(f"no {EAST_AREA} district on the layer")
            computed, computed_assessed = km2 / total, km2_assessed / total
            where = f" of the {total:.2f} km2 of {EAST_AREA}"
        else:
            computed, computed_assessed = km2, km2_assessed
            where = ""
        basis = (
            f"{faction} held {km2:.2f} km2{where} on {day} {with_claims}, "
            f"{km2_assessed:.2f} km2 {assessed_only}, {on}."
        )
        basis += checker.listing("Held on claims only", held - held_assessed)
        basis += checker.listing("Lost on claims only", held_assessed - held)
        contested = now.contested if scope is None else now.contested & scope
        basis += checker.listing("Contested, so held by nobody", contested)
    tolerance = 0.0
    if comparator in SHARE_TOLERANCE:
        share = SHARE_TOLERANCE if measure != "area_km2" else AREA_TOLERANCE
        tolerance = share[comparator] * (value if measure == "area_km2" else 1.0)

    def verdict(number: float) -> str:
        return "yes" if _compare(comparator, number, value, tolerance) else "no"

    return dict(
        computed=round(computed, 4),
        tolerance=round(tolerance, 4),
        agrees=verdict(computed),
        basis=basis,
        computed_assessed=round(computed_assessed, 4),
        agrees_assessed=verdict(computed_assessed),
    )
