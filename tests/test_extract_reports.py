"""Reports, claims and disputes over several sentences, as other outlets write them.

Each case is a short text of one or more sentences, its publication date, and every
event a reader codes from it as (event_type, place, actor, claimant, date_start,
date_end); place is the district, or "origin -> destination" for a displacement.
"""

from __future__ import annotations

import pytest
from extract_helpers import code_text

G, R, K = "government", "rebels", "kurdish"
SSM, RO = "Syrian state media", "rebel official"

CASES = [
    # --- who is the agent of a capture told as a noun or in the passive
    (
        "2016-11-29",
        "The capture of al-Sakhour on Monday, a densely populated district on the main road, "
        "severed the rebels' supply lines between north and south.",
        {("control_change", "Sakhour", "", "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-05",
        "Government troops pushed into Tariq al-Bab at dawn. The capture of Tareeq al-Bab is a "
        "major blow to the militants.",
        {
            ("contested", "Tariq al-Bab", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Tariq al-Bab", G, "", "2016-12-05", "2016-12-05"),
        },
    ),
    (
        "2016-12-13",
        "The capture of Sheikh Saeed by government troops on Monday opened the road south.",
        {("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-11-29",
        "The Observatory said the rebels had lost the whole of the north of eastern Aleppo, in "
        "an advance that began on Saturday with the fall of Masaken Hanano.",
        {
            ("control_change", "North of East Aleppo", G, "SOHR", "2016-11-26", "2016-11-26"),
            ("control_change", "Masaken Hanano", G, "SOHR", "2016-11-26", "2016-11-26"),
        },
    ),
    # --- the composed names of the city's halves and parts
    (
        "2016-12-06",
        "Aleppo's governor said some 50,000 citizens have arrived from the eastern "
        "neighborhoods over the past ten days.",
        {
            (
                "displacement",
                "East Aleppo -> ",
                "",
                "Syrian government",
                "2016-11-26",
                "2016-12-06",
            )
        },
    ),
    (
        "2016-12-16",
        "The first convoy, carrying about 1,000 people including dozens of wounded, left the "
        "enclave through the Ramouseh district on Thursday and reached rebel-held al-Rashidin.",
        {
            (
                "displacement",
                "East Aleppo -> al-Rashidin",
                "",
                "",
                "2016-12-15",
                "2016-12-15",
            )
        },
    ),
    (
        "2016-12-10",
        "As many as 2,000 people crossed from Bustan al-Kasr into the regime-held west on "
        "Friday, activists said.",
        {
            (
                "displacement",
                "Bustan al-Qasr -> West Aleppo",
                "",
                "activists",
                "2016-12-09",
                "2016-12-09",
            )
        },
    ),
    # --- denials: of "the report", by a speaker behind an aside, as a holding statement
    (
        "2016-11-20",
        "Syrian troops pushed into Masakin Hanano on Sunday, a monitor said. But an official "
        "from the Fastaqim rebel group, which has fighters in the area, dismissed the report.",
        {
            ("contested", "Masaken Hanano", G, "SOHR", "2016-11-20", "2016-11-20"),
            ("denial", "Masaken Hanano", R, RO, "2016-11-20", "2016-11-20"),
        },
    ),
    (
        "2016-11-20",
        "Syrian troops pushed into Masakin Hanano on Sunday, a monitor said. \"They attacked "
        'from three directions and we pushed them back. Hanano is entirely in the hands of the '
        'revolutionaries," a rebel commander said.',
        {
            ("contested", "Masaken Hanano", G, "SOHR", "2016-11-20", "2016-11-20"),
            ("denial", "Masaken Hanano", R, RO, "2016-11-20", "2016-11-20"),
        },
    ),
    (
        "2016-11-29",
        "State television said troops had taken Hellok on Monday. But an opposition "
        "commander, speaking by telephone on Tuesday morning, said the district was still in "
        "rebel hands.",
        {
            ("control_change", "Hellok", G, SSM, "2016-11-28", "2016-11-28"),
            ("denial", "Hellok", R, RO, "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-22",
        "The Kurdish-majority district of Sheikh Maqsoud remains under the control of Kurdish "
        "fighters.",
        set(),
    ),
    (
        "2016-12-22",
        "Sheikh Maqsoud, which is under Kurdish control, took in thousands of people.",
        set(),
    ),
    (
        "2016-12-16",
        "State television said troops had taken over al-Zabdiyeh on Thursday. Opposition "
        "officials disputed that, saying thousands of people were still waiting to leave.",
        {
            ("control_change", "al-Zebdiyeh", G, SSM, "2016-12-15", "2016-12-15"),
            ("denial", "al-Zebdiyeh", R, "opposition official", "2016-12-15", "2016-12-15"),
        },
    ),
    # --- speakers the lexicon must know
    (
        "2016-12-13",
        "A spokesman for the Syrian Democratic Forces said rebels had handed over Sheikh Fares "
        "to Kurdish fighters.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-12-13",
        "Al-Zinki fighters recaptured al-Maadi on Monday, al-Watan said.",
        {("control_change", "al-Maadi", R, "pro-government media", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-13",
        "Between 6,000 and 8,000 residents crossed into the government-held Jibrin area on "
        "Saturday, Russian officials said.",
        {
            (
                "displacement",
                " -> Jibreen",
                "",
                "Russian government",
                "2016-12-10",
                "2016-12-10",
            )
        },
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=[c[1][:48] for c in CASES])
def test_report_events(published, text, expected):
    assert code_text(published, text) == expected
