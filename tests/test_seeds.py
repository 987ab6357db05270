"""The bundled seed articles and their manifest."""

from __future__ import annotations

import csv
import datetime as dt

from dashboard.articles import MANIFEST_COLUMNS, load_articles


def test_seeds_are_byte_identical_to_shared(seeds_dir, shared_dir):
    originals = sorted((shared_dir / "seeds").glob("*.txt"))
    assert len(originals) == 5
    for original in originals:
        assert (seeds_dir / original.name).read_bytes() == original.read_bytes(), original.name
    assert sorted(p.name for p in seeds_dir.glob("*.txt")) == [p.name for p in originals]


def test_manifest_has_the_columns_and_every_file(seeds_dir):
    with (seeds_dir / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames) == MANIFEST_COLUMNS
    assert sorted(r["file"] for r in rows) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for row in rows:
        assert row["published_basis"], row["file"]
        assert row["outlet"], row["file"]


def test_manifest_dates(seeds_dir):
    """Two print their date; the others are reasoned from the text (see published_basis)."""
    loaded = load_articles([seeds_dir])
    dates = {a.file: a.published for a in loaded.articles}
    assert dates == {
        "000_f14d471c08ec8d09.txt": dt.date(2016, 11, 26),  # "now in its 12th day" from 15 Nov
        "001_871778a9916d0caa.txt": dt.date(2016, 11, 28),  # "said on Monday"
        "002_a8d6be43fb30cd4d.txt": dt.date(2016, 11, 27),  # printed
        "003_51fe2e03ff144263.txt": dt.date(2016, 11, 22),  # "on Tuesday", tweets of 21 Nov
        "004_37043deb74170df0.txt": dt.date(2016, 11, 28),  # printed
    }


def test_printed_dates_appear_in_the_text(seeds_dir):
    loaded = load_articles([seeds_dir])
    for article in loaded.articles:
        if article.published_basis.startswith("Printed"):
            stamp = f"{article.published.day} {article.published:%B}, {article.published.year}"
            assert stamp in article.text, article.file
