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
