"""The pure figure functions: colours, hatching and flows follow the data they are given."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pandas as pd
import plotly.graph_objects as go
import pytest
from app_helpers import BASELINE, synthetic_bundle

from dashboard import figures
from dashboard.figures import (
    FIRST_FLOW_TRACE,
    MAP_TRACE,
    area_figure,
    category_index,
    day_state,
    flow_label,
    flow_width,
    hatch_segments,
    layer_geojson,
    map_figure,
    state_categories,
    stepped_colorscale,
)
from dashboard.model import ACTORS, STATUSES
from dashboard.style import FACTION_COLORS, UNKNOWN_COLOR


@pytest.fixture(scope="module")
def bundle():
    return synthetic_bundle()


@pytest.fixture(scope="module")
def parts(bundle):
    layer = bundle.layer
    return layer_geojson(layer), hatch_segments(layer)


def _figure(bundle, parts, day, **kw):
    geojson, hatch = parts
    return map_figure(
        geojson,
        day_state(bundle.timeline.control, day),
        bundle.timeline.flows,
        None,
        hatch=hatch,
        events=bundle.events,
        **kw,
    )


def test_every_faction_status_pair_has_its_own_category():
    cats = state_categories()
    assert cats[0]["color"] == UNKNOWN_COLOR
    seen = set()
    for faction in ACTORS:
        for status in STATUSES:
            i = category_index(faction, status)
            assert (cats[i]["faction"], cats[i]["status"]) == (faction, status)
            seen.add(i)
    assert len(seen) == len(ACTORS) * len(STATUSES)
    assert category_index("nobody", "assessed") == 0
    # the tentative states are painted lighter than the assessed one
    assert (
        cats[category_index("government", "claimed")]["color"]
        != cats[category_index("government", "assessed")]["color"]
    )


def test_stepped_colorscale_paints_integer_z_exactly():
    colors = ["#000000", "#111111", "#222222"]
    scale = stepped_colorscale(colors)
    for i, color in enumerate(colors):
        # z = i with zmin -0.5, zmax n - 0.5 lands at (i + 0.5) / n
        pos = (i + 0.5) / len(colors)
        band = [c for lo, c in zip(scale[::2], scale[1::2], strict=True) if lo[0] <= pos <= c[0]]
        assert band and band[0][1] == color


def test_map_colours_follow_the_control_table(bundle, parts):
    control = bundle.timeline.control
    for day in bundle.timeline.dates:
        fig = _figure(bundle, parts, day)
        trace = fig.data[MAP_TRACE["districts"]]
        assert isinstance(trace, go.Choroplethmap)
        state = day_state(control, day)
        for name, z in zip([c[0] for c in trace.customdata], trace.z, strict=True):
            row = state.loc[name]
            assert z == category_index(row["faction"], row["status"])
    assert fig.layout.map.style == "white-bg"


def test_hatching_marks_exactly_the_claimed_and_contested_districts(bundle, parts):
    _, hatch = parts
    seen = set()
    for day in bundle.timeline.dates:
        fig = _figure(bundle, parts, day)
        state = day_state(bundle.timeline.control, day)
        for status in ("claimed", "contested"):
            names = state.index[state["status"] == status]
            expected = [v for d in names for v in hatch[status][d][0] if v is not None]
            trace = fig.data[MAP_TRACE[f"hatch_{status}"]]
            assert [v for v in trace.lon if v is not None] == expected
            if expected:
                seen.add(status)
    assert seen == {"claimed", "contested"}


def test_contested_hatching_crosses(bundle, parts):
    _, hatch = parts
    # two angles: about twice as many segments as the single-angle claimed pattern
    name = bundle.layer.gdf["district"].iloc[0]
    claimed = hatch["claimed"][name][0].count(None)
    contested = hatch["contested"][name][0].count(None)
    assert contested > 1.5 * claimed > 0


def test_flow_labels_keep_the_stated_range_and_its_qualifier():
    def label(**counts):
        return flow_label(pd.Series({"count_low": None, "count_high": None, **counts}))

    assert label(count_low=4000, count_high=6000) == "4,000–6,000"
    assert label(count_low=300, count_high=300) == "300"
    # "as many as 2,000": only an upper bound; "more than 1,000": only a lower bound
    assert label(count_high=2000) == "up to 2,000"
    assert label(count_low=1000) == "more than 1,000"
    assert label() == "number not stated"


def test_flow_width_is_proportional_to_the_best_estimate():
    largest = 8000
    w400, w4000, w8000 = (flow_width(n, largest) for n in (400, 4000, 8000))
    assert w8000 == figures.FLOW_WIDTH_MAX_PX
    assert w4000 == pytest.approx(w8000 / 2)  # twice the people, twice the width
    # below the visible minimum every flow is drawn at the minimum, never thinner
    assert w400 == figures.FLOW_WIDTH_MIN_PX
    assert flow_width(2000, largest) == pytest.approx(w8000 / 4)
    # no number: not a width on the scale at all (the screen draws it hollow)
    assert flow_width(None, largest) < figures.FLOW_WIDTH_MIN_PX
    rule = figures.flow_width_rule(largest)
    assert "12 px" in rule and "8,000" in rule and "2 px" in rule


def _hover(trace) -> str:
    """A trace's hover text: in its template (the arrows), or the first point's."""
    if trace.hovertext is None:
        return trace.hovertemplate.removesuffix("<extra></extra>").replace("&#37;", "%")
    return trace.hovertext if isinstance(trace.hovertext, str) else trace.hovertext[0]


def _flows_only_map(flows: pd.DataFrame):
    """The map with these flows and no districts."""
    return map_figure(
        {"type": "FeatureCollection", "features": []},
        pd.DataFrame(),
        flows,
        ENCLAVE,
        view={"center": {"lon": 37.18, "lat": 36.21}, "zoom": 12},
    )


def _flow_traces(fig, slot):
    first = FIRST_FLOW_TRACE + figures.FLOW_TRACES * slot
    return fig.data[first : first + figures.FLOW_TRACES]


def test_flow_traces_and_hover_cite_the_article(bundle, parts):
    fig = _figure(bundle, parts, bundle.timeline.dates[4])
    flows = bundle.timeline.flows
    assert len(fig.data) >= FIRST_FLOW_TRACE + figures.FLOW_TRACES * len(flows)
    line, _core, labels = _flow_traces(fig, 0)
    assert labels.text[0] == "4,000–6,000"
    for trace in (line, labels):  # the arrow answers the pointer, not only its label
        assert "claimant: SOHR" in _hover(trace) and "a.txt" in _hover(trace)
    assert line.hoverinfo != "skip"
    hidden = _figure(bundle, parts, bundle.timeline.dates[0], flow_visible=[False])
    assert all(t.visible is False for t in _flow_traces(hidden, 0))


def test_an_arrow_can_be_hovered_along_its_length():
    row = pd.Series(
        {"origin_lon": 37.10, "origin_lat": 36.20, "dest_lon": 37.20, "dest_lat": 36.20}
    )
    lons, _ = figures.flow_path(row, step_deg=figures.HOVER_STEP_DEG)
    shaft = lons[: lons.index(None)]
    gaps = [b - a for a, b in itertools.pairwise(shaft)]
    assert max(gaps) <= figures.HOVER_STEP_DEG + 1e-9
    assert figures.flow_path(row)[0][:2] == [37.1, 37.2]  # the exporter's plain line


def test_hover_templates_show_a_percent_sign_as_text():
    template = figures.hover_template("50%{x} of &lt;them&gt;")
    assert "%{" not in template.removesuffix("<extra></extra>")


def test_flow_hover_names_no_empty_claimant():
    events = pd.DataFrame(
        [
            {"event_id": "a", "claimant": "", "article": "x.txt", "outlet": "Wire"},
            {"event_id": "b", "claimant": float("nan"), "article": "x.txt", "outlet": "Wire"},
        ]
    )
    row = pd.Series({"origin": "Sakhour", "destination": "", "event_ids": "a;b"})
    hover = figures.flow_hover(row, events)
    assert "claimant: ;" not in hover and "claimant: <" not in hover
    assert "no claimant named; article: x.txt (Wire)" in hover
    assert hover.count("x.txt") == 1  # the same source once
    assert "number not stated" in hover and "(destination not stated)" in hover


def test_a_flow_with_no_number_is_hollow_and_drawn_under_numbered_ones():
    flows = _flows(
        [
            {"origin": "A", "origin_lon": 37.19, "origin_lat": 36.23, **WEST},
            {
                "origin": "B",
                "origin_lon": 37.20,
                "origin_lat": 36.21,
                **WEST,
                "count_best": 500,
                "count_low": 500,
                "count_high": 500,
            },
        ]
    )
    fig = _flows_only_map(flows)
    assert figures.flow_draw_order(flows) == [0, 1]  # the numbered flow on top
    unstated_line, unstated_core, _ = _flow_traces(fig, 0)
    numbered_line, numbered_core, _ = _flow_traces(fig, 1)
    assert unstated_line.name == "flow 0" and numbered_line.name == "flow 1"
    # hollow: a line with a white core narrower than it
    assert unstated_core.line.color == "#FFFFFF"
    assert [v for v in unstated_core.lon if v is not None]
    assert unstated_core.line.width < unstated_line.line.width
    assert not [v for v in numbered_core.lon if v is not None]
    assert numbered_line.line.width == figures.FLOW_WIDTH_MAX_PX


def test_hover_text_from_articles_is_escaped():
    assert figures.escape_hover("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"


def test_area_figure_stacks_each_faction_and_marks_the_date(bundle):
    stats = bundle.timeline.stats
    day = bundle.timeline.dates[3]
    fig = area_figure(stats, day)
    stacked = [t for t in fig.data if t.stackgroup == "km2"]
    assert len(stacked) == 3
    gov = next(t for t in stacked if t.fillcolor == FACTION_COLORS["government"])
    assert list(gov.y) == stats["government_km2"].round(2).tolist()
    assert fig.layout.shapes[0].x0 == day.isoformat()
    assert any(t.yaxis == "y2" for t in fig.data)


def test_figures_do_not_need_dash():
    import subprocess
    import sys

    code = "import sys, dashboard.figures; sys.exit('dash' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_dates_before_the_baseline_have_no_state(bundle, parts):
    fig = _figure(bundle, parts, BASELINE - dt.timedelta(days=1))
    assert set(fig.data[MAP_TRACE["districts"]].z) == {0}


@pytest.fixture(scope="module")
def seeds_bundle():
    from dashboard.pipeline import load_bundle

    return load_bundle(skip_bad=True)


def _label_boxes(labels, zoom):
    return [figures.text_box(x, y, t, zoom) for x, y, t in zip(*labels, strict=True)]


def test_key_labels_name_the_districts_the_events_name(seeds_bundle):
    layer = seeds_bundle.layer
    zoom = figures.map_view(layer, 780, 500)["zoom"]
    labels = figures.key_district_labels(
        layer, events=seeds_bundle.events, flows=seeds_bundle.timeline.flows, zoom=zoom
    )
    named = set(seeds_bundle.events["district"]) & set(layer.gdf["district"])
    # the story's districts come first; the old pick (largest polygons) had none of these
    assert {"Masaken Hanano", "Sakhour"} <= set(labels[2])
    assert labels[2][: len(set(labels[2]) & named)] == [n for n in labels[2] if n in named]
    boxes = _label_boxes(labels, zoom)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not figures.boxes_overlap(a, b)


def test_key_labels_drop_the_one_that_would_collide(bundle):
    layer = bundle.layer
    # zoomed out, the six adjacent squares' names cannot all fit
    far = figures.key_district_labels(layer, zoom=9)
    near = figures.key_district_labels(layer, zoom=16)
    assert len(far[2]) < len(near[2]) == len(layer.gdf)
    events = pd.DataFrame({"district": ["Haidariya", "Haidariya", "Sakhour"]})
    first = figures.key_district_labels(layer, events=events, zoom=16)[2]
    assert first[:2] == ["Haidariya", "Sakhour"]


def _flows(rows):
    from dashboard.model import FLOW_COLUMNS

    base = {c: None for c in FLOW_COLUMNS}
    base.update(date_start="2016-11-28", date_end="2016-11-28")
    return pd.DataFrame([{**base, **r} for r in rows], columns=FLOW_COLUMNS)


WEST = {"destination": "West Aleppo", "dest_lon": 37.118, "dest_lat": 36.205}
ENCLAVE = {
    "enclave": {
        "lon": [37.17, 37.21, 37.21, 37.17, 37.17],
        "lat": [36.19, 36.19, 36.23, 36.23, 36.19],
    }
}


def test_flows_with_one_unstated_end_are_drawn_dashed():
    flows = _flows(
        [
            {
                "destination": "Sheikh Maqsoud",
                "dest_lon": 37.154,
                "dest_lat": 36.237,
                "count_low": 6000,
                "count_high": 10000,
                "count_best": 6000,
            },
            {"origin": "Sakhour", "origin_lon": 37.189, "origin_lat": 36.218},
        ]
    )
    enclave = figures.enclave_point(ENCLAVE)
    assert enclave is not None and 37.17 < enclave[0] < 37.21
    for _, row in flows.iterrows():
        for stub in (False, True):
            lons, lats = figures.flow_path(row, enclave, origin_stub=stub)
            coords = [v for v in lons + lats if v is not None]
            assert coords and not any(v != v for v in coords)  # drawn, and no NaN
            assert lons.count(None) > 2  # cut into dashes
    fig = _flows_only_map(flows)
    slots = {i: k for k, i in enumerate(figures.flow_draw_order(flows))}
    line, _, label = _flow_traces(fig, slots[0])
    # the screen's label is the number as stated; the line style and the hover say the rest
    assert label.text[0] == "6,000–10,000"
    assert "origin not stated" in _hover(line)
    # no number: no label, but the route and the source on hover
    line, _, label = _flow_traces(fig, slots[1])
    assert not label.text[0]
    assert "destination not stated" in _hover(line)


def test_an_unstated_origin_is_a_short_stub_not_a_line_across_the_city():
    row = _flows(
        [
            {
                "destination": "Sheikh Maqsoud",
                "dest_lon": 37.154,
                "dest_lat": 36.237,
                "count_best": 6000,
                "count_low": 6000,
                "count_high": 10000,
            }
        ]
    ).iloc[0]
    enclave = figures.enclave_point(ENCLAVE)
    x0, y0, x1, y1, kind = figures.flow_ends(row, enclave, origin_stub=True)
    assert kind == "origin" and (x1, y1) == (37.154, 36.237)
    assert math.hypot(x1 - x0, y1 - y0) == pytest.approx(figures.ARRIVAL_STUB_DEG)
    # it comes from the enclave's side
    assert math.hypot(x0 - enclave[0], y0 - enclave[1]) < math.hypot(
        x1 - enclave[0], y1 - enclave[1]
    )
    # the exporter's default: from the enclave's middle
    assert figures.flow_ends(row, enclave)[:2] == enclave


def test_flows_into_one_place_share_one_label():
    west = {"destination": "West Aleppo", "dest_lon": 37.118, "dest_lat": 36.205}
    flows = _flows(
        [
            {**west, "origin": o, "origin_lon": x, "origin_lat": y}
            for o, x, y in (("A", 37.19, 36.237), ("B", 37.206, 36.214), ("C", 37.185, 36.209))
        ]
        + [{**west, "count_high": 2000, "count_best": 2000}]
    )
    texts = figures.flow_label_texts(flows, figures.enclave_point(ENCLAVE), zoom=12)
    shown = [t for t, _, _ in texts if t]
    assert len(shown) == 1
    assert "2,000 (origin not stated)" in shown[0] and "number not stated ×3" in shown[0]
    # a label that cannot be placed clear of the others is left out
    everywhere = [(36.0, 35.0, 38.0, 37.0)]
    assert not any(
        t for t, _, _ in figures.flow_label_texts(flows, None, zoom=12, avoid=everywhere)
    )


def test_displaced_axis_has_round_ticks_and_a_title(bundle):
    fig = area_figure(bundle.timeline.stats, bundle.timeline.dates[0])
    axis = fig.layout.yaxis2
    assert axis.tickmode == "auto" and axis.tickformat == "~s"
    assert "displaced" in axis.title.text


# Colour-blind safety (see dashboard/style.py). Machado, Oliveira & Fernandes (2009)
# simulation matrices at full severity, applied to linear RGB.
MACHADO_2009 = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
}
SRGB_TO_XYZ = [
    [0.4124564, 0.3575761, 0.1804375],
    [0.2126729, 0.7151522, 0.0721750],
    [0.0193339, 0.1191920, 0.9503041],
]
D65 = (0.95047, 1.0, 1.08883)


def _lab(hex_color: str, vision: str = "normal"):
    """CIELAB (D65) of ``hex_color`` as seen with ``vision`` (a key of MACHADO_2009)."""
    import numpy as np

    srgb = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    if vision != "normal":
        linear = np.clip(np.array(MACHADO_2009[vision]) @ linear, 0, 1)
    xyz = np.array(SRGB_TO_XYZ) @ linear / np.array(D65)
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def ciede2000(lab1, lab2) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005)."""
    import numpy as np

    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dhh = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) > 180:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    else:
        h_mean = (h1p + h2p) / 2
    t = (
        1
        - 0.17 * np.cos(np.radians(h_mean - 30))
        + 0.24 * np.cos(np.radians(2 * h_mean))
        + 0.32 * np.cos(np.radians(3 * h_mean + 6))
        - 0.20 * np.cos(np.radians(4 * h_mean - 63))
    )
    d_theta = 30 * np.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * np.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -np.sin(np.radians(2 * d_theta)) * r_c
    return float(
        np.sqrt(
            (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dhh / s_h) ** 2 + r_t * (dc / s_c) * (dhh / s_h)
        )
    )


@pytest.mark.parametrize(
    "lab1, lab2, expected",
    [  # from Sharma, Wu and Dalal's published test data
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
    ],
)
def test_ciede2000_matches_the_published_test_data(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_machado_simulation_confuses_red_and_green_as_published():
    # the old palette's pale rebel fill and grey were nearly one colour to a deuteranope
    assert ciede2000(_lab("#8CD3C0", "deuteranopia"), _lab("#BBBBBB", "deuteranopia")) < 3
    assert ciede2000(_lab("#8CD3C0"), _lab("#BBBBBB")) > 15


VISIONS = ("normal", *MACHADO_2009)


def _fills() -> dict[str, str]:
    cats = state_categories()
    fills = {"No information": cats[0]["color"]}
    for faction in ACTORS:
        fills[f"{faction} assessed"] = cats[category_index(faction, "assessed")]["color"]
        fills[f"{faction} pale"] = cats[category_index(faction, "claimed")]["color"]
        assert cats[category_index(faction, "contested")]["color"] == fills[f"{faction} pale"]
    return fills


def _worst(pairs) -> tuple[float, str]:
    worst = (float("inf"), "")
    for vision in VISIONS:
        for (name1, c1), (name2, c2) in pairs:
            d = ciede2000(_lab(c1, vision), _lab(c2, vision))
            worst = min(worst, (d, f"{name1} / {name2} ({vision})"))
    return worst


def test_fills_stay_apart_under_colour_blindness():
    import itertools

    fills = _fills()
    pairs = list(itertools.combinations(fills.items(), 2))
    same = [p for p in pairs if p[0][0].split()[0] == p[1][0].split()[0]]
    other = [p for p in pairs if p not in same]
    d, which = _worst(other)
    assert d >= 15, f"ΔE2000 {d:.1f}: {which}"
    d, which = _worst(same)
    assert d >= 10, f"ΔE2000 {d:.1f}: {which}"


def test_flows_and_river_stand_out_on_every_fill():
    from dashboard.style import CONTEXT_COLORS, FLOW_COLOR

    fills = _fills()
    for name, line in (("flows", FLOW_COLOR), ("river", CONTEXT_COLORS["river"])):
        d, which = _worst([((name, line), fill) for fill in fills.items()])
        assert d >= 15, f"ΔE2000 {d:.1f}: {which}"


def _shown_label_boxes(fig, flows, day: str, zoom: float) -> list[tuple]:
    """Estimated boxes of the flow labels the map shows on ``day``, where they are drawn."""
    boxes = []
    for k, i in enumerate(figures.flow_draw_order(flows)):
        row = flows.loc[i]
        if not (str(row["date_start"])[:10] <= day <= str(row["date_end"])[:10]):
            continue
        label = _flow_traces(fig, k)[2]
        if not label.text[0]:
            continue
        x, y = label.lon[0], label.lat[0]
        box = figures.text_box(x, y, label.text[0], zoom)
        kx, ky = figures.px_per_degree(zoom, y)
        dx = (box[2] - box[0]) / 2 + 6 / kx
        dy = (box[3] - box[1]) / 2 + 5 / ky
        sx, sy = {
            "bottom center": (0, -dy),
            "top center": (0, dy),
            "middle right": (dx, 0),
            "middle left": (-dx, 0),
        }[label.textposition]
        boxes.append((box[0] + sx, box[1] + sy, box[2] + sx, box[3] + sy))
    return boxes


def test_flow_labels_on_the_busiest_day_clear_each_other_and_the_names(seeds_bundle):
    """28 November: seven flows, four into West Aleppo; no label may sit on another."""
    bundle = seeds_bundle
    from dashboard.app import map_context

    context = map_context(bundle)
    view = figures.map_view(bundle.layer, 780, 500)
    zoom = view["zoom"]
    labels = figures.key_district_labels(
        bundle.layer,
        events=bundle.events,
        flows=bundle.timeline.flows,
        zoom=zoom,
        avoid=figures.citadel_boxes(context, zoom),
    )
    flows = bundle.timeline.flows.reset_index(drop=True)
    fig = map_figure(
        layer_geojson(bundle.layer),
        day_state(bundle.timeline.control, bundle.timeline.dates[-1]),
        flows,
        context,
        labels=labels,
        view=view,
        events=bundle.events,
    )
    day = bundle.timeline.dates[-1].isoformat()
    boxes = _shown_label_boxes(fig, flows, day, zoom)
    shown = [
        _flow_traces(fig, k)[2].text[0]
        for k, i in enumerate(figures.flow_draw_order(flows))
        if _flow_traces(fig, k)[2].text[0] and str(flows.loc[i, "date_end"])[:10] >= day
    ]
    # every stated number of the day is on the map, with its qualifier
    assert "6,000–10,000" in shown and "up to 2,000" in shown
    names = _label_boxes(labels, zoom) + figures.citadel_boxes(context, zoom)
    for n, a in enumerate(boxes):
        assert not any(figures.boxes_overlap(a, b) for b in boxes[n + 1 :])
        assert not any(figures.boxes_overlap(a, b) for b in names)
    # numbers only, in one line each: nothing that piles up in the middle of the map
    assert not any("not stated" in t for t in shown)


def test_date_marker_on_the_first_and_last_day_is_inside_the_plot(bundle):
    stats = bundle.timeline.stats
    dates = bundle.timeline.dates
    for day in (dates[0], dates[-1]):
        fig = area_figure(stats, day)
        lo, hi = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
        marker = pd.Timestamp(fig.layout.shapes[0].x0)
        assert lo < marker < hi  # not on the axis line, where it cannot be seen
    # one-line date labels: a second line (the year) would be cut off below
    assert "<br>" not in (fig.layout.xaxis.tickformat or "<br>")
    assert fig.layout.legend.yanchor == "bottom" and fig.layout.legend.y >= 1
