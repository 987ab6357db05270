"""One visual language for the screen and for exported snapshots.

The map paints seven fills: each faction's colour (assessed) and the same colour
blended half-way with white (claimed or contested), plus "No information". The
colours were chosen so that every pair a reader must tell apart stays apart under
simulated deuteranopia, protanopia and tritanopia (Machado, Oliveira and Fernandes
2009, full severity) as well as with normal vision, measured as CIEDE2000 colour
differences in CIELAB (D65):

- fills of different factions, and any fill against "No information": at least 15;
- a faction's assessed fill against its own pale fill: at least 10 (these also differ
  by hatching);
- the flow arrows and the river against every fill: at least 15.

``tests/test_figures.py`` computes these differences and fails if a change breaks
them. Government is red, rebels teal and Kurdish forces gold, as readers of maps of
the war expect; "No information" is a dark grey, because no light grey stays apart
from all three pale fills under every simulation.

Status is never shown by colour alone: claimed and contested districts carry hatching
(see :mod:`dashboard.hatching`), so the difference survives greyscale printing too.
"""

from __future__ import annotations

FACTION_COLORS = {
    "government": "#E80003",  # red
    "rebels": "#41AEB0",  # teal
    "kurdish": "#FEC258",  # gold
}
FACTION_LABELS = {
    "government": "Government and allies",
    "rebels": "Rebels",
    "kurdish": "Kurdish forces (YPG/SDF)",
}
UNKNOWN_COLOR = "#555555"  # dark grey (see above)

STATUS_LABELS = {
    "assessed": "Assessed: independent sources agree, or reported in the outlet's own voice",
    "claimed": "Claimed: asserted by one side only, or denied",
    "contested": "Contested: fighting or partial control reported",
}
# Fill opacity per status (the faction colour blended with white): assessed areas read
# as solid, the others as tentative. The colour-blind checks above assume these values.
STATUS_FILL_OPACITY = {"assessed": 1.0, "claimed": 0.52, "contested": 0.52}
# Hatch line angles in degrees per status (none for assessed). Claimed: one diagonal;
# contested: crossed diagonals, so the two never look alike.
STATUS_HATCH_ANGLES = {"assessed": (), "claimed": (45,), "contested": (45, -45)}
HATCH_COLOR = "#222222"
HATCH_SPACING_M = 90.0

FLOW_COLOR = "#79089E"  # purple, apart from every fill (see above)
CONTEXT_COLORS = {"river": "#2F5BEA", "enclave": "#000000", "citadel": "#000000"}
FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
