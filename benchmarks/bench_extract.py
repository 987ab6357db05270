"""Extraction throughput: articles per second on one core, on synthetic corpora.

The corpora are built from the seed articles: each synthetic article is a seed with its
publication date moved within the offensive (15 November - 22 December 2016) and its
district names swapped for other gazetteer neighbourhoods, so the coder meets varied
dates and names rather than the same five texts. Sizes 1,000 and 10,000 show whether
the time grows linearly.

    .venv/bin/python benchmarks/bench_extract.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import time
from dataclasses import replace

from common import write_section

from dashboard.articles import load_articles
from dashboard.extract import extract_events
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
        key=len,
        reverse=True,
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


def measure(n: int, repeats: int) -> tuple[float, int]:
    corpus = synthetic_corpus(n)
    gazetteer = load_gazetteer()
    extract_events(corpus[:20], gazetteer)  # warm the caches and the place index
    best = float("inf")
    events = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = extract_events(corpus, gazetteer)
        best = min(best, time.perf_counter() - t0)
        events = len(result.events)
    return best, events


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        seconds, events = measure(n, repeats=3 if n <= 2000 else 1)
        rate = n / seconds
        rows.append((n, seconds, rate, events))
        print(f"{n} articles: {seconds:.2f} s, {rate:.0f} articles/s, {events} events", flush=True)
    lines = [
        "Synthetic corpora built from the seeds (dates spread over 15 Nov - 22 Dec 2016, "
        "district names swapped for other neighbourhoods); one process, one core. "
        f"Goal: at least {GOAL:.0f} articles/s, time growing linearly.",
        "",
        "| articles | seconds | articles/s | events | seconds per 1,000 |",
        "|---:|---:|---:|---:|---:|",
    ]
    for n, seconds, rate, events in rows:
        lines.append(
            f"| {n:,} | {seconds:.2f} | {rate:.0f} | {events:,} | {seconds / n * 1000:.2f} |"
        )
    if len(rows) >= 2:
        (n1, s1, *_), (n2, s2, *_) = rows[0], rows[-1]
        lines += [
            "",
            f"Growth: {n2 / n1:.0f}x the articles took {s2 / s1:.1f}x the time "
            f"({'linear' if s2 / s1 < 1.25 * n2 / n1 else 'worse than linear'}).",
        ]
    verdict = "meets" if min(r[2] for r in rows) >= GOAL else "misses"
    lines += ["", f"Slowest rate {min(r[2] for r in rows):.0f} articles/s: {verdict} the goal."]
    write_section("extract", "Extraction throughput", "\n".join(lines))


if __name__ == "__main__":
    main()
