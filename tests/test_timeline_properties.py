"""Properties of the fold that hold for any event table."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from timeline_helpers import event, events, fold, schematic_layer

from dashboard.gazetteer import FACTIONS
from dashboard.model import STATUSES
from dashboard.timeline_command import CONTROL_DECIMALS, csv_text

PLACES = ["Sakhour", "Haidariya", "Karm al-Beik", "North of East Aleppo", "East Aleppo", "Atlantis"]
CLAIMANTS = ["", "SOHR", "Syrian state media", "rebel official", "Kurdish official", "UN"]
TYPES = ["control_change", "contested", "denial", "displacement"]

rows = st.lists(
    st.tuples(
        st.sampled_from(TYPES),
        st.sampled_from(PLACES),
        st.integers(0, 20),  # day after the baseline
        st.integers(0, 3),  # publication lag
        st.sampled_from([*FACTIONS, ""]),
        st.sampled_from(CLAIMANTS),
        st.sampled_from([None, 400, 2000, 6000, 10000]),  # a flow's floor
        st.sampled_from([None, 0, 1000, 4000]),  # how far above it the ceiling is
        st.sampled_from(["", "West Aleppo", "Sheikh Maqsoud"]),  # a flow's destination
    ),
    max_size=25,
)


def table(drawn):
    base = dt.date(2016, 11, 14)
    rows = []
    for i, (kind, place, day, lag, actor, claimant, low, above, dest) in enumerate(drawn):
        flow = kind == "displacement"
        high = None if above is None else (low or 0) + above
        rows.append(
            event(
                f"a{i:02d}-1",
                kind,
                "" if flow else place,
                (base + dt.timedelta(days=day)).isoformat(),
                actor,
                claimant,
                published=(base + dt.timedelta(days=day + lag)).isoformat(),
                origin=place if flow else "",
                destination=dest if flow else "",
                count_low=low if flow else None,
                count_high=high if flow else None,
            )
        )
    return events(*rows)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, st.integers(0, 1000))
def test_every_day_of_every_district_has_one_valid_state_and_order_does_not_matter(drawn, seed):
    one = fold(table(drawn))
    control = one.control
    assert len(control) == len(one.dates) * len(schematic_layer().gdf)
    assert set(control["faction"]) <= set(FACTIONS)
    assert set(control["status"]) <= set(STATUSES)
    assert control["confidence"].between(0, 1).all()
    assert (control["confidence"].round(2) == control["confidence"]).all()
    # Every denial on a district the layer draws is cited on some day.
    cited = set(";".join(control["event_ids"]).split(";"))
    for i, (kind, place, *_) in enumerate(drawn):
        if kind == "denial" and place in ("Sakhour", "Haidariya", "Karm al-Beik"):
            assert f"a{i:02d}-1" in cited
    # Nothing vanishes: every state event is cited by some district, or listed as unused.
    unused = set(one.unused["event_id"])
    for i, (kind, *_) in enumerate(drawn):
        if kind != "displacement":
            assert (f"a{i:02d}-1" in cited) != (f"a{i:02d}-1" in unused), (i, kind)
    # Every report of a move is in exactly one flow.
    in_flows = ";".join(one.flows["event_ids"]).split(";") if len(one.flows) else []
    moves = [f"a{i:02d}-1" for i, row in enumerate(drawn) if row[0] == "displacement"]
    assert sorted(in_flows) == sorted(moves)
    two = fold(table(drawn).sample(frac=1, random_state=seed))
    assert csv_text(one.control, CONTROL_DECIMALS) == csv_text(two.control, CONTROL_DECIMALS)
    assert csv_text(one.flows) == csv_text(two.flows)
    assert csv_text(one.stats) == csv_text(two.stats)
    assert csv_text(one.unused) == csv_text(two.unused)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_people_displaced_so_far_keep_low_best_high_in_order_and_never_fall(drawn):
    timeline = fold(table(drawn))
    stats = timeline.stats
    low, best, high = (stats[f"displaced_{c}"] for c in ("low", "best", "high"))
    assert (low <= best).all() and (best <= high).all()
    for column in ("displaced_low", "displaced_best", "displaced_high", "displaced_high_open"):
        assert stats[column].is_monotonic_increasing
    # Each merged flow keeps low <= best <= high, an open ceiling counting as above all.
    flows = timeline.flows
    for flow in flows.itertuples():
        figures = [c for c in (flow.count_low, flow.count_high) if c is not pd.NA]
        if figures:
            assert flow.count_best == min(figures)
        if flow.count_low is not pd.NA and flow.count_high is not pd.NA:
            assert flow.count_low <= flow.count_best <= flow.count_high
