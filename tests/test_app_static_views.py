"""The layout and the index page are rendered once and served the same to everyone."""

from __future__ import annotations

import json

from app_helpers import synthetic_bundle
from dash import html
from plotly.io.json import to_json_plotly

from dashboard.app import create_app


def test_layout_and_page_are_rendered_once_and_match_dash():
    app = create_app(synthetic_bundle(), warm_cache=False)
    client = app.server.test_client()
    dash_layout = json.loads(to_json_plotly(app.get_layout()))
    first = client.get("/_dash-layout")
    # Rendered once: a layout swapped in afterwards is not what is served.
    app.layout = html.Div("not served")
    second = client.get("/_dash-layout")
    assert first.status_code == second.status_code == 200
    assert first.mimetype == "application/json"
    assert first.data == second.data
    assert json.loads(first.data) == dash_layout  # what Dash itself would send
    assert b"not served" not in second.data
    page = client.get("/")
    linked = client.get("/?date=2016-11-16&district=Sakhour")
    assert page.status_code == linked.status_code == 200
    assert page.data == linked.data
    assert b'id="react-entry-point"' in page.data


def test_other_routes_are_not_cached():
    app = create_app(synthetic_bundle(), warm_cache=False)
    client = app.server.test_client()
    deps = client.get("/_dash-dependencies")
    assert deps.status_code == 200 and deps.is_json
    assert client.get("/_dash-component-suites/dash/dcc/nope.js").status_code == 404


def test_dash_is_set_up_before_the_first_request():
    """Dash marks its set-up done before doing it; a request racing the first one would be
    served (and, cached, keep serving) a page without the app's own scripts."""
    app = create_app(synthetic_bundle(), warm_cache=False)
    assert app._got_first_request["setup_server"]
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "/assets/app.js" in page and "/assets/style.css" in page
