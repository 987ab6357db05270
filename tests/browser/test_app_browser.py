"""The dashboard in a real headless Chromium, served in-process, on the seed articles.

Expected colours are read from the timeline's own control table, never written here.
"""

from __future__ import annotations

import pytest
from live_server import AppServer
from page_helpers import (
    click_map,
    first_change,
    open_app,
    rgb,
    sample_points,
    shows,
    wait_day,
)

from dashboard.app import create_app
from dashboard.figures import category_index, day_state, state_categories
from dashboard.pipeline import load_bundle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCRIPT = "<script>window.__pwned=1</script>"


def test_page_loads_offline_without_console_errors(new_page, live):
    page = open_app(new_page, live)
    page.wait_for_timeout(500)
    assert page.console_errors == []
    assert page.blocked == []  # nothing asked for a host other than the app
    assert page.locator("#map .js-plotly-plot").count() == 1


def test_arrow_key_recolours_a_district_as_the_timeline_says(new_page, live, bundle):
    k, district = first_change(bundle)
    dates = bundle.timeline.dates
    cats = state_categories()
    control = bundle.timeline.control
    points = sample_points(bundle, district)
    assert len(points) >= 3

    page = open_app(new_page, live, f"?date={dates[k - 1].isoformat()}", day=None)
    wait_day(page, k - 1)
    before = day_state(control, dates[k - 1]).loc[district]
    expected_before = rgb(cats[category_index(before["faction"], before["status"])]["color"])
    assert shows(page, points, expected_before)

    page.locator("header h1").click()  # focus the page, not a form field
    page.keyboard.press("ArrowRight")
    wait_day(page, k)
    after = day_state(control, dates[k]).loc[district]
    expected_after = rgb(cats[category_index(after["faction"], after["status"])]["color"])
    assert shows(page, points, expected_after)
    assert dates[k].isoformat() in page.evaluate("location.search")
    page.keyboard.press("ArrowLeft")
    wait_day(page, k - 1)


def test_focused_slider_steps_with_the_arrow_keys(new_page, live, bundle):
    dates = bundle.timeline.dates
    page = open_app(new_page, live, f"?date={dates[3].isoformat()}", day=None)
    wait_day(page, 3)
    page.focus("[role=slider]")
    page.keyboard.press("ArrowRight")
    wait_day(page, 4)
    assert f"date={dates[4].isoformat()}" in page.evaluate("location.search")


def test_play_advances_the_date(new_page, live, bundle):
    dates = bundle.timeline.dates
    page = open_app(new_page, live)
    page.click("#play")
    page.wait_for_function(
        f"location.search.includes('date={dates[2].isoformat()}')", timeout=30_000
    )
    page.click("#play")
    page.wait_for_function("document.querySelector('#play').textContent === 'Play'", timeout=5_000)


def test_clicking_a_district_opens_its_history(new_page, live, bundle):
    k, district = first_change(bundle)
    page = open_app(new_page, live)
    click_map(page, *sample_points(bundle, district)[2], f"#history h3:text-is('{district}')")
    history = page.inner_text("#history")
    assert bundle.timeline.dates[k].isoformat() in history


def test_url_restores_date_and_district(new_page, live, bundle):
    k, district = first_change(bundle)
    day = bundle.timeline.dates[k]
    page = open_app(new_page, live, f"?date={day.isoformat()}&district={district}", day=None)
    wait_day(page, k)
    assert page.inner_text("#date-label") == f"{day:%A}, {day.day} {day:%B %Y}"
    page.wait_for_selector(f"#history h3:text-is('{district}')", timeout=15_000)
    assert page.inner_text("#url-notice").strip() == ""
    page.click("#copy-link")
    link = page.input_value("#link")
    assert f"date={day.isoformat()}" in link and "district=" in link


def test_bad_url_date_falls_back_with_a_notice(new_page, live):
    page = open_app(new_page, live, "?date=2016-02-30&district=Atlantis", day=None)
    page.wait_for_selector("#url-notice p", timeout=15_000)
    notice = page.inner_text("#url-notice")
    assert "2016-02-30" in notice and "Atlantis" in notice
    wait_day(page, 0)


def test_html_in_an_article_is_shown_as_text(new_page, tmp_path_factory):
    from app_helpers import script_article_folder

    folder = script_article_folder(tmp_path_factory.mktemp("hostile"), SCRIPT)
    hostile = load_bundle([folder], skip_bad=True)
    assert any(SCRIPT in str(e) for e in hostile.events["evidence"])
    server = AppServer(create_app(hostile, warm_cache=False))
    try:
        dates = hostile.timeline.dates
        page = new_page()
        page.goto(f"{server.url}/?date={dates[-1].isoformat()}")
        wait_day(page, len(dates) - 1)
        page.check("#cumulative input")
        page.wait_for_function(
            "document.querySelector('#evidence').textContent.includes('<script>')",
            timeout=15_000,
        )
        assert page.evaluate("window.__pwned") is None
        assert page.locator("#evidence script").count() == 0
        assert SCRIPT in page.inner_text("#evidence")
    finally:
        server.stop()


def test_phone_width_puts_the_map_above_the_panels(new_page, live):
    page = open_app(new_page, live, width=390, height=844)
    map_box = page.locator("#map").bounding_box()
    panel_box = page.locator("#history-panel").bounding_box()
    assert map_box["y"] + map_box["height"] <= panel_box["y"] + 1
    assert map_box["width"] <= 390


def test_methodology_panel_shows_the_rules_and_the_layer(new_page, live, bundle):
    page = open_app(new_page, live)
    page.click("#methodology summary")
    assert f"In use: {bundle.layer.quality}" in page.inner_text("#methodology")
    page.click("#show-rules")
    page.wait_for_selector("#rules h1", timeout=15_000)
    assert "claimed" in page.inner_text("#rules")


def test_map_fits_the_whole_layer_at_phone_width(new_page, live, bundle):
    page = open_app(new_page, live, width=390, height=844)
    minx, miny, maxx, maxy = (float(v) for v in bundle.layer.gdf.total_bounds)
    slack = 1e-3
    # the figure's own view (sized for a desktop map) crops the layer at this width
    page.wait_for_function(
        """([w, s, e, n]) => {
          const gd = document.querySelector('#map .js-plotly-plot');
          const b = gd && gd._fullLayout.map._subplot.map.getBounds();
          return b && b.getWest() <= w && b.getSouth() <= s && b.getEast() >= e
            && b.getNorth() >= n;
        }""",
        arg=[minx + slack, miny + slack, maxx - slack, maxy - slack],
        timeout=15_000,
    )


def _day_of_shared_sentence(bundle):
    """A day on which one article sentence stands behind several events."""
    events = bundle.events
    counts = events.groupby(["article", "evidence"])["event_id"].transform("count")
    shared = events[counts > 1].sort_values("date_start")
    for row in shared.itertuples():
        day = str(row.date_start)[:10]
        isos = [d.isoformat() for d in bundle.timeline.dates]
        if day in isos:
            return isos.index(day), row.evidence
    return None, None


def test_evidence_lists_a_sentence_once_with_its_districts(new_page, live, bundle):
    k, sentence = _day_of_shared_sentence(bundle)
    assert k is not None, "the seeds have sentences naming several districts"
    page = open_app(new_page, live, f"?date={bundle.timeline.dates[k].isoformat()}", day=k)
    page.wait_for_selector("#evidence li", timeout=15_000)
    quotes = page.locator("#evidence blockquote").all_inner_texts()
    assert quotes.count(sentence.strip()) == 1
    assert len(quotes) == len(set(quotes))


def test_history_shows_the_baseline_source_and_note(new_page, live):
    from dashboard.gazetteer import read_baseline

    row = read_baseline()["Sakhour"]
    page = open_app(new_page, live, "?district=Sakhur")
    page.wait_for_selector("#history h3:text-is('Sakhour')", timeout=15_000)
    history = page.inner_text("#history")
    assert row.note.strip()[:40] in history
    assert row.source.strip()[:40] in history


def test_a_linked_district_is_drawn_on_a_slow_machine(new_page, live, bundle):
    """On a slow CPU a map tile could arrive between a new paint expression and the
    frame that evaluates it; MapLibre then failed ("expression.evaluate is not a
    function") and the linked day was never drawn. Several loads, CPU throttled."""
    k, district = first_change(bundle)
    day = bundle.timeline.dates[k]
    for _ in range(4):
        page = new_page()
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        page.goto(f"{live.url}/?date={day.isoformat()}&district={district}")
        page.wait_for_function(f"window.__paintedDay === {k}", timeout=60_000)
        page.wait_for_timeout(500)
        assert page.console_errors == []
        page.context.close()
