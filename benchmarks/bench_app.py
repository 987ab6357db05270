"""Dashboard stepping in headless Chromium: latency to repaint, bytes per step, first load.

The app runs in-process on the seed articles; Chromium (software WebGL, as launched by
the browser tests) steps through every day forward and back, waiting each time until
the map has drawn the new day. The same run measures a naive version that rebuilds the
whole map figure on the server at each step. Goals: median <= 16.7 ms, p95 <= 50 ms,
<= 1 KB per step, first load <= 1.5 MB. Also saves ``assets/screenshot.png``.

    .venv/bin/python benchmarks/bench_app.py [--districts FILE --name-field F] [--no-screenshot]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import threading
from pathlib import Path

from common import percentile, write_section
from werkzeug.serving import make_server

from dashboard.app import create_app
from dashboard.atomic import write_bytes_atomic
from dashboard.paths import PROJECT_ROOT
from dashboard.pipeline import load_bundle

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = PROJECT_ROOT / "assets" / "screenshot.png"
TABLE_HEAD = (
    "| variant | steps | drawn median ms | drawn p95 ms | on screen median ms "
    "| on screen p95 ms | on screen max ms | median B/step | max B/step | first load MB |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)
GOALS = {"median_ms": 16.7, "p95_ms": 50.0, "step_bytes": 1024, "first_load_bytes": 1.5e6}


class Served:
    def __init__(self, app) -> None:
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.httpd = make_server("127.0.0.1", 0, app.server, threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()


class Traffic:
    """Bytes on the wire as Chromium's network layer counts them (CDP)."""

    def __init__(self, page) -> None:
        self.received = 0
        self.sent = 0
        self.requests = 0
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.requestWillBeSent", self._sent)

    def _finished(self, event) -> None:
        self.received += int(event.get("encodedDataLength", 0))

    def _sent(self, event) -> None:
        self.requests += 1
        request = event["request"]
        self.sent += len(request.get("postData", "") or "") + len(request["url"])

    def total(self) -> int:
        return self.received + self.sent


def allow_app_only(route) -> None:
    if route.request.url.startswith("http://127.0.0.1"):
        route.continue_()
    else:
        route.abort()


def measure(browser, app, n_days: int) -> dict:
    served = Served(app)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.route("**/*", allow_app_only)
    traffic = Traffic(page)
    try:
        page.goto(served.url + "/")
        page.wait_for_function("window.__mapPaints > 0", timeout=60_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        first_load = traffic.total()
        latencies, drawn, step_bytes = [], [], []
        order = list(range(1, n_days)) + list(range(n_days - 2, -1, -1))
        current = 0
        for target in order:
            button = "step-forward" if target > current else "step-back"
            before = traffic.total()
            page.evaluate(
                """(id) => { window.__t0 = performance.now();
                             document.getElementById(id).click(); }""",
                button,
            )
            page.wait_for_function(
                f"window.__paintedDay === {target} && window.__mapPaintedAt > window.__t0",
                timeout=60_000,
            )
            latencies.append(page.evaluate("window.__mapPaintedAt - window.__t0"))
            drawn.append(
                page.evaluate("(window.__mapDrawnAt || window.__mapPaintedAt) - window.__t0")
            )
            page.wait_for_timeout(150)  # let any late request finish before counting
            step_bytes.append(traffic.total() - before)
            current = target
        frame = page.evaluate(
            """async () => {
              const gd = document.querySelector('#map .js-plotly-plot');
              const map = gd._fullLayout.map._subplot.map;
              const out = [];
              for (let i = 0; i < 15; i++) {
                const t0 = performance.now();
                await new Promise((r) => { map.once('render', r); map.triggerRepaint(); });
                out.push(performance.now() - t0);
              }
              return out;
            }"""
        )
    finally:
        context.close()
        served.stop()
    return {
        "latencies": latencies,
        "drawn": drawn,
        "step_bytes": step_bytes,
        "first_load": first_load,
        "frame": frame,
    }


def take_screenshot(browser, app, bundle) -> None:
    """The dashboard on the day most districts are in dispute, a district's history open."""
    from dashboard.figures import day_state

    control = bundle.timeline.control
    dates = bundle.timeline.dates

    def disputed(day) -> int:
        return int((day_state(control, day)["status"] != "assessed").sum())

    k = max(range(len(dates)), key=lambda i: (disputed(dates[i]), i))
    today = day_state(control, dates[k])
    changed = today[today["event_ids"].astype(str) != ""]
    district = changed.index[0] if len(changed) else today.index[0]
    served = Served(app)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.route("**/*", allow_app_only)
    try:
        page.goto(f"{served.url}/?date={dates[k].isoformat()}&district={district}")
        page.wait_for_function(f"window.__paintedDay === {k}", timeout=60_000)
        page.wait_for_selector("#history h3", timeout=30_000)
        page.wait_for_timeout(1500)
        write_bytes_atomic(SCREENSHOT, page.screenshot())
    finally:
        context.close()
        served.stop()
    print(f"screenshot: {SCREENSHOT.relative_to(PROJECT_ROOT)} ({dates[k]}, {district})")


def summary(label: str, m: dict) -> str:
    lat, drawn, sizes = m["latencies"], m["drawn"], m["step_bytes"]
    return (
        f"| {label} | {len(lat)} | {statistics.median(drawn):.1f} | {percentile(drawn, 95):.1f} "
        f"| {statistics.median(lat):.1f} | {percentile(lat, 95):.1f} | {max(lat):.1f} "
        f"| {statistics.median(sizes):,.0f} | {max(sizes):,} | {m['first_load'] / 1e6:.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--districts", type=Path)
    parser.add_argument("--name-field")
    parser.add_argument("--no-screenshot", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    bundle = load_bundle([], args.districts, args.name_field, skip_bad=True)
    n_days = len(bundle.timeline.dates)
    fast_app = create_app(bundle)
    naive_app = create_app(bundle, naive=True)
    # Served files are compressed at the best setting once (kept in the user cache);
    # measure the steady state, not the first minute after the very first start.
    for app in (fast_app, naive_app):
        app.warm_thread.join()
        app.compressor.wait_idle(600)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            fast = measure(browser, fast_app, n_days)
            naive = measure(browser, naive_app, n_days)
            if not args.no_screenshot:
                take_screenshot(browser, fast_app, bundle)
        finally:
            browser.close()

    lat = fast["latencies"]
    checks = [
        (
            "median step-to-repaint",
            f"{statistics.median(lat):.1f} ms",
            GOALS["median_ms"],
            statistics.median(lat),
        ),
        (
            "p95 step-to-repaint",
            f"{percentile(lat, 95):.1f} ms",
            GOALS["p95_ms"],
            percentile(lat, 95),
        ),
        (
            "bytes per step (max)",
            f"{max(fast['step_bytes']):,} B",
            GOALS["step_bytes"],
            max(fast["step_bytes"]),
        ),
        (
            "first load",
            f"{fast['first_load'] / 1e6:.2f} MB",
            GOALS["first_load_bytes"],
            fast["first_load"],
        ),
    ]
    goal_rows = "\n".join(
        f"| {name} | {shown} | {'yes' if value <= goal else '**no**'} |"
        for name, shown, goal, value in checks
    )
    frame = fast["frame"]
    body = f"""
Seeds on the {bundle.layer.quality} layer ({len(bundle.layer.gdf)} districts, {n_days} days);
every day stepped forward then back ({len(lat)} steps per variant), 1366x768, Chromium
with `--disable-gpu` (WebGL in software). Latency, from the step button's click:
*drawn* is MapLibre's `render` event for the first frame that draws the new day
(when a source's data changed, the first after it has loaded); *on screen* adds the
wait for the next animation frame, which the browser starts only once it has taken
the drawn frame. The goals are judged on *on screen*.
Bytes: what Chromium's network layer received plus request bodies and URLs, with the
server's compressed copies already made (Brotli at quality 11, kept in the user cache).

{TABLE_HEAD}
{summary("clientside recolour (the app)", fast)}
{summary("naive: server rebuilds the figure", naive)}

| goal | measured | met |
|---|---|---|
{goal_rows}

For scale: an unchanged MapLibre repaint (`triggerRepaint` to `render`) takes
{statistics.median(frame):.1f} ms median here (p95 {percentile(frame, 95):.1f} ms): in
software WebGL, a frame is not always drawn within 16.7 ms.
"""
    write_section("app", "Dashboard: stepping through days", body)


if __name__ == "__main__":
    main()
