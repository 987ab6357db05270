"""A small hand-made Bundle for export tests: six square districts and four days.

The control table below is test input, not a result: it exercises every faction,
status and a flow, so the exporter can be checked without the rest of the pipeline.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pandas as pd
import shapely

from dashboard.model import (
    CONTROL_COLUMNS,
    EVENT_COLUMNS,
    EVENT_EXTRA_COLUMNS,
    FLOW_COLUMNS,
    Bundle,
    DistrictLayer,
    Timeline,
)

DAYS = [dt.date(2016, 11, 14) + dt.timedelta(days=i) for i in range(4)]
# name, Arabic name, column, row of a 3x2 grid of 0.02-degree squares
DISTRICTS = [
    ("Masaken Hanano", "مساكن هنانو", 0, 0),
    ("Sakhour", "الصاخور", 1, 0),
    ("Haidariya", "الحيدرية", 2, 0),
    ("Sheikh Khodr", "الشيخ خضر", 0, 1),
    ("Sheikh Fares", "الشيخ فارس", 1, 1),
    ("Bustan al-Qasr", "بستان القصر", 2, 1),
]
CELL = 0.02
ORIGIN = (37.15, 36.19)

# (day index, district) -> (faction, status, event ids); unspecified rows keep the day before.
CHANGES = {
    (0, "Masaken Hanano"): ("rebels", "assessed", ""),
    (0, "Sakhour"): ("rebels", "assessed", ""),
    (0, "Haidariya"): ("rebels", "assessed", ""),
    (0, "Sheikh Khodr"): ("rebels", "assessed", ""),
    (0, "Sheikh Fares"): ("rebels", "assessed", ""),
    (0, "Bustan al-Qasr"): ("government", "assessed", ""),
    (1, "Sakhour"): ("rebels", "contested", "e1"),
    (2, "Sakhour"): ("government", "claimed", "e2"),
    (2, "Masaken Hanano"): ("government", "assessed", "e1;e3"),
    (3, "Sakhour"): ("government", "assessed", "e2;e4"),
    (3, "Haidariya"): ("government", "assessed", "e4"),
    (3, "Sheikh Khodr"): ("government", "assessed", "e4"),
    (3, "Sheikh Fares"): ("kurdish", "assessed", "e5"),
}
EVENTS = [
    ("e1", "a.txt", "Test Wire", "", "Masaken Hanano"),
    ("e2", "b.txt", "Example Daily", "Syrian army", "Sakhour"),
    ("e3", "a.txt", "Test Wire", "SOHR", "Masaken Hanano"),
    ("e4", "c.txt", "Sample Agency", "SOHR", "Haidariya"),
    ("e5", "c.txt", "Sample Agency", "YPG", "Sheikh Fares"),
]


def square(col: int, row: int) -> shapely.Polygon:
    x, y = ORIGIN[0] + col * CELL, ORIGIN[1] + row * CELL
    return shapely.box(x, y, x + CELL, y + CELL)


def make_layer() -> DistrictLayer:
    gdf = gpd.GeoDataFrame(
        {
            "district": [d[0] for d in DISTRICTS],
            "name_ar": [d[1] for d in DISTRICTS],
            "area_km2": [4.0] * len(DISTRICTS),
        },
        geometry=[square(c, r) for _, _, c, r in DISTRICTS],
        crs="EPSG:4326",
    )
    return DistrictLayer(gdf=gdf, quality="schematic", source="test", attribution="test squares")


def make_control() -> pd.DataFrame:
    state: dict[str, tuple[str, str, str]] = {}
    rows = []
    for i, day in enumerate(DAYS):
        for name, *_ in DISTRICTS:
            faction, status, ids = CHANGES.get((i, name), state.get(name, ("", "", "")))
            state[name] = (faction, status, ids)
            rows.append((day, name, faction, status, "high", ids))
    return pd.DataFrame(rows, columns=CONTROL_COLUMNS)


def make_events() -> pd.DataFrame:
    rows = []
    for event_id, article, outlet, claimant, district in EVENTS:
        row = dict.fromkeys(EVENT_COLUMNS + EVENT_EXTRA_COLUMNS, "")
        row.update(
            event_id=event_id,
            article=article,
            published=DAYS[1],
            event_type="control_change",
            date_start=DAYS[1],
            date_end=DAYS[1],
            district=district,
            claimant=claimant,
            outlet=outlet,
        )
        rows.append(row)
    return pd.DataFrame(rows, columns=EVENT_COLUMNS + EVENT_EXTRA_COLUMNS)


def make_flows() -> pd.DataFrame:
    start = square(1, 0).centroid
    end = square(2, 1).centroid
    row = [DAYS[2], DAYS[3], "Sakhour", "Bustan al-Qasr", 1000, 3000, 2000]
    row += [start.x, start.y, end.x, end.y, "e2"]
    return pd.DataFrame([row], columns=FLOW_COLUMNS)


def make_bundle() -> Bundle:
    timeline = Timeline(
        control=make_control(),
        flows=make_flows(),
        stats=pd.DataFrame({"date": DAYS}),
        checks=pd.DataFrame(),
        dates=list(DAYS),
    )
    return Bundle(
        articles=["a.txt", "b.txt", "c.txt"],
        skipped=[],
        warnings=[],
        events=make_events(),
        review=pd.DataFrame(),
        claims=pd.DataFrame(),
        layer=make_layer(),
        timeline=timeline,
    )
