"""The extractor against hand-written expected events for each seed article.

``tests/oracle/<article>.csv`` lists the events a careful reader codes from each seed
article (written by reading the articles, not from the extractor's output). Events are
compared on their key fields; several sentences reporting the same event count once.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest

from dashboard.articles import load_articles
from dashboard.extract import extract_events
from dashboard.gazetteer import load_gazetteer
from dashboard.paths import SEEDS_DIR

ORACLE_DIR = Path(__file__).parent / "oracle"
SCORED = ("control_change", "contested", "denial", "displacement")
KEY = (
    "event_type",
    "district",
    "origin",
    "destination",
    "actor",
    "claimant",
    "date_start",
    "date_end",
    "count_low",
    "count_high",
)
ARTICLES = sorted(p.stem for p in ORACLE_DIR.glob("*.csv"))


def _key(row: dict) -> tuple:
    return tuple(
        "" if row[k] is None or str(row[k]) in ("<NA>", "nan") else str(row[k]) for k in KEY
    )


@lru_cache(maxsize=1)
def _extracted() -> dict[str, set[tuple]]:
    result = extract_events(load_articles([SEEDS_DIR]).articles, load_gazetteer())
    out: dict[str, set[tuple]] = {}
    for row in result.events.astype(object).to_dict(orient="records"):
        if row["event_type"] in SCORED:
            out.setdefault(Path(row["article"]).stem, set()).add(_key(row))
    return out


def _oracle(stem: str) -> set[tuple]:
    with (ORACLE_DIR / f"{stem}.csv").open(encoding="utf-8", newline="") as fh:
        return {_key(row) for row in csv.DictReader(fh)}


def _compare(stem: str) -> tuple[set, set, set]:
    expected, got = _oracle(stem), _extracted().get(stem, set())
    return expected & got, expected - got, got - expected


def test_every_seed_has_an_oracle(seeds_dir):
    assert sorted(p.stem for p in seeds_dir.glob("*.txt")) == ARTICLES


@pytest.mark.parametrize("stem", ARTICLES)
def test_seed_article_against_oracle(stem):
    hit, missed, extra = _compare(stem)
    for row in sorted(missed):
        print("MISSED", dict(zip(KEY, row, strict=True)))
    for row in sorted(extra):
        print("EXTRA ", dict(zip(KEY, row, strict=True)))
    recall = len(hit) / (len(hit) + len(missed)) if hit or missed else 1.0
    precision = len(hit) / (len(hit) + len(extra)) if hit or extra else 1.0
    assert recall >= 0.95, f"recall {recall:.2f}: missed {sorted(missed)}"
    assert precision >= 0.95, f"precision {precision:.2f}: extra {sorted(extra)}"


def test_seed_totals_reach_the_thresholds():
    hits = missed = extra = 0
    for stem in ARTICLES:
        h, m, e = _compare(stem)
        hits, missed, extra = hits + len(h), missed + len(m), extra + len(e)
    assert hits / (hits + missed) >= 0.95
    assert hits / (hits + extra) >= 0.95
