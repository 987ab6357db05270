"""Fuzzing the extractor: whatever the text, it never crashes and always emits valid rows.

Properties: the same text gives identical output twice; adding unrelated sentences never
removes an event.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.articles import Article
from dashboard.extract import ALL_EVENT_COLUMNS, extract_events, format_events
from dashboard.gazetteer import load_gazetteer
from dashboard.model import ACTORS, EVENT_TYPES

GAZETTEER = load_gazetteer()
PUBLISHED = dt.date(2016, 12, 12)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

NEWS_BITS = [
    "Government forces seized Sheikh Saeed on Sunday, the Observatory said.",
    "Rebels denied that al-Sukkari had fallen.",
    "Some 10,000-to-20,000 civilians fled Bustan al-Qasr to west Aleppo.",
    "“The army retook Karm al-Jabal,” state media said, “and Tariq al-Bab.”",
    "Clashes raged overnight in the Old City.",
    "If the army takes Salaheddine, the enclave will fall.",
    "As many as 1,0,0 people fled the Sakhour district yesterday.",
    "حلب الشرقية", "Алеппо", "阿勒颇",
    "Kurdish fighters took Sheikh Fares.", "\"\"\"", "((((", "—", "  ", "\n",
]  # fmt: skip
FILLER = [
    "The weather was cold.",
    "Diplomats met in Geneva to discuss a ceasefire.",
    "Aid agencies appealed for access.",
    "Prices of bread rose sharply in the city.",
]

texts = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(NEWS_BITS), min_size=1, max_size=12).map(" ".join),
    st.lists(
        st.one_of(st.sampled_from(NEWS_BITS), st.text(max_size=40)), min_size=1, max_size=8
    ).map("".join),
)


def run(text: str):
    article = Article(file="fuzz.txt", published=PUBLISHED, text=text, outlet="Fuzz")
    return extract_events([article], GAZETTEER)


def check_rows(result) -> None:
    events = result.events
    assert list(events.columns) == ALL_EVENT_COLUMNS
    for row in events.astype(object).to_dict(orient="records"):
        assert row["event_type"] in EVENT_TYPES
        assert row["actor"] in (*ACTORS, "")
        assert _ISO.match(row["date_start"]) and _ISO.match(row["date_end"])
        assert row["date_start"] <= row["date_end"]
        assert row["evidence"]
        if row["event_type"] == "displacement":
            assert row["origin"] or row["destination"]
        else:
            assert row["district"] in GAZETTEER
        for col in ("count_low", "count_high"):
            value = row[col]
            assert value is None or value != value or (isinstance(value, int) and value >= 0)
    assert len(set(events["event_id"])) == len(events)
    format_events(events, "csv")
    format_events(events, "json")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_never_crashes_and_rows_are_valid(text):
    check_rows(run(text))


@settings(max_examples=60, deadline=None)
@given(texts)
def test_same_text_same_output(text):
    first, second = run(text), run(text)
    assert format_events(first.events) == format_events(second.events)
    assert first.review.equals(second.review)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(NEWS_BITS[:7]), min_size=1, max_size=5), st.data())
def test_unrelated_sentences_never_remove_an_event(sentences, data):
    base = " ".join(sentences)
    filler = data.draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=3))
    position = data.draw(st.sampled_from(["before", "after"]))
    padded = (
        " ".join(filler) + " " + base if position == "before" else base + " " + " ".join(filler)
    )
    key = ["event_type", "district", "origin", "destination", "actor", "date_start"]
    before = {tuple(r) for r in run(base).events[key].itertuples(index=False)}
    after = {tuple(r) for r in run(padded).events[key].itertuples(index=False)}
    assert before <= after


def test_very_long_sentence_is_handled():
    text = "Government forces seized " + ", ".join(["Sheikh Saeed"] * 2000) + " on Sunday."
    check_rows(run(text))
