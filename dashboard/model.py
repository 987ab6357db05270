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
# low / high / best as in flows).
STATS_COLUMNS = [
    "date",
    *(f"{f}_{m}" for m in ("km2", "share", "change_km2") for f in ACTORS),
    "contested_km2",
    "claimed_km2",
    "displaced_low",
    "displaced_high",
    "displaced_best",
]
# Each claim beside what the map computes for the same date and faction: ``computed``
# (same unit as ``value``), ``tolerance`` used by the comparator, ``agrees`` (yes | no,
# empty when it cannot be computed) and ``basis`` (the areas the number comes from).
CHECK_COLUMNS = [*CLAIM_COLUMNS, "computed", "tolerance", "agrees", "basis"]

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
