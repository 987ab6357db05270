"""The date grammar, resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.extract.dates import find_date_phrases

D = dt.date


def resolve(text: str, published: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    out = []
    for phrase in find_date_phrases(text):
        span = phrase.resolve(published)
        if span:
            out.append((phrase.text, *span))
    return out


MONDAY = D(2016, 12, 12)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("today", MONDAY, MONDAY),
        ("earlier today", MONDAY, MONDAY),
        ("yesterday", D(2016, 12, 11), D(2016, 12, 11)),
        ("overnight", D(2016, 12, 11), MONDAY),
        ("last night", D(2016, 12, 11), MONDAY),
        ("on Monday", MONDAY, MONDAY),  # the day of publication
        ("on Saturday", D(2016, 12, 10), D(2016, 12, 10)),
        ("late on Thursday", D(2016, 12, 8), D(2016, 12, 8)),
        ("Sunday morning", D(2016, 12, 11), D(2016, 12, 11)),
        ("last Thursday", D(2016, 12, 8), D(2016, 12, 8)),
        ("over the weekend", D(2016, 12, 10), D(2016, 12, 11)),
        ("earlier this week", D(2016, 12, 5), D(2016, 12, 11)),
        ("on Sunday (December 11)", D(2016, 12, 11), D(2016, 12, 11)),
        ("on December 9", D(2016, 12, 9), D(2016, 12, 9)),
        ("on 9 December", D(2016, 12, 9), D(2016, 12, 9)),
        ("Dec. 7", D(2016, 12, 7), D(2016, 12, 7)),
        ("by Dec. 7", D(2016, 12, 7), D(2016, 12, 7)),  # a day, not the month of December
        ("on December 9, 2016", D(2016, 12, 9), D(2016, 12, 9)),
        ("since November 15", D(2016, 11, 15), MONDAY),
        ("since 15 November", D(2016, 11, 15), MONDAY),
        ("since Friday", D(2016, 12, 9), MONDAY),
        ("since the weekend", D(2016, 12, 10), MONDAY),
        ("overnight to Sunday", D(2016, 12, 10), D(2016, 12, 11)),
        ("in a three-day blitz", D(2016, 12, 10), MONDAY),
        # a window between two weekdays, the later one on or before the day of publication
        ("between Saturday and Monday night", D(2016, 12, 10), MONDAY),
        ("from Thursday to Saturday", D(2016, 12, 8), D(2016, 12, 10)),
        ("between Friday and Tuesday", D(2016, 12, 2), D(2016, 12, 6)),
        # a day of the month alone: the latest such day, up to the day of publication
        ("on the 26th", D(2016, 11, 26), D(2016, 11, 26)),
        ("on the 12th", MONDAY, MONDAY),
        ("on the 31st", D(2016, 10, 31), D(2016, 10, 31)),
        ("in the last four days", D(2016, 12, 8), MONDAY),
        ("in the past 24 hours", D(2016, 12, 11), MONDAY),
        ("over the past week", D(2016, 12, 5), MONDAY),
        ("three days ago", D(2016, 12, 9), D(2016, 12, 9)),
        ("48 hours ago", D(2016, 12, 10), D(2016, 12, 10)),
        ("at the beginning of December", D(2016, 12, 1), D(2016, 12, 10)),
        ("at the end of November", D(2016, 11, 21), D(2016, 11, 30)),
        ("on Saturday, Dec. 10", D(2016, 12, 10), D(2016, 12, 10)),
        ("in the early hours of Sunday", D(2016, 12, 11), D(2016, 12, 11)),
        # counted from the day it is given (here the publication date): a window after it
        ("within 48 hours", MONDAY, D(2016, 12, 14)),
        ("within two days", MONDAY, D(2016, 12, 14)),
        ("within a day", MONDAY, D(2016, 12, 13)),
        # a state that began long before: history (see test_history_is_marked)
        ("for much of this year", D(2016, 1, 1), MONDAY),
    ],
)
def test_phrase_resolves(text, start, end):
    ((_, got_start, got_end),) = resolve(f"Troops advanced {text}.", MONDAY)
    assert (got_start, got_end) == (start, end)
    assert got_start <= got_end


def test_a_window_has_start_before_end():
    for text in ("overnight", "over the weekend", "since November 15", "in the last four days"):
        ((_, start, end),) = resolve(text, MONDAY)
        assert start < end


def test_a_date_after_publication_without_a_year_is_last_year():
    ((_, start, _end),) = resolve("on December 30", D(2016, 1, 5))
    assert start == D(2015, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "in the summer of 2012",
        "since 2012",
        "in March 2011",
        "for the past four years",
        "in July",
        "for years",
        "for four years",
        "for months",
        "for much of this year",
    ],
)
def test_history_is_marked(text):
    (phrase,) = find_date_phrases(text)
    assert phrase.is_history(MONDAY)


@pytest.mark.parametrize("text", ["since November 15", "on Saturday", "over the weekend"])
def test_recent_is_not_history(text):
    (phrase,) = find_date_phrases(text)
    assert not phrase.is_history(MONDAY)


def test_phrases_do_not_overlap_and_come_in_order():
    phrases = find_date_phrases("On Sunday (December 11), SANA said the army took it yesterday.")
    assert [p.text for p in phrases] == ["On Sunday (December 11)", "yesterday"]
