"""A small hand-made Bundle (square districts, a control table) for dashboard tests.

It lets the layout, callbacks and figures be exercised on known data without running
extraction; tests that need the real pipeline call ``load_bundle()`` instead.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard.articles import Article
from dashboard.model import (
    CLAIM_COLUMNS,
    CONTROL_COLUMNS,
    EVENT_COLUMNS,
    EVENT_EXTRA_COLUMNS,
    FLOW_COLUMNS,
    REVIEW_COLUMNS,
    Bundle,
    DistrictLayer,
    Timeline,
)

BASELINE = dt.date(2016, 11, 14)
DAYS = 7
# name, Arabic name, column, row, baseline faction
SQUARES = [
    ("Masaken Hanano", "مساكن هنانو", 2, 1, "rebels"),
    ("Sakhour", "الصاخور", 1, 1, "rebels"),
    ("Haidariya", "الحيدرية", 1, 2, "rebels"),
    ("Sheikh Khodr", "الشيخ خضر", 0, 2, "rebels"),
    ("Sheikh Maqsoud", "الشيخ مقصود", 0, 3, "kurdish"),
    ("Salaheddine", "صلاح الدين", 0, 0, "government"),
]
SCRIPT_SENTENCE = "Witnesses said <script>window.__pwned=1</script> fighters left Sakhour."


def synthetic_layer() -> DistrictLayer:
    step = 0.012
    rows = []
    for name, name_ar, col, row, _ in SQUARES:
        x0, y0 = 37.15 + col * step, 36.18 + row * step
        rows.append((name, name_ar, box(x0, y0, x0 + step, y0 + step)))
    gdf = gpd.GeoDataFrame(
        {"district": [r[0] for r in rows], "name_ar": [r[1] for r in rows]},
        geometry=[r[2] for r in rows],
        crs="EPSG:4326",
    )
    gdf["area_km2"] = gdf.to_crs("EPSG:32637").area / 1e6
    return DistrictLayer(gdf=gdf, quality="schematic", source="synthetic", attribution="test")


def _event(event_id: str, day: dt.date, etype: str, district: str, **kw) -> dict:
    row = {c: "" for c in EVENT_COLUMNS + EVENT_EXTRA_COLUMNS}
    row.update(
        event_id=event_id,
        article=kw.get("article", "a.txt"),
        published=(day + dt.timedelta(days=1)).isoformat(),
        event_type=etype,
        date_start=day.isoformat(),
        date_end=day.isoformat(),
        district=district,
        place_text=district,
        actor=kw.get("actor", "government"),
        claimant=kw.get("claimant", "SOHR"),
        evidence=kw.get("evidence", f"Forces entered {district}."),
        outlet=kw.get("outlet", "Test Wire"),
        url=kw.get("url", "https://example.org/a.txt"),
    )
    for key in ("origin", "destination", "count_low", "count_high"):
        if key in kw:
            row[key] = kw[key]
    return row


def synthetic_bundle() -> Bundle:
    """Six squares; Sakhour is claimed on day 2 and assessed government from day 4."""
    layer = synthetic_layer()
    dates = [BASELINE + dt.timedelta(days=i) for i in range(DAYS)]
    events = pd.DataFrame(
        [
            _event("e1", dates[2], "control_change", "Sakhour", claimant="Syrian army"),
            _event("e2", dates[2], "denial", "Sakhour", actor="rebels", claimant="rebel spokesman"),
            _event("e3", dates[4], "control_change", "Sakhour", evidence=SCRIPT_SENTENCE),
            _event("e4", dates[3], "contested", "Haidariya", claimant="SOHR"),
            _event(
                "e5",
                dates[4],
                "displacement",
                "Sakhour",
                origin="Sakhour",
                destination="Sheikh Maqsoud",
                count_low=4000,
                count_high=6000,
            ),
        ]
    )
    control = []
    for i, day in enumerate(dates):
        for name, _, _, _, faction in SQUARES:
            status, ids, fac = "assessed", "", faction
            if name == "Sakhour" and i >= 2:
                fac, status, ids = "government", "claimed" if i < 4 else "assessed", "e1;e2"
                if i >= 4:
                    ids = "e1;e2;e3"
            if name == "Haidariya" and i >= 3:
                status, ids = "contested", "e4"
            control.append((day, name, fac, status, "medium", ids))
    control = pd.DataFrame(control, columns=CONTROL_COLUMNS)
    cent = layer.gdf.set_index("district").geometry.to_crs("EPSG:32637").centroid
    cent = cent.to_crs("EPSG:4326")
    flows = pd.DataFrame(
        [
            (
                dates[4],
                dates[5],
                "Sakhour",
                "Sheikh Maqsoud",
                4000,
                6000,
                5000,
                cent["Sakhour"].x,
                cent["Sakhour"].y,
                cent["Sheikh Maqsoud"].x,
                cent["Sheikh Maqsoud"].y,
                "e5",
            )
        ],
        columns=FLOW_COLUMNS,
    )
    areas = layer.gdf.set_index("district")["area_km2"]
    stats = []
    for day in dates:
        today = control[control["date"] == day]
        row = {"date": day}
        for f in ("government", "rebels", "kurdish"):
            km2 = float(areas[today.loc[today["faction"] == f, "district"]].sum())
            row[f"{f}_km2"] = km2
            row[f"{f}_share"] = km2 / float(areas.sum())
        row["displaced_low"] = 4000 if day >= dates[4] else 0
        row["displaced_high"] = 6000 if day >= dates[4] else 0
        row["displaced_best"] = 5000 if day >= dates[4] else 0
        stats.append(row)
    checks = pd.DataFrame(
        [
            {
                "claim_id": "c1",
                "article": "a.txt",
                "date": dates[4],
                "claimant": "SOHR",
                "faction": "rebels",
                "measure": "lost_share",
                "comparator": "more_than",
                "value": 0.3,
                "phrase": "lost more than a third",
                "computed": 0.25,
                "tolerance": 0.0,
                "agrees": "no",
                "evidence": "SOHR said rebels lost more than a third.",
            }
        ]
    )
    timeline = Timeline(
        control=control, flows=flows, stats=pd.DataFrame(stats), checks=checks, dates=dates
    )
    articles = [Article(file="a.txt", published=dates[1], text="x", outlet="Test Wire")]
    return Bundle(
        articles=articles,
        skipped=[],
        warnings=[],
        events=events,
        review=pd.DataFrame(columns=REVIEW_COLUMNS),
        claims=pd.DataFrame(columns=CLAIM_COLUMNS),
        layer=layer,
        timeline=timeline,
    )


def script_article_folder(folder, script: str):
    """An article folder whose report of a capture carries ``script`` inside the sentence."""
    import csv

    text = (
        "Syrian army captures Sakhour\n"
        f"Syrian government forces captured the Sakhour district on Sunday, {script} "
        "the Syrian Observatory for Human Rights said.\n"
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text(text, encoding="utf-8")
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "published", "outlet", "title", "url", "published_basis"])
        writer.writerow(
            [
                "hostile.txt",
                "2016-11-28",
                "Test Wire",
                "Syrian army captures Sakhour",
                "https://example.org/hostile",
                "test",
            ]
        )
    return folder
