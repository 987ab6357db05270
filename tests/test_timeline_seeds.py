"""The timeline built from the real articles by the real extractor: the seeds, then the
seeds with later articles, other outlets, claims and counter-claims added."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from dashboard.gazetteer import load_gazetteer, read_baseline
from dashboard.model import UNUSED_COLUMNS
from dashboard.paths import SCHEMATIC_DISTRICTS
from dashboard.pipeline import load_bundle
from dashboard.timeline import district_history
from dashboard.timeline_command import run_build

FOLDERS = Path(__file__).parent / "data" / "timeline"
GAZETTEER = load_gazetteer()
BASELINE = read_baseline()


@pytest.fixture(scope="module", params=["schematic", "csr"])
def seeds(request, seeds_dir):
    """The seeds on the bundled schematic layer and on the CSR polygons (when present)."""
    if request.param == "csr":
        return load_bundle([seeds_dir], request.getfixturevalue("csr_geojson"), "NAME")
    return load_bundle([seeds_dir], SCHEMATIC_DISTRICTS)


def row(bundle, district: str, day: str) -> dict:
    control = bundle.timeline.control
    found = control[
        (control["district"] == district) & (control["date"] == dt.date.fromisoformat(day))
    ]
    assert len(found) == 1, (district, day)
    return found.iloc[0].to_dict()


def days_of(bundle, first: str | None = None):
    start = dt.date.fromisoformat(first) if first else bundle.timeline.dates[0]
    return [d.isoformat() for d in bundle.timeline.dates if d >= start]


def ids(state: dict) -> list[str]:
    return [e for e in state["event_ids"].split(";") if e]


def test_the_seeds_run_from_the_baseline_to_the_last_event(seeds):
    assert seeds.timeline.dates[0] == dt.date(2016, 11, 14)
    assert seeds.timeline.dates[-1] == dt.date(2016, 11, 28)


def test_masaken_hanano_is_contested_from_22_november_and_government_from_26(seeds):
    for day in days_of(seeds):
        state = row(seeds, "Masaken Hanano", day)
        if day < "2016-11-22":
            assert state["status"] != "contested" and state["faction"] == "rebels", day
        elif day < "2016-11-26":
            assert (state["faction"], state["status"]) == ("rebels", "contested"), day
        else:
            assert state["faction"] == "government", day


def test_sheikh_fares_is_kurdish_on_28_november(seeds):
    assert row(seeds, "Sheikh Fares", "2016-11-28")["faction"] == "kurdish"


def test_sakhour_on_28_november_is_disputed_and_cites_the_denial(seeds):
    state = row(seeds, "Sakhour", "2016-11-28")
    assert state["status"] in ("claimed", "contested")
    events = seeds.events.set_index("event_id")
    cited = events.loc[ids(state)]
    assert (cited["event_type"] == "denial").any(), cited[["event_type", "claimant"]]


def test_sheikh_maqsoud_is_kurdish_and_the_west_government_every_day(seeds):
    control = seeds.timeline.control
    assert set(control.loc[control["district"] == "Sheikh Maqsoud", "faction"]) == {"kurdish"}
    west = [m for m in GAZETTEER["West Aleppo"].members if BASELINE[m].faction == "government"]
    drawn = control[control["district"].isin(west)]
    assert not drawn.empty
    assert set(drawn["faction"]) == {"government"}


def test_east_districts_no_article_touches_stay_rebels(seeds):
    named = set(seeds.events["district"]) | set(seeds.events["origin"])
    named |= set(seeds.events["destination"])
    south = GAZETTEER["South of East Aleppo"].members
    untouched = [m for m in south if BASELINE[m].faction == "rebels" and m not in named]
    control = seeds.timeline.control
    rows = control[control["district"].isin(untouched)]
    assert rows["district"].nunique() > 10
    assert set(rows["faction"]) == {"rebels"}
    assert set(rows["status"]) == {"assessed"}


def test_there_are_flows_on_22_26_27_and_28_november_with_the_articles_ranges(seeds):
    flows = seeds.timeline.flows
    days = {d.isoformat() for d in flows["date_start"]} | {d.isoformat() for d in flows["date_end"]}
    assert {"2016-11-22", "2016-11-26", "2016-11-27", "2016-11-28"} <= days
    maqsoud = flows[flows["destination"] == "Sheikh Maqsoud"]
    assert ((maqsoud["count_low"] == 6000) & (maqsoud["count_high"] == 10000)).any()
    # Every end the gazetteer knows is drawn; an article that names no end leaves it empty.
    for end, lon in (("origin", "origin_lon"), ("destination", "dest_lon")):
        known = flows[end].isin(list(GAZETTEER.places))
        assert flows.loc[known, lon].notna().all()
        assert flows.loc[flows[end] == "", lon].isna().all()


def test_sohrs_more_than_a_third_is_checked_against_the_computed_share(seeds):
    checks = seeds.timeline.checks
    third = checks[
        (checks["date"].astype(str) == "2016-11-28")
        & (checks["comparator"] == "more_than")
        & ((checks["value"].astype(float) - 1 / 3).abs() < 0.01)
    ]
    assert len(third) >= 1, checks
    assert third["computed"].notna().all()
    assert set(third["agrees"]) <= {"yes", "no"}
    # Beside it, the share counting assessed states only, its verdict, and the districts
    # each rests on.
    assert third["computed_assessed"].notna().all()
    assert set(third["agrees_assessed"]) <= {"yes", "no"}
    assert (third["computed_assessed"] <= third["computed"]).all()
    for row in third.itertuples():
        assert "counting assessed states only" in row.basis
        assert "Lost on assessed changes: " in row.basis and "Masaken Hanano" in row.basis
        claimed = seeds.timeline.control
        claimed = claimed[
            (claimed["date"] == dt.date(2016, 11, 28)) & (claimed["status"] == "claimed")
        ]
        if row.computed_assessed < row.computed:
            assert "Lost on claims only: " in row.basis
            named = row.basis.split("Lost on claims only: ")[1].split(" (")[0].split(", ")
            assert set(named) <= set(claimed["district"])


def test_one_move_reported_twice_in_an_article_is_one_flow(seeds):
    flows = seeds.timeline.flows
    hanano = flows[
        (flows["origin"] == "Masaken Hanano") & (flows["date_end"] == dt.date(2016, 11, 22))
    ]
    assert len(hanano) == 1, hanano
    # No two flows are reports of the same move: same last day, same stated ends.
    stated = flows[(flows["origin"] != "") & (flows["destination"] != "")]
    keys = list(zip(stated["date_end"], stated["origin"], stated["destination"], strict=True))
    assert len(keys) == len(set(keys))


def test_flows_say_how_each_end_is_drawn(seeds):
    flows = seeds.timeline.flows
    no_origin = flows["origin_lon"].isna() & flows["dest_lon"].notna()
    assert no_origin.any()
    assert set(flows.loc[no_origin, "origin_drawn"]) == {"enclave"}
    assert set(flows.loc[flows["origin_lon"].notna(), "origin_drawn"]) == {"point"}
    no_dest = flows["dest_lon"].isna() & flows["origin_lon"].notna()
    assert set(flows.loc[no_dest, "dest_drawn"]) <= {"stub"}


TABLES = ["checks.csv", "control.csv", "events.csv", "flows.csv", "stats.csv", "unused.csv"]


def test_build_writes_the_tables_byte_identically(seeds_dir, tmp_path):
    first = run_build([seeds_dir], SCHEMATIC_DISTRICTS, None, tmp_path / "one")
    second = run_build([seeds_dir], SCHEMATIC_DISTRICTS, None, tmp_path / "two")
    assert sorted(first) == TABLES
    for name, path in first.items():
        assert path.read_bytes() == second[name].read_bytes(), name
    header = (tmp_path / "one" / "control.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "date,district,faction,status,confidence,event_ids"


def test_a_december_report_from_two_sides_makes_al_shaar_assessed_government(seeds_dir):
    bundle = load_bundle([seeds_dir, FOLDERS / "december_shaar"], SCHEMATIC_DISTRICTS)
    assert row(bundle, "al-Shaar", "2016-12-01")["faction"] == "rebels"
    state = row(bundle, "al-Shaar", "2016-12-02")
    assert (state["faction"], state["status"]) == ("government", "assessed")
    assert len(ids(state)) >= 2


def test_a_rebel_only_retake_is_claimed(seeds_dir):
    bundle = load_bundle([seeds_dir, FOLDERS / "rebel_retake"], SCHEMATIC_DISTRICTS)
    state = row(bundle, "Sakhour", "2016-12-03")
    assert (state["faction"], state["status"]) == ("rebels", "claimed")
    assert row(bundle, "Sakhour", "2016-12-02")["faction"] == "government"


def test_a_monitor_confirming_a_denied_capture_makes_it_assessed(seeds_dir):
    # The monitor's article of 1 December dates the capture 28 November.
    bundle = load_bundle([seeds_dir, FOLDERS / "monitor_confirms"], SCHEMATIC_DISTRICTS)
    state = row(bundle, "Sakhour", "2016-11-28")
    assert (state["faction"], state["status"]) == ("government", "assessed")
    events = bundle.events.set_index("event_id")
    assert (events.loc[ids(state), "event_type"] == "denial").any()
    history = district_history(bundle.timeline, "Sakhour")
    assert history.iloc[-1]["faction"] == "government"


def test_the_order_articles_are_given_in_changes_nothing(seeds_dir, tmp_path):
    folders = [seeds_dir, FOLDERS / "december_shaar", FOLDERS / "rebel_retake"]
    one = run_build(folders, SCHEMATIC_DISTRICTS, None, tmp_path / "one")
    two = run_build(folders[::-1], SCHEMATIC_DISTRICTS, None, tmp_path / "two")
    assert sorted(one) == TABLES
    for name in TABLES:
        assert one[name].read_bytes() == two[name].read_bytes(), name


def _events(out: Path) -> list[dict]:
    with (out / "events.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_reprint_by_another_outlet_cites_both_and_changes_no_state(
    seeds_dir, article_folder, tmp_path
):
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    reprint = article_folder({"reprint.txt": ("2016-12-01", text)}, outlet="Reprint Daily")
    alone = run_build([seeds_dir], SCHEMATIC_DISTRICTS, None, tmp_path / "alone")
    both = run_build([reprint, seeds_dir], SCHEMATIC_DISTRICTS, None, tmp_path / "both")
    # Read once: the same events and states, so the copy adds no corroboration.
    for name in ("control.csv", "flows.csv", "stats.csv", "checks.csv"):
        assert alone[name].read_bytes() == both[name].read_bytes(), name
    rows = [r for r in _events(tmp_path / "both") if r["article"] == seed.name]
    assert rows
    for row in rows:
        assert "Reprint Daily" in row["outlet"] and row["outlet"].index("Reprint Daily") > 0
        assert "https://example.org/reprint.txt" in row["url"]
        assert row["published"] == "2016-11-26"
    assert not any(r["article"] == "reprint.txt" for r in _events(tmp_path / "both"))


def test_articles_sharing_a_file_name_are_told_apart_and_seeds_keep_their_names(
    seeds_dir, article_folder, tmp_path
):
    name = sorted(p.name for p in seeds_dir.glob("*.txt"))[0]
    other = article_folder(
        {name: ("2016-12-02", (FOLDERS / "december_shaar" / "shaar.txt").read_text("utf-8"))},
        name="other",
    )
    run_build([seeds_dir, other], SCHEMATIC_DISTRICTS, None, tmp_path / "out")
    articles = {r["article"] for r in _events(tmp_path / "out")}
    assert name in articles and f"other/{name}" in articles
    assert {p.name for p in seeds_dir.glob("*.txt")} <= articles


def test_an_open_ended_count_keeps_the_displaced_totals_in_order(
    seeds_dir, article_folder, tmp_path
):
    more = article_folder(
        {
            "more.txt": (
                "2016-11-28",
                "More than 10,000 people fled eastern Aleppo on Monday, "
                "the Syrian Observatory for Human Rights said.\n",
            )
        }
    )
    bundle = load_bundle([seeds_dir, more], SCHEMATIC_DISTRICTS)
    flows = bundle.timeline.flows
    opened = flows[(flows["count_low"] == 10000) & flows["count_high"].isna()]
    assert len(opened) == 1, flows
    stats = bundle.timeline.stats
    assert (stats["displaced_low"] <= stats["displaced_best"]).all()
    assert (stats["displaced_best"] <= stats["displaced_high"]).all()
    day = stats.set_index("date").loc[dt.date(2016, 11, 28)]
    assert day["displaced_high_open"] >= 1
    seeds_only = load_bundle([seeds_dir], SCHEMATIC_DISTRICTS).timeline.stats
    before = seeds_only.set_index("date").loc[dt.date(2016, 11, 28)]
    for c in ("low", "best", "high"):
        assert day[f"displaced_{c}"] == before[f"displaced_{c}"] + 10000, c


def test_build_lists_the_events_the_map_does_not_show_and_says_so(
    seeds_dir, article_folder, tmp_path, capsys
):
    undrawn = article_folder(
        {
            "citadel.txt": (
                "2016-11-28",
                "Government forces captured the Aleppo Citadel on Monday, "
                "the Syrian Observatory for Human Rights said.\n",
            )
        }
    )
    written = run_build([seeds_dir, undrawn], SCHEMATIC_DISTRICTS, None, tmp_path / "out")
    with written["unused.csv"].open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == UNUSED_COLUMNS
    citadel = [r for r in rows if r["article"] == "citadel.txt"]
    assert citadel and all(r["reason"] for r in citadel)
    assert "unused.csv" in capsys.readouterr().err


def test_a_december_report_on_one_district_leaves_the_rest_of_the_east_alone(seeds_dir):
    bundle = load_bundle([seeds_dir, FOLDERS / "december_shaar"], SCHEMATIC_DISTRICTS)
    assert row(bundle, "al-Marja", "2016-12-02")["faction"] == "rebels"


def test_build_refuses_an_output_that_is_a_file_and_writes_nothing(seeds_dir, tmp_path):
    target = tmp_path / "taken"
    target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError, match="taken: exists and is not a folder"):
        run_build([seeds_dir], SCHEMATIC_DISTRICTS, None, target)
    assert target.read_text(encoding="utf-8") == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_the_build_command_writes_the_tables_and_names_bad_input(seeds_dir, tmp_path):
    from click.testing import CliRunner

    from dashboard.cli import main

    out = tmp_path / "out"
    args = ["build", str(seeds_dir), "--districts", str(SCHEMATIC_DISTRICTS), "--out", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == TABLES
    missing = tmp_path / "no-such-folder"
    result = CliRunner().invoke(main, ["build", str(missing), "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "aleppo-map: error:" in result.output and "no-such-folder" in result.output
    assert not (tmp_path / "x").exists()
