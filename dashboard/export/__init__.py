"""Publication-ready snapshots of the map: PNG, SVG and PDF, strips and animations."""

from dashboard.export.presets import ExportError
from dashboard.export.snapshot import render_snapshot

__all__ = ["ExportError", "render_snapshot"]
