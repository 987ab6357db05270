"""How the news names the halves and parts of the divided city.

The gazetteer lists a few spellings of each named area ("eastern Aleppo", "the besieged
east"); reporters combine the same few words in many more ways: a side's hold ("rebel-
held", "regime-controlled"), a direction ("eastern"), and a noun ("neighbourhoods",
"part of the city", "enclave"). This module builds those combinations once, as extra
exact spellings of the gazetteer's areas. They are matched exactly, never fuzzily: a
phrase like "the north" alone is too vague to stand for a place, and is left out.
"""

from __future__ import annotations

from itertools import product

from dashboard.gazetteer import Gazetteer, fold

# The named areas these phrases stand for, by their canonical gazetteer names. An area
# the gazetteer lacks simply gets no phrases.
EAST, WEST = "East Aleppo", "West Aleppo"
NORTH_OF_EAST, SOUTH_OF_EAST = "North of East Aleppo", "South of East Aleppo"

_EAST_HOLDERS = (
    "rebel-held", "rebel held", "rebel-controlled", "opposition-held", "opposition-controlled",
    "insurgent-held", "militant-held", "militant-controlled", "terrorist-held",
    "jihadist-held", "besieged", "rebel", "opposition",
)  # fmt: skip
_WEST_HOLDERS = (
    "government-held", "government held", "government-controlled", "regime-held",
    "regime-controlled", "army-held", "army-controlled", "state-held", "loyalist-held",
    "government", "regime",
)  # fmt: skip
# What a half of the city is called, after its direction ("eastern ...").
_HALF_NOUNS = (
    "aleppo", "aleppo city", "districts", "neighbourhoods", "neighborhoods", "areas",
    "part of the city", "parts of the city", "part of aleppo", "parts of aleppo",
    "half of the city", "side of the city", "sector", "side", "half", "quarters",
    "sections of the city", "suburbs",
)  # fmt: skip
# Names of the east alone, which a part ("the north of ...") can be a part of.
_EAST_WHOLE = (
    "east aleppo", "eastern aleppo", "the east", "the enclave", "the rebel enclave",
    "the besieged enclave", "the opposition enclave", "the eastern neighbourhoods",
    "the eastern neighborhoods", "the eastern districts", "the eastern part of the city",
    "the eastern part of aleppo", "the besieged east", "the rebel-held east",
    "the opposition-held east", "rebel-held east aleppo", "rebel-held eastern aleppo",
    "the besieged eastern districts", "the rebel-held eastern districts", "the pocket",
    "the rebel pocket", "the besieged pocket", "the rebel-held enclave",
    "the city's eastern half", "the city's besieged eastern half", "the besieged eastern half",
    "the eastern half of the city", "aleppo's eastern half", "the city's eastern districts",
    "besieged eastern aleppo", "besieged east aleppo", "opposition-held eastern aleppo",
    # (the rebels' own: "the northern third of their enclave")
    "their enclave", "their besieged enclave", "their pocket", "the rebels' enclave",
    "the opposition's enclave",
)  # fmt: skip
_PART_NOUNS = (
    "part", "parts", "half", "third", "sector", "section", "districts", "neighbourhoods",
    "neighborhoods", "areas", "pocket", "edge", "end", "quarters", "chunk", "portion", "slice",
    "swathe", "swath", "segment",
)  # fmt: skip


def _halves(direction_words: tuple[str, ...], holders: tuple[str, ...]) -> set[str]:
    out = set()
    for direction, noun in product(direction_words, _HALF_NOUNS):
        out.add(f"{direction} {noun}")
        for holder in holders:
            out.add(f"{holder} {direction} {noun}")
    for holder in holders:
        out.add(f"the {holder} {direction_words[0]}")  # "the rebel-held east"
        out.add(f"{holder} {direction_words[0]}")
    return out


def _parts(adjective: str, noun: str) -> set[str]:
    """ "northern part of eastern Aleppo", "the north of the enclave", ..."""
    out = set()
    for whole in _EAST_WHOLE:
        out.add(f"{noun} of {whole}")
        out.add(f"the {noun} of {whole}")
        for part in _PART_NOUNS:
            out.add(f"{adjective} {part} of {whole}")
            out.add(f"the {adjective} {part} of {whole}")
            out.add(f"the entire {adjective} {part} of {whole}")
            out.add(f"the whole {adjective} {part} of {whole}")
    out.add(f"{adjective} east aleppo")
    # "the northern districts" alone: the city's halves are named otherwise ("the western
    # districts" is the west, see _halves), so a part names the east's part
    for part in ("districts", "neighbourhoods", "neighborhoods", "quarters"):
        out.add(f"the {adjective} {part}")
        out.add(f"the rest of the {adjective} {part}")
    out.add(f"{adjective} eastern aleppo")
    # "the entire north", "its whole northern part": the enclave's, in this war's reports
    for lead in ("the entire", "the whole", "its entire", "its whole", "its"):
        out.add(f"{lead} {noun}" if lead.startswith("the") else f"{lead} {adjective} part")
        for part in (
            "part", "half", "third", "sector", "districts", "neighbourhoods", "neighborhoods",
        ):  # fmt: skip
            out.add(f"{lead} {adjective} {part}")
    out.add(f"the whole of the {noun}")
    # "within three days the rest of the north had gone"
    out.add(f"the rest of the {noun}")
    out.update(f"the rest of the {noun} of {whole}" for whole in _EAST_WHOLE)
    # "took all the districts in the north of the enclave"
    for part in ("districts", "neighbourhoods", "neighborhoods", "areas", "quarters"):
        for whole in _EAST_WHOLE:
            out.add(f"the {part} in the {noun} of {whole}")
            out.add(f"all the {part} in the {noun} of {whole}")
    # "the whole north of the enclave"
    out.update(
        f"the {lead} {noun} of {whole}" for lead in ("whole", "entire") for whole in _EAST_WHOLE
    )
    out.update(f"the whole of the {noun} of {whole}" for whole in _EAST_WHOLE)
    # "the enclave's entire northern half", "the rebels' northern districts"
    for part in ("districts", "neighbourhoods", "neighborhoods", "half", "part"):
        out.update(f"the {side}' {adjective} {part}" for side in ("rebels", "insurgents"))
        # "the rebels' northern half of the city"
        out.update(
            f"the {side}' {adjective} {part} of {city}"
            for side in ("rebels", "insurgents")
            for city in ("the city", "aleppo")
        )
    # "the rebel-held north", "the rest of the rebel north"
    for holder in ("rebel-held", "rebel", "opposition-held", "militant-held", "besieged"):
        out.add(f"the {holder} {noun}")
        out.add(f"the rest of the {holder} {noun}")
    for whole in ("the enclave", "the rebel enclave", "the pocket", "the east", "east aleppo"):
        for lead in ("", "entire ", "whole "):
            out.update(f"{whole}'s {lead}{adjective} {part}" for part in ("part", "half"))
            out.add(f"{whole}'s {lead}{noun}")  # "the enclave's entire north"
    return out


def area_phrases(gazetteer: Gazetteer) -> dict[str, str]:
    """Folded phrase -> canonical area name, for the areas this gazetteer has."""
    wanted = {
        EAST: _halves(("east", "eastern"), _EAST_HOLDERS)
        | {phrase for phrase in _EAST_WHOLE if "half" in phrase or "city's" in phrase}
        | {
            "the east of the city",
            "the east of aleppo",
            "east of the city",
            "the enclave",
            "the besieged enclave",
            "the rebel enclave",
            "the opposition enclave",
            "the rebel-held enclave",
            "rebel-held enclave",
            "besieged enclave",
            "rebel enclave",
            "opposition enclave",
            "the rebel pocket",
            "rebel-held territory",
            "opposition-held territory",
        }
        # "the militant-held districts": a side's hold alone names the east in this war
        | {
            f"{article}{holder} {noun}"
            for article in ("", "the ")
            for holder in _EAST_HOLDERS
            if "-" in holder or holder == "besieged"
            for noun in ("districts", "neighbourhoods", "neighborhoods", "areas", "quarters")
        }
        # "the districts still held by the militants" (not "the last few districts held by
        # rebels": a part of the east, so only with the article right before the noun)
        | {
            f"the {noun} {still}{verb} by {the}{side}"
            for noun in (
                "districts",
                "neighbourhoods",
                "neighborhoods",
                "areas",
                "parts of the city",
            )
            for still in ("", "still ")
            for verb in ("held", "controlled")
            for the in ("", "the ")
            for side in (
                "rebels",
                "militants",
                "terrorists",
                "opposition",
                "insurgents",
                "armed groups",
            )
        },
        WEST: _halves(("west", "western"), _WEST_HOLDERS)
        | {
            "the west of the city",
            "the west of aleppo",
            "government-held territory",
            "government-controlled territory",
            "regime-held territory",
            "government-held districts",
            "government-held neighbourhoods",
            "government-held neighborhoods",
            "government-held parts of the city",
            "regime-held neighbourhoods",
            "regime-held neighborhoods",
            "regime-held districts",
            # "areas under the control of the Syrian government"
            *(
                f"{noun} under {control}"
                for noun in ("areas", "districts", "neighbourhoods", "neighborhoods")
                for control in (
                    "government control",
                    "regime control",
                    "army control",
                    "the control of the government",
                    "the control of the syrian government",
                    "the control of the syrian army",
                    "the control of the army",
                )
            ),
        },
        NORTH_OF_EAST: _parts("northern", "north"),
        SOUTH_OF_EAST: _parts("southern", "south"),
    }
    out: dict[str, str] = {}
    for name, phrases in wanted.items():
        if name not in gazetteer:
            continue
        for phrase in sorted(phrases):
            out.setdefault(fold(phrase), name)
            # A sentence's words split "city's" into "city" and "s" (see places._TOKEN).
            if "'s " in phrase:
                out.setdefault(fold(phrase.replace("'s ", " s ")), name)
    return out
