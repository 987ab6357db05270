"""Who said it: claimant sides, independence, and the status and confidence they give.

The rules are those of ``dashboard/methodology.md`` ("Claims and status"); the numbers
below are the ones that text quotes, so change both together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Confidence of an assessed state by the number of sides, other than the side that
# gains, that report it; more independent sides, more confidence.
ASSESSED_CONFIDENCE = {1: 0.7, 2: 0.85}
ASSESSED_CONFIDENCE_MAX = 0.95
# Only the side that gains says so.
CLAIMED_CONFIDENCE = 0.4
# An unanswered denial stands against it: with and without independent reports.
DENIED_CONFIDENCE = 0.45
DENIED_ALONE_CONFIDENCE = 0.3
# Region-level claims ("the whole of the north") count for less than a report that
# names the district: their confidence is multiplied by this.
REGION_FACTOR = 0.6
# The baseline table's own confidence words.
BASELINE_CONFIDENCE = {"high": 0.9, "medium": 0.7, "low": 0.5}


@dataclass(frozen=True, slots=True)
class Report:
    """One event as the fold sees it, already placed on a layer district."""

    event_id: str
    event_type: str  # control_change | contested | denial
    effect: dt.date  # the day it changes the state from
    published: dt.date  # when the article carrying it appeared
    actor: str  # the faction that gains (control_change) or attacks (contested)
    side: str  # the claimant's side, see side_of()
    region: bool  # it names an area, not the district itself


UNKNOWN_SIDE = "unknown"


@lru_cache(maxsize=4096)
def side_of(claimant: str) -> str:
    """The side a claimant speaks for (the outlet's own voice when none is named).

    A named claimant outside the known list is on no known side (``UNKNOWN_SIDE``), not
    the outlet's: quoting someone is not the outlet vouching for what they say, and an
    unplaced voice ("a commander", "residents") may well speak for the side that gains.
    Such a claimant is cited, and its denial stands, but it confirms nothing and is not
    counted as a side.
    """
    from dashboard.extract.actors import CLAIMANT_SIDES, claimant_side

    claimant = (claimant or "").strip()
    if claimant and claimant not in CLAIMANT_SIDES:
        return UNKNOWN_SIDE
    return claimant_side(claimant)


def independent_sides(reports: Iterable[Report], gainer: str) -> set[str]:
    """Sides that report the change and are not the side that gains from it.

    Two claimants are independent when they speak for different sides (the state and
    its allies, the rebels, the Kurdish forces, a monitor such as SOHR, foreign
    governments, the outlet and its reporters); the article's own voice counts as the
    outlet's side.
    """
    return {r.side for r in reports} - {gainer, UNKNOWN_SIDE}


def assessed_confidence(n_sides: int) -> float:
    return ASSESSED_CONFIDENCE.get(n_sides, ASSESSED_CONFIDENCE_MAX)


def relevant_denials(
    support: list[Report], denials: Iterable[Report], faction: str
) -> list[Report]:
    """Denials that answer this state: from another side, no older than its first report."""
    if not support:
        return []
    first = min(r.published for r in support)
    return [d for d in denials if d.side != faction and d.published >= first]


def unanswered(denials: list[Report], support: list[Report], faction: str) -> list[Report]:
    """Denials that no independent report published after them has answered."""
    later = [r.published for r in support if r.side != faction]
    return [d for d in denials if not any(p > d.published for p in later)]


def change_status(faction: str, support: list[Report], denials: list[Report]) -> tuple[str, float]:
    """Status and confidence of a change of hands reported by ``support``."""
    independent = independent_sides(support, faction)
    standing = unanswered(denials, support, faction)
    if standing:
        status = "claimed"
        confidence = DENIED_CONFIDENCE if independent else DENIED_ALONE_CONFIDENCE
    elif independent:
        status, confidence = "assessed", assessed_confidence(len(independent))
    else:
        status, confidence = "claimed", CLAIMED_CONFIDENCE
    if support and all(r.region for r in support):
        status, confidence = "claimed", confidence * REGION_FACTOR
    return status, round(confidence, 2)


def contested_confidence(reports: list[Report]) -> float:
    """Fighting reported by n sides is as sure as a change reported by n independent sides.

    Claimants on no known side are not counted as a side; fighting that only they report
    counts as reported by one.
    """
    sides = {r.side for r in reports} - {UNKNOWN_SIDE}
    return round(assessed_confidence(max(1, len(sides))), 2)
