"""Where the bundled data lives, and where a user's downloads go."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("ALEPPO_MAP_DATA", PROJECT_ROOT / "data"))
GEO_DIR = DATA_DIR / "geo"
SEEDS_DIR = PROJECT_ROOT / "seeds"
GAZETTEER_CSV = GEO_DIR / "gazetteer.csv"
BASELINE_CSV = GEO_DIR / "baseline.csv"
SCHEMATIC_DISTRICTS = GEO_DIR / "districts.geojson"


def cache_dir() -> Path:
    """The user's cache directory for downloaded layers (``ALEPPO_MAP_CACHE`` overrides)."""
    override = os.environ.get("ALEPPO_MAP_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir("aleppo-map"))
