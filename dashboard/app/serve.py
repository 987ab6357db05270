"""``aleppo-map serve``: load the articles, build the dashboard, serve it (debug off)."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from pathlib import Path

import click


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine only: ``localhost``, any address in
    127.0.0.0/8, or ``::1`` (also written in brackets, or as an IPv4-mapped address)."""
    name = host.strip().strip("[]").lower()
    if name in ("localhost", "localhost.") or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return bool(address.is_loopback or (mapped is not None and mapped.is_loopback))


def exposure_warning(host: str) -> str | None:
    """A warning when ``host`` makes the server reachable from other machines."""
    if is_loopback(host):
        return None
    return (
        f"Warning: binding to {host} exposes the dashboard to the network. It has no "
        "authentication; use 127.0.0.1 unless that is what you want."
    )


def run_server(
    paths: Sequence[Path | str],
    districts_file: Path | None,
    name_field: str | None,
    host: str = "127.0.0.1",
    port: int = 8050,
) -> None:
    """Serve the dashboard for ``paths`` (default ``seeds/``) on ``host:port``.

    Bad articles are left out and listed on the page rather than stopping the server.
    """
    from dashboard.app import create_app
    from dashboard.pipeline import load_bundle

    bundle = load_bundle(list(paths), districts_file, name_field, skip_bad=True)
    for err in bundle.skipped:
        click.echo(f"Skipped: {err}", err=True)
    warning = exposure_warning(host)
    if warning:
        click.echo(warning, err=True)
    app = create_app(bundle)
    click.echo(f"Serving on http://{host}:{port}/ ({bundle.layer.quality} boundaries)")
    app.run(host=host, port=port, debug=False, dev_tools_ui=False, dev_tools_hot_reload=False)
