"""The words printed in a snapshot, all derived from the bundle: date stamp, headline,
sources, boundary credit and data version."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from dashboard import __version__
from dashboard.figures_vector import MapData, day_changes, day_flows, map_data, text_width
from dashboard.model import Bundle

TITLE_STEM = "The offensive on east Aleppo"
DEFAULT_BYLINE = "Map: aleppo-map, from news reports"
BYLINE_ENV = "ALEPPO_MAP_BYLINE"
# Headline subjects (long, short) and verbs (took, claims); the legend uses
# dashboard.style.FACTION_LABELS.
_ACTORS = {
    "government": ("Government forces", "Government", "takes", "claims"),
    "rebels": ("Rebels", "Rebels", "take", "claim"),
    "kurdish": ("Kurdish forces", "Kurds", "take", "claim"),
}
_MAX_NAMES = 4


def long_date(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def month_span(dates: Iterable[dt.date]) -> str:
    """The months the dates cover: "November 2016", "November–December 2016",
    "December 2016–January 2017"."""
    days = sorted(dates)
    if not days:
        return ""
    first, last = days[0], days[-1]
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B %Y}"
    if first.year == last.year:
        return f"{first:%B}–{last:%B %Y}"
    return f"{first:%B %Y}–{last:%B %Y}"


def title(dates: Iterable[dt.date]) -> str:
    """The image title, with the months of the timeline's own dates."""
    span = month_span(dates)
    return f"{TITLE_STEM}, {span}" if span else TITLE_STEM


def short_date(date: dt.date) -> str:
    return f"{date.day} {date:%b}"


def date_stamp(date: dt.date) -> str:
    return f"Control as assessed on {long_date(date)}"


def split_ids(value) -> list[str]:
    """Event ids from a control row: a list, or a string joined by ``;`` ``,`` ``|`` or spaces."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, list | tuple | set):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part for part in re.split(r"[;,|\s]+", str(value)) if part]


def changes(data: MapData, date: dt.date) -> pd.DataFrame:
    """Districts whose faction or status differs from the day before (none on the first day)."""
    return day_changes(data, date)


def district_rank(data: MapData, date: dt.date, rows: pd.DataFrame) -> list[str]:
    """The districts of ``rows`` (one day's control rows) most important first.

    The rule: a district an event names itself comes before one that only belongs to a
    named area ("north-east Aleppo"); then the one more events support (corroboration);
    then the larger; then by name.
    """
    ids = {name: set(split_ids(value)) for name, value in rows["event_ids"].items()}
    direct = {(name, event_id) for name, first, last, event_id in data.event_days}

    def key(name: str):
        named = any((name, i) in direct for i in ids.get(name, ()))
        return (not named, -len(ids.get(name, ())), -data.areas.get(name, 0.0), name)

    return sorted(rows.index, key=key)


def _clauses(data: MapData, date: dt.date) -> list[tuple[str, str, str, list[str]]]:
    """(actor, long lead, short lead, districts most important first) per headline clause.

    A district that changed hands is taken by its new holder, or claimed when only one
    side says so; a district newly contested is "fighting in", whoever held it. Other
    changes (a claim confirmed, fighting over) are left to the map. Every actor with a
    gain gets its clause, so no side's gains can fall out of a shortened headline.
    """
    moved = changes(data, date)
    contested = moved["status"] == "contested"
    taken = moved[(moved["faction"] != moved["was_faction"]) & ~contested]
    known = [f for f in _ACTORS if f in set(taken["faction"])]
    others = sorted(set(taken["faction"]) - set(_ACTORS))
    clauses = []
    for faction in known + others:
        subject = _ACTORS.get(faction, (faction.title(), faction.title(), "takes", "claims"))
        rows = taken[taken["faction"] == faction]
        held = rows[rows["status"] != "claimed"]
        claimed = rows[rows["status"] == "claimed"]
        verbs = subject[2:]
        for i, part in enumerate((held, claimed)):
            if not len(part):
                continue
            verb = verbs[i]
            if i and len(held):  # "...; claims X": the subject is the clause before's
                long, short = _plural(verb, subject[0]), verb
            else:
                long, short = f"{subject[0]} {_plural(verb, subject[0])}", f"{subject[1]} {verb}"
            clauses.append((faction, long, short, district_rank(data, date, part)))
    fighting = moved[contested & (moved["was_status"] != "contested")]
    if len(fighting):
        ranked = district_rank(data, date, fighting)
        clauses.append(("contested", "fighting in", "fighting in", ranked))
    return clauses


def _plural(verb: str, subject: str) -> str:
    """ "takes" -> "take" after a plural subject ("Government forces", "Rebels")."""
    return verb[:-1] if subject.endswith("s") and verb.endswith("s") else verb


def _names_text(names: list[str], shown: int, compact: bool) -> str:
    rest = len(names) - shown
    text = ", ".join(names[:shown])
    if rest:
        text += f" +{rest}" if compact else f" and {rest} more"
    return text


def headline_variants(
    data: MapData, date: dt.date, prefix: bool = True, counts: bool = True
) -> Iterator[str]:
    """The day's headline from its longest form to its shortest.

    Forms lose, in turn: names past the first of the clause showing the most (the least
    important name first, see :func:`district_rank`), then the long subject ("Government
    forces take" becomes "Government takes"), then "and 3 more" becomes "+3", and last
    the names give way to counts ("Government takes 2 districts"; not with ``counts``
    False). Every form keeps every clause: no side's gains drop out of a shortened
    headline.
    """
    lead = f"{short_date(date)}: " if prefix else ""
    if not any(d < date for d in data.control):
        yield lead + "baseline"
        return
    clauses = _clauses(data, date)
    if not clauses:
        yield lead + "no change in control reported"
        return
    shown = [min(len(names), _MAX_NAMES) for *_, names in clauses]
    shown = [s if s == len(c[3]) else _MAX_NAMES - 1 for s, c in zip(shown, clauses, strict=True)]

    def text(long: bool, compact: bool) -> str:
        parts = [
            f"{c[1] if long else c[2]} {_names_text(c[3], n, compact)}"
            for c, n in zip(clauses, shown, strict=True)
        ]
        return lead + "; ".join(parts)

    while True:
        yield text(True, False)
        yield text(False, False)
        if max(shown) == 1:
            break
        # the clause showing most names loses its last one (the later clause on a tie)
        i = max(range(len(shown)), key=lambda k: (shown[k], k))
        shown[i] -= 1
    yield text(False, True)
    if not counts:
        return
    # Last, counts instead of names (a lone name stays while it can): still every clause.
    for form in ("single", "districts", "bare"):
        yield lead + "; ".join(f"{c[2]} {_count(c[3], form)}" for c in clauses)


def _count(names: list[str], form: str) -> str:
    n = len(names)
    if form == "single" and n == 1:
        return names[0]
    return str(n) if form == "bare" else f"{n} district{'s' * (n != 1)}"


def headline(
    data: MapData,
    date: dt.date,
    width: float | None = None,
    size: float = 12.0,
    prefix: bool = True,
) -> str:
    """One line from the day's control changes, e.g. ``28 Nov: Government forces take
    Haidariya, Sheikh Khodr; claim Sakhour and 7 more; Kurdish forces take Sheikh Fares``.

    With ``width`` (px, for type of ``size`` px) the longest form that fits, else the
    shortest cut to fit with "…". Without, the longest form, a few names per clause.
    """
    forms = list(headline_variants(data, date, prefix))
    if width is None:
        return forms[0]
    for form in forms:
        if text_width(form, size) <= width:
            return form
    return fit_text(forms[-1], width, size)


def deck(data: MapData, date: dt.date) -> str | None:
    """The day's changes as a sentence under the date stamp, where a page has room
    ("Government forces take Haidariya, ..."); None on the baseline day."""
    if not any(d < date for d in data.control):
        return None
    text = next(headline_variants(data, date, prefix=False))
    return text[:1].upper() + text[1:] + "."


def fit_text(text: str, width: float, size: float) -> str:
    """``text``, cut at a word and ended with "…" if it is wider than ``width`` px."""
    if text_width(text, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and text_width(" ".join(words) + "…", size) > width:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


def sources_line(
    bundle: Bundle, data: MapData, dates: Iterable[dt.date], flows: str = "none"
) -> str:
    """Outlets and claimants behind the state shown: the events cited by the days'
    control rows and by the displacement reports of the ``flows`` view (those drawn
    and those counted in the legend without a route)."""
    ids: set[str] = set()
    from_baseline = False
    for date in dates:
        rows = data.control.get(date)
        if rows is not None:
            for value in rows["event_ids"]:
                found = split_ids(value)
                ids.update(found)
                from_baseline = from_baseline or not found
        for value in day_flows(data, date, flows, mapped=False).get("event_ids", []):
            ids.update(split_ids(value))
    events = bundle.events
    used = events[events["event_id"].astype(str).isin(ids)] if len(events) else events
    outlets = sorted({str(v) for v in used.get("outlet", []) if isinstance(v, str) and v.strip()})
    claimants = sorted(
        {str(v) for v in used.get("claimant", []) if isinstance(v, str) and v.strip()}
    )
    parts = []
    if outlets:
        parts.append("Sources: " + ", ".join(outlets))
    if claimants:
        parts.append("claims by " + ", ".join(claimants))
    if from_baseline and data.dates:
        where = "elsewhere the baseline" if parts else "the baseline"
        parts.append(f"{where} of {long_date(data.dates[0])}")
    if not parts:
        return "Sources: none reported for this day"
    text = "; ".join(parts)
    return text if text.startswith("Sources") else "Sources: " + text


def data_version(bundle: Bundle) -> str:
    """8 hex digits of a hash of everything the map is drawn from, so two images with
    the same stamp were drawn from the same evidence on the same boundaries."""
    memo = map_data(bundle).memo
    if "data_version" not in memo:
        memo["data_version"] = _data_version(bundle)
    return memo["data_version"]


def _table_bytes(table: pd.DataFrame | None, key: str | None = None) -> bytes:
    if table is None or not len(table):
        return b"-"
    if key and key in table:
        table = table.sort_values(key, kind="stable")
    return table.to_csv(index=False).encode("utf-8")


def input_files() -> list[Path]:
    """The hand-kept tables the timeline is built on: the baseline (who held what on the
    first day) and the gazetteer (names, spellings and the members of named areas)."""
    from dashboard import gazetteer, paths

    return [paths.BASELINE_CSV, paths.GAZETTEER_CSV, gazetteer.EXTRA_SPELLINGS_CSV]


def _data_version(bundle: Bundle) -> str:
    digest = hashlib.sha256()
    digest.update(_table_bytes(bundle.events, "event_id"))
    # What is drawn: control per day and flows, after the timeline's reading of the
    # events, the baseline and the gazetteer's areas.
    timeline = bundle.timeline
    digest.update(_table_bytes(timeline.control.sort_values(["date", "district"], kind="stable")))
    digest.update(_table_bytes(timeline.flows))
    for path in input_files():
        digest.update(str(Path(path).name).encode("utf-8"))
        digest.update(Path(path).read_bytes() if Path(path).is_file() else b"-")
    gdf = bundle.layer.gdf
    for name, geom in zip(gdf["district"], gdf.geometry, strict=True):
        digest.update(str(name).encode("utf-8"))
        digest.update(geom.wkb)
    digest.update(bundle.layer.attribution.encode("utf-8"))
    digest.update(repr(map_data(bundle).context).encode("utf-8"))
    return digest.hexdigest()[:8]


def version_line(bundle: Bundle) -> str:
    n = len(bundle.articles)
    return f"Data {data_version(bundle)} · aleppo-map {__version__} · {n} article{'s' * (n != 1)}"


def byline_text(byline: str | None = None) -> str:
    """The credit printed in an image: ``byline``, else ``ALEPPO_MAP_BYLINE`` from the
    environment (how the dashboard's Export control gets one), else the default."""
    for text in (byline, os.environ.get(BYLINE_ENV)):
        if text and text.strip():
            return text.strip()
    return DEFAULT_BYLINE


def credit_line(bundle: Bundle, byline: str | None) -> str:
    return " · ".join([bundle.layer.attribution, byline_text(byline), version_line(bundle)])


def wrap(text: str, chars: int) -> list[str]:
    return textwrap.wrap(text, max(int(chars), 12)) or [""]
