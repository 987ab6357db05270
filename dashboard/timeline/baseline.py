"""The state of every layer district on the baseline date."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from dashboard.gazetteer import FACTIONS, BaselineRow, Gazetteer
from dashboard.timeline.sources import BASELINE_CONFIDENCE


@dataclass(frozen=True)
class BaselineState:
    faction: str
    status: str  # assessed | contested
    confidence: float


def enclave_faction(name: str, baseline: dict[str, BaselineRow], gazetteer: Gazetteer) -> str:
    """The side whose ground a front-line (baseline "contested") district belongs to.

    The largest gazetteer area that contains it (e.g. East Aleppo, the enclave) decides:
    the faction most of that area's members are held by on the baseline. A district in
    no area takes the faction of the nearest neighbourhood whose holder is named.
    """
    areas = [a for a in gazetteer.areas if name in a.members]
    if areas:
        largest = max(areas, key=lambda a: (len(a.members), a.name))
        counts = Counter(
            baseline[m].faction
            for m in largest.members
            if m in baseline and baseline[m].faction in FACTIONS
        )
        if counts:
            return max(FACTIONS, key=lambda f: (counts[f], -FACTIONS.index(f)))
    here = gazetteer[name]
    named = [r for r in baseline.values() if r.faction in FACTIONS and r.name in gazetteer]

    def distance(row: BaselineRow) -> tuple[float, str]:
        p = gazetteer[row.name]
        return math.hypot(
            p.lat - here.lat, (p.lon - here.lon) * math.cos(math.radians(here.lat))
        ), row.name

    return min(named, key=distance).faction


def baseline_states(
    districts: list[str], baseline: dict[str, BaselineRow], gazetteer: Gazetteer
) -> dict[str, BaselineState]:
    """Faction, status and confidence of each district on the baseline date."""
    missing = [d for d in districts if d not in baseline]
    if missing:
        raise ValueError(f"the baseline has no row for layer district(s): {', '.join(missing)}")
    states = {}
    for d in districts:
        row = baseline[d]
        confidence = BASELINE_CONFIDENCE.get(row.confidence.strip().lower())
        if confidence is None:
            raise ValueError(
                f"baseline row {d}: confidence {row.confidence!r} is not high, medium or low"
            )
        if row.faction == "contested":
            states[d] = BaselineState(
                enclave_faction(d, baseline, gazetteer), "contested", confidence
            )
        else:
            states[d] = BaselineState(row.faction, "assessed", confidence)
    return states
