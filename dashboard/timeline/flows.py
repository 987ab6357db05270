"""Displacement events as flows between places, with their ranges and a best count.

Reports of the same move are merged into one flow (see :func:`merge_reports`); the rule
is written in ``dashboard/methodology.md`` ("Flows of people").
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import pandas as pd

from dashboard.model import FLOW_COLUMNS, FLOW_EXTRA_COLUMNS
from dashboard.timeline.dates import as_date, effect_date
from dashboard.timeline.places import LayerPlaces

# How the map draws each end of a flow (flows.csv ``origin_drawn`` / ``dest_drawn``), as
# dashboard.figures.flow_ends does: an end with coordinates at its point; an origin
# without them from a point inside the East Aleppo enclave as it was on the baseline
# date; a destination without them as a short stub out of the origin, pointing away
# from the enclave. A flow with neither end located is not drawn.
DRAWN_AT_POINT = "point"
DRAWN_FROM_ENCLAVE = "enclave"
DRAWN_AS_STUB = "stub"
NOT_DRAWN = "none"


def _count(value) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else round(number)


def best_count(low: int | None, high: int | None) -> int | None:
    """The count used everywhere a single number is needed: the lowest figure given.

    This is the conservative rule ACLED uses; when an article gives a single figure
    (as a floor or a ceiling) that figure is the best count. No figure, no count.
    """
    figures = [c for c in (low, high) if c is not None]
    return min(figures) if figures else None


def _name(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value).strip()


@dataclass(frozen=True)
class FlowReport:
    """One displacement event: its days, its ends (empty when unstated), its figures."""

    event_id: str
    first: dt.date | None
    last: dt.date | None  # the day it counts from
    origin: str
    destination: str
    low: int | None
    high: int | None

    @property
    def ends(self) -> tuple[str, str]:
        return self.origin, self.destination

    def sort_key(self) -> tuple:
        # Reports naming both ends first, so that one naming a single end joins the
        # flow it belongs to rather than starting one of its own.
        never = dt.date.min
        unstated = sum(1 for e in self.ends if not e)
        return (
            self.last or never,
            unstated,
            self.origin,
            self.destination,
            -1 if self.low is None else self.low,
            -1 if self.high is None else self.high,
            self.first or never,
            self.event_id,
        )


@dataclass
class Flow:
    """Reports merged into one move: the stated ends and the widest stated range.

    The merged values are kept up to date as reports join, since every new report is
    compared with every flow of its day.
    """

    reports: list[FlowReport] = field(default_factory=list)
    origin: str = ""
    destination: str = ""
    low: int | None = None  # the lowest floor given
    high: int | None = None  # the highest ceiling given; None when any report has none
    open_high: bool = False  # a report gives a floor without a ceiling
    figures: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, report: FlowReport) -> Flow:
        flow = cls()
        flow.add(report)
        return flow

    def add(self, report: FlowReport) -> None:
        self.reports.append(report)
        self.origin = self.origin or report.origin
        self.destination = self.destination or report.destination
        if report.low is not None:
            self.low = report.low if self.low is None else min(self.low, report.low)
        if report.high is not None:
            self.high = report.high if self.high is None else max(self.high, report.high)
        # A report that gives a floor without a ceiling ("more than 10,000") leaves the
        # merged flow without a ceiling too: the widest stated range is open above.
        self.open_high = self.open_high or (report.low is not None and report.high is None)
        self.figures += [c for c in (report.low, report.high) if c is not None]

    @property
    def last(self) -> dt.date | None:
        return self.reports[0].last

    @property
    def first(self) -> dt.date | None:
        days = [r.first for r in self.reports if r.first]
        return min(days) if days else None

    @property
    def ends(self) -> tuple[str, str]:
        return self.origin, self.destination

    @property
    def ceiling(self) -> int | None:
        return None if self.open_high else self.high

    @property
    def best(self) -> int | None:
        return min(self.figures) if self.figures else None


def _interval(low: int | None, high: int | None) -> tuple[float, float]:
    return (0 if low is None else low, math.inf if high is None else high)


def same_move(report: FlowReport, flow: Flow) -> bool:
    """Whether ``report`` reports the move ``flow`` stands for.

    It must count from the same day; no end may contradict the flow's (an unstated end
    contradicts nothing), and they must name at least one end in common, or neither
    name any; their figures must overlap, unless one of them gives none.
    """
    if report.last != flow.last:
        return False
    pairs = list(zip(report.ends, flow.ends, strict=True))
    if any(a and b and a != b for a, b in pairs):
        return False
    shared = any(a and a == b for a, b in pairs)
    if not shared and (any(report.ends) or any(flow.ends)):
        return False
    if not flow.figures or (report.low is None and report.high is None):
        return True
    lo1, hi1 = _interval(report.low, report.high)
    lo2, hi2 = _interval(flow.low, flow.ceiling)
    return max(lo1, lo2) <= min(hi1, hi2)


def merge_reports(reports: list[FlowReport]) -> list[Flow]:
    """Group reports of the same move, whether from one article or several.

    Reports are taken in a fixed order (by day, the most complete first, then by content),
    so the grouping does not depend on the order the events come in. A report that fits
    exactly one flow joins it; one that fits none, or several (a flow "to west Aleppo"
    when three districts' flows go there), starts its own.
    """
    flows: list[Flow] = []
    # Flows that could fit a report: those naming one of its ends (keyed by day, which
    # end, name), or, for a report naming none, those naming none (keyed by day).
    named: dict[tuple, list[Flow]] = {}
    blank: dict[dt.date | None, list[Flow]] = {}

    def index(flow: Flow, ends: tuple[str, str]) -> None:
        # File ``flow`` under each end it names that it did not name before (``ends``).
        for k, end in enumerate(flow.ends):
            if end and not ends[k]:
                named.setdefault((flow.last, k, end), []).append(flow)

    for report in sorted(reports, key=FlowReport.sort_key):
        if any(report.ends):
            candidates = [
                f
                for k, end in enumerate(report.ends)
                if end
                for f in named.get((report.last, k, end), [])
            ]
        else:
            candidates = blank.get(report.last, [])
        fits = [f for f in _unique(candidates) if same_move(report, f)]
        if len(fits) == 1:
            before = fits[0].ends
            fits[0].add(report)
            index(fits[0], before)
        else:
            flow = Flow.of(report)
            flows.append(flow)
            if any(flow.ends):
                index(flow, ("", ""))
            else:
                blank.setdefault(flow.last, []).append(flow)
    return flows


def _unique(flows: list[Flow]) -> list[Flow]:
    seen: set[int] = set()
    out = []
    for flow in flows:
        if id(flow) not in seen:
            seen.add(id(flow))
            out.append(flow)
    return out


def _report(eid, start, end, published, origin, dest, low, high) -> FlowReport:
    low, high = _count(low), _count(high)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return FlowReport(
        event_id=str(eid),
        first=as_date(start) or as_date(published),
        last=effect_date("displacement", start, end, published),
        origin=_name(origin),
        destination=_name(dest),
        low=low,
        high=high,
    )


def drawn(origin: tuple, dest: tuple) -> tuple[str, str]:
    """How the map draws a flow's origin and destination, from their coordinates."""
    has_origin, has_dest = origin[0] is not None, dest[0] is not None
    if not has_origin and not has_dest:
        return NOT_DRAWN, NOT_DRAWN
    return (
        DRAWN_AT_POINT if has_origin else DRAWN_FROM_ENCLAVE,
        DRAWN_AT_POINT if has_dest else DRAWN_AS_STUB,
    )


def flow_table(events: pd.DataFrame, places: LayerPlaces) -> pd.DataFrame:
    """FLOW_COLUMNS + FLOW_EXTRA_COLUMNS: one row per move; its reports are merged."""
    moves = events[events["event_type"] == "displacement"]
    columns = ["event_id", "date_start", "date_end", "published", "origin", "destination"]
    columns += ["count_low", "count_high"]
    reports = [_report(*row) for row in zip(*(moves[c].tolist() for c in columns), strict=True)]
    out = []
    for flow in merge_reports(reports):
        origin, dest = flow.ends
        o = places.point(origin) or (None, None)
        d = places.point(dest) or (None, None)
        ids = ";".join(sorted(dict.fromkeys(r.event_id for r in flow.reports)))
        row = [flow.first, flow.last, origin, dest, flow.low, flow.ceiling, flow.best]
        out.append([*row, *o, *d, ids, *drawn(o, d)])
    never = dt.date.min

    def order(row: list) -> tuple:
        first, last, origin, dest, low, high = row[:6]
        low, high = (-1 if c is None else c for c in (low, high))
        return (first or never, last or never, origin, dest, low, high, row[11])

    table = pd.DataFrame(sorted(out, key=order), columns=[*FLOW_COLUMNS, *FLOW_EXTRA_COLUMNS])
    for c in ("count_low", "count_high", "count_best"):
        table[c] = table[c].astype("Int64")
    for c in ("origin_lon", "origin_lat", "dest_lon", "dest_lat"):
        table[c] = table[c].astype("float64")
    return table
