"""An in-process dashboard server and the Chromium launch settings the browser tests share.

The browser may talk to the app only: every other host is blocked, so a test fails if
the page needs the internet.
"""

from __future__ import annotations

import logging
import threading

from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class AppServer:
    """A Dash app served by werkzeug on a free loopback port, in a daemon thread."""

    def __init__(self, app) -> None:
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.httpd = make_server("127.0.0.1", 0, app.server, threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.thread.join(timeout=5)


def block_other_hosts(route, blocked: list | None = None) -> None:
    url = route.request.url
    if url.startswith(("http://127.0.0.1", "data:", "blob:")):
        route.continue_()
    else:
        if blocked is not None:
            blocked.append(url)
        route.abort()
