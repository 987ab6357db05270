"""Everything the browser needs to redraw any day, packed once into a ``dcc.Store``.

The map geometry travels once inside the figure; this payload carries the rest in
compact form (per date, one small int per district indexing a (faction, status)
category), so stepping through days needs no request to the server.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd

from dashboard.figures import (
    FIRST_FLOW_TRACE,
    FLOW_TRACES,
    MAP_TRACE,
    category_index,
    displaced_column,
    flow_draw_order,
    state_categories,
)
from dashboard.model import Bundle


def iso(value: Any) -> str | None:
    """A date-like value as ``YYYY-MM-DD``, or None when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(ts) else ts.date().isoformat()


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def day_index(dates: list[dt.date], value: Any) -> int | None:
    """Index of ``value``'s date in ``dates`` (clamped to the range), None when missing."""
    day = iso(value)
    if day is None or not dates:
        return None
    isos = [d.isoformat() for d in dates]
    if day in isos:
        return isos.index(day)
    return 0 if day < isos[0] else len(isos) - 1 if day > isos[-1] else None


def state_matrix(bundle: Bundle, districts: list[str]) -> list[list[int]]:
    """``[date][district]`` category index from the timeline's control table."""
    dates = bundle.timeline.dates
    control = bundle.timeline.control
    pos = {d.isoformat(): i for i, d in enumerate(dates)}
    col = {name: j for j, name in enumerate(districts)}
    states = [[0] * len(districts) for _ in dates]
    for row in control.itertuples():
        i, j = pos.get(iso(row.date) or ""), col.get(row.district)
        if i is not None and j is not None:
            states[i][j] = category_index(str(row.faction), str(row.status))
    return states


def event_records(bundle: Bundle) -> list[dict[str, Any]]:
    """Events as the evidence panel lists them, with their day range as indices."""
    dates = bundle.timeline.dates
    out = []
    events = bundle.events
    for row in events.to_dict("records"):
        start = day_index(dates, row.get("date_start"))
        end = day_index(dates, row.get("date_end"))
        if start is None:
            start = day_index(dates, row.get("published"))
        if end is None or (start is not None and end < start):
            end = start
        out.append(
            {
                "id": _text(row.get("event_id")),
                "d0": start,
                "d1": end,
                "type": _text(row.get("event_type")),
                "district": _text(row.get("district")),
                # every district the sentence names, flows' ends included
                "places": list(
                    dict.fromkeys(
                        t
                        for t in (
                            _text(row.get(k)).strip() for k in ("district", "origin", "destination")
                        )
                        if t
                    )
                ),
                "actor": _text(row.get("actor")),
                "claimant": _text(row.get("claimant")),
                "outlet": _text(row.get("outlet")),
                "published": iso(row.get("published")) or "",
                "url": _text(row.get("url")),
                "article": _text(row.get("article")),
                "evidence": _text(row.get("evidence")),
                "when": _text(row.get("date_phrase")),
            }
        )
    return out


def flow_records(bundle: Bundle) -> list[dict[str, Any]]:
    """Per flow (in the flows table's order): the range of day indices it is shown on,
    ``open``: which end the article leaves unstated ("origin", "destination" or ""), and
    ``slot``: its place in the map's flow traces (see ``figures.flow_draw_order``)."""
    dates = bundle.timeline.dates
    flows = bundle.timeline.flows.reset_index(drop=True)
    slots = {i: k for k, i in enumerate(flow_draw_order(flows))}
    out = []
    for i, row in flows.iterrows():
        missing = [
            end
            for end, column in (("origin", "origin_lon"), ("destination", "dest_lon"))
            if pd.isna(pd.to_numeric(row.get(column), errors="coerce"))
        ]
        start = day_index(dates, row.get("date_start"))
        end = day_index(dates, row.get("date_end"))
        if start is None:
            start = 0
        if end is None or end < start:
            end = start
        out.append(
            {
                "d0": start,
                "d1": end,
                "open": missing[0] if len(missing) == 1 else "",
                "slot": slots[i],
            }
        )
    return out


def history_records(bundle: Bundle, districts: list[str]) -> list[list[list]]:
    """Per district: each run of one state as ``[first day, last day, category, event
    ids]`` (day indices; ids ";"-joined, each once, in the order first cited).

    The timeline records a row whenever a district's evidence grows, so a contested run
    has one row per day with the same sentences; the panel shows the run once.
    """
    from dashboard.timeline import district_history

    dates = bundle.timeline.dates
    control_districts = set(bundle.timeline.control["district"])
    last = len(dates) - 1
    out = []
    for name in districts:
        if name not in control_districts:
            out.append([])
            continue
        runs: list[list] = []
        for row in district_history(bundle.timeline, name).itertuples():
            day = day_index(dates, row.date)
            cat = category_index(str(row.faction), str(row.status))
            ids = [i for i in _text(row.event_ids).split(";") if i]
            if runs and runs[-1][2] == cat:
                runs[-1][3] += [i for i in ids if i not in runs[-1][3]]
                continue
            if runs and day is not None:
                runs[-1][1] = max(runs[-1][0] or 0, day - 1)
            runs.append([day, last, cat, ids])
        out.append([[d0, d1, cat, ";".join(ids)] for d0, d1, cat, ids in runs])
    return out


def baseline_records(districts: list[str]) -> list[list[str] | None]:
    """Per district: ``[date, confidence, source, note]`` of its baseline row, or None.

    The history panel shows it (as text) beside the baseline state.
    """
    from dashboard.gazetteer import read_baseline

    baseline = read_baseline()
    out: list[list[str] | None] = []
    for name in districts:
        row = baseline.get(name)
        out.append(
            None
            if row is None
            else [row.date.isoformat(), _text(row.confidence), _text(row.source), _text(row.note)]
        )
    return out


def client_payload(bundle: Bundle, districts: list[str]) -> dict[str, Any]:
    """The single Store payload the clientside redraw reads."""
    stats = bundle.timeline.stats
    dcol = displaced_column(stats) if len(stats) else None
    displaced: list[float | None] = []
    if dcol:
        by_day = {iso(d): v for d, v in zip(stats["date"], stats[dcol], strict=True)}
        for d in bundle.timeline.dates:
            v = by_day.get(d.isoformat())
            displaced.append(None if v is None or pd.isna(v) else float(v))
    return {
        "dates": [d.isoformat() for d in bundle.timeline.dates],
        "districts": districts,
        "cats": state_categories(),
        "states": state_matrix(bundle, districts),
        "flows": flow_records(bundle),
        "events": event_records(bundle),
        "history": history_records(bundle, districts),
        "baseline": baseline_records(districts),
        "displaced": displaced,
        "traces": MAP_TRACE,
        "firstFlow": FIRST_FLOW_TRACE,
        "perFlow": FLOW_TRACES,
    }
