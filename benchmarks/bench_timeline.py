"""Timeline fold: 10,000 events over 150 districts and 40 days.

The districts are a synthetic 15 x 10 grid of 400 m squares near Aleppo with their own
gazetteer (three named areas) and baseline; the events are a seeded random mix of every
type, claimant side, region-level claims and denials. Times ``build_timeline`` end to end
(control, flows, stats and checks), best and median of several runs.

    .venv/bin/python benchmarks/bench_timeline.py [--events 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

import geopandas as gpd
import pandas as pd
from common import write_section
from shapely.geometry import box

from dashboard.gazetteer import BaselineRow, Gazetteer, Place
from dashboard.model import CLAIM_COLUMNS, EVENT_COLUMNS, DistrictLayer
from dashboard.timeline import build_timeline

BUDGET_S = 1.0
N_DISTRICTS, N_DAYS = 150, 40
START = dt.date(2016, 11, 14)
CLAIMANTS = ["SOHR", "Syrian state media", "rebel official", "Kurdish official", "UN", ""]
FACTIONS = ["government", "rebels", "kurdish"]


def synthetic_inputs(n_events: int, seed: int = 7):
    rng = random.Random(seed)
    names = [f"D{i:03d}" for i in range(N_DISTRICTS)]
    cells = [
        box(x * 400, y * 400, (x + 1) * 400, (y + 1) * 400) for y in range(10) for x in range(15)
    ]
    metric = gpd.GeoSeries(cells, crs="EPSG:32637").translate(330000, 4005000)
    wgs = metric.to_crs("EPSG:4326")
    gdf = gpd.GeoDataFrame(
        {"district": names, "name_ar": "", "area_km2": metric.area / 1e6},
        geometry=wgs.values,
        crs="EPSG:4326",
    )
    layer = DistrictLayer(gdf, "custom", "synthetic grid", "synthetic")
    places = [
        Place(n, "neighbourhood", "", (), (), c.y, c.x, "", "", (), "", "grid")
        for n, c in zip(names, metric.centroid.to_crs("EPSG:4326"), strict=True)
    ]
    areas = {"North": names[:75], "South": names[75:], "East": names[::2]}
    places += [
        Place(a, "area", "", (), (), 36.2, 37.15, "", "", tuple(m), "", "grid")
        for a, m in areas.items()
    ]
    gazetteer = Gazetteer(places)
    baseline = {
        n: BaselineRow(START, n, rng.choice([*FACTIONS, "rebels", "contested"]), "high", "", "")
        for n in names
    }
    rows = []
    for i in range(n_events):
        kind = rng.choices(
            ["control_change", "contested", "denial", "displacement", "casualties"],
            weights=[5, 2, 1, 1, 1],
        )[0]
        day = START + dt.timedelta(days=rng.randrange(1, N_DAYS))
        place = rng.choice(names) if rng.random() > 0.03 else rng.choice(list(areas))
        row = dict.fromkeys(EVENT_COLUMNS, "")
        row.update(
            event_id=f"a{i // 20:04d}-e{i % 20:02d}",
            article=f"a{i // 20:04d}.txt",
            published=(day + dt.timedelta(days=rng.randrange(3))).isoformat(),
            event_type=kind,
            date_start=day.isoformat(),
            district=place if kind != "displacement" else "",
            actor=rng.choice(FACTIONS),
            claimant=rng.choice(CLAIMANTS),
        )
        if kind == "displacement":
            low = rng.randrange(100, 5000)
            row.update(
                origin=place, destination=rng.choice(names), count_low=low, count_high=low * 2
            )
        rows.append(row)
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    claim = dict.fromkeys(CLAIM_COLUMNS, "")
    claim.update(
        claim_id="c1",
        date=(START + dt.timedelta(days=20)).isoformat(),
        faction="rebels",
        measure="lost_share",
        comparator="more_than",
        value=1 / 3,
    )
    return events, baseline, layer, gazetteer, pd.DataFrame([claim])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    events, baseline, layer, gazetteer, claims = synthetic_inputs(args.events)
    build_timeline(events, baseline, layer, gazetteer, claims=claims)  # warm caches, imports
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        timeline = build_timeline(events, baseline, layer, gazetteer, claims=claims)
        times.append(time.perf_counter() - t0)
    best, median = min(times), statistics.median(times)
    verdict = "within" if median <= BUDGET_S else "OVER"
    body = (
        f"`build_timeline` on {len(events):,} events, {N_DISTRICTS} districts, "
        f"{len(timeline.dates)} days ({len(timeline.control):,} control rows, "
        f"{len(timeline.flows):,} flows), {args.runs} runs after one warm-up.\n\n"
        "| events | districts | days | best (s) | median (s) | budget (s) |\n"
        "|---:|---:|---:|---:|---:|---:|\n"
        f"| {len(events):,} | {N_DISTRICTS} | {len(timeline.dates)} | {best:.3f} | "
        f"{median:.3f} | {BUDGET_S:.1f} |\n\n"
        f"Median {verdict} the {BUDGET_S:.0f} s budget."
    )
    write_section("timeline", "Timeline fold", body)


if __name__ == "__main__":
    main()
