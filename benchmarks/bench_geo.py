"""District layers: building the schematic layer, and loading each layer cold and cached.

Cold loads clear the loader's cache first; cached loads are what the app and exporter
pay after the first call. The CSR layer is read from ../shared when present (it is
never part of the repository) through a temporary cache folder.

    .venv/bin/python benchmarks/bench_geo.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from common import timed, write_section

from dashboard.gazetteer import read_gazetteer
from dashboard.geo import load_districts
from dashboard.geo.loader import _cached_layer
from dashboard.geo.schematic import build_schematic, schematic_geojson
from dashboard.paths import PROJECT_ROOT

CSR = PROJECT_ROOT.parent / "shared" / "ref" / "geo" / "aleppo_neighbourhoods_csr.geojson"


def cold(load):
    def run():
        _cached_layer.cache_clear()
        load()

    return run


def row(label: str, times: list[float]) -> str:
    best, median = min(times), statistics.median(times)
    return f"| {label} | {len(times)} | {best * 1000:.1f} | {median * 1000:.1f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    gazetteer = read_gazetteer()
    rows = [
        row(
            "build schematic layer and its GeoJSON text",
            timed(lambda: schematic_geojson(build_schematic(gazetteer)), runs),
        )
    ]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ALEPPO_MAP_CACHE"] = str(Path(tmp) / "empty")
        rows.append(row("load schematic layer, cold", timed(cold(load_districts), runs)))
        rows.append(row("load schematic layer, cached", timed(load_districts, runs * 20)))
        if CSR.is_file():
            from dashboard.geo.fetch import fetch_csr

            os.environ["ALEPPO_MAP_CACHE"] = str(Path(tmp) / "csr")
            rows.append(
                row("fetch CSR layer from a local file", timed(lambda: fetch_csr(str(CSR)), runs))
            )
            rows.append(
                row("load CSR layer (checksum + read), cold", timed(cold(load_districts), runs))
            )
            rows.append(
                row("load CSR layer, cached (checksum only)", timed(load_districts, runs * 20))
            )
    body = "\n".join(
        [
            "| operation | runs | best ms | median ms |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    if not CSR.is_file():
        body += "\n\nThe CSR layer was not present in ../shared, so it was not measured.\n"
    write_section("geo", "District layers", body)


if __name__ == "__main__":
    main()
