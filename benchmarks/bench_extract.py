"""Extraction throughput: articles per second on one core, on synthetic corpora.

The corpora are built from the seed articles: each synthetic article is a seed with its
publication date moved within the offensive (15 November - 22 December 2016) and its
district names swapped for other gazetteer neighbourhoods, so the coder meets varied
dates and names rather than the same five texts. Sizes 1,000 and 10,000 show whether
the time grows linearly.

    .venv/bin/python benchmarks/bench_extract.py [--sizes 1000 10000]

Each size is measured with the compiled coder and with the plain Python one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import replace

from common import write_section

from dashboard.articles import load_articles
from dashboard.extract import CODER, extract_events
from dashboard.extract.compiled import PURE_ENV
from dashboard.gazetteer import load_gazetteer
from dashboard.paths import SEEDS_DIR

START, END = dt.date(2016, 11, 15), dt.date(2016, 12, 22)
GOAL = 200.0  # articles per second


def synthetic_corpus(n: int, seed: int = 2016) -> list:
    rng = random.Random(seed)
    seeds = load_articles([SEEDS_DIR]).articles
    gazetteer = load_gazetteer()
    names = sorted(p.name for p in gazetteer.neighbourhoods if p.kind == "neighbourhood")
    mentioned = sorted(
        {p.name for p in gazetteer.neighbourhoods for a in seeds if p.name in a.text},
        key=lambda name: (-len(name), name),  # longest first; a fixed order, not a set's
    )
    pattern = re.compile("|".join(re.escape(m) for m in mentioned))
    span = (END - START).days
    corpus = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        swap = {m: rng.choice(names) for m in mentioned}
        text = pattern.sub(lambda m, swap=swap: swap[m.group(0)], base.text)
        published = START + dt.timedelta(days=rng.randrange(span + 1))
        corpus.append(replace(base, file=f"{i:05d}_{base.file}", text=text, published=published))
    return corpus


def measure(n: int, repeats: int) -> dict:
    corpus = synthetic_corpus(n)
    gazetteer = load_gazetteer()
    extract_events(corpus[:20], gazetteer)  # warm the caches and the place index
    best = {"cpu": float("inf"), "wall": float("inf")}
    for _ in range(repeats):
        load = os.getloadavg()[0]
        w0, c0 = time.perf_counter(), time.process_time()
        result = extract_events(corpus, gazetteer)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        if cpu < best["cpu"]:
            best = {"cpu": cpu, "wall": wall, "events": len(result.events), "load": load}
    return best


def measure_in_process(n: int, pure: bool) -> dict:
    """``measure`` in a fresh process, with the compiled coder or the plain one (the
    coder is chosen when the package is imported)."""
    env = {**os.environ, PURE_ENV: "1" if pure else ""}
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(n)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench_extract worker for {n} articles failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def _worker(n: int) -> None:
    m = measure(n, repeats=3 if n <= 2000 else 1)
    print(json.dumps({**m, "coder": CODER}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    # Each size with both coders, one after the other, so that both meet the same hour of
    # a shared machine. Without a compiled copy both runs are of the plain coder.
    rows = []
    for n in args.sizes:
        for pure in (False, True):
            m = measure_in_process(n, pure)
            rows.append((n, m))
            print(
                f"{n} articles, {m['coder']}: {m['cpu']:.2f} s CPU "
                f"({n / m['cpu']:.0f} articles/s), {m['wall']:.2f} s wall, "
                f"load {m['load']:.1f}, {m['events']} events",
                flush=True,
            )
    lines = [
        "Synthetic corpora built from the seeds (dates spread over 15 Nov - 22 Dec 2016, "
        "district names swapped for other neighbourhoods); one process on one core. "
        "Rates are from CPU time (`time.process_time`), since the machine was shared "
        "with other jobs (the load average when each run started is given); wall time is "
        f"shown too. Goal: at least {GOAL:.0f} articles/s, time growing linearly.",
        "",
        "Each size runs with the compiled coder (the modules mypyc builds at install, "
        "see `dashboard/extract/compiled.py`) and then with the plain Python modules "
        f"(`{PURE_ENV}=1`), in fresh processes.",
        "",
        "| coder | articles | CPU s | articles/s (CPU) | wall s | load | events "
        "| CPU s per 1,000 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, m in rows:
        lines.append(
            f"| {m['coder']} | {n:,} | {m['cpu']:.2f} | {n / m['cpu']:.0f} | "
            f"{m['wall']:.2f} | {m['load']:.1f} | {m['events']:,} | "
            f"{m['cpu'] / n * 1000:.2f} |"
        )
    coders = sorted({m["coder"] for _, m in rows}, key=lambda c: not c.startswith("compiled"))
    for coder in coders:
        mine = [(n, m) for n, m in rows if m["coder"] == coder]
        if len(mine) >= 2:
            (n1, m1), (n2, m2) = mine[0], mine[-1]
            growth = m2["cpu"] / m1["cpu"]
            lines += [
                "",
                f"Growth, {coder}: {n2 / n1:.0f}x the articles took {growth:.1f}x the CPU "
                f"time ({'linear' if growth < 1.25 * n2 / n1 else 'worse than linear'}).",
            ]
    same = len({(n, m["events"]) for n, m in rows}) == len({n for n, _ in rows})
    lines += ["", f"Both coders found the same number of events at each size: {same}."]
    in_use = coders[0]
    slowest = min(n / m["cpu"] for n, m in rows if m["coder"] == in_use)
    verdict = "meets" if slowest >= GOAL else "misses"
    lines += ["", f"Slowest rate of the coder in use ({in_use}): {slowest:.0f} articles/s, "
              f"{verdict} the goal."]  # fmt: skip
    write_section("extract", "Extraction throughput", "\n".join(lines))


if __name__ == "__main__":
    main()
