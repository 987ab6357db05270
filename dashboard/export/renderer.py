"""Turn a plotly figure into PNG, SVG or PDF bytes with one headless Chromium per process.

Starting Chromium takes seconds, so the first export starts a kaleido server and every
later one reuses it. Nothing is fetched from the internet: plotly.js comes from the
plotly package, MathJax is off, and the geo subplot's base map is the empty topojson
in ``topojson/`` (plotly's geo traces load one even when every base layer is hidden).
"""

from __future__ import annotations

import threading
from pathlib import Path

import plotly.graph_objects as go

TOPOJSON_DIR = Path(__file__).resolve().parent / "topojson"
_lock = threading.Lock()


def topojson_url() -> str:
    """The folder plotly.js reads ``world_110m.json`` from (a file: URL)."""
    return TOPOJSON_DIR.as_uri() + "/"


def ensure_server() -> None:
    """Start the process's kaleido server once (later calls return at once)."""
    import kaleido
    import plotly.io as pio

    with _lock:
        pio.defaults.topojson = topojson_url()
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)


def render_figure(
    fig: go.Figure | dict, fmt: str, width: int, height: int, scale: float = 1.0
) -> bytes:
    """Render ``fig`` at ``width`` x ``height`` CSS pixels (PNG: times ``scale``)."""
    import kaleido

    ensure_server()
    opts = {"format": fmt, "width": int(width), "height": int(height), "scale": scale}
    with _lock:  # the server handles one figure at a time; keep callers in step
        data = kaleido.calc_fig_sync(fig, opts=opts, topojson=topojson_url())
    if not data:
        raise RuntimeError(f"Chromium returned an empty {fmt} image")
    return data
