"""Snapshot export, warm: one PNG, SVG and PDF, and the animation of every day.

The seeds are loaded once and the browser is started once (its start-up is reported
separately); every timed export then goes through ``render_snapshot`` (or, for the
animation, the same batched renderer ``aleppo-map export --animate`` uses), from the
bundle to the finished bytes. Budgets: PNG <= 1 s, SVG/PDF <= 0.3 s, animation (GIF or
MP4) <= 15 s.

Two comparisons back the design: kaleido's own sync server (which reloads the page
after every image and makes the caller wait for it) against the exporter's browser,
and the screen's MapLibre figure (``dashboard.figures.map_figure``, WebGL in headless
Chromium) against the vector geo figure the exporter draws.

    .venv/bin/python benchmarks/bench_export.py [--runs 10] [--districts FILE --name-field F]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from common import percentile, timed, write_section

from dashboard.export import render_snapshot
from dashboard.export.animate import gif_bytes, mp4_bytes
from dashboard.export.presets import parse_preset
from dashboard.export.renderer import render_figure, topojson_url
from dashboard.export.snapshot import build_snapshot_figure, render_snapshots
from dashboard.pipeline import load_bundle

BUDGET_S = {"png": 1.0, "svg": 0.3, "pdf": 0.3}
CSR = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/ref/geo/aleppo_neighbourhoods_csr.geojson"
)
ANIMATION_BUDGET_S = 15.0


def row(label: str, times: list[float], budget: float | None = None) -> str:
    median, p90 = statistics.median(times), percentile(times, 90)
    verdict = "" if budget is None else ("yes" if median <= budget else "**no**")
    limit = "" if budget is None else f"{budget:g}"
    return (
        f"| {label} | {len(times)} | {min(times):.3f} | {median:.3f} | {p90:.3f} "
        f"| {limit} | {verdict} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--districts", type=Path)
    parser.add_argument("--name-field")
    args = parser.parse_args()
    runs = args.runs

    bundle = load_bundle([], args.districts, args.name_field)
    dates = bundle.timeline.dates
    day = dates[len(dates) // 2]
    start = time.perf_counter()
    render_snapshot(bundle, day, "svg")  # starts Chromium, builds the per-bundle map data
    cold = time.perf_counter() - start
    for fmt in BUDGET_S:  # one of each format before timing
        render_snapshot(bundle, day, fmt)

    rows = []
    for fmt, budget in BUDGET_S.items():
        days = iter(dates * (runs // len(dates) + 1))
        times = timed(lambda fmt=fmt, days=days: render_snapshot(bundle, next(days), fmt), runs)
        label = (
            "PNG social, 2400x1350 (1200x675 at 2x)" if fmt == "png" else f"{fmt.upper()} social"
        )
        rows.append(row(label, times, budget))
    days = iter(dates * (runs // len(dates) + 1))
    times = timed(lambda: render_snapshot(bundle, next(days), "png", preset="print"), runs)
    rows.append(row("PNG print 2480x3508", times))

    if CSR.is_file():  # the accurate layer: more vertices than the schematic one
        csr = load_bundle([], CSR, "NAME")
        for fmt in BUDGET_S:
            render_snapshot(csr, day, fmt)
            times = timed(lambda fmt=fmt: render_snapshot(csr, day, fmt), runs)
            label = f"{fmt.upper()} social, CSR layer ({len(csr.layer.gdf)} districts)"
            rows.append(row(label, times, BUDGET_S[fmt]))

    anim_runs = max(1, runs // 5)

    def animation(encode):
        frames = [img for _, img in render_snapshots(bundle, dates, "png", scale=1)]
        return encode(frames)

    for name, encode in (("GIF", gif_bytes), ("MP4 (H.264)", mp4_bytes)):
        times = timed(lambda encode=encode: animation(encode), anim_runs)
        label = f"{name} of every day ({len(dates)} frames, 1200x675)"
        rows.append(row(label, times, ANIMATION_BUDGET_S))

    # Kaleido's own sync server against the exporter's browser, same figures, interleaved.
    import kaleido

    size = parse_preset("social")
    figs = [build_snapshot_figure(bundle, d, size) for d in dates[:5]]
    kaleido.start_sync_server(mathjax=False, silence_warnings=True)
    compare = {"kaleido sync server": [], "exporter browser": []}
    opts = {"format": "svg", "width": size.width, "height": size.height, "scale": 1}
    kaleido.calc_fig_sync(figs[0], opts=opts, topojson=topojson_url())
    for i in range(runs):
        fig = figs[i % len(figs)]
        compare["kaleido sync server"] += timed(
            lambda fig=fig: kaleido.calc_fig_sync(fig, opts=opts, topojson=topojson_url()), 1
        )
        compare["exporter browser"] += timed(
            lambda fig=fig: render_figure(fig, "svg", size.width, size.height), 1
        )
    kaleido.stop_sync_server(silence_warnings=True)
    compare_rows = [row(f"SVG via {name}", times) for name, times in compare.items()]

    # The screen's MapLibre figure rendered by the same browser.
    from dashboard import figures
    from dashboard.app import map_context

    screen = figures.map_figure(
        figures.layer_geojson(bundle.layer),
        figures.day_state(bundle.timeline.control, day),
        bundle.timeline.flows,
        map_context(bundle),
        hatch=figures.hatch_segments(bundle.layer),
        labels=figures.key_district_labels(bundle.layer),
        view=figures.map_view(bundle.layer),
    )
    vector = build_snapshot_figure(bundle, day, size)
    render_figure(screen, "png", size.width, size.height, 2)
    maplibre_runs = 2  # each takes seconds
    compare_rows.append(
        row(
            "PNG of the screen's MapLibre figure",
            timed(lambda: render_figure(screen, "png", size.width, size.height, 2), maplibre_runs),
        )
    )
    compare_rows.append(
        row(
            "PNG of the vector geo figure",
            timed(lambda: render_figure(vector, "png", size.width, size.height, 2), maplibre_runs),
        )
    )

    header = (
        "| export | runs | best s | median s | p90 s | budget s | within |\n"
        "|---|---|---|---|---|---|---|"
    )
    body = f"""
Seeds ({len(bundle.articles)} articles, {len(dates)} days) on the {bundle.layer.quality} layer
({len(bundle.layer.gdf)} districts). Each time runs from the bundle to the finished bytes
through `render_snapshot` in a warm process; the days cycle through the timeline. Browser
start and first render (cold): {cold:.1f} s. The two cores are shared with whatever
else runs on the machine, so the spread (p90) matters as much as the median.

{header}
{chr(10).join(rows)}

What the design rests on (same figures, interleaved):

{header}
{chr(10).join(compare_rows)}
"""
    write_section("export", "Snapshot export", body)


if __name__ == "__main__":
    main()
