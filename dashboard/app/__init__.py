"""The dashboard: ``create_app(bundle)`` builds it; ``server`` is the WSGI app for gunicorn.

``dashboard.app:server`` builds its bundle the first time it is asked for, so importing
this package costs nothing. It reads two optional environment variables:

- ``ALEPPO_MAP_ARTICLES``: article files or folders to load instead of ``seeds/``,
  separated by ``os.pathsep`` (``:`` on Linux), e.g.
  ``ALEPPO_MAP_ARTICLES=articles/:more/one.txt gunicorn dashboard.app:server``;
- ``ALEPPO_MAP_DISTRICTS``: a district polygon file to use instead of the best boundary
  layer available.

Articles that cannot be read are left out and listed on the page.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from dash import Dash

from dashboard.app.client_data import client_payload, flow_records
from dashboard.app.compress import enable_compression, warm
from dashboard.app.hardening import harden
from dashboard.app.layout import build_layout
from dashboard.app.static_views import cache_static_views
from dashboard.figures import (
    area_figure,
    citadel_boxes,
    day_state,
    hatch_segments,
    key_district_labels,
    layer_geojson,
    map_figure,
    map_view,
)
from dashboard.model import Bundle
from dashboard.paths import PROJECT_ROOT
from dashboard.style import STATUS_LABELS

ASSETS_DIR = PROJECT_ROOT / "assets"
TITLE = "East Aleppo 2016: control map from the news"
_default_app: Dash | None = None
PLOTLY_JS = "/_dash-component-suites/plotly/package_data/plotly.min.js"


def methodology(bundle: Bundle) -> str:
    """The timeline's own statement of the assessed/claimed/contested rules."""
    try:
        from dashboard.timeline import methodology_text

        return methodology_text()
    except (ImportError, OSError):
        return "\n".join(STATUS_LABELS.values())


def map_context(bundle: Bundle) -> dict[str, Any]:
    """River, Citadel and baseline enclave outline from the project's geography."""
    from dashboard.gazetteer import read_baseline
    from dashboard.geo.context import context_layers

    return context_layers(bundle.layer, read_baseline())


def export_formats() -> tuple[list[str], Any]:
    """Snapshot formats the exporter offers, and an adapter the Export control calls."""
    try:
        from dashboard.export import render_snapshot
        from dashboard.export.presets import FORMATS, PRESETS
    except ImportError:
        return [], None

    class Exporter:
        formats: tuple[str, ...] = tuple(FORMATS)
        presets: tuple[str, ...] = tuple(PRESETS)

        @staticmethod
        def render(
            bundle: Bundle,
            day: Any,
            fmt: str,
            cumulative: bool,
            district: Any,
            preset: str = "social",
        ):
            flows = "cumulative" if cumulative else "day"
            return render_snapshot(bundle, day, fmt, preset, flows=flows, district=district)

    return list(FORMATS), Exporter


def bundle_sources(environ: Any = None) -> tuple[list[Path], Path | None]:
    """Article paths and district file named by ``ALEPPO_MAP_ARTICLES`` and
    ``ALEPPO_MAP_DISTRICTS`` (empty list / None when unset: ``seeds/`` and the best layer).
    """
    env = os.environ if environ is None else environ
    articles = [Path(p) for p in env.get("ALEPPO_MAP_ARTICLES", "").split(os.pathsep) if p]
    districts = env.get("ALEPPO_MAP_DISTRICTS", "").strip()
    return articles, Path(districts) if districts else None


def default_bundle() -> Bundle:
    """The bundle the default app shows, from the environment (see the module docstring)."""
    from dashboard.pipeline import load_bundle

    articles, districts = bundle_sources()
    for path in [*articles, *([districts] if districts else [])]:
        if not path.exists():
            raise FileNotFoundError(f"{path}: named in ALEPPO_MAP_* but does not exist")
    return load_bundle(articles, districts, skip_bad=True)


def create_app(
    bundle: Bundle | None = None,
    *,
    naive: bool = False,
    warm_cache: bool = True,
    **dash_kwargs: Any,
) -> Dash:
    """The dashboard for ``bundle`` (default: :func:`default_bundle`).

    ``naive=True`` rebuilds the whole map figure on the server at every step instead of
    recolouring it in the browser; it exists only so the benchmark can compare the two.
    ``warm_cache`` compresses the page's files in the background right away.
    """
    if bundle is None:
        bundle = default_bundle()
    if not bundle.timeline.dates:
        raise ValueError("the timeline has no dates: nothing to show")
    layer = bundle.layer
    geojson = layer_geojson(layer)
    districts = [f["properties"]["district"] for f in geojson["features"]]
    context = map_context(bundle)
    view = map_view(layer, width_px=780, height_px=500)
    labels = key_district_labels(
        layer,
        events=bundle.events,
        flows=bundle.timeline.flows,
        zoom=view["zoom"],
        avoid=citadel_boxes(context, view["zoom"]),
    )
    first = bundle.timeline.dates[0]
    flows = flow_records(bundle)
    map_fig = map_figure(
        geojson,
        day_state(bundle.timeline.control, first),
        bundle.timeline.flows,
        context,
        labels=labels,
        view=view,
        events=bundle.events,
        # every flow drawn once, so that the browser can show or hide it without a redraw
        flow_visible=[True] * len(flows),
        show_legend=False,
    )
    area_fig = area_figure(bundle.timeline.stats, first)
    payload = client_payload(bundle, districts)
    formats, exporter = export_formats()

    app = Dash(
        __name__,
        title=TITLE,
        update_title=None,
        assets_folder=str(ASSETS_DIR),
        serve_locally=True,
        **dash_kwargs,
    )
    # No favicon request: browsers fetch it again whenever the URL changes, and the
    # URL changes at every step (it carries the date).
    app.index_string = app.index_string.replace("{%favicon%}", '<link rel="icon" href="data:,">')
    if naive:
        app.index_string = app.index_string.replace(
            "{%metas%}", "{%metas%}<script>window.__naiveMap = true;</script>"
        )
        app._aleppo_static = {  # type: ignore[attr-defined]
            "geojson": geojson,
            "hatch": hatch_segments(layer),
            "context": context,
            "labels": labels,
            "view": view,
            "flows": flows,
        }
    presets = list(getattr(exporter, "presets", ()))
    app.layout = build_layout(
        bundle, map_fig, area_fig, payload, methodology(bundle), formats, presets
    )
    from dashboard.app.callbacks import register_callbacks

    register_callbacks(app, bundle, naive=naive, export=exporter)
    # Dash finishes its set-up (the assets folder, the callback map) on the first request
    # and marks it done before doing it, so a second request arriving meanwhile is served
    # a page without the app's scripts. Done here, before anyone can ask.
    with app.server.test_request_context("/"):
        app._setup_server()
    harden(app.server)
    cache_static_views(app.server, app.config.requests_pathname_prefix)
    app.compressor = enable_compression(app.server)  # type: ignore[attr-defined]
    if warm_cache:
        app.warm_thread = warm(app.server, ["/_dash-layout", PLOTLY_JS])  # type: ignore[attr-defined]
    return app


def default_app() -> Dash:
    """The app on :func:`default_bundle`, built once on first use."""
    global _default_app
    if _default_app is None:
        _default_app = create_app()
    return _default_app


def __getattr__(name: str) -> Any:
    # ``gunicorn dashboard.app:server`` looks the attribute up; build the app then.
    if name == "server":
        return default_app().server
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
