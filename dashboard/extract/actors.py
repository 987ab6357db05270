"""Who acts and who speaks: the lexicons of fighting sides and of claimants.

Actors are the three sides that can hold ground (government, rebels, kurdish). Claimants
are the sources an article cites, normalised to a small fixed vocabulary so that the
timeline can group them into independent sides with :func:`claimant_side`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dashboard.extract.matching import PatternSet

# Word patterns naming a fighting side. Order matters only for overlapping matches: the
# longest match at a position wins (see find_actors).
_ACTOR_PATTERNS: dict[str, list[str]] = {
    "government": [
        r"(?:pro-?)?(?:syrian\s+)?(?:government|regime|loyalists?|army|military)(?:\s+and\s+(?:its|their)\s+allies)?",
        # the UN's "Government of Syria (GoS) forces"
        r"government\s+of\s+syria(?:\s+\(gos\))?(?:\s+forces)?|gos(?:\s+forces)?",
        r"russian(?:-backed)?\s+(?:forces|troops|special\s+forces|jets|warplanes|aircraft)",
        r"(?:iran|russia|moscow|tehran)-backed\s+(?:militias?|fighters|forces|troops)",
        r"assad\s+loyalists|regime(?:'s|’s)\s+(?:forces|troops|army)",
        r"pro-(?:government|regime|damascus|assad)",
        r"(?:syrian|government|regime|loyalist|assad(?:'s|’s)?|pro-\w+)\s+(?:forces|troops|soldiers|fighters|units|militias?|militiamen|army)",
        # SOHR's "the loyal gunmen": the government's auxiliaries, not rebel gunmen
        r"(?:the\s+)?(?:loyal|loyalist|pro-regime|pro-government)\s+(?:gunmen|militias?|fighters)",
        r"syrian\s+(?:arab\s+)?army",
        r"army",
        r"soldiers",
        r"troops",
        r"forces\s+loyal\s+to\s+(?:(?:syrian\s+)?(?:president|dictator)\s+)?(?:bashar\s+)?(?:al-)?assad",
        r"(?:bashar\s+)?(?:al-)?assad(?:'s|’s)\s+(?:armed\s+)?forces",
        r"hezbollah|hizballah|hizbollah",
        # "Aleppo's Old City falls to Assad" (the man alone elsewhere is a speaker)
        r"(?<=\bto\s)(?:president\s+)?(?:bashar\s+)?(?:al-)?assad\b(?!['’])",
        r"tiger\s+forces?|republican\s+guard|liwa\s+al-quds|nujaba|national\s+defen[cs]e\s+forces|ndf",
        r"(?:iranian|iraqi|afghan|shia|shiite|allied)(?:-backed)?\s+(?:militias?|fighters|forces)",
        r"militia\s+allies|allied\s+militias",
        # Aleppo's reporting calls the government's auxiliaries "militiamen", "the militias"
        r"militiamen",
        r"(?<=\bthe\s)militias\b",
        r"damascus",
        r"saa",
    ],
    "rebels": [
        r"rebels?",
        r"rebel\s+(?:forces|fighters|groups?|factions?|units|brigades)",
        r"(?:armed\s+)?opposition(?:\s+(?:forces|fighters|groups?|factions?))?",
        r"insurgents?|militants?|jihadists?|gunmen|terrorists?|islamists?|revolutionaries|mercenaries|thuwar",
        r"anti-(?:government|regime|assad)\s+(?:forces|fighters|rebels|groups?|militias?)",
        r"fatah\s+halab|army\s+of\s+conquest|harakat\s+nour|thuwar\s+halab",
        r"armed\s+groups?",
        r"mercenary\s+(?:groups?|factions?|fighters|gangs?)|(?:terrorist|armed)\s+gangs?",
        r"(?:armed\s+|rebel\s+|opposition\s+)?factions",
        r"free\s+syrian\s+army|fsa",
        r"nour\s+al[-\s]?d(?:ee|i)n\s+al[-\s]?zinki|nureddin\s+al[-\s]?zinki|nour\s+al[-\s]?din\s+al[-\s]?zenki|al[-\s]?zinki|zenki",
        r"jabhat\s+(?:fateh|fatah)\s+al[-\s]?sham|jabhat\s+al[-\s]?nusra|al[-\s]?nusra(?:\s+front)?|nusra\s+front|fateh\s+al[-\s]?sham",
        r"failaq\s+al[-\s]?sham|jaish\s+halab|"
        r"ahrar\s+al[-\s]?sham|jaish\s+al[-\s]?(?:islam|fatah|mujahideen)|fastaqim(?:\s+kama\s+umirt)?|levant\s+front|al[-\s]?jabha\s+al[-\s]?shamiya|sultan\s+murad|"
        r"(?:jaish\s+)?fat(?:a|e)h\s+hal(?:a|e)b",
    ],
    "kurdish": [
        r"kurdish(?:-led)?\s+(?:fighters|forces|militias?|militiamen|units|troops|rebels|ypg)",
        # "self-defence units", "Kurdish Self-Management forces"
        r"(?:kurdish\s+)?self-defen[cs]e\s+(?:units|forces)|"
        r"kurdish\s+self-(?:management|administration)\s+forces",
        r"kurds",
        # Turkish outlets' "the PYD/PKK" for the YPG and the party that leads it
        r"pyd(?:\s*/\s*pkk)?|pkk(?:\s*/\s*pyd)?",
        r"ypg|ypj|sdf|asayish|syrian\s+democratic\s+forces|people(?:'s|’s)\s+protection\s+units|women(?:'s|’s)\s+protection\s+units",
    ],
}

# An actor word directly followed by these describes a place ("rebel-held", "the
# government-controlled west"); it names nobody who acted.
# A bare adjective before a space does the same ("rebel held areas"); a plural noun is
# a subject ("government forces held X").
_DESCRIPTOR_AFTER = re.compile(r"^\s*-\s*(?:held|controlled|run|led|besieged|dominated)\b", re.I)
_DESCRIPTOR_SPACED = re.compile(r"^\s+(?:held|controlled|run|led|besieged|dominated)\b", re.I)
_GENERIC_MEN = {
    "fighters", "militants", "gunmen", "units", "forces", "mercenaries", "men", "militiamen",
}  # fmt: skip
_OF_GROUP = re.compile(r"(?i)\s+(?:of|from)\s+(?:the\s+)?")
# "the terrorist organisation PKK/PYD": a label a side's enemies give the group named
# after it, no side of its own
_LABEL_GROUP = re.compile(r"(?i)\s+(?:organi[sz]ations?|groups?|militias?)\s+(?:the\s+)?")
_LABELS = {"terrorist", "terrorists"}
_VERB_OBJECT = re.compile(
    r"(?i)\s+(?:held|controlled|run|besieged)\s+(?:the|all|most|much|its|their|every|both)\b"
)
_ADJECTIVES = {"rebel", "government", "regime", "opposition", "kurdish", "ypg"}

_ACTOR_SET = PatternSet(
    [(rf"\b(?:{p})\b", re.I, side) for side, patterns in _ACTOR_PATTERNS.items() for p in patterns]
)


class Mention(NamedTuple):  # a tuple: quick to make
    start: int
    end: int
    value: str  # the normalised actor or claimant
    text: str


def find_actors(sentence: str) -> list[Mention]:
    """Every mention of a fighting side, left to right, without place descriptors."""
    out: list[Mention] = []
    for hit in _ACTOR_SET.longest(sentence):
        after = sentence[hit.end : hit.end + 16]
        if _DESCRIPTOR_AFTER.match(after):
            continue
        if (
            _DESCRIPTOR_SPACED.match(after)
            and hit.match.group(0).lower() in _ADJECTIVES
            # ("the regime held the entire north": a verb with its object, not "regime
            # held areas")
            and not _VERB_OBJECT.match(sentence, hit.end)
        ):
            continue
        if sentence[max(0, hit.start - 5) : hit.start].lower() == "anti-":
            continue  # "anti-government protests": the word names no side that acted
        out.append(Mention(hit.start, hit.end, hit.payload, hit.match.group(0)))
    # "fighters of the People's Protection Units (YPG)": the group named after "of" is
    # the side; the generic word before it names none of its own
    return [
        m
        for i, m in enumerate(out)
        if not (
            i + 1 < len(out)
            and (
                (
                    m.text.lower() in _GENERIC_MEN
                    and _OF_GROUP.fullmatch(sentence, m.end, out[i + 1].start)
                )
                or (
                    m.text.lower() in _LABELS
                    and _LABEL_GROUP.fullmatch(sentence, m.end, out[i + 1].start)
                )
            )
        )
    ]


# Claimants: each pattern maps to one normalised name. Checked in order, first hit wins
# at a position, so specific names come before generic words.
CLAIMANT_PATTERNS: list[tuple[str, str]] = [
    (
        r"syrian\s+observatory(?:\s+for\s+human\s+rights)?|\bsohr\b|\bosdh\b|observatory(?:'s|’s)?|rami\s+abdul?(?:-|\s)?rahman|rami\s+abdel\s+rahman|abdul?(?:-|\s)?rahman|abdel\s+rahman|(?:britain|uk)-based\s+monitor|war\s+monitor|monitor(?:ing\s+group)?",
        "SOHR",
    ),
    (
        r"russian\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|reconciliation\s+cent(?:er|re)|cent(?:er|re)\s+for\s+(?:the\s+)?reconciliation|defen[cs]e\s+(?:chiefs|officials))|russia(?:'s|’s)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|(?:reconciliation\s+)?cent(?:er|re)(?:\s+for\s+(?:the\s+)?reconciliation)?)|konashenkov|moscow|kremlin",
        "Russian defence ministry",
    ),
    (
        r"pro-(?:regime|government|damascus|assad)\s+(?:media(?:\s+outlets?)?|outlets?|television|tv|newspaper|daily)|al[-\s]?watan|al[-\s]?masdar|al[-\s]?manar|al[-\s]?mayadeen|hezbollah(?:'s|’s)?\s+(?:media|television|tv)|military\s+media\s+unit|war\s+media",
        "pro-government media",
    ),
    (
        r"syrian\s+arab\s+news\s+agency|(?:syrian\s+)?state(?:-run)?\s+(?:media|television|tv|news\s+agency|broadcaster)|\bsana\b|official\s+(?:sana\s+)?news\s+agency|regime\s+media|government\s+media|state\s+broadcaster|syrian\s+(?:tv|television)|al[-\s]?ikhbariya|"
        # ("regime television", "the regime's official television", "regime-run media",
        # "the Syrian official television")
        r"regime(?:['’]s|-run|-controlled)?\s+(?:official\s+)?(?:media|television|tv|news\s+agency)|"
        r"(?:syrian\s+)?official\s+(?:television|tv|media)",
        "Syrian state media",
    ),
    (
        r"(?:syrian\s+)?army\s+(?:command|statement|spokesman|source|officer)|military\s+(?:source|statement|spokesman|official|commander|officer)|(?:syrian\s+)?army\s+general\s+command|(?:the\s+)?general\s+command(?:\s+of\s+the\s+(?:syrian\s+)?(?:army|armed\s+forces)(?:\s+and\s+(?:the\s+)?armed\s+forces)?)?|syrian\s+(?:army|military)|(?:army|military)\b|(?:syrian\s+)?(?:army|military)(?=\s+(?:said|says|announced|claimed|reported|stated|confirmed))",
        "Syrian army",
    ),
    (
        r"(?:fighter|commander|militiaman)\s+(?:on|from)\s+the\s+(?:government|regime)\s+side|pro-(?:government|regime)\s+(?:fighter|commander|militiaman|militia\s+commander)|hezbollah\s+(?:commander|fighter|official)",
        "pro-government fighter",
    ),
    (
        r"russian\s+(?:officials?|government|foreign\s+ministry|foreign\s+minister|president|envoy|diplomats?)|sergei\s+lavrov|lavrov|vladimir\s+putin|putin|dmitry\s+peskov|peskov|vitaly\s+churkin|churkin",
        "Russian government",
    ),
    (
        r"foreign\s+minister\s+walid\s+(?:al-)?mu?all?em|walid\s+(?:al-)?mu?all?em|syrian\s+government|government(?=\s+said)|syrian\s+(?:officials?|foreign\s+ministry)|damascus|president\s+(?:bashar\s+)?(?:al-)?assad|bashar\s+(?:al-)?assad|governor\s+of\s+aleppo|aleppo(?:['’]s)?\s+governor|governor\s+hussein\s+diab|hussein\s+diab",
        "Syrian government",
    ),
    (
        r"(?:spokes(?:man|woman|person)|official|commander|leader)\s+(?:for|of|with|from)\s+(?:the\s+)?(?:syrian\s+democratic\s+forces|sdf|ypg|ypj|kurdish(?:-run|-led)?(?:\s+(?:local\s+)?(?:council|administration|authorities|self-administration))?)|"
        r"syrian\s+democratic\s+forces|(?:pyd|ypg|ypj|sdf|asayish)(?:\s+(?:official|spokesman|commander|party|leader|general\s+command|statement))?|kurdish\s+(?:official|spokesman|commander|leader|party|source|officials|sources|forces\s+said)|(?:kurdish\s+)?self-administration|kurdish(?:-run|-led)?\s+(?:local\s+)?(?:council|administration|authorities)|salih\s+muslim|hawar\s+news|\banha\b",
        "Kurdish official",
    ),
    (
        r"local\s+council|opposition\s+(?:official|politician|coalition|spokesman|leader)|syrian\s+national\s+coalition|high\s+negotiations\s+committee|civil\s+defen[cs]e|white\s+helmets|rescue\s+workers?|doctors?\s+in\s+east",
        "opposition official",
    ),
    (
        r"(?:spokes(?:man|woman|person)|official|commander|leader)\s+(?:for|of|with|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:rebel|opposition|islamist|jihadist)\s+(?:group|faction|brigade|alliance|coalition)|"
        r"opposition\s+(?:commander|fighter|fighters|commanders|source|sources|military\s+(?:official|commander|source))|rebel\s+(?:official|commander|spokesman|source|officials|leader|group|fighter|fighters|commanders|sources|spokesmen)|"
        # (what pro-government outlets call the rebels' own voices)
        r"(?:militant|terrorist|jihadist|insurgent)s?['’]?\s+(?:sources?|spokesm[ae]n|commanders?|officials?|leaders?|groups?)|(?:official|commander|spokesman|leader|member|fighter)\s+(?:of|from|with|in)\s+(?:the\s+)?(?:rebel|opposition)|free\s+syrian\s+army|\bfsa\b|nour\s+al[-\s]?d(?:ee|i)n\s+al[-\s]?zinki|nureddin\s+al[-\s]?zinki|al[-\s]?zinki|zenki|jabhat\s+fateh\s+al[-\s]?sham|ahrar\s+al[-\s]?sham|jaish\s+al[-\s]?(?:islam|fatah|mujahideen)|fastaqim|levant\s+front|al[-\s]?jabha\s+al[-\s]?shamiya|(?:jaish\s+)?fat(?:a|e)h\s+hal(?:a|e)b|rebels?|(?:armed\s+)?opposition\s+(?:fighters|factions|groups?)|insurgents?|(?:the\s+)?factions",
        "rebel official",
    ),
    (
        r"(?:opposition\s+|local\s+|syrian\s+)?activists?|(?:opposition(?:-run)?\s+)?aleppo\s+media\s+cent(?:er|re)",
        "activists",
    ),
    # (a voice the map cannot place on a side: cited, confirming nothing; see
    # timeline.sources.side_of)
    (r"(?:local\s+)?residents|(?:a|one)\s+resident", "residents"),
    (
        r"united\s+nations|(?-i:UN)\b|(?-i:U\.N\.)|unicef|ocha|world\s+food\s+programme|staffan\s+de\s+mistura|de\s+mistura|jan\s+egeland|egeland|stephen\s+o'?brien",
        "UN",
    ),
    # (the Red Cross is no UN body: its figures are its own)
    (
        r"international\s+committee\s+of\s+the\s+red\s+cross|red\s+cross|icrc|syrian\s+arab\s+red\s+crescent|red\s+crescent|sarc",
        "Red Cross / Red Crescent",
    ),
    (
        r"(?:united\s+states|(?-i:US)|u\.s\.|american|turkish|turkey|french|france|british|german|iranian|iran)\s+(?:officials?|government|(?:foreign\s+)?ministry|(?:foreign\s+)?minister|president|secretary\s+of\s+state|envoy)|state\s+department|washington|ankara|tehran|john\s+kerry|kerry",
        "foreign government",
    ),
]
_CLAIMANT_SET = PatternSet([(rf"\b(?:{p})", re.I, name) for p, name in CLAIMANT_PATTERNS])

CLAIMANT_SIDES = {
    "SOHR": "monitor",
    "Syrian state media": "government",
    "Syrian army": "government",
    "Syrian government": "government",
    "pro-government fighter": "government",
    "pro-government media": "government",
    "Russian defence ministry": "government",
    "Russian government": "government",
    "rebel official": "rebels",
    "opposition official": "rebels",
    "activists": "rebels",
    "Kurdish official": "kurdish",
    "UN": "international",
    "Red Cross / Red Crescent": "international",
    "foreign government": "foreign",
    "": "media",
}


def claimant_side(claimant: str) -> str:
    """The side a claimant speaks for: government, rebels, kurdish, monitor, international,
    foreign, or media (the outlet's own voice, and any claimant not in the vocabulary).

    Claims from the same side are not independent confirmations of one another; the
    timeline uses this to tell a dispute from an echo. (The timeline puts a claimant
    outside this vocabulary on no known side: quoting someone is not the outlet vouching
    for it. See dashboard/methodology.md.)
    """
    return CLAIMANT_SIDES.get(claimant, "media")


def find_claimants(text: str, offset: int = 0) -> list[Mention]:
    """Claimant mentions in ``text``, left to right, without overlaps."""
    hits: list[Mention] = []
    for hit in _CLAIMANT_SET.longest(text):
        if _DESCRIPTOR_AFTER.match(text[hit.end : hit.end + 16]):
            continue
        hits.append(Mention(hit.start + offset, hit.end + offset, hit.payload, hit.match.group(0)))
    return hits


def opposite(actor: str) -> str:
    """The side that gains when ``actor`` loses ground in this offensive's two-sided fight."""
    return {"rebels": "government", "government": "rebels"}.get(actor, "")
