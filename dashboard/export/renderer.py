"""Turn plotly figures into PNG, SVG or PDF bytes with one headless Chromium per process.

Starting Chromium takes seconds, so the first export starts it and every later one
reuses it. Nothing is fetched from the internet: plotly.js comes from the plotly
package, MathJax is off, and the geo subplot's base map is the empty topojson in
``topojson/`` (plotly's geo traces load one even when every base layer is hidden).

Kaleido reloads a tab after every figure and, in its own sync server, makes the caller
wait for that reload. Here the browser runs on a private event loop with two tabs, a
tab is reloaded only now and then and in the background, so a caller gets its image as
soon as it is drawn, and a batch of frames (``render_many``) is drawn two at a time.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import plotly.graph_objects as go

TOPOJSON_DIR = Path(__file__).resolve().parent / "topojson"
TABS = 2
RELOAD_EVERY = 25
START_TIMEOUT_S = 60
RENDER_TIMEOUT_S = 120


def topojson_url() -> str:
    """The folder plotly.js reads ``world_110m.json`` from (a file: URL)."""
    return TOPOJSON_DIR.as_uri() + "/"


def _kaleido_class():
    import kaleido

    class BackgroundReloadKaleido(kaleido.Kaleido):
        """Kaleido that reloads a tab only every ``RELOAD_EVERY`` figures, and then after
        the caller has its image.

        Kaleido reloads a tab after every figure, re-parsing plotly.js each time; that
        CPU is most of the cost of a frame. Plotly purges each figure it draws, so
        reusing the page is safe; the periodic reload keeps it from accumulating state.
        """

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._reloads: set[asyncio.Task] = set()
            self._uses: dict[int, int] = {}

        async def _return_kaleido_tab(self, tab) -> None:
            uses = self._uses.get(id(tab), 0) + 1
            self._uses[id(tab)] = uses
            if uses % RELOAD_EVERY:
                await self.tabs_ready.put(tab)
                return
            task = asyncio.get_running_loop().create_task(self._reload_and_return(tab))
            self._reloads.add(task)
            task.add_done_callback(self._reloads.discard)

        async def _reload_and_return(self, tab) -> None:
            try:
                await tab.reload()
            finally:  # a tab that failed to reload errors on its next use, never hangs
                await self.tabs_ready.put(tab)

    return BackgroundReloadKaleido


class _Browser:
    """The process's Chromium, driven from a private event loop thread."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=self.loop.run_forever, name="aleppo-map-kaleido", daemon=True
        )
        self.thread.start()

        async def start():
            browser = _kaleido_class()(n=TABS, mathjax=False, timeout=RENDER_TIMEOUT_S)
            await browser.open()
            return browser

        try:
            self.kaleido = self._run(start(), START_TIMEOUT_S)
        except Exception as exc:
            self.loop.call_soon_threadsafe(self.loop.stop)
            raise OSError(f"cannot start Chromium to draw images: {exc}") from exc

    def _run(self, coroutine, timeout: float):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def render(self, figs: Sequence[dict], opts: dict) -> list[bytes]:
        async def draw_all():
            return await asyncio.gather(
                *(self.kaleido.calc_fig(f, opts=dict(opts), topojson=topojson_url()) for f in figs)
            )

        timeout = RENDER_TIMEOUT_S * max(1, len(figs))
        try:
            return self._run(draw_all(), timeout)
        except concurrent.futures.TimeoutError as exc:
            raise OSError(f"Chromium did not finish drawing within {timeout} s") from exc

    def close(self) -> None:
        if os.getpid() != self.pid:  # a forked child: the browser belongs to the parent
            return
        # The process is exiting; if closing fails, Chromium dies with it.
        with contextlib.suppress(Exception):
            self._run(self.kaleido.close(), 10)
        self.loop.call_soon_threadsafe(self.loop.stop)


_browser: _Browser | None = None
_browser_pid = 0
_lock = threading.Lock()


def browser() -> _Browser:
    """The process's browser, started on first use (again in a forked child, which
    inherits the parent's handle but not its event loop thread)."""
    global _browser, _browser_pid
    with _lock:
        if _browser is None or _browser_pid != os.getpid():
            import plotly.io as pio

            pio.defaults.topojson = topojson_url()
            _browser = _Browser()
            _browser_pid = os.getpid()
            atexit.register(_browser.close)
        return _browser


def render_many(
    figs: Sequence[go.Figure | dict], fmt: str, width: int, height: int, scale: float = 1.0
) -> list[bytes]:
    """Render figures at ``width`` x ``height`` CSS pixels (PNG: times ``scale``), in order."""
    opts = {"format": fmt, "width": int(width), "height": int(height), "scale": scale}
    dicts = [f.to_dict() if isinstance(f, go.Figure) else f for f in figs]
    # A static plot skips the hover, zoom and drag machinery: ~20% less work per image.
    dicts = [{**d, "config": {**d.get("config", {}), "staticPlot": True}} for d in dicts]
    images = browser().render(dicts, opts)
    for image in images:
        if not image:
            raise RuntimeError(f"Chromium returned an empty {fmt} image")
    return images


def render_figure(
    fig: go.Figure | dict, fmt: str, width: int, height: int, scale: float = 1.0
) -> bytes:
    """Render one figure (see :func:`render_many`)."""
    return render_many([fig], fmt, width, height, scale)[0]
