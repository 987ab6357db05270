"""The page at a laptop's 1366×768 and a phone's 390×844, in a real Chromium."""

from __future__ import annotations

import dataclasses

import pytest
from live_server import AppServer
from page_helpers import click_map, first_change, open_app, sample_points, wait_day

from dashboard.app import create_app
from dashboard.articles import ArticleError

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}


@pytest.fixture(scope="module")
def live_with_skipped(bundle):
    """The seeds' dashboard with two articles that could not be read."""
    skipped = [
        ArticleError("/tmp/review57/bad/bin.txt", "is a binary file (it contains NUL bytes)"),
        ArticleError(
            "/tmp/review57/bad/manifest.csv",
            "lists 'missing.txt', which does not exist in /tmp/review57/bad",
        ),
    ]
    server = AppServer(create_app(dataclasses.replace(bundle, skipped=skipped), warm_cache=False))
    yield server
    server.stop()


def page_size(page) -> dict:
    return page.evaluate(
        "({width: document.documentElement.scrollWidth,"
        " height: document.documentElement.scrollHeight})"
    )


@pytest.mark.parametrize("skipped", [False, True])
def test_laptop_page_fits_the_window_legend_included(new_page, live, live_with_skipped, skipped):
    server = live_with_skipped if skipped else live
    page = open_app(new_page, server, **LAPTOP)
    assert page_size(page)["height"] <= LAPTOP["height"]
    legend = page.locator("#legend").bounding_box()
    assert legend["y"] + legend["height"] <= LAPTOP["height"]
    for entry in ("Citadel", "Hollow: no number stated", "Dashed: one end not stated"):
        box = page.get_by_text(entry, exact=True).bounding_box()
        assert box["y"] + box["height"] <= LAPTOP["height"], entry
    assert page.locator("#map").bounding_box()["height"] >= 400
    if skipped:
        notice = page.locator("#skipped-notice").bounding_box()
        assert notice["height"] <= 32  # one line until opened


def test_skipped_articles_are_named_by_file_only(new_page, live_with_skipped):
    page = open_app(new_page, live_with_skipped, **LAPTOP)
    page.click("#skipped-notice summary")
    text = page.inner_text("#skipped-notice")
    assert "bin.txt: is a binary file" in text and "missing.txt" in text
    assert "/tmp" not in text and "review57" not in text


def test_phone_page_is_no_wider_than_the_screen(new_page, live, bundle):
    last = len(bundle.timeline.dates) - 1
    page = open_app(new_page, live, f"?date={bundle.timeline.dates[last]}", day=last, **PHONE)
    assert page_size(page)["width"] <= PHONE["width"]
    # the last mark's label ("28 Nov") is inside the screen
    label = page.get_by_text(f"{bundle.timeline.dates[last]:%-d %b}", exact=True).bounding_box()
    assert label["x"] + label["width"] <= PHONE["width"]


def test_phone_map_box_takes_the_citys_shape(new_page, live, bundle):
    page = open_app(new_page, live, **PHONE)
    minx, miny, maxx, maxy = (float(v) for v in bundle.layer.gdf.total_bounds)
    page.wait_for_timeout(300)  # the fit after the map's first settle
    covered = page.evaluate(
        """([w, s, e, n]) => {
          const gd = document.querySelector('#map .js-plotly-plot');
          const map = gd._fullLayout.map._subplot.map;
          const a = map.project([w, n]);
          const b = map.project([e, s]);
          const c = map.getCanvas().getBoundingClientRect();
          return [(b.x - a.x) / c.width, (b.y - a.y) / c.height];
        }""",
        [minx, miny, maxx, maxy],
    )
    # the city spans the box both ways: no empty band above and below it
    assert covered[0] >= 0.85 and covered[1] >= 0.85, covered
    assert covered[0] <= 1.0 + 1e-6 and covered[1] <= 1.0 + 1e-6, covered


def test_phone_tap_on_a_district_shows_its_history_on_screen(new_page, live, bundle):
    _, district = first_change(bundle)
    page = open_app(new_page, live, **PHONE)
    heading = f"#history h3:text-is('{district}')"
    click_map(page, *sample_points(bundle, district)[2], heading)
    page.wait_for_timeout(300)
    box = page.locator(heading).bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
    # right under the map, before the legend
    history = page.locator("#history-panel").bounding_box()
    assert history["y"] < page.locator("#legend").bounding_box()["y"]


@pytest.mark.parametrize("size", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_area_chart_date_labels_are_not_cut_off(new_page, live, size):
    page = open_app(new_page, live, **size)
    page.locator("#area").scroll_into_view_if_needed()
    page.wait_for_selector("#area .xtick text", timeout=15_000)
    chart = page.locator("#area .main-svg").first.bounding_box()
    for tick in page.locator("#area .xtick text").all():
        box = tick.bounding_box()
        assert box["y"] + box["height"] <= chart["y"] + chart["height"] + 0.5
        assert box["x"] >= chart["x"] - 0.5
        assert box["x"] + box["width"] <= chart["x"] + chart["width"] + 0.5


def test_area_chart_marks_the_last_day_inside_the_plot(new_page, live, bundle):
    last = len(bundle.timeline.dates) - 1
    page = open_app(new_page, live, f"?date={bundle.timeline.dates[last]}", day=None, **LAPTOP)
    wait_day(page, last)
    page.wait_for_function(
        f"""(() => {{
          const gd = document.querySelector('#area .js-plotly-plot');
          const s = gd && gd.layout.shapes && gd.layout.shapes[0];
          return s && String(s.x0).startsWith('{bundle.timeline.dates[last].isoformat()}');
        }})()""",
        timeout=15_000,
    )
    marker = page.locator("#area .shapelayer path").first.bounding_box()
    right = page.evaluate(
        """() => {
          const gd = document.querySelector('#area .js-plotly-plot');
          const xa = gd._fullLayout.xaxis;
          return gd.getBoundingClientRect().left + xa._offset + xa._length;
        }"""
    )
    # clear of the right axis line by a few pixels
    assert marker["x"] + marker["width"] <= right - 3
