"""The body of ``aleppo-map extract``: load articles, code them, write events.

Nothing is written unless every article loads: a bad article raises ArticleError (the
CLI turns it into exit code 2 and a message naming the file). ``--out`` and
``--review`` are written atomically, so a reader never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from dashboard.articles import load_articles
from dashboard.atomic import write_text_atomic
from dashboard.extract import extract_events, format_events
from dashboard.gazetteer import load_gazetteer
from dashboard.paths import SEEDS_DIR

REVIEW_SHOWN = 10  # names listed on stderr; the --review file has them all


def run_extract(
    paths: Sequence[Path],
    published: dt.date | None = None,
    out: Path | None = None,
    fmt: str = "csv",
    review: Path | None = None,
) -> None:
    loaded = load_articles(list(paths) or [SEEDS_DIR], published)
    for warning in loaded.warnings:
        click.echo(f"aleppo-map: warning: {warning}", err=True)
    result = extract_events(loaded.articles, load_gazetteer())
    text = format_events(result.events, fmt)
    review_text = ""
    if review is not None:
        buf = io.StringIO()
        result.review.to_csv(buf, index=False, lineterminator="\n")
        review_text = buf.getvalue()
    # Check both destinations before writing either, so that an error writes nothing.
    for target in (out, review):
        if target is not None and not Path(target).parent.is_dir():
            raise OSError(f"{target}: folder {Path(target).parent} does not exist")
    if out is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(out, text)
    if review is not None:
        write_text_atomic(review, review_text)
    _summarise(result, len(loaded.articles), review)


def _summarise(result, n_articles: int, review: Path | None) -> None:
    counts = result.events["event_type"].value_counts().to_dict() if len(result.events) else {}
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "none"
    click.echo(
        f"aleppo-map: {n_articles} article(s), {len(result.events)} event(s): {kinds}", err=True
    )
    names = result.review
    if len(names):
        where = f"; all in {review}" if review else "; pass --review FILE to save them"
        click.echo(
            f"aleppo-map: {len(names)} place name(s) matched no district with confidence "
            f"and were left out{where}:",
            err=True,
        )
        for row in names.head(REVIEW_SHOWN).itertuples():
            best = f"closest {row.best_match!r} at {row.score:.0f}/100" if row.best_match else ""
            click.echo(f"  {row.article}: {row.place_text!r} {best}".rstrip(), err=True)
        if len(names) > REVIEW_SHOWN:
            click.echo(f"  ... and {len(names) - REVIEW_SHOWN} more", err=True)
    else:
        click.echo("aleppo-map: review list empty: every place name matched a district", err=True)
