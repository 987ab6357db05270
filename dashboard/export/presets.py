"""Image sizes, formats and options a snapshot accepts, checked before anything is drawn.

A preset is the layout size in CSS pixels; a PNG is that size times ``scale``
(2 by default), so ``social`` gives a 2400x1350 PNG. ``print`` is A4 portrait at
150 px per inch, i.e. 2480x3508 pixels (A4 at 300 dpi) as a 2x PNG.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRESETS: dict[str, tuple[int, int]] = {
    "social": (1200, 675),
    "square": (1080, 1080),
    "print": (1240, 1754),
}
FORMATS = ("png", "svg", "pdf")
FLOW_MODES = ("none", "day", "cumulative")
MIN_SIDE, MAX_SIDE = 320, 4000  # below, the furniture does not fit; above, Chromium struggles
MIN_SCALE, MAX_SCALE = 0.5, 4.0
DEFAULT_SCALE = 2.0

_CUSTOM = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")


class ExportError(ValueError):
    """Bad export options: a format, preset, date or output the exporter cannot use."""


@dataclass(frozen=True)
class Size:
    width: int
    height: int


def parse_preset(preset: str | None) -> Size:
    """``social``, ``square``, ``print`` or ``WIDTHxHEIGHT`` (CSS pixels) -> Size."""
    name = (preset or "social").strip().lower()
    if name in PRESETS:
        return Size(*PRESETS[name])
    match = _CUSTOM.match(name)
    if not match:
        raise ExportError(
            f"unknown preset {preset!r}: use one of {', '.join(PRESETS)} or WIDTHxHEIGHT"
        )
    width, height = int(match[1]), int(match[2])
    for side in (width, height):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise ExportError(
                f"preset {preset!r}: each side must be between {MIN_SIDE} and {MAX_SIDE} pixels"
            )
    return Size(width, height)


def check_format(fmt: str | None) -> str:
    value = (fmt or "png").strip().lower()
    if value not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return value


def check_scale(scale: float | None) -> float:
    value = DEFAULT_SCALE if scale is None else float(scale)
    if not MIN_SCALE <= value <= MAX_SCALE:
        raise ExportError(f"scale {scale} is out of range: use {MIN_SCALE} to {MAX_SCALE}")
    return value


def check_flows(flows: str | None) -> str:
    value = (flows or "none").strip().lower()
    if value not in FLOW_MODES:
        raise ExportError(f"unknown flows mode {flows!r}: use one of {', '.join(FLOW_MODES)}")
    return value
