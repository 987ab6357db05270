"""The gazetteer: canonical Aleppo neighbourhoods, their spellings, points, and named areas."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dashboard.paths import BASELINE_CSV, GAZETTEER_CSV, GEO_DIR

# Spellings met in the news that the reference gazetteer lacks: name, variant, source.
EXTRA_SPELLINGS_CSV = GEO_DIR / "spellings_extra.csv"

FACTIONS = ("government", "rebels", "kurdish")
BASELINE_FACTIONS = (*FACTIONS, "contested")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # neighbourhood | landmark | area
    name_ar: str
    variants: tuple[str, ...]
    name_ar_variants: tuple[str, ...]
    lat: float
    lon: float
    sector: str
    shares_point_with: str
    members: tuple[str, ...]  # for areas: the neighbourhoods they consist of
    definition: str
    coord_method: str

    @property
    def is_area(self) -> bool:
        return self.kind == "area"


_HACEK_LETTERS = str.maketrans(
    {
        "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh",
        # (and Turkish: "Şeyh Hıdır" is "Sheyh Hidir", "Çarşı" "Charshi")
        "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ı": "i", "İ": "I",
    }
)  # fmt: skip


@lru_cache(maxsize=65536)  # names recur from sentence to sentence
def fold(text: str) -> str:
    """A spelling key: lower case, no accents, apostrophes or hyphens, single spaces."""
    if not text.isascii():  # ASCII has no accents to strip
        # (a háček or a cedilla is a letter of its own: the Czech "Šejch" is "Shejch",
        # not "Sejch", "Džandúl" is "Jandul", and the Turkish "Şeyh" is "Sheyh")
        text = text.replace("dž", "j").replace("Dž", "J").translate(_HACEK_LETTERS)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "").replace("'", "").replace("\u2018", "")
    text = text.replace("`", "").replace("\u02bf", "").replace("\u02be", "")
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


class Gazetteer:
    """All places by canonical name, plus an index of every spelling."""

    def __init__(self, places: list[Place]):
        self.places = {p.name: p for p in places}
        self.spellings: dict[str, str] = {}
        for p in places:
            for spelling in (p.name, p.name_ar, *p.variants, *p.name_ar_variants):
                key = fold(spelling)
                if key:
                    # The first place to claim a spelling keeps it: canonical names are
                    # listed before the areas that might reuse a word.
                    self.spellings.setdefault(key, p.name)

    def __contains__(self, name: str) -> bool:
        return name in self.places

    def __getitem__(self, name: str) -> Place:
        return self.places[name]

    def lookup(self, spelling: str) -> str | None:
        """The canonical name for an exact (folded) spelling, or None."""
        return self.spellings.get(fold(spelling))

    @property
    def neighbourhoods(self) -> list[Place]:
        return [p for p in self.places.values() if not p.is_area]

    @property
    def areas(self) -> list[Place]:
        return [p for p in self.places.values() if p.is_area]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


def _extra_spellings(path: Path) -> dict[str, list[str]]:
    extra: dict[str, list[str]] = {}
    if path.is_file():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                extra.setdefault(row["name"], []).append(row["variant"])
    return extra


def read_gazetteer(
    path: Path = GAZETTEER_CSV, extra_spellings: Path = EXTRA_SPELLINGS_CSV
) -> Gazetteer:
    with Path(path).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    extra = _extra_spellings(Path(extra_spellings))
    unknown = sorted(set(extra) - {r["name"] for r in rows})
    if unknown:
        raise ValueError(f"{extra_spellings}: names not in the gazetteer: {', '.join(unknown)}")
    places = [
        Place(
            name=r["name"],
            kind=r["kind"],
            name_ar=r["name_ar"],
            variants=(*_split(r["variants"]), *extra.get(r["name"], ())),
            name_ar_variants=_split(r["name_ar_variants"]),
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            sector=r["sector"],
            shares_point_with=r["shares_point_with"],
            members=_split(r["members"]),
            definition=r["definition"],
            coord_method=r["coord_method"],
        )
        for r in rows
    ]
    return Gazetteer(places)


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_CSV) -> Gazetteer:
    """The gazetteer, read once per process."""
    return read_gazetteer(path)


@dataclass(frozen=True)
class BaselineRow:
    date: dt.date
    name: str
    faction: str
    confidence: str
    source: str
    note: str


def read_baseline(path: Path = BASELINE_CSV) -> dict[str, BaselineRow]:
    """Who held each neighbourhood on the baseline date, keyed by canonical name."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for r in rows:
        if r["faction"] not in BASELINE_FACTIONS:
            raise ValueError(
                f"{path}: {r['name']} has faction {r['faction']!r}; "
                f"expected one of {', '.join(BASELINE_FACTIONS)}"
            )
        out[r["name"]] = BaselineRow(
            dt.date.fromisoformat(r["date"]),
            r["name"],
            r["faction"],
            r["confidence"],
            r["source"],
            r["note"],
        )
    return out


def baseline_date(baseline: dict[str, BaselineRow]) -> dt.date:
    """The single date the baseline describes."""
    dates = {row.date for row in baseline.values()}
    if len(dates) != 1:
        raise ValueError(f"baseline rows carry {len(dates)} different dates; expected one")
    return dates.pop()
