"""Reading the dates events carry, and the day each one takes effect."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pandas as pd


def as_date(value) -> dt.date | None:
    """A date from a date, a timestamp or an ISO string; None when empty."""
    if isinstance(value, str):
        return _parse_iso(value.strip())
    if value is None or pd.isna(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _parse_iso(str(value).strip())


@lru_cache(maxsize=8192)
def _parse_iso(text: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date in YYYY-MM-DD form") from exc


def effect_date(event_type: str, start, end, published) -> dt.date | None:
    """The day an event changes the state from.

    A change of hands reported over a window ("over the weekend") is only established at
    the window's end, so it takes effect on ``date_end``; fighting and denials begin on
    ``date_start``. An event with no date of its own takes the article's date.
    """
    start, end, published = as_date(start), as_date(end), as_date(published)
    if event_type in ("control_change", "displacement"):
        return end or start or published
    return start or end or published


def day_range(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
