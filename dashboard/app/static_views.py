"""The page and its layout, rendered once.

Dash renders the index page and serialises the whole layout (the map figure with every
district's geometry among it) afresh on each request: about 50 ms of CPU for the layout
here. Both are the same for every viewer of one app, so each is rendered on first
request and its bytes reused; the compression layer then serves its compressed copy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from flask import Flask, Response

# Rules whose responses depend on nothing but the app: the layout, and the index page
# (which the app serves for any path, since the view state lives in the query string).
_STATIC_RULES = ("/_dash-layout", "/", "/<path:path>")


def _cached(view: Callable[..., Any]) -> Callable[..., Any]:
    lock = threading.Lock()
    kept: dict[str, Any] = {}

    def cached_view(*args: Any, **kwargs: Any) -> Response:
        if "body" not in kept:
            with lock:
                if "body" not in kept:
                    response = view(*args, **kwargs)
                    if isinstance(response, str):
                        response = Response(response, mimetype="text/html")
                    kept["mimetype"] = response.mimetype
                    kept["body"] = response.get_data()
        return Response(kept["body"], mimetype=kept["mimetype"])

    return cached_view


def cache_static_views(server: Flask, prefix: str = "/") -> list[str]:
    """Serve the layout and the index page from a copy rendered once; the rules cached."""
    wanted = {prefix.rstrip("/") + rule if rule != "/" else prefix for rule in _STATIC_RULES}
    done = []
    for rule in server.url_map.iter_rules():
        if rule.rule in wanted and rule.endpoint in server.view_functions:
            server.view_functions[rule.endpoint] = _cached(server.view_functions[rule.endpoint])
            done.append(rule.rule)
    return sorted(done)
