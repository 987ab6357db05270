"""A small date grammar: the time phrases news sentences use, resolved against a date.

Each phrase found in a sentence is a :class:`DatePhrase` that resolves to a
``(start, end)`` pair of dates given a reference day (the publication date, or the date
of a report the sentence quotes). A single day gives ``start == end``; a window gives
``start < end``. Phrases that place an event long before the reference ("in the summer
of 2012") are marked historical, so that the events they date are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dashboard.extract.matching import PatternSet

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "few": 3, "a few": 3, "several": 3,
}  # fmt: skip
# Anything dated further back than this before its reference is history, not this offensive.
HISTORY_DAYS = 45
WINDOW_HISTORY_DAYS = 90

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+couple\s+of|a\s+few|few|several)"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_EXPLICIT = (
    rf"(?:{_WEEKDAY}\s*,?\s*\(?\s*)?"
    rf"(?:(?P<d1>{_DAYNUM})\s+(?:of\s+)?(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAYNUM})\b)"
    r"(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?\)?"
)

_PATTERNS: list[tuple[str, str]] = [
    ("since_explicit", rf"\bsince\s+(?:the\s+)?{_EXPLICIT}"),
    (
        # "since the start of the offensive on the 15th of November"
        "since_explicit",
        rf"\bsince\s+the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?:\w+\s+){{0,2}}?(?:on\s+)?(?:the\s+)?{_EXPLICIT}",
    ),
    (
        # "since the offensive began on 15 November"
        "since_explicit",
        rf"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){{0,3}}?(?:began|started|was\s+launched|launched|opened)\s+(?:on\s+)?{_EXPLICIT}",
    ),
    ("since_weekday", rf"\bsince\s+(?:last\s+)?(?P<wd>{_WEEKDAY})"),
    # "on the 26th", "by that Monday, the 28th": a day of the month, the latest one
    (
        "day_of_month",
        rf"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=,\s))the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
        # ("on the 7th of this month")
        r"(?:\s+of\s+(?:this|the)\s+(?:current\s+)?month\b|"
        rf"(?!\s+(?:of\s+)?(?:{_MONTH}|anniversary|brigade|division|regiment|floor|century|time)))",
    ),
    # "between Saturday and Monday night", "from Monday to Wednesday"
    (
        "weekday_window",
        # ("during the night from Tuesday to Wednesday")
        rf"\b(?:between\s+(?P<wd0>{_WEEKDAY}){_PART}\s+and|"
        rf"(?:during\s+the\s+night\s+)?from\s+(?P<wd2>{_WEEKDAY}){_PART}\s+"
        rf"(?:to|until|till|through))\s+(?P<wd1>{_WEEKDAY}){_PART}\b",
    ),
    # "in the night to Tuesday": the night before that day
    (
        "night_to",
        rf"\b(?:(?:in|during)\s+the\s+night|overnight)\s+(?:to|into|before|leading\s+to)\s+"
        rf"(?P<wd>{_WEEKDAY})\b",
    ),
    # "between 12 and 13 December", "between December 12 and 13"
    (
        "between",
        rf"\bbetween\s+(?:(?P<d0>{_DAYNUM})\s+and\s+(?P<d1>{_DAYNUM})\s+(?:of\s+)?(?P<m1>{_MONTH})|"
        rf"(?P<m2>{_MONTH})\s+(?P<d3>{_DAYNUM})\s+and\s+(?P<d2>{_DAYNUM})\b)",
    ),
    # (Found from the date itself; a preposition before it is joined on afterwards, see
    # _join_prefix, so that the scan does not try the pattern at every "on" and "by".)
    ("explicit", rf"\b{_EXPLICIT}"),
    (
        "history_year",
        rf"\b(?:in|since|during|by|until|from)\s+(?:the\s+)?(?:mid-|(?:summer|spring|autumn|fall|winter|early|late|mid|end|beginning|start)\s+(?:of\s+)?)?(?:(?P<ymonth>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b",
    ),
    # "remembers the summer of 2012, when ...": a season of a year, no preposition
    (
        "history_year",
        r"\b(?:summer|spring|autumn|fall|winter)\s+of\s+(?P<year>(?:19|20)\d\d)\b",
    ),
    # "July 2012 - Rebels seize eastern districts": a month of a year, no preposition
    ("month_year", rf"\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b"),
    (
        "history_month",
        rf"\b(?P<since>in|since|during|by|until|at|that)\s+(?:the\s+)?(?:(?P<part>early|late|mid-?|end|start|beginning|middle|(?:first|second|third|last)\s+(?:week|half))\s*(?:of\s+)?)?(?P<month>{_MONTH})(?!\.?\s+\d)\b",
    ),
    # Windows and weekends are found from their rarer words ("past", "weekend") with a
    # fixed look back, so that the scan does not try them at every "in" and "the".
    (
        "window_last",
        rf"(?<=\bthe\s)(?:last|past|previous)\s+(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|hours?|months?|years?)\b",
    ),
    (
        "window_last_unit",
        r"(?<=\bthe\s)(?:last|past)\s+(?P<unit>day|week|24\s+hours|48\s+hours)\b",
    ),
    # "grabbing the north in a three-day blitz": the days up to the day it is told of
    (
        "n_day_push",
        r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bits\s)|(?<=\btheir\s))"
        r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)[-\s]day\s+"
        r"(?:blitz|offensive|assault|push|advance|campaign|onslaught|sweep|operation|rout)\b",
    ),
    # "besieged for years", "for much of this year": a state long before this offensive
    (
        "for_long",
        rf"\bfor\s+(?:(?:(?P<n>{_NUM})\s+)?(?P<unit>years|months)\b|(?:much|most)\s+of\s+(?:this|the)\s+year\b)",
    ),
    # (Counted back from "ago" so that the pattern starts at a rare word, see matching.py.)
    ("ago", r"\b(?P<unit>hours|days?|weeks?|months?|years?)\s+ago\b"),
    # "two days later", "the next day", "a day earlier": counted from another date, the
    # one named before in the sentence or the article (see events).
    # (Like "ago", found from the unit, with its number counted back.)
    (
        "offset",
        r"\b(?:(?P<unit>days?|hours|weeks?|months?)\s+(?P<dir>later|earlier|before|after)|"
        r"(?<=\bthe\s)(?P<rel>next|following|same)\s+(?:day|morning|afternoon|evening|night))\b",
    ),
    # "later that month", "that summer": the time of a date named before (see events);
    # found from the period's word, with what stands before it looked back at
    (
        "that_period",
        # (not "said that month ...": "that" joining a clause)
        r"(?:(?<=\blater\s)|(?<=\bearlier\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|"
        r"(?<=\bit\s)|(?<=\bthem\s)|(?<=,\s)|(?<=^))"
        r"(?:that|the\s+same)\s+(?P<period>week|month|summer|autumn|year)\b",
    ),
    # "within 48 hours": a window opening on a date named before (see events)
    (
        "within",
        rf"\bwithin\s+(?:the\s+(?:next\s+|following\s+)?)?(?P<n>{_NUM})\s+(?P<unit>hours|days?)\b",
    ),
    # "had arrived since the weekend": from that Saturday to the day told (listed before
    # "weekend", which it matches the same words as, so that it wins)
    ("since_weekend", r"(?:(?<=\bsince\sthe\s)|(?<=\bsince\slast\s))weekend\b"),
    ("weekend", r"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\blast\s))weekend\b"),
    ("earlier_week", r"\bearlier\s+(?:this|in\s+the)\s+week\b"),
    ("this_week", r"\bthis\s+week\b"),
    ("last_week", r"\blast\s+week\b"),
    ("last_month", r"\blast\s+month\b"),
    (
        "weekday",
        rf"\b(?P<wd>{_WEEKDAY}){_PART}\b",
    ),
    ("overnight", r"\b(?:overnight|last\s+night|during\s+the\s+night)\b"),
    ("yesterday", r"\byesterday\b|(?<=\bthe\s)(?:previous\s+day|day\s+before)\b"),
    ("today", r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b"),
]
_PATTERN_SET = PatternSet([(pattern, re.I, kind) for kind, pattern in _PATTERNS])


@dataclass(frozen=True)
class DatePhrase:
    start: int
    end: int
    text: str
    kind: str
    groups: dict

    @property
    def is_relative(self) -> bool:
        """Phrases whose meaning depends on the day they were said, not the day printed."""
        return self.kind in {
            "today", "yesterday", "overnight", "weekday", "weekday_window", "day_of_month",
            "ago", "offset", "within", "since_weekday", "since_weekend",
            "night_to",
            # (windows that end on the day said: "said Monday that ... over the past 24
            # hours", "said Thursday that 50,000 had fled since Nov. 26")
            "window_last", "window_last_unit", "since_explicit", "n_day_push",
        }  # fmt: skip

    @property
    def needs_anchor(self) -> bool:
        """ "Two days later", "within 48 hours": counted from another date, not from the
        day it was said."""
        return self.kind in ("offset", "within", "that_period")

    def resolve(self, ref: dt.date) -> tuple[dt.date, dt.date] | None:
        return _resolve(self, ref)

    def is_history(self, ref: dt.date) -> bool:
        span = self.resolve(ref)
        if span is None:
            return False
        # Ended long ago, or a window opened long before this offensive ("for the past
        # four years", "since July").
        return span[1] < ref - dt.timedelta(days=HISTORY_DAYS) or span[0] < ref - dt.timedelta(
            days=WINDOW_HISTORY_DAYS
        )


def _number(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def _weekday_on_or_before(ref: dt.date, name: str, strictly: bool = False) -> dt.date:
    target = WEEKDAYS.index(name.lower())
    back = (ref.weekday() - target) % 7
    if strictly and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _explicit(g: dict, ref: dt.date) -> dt.date | None:
    day = g.get("d1") or g.get("d2")
    month = g.get("m1") or g.get("m2")
    if not day or not month:
        return None
    digits = re.match(r"\d+", day)
    if digits is None:
        return None
    day_n = int(digits.group(0))
    year = int(g["y"]) if g.get("y") else ref.year
    try:
        when = dt.date(year, _month(month), day_n)
    except ValueError:
        return None
    # Without a year, a date after the reference belongs to the year before.
    if not g.get("y") and when > ref + dt.timedelta(days=1):
        try:
            when = when.replace(year=year - 1)
        except ValueError:
            return None
    return when


def _resolve(p: DatePhrase, ref: dt.date) -> tuple[dt.date, dt.date] | None:
    g = p.groups
    one = dt.timedelta(days=1)
    if p.kind == "today":
        return ref, ref
    if p.kind == "yesterday":
        return ref - one, ref - one
    if p.kind == "overnight":
        return ref - one, ref
    if p.kind == "weekday":
        day = _weekday_on_or_before(
            ref, g["wd"], strictly=bool(g.get("last", "").strip().lower().startswith("last"))
        )
        return day, day
    if p.kind == "explicit":
        on = _explicit(g, ref)
        return (on, on) if on else None
    if p.kind == "since_explicit":
        since = _explicit(g, ref)
        return (since, ref) if since and since <= ref else None
    if p.kind == "between":
        last = _explicit(g, ref)
        first = _explicit({**g, "d1": g.get("d0"), "d2": g.get("d3")}, ref)
        return (first, last) if first and last and first <= last else None
    if p.kind == "since_weekday":
        return _weekday_on_or_before(ref, g["wd"], strictly=True), ref
    if p.kind == "day_of_month":
        # the latest month, up to the reference, that has that day
        dom, month, year = int(g["d"]), ref.month, ref.year
        if dom > ref.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        for _ in range(3):
            try:
                found = dt.date(year, month, dom)
                return found, found
            except ValueError:  # ("the 31st" in a month of 30 days)
                month, year = (12, year - 1) if month == 1 else (month - 1, year)
        return None
    if p.kind == "night_to":
        day = _weekday_on_or_before(ref, g["wd"])
        return day - one, day
    if p.kind == "weekday_window":
        last = _weekday_on_or_before(ref, g["wd1"])
        return _weekday_on_or_before(last, g.get("wd0") or g["wd2"]), last
    if p.kind == "weekend":
        sunday = _weekday_on_or_before(ref, "sunday")
        return sunday - one, sunday
    if p.kind == "since_weekend":
        return _weekday_on_or_before(ref, "sunday") - one, ref
    if p.kind == "earlier_week":
        monday = ref - dt.timedelta(days=ref.weekday())
        if monday >= ref:
            monday -= dt.timedelta(days=7)
        return monday, ref - one
    if p.kind == "this_week":
        monday = ref - dt.timedelta(days=ref.weekday())
        return monday, ref
    if p.kind == "last_week":
        monday = ref - dt.timedelta(days=ref.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if p.kind == "last_month":
        first_this = ref.replace(day=1)
        last_prev = first_this - one
        return last_prev.replace(day=1), last_prev
    if p.kind in ("window_last", "window_last_unit"):
        unit = g["unit"].lower()
        n = _number(g["n"]) if g.get("n") else 1
        if unit.startswith("24"):
            days = 1
        elif unit.startswith("48"):
            days = 2
        elif unit.startswith("hour"):
            days = max(1, -(-n // 24))
        elif unit.startswith("week"):
            days = 7 * n
        elif unit.startswith("month"):
            days = 30 * n
        elif unit.startswith("year"):
            days = 365 * n
        else:
            days = n
        return ref - dt.timedelta(days=days), ref
    if p.kind == "n_day_push":
        return ref - dt.timedelta(days=_number(g["n"]) - 1), ref
    if p.kind == "ago":
        unit = g["unit"].lower()
        per = 365 if unit.startswith("year") else 30 if unit.startswith("month") else 1
        n = _number(g.get("n") or "1") * (7 if unit.startswith("week") else per)
        if unit == "hours":  # "48 hours ago": two days
            n = round(n / 24)
        day = ref - dt.timedelta(days=n)
        return day, day
    if p.kind == "for_long":
        unit = (g.get("unit") or "").lower()
        if not unit:  # "for much of this year"
            return dt.date(ref.year, 1, 1), ref
        n = _number(g["n"]) if g.get("n") else (2 if unit == "years" else 4)
        return ref - dt.timedelta(days=(365 if unit == "years" else 30) * n), ref
    if p.kind == "that_period":
        # From the day named before to the end of its week, month or year (a season or
        # a year long past is history whatever day in it is meant).
        period = g["period"].lower()
        if period == "week":
            return ref, ref + dt.timedelta(days=6 - ref.weekday())
        if period == "month":
            nxt = dt.date(ref.year + (ref.month == 12), ref.month % 12 + 1, 1)
            return ref, nxt - one
        return ref, ref
    if p.kind == "within":
        n = _number(g["n"])
        if g["unit"].lower() == "hours":  # "within 48 hours": two days
            n = max(1, round(n / 24))
        return ref, ref + dt.timedelta(days=n)
    if p.kind == "offset":
        rel = (g.get("rel") or "").lower()
        if rel:  # "the same day", "the next day", "the following day"
            n = 0 if rel == "same" else 1
        else:  # "two days later", "(the) day before", "a day earlier"
            n = _number(g.get("n") or "1")
            if g["unit"].lower() == "hours":  # "48 hours after": two days
                n = round(n / 24)
            elif g["unit"].lower().startswith("week"):  # "a week later"
                n *= 7
            elif g["unit"].lower().startswith("month"):  # "three months after"
                n *= 30
            n = -n if g["dir"].lower() in ("earlier", "before") else n
        day = ref + dt.timedelta(days=n)
        return day, day
    if p.kind == "month_year" or (p.kind == "history_year" and g.get("ymonth")):
        first = dt.date(int(g["year"]), _month(g.get("month") or g["ymonth"]), 1)
        if p.text.lower().startswith("since") and first <= ref:
            return first, ref
        nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return first, min(nxt - one, ref) if first <= ref else nxt - one
    if p.kind == "history_year":
        year = int(g["year"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if p.kind == "history_month":
        month = _month(g["month"])
        year = ref.year if month <= ref.month else ref.year - 1
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        first, last = dt.date(year, month, 1), nxt - one
        part = " ".join((g.get("part") or "").lower().rstrip("-").split())
        weeks = {"first week": (1, 7), "second week": (8, 14), "third week": (15, 21)}
        if part in weeks:
            first, last = first.replace(day=weeks[part][0]), first.replace(day=weeks[part][1])
        elif part == "last week":
            first = last - dt.timedelta(days=6)
        elif part == "first half":
            last = first.replace(day=15)
        elif part == "second half":
            first = first.replace(day=16)
        elif part in ("mid", "middle"):
            first, last = first.replace(day=11), first.replace(day=20)
        elif part in ("late", "end"):
            first = first.replace(day=21)
        elif part in ("early", "start", "beginning"):
            last = first.replace(day=10)
        if g["since"].lower() == "since":
            return min(first.replace(day=15) if part in ("mid", "middle") else first, ref), ref
        return min(first, ref), min(ref, last)
    return None


def find_date_phrases(sentence: str) -> list[DatePhrase]:
    """Every time phrase in ``sentence``, left to right, without overlaps.

    Where phrases overlap, the one starting first wins, then the longest, then the one
    listed first in the grammar ("since November 15" over "November 15").
    """
    phrases = [
        DatePhrase(
            h.start,
            h.end,
            h.match.group(0).strip(),
            h.payload,
            {k: v for k, v in h.match.groupdict().items() if v is not None},
        )
        for h in _PATTERN_SET.longest(sentence)
    ]
    return [_trim(_join_prefix(_count_back(p, sentence), sentence)) for p in phrases]


_PREFIX = {
    "explicit": re.compile(r"\b(?:on|late\s+on|early\s+on|by|from)\s+$", re.I),
    "weekday": re.compile(r"\b(?P<last>last|(?:late|early)(?:\s+on)?|on|by)\s+$", re.I),
}


def _join_prefix(p: DatePhrase, sentence: str) -> DatePhrase:
    """ "on Monday", "late on Tuesday", "last Thursday": the words before the date."""
    pattern = _PREFIX.get(p.kind)
    m = pattern.search(sentence, max(0, p.start - 16), p.start) if pattern else None
    if not m:
        return p
    groups = {**p.groups, **{k: v + " " for k, v in m.groupdict().items() if v}}
    return DatePhrase(m.start(), p.end, sentence[m.start() : p.end], p.kind, groups)


_NUMBER_BEFORE = re.compile(rf"\b(?P<n>{_NUM})\s+$", re.I)


def _count_back(p: DatePhrase, sentence: str) -> DatePhrase:
    """ "three days ago": the number stands before the phrase the scan found."""
    if p.kind not in ("ago", "offset") or "unit" not in p.groups:
        return p
    m = _NUMBER_BEFORE.search(sentence, max(0, p.start - 20), p.start)
    if not m:
        return p
    groups = {**p.groups, "n": m.group("n")}
    return DatePhrase(m.start(), p.end, sentence[m.start() : p.end], p.kind, groups)


_FULL_STOP = re.compile(r"(?<=[a-z]{4})\.$", re.I)


def _trim(p: DatePhrase) -> DatePhrase:
    """Drop a sentence's full stop caught by an abbreviated month's optional dot."""
    if _FULL_STOP.search(p.text):
        return DatePhrase(p.start, p.end - 1, p.text[:-1], p.kind, p.groups)
    return p
