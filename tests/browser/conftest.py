"""One headless Chromium per session for the browser tests; pages that may reach 127.0.0.1 only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import CHROMIUM, CHROMIUM_ARGS, AppServer, block_other_hosts

from dashboard.app import create_app
from dashboard.pipeline import load_bundle


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser) -> Iterator:
    """Factory for pages that record console errors and may reach 127.0.0.1 only."""
    contexts = []

    def make(width: int = 1366, height: int = 768):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.blocked = []
        page.route("**/*", lambda route: block_other_hosts(route, page.blocked))
        page.console_errors = []
        page.on(
            "console",
            lambda msg: page.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def bundle():
    """The seed articles' bundle, shared by every browser test."""
    return load_bundle(skip_bad=True)


@pytest.fixture(scope="session")
def live(bundle):
    """The dashboard on the seeds, served once for every browser test."""
    server = AppServer(create_app(bundle, warm_cache=False))
    yield server
    server.stop()
