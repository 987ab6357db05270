"""Helpers the browser tests share: opening the app, waiting for a day's repaint,
reading colours off the rendered map, and clicking a place on it."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dashboard.figures import category_index, day_state


def open_app(new_page, live, query: str = "", day: int | None = 0, **size):
    page = new_page(**size)
    page.goto(live.url + "/" + query)
    if day is not None:
        wait_day(page, day)
    return page


def wait_day(page, day: int) -> None:
    """Wait until the map has painted day index ``day``; on timeout, say what it shows."""
    try:
        page.wait_for_function(f"window.__paintedDay === {day}", timeout=30_000)
    except PlaywrightTimeout as exc:
        state = page.evaluate("[window.__paintedDay, window.__drawKey, location.search]")
        errors = getattr(page, "console_errors", [])
        message = f"day {day} not painted (painted, key, url: {state}): {errors}"
        raise AssertionError(message) from exc


def colour_at(page, lon: float, lat: float, half: int = 4) -> tuple[int, int, int]:
    """The most common colour in a small square of the rendered map around (lon, lat)."""
    from PIL import Image

    x, y = screen_point(page, lon, lat)
    clip = {"x": x - half, "y": y - half, "width": 2 * half + 1, "height": 2 * half + 1}
    image = Image.open(io.BytesIO(page.screenshot(clip=clip))).convert("RGB")
    return Counter(image.get_flattened_data()).most_common(1)[0][0]


def rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def close(a, b, tol: int = 12) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def first_change(bundle):
    """(day index, district) of the largest district whose colour changes on some day."""
    control = bundle.timeline.control
    dates = bundle.timeline.dates
    area = bundle.layer.gdf.set_index("district")["area_km2"]
    for k in range(1, len(dates)):
        before, after = day_state(control, dates[k - 1]), day_state(control, dates[k])
        changed = [
            d
            for d in after.index
            if d in before.index
            and d in area.index
            and category_index(after.loc[d, "faction"], after.loc[d, "status"])
            != category_index(before.loc[d, "faction"], before.loc[d, "status"])
        ]
        if changed:
            return k, max(changed, key=lambda d: area[d])
    pytest.fail("the timeline never changes a district's state")


def point_in(bundle, district: str) -> tuple[float, float]:
    geom = bundle.layer.gdf.set_index("district").geometry[district]
    p = geom.representative_point()
    return p.x, p.y


def sample_points(bundle, district: str) -> list[tuple[float, float]]:
    """Points inside ``district`` half-way from its middle to its outline.

    Several, because an arrow, a label or a hatch line may cover any one of them.
    """
    from shapely.geometry import Point

    geom = bundle.layer.gdf.set_index("district").geometry[district]
    mid = geom.representative_point()
    ring = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area).exterior
    points = []
    for i in range(8):
        edge = ring.interpolate(i / 8, normalized=True)
        p = Point((mid.x + edge.x) / 2, (mid.y + edge.y) / 2)
        if geom.contains(p):
            points.append((p.x, p.y))
    return points


def shows(page, points, expected) -> bool:
    """Whether most sample points are painted in ``expected``."""
    hits = sum(close(colour_at(page, lon, lat), expected) for lon, lat in points)
    return hits * 2 > len(points)


def screen_point(page, lon: float, lat: float) -> tuple[float, float]:
    """Where (lon, lat) is on the page, in CSS pixels."""
    return tuple(
        page.evaluate(
            """([lon, lat]) => {
              const gd = document.querySelector('#map .js-plotly-plot');
              const map = gd._fullLayout.map._subplot.map;
              const p = map.project([lon, lat]);
              const r = map.getCanvas().getBoundingClientRect();
              return [r.left + p.x, r.top + p.y];
            }""",
            [lon, lat],
        )
    )


def click_map(page, lon: float, lat: float, until: str, tries: int = 15) -> None:
    """Click the map at (lon, lat) until ``until`` (a selector) appears.

    dcc.Graph starts passing clicks on once its own first draw has settled, which on
    this machine can be a few seconds after the map is visible.
    """
    x, y = screen_point(page, lon, lat)
    for _ in range(tries):
        page.mouse.click(x, y)
        try:
            page.wait_for_selector(until, timeout=2_000)
            return
        except PlaywrightTimeout:
            continue
    page.wait_for_selector(until, timeout=1_000)


def map_view(page) -> dict:
    """The map's centre and zoom as MapLibre has them."""
    return page.evaluate(
        """() => {
          const map = document.querySelector('#map .js-plotly-plot')._fullLayout.map._subplot.map;
          const c = map.getCenter();
          return {lon: c.lng, lat: c.lat, zoom: map.getZoom()};
        }"""
    )
