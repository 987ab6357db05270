"""Numeric claims an article makes about the whole: shares of ground lost or held.

"The opposition has lost more than a third of the area it controlled", "the government
now controls over 93 percent of east Aleppo", "20 of the 45 square kilometres": the
timeline sets these beside the areas its map computes. Rows follow CLAIM_COLUMNS.
"""

from __future__ import annotations

import hashlib
import re

from dashboard.articles import Article
from dashboard.extract.actors import find_actors, opposite
from dashboard.extract.dates import find_date_phrases
from dashboard.extract.events import Speaker

_FRACTIONS = {
    "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3, "third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3, "half": 0.5, "a half": 0.5, "one half": 0.5,
    "a quarter": 0.25, "one quarter": 0.25, "quarter": 0.25, "three quarters": 0.75,
    "three-quarters": 0.75, "a fifth": 0.2, "two fifths": 0.4, "a tenth": 0.1,
}  # fmt: skip
_COMPARATORS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "nearly": "about", "almost": "about", "some": "about", "close to": "about",
    "more than": "more_than", "over": "more_than", "at least": "more_than",
    "upwards of": "more_than", "less than": "less_than", "under": "less_than",
    "fewer than": "less_than", "below": "less_than", "only": "exactly", "just": "exactly",
}  # fmt: skip
_Q = (
    r"(?:only\s+|just\s+|still\s+)?"
    r"(?P<q>about|around|roughly|approximately|nearly|almost|some|close\s+to|more\s+than|over|"
    r"at\s+least|upwards\s+of|less\s+than|under|fewer\s+than|below|only|just)?\s*"
)
_FRAC = (
    r"(?P<frac>(?:a|one|two|three)[\s-](?:thirds?|half|quarters?|fifths?|tenth)|half|"
    r"(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:percent|per\s+cent|%))"
)
_EAST = (
    r"(?:what\s+(?:had\s+been|was|were)\s+|(?:the\s+)?former(?:ly)?\s+)?"
    r"(?:the\s+)?(?:rebel-held\s+|opposition-held\s+|besieged\s+)?"
    r"(?:east(?:ern)?\s+aleppo|aleppo(?:'s|’s)\s+east|the\s+east(?:ern\s+(?:part|districts))?|"
    r"east(?:ern)?\s+(?:part|districts|enclave)|the\s+(?:rebel\s+)?enclave|"
    r"the\s+(?:opposition|rebels?)(?:'s|’s|')?\s+(?:former\s+)?(?:stronghold|enclave|territory)|"
    r"(?:the\s+)?(?:rebel|opposition)-held\s+(?:territory|areas?|parts\s+of\s+the\s+city))"
)
_HELD_AREA = (
    r"(?:the\s+)?(?:areas?|territory|ground|land|parts?|districts|neighbou?rhoods)\s+"
    r"(?:(?:it|they|the\s+\w+)\s+)?(?:once\s+|had\s+|previously\s+)?(?:held|controlled|control)"
)
_SIDE = (
    r"(?P<side>rebels?|opposition(?:\s+fighters)?|insurgents|government(?:\s+forces)?|"
    r"regime(?:\s+forces)?|(?:the\s+)?army|troops|forces|pro-government\s+forces|"
    r"kurdish\s+fighters|it|they)"
)
_TAKE = r"(?:captured|retaken|recaptured|taken|seized|regained|retook|took)"
_HOLD = r"(?:controls?|controlled|holds?|held|is\s+in\s+control\s+of|are\s+in\s+control\s+of)"
_KM = r"(?:square\s+kilomet(?:re|er)s|km2|sq\s*km)"
_CONFINED = (
    r"(?:(?:are|is|were|was)\s+(?:now\s+)?)?(?:confined|squeezed|trapped|penned)\s+(?:in)?to\s+"
    r"(?:an?\s+)?(?:\w+\s+){0,3}?(?:of\s+)?"
)
_FEW = r"(?:\w+\s+){0,5}?"

_PATTERNS = [
    # "rebels have lost more than a third of the area they controlled"
    (
        "lost_share",
        "subject",
        rf"\b{_SIDE}\s+{_FEW}(?:lost|ceded)\s+{_Q}{_FRAC}\s+of\s+{_HELD_AREA}",
    ),
    # "driven rebels from a third of the areas they held"
    (
        "lost_share",
        "object",
        rf"\b(?:driven|drove|pushed|expelled|ousted)\s+{_SIDE}\s+(?:out\s+)?(?:of|from)\s+"
        rf"{_Q}{_FRAC}\s+of\s+{_HELD_AREA}",
    ),
    # "cut the area held by rebels by a third"
    (
        "lost_share",
        "holder",
        rf"\b(?:cut|reduced|shrunk|shrank)\s+the\s+(?:area|territory|enclave)\s+"
        rf"(?:held|controlled)\s+(?:by\s+(?:the\s+)?{_SIDE}\s+)?by\s+{_Q}{_FRAC}",
    ),
    # "the army has retaken 20 of the 45 square kilometres the rebels held"
    (
        "lost_share",
        "winner",
        rf"\b{_SIDE}\s+{_FEW}(?:{_TAKE}|controls?)\s+{_Q}(?P<num>\d+(?:\.\d+)?)\s+"
        rf"(?:out\s+)?of\s+(?:the\s+)?(?P<den>\d+(?:\.\d+)?)\s+{_KM}",
    ),
    # "bringing the total area of east Aleppo lost by rebels to 60 percent"
    (
        "lost_share",
        "object",
        rf"\b(?:area|territory|share)\s+(?:of\s+(?:\w+\s+){{0,3}}?)?lost\s+by\s+(?:the\s+)?{_SIDE}\s+"
        rf"to\s+{_Q}{_FRAC}",
    ),
    # "rebels now control only about 25 percent of the territory they held": the rest is lost
    (
        "lost_share",
        "remaining",
        rf"\b{_SIDE}\s+{_FEW}(?:{_HOLD}|control|retains?|keeps?)\s+{_Q}{_FRAC}\s+of\s+"
        rf"{_HELD_AREA}",
    ),
    # "the army has retaken / now controls 93 percent of east Aleppo"
    (
        "held_share_of_east",
        "subject",
        rf"\b{_SIDE}\s+{_FEW}(?:{_HOLD}|{_TAKE})\s+{_Q}{_FRAC}\s+of\s+{_EAST}",
    ),
    # "rebels hold about 10 square kilometres"
    (
        "area_km2",
        "subject",
        rf"\b{_SIDE}\s+{_FEW}(?:{_HOLD}\s+|control\s+|{_CONFINED}){_Q}(?P<km>\d+(?:\.\d+)?)\s+{_KM}",
    ),
]
# Every claim names a fraction, a percentage or a number: sentences without are skipped.
# Every claim has a fraction, a percentage or square kilometres: other sentences are skipped.
_MEASURE_WORDS = (
    "third", "half", "quarter", "fifth", "tenth", "percent", "per cent", "%", "kilomet", "km",
)  # fmt: skip
_MEASURE_HINT = re.compile("|".join(re.escape(w) for w in _MEASURE_WORDS))
_COMPILED = [(measure, role, re.compile(p, re.I)) for measure, role, p in _PATTERNS]


_HELD_BEFORE = re.compile(r"(?i)\b(?:held|controlled|control|had|once)\s+$")
_INVERTED = {"more_than": "less_than", "less_than": "more_than"}


def _side(word: str | None, sentence: str, start: int) -> str:
    if not word:
        return ""
    word = word.lower()
    if word in ("it", "they"):
        actors = [a for a in find_actors(sentence[:start])]
        return actors[-1].value if actors else ""
    actors = find_actors(word)
    return actors[0].value if actors else ""


def _value(match: re.Match) -> float | None:
    groups = match.groupdict()
    if groups.get("num") and groups.get("den"):
        den = float(groups["den"])
        return float(groups["num"]) / den if den else None
    if groups.get("km"):
        return float(groups["km"])
    if groups.get("pct"):
        return float(groups["pct"]) / 100
    frac = " ".join((groups.get("frac") or "").lower().replace("-", " ").split())
    frac = re.sub(r"s$", "", frac) if frac not in _FRACTIONS else frac
    return _FRACTIONS.get(frac, _FRACTIONS.get(frac + "s"))


def _comparator(match: re.Match) -> str:
    q = " ".join((match.groupdict().get("q") or "").lower().split())
    if q:
        return _COMPARATORS.get(q, "about")
    # An unqualified "a third" is a round figure; an unqualified percentage is exact.
    exact = ("pct", "km", "den")
    return "exactly" if any(match.groupdict().get(g) for g in exact) else "about"


def code_claims(article: Article, sentences: list[tuple[int, str, list, str]]) -> list[dict]:
    """Claims (CLAIM_COLUMNS dicts) in reading order.

    ``sentences`` are (index, text, speakers, claimant before it) as the event coder
    found them, so that attribution is the same for claims as for events.
    """
    out: list[dict] = []
    for n, sentence, speakers, previous_claimant in sentences:
        low = sentence.lower()
        if not _MEASURE_HINT.search(low):
            continue
        if not speakers and sentence[:1] in "\"“'‘":
            # A quotation continuing the last speaker's words.
            speakers = [Speaker(0, 0, previous_claimant, (0, 0))]
        for measure, role, regex in _COMPILED:
            for m in regex.finditer(sentence):
                value = _value(m)
                if value is None:
                    continue
                named = _side(m.groupdict().get("side"), sentence, m.start())
                comparator = _comparator(m)
                if role == "remaining":
                    value = 1 - value
                    comparator = _INVERTED.get(comparator, comparator)
                if role in ("object", "remaining") or (
                    role == "subject" and measure != "lost_share"
                ):
                    faction = named
                elif role == "holder":
                    faction = named or "rebels"
                elif role == "winner":
                    faction = opposite(named) if named else ""
                else:
                    faction = named
                if not faction:
                    continue
                before = [s for s in speakers if s.end <= m.start() or s.start >= m.end()]
                claimant = before[0].claimant if before else ""
                # Not "the area it held in November": a phrase inside the claim, or just
                # after a holding, dates the holding, not the claim.
                phrases = [
                    p
                    for p in find_date_phrases(sentence)
                    if not m.start() <= p.start < m.end() + 3
                    and not _HELD_BEFORE.search(sentence, max(0, p.start - 16), p.start)
                ]
                span = phrases[0].resolve(article.published) if phrases else None
                if phrases and phrases[0].is_history(article.published):
                    continue
                day = (span[1] if span else article.published).isoformat()
                key = f"{article.file}|{n}|{measure}|{faction}|{value:.4f}"
                out.append(
                    {
                        "claim_id": "cl-" + hashlib.sha1(key.encode()).hexdigest()[:12],
                        "article": article.file,
                        "published": article.published.isoformat(),
                        "date": day,
                        "claimant": claimant,
                        "faction": faction,
                        "measure": measure,
                        "comparator": comparator,
                        "value": round(value, 4),
                        "phrase": m.group(0),
                        "evidence": sentence,
                    }
                )
    return _dedupe(out)


def _dedupe(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        if row["claim_id"] not in seen:
            seen.add(row["claim_id"])
            out.append(row)
    return out
