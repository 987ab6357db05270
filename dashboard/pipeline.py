"""Run every stage once: articles -> events -> timeline, on a district layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from dashboard.articles import load_articles
from dashboard.model import Bundle
from dashboard.paths import SEEDS_DIR


def load_bundle(
    paths: Sequence[Path | str] = (),
    districts_file: Path | None = None,
    name_field: str | None = None,
    *,
    published: dt.date | None = None,
    skip_bad: bool = False,
) -> Bundle:
    """Load articles (default: ``seeds/``), extract events and fold them into a timeline.

    ``skip_bad=True`` (the dashboard) leaves out bad articles and lists them in
    ``Bundle.skipped``; ``skip_bad=False`` (the CLI) stops at the first one.
    """
    from dashboard.extract import extract_events
    from dashboard.gazetteer import load_gazetteer, read_baseline
    from dashboard.geo import load_districts
    from dashboard.timeline import build_timeline

    paths = list(paths) or [SEEDS_DIR]
    loaded = load_articles(paths, published, skip_bad=skip_bad)
    gazetteer = load_gazetteer()
    extracted = extract_events(loaded.articles, gazetteer)
    layer = load_districts(districts_file, name_field)
    timeline = build_timeline(
        extracted.events, read_baseline(), layer, gazetteer, claims=extracted.claims
    )
    return Bundle(
        articles=loaded.articles,
        skipped=loaded.skipped,
        warnings=loaded.warnings,
        events=extracted.events,
        review=extracted.review,
        claims=extracted.claims,
        layer=layer,
        timeline=timeline,
        article_paths=[Path(p) for p in paths],
    )
