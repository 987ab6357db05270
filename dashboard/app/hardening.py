"""Server-side guards: forged or junk requests get a 4xx, never a 500 with a traceback.

Dash trusts the shape of a callback request; a hand-made POST with missing keys, an
unknown output or wrong types makes it raise. Those are the client's fault, so they are
answered 400 and logged in one line. Callbacks themselves check their values and
answer junk with a no-op (204). A request for a script Dash does not serve (an unknown
library or file under ``/_dash-component-suites/``) makes Dash raise too; it is a 404,
logged in one line.
"""

from __future__ import annotations

import logging
from typing import Any

from dash.exceptions import DependencyException
from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

MAX_REQUEST_BYTES = 256 * 1024  # every real callback request is far smaller
log = logging.getLogger("dashboard.app")


def _is_callback_request() -> bool:
    return request.path.endswith("/_dash-update-component")


def harden(server: Flask) -> None:
    server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    server.config["PROPAGATE_EXCEPTIONS"] = False

    @server.errorhandler(Exception)
    def _reject(exc: Exception) -> Any:
        if isinstance(exc, HTTPException):
            return exc
        if isinstance(exc, DependencyException) or (
            "/_dash-component-suites/" in request.path
            and isinstance(exc, (FileNotFoundError, KeyError, ValueError))
        ):
            log.info("no such script: %s", request.path[:200])
            return jsonify(error="not found"), 404
        if _is_callback_request():
            log.warning("rejected callback request: %s: %s", type(exc).__name__, exc)
            return jsonify(error="malformed callback request"), 400
        log.exception("unhandled error on %s", request.path)
        return jsonify(error="internal error"), 500

    @server.after_request
    def _headers(response: Any) -> Any:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response
