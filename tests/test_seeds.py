"""The bundled seed articles and their manifest."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib

from dashboard.articles import MANIFEST_COLUMNS, load_articles

# sha256 of the five articles as they stand in ../shared/seeds, so that the check holds
# on a checkout that has no ../shared beside it.
SEED_SHA256 = {
    "000_f14d471c08ec8d09.txt": "eac394d71449d80b3d2eaf2e173e4a9db15bab88d5373b67a4908ab65e046164",
    "001_871778a9916d0caa.txt": "9432b171c78193ce60cc2e80603f1e9cde6dac966cee7943d922d646bf34f1eb",
    "002_a8d6be43fb30cd4d.txt": "de644dbb4f8dbe49038ffad90384b26b672f47f7ac82966c1ddc368d4c8161c5",
    "003_51fe2e03ff144263.txt": "206bd2b3f98480997dd18e90ccd1287cb1fbcd4f43802066e94d1e41c6efaf51",
    "004_37043deb74170df0.txt": "099345a29096aec8e3302c583930cc1cd8daeb6eb3856f7e6f568b7403b481ce",
}


def test_seeds_match_their_recorded_checksums(seeds_dir):
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds_dir.glob("*.txt")}
    assert found == SEED_SHA256


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
