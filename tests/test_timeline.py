"""The timeline fold on hand-written event tables: status rules, regions, flows, areas."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from timeline_helpers import cited, claim, event, events, fold, schematic_layer, state

from dashboard.gazetteer import FACTIONS, load_gazetteer, read_baseline
from dashboard.model import (
    CHECK_COLUMNS,
    CONTROL_COLUMNS,
    FLOW_COLUMNS,
    FLOW_EXTRA_COLUMNS,
    STATS_COLUMNS,
    UNUSED_COLUMNS,
)
from dashboard.timeline import district_history, methodology_text
from dashboard.timeline_command import CONTROL_DECIMALS, STATS_DECIMALS, csv_text

BASELINE = read_baseline()
EAST = load_gazetteer()["East Aleppo"].members
WEST = load_gazetteer()["West Aleppo"].members


def test_baseline_only_gives_one_day_of_every_district():
    timeline = fold(events())
    layer = schematic_layer()
    assert timeline.dates == [dt.date(2016, 11, 14)]
    assert list(timeline.control.columns) == CONTROL_COLUMNS
    assert sorted(timeline.control["district"]) == sorted(layer.gdf["district"])
    for row in timeline.control.itertuples():
        base = BASELINE[row.district]
        assert row.faction in FACTIONS
        if base.faction == "contested":
            assert row.status == "contested"
        else:
            assert (row.faction, row.status) == (base.faction, "assessed")
        assert row.event_ids == ""


def test_days_run_from_the_baseline_to_the_last_event_and_rows_are_sorted():
    timeline = fold(
        events(
            event("a-1", "casualties", "Sakhour", "2016-11-20"),
            event("a-2", "displacement", "", "2016-11-21", date_end="2016-11-23"),
        )
    )
    assert timeline.dates[0] == dt.date(2016, 11, 14)
    assert timeline.dates[-1] == dt.date(2016, 11, 23)
    assert len(timeline.dates) == 10
    control = timeline.control
    assert len(control) == 10 * len(schematic_layer().gdf)
    keys = list(zip(control["date"], control["district"], strict=True))
    assert keys == sorted(keys)


def test_independent_sides_make_a_change_assessed_from_its_date_onward():
    timeline = fold(
        events(
            event("a-1", "control_change", "al-Shaar", "2016-12-02", "government", "SOHR"),
            event(
                "b-1",
                "control_change",
                "al-Shaar",
                "2016-12-02",
                "government",
                "Syrian state media",
            ),
        )
    )
    before = state(timeline, "al-Shaar", "2016-12-01")
    after = state(timeline, "al-Shaar", "2016-12-02")
    assert (before["faction"], before["status"]) == ("rebels", "assessed")
    assert (after["faction"], after["status"]) == ("government", "assessed")
    assert cited(after) == ["a-1", "b-1"]
    assert 0 <= after["confidence"] <= 1


def test_a_change_only_the_gaining_side_asserts_is_claimed():
    timeline = fold(
        events(event("a-1", "control_change", "Sakhour", "2016-12-03", "rebels", "rebel official"))
    )
    row = state(timeline, "Sakhour", "2016-12-03")
    assert (row["faction"], row["status"]) == ("rebels", "claimed")
    # Sakhour was rebel-held at the baseline: a rebel claim of it is claimed, not assessed.
    retake = fold(
        events(
            event("a-1", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
            event("b-1", "control_change", "Sakhour", "2016-12-03", "rebels", "rebel official"),
        )
    )
    assert state(retake, "Sakhour", "2016-12-02")["faction"] == "government"
    row = state(retake, "Sakhour", "2016-12-03")
    assert (row["faction"], row["status"]) == ("rebels", "claimed")
    assert row["confidence"] < state(retake, "Sakhour", "2016-12-02")["confidence"]


def test_a_denial_makes_a_change_claimed_and_is_cited_until_a_later_confirmation():
    table = events(
        event(
            "a-1",
            "control_change",
            "Sakhour",
            "2016-11-28",
            "government",
            "Syrian state media",
        ),
        event("a-2", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
        event("a-3", "denial", "Sakhour", "2016-11-28", "government", "rebel official"),
        event(
            "b-1",
            "control_change",
            "Sakhour",
            "2016-11-28",
            "government",
            "SOHR",
            published="2016-12-01",
        ),
    )
    denied = fold(table[table["event_id"] != "b-1"])
    row = state(denied, "Sakhour", "2016-11-28")
    assert (row["faction"], row["status"]) == ("government", "claimed")
    assert "a-3" in cited(row)
    confirmed = fold(table)
    row = state(confirmed, "Sakhour", "2016-11-28")
    assert (row["faction"], row["status"]) == ("government", "assessed")
    assert sorted(cited(row)) == ["a-1", "a-2", "a-3", "b-1"]


def test_a_denial_without_a_change_to_dispute_is_still_cited():
    timeline = fold(
        events(event("a-1", "denial", "al-Marja", "2016-11-20", "government", "rebel official"))
    )
    assert cited(state(timeline, "al-Marja", "2016-11-20")) == ["a-1"]
    assert state(timeline, "al-Marja", "2016-11-20")["faction"] == "rebels"


def test_fighting_makes_a_district_contested_until_a_later_change():
    timeline = fold(
        events(
            event("a-1", "contested", "Masaken Hanano", "2016-11-22", "government", "SOHR"),
            event(
                "b-1",
                "control_change",
                "Masaken Hanano",
                "2016-11-26",
                "government",
                "Syrian state media",
            ),
            event("b-2", "control_change", "Masaken Hanano", "2016-11-26", "government", "SOHR"),
        )
    )
    assert state(timeline, "Masaken Hanano", "2016-11-21")["status"] == "assessed"
    for day in ("2016-11-22", "2016-11-25"):
        row = state(timeline, "Masaken Hanano", day)
        assert (row["faction"], row["status"], cited(row)) == ("rebels", "contested", ["a-1"])
    row = state(timeline, "Masaken Hanano", "2016-11-26")
    assert (row["faction"], row["status"]) == ("government", "assessed")
    history = district_history(timeline, "Masaken Hanano")
    assert [str(d) for d in history["date"]] == ["2016-11-14", "2016-11-22", "2016-11-26"]
    assert list(history.columns) == ["date", "faction", "status", "confidence", "event_ids"]


def test_reports_that_disagree_on_the_same_day_show_the_dispute():
    timeline = fold(
        events(
            event("a-1", "control_change", "Baadeen", "2016-11-27", "government", "SOHR"),
            event("b-1", "control_change", "Baadeen", "2016-11-27", "kurdish", "Kurdish official"),
        )
    )
    row = state(timeline, "Baadeen", "2016-11-27")
    assert (row["faction"], row["status"]) == ("rebels", "contested")
    assert cited(row) == ["a-1", "b-1"]


def test_a_change_over_a_window_counts_from_its_last_day():
    timeline = fold(
        events(
            event(
                "a-1",
                "control_change",
                "Jabal Badro",
                "2016-11-26",
                "government",
                "SOHR",
                date_end="2016-11-27",
            )
        )
    )
    assert state(timeline, "Jabal Badro", "2016-11-26")["faction"] == "rebels"
    assert state(timeline, "Jabal Badro", "2016-11-27")["faction"] == "government"


def test_reports_of_the_same_change_merge_into_one_state():
    timeline = fold(
        events(
            event("a-1", "control_change", "Haidariya", "2016-11-28", "government", "SOHR"),
            event(
                "b-1",
                "control_change",
                "Haidariya",
                "2016-11-29",
                "government",
                "Syrian army",
            ),
        )
    )
    first = state(timeline, "Haidariya", "2016-11-28")
    second = state(timeline, "Haidariya", "2016-11-29")
    assert first["faction"] == second["faction"] == "government"
    assert cited(first) == ["a-1"]
    assert cited(second) == ["a-1", "b-1"]
    assert len(district_history(timeline, "Haidariya")) == 3


def test_region_claims_fill_members_still_held_by_the_losing_side_only():
    timeline = fold(
        events(
            event("a-1", "control_change", "Sheikh Fares", "2016-11-28", "kurdish", "SOHR"),
            event("a-2", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
            event("b-1", "control_change", "North of East Aleppo", "2016-11-28", "government"),
            event("c-1", "control_change", "Hellok", "2016-11-30", "rebels", "rebel official"),
        )
    )
    # District-level evidence wins over the region-level claim.
    assert state(timeline, "Sheikh Fares", "2016-11-28")["faction"] == "kurdish"
    sakhour = state(timeline, "Sakhour", "2016-11-28")
    assert (sakhour["status"], cited(sakhour)) == ("assessed", ["a-2"])
    # A member no article names is claimed, with less confidence than a district report.
    hellok = state(timeline, "Hellok", "2016-11-28")
    assert (hellok["faction"], hellok["status"], cited(hellok)) == (
        "government",
        "claimed",
        ["b-1"],
    )
    assert hellok["confidence"] < sakhour["confidence"]
    # A later report naming the district replaces it.
    assert state(timeline, "Hellok", "2016-11-30")["faction"] == "rebels"
    # Districts outside the area, and those already held by the gainer, are untouched.
    assert state(timeline, "al-Marja", "2016-11-30")["faction"] == "rebels"
    assert state(timeline, "Sheikh Maqsoud", "2016-11-30")["faction"] == "kurdish"


def test_alias_rows_colour_the_polygon_they_are_drawn_as():
    timeline = fold(
        events(event("a-1", "control_change", "Karm al-Beik", "2016-12-06", "government", "SOHR"))
    )
    assert "Karm al-Beik" not in set(timeline.control["district"])
    assert state(timeline, "al-Shaar", "2016-12-06")["faction"] == "government"


def test_events_on_places_the_layer_cannot_draw_change_nothing():
    timeline = fold(
        events(
            event("a-1", "control_change", "Aleppo Citadel", "2016-12-06", "rebels", "SOHR"),
            event("a-2", "control_change", "Nowhere Street", "2016-12-06", "rebels", "SOHR"),
        )
    )
    assert timeline.dates[-1] == dt.date(2016, 12, 6)
    assert not timeline.control["event_ids"].str.contains("a-").any()


def test_flows_keep_ranges_take_the_lowest_figure_and_merge_repeats():
    timeline = fold(
        events(
            event(
                "a-1",
                "displacement",
                "",
                "2016-11-28",
                claimant="Kurdish official",
                origin="North of East Aleppo",
                destination="Sheikh Maqsoud",
                count_low=6000,
                count_high=10000,
            ),
            event(
                "b-1",
                "displacement",
                "",
                "2016-11-28",
                claimant="Kurdish official",
                origin="North of East Aleppo",
                destination="Sheikh Maqsoud",
                count_low=6000,
                count_high=10000,
            ),
            event(
                "c-1",
                "displacement",
                "",
                "2016-11-22",
                origin="Masaken Hanano",
                destination="South of East Aleppo",
            ),
        )
    )
    flows = timeline.flows
    assert list(flows.columns) == [*FLOW_COLUMNS, *FLOW_EXTRA_COLUMNS]
    assert len(flows) == 2
    first, second = flows.iloc[0], flows.iloc[1]
    assert str(first["date_start"]) == "2016-11-22"
    assert pd.isna(first["count_best"]) and first["event_ids"] == "c-1"
    gaz = load_gazetteer()
    assert (first["origin_lon"], first["origin_lat"]) == pytest.approx(
        (gaz["Masaken Hanano"].lon, gaz["Masaken Hanano"].lat), abs=1e-5
    )
    assert (second["count_low"], second["count_high"], second["count_best"]) == (6000, 10000, 6000)
    assert second["event_ids"] == "a-1;b-1"
    # An area's end is the centroid of its members' polygons: inside the city.
    assert 37.1 < second["origin_lon"] < 37.25 and 36.15 < second["origin_lat"] < 36.26
    stats = timeline.stats.set_index("date")
    assert stats.loc[dt.date(2016, 11, 27), "displaced_best"] == 0
    assert stats.loc[dt.date(2016, 11, 28), "displaced_low"] == 6000
    assert stats.loc[dt.date(2016, 11, 28), "displaced_high"] == 10000


def test_stats_add_up_to_the_layer_and_change_from_the_baseline():
    timeline = fold(
        events(event("a-1", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"))
    )
    stats = timeline.stats
    assert list(stats.columns) == STATS_COLUMNS
    layer_km2 = schematic_layer().gdf.to_crs("EPSG:32637").area.sum() / 1e6
    for row in stats.itertuples():
        held = sum(getattr(row, f"{f}_km2") for f in FACTIONS) + row.contested_km2
        assert held == pytest.approx(layer_km2, abs=0.01)
        shares = sum(getattr(row, f"{f}_share") for f in FACTIONS)
        assert shares == pytest.approx(1 - row.contested_km2 / layer_km2, abs=1e-3)
    last = stats.iloc[-1]
    assert last["government_change_km2"] > 0
    assert last["government_change_km2"] == pytest.approx(-last["rebels_change_km2"], abs=1e-3)
    assert stats.iloc[0]["government_change_km2"] == 0


def test_checks_set_the_articles_numbers_beside_the_computed_ones():
    table = events(
        event("a-1", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
        event("a-2", "control_change", "North of East Aleppo", "2016-11-28", "government"),
    )
    claims = pd.DataFrame(
        [
            claim("c1", "2016-11-28", "rebels", "lost_share", "more_than", 1 / 3),
            claim("c2", "2016-11-28", "rebels", "lost_share", "less_than", 0.01),
            claim("c3", "2016-11-28", "government", "held_share_of_east", "about", 0.5),
            claim("c4", "2016-11-28", "", "lost_share", "about", 0.5),
        ]
    )
    timeline = fold(table, claims)
    checks = timeline.checks.set_index("claim_id")
    assert list(timeline.checks.columns) == CHECK_COLUMNS
    stats = timeline.stats.set_index("date")
    base, now = (stats.loc[dt.date(2016, 11, d), "rebels_km2"] for d in (14, 28))
    assert checks.loc["c1", "computed"] == pytest.approx((base - now) / base, abs=1e-3)
    assert checks.loc["c1", "agrees"] == ("yes" if (base - now) / base > 1 / 3 else "no")
    assert checks.loc["c2", "agrees"] == "no"
    assert 0 < checks.loc["c3", "computed"] < 1 and checks.loc["c3", "agrees"] in ("yes", "no")
    assert checks.loc["c4", "agrees"] == "" and "not computable" in checks.loc["c4", "basis"]


def test_same_inputs_give_byte_identical_tables_whatever_the_row_order():
    table = events(
        event("a-1", "contested", "Masaken Hanano", "2016-11-22", "government", "SOHR"),
        event("a-2", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
        event("a-3", "denial", "Sakhour", "2016-11-28", "government", "rebel official"),
        event("b-1", "control_change", "North of East Aleppo", "2016-11-28", "government"),
        event("b-2", "displacement", "", "2016-11-28", origin="Sakhour", destination="al-Shaar"),
    )
    one, two = fold(table), fold(table.iloc[::-1].reset_index(drop=True))
    assert csv_text(one.control, CONTROL_DECIMALS) == csv_text(two.control, CONTROL_DECIMALS)
    assert csv_text(one.stats, STATS_DECIMALS) == csv_text(two.stats, STATS_DECIMALS)
    assert csv_text(one.flows) == csv_text(two.flows)
    text = csv_text(one.control, CONTROL_DECIMALS)
    assert "\r" not in text and text.splitlines()[0] == ",".join(CONTROL_COLUMNS)


def test_bad_tables_are_refused_with_what_is_wrong():
    with pytest.raises(ValueError, match="lacks column"):
        fold(events().drop(columns=["actor"]))
    with pytest.raises(ValueError, match="not a date"):
        fold(events(event("a-1", "control_change", "Sakhour", "28/11/2016", "government")))
    with pytest.raises(ValueError, match="not a district"):
        district_history(fold(events()), "Atlantis")


def test_the_methodology_states_the_rules():
    text = methodology_text()
    for phrase in ("assessed", "claimed", "contested", "EPSG:32637", "lowest figure", "denial"):
        assert phrase in text


def test_fighting_with_no_named_attacker_still_contests_a_district():
    timeline = fold(events(event("a-1", "contested", "Sakhour", "2016-11-27", "", "activists")))
    row = state(timeline, "Sakhour", "2016-11-27")
    assert (row["faction"], row["status"], cited(row)) == ("rebels", "contested", ["a-1"])


def test_on_the_csr_layer_undrawn_districts_stay_out_of_control(csr_geojson):
    from dashboard.geo import load_districts

    layer = load_districts(csr_geojson, "NAME")
    timeline = fold(
        events(
            event("a-1", "control_change", "Ard al-Hamra", "2016-11-27", "government", "SOHR"),
            event("a-2", "control_change", "Jandoul", "2016-11-27", "government", "SOHR"),
        ),
        layer=layer,
    )
    drawn = set(timeline.control["district"])
    assert drawn == set(layer.gdf["district"])
    assert "Ard al-Hamra" not in drawn
    assert "a-1" not in ";".join(timeline.control["event_ids"])
    # Jandoul is an alias drawn on the Ain al-Tal polygon.
    assert state(timeline, "Ain al-Tal", "2016-11-27")["faction"] == "government"
    stats = timeline.stats
    layer_km2 = layer.gdf.to_crs("EPSG:32637").area.sum() / 1e6
    held = stats.iloc[0][["government_km2", "rebels_km2", "kurdish_km2", "contested_km2"]].sum()
    assert held == pytest.approx(layer_km2, abs=0.01)


def test_fighting_reported_for_a_whole_area_contests_no_district():
    timeline = fold(events(event("a-1", "contested", "East Aleppo", "2016-11-27", "government")))
    last = timeline.control[timeline.control["date"] == dt.date(2016, 11, 27)]
    base = fold(events()).control
    assert list(last["status"]) == list(base["status"])
    assert list(last["faction"]) == list(base["faction"])


def test_a_denial_about_a_whole_area_disputes_only_region_level_states():
    timeline = fold(
        events(
            event("a-1", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
            event("a-2", "control_change", "North of East Aleppo", "2016-11-28", "government"),
            event(
                "a-3",
                "denial",
                "North of East Aleppo",
                "2016-11-28",
                "government",
                "rebel official",
            ),
        )
    )
    sakhour = state(timeline, "Sakhour", "2016-11-28")
    assert (sakhour["status"], sakhour["confidence"]) == ("assessed", 0.7)
    hellok = state(timeline, "Hellok", "2016-11-28")
    assert hellok["status"] == "claimed" and "a-3" in cited(hellok)
    undisputed = fold(
        events(event("a-2", "control_change", "North of East Aleppo", "2016-11-28", "government"))
    )
    assert hellok["confidence"] < state(undisputed, "Hellok", "2016-11-28")["confidence"]


def test_front_line_districts_take_the_colour_of_the_enclave_they_belong_to():
    control = fold(events()).control
    contested = [n for n, r in BASELINE.items() if r.faction == "contested"]
    shown = control[control["district"].isin(contested)].set_index("district")
    assert len(shown) > 5
    assert set(shown["status"]) == {"contested"}
    for district, row in shown.iterrows():
        if district in EAST:
            assert row["faction"] == "rebels", district


def test_a_layer_district_without_a_baseline_row_is_refused_by_name():
    from dataclasses import replace

    layer = schematic_layer()
    gdf = layer.gdf.copy()
    gdf.loc[gdf.index[0], "district"] = "Atlantis"
    with pytest.raises(ValueError, match=r"no row for layer district.*Atlantis"):
        fold(events(), layer=replace(layer, gdf=gdf))


def test_a_source_on_no_known_side_does_not_make_a_change_assessed():
    timeline = fold(
        events(
            event("a-1", "control_change", "Sakhour", "2016-11-28", "government", "a shopkeeper")
        )
    )
    assert state(timeline, "Sakhour", "2016-11-28")["status"] == "claimed"


def _flow(eid: str, day: str, origin: str = "", destination: str = "", low=None, high=None, **kw):
    return event(
        eid,
        "displacement",
        "",
        day,
        origin=origin,
        destination=destination,
        count_low=low,
        count_high=high,
        **kw,
    )


def test_two_reports_of_one_move_in_an_article_make_one_flow_citing_both():
    # "Residents fled Masaken Hanano overnight to the south" and "people fled Masaken
    # Hanano": one move, one arrow.
    timeline = fold(
        events(
            _flow(
                "a-1", "2016-11-21", "Masaken Hanano", "South of East Aleppo", date_end="2016-11-22"
            ),
            _flow("a-2", "2016-11-22", "Masaken Hanano"),
        )
    )
    (flow,) = timeline.flows.to_dict("records")
    assert (flow["origin"], flow["destination"]) == ("Masaken Hanano", "South of East Aleppo")
    assert (str(flow["date_start"]), str(flow["date_end"])) == ("2016-11-21", "2016-11-22")
    assert flow["event_ids"] == "a-1;a-2"


def test_reports_of_one_move_from_several_articles_keep_the_widest_stated_range():
    timeline = fold(
        events(
            _flow("a-1", "2016-11-28", "Sakhour", "West Aleppo", 1000, 3000),
            _flow("b-1", "2016-11-28", "Sakhour", "West Aleppo", 2000, 5000),
            _flow("c-1", "2016-11-28", "Sakhour", "", None, None),
        )
    )
    (flow,) = timeline.flows.to_dict("records")
    assert (flow["count_low"], flow["count_high"], flow["count_best"]) == (1000, 5000, 1000)
    assert flow["event_ids"] == "a-1;b-1;c-1"
    # A floor without a ceiling leaves the merged range open above.
    opened = fold(
        events(
            _flow("a-1", "2016-11-28", "Sakhour", "West Aleppo", 1000, 3000),
            _flow("b-1", "2016-11-28", "Sakhour", "West Aleppo", 2000, None),
        )
    )
    (flow,) = opened.flows.to_dict("records")
    assert (flow["count_low"], pd.isna(flow["count_high"]), flow["count_best"]) == (
        1000,
        True,
        1000,
    )


def test_reports_that_differ_in_figures_places_or_day_stay_separate_flows():
    timeline = fold(
        events(
            # Figures that do not overlap: two moves, both counted.
            _flow("a-1", "2016-11-28", "Sakhour", "West Aleppo", 1000, 1000),
            _flow("b-1", "2016-11-28", "Sakhour", "West Aleppo", 5000, 5000),
            # Another origin, another day.
            _flow("c-1", "2016-11-28", "Haidariya", "West Aleppo"),
            _flow("d-1", "2016-11-27", "Sakhour", "West Aleppo", 1000, 1000),
            # Fits both Sakhour flows and the Haidariya one: which move is not said.
            _flow("e-1", "2016-11-28", "", "West Aleppo"),
            # Names no end at all: the same as nothing that names one.
            _flow("f-1", "2016-11-28", "", "", 1000, 1000),
        )
    )
    assert sorted(timeline.flows["event_ids"]) == ["a-1", "b-1", "c-1", "d-1", "e-1", "f-1"]
    stats = timeline.stats.set_index("date")
    assert stats.loc[dt.date(2016, 11, 28), "displaced_low"] == 8000


def test_merging_flows_does_not_depend_on_the_order_of_the_events():
    rows = [
        _flow("a-1", "2016-11-28", "Sakhour", "", 1000, 3000),
        _flow("b-1", "2016-11-28", "Sakhour", "West Aleppo", 2000, 5000),
        _flow("c-1", "2016-11-28", "", "West Aleppo", 2500, None),
        _flow("d-1", "2016-11-28", "Haidariya", "West Aleppo"),
        _flow("e-1", "2016-11-28", "Haidariya", ""),
    ]
    texts = {
        csv_text(fold(events(*order)).flows) for order in (rows, rows[::-1], rows[2:] + rows[:2])
    }
    assert len(texts) == 1


def test_displaced_so_far_keeps_low_best_high_in_order_with_an_open_ended_figure():
    timeline = fold(
        events(
            _flow("a-1", "2016-11-27", "", "West Aleppo", 400, 400),
            _flow("b-1", "2016-11-28", "", "Sheikh Maqsoud", 6000, 10000),
            _flow("c-1", "2016-11-28", "", "West Aleppo", None, 2000),
            # "More than 10,000 fled": a floor and no ceiling.
            _flow("d-1", "2016-11-28", "East Aleppo", "", 10000, None),
        )
    )
    day = timeline.stats.set_index("date").loc[dt.date(2016, 11, 28)]
    assert (day["displaced_low"], day["displaced_best"]) == (16400, 18400)
    # The open-ended flow adds its floor to the high, and is counted as open.
    assert (day["displaced_high"], day["displaced_high_open"]) == (22400, 1)
    before = timeline.stats.set_index("date").loc[dt.date(2016, 11, 27)]
    assert tuple(before[f"displaced_{c}"] for c in ("low", "best", "high", "high_open")) == (
        400,
        400,
        400,
        0,
    )


def test_flows_say_how_the_map_draws_an_end_the_article_leaves_unstated():
    from dashboard.figures import flow_ends

    timeline = fold(
        events(
            _flow("a-1", "2016-11-28", "Sakhour", "West Aleppo"),
            _flow("b-1", "2016-11-28", "", "Sheikh Maqsoud"),
            _flow("c-1", "2016-11-28", "Haidariya", ""),
            _flow("d-1", "2016-11-28", "Atlantis", "Nowhere Street"),
        )
    )
    flows = timeline.flows.set_index("event_ids")
    drawn = {eid: (row.origin_drawn, row.dest_drawn) for eid, row in flows.iterrows()}
    assert drawn == {
        "a-1": ("point", "point"),
        "b-1": ("enclave", "point"),
        "c-1": ("point", "stub"),
        "d-1": ("none", "none"),
    }
    # The same as the map's own rule, which draws an unstated origin from the enclave.
    kinds = {"stated": ("point", "point"), "origin": ("enclave", "point")}
    kinds["destination"] = ("point", "stub")
    for eid, row in flows.iterrows():
        ends = flow_ends(row, enclave=(37.17, 36.2))
        assert (kinds[ends[4]] if ends else ("none", "none")) == drawn[eid], eid
    assert flows.loc["b-1", ["origin_lon", "origin_lat"]].isna().all()


def test_a_change_that_names_no_gainer_contests_the_district_and_is_cited():
    fell = event("a-1", "control_change", "Sakhour", "2016-11-27", "", "SOHR")
    timeline = fold(events(fell))
    assert state(timeline, "Sakhour", "2016-11-26")["status"] == "assessed"
    row = state(timeline, "Sakhour", "2016-11-27")
    assert (row["faction"], row["status"], cited(row)) == ("rebels", "contested", ["a-1"])
    # Reported the same day as a change that names its gainer, it is that change.
    named = event("b-1", "control_change", "Sakhour", "2016-11-27", "government", "SOHR")
    row = state(fold(events(fell, named)), "Sakhour", "2016-11-27")
    assert (row["faction"], row["status"]) == ("government", "assessed")
    assert sorted(cited(row)) == ["a-1", "b-1"]
    # Reported after the change, it is the change already in force.
    later = event("c-1", "control_change", "Sakhour", "2016-11-28", "", "activists")
    timeline = fold(events(named, later))
    row = state(timeline, "Sakhour", "2016-11-28")
    assert (row["faction"], row["status"], cited(row)) == ("government", "assessed", ["b-1", "c-1"])
    assert timeline.unused.empty


def test_every_state_event_the_map_does_not_show_is_listed_with_the_reason():
    timeline = fold(
        events(
            event("a-1", "control_change", "Aleppo Citadel", "2016-12-06", "rebels", "SOHR"),
            event("a-2", "control_change", "Nowhere Street", "2016-12-06", "rebels", "SOHR"),
            event("a-3", "control_change", "Sakhour", "2016-11-01", "government", "SOHR"),
            event("a-4", "contested", "East Aleppo", "2016-11-27", "government", "SOHR"),
            event("a-5", "control_change", "North of East Aleppo", "2016-11-28", "", "SOHR"),
            event("a-6", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
            event("a-7", "casualties", "Sakhour", "2016-11-28"),
        )
    )
    unused = timeline.unused.set_index("event_id")
    assert sorted(unused.index) == ["a-1", "a-2", "a-3", "a-4", "a-5"]
    assert "does not draw" in unused.loc["a-2", "reason"]
    assert "before the baseline" in unused.loc["a-3", "reason"]
    assert "whole area" in unused.loc["a-4", "reason"]
    assert "to whom" in unused.loc["a-5", "reason"]
    assert list(unused.columns) == UNUSED_COLUMNS[1:]


def test_a_region_claim_every_member_overrides_is_listed_as_unused():
    timeline = fold(
        events(
            event("a-1", "control_change", "North of East Aleppo", "2016-11-28", "rebels"),
        )
    )
    (row,) = timeline.unused.to_dict("records")
    assert row["event_id"] == "a-1" and "no district took it" in row["reason"]


def test_a_claimant_on_no_known_side_is_not_counted_as_a_side_of_the_fighting():
    one = fold(events(event("a-1", "contested", "Sakhour", "2016-11-27", "government", "SOHR")))
    two = fold(
        events(
            event("a-1", "contested", "Sakhour", "2016-11-27", "government", "SOHR"),
            event("b-1", "contested", "Sakhour", "2016-11-27", "government", "a shopkeeper"),
        )
    )
    row = state(two, "Sakhour", "2016-11-27")
    assert row["confidence"] == state(one, "Sakhour", "2016-11-27")["confidence"]
    assert cited(row) == ["a-1", "b-1"]
    assert "no known side" in methodology_text()


def test_checks_give_the_share_counting_claims_and_counting_assessed_states_only():
    table = events(
        event("a-1", "control_change", "Sakhour", "2016-11-28", "government", "SOHR"),
        event("a-2", "control_change", "North of East Aleppo", "2016-11-28", "government"),
    )
    claims = pd.DataFrame(
        [
            claim("c1", "2016-11-28", "rebels", "lost_share", "more_than", 0.05),
            claim("c2", "2016-11-28", "government", "held_share_of_east", "about", 0.1),
        ]
    )
    timeline = fold(table, claims)
    checks = timeline.checks.set_index("claim_id")
    km2 = schematic_layer().gdf.set_index("district").to_crs("EPSG:32637").area / 1e6
    control = timeline.control
    base = control[(control["date"] == dt.date(2016, 11, 14)) & (control["faction"] == "rebels")]
    held = set(base.loc[base["status"] != "contested", "district"])
    base_km2 = km2[sorted(held)].sum()
    # Counting assessed states only, the rebels have lost Sakhour alone.
    lost = km2["Sakhour"] / base_km2
    assert checks.loc["c1", "computed_assessed"] == pytest.approx(lost, abs=1e-3)
    assert checks.loc["c1", "computed"] > checks.loc["c1", "computed_assessed"]
    for number, verdict in (("computed", "agrees"), ("computed_assessed", "agrees_assessed")):
        assert checks.loc["c1", verdict] == ("yes" if checks.loc["c1", number] > 0.05 else "no")
        close = abs(checks.loc["c2", number] - 0.1) <= 0.05
        assert checks.loc["c2", verdict] == ("yes" if close else "no")
    basis = checks.loc["c1", "basis"]
    assert "Lost on assessed changes: Sakhour" in basis
    on_claims = control[
        (control["date"] == dt.date(2016, 11, 28)) & (control["status"] == "claimed")
    ]
    lost_on_claims = sorted(set(on_claims["district"]) & held - {"Sakhour"})
    assert "Hellok" in lost_on_claims
    assert f"Lost on claims only: {', '.join(lost_on_claims)} (" in basis
    assert "Held on claims only" in checks.loc["c2", "basis"]
