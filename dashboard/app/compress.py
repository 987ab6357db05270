"""Brotli (or gzip) for the page's scripts and data, each compressed once.

plotly.js alone is 4.8 MB; compressed at Brotli's best setting it is 1.1 MB, which is
what keeps the first load small. That setting takes seconds per MB, so a body is served
at a fast setting until a child process has produced the best one, which is then kept
in memory and in the user cache (keyed by content hash) for later runs.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import brotli
from flask import Flask, request

from dashboard.atomic import write_bytes_atomic
from dashboard.paths import cache_dir

MIN_BYTES = 1024
# Only bodies this large are cached and get the best setting: the scripts and the
# layout. Smaller ones, such as the index page, which Dash renders afresh on every
# request, are compressed on the fly; caching them would grow memory with each request.
CACHE_MIN_BYTES = 64 * 1024
FAST_QUALITY = 5
BEST_QUALITY = 11
COMPRESSIBLE = ("javascript", "json", "css", "html", "text/plain", "svg")
log = logging.getLogger("dashboard.app")


_BEST_IN_CHILD = (
    "import sys, brotli; "
    f"sys.stdout.buffer.write(brotli.compress(sys.stdin.buffer.read(), quality={BEST_QUALITY}))"
)


def best_quality(body: bytes) -> bytes:
    """Brotli at the best quality, computed in a child process.

    It takes seconds per MB and holds the interpreter lock while it runs; in a thread it
    would stall every request the server is answering meanwhile.
    """
    done = subprocess.run(
        [sys.executable, "-c", _BEST_IN_CHILD], input=body, capture_output=True, check=True
    )
    return done.stdout


class Compressor:
    def __init__(self, disk: Path | None = None) -> None:
        self._disk = disk
        self.memory: dict[str, bytes] = {}
        self.pending: set[str] = set()
        self.lock = threading.Lock()

    def wait_idle(self, timeout: float = 120.0) -> bool:
        """Wait until no best-quality compression is running; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if not self.pending:
                    return True
            time.sleep(0.1)
        return False

    def _disk_file(self, digest: str) -> Path:
        disk = self._disk if self._disk is not None else cache_dir() / "compressed"
        return disk / f"{digest}.q{BEST_QUALITY}.br"

    def _remember_best(self, body: bytes, digest: str) -> None:
        key = f"br:{digest}"
        path = self._disk_file(digest)
        try:
            data = best_quality(body)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.info("best-quality compression failed: %s", exc)
            with self.lock:
                self.pending.discard(key)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, data)
        except OSError as exc:  # a read-only cache only costs the next start
            log.info("could not keep compressed copy in %s: %s", path, exc)
        with self.lock:
            self.memory[key] = data
            self.pending.discard(key)

    def encode(self, body: bytes, encoding: str) -> bytes:
        if len(body) < CACHE_MIN_BYTES:
            if encoding == "gzip":
                return gzip.compress(body, compresslevel=6)
            return brotli.compress(body, quality=FAST_QUALITY)
        digest = hashlib.sha256(body).hexdigest()
        if encoding == "gzip":
            key = f"gz:{digest}"
            with self.lock:
                if key not in self.memory:
                    self.memory[key] = gzip.compress(body, compresslevel=6)
                return self.memory[key]
        key = f"br:{digest}"
        with self.lock:
            if key in self.memory:
                return self.memory[key]
        path = self._disk_file(digest)
        if path.is_file():
            data = path.read_bytes()
            with self.lock:
                self.memory[key] = data
            return data
        with self.lock:
            start = key not in self.pending
            self.pending.add(key)
        if start:
            threading.Thread(target=self._remember_best, args=(body, digest), daemon=True).start()
        fast = f"br{FAST_QUALITY}:{digest}"
        with self.lock:
            if fast not in self.memory:
                self.memory[fast] = brotli.compress(body, quality=FAST_QUALITY)
            return self.memory[fast]


def _wanted_encoding() -> str | None:
    accept = request.headers.get("Accept-Encoding", "").lower()
    if "br" in accept:
        return "br"
    if "gzip" in accept:
        return "gzip"
    return None


def enable_compression(server: Flask, compressor: Compressor | None = None) -> Compressor:
    compressor = compressor or Compressor()

    @server.after_request
    def _compress(response: Any) -> Any:
        if request.method != "GET" or response.status_code != 200:
            return response
        if "Content-Encoding" in response.headers:
            return response
        if not any(kind in (response.mimetype or "") for kind in COMPRESSIBLE):
            return response
        encoding = _wanted_encoding()
        if encoding is None:
            return response
        response.direct_passthrough = False
        body = response.get_data()
        if len(body) < MIN_BYTES:
            return response
        response.set_data(compressor.encode(body, encoding))
        response.headers["Content-Encoding"] = encoding
        response.headers["Content-Length"] = str(len(response.get_data()))
        response.vary.add("Accept-Encoding")
        return response

    return compressor


def warm(server: Flask, extra: list[str]) -> threading.Thread:
    """Compress the page's scripts and ``extra`` paths in the background, before anyone asks."""

    def run() -> None:
        client = server.test_client()
        page = client.get("/").get_data(as_text=True)
        paths = re.findall(r'<script src="([^"]+)"', page) + extra
        for path in paths:
            try:
                client.get(path, headers={"Accept-Encoding": "br"})
            except Exception as exc:  # warming is an optimisation; serving still works
                log.info("could not pre-compress %s: %s", path, exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread
