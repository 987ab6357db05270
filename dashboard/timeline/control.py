"""Fold events into who holds each district on each day, with status and evidence."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby

import numpy as np
import pandas as pd

from dashboard.gazetteer import FACTIONS
from dashboard.model import CONTROL_COLUMNS
from dashboard.timeline.baseline import BaselineState
from dashboard.timeline.dates import as_date, effect_date
from dashboard.timeline.places import LayerPlaces
from dashboard.timeline.sources import (
    Report,
    change_status,
    contested_confidence,
    relevant_denials,
    side_of,
)

STATE_EVENTS = ("control_change", "contested", "denial")
# Within one day: fighting first, then changes of hands (which end it), then denials.
_TYPE_ORDER = {"contested": 0, "control_change": 1, "denial": 2}

Snapshot = tuple[str, str, float, str]  # faction, status, confidence, event_ids


@dataclass
class _State:
    faction: str
    level: str  # baseline | district | region
    started: dt.date
    support: list[Report] = field(default_factory=list)  # reports of this change of hands
    contest: list[Report] = field(default_factory=list)  # fighting since it began
    notes: list[Report] = field(default_factory=list)  # cited, but not what defines it


# Why a state event colours nothing (timeline.unused, unused.csv).
NOT_ON_LAYER = "names a place the district layer in use does not draw"
BEFORE_BASELINE = "dated before the baseline, which already includes it"
AREA_FIGHTING = "fighting reported for a whole area does not say which districts it is in"
AREA_NO_GAINER = "a whole area changing hands without saying to whom colours no district"
NOT_A_FACTION = "the side said to gain it ({actor}) is not one of the map's factions"
NOT_TAKEN = (
    "no district took it: each one it names has its own report, or is not held by the "
    "side the area is taken from"
)


def place_reports(
    events: pd.DataFrame, places: LayerPlaces, first_day: dt.date
) -> tuple[dict[str, list[Report]], dict[str, str]]:
    """Control, fighting and denial events by the layer district they fall on.

    An event naming an area becomes a region-level report on each member district. A
    change of hands that names no gainer ("Sakhour fell") is kept with an empty actor
    (see ``DistrictFold``). Returns the reports and, for the events left out here (they
    stay in the events table), the reason each is left out.
    """
    by_district: dict[str, list[Report]] = defaultdict(list)
    left_out: dict[str, str] = {}
    rows = events[events["event_type"].isin(STATE_EVENTS)]
    columns = ["event_id", "event_type", "date_start", "date_end", "published"]
    columns += ["district", "actor", "claimant"]
    for eid, etype, start, end, published, name, actor, claimant in zip(
        *(rows[c].tolist() for c in columns), strict=True
    ):
        eid = str(eid)
        actor = "" if pd.isna(actor) else str(actor).strip()
        name = "" if pd.isna(name) else str(name)
        region = places.is_area(name)
        if etype == "control_change" and actor and actor not in FACTIONS:
            left_out[eid] = NOT_A_FACTION.format(actor=actor)
            continue
        if region and etype == "contested":
            left_out[eid] = AREA_FIGHTING
            continue
        if region and etype == "control_change" and not actor:
            left_out[eid] = AREA_NO_GAINER
            continue
        effect = effect_date(etype, start, end, published)
        if effect is None or effect < first_day:
            left_out[eid] = BEFORE_BASELINE
            continue
        targets = [d for d in (places.members(name) if region else [places.district(name)]) if d]
        if not targets:
            left_out[eid] = NOT_ON_LAYER
            continue
        report = Report(
            event_id=eid,
            event_type=etype,
            effect=effect,
            published=as_date(published) or effect,
            actor=actor,
            side=side_of("" if pd.isna(claimant) else str(claimant)),
            region=region,
        )
        for district in targets:
            by_district[district].append(report)
    return by_district, left_out


def _order(r: Report) -> tuple:
    return (r.effect, r.region, _TYPE_ORDER[r.event_type], r.published, r.event_id)


def _ids(reports: list[Report]) -> str:
    seen = dict.fromkeys(r.event_id for r in sorted(reports, key=_order))
    return ";".join(seen)


class DistrictFold:
    """The state of one district, advanced one day of reports at a time."""

    def __init__(self, base: BaselineState, first_day: dt.date, losing: dict[str, str]):
        self.base = base
        self.state = _State(base.faction, "baseline", first_day)
        self.denials: list[Report] = []
        self.losing = losing  # area-level report's event_id -> the side it is taken from

    def _new(self, faction: str, level: str, day: dt.date, **lists) -> None:
        self.state = _State(faction, level, day, **lists)

    def apply_day(self, day: dt.date, reports: list[Report]) -> None:
        s = self.state
        local = [r for r in reports if not r.region]
        fighting = [r for r in local if r.event_type == "contested"]
        changes = [r for r in local if r.event_type == "control_change" and r.actor]
        # "Sakhour fell", naming no gainer: its holder lost it, to whom is not said.
        falls = [r for r in local if r.event_type == "control_change" and not r.actor]
        if changes:
            gainers = sorted({r.actor for r in changes})
            if len(gainers) > 1:
                # Sources disagree on who took it the same day: show the dispute.
                contest = [*s.contest, *fighting, *falls, *changes]
                self._new(s.faction, "district", day, contest=contest)
            elif s.faction == gainers[0] and s.support and not s.contest:
                # Another report of the change already in force: merge, cite it.
                s.support.extend(changes)
                s.notes.extend([*fighting, *falls])
                s.level = "district"
            else:
                # Fighting reported the same day as the change ended with it, and a fall
                # that day is this change: both cited.
                self._new(gainers[0], "district", day, support=changes, notes=[*fighting, *falls])
        elif falls and s.level != "baseline" and s.support and not s.contest:
            # A fall reported while a change of hands is in force is taken to be that
            # change (it names no other gainer): cited, not counted as a side.
            s.notes.extend([*fighting, *falls])
            s.level = "district"
        elif fighting or falls:
            # Fighting; or a fall from the holder to nobody named, which the map shows as
            # it shows fighting, until a report says who holds the district.
            s.contest.extend([*fighting, *falls])
            s.level = "district"
        self._apply_region(day, [r for r in reports if r.region])
        self.denials.extend(r for r in reports if r.event_type == "denial")

    def _apply_region(self, day: dt.date, reports: list[Report]) -> None:
        # Region-level reports never override what a report naming the district says.
        # Fighting reported only for a whole area ("fighting in east Aleppo") does not say
        # which districts are a front line, so only changes of hands are applied (and
        # place_reports has already set area-level fighting aside).
        for r in reports:
            s = self.state
            if s.level == "district" or r.event_type != "control_change" or not r.actor:
                continue
            if s.level == "region" and s.faction == r.actor:
                s.support.append(r)
            elif s.faction != r.actor and s.faction == self.losing.get(r.event_id):
                self._new(r.actor, "region", day, support=[r])

    def snapshot(self) -> Snapshot:
        s = self.state
        cited = [*s.support, *s.contest, *s.notes]
        # A denial about a whole area disputes only region-level states.
        denials = self.denials if s.level == "region" else [d for d in self.denials if not d.region]
        against = relevant_denials(s.support, denials, s.faction)
        cited += against
        cited += [d for d in self.denials if d.effect >= s.started]
        if s.contest:
            return s.faction, "contested", contested_confidence(s.contest), _ids(cited)
        if s.support:
            status, confidence = change_status(s.faction, s.support, against)
            return s.faction, status, confidence, _ids(cited)
        return s.faction, self.base.status, self.base.confidence, _ids(cited)


def fold_district(
    base: BaselineState, reports: list[Report], first_day: dt.date, losing: dict[str, str]
) -> list[tuple[dt.date, Snapshot]]:
    """The days the district's state changes, starting with the baseline day."""
    fold = DistrictFold(base, first_day, losing)
    changes = [(first_day, fold.snapshot())]
    for day, group in groupby(sorted(reports, key=_order), key=lambda r: r.effect):
        fold.apply_day(day, list(group))
        snap = fold.snapshot()
        if snap != changes[-1][1]:
            if day == changes[-1][0]:
                changes[-1] = (day, snap)
            else:
                changes.append((day, snap))
    return changes


def losing_sides(
    reports: dict[str, list[Report]], bases: dict[str, BaselineState], area_km2: pd.Series
) -> dict[str, str]:
    """For each area-level change of hands, the side it is taken from.

    That is the faction, other than the one that gains, holding the most of the area's
    drawn members on the baseline.
    """
    members: dict[str, list[str]] = defaultdict(list)
    gainer: dict[str, str] = {}
    for district, rs in reports.items():
        for r in rs:
            if r.region and r.event_type == "control_change" and r.actor:
                members[r.event_id].append(district)
                gainer[r.event_id] = r.actor
    km2 = area_km2.to_dict()
    losing = {}
    for eid, districts in members.items():
        held: dict[str, float] = defaultdict(float)
        for d in districts:
            held[bases[d].faction] += float(km2[d])
        candidates = [f for f in FACTIONS if f != gainer[eid] and held.get(f, 0) > 0]
        if candidates:
            losing[eid] = max(candidates, key=lambda f: (held[f], -FACTIONS.index(f)))
    return losing


def control_table(
    districts: list[str],
    bases: dict[str, BaselineState],
    reports: dict[str, list[Report]],
    days: list[dt.date],
    area_km2: pd.Series,
) -> pd.DataFrame:
    """CONTROL_COLUMNS, one row per day x district, sorted by date then district."""
    losing = losing_sides(reports, bases, area_km2)
    day_index = np.array([d.toordinal() for d in days])
    n_days, n_districts = len(days), len(districts)
    faction = np.empty((n_days, n_districts), dtype=object)
    status = np.empty((n_days, n_districts), dtype=object)
    confidence = np.empty((n_days, n_districts), dtype=float)
    event_ids = np.empty((n_days, n_districts), dtype=object)
    for j, district in enumerate(districts):
        history = fold_district(bases[district], reports.get(district, []), days[0], losing)
        starts = np.array([d.toordinal() for d, _ in history])
        which = np.searchsorted(starts, day_index, side="right") - 1
        snaps = [snap for _, snap in history]
        for column, k in ((faction, 0), (status, 1), (event_ids, 3)):
            column[:, j] = np.array([s[k] for s in snaps], dtype=object)[which]
        confidence[:, j] = np.array([s[2] for s in snaps])[which]
    return pd.DataFrame(
        {
            "date": np.repeat(np.array(days, dtype=object), n_districts),
            "district": np.tile(np.array(districts, dtype=object), n_days),
            "faction": faction.ravel(),
            "status": status.ravel(),
            "confidence": confidence.ravel(),
            "event_ids": event_ids.ravel(),
        },
        columns=CONTROL_COLUMNS,
    )
