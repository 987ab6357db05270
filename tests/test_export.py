"""Snapshot export: options, furniture text, and real renders through kaleido + Chromium."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import tempfile
from collections import Counter

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
import shapely
from click.testing import CliRunner
from export_helpers import DAYS, make_bundle
from PIL import Image

from dashboard import style
from dashboard.cli import main
from dashboard.export import ExportError, furniture, render_snapshot, texts
from dashboard.export.animate import hold_frames, mp4_bytes
from dashboard.export.command import run_export
from dashboard.export.presets import parse_preset
from dashboard.export.snapshot import build_snapshot_figure
from dashboard.figures_vector import map_data


@pytest.fixture(scope="session")
def bundle():
    return make_bundle()


# --- options -------------------------------------------------------------------------


def test_presets_and_custom_sizes():
    assert (parse_preset("social").width, parse_preset("social").height) == (1200, 675)
    assert parse_preset("square").width == parse_preset("square").height == 1080
    assert parse_preset("800x600").width == 800
    for bad in ("poster", "10x10", "5000x800", "12x"):
        with pytest.raises(ExportError):
            parse_preset(bad)


def test_date_outside_range_lists_valid_range(bundle):
    with pytest.raises(ExportError) as err:
        render_snapshot(bundle, "2016-12-31")
    assert "2016-11-14 to 2016-11-17" in str(err.value)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--format", "tiff", "unknown format"), ("--preset", "poster", "unknown preset")],
)
def test_cli_rejects_unknown_format_and_preset(tmp_path, option, value, message):
    result = CliRunner().invoke(
        main, ["export", "--date", "2016-11-28", option, value, "--out", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert message in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing", "missing-folder", "file", "proc"])
def test_cli_rejects_unwritable_output(tmp_path, where):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    out = {
        "missing": tmp_path / "no" / "such" / "x.png",
        "missing-folder": tmp_path / "no-such-folder",
        "file": blocker / "x.png",
        "proc": "/proc/aleppo.png",
    }[where]
    result = CliRunner().invoke(main, ["export", "--date", "2016-11-28", "--out", str(out)])
    assert result.exit_code == 2
    assert "output" in result.output and "folder" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_cli_needs_exactly_one_mode():
    result = CliRunner().invoke(main, ["export", "--all-dates", "--animate"])
    assert result.exit_code == 2
    assert "exactly one" in result.output


# --- words derived from the bundle ----------------------------------------------------


def test_headline_comes_from_the_days_changes(bundle):
    data = map_data(bundle)
    assert texts.headline(data, DAYS[0]) == "14 Nov: baseline"
    assert texts.headline(data, DAYS[1]) == "15 Nov: fighting in Sakhour"
    assert texts.headline(data, DAYS[2]) == (
        "16 Nov: Government forces take Masaken Hanano; claim Sakhour"
    )
    # Haidariya first: an event names it, Sheikh Khodr only shares its event
    assert texts.headline(data, DAYS[3]) == (
        "17 Nov: Government forces take Haidariya, Sheikh Khodr; Kurdish forces take Sheikh Fares"
    )


def test_a_headline_fits_its_width_and_keeps_every_actor(seeds_bundle):
    """28 Nov: eleven districts change hands. At any width the line fits, the one
    Kurdish gain keeps its clause, and Sakhour (named by five reports) leads the claimed
    districts rather than the members of a named area."""
    from dashboard.figures_vector import text_width

    data = map_data(seeds_bundle)
    day = dt.date(2016, 11, 28)
    size = 11.7
    full = texts.headline(data, day, prefix=False)
    assert "claim Sakhour," in full and "Kurdish forces take Sheikh Fares" in full
    for width in range(500, 901, 40):
        line = texts.headline(data, day, width, size, prefix=False)
        assert text_width(line, size) <= width, (width, line)
        assert "…" not in line, (width, line)
        assert re.search(r"Kurd(s|ish forces) take Sheikh Fares", line), (width, line)
        assert re.search(r"claims? Sakhour", line), (width, line)
        assert re.search(r"takes? Haidariya", line), (width, line)
    # narrower than any panel: names give way to counts, but no clause is dropped
    for width in (300, 340, 380, 420):
        line = texts.headline(data, day, width, size, prefix=False)
        assert text_width(line, size) <= width, (width, line)
        assert "Kurds take" in line and "claims" in line and "…" not in line, line


def test_sources_name_outlets_and_claimants_of_the_day(bundle):
    data = map_data(bundle)
    line = texts.sources_line(bundle, data, [DAYS[3]])
    assert "Sample Agency" in line and "Example Daily" in line and "YPG" in line
    first = texts.sources_line(bundle, data, [DAYS[0]])
    assert first == "Sources: the baseline of 14 November 2016"


def test_figure_has_furniture_and_one_location_per_district(bundle):
    fig = go.Figure(
        build_snapshot_figure(bundle, DAYS[3], parse_preset("social"), district="Sakhour")
    )
    text = " ".join(a.text for a in fig.layout.annotations)
    assert "Control as assessed on 17 November 2016" in text
    assert "test squares" in text and texts.data_version(bundle) in text
    assert "Government and allies" in text and "Contested" in text
    locations = [loc for t in fig.data if t.type == "choropleth" for loc in t.locations]
    assert sorted(locations) == sorted(bundle.layer.gdf["district"])
    (selected,) = [a.text for a in fig.layout.annotations if a.name == "map label: selected"]
    assert "الصاخور" in selected


def test_flows_legend_says_when_no_flow_is_drawn(bundle):
    def legend(day, flows):
        fig = build_snapshot_figure(bundle, day, parse_preset("social"), flows=flows)
        return " ".join(a["text"] for a in fig["layout"]["annotations"])

    assert "No displacement reported on this day" in legend(DAYS[0], "day")
    assert "People fleeing, reported on this day" in legend(DAYS[2], "day")
    assert "Displacement" not in legend(DAYS[2], "none")


def _with_extra_flow(bundle, day, best: int):
    """``bundle`` with one more flow, on ``day`` only, of ``best`` people."""
    import dataclasses

    flows = bundle.timeline.flows
    extra = flows.iloc[[0]].copy()
    extra[["date_start", "date_end"]] = [day, day]
    extra[["count_low", "count_high", "count_best"]] = [best, best, best]
    both = pd.concat([flows, extra], ignore_index=True)
    return dataclasses.replace(bundle, timeline=dataclasses.replace(bundle.timeline, flows=both))


def _legend(fig: dict) -> str:
    """Every text of the figure's annotations, as words (line breaks and markup gone)."""
    words = " ".join(a["text"] for a in fig["layout"]["annotations"])
    return " ".join(re.sub(r"<br>", " ", re.sub(r"</?b>", "", words)).split())


def _map_labels(fig: dict, kind: str) -> list[str]:
    """Texts of the map's labels of ``kind`` (district, flow, landmark, selected)."""
    return [
        a["text"] for a in fig["layout"]["annotations"] if a.get("name") == f"map label: {kind}"
    ]


def _flow_widths(fig: dict) -> list[float]:
    return [t["line"]["width"] for t in fig["data"] if t.get("name") == "flow"]


def test_flow_legend_names_the_widest_flow_drawn_on_that_image(bundle):
    """A larger flow on another day sets the width scale, but the legend of a day that
    does not show it names the widest flow that is shown, at its drawn width."""
    two = _with_extra_flow(bundle, DAYS[1], 6000)
    fig = build_snapshot_figure(two, DAYS[2], parse_preset("social"), flows="day")
    text = _legend(fig)
    assert "6,000" not in text
    assert "widest shown: 2,000" in text
    (drawn,) = _flow_widths(fig)
    legend_lines = [s["line"]["width"] for s in fig["layout"]["shapes"] if s["type"] == "line"]
    assert drawn in legend_lines
    assert max(_flow_widths(fig)) < 12  # the 6,000 flow, not shown, holds the full width
    cumulative = build_snapshot_figure(two, DAYS[2], parse_preset("social"), flows="cumulative")
    assert "widest shown: 6,000" in _legend(cumulative)


def test_flows_to_one_place_share_one_label_as_on_screen(bundle):
    """Reports of one route on one day: an arrow each, one label joining their numbers
    (the screen's :func:`dashboard.figures.flow_label_texts`). As on the screen, an
    arrow with no number is hollow and has no label; the legend says what hollow means."""
    nan = float("nan")
    unstated = _with_extra_flow(_with_extra_flow(bundle, DAYS[1], 1), DAYS[1], 1)
    unstated.timeline.flows.loc[1:, ["count_low", "count_high", "count_best"]] = nan
    fig = build_snapshot_figure(unstated, DAYS[1], parse_preset("social"), flows="day")
    assert len(_flow_widths(fig)) == 2
    assert _map_labels(fig, "flow") == []
    assert sum(t.get("name") == "flow core" for t in fig["data"]) == 2
    assert "Hollow: no number stated" in _legend(fig)
    numbers = _with_extra_flow(_with_extra_flow(bundle, DAYS[1], 500), DAYS[1], 900)
    fig = build_snapshot_figure(numbers, DAYS[1], parse_preset("social"), flows="day")
    (text,) = _map_labels(fig, "flow")
    assert sorted(text.split("<br>")) == ["500", "900"]  # one number per line


def test_strip_legend_speaks_of_each_panels_day(bundle):
    from dashboard.export.strip import build_strip_figure

    text = _legend(build_strip_figure(bundle, [DAYS[1], DAYS[2]], "day"))
    assert "reported on each panel's day" in text
    assert "on this day" not in text
    text = _legend(build_strip_figure(bundle, [DAYS[0], DAYS[1]], "cumulative"))
    assert "No displacement reported up to each panel's day" in text


def test_title_months_come_from_the_timeline(bundle):
    assert texts.month_span(DAYS) == "November 2016"
    assert texts.month_span([dt.date(2016, 11, 15), dt.date(2016, 12, 22)]) == (
        "November–December 2016"
    )
    assert texts.month_span([dt.date(2016, 12, 30), dt.date(2017, 1, 2)]) == (
        "December 2016–January 2017"
    )
    fig = build_snapshot_figure(bundle, DAYS[1], parse_preset("social"))
    assert "The offensive on east Aleppo, November 2016" in _legend(fig)
    assert "December" not in _legend(fig)


# --- real renders ---------------------------------------------------------------------


def _hex_rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _blend(color: str, opacity: float) -> tuple[float, ...]:
    """``color`` at ``opacity`` over white."""
    return tuple(c * opacity + 255 * (1 - opacity) for c in _hex_rgb(color))


def _rgb(fill: str) -> tuple[int, ...]:
    return tuple(int(v) for v in re.findall(r"\d+", fill)[:3])


def _close(a, b, tolerance: float = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def _svg_paths(svg: str) -> list[tuple[str, shapely.Polygon]]:
    """(fill, polygon) of every district path plotly drew, in CSS px."""
    out = []
    for fill, d in re.findall(r'class="choroplethlocation" fill="([^"]+)" d="([^"]+)"', svg):
        rings = []
        for sub in re.findall(r"M[^M]+", d):
            nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", sub)]
            rings.append(list(zip(nums[0::2], nums[1::2], strict=True)))
        out.append((fill, shapely.Polygon(rings[0], rings[1:])))
    return out


@pytest.mark.browser
@pytest.mark.slow
def test_png_has_preset_size_and_faction_colour_at_district(bundle):
    day = DAYS[3]
    name, png = render_snapshot(bundle, day, "png", preset="social", scale=2)
    assert name == "aleppo-control_2016-11-17.png"
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (2400, 1350)
    # The same figure as SVG says where each district landed, in CSS px.
    _, svg = render_snapshot(bundle, day, "svg", preset="social")
    expected = _blend(style.FACTION_COLORS["kurdish"], style.STATUS_FILL_OPACITY["assessed"])
    (polygon,) = [p for fill, p in _svg_paths(svg.decode()) if _close(_rgb(fill), expected)]
    # Most common colour on a grid inside the district (labels and lines cover little).
    inner = polygon.buffer(-4)
    x0, y0, x1, y1 = inner.bounds
    grid = [
        (x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * j / 10) for i in range(11) for j in range(11)
    ]
    inside = [p for p in grid if inner.contains(shapely.Point(p))]
    samples = [image.getpixel((round(x * 2), round(y * 2))) for x, y in inside]
    pixel = Counter(samples).most_common(1)[0][0]
    assert _close(pixel, expected), (pixel, expected)


@pytest.mark.browser
def test_svg_is_vector_with_one_path_per_district_and_furniture(bundle):
    name, svg_bytes = render_snapshot(bundle, DAYS[2], "svg", preset="square", district="Sakhour")
    svg = svg_bytes.decode()
    assert name.endswith(".svg")
    assert len(_svg_paths(svg)) == len(bundle.layer.gdf)
    assert "<image" not in svg
    for text in (
        "Control as assessed on 16 November 2016",
        "Sources:",
        "test squares",
        texts.data_version(bundle),
        "Claimed: asserted by one side only",
        "People fleeing",  # flows legend: a flow is under way on this day
        "الصاخور",  # the highlighted district's Arabic name
    ):
        assert text in svg, text


def test_a_font_for_arabic_is_installed():
    fonts = subprocess.run(["fc-list", ":lang=ar", "family"], capture_output=True, text=True)
    assert "DejaVu Sans" in fonts.stdout


@pytest.mark.browser
def test_pdf_has_one_page(bundle):
    from pypdf import PdfReader

    _, pdf = render_snapshot(bundle, DAYS[1], "pdf", preset="print")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert "Control as assessed on 15 November 2016" in reader.pages[0].extract_text()


@pytest.mark.browser
@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_a_reused_browser_page_shows_only_the_latest_figure(bundle, fmt):
    """The browser page is reused between figures; nothing of the last one may remain."""
    from pypdf import PdfReader

    def text(day):
        _, data = render_snapshot(bundle, day, fmt, preset="480x320")
        if fmt == "svg":
            return data.decode()
        (page,) = PdfReader(io.BytesIO(data)).pages
        return page.extract_text()

    for day in (DAYS[0], DAYS[3], DAYS[1]):
        shown = text(day)
        stamps = [d for d in DAYS if texts.date_stamp(d) in shown]
        assert stamps == [day]


@pytest.mark.browser
@pytest.mark.slow
def test_gif_has_one_frame_per_day(bundle, tmp_path):
    out = tmp_path / "anim.gif"
    run_export([], None, None, animate=True, preset="480x320", out=out, bundle=bundle)
    with Image.open(out) as gif:
        assert gif.n_frames == len(DAYS)
    assert [p.name for p in tmp_path.iterdir()] == ["anim.gif"]


@pytest.mark.browser
@pytest.mark.slow
def test_all_dates_writes_every_frame_and_no_staging(bundle, tmp_path):
    out = tmp_path / "frames"
    run_export([], None, None, all_dates=True, preset="480x320", scale=1, out=out, bundle=bundle)
    assert sorted(p.name for p in out.iterdir()) == [
        f"aleppo-control_{d.isoformat()}.png" for d in DAYS
    ]
    for frame in out.iterdir():
        with Image.open(frame) as image:
            assert image.size == (480, 320)  # the custom preset at scale 1


@pytest.mark.browser
def test_failed_all_dates_leaves_nothing(bundle, tmp_path):
    out = tmp_path / "frames"
    with pytest.raises(ExportError, match="no polygon"):
        run_export([], None, None, all_dates=True, district="Nowhere", out=out, bundle=bundle)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.browser
def test_strip_has_a_panel_and_headline_per_date(bundle, tmp_path):
    out = tmp_path / "strip.svg"
    run_export([], None, None, strip=f"{DAYS[1]},{DAYS[3]}", out=out, bundle=bundle)
    svg = out.read_text(encoding="utf-8")
    assert svg.count('class="geo') >= 2
    assert "Fighting in Sakhour" in svg
    assert re.search(
        r"Government (forces )?takes? Haidariya.*; Kurd(s|ish forces) take Sheikh", svg
    )


def _png(size: tuple[int, int], color: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def _mp4_frames(path) -> tuple[dict, list[np.ndarray]]:
    """The video's metadata and every decoded frame, read back with imageio-ffmpeg."""
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    frames = [np.frombuffer(f, np.uint8).reshape(height, width, 3) for f in reader]
    return meta, frames


def test_mp4_has_a_frame_per_day_then_the_held_last_one(tmp_path):
    """Odd-sized frames (H.264 needs even sides) come out padded, in order, each day
    once and the last day held."""
    colors = ["#D62728", "#2CA02C", "#1F77B4"]
    data = mp4_bytes([_png((481, 321), c) for c in colors])
    out = tmp_path / "a.mp4"
    out.write_bytes(data)
    meta, frames = _mp4_frames(out)
    assert meta["codec"] == "h264" and meta["size"] == (482, 322)
    assert len(frames) == len(colors) + hold_frames()
    shown = [f[160, 240].astype(int) for f in frames]
    expected = [_hex_rgb(c) for c in colors] + [_hex_rgb(colors[-1])] * hold_frames()
    for got, want in zip(shown, expected, strict=True):
        assert _close(got, want, 20), (got, want)
    assert _close(frames[0][321, 481].astype(int), (255, 255, 255), 20)  # the white pad


def test_mp4_of_frames_that_differ_in_size_fails_and_leaves_nothing(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(ExportError, match="differ in size"):
        mp4_bytes([_png((480, 320), "#FFFFFF"), _png((400, 320), "#000000")])
    assert list(scratch.iterdir()) == []


def test_failed_mp4_export_leaves_nothing(bundle, tmp_path):
    out = tmp_path / "a.mp4"
    with pytest.raises(ExportError, match="no polygon"):
        run_export([], None, None, animate=True, district="Nowhere", out=out, bundle=bundle)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.browser
@pytest.mark.slow
def test_cli_animate_writes_a_readable_mp4(bundle, tmp_path):
    out = tmp_path / "anim.mp4"
    run_export([], None, None, animate=True, preset="481x321", out=out, bundle=bundle)
    assert [p.name for p in tmp_path.iterdir()] == ["anim.mp4"]
    meta, frames = _mp4_frames(out)
    assert meta["size"] == (482, 322)
    assert len(frames) == len(DAYS) + hold_frames()


# --- the seeds, through the whole pipeline ---------------------------------------------


@pytest.fixture(scope="session")
def seeds_bundle():
    from dashboard.pipeline import load_bundle

    return load_bundle()


def test_cli_date_outside_the_seeds_range(seeds_bundle, tmp_path):
    first, last = seeds_bundle.timeline.dates[0], seeds_bundle.timeline.dates[-1]
    result = CliRunner().invoke(
        main, ["export", "--date", "2017-01-01", "--out", str(tmp_path / "x.png")]
    )
    assert result.exit_code == 2
    assert f"valid dates are {first.isoformat()} to {last.isoformat()}" in result.output
    assert list(tmp_path.iterdir()) == []


def _headline_names(line: str) -> list[str]:
    """District names in a generated headline (its clauses: "Government forces take A,
    B", "claim C and 3 more", "Kurds take D", "fighting in E, F")."""
    names = []
    for part in line.split(": ", 1)[1].split("; "):
        part = re.sub(r"^(fighting in|.*?\b(takes?|claims?)) ", "", part, flags=re.I)
        part = re.sub(r" (and \d+ more|\+\d+)$", "", part)
        names += [n for n in part.split(", ") if n]
    return names


def test_headlines_name_only_districts_that_changed(seeds_bundle):
    data = map_data(seeds_bundle)
    for before, day in zip(data.dates, data.dates[1:], strict=False):
        line = texts.headline(data, day)
        assert line.startswith(texts.short_date(day) + ": ")
        if line.endswith("no change in control reported"):
            continue
        old, new = data.control[before], data.control[day]
        for name in _headline_names(line):
            assert name in new.index, (day, name, line)
            was = tuple(old.loc[name, ["faction", "status"]])
            now = tuple(new.loc[name, ["faction", "status"]])
            assert was != now, (day, name, line)


@pytest.mark.browser
@pytest.mark.slow
def test_cli_exports_a_seeds_day_as_svg(seeds_bundle, tmp_path):
    day = seeds_bundle.timeline.dates[-1]
    result = CliRunner().invoke(
        main, ["export", "--date", day.isoformat(), "--format", "svg", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    out = tmp_path / f"aleppo-control_{day.isoformat()}.svg"
    svg = out.read_text(encoding="utf-8")
    assert len(_svg_paths(svg)) == len(seeds_bundle.layer.gdf)
    assert seeds_bundle.layer.attribution in svg
    assert texts.date_stamp(day) in svg


SEEDS_DAYS = [dt.date(2016, 11, 22), dt.date(2016, 11, 26), dt.date(2016, 11, 28)]
LABEL_CASES = [
    (preset, flows, day, None)
    for preset in ("social", "square", "print")
    for flows in ("none", "day", "cumulative")
    for day in SEEDS_DAYS
] + [("social", "cumulative", dt.date(2016, 11, 28), "Sakhour")]


def _check_clear(boxes, width, height, where=""):
    """No two texts overlap by more than a pixel, and none runs off the image."""
    from export_helpers import overlap

    for i, (text, box) in enumerate(boxes):
        assert box[0] >= -1 and box[1] >= -1, (where, text, box)
        assert box[2] <= width + 1 and box[3] <= height + 1, (where, text, box)
        for other, obox in boxes[i + 1 :]:
            assert overlap(box, obox) <= 1, (where, text, other, box, obox)


@pytest.mark.browser
@pytest.mark.slow
def test_every_text_is_clear_of_every_other(seeds_bundle):
    """Measured in a real browser, in every preset and flow mode on quiet and busy days:
    no text (district name, flow number, the Citadel, the selected district, title,
    legend, credits) overlaps another or leaves the image; map labels stay inside the
    map's box; each district name stands inside its district (or leads to it by a line);
    every flow number is drawn."""
    from export_helpers import domain_box, measure_svg_texts

    from dashboard.figures_vector import Frame, map_layers, plain_lines

    data = map_data(seeds_bundle)
    svgs, expected = [], []
    for preset, flows, day, district in LABEL_CASES:
        size = parse_preset(preset)
        fig = build_snapshot_figure(seeds_bundle, day, size, flows, district)
        _, svg = render_snapshot(seeds_bundle, day, "svg", preset, flows=flows, district=district)
        svgs.append(svg.decode())
        box = domain_box(fig["layout"]["geo"], size.width, size.height)
        base = furniture.base_font(size.width, size.height)
        layers = map_layers(data, day, flows, district, "geo", base, box=box)
        assert layers.flow_labels_left_out == 0, (preset, flows, day)
        expected.append((size, box, layers))
    for case, boxes, (size, box, layers) in zip(
        LABEL_CASES, measure_svg_texts(svgs), expected, strict=True
    ):
        _check_clear(boxes, size.width, size.height, case)
        frame = Frame.fit(data.extent, box)
        names = 0
        for label in layers.labels:
            text = "".join(plain_lines(label.text))
            same = [b for t, b in boxes if t == text]  # two stubs can share their words
            assert same, (case, text)
            left, top, right, bottom = min(
                same,
                key=lambda b: abs((b[0] + b[2]) / 2 - label.x) + abs((b[1] + b[3]) / 2 - label.y),
            )
            assert left >= box[0] - 1 and right <= box[2] + 1, (case, text)
            assert top >= box[1] - 1 and bottom <= box[3] + 1, (case, text)
            # drawn where the placer put it (so its checks hold for what is printed)
            cx, cy = (left + right) / 2, (top + bottom) / 2
            assert abs(cx - label.x) < 3 and abs(cy - label.y) < 3, (case, text)
            if label.kind == "district":
                names += 1
                # its centre, or the end of its leader line, is in the district
                lon, lat = frame.unproject(*(label.leader or (cx, cy)))
                inside = data.geometries[text].buffer(0.0003)  # ~30 m: a px or two
                assert inside.contains(shapely.Point(lon, lat)), (case, text)
        assert names >= 5, case  # names yield to flow numbers, but the map is not left bare


@pytest.mark.browser
@pytest.mark.slow
def test_the_days_districts_are_named_before_others(seeds_bundle):
    """With every flow of the offensive drawn, the districts of 28 Nov's story keep their
    names (Sheikh Fares, the one Kurdish gain, and Sheikh Maqsoud, where 6,000-10,000
    fled), and the large quiet districts far from it give way."""
    from export_helpers import measure_svg_texts

    day = dt.date(2016, 11, 28)
    (boxes,) = measure_svg_texts(
        [
            render_snapshot(seeds_bundle, day, "svg", "print", flows="cumulative")[1].decode(),
        ]
    )
    drawn = {text for text, _ in boxes}
    for name in ("Sheikh Fares", "Sheikh Maqsoud", "Sakhour", "Haidariya"):
        assert name in drawn, name
    assert not {"Handarat", "al-Nayrab"} & drawn


def test_district_accepts_any_gazetteer_spelling(bundle):
    from dashboard.export.snapshot import check_district

    data = map_data(bundle)
    assert check_district(data, "Haydariya") == "Haidariya"
    assert check_district(data, "sakhour") == "Sakhour"
    with pytest.raises(ExportError, match="no polygon"):
        check_district(data, "Atlantis")


@pytest.mark.browser
def test_arabic_names_are_drawn_with_real_glyphs():
    """An Arabic name inks differently from the same number of characters no font has
    (which Chromium draws as identical "missing glyph" boxes)."""
    from dashboard.export.renderer import render_figure

    def ink(text: str) -> Image.Image:
        fig = {
            "data": [],
            "layout": {
                "width": 400,
                "height": 80,
                "xaxis": {"visible": False},
                "yaxis": {"visible": False},
                "annotations": [
                    {
                        "text": text,
                        "x": 0.5,
                        "y": 0.5,
                        "xref": "paper",
                        "yref": "paper",
                        "showarrow": False,
                        "font": {"family": style.FONT_FAMILY, "size": 28},
                    }
                ],
            },
        }
        return Image.open(io.BytesIO(render_figure(fig, "png", 400, 80))).convert("L")

    arabic = "الصاخور"
    drawn, missing = ink(arabic), ink("\U000f0000" * len(arabic))
    assert min(drawn.tobytes()) < 100  # something dark was drawn
    assert drawn.tobytes() != missing.tobytes()


def _flows_edited(bundle, columns):
    import dataclasses

    flows = bundle.timeline.flows.copy()
    flows.loc[0, columns] = float("nan")
    return dataclasses.replace(bundle, timeline=dataclasses.replace(bundle.timeline, flows=flows))


def test_flows_without_a_route_are_counted_not_hidden(bundle):
    coords = ["origin_lon", "origin_lat", "dest_lon", "dest_lat"]
    fig = build_snapshot_figure(
        _flows_edited(bundle, coords), DAYS[2], parse_preset("social"), flows="day"
    )
    text = _legend(fig)
    assert "1 displacement report on this day without a mapped route" in text
    assert "People fleeing" not in text
    assert not any(t.get("name") == "flow" for t in fig["data"])


def test_a_flow_with_one_end_unstated_is_drawn_dashed_as_on_screen(bundle):
    fig = build_snapshot_figure(
        _flows_edited(bundle, ["dest_lon", "dest_lat"]), DAYS[2], parse_preset("social")
    )
    text = _legend(fig)
    assert "People fleeing" in text and "Dashed: one end not stated" in text
    assert "without a mapped route" not in text
    (line,) = [t for t in fig["data"] if t.get("name") == "flow"]
    assert line["lon"].count(None) > 2  # cut into dashes
    assert _map_labels(fig, "flow") == ["1,000–3,000"]  # the dashes say the rest
    assert "Hollow" not in text


@pytest.mark.slow  # a fresh interpreter loads the seeds
def test_no_browser_is_a_clear_error_and_writes_nothing(tmp_path):
    import os
    import sys

    env = {**os.environ, "BROWSER_PATH": str(tmp_path / "no-chromium")}
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard.cli",
            "export",
            "--date",
            "2016-11-20",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "cannot start Chromium" in result.stderr
    assert list(out.iterdir()) == []


# --- strips at panel scale --------------------------------------------------------------

STRIP_DAYS = "2016-11-22,2016-11-26,2016-11-27,2016-11-28"


@pytest.mark.browser
@pytest.mark.slow
def test_strip_headlines_are_one_line_and_labels_stay_in_their_panels(seeds_bundle):
    """Each panel's headline is one whole line no wider than its map; no text of the
    strip overlaps another; a label inside a panel is wholly inside it (none cut at
    the panel's edge); the Kurdish gain of 28 Nov keeps its clause."""
    from export_helpers import domain_box, measure_svg_texts

    from dashboard.export.strip import build_strip_figure, render_strip

    days = [dt.date.fromisoformat(d) for d in STRIP_DAYS.split(",")]
    fig = build_strip_figure(seeds_bundle, days, "day")
    W, H = fig["layout"]["width"], fig["layout"]["height"]
    _, svg = render_strip(seeds_bundle, days, "svg")
    (boxes,) = measure_svg_texts([svg.decode()])
    _check_clear(boxes, W, H)
    panels = [
        domain_box(fig["layout"][key], W, H)
        for key in sorted((k for k in fig["layout"] if k.startswith("geo")), key=len)
    ]
    assert len(panels) == len(days)
    for text, (left, top, right, bottom) in boxes:
        cx, cy = (left + right) / 2, (top + bottom) / 2
        for x0, y0, x1, y1 in panels:
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                assert x0 - 1 <= left and right <= x1 + 1, (text, (left, right), (x0, x1))
                assert y0 - 1 <= top and bottom <= y1 + 1, (text, (top, bottom), (y0, y1))
    data = map_data(seeds_bundle)
    for day, (x0, y0, x1, _) in zip(days, panels, strict=True):
        heads = [
            (t, b)
            for t, b in boxes
            if y0 - 30 < b[3] <= y0 and b[0] >= x0 - 1 and b[2] <= x1 + 1 and "201" not in t
        ]
        assert len(heads) == 1, (day, heads)  # one line: one text, under the date
        (text, (left, top, right, bottom)) = heads[0]
        assert bottom - top < 20, (day, text)  # a single line of ~11 px type
        assert right <= x1 + 1 and "…" not in text, (day, text)
        assert set(_headline_names(f"x: {text}")) <= set(texts.changes(data, day).index)
        if day == days[-1]:
            assert re.search(r"Kurd(s|ish forces) take Sheikh Fares", text), text


@pytest.mark.browser
@pytest.mark.slow
def test_strip_hatching_leaves_the_faction_colour_visible(seeds_bundle):
    """At panel scale the hatch lines spread out so a claimed district still shows its
    holder's colour, not a near-black fill."""
    from export_helpers import domain_box

    from dashboard import figures as screen
    from dashboard.export.strip import build_strip_figure
    from dashboard.figures_vector import Frame, day_state

    days = [dt.date.fromisoformat(d) for d in STRIP_DAYS.split(",")]
    fig = build_strip_figure(seeds_bundle, days, "none")
    W, H = fig["layout"]["width"], fig["layout"]["height"]
    from dashboard.export.renderer import render_figure

    image = Image.open(io.BytesIO(render_figure(fig, "png", W, H, 2))).convert("RGB")
    pixels = np.asarray(image).astype(int)
    data = map_data(seeds_bundle)
    state = day_state(data, days[-1])
    claimed = [n for n in state.index if state.loc[n, "status"] == "claimed"]
    assert claimed
    faction = state.loc[claimed[0], "faction"]
    fill = screen.state_categories()[screen.category_index(faction, "claimed")]["color"]
    want = np.array(_hex_rgb(fill))
    frame = Frame.fit(data.extent, domain_box(fig["layout"][f"geo{len(days)}"], W, H))
    inside = shapely.union_all([data.geometries[n] for n in claimed]).buffer(-0.0004)
    hits = total = 0
    for y in range(int(frame.y0), int(frame.y1)):
        for x in range(int(frame.x0), int(frame.x1)):
            lon, lat = frame.unproject(x + 0.5, y + 0.5)
            if inside.contains(shapely.Point(lon, lat)):
                total += 1
                hits += np.abs(pixels[2 * y, 2 * x] - want).max() <= 30
    assert total > 50
    assert hits / total >= 0.5, (hits, total)


# --- vector output ----------------------------------------------------------------------


@pytest.mark.browser
def test_pdf_is_pure_vector_with_each_label_once(seeds_bundle):
    """Label halos are drawn as vector boxes: Chromium prints a CSS text-shadow as
    raster images and repeats the text, which a PDF or SVG editor then shows."""
    from export_helpers import domain_box, pdf_image_count
    from pypdf import PdfReader

    from dashboard.figures_vector import map_layers, plain_lines

    day = dt.date(2016, 11, 28)
    size = parse_preset("print")
    fig = build_snapshot_figure(seeds_bundle, day, size, "cumulative", "Sakhour")
    _, pdf = render_snapshot(
        seeds_bundle, day, "pdf", "print", flows="cumulative", district="Sakhour"
    )
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    assert pdf_image_count(pdf) == 0
    text = page.extract_text()
    figure_text = " ".join(" ".join(plain_lines(a["text"])) for a in fig["layout"]["annotations"])
    box = domain_box(fig["layout"]["geo"], size.width, size.height)
    base = furniture.base_font(size.width, size.height)
    layers = map_layers(map_data(seeds_bundle), day, "cumulative", "Sakhour", "geo", base, box=box)
    names = [label.text for label in layers.labels if label.kind == "district"]
    assert len(names) >= 5
    for name in names:  # as often as the figure prints it: the map, and the deck if named
        assert text.count(name) == figure_text.count(name), name
    assert text.count("Sheikh Maqsoud") == 1
    _, svg = render_snapshot(seeds_bundle, day, "svg", "print", flows="cumulative")
    assert "text-shadow" not in svg.decode()


# --- the all-dates folder -----------------------------------------------------------------


def _tree(folder) -> dict:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.browser
def test_all_dates_refuses_a_folder_in_the_way_and_keeps_the_users_files(bundle, tmp_path):
    out = tmp_path / "frames"
    (out / f"aleppo-control_{DAYS[2].isoformat()}.png" / "x").mkdir(parents=True)
    (out / f"aleppo-control_{DAYS[0].isoformat()}.png").write_text("keep")
    before = _tree(out)
    with pytest.raises(ExportError) as err:
        run_export([], None, None, all_dates=True, preset="480x320", out=out, bundle=bundle)
    assert f"aleppo-control_{DAYS[2].isoformat()}.png" in str(err.value)
    assert "Errno" not in str(err.value)
    assert _tree(out) == before


@pytest.mark.browser
@pytest.mark.slow
def test_all_dates_failing_while_moving_puts_the_users_files_back(bundle, tmp_path, monkeypatch):
    """A failure after some frames are in place (here: the third move) takes them back
    and restores the files they replaced, byte for byte."""
    from dashboard.export import command

    out = tmp_path / "frames"
    out.mkdir()
    for day in DAYS[:3]:
        (out / f"aleppo-control_{day.isoformat()}.png").write_bytes(f"user {day}".encode())
    (out / "notes.txt").write_text("mine")
    before = _tree(out)
    real_replace = command.os.replace
    moves = []

    def failing_replace(src, dst):
        if ".aleppo-map-frames-" in str(src) and "/frames/" in str(src):
            moves.append(src)
            if len(moves) == 3:
                raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(command.os, "replace", failing_replace)
    with pytest.raises(OSError, match="left as it was"):
        run_export(
            [], None, None, all_dates=True, preset="480x320", scale=1, out=out, bundle=bundle
        )
    assert _tree(out) == before


# --- words: sources, data version, byline ----------------------------------------------------


def test_sources_name_the_claimants_of_the_flows_shown(seeds_bundle):
    data = map_data(seeds_bundle)
    day = dt.date(2016, 11, 28)
    with_flows = texts.sources_line(seeds_bundle, data, [day], "day")
    without = texts.sources_line(seeds_bundle, data, [day], "none")
    for claimant in ("Kurdish official", "Syrian government"):  # 6,000-10,000 and 2,000
        assert claimant in with_flows and claimant not in without
    fig = build_snapshot_figure(seeds_bundle, day, parse_preset("print"), "day")
    assert "Kurdish official" in _legend(fig)


def test_data_version_covers_baseline_gazetteer_and_what_is_drawn(tmp_path, monkeypatch):
    import dataclasses
    import shutil

    from dashboard import gazetteer, paths

    stamp = texts.data_version(make_bundle())
    assert texts.data_version(make_bundle()) == stamp  # same inputs, same stamp
    # the baseline file: who held what on the first day
    baseline = tmp_path / "baseline.csv"
    shutil.copy(paths.BASELINE_CSV, baseline)
    lines = baseline.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("rebels", "government", 1)
    assert lines[1] != baseline.read_text(encoding="utf-8").splitlines()[1]
    baseline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(paths, "BASELINE_CSV", baseline)
    assert texts.data_version(make_bundle()) != stamp
    monkeypatch.undo()
    # the gazetteer: an area's members
    gaz = tmp_path / "gazetteer.csv"
    gaz.write_bytes(paths.GAZETTEER_CSV.read_bytes() + b"\n")
    monkeypatch.setattr(paths, "GAZETTEER_CSV", gaz)
    assert texts.data_version(make_bundle()) != stamp
    monkeypatch.undo()
    assert gazetteer.EXTRA_SPELLINGS_CSV in texts.input_files()
    # the control table drawn (a district recoloured with the same events)
    bundle = make_bundle()
    control = bundle.timeline.control.copy()
    control.loc[0, "faction"] = "kurdish"
    recoloured = dataclasses.replace(
        bundle, timeline=dataclasses.replace(bundle.timeline, control=control)
    )
    assert texts.data_version(recoloured) != stamp


def test_byline_from_the_environment_for_the_app(bundle, monkeypatch):
    """The dashboard's Export control calls render_snapshot without a byline; the
    ALEPPO_MAP_BYLINE environment variable sets it there, and --byline still wins."""
    monkeypatch.setenv(texts.BYLINE_ENV, "Map: Example Times graphics desk")
    fig = build_snapshot_figure(bundle, DAYS[1], parse_preset("social"))
    assert "Map: Example Times graphics desk" in _legend(fig)
    assert texts.DEFAULT_BYLINE not in _legend(fig)
    fig = build_snapshot_figure(bundle, DAYS[1], parse_preset("social"), byline="By J. Doe")
    assert "By J. Doe" in _legend(fig) and "Example Times" not in _legend(fig)
    monkeypatch.delenv(texts.BYLINE_ENV)
    assert texts.DEFAULT_BYLINE in _legend(
        build_snapshot_figure(bundle, DAYS[1], parse_preset("social"))
    )


@pytest.mark.browser
def test_app_export_path_carries_the_configured_byline(bundle, monkeypatch):
    """The call the app's Export control makes (no byline argument) draws the byline."""
    monkeypatch.setenv(texts.BYLINE_ENV, "Map: Example Times graphics desk")
    _, svg = render_snapshot(bundle, DAYS[1], "svg", "social", flows="day", district=None)
    assert "Map: Example Times graphics desk" in svg.decode()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("preset", ["social", "square"])
def test_frames_of_a_series_keep_the_map_in_place(seeds_bundle, preset):
    """Days differ in legend rows, summary and sources; the frames of an animation or a
    folder of frames still draw every district at the same place and size."""
    from dashboard.export.snapshot import render_snapshots

    days = seeds_bundle.timeline.dates
    bounds = []
    for _, svg in render_snapshots(seeds_bundle, days, "svg", preset, flows="day"):
        polygons = [p for _, p in _svg_paths(svg.decode())]
        bounds.append(shapely.union_all(polygons).bounds)
    for day, b in zip(days, bounds, strict=True):
        assert np.allclose(b, bounds[0], atol=0.5), (day, b, bounds[0])
