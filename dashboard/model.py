"""The tables that flow between stages, and their columns.

articles -> extract (events) -> timeline (control, flows, stats, checks) -> figures/app/export.
Every stage reads only what the stage before it wrote; these names are the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

EVENT_COLUMNS = [
    "event_id",
    "article",
    "published",
    "event_type",
    "date_start",
    "date_end",
    "date_phrase",
    "district",
    "place_text",
    "actor",
    "claimant",
    "origin",
    "destination",
    "count_low",
    "count_high",
    "evidence",
]
# Columns after the required ones: where the article came from, so that every event
# can be cited without going back to the articles.
EVENT_EXTRA_COLUMNS = ["outlet", "url"]
EVENT_TYPES = ("control_change", "contested", "denial", "displacement", "casualties")
ACTORS = ("government", "rebels", "kurdish")

CONTROL_COLUMNS = ["date", "district", "faction", "status", "confidence", "event_ids"]
STATUSES = ("assessed", "claimed", "contested")
FLOW_COLUMNS = [
    "date_start",
    "date_end",
    "origin",
    "destination",
    "count_low",
    "count_high",
    "count_best",
    "origin_lon",
    "origin_lat",
    "dest_lon",
    "dest_lat",
    "event_ids",
]
# After the required flow columns: how the map draws each end. ``origin_drawn``: point
# (at origin_lon/lat) | enclave (no origin located: from a point inside the East Aleppo
# enclave of the baseline date) | none. ``dest_drawn``: point | stub (no destination
# located: a short stub out of the origin) | none. A flow with no end located is not drawn.
FLOW_EXTRA_COLUMNS = ["origin_drawn", "dest_drawn"]
REVIEW_COLUMNS = ["article", "place_text", "best_match", "score", "evidence"]
# Numeric claims an article makes about the whole ("lost more than a third of the area
# it controlled"), kept so the timeline can set them beside what the map computes.
# measure: lost_share (fraction of its baseline area the faction has lost),
# held_share_of_east (fraction of East Aleppo the faction holds), area_km2 (km2 it holds).
# comparator: about | more_than | less_than | exactly. value: a fraction or km2.
CLAIM_COLUMNS = [
    "claim_id",
    "article",
    "published",
    "date",
    "claimant",
    "faction",
    "measure",
    "comparator",
    "value",
    "phrase",
    "evidence",
]

# Per day: km2, share of the layer and change since the baseline for each faction; the
# area whose state is contested or only claimed; people displaced so far (cumulative,
# low / high / best as in flows, with low <= best <= high). ``displaced_high_open``: how
# many of the flows counted give a floor but no ceiling ("more than 10,000"); each adds
# its floor to displaced_high, which is then a floor of the high, not a ceiling.
STATS_COLUMNS = [
    "date",
    *(f"{f}_{m}" for m in ("km2", "share", "change_km2") for f in ACTORS),
    "contested_km2",
    "claimed_km2",
    "displaced_low",
    "displaced_high",
    "displaced_best",
    "displaced_high_open",
]
# Each claim beside what the map computes for the same date and faction, twice:
# ``computed`` / ``agrees`` count every state the map colours (assessed and claimed), and
# ``computed_assessed`` / ``agrees_assessed`` count assessed states only (a district whose
# state rests on a claim counts as held by whoever held it before the claim). Contested
# districts are held by nobody in both. ``tolerance`` is the comparator's; ``agrees`` is
# yes | no, empty when it cannot be computed; ``basis`` gives the areas and names the
# districts each number rests on.
CHECK_COLUMNS = [
    *CLAIM_COLUMNS,
    "computed",
    "tolerance",
    "agrees",
    "basis",
    "computed_assessed",
    "agrees_assessed",
]
# Control, fighting and denial events that no district's state cites, with the reason
# (a place the layer cannot draw, a date before the baseline, fighting reported only
# for a whole area, ...). They stay in events.csv; this says why the map shows nothing.
UNUSED_COLUMNS = ["event_id", "article", "event_type", "place", "reason"]

BOUNDARY_QUALITIES = ("schematic", "accurate", "custom")


@dataclass
class DistrictLayer:
    """Polygons in EPSG:4326, one row per canonical district.

    ``gdf`` columns: ``district`` (canonical gazetteer name), ``name_ar``, ``area_km2``
    (computed in EPSG:32637), ``geometry``.
    """

    gdf: gpd.GeoDataFrame
    quality: str  # one of BOUNDARY_QUALITIES
    source: str  # file path or URL it was read from
    attribution: str  # credit line for maps, e.g. "schematic boundaries"
    unmatched: list[str] = field(default_factory=list)  # polygon names not in the gazetteer
    repaired: list[str] = field(default_factory=list)  # districts whose geometry was repaired


@dataclass
class Timeline:
    """What the map colours: one state per date x district, plus flows, areas and checks."""

    control: pd.DataFrame  # CONTROL_COLUMNS, one row per date x district
    flows: pd.DataFrame  # FLOW_COLUMNS
    stats: pd.DataFrame  # one row per date: km2 and share per faction, displaced so far
    checks: pd.DataFrame  # articles' own numeric claims beside the computed value
    dates: list  # every day from the baseline to the last event, as datetime.date
    # UNUSED_COLUMNS: state events the map does not show, and why.
    unused: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=UNUSED_COLUMNS))


@dataclass
class Bundle:
    """Everything one run knows: the inputs, the events and the model built from them."""

    articles: list  # dashboard.articles.Article
    skipped: list  # dashboard.articles.ArticleError, articles left out (app mode only)
    warnings: list[str]
    events: pd.DataFrame  # EVENT_COLUMNS + EVENT_EXTRA_COLUMNS
    review: pd.DataFrame  # REVIEW_COLUMNS: place names that matched nothing with confidence
    claims: pd.DataFrame  # CLAIM_COLUMNS: articles' numeric claims about the whole
    layer: DistrictLayer
    timeline: Timeline
    article_paths: list[Path] = field(default_factory=list)
