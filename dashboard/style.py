"""One visual language for the screen and for exported snapshots.

Colours are from the Okabe-Ito palette, which stays distinguishable for the common
forms of colour blindness. Status is never shown by colour alone: claimed and
contested districts carry hatching (see :mod:`dashboard.hatching`), so the difference
survives greyscale printing too.
"""

from __future__ import annotations

FACTION_COLORS = {
    "government": "#D55E00",  # vermillion
    "rebels": "#009E73",  # bluish green
    "kurdish": "#E69F00",  # orange-yellow
}
FACTION_LABELS = {
    "government": "Government and allies",
    "rebels": "Rebels",
    "kurdish": "Kurdish forces (YPG/SDF)",
}
UNKNOWN_COLOR = "#BBBBBB"

STATUS_LABELS = {
    "assessed": "Assessed: independent sources agree, or reported in the outlet's own voice",
    "claimed": "Claimed: asserted by one side only, or denied",
    "contested": "Contested: fighting or partial control reported",
}
# Fill opacity per status: assessed areas read as solid, the others as tentative.
STATUS_FILL_OPACITY = {"assessed": 0.85, "claimed": 0.45, "contested": 0.45}
# Hatch line angles in degrees per status (none for assessed). Claimed: one diagonal;
# contested: crossed diagonals, so the two never look alike.
STATUS_HATCH_ANGLES = {"assessed": (), "claimed": (45,), "contested": (45, -45)}
HATCH_COLOR = "#222222"
HATCH_SPACING_M = 90.0

FLOW_COLOR = "#0072B2"  # blue, distinct from every faction colour
CONTEXT_COLORS = {"river": "#56B4E9", "enclave": "#000000", "citadel": "#000000"}
FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
