"""Shared by the benchmarks: the machine line and the results file."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from run_all import RESULTS, machine


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def write_section(name: str, title: str, body: str) -> Path:
    """Write ``benchmarks/results/<name>.md`` with the date and machine, and print it."""
    RESULTS.mkdir(exist_ok=True)
    text = (
        f"## {title}\n\n"
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}.\n\n"
        f"{body.strip()}\n"
    )
    path = RESULTS / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    print(text)
    return path


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds each of ``runs`` calls of ``fn`` took."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out
