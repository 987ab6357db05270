"""Event tables written by hand in the EVENT_COLUMNS schema, and a layer to fold them on."""

from __future__ import annotations

import functools

import pandas as pd

from dashboard.gazetteer import load_gazetteer, read_baseline
from dashboard.geo import load_districts
from dashboard.model import CLAIM_COLUMNS, EVENT_COLUMNS, EVENT_EXTRA_COLUMNS
from dashboard.paths import SCHEMATIC_DISTRICTS
from dashboard.timeline import build_timeline


@functools.cache
def schematic_layer():
    return load_districts(SCHEMATIC_DISTRICTS)


def event(
    event_id: str,
    event_type: str,
    district: str,
    date: str,
    actor: str = "",
    claimant: str = "",
    *,
    published: str | None = None,
    date_end: str = "",
    **fields,
) -> dict:
    """One event row; ``published`` defaults to the event's date."""
    row = dict.fromkeys([*EVENT_COLUMNS, *EVENT_EXTRA_COLUMNS], "")
    row.update(
        event_id=event_id,
        article=f"{event_id.split('-')[0]}.txt",
        published=published or date_end or date,
        event_type=event_type,
        date_start=date,
        date_end=date_end,
        district=district,
        place_text=district,
        actor=actor,
        claimant=claimant,
        evidence=f"sentence behind {event_id}",
        **fields,
    )
    return row


def events(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=[*EVENT_COLUMNS, *EVENT_EXTRA_COLUMNS])


def claim(claim_id: str, date: str, faction: str, measure: str, comparator: str, value):
    row = dict.fromkeys(CLAIM_COLUMNS, "")
    row.update(
        claim_id=claim_id,
        article="a.txt",
        published=date,
        date=date,
        claimant="SOHR",
        faction=faction,
        measure=measure,
        comparator=comparator,
        value=value,
        phrase=f"{comparator} {value}",
        evidence="sentence",
    )
    return row


def fold(table: pd.DataFrame, claims: pd.DataFrame | None = None, layer=None):
    return build_timeline(
        table, read_baseline(), layer or schematic_layer(), load_gazetteer(), claims=claims
    )


def state(timeline, district: str, day: str) -> dict:
    """The control row of ``district`` on ``day`` (ISO), as a dict."""
    control = timeline.control
    rows = control[(control["district"] == district) & (control["date"].astype(str) == day)]
    assert len(rows) == 1, (district, day, len(rows))
    return rows.iloc[0].to_dict()


def cited(row: dict) -> list[str]:
    return [e for e in row["event_ids"].split(";") if e]
