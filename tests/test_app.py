"""The dashboard's server side: layout, URL state, downloads and hostile requests."""

from __future__ import annotations

import io
import json
import os

import pandas as pd
import pytest
from app_helpers import synthetic_bundle
from click.testing import CliRunner

from dashboard.app import create_app
from dashboard.app.callbacks import resolve_url
from dashboard.app.client_data import client_payload, state_matrix
from dashboard.app.serve import exposure_warning
from dashboard.articles import ArticleError
from dashboard.figures import category_index, day_state


@pytest.fixture(scope="module")
def bundle():
    return synthetic_bundle()


@pytest.fixture(scope="module")
def app(bundle):
    return create_app(bundle, warm_cache=False)


@pytest.fixture
def client(app):
    return app.server.test_client()


@pytest.fixture(scope="module")
def callbacks(app):
    deps = app.server.test_client().get("/_dash-dependencies").json
    return {d["output"]: d for d in deps if d.get("clientside_function") is None}


def _output(callbacks, fragment):
    return next(o for o in callbacks if fragment in o)


def call(client, callbacks, fragment, inputs, state=(), changed=None):
    """POST one server callback the way the Dash renderer does."""
    output = _output(callbacks, fragment)
    dep = callbacks[output]
    outputs = [
        {"id": part.split(".")[0], "property": part.split(".")[1].split("@")[0]}
        for part in output.strip(".").split("...")
    ]
    body = {
        "output": output,
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": [
            {"id": i["id"], "property": i["property"], "value": v}
            for i, v in zip(dep["inputs"], inputs, strict=True)
        ],
        "state": [
            {"id": s["id"], "property": s["property"], "value": v}
            for s, v in zip(dep["state"], state, strict=True)
        ],
        "changedPropIds": changed or [f"{dep['inputs'][0]['id']}.{dep['inputs'][0]['property']}"],
    }
    return client.post("/_dash-update-component", json=body)


def test_page_and_layout_are_served(client):
    assert client.get("/").status_code == 200
    layout = client.get("/_dash-layout")
    assert layout.status_code == 200
    text = layout.get_data(as_text=True)
    assert "white-bg" in text and '"id": "client"' in text.replace(
        '"id":"client"', '"id": "client"'
    )


def test_store_states_are_the_timeline_control_table(bundle):
    districts = list(bundle.layer.gdf["district"])
    states = state_matrix(bundle, districts)
    for i, day in enumerate(bundle.timeline.dates):
        today = day_state(bundle.timeline.control, day)
        expected = [
            category_index(today.loc[d, "faction"], today.loc[d, "status"]) for d in districts
        ]
        assert states[i] == expected


def test_store_payload_is_compact_and_json(bundle):
    districts = list(bundle.layer.gdf["district"])
    payload = client_payload(bundle, districts)
    text = json.dumps(payload)
    assert len(payload["states"]) == len(bundle.timeline.dates)
    assert "geometry" not in text  # the polygons travel once, in the figure


def test_url_date_and_district_restore_the_view(bundle):
    dates = bundle.timeline.dates
    names = set(bundle.layer.gdf["district"])
    day, district, notices = resolve_url(f"?date={dates[3]}&district=Sakhour", dates, names)
    assert (day, district, notices) == (3, "Sakhour", [])


@pytest.mark.parametrize(
    "search, day, words",
    [
        ("?date=2016-13-45", 0, "not a YYYY-MM-DD"),
        ("?date=<script>", 0, "not a YYYY-MM-DD"),
        ("?date=2016-01-01", 0, "nearest day"),
        ("?date=2017-06-01", -1, "nearest day"),
    ],
)
def test_bad_url_dates_fall_back_with_a_notice(bundle, search, day, words):
    dates = bundle.timeline.dates
    got, _, notices = resolve_url(search, dates, set(bundle.layer.gdf["district"]))
    assert got == (day % len(dates))
    assert len(notices) == 1 and words in notices[0]


def test_unknown_district_is_ignored_with_a_notice(bundle):
    _, district, notices = resolve_url("?district=Atlantis", bundle.timeline.dates, {"Sakhour"})
    assert district is None and "Atlantis" in notices[0]


def test_url_callback_sends_the_notice(client, callbacks, bundle):
    r = call(client, callbacks, "url-notice", ["?date=nonsense&district=Nowhere"])
    assert r.status_code == 200
    resp = r.json["response"]
    assert resp["day"]["value"] == 0 and resp["district"]["data"] is None
    assert "Nowhere" in json.dumps(resp["url-notice"])


def test_history_lists_every_change_with_its_evidence(bundle):
    from dashboard.app.client_data import history_records
    from dashboard.timeline import district_history

    districts = list(bundle.layer.gdf["district"])
    records = history_records(bundle, districts)
    j = districts.index("Sakhour")
    changes = district_history(bundle.timeline, "Sakhour")
    cited = [i for r in records[j] for i in r[3].split(";") if i]
    expected = {i for ids in changes["event_ids"].fillna("") for i in ids.split(";") if i}
    assert set(cited) == expected
    assert "e2" in cited  # the denial is cited
    # each run ends the day before the next begins; the last runs to the last day
    for run, following in zip(records[j], records[j][1:], strict=False):
        assert run[1] == following[0] - 1
    assert records[j][-1][1] == len(bundle.timeline.dates) - 1


def test_a_run_of_one_state_is_one_history_entry_with_its_dates(bundle):
    """The timeline adds a row each day a contested district gains a report; the panel
    shows the run once, from its first to its last day, each sentence once."""
    import dataclasses

    from dashboard.app.client_data import history_records

    control = bundle.timeline.control.copy()
    later = (control["district"] == "Haidariya") & (
        pd.to_datetime(control["date"]) >= pd.Timestamp(bundle.timeline.dates[5])
    )
    control.loc[later, "event_ids"] = "e4;e2"
    grown = dataclasses.replace(
        bundle, timeline=dataclasses.replace(bundle.timeline, control=control)
    )
    districts = list(bundle.layer.gdf["district"])
    runs = history_records(grown, districts)[districts.index("Haidariya")]
    contested = category_index("rebels", "contested")
    assert [r for r in runs if r[2] == contested] == [[3, 6, contested, "e4;e2"]]


def test_downloads_are_exactly_the_selected_day(client, callbacks, bundle):
    day = 3
    date = bundle.timeline.dates[day]
    expected = day_state(bundle.timeline.control, date)
    r = call(
        client, callbacks, "download.data", [1, None, None], [day, []], ["dl-geojson.n_clicks"]
    )
    geo = json.loads(r.json["response"]["download"]["data"]["content"])
    got = {f["properties"]["district"]: f["properties"]["status"] for f in geo["features"]}
    assert got == expected["status"].to_dict()
    r = call(client, callbacks, "download.data", [None, 1, None], [day, []], ["dl-csv.n_clicks"])
    table = pd.read_csv(io.StringIO(r.json["response"]["download"]["data"]["content"]))
    assert table.set_index("district")["faction"].to_dict() == expected["faction"].to_dict()
    r = call(
        client, callbacks, "download.data", [None, None, 1], [4, ["on"]], ["dl-events.n_clicks"]
    )
    events = pd.read_csv(io.StringIO(r.json["response"]["download"]["data"]["content"]))
    assert set(events["event_id"]) == {"e1", "e2", "e3", "e4", "e5"}
    r = call(client, callbacks, "download.data", [None, None, 1], [4, []], ["dl-events.n_clicks"])
    events = pd.read_csv(io.StringIO(r.json["response"]["download"]["data"]["content"]))
    assert set(events["event_id"]) == {"e3", "e5"}


JUNK_BODIES = [
    b"not json",
    b"{}",
    b"[1, 2, 3]",
    b'{"output": "nope.children", "outputs": {"id": "nope", "property": "children"}}',
    b'{"output": "history.children", "inputs": "x"}',
    b'{"output": "history.children", "outputs": {"id": "history", "property": "children"},'
    b' "inputs": [{"id": "district", "property": "data", "value": {"$ne": 1}}]}',
    b"\xff\xfe\x00",
]


@pytest.mark.parametrize("body", JUNK_BODIES)
def test_junk_callback_requests_get_a_4xx_or_nothing(client, body):
    r = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert r.status_code in (204, 400, 404, 413, 415, 422)
    assert b"Traceback" not in r.data


@pytest.mark.parametrize(
    "fragment, inputs, state",
    [
        ("download.data", [1, None, None], ["3", []]),
        ("download.data", [1, None, None], [10**9, []]),
        ("download.data", [1, None, None], [-1, None]),
        ("download.data", [1, None, None], [True, {"a": 1}]),
        ("url-notice", [{"date": 1}], []),
        ("url-notice", ["?date=" + "9" * 5000], []),
    ],
)
def test_forged_inputs_are_a_safe_no_op(client, callbacks, fragment, inputs, state):
    r = call(client, callbacks, fragment, inputs, state)
    assert r.status_code < 500
    assert b"Traceback" not in r.data


def test_oversized_requests_are_refused(client):
    r = client.post(
        "/_dash-update-component", data=b"x" * 1_000_000, content_type="application/json"
    )
    assert r.status_code == 413


def test_skipped_articles_are_listed_on_the_page():
    bundle = synthetic_bundle()
    bundle.skipped = [ArticleError("seeds/broken.txt", "no published date")]
    layout = (
        create_app(bundle, warm_cache=False)
        .server.test_client()
        .get("/_dash-layout")
        .get_data(as_text=True)
    )
    assert "skipped-notice" in layout and "broken.txt" in layout and "no published date" in layout


def test_debug_is_off_and_loopback_is_the_default(app):
    from dashboard.cli import main

    assert not app.server.debug
    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text
    assert exposure_warning("127.0.0.1") is None
    assert "exposes" in exposure_warning("0.0.0.0")


def test_scripts_are_sent_compressed(app, tmp_path, monkeypatch):
    import brotli

    monkeypatch.setenv("ALEPPO_MAP_CACHE", str(tmp_path))
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    script = next(s for s in page.split('"') if "dash_renderer" in s and s.endswith(".js"))
    plain = client.get(script).data
    packed = client.get(script, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert packed.headers["Content-Encoding"] == "br"
    assert brotli.decompress(packed.data) == plain
    assert len(packed.data) < len(plain) / 3


@pytest.mark.slow
def test_export_control_sends_the_snapshot_of_the_selected_day(client, callbacks, bundle):
    r = call(
        client,
        callbacks,
        "download-snapshot",
        [1],
        ["png", "square", 2, [], "Sakhour"],
    )
    assert r.status_code == 200
    data = r.json["response"]["download-snapshot"]["data"]
    assert data["base64"] and data["filename"].endswith(".png")
    assert bundle.timeline.dates[2].isoformat() in data["filename"]
    import base64
    import io

    from PIL import Image

    png = base64.b64decode(data["content"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = Image.open(io.BytesIO(png)).size
    assert width == height  # the "square" preset, not the default "social"


@pytest.mark.slow
def test_app_starts_with_a_bad_article_and_lists_it(article_folder):
    from dashboard.pipeline import load_bundle

    good = (
        "Syrian army captures Sakhour\n"
        "Syrian government forces captured the Sakhour district on Sunday, the Syrian "
        "Observatory for Human Rights said.\n"
    )
    folder = article_folder(
        {"good.txt": ("2016-11-28", good), "bad.txt": ("2016-13-45", "No date here.\n")}
    )
    bundle = load_bundle([folder], skip_bad=True)
    assert bundle.skipped
    layout = create_app(bundle, warm_cache=False).server.test_client().get("/_dash-layout")
    text = layout.get_data(as_text=True)
    assert "skipped-notice" in text and "bad.txt" in text


def test_small_dynamic_pages_are_compressed_but_not_kept():
    """The index page changes on every request; keeping each copy would leak memory."""
    import gzip

    import brotli

    from dashboard.app.compress import Compressor

    compressor = Compressor()
    for n in range(5):
        body = (f"<html>{n}" + "x" * 4000).encode()
        assert brotli.decompress(compressor.encode(body, "br")) == body
        assert gzip.decompress(compressor.encode(body, "gzip")) == body
    assert compressor.memory == {} and compressor.pending == set()


def test_export_preset_is_offered_beside_the_format(client):
    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert '"export-preset"' in layout
    for preset in ("social", "square", "print"):
        assert f'"value":"{preset}"' in layout.replace(" ", "")


def test_url_district_accepts_any_gazetteer_spelling(bundle):
    from dashboard.app.callbacks import district_resolver

    dates = bundle.timeline.dates
    names = set(bundle.layer.gdf["district"])
    resolve = district_resolver(bundle.layer)
    for spelling in ("Sakhur", "sakhour", "Sakhour"):
        _, district, notices = resolve_url(f"?district={spelling}", dates, names, resolve)
        assert district == "Sakhour" and not notices
    _, district, notices = resolve_url("?district=Atlantis", dates, names, resolve)
    assert district is None and notices


def test_title_months_come_from_the_timeline():
    import datetime as dt

    from dashboard.app.layout import month_span

    nov, dec, jan = dt.date(2016, 11, 14), dt.date(2016, 12, 22), dt.date(2017, 1, 3)
    assert month_span([nov, dec]) == "November–December 2016"
    assert month_span([nov, nov]) == "November 2016"
    assert month_span([dec, jan]) == "December 2016–January 2017"


def test_title_on_the_page_follows_the_dates(client, bundle):
    from dashboard.app.layout import month_span

    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert f"East Aleppo, {month_span(bundle.timeline.dates)}:" in layout
    assert month_span(bundle.timeline.dates) == "November 2016"  # synthetic: one week


def test_default_bundle_sources_come_from_the_environment(tmp_path):
    import os

    from dashboard.app import bundle_sources

    assert bundle_sources({}) == ([], None)
    env = {
        "ALEPPO_MAP_ARTICLES": os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b.txt")]),
        "ALEPPO_MAP_DISTRICTS": str(tmp_path / "d.geojson"),
    }
    assert bundle_sources(env) == (
        [tmp_path / "a", tmp_path / "b.txt"],
        tmp_path / "d.geojson",
    )


def test_default_bundle_refuses_a_missing_path(tmp_path, monkeypatch):
    from dashboard.app import default_bundle

    monkeypatch.setenv("ALEPPO_MAP_ARTICLES", str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match="nowhere"):
        default_bundle()


@pytest.mark.slow
def test_default_bundle_loads_the_articles_named_in_the_environment(article_folder, monkeypatch):
    from dashboard.app import default_bundle

    text = "Government forces captured Sakhour on Saturday, the army said."
    first = article_folder({"one.txt": ("2016-11-27", text)}, name="first")
    other = "Rebels said they still held Haidariya on Monday."
    second = article_folder({"two.txt": ("2016-11-28", other)}, name="second")
    monkeypatch.setenv("ALEPPO_MAP_ARTICLES", os.pathsep.join([str(first), str(second)]))
    bundle = default_bundle()
    assert not bundle.skipped
    assert sorted(a.path.name for a in bundle.articles) == ["one.txt", "two.txt"]


def test_flows_with_an_unstated_end_are_counted_for_the_panel():
    from dashboard.app.client_data import flow_records
    from dashboard.pipeline import load_bundle

    bundle = load_bundle(skip_bad=True)
    flows = bundle.timeline.flows.reset_index(drop=True)
    records = flow_records(bundle)
    for row, rec in zip(flows.to_dict("records"), records, strict=True):
        origin_known = not pd.isna(row["origin_lon"])
        dest_known = not pd.isna(row["dest_lon"])
        expected = "" if origin_known == dest_known else "origin" if dest_known else "destination"
        assert rec["open"] == expected
    assert any(r["open"] for r in records)  # the seeds have such flows


HOSTILE_CELLS = {
    "outlet": '=HYPERLINK("http://evil.example","click")',
    "claimant": "+cmd|' /C calc'!A0",
    "evidence": "-2+3",
    "article": "@SUM(1+1)",
    "place_text": "\t=1+1",
    "date_phrase": "\r=1+1",
}


def _hostile_bundle():
    import dataclasses

    bundle = synthetic_bundle()
    events = bundle.events.copy()
    for column, value in HOSTILE_CELLS.items():
        events[column] = value
    events["count_low"] = events["count_low"].replace("", None)
    return dataclasses.replace(bundle, events=events)


def _download(client, callbacks, which: str, day: int = 4, cumulative=("on",)):
    n = {"dl-geojson": [1, None, None], "dl-csv": [None, 1, None], "dl-events": [None, None, 1]}
    r = call(
        client,
        callbacks,
        "download.data",
        n[which],
        [day, list(cumulative)],
        [f"{which}.n_clicks"],
    )
    assert r.status_code == 200
    return r.json["response"]["download"]["data"]["content"]


def test_downloaded_csvs_cannot_start_a_spreadsheet_formula():
    import csv

    from dashboard.app.downloads import neutralise_cell

    app = create_app(_hostile_bundle(), warm_cache=False)
    client = app.server.test_client()
    deps = client.get("/_dash-dependencies").json
    callbacks = {d["output"]: d for d in deps if d.get("clientside_function") is None}
    text = _download(client, callbacks, "dl-events")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows
    for row in rows:
        for column, value in HOSTILE_CELLS.items():
            assert row[column] == "'" + value  # shown as text, never run
        for cell in row.values():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
    # numbers stay numbers, in numeric columns and as text
    events = pd.read_csv(io.StringIO(text))
    assert pd.api.types.is_numeric_dtype(events["count_low"])
    assert events["count_low"].dropna().tolist() == [4000]
    assert neutralise_cell("-5") == "-5" and neutralise_cell("+1.5e3") == "+1.5e3"
    assert neutralise_cell("-5 dead") == "'-5 dead" and neutralise_cell(-5) == -5
    control = pd.read_csv(io.StringIO(_download(client, callbacks, "dl-csv")))
    assert not control.map(lambda v: str(v).startswith(("=", "+", "-", "@"))).any().any()


def test_downloads_say_the_boundaries_are_schematic(client, callbacks, bundle):
    geo = json.loads(_download(client, callbacks, "dl-geojson", day=3))
    meta = geo["metadata"]
    assert meta["boundary_quality"] == "schematic" == bundle.layer.quality
    assert meta["boundary_source"] == bundle.layer.attribution
    assert "not surveyed" in meta["boundary_caveat"]
    assert meta["date"] == bundle.timeline.dates[3].isoformat()
    assert {f["properties"]["boundary_quality"] for f in geo["features"]} == {"schematic"}
    table = pd.read_csv(io.StringIO(_download(client, callbacks, "dl-csv", day=3)))
    assert set(table["boundary_quality"]) == {"schematic"}
    assert set(table["boundary_source"]) == {bundle.layer.attribution}


def test_a_layer_without_a_credit_line_is_named_by_file_not_path():
    import dataclasses

    from dashboard.app.downloads import boundary_metadata

    layer = dataclasses.replace(
        synthetic_bundle().layer, attribution="", source="/srv/secret/districts.geojson"
    )
    assert boundary_metadata(layer)["boundary_source"] == "districts.geojson"


@pytest.mark.parametrize(
    "path",
    [
        "/_dash-component-suites/dash/dcc/nope.js",
        "/_dash-component-suites/nonexistent/x.js",
        "/_dash-component-suites/dash/../../etc/passwd",
    ],
)
def test_unknown_scripts_are_404_without_a_traceback(client, caplog, path):
    import logging

    with caplog.at_level(logging.DEBUG):
        r = client.get(path)
    assert r.status_code == 404
    assert b"Traceback" not in r.data
    assert not [rec for rec in caplog.records if rec.exc_info or rec.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.0.0.2", "127.255.1.9", "localhost", "::1", "[::1]"]
)
def test_any_loopback_address_needs_no_warning(host):
    assert exposure_warning(host) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.org", "128.0.0.1"])
def test_other_addresses_are_warned_about(host):
    assert "exposes" in exposure_warning(host)


@pytest.mark.parametrize("raw", ["20161121", "2016-W47-1", "2016-11-21T00:00", "２０１６-11-21"])
def test_only_yyyy_mm_dd_dates_are_read_from_the_link(bundle, raw):
    from urllib.parse import quote

    dates = bundle.timeline.dates
    day, _, notices = resolve_url(f"?date={quote(raw)}", dates, set(bundle.layer.gdf["district"]))
    assert day == 0
    assert len(notices) == 1 and "not a YYYY-MM-DD date" in notices[0]


def test_restoring_the_link_tells_the_page_what_it_restored(client, callbacks, bundle):
    r = call(
        client, callbacks, "url-notice", [f"?date={bundle.timeline.dates[3]}&district=Sakhour"]
    )
    assert r.json["response"]["restored"]["data"] == {"day": 3, "district": "Sakhour"}


def test_skipped_articles_are_named_without_the_servers_folders():
    bundle = synthetic_bundle()
    bundle.skipped = [
        ArticleError("/tmp/review57/bad/bin.txt", "is a binary file"),
        ArticleError(
            "/srv/articles/manifest.csv",
            "lists 'missing.txt', which does not exist in /srv/articles",
        ),
        ValueError("C:\\Users\\ed\\news\\odd.txt: unreadable"),
    ]
    from dashboard.app.layout import skipped_notice

    text = json.dumps(skipped_notice(bundle).to_plotly_json(), default=str)
    assert "bin.txt: is a binary file" in text and "manifest.csv" in text
    assert "odd.txt: unreadable" in text
    for folder in ("/tmp", "review57", "/srv", "Users", "ed\\\\news"):
        assert folder not in text


def test_checks_show_the_claim_as_stated_and_the_rule(client):
    layout = json.dumps(client.get("/_dash-layout").json, ensure_ascii=False)
    # the synthetic claim: "lost more than a third", value 0.3, computed 0.25
    assert "lost more than a third" in layout
    assert "rebels lost more than 30.0% of the area held at the baseline" in layout
    assert "no: 25.0% ≤ 30.0%" in layout
    assert "“about” when it is within 5 percentage points" in layout


def test_about_claims_state_their_tolerance():
    from dashboard.app.layout import check_verdict, claim_as_read

    row = {
        "faction": "rebels",
        "measure": "lost_share",
        "comparator": "about",
        "value": 0.3333,
        "computed": 0.398,
        "tolerance": 0.05,
        "agrees": "no",
    }
    assert claim_as_read(row) == "rebels lost about 33.3% of the area held at the baseline"
    assert check_verdict(row) == "no: 39.8% is 6.5 points from 33.3%; “about” allows 5"
    # The same claim against the map counting assessed states only.
    row.update(computed_assessed=0.3, agrees_assessed="yes")
    verdict = check_verdict(row, "computed_assessed", "agrees_assessed")
    assert verdict == "yes: 30.0% is 3.3 points from 33.3%; “about” allows 5"


def test_checks_table_shows_both_counts_of_the_seed_claim():
    from dashboard.app.layout import checks_table
    from dashboard.pipeline import load_bundle

    checks = load_bundle().timeline.checks
    sohr = checks[checks.phrase.str.contains("more than a third")].iloc[0]
    html_text = str(checks_table(checks))
    assert "The map, counting claims" in html_text and "The map, assessed only" in html_text
    for column in ("computed", "computed_assessed"):
        assert f"{float(sohr[column]) * 100:.1f}%" in html_text


@pytest.mark.parametrize(
    "text, shown",
    [
        ("/tmp/review57/bad/bin.txt: is binary", "bin.txt: is binary"),
        ("does not exist in /srv/articles", "does not exist in articles"),
        ("C:\\Users\\ed\\odd.txt: unreadable", "odd.txt: unreadable"),
        ("read from (data/in/x.txt).", "read from (x.txt)."),
        ("empty and/or binary", "empty and/or binary"),  # a word, not a path
        ("see https://example.org/a/b.txt", "see https://example.org/a/b.txt"),
    ],
)
def test_messages_to_visitors_keep_file_names_only(text, shown):
    from dashboard.app.layout import public_text

    assert public_text(text) == shown
