"""Code one article's sentences into events: who did what, where, when, says whom.

The coder works sentence by sentence, in order, carrying a little article state: the
places named so far (for "the district", "both districts"), the last claimant (for "he
said"), the last fighting side (for "the fighting moved to ..."), and the dated events
(so that a later mention without a date, "the capture of X", keeps the earlier date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from dashboard.articles import Article
from dashboard.extract import lexicon
from dashboard.extract.actors import Mention, claimant_side, find_actors, find_claimants, opposite
from dashboard.extract.areas import NORTH_OF_EAST, SOUTH_OF_EAST
from dashboard.extract.dates import HISTORY_DAYS, DatePhrase, find_date_phrases
from dashboard.extract.places import (
    APPOSITION,
    AUXILIARY,
    LIST_GAP,
    PlaceIndex,
    PlaceMention,
    ReviewItem,
    find_places,
    may_name_a_place,
)
from dashboard.extract.sentences import split_sentences

FIGHTING_SIDES = ("government", "rebels", "kurdish")
# Whole-city halves are too coarse to be "contested": every day of the offensive is
# fighting in East Aleppo. Only their parts (north, south, Old City) are coded.
TOO_COARSE_TO_CONTEST = {"East Aleppo", "West Aleppo"}
STOPPING = ("control_change", "contested", "denial")  # event words that end another's reach
MAX_GAP_AFTER = 75  # characters between an event word and its first place
MAX_GAP_BEFORE = 45  # characters between a place and a passive event word after it
# A denial's place may stand further off: "dismissed reports by a number of Western media
# outlets claiming that militants had recaptured positions in X".
MAX_GAP_DENIED = 200

PARTIAL = re.compile(
    # ("the quarters of X" are its neighbourhoods; "three quarters of X" is a share.)
    r"\b(?:(?:a|one|two)\s+thirds?|thirds?|half|(?:a|one|three)\s+quarters?|parts?|most|much|some|"
    r"sections?|sectors?|flanks?|areas|swathes|majority|blocks|buildings|streets|ground|percent|"
    r"per\s+cent|"
    r"cent(?:re|er)|heart|middle|core|"
    r"(?:a\s+)?(?:sliver|corner|fraction|handful|pocket)|"
    r"(?:nearly|almost|virtually|practically)\s+all)\s+(?:of|in)\b"
    r"|%|\b(?:edges?|outskirts|fringes?|perimeter|entrances?|positions|outer)\b",
    re.I,
)
_COREF_ONE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:entire|whole|hilltop|strategic|key|besieged|embattled|battered|"
    r"devastated|ruined|contested|sprawling)\s+)?(?:district|neighbou?rhood|quarter|hill)\b"
    r"(?!\s+of\b)",
    re.I,
)
# (not "the two neighbourhoods of X and Y": they are named after it)
_COREF_TWO = re.compile(
    r"\b(?:both|the\s+two)\s+(?:districts|neighbou?rhoods|quarters|areas)\b(?!\s+of\b)", re.I
)
_BOTH_ALONE = re.compile(
    r"(?i)\b(?:control\s+of|of|took|taken|captured|seized|retook|entered|secured)\s+[\"“”]?"
    r"(both)\b(?=\s*[\"“”]?\s*(?:[.,;]|$))"
    # "... and claimed both had been "liberated"": "both" the subject of a capture
    r"|(?<=\s)(both)(?=\s+(?:had|have|were|are)\s+(?:been\s+|now\s+)?[\"“]?(?:re-?)?"
    r"(?:liberated|captured|taken|seized|secured|cleared|overrun)\b)"
)
# The words before "it" or "them" that make the pronoun a place: "recaptured it",
# "withdrew from them"; and those for one of the two ("declared it secured", "handed it to
# the Kurds"; "entered X, Y and Z and cleared them").
_PLACE_PRONOUN_VERBS = (
    r"captured|recaptured|retook|regained|seized|took|retaken|taken|lost|lose|liberated|secured|"
    r"stormed|entered|overran|control\s+of|inside|into|losing|abandoned|abandoning|won|"
    r"(?:withdr(?:ew|awn|awing)|retreated|pulled\s+out|expelled|driven|pushed|forced|ousted)\s+from"
)
_IT_VERBS = rf"(?:{_PLACE_PRONOUN_VERBS}|declared|handed|handing|out\s+of)"
_THEM_VERBS = rf"(?:{_PLACE_PRONOUN_VERBS}|cleared)"
# "recaptured it": the pronoun stands for the last place named.
# ("overran all of it")
_IT_OBJECT = re.compile(rf"\b{_IT_VERBS}\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?(it)\b", re.I)
_IT_WORD = re.compile(r" it\b")  # a literal start: quick to search for
_GROUND_NOUN = re.compile(r"(?i)\b(?:territory|ground|land|town|village|city)\b")
# Words every match of _WHOLE_CITY and _CITY_SUBJECT holds (lower-cased): tests first.
_WHOLE_WORDS = ("all", "whole", "entire", "rest", "control", "security", "stability", "safety")
_HELD_WORDS = ("under", "hands", "liberated", "secured", "retaken", "recaptured")
_PLURAL_NOUNS = ("neighbourhoods", "neighborhoods", "districts", "quarters")
# "entered X, Y and Z and cleared them": the plural stands for the last list named.
_THEM_OBJECT = re.compile(rf"\b{_THEM_VERBS}\s+(them)\b", re.I)
# "the districts": the plural stands for the last list named, like "them".
_THE_PLURAL = re.compile(
    r"\b(?:the|these|those|all\s+the)\s+(?:neighbou?rhoods|districts|quarters)\b(?!\s+of\b)",
    re.I,
)
# Control of "Aleppo" or "the whole city": the government held the west throughout, so
# this names the east.
_WHOLE_CITY = re.compile(
    r"\b(?:(?:all|the\s+(?:whole|entirety|rest))\s+of\s+(?:the\s+city\s+of\s+)?|"
    r"the\s+(?:whole|entire)\s+(?:city\s+of\s+)?|"
    r"control[\"”’']?\s+(?:of|over)\s+(?:the\s+city\s+of\s+)?|"
    # ("had "restored security and stability" to Aleppo")
    # ("the "return of security and safety" to the city of Aleppo")
    r"(?:security|stability|safety)[\"”’']?\s+(?:to|in)\s+(?:the\s+city\s+of\s+)?)"
    r"(Aleppo|the\s+city)\b(?!['’]s|\s+(?:city\s+)?(?:province|countryside|governorate)|"
    # ("control of the city of Palmyra": another city)
    r"\s+of\s+(?!aleppo\b))",
    re.I,
)
# "Aleppo is back under its control", "Aleppo has been liberated": the city as subject.
_CITY_SUBJECT = re.compile(
    r"\bAleppo(?=\s+(?:city\s+)?(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:(?:now|back|fully|completely|entirely|finally)\s+)*"
    r"(?:under\b|in\s+(?:the\s+)?hands\b|liberated\b|secured\b|retaken\b|recaptured\b))"
)
_CONTAINER = re.compile(
    r"\b(?:districts?|neighbou?rhoods?|areas?|parts?|positions|villages?|buildings)\b"
    # ("a string of neighbourhoods in the south of Aleppo's rebel enclave")
    r".*\b(?:in|of|across|inside)\s+(?:the\s+)?(?:aleppo['’]s\s+)?$",
    re.I,
)
_NOT_MOVERS = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|wounded|injured)\b",
    re.I,
)
_INCLUDING = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s*$", re.I)
_DIGIT = re.compile(r"\d")
_TOLL_WORDS = ("kill", "dead", "death", "wound", "injur")
# What _coref_mentions can resolve: "the district", "took it", "all of Aleppo".
# (Searched in the lower-cased sentence, as _DENIAL_HINT is: without IGNORECASE the
# regex engine skips ahead to where a first letter can match, many times faster.)
_COREF_HINT = re.compile(
    rf"district|neighbou?rhood|quarter|areas|\sthem\b|{_IT_VERBS}\s+it\b|"
    r"(?:all|whole|entire|entirety|rest|control|security|stability|safety)[\"”’']?\s+"
    r"(?:of\s+|over\s+|to\s+|in\s+)?(?:the\s+city\s+of\s+)?"
    r"(?:aleppo|the\s+city)|aleppo\s+(?:city\s+)?(?:is|was|has\s+been|had\s+been)\b|"
    rf"{lexicon.PUSHED_BACK_VERBS}\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:back|out)\b"
)
# Every match of _COREF_HINT holds one of these (lower-cased): a cheap test first; the
# nouns alone are matches.
_COREF_NOUNS = ("district", "neighbourhood", "neighborhood", "quarter", "areas", "hill")
_COREF_WORDS = (
    "distr", "neighbo", "quarter", "area", " it", "aleppo", "city", " back", " out", " them",
)  # fmt: skip
# "pushed the troops back": "back" stands for the place the troops had reached.
_BACK = re.compile(
    rf"\b{lexicon.PUSHED_BACK_VERBS}\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(back|out)\b(?!\s+(?:to|into|towards|from|of)\b)",
    re.I,
)
# "fled the fighting in X": X is where they fled from.
_FROM_FIGHTING = re.compile(
    r"^\s*(?:\w+\s+)?(?:the\s+)?(?:heavy\s+|fierce\s+)?"
    r"(?:fighting|clashes|bombardment|bombing|shelling|violence|battles?)\s+"
    r"(?:in|around|inside)\s+(?:the\s+)?$",
    re.I,
)
# "rebel-held X fell": the holder named in the descriptor lost it.
_HELD_BY = re.compile(r"\b(rebels?|opposition|government|regime)-(?:held|controlled)\b", re.I)
_COORDINATED = re.compile(r"\band\s+(?:\w+ly\s+|then\s+)?$", re.I)
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b", re.I)
_WHICH_VERB = re.compile(
    r"(?i),\s*(?:which|who)\s+(?:(?:had|has|have|then|later|also|quickly|quietly|swiftly)\s+)*$"
)
_SIDE_THEN_WHICH = re.compile(r"[\w'’-]*\)?\s*(?:\([^()]{1,40}\))?\s*")
_BARE_ABANDONED = re.compile(r"(?i)abandoned$")
# What may stand before a place that opens its clause as the subject
_OPENS_CLAUSE = re.compile(
    r"(?i)[\s\"“'‘]*(?:(?:and|but|then|meanwhile)\s+)?"
    r"(?:(?:on\s+\w+day|overnight|yesterday|today|by\s+\w+day)\s*,?\s*)?(?:the\s+)?"
)
_WHERE = re.compile(r"(?i)(?<![,\s])\s+where\b")
_COMMA_PART = re.compile(r"[^,]+")
_CLOSES = re.compile(
    # (after the outlet told: "..., a rebel commander told CNN.")
    r"(?:\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}(?=\s*[,.;]))?"
    # (not "declared in a statement read on television that ...": the report follows)
    r"\s*(?:[,.;:)\"”’]|$|(?:\s*(?:in\s+a\s+statement|on\s+\w+day|late\s+on\s+\w+day))+"
    r"\s*(?:[,.;:]|$))"
)
_ITS_PEOPLE = re.compile(r"\bits\s+(?:residents|inhabitants|people|population)\b", re.I)
# A comma-separated aside after a speaker: a relative clause or a participle phrase.
_ASIDE = re.compile(
    r"\s*(?:which|who|whose|where|speaking|asking|citing|adding|himself|"
    r"herself|based\s+in|quoted|"
    # ("Russia's Defence Ministry, meanwhile, claimed", "..., in a statement on Monday, said")
    r"meanwhile|however|nevertheless|in\s+turn|for\s+(?:its|their|his|her)\s+part|"
    r"in\s+(?:a|its|their)\s+(?:statement|communiqu[eé]|briefing))\b",
    re.I,
)
_PRONOUN_AFTER = re.compile(
    r"(?i)\s*(?:to\s+)?(?:the|this)\s+(?:same\s+)?(?:spokes(?:man|woman)|ministry|monitor|group|agency|"
    r"cent(?:er|re)|source|statement)\s*(?:[,.;]|$)"
)
_SPOKESMAN_ASIDE = re.compile(r"(?i)\s*a\s+spokes(?:man|woman|person)\b")
_NAME_AT_END = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*$")
_SOURCE_DESCRIBED = re.compile(r"(?i)\s*,\s*(?:a|an|the|which|who)\s[^,;:]{3,160}[.!?\"”’']*\s*")
_APPOSITION_NOUN = re.compile(
    # ("Kurdish officials in X, the Kurdish-run district in the north, said")
    r"(?i)\s*(?:an?\s|the\s+(?:[\w-]+\s+){0,2}(?:district|neighbou?rhood|quarter|area)\b)"
)
_RELATIVE_WORD = re.compile(r"(?i)\b(?:that|which|who|whose)\b")
# (and "the group", "the Britain-based group", "the same NGO": the source named before)
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|it|they|we|another|one|officials?|the\s+(?:same\s+)?(?:[\w.-]+-based\s+)?"
    r"(?:source|official|spokes(?:man|woman)|commander|monitor|agency|statement|ministry|group|"
    r"ngo|organi[sz]ation))\s*$",
    re.I,
)
# Words showing that a reporting verb opens a clause of its own ("said they had ...").
_CLAUSE_AFTER = re.compile(r"\b(?:that|they|he|she|we|it|had|has|have|were|was)\b", re.I)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:been|being|was|were|is|are|be|claims?|reports?|which|allegations?)\s+$", re.I
)
_QUOTE_CHARS = '"“”'
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand))?"
_COUNT = re.compile(
    rf"(?:(?P<between>between)\s+)?(?P<qual>as\s+many\s+as|up\s+to|nearly|almost|close\s+to|"
    rf"more\s+than|over|at\s+least|upwards\s+of|about|around|some|approximately|roughly|"
    rf"an\s+estimated|estimated|a\s+further|further|another)?\s*"
    rf"(?P<n1>{_NUMBER})(?:\s*(?:-?\s*to\s*-?|-|–|and)\s*(?P<n2>{_NUMBER}))?"
    # ("3,000 fighters and civilians", "4,000 rebels and their families")
    r"(?=\s+(?:(?:fighters|gunmen|militants|rebels|wounded)\s+and\s+(?:their\s+)?)?"
    r"(?:more\s+|other\s+|displaced\s+|[a-z]+\s+)?(?:civilians?|residents?|people|famil(?:y|ies)|"
    r"children|persons|individuals|others|inhabitants|displaced|refugees|evacuees|women|men|"
    r"citizens|idps)\b)",
    re.I,
)
_ORIGIN_PREP = re.compile(
    r"\b(?:from|out\s+of|fled|flee|fleeing|flees|escaped|escaping|left|leave|leaving|abandon(?:ed|ing)?|evacuated)\b",
    re.I,
)
_DEST_PREP = re.compile(
    r"\b(?:to|into|towards?|for|reached|reach|reaching|arriv(?:ed|ing|e|es|als?))\b", re.I
)
# A place people pass through is neither where they left nor where they went.
_ROUTE = re.compile(r"\b(?:through|via|across|by\s+way\s+of)\s+(?:the\s+)?$", re.I)
_SIDE_NOUNS = {
    "units", "forces", "troops", "fighters", "army", "militias", "militiamen", "rebels",
    "insurgents", "ypg", "sdf", "soldiers", "regime", "government", "opposition", "factions",
}  # fmt: skip
_AND_BEFORE = re.compile(r"\band\s+$")
_CLAUSE_JOIN = re.compile(r"(?i)\s(?:as|while|whereas|when)\s+(?:the\s+)?\w+\s+\w+")
_OWN_SUBJECT = re.compile(
    r"(?i)\s*,?\s*(?:as|when|while|after|before|because|since|once|until)\s+"
    r"(?:the|a|an|its|their|this|that)\s+[\w-]+(?:\s+[\w-]+)?\s*"
)
_PAST_FORM = re.compile(r"(?i)(?:\w+ed|took|broke|overran|won|swept|drove|fell|retook)\b")
# (a day of the month keeps its "on" outside the phrase: "of the Old City on the 7th")
_OWN_DATE_GAP = re.compile(
    r"(?i)\s*(?:(?:hill|district|neighbou?rhood|quarter|area)\s*)?,?\s*(?:on\s+)?"
)
_SINCE = re.compile(r"(?i)\bsince\b")
_HILL_AFTER = re.compile(r"(?i)\s*(?:hill\b|,\s*(?:a|the)\s+(?:[\w-]+\s+){0,2}?hill)")
_HILL_BEFORE = re.compile(r"(?i)\bhill(?:top)?\s+(?:district\s+|neighbou?rhood\s+)?(?:of\s+)?$")
_HILL_NAME = re.compile(r"(?:Jabal|Jebel|Tal[lal]?)\b")  # "jabal" and "tal": hill in Arabic
# A source and where it is: "Kurdish officials in Shaikh Maqsood," (before an apposition)
_CLAIMANT_THEN_PLACE = re.compile(r"(?i)[^,]*?\b(?:in|from)\s+[^,]{2,40},")
# A person and their role after "according to": "Azad Khalil, a member of the council"
_PERSON_THEN_ROLE = re.compile(
    r"\s+(?:to\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*,\s*"
    r"((?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:member|spokes\w+|official|commander|head|leader|"
    r"director|representative|activist|resident)\b[^.;]{0,80})"
)
# A name or a source right after a reporting verb: ", said Delil Hassan", ", said the"
# (not "said Tuesday that ...": a day, not a speaker)
_SPEAKER_NEXT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Yesterday\b|"
    r"Today\b|(?:Nov|Dec)[a-z]*\.?\s+\d)[A-Z]"
)
_GENERIC_OBJECT = re.compile(
    r"(?i)\s*(?:the|that|this)\s+(?:area|district|neighbou?rhood|city|town|enclave|quarter)\s*[,;]"
)
# "several districts on the edge of their stronghold of": unnamed districts, located
_UNNAMED_NEAR = re.compile(
    r"(?i)\s*(?:over\s+|control\s+of\s+)?(?:the\s+)?(?:several|a\s+few|some|a\s+number\s+of|two|three|four|five|six|more|"
    r"other|nearby|neighbou?ring|adjacent)\s+(?:[\w-]+\s+)?(?:districts|neighbou?rhoods|areas|"
    r"quarters|villages)\s+(?:on\s+the\s+(?:[\w-]+\s+)?(?:edges?|outskirts|fringes?)\s+of|near|"
    r"around|next\s+to|close\s+to|bordering|adjacent\s+to|beside)\s+[^,;.]*"
)
# "the fall of the estate leaves ...": the noun's object is the ground it names, and a
# verb follows it
_NOUN_OBJECT_THEN_VERB = re.compile(
    r"(?i)\s*(?:the|that|this|its)\s+(?:[\w-]+\s+)?(?:estate|area|district|neighbou?rhood|city|"
    r"town|enclave|quarter|hill|camp|suburb|stronghold|bastion)\s+"
    r"(?!(?:of|and|or|in|on|near|around|to|by|at|as|from|which|that|north|south|east|west)\b)"
    r"[a-z]+\b"
)
# "X, a district in the north under the control of Kurdish forces": who holds it
_PLACE_DESCRIBED = re.compile(
    r"(?i),\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:district|neighbou?rhood|area|quarter)\b[^,;]*$"
)
_NOT_YET = re.compile(
    r"(?i)[^.;]{0,60}?,\s*(?:now\s+)?(?:only\s+|just\s+)?(?:a\s+matter\s+of\s+)?[^,;.]{0,30}?"
    r"\b(?:days|weeks|hours)\s+away\b|[^.;,]{0,60}?\b(?:is|was|seemed|seems)\s+(?:now\s+)?"
    r"(?:imminent|inevitable|only\s+a\s+matter\s+of\s+time|"
    # ("the liberation of the rest of the city is a question of weeks")
    r"(?:only\s+)?a\s+(?:question|matter)\s+of\s+(?:days|weeks|time))\b"
)
_APPOSITION_AFTER_NOUN = re.compile(
    r"(?i)\s+(?:housing\s+)?(?:district|neighbou?rhood|quarter|estate|area|project|complex|hill)"
    r"\s*,\s*(?:the|a|an|one(?:\s+of)?)\s"
)
# An apposition opening: ", the largest district", ", one of the biggest"
_APPOSITION_OPEN = re.compile(r"(?i)\s*,\s*(?:the|a|an|one(?:\s+of)?)\s")
_PEOPLE_LEAVE = re.compile(r"(?i)abandon|left\b|leav")
_PEOPLE_SUBJECT = re.compile(
    r"(?i)\b(?:families|residents|civilians|people|inhabitants|thousands|hundreds|dozens)\b"
    r"(?:\s+(?:of\s+)?[\w-]+){0,3}?\s+(?:had\s+|have\s+|has\s+)?(?:already\s+|also\s+)?$"
)
_MOVED_FROM = re.compile(r"(?i)mov\w*\s+from\b")
_MOVING = re.compile(r"(?i)(?:mov|walk|march)(?:ed|ing|es|s)?\b")
_HOLDS = re.compile(r"(?i)held|holds?")
_OPENING_WHEN = re.compile(r"(?i)\s*(?:back\s+)?when\b")
_MAIN_CLAUSE_SIDE = re.compile(r"(?i)[^,]{0,40},\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}")
# "denies these accusations" (of abuses; but "denied allegations ... that army units had
# withdrawn from X" is about ground)
_ACCUSATIONS = re.compile(
    r"(?i)\s+(?:these|such|those|the)\s+(?:accusations?|allegations?|charges?)\s*(?:[.;,]|$)"
)
# "denied any coordination with Damascus", "a charge the Kurds deny": a deed denied
_DENIED_DEED = re.compile(
    r"(?i)\s+(?:any\s+)?(?:coordinat|cooperat|collu|collaborat|target|bomb|kill|shell|"
    r"involvement|responsibility|wrongdoing|abuses?\b|executions?\b|using\b)"
)
_ACCUSATION_BEFORE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:charges?|accusations?|allegations?)\s+(?:that\s+|which\s+)?"
    r"(?:[\w'’-]+\s+){1,3}$|\ballegations\s+(?:[\w'’-]+\s+){1,2}$"
)
_WE_RIGHT_BEFORE = re.compile(r"(?i)\bwe\s+(?:[\w'’]+\s+)?$")
_THEM_OUT = re.compile(rf"(?i){lexicon.PUSHED_BACK_VERBS}\s+them$")
_WE_BEFORE = re.compile(r"(?i)\bwe\s+(?:then\s+|quickly\s+)?$")
_SUBORDINATORS = {"after", "when", "since", "because", "once", "as"}
# "trying since Thursday night to storm X": a time after the word, not a clause
_TIME_AFTER_SUBORDINATOR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dawn",
    "daybreak", "nightfall", "midnight", "morning", "yesterday", "last", "early", "then",
    "november", "december", "nov", "dec",
}  # fmt: skip
# "pushed into X and Y, which were under government control by nightfall": the
# relative clause tells the fight's outcome, about the places the fight already took.
_WHICH_WERE = re.compile(
    r"(?i),\s*(?:which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?$"
)
# (an aside and a date may both stand between: "the fall of X, one of the largest
# districts in the east, on Dec. 5, and of Y two days later")
_ASIDE_AND_OF = re.compile(r"(?i)(?:,[^,;:]{3,120}?){1,2},\s*and\s+(?:then\s+)?of\s+(?:the\s+)?")
_AND_OF = re.compile(
    r"(?i)\s*(?:(?:(?:late\s+|early\s+)?on\s+\w+day|overnight|the\s+same\s+day|"
    # ("the liberation of X on December 7 and of Y on December 12")
    r"on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|"
    # ("of X on the 4th of this month and of Y on the 7th")
    r"on\s+the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+(?:current\s+)?month)?)"
    r"\s*)?,?\s*and\s+(?:then\s+)?of\s+(?:the\s+)?"
)
_BREAK_BEFORE_SOURCE = re.compile(r"[–—]|\band\b")
_ENDS_WITH_AND = re.compile(r"\band\s*$")
_PRESENT_PASSIVE = re.compile(r"(?i)(?:is|are)\s")
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|once|when)\b[^,;]*$")
_DEPLOY = re.compile(r"(?i)(?:(?:started|began|begun|start|begin)\s+)?deploy")
_WHEN_THEY = re.compile(r"(?i)\bwhen\s+(?:they|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+$")
_NOUN_USE_BEFORE = re.compile(r"(?i)\b(?:their|its|his|her)\s+$")
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+)?$")
# Another verb's passive between an event and a side: "... had fallen was dismissed by X"
_NOUN_OPENS_CLAUSE = re.compile(r"(?i)(?:[,;]\s*(?:and|but)|;)\s+(?:the\s+)?$")
_OTHER_PASSIVE = re.compile(r"(?i)\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?\w+(?:ed|en)\b")
_AGENT_JOIN = re.compile(r"(?i)\s*(?:,\s*)?(?:and|or)?\s*(?:the\s+)?(?:[\w-]+\s+)?")
_FROM_SIDE = re.compile(r"(?i)\s+from\s+(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)")
_PASSIVE_LOSE = re.compile(r"(?i)(?:were|was|been|being|are|is)\s")
_LIST_INTRO = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,3}(?:districts|neighbou?rhoods|quarters|areas)\s*[–—:]\s*(?:the\s+)?"
)
_ONLY_IN = re.compile(r"(?i)\s*(?:in|inside|within)\s+(?:the\s+)?")
_AND_CLAUSE = re.compile(r"(?i),\s*and\b")
_CLAIMED_TO = re.compile(
    r"(?i)\b(?:claimed|claims|said|says|announced|insisted)\s+to\s+have\s+(?:\w+ly\s+)?$"
)
_OWNING_UP = re.compile(r"(?i)\b(?:admitted|acknowledged|conceded)\s+(?:the\s+)?$")
# Words after which a gerund tells an event ("after seizing X"; "Rebels admitted losing
# X": a side owning up to a loss tells it happened).
_GERUND_OK = {
    "after", "following", "since", "by", "while", "upon", "on", "admitted", "acknowledged",
    "conceded",
}  # fmt: skip
_SIDE_WORDS = {
    "government": "government", "regime": "government", "army": "government",
    "state": "government", "gos": "government",
    "rebel": "rebels", "rebels": "rebels", "opposition": "rebels", "insurgents": "rebels",
    "militants": "rebels", "terrorists": "rebels", "kurdish": "kurdish", "ypg": "kurdish",
}  # fmt: skip
_MOVE_END = re.compile(r";|:|\s[—–-]\s|,?\s+(?:but|while|whereas)\b", re.I)
# An opening phrase before the main clause: "After three days of battles, ..."
_OPENING_PHRASE = re.compile(r"(?i)\s*(?:after|following|despite|amid|amidst|before)\b[^,;:]*$")
_FIGHT_NOUN = re.compile(r"(?i)(?:\w+\s+)?(?:fighting|clashes|battles?|battling)$")
# "from the north into the south of the enclave": a half of the enclave, by the other
_FROM_THE_HALF = re.compile(r"(?i)\bfrom\s+the\s+(north|south)\b(?!\s+of\b)")
_OTHER_HALF = {SOUTH_OF_EAST: NORTH_OF_EAST, NORTH_OF_EAST: SOUTH_OF_EAST}
_FROM_THE_EAST = re.compile(
    r"(?i)\bfrom\s+(the\s+(?:(?:shrinking|besieged|remaining|last)\s+)?(?:east|(?:rebel|opposition)"
    r"(?:-held)?\s+(?:pocket|enclave|east)))\b"
)
# "fled X", "fled from X", "left X" (not "fled to X": where they went is no ground lost)
_FLED_GROUND = re.compile(
    r"(?i)(?:fle(?:e|d|eing|es)|left|leaving)(?:\s+from|\s+out\s+of)?\s+(?:the\s+)?"
)
# "hundreds of men who crossed into government-held areas had gone missing": what the
# sentence tells is what became of people who moved, not their move
_DETAINED_MOVERS = re.compile(
    r"(?i)\b(?:men|boys|youths?)\s+(?:[\w-]+\s+){0,3}?(?:who\s+(?:had\s+|have\s+)?|"
    # ("hundreds of men had gone missing after crossing into government-held areas")
    r"(?:had\s+|have\s+)?(?:gone\s+missing|been\s+(?:detained|arrested|conscripted))\s+after\s+)$"
)
_DETENTION = re.compile(
    r"(?i)\b(?:detain\w*|arrest\w*|missing|disappear\w*|separated|screen\w*|conscript\w*|fate|"
    r"interrogat\w*|taken\s+(?:away|to\s+unknown))"
)
_CONTINUES = re.compile(
    r"(?i)heading|bound|mov(?:ed|ing)\s+(?:(?:deeper|further|north|south|east|west)(?:wards?)?\s+)?(?:to|into)|reach|arriv|cross|"
    r"(?:were|was|being|been)\s+(?:transported|taken|bused|bussed|brought|moved|transferred)"
)
_SUBORDINATE = re.compile(
    r"(?:^|,\s*|\s)(?:after|before|as|when|once|since|until|because|while|which|who|that)\s"
    # "X collapsed and army units were advancing": a coordinated clause after a verb.
    r"|(?<=ed)\s+and\s|\s+and\s+(?=[^,]{0,40}?\b(?:were|was|are|is|had|have|has)\s+\w+ing\b)"
    # "took X on Wednesday and rebels retook it": a new subject (see _actor_for)
    r"|\s+(?:and|but)\s",
    re.I,
)
# "restored security and stability to X" is the state's own phrase for its control.
_STATE_IDIOM = re.compile(r"(?i)security|stability")
# What a denial may be of: "denied the report", "dismissed these claims".
_OF_A_REPORT = re.compile(
    r"\s*(?:(?:the|this|that|these|those|such)\s+)?(?:claims?|reports?|allegations?|accounts?)\b"
    r"|\s*(?:that|this|it)\s*[,.;]",
    re.I,
)
# "X — among them —" or "X —" right before the event words: the place is their subject.
_DASHED = re.compile(
    r"^\s*(?:(?:among\s+them|and\s+others|included|including)\s*)?[—–-]\s*"
    r"(?:which\s+|that\s+|whose\s+)?$",
    re.I,
)
_PLACES_OF = re.compile(r"(?i)\s+(?:districts?|neighbou?rhoods?|quarters?|areas?)\s+of\s+")
# (A lookahead, so that asides next to each other are all found: "On Saturday, X, the
# estate rebels took in 2012, fell" holds ", X," and ", the estate ... 2012,".)
_COMMA_ASIDE = re.compile(r"(?=(,[^,;:]{3,140},))")
_AUXILIARIES = re.compile(rf"(?i)\s*(?:{AUXILIARY}\s+)*")
_DASH_ASIDE = re.compile(r"[—–][^—–]{3,150}[—–]")
_DASH_GAP = re.compile(r"\s*[—–]\s*")
# "rebel fighters were still there": "there" is a place named before
_STILL_THERE = re.compile(r"(?i)\bstill\s+(there)\b")
# A compass direction ("north", "south-east", "northwest")
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# ", north-west of X,": an aside that says where the place before it lies
_DIRECTION_ASIDE = re.compile(rf"(?i),\s*{_COMPASS}\s+of\s+(?:the\s+)?$")
# "X, adjacent to Y, ...": Y only says where X is
_LOCATING = re.compile(
    r"(?i)\b(?:adjacent\s+to|next\s+to|near|beside|bordering|borders|close\s+to|"
    rf"{_COMPASS}\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$"
)
# "the rebels' stronghold of X": what a side owns is ground (not "the government's
# offensive ... where X fell")
_OWNED_GROUND = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:stronghold|bastion|district|neighbou?rhood|quarter|"
    r"territory|enclave|positions?|area|part|half|heartland|redoubt|base|hold|holdout|pocket)s?\b",
    re.I,
)
# "broke rebel lines", "entered the rebel enclave": a side named for its ground (not "the
# rebels' defences gave way": a possessive may be the subject)
_GROUND_AFTER_SIDE = re.compile(
    r"(?i)\s+(?:lines|defen[cs]es|positions|enclave|territory|pocket|stronghold|"
    r"front(?:\s*-?\s*lines?)?)\b"
)
# "broke through the rebels' northern defences": ground a side owns, and a verb of
# breaking into it before the owner (see _subject_at)
_GROUND_OWNED = re.compile(
    r"(?i)['’]s?\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:lines|defen[cs]es|positions|enclave|"
    r"territory|pocket|stronghold|front(?:\s*-?\s*lines?)?|districts|neighbou?rhoods|areas|"
    r"quarters|half)\b"
)
# ("swallowed the rebels' northern districts": ground taken)
_BROKEN_INTO = re.compile(
    r"(?i)\b(?:through|into|breach(?:ed|ing)?|broke|breaking|pierc(?:ed|ing)|smash(?:ed|ing)|"
    r"overr?an|overrunning|past|behind|swallow(?:ed|ing)|seiz(?:ed|ing)|took|taking|"
    r"captur(?:ed|ing)|grabb(?:ed|ing))\s+(?:the\s+)?$"
)
# "drove the rebels from": a side driven out, as the object of the verb before it
_DRIVES_OUT = re.compile(
    r"(?i)\b(?:drove|driven|drive|driving|pushed|pushing|expelled|expelling|ousted|ousting|"
    r"kicked|flushed|flushing|chased|chasing|routed|routing|evicted|evicting|swept|sweeping|"
    r"cleared|clearing)\s+(?:the\s+)?"
    r"(?:(?:last|remaining)\s+)?$"
)
_SHARED_SUBJECT = re.compile(
    r"[^;:.!?\"“”]{0,90}?,?\s+and\s+(?:(?:then|later|eventually|finally|quickly|soon)\s+)?"
)
_INTO_REPORT = re.compile(r"[:\"“”]|\bthat\b", re.I)
# What a capture took, when it was not the place after it: "seized weapons depots and
# ammunition in X". (Ground in X, "positions in X", is PARTIAL: fighting in X.)
_THING_IN = re.compile(
    r"^(?!\s*(?:(?:full|complete|total|effective)\s+)?control\b|\s*(?:over|back)\b)"
    # (but "mopped up terrorists from X" removes a side from X: that is a capture of X)
    r"(?!\s+(?:the\s+)?(?:remaining\s+|last\s+)?(?:terrorists|militants|rebels|insurgents|"
    r"fighters|jihadists|gunmen|mercenaries)\s+(?:from|out\s+of)\b)"
    # (nor "captured 12 districts in eastern Aleppo, including X": ground, in an area)
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:districts|neighbou?rhoods|quarters)\s+in\b)"
    r"\s+[^,;:]{2,60}?\s(?:in|at|inside|within|from)\s+(?:the\s+)?$",
    re.I,
)
_GAIN_NOUN = re.compile(r"(?i)(?:re)?capture|seizure|liberation|take-?over")
# Claimants who speak for a fighting side itself, not a monitor or a side's sympathisers.
_SIDE_VOICES = {"Syrian army", "Syrian state media", "Syrian government", "rebel official",
                "opposition official", "Kurdish official"}  # fmt: skip
_NOUN_EVENT = re.compile(r"(?i)(?:(?:re)?capture|fall|loss|seizure|liberation|take-?over)\b")
# "an assault on X appeared imminent": an attack foreseen, not under way.
_FORESEEN = re.compile(
    r"(?i)\s*[^.;,]{0,40}?\b(?:appeared|appears|seemed|seems|looked|looks|was|is|were|are)\s+"
    r"(?:\w+\s+)?(?:imminent|expected|planned|likely|looming|feared)\b"
)
_ATTACK_NOUN = re.compile(lexicon.ATTACK_NOUNS, re.I)
_AUXILIARY = re.compile(r"(?i)\b(?:is|was|are|were|has|had|have|would|could|might|will|may)\b")
_RELATIVE_ASIDE = re.compile(
    # ("they took X, the last hilltop district in rebel hands, and captured Y": an
    # apposition describing a place names no side of the sentence)
    r"(?i),\s*(?:which|who|whose|where|when|the\s+last|one\s+of\s+the\s+last)\b[^,]*,"
)
_LATER_CLAUSE = re.compile(
    r"(?i),\s*(?:before|until|after|when|as|while)\s|,\s+(?!including\b|according\b)[a-z]+ing\s"
)
# ("militant claims of having recaptured X ... were "a complete fabrication"")
_REPORTED_THAT = re.compile(
    r"(?i)\b(?:claims?|reports?|allegations?|rumou?rs?|accounts?)\s+(?:\w+\s+){0,6}?"
    r"(?:that\s|of\s+(?:having\s+)?)"
)
# "two days before" / "a day after" followed by the clause they date.
_LEADS_A_CLAUSE = re.compile(r"(?i)\b(?:days?|hours|weeks?|months?)\s+(?:before|after)$")
# A denial whose object is the claim itself: "denied it", "disputed that".
_DENIES_THAT = re.compile(r"(?i)\b(?:this|that|it)$")
# "the Old City, as well as the adjacent neighbourhoods of X and Y": one list (but not
# "the X and Y districts of eastern Aleppo": the area only says where they are).
_MORE_PLACES_OF = re.compile(
    r"(?i)\s*,?\s*(?:as\s+well\s+as|and(?:\s+then)?|then|along\s+with|plus)\s+(?:the\s+)?"
    r"(?:(?:adjacent|neighbou?ring|nearby)\s+)?(?:districts?|neighbou?rhoods?|areas?|quarters?)"
    r"\s+of\s+$"
)
_AND_OF_PLACE = re.compile(r"(?i)\s+and\s+of\s+(?:the\s+)?")
_WHEN_CLAUSE = re.compile(r"(?i)\s*,?\s*when\b")
_LIST_GLUE = re.compile(r"(?i)\x00(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\x00)+")
_LIST_END = re.compile(r"(?i)\b(?:and|or|as\s+well\s+as|plus|including)\b|&")
_AFTER_CLAUSE = re.compile(r"(?i)[^;.]{0,30}?\b(?:after|as|when|once)\s+(?:the\s+)?")
_WITHDREW = re.compile(
    r"(?i)['’]?\s+(?:had\s+|have\s+)?(?:withdr|retreat|pull|fled|abandon|evacuat|lost|left|gave\s+up|"
    r"(?:defen[cs]es|lines)\s+(?:collapsed|crumbled|gave\s+way)|"
    r"ran\s+(?:short|out))"
    # "as rebel lines crumbled": the side whose lines broke lost the ground
    r"|['’]?\s+(?:lines?|defen[cs]es|front(?:\s*-?\s*lines?)?)\s+(?:had\s+)?"
    r"(?:crumbl|collaps|broke|gave\s+way|disintegrat|fell|caved)"
)
_RELATIVE_HOLDING = re.compile(
    r"(?i)\b(?:that|which)\s+(?:[\w-]+\s+){0,3}$"
    # "the territory rebels held in X": a reduced relative clause
    r"|\b(?:territory|areas?|districts?|neighbou?rhoods?|ground|parts?|land|positions|half)\s+"
    r"(?:the\s+)?(?:rebels?|opposition|insurgents|militants|government|regime|army|they|it)\s+"
    r"(?:(?:had|have|has|once|still|previously)\s+)*$"
)
_RELATIVE_DENIAL = re.compile(
    r"(?i),\s*(?:which|something|a\s+claim|claims|an?\s+accusations?)\b[^,]*$"
)
_DENYING_VERB = re.compile(r"(?i)den(?:y|ied|ies|ying)|disput|dismiss|reject|refut")
_DONE_TO = re.compile(
    # ("seized X on Wednesday, only to lose it on Thursday", "had to abandon X": that
    # happened too)
    # ("had gone on to take X", "moved on to seize X")
    r"(?i)\b(?:(?:took|taking|takes|take)\s+advantage\s+of\b[^.;:]{0,45}|went\s+on|gone\s+on|"
    r"moved\s+on|only|had)"
    r"\s+to\s+$"
)
_TO_THEM = re.compile(r"(?i)\s+(?:to|by)\s+them\b")
_THEM = re.compile(r"(?i)\s*them\b")
_ENTERED = re.compile(
    r"(?i)(?:entered|entering|enter|walked\s+in(?:to)?|(?:broke|smashed)\s+into|"
    # (matched to the event words found, which may hold an object: "moved its men into")
    r"(?:mov|march|roll|surg)(?:ed|ing)(?:\s+[\w'’-]+){0,5}?\s+(?:into|inside))\b"
)
# "troops entered X" with no fighting told from its clause on, and the entry not undone
# ("..., but rebels said they had driven the soldiers back"): the side holds the district.
_PARTITIVE = re.compile(
    r"(?i)\b(?:a\s+(?:string|series|number|handful|cluster|couple|row|few)\s+of|several|some|"
    r"two|three|four|five|six|more|other|few)\s+(?:more\s+|other\s+)?$"
)
# Who enters a district without taking it: people, not a side's fighters
_NOT_FIGHTERS_BEFORE = re.compile(
    r"(?i)\b(?:aid\s+workers?|journalists?|reporters?|correspondents?|civilians|residents|"
    r"families|doctors|medics|volunteers|observers|inspectors|(?:aid|rescue|medical|un)\s+"
    r"(?:teams?|convoys?|workers)|ambulances|buses)\s+(?:who\s+|that\s+)?(?:had\s+|have\s+)?"
    r"(?:\w+\s+)?$"
)
_FIRST_TO_FALL = re.compile(
    r"(?i)\bfirst\s+(?:[\w-]+\s+){0,3}?(?:(?:of|in)\s+(?:the\s+)?(?:city|aleppo)\s+)?to\s+$"
)
_FALL_OR_LOSS = re.compile(r"(?i)(?:fall|loss)\b")
_CLOSED_ASIDE = re.compile(r",[^,;:]*,\s*$")
# ("..., a UK-based outfit whose sympathies have never been in doubt, the army took X")
_DESCRIBING_ASIDE_CLOSED = re.compile(r"(?i),\s*(?:a|an|the|whose|which|who)\b[^,;:]*,")
_BREACH = re.compile(r"(?i)br(?:oke|eaks?|eaking)\b")
_BROKE_INTO = re.compile(r"(?i)(?:broke|smashed)\s+into")
_ENTERED_PLAIN = re.compile(r"(?i)entered|moved\s+(?:in\s*to|inside)|(?:broke|smashed)\s+into")
_FIGHT_TOLD = re.compile(
    # (not "the turning point in the battle for Aleppo": the whole battle's name)
    # (nor "the militias that fight alongside them": who they are)
    r"(?i)\b(?:(?<!\bthat\s)(?<!\bwho\s)fight(?:ing|s)?\b(?!\s+alongside)|fought|clash\w*|"
    r"battl(?:es?|ing|ed)\b(?!\s+for\b)|resist\w*|"
    r"tr(?:y|ied|ying)\s+to|attempt\w*|"
    r"repel\w*|repuls\w*|expelled|ejected|"
    r"(?:driven|drove|pushed|forced|beat|beaten)\b[^.;]{0,30}?\b(?:out|back)\b)"
)
# "entered the area around X", "entered after the fighters pulled back toward X": the
# place named is not the one entered
_BESIDE_PLACE = re.compile(
    r"(?i)\b(?:toward|towards|around|near|outside|beyond|beside|close\s+to|through|via)\s+"
    r"(?:the\s+)?$"
)
_LATER_CLAUSE_OPENS = re.compile(r"(?i)\b(?:after|before|as|when|while)\b")
# "first entered X": a foothold that the sentence goes on to tell was lost or widened
_FIRST_BEFORE = re.compile(r"(?i)\bfirst\s+$")
# "entered X unopposed" (right after the place), "... after rebels pulled out" (later on).
_UNOPPOSED = re.compile(
    r"(?i)[^.;]{0,12}?\b(?:unopposed|without\s+(?:a\s+fight|resistance|a\s+shot))\b"
)
_AFTER_WITHDRAWAL = re.compile(
    r"(?i)(?:\b(?:after|as|once)|,\s*(?:which|that))\s+[\"“]?(?:the\s+)?(?:last\s+|remaining\s+|final\s+)?(?:rebels?|armed|insurgents|"
    r"militants|fighters|opposition(?:\s+\w+)?|jihadists|factions|gunmen|mercenaries|convoys?|buses)"
    # ("the rebel groups holding it pulled out", "the mercenaries of Ahrar al-Sham and
    # Nour al-Din al-Zenki pulled out", "the last convoy of buses crossed")
    r"(?:\s+(?!had\b)[\w-]+){0,8}?\s+(?:(?:had\s+)?(?:finally|all)\s+)?"
    r"(?:had\s+)?"
    r"(?:withdr\w*|pulled\s+(?:out|back)|retreated|left|fled|abandoned|evacuated|vacated|deserted|"
    r"surrendered|laid\s+down\s+their\s+(?:arms|weapons)|handed\s+over|crossed|departed|"
    r"board(?:ed|ing)\s+(?:the\s+)?(?:buses|bus|convoys?))\b"
)
_WITHDRAWAL_BEFORE = re.compile(
    r"(?i)\b(?:last|final|remaining)\s+(?:rebels?|insurgents|militants|fighters|gunmen|convoys?|"
    r"buses)(?:\s+(?!had\b)[\w-]+){0,3}?\s+(?:had\s+)?(?:withdr\w*|pulled\s+out|left|departed)\b"
)
_AFTER_DEPARTURE = re.compile(
    r"(?i)\b(?:after|following|with|within\s+(?:\w+\s+){1,3}?of)\s+the\s+(?:final|last)\s+"
    r"(?:convoy|buses|bus|fighters|rebels)(?:['’]s?)?\s+(?:departure|exit|withdrawal|evacuation|"
    r"leaving|left|departing|departed|pulling\s+out|pulled\s+out|withdrawing|withdrew)"
    r"|\b(?:after|following)\s+the\s+(?:departure|exit|withdrawal|evacuation)\s+of\s+the\s+"
    r"(?:last|final|remaining)\b"
)
# "With the fall of X, rebels now control only ...": the side left with less
_LEFT_WITH_LESS = re.compile(
    r"(?i)\s+(?:now\s+|still\s+)?(?:(?:control|controlled|hold|held|retain|keep)\s+(?:only|just)\b|"
    r"(?:were|are|have\s+been|had\s+been)\s+(?:left|confined|squeezed|reduced|(?:pushed|driven|forced)\s+back))"
)
# ", which had been cleansed": a relative clause about the name right before it
_WHICH_GAP = re.compile(r"(?i),\s*(?:which|that)\b")
# "the last streets of X": what was left of X, taken whole (no share of it)
_LAST_OF = re.compile(
    r"(?i)\b(?:last|remaining)\s+(?:streets|blocks|pockets?|positions|parts?|areas|neighbou?rhoods)"
    r"\s+(?:of|in)\s+(?:the\s+)?$"
)
_FROM_PLACE = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?$")
# "With the capture of X, ..." opening a sentence or a clause (not "the offensive broke
# through with the fall of X": the subject came before)
# ("the second phase opened with the fall of X, and the rebels were driven back": the
# clause after it tells who lost X)
_WITH_THE_OPENS = re.compile(
    r"(?i)(?:^\s*|[,;:—–]\s*|\b(?:and|but|now|opened|began|started|ended)\s+)with\s+(?:the\s+)?$"
)
_FORCED_TO = re.compile(
    r"(?i)\b(?:forced|compelled|made)\s+((?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+to\s+$"
)
# "their loss of X", "the rebels' loss of X", "admitted the loss of X": whose loss it is
_OWNED_LOSS = re.compile(
    r"(?i)(?:\b(?:their|its|our)|['’]s?|\b(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|"
    r"admit(?:ted|s|ting)?|acknowledg(?:ed|es|ing)|conced(?:ed|es|ing)|confirm(?:ed|s|ing)?|"
    r"mourn(?:ed|s|ing)?|den(?:ied|ies|ying|y))(?:\s+the)?)\s+$"
)
# "the loss of X left the opposition with ...": the side the loss falls on
_LOSS_FALLS_ON = re.compile(
    r"(?i)\b(?:left|leaves|leaving|cost|costs|costing|deprived|deprives|blow\s+to|for)\s+(?:the\s+)?$"
)
# A move into ground: "advanced into", "moved from X inside", "pushed into"
_INTO_END = re.compile(r"(?i)\b(?:into|inside)$")
# "abandoned on the edge of X" (the verb's object told before it; see code_sentence)
_ENDS_WITH_PREPOSITION = re.compile(r"(?i)\b(?:of|from|to|into|in|over|on|at)$")
_LOCATIVE_NEXT = re.compile(
    r"(?i)\s+(?:on|at|along)\s+the\s+(?:[a-z-]+\s+)?(?:edges?|outskirts|fringes?)\s+of\b"
)
# "lost the north, some of it to Kurdish fighters": a share went to them
_SHARE_OF_IT = re.compile(
    r"(?i),\s*(?:some|part|parts|much|a\s+share|a\s+few)\s+of\s+(?:it|them)\s+to\b"
)
# "people who fled X crowded into Y": one move told in two clauses (see _joined_moves)
_WHO_MOVED = re.compile(
    r"(?i)\b(?:who|that)\s+(?:had\s+|have\s+)?(?:fled|left|escaped|were\s+displaced\s+from)\b"
)
# "Kurdish officials in X", "the council that runs X": who speak for a place
_HOST_BEFORE = re.compile(
    r"(?i)\b(?:officials?|authorities|administration|council|co-chair|leaders?|"
    r"that\s+runs|which\s+runs|running)\s+(?:(?:in|of|for)\s+)?(?:the\s+)?$"
)
# "In X, Kurdish officials said ...": a place opening the sentence, its officials after it
# ("In the Kurdish-controlled X neighbourhood, officials ... said")
_IN_FIRST = re.compile(r"(?i)\s*in\s+(?:the\s+)?(?:[\w-]+-(?:controlled|run|held|led)\s+)?")
_HOSTS_AFTER = re.compile(
    r"(?i)(?:\s+(?:neighbou?rhood|district|quarter|area))?"
    r",\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:officials?|authorities|administration|council)\b"
)
# "had arrived there", "taken refuge in the Kurdish-run district", "it had received"
_ARRIVED_HERE = re.compile(
    r"(?i)\b(?:arrived|taken\s+refuge|sought\s+refuge|taken\s+shelter|found\s+shelter|sheltered|"
    r"come|crossed|moved|fled)\s+(?:\w+\s+){0,3}?(?:there|here|(?:in|into|to)\s+(?:the|their)\s+"
    r"(?:[\w-]+\s+)?(?:neighbou?rhood|district|area))\b"
    r"|\b(?:arrived|received|taken\s+in|took\s+in|taking\s+in|hosting|hosted|housing)\b"
)
# "Many have crossed into X; others ...": parts of a total told before, unsplit
_PART_OF_TOTAL = re.compile(
    r"(?i)(?:^|[;,:]\s*|\b(?:and|while|but|where)\s+)(?:most|many|some|others|the\s+rest|a\s+few)"
    r"(?:\s+of\s+(?:them|those))?\s+(?:have\s+|had\s+|has\s+|are\s+|were\s+)?(?:simply\s+|since\s+)?$"
)
# "people from the neighbouring X district": where a move told after them began
_FROM_BEFORE = re.compile(
    r"(?i)\b(?:from|out\s+of)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|besieged)\s+)?$"
)
# "had taken in", "received": the subject's place is where people went
_HOST_VERB = re.compile(r"(?i)(?:taken|took|taking|takes)\s+in\b|receiv")
# "fled X toward Y": Y is where people went, no antecedent for "the district"
_TOWARD_BEFORE = re.compile(r"(?i)\btowards?\s+(?:the\s+)?$")
# "the rout began on Saturday when troops stormed X": the storming that broke the lines
_TURNING_POINT_WHEN = re.compile(
    r"(?i)\b(?:broke\s+through|breakthrough|rout|collapse|unravell?ing)\b[^.;]{0,80}?\bwhen\s+"
    r"(?:[\w'’-]+\s+){1,8}?$"
)
_AFTER_DAYS_OF = re.compile(
    r"(?i)\bafter\s+(?:\w+\s+){0,2}(?:days?|weeks?|hours?|nights?)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
_VEHICLES = re.compile(r"(?i)\b(?:bus|buses|convoys?|ambulances|vehicles|trucks|lorries)\b")
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?!including\b|according\b)[A-Za-z]+ing\b")
_POSSESSIVE_PRONOUN = re.compile(r"(?i)\b(?:its|their|theirs|our)\b")
_CLAIM_WORD = re.compile(r"(?i)\b(?:claim|claims|claimed|report|reports|reported|denied|denies)\b")
# A person's name standing alone before a description of who they are.
_PERSON = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+){0,3}([A-Z][\w'’-]+)\s*")
# A surname right before a reporting verb: "Amed denied ...".
_SURNAME_LAST = re.compile(r"(?:^|\s)([A-Z][\w'’-]+)\s+$")
_OPENING_QUOTES = '"“'
_QUOTE_CLOSE = re.compile(r'[”"]')
_SAID = re.compile(r"(?i)\b(?:said|says|told|tells|added|adds|insisted|explained|warned)\b")
_DENIAL_HINT = re.compile(  # searched in the lower-cased sentence
    r"den(?:y|ie)|disput|dismiss|reject|refut|untrue|not\s+true|false|lies"
)
_REPORT_NOUN = re.compile(
    r"(?i)\b(?:statement|report|interview|briefing|announcement|press\s+conference|"
    r"communiqu[eé]|broadcast|bulletin|tweet|post)\s+(?:\w+\s+){0,2}$"
)
# Between an event word and a date phrase, these make the phrase date something else:
# a holding ("they had held since 2012") or a relative clause ("two districts that had
# been at the heart of the uprising since 2012").
_HOLDING_VERB = re.compile(r"(?i)(?<![-\w])(?:held|controlled|occupied|ruled|run|besieged)\b")
_RELATIVE_VERB = re.compile(
    r"(?i)\b(?:that|which|who|whose|where)\s+(?:\w+\s+){0,4}?(?:had|has|have|was|were|is|are)\b"
    # "two districts on the old front line that divided the city for four years"
    r"|\b(?:that|which|who)\s+(?:\w+\s+)?\w+ed\b"
)
# "the district that in July 2012 became the first to fall": a relative clause that
# opens with its own date
_RELATIVE_OPENS = re.compile(r"(?i)\b(?:which|that|where|whom)\s+(?:[\w-]+\s+){0,2}$")
_RELATIVE_JUST_BEFORE = re.compile(r"(?i)\b(?:that|which|where)\s+$")


def _dates_another_verb(
    sentence: str, lo: int, hi: int, places: Sequence[PlaceMention] = ()
) -> bool:
    """Whether a date phrase at ``hi`` belongs to a verb after the event word at ``lo``:
    a holding, or a relative clause still open at the phrase. (A holding inside a place's
    name, "the districts still held by the militants", is no verb of its own.)"""
    holding = _HOLDING_VERB.search(sentence, lo, hi)
    if holding and any(p.start <= holding.start() < p.end for p in places):
        holding = _HOLDING_VERB.search(sentence, holding.end(), hi)
    if holding and _DESCRIBING_ASIDE.search(sentence, lo, holding.start()):
        # "seizing X, the last hill held by the rebels, on 12 December": the holding
        # describes X in an aside; once the aside closes, the phrase is the event's
        close = sentence.find(",", holding.end(), hi)
        if close >= 0:
            holding = _HOLDING_VERB.search(sentence, close, hi)
    if holding or _RELATIVE_JUST_BEFORE.search(sentence, lo, hi):
        return True
    return any("," not in sentence[m.end() : hi] for m in _RELATIVE_VERB.finditer(sentence, lo, hi))


_AFTER_COMMA = re.compile(r",\s*$")
_AGENT_BREAK = re.compile(r"[,;:.!?\"“”]")


# What _actor_for returns when the sentence names no side for the event (see _side_of).
NO_SIDE = "?"


class Trigger(NamedTuple):  # a tuple: quick to make
    start: int
    end: int
    kind: str
    voice: str
    text: str


@dataclass
class ArticleState:
    places: list[str] = field(default_factory=list)  # neighbourhoods named, most recent last
    # spellings the gazetteer lacks, matched to a place earlier in the article
    spellings: dict[str, PlaceMention] = field(default_factory=dict)
    claimant: str = ""
    actor: str = ""
    dated: dict = field(default_factory=dict)  # event key -> (start, end, phrase)
    last_control: list[dict] = field(default_factory=list)  # previous sentence's changes
    speakers: list = field(default_factory=list)  # the last sentence's reporting verbs
    # The changes and fights of the last sentence that told of any (for "dismissed the
    # report"), and how many sentences ago that was.
    recent: list[dict] = field(default_factory=list)
    recent_age: int = 0
    # District -> the sides said so far to have taken or attacked it; to have taken it.
    attackers: dict[str, set[str]] = field(default_factory=dict)
    takers: dict[str, set[str]] = field(default_factory=dict)
    # how often each side is named where events are told (breaks ties in _side_of)
    sides_named: Counter = field(default_factory=Counter)
    claims: dict[str, dict] = field(default_factory=dict)  # district -> its last change told
    names: dict[str, str] = field(default_factory=dict)  # a speaker's surname -> claimant
    quote_claimant: str = ""  # the speaker of the quotation this sentence stands in
    actor_age: int = 99  # sentences since a side was last named as an event's actor
    actor_at: int = 0  # where, in its sentence, that event's words stand
    hills: set[str] = field(default_factory=set)  # places the article calls a hill
    landmarks: set[str] = field(default_factory=set)  # landmarks it names (no districts)
    last_day: dt.date | None = None  # the date of the last dated event ("the same day")
    previous_sentence: str = ""  # (for "later that month": the month named before)


@dataclass
class Speaker:
    start: int  # the reporting verb
    end: int
    claimant: str
    exclude: tuple[int, int]  # span naming the speaker: not an actor of the event
    final: bool = False  # a closing attribution (", X said."): it covers the whole sentence
    closing: bool = False  # it follows the words it attributes (", X said", "according to X")


def find_triggers(sentence: str) -> list[Trigger]:
    """Event words, left to right, the longest at each start, without overlaps."""
    return [
        Trigger(h.start, h.end, h.payload[0], h.payload[1], h.match.group(0))
        for h in lexicon.TRIGGER_SET.longest(sentence)
    ]


@lru_cache(maxsize=16)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in lexicon.CLAUSE_BREAK.finditer(sentence))


def _clause_start(sentence: str, pos: int) -> int:
    start = 0
    for _b_start, b_end in _breaks(sentence):
        if b_end > pos:
            break
        start = b_end
    return start


def _clause_end(sentence: str, pos: int) -> int:
    for b_start, _b_end in _breaks(sentence):
        if b_start >= pos:
            return b_start
    return len(sentence)


def _within(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [c for c in mentions if lo <= c.start and c.end <= hi]


def _source_then_apposition(before_text: str, claimants: list[Mention]) -> bool:
    """ "The Observatory, a Britain-based group that tracks the war, said ...": a source
    opening the sentence with a description after it speaks before the verb; the name
    after the verb is what it said."""
    parts = before_text.split(",")
    return (
        len(parts) == 3  # the source, its description, and nothing after the last comma
        and not parts[2].strip()
        and bool(_APPOSITION_NOUN.match(parts[1]))
        and any(c.start <= 4 and c.end <= len(parts[0]) for c in claimants)
    )


def _speakers(
    sentence: str,
    state: ArticleState,
    claimants=None,
    triggers: Sequence[Trigger] = (),
    scanned: bool = False,
    places: Sequence[PlaceMention] = (),
) -> list[Speaker]:
    """Reporting verbs ("said", "according to") and whom each attributes words to.

    ``scanned``: the sentence has had its main scan, which finds the verbs too.
    """
    out = []
    low = sentence.lower()
    if not any(stem in low for stem in lexicon.REPORT_STEMS):
        return []
    verb_set = lexicon.REPORT_SET_MAIN if scanned else lexicon.REPORT_SET
    # Not the "Said" of "Sheikh Said": a verb inside a place's name says nothing.
    verbs = [
        h.match
        for h in verb_set.longest(sentence)
        if not any(p.start <= h.start < p.end for p in places)
    ]
    if verbs:
        # A function is called only here, when some verb needs a speaker.
        if callable(claimants):
            claimants = claimants()
        elif claimants is None:
            claimants = find_claimants(sentence)
    for m in verbs:
        verb = m.group(0).lower()
        before_text = sentence[: m.start()]
        claimant, span = "", (m.start(), m.end())
        if _PASSIVE_BEFORE.search(before_text) and not verb.endswith("ing"):
            by = re.match(r"^\s+by\s+(.{0,60})", sentence[m.end() :])
            if by:
                hits = _within(claimants, m.end() + by.start(1), m.end() + by.end(1))
                if hits:
                    claimant, span = hits[0].value, (m.start(), hits[0].end)
            out.append(Speaker(m.start(), m.end(), claimant, span, True))
            continue
        postposed = verb.startswith(("according", "citing", "quot")) or bool(
            # ", said Delil Hassan, a member of the council": the speaker follows the verb
            # (not ", told Daily Sabah": whom the speaker told)
            # (nor ", said Sheikh Khudur, a smaller district, came under ...": the report)
            verb in ("said", "says", "added", "wrote", "stated")
            and re.search(r",\s*$", before_text)
            and _SPEAKER_NEXT.match(sentence, m.end())
            and not any(m.end() <= p.start <= m.end() + 6 for p in places)
            and not _source_then_apposition(before_text, claimants)
        )
        if not postposed:
            lo = max(0, m.start() - 160)
            window = before_text[lo:]
            cut = max(window.rfind(q) for q in _QUOTE_CHARS)
            if cut >= 0:
                lo, window = lo + cut + 1, window[cut + 1 :]
            # The speaker stands just before the verb: in the last comma-separated part
            # ("Rami Abdulrahman, the observatory's director, said"), not in the report
            # before it ("the army took X, a source said").
            parts = [(lo + p.start(), p.group(0)) for p in _COMMA_PART.finditer(window)]
            parts = [(start, text) for start, text in parts if text.strip()]
            # An aside between the speaker and the verb ("an official from the X group,
            # which has fighters in the area, dismissed ...") is skipped.
            # (A claimant named inside a relative clause, "the Observatory, which relies on
            # activists, said", is not the speaker when the part before names one.)
            kept = list(parts)
            while len(parts) > 1 and (
                _ASIDE.match(parts[-1][1])
                # "Abu Omar, a spokesman for the group, said" (not "... after the rebels
                # pulled out, a spokesman for the Kurdish administration said")
                or (
                    _SPOKESMAN_ASIDE.match(parts[-1][1]) and bool(_NAME_AT_END.search(parts[-2][1]))
                )
                # an apposition right after a source, naming none: "the Observatory, a
                # Britain-based group that tracks the war, said"
                # (or naming one only in a clause of its own: "a group that relies on a
                # network of activists")
                or (
                    _APPOSITION_NOUN.match(parts[-1][1])
                    and (
                        not _within(claimants, parts[-1][0], parts[-1][0] + len(parts[-1][1]))
                        or _RELATIVE_WORD.search(parts[-1][1])
                    )
                    and (
                        any(0 <= parts[-1][0] - c.end <= 2 for c in claimants)
                        # "Kurdish officials in Shaikh Maqsood, a district in the north, said"
                        or bool(
                            _CLAIMANT_THEN_PLACE.fullmatch(sentence, parts[-2][0], parts[-1][0])
                            and _within(claimants, parts[-2][0], parts[-1][0])
                        )
                    )
                )
            ):
                parts.pop()
            if parts and not _within(claimants, parts[-1][0], parts[-1][0] + len(parts[-1][1])):
                parts = kept
                while len(parts) > 1 and _ASIDE.match(parts[-1][1]):
                    if _within(claimants, parts[-1][0], m.start()):
                        break
                    parts.pop()
            named = parts[-2][1] if len(parts) > 1 else ""
            hi = m.start()
            if parts:
                lo, window = parts[-1]
                if parts != kept:  # asides skipped: the speaker is in the part before them
                    hi = lo + len(window)
            hits = _within(claimants, lo, hi)
            if hits and verb.endswith("ing"):
                # ", claiming ...", ", saying ...": the clause's subject speaks ("X disputed
                # the Observatory's account, claiming that ..."), not a source it names
                clause = max(sentence.rfind(";", 0, m.start()), sentence.rfind(":", 0, m.start()))
                hits = [h for h in hits if h.start > clause][:1] or hits[-1:]
            if hits:
                claimant, span = hits[-1].value, (hits[-1].start, m.end())
                if hi != m.start() and any(hits[-1].end <= t.start < hi for t in triggers):
                    # "Rebels repelled X, a spokesman said": the side is the event's
                    # subject (and the spokesman's side), not a speaker to leave out.
                    span = (m.start(), m.end())
                # "Delil Amed, a spokesman for the YPG, told ...": "Amed" speaks for the
                # YPG when the article names him again.
                person = _PERSON.fullmatch(named)
                if person:
                    state.names[person.group(1)] = claimant
            elif _PRONOUN_SPEAKER.search(window):
                claimant = state.claimant
            else:
                person = _SURNAME_LAST.search(window)
                if person and person.group(1) in state.names:
                    claimant = state.names[person.group(1)]
        # "..., said X" and "according to X": the speaker follows the verb. Otherwise
        # what follows is the report itself, whose words name no speaker.
        postposed = postposed or bool(re.search(r"[,\"”’']\s*$", before_text)) or not before_text
        if not claimant and postposed:
            after = sentence[m.end() : m.end() + 80]
            # ("According to the spokesman, ... units of the Syrian army took X": the
            # source is named before the comma; what follows it is the report)
            stop = re.search(
                r"\bthat\b|[.;“\"]" + ("|," if verb.startswith("accord") else ""), after
            )
            after = after[: stop.start()] if stop else after
            hits = _within(claimants, m.end(), m.end() + len(after))
            role = None if hits else _PERSON_THEN_ROLE.match(sentence, m.end())
            if role:
                # "according to Azad Khalil, a member of the Kurdish council": the person's
                # role names the source
                hits = _within(claimants, role.start(1), role.end(1))
            if hits:
                claimant, span = hits[0].value, (m.start(), hits[0].end)
            elif _PRONOUN_AFTER.match(after):
                # "According to the spokesman, ...": the source named before
                claimant = state.claimant
        rest = sentence[max(m.end(), span[1]) :]
        # (a closing speaker may be described at length: "..., according to the Syrian
        # Observatory for Human Rights, a Britain-based monitoring group with a network of
        # sources on the ground.")
        final = (
            len(re.findall(r"\w+", rest)) <= 10 or bool(_SOURCE_DESCRIBED.fullmatch(rest))
        ) and not _CLAUSE_AFTER.search(rest)
        # ", a military source said, and ...": it attributes the event words before it.
        closing = any(t.end <= min(span[0], m.start()) for t in triggers) and bool(
            _CLOSES.match(sentence[max(m.end(), span[1]) :])
        )
        out.append(Speaker(m.start(), m.end(), claimant, span, final, closing))
    return out


def _claimant_for(
    trig: Trigger, speakers: list[Speaker], state: ArticleState, sentence: str
) -> str:
    if trig.kind != "denial":
        # "X was captured, a claim denied by rebels": who denies a change does not claim it.
        speakers = [s for s in speakers if not _DENYING_VERB.match(sentence, s.start)]
    own = [s for s in speakers if s.start < trig.end and trig.start < s.end and s.claimant]
    if own:
        return own[0].claimant
    # A closing attribution before the event belongs to an earlier clause.
    before = [s for s in speakers if s.end <= trig.start and not s.closing]
    if before:
        return before[-1].claimant
    # A later speaker covers this event if nothing ends the clause between them, or if it
    # closes the sentence (", the monitor said.", "according to SOHR.").
    clause_end = _clause_end(sentence, trig.end)
    after = [s for s in speakers if s.start >= trig.end and (s.start <= clause_end or s.final)]
    if after:
        return after[0].claimant
    if sentence[:1] in _QUOTE_CHARS or sentence[:1] == "'" or state.quote_claimant:
        # Inside a quotation: its speaker, named where it ends if that is later on.
        return state.quote_claimant or state.claimant
    return ""


def _blocked(sentence: str, trig: Trigger, clause_start: int) -> bool | str:
    """True if the event words are hypothetical, planned or negated; "attempt" if they
    are an attempt (fighting, not a capture)."""
    # An aside closed before the verb tells nothing of it: "The YPG, never one to waste an
    # opening, helped itself to X"; "..., a UK-based outfit whose sympathies have never
    # been in doubt, the army took X". (Read from further back, so that the aside is
    # whole.)
    seg = sentence[max(clause_start, trig.start - 200) : trig.start]
    seg = _CLOSED_ASIDE.sub(" ", _DESCRIBING_ASIDE_CLOSED.sub(" ", seg))[-70:]
    words = re.findall(r"[A-Za-z']+", seg)[-8:]
    if any(w.lower() in lexicon.UNBLOCKERS for w in words[-3:]):
        return False
    if (
        trig.voice == "passive"
        and _PRESENT_PASSIVE.match(trig.text)
        and _UNTIL_BEFORE.search(sentence, clause_start, trig.start)
    ):
        return True  # "until the whole of Aleppo is cleansed": not yet done
    # "pulled out to avoid being encircled after troops captured X": what is blocked
    # before "after" is that clause's, not this one's
    subordinators = [
        i
        for i, w in enumerate(words)
        if w.lower() in _SUBORDINATORS
        and not (
            w.lower() in ("since", "after")
            and words[i + 1 : i + 2]
            and (words[i + 1].lower() in _TIME_AFTER_SUBORDINATOR or words[i + 1].isdigit())
        )
    ]
    own = words[subordinators[-1] + 1 :] if subordinators else words
    blockers = [w.lower() for w in own if w != "May" and w.lower() in lexicon.BLOCKERS]
    fighting = trig.kind in ("control_change", "contested")
    if blockers and fighting and all(w in lexicon.ATTEMPTS for w in blockers):
        return "attempt"
    if blockers:
        return True
    if trig.kind in ("control_change", "contested") and trig.voice != "passive":
        if (
            words
            and words[-1].lower() in lexicon.INFINITIVE_GOVERNORS
            # "took advantage of the chaos to seize X", "went on to take X": it was done
            and not _DONE_TO.search(sentence, max(0, trig.start - 70), trig.start)
            # ("the regime's ground push broke through at X": a verb of its own, done)
            and not (words[-1].lower() != "to" and _PAST_FORM.match(trig.text))
        ):
            return True
        first = trig.text.split()[0].lower()
        # A gerund is an event only after "after", "since"...: "after seizing X".
        previous = words[-1].lower() if words else ""
        # ", capturing X": a participle after a comma tells what the subject did.
        participle = sentence[: trig.start].rstrip().endswith(",") or (
            # "..., splitting the enclave in two and pushing rebels out of X"
            previous == "and" and bool(_PARTICIPLE_CLAUSE.search(sentence, 0, trig.start))
        )
        # "with the Kurdish units taking X": a side's participle in a "with" clause
        absolute = previous in _SIDE_NOUNS and bool(re.search(r"(?i)\bwith\s", seg))
        # "took X on 4 December before seizing Y": one done thing after another, where
        # nothing before it in the sentence makes the first one a plan
        done_before = previous == "before" and not any(
            w.lower() in lexicon.BLOCKERS for w in re.findall(r"[A-Za-z']+", sentence[: trig.start])
        )
        # ("footage showed soldiers raising the flag over X": the soldiers' own doing)
        gerund = (
            first.endswith("ing")
            and previous not in _GERUND_OK
            and not done_before
            and previous not in _SIDE_NOUNS
            and not participle
            and not absolute
        )
        if trig.kind == "control_change" and gerund:
            return True
    return False


def _groups(places: list[PlaceMention], sentence: str) -> list[list[PlaceMention]]:
    groups: list[list[PlaceMention]] = []
    for p in places:
        gap = sentence[groups[-1][-1].end : p.start] if groups else ""
        if groups and (
            LIST_GAP.match(gap or ",")
            or (p.kind != "area" and _MORE_PLACES_OF.match(gap))
            # "took control of X and Y and of the Z area" (not "of X, which sit astride
            # the road out of the enclave, and of Y": the area only locates)
            or (p.kind != "area" and groups[-1][-1].kind != "area" and _AND_OF_PLACE.fullmatch(gap))
        ):
            groups[-1].append(p)
        else:
            groups.append([p])
    # A list ends with "and" or "or": "liberate X, Y opens its doors" is two clauses.
    out: list[list[PlaceMention]] = []
    for g in groups:
        gaps = [sentence[a.end : b.start] for a, b in pairwise(g)]
        if gaps and all("," in gap and not _LIST_END.search(gap) for gap in gaps):
            out.extend([p] for p in g)
        else:
            out.append(g)
    return out


def _preceded_by_between(sentence: str, group: list[PlaceMention]) -> bool:
    return bool(
        re.search(
            r"\bbetween\s+(?:the\s+)?$",
            sentence[max(0, group[0].start - 14) : group[0].start],
            re.I,
        )
    )


def _entry_without_object(sentence: str, trig: Trigger) -> bool:
    """ "when the militias entered, ...": an entry that names no place."""
    return (
        bool(_ENTERED.fullmatch(trig.text))
        and sentence[trig.end : trig.end + 2].lstrip()[:1] == ","
    )


def _group_after(
    trig, groups, sentence, clause_end, taken, stops=(), max_gap: int = 0
) -> list[PlaceMention] | None:
    max_gap = max_gap or MAX_GAP_AFTER
    if _entry_without_object(sentence, trig):
        return None  # "families fled, when the militias entered, to X": nothing entered
    for g in groups:
        if g[0].start < trig.end or id(g) in taken:
            continue
        if _LIST_INTRO.fullmatch(sentence, trig.end, g[0].start):
            return g  # "seized three more districts – X, Y and Z –": the list is the object
        if g[0].start > clause_end or g[0].start - trig.end > max_gap:
            return None
        if any(trig.end <= stop < g[0].start for stop in stops):
            return None
        if _CLAUSE_JOIN.search(sentence, trig.end, g[0].start):
            return None  # "YPG takes X as regime cuts rebel enclave in two": another clause
        if trig.kind != "denial" and _PARTICIPLE_CLAUSE.search(sentence, trig.end, g[0].start):
            return None  # "Troops seize a key district, splitting the enclave in two"
        if _preceded_by_between(sentence, g):
            continue
        if _GENERIC_OBJECT.match(sentence, trig.end, g[0].start):
            return None  # "pulled back from the area, an official in X said": not X
        if _UNNAMED_NEAR.fullmatch(sentence, trig.end, g[0].start):
            return None  # "took over several districts on the edge of X": not X
        if trig.voice == "noun" and _NOUN_OBJECT_THEN_VERB.match(sentence, trig.end, g[0].start):
            return None  # "the fall of the estate leaves the rest of X exposed": not X
        if (
            trig.kind == "contested"
            and sentence[trig.end : g[0].start].lstrip().startswith(",")
            and _OPENING_PHRASE.match(sentence, 0, trig.start)
        ):
            return None  # "After three days of battles, X came under army control"
        return g
    return None


def _listed_after_colon(trig, groups, sentence, taken) -> list[PlaceMention] | None:
    """ "Among the quarters the army took overnight, a monitor said: X, Y and Z": the
    list after the colon is what was taken."""
    colon = sentence.find(":", trig.end)
    if colon < 0 or colon - trig.end > 100:
        return None
    for g in groups:
        if trig.end <= g[0].start < colon:
            return None  # a place of its own before the colon
        if g[0].start > colon and id(g) not in taken:
            return g if not sentence[colon + 1 : g[0].start].strip(' "“') else None
    return None


def _group_before(trig, groups, sentence, clause_start, taken) -> list[PlaceMention] | None:
    # "X, the district that links the north of the enclave with the rest, fell": the
    # subject is the place the aside describes, not a place named inside the aside.
    for g in groups:
        if (
            g[-1].end <= trig.start
            and id(g) not in taken
            and APPOSITION.fullmatch(sentence, g[-1].end, trig.start)
        ):
            # "the northern districts — X, Y and Z among them — had been lost": a list
            # between dashes names the places of the words before it; all are the subject.
            inside = [
                h
                for h in groups
                if h[0].start > g[-1].end
                and _DASH_GAP.fullmatch(sentence, g[-1].end, h[0].start)
                and _DASHED.match(sentence[h[-1].end : trig.start])
            ]
            return g + inside[0] if inside else g
    for i, g in reversed(list(enumerate(groups))):
        if g[-1].end > trig.start:
            continue
        if i and all(p.kind == "area" for p in g):
            # "the X and Y neighbourhoods of eastern Aleppo fell": the area says where
            # the places before it are; they are the subject.
            h = groups[i - 1]
            if _PLACES_OF.fullmatch(sentence, h[-1].end, g[0].start):
                g = h
        gap = sentence[g[-1].end : trig.start]
        if id(g) in taken and not _SHARED_SUBJECT.fullmatch(gap):
            continue
        dashed = bool(_DASHED.match(gap))
        # "X, a hilltop district rebels had held for weeks, fell": an aside between the
        # place and its verb. "X came under attack on Monday, and was captured": the
        # second verb shares the first one's subject.
        aside = bool(APPOSITION.fullmatch(gap) or _SHARED_SUBJECT.fullmatch(gap))
        if not aside and (
            (g[-1].end < clause_start and not dashed) or trig.start - g[-1].end > MAX_GAP_BEFORE
        ):
            return None
        if _preceded_by_between(sentence, g):
            return None
        if _OWN_SUBJECT.fullmatch(gap):
            return None  # "fled X into Y as the hill fell": the verb has a subject of its own
        return g
    return None


def _not_agents_after_by(sentence: str, actors: list[Mention]) -> list[Mention]:
    """The sides that are not agents after "by" ("an assault by government troops and
    Iraqi militiamen"): those are no subject of a verb later in the sentence."""
    out, previous_agent = [], None
    for a in actors:
        agent = bool(_BY_BEFORE.search(sentence, max(0, a.start - 8), a.start)) or (
            previous_agent is not None
            and bool(_AGENT_JOIN.fullmatch(sentence, previous_agent.end, a.start))
        )
        previous_agent = a if agent else None
        if not agent:
            out.append(a)
    return out


def _subject_at(sentence: str, actors: list[Mention], lo: int, hi: int) -> str:
    """The side named first in ``sentence[lo:hi]`` as a subject. A side driven out is the
    object of the verb before it ("They drove the rebels from X and seized Y"), so the
    subject is the other side; so is a side whose ground is named ("The offensive broke
    rebel lines by taking X")."""
    named = [a for a in actors if lo <= a.start and a.end <= hi]
    owners = [
        a
        for a in named
        if _GROUND_AFTER_SIDE.match(sentence, a.end)
        # ("broke through the rebels' northern defences": ground that another side broke;
        # not "The rebels' defences began to give way, when they lost X")
        or (
            _GROUND_OWNED.match(sentence, a.end)
            and _BROKEN_INTO.search(sentence, max(0, a.start - 30), a.start)
        )
    ]
    named = [a for a in named if a not in owners]
    if not named:
        return opposite(owners[0].value) if owners else ""
    first = named[0]
    if _DRIVES_OUT.search(sentence, max(0, first.start - 40), first.start):
        others = [
            a for a in named if not _DRIVES_OUT.search(sentence, max(0, a.start - 40), a.start)
        ]
        return others[0].value if others else opposite(first.value)
    return first.value


def _side_at(actors: list[Mention], lo: int, hi: int, first: bool = True) -> str:
    inside = [a for a in actors if lo <= a.start and a.end <= hi]
    if not inside:
        return ""
    return (inside[0] if first else inside[-1]).value


def _agent_after(sentence: str, trig: Trigger, actors: list[Mention]) -> str:
    """The side after "to", "by" or "of": "fell to X", "taken by X", "hands of X"."""
    if _TO_THEM.match(sentence, trig.end) or (
        trig.text.rstrip().lower().endswith(" to") and _THEM.match(sentence, trig.end)
    ):
        # "troops poured out of X, the district that fell to them on Saturday"
        before = [a for a in actors if a.end <= trig.start]
        if before:
            return before[-1].value
    for a in actors:
        if a.start >= trig.end and a.start - trig.end < 60:
            gap = sentence[trig.start : a.start]
            # The agent stands in the event's own phrase: a comma or a full stop between
            # them ends it ("the capture of X, a district ..., cut the rebels' lines").
            if _AGENT_BREAK.search(sentence, trig.end, a.start):
                break
            # ("the claim that X had fallen was dismissed by activists": another verb's)
            if _OTHER_PASSIVE.search(sentence, trig.end, a.start):
                break
            if re.search(r"\b(?:clear|cleans|freed|purg|rid)", gap, re.I) and re.search(
                r"\bof\s+(?:the\s+)?$", gap, re.I
            ):
                return opposite(a.value)  # "cleared (freed) of rebels": the rebels are gone
            # "the capture of X by Y": after a noun, "of" introduces the place, not the side
            # ("the fall of X to Y" names its taker with "to").
            if trig.voice == "noun":
                falls = trig.text.lower().startswith("fall")
                agent_words = r"\b(?:by|to)\b" if falls else r"\bby\b"
            else:
                agent_words = r"\b(?:to|by|of)\b"
            if re.search(agent_words, gap, re.I) and not re.search(r"\bfrom\b", gap, re.I):
                return a.value
    words = re.search(
        r"\b(government|regime|army|state|gos|rebels?|opposition|kurdish|ypg|insurgents|"
        r"militants|terrorists)\b",
        trig.text,
        re.I,
    )
    if words:
        side = _SIDE_WORDS[words.group(1).lower()]
        # ("no longer in the insurgents' hands": the side named is the one that lost it)
        return opposite(side) if re.search(r"(?i)\bno\s+longer\b", trig.text) else side
    return ""


def _side_of_clause_after(sentence: str, trig: Trigger, actors: list[Mention]) -> str:
    """ "X fell after pro-government forces pushed in": the side that acts in the clause
    that follows (its opposite if that side withdrew)."""
    lead = _AFTER_CLAUSE.match(sentence, trig.end, min(len(sentence), trig.end + 45))
    if not lead:
        return ""
    for a in actors:
        if lead.end() <= a.start <= lead.end() + 4:
            if _WITHDREW.match(sentence, a.end):
                return opposite(a.value)
            return a.value
    return ""


def _recipient_after(sentence: str, trig: Trigger, actors: list[Mention]) -> str:
    """The side after "to": "lost X to government troops"."""
    for a in actors:
        near = trig.end <= a.start < trig.end + 60
        if near and re.search(r"\bto\s+(?:the\s+)?$", sentence[trig.end : a.start], re.I):
            # (not "lost the north, some of it to Kurdish fighters": a share went to them)
            if _SHARE_OF_IT.search(sentence, trig.end, a.start):
                return ""
            return a.value
    return ""


def _segment_start(sentence: str, trig: Trigger, speakers: list[Speaker], clause_start: int) -> int:
    start = clause_start
    # "The army entered X, was expelled ... and – according to a colonel – regained it":
    # a source named between dashes does not open the words after it.
    asides = (
        [m.span() for m in _DASH_ASIDE.finditer(sentence, 0, trig.start)]
        if "–" in sentence or "—" in sentence
        else []
    )
    for s in speakers:
        if s.end <= trig.start and s.end > start:
            if any(lo <= s.start and s.end <= hi for lo, hi in asides):
                continue
            start = s.end
    return start


# A participle phrase that opens a clause and closes with a comma ("Taking advantage of
# the regime's advance, ...", "Backed by Russian jets, ...")
_LEADING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+(?:ing|ed)\b[^,;:]{0,80},\s*")


def _actor_for(trig, sentence, actors, speakers, state, clause_start, claimant) -> str:
    """The side that gains (or attacks), or NO_SIDE when the sentence does not say."""
    if trig.text.lower() == "declared" and claimant_side(claimant) in FIGHTING_SIDES:
        # "The army declared X secured": the one declaring is the one who took it.
        return claimant_side(claimant)
    seg_start = _segment_start(sentence, trig, speakers, clause_start)
    # "The YPG, which has fought rebels there, took X": a relative clause closed before
    # the verb says nothing of its subject; its sides are left out.
    asides = [
        (m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(sentence, seg_start, trig.start)
    ]
    actors = [a for a in actors if not any(lo <= a.start < hi for lo, hi in asides)]
    # "X pushed into Y, after rebels withdrew from Z": a subordinate clause with a
    # subject of its own starts the segment.
    # (from a little before the segment, so that a clause opening it is found whole: "On
    # Sunday, as the rebels pulled back, YPG fighters moved into X")
    for sub in _SUBORDINATE.finditer(sentence, max(0, seg_start - 12)):
        if sub.end() > trig.start:
            break
        if any(lo <= sub.start() < hi for lo, hi in asides):
            continue
        if sub.group(0).split()[0].lower() in ("and", "but") and any(
            0 <= sub.start() - a.end <= 1 for a in actors
        ):
            continue  # "the army and its allies took X": one subject of two sides
        if any(sub.end() <= a.start and a.end <= trig.start for a in actors):
            seg_start = sub.end()
            # "..., since rebels swept in in 2012, troops pressed on and took X": a
            # clause closed by a comma, with a side named after it, is an aside.
            close = sentence.find(",", sub.end(), trig.start)
            if close != -1 and any(close < a.start and a.end <= trig.start for a in actors):
                seg_start = close + 1
    # "They drove the rebels from X and on Monday seized Y": a side driven out is the
    # object of the verb before it, not the subject of this one; the other side is.
    # (an agent after "by" is no subject of a verb of capture: "repelled an assault by
    # government troops on X, the district that they retook")
    lead = _LEADING_PARTICIPLE.match(sentence, seg_start, trig.start)
    if lead and any(lead.end() <= a.start and a.end <= trig.start for a in actors):
        # "Taking advantage of the regime's advance, the PYD occupied X": the side in a
        # participle opening the clause is not its subject
        seg_start = lead.end()
    subjects = actors
    if trig.kind == "control_change" and trig.voice == "active":
        subjects = _not_agents_after_by(sentence, actors)
    subject = _subject_at(sentence, subjects, seg_start, trig.start)
    # "... partly to the YPG, which moved into X": the side the relative clause follows
    which = _WHICH_VERB.search(sentence, seg_start, trig.start)
    if which:
        named = [a for a in actors if a.end <= which.start() and a.value in FIGHTING_SIDES]
        if named and _SIDE_THEN_WHICH.fullmatch(sentence, named[-1].end, which.start()):
            subject = named[-1].value
    if not subject and trig.voice == "active" and actors and actors[0].start < trig.start:
        # "The army entered X, was expelled from it by the rebels and – according to a
        # colonel – regained control": a verb joined by "and" shares the first subject.
        before = _DASH_ASIDE.sub(" ", sentence[max(0, seg_start - 200) : trig.start])
        if _ENDS_WITH_AND.search(before) and actors[0].start <= 20:
            subject = actors[0].value
    if not subject and trig.voice == "active" and trig.kind == "control_change":
        driven = [a for a in actors if trig.start <= a.start and a.end <= trig.end]
        if driven and _DRIVES_OUT.search(sentence, trig.start, driven[-1].start):
            # "They drove the rebels from X": the side driven out lost X
            subject = opposite(driven[-1].value)
    # "they", "our forces", or bare "fighters" in a side's own report: the speaker's side.
    pronoun = re.search(
        r"\b(they|we|it|our|its\s+(?:fighters|forces|troops|units|soldiers)|fighters|gunmen|men)\b",
        sentence[seg_start : trig.start],
        re.I,
    )
    if not subject and pronoun:
        side = claimant_side(claimant)
        subject = side if side in FIGHTING_SIDES else ""
        # In a fighter's own words, "they" is the enemy: "They attacked and we held".
        quoted = sentence[:1] in _QUOTE_CHARS or '"' in sentence[seg_start : trig.start]
        if quoted and pronoun.group(1).lower() == "they":
            subject = opposite(subject)
        if not subject and not quoted and pronoun.group(1).lower() in ("it", "they"):
            # "the opposition still holds X, which it recaptured": in a relative clause,
            # the side named last before it; otherwise the one named first, the
            # sentence's subject ("troops broke into the north of the rebel enclave, and by
            # Monday they controlled ...")
            # (within its part of the sentence: "The government's offensive began ...; the
            # rebels' defences collapsed ..., and on 7 December they lost X": the rebels)
            part = sentence.rfind(";", 0, seg_start) + 1
            earlier = [a for a in actors if part <= a.start and a.end <= seg_start]
            relative = _RELATIVE_OPENS.search(sentence, 0, seg_start + pronoun.start())
            subject = (earlier[-1] if relative else earlier[0]).value if earlier else ""
    if not subject and _AND_CLAUSE.search(sentence, max(0, seg_start - 6), seg_start + 1):
        # "Militants from X, formerly known as Y, and allied groups retook Z": the comma
        # before "and" split a subject of several sides, not two clauses
        # (not a side in an aside about a place: "they took X, the last hilltop district
        # in rebel hands, and by evening had also captured Y")
        described = [m.span() for m in _RELATIVE_ASIDE.finditer(sentence, 0, seg_start)]
        subject = _subject_at(
            sentence,
            [a for a in actors if not any(lo <= a.start < hi for lo, hi in described)],
            0,
            seg_start,
        )
    if not subject and _CLAIMED_TO.search(sentence, max(0, trig.start - 40), trig.start):
        # "Rebels claimed to have recaptured X": the speaker claims its own deed
        side = claimant_side(claimant)
        subject = side if side in FIGHTING_SIDES else ""
    if not subject and trig.voice == "lose" and _OWNING_UP.search(sentence, 0, trig.start):
        # "Rebels admitted losing X": the side owning up to the loss is the loser.
        side = claimant_side(claimant)
        subject = side if side in FIGHTING_SIDES else ""
    if trig.voice == "passive":
        # "X fell to Y"; else "the rebels' stronghold of X fell": the owner lost it.
        owner = [
            a
            for a in actors
            if seg_start <= a.start < trig.start
            and sentence[a.end : a.end + 1] in "'’"
            and _OWNED_GROUND.match(sentence, a.end)
        ]
        loser = opposite(owner[0].value) if owner else ""
        held = _HELD_BY.search(sentence, seg_start, trig.start)
        if not loser and _POSSESSIVE_PRONOUN.search(trig.text):
            # "Aleppo is back under its control", the army says: the speaker's side
            side = claimant_side(claimant)
            if side in FIGHTING_SIDES:
                return side
        if held and not loser:
            loser = opposite(_SIDE_WORDS.get(held.group(1).lower().rstrip("s"), ""))
        if _LOST_BY.search(trig.text):
            # "X was lost (or evacuated) by the opposition": the side after "by" lost it;
            # else "X was lost, a rebel commander said": the speaker's side did
            by = _agent_after(sentence, trig, actors)
            if by:
                return opposite(by) or NO_SIDE
            if not loser:
                loser = opposite(claimant_side(claimant))
        freed_from = _FROM_SIDE.match(sentence, trig.end)
        if freed_from:
            # "X has been liberated from terrorists": the side it was freed from lost it
            gone = _side_at(actors, freed_from.start(1), freed_from.end(1) + 1)
            loser = loser or gone
        return (
            _agent_after(sentence, trig, actors)
            or (opposite(loser) if freed_from and loser == gone else loser)
            or _side_of_clause_after(sentence, trig, actors)
            or NO_SIDE
        )
    if re.match(r"(?i)hand|surrender", trig.text):
        return _agent_after(sentence, trig, actors) or opposite(subject) or NO_SIDE
    if trig.voice == "lose":
        # "the regime forced rebels to abandon X": the side forced out is the one named
        # before "to"; "the last rebel fighters left X": the side in the event's words.
        forced = _FORCED_TO.search(sentence, max(0, trig.start - 60), trig.start)
        inside = [a for a in actors if trig.start <= a.start and a.end <= trig.end]
        loser = ""
        if forced:
            loser = _side_at(actors, forced.start(1), forced.end(1))
        elif inside:
            loser = inside[-1].value
        by = ""
        if _PASSIVE_LOSE.match(trig.text):
            # "The mercenary gangs were expelled from X by the YPG": the side after "by"
            agents = [
                a
                for a in actors
                if trig.end < a.start <= trig.end + 60
                and _BY_BEFORE.search(sentence, max(trig.end, a.start - 12), a.start)
                and not _AGENT_BREAK.search(sentence, trig.end, a.start)
            ]
            by = agents[0].value if agents else ""
        if (
            not loser
            and trig.text.lower().startswith("loss")
            and not _OWNED_LOSS.search(sentence, max(0, trig.start - 30), trig.start)
        ):
            # "After government forces overran X, the loss of Y left the opposition with
            # little": a noun whose loser is told after it, if at all; the side before it
            # is another clause's subject.
            falls_on = [
                a
                for a in actors
                if trig.end < a.start <= trig.end + 120
                and _LOSS_FALLS_ON.search(sentence, max(0, a.start - 25), a.start)
            ]
            subject = falls_on[0].value if falls_on else ""
        return (
            by or _recipient_after(sentence, trig, actors) or opposite(loser or subject) or NO_SIDE
        )
    if trig.voice == "repel":
        if _WE_RIGHT_BEFORE.search(sentence, max(0, trig.start - 20), trig.start):
            # "The militias reached the first street and we pushed them out": "we" are the
            # speaker's side, whatever side the sentence named first
            side = claimant_side(claimant)
            subject = side if side in FIGHTING_SIDES else subject
        return opposite(subject) or NO_SIDE
    if trig.text.lower().startswith("with"):
        # "With X secured, the army ...": the side named next is the one holding X.
        later = [a for a in actors if a.start >= trig.end]
        return later[0].value if later else NO_SIDE
    if trig.voice == "noun" and trig.text.lower().startswith("fall"):
        # "the rebels lost the north, in an advance that began with the fall of X": the
        # sentence's subject is no taker of X; only "the fall of X to Y" names one.
        return _agent_after(sentence, trig, actors) or NO_SIDE
    if trig.voice == "noun" and _NOUN_OPENS_CLAUSE.search(
        sentence, max(0, trig.start - 12), trig.start
    ):
        # "the rebels left X, and the capture of Y sealed their fate": the noun opens a
        # clause of its own; the side before it is another clause's subject
        subject = ""
    if subject:
        return subject
    if _STATE_IDIOM.search(trig.text):
        return "government"
    if trig.voice == "noun":
        return _agent_after(sentence, trig, actors) or NO_SIDE
    if trig.kind == "control_change" and trig.text.lower().endswith("ing"):
        # "After capturing X, troops moved on": the subject follows.
        later = [a for a in actors if a.start >= trig.end]
        if later:
            return later[0].value
    return NO_SIDE


def _dates_a_report(phrase: DatePhrase, speakers, sentence: str = "") -> bool:
    """Whether a date phrase stands by a reporting verb ("said on Monday") or a report
    ("in a statement on Sunday"), dating the report rather than what it reports."""
    if _LEADS_A_CLAUSE.search(phrase.text):
        return False  # "..., the monitor said, a day after troops seized X": dates X
    if sentence and _REPORT_NOUN.search(sentence, max(0, phrase.start - 30), phrase.start):
        return True
    for s in speakers:
        if (
            phrase.end <= s.start
            and s.start - phrase.end < 25
            and not s.closing
            # (not "... the next day and – according to a colonel – regained it")
            and not _BREAK_BEFORE_SOURCE.search(sentence, phrase.end, s.start)
        ):
            # "On Monday, SANA reported ...", but not "X fell on Monday, the army said"
            return True
        # "said on Monday", "told AFP on Monday"; not "said: 'Yesterday we ...'".
        gap = sentence[s.end : phrase.start] if sentence else ""
        if s.end <= phrase.start and phrase.start - s.end < 25 and not _INTO_REPORT.search(gap):
            return True
    return False


def _dates_next_item(phrase: DatePhrase, places: Sequence[PlaceMention], sentence: str) -> bool:
    """Whether ``phrase`` opens an item of a list after a comma: ", on 7 December the old
    city"."""
    return _AFTER_COMMA.search(sentence, 0, phrase.start) is not None and any(
        p.start >= phrase.end and _DATE_THEN_PLACES.fullmatch(sentence, phrase.end, p.start)
        for p in places
    )


def _own_date_after(
    sentence: str, group: list[PlaceMention], phrases: list[DatePhrase], published: dt.date
) -> dict | None:
    """The date right after a group of places ("... and of the Sheikh Said hill on
    December 12", "... and of Y two days later"), as event fields; None if none stands
    there, or it is counted from a date the sentence does not name."""
    for phrase in phrases:
        if phrase.start >= group[-1].end and _OWN_DATE_GAP.fullmatch(
            sentence, group[-1].end, phrase.start
        ):
            ref = published
            if phrase.needs_anchor:
                # "... of X on Dec. 5, and of Y two days later": from the date before it
                named = [q for q in phrases if q.end <= phrase.start and not q.needs_anchor]
                anchor = named[-1].resolve(published) if named else None
                if anchor is None:
                    return None
                ref = anchor[0]
            span = phrase.resolve(ref)
            if span is None or span[0] > published:
                return None
            return {"date_start": span[0], "date_end": min(span[1], published),
                    "date_phrase": phrase.text, "_dated": True}  # fmt: skip
    return None


def _history_in_aside(
    phrase: DatePhrase,
    trig: Trigger,
    places: Sequence[PlaceMention],
    sentence: str,
    published: dt.date,
) -> bool:
    """Whether ``phrase`` is history told in an aside after one of the event's places, so
    describing the place: "overran X, the largest district of the north and, in the summer
    of 2012, the first to fall to the rebels"; "took X, one of the biggest districts and
    for years the seat of its council" (an apposition opened right after the place). Not
    "seized X, Syria's largest city, in 2012." nor "occupied X, including Y, in July 2012,
    and since then ...": there the date ends the clause, and dates it."""
    if not phrase.is_history(published):
        return False
    return any(
        trig.end <= q.start
        and q.end <= phrase.start
        and ";" not in sentence[q.end : phrase.start]
        and (
            _APPOSITION_OPEN.match(sentence, q.end)
            # ("the capture of the Hanano housing district, the first part of the city the
            # rebels had taken in 2012": the place's noun before the aside)
            or _APPOSITION_AFTER_NOUN.match(sentence, q.end)
            or (
                "," in sentence[q.end : phrase.start]
                and _APPOSITION_OPEN.match(sentence, phrase.end)
            )
        )
        for q in places
    )


def _in_since_clause(sentence: str, trig: Trigger, phrase, triggers: Sequence[Trigger]) -> bool:
    """Whether ``phrase`` stands in a "since ..." clause, after this event's words, that
    tells a capture or a fight of its own."""
    since = _SINCE.search(sentence, trig.end, phrase.start)
    return since is not None and any(
        since.end() <= t.start < phrase.start and t.kind in ("control_change", "contested")
        for t in triggers
    )


def _date_for(
    trig: Trigger,
    phrases: list[DatePhrase],
    speakers,
    sentence: str,
    published: dt.date,
    anchor_day: dt.date | None = None,
    places: Sequence[PlaceMention] = (),
    triggers: Sequence[Trigger] = (),
):
    """The phrase dating this event and the span it resolves to, or (None, published)."""
    if not phrases:
        return None, (published, published)
    leading = _leading_phrase(trig, phrases, sentence, places, triggers)
    if leading is not None:
        return _counted_from_other_clause(leading, trig, phrases, speakers, sentence, published)
    clause_end = _clause_end(sentence, trig.end)
    # A relative clause ("..., which rebels had held since 2012") dates something else.
    relative = _RELATIVE.search(sentence, trig.end)
    # "had been taken, along with the crossing where, four years ago, ...": a "where"
    # clause without a comma before it tells of that place, not of the event
    where = _WHERE.search(sentence, trig.end)
    if where:
        clause_end = min(clause_end, where.start())
    relative_span = None
    if relative:
        close = sentence.find(",", relative.end())
        if close < 0:
            clause_end = min(clause_end, relative.start())
        else:  # a relative clause closed by a comma: what follows it is the event's again
            relative_span = (relative.start(), close)
    # (not "since 2012" or a year long past: those date no report of this offensive)
    report = [
        p
        for p in phrases
        if _dates_a_report(p, speakers, sentence)
        and not p.is_history(published)
        and not p.text.lower().startswith("since")
    ]
    # (a phrase in that "where" clause dates neither the event nor its report)
    outside = [p for p in phrases if not (where and p.start > where.start())]
    # ("X, a neighborhood the YPG has controlled since 2012, said Sunday that its fighters
    # had entered Y": a holding's start in an aside dates no later event; the report does)
    unreported = [
        p
        for p in outside
        if p not in report
        and not (
            p.text.lower().startswith("since")
            and p.end <= trig.start
            and "," in sentence[p.end : trig.start]
            and p.is_history(published)
        )
    ]
    own = unreported or outside
    # "X — the estate rebels took in July 2012 — was taken by the army": an aside between
    # dashes before the event dates something else.
    asides = [m.span() for m in _DASH_ASIDE.finditer(sentence, 0, trig.start)] + [
        # "X, two districts rebels had held since 2012, were overrun": the same, by commas
        m.span(1)
        for m in _COMMA_ASIDE.finditer(sentence, 0, trig.start)
        if _AUXILIARIES.fullmatch(sentence, m.end(1), trig.start)
    ]
    aside = [p for p in phrases if any(lo <= p.start and p.end <= hi for lo, hi in asides)]
    own = [p for p in own if p not in aside]
    if relative_span:
        own = [p for p in own if not relative_span[0] <= p.start < relative_span[1]]
        if not own:
            return None, (published, published)
    elif relative:
        own = [p for p in own if p.start < relative.start()]
        if not own:
            return None, (published, published)
    # "retook X and Y, before rebel lines collapsed on Monday": a subordinate clause after
    # the event dates its own verb.
    subordinate = _LATER_CLAUSE.search(sentence, trig.end)
    if subordinate:
        clause_end = min(clause_end, subordinate.start())
    after = [
        p
        for p in own
        # A phrase may stand inside the event words ("restored security on Sunday to X").
        if p.start >= trig.start
        and p.start <= clause_end
        and p.start - trig.end < 110
        # "lost the districts they had held since 2012": the phrase dates the holding.
        and not _dates_another_verb(sentence, trig.end, p.start, places)
        # "captured X, the first district rebels took four years ago": the other capture's
        # (but not a noun: "had overrun in the first weeks of their advance in July 2012")
        # (nor a "when" clause, told at the same time: "the first that the insurgents took
        # when they entered Aleppo four years ago")
        and not any(
            trig.end <= t.start < p.start
            and t.kind in ("control_change", "contested")
            and not _NOUN_USE_BEFORE.search(sentence, max(0, t.start - 8), t.start)
            and not _WHEN_THEY.search(sentence, max(0, t.start - 24), t.start)
            for t in triggers
        )
        # "On 5 December they took X, ..., on 7 December the old city": the date of the
        # next item of the list
        and not _dates_next_item(p, places, sentence)
    ]
    # A phrase in an earlier coordinated clause ("launched the offensive on 15 November
    # and quickly overran X") dates that clause, unless it opens the sentence.
    before = [
        p
        for p in own
        if p.end <= trig.start
        and (p.start < 3 or not _COORDINATED.search(sentence, p.end, trig.start))
    ]
    later = [
        p
        for p in own
        if p.start >= trig.end
        and not _dates_another_verb(sentence, trig.end, p.start, places)
        # ("..., handing the rebels their heaviest defeat since they seized the east in
        # 2012": the year dates the capture the "since" clause tells; but "taken by rebels
        # when they swept into the city in 2012" is one time)
        and not (p.is_history(published) and _in_since_clause(sentence, trig, p, triggers))
        and not (where and p.start > where.start())
    ]
    aside_history = {
        id(p) for p in after + later if _history_in_aside(p, trig, places, sentence, published)
    }
    if aside_history:
        after = [p for p in after if id(p) not in aside_history]
        later = [p for p in later if id(p) not in aside_history]
    if not (after or before or later) and aside_history and unreported:
        # Only history in an aside was left of the event's own phrases: the report's date
        # ("reported yesterday that troops had taken X, for years the seat of ...") bounds it
        before = [p for p in report if p.end <= trig.start]
        later = [p for p in report if p.start >= trig.end]
    if not (after or before or later):
        return None, (published, published)
    chosen = (
        after[0]
        if after
        else (before[-1] if before else min(later, key=lambda p: abs(p.start - trig.end)))
    )
    ref = published
    if chosen.needs_anchor:
        # "took X on 26 November and Y two days later": counted from the date named
        # before it in the sentence, else from the last date the article gave an event.
        earlier = [
            p for p in phrases if p.end <= chosen.start and not p.needs_anchor and p not in aside
        ]
        # ("captured X on 26 November, the first district the rebels had taken in 2012; a
        # day later ..." counts from 26 November: history told in passing is no anchor)
        recent = [p for p in earlier if not p.is_history(published)]
        earlier = recent or earlier
        span = earlier[-1].resolve(published) if earlier else None
        ref = span[0] if span else (anchor_day or published)
    elif chosen.is_relative and chosen not in report:
        # A relative phrase inside a dated report counts from the report's date: "SANA
        # said on Wednesday that troops took X the day before".
        anchors = [p for p in report if p.start < chosen.start]
        if anchors:
            span = anchors[-1].resolve(published)
            if span:
                ref = span[0]
    span = chosen.resolve(ref)
    if (
        span
        and chosen.needs_anchor
        and _LEADS_A_CLAUSE.search(chosen.text)
        and chosen.end <= trig.start
        and not re.search(r"[,;]", sentence[chosen.end : trig.start])
    ):
        # "left X on 25 November, two days before troops took it": the clause after
        # "before" is the later one, so its event is counted the other way.
        day = ref - (span[0] - ref)
        span = (day, day)
    if span is None or span[0] > published:
        return None, (published, published)
    return chosen, (span[0], min(span[1], published))


def _told_as_history(
    trig: Trigger,
    phrase: DatePhrase | None,
    phrases: list[DatePhrase],
    sentence: str,
    published: dt.date,
) -> bool:
    """Whether these event words tell history long before this offensive, not an event
    of it: dated to long ago, or in a sentence whose time is long ago."""
    if phrase is not None and phrase.is_history(published):
        return True
    if phrase is None and _FIRST_TO_FALL.search(sentence, max(0, trig.start - 60), trig.start):
        return True  # "X was the first neighbourhood to fall to them": how the war began
    history = [p for p in phrases if p.is_history(published)]
    if not history:
        return False
    earlier = [p for p in phrases if p.end <= trig.start]
    return (
        # "in July 2012, when fighters stormed in and took the east"
        any(
            p.end <= trig.start
            and _WHEN_CLAUSE.match(sentence, p.end)
            and not re.search(r"[.;]", sentence[p.end : trig.start])
            for p in history
        )
        # "It was in Salahuddine, in July 2012, that the battle began, when the factions
        # pushed in and occupied the east": the only time the sentence gives is history
        # (a point in time: not "since 2012" or "for years", which reach up to now)
        or (
            phrase is None
            and bool(earlier)
            and all(
                p in history and p.kind != "for_long" and not p.text.lower().startswith("since")
                for p in earlier
            )
        )
        # "When the rebels swept into the city in July 2012, they ... entered X"
        or (
            bool(_OPENING_WHEN.match(sentence))
            and any(p.end <= sentence.find(",") for p in history)
        )
        # "the rebels held the east, as they had since 2012": a state, not a change
        or bool(_HOLDS.fullmatch(trig.text))
    )


# (", and Y", " but Y", or a bare comma in a dated list: "took X on D1, Y on D2 and Z")
_GAP_BEFORE = re.compile(
    # ("X fell between 26 and 28 November; the old city, on 7 December; ...")
    r"(?i)(?:(?:,\s*|\s)(?:and|but|then)(?:\s+|\s*,\s*)|[,;]\s*)(?:then\s+|followed\s+by\s+)?"
    # ("..., and finally, on Monday, the hill of X")
    r"(?:(?:finally|lastly|eventually)(?:\s+|\s*,\s*))?"
    r"(?:the\s+|this\s+)?(?:(?:strategic|key|hilltop|important)\s+)?"
    # ("and the hilltop district of Sheikh Saeed on Monday", "and the strategic hill of X")
    r"(?:(?:[\w-]+\s+){0,2}?(?:district|neighbou?rhood|quarter|hill)\s+of\s+(?:the\s+)?)?$"
)
_GAP_AFTER = re.compile(r"\s*(?:that\s*)?(?:[.,;:]|$|and\b)")
# (an aside may stand between: "and Sheikh Saeed, a hill over the south, on December 12")
# ("... and the X hill on December 12": the place's noun may follow it)
_GAP_DATE = re.compile(
    r"(?i)(?:\s+(?:hill|district|neighbou?rhood|quarter)s?)?(?:,[^,;:]{3,100},)?\s*(?:on\s+)?(?:the\s+)?"
)
# After a semicolon, an item may keep its date behind a comma: "...; the old city, on 7
# December; ..."
_GAP_DATE_AFTER_SEMICOLON = re.compile(r"(?i),\s*(?:on\s+)?(?:the\s+)?")
_SEMICOLON_BEFORE = re.compile(r";\s*(?:the\s+)?$")
# ("..., on 7 December the old city, and ...")
_DATE_THEN_PLACES = re.compile(
    r"(?i)\s*,?\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:hill|district|neighbou?rhood|quarter)\s+of\s+(?:the\s+)?)?"
)


def _gapped_changes(
    sentence: str,
    out: list[dict],
    groups: list[list[PlaceMention]],
    phrases: list[DatePhrase],
    published: dt.date,
    triggers: Sequence[Trigger] = (),
) -> list[dict]:
    """Changes told with their verb left out: "al-Shaar fell on 5 December, and the Old
    City two days later" (or "lost X and, earlier this week, Y and Z") gives the places
    the change before them, on their own date."""
    found: list[dict] = []
    told = {e["district"] for e in out}
    for phrase in phrases:
        group = next(
            (
                g
                for g in groups
                if g[-1].end <= phrase.start
                and (
                    _GAP_DATE.fullmatch(sentence, g[-1].end, phrase.start)
                    or (
                        _GAP_DATE_AFTER_SEMICOLON.fullmatch(sentence, g[-1].end, phrase.start)
                        and _SEMICOLON_BEFORE.search(sentence, max(0, g[0].start - 8), g[0].start)
                    )
                )
                and _GAP_BEFORE.search(sentence, max(0, g[0].start - 45), g[0].start)
                and _GAP_AFTER.match(sentence, phrase.end)
            ),
            None,
        ) or next(
            (
                g
                for g in groups
                if g[0].start >= phrase.end
                and _DATE_THEN_PLACES.fullmatch(sentence, phrase.end, g[0].start)
                and _GAP_BEFORE.search(sentence, max(0, phrase.start - 14), phrase.start)
                # (not "; within 72 hours the whole north had fallen": a verb of its own)
                and not any(
                    g[-1].end <= t.start < _clause_end(sentence, g[-1].end) for t in triggers
                )
            ),
            None,
        )
        if group is None or any(p.name in told for p in group):
            continue
        earlier = [
            e
            for e in out
            if e["event_type"] in ("control_change", "contested")
            and sentence.rfind(e["place_text"], 0, group[0].start) >= 0
        ]
        if not earlier:
            continue
        model = earlier[-1]
        ref = model["date_start"] if phrase.needs_anchor else published
        span = phrase.resolve(ref)
        if span is None or span[0] > published:
            continue
        for p in group:
            found.append({**model, "district": p.name, "place_text": p.text,
                          "date_start": span[0], "date_end": min(span[1], published),
                          "date_phrase": phrase.text, "_dated": True})  # fmt: skip
            told.add(p.name)
    return found


def _leading_phrase(
    trig: Trigger,
    phrases: list[DatePhrase],
    sentence: str,
    places: Sequence[PlaceMention],
    triggers: Sequence[Trigger] = (),
) -> DatePhrase | None:
    """ "Two days after seizing X, ...", "a day after X, Y and Z were overrun": a phrase
    that leads the clause holding this event, with nothing but the event's own words
    (and a list of places) between them."""
    for p in phrases:
        if not (p.needs_anchor and p.end <= trig.start and _LEADS_A_CLAUSE.search(p.text)):
            continue
        between = sentence[p.end : trig.start]
        for place in places:
            if p.end <= place.start and place.end <= trig.start:
                between = between.replace(place.text, "\x00")
        between = _LIST_GLUE.sub("\x00", between)  # a list of places is one
        if len(between) >= 80 or re.search(r"[,;:()]", between):
            continue
        # (an aside may stand between: "two days after troops seized X, a hilltop
        # district, on Wednesday" has its own date, unless other event words come first)
        own_date = any(
            q.start >= trig.end
            and not q.needs_anchor
            and not re.search(r"[;:()]", sentence[trig.end : q.start])
            and (
                "," not in sentence[trig.end : q.start]
                or not any(trig.end <= t.start < q.start for t in triggers)
            )
            for q in phrases
        )
        # "less than 24 hours after troops overran X late on Saturday": X has its own date.
        return None if own_date else p
    return None


def _counted_from_other_clause(
    leading: DatePhrase,
    trig: Trigger,
    phrases: list[DatePhrase],
    speakers,
    sentence: str,
    published: dt.date,
) -> tuple[DatePhrase | None, tuple[dt.date, dt.date]]:
    """The date of an event in a clause led by "N days after/before": counted from the
    date of the other clause, named before the phrase or else after the event ("Two days
    after seizing X, troops pushed into Y on Tuesday"), else from publication."""
    # (not history told after the event: "two days after the liberation of X, ... the
    # first to fall to the rebels in July 2012" counts from now, not from 2012; but "The
    # rebels entered in the summer of 2012, months after they took X" is history)
    fixed = [
        p
        for p in phrases
        if p is not leading
        and not p.needs_anchor
        and not (p.start >= trig.end and p.is_history(published))
    ]
    own = [p for p in fixed if not _dates_a_report(p, speakers, sentence)] or fixed
    before = [p for p in own if p.end <= leading.start]
    # (Not a date in a further clause led the same way: "a day after X, and 48 hours after
    # Y fell on Saturday" dates Y.)
    after = [
        p
        for p in own
        if p.start >= trig.end
        and not any(
            trig.end <= q.start < p.start and _LEADS_A_CLAUSE.search(q.text) for q in phrases
        )
    ]
    other = before[-1] if before else (after[0] if after else None)
    span = other.resolve(published) if other else (published, published)
    if span is None:
        return None, (published, published)
    ref = span[0]
    moved = leading.resolve(ref)
    if moved is None:
        return None, (published, published)
    # "a day after E" puts E a day before the other clause; "two days before E", after it.
    day = ref - (moved[0] - ref)
    if day > published:
        return None, (published, published)
    return leading, (day, day)


def _counts(sentence: str, lo: int, hi: int, last: bool = True) -> tuple[int | None, int | None]:
    """The count nearest the end of ``sentence[lo:hi]`` (or the first, ``last=False``)."""
    best = None
    if not _DIGIT.search(sentence, lo, hi):
        return None, None  # every count has a digit
    for m in _COUNT.finditer(sentence, lo, hi):
        if last and (
            _NOT_MOVERS.match(sentence, m.end(), m.end() + 40)
            or _INCLUDING.search(sentence, max(0, m.start() - 12), m.start())
        ):
            continue  # a death toll, or a part of a larger count ("including 5,843 children")
        best = m
        if not last:
            break
    if not best:
        return None, None
    n1, n2 = _number(best.group("n1")), _number(best.group("n2")) if best.group("n2") else None
    qual = (best.group("qual") or "").lower()
    if n2 is not None:
        return (n1, n2) if n1 <= n2 else (n2, n1)
    if qual in {"as many as", "up to", "nearly", "almost", "close to"}:
        return None, n1
    if qual in {"more than", "over", "at least", "upwards of"}:
        return n1, None
    return n1, n1


def _own_count(sentence, trig, place, default, places):
    if place is None:
        return default
    previous = [p for p in places if trig.end <= p.end <= place.start]
    lo = previous[-1].end if previous else trig.end
    if lo >= place.start:
        return default
    own = _counts(sentence, lo, place.start)
    if own == (None, None):
        own = _counts_loose(sentence[lo : place.start])
    return own if own != (None, None) else default


_LOOSE = re.compile(rf"\b(?P<n1>{_NUMBER})\s+(?:more|others|people|civilians)\b", re.I)


def _counts_loose(text: str) -> tuple[int | None, int | None]:
    m = _LOOSE.search(text)
    return (_number(m.group("n1")), _number(m.group("n1"))) if m else (None, None)


def _number(text: str) -> int:
    text = text.lower().replace(",", "").strip()
    factor = 1
    if text.endswith("million"):
        factor, text = 1_000_000, text[: -len("million")].strip()
    elif text.endswith("thousand"):
        factor, text = 1000, text[: -len("thousand")].strip()
    try:
        return round(float(text) * factor)
    except ValueError:
        return 0


def _displacement_roles(trig, sentence, places, clause_start, clause_end, limit, steps=()):
    """Origins and destinations of the move told by ``trig``. ``steps`` are the spans of
    the words of its later stages ("... and were transported to"): a place may stand as
    far from the last of them as from the event word, and their words tell its role."""
    origins: list[PlaceMention] = []
    dests: list[PlaceMention] = []
    arrival = bool(
        re.match(r"(?i)arriv|sought|seeking|took|taking|taken|take|f(?:ou|i)nd", trig.text)
    )
    direct_origin = bool(re.match(r"(?i)fle|escap|evacuat|left|abandon", trig.text))
    prev_end = trig.end
    for p in places:
        step = max(((a, b) for a, b in steps if b <= p.start), default=None, key=lambda s: s[1])
        near = max(prev_end, step[1]) if step else prev_end
        # (another event's words end the move's places, unless a later stage of the move
        # follows them: "came out of X through corridors secured by the army and were
        # transported to Y")
        reopened = step is not None and step[0] > limit
        if (
            trig.end <= p.start <= clause_end + 1
            and (p.start <= limit or reopened)
            and p.start - near < 90
        ):
            # The event words themselves may hold the preposition ("moving out of"), as
            # may a later stage's ("and were transported to shelters in X").
            gap_start = trig.start if prev_end == trig.end else prev_end
            if step and step[1] > prev_end:
                gap_start = step[0]
            gap = sentence[gap_start : p.start]
            preps = [(m.start(), "o") for m in _ORIGIN_PREP.finditer(gap)]
            preps += [(m.start(), "d") for m in _DEST_PREP.finditer(gap)]
            # "arrived in X", "sought refuge in X"; not "refuge in basements in X".
            direct_in = re.match(
                r"^\s*(?:in|at)\s+(?:the\s+)?$", sentence[prev_end : p.start], re.I
            )
            if arrival and direct_in:
                preps.append((len(gap), "d"))
            if _ROUTE.search(gap):
                role = ""
            elif preps:
                role = max(preps)[1]
            elif LIST_GAP.match(gap or ",") or re.match(r"^\s*(?:,|and|or|as\s+well\s+as)\b", gap):
                role = "same"
            elif direct_origin and (not gap.strip(" ,the") or _FROM_FIGHTING.match(gap)):
                role = "o"
            elif trig.text.lower().startswith("reached"):
                role = "d"
            else:
                role = ""
            if role == "same":
                last_o = origins[-1].start if origins else -1
                last_d = dests[-1].start if dests else -1
                role = "o" if last_o > last_d else ("d" if last_d > last_o else "")
            if role == "o":
                origins.append(p)
            elif role == "d":
                dests.append(p)
            prev_end = p.end
        elif p.end <= trig.start and p.start >= clause_start:
            before = sentence[max(clause_start, p.start - 30) : p.start]
            if _FROM_BEFORE.search(before):
                origins.append(p)
            elif lexicon.PEOPLE.search(before) and re.search(
                r"\b(?:of|in)\s+(?:the\s+)?$", before, re.I
            ):
                # ("residents of X have arrived in Y": where they are from; "people in X
                # arrived" is where they are now, as "residents of X said the district had
                # taken in families" is where the families went)
                of = re.search(r"\bof\s+(?:the\s+)?$", before, re.I)
                hosting = bool(_HOST_VERB.match(trig.text))
                (dests if arrival and (hosting or not of) else origins).append(p)
    return origins, dests


def _named_before(places: list[PlaceMention], pos: int, state: ArticleState) -> list[str]:
    """Neighbourhoods named before ``pos``: earlier in the article, then in this sentence."""
    names = list(state.places)
    for p in places:
        if p.end <= pos and p.kind != "area":
            if p.name in names:
                names.remove(p.name)
            names.append(p.name)
    return names


def _last_list_before(places: list[PlaceMention], sentence: str, pos: int) -> list[PlaceMention]:
    """The last list of two or more places named before ``pos`` in this sentence."""
    groups = _groups([p for p in places if p.end <= pos and p.kind != "area"], sentence)
    lists = [g for g in groups if len(g) > 1]
    return lists[-1] if lists else []


def _coref_mentions(
    sentence: str, state: ArticleState, places: list[PlaceMention]
) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    low = sentence.lower()
    if "hill" in low:  # "Sheikh Said, a strategic hill", "the Sheikh Said hill"
        state.hills.update(
            p.name
            for p in places
            if _HILL_AFTER.match(sentence, p.end)
            or _HILL_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        )
    has_it = " it" in low
    has_city = "aleppo" in low or "city" in low
    has_noun = any(w in low for w in _COREF_NOUNS)
    has_back = " back" in low or " out" in low
    has_them = " them" in low
    has_there = " still there" in low
    if not (has_it or has_city or has_noun or has_back or has_them or has_there or " both" in low):
        return out
    for m in _STILL_THERE.finditer(sentence) if has_there else ():
        # "rebel fighters were still there": the place named last before it
        earlier = [p for p in places if p.end <= m.start(1) and p.kind != "area"]
        name = earlier[-1].name if earlier else (state.places[-1] if state.places else "")
        if name:
            out.append(PlaceMention(m.start(1), m.end(1), m.group(1), name, "neighbourhood"))
    for m in _BACK.finditer(sentence) if has_back else ():
        # (not a place named only to locate another: "a district that borders X")
        earlier = [
            p
            for p in places
            if p.end <= m.start(1)
            and p.kind != "area"
            and not _LOCATING.search(sentence, max(0, p.start - 40), p.start)
        ]
        name = earlier[-1].name if earlier else (state.places[-1] if state.places else "")
        if m.group(1).lower() == "out" and not earlier:
            continue  # "drove them out" names its place in the same sentence, or none
        if name:
            out.append(PlaceMention(m.start(1), m.end(1), m.group(1), name, "neighbourhood"))
    spans = [(p.start, p.end) for p in places]
    # The patterns below are slow to search; each runs only where its words can be.
    them: list[re.Match] = []
    if has_them:
        them.extend(_THEM_OBJECT.finditer(sentence))
    if any(w in low for w in _PLURAL_NOUNS):
        them.extend(_THE_PLURAL.finditer(sentence))
    if them:
        for m in sorted(them, key=lambda m: m.start()):
            lo, hi = m.span(1) if m.re is _THEM_OBJECT else m.span()
            if any(s < hi and lo < e for s, e in spans):
                continue
            for p in _last_list_before(places, sentence, lo):
                out.append(PlaceMention(lo, hi, sentence[lo:hi], p.name, p.kind))
    for m in _IT_OBJECT.finditer(sentence) if has_it and _IT_WORD.search(low) else ():
        # (not a place an attack came from: "attacking from the direction of X, they drove
        # the troops out of it")
        earlier = [
            p
            for p in places
            if p.end <= m.start(1)
            and p.kind != "area"
            and not _FROM_PLACE.search(sentence, max(0, p.start - 40), p.start)
            and not _LOCATING.search(sentence, max(0, p.start - 40), p.start)
        ]
        name = earlier[-1].name if earlier else (state.places[-1] if state.places else "")
        if not earlier and _GROUND_NOUN.search(sentence, 0, m.start(1)):
            # "The regime has recaptured territory before only to lose it again": "it" is
            # the ground this sentence names, not a place named before
            name = ""
        if name:
            out.append(PlaceMention(m.start(1), m.end(1), m.group(1), name, "neighbourhood"))
    whole = has_city and any(w in low for w in _WHOLE_WORDS)
    for m in _WHOLE_CITY.finditer(sentence) if whole else ():
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(PlaceMention(m.start(1), m.end(1), m.group(0), "East Aleppo", "area"))
    subject = "Aleppo" in sentence and any(w in low for w in _HELD_WORDS)
    for m in _CITY_SUBJECT.finditer(sentence) if subject else ():
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(PlaceMention(m.start(), m.end(), m.group(0), "East Aleppo", "area"))
    if has_noun:
        for m in _COREF_ONE.finditer(sentence):
            # "Sheikh Said, the hilltop neighborhood that ...": an apposition describes
            # the place before it; it names no place of its own.
            apposition = any(
                p.end <= m.start() and re.fullmatch(r"\s*[,–—]\s*", sentence[p.end : m.start()])
                for p in places
            )
            if not apposition and not any(s < m.end() and m.start() < e for s, e in spans):
                names = _named_before(places, m.start(), state)
                if m.group(0).lower().endswith("hill"):
                    # "the hill" is a place the article has called one, or one named so
                    names = [n for n in names if n in state.hills or _HILL_NAME.match(n)]
                else:
                    # "the neighbourhood" is none of the landmarks named before it
                    # ("advanced from the Hanano barracks and seized buildings on the edge
                    # of the neighbourhood")
                    landmarks = state.landmarks | {p.name for p in places if p.kind == "landmark"}
                    # ("fled from X toward Y as the district fell": not where they went)
                    went = {
                        p.name
                        for p in places
                        if p.end <= m.start()
                        and _TOWARD_BEFORE.search(sentence, max(0, p.start - 12), p.start)
                    }
                    # ("pulled back from X, north-west of Y, ... took over the district":
                    # Y only says where X is)
                    located = {
                        p.name
                        for p in places
                        if p.end <= m.start()
                        and _DIRECTION_ASIDE.search(sentence, max(0, p.start - 30), p.start)
                    }
                    names = [n for n in names if n not in landmarks]
                    names = [n for n in names if n not in went] or names
                    names = [n for n in names if n not in located] or names
                if names:
                    out.append(
                        PlaceMention(m.start(), m.end(), m.group(0), names[-1], "neighbourhood")
                    )
        for m in _COREF_TWO.finditer(sentence) if "both" in low or "two" in low else ():
            for name in _named_before(places, m.start(), state)[-2:]:
                out.append(PlaceMention(m.start(), m.end(), m.group(0), name, "neighbourhood"))
    # "... Jabal Badro and Baedin, and announced that the army had taken control of both"
    for m in _BOTH_ALONE.finditer(sentence) if " both" in low else ():
        group = 1 if m.group(1) else 2
        # (not a place named only to locate them: "two neighbourhoods next to Hanano")
        named = [
            p.name
            for p in places
            if p.end <= m.start(group)
            and p.kind != "area"
            and not _LOCATING.search(sentence, max(0, p.start - 40), p.start)
        ]
        for name in named[-2:] if len(named) >= 2 else []:
            out.append(
                PlaceMention(m.start(group), m.end(group), m.group(group), name, "neighbourhood")
            )
    return out


def code_article(
    article: Article, index: PlaceIndex
) -> tuple[list[dict], list[tuple[ReviewItem, str]], list[tuple[int, str, list, str]]]:
    """Events (as dicts of event fields, in reading order), names to review, and the
    sentences (index, text) for the claims coder."""
    state = ArticleState()
    events: list[dict] = []
    review: list[tuple[ReviewItem, str]] = []
    sentences = split_sentences(article.text)
    coded: list[tuple[int, str, list[Speaker], str]] = []
    quoted = _quotation_speakers(sentences)
    for n, sentence in enumerate(sentences):
        previous_claimant = state.claimant
        state.quote_claimant = quoted.get(n, "")
        found, names = code_sentence(sentence, article.published, index, state)
        state.previous_sentence = sentence
        coded.append((n, sentence, state.speakers, previous_claimant))
        for ev in found:
            ev["_sentence"] = n
        events.extend(found)
        review.extend((item, sentence) for item in names)
    _side_of(events, state.sides_named)
    _date_undated_captures(events)
    return _without_echoed_arrivals(events), review, coded


def _without_echoed_arrivals(events: list[dict]) -> list[dict]:
    """ "Thousands flee to X" (a headline) beside "10,000 people from the north have
    arrived in X": an arrival with no origin and no figure of its own, in an article that
    tells where a move to the same place began, is that move told again."""
    told = {
        e["destination"]
        for e in events
        if e["event_type"] == "displacement" and e["origin"] and e["destination"]
    }
    return [
        e
        for e in events
        if not (
            e["event_type"] == "displacement"
            and not e["origin"]
            and e["destination"] in told
            and e["count_low"] is None
            and e["count_high"] is None
        )
    ]


def _without_echoed_losses(out: list[dict]) -> list[dict]:
    """ "The YPG took X after the opposition withdrew from the district": the withdrawal
    tells how X changed hands, not that a second side took it. A loss of a district that
    another change in the same sentence gives to a side on the same day is dropped, and
    so is one whose district a third side took, whatever day the loss is dated ("YPG
    fighters moved into X on Sunday after the factions pulled out"). Not "recaptured X,
    which they had lost a day earlier", nor "retook X on Monday and lost it again on
    Tuesday": those are changes of their own."""
    takers: dict[str, list[tuple[str, object]]] = {}  # district -> (side, day) of its gains
    for e in out:
        if e["event_type"] == "control_change" and not e.get("_lose") and e["actor"]:
            takers.setdefault(e["district"], []).append((e["actor"], e["date_start"]))

    def echoed(e: dict) -> bool:
        loser = opposite(e["actor"])
        return any(
            (day == e["date_start"] and side != e["actor"]) or side not in (loser, e["actor"])
            for side, day in takers.get(e["district"], ())
        )

    return [e for e in out if not (e.get("_lose") and echoed(e))]


def _joined_moves(out: list[dict], sentence: str) -> list[dict]:
    """ "People who fled X crowded into Y": a relative clause tells where the move began
    and the main verb where it ended; one move from X to Y."""
    if not _WHO_MOVED.search(sentence):
        return out
    moves = [e for e in out if e["event_type"] == "displacement"]
    starts = [e for e in moves if e["origin"] and not e["destination"]]
    ends = [e for e in moves if e["destination"] and not e["origin"]]
    if len(starts) != 1 or not ends:
        return out
    start = starts[0]
    if len(ends) > 1:
        # "... who fled X walked to Y and Z": one total over several places has no one
        # destination (as for a single move, see code_sentence)
        return [e for e in out if not any(e is end for end in ends)]
    end = ends[0]
    if end["destination"] == start["origin"]:
        return out
    end["origin"] = start["origin"]
    end["place_text"] = f"{start['place_text']} -> {end['place_text']}"
    if end["count_low"] is None and end["count_high"] is None:
        end["count_low"], end["count_high"] = start["count_low"], start["count_high"]
    end["date_start"], end["date_end"] = start["date_start"], start["date_end"]
    return [e for e in out if e is not start]


def _arrived_with_host(out: list[dict], sentence: str, places: list[PlaceMention]) -> None:
    """ "Kurdish officials in X said 8,000 people from the eastern districts had arrived
    there (had taken refuge in the Kurdish-run district, had been taken in)": the place
    the speakers speak for is where the move ended."""
    moves = [e for e in out if e["event_type"] == "displacement" and not e["destination"]]
    if not moves or not _ARRIVED_HERE.search(sentence):
        return
    hosts = [
        p
        for p in places
        if p.kind != "area"
        and (
            _HOST_BEFORE.search(sentence, max(0, p.start - 50), p.start)
            # "In X, Kurdish officials said ..."
            or (_IN_FIRST.fullmatch(sentence, 0, p.start) and _HOSTS_AFTER.match(sentence, p.end))
        )
    ]
    if len({p.name for p in hosts}) != 1:
        return
    host = hosts[0]
    for e in moves:
        if e["origin"] != host.name:
            e["destination"] = host.name
            e["place_text"] = f"{e['place_text']} -> {host.text}" if e["place_text"] else host.text


def _share_origin(out: list[dict]) -> None:
    """ "110,000 fled the eastern districts for the west, and thousands more found refuge
    in X": a later move of the sentence that names where it ended but not where it began
    left the place the whole move before it left."""
    origin, origin_text = "", ""
    for e in out:
        if e["event_type"] != "displacement":
            continue
        if e["origin"] and e["destination"]:
            # (a whole move; not "people who fled X crowded into Y", one move told in two)
            origin, origin_text = e["origin"], e["place_text"].split(" -> ")[0]
        elif origin and e["destination"] and e["destination"] != origin:
            e["origin"] = origin
            e["place_text"] = f"{origin_text} -> {e['place_text']}"


def _moved_into_abandoned(out: list[dict]) -> list[dict]:
    """ "The YPG advanced into X, which the factions had abandoned": the side that moved
    into ground another side gave up that day took it. A loss whose taker the sentence
    does not name, or names only as the loser's enemy, goes to a third side that moved
    into the district on the same days (the move itself is then a fight won, below)."""
    movers = {
        (e["district"], e["date_start"], e["date_end"]): e["actor"]
        for e in out
        if e.get("_into") and e["actor"]
    }
    for e in out:
        mover = movers.get((e["district"], e["date_start"], e["date_end"]))
        if (
            e.get("_lose")
            and e["event_type"] == "control_change"
            and mover
            and mover != e["actor"]
            and (not e["actor"] or mover != opposite(e["actor"]))  # (not the loser)
        ):
            e["actor"] = mover
    return out


def _without_fights_won(out: list[dict]) -> list[dict]:
    """ "Troops stormed X and captured it", "entered X, which the rebels had abandoned":
    the fight is how the side took X, not a fight that goes on there. A fight in a
    district that the same sentence tells the same side took on the same days is
    dropped."""
    won = {
        (e["district"], e["actor"], e["date_start"], e["date_end"])
        for e in out
        if e["event_type"] == "control_change" and e["actor"]
    }
    return [
        e
        for e in out
        if not (
            e["event_type"] == "contested"
            and (e["district"], e["actor"], e["date_start"], e["date_end"]) in won
        )
    ]


def _quotation_speakers(sentences: list[str]) -> dict[int, str]:
    """Sentence index -> the speaker of the quotation it stands in, for quotations that
    run over several sentences and name their speaker only at the end ('"There is
    fighting in X. ... They have not entered it," said a Levant Front commander.')."""
    out: dict[int, str] = {}
    n = 0
    while n < len(sentences):
        text = sentences[n]
        if text[:1] not in _OPENING_QUOTES or _closes_quote(text[1:]):
            n += 1
            continue
        # An open quotation: find the sentence that closes it, and who is said to speak.
        for end in range(n + 1, min(n + 6, len(sentences))):
            close = _QUOTE_CLOSE.search(sentences[end])
            if not close:
                continue
            attribution = sentences[end][close.end() : close.end() + 140]
            verb = _SAID.search(attribution)
            found = find_claimants(attribution[: verb.end() + 80]) if verb else []
            if found:
                for i in range(n, end + 1):
                    out[i] = found[0].value
            n = end
            break
        n += 1
    return out


def _closes_quote(text: str) -> bool:
    return any(q in text for q in '"”')


def _known(actor: str) -> str:
    return "" if actor == NO_SIDE else actor


def _side_of(events: list[dict], sides_named: Counter | None = None) -> None:
    """Give a change or a fight whose sentence names no side, and whose side was not named
    just before, the side the article names most often as taking or attacking ground.
    ("The capture of X is part of a major offensive ..."): a report's unattributed
    captures are the main attacker's. Between sides that take as much ground, the one
    the article names more often where it tells of events leads."""

    def sides(types: tuple[str, ...]) -> Counter:
        return Counter(
            e["actor"]
            for e in events
            if e["event_type"] in types and e["actor"] and not e.get("_agentless")
        )

    # The side taking ground leads; fighting counts only where no change names a side
    # (a report recalling the rebels' attacks of 2012 is still the army's in 2016).
    named = sides(("control_change",)) or sides(("control_change", "contested"))
    ranked = named.most_common(2)
    if not ranked:
        return  # no side named: leave the side unknown
    leader = ranked[0][0]
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1] and sides_named:
        a, b = ranked[0][0], ranked[1][0]
        if sides_named[a] != sides_named[b]:
            ranked = [(max((a, b), key=lambda side: sides_named[side]), ranked[0][1])]
            leader = ranked[0][0]
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        # No one side ahead: the side of the first change the article tells (its lead).
        leads = [
            e["actor"]
            for e in events
            if e["event_type"] == "control_change" and e["actor"] and not e.get("_agentless")
        ]
        if not leads or leads[0] not in (ranked[0][0], ranked[1][0]):
            return
        leader = leads[0]
    for e in events:
        if e.get("_agentless") and not e["actor"]:
            e["actor"] = leader


def code_sentence(sentence: str, published: dt.date, index: PlaceIndex, state: ArticleState):
    known = index.exact(sentence)
    # Event words matter only where an event can be coded: a place (named, referred back
    # to, or perhaps unknown), a denial of the last change, or a count.
    lowered = sentence.lower()
    wanted = (
        known
        or state.last_control
        or (state.recent and _DENIAL_HINT.search(lowered))
        or (_DIGIT.search(sentence) and any(w in lowered for w in _TOLL_WORDS))
        or may_name_a_place(sentence)
        or any(w in lowered for w in _COREF_NOUNS)
        or (any(w in lowered for w in _COREF_WORDS) and _COREF_HINT.search(lowered))
    )
    triggers = find_triggers(sentence) if wanted else []
    anchors = [t.end for t in triggers if t.kind != "casualties"]
    cache: dict[str, list[Mention]] = {}

    def claimants() -> list[Mention]:
        if "c" not in cache:
            cache["c"] = find_claimants(sentence)
        return cache["c"]

    def all_actors() -> list[Mention]:
        if "a" not in cache:
            cache["a"] = find_actors(sentence)
            state.sides_named.update(a.value for a in cache["a"] if a.value in FIGHTING_SIDES)
        return cache["a"]

    def named() -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in claimants() + all_actors()]

    # Words that tell of the name before them: "X fell", "X is still theirs".
    before_anchors = [
        t.start
        for t in triggers
        if t.voice in ("passive", "holding")
        # "X, which the Kurdish militia took over": the name the relative clause is about
        or (t.kind == "control_change" and _WHICH_BEFORE.search(sentence, 0, t.start))
    ]
    places, review = find_places(sentence, index, anchors, named, known, before_anchors)
    places = _with_article_spellings(sentence, places, known, state)
    corefs = _coref_mentions(sentence, state, places)
    coref_ids = {id(p) for p in corefs}
    places = sorted(places + corefs, key=lambda p: (p.start, p.name))
    places = _drop_locating_areas(sentence, places)
    event_words = [t for t in triggers if t.kind != "casualties"]
    speakers = _speakers(
        sentence, state, claimants, event_words, scanned=bool(wanted), places=places
    )
    # Without a place, only a denial (of the last change) or a death toll can be coded.
    if not triggers or not (places or any(t.kind in ("denial", "casualties") for t in triggers)):
        _carry_state(state, places, speakers, [])
        return [], review
    excluded = [s.exclude for s in speakers]
    actors = [a for a in all_actors() if not any(lo <= a.start < hi for lo, hi in excluded)]
    phrases = find_date_phrases(sentence)
    anchor_day = state.last_day
    if any(p.kind == "that_period" for p in phrases):
        # "... in September. Later that month the army retook X": the month of the last
        # date the sentence before named, whether or not an event was dated by it
        told = [p for p in find_date_phrases(state.previous_sentence) if not p.needs_anchor]
        span = told[-1].resolve(published) if told else None
        anchor_day = span[0] if span else anchor_day
    groups = _groups(places, sentence)
    has_people = bool(lexicon.PEOPLE_SET.longest(sentence))
    out: list[dict] = []
    taken: set[int] = set()
    suppressed_until, suppressing = -1, ""
    repelled: tuple[int, str] | None = None
    left_by_people: list[Trigger] = []  # losses that are people leaving (moves, see below)
    sentence_claimant = ""

    denials = [t for t in triggers if t.kind == "denial"]
    for trig in triggers:
        if _THEM_OUT.match(trig.text) and _WE_BEFORE.search(sentence, 0, trig.start):
            # "They reached the first street and we pushed them out": in a fighter's own
            # words, an attack driven off, not ground changing hands
            trig = Trigger(trig.start, trig.end, "contested", "repel", trig.text)
        if (
            trig.kind == "control_change"
            and trig.voice in ("active", "lose")
            and not _ENDS_WITH_PREPOSITION.search(trig.text)
            and _LOCATIVE_NEXT.match(sentence, trig.end)
        ):
            # "neighbourhoods the rebels abandoned on the edge of X": the verb's object came
            # before it; the place after it only says where that was
            continue
        if trig.text.lower() == "stormed" and _TURNING_POINT_WHEN.search(
            sentence, max(0, trig.start - 200), trig.start
        ):
            # "The rout began on Saturday when troops stormed X", "the offensive broke
            # through on November 26, when troops stormed X": the storming that broke the
            # lines took the ground
            trig = Trigger(trig.start, trig.end, "control_change", "active", trig.text)
        if _fight_as_duration(sentence, trig):
            # "captured X after days of house-to-house fighting, along with Y": how long
            # the capture took, not a fight of its own in the places after it
            continue
        if _DEPLOY.match(trig.text) and not _side_at(
            [a for a in actors if a.value in FIGHTING_SIDES],
            _clause_start(sentence, trig.start),
            trig.start,
        ):
            continue  # "a mobile hospital, deployed in the western neighbourhoods": no side
        if trig.kind == "contested" and any(lo <= trig.start < hi for lo, hi in excluded):
            # "A commander with the X group, one of the factions fighting in the district,
            # denied ...": fighting that describes the speaker tells no event (a capture
            # may: "The army, which took X on Sunday, said ...").
            continue
        antecedent = _relative_antecedent(trig, groups, sentence)
        if not _place_in_reach(trig, places, sentence) and antecedent is None:
            continue  # nothing for these words to be about (cheap check before the rest)
        clause_start = _clause_start(sentence, trig.start)
        clause_end = _clause_end(sentence, trig.end)
        claimant = _claimant_for(trig, speakers, state, sentence)
        sentence_claimant = sentence_claimant or claimant
        if (
            trig.kind in ("control_change", "contested")
            and trig.start < suppressed_until
            # (not "still holds X, which it recaptured on Thursday": a change of its own)
            and not (
                antecedent is not None
                and (suppressing == "holding" or suppressing.startswith("still"))
            )
        ):
            continue
        if (
            trig.kind in ("control_change", "contested")
            and any(d.start > trig.end and d.voice == "verdict" for d in denials)
            and _REPORTED_THAT.search(sentence, max(0, trig.start - 80), trig.start)
        ):
            continue  # "reports that X had fallen were false": the claim is the denial's
        if (
            trig.voice == "passive"
            and trig.text.lower().startswith("under")
            and _PLACE_DESCRIBED.search(sentence, 0, trig.start)
        ):
            continue  # "X, a district ... under the control of Kurdish forces": a holding
        if trig.kind == "denial":
            suppressed_until = clause_end
            suppressing = "holding" if trig.voice == "holding" else trig.text.lower()
        blocked = _blocked(sentence, trig, clause_start) if trig.kind != "denial" else False
        if blocked == "attempt":
            trig = Trigger(trig.start, trig.end, "contested", trig.voice, trig.text)
        elif blocked:
            continue
        if (
            trig.kind == "contested"
            and has_people
            and _MOVING.match(trig.text)
            and lexicon.PEOPLE.search(sentence, clause_start, trig.start)
            and not any(
                clause_start <= a.start < trig.start and a.value in FIGHTING_SIDES for a in actors
            )
        ):
            # "2,500 people had left X, moving deeper into the city to Y and Z": people on
            # the move, not troops. ("moved from X into Y": the move starts at "from X".)
            moved_from = _MOVED_FROM.match(trig.text)
            move_to = trig.start + moved_from.end() if moved_from else trig.end
            trig = Trigger(
                trig.start, move_to, "displacement", "active", sentence[trig.start : move_to]
            )
        if (
            trig.voice == "lose"
            and has_people
            and _PEOPLE_LEAVE.match(trig.text)
            and _PEOPLE_SUBJECT.search(sentence, clause_start, trig.start)
            and not any(
                clause_start <= a.start < trig.start and a.value in FIGHTING_SIDES for a in actors
            )
        ):
            # "dozens of families had abandoned X and moved to Y": people leaving, no loss
            trig = Trigger(trig.start, trig.end, "displacement", "active", trig.text)
            left_by_people.append(trig)
        fled = _FLED_GROUND.match(sentence, trig.start)
        if (
            trig.kind == "displacement"
            and not has_people
            and fled
            # (a place right after the verb: "fled X", "left the old town")
            and any(p.start == fled.end() for p in places)
            and any(
                clause_start <= a.start < trig.start and a.value in FIGHTING_SIDES for a in actors
            )
        ):
            # "Militants were forced to flee X": fighters leaving ground, the side's loss
            trig = Trigger(trig.start, trig.end, "control_change", "lose", trig.text)
        if trig.kind == "displacement" and not has_people:
            continue
        phrase, (day_start, day_end) = _date_for(
            trig, phrases, speakers, sentence, published, anchor_day, places, triggers
        )
        if _told_as_history(trig, phrase, phrases, sentence, published):
            continue
        if day_end < published - dt.timedelta(days=HISTORY_DAYS):
            continue  # "three months after the army recaptured X": counted back to history

        base = {
            "date_start": day_start,
            "date_end": day_end,
            "date_phrase": phrase.text if phrase else "",
            "claimant": claimant,
            "evidence": sentence,
            "_dated": phrase is not None,
        }
        if trig.kind == "displacement":
            moves = [t for t in triggers if t.kind == "displacement"] + left_by_people
            earlier = [t for t in moves if t.start < trig.start]
            if earlier and (
                _CONTINUES.match(trig.text)
                or (
                    trig.text.lower().endswith("ing")
                    and _AFTER_COMMA.search(sentence, 0, trig.start)
                )
            ):
                continue  # "fled X, heading to Y", "arrived in X, fleeing ...": one move
            # The move's places end where another event's words begin ("Thousands fled as
            # the army advanced into X": X is the army's).
            next_words = [
                t.start
                for t in triggers
                if t.start > trig.start
                and t.kind != "casualties"
                and not (t.kind == "displacement" and _CONTINUES.match(t.text))
                and not (t.kind == "contested" and _FIGHT_NOUN.match(t.text))
                and not _entry_without_object(sentence, t)
            ]
            limit = next_words[0] if next_words else len(sentence)
            # A list of destinations may run on past ", and": "fled to X, ..., and to Y".
            move_stop = _MOVE_END.search(sentence, trig.end)
            move_end = move_stop.start() if move_stop else len(sentence)
            steps = [
                (t.start, t.end) for t in moves if t.start > trig.start and _CONTINUES.match(t.text)
            ]
            origins, dests = _displacement_roles(
                trig, sentence, places, clause_start, move_end, limit, steps
            )
            if not origins and not dests and _ITS_PEOPLE.search(sentence) and places:
                origins = [places[0]]
            if not origins and dests and "East Aleppo" in index.gazetteer:
                # "crossed from the east into the government-held west": "the east" alone
                # is too vague to be a place, but as where a move began it is the enclave
                east = _FROM_THE_EAST.search(sentence, trig.start, dests[0].start)
                if east:
                    origins = [
                        PlaceMention(
                            east.start(1), east.end(1), east.group(1), "East Aleppo", "area"
                        )
                    ]
            if not origins and dests and dests[0].name in _OTHER_HALF:
                # "moved from the north into the south of the enclave": the other half of it
                half = _FROM_THE_HALF.search(sentence, trig.start, dests[0].start)
                name = _OTHER_HALF[dests[0].name]
                if half and half.group(1).lower() in name.lower() and name in index.gazetteer:
                    origins = [
                        PlaceMention(half.start(1), half.end(1), half.group(0), name, "area")
                    ]
            if _DETAINED_MOVERS.search(sentence, 0, trig.start) and _DETENTION.search(sentence):
                continue  # "men who crossed into government areas were detained": their fate
            # "fled X deeper into the enclave": the enclave holding the origin is no
            # destination (a part of it is: "left X for the southern districts").
            dests = [
                d
                for d in dests
                if not (
                    d.kind == "area"
                    and d.name == "East Aleppo"
                    and any(o.name in index.gazetteer[d.name].members for o in origins)
                )
            ]
            if not origins and not dests:
                continue
            count_from = max([clause_start] + [t.end for t in earlier])
            low0, high0 = _counts(sentence, count_from, trig.start)
            if (low0, high0) == (None, None) and trig.text.lower() == "displaced":
                # "had received 5,000 displaced people": the word is the people's adjective
                low0, high0 = _counts(sentence, count_from, min(len(sentence), trig.end + 12))
            if (low0, high0) == (None, None):  # "Buses took 2,000 people from X"
                first = [p.start for p in (origins + dests) if p.start > trig.end]
                if first:
                    low0, high0 = _counts(sentence, trig.end, min(first))
            if (
                not origins
                and (low0, high0) == (None, None)
                and _PART_OF_TOTAL.search(sentence, max(0, trig.start - 40), trig.start)
            ):
                # "Many have crossed into government-held areas; others have moved deeper
                # into the enclave": where parts of a total told before went, unsplit
                continue
            if (
                origins
                and len({d.name for d in dests}) > 1
                and all(
                    _own_count(sentence, trig, d, (low0, high0), places) == (low0, high0)
                    for d in dests
                )
            ):
                # "10,000 fled X, some to the west and others to Sheikh Maqsoud": one total
                # over several places, with no split, has no one destination. (Without an
                # origin, the places they went are all that is told: they are kept.)
                dests = []
            for o in origins or [None]:
                for d in dests or [None]:
                    if o is not None and d is not None and o.name == d.name:
                        continue
                    # "50,000 fled to X and 10,000 more to Y": a count just before a
                    # later place is that place's own.
                    low, high = _own_count(sentence, trig, d or o, (low0, high0), places)
                    out.append({**base, "event_type": "displacement", "district": "",
                                "place_text": " -> ".join(x.text for x in (o, d) if x is not None),
                                "actor": "", "origin": o.name if o else "",
                                "destination": d.name if d else "",
                                "count_low": low, "count_high": high})  # fmt: skip
            continue
        if trig.kind == "casualties":
            low, high = _counts(
                sentence, max(clause_start - 10, 0), min(len(sentence), trig.end + 60), last=False
            )
            if low is None and high is None:
                continue
            near = [p for p in places if clause_start <= p.start <= clause_end and p.kind != "area"]
            seg = _segment_start(sentence, trig, speakers, clause_start)
            where = near[0] if near else None
            out.append({**base, "event_type": "casualties", "district": where.name if where else "",
                        "place_text": where.text if where else "",
                        "actor": _side_at(actors, seg, trig.start), "origin": "", "destination": "",
                        "count_low": low, "count_high": high})  # fmt: skip
            continue
        if trig.kind == "denial":
            if (
                _ACCUSATIONS.match(sentence, trig.end)
                or _DENIED_DEED.match(sentence, trig.end)
                or _ACCUSATION_BEFORE.search(sentence, max(0, trig.start - 60), trig.start)
            ):
                # "The regime denies these accusations" (of killings), "a charge the Kurds
                # deny", "denied any coordination with Damascus": a deed denied, no ground
                continue
            if trig.voice in ("passive", "holding", "verdict"):  # "insisted X had not been lost"
                group = _group_before(trig, groups, sentence, clause_start, taken)
            elif _STILL_IN.search(trig.text):
                # "his fighters were still inside X" ("in the eastern part of X"): X close
                group = _group_after(trig, groups, sentence, len(sentence), taken, max_gap=30)
            else:
                group = _group_after(
                    trig, groups, sentence, len(sentence), taken, max_gap=MAX_GAP_DENIED
                )
            if trig.voice == "verdict":
                # "Claims by state media that ... are lies, a rebel spokesman said": the
                # verdict is the later speaker's, not the claim's source.
                later = [sp for sp in speakers if sp.start >= trig.end and sp.claimant]
                if later:
                    claimant = later[0].claimant
                    base["claimant"] = claimant
            side = claimant_side(claimant)
            actor = side if side in FIGHTING_SIDES else ""
            aside = _CLAIM_ASIDE.search(sentence, max(0, trig.start - 60), trig.start)
            if trig.voice == "closing" and not aside:
                continue  # a bare "... denied." denies only a claim its aside names
            if aside and trig.voice in ("active", "closing"):
                # "State media said troops took X, a claim rebels called a lie": the side
                # in the aside denies what the speaker of the sentence claims.
                denier = _side_at(actors, aside.start(), trig.start)
                if denier in FIGHTING_SIDES and denier != actor:
                    actor = denier
                    found = find_claimants(sentence[aside.start() : trig.start])
                    claimant = base["claimant"] = found[0].value if found else ""
            still = _STILL_IN.search(trig.text)
            if still and not group and len(denials) > 1:
                # "a claim a rebel official denied, saying rebels were still in their
                # positions": the other denial words tell the denial
                continue
            if still and trig.text.split()[0].lower() in _SIDE_OF_MEN:
                # "rebels were still in X": the side named (not "his fighters": the
                # speaker's)
                actor = _SIDE_OF_MEN[trig.text.split()[0].lower()]
            if group and _NOT_LOST.match(trig.text):
                # "the army said it had not lost X" disputes a change only if one by another
                # side has been told; alone, it is a loss that did not happen.
                attackers = {
                    p.name: state.attackers.get(p.name, set())
                    | {e["actor"] for e in out if e["district"] == p.name}
                    for p in group
                }
                group = [p for p in group if attackers[p.name] - {actor, ""}]
                if not group:
                    continue
            if trig.voice == "holding":
                # "X is still in the hands of the revolutionaries": the side named holds X.
                # It disputes a change only if the article has told of one (or of an attack
                # on X) by another side; otherwise it describes who holds what.
                holder = _agent_after(sentence, trig, actors) or actor
                if not group or not holder:
                    continue
                disputed = [p for p in group if state.attackers.get(p.name, set()) - {holder}]
                for p in disputed:
                    out.append(_denial(base, p.name, p.text, holder, phrase, speakers, out, state))
                taken.add(id(group))
                continue
            # "denied the report, saying the neighbourhood ...": a report is the change told
            # just before, not the place a pronoun stands for.
            if (
                group
                and all(id(p) in coref_ids for p in group)
                and _OF_A_REPORT.match(sentence, trig.end)
            ):
                group = None
            if (
                group
                and _DENIES_THAT.search(trig.text)
                and (
                    any(e["event_type"] in ("control_change", "contested") for e in out)
                    or state.last_control
                )
            ):
                # "disputed that, saying they still held X and Y": "that" is the claim told
                # just before; the places after it are what the deniers say instead.
                group = None
            seg = _segment_start(
                sentence,
                trig,
                [s for s in speakers if s.end <= trig.start and s.start != trig.start],
                clause_start,
            )
            if not actor and trig.voice == "verdict":
                # "militant claims of ... were a fabrication": the side that made the
                # claim is not the one denying it
                owner = [
                    a for a in actors if a.end <= trig.start and _CLAIM_AFTER.match(sentence, a.end)
                ]
                actor = opposite(owner[-1].value) if owner else ""
            actor = (
                actor
                or _side_at(actors, seg, trig.start)
                or (_side_at(actors, clause_start, trig.start))
            )
            targets = [(p.name, p.text) for p in group] if group else []
            # "..., a claim denied by rebels" / "These claims were disputed": the claim is
            # the change reported just before, in this sentence or the one before it.
            denied = [e for e in out if e["event_type"] == "control_change"] or [
                e for e in out if e["event_type"] == "contested"
            ]
            # "..., which the regime denies": a denial in a relative clause is of what its
            # own sentence says, never of an earlier one's changes.
            if not denied and not _RELATIVE_DENIAL.search(sentence, 0, trig.start):
                denied = state.last_control or state.recent
            if not targets and any(
                t.start > trig.end
                and any(0 <= p.start - t.end <= 40 and p.kind != "area" for p in places)
                for t in denials
            ):
                # "Activists disputed that, saying rebels were still holding most of X": the
                # later words name what is denied; "that" is not every change told before
                continue
            if not targets:
                targets = [(e["district"], e["place_text"]) for e in denied]
                if not actor and denied:
                    actor = opposite(denied[0]["actor"])
            if trig.text.lower().startswith(("still", "remain")) and not _CLAIM_WORD.search(
                sentence
            ):
                # "the last districts where they are still holding on", "remain in control
                # of X": who holds what now; a denial only of a change or an attack the
                # article has told of.
                told_of = {e["district"] for e in out if e["event_type"] != "denial"}
                if trig.text.lower().startswith("remain"):
                    # ("repelled an assault on X and remained in control of it": only a
                    # change claimed by another side is answered by this)
                    others_took = {
                        e["district"]
                        for e in out
                        if e["event_type"] == "control_change" and e["actor"] != actor
                    }
                    targets = [
                        (name, text)
                        for name, text in targets
                        if name in others_took or state.takers.get(name, set()) - {actor}
                    ]
                else:
                    targets = [
                        (name, text)
                        for name, text in targets
                        if name in told_of or state.attackers.get(name, set()) - {actor}
                    ]
            for name, text in targets:
                out.append(_denial(base, name, text, actor, phrase, speakers, out, state))
            if group:
                taken.add(id(group))
            continue
        # control_change or contested
        if trig.voice == "repel":
            # "repelled an assault on X": the assault that follows is the other side's.
            repelled = (
                trig.end,
                _known(_actor_for(trig, sentence, actors, speakers, state, clause_start, claimant)),
            )
        dash_dates: dict[int, dict] = {}  # dates of places listed between dashes
        if trig.voice == "passive":
            # "X was seized by the army on Nov. 30 and retaken by rebels the next day":
            # the second participle shares the first one's subject.
            shared = _AND_BEFORE.search(
                sentence, max(0, trig.start - 5), trig.start
            ) or _WHICH_WERE.search(sentence, max(0, trig.start - 30), trig.start)
            group = _group_before(trig, groups, sentence, clause_start, set() if shared else taken)
            if (
                group
                and _BARE_ABANDONED.search(trig.text)
                and not _OPENS_CLAUSE.fullmatch(sentence, clause_start, group[0].start)
            ):
                group = None  # "the plan to take X was abandoned": X is no subject
            if (
                group
                and trig.text.lower().startswith("under")
                and _UNDER_CONTROL_GAP.search(sentence, group[-1].end, trig.start)
            ):
                group = None  # "left X for areas under government control": not X
            listed = _listed_after_colon(trig, groups, sentence, taken)
            if listed and (not group or all(p.kind == "area" for p in group)):
                # "The southern districts were lost on Monday: X, Y and Z among them":
                # the list names what the words before the verb stand for.
                group = listed
            if group and trig.kind == "control_change":
                # "X fell to government troops on Monday, along with Y and Z"
                group = _along_with_next(group, groups, sentence, taken, triggers, trig.end)
            lead = (
                sentence[max(clause_start, group[0].start - 30) : group[0].start] if group else ""
            )
            if group and _WHICH_GAP.match(sentence, group[-1].end, trig.start):
                # "the center of the district, which had been cleansed": the clause is about
                # the district itself, whatever stood before its name
                lead = ""
        else:
            stops = [
                t.start
                for t in triggers
                if t is not trig
                and (t.kind in STOPPING or (t.kind == "displacement" and has_people))
                # "repelled an attempt to advance into X": the attempt is what was repelled.
                and not (trig.voice == "repel" and t.kind == "contested")
                # "abandoned their last positions in X": X lost whole
                and not (
                    trig.kind == "control_change"
                    and _LAST_OF.search(sentence, max(0, t.start - 30), t.end + 1)
                )
            ]
            # "liberate three districts, close in on the Old City": ground approached is
            # not ground taken
            stops += [m.start() for m in _SHORT_OF.finditer(sentence, trig.end, clause_end)]
            group = _group_after(trig, groups, sentence, clause_end, taken, stops)
            if group is None:
                group = _listed_after_colon(trig, groups, sentence, taken)
            if trig.kind == "control_change" and (
                group is None or all(p.kind == "area" for p in group)
            ):
                # "took the centre district by district — X on Dec. 4, Y on Dec. 5 —"
                listed, dash_dates = _dated_dash_list(
                    sentence, clause_end, groups, phrases, taken, published
                )
                group = listed or group
            # "X, which troops had seized on Wednesday, ...": the clause is about X.
            if antecedent is not None and (group is None or group[0].start > antecedent[1]):
                group = antecedent[0]
                lead = ""
            else:
                lead = sentence[trig.end : group[0].start] if group else ""
            if dash_dates:
                lead = ""  # the list between dashes is what the words took
            included = _INCLUDED_LEAD.search(lead)
            if included and trig.kind == "control_change":
                # "lost a third of their territory, including X": X was lost whole.
                lead = lead[included.end() :]
            if group and trig.kind == "contested":
                group = _and_in_next(group, groups, sentence, taken)
            if group and _NOUN_EVENT.match(trig.text):
                # "the loss of X on Sunday and of Y a day later" (or "the loss of X, a
                # district troops captured Sunday, and of Y"): Y was lost too
                following = [g for g in groups if g[0].start >= group[-1].end]
                if following and id(following[0]) not in taken:
                    gap = sentence[group[-1].end : following[0][0].start]
                    if (
                        _AND_OF.fullmatch(gap) or _ASIDE_AND_OF.fullmatch(gap)
                    ) and not _WHICH_GAP.match(sentence, following[0][-1].end):
                        # (not "... and of Y, which fell Monday": that clause tells Y's)
                        group = group + following[0]
                        # "... of X on December 7 and of Y on December 12": Y's own date
                        own_date = _own_date_after(sentence, following[0], phrases, published)
                        if own_date:
                            dash_dates.update({id(q): own_date for q in following[0]})
            # (after "and of Y" above, which keeps Y's own date)
            if group and trig.kind == "control_change":
                group = _along_with_next(group, groups, sentence, taken, triggers)
        if not group:
            continue
        kind = trig.kind
        if (
            kind == "control_change"
            and all(p.text.lower() in ("back", "out") for p in group)
            and group[0].start - trig.end > 3
        ):
            # "drove them out" names the place by "out"; but in "took buildings, before
            # rebels pushed them back", "back" belongs to the later verb, not to "took"
            continue
        if (
            kind == "control_change"
            and all(p.kind == "area" for p in group)
            and _SHARE_OF_AREA.search(sentence, clause_start, group[0].start)
        ):
            continue  # "60 percent of the territory held by militants in eastern Aleppo": a tally
        if kind == "control_change" and trig.voice != "passive" and _BESIDE.search(lead):
            continue  # ground beside X ("the road to X", "the area around X") is not X
        if (
            kind == "control_change"
            and not _LAST_OF.search(lead)
            and (
                PARTIAL.search(lead)
                or (trig.voice != "passive" and _PARTIAL_AFTER.match(sentence, group[-1].end))
            )
        ):
            kind = "contested"  # "parts of X", "X's northern blocks", "X blocks"
        elif kind == "control_change" and trig.voice == "active" and _THING_IN.match(lead):
            continue  # "captured 30 soldiers in X", "seized weapons depots in X": not X itself
        elif kind == "control_change" and "flag" in trig.text.lower() and lead.strip(" ,"):
            continue  # "raising the flag over a building it said was the district's school"
        elif (
            kind == "control_change"
            and trig.voice == "active"
            and "control" not in trig.text.lower()
            and _ONLY_IN.fullmatch(lead)
        ):
            continue  # "the territory they occupied in X": the object stands before the verb
        if kind == "contested" and _FROM_PLACE.search(lead):
            continue  # "attacking from the direction of X": X is where they came from
        if (
            kind == "contested"
            and _ENTERED.match(trig.text)
            and not PARTIAL.search(lead)
            and not _BESIDE_PLACE.search(lead)
            and (
                _UNOPPOSED.match(sentence, group[-1].end)
                or _AFTER_WITHDRAWAL.search(
                    sentence, group[-1].end, min(len(sentence), group[-1].end + 130)
                )
                # "The final convoy pulled out of X, and soldiers moved into X and Y"
                or _WITHDRAWAL_BEFORE.search(sentence, max(0, trig.start - 200), trig.start)
                # "as the rebels pulled back, YPG fighters moved into X"
                or _AFTER_WITHDRAWAL.search(sentence, max(0, trig.start - 120), trig.start)
                # "... within an hour of the final convoy's departure"
                or _AFTER_DEPARTURE.search(
                    sentence, group[-1].end, min(len(sentence), group[-1].end + 130)
                )
                or (
                    _ENTERED_PLAIN.fullmatch(trig.text)
                    and not _LATER_CLAUSE_OPENS.search(lead)
                    # (a fight told by a later denial is the denier's counter-claim: "...
                    # had entered X, but the faction denied this, saying it had repelled
                    # the attack": the claim is still that X was taken)
                    and not _FIGHT_TOLD.search(
                        sentence,
                        clause_start,
                        min(
                            [d.start for d in denials if d.start > trig.end], default=len(sentence)
                        ),
                    )
                    and not _FIRST_BEFORE.search(sentence, max(0, trig.start - 12), trig.start)
                    # ("entered the enclave", "broke into the northern districts": a
                    # breach of the east or of a part of it, not their capture)
                    and not all(p.name in TOO_COARSE_TO_CONTEST for p in group)
                    and not (_BROKE_INTO.match(trig.text) and all(p.kind == "area" for p in group))
                )
            )
        ):
            # "entered X unopposed", "moved into X after rebels pulled out": no fight left
            kind = "control_change"
        if (
            kind == "control_change"
            and _BREACH.match(trig.text)
            and all(p.name in TOO_COARSE_TO_CONTEST for p in group)
        ):
            continue  # "broke the mercenaries' lines in the eastern neighbourhoods": a breach
        if (
            kind == "control_change"
            and _FALL_OR_LOSS.match(trig.text)
            and all(p.name in TOO_COARSE_TO_CONTEST for p in group)
            and not _own_date_after(sentence, group, phrases, published)
        ):
            # "The fall of eastern Aleppo marks the end of ...": the battle's outcome told
            # as a whole, undated; its end is reported in words of its own ("declared full
            # control of Aleppo")
            continue
        if (
            kind == "control_change"
            and all(p.kind == "area" for p in group)
            and _PARTITIVE.search(sentence, max(0, group[0].start - 30), group[0].start)
        ):
            continue  # "captured a string of rebel-held neighborhoods": some, not the whole
        if _ENTERED.match(trig.text) and _NOT_FIGHTERS_BEFORE.search(
            sentence, max(clause_start, trig.start - 60), trig.start
        ):
            continue  # "Aid workers who entered al-Shaar this week": no side's entry
        actor = _actor_for(trig, sentence, actors, speakers, state, clause_start, claimant)
        if trig.voice == "noun" and _WITH_THE_OPENS.search(sentence, 0, trig.start):
            # "With the capture of X, government forces split the enclave": the side that
            # follows took X.
            after = [a for a in actors if a.start >= group[-1].end]
            # (the side opening the main clause, not one inside an aside about X: "with
            # the capture of X, the first district to fall to the rebels in 2012")
            if after and _MAIN_CLAUSE_SIDE.fullmatch(sentence, group[-1].end, after[0].start):
                actor = after[0].value
                if _LEFT_WITH_LESS.match(sentence, after[0].end) or _WITHDREW.match(
                    sentence, after[0].end
                ):
                    # "With the fall of X, rebels now control only a handful of districts",
                    # "..., after which the terrorists' defences collapsed": the side left
                    # with less, or whose lines gave way, lost X
                    actor = opposite(actor) or NO_SIDE
        if (
            actor == NO_SIDE
            and trig.voice == "noun"
            and _GAIN_NOUN.match(trig.text)
            and claimant in _SIDE_VOICES
        ):
            # "The army announced the capture of X": a side announces its own gain.
            actor = claimant_side(claimant)
        if actor in (NO_SIDE, ""):
            # "X fell on Monday and is now in the hands of the regime", "fighting in X,
            # where regime forces are trying to advance": the side the sentence names so
            actor = _holder_or_attacker(sentence, actors, kind, trig.start) or actor
        agentless = actor == NO_SIDE
        if agentless:
            # The side named for an earlier event of this sentence; otherwise decided
            # when the whole article has been read (_side_of). (Not the side of the
            # sentence before: "... retaken by rebels the next day. X fell on December
            # 5" is the army's, like most of the article's changes.)
            # (Not across a semicolon: "the YPG took X; the Old City fell on December 7"
            # are two reports, each with its own side.)
            same_report = ";" not in sentence[state.actor_at : trig.start]
            actor = state.actor if state.actor_age == 0 and same_report else ""
        if trig.voice == "lose" and _VEHICLES.search(sentence, clause_start, trig.start):
            continue  # "the first buses pulled out of X": the convoy left, not a side
        if (_NOUN_EVENT.match(trig.text) or _gerund_subject(sentence, trig)) and _hypothetical_noun(
            sentence, trig
        ):
            # "the loss of X would be a blow", "retaking X would mean ...": a capture
            # that has not happened
            continue
        if _ATTACK_NOUN.match(trig.text) and _FORESEEN.match(
            _RELATIVE_ASIDE.sub(",", sentence[group[-1].end :]).lstrip(",")
        ):
            continue  # "an assault on X, which would split the enclave, appeared imminent"
        if _in_absolute(sentence, trig):
            continue  # "With X captured, the road to Y ...": coded at "with", about X only
        if trig.text.lower() in ("held", "hold", "holds") and (
            not _has_subject(trig, sentence, actors, speakers)
            or _HELD_UNTIL.match(sentence, group[-1].end)
            or _RELATIVE_HOLDING.search(sentence, max(0, trig.start - 45), trig.start)
        ):
            # "funerals were held in X", "held X until Monday", "the area that rebels held
            # in X": no holder now, or a holding described, not told
            continue
        if repelled and kind == "contested" and 0 <= trig.start - repelled[0] < 25:
            actor = repelled[1] or actor
        # "captured the last districts held by rebels in eastern Aleppo": the area only
        # says where the unnamed districts are.
        container = kind == "control_change" and bool(_CONTAINER.search(lead))
        for p in group:
            if kind == "contested" and p.name in TOO_COARSE_TO_CONTEST:
                continue
            if container and p.kind == "area":
                continue
            if p.kind == "area" and p.text.islower() and _INCLUDING_NEXT.match(sentence, p.end):
                # "the northern districts, including X and Y": X and Y are what is told
                # (not "the Old City, including the Bab al-Hadid quarter": both are named)
                continue

            out.append({**base, "event_type": kind, "district": p.name, "place_text": p.text,
                        "actor": actor, "origin": "", "destination": "",
                        "count_low": None, "count_high": None,
                        "_agentless": agentless, "_lose": trig.voice == "lose",
                        "_into": kind == "contested" and bool(_INTO_END.search(trig.text)),
                        **dash_dates.get(id(p), {})})  # fmt: skip
        taken.add(id(group))
        if actor and not agentless:
            state.actor, state.actor_age, state.actor_at = actor, 0, trig.start

    del denials
    out.extend(_gapped_changes(sentence, out, groups, phrases, published, triggers))
    out = _without_fights_won(_without_echoed_losses(_moved_into_abandoned(out)))
    _share_origin(out)
    out = _joined_moves(out, sentence)
    _arrived_with_host(out, sentence, places)
    _carry_state(state, places, speakers, out)
    out = _dedupe(out)
    _inherit_dates(out, state)
    return out, review


_WHICH = re.compile(r",\s+(?:which|where)\b", re.I)
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+)?$")
_AGENT_JOIN = re.compile(r"(?i)\s*(?:,\s*)?(?:and|or)?\s*(?:the\s+)?(?:[\w-]+\s+)?")
_APPOSITION_THAT = re.compile(
    r"(?i),\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:district|neighbou?rhood|quarter|area|hill)\b"
    r"(?:[^,;:.()]{0,60}?\s+that\b(?=\s+(?:[\w-]+\s+){0,3}?$)"
    # (or with no "that": "X, a hill they seized on Sunday")
    r"|(?=\s+(?:they|it|troops|rebels|(?:the\s+)?(?:army|rebels|regime|insurgents|militants)|"
    r"(?:regime|government)\s+forces)\s+(?:had\s+|have\s+|has\s+)?$))"
)
_TAKEN_NO_OBJECT = re.compile(r"(?i)(?:control|over)$")
_OBJECT_NEXT = re.compile(r"(?i)\s+(?:of|over)\b")
_ANTECEDENT_GAP = re.compile(r"\s*(?:(?:district|neighbou?rhood|area|quarter)s?)?\s*", re.I)
_AND_IN = re.compile(
    r"\s*,?\s*and\s+(?:also\s+)?(?:(?:in|on|at|around|inside|near)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+)?|"
    # "moved into X and the last streets of Y"
    r"the\s+(?:last|remaining)\s+(?:streets|blocks|pockets?|positions|parts?|areas)\s+of\s+"
    r"(?:the\s+)?)",
    re.I,
)


def _relative_antecedent(
    trig: Trigger, groups: list[list[PlaceMention]], sentence: str
) -> tuple[list[PlaceMention], int] | None:
    """The places a relative clause holding this capture is about, and where it ends:
    "Karm al-Trab, which troops had seized on Wednesday, ..." is about Karm al-Trab."""
    # (an entry too, "X, which the army had entered that morning"; not a foothold, "X,
    # which troops had first entered on December 2, was lost on Sunday")
    entry = (
        trig.kind == "contested"
        and _ENTERED_PLAIN.fullmatch(trig.text)
        and not _FIRST_BEFORE.search(sentence, max(0, trig.start - 12), trig.start)
    )
    if not (trig.kind == "control_change" or entry) or trig.voice not in ("active", "lose"):
        return None
    which = None
    for m in _WHICH.finditer(sentence, 0, trig.start):
        which = m
    if which is None:
        # "X, a district on its north-eastern edge that they had captured on Tuesday"
        for m in _APPOSITION_THAT.finditer(sentence, 0, trig.start):
            which = m
        if which is None or "," in sentence[which.end() : trig.start]:
            return None
        close = sentence.find(",", trig.end)
        end = close if close >= 0 else len(sentence)
        before = [g for g in groups if g[-1].end <= which.start()]
        if before and _ANTECEDENT_GAP.fullmatch(sentence, before[-1][-1].end, which.start()):
            return before[-1], end
        return None
    if "," in sentence[which.end() : trig.start]:
        return None
    if which.group(0).lower().endswith("where") and not (
        _TAKEN_NO_OBJECT.search(trig.text) and not _OBJECT_NEXT.match(sentence, trig.end)
    ):
        # "X, where troops took control on Thursday" is about X; "X, where troops gained a
        # foothold" or "took control of a few blocks" tells of ground inside X
        return None
    close = sentence.find(",", trig.end)
    end = close if close >= 0 else len(sentence)
    for g in reversed(groups):
        if g[-1].end <= which.start():
            gap = _ANTECEDENT_GAP.fullmatch(
                sentence, g[-1].end, which.start()
            ) or _NOUN_APPOSITION.fullmatch(sentence, g[-1].end, which.start())
            if not gap:
                return None
            # "the district and the adjacent X neighbourhood, which ...": one place's noun
            # makes the clause about that place alone.
            singular = gap.group(0).strip().lower() in _PLACE_NOUNS_SINGULAR
            return ([g[-1]] if singular else g), end
    return None


# "X, the hill district overlooking the south, which they recaptured": an aside between
_NOUN_APPOSITION = re.compile(r"(?i)\s*,\s*(?:the|a|an|one\s+of)\s+[^,;:.()\"“”]{3,120}")
_PLACE_NOUNS_SINGULAR = {"district", "neighbourhood", "neighborhood", "area", "quarter"}
_LOST_BY = re.compile(r"(?i)(?:lost|evacuated|abandoned)(?:\s+by)?$")
_DASH_OPEN = re.compile(r"\s*[—–]\s*")
_DASH_LIST_GLUE = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|and\s+)?")


def _dated_dash_list(
    sentence: str,
    clause_end: int,
    groups: list[list[PlaceMention]],
    phrases: list[DatePhrase],
    taken: set[int],
    published: dt.date,
) -> tuple[list[PlaceMention] | None, dict[int, dict]]:
    """ "took the centre district by district — X and Y on Dec. 4, Z on Dec. 5 —": the
    places listed between dashes after the event words, each with the date that follows
    it (as event fields, by the place's id)."""
    opening = _DASH_OPEN.match(sentence, clause_end)
    if not opening:
        return None, {}
    pos, found, dates = opening.end(), [], {}
    while True:
        g = next((g for g in groups if g[0].start == pos and id(g) not in taken), None)
        if g is None:
            break
        phrase = next(
            (p for p in phrases if _GAP_DATE.fullmatch(sentence, g[-1].end, p.start)), None
        )
        if phrase is None or phrase.needs_anchor:
            break
        span = phrase.resolve(published)
        if span is None or span[0] > published:
            break
        found.extend(g)
        for p in g:
            dates[id(p)] = {"date_start": span[0], "date_end": min(span[1], published),
                            "date_phrase": phrase.text, "_dated": True}  # fmt: skip
        glue = _DASH_LIST_GLUE.match(sentence, phrase.end)  # (all optional: always matches)
        pos = glue.end() if glue else phrase.end
    if not found:
        return None, {}
    return found, dates


_PARTIAL_AFTER = re.compile(
    r"(?i)(?:['’]s)?\s+(?:(?:northern|southern|eastern|western|outer|residential)\s+)?"
    r"(?:blocks|buildings|positions|streets|outskirts|edges?|fringes?|parts)\b"
)
# "fled X for areas under government control": the control is of the other places
_UNDER_CONTROL_GAP = re.compile(r"(?i)\b(?:for|to|into|towards?)\s+(?:the\s+)?[\w-]+\s*$")
# (Used with match() at a position: no "^", which would match only at the string's start.)
_HOLDER_AFTER = re.compile(r"(?i)\s*(?:hands|control)\b|['’]s?\s+(?:hands|control)\b")
_HANDS_OF = re.compile(
    r"(?i)\b(?:in\s+the\s+hands\s+of|under\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+of)"
    r"\s+(?:the\s+)?$"
)
_IN_OR_UNDER = re.compile(r"(?i)\b(?:in|under)\s+(?:the\s+)?$")
_ATTACKER_AFTER = re.compile(
    r"(?i)\s+(?:(?:are|were|is|was|have|had)\s+(?:been\s+)?)?(?:(?:trying|attempting|seeking|"
    r"pushing|fighting|tried|attempted|sought)\s+to\s+(?:advance|storm|push|enter|break|take)|"
    r"advanc|attack|storm|(?:push|press)(?:ed|ing|es)?\s+(?:into|in|deeper)\b|"
    r"gain(?:ed)?\s+(?:a\s+foothold|ground))"
)


def _holder_or_attacker(sentence: str, actors: list[Mention], kind: str, event: int) -> str:
    """The side a sentence names as now holding the ground (for a change) or as attacking
    it (for fighting), when the event's own words name none. A holder named before the
    change held the ground before it ("had been in rebel hands since 2012 until it was
    retaken"); only one named after it holds it now."""
    for a in actors:
        if a.value not in FIGHTING_SIDES:
            continue
        before = sentence[max(0, a.start - 40) : a.start]
        if (
            kind == "control_change"
            and a.start > event
            and (
                _HANDS_OF.search(before)  # "in the hands of the regime"
                or (_IN_OR_UNDER.search(before) and _HOLDER_AFTER.match(sentence, a.end))
            )
            # (not in an aside that describes a place: "and Sheik Said, the last high ground
            # in rebel hands, on Dec. 12")
            and not _DESCRIBING_ASIDE.search(sentence, event, a.start)
        ):  # "in regime hands", "under government control"
            return a.value
        if kind == "contested" and _ATTACKER_AFTER.match(sentence, a.end):
            return a.value
    return ""


_DIRECTION_OF_BEFORE = re.compile(rf"(?i)\b{_COMPASS}(?:ern)?\s+of\s+(?:the\s+)?$")
_DESCRIBING_ASIDE = re.compile(r"(?i),\s*(?:the|a|an|one\s+of)\s[^,;]*$")
_WHICH_BEFORE = re.compile(r"(?i),\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,7}$")
_INCLUDING_NEXT = re.compile(r"(?i),?\s*including\b")
_STILL_IN = re.compile(
    r"(?i)(?:still|stayed|remained)(?:\s+fighting)?\s+(?:inside|in)$|held\s+on\s+to$"
)
_SIDE_OF_MEN = {"rebels": "rebels", "troops": "government", "soldiers": "government"}
# Denials that need a change told by another side to deny: "had not lost X", "his men
# were still inside X".
_CLAIM_AFTER = re.compile(r"(?i)(?:['’]s?)?\s+(?:claims?|reports?|allegations?)\b")
_NOT_LOST = re.compile(
    r"(?i)(?:had|has|have)\s+not\s+(?:lost|abandoned|withdrawn|retreated|pulled)|"
    r"\w+\s+(?:(?:were|are|was|is|remain(?:ed|s)?)\s+[\"“]?still|stayed|remained|(?:had\s+)?held\s+on)\s"
)
_CLAIM_ASIDE = re.compile(
    r"(?i),\s*(?:(?:a|the)\s+(?:claim|report|statement)\s+(?:that\s+|which\s+)?|which\s+)[^,;]*$"
)
_INCLUDED_LEAD = re.compile(
    r"(?i),\s*including\s+(?:the\s+)?(?:(?:districts?|neighbou?rhoods?|areas?|quarters?)\s+of\s+)?"
    r"(?:the\s+)?$"
)
_ALONG_WITH = re.compile(
    # (an aside and a date may stand between: "X, one of the largest neighbourhoods of
    # eastern Aleppo, on Monday, along with Y")
    r"[^,;:.]{0,60}?(?:,[^,;:]{0,140}){0,2},?\s*"
    r"(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to|including|alongside|"
    # ("and then, in the hours that followed, of the neighbourhoods of Y and Z")
    r"starting\s+with|beginning\s+with|(?:and\s+)?then(?:\s*,[^,;:]{3,60},)?|"
    # ("took control of X, a district in the heart of the enclave, and of Y"; not "of X on
    # December 7 and of Y on December 12", where each has its own date: see _own_date_after;
    # "restored security to X, a hill ..., and to the neighbouring district of Y"; "took X,
    # site of the old crossing, and the neighbouring Y")
    r"(?<=,\s)and(?=\s+(?:of|to|the\s+(?:neighbou?ring|adjacent|nearby|districts?|"
    r"neighbou?rhoods?|quarters?))\b)(?:\s+to\b)?)"
    # ("as well as of the Al Maadi neighbourhood")
    r"\s+(?:of\s+)?(?:the\s+)?(?:(?:neighbou?ring|adjacent|nearby|surrounding)\s+)?"
    # ("along with the smaller districts of Y and Z")
    r"(?:(?:[\w-]+\s+)?(?:districts?|neighbou?rhoods?|areas?|quarters?)\s+of\s+)?",
    re.I,
)


def _fight_as_duration(sentence: str, trig: Trigger) -> bool:
    """ "after days of house-to-house fighting": how long something took."""
    return trig.kind == "contested" and bool(
        _AFTER_DAYS_OF.search(sentence, max(0, trig.start - 50), trig.start)
    )


def _along_with_next(
    group, groups, sentence, taken, triggers, after: int = 0
) -> list[PlaceMention]:
    """ "took X, a district on the airport road, along with the neighbouring Y and Z
    districts": the places along with X were taken with it. (``after``: where the text
    that may separate them starts, for "X fell on Monday, along with Y".)"""
    start = max(group[-1].end, after)
    following = [g for g in groups if g[0].start >= start and id(g) not in taken]
    # (an area named in an aside may stand between: "X, one of the largest districts in the
    # east of the city, together with the neighbouring Y and Z")
    for nxt in following[:3]:
        # (the area an aside names may open the next list: "X, the last high point of the
        # enclave, then Y and Z", where "the enclave, then Y and Z" reads as one list)
        for k, first in enumerate(nxt):
            if k and nxt[k - 1].kind != "area":
                break
            if _ALONG_WITH.fullmatch(sentence, start, first.start) and not any(
                start <= t.start < first.start
                for t in triggers
                if t.end > start and not _fight_as_duration(sentence, t)
            ):
                return group + nxt[k:]
        # (or a landmark that only locates them: "X and Y, to the south-east of the citadel,
        # as well as of Z")
        if not all(p.kind == "area" for p in nxt) and not _DIRECTION_OF_BEFORE.search(
            sentence, max(0, nxt[0].start - 30), nxt[0].start
        ):
            break
    return group


def _and_in_next(group, groups, sentence, taken) -> list[PlaceMention]:
    """ "fighting on the edges of X and in Y": the fighting is in both."""
    following = [g for g in groups if g[0].start >= group[-1].end and id(g) not in taken]
    if following and _AND_IN.fullmatch(sentence, group[-1].end, following[0][0].start):
        return group + following[0]
    return group


_SUBJECT_GAP = re.compile(
    r"(?:\s+and\s+(?:allied\s+|pro-government\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s*(?:(?:have|has|had|now|firmly|fully|already|then)\s+)*",
    re.I,
)


_HELD_UNTIL = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:until|till|throughout|since|for\s+(?:years|months|weeks|\w+\s+(?:years|months)))\b",
    re.I,
)
_BESIDE = re.compile(
    r"\b(?:to|towards?|near|around|outside|beyond|overlooking|along|(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?[\w'’\s-]{3,40}?\s+(?:now\s+)?$", re.I)


def _hypothetical_noun(sentence: str, trig: Trigger) -> bool:
    """Whether a capture told as a noun is the subject of a modal verb: "the loss of X,
    which rebels seized in 2012, would be their worst defeat"."""
    rest = _RELATIVE_ASIDE.sub(",", sentence[trig.end :])
    if _NOT_YET.match(rest):
        return True  # "the fall of X, now only a matter of days away, ..."
    verb = _AUXILIARY.search(rest)
    return verb is not None and verb.group(0).lower() in ("would", "could", "might", "will", "may")


def _gerund_subject(sentence: str, trig: Trigger) -> bool:
    """Whether the event words are a gerund opening a clause: "For Assad, retaking the
    whole of Aleppo would mean ..." (its verb, read by _hypothetical_noun, comes later)."""
    before = sentence[: trig.start].rstrip()
    return trig.text.split()[0].lower().endswith("ing") and (
        not before or before.endswith((",", ":", ";"))
    )


def _in_absolute(sentence: str, trig: Trigger) -> bool:
    """Whether the event words are the participle of "With X captured, ..."."""
    return (
        trig.voice == "active"
        and sentence[trig.end : trig.end + 2].lstrip().startswith(",")
        and bool(_WITH_BEFORE.search(sentence, max(0, trig.start - 60), trig.start))
    )


def _has_subject(trig, sentence, actors, speakers) -> bool:
    """Whether a side stands right before the event words as their subject: "troops held
    X", not "the ground they held in X" nor "funerals were held in X"."""
    start = _segment_start(sentence, trig, speakers, _clause_start(sentence, trig.start))
    before = [a for a in actors if start <= a.start and a.end <= trig.start]
    return bool(before) and bool(_SUBJECT_GAP.fullmatch(sentence, before[-1].end, trig.start))


_OF_NEXT = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?", re.I)


_RURAL_BEFORE = re.compile(r"\brural\s+$", re.I)
_LOCATED_IN = re.compile(
    r"\s+(?:(?:district|neighbou?rhood|quarter|area)\s+)?(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:besieged|rebel-held|opposition-held|government-held|regime-held)\s+)?",
    re.I,
)
# Areas that only locate a district named just before them (not the Old City, which
# a district inside it may be taken with).
_HALVES = {"East Aleppo", "West Aleppo"}
_DIRECTION_OF = re.compile(r"(?i)(?:east|west|north|south)(?:-?(?:east|west))?\s+of\b")
_COMMA_GAP = re.compile(r"\s*,\s*(?:just\s+|about\s+|some\s+)?")
_HALVES_AND_PARTS = {
    "East Aleppo", "West Aleppo", "North of East Aleppo", "South of East Aleppo",
}  # fmt: skip
_RURAL_AFTER = re.compile(r"\s*(?:countryside|province|governorate)\b", re.I)


_SHORT_OF = re.compile(
    r"(?i)\b(?:clos(?:e|es|ed|ing)\s+in\s+on|approach(?:ed|ing)|near(?:ed|ing)|"
    r"edg(?:ed|es|ing)\s+(?:closer\s+)?(?:to|towards?))\b"
)
# A share of the enclave ("more than 40 percent of the territory", "half of the east"):
# how far the offensive has come, not one change of a part of the city
_SHARE_OF_AREA = re.compile(
    r"(?i)(?:\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|\b(?:a|one|two)\s*-?\s*thirds?|\bhalf|"
    r"\b(?:a|one|three)\s*-?\s*quarters?)[\"”’']?\s+of\b"
)
_ONE_OF_BEFORE = re.compile(r"(?i)(?<!\bevery\s)\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_UNNAMED_PLACE_IN = re.compile(
    r"(?i)\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:district|neighbou?rhood|quarter|hill|"
    r"hilltop|suburb|area)\s+(?:on|in|at|along)\s+(?:the\s+)?$"
)


def _drop_locating_areas(sentence: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Area words that name no part of the city: "the rebel-held districts of X and Y"
    only say what X and Y are; "rural western Aleppo" is the countryside."""
    if not any(p.kind == "area" for p in places):
        return places
    out = []
    for i, p in enumerate(places):
        nxt = places[i + 1] if i + 1 < len(places) else None
        before = places[i - 1] if i else None
        if p.kind == "area" and (
            _RURAL_BEFORE.search(sentence, max(0, p.start - 8), p.start)
            # "the Tariq al-Bab district in eastern Aleppo": where the district lies
            or (
                before is not None
                # ("the whole north of the rebel enclave": the north, where it lies)
                and (before.kind != "area" or (p.name in _HALVES and before.name != p.name))
                and p.name in _HALVES_AND_PARTS
                and _LOCATED_IN.fullmatch(sentence, before.end, p.start)
            )
            # "Jibreen, east of the city": a direction from the city says where Jibreen is
            or (
                before is not None
                and before.kind != "area"
                and _DIRECTION_OF.match(p.text)
                and _COMMA_GAP.fullmatch(sentence, before.end, p.start)
            )
            or _RURAL_AFTER.match(sentence, p.end)
            # "recaptured a hilltop district on the southern edge of the enclave": where a
            # district left unnamed lies; "one of the largest rebel-held districts": a part
            or _UNNAMED_PLACE_IN.search(sentence, max(0, p.start - 60), p.start)
            or _ONE_OF_BEFORE.search(sentence, max(0, p.start - 40), p.start)
            or (
                nxt is not None
                and nxt.kind != "area"
                and _OF_NEXT.fullmatch(sentence, p.end, nxt.start)
            )
        ):
            continue
        out.append(p)
    return out


def _place_in_reach(trig: Trigger, places: list[PlaceMention], sentence: str) -> bool:
    """Whether a place stands where this event word could take it as its own."""
    if trig.kind in ("denial", "casualties") or trig.voice == "repel":
        return True
    if trig.kind == "displacement":
        return bool(places)
    if trig.voice == "passive":
        return any(
            0 <= trig.start - p.end <= MAX_GAP_BEFORE + 40
            or (p.end <= trig.start and APPOSITION.fullmatch(sentence, p.end, trig.start))
            # "X was seized by ... on Nov. 30 and retaken by rebels": the shared subject
            or (
                0 <= trig.start - p.end <= 200
                and _AND_BEFORE.search(sentence, max(0, trig.start - 5), trig.start)
            )
            for p in places
        )
    return any(0 <= p.start - trig.end <= MAX_GAP_AFTER for p in places)


def _denial(base, name, text, actor, phrase, speakers, out, state) -> dict:
    """A denial of the change of ``name``. Without a date of its own (none, or only the
    date of the statement: "said on Tuesday") it is dated as the change it denies, when
    the article has told of that change."""
    event = {**base, "event_type": "denial", "district": name, "place_text": text,
             "actor": actor, "origin": "", "destination": "", "count_low": None,
             "count_high": None}  # fmt: skip
    if phrase is not None and not _dates_a_report(phrase, speakers, base["evidence"]):
        return event
    # (the change denied is another side's: not the denier's own taking of the place)
    told = [
        e
        for e in out
        if e["event_type"] == "control_change" and e["district"] == name and e["actor"] != actor
    ]
    found = told[-1] if told else state.claims.get(name)
    if found and found["actor"] == actor and actor:
        found = None
    if found:
        event.update({k: found[k] for k in ("date_start", "date_end", "date_phrase")})
    return event


def _with_article_spellings(
    sentence: str, places: list[PlaceMention], known: list[PlaceMention], state: ArticleState
) -> list[PlaceMention]:
    """A spelling the article has already matched to a place ("al-Mirjeh" for al-Marja,
    where it stood beside event words) names that place wherever the article uses it
    again ("rebels still held parts of al-Mirjeh"), as a spelling in the gazetteer would."""
    exact = {(p.start, p.end) for p in known}
    for p in places:
        if (p.start, p.end) not in exact and p.kind != "area":
            state.spellings.setdefault(p.text, p)
    out = list(places)
    for text, place in state.spellings.items():
        if text not in sentence:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", sentence):
            if not any(q.start < m.end() and m.start() < q.end for q in out):
                out.append(place._replace(start=m.start(), end=m.end()))
    return sorted(out, key=lambda p: p.start) if len(out) > len(places) else places


def _carry_state(state: ArticleState, places, speakers, events: list[dict]) -> None:
    """Remember what later sentences may refer back to."""
    # The places an event was told of come last, after places named only beside them
    # ("restored security to X, a hill that overlooks the industrial areas of Y. But
    # rebels retook the district"): "the district" is the one the sentence was about.
    told = {e["district"] for e in events if e["event_type"] in ("control_change", "contested")}
    names = [p.name for p in places if p.kind != "area"]
    state.landmarks.update(p.name for p in places if p.kind == "landmark")
    for name in [n for n in names if n not in told] + [n for n in names if n in told]:
        if name in state.places:
            state.places.remove(name)
        state.places.append(name)
    for s in speakers:
        if s.claimant:
            state.claimant = s.claimant
    state.speakers = speakers
    state.actor_age += 1
    state.last_control = [e for e in events if e["event_type"] == "control_change"]
    dated = [e["date_start"] for e in events if e.get("_dated")]
    if dated:
        state.last_day = dated[-1]
    fights = [e for e in events if e["event_type"] in ("control_change", "contested")]
    for e in state.last_control:
        state.claims[e["district"]] = e
        if e["actor"]:
            state.takers.setdefault(e["district"], set()).add(e["actor"])
    for e in fights:
        if e["actor"]:
            state.attackers.setdefault(e["district"], set()).add(e["actor"])
    if fights:
        state.recent, state.recent_age = fights, 0
    elif any(e["event_type"] in ("displacement", "casualties") for e in events):
        # "These claims have been disputed" after a report of people fleeing: the claims
        # are those, not the fights told before them.
        state.recent = []
    else:
        state.recent_age += 1
        if state.recent_age > 2:  # a report three sentences back is no longer "the report"
            state.recent = []


def _key(ev: dict) -> tuple:
    return (ev["event_type"], ev["district"], ev["origin"], ev["destination"], ev["actor"])


def _dedupe(events: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for ev in events:
        key = (*_key(ev), ev["claimant"], ev["date_start"], ev["date_end"])
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _date_undated_captures(events: list[dict]) -> None:
    """An undated capture takes the date of a dated mention of it anywhere in the article
    (a headline, or "the capture of X" before "X fell on Saturday")."""
    dated: dict[tuple, tuple] = {}
    for ev in events:
        if ev["event_type"] == "control_change" and ev["_dated"]:
            dated.setdefault(_key(ev), (ev["date_start"], ev["date_end"], ev["date_phrase"]))
    for ev in events:
        if ev["event_type"] == "control_change" and not ev["_dated"] and _key(ev) in dated:
            ev["date_start"], ev["date_end"], ev["date_phrase"] = dated[_key(ev)]


def _inherit_dates(events: list[dict], state: ArticleState) -> None:
    """An undated mention of a capture the article dated before keeps that date.

    Only captures: they happen once, so "the capture of X" later in the article is the
    same event. Fighting goes on, so an undated report of it is dated by the article.
    """
    for ev in events:
        if ev["event_type"] != "control_change":
            continue
        key = _key(ev)
        if ev["_dated"]:
            state.dated.setdefault(key, (ev["date_start"], ev["date_end"], ev["date_phrase"]))
        elif key in state.dated:
            ev["date_start"], ev["date_end"], ev["date_phrase"] = state.dated[key]
            ev["_inherited"] = True
    # "rebels had withdrawn from the Old City, as well as X and Y": the places told with
    # a capture dated before share its date, when the sentence gives no other.
    inherited = {
        (ev["actor"], ev["date_start"], ev["date_end"], ev["date_phrase"])
        for ev in events
        if ev.get("_inherited")
    }
    if len(inherited) == 1:
        actor, *dates = next(iter(inherited))
        for ev in events:
            if (
                ev["event_type"] == "control_change"
                and not ev["_dated"]
                and not ev.get("_inherited")
                and ev["actor"] == actor
            ):
                ev["date_start"], ev["date_end"], ev["date_phrase"] = dates
