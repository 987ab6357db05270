"""Event words: what signals a capture, a fight, a denial, a flight or a death toll.

Each trigger has a type and a voice. The voice says where its places stand:
``active`` ("seized X"): after it; ``passive`` ("X fell to", "X was retaken"): before it;
``noun`` ("the capture of X"): after it; ``lose`` ("rebels lost X", "withdrew from X"):
after it, and the side that gains is the other one.
"""

from __future__ import annotations

import re

from dashboard.extract.matching import PatternSet

_RE = r"(?:re-?)?"
# "pushed the troops back", "drove them out": verbs that undo an advance (see events)
PUSHED_BACK_VERBS = r"(?:pushed|drove|driven|forced|beat|kicked|chased|threw)"
# (Whole words, but "famil" for family and families: "abandoned overnight" is ground.)
_NOT_GROUND = (
    r"(?:(?:lives|life|homes?|houses?|relatives|children|sons|daughters|legs?|limbs?|jobs?|"
    r"hope|contact|power|electricity|water|patience|count|ground\s+to|more\s+than|over|about|"
    r"nearly|half|a\s+third|belongings|everything|loved)\b|famil)"
)
# "took 2,000 people", "took dozens of soldiers prisoner": people taken, not ground.
_PEOPLE_OBJECT = (
    r"\d|(?:(?!(?:as|while|when|after|before|and|but|in|on|from)\b)[a-z0-9,'-]+\s+){0,3}?"
    r"(?:people|civilians|residents|families|evacuees|wounded|fighters|"
    r"children|women|men|soldiers|prisoners?|captives?|hostages?)\b"
)
_TIME_OBJECT = (
    r"(?:less\s+than\s+|more\s+than\s+|only\s+|just\s+|nearly\s+|almost\s+|about\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:days?|hours?|weeks?|months?|minutes?)\b"
    # (but "which they had taken a day earlier": a date, the object before it)
    r"(?!\s+(?:earlier|later|before|after|ago)\b)"
)
# A time between a verb and its object: "moved yesterday into X", "completed on
# Wednesday their control of X"
# ("withdrew during the night from Tuesday to Wednesday from X")
_WHEN = (
    # ("overnight to Monday": the night before it, as translations write it)
    r"(?:(?:yesterday|today|overnight(?:\s+to\s+\w+day)?|(?:early\s+|late\s+)?on\s+\w+day"
    r"(?:\s+(?:night|morning|evening))?|"
    r"during\s+(?:the\s+|\w+day\s+)night(?:\s+from\s+\w+day\s+to\s+\w+day)?)\s+)?"
)
CONTROL_ACTIVE = [
    rf"\b(?:restored|established|imposed|extended|regained|gained|assumed|wrested|(?:re)?took|(?:re)?taken|(?:re)?takes?|seized|seizes|imposing|establishing|restoring|consolidated|tightened|completed|completing|complete[sd]?)\s+{_WHEN}[\"\u201c']?(?:(?:their|its|the)\s+)?(?:(?:full|complete|total|effective|firm|partial)\s+)?control\b",
    rf"\b{_RE}captur(?:ed|es|e|ing)\b",
    r"\bseiz(?:ed|es|e|ing)\b",
    r"\b(?:re)?conquer(?:ed|s|ing)?\b",
    # "grabbed X", "snatched X" (not "grabbed their belongings": no place follows those)
    r"\b(?:grab(?:bed|s|bing)?|snatch(?:ed|es|ing)?)\b(?!\s+(?:their|his|her|what|a|an|some|food|bags?)\b)",
    # (not "a collapse that took less than three days": time, not ground; not "have taken
    # the direction of X": people heading there)
    rf"\b{_RE}t(?:ook|aken|akes|aking|ake)\b(?!\s+(?:part\b|place|refuge|shelter|cover|to\b|by\s+(?:bus|buses|cars?|trucks?|road|ambulances?)\b|out\s+of|away|over\s+as|the\s+lives|the\s+toll|aim|advantage|care|the\s+(?:direction|road|route|path)\b|hold\s+of\s+(?:the\s+)?(?:city|aid)|in\s+(?:{_PEOPLE_OBJECT})|{_PEOPLE_OBJECT}|{_TIME_OBJECT}))",
    # (not the noun: "one of the few regime gains in the south")
    r"\bregain(?:ed|s)?\b|\bgained\b|(?<=\bto\s)gain\b",
    r"\boverr(?:an|un|uns|unning)\b",
    # (not "the occupied Golan": an adjective)
    r"(?<!\bthe\s)\boccup(?:ied|ies|y|ying)\b",
    r"\bwrest(?:ed|s|ing)?\b",
    r"\breclaim(?:ed|s|ing)?\b",
    r"\brecover(?:ed|s|ing)?\b(?!\s+(?:the\s+)?(?:bod(?:y|ies)|remains|weapons|arms|from))",
    # "clawed back X", "won back X"
    r"\b(?:claw(?:ed|s|ing)?|won|wins?|winning)\s+back\b",
    # "won it back": the place is the pronoun after the verb
    r"\b(?:claw(?:ed|s|ing)?|won|wins?|winning)\b(?=\s+(?:it|them)\s+back\b)",
    # "finished clearing X", "completed the capture of X" is a noun (CONTROL_NOUN)
    r"\b(?:finished|completed|complete|finishing|completing)\s+(?:clearing|securing|capturing|taking|liberating)\b",
    # "extended its control to X": X is where the control reaches, not ground beside it
    r"\b(?:extend|expand)(?:ed|s|ing)?\s+(?:(?:its|their|the\s+army['’]s|the\s+government['’]s|government|army|regime)\s+)?control\s+(?:to|over|into)\b",
    # (not "the liberated districts": an adjective names no event)
    r"(?<!\bthe\s)(?<!\bnewly\s)\bliberat(?:ed|es|e|ing)\b",
    # "declared it secured", "declared Sheikh Saeed liberated"
    r"\bdeclared\b(?=\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+){0,3}?|[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:fully\s+|completely\s+)?(?:secured?|liberated|cleared?|free)\b)",
    # (not "a ceasefire secured through talks": a deal won, not ground)
    r"\bsecur(?:ed|es|ing)\b(?!\s+(?:through|via)\b)",
    # "freed 12 districts" (not "freed 200 hostages", "freed from the siege")
    r"(?<!\bthe\s)(?<!\bnewly\s)\bfre(?:ed|es|eing)\b(?!\s+(?:from|up|themselves)\b)"
    r"(?![^.;]{0,25}?\b(?:people|civilians|hostages|prisoners?|captives?|detainees|residents|"
    r"families|soldiers|men|women|children|fighters)\b)",
    r"\bswept\s+(?:through|into)\b",
    # "the YPG helped itself to X"
    r"\bhelp(?:ed|s|ing)?\s+(?:itself|themselves)\s+to\b",
    # "had swallowed the whole northern half of the enclave"
    r"\bswallow(?:ed|s|ing)(?:\s+up)?\b",
    # "broke through at X", "broke the northern front at X": the breach took X
    r"\bbr(?:oke|oken|eaks?|eaking)\s+(?:through\s+(?:(?:on\s+)?(?:nov|dec)[a-z]*\.?\s+\d{1,2}\s+)?(?:at|in|into)|(?:through\s+)?(?:the\s+)?(?:[\w'’-]+\s+)?"
    # ("broke through the rebel lines on 26 November at X")
    r"(?:front|front\s*-?\s*lines?|lines|defen[cs]es)\s+(?:on\s+(?:[\w]+\s+){1,3}?)?(?:at|in)|"
    # "broke into the enclave at X"
    r"into\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:enclave|east|pocket|north|south)\s+at)\b"
    # (not "broke through rebel lines in eastern Aleppo": where, not all of it taken)
    r"(?!\s+(?:the\s+)?(?:east(?:ern)?\s+aleppo|aleppo|the\s+(?:east|city|enclave))\b)",
    # "took under control the X and Y neighborhoods" (Russian briefings)
    r"\b(?:took|taken|take|takes|taking)\s+under\s+(?:(?:its|their|full|complete)\s+)?control\b",
    # "raised the Syrian flag over X": the side raising it holds X
    r"\b(?:raised|raising|hoisted|hoisting|planted|planting)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:syrian|national|regime|government|state|army|official)\s+)?flags?\s+(?:over|in|above|on|at)\b",
    # "consolidated their grip on X": the side now holds all of X
    # (not "tightened its grip on the enclave": a siege, not a capture)
    r"\bconsolidat(?:ed|es|e|ing)\s+(?:(?:their|its|the\s+army['’]s|the\s+regime['’]s)\s+)?"
    r"(?:grip|hold|control)\s+(?:on|over|of)\b",
    r"\bcleared\b",
    r"\bcleansed\b",  # (state media's word: "cleansed X of terrorists")
    r"\bmopp(?:ed|ing)\s+up\b",
    # "mopped up the last militant positions in X", "eliminated the last terrorists in X"
    r"\b(?:mopp(?:ed|ing)\s+up|eliminat(?:ed|ing)|clear(?:ed|ing)|wip(?:ed|ing)\s+out)\s+(?:the\s+)?(?:last|remaining)\s+(?:[\w-]+\s+){0,2}?(?:positions|pockets?(?:\s+of\s+resistance)?|terrorists|militants|rebels|fighters|gunmen|groups)\s+(?:in|inside|from)\b",
    # "restored security and stability on Sunday to the neighbourhoods of ...".
    r"\brestor(?:ed|es|ing)\s+[\"“”']?(?:security|stability|order|safety)(?:\s+and\s+(?:security|stability|order|safety))?[\"“”']?(?:\s+[\w']+){0,3}?\s+(?:to|in)\b",
    r"\b(?:security|stability|order|safety)(?:\s+and\s+(?:security|stability|order|safety))?[\"”’']?\s+(?:has|had|have|was|were)\s+(?:been\s+)?restored\s+(?:to|in)\b",
    # "announced the "return of security and safety" to the city of Aleppo"
    r"\b(?:return|restoration)\s+of\s+[\"“”']?(?:security|stability|order|safety)(?:\s+and\s+(?:security|stability|order|safety))?[\"”’']?\s+(?:to|in)\b",
    # "government troops held X": not "rebel-held", "held out", "held talks", "held by".
    r"(?<![-\w])(?:held|(?<=now\s)holds?)\b(?!\s+(?:out|talks|on|onto|back|up|off|a|an|by|hostage|captive|responsible|accountable|fast|firm|sway|their|its|his|her|only|just|the\s+line|meetings?|protests?|funerals?|prayers?|elections?)\b)",
    # "pushed the troops back": the place is the one named before (see events).
    # ("the rebels drove them out the next day": "out" stands for the place named before)
    # (but "we pushed them back" in a fighter's words is an attack repelled)
    rf"\b{PUSHED_BACK_VERBS}\s+(?:them(?=\s+out\b(?!\s+(?:of|from|to|into|towards?)\b))|(?:the\s+)?(?:troops|soldiers|army|attackers|government\s+forces|regime\s+forces|pro-government\s+forces|pro-regime\s+forces|rebels|insurgents|militants)(?=\s+(?:back\b(?!\s+(?:to|into|towards?|from|across|inside|in)\b)|out\b(?!\s+(?:of|from|to|into|towards?)\b))))",
    # "With the northern sector secured, ...": the place follows "with".
    r"\bwith\s+(?=(?:the\s+)?[\w'’\s-]{3,40}?\s+(?:now\s+)?(?:secured|captured|seized|retaken|recaptured|liberated|taken|cleared|overrun|in\s+(?:government|army|regime|rebel)\s+hands)\s*,)",
    # (not "remained in control of X", "still in control of X": a holding, no change)
    r"(?<!remained\s)(?<!remains\s)(?<!remain\s)(?<!still\s)"
    r"\b(?:now\s+)?in\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b",
    r"\bsweeping\s+(?:through|into)\b",
    r"\b(?:now|fully|completely|entirely|effectively|already)\s+control(?:led|s)?\b",
    r"\bcontroll?(?:ed|s)?\b(?=\s+(?:all|most|the\s+(?:whole|entire)))",
    r"\b(?:started|began|begun|start|begin)\s+(?:deploying|to\s+deploy)\s+(?:in|into|to)\b",
    r"\bdeployed\s+(?:in|into|to)\b",
    r"\b(?:drove|driven|drive|driving|pushed|pushing|expelled|expelling|ousted|ousting|kicked|flushed|flushing|chased|chasing|routed|routing|evicted|evicting)\s+(?:the\s+)?(?:(?:last|remaining)\s+)?(?:opposition|rebels|insurgents|militants|opposition\s+fighters|fighters|gunmen|jihadists|terrorists|factions)\s+(?:out\s+of|from)\b",
    # "had driven the government's forces out of it": the side driven out lost it
    # ("drove them out of the district": whoever they are, the subject gained it)
    r"\b(?:drove|driven|drive|driving|pushed|pushing|expelled|expelling|ousted|ousting|kicked)\s+(?:them|(?:the\s+)?(?:(?:last|remaining)\s+)?(?:(?:government|regime|army|assad)(?:['’]s)?\s+|pro-(?:government|regime|assad)\s+|syrian\s+)?(?:forces|troops|soldiers|militias|militiamen|army))\s+(?:back\s+)?(?:out\s+of|from)\b",
    r"\b(?:cleared|swept|sweeping)\s+(?:the\s+)?(?:rebels|insurgents|militants|terrorists|opposition|fighters)\s+(?:out\s+of|from)\b",
    r"\bhand(?:ed|s|ing)?\s+over\b",
    r"\bhand(?:ed|s|ing)?\s+(?:over\s+)?(?:(?:full|complete)\s+)?control\s+(?:of|over)\b",
    # "handed Amiriya to the army", "handed X over to Y" (a name, then "to")
    r"\bhand(?:ed|s|ing)\b(?=\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:over\s+)?to\b)",
    r"\bhand(?:ed|s|ing)\b(?=\s+(?:it|them)\s+(?:over\s+)?to\b)",
    r"\bsurrender(?:ed|s)?\b(?=\s+(?:the\s+)?(?:[A-Z]|(?:al|el|as|ash|ad|an|ar|az|at)-|districts?|neighbou?rhoods?|areas?|control))",
    r"\bentered\s+and\s+(?:captured|seized|took)\b",
    # "brought X under its control": the side bringing it is the subject
    r"(?<=\s)(?:brought|bringing|brings|bring)\b(?=\s+(?:the\s+)?[A-Za-z][\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+under\s+(?:(?:its|their)\s+)?(?:(?:full|complete|total|firm)\s+)?control\b)",
]
CONTROL_PASSIVE = [
    # "Saif al-Dawla was abandoned during the night" (the place must open its clause: see
    # events; not "a rebel push ... was abandoned")
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:finally|quickly|completely|reportedly|also)\s+)?"
    r"abandoned\b(?!\s+by\b)",
    r"\bf[ae]ll(?:en|s)?\s+(?:in|into)\s+the\s+hands\s+of\b",
    r"\bf[ae]ll(?:en|s)?\s+to\b",
    # "fell into government hands": the hands name the side
    r"\bf[ae]ll(?:en|s)?\s+(?:in|into)\s+(?:the\s+)?(?:government|regime|army|rebel|opposition|kurdish|ypg)\s+hands\b",
    # (not "as shells fell on the main streets": munitions falling)
    # (nor "the agreement ... fell apart": a deal, not ground)
    r"(?<!shells\s)(?<!bombs\s)(?<!rockets\s)(?<!missiles\s)(?<!mortars\s)(?<!barrels\s)"
    r"(?<!shell\s)(?<!bomb\s)(?<!rocket\s)(?<!missile\s)(?<!rain\s)(?<!snow\s)\b(?:fell|fallen)\b"
    r"(?!\s+(?:apart|through|silent|short|quiet)\b)",
    # a timeline's present tense: "12 December: Sheikh Saeed, the last high ground, falls."
    r"\bfalls\b(?=\s*(?:[.;]|$))",
    # "the rebel-held north collapsed within three days" (a place right before: not "a
    # ceasefire announced the previous evening collapsed within hours")
    r"(?<!,\s)(?<=\s)collapsed\b(?=\s+(?:within|in\s+(?:a|one|two|three|four|\d+)\s+(?:days?|hours)|"
    r"on\s+(?:\d|(?:nov|dec)\w*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|overnight|between)\b)",
    # the historic present: "X and Y fall in their turn, according to state television"
    r"\bfalls?\b(?=\s+in\s+(?:its|their)\s+turn\b)",
    # "the whole north of the enclave passed to the regime", "passed into rebel hands"
    r"\bpass(?:ed|es)\s+(?:in)?to\b(?=\s+(?:the\s+)?(?:(?:control|hands)\s+of\s+(?:the\s+)?)?"
    r"(?:regime|government|army|loyalist|pro-|rebel|opposition|insurgent|kurdish|ypg|sdf)"
    r"|\s+(?:(?:government|regime|army|rebel|opposition|kurdish)\s+)?(?:hands|control)\b)",
    # (not "which is controlled by the regime": present tense says who holds it)
    r"\b(?!(?:is|are)\s+(?:\w+\s+)?controlled\b)(?:was|were|been|being|is|are|had\s+been|has\s+been|have\s+been)\s+[\"“']?(?:(?:fully|completely|entirely|totally|reportedly|also|now|all|both|quickly|eventually|finally|largely|effectively|swiftly|soon|later|then)\s+){0,2}[\"“']?(?:re-?)?(?:captured|taken(?!\s+to\b)|seized|retaken|recaptured|liberated|freed|overrun|occupied|controlled|secured|handed\s+over|cleared|cleansed|ceded|lost)\b(?!\s+(?:out\s+of|away|to\s+(?:hospitals?|safety)|by\s+(?:bus|buses|car|cars|truck|trucks|road|ambulances?)\b))",
    # Bare "taken" is passive only after a comma or "which", or before "by".
    # (not "were then taken by bus to a reception centre": people carried)
    r"(?:(?<=,\s)|(?<=\bwhich\s)|(?<=\bnewly\s))(?:re-?)?taken\b(?!\s+(?:out\s+of|away))|\b(?:re-?)?taken(?:\s+over)?(?=\s+by\b(?!\s+(?:bus|buses|car|cars|truck|trucks|road|ambulances?|force)\b))",
    # "X, captured by the army on Monday, lies on ...": a participle with its agent (not
    # "captured by Monday evening": a time)
    r"(?<=,\s)(?:re-?)?(?:captured|seized|overrun|liberated|secured)(?=\s+by\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|dawn|nightfall|midday|midnight|evening|morning|night|then|now|the\s+(?:end|time|evening|morning)\b))",
    r"\b(?:was|were|been|being|is|are|had\s+been|has\s+been|have\s+been)\s+lost\s+to\b",
    # "X was evacuated by opposition fighters": the side that left it lost it
    r"\b(?:was|were|been|being|had\s+been|has\s+been)\s+(?:(?:finally|quickly|completely)\s+)?(?:evacuated|abandoned)\s+by(?=\s+(?:the\s+|its\s+|their\s+)?(?:last\s+|remaining\s+)?(?:rebel|opposition|insurgent|militant|jihadist|armed|fighters|factions|gunmen|terrorists|defenders))",
    # "... and occupied hours later by regime troops": the same subject, taken
    r"(?<=\band\s)(?:re-?)?(?:occupied|captured|seized|taken|overrun|secured)(?=\s+(?:[\w-]+\s+){0,3}?by\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|dawn|nightfall|midday|midnight|evening|morning|night|then|now|the\s+(?:end|time|evening|morning)\b))",
    # "Sheikh Saeed's recapture by rebels", "Masaken Hanano's fall"
    r"(?<=['’]s\s)(?:re)?(?:capture|fall|loss|seizure|liberation)\b",
    # "Masaken Hanano, whose fall on 26 November ..."
    r"(?<=\bwhose\s)(?:re)?(?:capture|fall|loss|seizure|liberation)\b",
    r"\bunder\s+(?:the\s+)?(?:(?:full|complete|total|firm)\s+)?(?:(?:government|regime|army|rebel|opposition|kurdish|ypg|gos|syrian\s+army|state)\s+)?control\b",
    # (not "the pocket still in the hands of the rebels", "X and the rest of the north are
    # now in the hands of the regime": who holds it)
    r"(?<!\bstill\s)(?<!\bremain\s)(?<!\bremains\s)(?<!\bremained\s)(?<!\bare\snow\s)"
    r"(?<!\bis\snow\s)\bin\s+the\s+hands\s+of\b",
    # "X went on Dec. 4": it fell (not "went on for days", "went on to take")
    # (and "The Old City went Dec. 7")
    r"(?<=\s)went\b(?=\s+(?:on\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:nov|dec)[a-z]*\.?\s+\d|the\s+\d)|(?:nov|dec)[a-z]*\.?\s+\d))",
    # "X fell on Dec. 4; Y and Z followed the next day": they fell too
    r"(?<=\s)followed\b(?=\s+(?:suit\b|on\s|in\s+(?:quick\s+)?succession|the\s+(?:next|following|same)\s|"
    # ("... and al-Sukhur and Haydariyya followed yesterday")
    r"(?:yesterday|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
    r"(?:a|one|two|three|four|\d+)\s+(?:days?|hours)\s+later|(?:shortly|soon|hours|days)\s+(?:after|later)))",
    # "X changed hands on Monday" (not "changed hands several times": no one change)
    r"\bchanged\s+hands\b(?!\s+(?:several|many|multiple|repeatedly|twice|three|four|back|again))",
    # "Rebels in X surrendered to the army" (not "militants laid down their arms": men
    # giving up, not ground)
    r"\bsurrendered\s+to\b",
    # "within 48 hours the whole north had gone": lost (not "had gone to", "had gone on")
    r"\b(?:had|has|have|was|were)\s+(?:all\s+|also\s+)?gone\b(?=\s*(?:[,.;:]|$|\s+(?:too|as\s+well|by|within)\b))",
    # "Now the Old City is gone too", "X is now gone" (not "then the whole north is
    # gone": what would follow)
    r"\b(?:is|are)\s+(?:now\s+gone\b|gone\b(?=\s+(?:too|as\s+well)\b))",
    # "by Monday the whole north was in government hands", as "under government control"
    r"\b(?:was|were)\s+(?:all\s+|entirely\s+|completely\s+)?in\s+(?:the\s+)?(?:government|regime|army|kurdish|ypg)\s+hands\b",
    # "within three days the whole north was in its hands": the side named before
    # (or "... the whole northern half of the pocket was theirs")
    r"\b(?:was|were)\s+(?:all\s+|entirely\s+|completely\s+|now\s+|firmly\s+)?(?:in\s+(?:its|their)\s+hands|theirs)\b",
    # "the Old City was emptied of its defenders": lost by those who held it
    r"\b(?:was|were|had\s+been|has\s+been)\s+emptied\s+of\s+(?:its|their|the\s+last)\s+(?:defenders|fighters|rebels)\b",
    # "returned to the bosom of the regime", "back in the fold of the state"
    r"\b(?:return(?:ed|s|ing)?|back)\s+(?:to|in|into|under)\s+the\s+(?:bosom|fold|arms)\s+of\s+"
    r"the\s+(?:regime|government|state|syrian\s+state|army)\b",
    # "X was no longer in the insurgents' hands": the other side's now
    r"\b(?:was|were|is|are)\s+no\s+longer\s+(?:in\s+(?:the\s+)?(?:rebel|rebels['’]|insurgents['’]|"
    r"opposition|militants['’]|terrorists['’])\s+hands|under\s+(?:rebel|opposition|insurgent)\s+control)\b",
    # "X was "now in government hands"" (not "in rebel hands" alone: who holds it)
    r"\b(?:now|back|firmly|fully)\s+in\s+(?:the\s+)?(?:government|regime|army|rebel|rebels['’]|opposition|kurdish|ypg)\s+hands\b",
    r"\b(?:returned|returns|back|revert(?:ed|s)?)\s+(?:to|under)\s+(?:the\s+)?(?:state|government|regime|army|its|their)(?:'s|’s)?\s+(?:full\s+)?control\b",
    # (not "which is controlled by the regime", "X neighbourhood controlled by the Kurdish
    # units": a description of who holds it; only "had been controlled by" tells a change)
    # (not "which has been controlled by the YPG since 2012": a holding that goes on)
    r"(?<=\bbeen\s)controlled\s+by\b(?![^,;.]{0,60}\bsince\b)",
    r"\bnow\s+(?:both\s+|all\s+)?(?:held|controlled)\s+by\b",
]
# "the loss on Tuesday of X", "the capture overnight of X": a date inside the noun phrase
_NOUN_DATE = r"(?:(?:(?:late\s+|early\s+)?on\s+\w+day|overnight|last\s+week|this\s+week)\s+)?"
CONTROL_NOUN = [
    rf"\bfall\s+{_NOUN_DATE}of\b",
    # "the breakthrough at Hanano on Nov. 26": the ground broken into was taken
    r"\bbreakthrough\s+(?:at|in)\b",
    rf"\b(?:re)?capture\s+{_NOUN_DATE}of\b",
    r"\breturn\s+of\s+(?:security|stability|order|safety)(?:\s+and\s+(?:security|stability|order|safety))?\s+to\b",
    rf"\bseizure\s+{_NOUN_DATE}of\b",
    r"\bliberation[\"”’']?\s+of\b",
    r"\btake-?over\s+of\b",
    r"\bcontrol\s+(?:over|of)\b(?=\s+(?:the\s+)?(?:whole|entire|all))",
    # "announced government control of X", "completed their takeover of X"
    r"\b(?:government|army|regime|state|full|complete|total)\s+control\s+(?:over|of)\b",
    r"\b(?:completed|complete|completing)\s+(?:its|their|the)\s+(?:takeover|capture|seizure|sweep)\s+of\b",
]
CONTROL_LOSE = [
    r"\b(?:were|was|been|being|are|is)\s+(?:(?:finally|completely|reportedly)\s+)?(?:driven|pushed|forced|expelled|kicked|ousted|chased|routed|flushed|evicted)\s+(?:out\s+of|from)\b(?!\s+(?:their|his|her)\s+homes)",
    rf"\bloss\s+{_NOUN_DATE}of\b",
    r"\blost\s+(?:(?:full|complete|all)\s+)?control\s+(?:of|over)\b",
    # Not "lost their homes in X": what was lost must be ground.
    # (not "the residential blocks lost in X": a share of X)
    rf"(?<!blocks\s)(?<!buildings\s)(?<!positions\s)(?<!streets\s)(?<!parts\s)"
    rf"\blos(?:t|es|ing|e)\b(?!\s+(?:(?:their|his|her|its|many|some|all)\s+)?{_NOT_GROUND})",
    # "lost more than a third of their territory, including X": ground after all
    r"\blos(?:t|es|ing)\b(?=\s+(?:more\s+than|over|about|nearly|half)\b[^.;]{0,60}?"
    r"\b(?:territory|ground|east|enclave|areas?|districts|neighbou?rhoods),\s*including\b)",
    # "Rebels evacuated X overnight" (not "evacuated the wounded from X")
    r"(?:(?<=rebels\s)|(?<=fighters\s)|(?<=militants\s)|(?<=insurgents\s)|(?<=gunmen\s)|(?<=factions\s))"
    r"evacuated\b(?!\s+(?:the\s+|their\s+)?(?:wounded|civilians|residents|people|families|children|"
    r"sick|injured|dead|bodies|from)\b)",
    # ("had "withdrawn" on Monday from X", "withdrew during the night from Tuesday to
    # Wednesday from X")
    rf"\bwithdr(?:ew|awn|aw|awing)[\"”’']?\s+(?:completely\s+|fully\s+)?{_WHEN}from\b",
    rf"\bretreat(?:ed|s|ing)?\s+{_WHEN}from\b",
    r"\b(?:slipp(?:ed|ing)|slips?|melted\s+away)\s+(?:out\s+of|from)\b",
    # ("pulled back overnight from X")
    rf"\bpull(?:ed|s|ing)?\s+back\s+{_WHEN}(?:out\s+of|from)\b",
    # "the last rebel fighters left X": the holder's fighters gone
    r"\b(?:last|remaining)\s+(?:rebel\s+|opposition\s+)?(?:fighters|rebels|militants|gunmen|insurgents)\s+(?:left|departed|quit)\b",
    rf"\bpull(?:ed|s|ing)?\s+out\s+{_WHEN}(?:of|from)\b",
    rf"\babandon(?:ed|s|ing)?\b(?!\s+(?:(?:their|his|her|its|many|some|all)\s+)?{_NOT_GROUND})",
    r"\bevacuated\s+their\s+positions\s+in\b",
    # "the collapse of rebel lines in X": the side whose lines broke lost X
    r"\bcollapse\s+of\s+(?:the\s+)?(?:rebel|opposition|insurgent|militant)s?['’]?\s+(?:lines|defen[cs]es|front(?:\s*-?\s*lines?)?)\s+(?:in|across)\b",
    r"\b(?:rebel|opposition|insurgent|militant)s?['’]?\s+(?:lines|defen[cs]es)\s+(?:collapsed|crumbled|broke)\s+(?:in|across)\b",
    r"\b(?:ced(?:ed|es|ing)|relinquish(?:ed|es|ing)|gave\s+up|given\s+up|giving\s+up)\b"
    r"(?!\s+(?:hope|on|their\s+(?:lives|homes|weapons|arms)))",
]
# An attack told as a noun: "an assault on X".
ATTACK_NOUNS = r"assault|offensive|attack|push|incursion|ground\s+operation|onslaught"
CONTESTED = [
    r"\b(?:heavy\s+|fierce\s+|intense\s+|violent\s+)?(?:fighting|clashes|battles?|battling|battled|clashed|fought)\b",
    # (Not "towards X": ground short of X.)
    rf"\b(?:{ATTACK_NOUNS})s?\s+(?:on|against|into|in)\b(?!\s+(?:towards?|to)\b)",
    r"\battack(?:ed|ing)\b",
    rf"\badvanc(?:ed|es|e|ing)\s+{_WHEN}(?:deeper\s+|further\s+)?(?:in|into|inside|on|through)\b",
    r"\badvances?\s+in\b",
    r"\bgained\s+ground\s+in\b",
    r"\bmade\s+(?:gains|advances|progress)\s+in\b",
    r"\bprogress(?:ed|ing)?\s+(?:in|into|inside)\b",
    # (not "the factions had been pushed into a few square kilometres": where they are)
    # (but "the army was pushing into X" is the army's push)
    # (not "push on towards X": ground short of X)
    r"(?:(?<!\bbeen\s)(?<!\bwere\s)(?<!\bwas\s)\b(?:push|press)(?:ed|es)?|\b(?:push|press)ing)"
    r"\s+(?:forward\s+|deeper\s+|further\s+|back\s+|on\s+)?(?:into|in|inside|on)\b"
    r"(?!\s+(?:towards?|to)\b)",
    rf"\bmov(?:ed|ing|es)\s+{_WHEN}(?:deeper\s+|further\s+)?(?:into|inside)\b",
    # "moved (advanced) from Sheikh Maqsoud into X": where they came from, then where
    # they went
    r"\b(?:mov|advanc|push|surg)(?:ed|ing|es|e)?\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:into|inside)\b",
    # "moved its militants into X", "moving troops into X"
    r"\bmov(?:ed|ing|es)\s+(?:(?:its|their|the|more)\s+)?(?:fighters|militants|forces|troops|"
    r"units|men|militiamen|reinforcements)\s+(?:into|inside)\b",
    rf"\b(?:marched|marching|rolled|rolling|surged|surging)\s+{_WHEN}(?:deeper\s+|further\s+)?into\b",
    r"\bwalked\s+(?:in|into)\b",
    r"\bstorm(?:ed|ing|s)?\b",
    # "fighting their way into X", "battled their way through X"
    r"\b(?:fight(?:ing|s)?|fought|battl(?:e|ed|ing|es)|push(?:ed|ing|es)?|forc(?:e|ed|ing|es)|"
    r"mak(?:e|es|ing)|made|work(?:ed|ing|s)?)\s+(?:their|its|his)\s+way\s+(?:into|through|in|inside)\b",
    # (not "entering homes and killing those inside": no front line moved)
    r"\b(?:entered|entering|enter|br(?:oke|eaks?|eaking)\s+into|smash(?:ed|es|ing)?\s+into|breached)\b(?!\s+(?:(?:people['’]s|civilian|private)\s+)?(?:homes|houses|hospitals?|shelters?|mosques?|schools?|basements?)\b)",
    # (not "reached its positions on foot"; nor "our men are in their positions in X",
    # "held their positions in X": a side holding its own ground)
    r"(?<!\bin\stheir\s)(?<!\bin\sour\s)(?<!\bheld\stheir\s)(?<!\bhold\stheir\s)"
    r"(?<!\bholding\stheir\s)(?<!\bkept\stheir\s)"
    r"\bpositions?\s+(?:in|inside|on)\b(?!\s+foot\b)",
    r"\bfoothold\s+in\b",
    r"\bfront\s*-?lines?\s+(?:in|of|at)\b",
    # Not "the surrounding neighbourhoods": an adjective, no fight.
    r"\bencircl(?:ed|ing)\b(?!\s+(?:neighbou?rhoods?|areas?|districts?|villages?|countryside|streets))",
    r"\bsurround(?:ed|ing)\b(?!\s+(?:neighbou?rhoods?|areas?|districts?|villages?|countryside|streets))",
]
CONTESTED_PASSIVE = [
    r"\b(?:came|come|comes|coming|was|were|is|are|been|remained|remains)\s+under\s+(?:heavy\s+|fierce\s+|intense\s+|renewed\s+)?(?:attack|assault|fire|bombardment)\b",
    r"\b(?:was|were|is|are|been|being)\s+(?:(?:heavily|fiercely)\s+)?(?:attacked|stormed|contested|besieged|encircled|surrounded)\b",
]
REPEL = [
    r"\b(?:repel(?:led|s)?|repuls(?:ed|es)|thwart(?:ed|s)|foil(?:ed|s)|beat(?:en)?\s+(?:back|off)|"
    r"fended\s+off)\b"
]
DENIAL = [
    r"\bden(?:y|ied|ies|ying)\b(?!\s+(?:access|entry|aid|permission|visas?|medical))",
    r"\b(?:rejected|rejecting|refuted|refuting|disputed|disputing|contradicted|dismissed|dismissing)\s+(?:the\s+|these\s+|those\s+|such\s+|this\s+|that\s+)?(?:(?:government|regime|army|russian|state\s+media|rebel|opposition|media)(?:'s|’s)?\s+)?(?:claims?|reports?|allegations?|accounts?|assertions?)\b",
    r"\b(?:claims?|reports?)\s+(?:have|has|were|was)\s+(?:also\s+)?been\s+(?:disputed|denied|rejected|dismissed|refuted)\b",
    r"\bnot\s+true\b",
    r"\bcalled\s+(?:the|this|that|these|those|such)\s+(?:claims?|reports?|allegations?|accounts?)\s+[\"'“‘]?(?:an?\s+)?(?:(?:complete|total|absolute|outright)\s+)?(?:lies?|false|untrue|baseless|fabricat\w*|propaganda|nonsense|fake)\b",
    # "..., a claim rebels called a lie", "called it propaganda"
    r"\bcalled\s+(?:it\s+|that\s+|them\s+)?[\"“'‘]?(?:an?\s+)?(?:(?:complete|total|absolute|outright)\s+)?(?:lies?|false|untrue|baseless|fabricat\w*|propaganda|nonsense|fake)\b",
    # "said it had not lost X": a side denies its own loss (the place follows)
    r"\b(?:had|has|have)\s+not\s+(?:lost|abandoned|withdrawn\s+from|retreated\s+from|pulled\s+out\s+of)\b",
    r"(?<![\w-])(?:that|this|it)\s+(?:is|was|'s|’s)\s+(?:a\s+|an\s+)?(?:(?:complete|total|absolute|outright)\s+)?(?:lie|lies|untrue|fabrication|propaganda)\b",
    # "Opposition officials disputed that, saying ...": the claim told just before.
    r"\b(?:denied|denies|disputed|disputes|rejected|dismissed|refuted)\s+(?:this|that|it)(?=\s*(?:[,.;]|to\b|on\b|in\b|as\b))",
    r"\b(?:claims?|reports?)\s+(?:were|was|are|is)\s+[\"'“‘]?(?:lies|false|untrue|baseless|fabricated|propaganda)\b",
    r"\bcontrary\s+to\s+(?:the\s+)?(?:(?:government|regime|state\s+media|army|russian)(?:'s|’s)?\s+)?(?:claims?|reports?)\b",
    # (Not "districts still held by the rebels": a description, no denial.)
    r"\bstill\s+(?:held|hold|holds|holding|in\s+control\s+of|control|controlled|controls)\b(?!\s+by\b)",
    # "the army "remains in full control" of the hill": the holder denies its loss
    r"\bremain(?:s|ed|ing)?\s+[\"“]?in\s+(?:(?:full|complete|total|firm)\s+)?control[\"”]?\s+(?:of|over)\b",
    # "dismissed as 'absolutely untrue' reports that ..."
    r"\b(?:dismissed|rejected|described|denounced)\s+as\s+[\"“][^\"“”]{2,40}[\"”]\s+(?:the\s+)?(?:claims?|reports?|allegations?)\b",
    r"\b(?:dismissed|rejected|described|denounced)\s+as\s+[\"“”']?(?:(?:absolutely|completely|totally|entirely)\s+)?(?:untrue|false|fake|baseless|lies|fabricated|fabrications?|groundless|propaganda|nonsense|rumou?rs|fiction)\b",
    # "..., a claim rejected by opposition commanders"
    r"\bclaims?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:quickly\s+)?(?:rejected|denied|dismissed|disputed|refuted)\s+by\b",
]
# "his fighters were "still inside X"": a side's own men still there (the place follows)
DENIAL_STILL_IN = [
    r"\b(?:fighters|men|forces|troops|units|rebels|soldiers)\s+(?:were|are|was|is|remain(?:ed|s)?)\s+"
    r"[\"“]?still\s+(?:inside|in)\b(?!\s+(?:control|charge|the\s+hands)\b)",
    # "rebel fighters stayed in X "until the last bus"", "rebels had held on to X"
    r"\b(?:fighters|men|forces|troops|units|rebels|soldiers)\s+(?:stayed|remained)\s+(?:inside|in)\b"
    r"(?!\s+(?:control|charge|the\s+hands)\b)",
    r"\b(?:fighters|men|forces|troops|units|rebels|soldiers)\s+(?:had\s+)?held\s+on\s+to\b",
    # "his men were still fighting in the southern streets of X": still there
    r"\b(?:fighters|men|forces|units|rebels)\s+(?:were|are|was|is)\s+still\s+fighting\s+(?:inside|in)\b",
    # ""We are still in the western part of X," a commander said": the speaker's side
    # (not "we are still in our homes": no place of the map)
    r"\bwe\s+(?:are|were|remain)\s+still\s+(?:inside|in)\b(?!\s+(?:control|charge|the\s+hands|our|their)\b)",
    # "rebel fighters were still there": the place is the one named before (see events)
    r"\b(?:fighters|men|forces|troops|units|rebels|soldiers)\s+(?:were|are|was|is|remain(?:ed|s)?)\s+"
    r"[\"“]?still(?=\s+there\b)",
]
# "..., a claim rebels rejected.": the verb closes a clause about the claim (see events)
DENIAL_CLOSING = [
    r"\b(?:rejected|denied|dismissed|disputed|refuted|deny|denies|reject|rejects)(?=\s*(?:[.;,]|$))",
]
# "X is still in the hands of the rebels", "X remains under Kurdish control": who holds a
# place now. The place stands before the words; it is a denial only of a change the
# article has told of (see events).
_HOLD_MODIFIERS = r"(?:(?:still|entirely|firmly|fully|completely|totally|securely)\s+)*"
HOLDING = [
    rf"\b(?:is|are|remains?|remained|(?:was|were)\s+still)\s+{_HOLD_MODIFIERS}"
    r"(?:ours\b|theirs\b|in\s+(?:the\s+)?hands\s+of|"
    r"in\s+(?:the\s+)?(?:rebel|rebels['’]|opposition|revolutionaries['’]?|our|their|government|army|regime|kurdish)\s+hands|"
    r"under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|firm\s+)?"
    r"(?:(?:rebel|opposition|government|regime|army|kurdish|ypg|our|their)\s+)?control(?:\s+of)?)\b",
]
# "reports that X had fallen were false": the verdict on a claim told just before it.
DENIAL_VERDICT = [
    r"\b(?:were|was|are|is)\s+[\"“']?(?:a\s+|an\s+)?(?:(?:completely|totally|simply|entirely|pure|"
    r"utter|complete|total|absolute|outright)\s+)?(?:false|fake|untrue|lies|lie|baseless|fabricated|fabrications?|propaganda|"
    r"not\s+true|groundless|nonsense|wrong)\b",
]
# "X had not been lost": the place stands before the words.
DENIAL_PASSIVE = [
    # Not "was not captured until Monday": that dates the capture.
    # ("had not lost X", without "been", is active: the place follows; see DENIAL.)
    r"\b(?:(?:had|has|have)\s+not\s+(?:yet\s+)?been|(?:was|were|is|are)\s+not(?:\s+yet)?)\s+(?:lost|fallen|captured|taken|seized|overrun|retaken|recaptured)\b(?!\s+(?:until|till)\b)",
    r"\b(?:had|has|have|was|were|is|are)\s+not\s+f(?:a|e)ll(?:en)?\b(?!\s+(?:until|till)\b)",
]
DISPLACEMENT = [
    r"\bfle(?:e|d|eing|es)\b",
    r"\bdisplac(?:ed|ement)\b",
    r"\bescap(?:ed|ing|e)\b",
    r"\bexodus\b",
    r"\bc(?:a|o)me\s+out\s+of\b",
    r"\bpour(?:ed|ing)\s+(?:into|out\s+of|from|to)\b",
    r"\bstream(?:ed|ing)\s+(?:into|out\s+of|from|to|towards)\b",
    r"\bflood(?:ed|ing)\s+(?:into|to|out\s+of)\b",
    r"\barriv(?:ed|ing|als?)\b",
    r"\bevacuat(?:ed|ion|ing)\b",
    r"\b(?:taken|bused|bussed|ferried|transported|driven)\s+out\s+of\b",
    # "Buses took 2,000 people from X to Y".
    r"\b(?:took|take|takes|taking|bused|bussed|ferried|transported|carried)\b"
    r"(?=\s+(?:\S+\s+){0,3}?(?:people|civilians|residents|families|evacuees|wounded|fighters)\s+(?:from|out\s+of|to)\b)",
    r"\b(?:carried|carrying|ferried|ferrying|transported|transporting)\b(?=[^.;]{0,50}\bout\s+of\b)",
    # (not "residents reached by phone": a reporter reaching them)
    r"\breached\b(?!\s+(?:by\s+(?:tele)?phone|by\s+(?:text|whatsapp|skype|e-?mail|messag\w*)|via\b))",
    # (headlines: "thousands of civilians reach Sheikh Maqsoud")
    r"(?<!\bto\s)\breach(?:es)?\b(?=\s+(?:the\s+)?[A-Z])",
    r"\bmov(?:ed|ing)\s+(?:(?:north|south|east|west)(?:wards?)?\s+)?(?:out\s+of|to|into|from)\b",
    r"\bcross(?:ed|ing)\s+(?:the\s+(?:front\s*-?\s*lines?|lines?|front)\s+)?(?:from|into|to|over(?:\s+(?:to|into))?)\b",
    r"\b(?:sought|seeking|took|taking|taken|take|found|finding|find)\s+(?:refuge|shelter)\b",
    r"\b(?:forced|driven)\s+(?:from|out\s+of)\s+their\s+homes\b",
    r"\bheading\s+(?:to|for|towards)\b",
    # "the council says it has taken in 9,000 people from X": a host telling of arrivals
    r"\b(?:taken|took|taking|takes|receiv(?:ed|ing|es))(?:\s+in)?\b"
    r"(?=\s+(?:\S+\s+){0,3}?(?:people|civilians|residents|families|displaced|evacuees)\s+from\b)",
    r"\bbound\s+for\b",
    r"\bescort(?:ed|ing)\s+(?:across|out\s+of|to|from|into)\b",
    r"\bcrowd(?:ed|ing)\s+into\b",
    # (not "the wounded were taken to a field hospital": patients, not people fleeing)
    r"\b(?:were|was|being|been)\s+(?:taken|transported|bused|bussed|brought|moved|transferred)\s+(?:by\s+(?:bus|buses|truck|trucks|ambulances?)\s+)?(?:to|into)\b"
    r"(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical)\b)",
    r"\bleft\s+(?:their\s+homes\s+in\b)?",
]
CASUALTIES = [
    r"\bkill(?:ed|ing)\b",
    r"\bdeath\s+toll\b",
    r"\b(?:wounded|injured)\b",
]


def _entries(patterns: list[str], kind: str, voice: str) -> list[tuple[str, int, tuple]]:
    # A pattern with a capital letter class ("[A-Z]") is case-sensitive on purpose.
    return [(p, 0 if "A-Z" in p else re.I, (kind, voice)) for p in patterns]


TRIGGER_SET = PatternSet(
    [
        *_entries(CONTROL_NOUN, "control_change", "noun"),
        *_entries(CONTROL_LOSE, "control_change", "lose"),
        *_entries(CONTROL_PASSIVE, "control_change", "passive"),
        *_entries(CONTROL_ACTIVE, "control_change", "active"),
        *_entries(REPEL, "contested", "repel"),
        *_entries(CONTESTED_PASSIVE, "contested", "passive"),
        *_entries(CONTESTED, "contested", "active"),
        *_entries(HOLDING, "denial", "holding"),
        *_entries(DENIAL_VERDICT, "denial", "verdict"),
        *_entries(DENIAL_PASSIVE, "denial", "passive"),
        *_entries(DENIAL, "denial", "active"),
        *_entries(DENIAL_STILL_IN, "denial", "active"),
        *_entries(DENIAL_CLOSING, "denial", "closing"),
        *_entries(DISPLACEMENT, "displacement", "active"),
        *_entries(CASUALTIES, "casualties", "active"),
    ]
)

# Words that make what follows them hypothetical, planned, or negated.
BLOCKERS = {
    "if", "unless", "whether", "would", "could", "might", "will", "shall", "should",
    "nobody", "none",
    "can", "cannot", "can't", "won't", "threat", "threatens", "threatened", "threatening",
    "aim", "aims", "aiming", "aimed", "plan", "plans", "planning", "planned", "hope",
    "hopes", "hoping", "expected", "expects", "expect", "likely", "bid", "attempt",
    "attempts", "attempted", "attempting", "trying", "tried", "try", "tries", "seeking",
    "seeks", "seek", "wants", "want", "intends", "intend", "vowed", "vows", "vow",
    "poised", "preparing", "prepare", "ready", "not", "never", "failed", "fail", "yet",
    "fears", "feared", "fear", "unable", "may", "must", "threaten", "allow", "allowing",
    "avoid", "avoiding", "prevent", "preventing", "readied", "readies", "readying",
    "prepared", "prepares",
}  # fmt: skip
# An attempt at a place is fighting there even if it failed: "tried to storm X".
ATTEMPTS = {"attempt", "attempts", "attempted", "attempting", "trying", "tried", "try", "tries"}
# These undo a blocker right before the trigger: "managed to take", "succeeded in taking".
UNBLOCKERS = {"managed", "succeeded", "able", "forced", "compelled"}
# A control word right after these is an intention, not an event ("to retake the city").
INFINITIVE_GOVERNORS = {
    "to", "aimed", "bid", "push", "attempt", "effort", "efforts", "order", "plans",
}  # fmt: skip

PEOPLE = re.compile(
    # ("his family" is an anecdote; "families" are a count of people on the move.)
    r"\b(?:civilians?|residents?|people|families|children|women|thousands|hundreds|"
    r"dozens|those|displaced|refugees|inhabitants|holdouts|arrivals|persons|individuals|"
    r"evacuees|men|population|others|locals|households|wounded|sick|many|citizens|idps|"
    r"survivors|patients)\b",
    re.I,
)
# In the main scan: it is read only in sentences scanned for events anyway.
PEOPLE_SET = PatternSet([(PEOPLE.pattern, re.I, "people")])
REPORT_VERBS = re.compile(
    r"\b(?:said|says|say|saying|told|tells|reported|reports|reporting|claimed|claims|claiming|"
    r"announced|announces|announcing|"
    r"stated|confirmed|confirms|added|warned|denied|denies|deny|disputed|insisted|insists?|"
    r"according\s+to|citing|quoted|declared|tweeted|showed|shows|"
    # (not "in a statement posted on Twitter": the statement's, with its speaker named)
    r"(?<!statement\s)(?<!statements\s)(?<!video\s)(?<!videos\s)(?<!message\s)(?<!footage\s)"
    r"(?<!images\s)(?<!report\s)(?<!recording\s)(?:posted|broadcast|aired)|"
    # (not "an estimated 50,000": a figure's qualifier)
    r"quoting|dismissed|rejected|acknowledged|admitted|(?<!\ban\s)estimated|estimates|asserted|"
    r"assured|conceded|concedes)\b",
    re.I,
)
# Every reporting verb contains one of these: a sentence without any has no speaker.
# (As long as they can be: "sa" or "cit" would be in "thousands" or "city".)
REPORT_STEMS = (
    "said", "say", "tell", "told", "report", "claim", "announc", "stated", "confirm",
    "added", "warn", "denie", "deny", "disput", "insist", "accord", "citing", "quot",
    "declar", "tweet", "posted", "show", "broadcast", "aired", "dismiss", "reject",
    "acknowledg", "admit", "estimat", "assert", "assured", "conced",
)  # fmt: skip
REPORT_SET = PatternSet([(REPORT_VERBS.pattern, re.I, "report")], group="speech")
# The same verbs in the main scan, for sentences scanned for events anyway.
REPORT_SET_MAIN = PatternSet([(REPORT_VERBS.pattern, re.I, "report")])
# Where a clause ends: one event's words do not reach across these.
CLAUSE_BREAK = re.compile(
    r";|:|\s[—–-]\s|,\s+(?:while|but|whereas|although|though|as|and)\b|\s(?:while|whereas|but)\s",
    re.I,
)
