"""Numeric claims about the whole: shares of ground lost or held, square kilometres."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.articles import Article
from dashboard.extract import extract_events
from dashboard.gazetteer import load_gazetteer
from dashboard.model import CLAIM_COLUMNS


def claims(text: str, published: str = "2016-12-12"):
    article = Article(file="c.txt", published=dt.date.fromisoformat(published), text=text)
    result = extract_events([article], load_gazetteer()).claims
    assert list(result.columns) == CLAIM_COLUMNS
    return [
        (r.claimant, r.faction, r.measure, r.comparator, round(r.value, 3))
        for r in result.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian Observatory for Human Rights said government forces seized the Sakhour "
            "district in an advance that has driven rebels from a third of the areas they held.",
            ("SOHR", "rebels", "lost_share", "about", 0.333),
        ),
        (
            "The opposition has lost more than a third of the area it controlled, the monitor "
            "said.",
            ("SOHR", "rebels", "lost_share", "more_than", 0.333),
        ),
        (
            "The offensive has cut the area held by the rebels by a third.",
            ("", "rebels", "lost_share", "about", 0.333),
        ),
        (
            "The government now controls over 93 percent of east Aleppo, according to the "
            "Observatory.",
            ("SOHR", "government", "held_share_of_east", "more_than", 0.93),
        ),
        (
            "The army has taken about 50 percent of eastern Aleppo, state media said.",
            ("Syrian state media", "government", "held_share_of_east", "about", 0.5),
        ),
        (
            "The army has captured 20 of the 45 square kilometres the rebels held.",
            ("", "rebels", "lost_share", "exactly", 0.444),
        ),
        (
            "Rebels are now confined to a small pocket of less than 5 square kilometres, an "
            "opposition official said.",
            ("opposition official", "rebels", "area_km2", "less_than", 5.0),
        ),
        (
            "Rebels now control only about 25 percent of the territory they held in eastern "
            "Aleppo, the Observatory said.",
            ("SOHR", "rebels", "lost_share", "about", 0.75),
        ),
        (
            "The Syrian army and its allies have taken over 85 percent of rebel-held eastern "
            "Aleppo, the Syrian Observatory said.",
            ("SOHR", "government", "held_share_of_east", "more_than", 0.85),
        ),
        (
            "The Observatory said troops had captured Shaar, bringing the total area of east "
            "Aleppo lost by rebels to 60 percent.",
            ("SOHR", "rebels", "lost_share", "exactly", 0.6),
        ),
        (
            "The army now controls more than half of the opposition's former stronghold.",
            ("", "government", "held_share_of_east", "more_than", 0.5),
        ),
        (
            "The Russian defence ministry said Syrian troops now held 93 percent of what had "
            "been rebel-held eastern Aleppo.",
            ("Russian defence ministry", "government", "held_share_of_east", "exactly", 0.93),
        ),
    ],
)
def test_claim(text, expected):
    assert claims(text) == [expected]


def test_quoted_continuation_keeps_the_speaker():
    text = (
        "“It is the biggest defeat,” Rami Abdulrahman, the observatory’s director, said. "
        "“The opposition has lost more than a third of the area it controlled.”"
    )
    assert claims(text) == [("SOHR", "rebels", "lost_share", "more_than", 0.333)]


def test_no_claim_in_plain_numbers():
    assert claims("More than 400,000 people have been killed since 2011.") == []
    assert claims("Half of the city's hospitals were destroyed.") == []


def test_a_holding_in_the_past_does_not_date_the_claim():
    article = Article(
        file="c.txt",
        published=dt.date(2016, 12, 12),
        text="The opposition now controls less than a tenth of the area it held in November, "
        "an activist said.",
    )
    row = extract_events([article], load_gazetteer()).claims.iloc[0]
    assert (row.date, row.comparator, round(row.value, 2)) == ("2016-12-12", "more_than", 0.9)
