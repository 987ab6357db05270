"""Playback, the keyboard, the wheel and the map's view buttons, selection and the link
notice, in a real Chromium on the seed articles."""

from __future__ import annotations

import pytest
from page_helpers import click_map, first_change, map_view, open_app, sample_points, wait_day

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def choose_speed(page, label: str) -> None:
    page.click("#speed")
    page.get_by_role("option", name=label, exact=True).click()
    page.wait_for_function(
        f"document.querySelector('#speed').textContent.includes('{label}')", timeout=5_000
    )


def go_to_first_day(page) -> None:
    page.focus("[role=slider]")
    page.keyboard.press("Home")
    wait_day(page, 0)


def shown_day(page) -> str:
    return page.evaluate("new URLSearchParams(location.search).get('date')")


# Clicks Play/Pause from inside the playback interval's own tick (the 200 ms interval
# of the 4× speed), in the same browser task: the worst moment for a click, when Dash
# has the tick's callback and the click's to run together. Slow machines hit it by
# chance; this hits it every time.
CLICK_ON_TICK = """
window.__clickPlayOnTick = 0;
const pageSetInterval = window.setInterval;
window.setInterval = function (fn, ms, ...rest) {
  return pageSetInterval.call(window, function () {
    fn.apply(this, arguments);
    if (ms === 200 && window.__clickPlayOnTick > 0) {
      window.__clickPlayOnTick -= 1;
      document.getElementById("play").click();
    }
  }, ms, ...rest);
};
"""


def test_pause_stops_playback_even_when_clicked_on_a_tick(new_page, live):
    page = new_page()
    page.add_init_script(CLICK_ON_TICK)
    page.goto(live.url + "/")
    wait_day(page, 0)
    choose_speed(page, "4×")
    for attempt in range(6):
        go_to_first_day(page)
        page.click("#play")
        page.wait_for_function(
            "document.querySelector('#play').textContent === 'Pause'", timeout=10_000
        )
        page.wait_for_timeout(250 + 60 * attempt)  # a few days into playback
        page.evaluate("window.__clickPlayOnTick = 1")  # Pause, on the next tick
        page.wait_for_function("window.__clickPlayOnTick === 0", timeout=5_000)
        page.wait_for_timeout(500)  # let the clicked tick's own step land
        stopped_at = shown_day(page)
        page.wait_for_timeout(1_400)  # seven more ticks' time at 4×
        assert (shown_day(page), page.inner_text("#play")) == (stopped_at, "Play"), attempt


def test_pause_at_high_speed_on_a_slow_machine(new_page, live):
    """The reviewer's case: 4×, Play, Pause about a second later, on a slow CPU."""
    page = open_app(new_page, live)
    choose_speed(page, "4×")
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    try:
        for attempt, wait_ms in enumerate((900, 1000, 1100)):
            go_to_first_day(page)
            page.click("#play")
            page.wait_for_timeout(wait_ms)
            page.click("#play")
            page.wait_for_timeout(600)
            stopped_at = shown_day(page)
            page.wait_for_timeout(1_400)
            assert (shown_day(page), page.inner_text("#play")) == (stopped_at, "Play"), attempt
    finally:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})


def test_play_to_the_end_stops_and_offers_play_again(new_page, live, bundle):
    last = len(bundle.timeline.dates) - 1
    page = open_app(new_page, live, f"?date={bundle.timeline.dates[last - 2].isoformat()}", None)
    wait_day(page, last - 2)
    choose_speed(page, "4×")
    page.click("#play")
    wait_day(page, last)
    page.wait_for_function("document.querySelector('#play').textContent === 'Play'", timeout=5_000)
    page.click("#play")  # from the end, play starts again at the first day
    wait_day(page, 0)
    page.click("#play")


def test_arrow_keys_after_clicking_a_district_change_the_day_not_the_map(new_page, live, bundle):
    _, district = first_change(bundle)
    page = open_app(new_page, live)
    click_map(page, *sample_points(bundle, district)[2], f"#history h3:text-is('{district}')")
    # the click gave the map the keyboard focus
    assert page.evaluate("document.activeElement.closest('#map') !== null")
    before = map_view(page)
    page.keyboard.press("ArrowRight")
    wait_day(page, 1)
    page.keyboard.press("ArrowRight")
    wait_day(page, 2)
    page.wait_for_timeout(400)  # MapLibre's pan would ease in over 300 ms
    assert map_view(page) == before


def test_the_wheel_scrolls_the_page_over_the_map(new_page, live):
    page = open_app(new_page, live, width=390, height=700)
    before = map_view(page)
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 400)
    page.wait_for_function("window.scrollY > 100", timeout=5_000)
    page.wait_for_timeout(300)
    assert map_view(page)["zoom"] == pytest.approx(before["zoom"])


def test_view_buttons_zoom_and_reset_to_the_whole_city(new_page, live, bundle):
    page = open_app(new_page, live)
    fitted = map_view(page)
    for _ in range(2):
        page.click("#zoom-in")
    zoomed = map_view(page)
    assert zoomed["zoom"] == pytest.approx(fitted["zoom"] + 2, abs=0.01)
    box = page.locator("#map").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 120, y + 60, steps=8)
    page.mouse.up()
    assert map_view(page)["lon"] != pytest.approx(zoomed["lon"], abs=1e-6)
    page.click("#reset-view")
    reset = map_view(page)
    assert reset["zoom"] == pytest.approx(fitted["zoom"], abs=0.01)
    assert reset["lon"] == pytest.approx(fitted["lon"], abs=1e-4)
    assert reset["lat"] == pytest.approx(fitted["lat"], abs=1e-4)
    page.click("#zoom-out")
    assert map_view(page)["zoom"] == pytest.approx(fitted["zoom"] - 1, abs=0.01)


def test_a_selected_district_can_be_deselected(new_page, live, bundle):
    _, district = first_change(bundle)
    heading = f"#history h3:text-is('{district}')"
    page = open_app(new_page, live, f"?district={district}", day=0)
    page.wait_for_selector(heading, timeout=15_000)
    page.click("#clear-district")
    page.wait_for_selector("#history p:text-is('Click a district on the map.')", timeout=5_000)
    page.wait_for_function("!location.search.includes('district=')", timeout=5_000)
    assert not page.locator("#clear-district").is_visible()
    # clicking a district selects it; clicking it again deselects it
    point = sample_points(bundle, district)[2]
    click_map(page, *point, heading)
    assert "district=" in page.evaluate("location.search")
    click_map(page, *point, "#history p:text-is('Click a district on the map.')")
    page.wait_for_function("!location.search.includes('district=')", timeout=5_000)


def test_the_link_notice_goes_when_the_reader_moves_on(new_page, live):
    page = open_app(new_page, live, "?date=2016-02-30", day=None)
    page.wait_for_selector("#url-notice p", timeout=15_000)
    wait_day(page, 0)
    page.wait_for_timeout(500)
    assert "2016-02-30" in page.inner_text("#url-notice")  # it stays until then
    page.click("#step-forward")
    wait_day(page, 1)
    page.wait_for_function(
        "document.querySelector('#url-notice').textContent.trim() === ''", timeout=5_000
    )


def test_a_compact_link_date_is_refused_with_a_notice(new_page, live):
    page = open_app(new_page, live, "?date=20161121", day=None)
    page.wait_for_selector("#url-notice p", timeout=15_000)
    assert "not a YYYY-MM-DD date" in page.inner_text("#url-notice")
    wait_day(page, 0)


def test_history_shows_a_contested_run_once_with_its_dates(new_page, live, bundle):
    from dashboard.app.client_data import history_records

    districts = list(bundle.layer.gdf["district"])
    records = history_records(bundle, districts)
    name, run = next(
        (d, r) for d, runs in zip(districts, records, strict=True) for r in runs if r[1] > r[0] > 0
    )
    dates = bundle.timeline.dates
    page = open_app(new_page, live, f"?district={name}")
    page.wait_for_selector(f"#history h3:text-is('{name}')", timeout=15_000)
    history = page.inner_text("#history")
    assert f"{dates[run[0]].isoformat()} to {dates[run[1]].isoformat()}:" in history
    quotes = page.locator("#history blockquote").all_inner_texts()
    assert quotes and len(quotes) == len(set(quotes))  # each sentence once
