"""Compile data/geo/gazetteer.csv and data/geo/baseline.csv from the reference tables.

The reference tables (``../shared/ref/aleppo_gazetteer.csv`` and
``../shared/ref/baseline_control_2016-11-14.csv``) are facts: names, spellings,
coordinates and who held what on 14 November 2016. This script turns them into
the project's own tables and adds the named areas that news reports use.
Run it again only when the reference tables change:

    python scripts/compile_reference_tables.py [--ref ../shared/ref]
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "geo"

# Rows the reference describes as landmarks (barracks, parks, cemeteries, campus,
# airport, hospital, citadel) rather than residential neighbourhoods.
LANDMARK_MARKERS = ("landmark", "cemetery", "park, no residents")

# The reference marks open ground (parks, cemeteries) "not_applicable". The map
# needs a side for every polygon, so each takes the side its note says surrounded it.
OPEN_GROUND_SIDE = {
    "Public Park": ("government", "inside government-held west"),
    "Jamal Abdel Nasser Park": ("government", "inside government-held west"),
    "Maysaloon Cemetery": ("contested", "on the front between government and rebel quarters"),
    "Sheikh Yusuf Cemetery": ("rebels", "inside rebel territory"),
    "Karazdada Cemetery": ("rebels", "inside rebel territory"),
}

# Latitude of the line along which the enclave was cut in two (Sakhour, Jabal
# Badro, Tariq al-Bab); "the north of east Aleppo" is the enclave north of it.
NORTH_SOUTH_SPLIT_LAT = 36.212
CITADEL = (36.19934, 37.16293)

AREA_VARIANTS = {
    "East Aleppo": [
        "east Aleppo",
        "eastern Aleppo",
        "Aleppo's east",
        "the east of the city",
        "rebel-held east",
        "rebel-held eastern Aleppo",
        "opposition-held east",
        "eastern districts",
        "the rebel enclave",
        "besieged east",
        "East Aleppo",
    ],
    "West Aleppo": [
        "west Aleppo",
        "western Aleppo",
        "government-held west",
        "regime-held west",
        "government-controlled west",
        "government-held territory in western Aleppo",
        "western districts",
        "West Aleppo",
    ],
    "North of East Aleppo": [
        "north of eastern Aleppo",
        "north of east Aleppo",
        "northern part of east Aleppo",
        "northern sector",
        "northern districts of east Aleppo",
        "northern part",
        "north of the rebel enclave",
        "northern neighbourhoods",
    ],
    "South of East Aleppo": [
        "south of eastern Aleppo",
        "south of east Aleppo",
        "southern part of east Aleppo",
        "southern parts of the rebel-held east",
        "southern neighbourhoods",
        "southern districts",
        "the south of the enclave",
    ],
    "South-eastern Aleppo": [
        "southeastern Aleppo",
        "south-eastern Aleppo",
        "south-east Aleppo",
        "southeast Aleppo",
        "areas in southeastern Aleppo",
    ],
    "Old City": ["Old City", "old city", "Old Aleppo", "the old city of Aleppo"],
}

AREA_DEFINITIONS = {
    "East Aleppo": "the rebel enclave on 14 Nov 2016: neighbourhoods held by rebels or "
    "contested that day, outside the western outskirts",
    "West Aleppo": "government-held neighbourhoods west of the enclave on 14 Nov 2016",
    "North of East Aleppo": f"East Aleppo north of {NORTH_SOUTH_SPLIT_LAT}N, the Sakhour - "
    "Jabal Badro line along which the enclave was cut in two",
    "South of East Aleppo": f"East Aleppo south of {NORTH_SOUTH_SPLIT_LAT}N",
    "South-eastern Aleppo": "South of East Aleppo south and east of the Citadel",
    "Old City": "neighbourhoods of the municipal Old Aleppo sector",
}

GAZETTEER_COLUMNS = [
    "name",
    "kind",
    "name_ar",
    "variants",
    "name_ar_variants",
    "lat",
    "lon",
    "sector",
    "shares_point_with",
    "members",
    "definition",
    "coord_method",
    "csr_name",
    "source",
]
BASELINE_COLUMNS = ["date", "name", "faction", "confidence", "source", "note"]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _kind(row: dict[str, str]) -> str:
    notes = row["notes"].lower()
    return "landmark" if any(m in notes for m in LANDMARK_MARKERS) else "neighbourhood"


def _baseline(ref_rows: list[dict[str, str]], day: str) -> list[dict[str, str]]:
    out = []
    for r in ref_rows:
        faction, note = r["faction"], r["note"]
        if faction == "not_applicable":
            faction, why = OPEN_GROUND_SIDE[r["name_en"]]
            note = f"{note} Open ground: given the side around it ({why})."
        out.append(
            {
                "date": day,
                "name": r["name_en"],
                "faction": faction,
                "confidence": r["confidence"],
                "source": r["source"],
                "note": note,
            }
        )
    return out


def _areas(rows: list[dict[str, str]], side: dict[str, str]) -> list[dict[str, str]]:
    def lat(r):
        return float(r["lat"])

    def lon(r):
        return float(r["lon"])

    western_outskirts = {"west outskirts", "northwest outskirts"}
    east = [
        r
        for r in rows
        if side[r["name"]] in ("rebels", "contested") and r["sector"] not in western_outskirts
    ]
    west = [
        r
        for r in rows
        if side[r["name"]] == "government" and lon(r) < 37.168 and r["kind"] == "neighbourhood"
    ]
    north = [r for r in east if lat(r) >= NORTH_SOUTH_SPLIT_LAT]
    south = [r for r in east if lat(r) < NORTH_SOUTH_SPLIT_LAT]
    south_east = [r for r in south if lat(r) < CITADEL[0] and lon(r) > CITADEL[1]]
    old_city = [r for r in rows if r["sector"] == "old city"]
    groups = {
        "East Aleppo": east,
        "West Aleppo": west,
        "North of East Aleppo": north,
        "South of East Aleppo": south,
        "South-eastern Aleppo": south_east,
        "Old City": old_city,
    }
    out = []
    for name, members in groups.items():
        mlat = sum(map(lat, members)) / len(members)
        mlon = sum(map(lon, members)) / len(members)
        out.append(
            {
                "name": name,
                "kind": "area",
                "name_ar": "",
                "variants": ";".join(AREA_VARIANTS[name]),
                "name_ar_variants": "",
                "lat": f"{mlat:.5f}",
                "lon": f"{mlon:.5f}",
                "sector": "",
                "shares_point_with": "",
                "members": ";".join(r["name"] for r in members),
                "definition": AREA_DEFINITIONS[name],
                "coord_method": "mean_of_members",
                "csr_name": "",
                "source": "this project: defined from the gazetteer and baseline",
            }
        )
    return out


def compile_tables(ref: Path) -> tuple[str, str]:
    """Return the text of gazetteer.csv and baseline.csv built from ``ref``."""
    gaz = _read(ref / "aleppo_gazetteer.csv")
    (base_file,) = sorted(ref.glob("baseline_control_*.csv"))
    day = base_file.stem.removeprefix("baseline_control_")
    base = _baseline(_read(base_file), day)
    side = {b["name"]: b["faction"] for b in base}
    # Where rows share one point, the row with its own polygon owns the point and
    # the others (CSR aliases, guessed placements) share it.
    owner_at: dict[tuple[str, str], str] = {}
    for r in sorted(gaz, key=lambda r: r["coord_method"] != "csr_polygon"):
        owner_at.setdefault((r["lat"], r["lon"]), r["name_en"])
    rows = []
    for r in gaz:
        owner = owner_at[(r["lat"], r["lon"])]
        rows.append(
            {
                "name": r["name_en"],
                "kind": _kind(r),
                "name_ar": r["name_ar"],
                "variants": r["variants"],
                "name_ar_variants": r["name_ar_variants"],
                "lat": r["lat"],
                "lon": r["lon"],
                "sector": r["sector"],
                "shares_point_with": owner if owner != r["name_en"] else "",
                "members": "",
                "definition": "",
                "coord_method": r["coord_method"],
                "csr_name": r["csr_name"],
                "source": r["source"],
            }
        )
    rows += _areas([r for r in rows if r["kind"] != "area"], side)
    return _csv(GAZETTEER_COLUMNS, rows), _csv(BASELINE_COLUMNS, base)


def _csv(columns: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", type=Path, default=ROOT.parent / "shared" / "ref")
    args = parser.parse_args()
    gazetteer, baseline = compile_tables(args.ref)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "gazetteer.csv").write_text(gazetteer, encoding="utf-8")
    (OUT / "baseline.csv").write_text(baseline, encoding="utf-8")
    print(f"wrote {OUT / 'gazetteer.csv'} and {OUT / 'baseline.csv'}")


if __name__ == "__main__":
    main()
