"""Load test: 50 simulated viewers scrub every day against gunicorn with 2 workers.

Loopback only, bounded in count and time, stops by itself. Each viewer loads the page
(the HTML, the layout and the callback graph) and then, for every day on the date
slider, sends the server callbacks that a slider step fires in the browser, built from
the app's own ``/_dash-dependencies`` and ``/_dash-layout``. Clientside callbacks run in
the browser and cost the server nothing, so they are not sent.

    .venv/bin/python benchmarks/bench_load.py [--viewers 50] [--workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import percentile, write_section

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
    """What one slider step sends: the server callbacks that take the slider as input."""

    def __init__(self, layout: dict, dependencies: list[dict]):
        components = {_id_key(c["props"]["id"]): c for c in walk(layout) if "id" in c["props"]}
        sliders = [c for c in components.values() if c["type"] == "Slider"]
        if not sliders:
            raise SystemExit("no dcc.Slider in the layout: nothing to scrub")
        self.slider = sliders[0]
        self.slider_id = self.slider["props"]["id"]
        props = self.slider["props"]
        marks = props.get("marks") or {}
        if marks:
            self.values = sorted((float(k) for k in marks), key=float)
            self.values = [int(v) if v.is_integer() else v for v in self.values]
        else:
            lo, hi, step = props["min"], props["max"], props.get("step") or 1
            self.values = list(range(int(lo), int(hi) + 1, int(step)))
        self.components = components
        self.callbacks = [
            d
            for d in dependencies
            if not d.get("clientside_function")
            and any(_id_key(i["id"]) == _id_key(self.slider_id) for i in d["inputs"])
        ]

    def _value(self, dep: dict, slider_value):
        if _id_key(dep["id"]) == _id_key(self.slider_id) and dep["property"] == "value":
            return slider_value
        component = self.components.get(_id_key(dep["id"]))
        return None if component is None else component["props"].get(dep["property"])

    def bodies(self, slider_value) -> list[bytes]:
        out = []
        for cb in self.callbacks:
            outputs = parse_outputs(cb["output"])
            body = {
                "output": cb["output"],
                "outputs": outputs if len(outputs) > 1 else outputs[0],
                "inputs": [{**i, "value": self._value(i, slider_value)} for i in cb["inputs"]],
                "changedPropIds": [f"{_id_key(self.slider_id)}.value"],
                "state": [{**s, "value": self._value(s, slider_value)} for s in cb["state"]],
            }
            out.append(json.dumps(body).encode())
        return out


def request(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, data, (time.perf_counter() - start) * 1000


def viewer(port: int, scenario: Scenario, latencies: list, errors: list, stop: float) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        for path in ("/", "/_dash-layout", "/_dash-dependencies"):
            status, _, ms = request(conn, "GET", path)
            latencies.append(ms)
            if status != 200:
                errors.append(f"GET {path}: {status}")
        for value in scenario.values:
            for body in scenario.bodies(value):
                if time.monotonic() > stop:
                    errors.append("deadline reached")
                    return
                status, _, ms = request(conn, "POST", "/_dash-update-component", body)
                latencies.append(ms)
                if status not in (200, 204):
                    errors.append(f"POST step {value}: {status}")
    except (OSError, http.client.HTTPException) as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        conn.close()


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [
            str(gunicorn),
            "--workers",
            str(args.workers),
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
        layout = json.loads(request(conn, "GET", "/_dash-layout")[1])
        deps = json.loads(request(conn, "GET", "/_dash-dependencies")[1])
        conn.close()
        scenario = Scenario(layout, deps)
        latencies: list[float] = []
        errors: list[str] = []
        stop = time.monotonic() + DEADLINE_S
        threads = [
            threading.Thread(target=viewer, args=(port, scenario, latencies, errors, stop))
            for _ in range(args.viewers)
        ]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=DEADLINE_S)
        wall = time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    p50, p95, p99 = (percentile(latencies, q) for q in (50, 95, 99))
    verdict = "met" if p95 < 100 and not errors else "NOT met"
    body = f"""
{args.viewers} concurrent viewers against gunicorn with {args.workers} workers on loopback.
Each loads the page (`/`, `/_dash-layout`, `/_dash-dependencies`) and then steps the date
slider through all {len(scenario.values)} days, sending the {len(scenario.callbacks)} server
callback(s) a step fires (clientside callbacks cost the server nothing).

| requests | wall time | p50 | p95 | p99 | errors |
|---|---|---|---|---|---|
| {len(latencies)} | {wall:.1f} s | {p50:.1f} ms | {p95:.1f} ms | {p99:.1f} ms | {len(errors)} |

Goal p95 < 100 ms and 0 errors: {verdict}.
"""
    if errors:
        body += "\nFirst errors: " + "; ".join(errors[:5]) + "\n"
    write_section("load", "Load: 50 viewers scrubbing every day", body)
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
