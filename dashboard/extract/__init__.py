"""Extraction: from article text to dated, sourced events.

``extract_events(articles, gazetteer)`` codes every article sentence by sentence (see
:mod:`dashboard.extract.events`) and returns the events, the place names left for human
review, and the articles' numeric claims about the whole. ``format_events`` gives the
exact text ``aleppo-map extract`` writes, which ``aleppo-map build`` reuses.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import io
import json
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd

from dashboard.articles import Article
from dashboard.extract.compiled import use_compiled_coder
from dashboard.gazetteer import Gazetteer
from dashboard.model import CLAIM_COLUMNS, EVENT_COLUMNS, EVENT_EXTRA_COLUMNS, REVIEW_COLUMNS

# Before any module of the coder is imported: its compiled copies, when built from these
# very sources, come first on the package path.
CODER = use_compiled_coder(__path__)

from dashboard.extract.claims import code_claims  # noqa: E402
from dashboard.extract.events import code_article  # noqa: E402
from dashboard.extract.places import PlaceIndex  # noqa: E402

ALL_EVENT_COLUMNS = EVENT_COLUMNS + EVENT_EXTRA_COLUMNS
COUNT_COLUMNS = ("count_low", "count_high")

__all__ = ["ALL_EVENT_COLUMNS", "CODER", "ExtractResult", "extract_events", "format_events"]


@dataclass
class ExtractResult:
    events: pd.DataFrame  # EVENT_COLUMNS + EVENT_EXTRA_COLUMNS
    review: pd.DataFrame  # REVIEW_COLUMNS
    claims: pd.DataFrame  # CLAIM_COLUMNS


_INDEXES: dict[int, PlaceIndex] = {}


def _index(gazetteer: Gazetteer) -> PlaceIndex:
    # The index is built once per gazetteer object: building it folds every spelling.
    key = id(gazetteer)
    if key not in _INDEXES or _INDEXES[key].gazetteer is not gazetteer:
        _INDEXES[key] = PlaceIndex(gazetteer)
    return _INDEXES[key]


def _iso(day: dt.date | str) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day)


def _event_id(article: str, ev: dict, seen: set[str]) -> str:
    """A stable id: a hash of where the event is and what it says, unique in the run."""
    parts = [
        article,
        str(ev["_sentence"]),
        ev["event_type"],
        ev["district"],
        ev["origin"],
        ev["destination"],
        ev["actor"],
        ev["claimant"],
        _iso(ev["date_start"]),
    ]
    base = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]
    candidate, n = f"ev-{base}", 1
    while candidate in seen:
        n += 1
        candidate = f"ev-{base}-{n}"
    seen.add(candidate)
    return candidate


def _events_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=ALL_EVENT_COLUMNS)
    for col in ALL_EVENT_COLUMNS:
        if col in COUNT_COLUMNS:
            frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
        else:
            frame[col] = frame[col].fillna("").astype(str)
    return frame


@contextmanager
def _no_cycle_collection():
    """Pause Python's automatic cycle collection. The rows kept are dicts of strings,
    numbers and dates, freed by reference counting, but the collector would still walk
    every row kept so far, again and again, making time grow faster than the corpus.
    (The compiled coder's nested functions do leave cycles: the loop below collects the
    youngest generation after each article, which holds only that article's objects.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract_events(articles: Sequence[Article], gazetteer: Gazetteer) -> ExtractResult:
    """Code every article; same input, same rows in the same order."""
    with _no_cycle_collection():
        return _extract_events(articles, gazetteer)


def _extract_events(articles: Sequence[Article], gazetteer: Gazetteer) -> ExtractResult:
    index = _index(gazetteer)
    rows: list[dict] = []
    review_rows: list[dict] = []
    claim_rows: list[dict] = []
    ids: set[str] = set()
    for article in articles:
        events, review, sentences = code_article(article, index)
        gc.collect(0)
        published = article.published.isoformat()
        for ev in events:
            rows.append(
                {
                    "event_id": _event_id(article.file, ev, ids),
                    "article": article.file,
                    "published": published,
                    "event_type": ev["event_type"],
                    "date_start": _iso(ev["date_start"]),
                    "date_end": _iso(ev["date_end"]),
                    "date_phrase": ev["date_phrase"],
                    "district": ev["district"],
                    "place_text": ev["place_text"],
                    "actor": ev["actor"],
                    "claimant": ev["claimant"],
                    "origin": ev["origin"],
                    "destination": ev["destination"],
                    "count_low": ev["count_low"],
                    "count_high": ev["count_high"],
                    "evidence": ev["evidence"],
                    "outlet": article.outlet,
                    "url": article.url,
                }
            )
        for item, sentence in review:
            review_rows.append(
                {
                    "article": article.file,
                    "place_text": item.place_text,
                    "best_match": item.best_match,
                    "score": item.score,
                    "evidence": sentence,
                }
            )
        claim_rows.extend(code_claims(article, sentences))
    review_frame = pd.DataFrame(review_rows, columns=REVIEW_COLUMNS).drop_duplicates(
        subset=["article", "place_text"], ignore_index=True
    )
    return ExtractResult(
        events=_events_frame(rows),
        review=review_frame,
        claims=pd.DataFrame(claim_rows, columns=CLAIM_COLUMNS),
    )


def _json_value(column: str, value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return int(value) if column in COUNT_COLUMNS else value


def format_events(events: pd.DataFrame, fmt: str = "csv") -> str:
    """The exact text ``extract`` writes: CSV with a header, or a JSON array of records."""
    frame = events.reindex(
        columns=[c for c in ALL_EVENT_COLUMNS if c in events.columns]
        + [c for c in events.columns if c not in ALL_EVENT_COLUMNS]
    )
    if fmt == "csv":
        buf = io.StringIO()
        frame.to_csv(buf, index=False, lineterminator="\n")
        return buf.getvalue()
    if fmt == "json":
        records = [
            {k: _json_value(k, v) for k, v in row.items()}
            for row in frame.astype(object).to_dict(orient="records")
        ]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}; expected csv or json")
