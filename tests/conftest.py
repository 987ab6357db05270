"""Shared fixtures: project paths, the optional ../shared reference data, article folders."""

from __future__ import annotations

import atexit
import csv
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The tests never read or write the user's cache: a CSR layer fetched there would change
# which district layer they see. Each session gets a fresh one (unless one is given).
if "ALEPPO_MAP_CACHE" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="aleppo-map-test-cache-")
    os.environ["ALEPPO_MAP_CACHE"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

from dashboard.paths import PROJECT_ROOT, SEEDS_DIR

SHARED_DIR = PROJECT_ROOT.parent / "shared"
CSR_GEOJSON = SHARED_DIR / "ref" / "geo" / "aleppo_neighbourhoods_csr.geojson"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS_DIR


def _absent(what: str) -> None:
    """Skip on a developer's machine without ../shared; fail in CI, which always has it."""
    message = f"{what} is not present beside the checkout"
    if os.environ.get("CI"):
        pytest.fail(f"{message}, and CI must run the tests that need it")
    pytest.skip(message)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        _absent("../shared")
    return SHARED_DIR


@pytest.fixture(scope="session")
def csr_geojson() -> Path:
    """The CSR neighbourhood polygons from ../shared (never copied into the project)."""
    if not CSR_GEOJSON.is_file():
        _absent("../shared/ref/geo/aleppo_neighbourhoods_csr.geojson")
    return CSR_GEOJSON


def write_article_folder(
    folder: Path, articles: dict[str, tuple[str | dt.date, str]], outlet: str = "Test Wire"
) -> Path:
    """Write ``{file: (published, text)}`` as an article folder with a manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "published", "outlet", "title", "url", "published_basis"])
        for name, (published, text) in articles.items():
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow(
                [
                    name,
                    str(published),
                    outlet,
                    (text.splitlines() or [name])[0][:80],
                    f"https://example.org/{name}",
                    "test",
                ]
            )
    return folder


@pytest.fixture
def article_folder(tmp_path):
    """Factory: ``article_folder({"a.txt": ("2016-12-11", "text")})`` -> folder path."""

    def make(
        articles: dict[str, tuple[str | dt.date, str]],
        name: str = "articles",
        outlet: str = "Test Wire",
    ) -> Path:
        return write_article_folder(tmp_path / name, articles, outlet)

    return make
