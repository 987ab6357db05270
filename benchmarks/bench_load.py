"""Load test: 50 simulated viewers scrub every day against gunicorn with 2 workers.

Loopback only, bounded in count and time, stops by itself. The page's compressed copies
are made first, as a server that has served the page once has them. Each viewer does what a
browser does over HTTP: it loads the page (the HTML, every script and stylesheet it
references, the layout and the callback graph) and then, for every day on the date
slider, opens that day's shared link (``?date=YYYY-MM-DD&district=NAME``), which fires
the app's server callbacks on ``url.search``. Stepping the slider itself costs the
server nothing in this app (the browser recolours the map from data sent once, see
BENCHMARKS.md's dashboard section), so the shared-link restore is the server work that
scrubbing through days generates. Requests are built from the app's own
``/_dash-dependencies`` and ``/_dash-layout``.

    .venv/bin/python benchmarks/bench_load.py [--viewers 50] [--workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import percentile, write_section

from dashboard.pipeline import load_bundle

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DEADLINE_S = 600  # the whole run stops after this, whatever happens


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def walk(node):
    """Every component dict in a Dash layout tree."""
    if isinstance(node, dict):
        if "type" in node and "props" in node:
            yield node
            yield from walk(node["props"].get("children"))
            for value in node["props"].values():
                if isinstance(value, dict | list) and value is not node["props"].get("children"):
                    yield from walk(value)
        else:
            for value in node.values():
                yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def _id_key(component_id) -> str:
    return (
        json.dumps(component_id, sort_keys=True) if isinstance(component_id, dict) else component_id
    )


def parse_outputs(output: str) -> list[dict]:
    parts = output.strip(".").split("...") if output.startswith("..") else [output]
    outs = []
    for part in parts:
        cid, _, prop = part.rpartition(".")
        if cid.startswith("{"):
            cid = json.loads(cid)
        outs.append({"id": cid, "property": prop})
    return outs


class Scenario:
    """The requests of one viewer: page assets, then each day's shared link restored."""

    def __init__(self, html: str, layout: dict, dependencies: list[dict]):
        components = {_id_key(c["props"]["id"]): c for c in walk(layout) if "id" in c["props"]}
        sliders = [c for c in components.values() if c["type"] == "Slider"]
        if not sliders:
            raise SystemExit("no dcc.Slider in the layout: nothing to scrub")
        props = sliders[0]["props"]
        marks = props.get("marks") or {}
        self.days = [
            (str(mark.get("label", key)) if isinstance(mark, dict) else str(mark), key)
            for key, mark in sorted(marks.items(), key=lambda kv: float(kv[0]))
        ]
        self.assets = sorted(set(re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css)[^"]*)"', html)))
        self.callbacks = [
            d
            for d in dependencies
            if not d.get("clientside_function")
            and any(i["id"] == "url" and i["property"] == "search" for i in d["inputs"])
        ]
        if not self.callbacks:
            raise SystemExit("no server callback on url.search: nothing restores a shared link")

    def bodies(self, search: str) -> list[bytes]:
        out = []
        for cb in self.callbacks:
            outputs = parse_outputs(cb["output"])
            body = {
                "output": cb["output"],
                "outputs": outputs if len(outputs) > 1 else outputs[0],
                "inputs": [{**i, "value": search} for i in cb["inputs"]],
                "changedPropIds": ["url.search"],
                "state": [],
            }
            out.append(json.dumps(body).encode())
        return out


def request(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None):
    headers = {"Accept-Encoding": "br, gzip"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, data, (time.perf_counter() - start) * 1000


def viewer(
    port: int,
    scenario: Scenario,
    dates: list[str],
    district: str,
    latencies: list,
    errors: list,
    stop: float,
) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        for path in ("/", *scenario.assets, "/_dash-layout", "/_dash-dependencies"):
            status, _, ms = request(conn, "GET", path)
            latencies.append(("page", ms))
            if status != 200:
                errors.append(f"GET {path}: {status}")
        for day in dates:
            for body in scenario.bodies(f"?date={day}&district={district}"):
                if time.monotonic() > stop:
                    errors.append("deadline reached")
                    return
                status, data, ms = request(conn, "POST", "/_dash-update-component", body)
                latencies.append(("step", ms))
                if status != 200 or b'"response"' not in data:
                    errors.append(f"POST ?date={day}: {status}")
    except (OSError, http.client.HTTPException) as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        conn.close()


def viewers(port: int, scenario: Scenario, dates: list[str], district: str, n: int, stop: float):
    """``n`` viewers, each in a thread of this (client) process; their latencies and errors."""
    latencies: list = []
    errors: list[str] = []
    threads = [
        threading.Thread(
            target=viewer, args=(port, scenario, dates, district, latencies, errors, stop)
        )
        for _ in range(n)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=DEADLINE_S)
    return latencies, errors


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            status, _, _ = request(conn, "GET", "/_dash-layout")
            conn.close()
            if status == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer in time")


def prepare_compressed_copies() -> None:
    """Make the best compressed copies of the page's files, as a server that has served the
    page once has them (they are kept in the user cache, where the workers find them):
    the test measures serving, not first-time compression."""
    from dashboard.app import create_app

    app = create_app(load_bundle())
    app.warm_thread.join()
    app.compressor.wait_idle(600)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (gthread)")
    parser.add_argument("--client-processes", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    prepare_compressed_copies()
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [
            str(gunicorn),
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--preload",
            "--bind",
            f"{HOST}:{port}",
            "--log-level",
            "warning",
            "dashboard.app:server",
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        wait_ready(port, proc)
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        conn.request("GET", "/")
        html = conn.getresponse().read().decode("utf-8")
        conn.request("GET", "/_dash-layout")
        layout = json.loads(conn.getresponse().read())
        conn.request("GET", "/_dash-dependencies")
        deps = json.loads(conn.getresponse().read())
        conn.close()
        scenario = Scenario(html, layout, deps)
        bundle = load_bundle()
        dates = [d.isoformat() for d in bundle.timeline.dates]
        district = str(bundle.layer.gdf["district"].iloc[0])
        stop = time.monotonic() + DEADLINE_S
        # The viewers run in several client processes, a few threads each: one Python
        # process holding fifty threads would queue them on its own interpreter lock and
        # count that wait as the server's.
        share = [
            len(range(i, args.viewers, args.client_processes)) for i in range(args.client_processes)
        ]
        jobs = [(port, scenario, dates, district, n, stop) for n in share if n]
        latencies, errors, walls, round_p95 = [], [], [], []
        # The whole scene is played several times, one round after another: one round is
        # over in about a second, too short for its slowest twentieth to be more than noise.
        for _ in range(args.rounds):
            start = time.perf_counter()
            with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
                results = pool.starmap(viewers, jobs)
            walls.append(time.perf_counter() - start)
            this_round = [x for lat, _ in results for x in lat]
            round_p95.append(percentile([m for _, m in this_round], 95))
            latencies += this_round
            errors += [x for _, err in results for x in err]
        wall = sum(walls)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    rows = []
    for label, kinds in (
        ("all", {"page", "step"}),
        ("page load", {"page"}),
        ("day steps", {"step"}),
    ):
        ms = [m for k, m in latencies if k in kinds]
        p50, p95, p99 = (percentile(ms, q) for q in (50, 95, 99))
        rows.append(f"| {label} | {len(ms)} | {p50:.1f} ms | {p95:.1f} ms | {p99:.1f} ms |")
    p95 = percentile([m for _, m in latencies], 95)
    verdict = "met" if p95 < 100 and not errors else "NOT met"
    body = f"""
{args.viewers} concurrent viewers against gunicorn with {args.workers} workers
({args.threads} threads each) on loopback, every viewer sending its next request as soon
as the last is answered (no think time). The viewers run as threads of
{args.client_processes} client processes on the same two cores as the server.
Each loads the page as a browser does (`/`, its {len(scenario.assets)} scripts and
stylesheets, `/_dash-layout`, `/_dash-dependencies`) and then opens the shared link of
each of the {len(dates)} days (`?date=...&district=...`), which fires the
{len(scenario.callbacks)} server callback(s) on `url.search`. A slider step itself sends
no request in this app (the browser recolours the map from data sent once).

The scene is played {args.rounds} times, one round after another; the table counts the
requests of every round.

| requests | count | p50 | p95 | p99 |
|---|---|---|---|---|
{chr(10).join(rows)}

p95 of each round: {", ".join(f"{p:.1f} ms" for p in round_p95)}.

Wall time {wall:.1f} s; errors: {len(errors)}.

Goal p95 < 100 ms and 0 errors: {verdict}.
"""
    if errors:
        body += "\nFirst errors: " + "; ".join(errors[:5]) + "\n"
    write_section("load", "Load: 50 viewers scrubbing every day", body)
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
