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


# --- measuring what Chromium drew ------------------------------------------------------

Box = tuple[float, float, float, float]


def measure_svg_texts(svgs: list[str]) -> list[list[tuple[str, Box]]]:
    """For each SVG, (text, left/top/right/bottom px) of every non-empty ``<text>`` as
    Chromium lays it out: map labels, furniture, everything. One browser for all.

    Runs in a thread of its own: Playwright's sync API refuses a thread whose asyncio
    loop is running, as the main thread's is once the browser tests' session has begun.
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_measure_here, svgs).result()


def _measure_here(svgs: list[str]) -> list[list[tuple[str, Box]]]:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "browser"))
    from live_server import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            for svg in svgs:
                page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
                found = page.eval_on_selector_all(
                    "svg text",
                    "els => els.map(e => { const r = e.getBoundingClientRect();"
                    " return [e.textContent, r.left, r.top, r.right, r.bottom]; })",
                )
                out.append([(t, (a, b, c, d)) for t, a, b, c, d in found if t.strip()])
        finally:
            browser.close()
    return out


def overlap(a: Box, b: Box) -> float:
    """The smaller of the overlap's width and height in px (<= 0: apart)."""
    return min(min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1]))


def domain_box(geo: dict, width: float, height: float) -> Box:
    """A geo subplot's domain as a px box (left, top, right, bottom)."""
    (x0, x1), (y0, y1) = geo["domain"]["x"], geo["domain"]["y"]
    return x0 * width, (1 - y1) * height, x1 * width, (1 - y0) * height


def pdf_image_count(pdf: bytes) -> int:
    """Raster images anywhere in a PDF: every object of the file is looked at, since
    Chromium hangs them off patterns and soft masks as well as page resources."""
    import io

    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(io.BytesIO(pdf))
    ids = {(num, gen) for gen, entries in reader.xref.items() for num in entries}
    ids |= {(num, 0) for num in reader.xref_objStm}
    count = 0
    for num, gen in ids:
        obj = reader.get_object(IndirectObject(num, gen, reader))
        if hasattr(obj, "get") and obj.get("/Subtype") == "/Image":
            count += 1
    return count
