"""Place names: aliases first, then strict fuzzy matching; the rest goes to review."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.articles import Article
from dashboard.extract import extract_events
from dashboard.extract.places import FUZZY_CUTOFF, PlaceIndex, find_places
from dashboard.gazetteer import load_gazetteer

INDEX = PlaceIndex(load_gazetteer())


def names(sentence: str, anchors=()) -> tuple[list[str], list[str]]:
    places, review = find_places(sentence, INDEX, list(anchors))
    return [p.name for p in places], [r.place_text for r in review]


def test_aliases_and_longest_match():
    assert names("Troops entered Masakin Hanano and the Hanano Barracks.")[0] == [
        "Masaken Hanano",
        "Hanano Barracks",
    ]
    assert names("They fled to areas in southeastern Aleppo.")[0] == ["South-eastern Aleppo"]
    assert names("the whole of the north of East Aleppo")[0] == ["North of East Aleppo"]


def test_close_spelling_is_matched_and_far_one_is_reviewed():
    sentence = "Troops seized the Sheikh Khodor and Jabal Naqqarin districts."
    found, review = names(sentence, [sentence.index("seized") + 6])
    assert found == ["Sheikh Khodr"]
    assert review == ["Jabal Naqqarin"]
    place, _ = find_places(sentence, INDEX, [sentence.index("seized") + 6])
    assert place[0].score >= FUZZY_CUTOFF and place[0].text == "Sheikh Khodor"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Scheich Maksud", "Sheikh Maqsoud"),  # German sch and ch
        ("Dschisr al-Hadsch", "al-Fardous"),  # German dsch (Jisr al-Hajj is a spelling)
        ("Haidarija", "Haidariya"),  # German j
        ("Cheikh Saïd", "Sheikh Saeed"),  # French ch
        ("al-Sciaar", "al-Shaar"),  # Italian sci
        ("Sheij Lutfi", "Sheikh Lutfi"),  # Spanish j
        ("Shejk Fares", "Sheikh Fares"),  # Swedish j
        ("Masaken Khanano", "Masaken Hanano"),  # Russian kh
        ("Szejk Said", "Sheikh Saeed"),  # Polish sz
        ("Šejch Maksúd", "Sheikh Maqsoud"),  # Czech š
        ("al-Maszhad", "al-Mashhad"),
        ("Ghazi Askar", "Qadi Askar"),  # Persian gh and z
        ("Sheikh Khezr", "Sheikh Khodr"),  # Persian z for the dh of Khidr
        ("al-Maady", "al-Maadi"),  # a final -y
        ("Yibrín", "Jibreen"),  # Spanish y
        ("Džandúl", "Jandoul"),  # Czech dž
        ("Sjeik Maksoed", "Sheikh Maqsoud"),  # Dutch sj and oe
    ],
)
def test_european_transliterations_match_their_place(written, name):
    found, score = INDEX.fuzzy(written)
    assert (found, score >= FUZZY_CUTOFF) == (name, True)


def test_a_name_entered_is_a_place_and_a_german_article_is_part_of_it():
    sentence = "Kurdish units moved from Sheikh Maqsoud into Sheik Fares; they took asch-Schaar."
    assert names(sentence)[0] == ["Sheikh Maqsoud", "Sheikh Fares"]
    found, _ = names(sentence, [sentence.index("took") + 4])
    assert found == ["Sheikh Maqsoud", "Sheikh Fares", "al-Shaar"]


def test_other_cities_are_neither_places_nor_review():
    assert names("Assad's forces already control Damascus, Homs, Hama and Latakia.") == ([], [])


def test_review_rows_are_never_events():
    article = Article(
        file="r.txt",
        published=dt.date(2016, 12, 12),
        text="Government troops captured the Jabal Naqqarin district on Sunday.",
    )
    result = extract_events([article], load_gazetteer())
    assert result.events.empty
    assert result.review.place_text.tolist() == ["Jabal Naqqarin"]
    row = result.review.iloc[0]
    assert row.best_match and row.score < FUZZY_CUTOFF


def test_transliteration_variants_match_their_place():
    sentence = (
        "Government forces seized the al-Zebdiya, Bab al-Hadeed and Karm al-Qatirji "
        "districts on Monday."
    )
    found, review = names(sentence, [sentence.index("seized") + 6])
    assert found == ["al-Zebdiyeh", "Bab al-Hadid", "Karm al-Qaterji"]
    assert review == []


def test_us_spelling_of_neighbourhood_is_known():
    assert names("Families fled the southern neighborhoods overnight.")[0] == [
        "South of East Aleppo"
    ]
