"""``aleppo-map build``: events, daily control, flows, area stats and claim checks as CSV,
and the events the map does not show, with why (``unused.csv``)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

import click
import pandas as pd

from dashboard.atomic import write_text_atomic
from dashboard.gazetteer import FACTIONS

# Decimals written per float column; everything is fixed so that the same inputs give
# byte-identical files.
CONTROL_DECIMALS = {"confidence": 2}
FLOW_DECIMALS = dict.fromkeys(("origin_lon", "origin_lat", "dest_lon", "dest_lat"), 5)
STATS_DECIMALS = {
    **{f"{f}_km2": 3 for f in FACTIONS},
    **{f"{f}_share": 4 for f in FACTIONS},
    **{f"{f}_change_km2": 3 for f in FACTIONS},
    "contested_km2": 3,
    "claimed_km2": 3,
}
CHECK_DECIMALS = {"computed": 4, "tolerance": 4, "value": 4, "computed_assessed": 4}


def _cell(value, decimals: int | None) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if decimals is not None:
        try:
            return f"{float(value):.{decimals}f}"
        except ValueError:
            pass
    return str(value)


def csv_text(table: pd.DataFrame, decimals: Mapping[str, int] | None = None) -> str:
    """``table`` as CSV with "\\n" line ends, ISO dates and fixed decimals per column."""
    decimals = decimals or {}
    text = pd.DataFrame(
        {c: [_cell(v, decimals.get(c)) for v in table[c]] for c in table.columns},
        columns=table.columns,
    )
    buffer = io.StringIO()
    text.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def run_build(
    paths: Sequence[Path | str],
    districts_file: Path | None,
    name_field: str | None,
    out: Path,
) -> dict[str, Path]:
    """Run every stage and write the tables into ``out``; returns what was written.

    Every table is rendered before the first file is written, and each file is
    replaced atomically, so a failure leaves no half-written output. Warnings about the
    articles (a text loaded once for several files, ...) and the number of events the
    map does not show are printed on stderr.
    """
    from dashboard.extract import format_events
    from dashboard.pipeline import load_bundle

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OSError(f"{out}: exists and is not a folder")
    bundle = load_bundle(paths, districts_file, name_field)
    timeline = bundle.timeline
    tables = {
        "events.csv": format_events(bundle.events, "csv"),
        "control.csv": csv_text(timeline.control, CONTROL_DECIMALS),
        "flows.csv": csv_text(timeline.flows, FLOW_DECIMALS),
        "stats.csv": csv_text(timeline.stats, STATS_DECIMALS),
        "checks.csv": csv_text(timeline.checks, CHECK_DECIMALS),
        "unused.csv": csv_text(timeline.unused),
    }
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, text in tables.items():
        write_text_atomic(out / name, text)
        written[name] = out / name
    for warning in bundle.warnings:
        click.echo(f"aleppo-map: warning: {warning}", err=True)
    if len(timeline.unused):
        click.echo(
            f"aleppo-map: {len(timeline.unused)} control, fighting or denial event(s) change "
            f"no district on the map; {written['unused.csv']} says why",
            err=True,
        )
    return written
