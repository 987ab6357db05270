"""Shared by the extraction tests: code a short text as one article."""

from __future__ import annotations

import datetime as dt

from dashboard.articles import Article
from dashboard.extract import extract_events
from dashboard.gazetteer import load_gazetteer


def code_text(published: str, text: str) -> set[tuple]:
    """The events of ``text`` as (event_type, place, actor, claimant, date_start,
    date_end); place is the district, or "origin -> destination" for a displacement.
    Casualties are left out."""
    article = Article(file="case.txt", published=dt.date.fromisoformat(published), text=text)
    events = extract_events([article], load_gazetteer()).events
    out = set()
    for row in events.itertuples():
        if row.event_type == "casualties":
            continue
        place = row.district
        if row.event_type == "displacement":
            place = f"{row.origin} -> {row.destination}"
        out.add((row.event_type, place, row.actor, row.claimant, row.date_start, row.date_end))
    return out
