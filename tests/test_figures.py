"""The pure figure functions: colours, hatching and flows follow the data they are given."""

from __future__ import annotations

import datetime as dt

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


def test_flows_keep_the_stated_range_and_scale_width():
    row = pd.Series({"count_low": 4000, "count_high": 6000})
    assert flow_label(row) == "4,000–6,000"
    assert flow_label(pd.Series({"count_low": 300, "count_high": 300})) == "300"
    assert flow_label(pd.Series({"count_low": None, "count_high": None})) == "number not stated"
    assert flow_width(5000, 10000) < flow_width(10000, 10000)
    assert flow_width(None, 10000) == 2.0


def test_flow_traces_and_hover_cite_the_article(bundle, parts):
    fig = _figure(bundle, parts, bundle.timeline.dates[4])
    flows = bundle.timeline.flows
    assert len(fig.data) >= FIRST_FLOW_TRACE + 2 * len(flows)
    labels = fig.data[FIRST_FLOW_TRACE + 1]
    assert labels.text[0] == "4,000–6,000"
    assert "claimant: SOHR" in labels.hovertext[0] and "a.txt" in labels.hovertext[0]
    hidden = _figure(bundle, parts, bundle.timeline.dates[0], flow_visible=[False])
    assert hidden.data[FIRST_FLOW_TRACE].visible is False
    assert hidden.data[FIRST_FLOW_TRACE + 1].visible is False


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
        lons, lats = figures.flow_path(row, enclave)
        coords = [v for v in lons + lats if v is not None]
        assert coords and not any(v != v for v in coords)  # drawn, and no NaN
        assert lons.count(None) > 2  # cut into dashes
    fig = map_figure(
        {"type": "FeatureCollection", "features": []},
        pd.DataFrame(),
        flows,
        ENCLAVE,
        view={"center": {"lon": 37.18, "lat": 36.21}, "zoom": 12},
    )
    texts = [fig.data[FIRST_FLOW_TRACE + 2 * i + 1].text[0] for i in range(2)]
    assert "6,000–10,000" in texts[0] and "origin not stated" in texts[0]
    assert "destination not stated" in texts[1]
    hover = fig.data[FIRST_FLOW_TRACE + 1].hovertext[0]
    assert "origin not stated" in hover


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
