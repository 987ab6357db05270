"""Properties of the fold that hold for any event table."""

from __future__ import annotations

import datetime as dt

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
    ),
    max_size=25,
)


def table(drawn):
    base = dt.date(2016, 11, 14)
    return events(
        *(
            event(
                f"a{i:02d}-1",
                kind,
                place if kind != "displacement" else "",
                (base + dt.timedelta(days=day)).isoformat(),
                actor,
                claimant,
                published=(base + dt.timedelta(days=day + lag)).isoformat(),
                origin=place if kind == "displacement" else "",
            )
            for i, (kind, place, day, lag, actor, claimant) in enumerate(drawn)
        )
    )


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
    two = fold(table(drawn).sample(frac=1, random_state=seed))
    assert csv_text(one.control, CONTROL_DECIMALS) == csv_text(two.control, CONTROL_DECIMALS)
    assert csv_text(one.flows) == csv_text(two.flows)
