"""The words printed in a snapshot, all derived from the bundle: date stamp, headline,
sources, boundary credit and data version."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import textwrap
from collections.abc import Iterable

import pandas as pd

from dashboard import __version__
from dashboard.figures_vector import MapData, map_data
from dashboard.model import Bundle

TITLE_STEM = "The offensive on east Aleppo"
DEFAULT_BYLINE = "Map: aleppo-map, from news reports"
# Short names for a headline; the legend uses dashboard.style.FACTION_LABELS.
_HEADLINE_FACTION = {
    "government": "taken by government forces",
    "rebels": "to rebels",
    "kurdish": "to Kurdish forces",
}
_MAX_NAMES = 4


def long_date(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def month_span(dates: Iterable[dt.date]) -> str:
    """The months the dates cover: "November 2016", "November–December 2016",
    "December 2016–January 2017"."""
    days = sorted(dates)
    if not days:
        return ""
    first, last = days[0], days[-1]
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B %Y}"
    if first.year == last.year:
        return f"{first:%B}–{last:%B %Y}"
    return f"{first:%B %Y}–{last:%B %Y}"


def title(dates: Iterable[dt.date]) -> str:
    """The image title, with the months of the timeline's own dates."""
    span = month_span(dates)
    return f"{TITLE_STEM}, {span}" if span else TITLE_STEM


def short_date(date: dt.date) -> str:
    return f"{date.day} {date:%b}"


def date_stamp(date: dt.date) -> str:
    return f"Control as assessed on {long_date(date)}"


def split_ids(value) -> list[str]:
    """Event ids from a control row: a list, or a string joined by ``;`` ``,`` ``|`` or spaces."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, list | tuple | set):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part for part in re.split(r"[;,|\s]+", str(value)) if part]


def _names(names: list[str], areas: dict[str, float]) -> str:
    """The largest districts first; past a few, a count of the rest."""
    names = sorted(names, key=lambda n: (-areas.get(n, 0.0), n))
    if len(names) > _MAX_NAMES:
        return f"{', '.join(names[: _MAX_NAMES - 1])} and {len(names) - _MAX_NAMES + 1} more"
    return ", ".join(names)


def changes(data: MapData, date: dt.date) -> pd.DataFrame:
    """Districts whose faction or status differs from the day before (none on the first day)."""
    today = data.control.get(date)
    earlier = [d for d in data.control if d < date]
    if today is None or not earlier:
        return pd.DataFrame(columns=["faction", "status", "was_faction", "was_status"])
    before = data.control[max(earlier)]
    today = today[~today.index.duplicated(keep="last")]
    before = before[~before.index.duplicated(keep="last")]
    joined = today[["faction", "status"]].join(
        before[["faction", "status"]].rename(columns=lambda c: f"was_{c}"), how="left"
    )
    moved = (joined["faction"] != joined["was_faction"]) | (
        joined["status"] != joined["was_status"]
    )
    return joined[moved]


def headline(data: MapData, date: dt.date) -> str:
    """One line from the day's control changes, e.g. ``28 Nov: Sakhour, ... taken by ...``.

    A district that changed hands is "taken by" its new holder, marked "(claimed)" when
    only one side says so; a district newly contested is "fighting in", whoever held it.
    Other changes (a claim confirmed, fighting over) are left to the map.
    """
    if not any(d < date for d in data.control):
        return f"{short_date(date)}: baseline"
    moved = changes(data, date)
    contested = moved["status"] == "contested"
    taken = moved[(moved["faction"] != moved["was_faction"]) & ~contested]
    parts = []
    for (faction, claimed), rows in taken.groupby(
        [taken["faction"], taken["status"] == "claimed"], sort=True
    ):
        phrase = _HEADLINE_FACTION.get(faction, f"to {faction}")
        names = _names(list(rows.index), data.areas)
        parts.append(f"{names} {phrase}" + (" (claimed)" if claimed else ""))
    fighting = moved[contested & (moved["was_status"] != "contested")]
    if len(fighting):
        parts.append(f"fighting in {_names(list(fighting.index), data.areas)}")
    return f"{short_date(date)}: " + (
        "; ".join(parts) if parts else "no change in control reported"
    )


def sources_line(bundle: Bundle, data: MapData, dates: Iterable[dt.date]) -> str:
    """Outlets and claimants behind the state shown, from the rows' event ids."""
    ids: set[str] = set()
    from_baseline = False
    for date in dates:
        rows = data.control.get(date)
        if rows is None:
            continue
        for value in rows["event_ids"]:
            found = split_ids(value)
            ids.update(found)
            from_baseline = from_baseline or not found
    events = bundle.events
    used = events[events["event_id"].astype(str).isin(ids)] if len(events) else events
    outlets = sorted({str(v) for v in used.get("outlet", []) if isinstance(v, str) and v.strip()})
    claimants = sorted(
        {str(v) for v in used.get("claimant", []) if isinstance(v, str) and v.strip()}
    )
    parts = []
    if outlets:
        parts.append("Sources: " + ", ".join(outlets))
    if claimants:
        parts.append("claims by " + ", ".join(claimants))
    if from_baseline and data.dates:
        parts.append(f"elsewhere the baseline of {long_date(data.dates[0])}")
    if not parts:
        return "Sources: none reported for this day"
    text = "; ".join(parts)
    return text if text.startswith("Sources") else "Sources: " + text


def data_version(bundle: Bundle) -> str:
    """``data <8 hex>``: a hash of the events and the district layer, so two images with
    the same stamp were drawn from the same evidence on the same boundaries."""
    memo = map_data(bundle).memo
    if "data_version" not in memo:
        memo["data_version"] = _data_version(bundle)
    return memo["data_version"]


def _data_version(bundle: Bundle) -> str:
    digest = hashlib.sha256()
    events = bundle.events
    if len(events):
        ordered = events.sort_values("event_id") if "event_id" in events else events
        digest.update(ordered.to_csv(index=False).encode("utf-8"))
    gdf = bundle.layer.gdf
    for name, geom in zip(gdf["district"], gdf.geometry, strict=True):
        digest.update(str(name).encode("utf-8"))
        digest.update(geom.wkb)
    digest.update(bundle.layer.attribution.encode("utf-8"))
    return digest.hexdigest()[:8]


def version_line(bundle: Bundle) -> str:
    n = len(bundle.articles)
    return f"Data {data_version(bundle)} · aleppo-map {__version__} · {n} article{'s' * (n != 1)}"


def credit_line(bundle: Bundle, byline: str | None) -> str:
    return " · ".join([bundle.layer.attribution, byline or DEFAULT_BYLINE, version_line(bundle)])


def wrap(text: str, chars: int) -> list[str]:
    return textwrap.wrap(text, max(int(chars), 12)) or [""]
