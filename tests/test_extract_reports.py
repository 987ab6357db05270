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
        'Syrian troops pushed into Masakin Hanano on Sunday, a monitor said. "They attacked '
        "from three directions and we pushed them back. Hanano is entirely in the hands of the "
        'revolutionaries," a rebel commander said.',
        {
            ("contested", "Masaken Hanano", G, "SOHR", "2016-11-20", "2016-11-20"),
            # the commander's own account of the attack, before the quote names him
            ("contested", "Masaken Hanano", G, RO, "2016-11-20", "2016-11-20"),
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
    # --- dates counted from another date, and from the date of a report
    (
        "2016-12-13",
        "A statement issued by the army on Monday said troops had taken the Sheikh Lutfi area "
        "yesterday.",
        {("control_change", "Sheikh Lutfi", G, "Syrian army", "2016-12-11", "2016-12-11")},
    ),
    (
        "2016-12-08",
        "State news agency SANA said Wednesday that troops had taken the nearby Kadi Askar "
        "neighborhood the day before.",
        {("control_change", "Qadi Askar", G, SSM, "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-13",
        "In a statement on Sunday, the army's general command said: \"Yesterday our forces "
        'liberated the Sheikh Saeed neighbourhood."',
        {("control_change", "Sheikh Saeed", G, "Syrian army", "2016-12-10", "2016-12-10")},
    ),
    (
        "2016-12-13",
        "The Sheikh Saeed district came under heavy attack on December 8, and was captured by "
        "the army two days later.",
        {
            ("contested", "Sheikh Saeed", G, "", "2016-12-08", "2016-12-08"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-10", "2016-12-10"),
        },
    ),
    (
        "2016-12-13",
        "Rebels on Saturday recaptured the Sheikh Saeed district, which they had lost to "
        "government forces a day earlier.",
        {
            ("control_change", "Sheikh Saeed", R, "", "2016-12-10", "2016-12-10"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-09", "2016-12-09"),
        },
    ),
    (
        "2016-12-13",
        "On Monday, rebels withdrew from Bustan al-Qasr and al-Kalasseh, two districts that had "
        "been at the heart of the uprising since 2012. Sheikh Said, a strategic hilltop "
        "district that rebels had clung to for weeks, fell to government forces the same day.",
        {
            ("control_change", "Bustan al-Qasr", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-11-28",
        "With these advances, the mercenaries have lost all of the northern part of the "
        "eastern neighbourhoods they had held since 2012.",
        {("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28")},
    ),
    # --- history, and captures that have not happened
    (
        "2016-12-16",
        "The rebels captured eastern Aleppo in mid-2012, and the city has since been a symbol "
        "of the uprising.",
        set(),
    ),
    (
        "2016-12-13",
        "The loss of eastern Aleppo, which rebels seized in the summer of 2012, would be the "
        "opposition's worst defeat.",
        set(),
    ),
    (
        "2016-11-27",
        "Fighters had pulled back from Masaken Hanano to avoid being encircled, a rebel "
        "official said.",
        {("control_change", "Masaken Hanano", G, RO, "2016-11-27", "2016-11-27")},
    ),
    # --- what was captured was not the place
    (
        "2016-12-13",
        "Rebels captured 30 soldiers in Sheikh Saeed, a Fastaqim commander said.",
        set(),
    ),
    (
        "2016-12-13",
        "Government troops seized weapons depots and ammunition in the Sukkari district.",
        set(),
    ),
    (
        "2016-12-16",
        "Syrian state television said on Thursday that troops had taken over al-Zabdiyeh as "
        "fighters boarded the buses.",
        {("control_change", "al-Zebdiyeh", G, SSM, "2016-12-15", "2016-12-15")},
    ),
    # --- a list broken by an apostrophe, with a spelling the gazetteer lacks; "Said"
    (
        "2016-12-12",
        "Syrian government troops have liberated the neighborhoods of Sheikh Said, Karm "
        "al-Da'da', al-Ferdous and Bab al-Makam in the past 24 hours, the Russian Center for "
        "reconciliation said.",
        {
            ("control_change", name, G, "Russian defence ministry", "2016-12-11", "2016-12-12")
            for name in ("Sheikh Saeed", "Karm al-Daadaa", "al-Fardous", "Bab al-Maqam")
        },
    ),
    # --- denials: of "this", by "the source", of a claim far after the verb
    (
        "2016-12-04",
        "Opposition activists claimed that the militants had recaptured the entire district of "
        "Sheikh Saeed on Saturday; however, a military source denied this to Al-Masdar News.",
        {
            ("control_change", "Sheikh Saeed", R, "activists", "2016-12-03", "2016-12-03"),
            ("denial", "Sheikh Saeed", G, "Syrian army", "2016-12-03", "2016-12-03"),
        },
    ),
    (
        "2016-12-12",
        "Russian Defense Ministry spokesman Igor Konashenkov dismissed reports by a number of "
        "Western media outlets claiming that militants had recaptured positions in Sheikh Said.",
        {("denial", "Sheikh Saeed", G, "Russian defence ministry", "2016-12-12", "2016-12-12")},
    ),
    # --- moves in stages, routes, and areas that hold the origin
    (
        "2016-11-27",
        "State television showed families who had left Masaken Hanano arriving at a "
        "government-run shelter in Jibreen.",
        {("displacement", "Masaken Hanano -> Jibreen", "", SSM, "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-06",
        "More than 2,500 citizens left al-Shaar neighborhood on Tuesday via the humanitarian "
        "corridors opened by the army and were transported to the accommodation center in "
        "Jibreen.",
        {("displacement", "al-Shaar -> Jibreen", "", "", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-10",
        "Dozens of families from Sheikh Lutfi fled deeper into the enclave on Friday night, "
        "most of them to al-Mashhad.",
        {("displacement", "Sheikh Lutfi -> al-Mashhad", "", "", "2016-12-09", "2016-12-09")},
    ),
    (
        "2016-12-08",
        "Activists estimated that 6,000 to 10,000 people had left the Old City and surrounding "
        "neighborhoods since Tuesday, most of them heading for government-held western Aleppo.",
        {("displacement", "Old City -> West Aleppo", "", "activists", "2016-12-06", "2016-12-08")},
    ),
    (
        "2016-12-16",
        "Buses took 2,000 people from al-Sukkari through Ramouseh to Idlib.",
        {("displacement", "Sukkari -> ", "", "", "2016-12-16", "2016-12-16")},
    ),
    (
        "2016-12-10",
        'Regime state media said on Friday that troops had also "restored security and '
        'stability" to al-Salheen and al-Maadi, two neighbourhoods adjacent to the Old City.',
        {
            ("control_change", "al-Salheen", G, SSM, "2016-12-09", "2016-12-09"),
            ("control_change", "al-Maadi", G, SSM, "2016-12-09", "2016-12-09"),
        },
    ),
    (
        "2016-12-16",
        "Since the offensive began on November 15, government forces have retaken Masakin "
        "Hanano and the Old City, before rebel lines collapsed entirely on Monday.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-15", "2016-12-16"),
            ("control_change", "Old City", G, "", "2016-11-15", "2016-12-16"),
        },
    ),
    (
        "2016-12-06",
        '"They shot at anyone who tried to leave," said one elderly man who arrived with his '
        "family from al-Shaar.",
        set(),
    ),
    # --- verdicts on a claim, and control handed over
    (
        "2016-12-12",
        "A rebel commander said reports that Bustan al-Qasr had fallen were false.",
        {("denial", "Bustan al-Qasr", R, RO, "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-13",
        "Claims by state media that troops had captured al-Sukkari on Monday are lies, a "
        "Fastaqim spokesman said.",
        {("denial", "Sukkari", R, RO, "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-12",
        "The army said it had taken Sheikh Saeed. Rebels said the claim was false.",
        {
            ("control_change", "Sheikh Saeed", G, "Syrian army", "2016-12-12", "2016-12-12"),
            ("denial", "Sheikh Saeed", R, RO, "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-12",
        "The YPG handed control of Sheikh Fares to the Syrian army.",
        {("control_change", "Sheikh Fares", G, "", "2016-12-12", "2016-12-12")},
    ),
    # --- lists, asides and outlines
    (
        "2016-11-28",
        "Jabal Badro, Baadeen, Haydariyah, Ard al-Hamrah and Inzarat were all overrun over the "
        "weekend by government troops, it said.",
        {
            ("control_change", name, G, "", "2016-11-26", "2016-11-27")
            for name in ("Jabal Badro", "Baadeen", "Haidariya", "Ard al-Hamra", "Inzarat")
        },
    ),
    (
        "2016-12-13",
        "Bustan al-Qasr, al-Zabadiya and Sheikh Said, the hilltop neighborhood that had changed "
        "hands several times, all fell to government forces on Monday.",
        {
            ("control_change", name, G, "", "2016-12-12", "2016-12-12")
            for name in ("Bustan al-Qasr", "al-Zebdiyeh", "Sheikh Saeed")
        },
    ),
    (
        "2016-11-29",
        "Al-Sukhur, the pivotal district that links the north of the enclave with the rest, "
        "fell early on Monday after pro-government forces pushed in, the Observatory said.",
        {("control_change", "Sakhour", G, "SOHR", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-07",
        "According to the monitor, troops took the quarters of Bab Qinnasrin, al-Jalloum and "
        "Qarleq during the night.",
        {
            ("control_change", name, G, "SOHR", "2016-12-06", "2016-12-07")
            for name in ("Bab Qinnasrin", "al-Jalloum", "Qarleq")
        },
    ),
    (
        "2016-11-30",
        "YPG/YPJ liberate al-Sheikh Faris, Sheikh Maqsoud opens its doors to thousands",
        {("control_change", "Sheikh Fares", K, "", "2016-11-30", "2016-11-30")},
    ),
    (
        "2016-12-16",
        "The neighbourhoods of al-Salheen and al-Zebdiyeh came under GoS control between 12 and "
        "13 December.",
        {
            ("control_change", "al-Salheen", G, "", "2016-12-12", "2016-12-13"),
            ("control_change", "al-Zebdiyeh", G, "", "2016-12-12", "2016-12-13"),
        },
    ),
    (
        "2016-12-11",
        "On Saturday, army troops mopped up terrorists from the Sheikh Lutfi and Maqar "
        "al-Anbiya areas.",
        {
            ("control_change", "Sheikh Lutfi", G, "", "2016-12-10", "2016-12-10"),
            ("control_change", "Maqar al-Anbiya", G, "", "2016-12-10", "2016-12-10"),
        },
    ),
    # --- holdings described, denials of other things, and ground short of a place
    (
        "2016-12-09",
        "The regime now controls more than three quarters of the area that opposition forces "
        "held in eastern Aleppo before the offensive began in mid-November.",
        set(),
    ),
    (
        "2016-12-09",
        "Troops entered Masaken Hanano on Monday. Activists accuse the militias of summary "
        "executions in the neighbourhoods they entered, which the regime denies.",
        # (entering with no fight told is taking the district; the denial is of the
        # executions, not of it)
        {("control_change", "Masaken Hanano", G, "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-09",
        "Government troops captured Sheikh Saeed, a claim denied by rebels.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-09", "2016-12-09"),
            ("denial", "Sheikh Saeed", R, RO, "2016-12-09", "2016-12-09"),
        },
    ),
    (
        "2016-12-05",
        "Fierce clashes were raging on Monday in the Qadi Askar neighborhood, as the army pushed "
        "toward the Old City.",
        {("contested", "Qadi Askar", "", "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-07",
        "Fighting is also being reported in al-Marjeh, one of the few districts still held by "
        "the rebels.",
        {("contested", "al-Marja", "", "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-11-27",
        "State media said troops had entered Masaken Hanano. The source dismissed as "
        '"absolutely untrue" reports that rebels had recaptured part of the district.',
        {
            ("control_change", "Masaken Hanano", G, SSM, "2016-11-27", "2016-11-27"),
            ("denial", "Masaken Hanano", G, SSM, "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-07",
        'Troops pushed into Bab al-Nairab, SANA said. A Levant Front spokesman told CNN: "Bab '
        'al-Nairab is still ours."',
        {
            ("contested", "Bab al-Nairab", G, SSM, "2016-12-07", "2016-12-07"),
            ("denial", "Bab al-Nairab", R, RO, "2016-12-07", "2016-12-07"),
        },
    ),
    # --- realised infinitives, closing attributions, plural references
    (
        "2016-11-28",
        "Kurdish fighters of the YPG, who have held Sheikh Maqsoud since 2012, took advantage of "
        "the chaos yesterday to seize Sheikh Faris, a small neighbourhood nearby.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-13",
        "Sheikh Said, the hilltop neighborhood that had changed hands several times in the past "
        "two weeks, fell to government forces on Monday, according to the Syrian Observatory "
        "for Human Rights, a monitoring group based in Britain.",
        {("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-11-28",
        "Government troops poured out of Masaken Hananu, the sprawling housing district that "
        "fell to them on Saturday.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-22",
        # (entering is how they took them: no fight of its own)
        "Troops entered al-Sukkari and al-Mashhad and cleared them of militants.",
        {
            ("control_change", "Sukkari", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "al-Mashhad", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    # --- entering unopposed, forced out, noun agents, the city as subject
    (
        "2016-11-28",
        "State TV said troops also entered the Hellok and Bustan al-Basha neighborhoods after "
        "insurgents pulled out of both.",
        {
            ("control_change", "Hellok", G, SSM, "2016-11-28", "2016-11-28"),
            ("control_change", "Bustan al-Basha", G, SSM, "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-09",
        "On Wednesday the regime forced rebels to abandon the Old City.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-13",
        "Nov 28 - With the capture of Sakhour, government forces split the enclave in two and "
        "take its entire northern part.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-22",
        "The Syrian army says Aleppo is back under its control. The last rebel fighters left "
        "Salah al-Din this afternoon.",
        {
            ("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22"),
            ("control_change", "Salaheddine", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-11-30",
        '"The YPG took control of Sheikh Faris on Sunday after the opposition groups withdrew '
        'from the district," Delil Amed, a spokesman for the YPG, told Rudaw. Amed denied '
        "reports that the YPG had handed Sheikh Faris over to the Syrian army.",
        {
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27"),
            ("denial", "Sheikh Fares", K, "Kurdish official", "2016-11-30", "2016-11-30"),
        },
    ),
    # --- what moves no front line
    ("2016-12-16", "The first of the green buses pulled out of al-Amiriya on Thursday.", set()),
    ("2016-12-13", "July 2012 - Rebels seize eastern districts of Aleppo.", set()),
    (
        "2016-12-11",
        "Salah al-Din is one of the last districts where they are still holding on, along with "
        "al-Mashhad and al-Sukkari.",
        set(),
    ),
    (
        "2016-12-04",
        "Hundreds of families fled from Karm al-Turab towards the Jibreen area, which is "
        "controlled by the regime forces.",
        {("displacement", "Karm al-Trab -> Jibreen", "", "", "2016-12-04", "2016-12-04")},
    ),
    (
        "2016-12-07",
        'State TV said troops had entered Bab al-Nairab. "This is not true. There are clashes '
        'on the edge of Bab al-Nayrab but they have not entered it," an official of the '
        "Fastaqim rebel group tells AFP.",
        {
            # (state TV claims the district; the rebel denies it and tells of clashes)
            ("control_change", "Bab al-Nairab", G, SSM, "2016-12-07", "2016-12-07"),
            ("denial", "Bab al-Nairab", R, RO, "2016-12-07", "2016-12-07"),
            ("contested", "Bab al-Nairab", G, RO, "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-11-28",
        "The Britain-based Syrian Observatory for Human Rights, which tracks the war through a "
        "network of activists on the ground, said Sheikh Khudur, a smaller district just west "
        "of Sakhour, came under the control of government forces later Monday.",
        {("control_change", "Sheikh Khodr", G, "SOHR", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-07",
        "Among the quarters the army took overnight, according to the Britain-based monitor: "
        "Bab al-Hadeed, Qarliq, Tatarlar and Qastal al-Musht.",
        {
            ("control_change", name, G, "SOHR", "2016-12-06", "2016-12-07")
            for name in ("Bab al-Hadid", "Qarleq", "Tatarlar", "Qastal al-Mosht")
        },
    ),
    (
        "2016-11-28",
        "Syrian troops seized the Sakhour neighborhood on Monday, splitting the besieged rebel "
        "enclave in two and pushing rebels out of the entire northern part of the enclave.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    # --- declarations, possessives, passives with "lost to", and names at the start
    (
        "2016-12-08",
        "The army declared Sheikh Saeed secured on Wednesday.",
        {("control_change", "Sheikh Saeed", G, "Syrian army", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-08",
        "Government forces declared the Sheikh Saeed district fully secured on Wednesday.",
        {("control_change", "Sheikh Saeed", G, "", "2016-12-07", "2016-12-07")},
    ),
    ("2016-12-08", "Rebels declared the Sheikh Saeed district a red line.", set()),
    ("2016-12-08", "Residents returned to the liberated Hanano district on Wednesday.", set()),
    (
        "2016-12-08",
        "Rebels said the districts of Sakhour and Haydariya were lost to the army on Monday.",
        {
            ("control_change", "Sakhour", G, RO, "2016-12-05", "2016-12-05"),
            ("control_change", "Haidariya", G, RO, "2016-12-05", "2016-12-05"),
        },
    ),
    (
        "2016-12-08",
        "The army's recapture of Tariq al-Bab on Tuesday cut the enclave.",
        {("control_change", "Tariq al-Bab", G, "", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-08",
        "The fall of Bab an-Nairab to government troops on Tuesday, the monitor said, left "
        "rebels in a small pocket.",
        {("control_change", "Bab al-Nairab", G, "SOHR", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-08",
        "Bab el-Makam, which fell to government forces on Tuesday, was shelled again.",
        {("control_change", "Bab al-Maqam", G, "", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-08",
        "Karm al-Jabal, which rebels had held since 2012, was taken by the army on Monday.",
        {("control_change", "Karm al-Jabal", G, "", "2016-12-05", "2016-12-05")},
    ),
    # --- asides, appositions, "whose fall", "ceded to", "including", "two days before"
    (
        "2016-11-27",
        "Having seized Masaken Hanano on Saturday, the biggest district to change hands since "
        "rebels swept into the east in 2012, troops pressed north and took the Jebel Badru "
        "district, state television reported.",
        {
            ("control_change", "Masaken Hanano", G, SSM, "2016-11-26", "2016-11-26"),
            ("control_change", "Jabal Badro", G, SSM, "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-05",
        "Karm al-Tarrab was ceded to government troops on Saturday.",
        {("control_change", "Karm al-Trab", G, "", "2016-12-03", "2016-12-03")},
    ),
    (
        "2016-12-10",
        "The army drove the last gunmen from the Old City on the night of 6 December.",
        {("control_change", "Old City", G, "", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-10",
        "Masaken Hanano – whose fall on 26 November was the first crack – is now a military zone.",
        {("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-08",
        "On Wednesday the Syrian army completed its takeover of the historic Old City, "
        "including the Bab al-Hadid quarter.",
        {
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Bab al-Hadid", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-02",
        "Abu Ahmad left al-Haidariya on November 25, two days before regime troops and Iraqi "
        "militias took control of the neighborhood.",
        {("control_change", "Haidariya", G, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-02",
        "Rebels regained Sheikh Saeed on Thursday, reversing one of the few regime gains in "
        "the south of the enclave.",
        {("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01")},
    ),
    (
        "2016-12-02",
        "Residents of Sheikh Saeed were counting their dead on Thursday. Regime forces had "
        "captured the hilltop district on Wednesday after a three-day assault.",
        {("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30")},
    ),
    # --- denials told as "a claim rejected by", "dismissed as fake", "is still theirs"
    (
        "2016-12-08",
        "Pro-regime media outlets claimed on Tuesday that the regime army had taken full "
        "control of the Bustan al-Basha neighborhood, a claim rejected by opposition commanders.",
        {
            (
                "control_change",
                "Bustan al-Basha",
                G,
                "pro-government media",
                "2016-12-06",
                "2016-12-06",
            ),
            ("denial", "Bustan al-Basha", R, RO, "2016-12-06", "2016-12-06"),
        },
    ),
    (
        "2016-12-08",
        "State media said troops took Sheikh Saeed on Wednesday. A rebel official dismissed as "
        '"fake" the reports.',
        {
            ("control_change", "Sheikh Saeed", G, SSM, "2016-12-07", "2016-12-07"),
            ("denial", "Sheikh Saeed", R, RO, "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-10",
        "The army regained control over Sheikh Saied on Friday. The rebels, speaking to news "
        "agencies from Turkey, insist that Sheikh Saied is still theirs.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-09", "2016-12-09"),
            ("denial", "Sheikh Saeed", R, RO, "2016-12-09", "2016-12-09"),
        },
    ),
    # --- attacks foreseen, homes entered: no front line moved
    (
        "2016-11-27",
        "Abdulrahman said a government assault on al-Sakhour, which would slice the enclave in "
        "two, appeared imminent.",
        set(),
    ),
    (
        "2016-12-13",
        "The UN had received reports of pro-government forces entering homes and killing those "
        "inside in the Bustan al-Qasr, al-Ferdous and al-Kallaseh neighbourhoods.",
        set(),
    ),
    (
        "2016-12-13",
        "A government assault on al-Sakhour began on Monday.",
        {("contested", "Sakhour", G, "", "2016-12-12", "2016-12-12")},
    ),
    # --- "48 hours after the fall of X": counted back from the date it follows
    (
        "2016-11-30",
        "The Syrian army's capture of al-Sakhour on Monday, 48 hours after the fall of Masaken "
        "Hanano, split the rebel enclave in two.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
        },
    ),
    (
        "2016-11-30",
        "Troops took Hanano on Saturday. Hours later, they entered Jabal Badro.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Jabal Badro", G, "", "2016-11-26", "2016-11-26"),
        },
    ),
    # --- new subjects in coordinated clauses
    (
        "2016-12-02",
        "Troops took Sheikh Saeed on Wednesday and rebels retook it on Thursday.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        "2016-12-02",
        "Rebels retook Sheikh Saeed on Thursday, a day after losing it to the army.",
        {
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
        },
    ),
    (
        "2016-11-28",
        "Syrian troops and allied militias seized Sakhour on Monday.",
        {("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28")},
    ),
    # --- changes told with the verb left out, dated from the change before them
    (
        "2016-12-22",
        "In the east, al-Shaar fell to the army on December 5, and the Old City two days "
        "later, leaving the rebels a shrinking strip.",
        {
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-08",
        "The army took al-Shaar on Monday, and Tariq al-Bab the day before.",
        {
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Tariq al-Bab", G, "", "2016-12-04", "2016-12-04"),
        },
    ),
    (
        "2016-12-22",
        "Troops shelled Sheikh Saeed on Monday and al-Salheen on Tuesday.",
        set(),
    ),
    # --- a clause led by "N days after" is dated from the other clause
    (
        "2016-12-08",
        "Two days after seizing Tariq al-Bab, troops pushed into al-Shaar on Tuesday.",
        {
            ("control_change", "Tariq al-Bab", G, "", "2016-12-04", "2016-12-04"),
            ("contested", "al-Shaar", G, "", "2016-12-06", "2016-12-06"),
        },
    ),
    (
        "2016-11-29",
        "Jabal Badro fell to government forces on Sunday, the Observatory said, a day after "
        "the army seized Masaken Hanano.",
        {
            ("control_change", "Jabal Badro", G, "SOHR", "2016-11-27", "2016-11-27"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
        },
    ),
    (
        "2016-12-13",
        "The agreement was reached a day after al-Fardous, al-Kallaseh and Bustan al-Qasr "
        "were overrun by government troops.",
        {
            ("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "Bustan al-Qasr", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-04",
        "The advance came less than 24 hours after troops overran Karm al-Trab late on Saturday.",
        {("control_change", "Karm al-Trab", G, "", "2016-12-03", "2016-12-03")},
    ),
    # --- denials of the claim itself, not of the places the deniers name instead
    (
        "2016-12-07",
        "Regime forces have captured the Old City, the Observatory said on Wednesday, though "
        "rebel sources disputed this, saying fighting continued near the citadel.",
        {
            ("control_change", "Old City", G, "SOHR", "2016-12-07", "2016-12-07"),
            ("denial", "Old City", R, RO, "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-08",
        'State TV claimed the army had taken al-Marja. "That is a lie," a rebel official said.',
        {
            ("control_change", "al-Marja", G, SSM, "2016-12-08", "2016-12-08"),
            ("denial", "al-Marja", R, RO, "2016-12-08", "2016-12-08"),
        },
    ),
    (
        "2016-12-08",
        "State TV claimed the army had taken al-Marja. A rebel official called the claim "
        '"a complete lie".',
        {
            ("control_change", "al-Marja", G, SSM, "2016-12-08", "2016-12-08"),
            ("denial", "al-Marja", R, "", "2016-12-08", "2016-12-08"),
        },
    ),
    # --- more ways to tell a capture
    (
        "2016-12-08",
        "On Wednesday, rebels clawed back Sheikh Saeed and won back parts of al-Kallaseh.",
        {
            ("control_change", "Sheikh Saeed", R, "", "2016-12-07", "2016-12-07"),
            ("contested", "al-Kallaseh", R, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-11",
        "A rebel spokesman said on Sunday that the opposition had retaken parts of Sheikh "
        "Saeed. Rebel fighters took part in the counter-attack.",
        {("contested", "Sheikh Saeed", R, RO, "2016-12-11", "2016-12-11")},
    ),
    (
        "2016-11-28",
        "Sakhour, captured by the army on Monday, lies on the main road. Haidariya, which "
        "troops captured by Monday evening, is next to it.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-28",
        "The army brought Sakhour under its control and extended its control to Haidariya "
        "on Monday, after it had finished clearing Sheikh Khodr.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Sheikh Khodr", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-28",
        "Sakhour fell into government hands on Monday.",
        {("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-11-28",
        "Troops entered Sakhour unopposed on Monday. Kurdish forces moved into Sheikh Fares "
        "as rebels pulled out.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Sheikh Fares", K, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-28",
        "Government troops occupied Sakhour on Monday. The army announced the capture of "
        "Haidariya.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", G, "Syrian army", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-03",
        "Troops took Karm Al Tarab on Saturday.",
        {("control_change", "Karm al-Trab", G, "", "2016-12-03", "2016-12-03")},
    ),
    # --- a source described in an apposition before its verb
    (
        "2016-12-09",
        "The Syrian Observatory for Human Rights, a Britain-based group that tracks the war "
        "through a network of contacts, said troops had seized Sheikh Lutfi on Thursday.",
        {("control_change", "Sheikh Lutfi", G, "SOHR", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-02",
        "The Russian Defence Ministry said more than 18,000 people had left the militant-held "
        "districts over the past day.",
        {
            (
                "displacement",
                "East Aleppo -> ",
                "",
                "Russian defence ministry",
                "2016-12-01",
                "2016-12-02",
            )
        },
    ),
    (
        "2016-12-05",
        "Government forces have retaken about 60 percent of the territory rebels held in "
        "eastern Aleppo.",
        set(),
    ),
    # --- places told beside a capture dated before share its date
    (
        "2016-12-08",
        "Syrian troops captured the Old City on Wednesday, the Observatory said. The "
        "Observatory said rebels had withdrawn from the Old City, as well as the adjacent "
        "neighborhoods of Bab al-Hadid and Qarleq.",
        {
            ("control_change", "Old City", G, "SOHR", "2016-12-07", "2016-12-07"),
            ("control_change", "Bab al-Hadid", G, "SOHR", "2016-12-07", "2016-12-07"),
            ("control_change", "Qarleq", G, "SOHR", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-11-29",
        "A pro-government website claimed the Syrian army had entered Sheikh Fares first and "
        "handed it to the Kurds.",
        {
            ("control_change", "Sheikh Fares", G, "", "2016-11-29", "2016-11-29"),
            ("control_change", "Sheikh Fares", K, "", "2016-11-29", "2016-11-29"),
        },
    ),
    # --- more shapes of a capture and of its date
    (
        "2016-12-02",
        "On Tuesday, army units mopped up the last pockets of resistance in Sheikh Khodr and "
        "eliminated the remaining terrorist groups inside Haidariya, state media said.",
        {
            ("control_change", "Sheikh Khodr", G, SSM, "2016-11-29", "2016-11-29"),
            ("control_change", "Haidariya", G, SSM, "2016-11-29", "2016-11-29"),
        },
    ),
    (
        "2016-12-05",
        "Rebels withdrew overnight from Karm al-Trab and Karm Maysar, activists said.",
        {
            ("control_change", "Karm al-Trab", G, "activists", "2016-12-04", "2016-12-05"),
            ("control_change", "Karm al-Maysar", G, "activists", "2016-12-04", "2016-12-05"),
        },
    ),
    (
        "2016-12-09",
        "The rebels lost Hanano in November and, earlier this week, Tariq al-Bab and al-Shaar.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-01", "2016-11-30"),
            ("control_change", "Tariq al-Bab", G, "", "2016-12-05", "2016-12-08"),
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-08"),
        },
    ),
    (
        "2016-12-16",
        "Rebels lost Sheikh Saeed by December 12 and al-Kallaseh in the second week of December.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-08", "2016-12-14"),
        },
    ),
    (
        "2016-12-12",
        "Al-Fardous, which troops had first entered on December 2, was finally lost on Sunday, "
        "a rebel commander told Reuters.",
        {("control_change", "al-Fardous", G, RO, "2016-12-11", "2016-12-11")},
    ),
    (
        "2016-12-09",
        "The Old City was abandoned by the rebels and taken over by the army on Wednesday.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-22",
        "The Eastern Ansari district was handed over to the army on Wednesday.",
        {("control_change", "Ansari Sharqi", G, "", "2016-12-21", "2016-12-21")},
    ),
    (
        "2016-12-22",
        'The army said "security and stability" had been restored to Aleppo after the '
        '"liberation" of the city\'s eastern districts.',
        {("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22")},
    ),
    (
        "2016-12-22",
        "State television said troops had moved into Sukkari and al-Mashhad once the last "
        "buses had pulled out.",
        {
            ("control_change", "Sukkari", G, SSM, "2016-12-22", "2016-12-22"),
            ("control_change", "al-Mashhad", G, SSM, "2016-12-22", "2016-12-22"),
        },
    ),
    # --- background, denials and people on the move that are not captures
    (
        "2016-11-26",
        "Hanano was the first district to fall to rebels in July 2012, when fighters stormed "
        "into the city and took the eastern half within weeks.",
        set(),
    ),
    (
        "2016-11-28",
        'Kurdish officials dismissed as "fabrications" reports that mercenary groups had '
        "retaken Sheikh Fares.",
        {("denial", "Sheikh Fares", K, "Kurdish official", "2016-11-28", "2016-11-28")},
    ),
    ("2016-11-17", '"Nobody has taken Hanano," a rebel commander said.', set()),
    (
        "2016-12-22",
        "Kurdish officials said they would keep administering Sheikh Maqsoud and the adjacent "
        "Sheikh Fares neighborhood, which the YPG took on November 27.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    # --- lists and asides between dashes
    (
        "2016-12-02",
        "Hanano fell last Saturday; by Monday night the rest of the northern districts — "
        "Sakhour, Haidariya and Jabal Badro among them — had been lost.",
        {
            ("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", "", "", "2016-11-28", "2016-11-28"),
            ("control_change", "Sakhour", "", "", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", "", "", "2016-11-28", "2016-11-28"),
            ("control_change", "Jabal Badro", "", "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-28",
        "On Saturday, Masaken Hanano — the estate where rebels won their first victory in the "
        "city in July 2012 — was taken by the army.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-22",
        "Early in the month the army took the heart of the enclave district by district — "
        "Tariq al-Bab and Karm al-Trab on Dec. 4, al-Shaar on Dec. 5 — before rebels gave up "
        "the Old City on Dec. 7.",
        {
            ("control_change", "Tariq al-Bab", G, "", "2016-12-04", "2016-12-04"),
            ("control_change", "Karm al-Trab", G, "", "2016-12-04", "2016-12-04"),
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    # --- places taken along with others, or listed after a colon
    (
        "2016-12-05",
        "On Sunday, troops took Tariq al-Bab, a district on the airport road, along with the "
        "neighbouring Karm al-Trab and al-Helwaniyeh districts.",
        {
            ("control_change", "Tariq al-Bab", G, "", "2016-12-04", "2016-12-04"),
            ("control_change", "Karm al-Trab", G, "", "2016-12-04", "2016-12-04"),
            ("control_change", "al-Helwaniyeh", G, "", "2016-12-04", "2016-12-04"),
        },
    ),
    (
        "2016-12-14",
        "The southern districts were lost by the opposition on Monday: Sheikh Saeed, "
        "al-Fardous and al-Kallaseh among them.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    # --- the side in a passive, a possessive and a "with" clause
    (
        "2016-12-06",
        "On Monday, al-Shaar was evacuated by opposition fighters and occupied hours later by "
        "regime troops, the Observatory said.",
        {("control_change", "al-Shaar", G, "SOHR", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-13",
        "The government's offensive began in the north, where Masaken Hanano fell on Nov. 26.",
        {("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-22",
        "Within 72 hours the north had fallen, with the Kurdish units taking the Sheikh Fares "
        "district on Nov. 27 as rebel groups withdrew from it.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-02",
        "Rebels attacking from the direction of Karm al-Daadaa retook Sheikh Saeed on "
        "Thursday. They had driven the government's forces out of it by nightfall.",
        {("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01")},
    ),
    (
        "2016-11-29",
        "YPG fighters entered Sheikh Fares on Sunday after the rebel groups holding it pulled out.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-11-29",
        "On Monday, thousands escaped the collapse of rebel lines in the north of the city's "
        "besieged eastern half.",
        {("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28")},
    ),
    # --- names: the article written or not, and never across a comma
    (
        "2016-12-22",
        "The last two, al-Amiriya and Ansari al-Sharqi, were taken over by army units, state "
        "television said.",
        {
            ("control_change", "al-Amiriyah", G, SSM, "2016-12-22", "2016-12-22"),
            ("control_change", "Ansari Sharqi", G, SSM, "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-12-22",
        "Army units deployed in the al-Ansari, al-Mashhad and al-Sukkari neighborhoods.",
        {
            ("control_change", "al-Ansari", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "al-Mashhad", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Sukkari", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    # --- "captured" is no noun: a claim that could not be verified is still a claim
    (
        "2016-12-06",
        "State media claimed that troops had captured Karm al-Jabal, a claim that could not be "
        "verified.",
        {("control_change", "Karm al-Jabal", G, SSM, "2016-12-06", "2016-12-06")},
    ),
    # --- names qualified by what stands after them, and the sides a sentence names
    (
        "2016-12-08",
        "State television said this morning that Bab an-Naireb, one of the gateways to the "
        "south of the enclave, had also fallen.",
        {("control_change", "Bab al-Nairab", "", SSM, "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "Karm al-Katirjy and Dahret Awaad, two small districts on the eastern side of the "
        "enclave that fell to the army earlier this week, were deserted on Wednesday.",
        {
            ("control_change", "Karm al-Qaterji", G, "", "2016-12-05", "2016-12-07"),
            ("control_change", "Dahret Awwad", G, "", "2016-12-05", "2016-12-07"),
        },
    ),
    (
        "2016-12-13",
        "Sheykh Saeed, a southern district, fell to government troops Monday, along with "
        "as-Salhin and Karm al-Dadaa', according to the Observatory.",
        {
            ("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Salheen", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "Karm al-Daadaa", G, "SOHR", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-11-21",
        "Opposition fighters have recovered most of the residential blocks lost in the "
        "Massaken Hanano district, a rebel commander said on Monday.",
        {("contested", "Masaken Hanano", R, RO, "2016-11-21", "2016-11-21")},
    ),
    (
        "2016-11-21",
        "Rebels claw back Hanano blocks in new push",
        {
            ("contested", "Masaken Hanano", R, "", "2016-11-21", "2016-11-21"),
        },
    ),
    (
        "2016-12-22",
        "Soldiers moved into al-Amiriyya and Ansari al-Sharki on December 22nd, once the last "
        "convoy had pulled out.",
        {
            ("control_change", "al-Amiriyah", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Ansari Sharqi", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-12-02",
        "The north is in the hands of the regime, with the exception of Cheikh Farès, which "
        "the Kurdish militia of the YPG took over last Sunday as the rebels evacuated it.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-06",
        "In the south, the opposition still holds Sheikh Saeed, which it recaptured last "
        "Thursday after a brief incursion by regime troops.",
        {("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01")},
    ),
    (
        "2016-12-02",
        "Hanano and the rest of the north, where Bustan al-Basha and Hellok fell on Monday, "
        "are now in the hands of the regime.",
        {
            ("control_change", "Bustan al-Basha", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Hellok", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-28",
        "Civilians left the militant-held eastern districts for areas under government "
        "control; others left north-east of the city.",
        {("displacement", "East Aleppo -> West Aleppo", "", "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-11-28",
        'A military source dismissed as "psychological warfare" claims that the armed groups '
        "had recaptured Jabal Badro.",
        {("denial", "Jabal Badro", G, "Syrian army", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-10",
        "The al-Marja and Sheikh Lutfi neighbourhoods of eastern Aleppo fell to the army on "
        "Friday.",
        {
            ("control_change", "al-Marja", G, "", "2016-12-09", "2016-12-09"),
            ("control_change", "Sheikh Lutfi", G, "", "2016-12-09", "2016-12-09"),
        },
    ),
    # --- lists found item by item, asides by commas, and the article's lead side
    (
        "2016-11-29",
        "Al-Sukhour, Shaykh Khudur, Endharat and Ein el-Tall were taken on Monday, the "
        "Observatory said.",
        {
            ("control_change", "Sakhour", "", "SOHR", "2016-11-28", "2016-11-28"),
            ("control_change", "Sheikh Khodr", "", "SOHR", "2016-11-28", "2016-11-28"),
            ("control_change", "Inzarat", "", "SOHR", "2016-11-28", "2016-11-28"),
            ("control_change", "Ain al-Tal", "", "SOHR", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-29",
        "On Monday, government forces had driven rebels from the entire northern section of "
        "besieged eastern Aleppo. Halluq and Bostan el-Basha, two districts that rebels had "
        "held since the summer of 2012, were overrun the same afternoon. Residents fled. The "
        "Kurdish militia moved into Jandoul on Sunday night as rebels pulled back from it.",
        {
            ("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Hellok", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Bustan al-Basha", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Jandoul", K, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-11-29",
        "After Masakin Hannanu fell to the army on Saturday, the rebels' line unraveled.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-02",
        "The opposition now holds only the southern half of the enclave. Regime forces "
        "advanced into al-Ma'saraniyah, taking several apartment blocks near the old youth "
        "housing project.",
        {("contested", "al-Ma'saraniyah", G, "", "2016-12-02", "2016-12-02")},
    ),
    (
        "2016-12-22",
        "State media said rebels had regained Bustan al-Qasr. A military source said the "
        'reports were "pure fabrication".',
        {
            ("control_change", "Bustan al-Qasr", R, SSM, "2016-12-22", "2016-12-22"),
            ("denial", "Bustan al-Qasr", G, "Syrian army", "2016-12-22", "2016-12-22"),
        },
    ),
    # --- entering ground the other side left; forcing it out; the attacker named after
    (
        "2016-12-08",
        "Troops moved into al-Shaar, which the rebels had evacuated hours earlier.",
        {("control_change", "al-Shaar", G, "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-11-28",
        "The YPG moved into Bustan al-Basha after rebel groups evacuated it, the Observatory said.",
        {("control_change", "Bustan al-Basha", K, "SOHR", "2016-11-28", "2016-11-28")},
    ),
    (
        # ("overnight" is no "over 400 people": the ground was abandoned)
        "2016-12-08",
        "Insurgents abandoned Karm al-Jabal overnight, activists said.",
        {("control_change", "Karm al-Jabal", G, "activists", "2016-12-07", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "Army units flushed the last militants out of al-Shaar on Wednesday.",
        {("control_change", "al-Shaar", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-03",
        "Syrian and allied troops pressed on into Sakhour on Friday.",
        {("contested", "Sakhour", G, "", "2016-12-02", "2016-12-02")},
    ),
    (
        "2016-12-08",
        "The army said its forces had cleared Ard al-Hamra of militants.",
        {("control_change", "Ard al-Hamra", G, "Syrian army", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "Fighting raged in al-Shaar, where regime forces are trying to advance.",
        {("contested", "al-Shaar", G, "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "Heavy fighting raged in Sakhour as government troops tried to push deeper.",
        {("contested", "Sakhour", G, "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-13",
        "Rebels admitted losing al-Salheen.",
        {("control_change", "al-Salheen", G, RO, "2016-12-13", "2016-12-13")},
    ),
    (
        # The holder named before the change held it until then: no taker is named.
        "2016-12-13",
        "Al-Salheen had been in rebel hands since 2012 until it was retaken on Monday.",
        {("control_change", "al-Salheen", "", "", "2016-12-12", "2016-12-12")},
    ),
    # --- "including" after what was taken; denials told as an aside or a loss denied
    (
        "2016-11-30",
        "The army recaptured the entire northern sector of rebel-held Aleppo, including Sakhour.",
        {
            ("control_change", "North of East Aleppo", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sakhour", G, "", "2016-11-30", "2016-11-30"),
        },
    ),
    (
        "2016-11-30",
        "The Syrian Observatory for Human Rights said rebels had lost more than a third of "
        "their territory, including the districts of Sakhour and Haydariya.",
        {
            ("control_change", "Sakhour", G, "SOHR", "2016-11-30", "2016-11-30"),
            ("control_change", "Haidariya", G, "SOHR", "2016-11-30", "2016-11-30"),
        },
    ),
    (
        "2016-11-30",
        "Regime media claimed that troops had captured Sakhour, a claim rebels called a lie.",
        {
            ("control_change", "Sakhour", G, SSM, "2016-11-30", "2016-11-30"),
            ("denial", "Sakhour", R, RO, "2016-11-30", "2016-11-30"),
        },
    ),
    (
        "2016-12-01",
        "State TV said troops had taken Sheikh Saeed. The rebels said they had not lost "
        "Sheikh Saeed.",
        {
            ("control_change", "Sheikh Saeed", G, SSM, "2016-12-01", "2016-12-01"),
            ("denial", "Sheikh Saeed", R, RO, "2016-12-01", "2016-12-01"),
        },
    ),
    (
        # the side that repels is the sentence's subject, though "a spokesman" speaks;
        # "remained in control" is a holding, not a change
        "2016-11-30",
        "Rebels repelled a government assault on Sakhour and remained in control of the "
        "district, a spokesman said.",
        {("contested", "Sakhour", G, RO, "2016-11-30", "2016-11-30")},
    ),
    # --- asides, locating areas and quoted words between a place and its event words
    (
        "2016-12-05",
        "Syrian government forces wrested control of the Tariq al-Bab district in eastern "
        "Aleppo on Sunday, along with the adjacent Karm al-Trab and al-Helwaniyeh, the "
        "Observatory said.",
        {
            ("control_change", "Tariq al-Bab", G, "SOHR", "2016-12-04", "2016-12-04"),
            ("control_change", "Karm al-Trab", G, "SOHR", "2016-12-04", "2016-12-04"),
            ("control_change", "al-Helwaniyeh", G, "SOHR", "2016-12-04", "2016-12-04"),
        },
    ),
    (
        # the date inside the second aside is the estate's history, not the fall's
        "2016-11-28",
        "On Saturday, Masaken Hanano, the estate that rebels took in 2012, fell into the hands "
        "of regime troops.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-11-28",
        "The rout started on Saturday, when Jabal Badro, a hilltop quarter that opposition "
        "fighters had overrun in the first weeks of their advance in July 2012, fell into the "
        "hands of pro-government militias after days of shelling.",
        {("control_change", "Jabal Badro", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-11-28",
        "Late on Monday, Syrian state television was reporting that Haydariya and Ain "
        'al-Tal were "now in the hands of the army" and that the entire north of the '
        'besieged enclave had been "cleansed".',
        {
            ("control_change", "Haidariya", G, SSM, "2016-11-28", "2016-11-28"),
            ("control_change", "Ain al-Tal", G, SSM, "2016-11-28", "2016-11-28"),
            ("control_change", "North of East Aleppo", G, SSM, "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-01",
        "On Tuesday, Syrian troops consolidated their grip on Hellok, clearing the last "
        "militant positions in the district, SANA reported.",
        {("control_change", "Hellok", G, SSM, "2016-11-29", "2016-11-29")},
    ),
    (
        "2016-12-08",
        "It followed the loss on Tuesday of Qadi Askar, a district just east of the Old City.",
        {("control_change", "Qadi Askar", "", "", "2016-12-06", "2016-12-06")},
    ),
    (
        # entering after the last fighters left, told earlier in the sentence: a change
        "2016-12-22",
        "The last rebel fighters left al-Ansari shortly before noon, and troops moved into "
        "al-Ansari, al-Mashhad and Sukkari within the hour.",
        {
            ("control_change", "al-Ansari", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "al-Mashhad", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Sukkari", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-12-22",
        "Russia's defence ministry said on Wednesday that the rebels had surrendered "
        "al-Amiriyah to the army that day. A rebel official rejected that, saying his fighters "
        "were still there.",
        {
            (
                "control_change",
                "al-Amiriyah",
                G,
                "Russian defence ministry",
                "2016-12-21",
                "2016-12-21",
            ),
            ("denial", "al-Amiriyah", R, RO, "2016-12-21", "2016-12-21"),
        },
    ),
    (
        "2016-12-05",
        'State media said on Monday that Karm al-Jabal, a district near the citadel, was "now '
        'in government hands".',
        {("control_change", "Karm al-Jabal", G, SSM, "2016-12-05", "2016-12-05")},
    ),
    (
        # the relative clause is about the place before the aside
        "2016-12-05",
        "The rebels still hold Sheikh Saeed, the hill district above the southern approaches, "
        "which they retook last Thursday after losing it briefly.",
        {("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01")},
    ),
    (
        "2016-12-22",
        "Hanano fell on 26 November; within two days the whole northern third of the enclave "
        "had gone.",
        {
            ("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", "", "", "2016-11-26", "2016-11-28"),
        },
    ),
    (
        "2016-11-30",
        "The army seized Hanano on Saturday. Within two days, Sakhour and Haydariya had fallen.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Sakhour", G, "", "2016-11-26", "2016-11-28"),
            ("control_change", "Haidariya", G, "", "2016-11-26", "2016-11-28"),
        },
    ),
    # --- one total over several destinations; shelters located from the city
    (
        "2016-11-29",
        "At least 10,000 civilians have fled the northern districts in the past 48 hours, "
        "some to government-held western Aleppo and others to Sheikh Maqsoud, the "
        "Observatory said.",
        {("displacement", "North of East Aleppo -> ", "", "SOHR", "2016-11-27", "2016-11-29")},
    ),
    (
        # each destination with a count of its own keeps its row
        "2016-12-02",
        "About 2,000 people fled Tariq al-Bab to al-Shaar and 500 more to Sheikh Maqsoud.",
        {
            ("displacement", "Tariq al-Bab -> al-Shaar", "", "", "2016-12-02", "2016-12-02"),
            ("displacement", "Tariq al-Bab -> Sheikh Maqsoud", "", "", "2016-12-02", "2016-12-02"),
        },
    ),
    (
        "2016-12-02",
        "Some 3,000 people from the eastern districts have been taken to a shelter in "
        "Jibreen, east of the city, since Monday, state television said.",
        {("displacement", "East Aleppo -> Jibreen", "", SSM, "2016-11-28", "2016-12-02")},
    ),
    (
        # the fighting describes the speaker's faction; the denial is of the report before
        "2016-11-18",
        "State television said troops had taken Bustan al-Basha on Thursday. A commander with "
        "the Levant Front, one of the rebel groups fighting in the district, denied the "
        "report.",
        {
            ("control_change", "Bustan al-Basha", G, SSM, "2016-11-17", "2016-11-17"),
            ("denial", "Bustan al-Basha", R, RO, "2016-11-17", "2016-11-17"),
        },
    ),
    (
        "2016-12-01",
        "Army units are now fighting their way into al-Masraniyeh, east of the Tariq al-Bab "
        "district.",
        {("contested", "al-Ma'saraniyah", G, "", "2016-12-01", "2016-12-01")},
    ),
    (
        # the date in the clause about the district's past is not the fighting's
        "2016-12-16",
        "On Tuesday, government forces were still fighting their way through parts of "
        "Salaheddine, the district where the battle for Aleppo had started in the summer of "
        "2012.",
        {("contested", "Salaheddine", G, "", "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-12-05",
        'State television said on Monday that Karm al-Jabal was "now in government hands". A '
        'Levant Front spokesman said his fighters were "still inside Karm al-Jabal and '
        'fighting".',
        {
            ("control_change", "Karm al-Jabal", G, SSM, "2016-12-05", "2016-12-05"),
            ("denial", "Karm al-Jabal", R, RO, "2016-12-05", "2016-12-05"),
        },
    ),
    (
        # "still in their positions" names no place: the denial is the one of "denied"
        "2016-12-14",
        "State television said troops had taken Sukkari, a claim that a rebel official "
        "denied, saying rebels were still in their positions.",
        {
            ("control_change", "Sukkari", G, SSM, "2016-12-14", "2016-12-14"),
            ("denial", "Sukkari", R, RO, "2016-12-14", "2016-12-14"),
        },
    ),
    (
        "2016-12-06",
        "On Monday, al-Shaar was occupied by regime troops, the Observatory said.",
        {("control_change", "al-Shaar", G, "SOHR", "2016-12-05", "2016-12-05")},
    ),
    (
        # the second participle shares the subject; the next sentence's agentless fall is
        # the side most of the article's changes go to, not the one named just before
        "2016-12-22",
        "Troops captured Masaken Hanano on November 26 and Jabal Badro on November 27. Sheikh "
        "Saeed, a hilltop district in the south, was seized by government forces on November "
        "30 and retaken by rebels the next day. Al-Shaar fell on December 5.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Jabal Badro", G, "", "2016-11-27", "2016-11-27"),
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
        },
    ),
    # --- driven out, told with a pronoun; verbs sharing the sentence's subject
    (
        "2016-12-22",
        "Pro-government forces seized Sheikh Saeed on Nov. 30, and the rebels drove them out "
        "the next day.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        "2016-12-22",
        "Pro-government forces seized Sheikh Saeed on Nov. 30, but rebels drove them out of the "
        "district the next day.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        # "them" is no place of Aleppo's: "out" stands for none
        "2016-12-13",
        "Islamic State fighters retook Palmyra on Sunday, nine months after Syrian and Russian "
        "forces drove them out.",
        set(),
    ),
    (
        "2016-12-10",
        "The army first entered Sheikh Saeed on 30 November, was expelled from it by the rebels "
        "the next day and – according to a colonel who gave only his first name – regained "
        "control over the whole district on Friday.",
        {
            ("contested", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-09", "2016-12-09"),
        },
    ),
    (
        # the date after the aside is the rebels' taking, years ago, not the capture's
        "2016-11-29",
        "The advance began Saturday, when troops captured Masaken Hanano, the largest "
        "district in the east and the first one rebels took four years ago.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        # the side whose lines crumbled lost the districts
        "2016-12-08",
        "Karm al-Jabal and Qadi Askar were overrun on Monday as rebel lines crumbled.",
        {
            ("control_change", "Karm al-Jabal", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Qadi Askar", G, "", "2016-12-05", "2016-12-05"),
        },
    ),
    (
        # the relative clause tells how the push ended: a change, not a fight
        "2016-11-29",
        "On Sunday the army pushed on into Baadeen and Haidariya, which were under government "
        "control by nightfall.",
        {
            ("control_change", "Baadeen", G, "", "2016-11-27", "2016-11-27"),
            ("control_change", "Haidariya", G, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-08",
        "The collapse followed the loss of Tariq al-Bab on Sunday and of al-Shaar, a densely "
        "populated district.",
        {
            ("control_change", "Tariq al-Bab", "", "", "2016-12-04", "2016-12-04"),
            ("control_change", "al-Shaar", "", "", "2016-12-04", "2016-12-04"),
        },
    ),
    (
        # the blocker belongs to the clause before "after"
        "2016-12-08",
        "The monitor said the rebels had pulled out of the Old City to avoid being encircled "
        "after troops captured Qadi Askar on Tuesday.",
        {
            ("control_change", "Old City", G, "SOHR", "2016-12-06", "2016-12-06"),
            ("control_change", "Qadi Askar", G, "SOHR", "2016-12-06", "2016-12-06"),
        },
    ),
    (
        # a dated list, its middle item after a bare comma, its last spelled unusually
        "2016-12-16",
        "The government offensive took Masaken Hanano on November 26, the Old City on "
        "December 7 and Shaikh Saeed on December 12.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-16",
        "State television claimed on Wednesday that troops had seized al-Amiriyah, but "
        "activists said rebels had held on to the district until a truce was agreed.",
        {
            ("control_change", "al-Amiriyah", G, SSM, "2016-12-14", "2016-12-14"),
            ("denial", "al-Amiriyah", R, "activists", "2016-12-14", "2016-12-14"),
        },
    ),
    (
        "2016-12-22",
        "State media reported on Wednesday that troops had entered al-Mashhad after the "
        "militants there surrendered. An activist said rebel fighters stayed in al-Mashhad "
        '"until the last bus."',
        {
            ("control_change", "al-Mashhad", G, SSM, "2016-12-21", "2016-12-21"),
            ("denial", "al-Mashhad", R, "activists", "2016-12-21", "2016-12-21"),
        },
    ),
    (
        # the claim inside the verdict is no event; the denier is not the claim's side
        "2016-11-28",
        "A senior officer said militant claims of having recaptured the southern blocks of "
        'Masaken Hanano on Monday were "a complete fabrication".',
        {("denial", "Masaken Hanano", G, "", "2016-11-28", "2016-11-28")},
    ),
    # --- descriptions of who holds a place; people moving on; a fighter's "pushed them out"
    (
        "2016-11-28",
        "More than 10,000 people have fled the northern districts since Saturday toward the "
        "Sheikh Maqsoud neighbourhood controlled by the Kurdish units, the Observatory said.",
        {
            (
                "displacement",
                "North of East Aleppo -> Sheikh Maqsoud",
                "",
                "SOHR",
                "2016-11-26",
                "2016-11-28",
            )
        },
    ),
    (
        "2016-11-28",
        "The Observatory said the regime forces, backed by the loyal gunmen and militias, have "
        "managed to take control of the entire northern sector of eastern Aleppo.",
        {("control_change", "North of East Aleppo", G, "SOHR", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-11-19",
        "Around 2,500 people had left Masaken Hanano since Tuesday, moving deeper into the city "
        "to al-Shaar, Karm al-Jabal and Tariq al-Bab.",
        {("displacement", "Masaken Hanano -> ", "", "", "2016-11-15", "2016-11-19")},
    ),
    (
        "2016-11-19",
        '"The militias reached the first street of Bustan al-Basha and we pushed them out '
        'within two hours," a rebel commander said.',
        {("contested", "Bustan al-Basha", G, RO, "2016-11-19", "2016-11-19")},
    ),
    (
        "2016-12-22",
        "Soldiers moved into East Ansari and the last streets of al-Sukari within an hour of "
        "the final convoy's departure on Thursday afternoon.",
        {
            ("control_change", "Ansari Sharqi", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Sukkari", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-12-22",
        "On Wednesday, Russia's Defense Ministry said that Salaheddine had been \"fully freed "
        'of militants" that day.',
        {
            (
                "control_change",
                "Salaheddine",
                G,
                "Russian defence ministry",
                "2016-12-21",
                "2016-12-21",
            )
        },
    ),
    (
        "2016-12-17",
        'On Wednesday Syrian television asserted that the army had "liberated" al-Zebdiyeh.',
        {("control_change", "al-Zebdiyeh", G, SSM, "2016-12-14", "2016-12-14")},
    ),
    (
        "2016-11-28",
        "The monitor said regime forces had driven the opposition out of the entire northern "
        "part of eastern Aleppo since Saturday.",
        {("control_change", "North of East Aleppo", G, "SOHR", "2016-11-26", "2016-11-28")},
    ),
    (
        "2016-12-03",
        "The advance came two days after government forces seized Sheikh Saeed, a hilltop "
        "district, on Wednesday, only to lose it on Thursday to a rebel counterattack.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        # "it" is the territory this sentence names, not the place named before
        "2016-11-30",
        "Troops took Sheikh Najjar in 2013. The regime has recaptured territory before only to "
        "lose it again.",
        set(),
    ),
    # --- more ways of telling a capture, and near misses that are not one
    (
        "2016-12-13",
        "Government forces on Monday completed their sweep of al-Kallaseh.",
        {
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "Government troops raised the Syrian flag over al-Kallaseh on Monday.",
        {
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "Rebels evacuated al-Kallaseh overnight.",
        {
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-13"),
        },
    ),
    (
        "2016-12-13",
        "Al-Kallaseh changed hands on Monday.",
        {
            ("control_change", "al-Kallaseh", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "Rebels in al-Kallaseh surrendered to the army on Monday.",
        {
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "Troops marched into al-Kallaseh on Monday.",
        {
            ("contested", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "Al-Kallaseh was abandoned by its defenders on Monday.",
        {
            ("control_change", "al-Kallaseh", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "With the fall of al-Kallaseh, rebels now control only a handful of districts.",
        {
            ("control_change", "al-Kallaseh", G, "", "2016-12-13", "2016-12-13"),
        },
    ),
    (
        "2016-12-13",
        # (people moved out; no ground changed hands)
        "Rebels evacuated the wounded from al-Kallaseh overnight.",
        {("displacement", "al-Kallaseh -> ", "", "", "2016-12-12", "2016-12-13")},
    ),
    (
        "2016-12-12",
        "In the past day, 728 militants in al-Kallaseh laid down their arms, the bulletin said.",
        set(),
    ),
    # --- denials told in an aside after the claim
    (
        "2016-12-05",
        "The army said it had taken al-Shaar, a claim rebels rejected.",
        {
            ("control_change", "al-Shaar", G, "Syrian army", "2016-12-05", "2016-12-05"),
            ("denial", "al-Shaar", R, RO, "2016-12-05", "2016-12-05"),
        },
    ),
    (
        "2016-12-05",
        "The army said it had taken al-Shaar, which rebels denied.",
        {
            ("control_change", "al-Shaar", G, "Syrian army", "2016-12-05", "2016-12-05"),
            ("denial", "al-Shaar", R, RO, "2016-12-05", "2016-12-05"),
        },
    ),
    (
        # a bare closing "rejected" with no claim in its clause denies nothing
        "2016-12-05",
        "The army said it had taken al-Shaar. The truce proposal was rejected.",
        {("control_change", "al-Shaar", G, "Syrian army", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-05",
        "Rebels claimed to have recaptured Sheikh Saeed, but the army denied it.",
        {
            ("control_change", "Sheikh Saeed", R, RO, "2016-12-05", "2016-12-05"),
            ("denial", "Sheikh Saeed", G, "Syrian army", "2016-12-05", "2016-12-05"),
        },
    ),
    # --- people on the move, and who counts them
    (
        "2016-12-08",
        "About 400 families from Hanano found refuge in al-Shaar.",
        {("displacement", "Masaken Hanano -> al-Shaar", "", "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "An estimated 20,000 residents were forced from their homes in the north of the enclave.",
        {("displacement", "North of East Aleppo -> ", "", "", "2016-12-08", "2016-12-08")},
    ),
    (
        # the Red Cross's figures are its own, not the UN's
        "2016-12-22",
        "The last of some 35,000 evacuees left eastern Aleppo on Thursday, the ICRC said.",
        {
            (
                "displacement",
                "East Aleppo -> ",
                "",
                "Red Cross / Red Crescent",
                "2016-12-22",
                "2016-12-22",
            )
        },
    ),
    (
        "2016-12-07",
        "The collapse followed the loss of Tariq al-Bab, a district that government troops "
        "captured Sunday, and of al-Sha'ar, which fell Monday after rebels ran short of "
        "ammunition.",
        {
            ("control_change", "Tariq al-Bab", G, "", "2016-12-04", "2016-12-04"),
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
        },
    ),
    (
        "2016-12-22",
        "Troops moved into al-Meshhed and es-Sukkari within an hour of the last buses leaving "
        "Thursday evening.",
        {
            ("control_change", "al-Mashhad", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Sukkari", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    # --- a chronicle of falls: "followed", and verbs left out
    (
        "2016-12-09",
        "Tariq al-Bab fell on Dec. 4; al-Shaar and Karm al-Qaterji followed the next day, and "
        "Kadi Asker and Dahrat Awad the day after that.",
        {
            ("control_change", "Tariq al-Bab", "", "", "2016-12-04", "2016-12-04"),
            ("control_change", "al-Shaar", "", "", "2016-12-05", "2016-12-05"),
            ("control_change", "Karm al-Qaterji", "", "", "2016-12-05", "2016-12-05"),
            ("control_change", "Qadi Askar", "", "", "2016-12-06", "2016-12-06"),
            ("control_change", "Dahret Awwad", "", "", "2016-12-06", "2016-12-06"),
        },
    ),
    (
        "2016-12-22",
        "Sakhour fell on November 28; the Old City followed on December 7, and Sheikh Saeed, a "
        "hill overlooking the south of the city, on December 12.",
        {
            ("control_change", "Sakhour", "", "", "2016-11-28", "2016-11-28"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        # a subject of several groups split by ", and"; "took" three days is time
        "2016-12-03",
        "Militants from Jabhat Fatah al-Sham, formerly known as al-Nusra Front, and allied "
        "groups retook Sheikh Saeed on Thursday, a day after Syrian troops had captured it, a "
        "collapse that took less than three days, the Observatory said.",
        {
            ("control_change", "Sheikh Saeed", R, "SOHR", "2016-12-01", "2016-12-01"),
            ("control_change", "Sheikh Saeed", G, "SOHR", "2016-11-30", "2016-11-30"),
        },
    ),
    (
        "2016-12-22",
        'SANA reported that the army had entered Zabadiyeh after "the militants there '
        'surrendered their weapons".',
        {("control_change", "al-Zebdiyeh", G, SSM, "2016-12-22", "2016-12-22")},
    ),
    (
        # a hospital deployed is no side taking ground
        "2016-12-03",
        "A mobile hospital of the Russian Defense Ministry, deployed in Aleppo's "
        "government-held western neighborhoods, began receiving patients on Thursday.",
        set(),
    ),
    # --- each side's own words
    (
        "2016-12-08",
        "The mercenary gangs were expelled from al-Shaar by the YPG.",
        {("control_change", "al-Shaar", K, "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "The Old City of Aleppo has been completely liberated from terrorists, the army "
        "general command announced.",
        {("control_change", "Old City", G, "Syrian army", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "Units of the Syrian Arab Army have liberated al-Shaar neighborhood from terrorism.",
        {("control_change", "al-Shaar", G, "", "2016-12-08", "2016-12-08")},
    ),
    # --- a chronicle told loosely
    (
        "2016-12-08",
        "When the last rebel units slipped out of Aleppo's Old City on Tuesday night, "
        "government troops walked in behind them.",
        {("control_change", "Old City", G, "", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-08",
        "Within three days, the regime held the entire northern sector of the enclave.",
        {("control_change", "North of East Aleppo", G, "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-08",
        "Tareq el-Bab, the thoroughfare linking the city center to the airport road, went on "
        "Dec. 4.",
        {("control_change", "Tariq al-Bab", "", "", "2016-12-04", "2016-12-04")},
    ),
    (
        "2016-11-29",
        "Kurdish militiamen took over Bustan al-Basha on Monday as rebels withdrew southward.",
        {("control_change", "Bustan al-Basha", K, "", "2016-11-28", "2016-11-28")},
    ),
    (
        # people walking, not troops
        "2016-11-17",
        "Around 300 residents of Bustan al-Basha walked into Sheikh Maqsoud on Wednesday.",
        {("displacement", "Bustan al-Basha -> Sheikh Maqsoud", "", "", "2016-11-16", "2016-11-16")},
    ),
    (
        "2016-12-08",
        "The fighting went on for days in Sakhour.",
        {("contested", "Sakhour", "", "", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-12-22",
        "Army units entered al-Mashhad and al-Zebdiyeh shortly after the last convoy of buses "
        "crossed the Ramouseh road.",
        {
            ("control_change", "al-Mashhad", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "al-Zebdiyeh", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-11-29",
        "Fighters of the People's Protection Units (YPG) moved into Sheikh Fares on Sunday as "
        "the mercenaries of Ahrar al-Sham and Nour al-Din al-Zenki pulled out of it.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        # "After ..." opening the sentence is a clause of its own
        "2016-12-16",
        "After the Syrian government captured Masaken Hanano on Nov. 26, fighters of the "
        "People's Protection Units (YPG) moved into Sheikh Fares on Nov. 27 as the rebels "
        "pulled back to the south.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        # "them" were in the district they pushed into, not in the one it borders
        "2016-11-21",
        "Regime troops pushed into the northern edge of Bustan al-Basha, a district that "
        "borders the Kurdish-held Sheikh Maqsoud neighborhood, before rebel fighters drove "
        "them out by nightfall.",
        {
            ("contested", "Bustan al-Basha", G, "", "2016-11-21", "2016-11-21"),
            ("control_change", "Bustan al-Basha", R, "", "2016-11-21", "2016-11-21"),
        },
    ),
    (
        "2016-11-21",
        'SANA said army units had "restored security and stability" to the hill of Shaykh '
        "Saeed, which overlooks the southern neighborhoods of the opposition-held area.",
        {("control_change", "Sheikh Saeed", G, SSM, "2016-11-21", "2016-11-21")},
    ),
    (
        "2016-12-08",
        "The terrorists now hold less than 15 percent of the territory they occupied in "
        "eastern Aleppo in mid-November.",
        set(),
    ),
    (
        "2016-12-13",
        "In the east of the country, the Islamic State regained control of the city of "
        "Palmyra on Sunday.",
        set(),
    ),
    # --- a Russian briefing's wording; "According to X," names its source before the comma
    (
        "2016-11-29",
        "According to the spokesman, in the past 24 hours alone units of the Syrian army took "
        "under control the al-Sakhour, Hayderiya and Sheikh Khudhr neighborhoods.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-29"),
            ("control_change", "Haidariya", G, "", "2016-11-28", "2016-11-29"),
            ("control_change", "Sheikh Khodr", G, "", "2016-11-28", "2016-11-29"),
        },
    ),
    (
        "2016-11-29",
        "Kurdish self-defense units took over the neighboring Bustan el-Basha district on "
        "Monday after the militants pulled out.",
        {("control_change", "Bustan al-Basha", K, "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-22",
        "State TV aired footage it said showed soldiers raising the national flag over "
        "al-Soukari and al-Mashhad on Thursday night.",
        {
            ("control_change", "Sukkari", G, SSM, "2016-12-22", "2016-12-22"),
            ("control_change", "al-Mashhad", G, SSM, "2016-12-22", "2016-12-22"),
        },
    ),
    (
        # the flag flew over a building, not over the district it names later
        "2016-11-26",
        "Troops took Masaken Hanano on Saturday. State TV showed soldiers raising the Syrian "
        "flag over a building it said was the district's main school.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        # "an" ending "overran" is no article of the name after it
        "2016-12-17",
        "On Monday government forces overran Sheikh Sayed, al-Firdos and Bostan el-Qasr in a "
        "single day.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "Bustan al-Qasr", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-09",
        "Yesterday state television said the army had seized three more districts – Shaikh "
        "Lutfi, Bab al-Nerab and al-Mardja – to the south-east of the citadel.",
        {
            ("control_change", "Sheikh Lutfi", G, SSM, "2016-12-08", "2016-12-08"),
            ("control_change", "Bab al-Nairab", G, SSM, "2016-12-08", "2016-12-08"),
            ("control_change", "al-Marja", G, SSM, "2016-12-08", "2016-12-08"),
        },
    ),
    (
        # "a day earlier" dates the taking; it is no time the taking lasted
        "2016-12-08",
        "Government troops entered the Old City from the Qazi Askar district, which they had "
        "taken a day earlier.",
        {
            ("control_change", "Old City", G, "", "2016-12-08", "2016-12-08"),
            ("control_change", "Qadi Askar", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-22",
        "Russia's Defence Ministry said the Syrian army had taken control of the last districts "
        "held by the militants, including Salah el-Dine and al-Aamiriya.",
        {
            (
                "control_change",
                "Salaheddine",
                G,
                "Russian defence ministry",
                "2016-12-22",
                "2016-12-22",
            ),
            (
                "control_change",
                "al-Amiriyah",
                G,
                "Russian defence ministry",
                "2016-12-22",
                "2016-12-22",
            ),
        },
    ),
    # --- a name shaped like a place's, close to one, wherever it stands
    (
        "2016-11-29",
        "Clashes raged on Tuesday on the edges of Sheikh Khudur, where the army was trying to "
        "advance.",
        {("contested", "Sheikh Khodr", G, "", "2016-11-29", "2016-11-29")},
    ),
    (
        # (a person's title, not close to any place: no place, and nothing to review)
        "2016-11-29",
        "Residents said shells fell near the Sheikh Ahmed mosque as troops advanced on Monday.",
        set(),
    ),
    # --- Turkish outlets' names for the Kurdish side; an object between "moved" and "into"
    (
        "2016-11-28",
        "PYD militants moved into Sheikh Fares on Sunday after the rebels withdrew, a Kurdish "
        "official said.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-11-30",
        "The PYD/PKK moved its fighters into Bustan al-Basha as opposition groups pulled back.",
        {("control_change", "Bustan al-Basha", K, "", "2016-11-30", "2016-11-30")},
    ),
    # --- entering: a change unless the sentence tells of fighting or of the entry undone
    (
        "2016-12-06",
        "Government forces entered Qadi Askar on Monday, the Observatory said.",
        {("control_change", "Qadi Askar", G, "SOHR", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-06",
        "Government forces entered Qadi Askar on Monday but fierce clashes went on into the night.",
        {("contested", "Qadi Askar", G, "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-06",
        "Soldiers entered Qadi Askar on Monday, only to be driven out hours later by a rebel "
        "counter-attack.",
        {("contested", "Qadi Askar", G, "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-02",
        "The army first entered Sheikh Saeed on Wednesday.",
        {("contested", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30")},
    ),
    # --- "that July": history, no event of this offensive
    (
        "2016-11-18",
        "Masakin Hannanu was the first district of the city to fall to the opposition that July.",
        set(),
    ),
    # --- a side driven out is the object of its verb; the subject is the other side
    (
        "2016-12-16",
        "They drove the rebels from the Old City on Dec. 7, and on Monday seized Sheik Said.",
        {
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-01",
        "The Kurdish YPG militia grabbed Sheikh Fares on Sunday as the rebels withdrew.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        # the date inside the relative clause is the rebels' taking, years before
        "2016-11-28",
        "The collapse began Saturday, when troops overran Hananou, the district that in July "
        "2012 was the first to fall to the rebels.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    # --- "the district" is the place the sentence before was about, not one beside it
    (
        "2016-12-01",
        "State television said on Wednesday that the army had taken Sheikh Saeed, a hill that "
        "overlooks the industrial areas of al-Ramouseh. On Thursday activists said rebels had "
        "retaken the district.",
        {
            ("control_change", "Sheikh Saeed", G, SSM, "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "activists", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        # an area that says where an unnamed district lies is no place taken
        "2016-12-01",
        "Rebels on Thursday recaptured a strategic hilltop district on the southern edge of "
        "besieged east Aleppo.",
        set(),
    ),
    (
        # a relative clause with a past verb dates itself ("for four years")
        "2016-12-13",
        "Syrian troops had liberated Bustan al-Qasr, a district on the old front line that "
        "divided the city for four years, the Russian defence ministry said.",
        {
            (
                "control_change",
                "Bustan al-Qasr",
                G,
                "Russian defence ministry",
                "2016-12-13",
                "2016-12-13",
            )
        },
    ),
    (
        # "fighters" are people, not fighting
        "2016-12-16",
        "State media said troops had entered Tal al-Zarazir after fighters there handed over "
        "their weapons.",
        {("control_change", "Tal al-Zarazir", G, SSM, "2016-12-16", "2016-12-16")},
    ),
    (
        # the area around a landmark is not the landmark
        "2016-12-07",
        "Troops entered the area around the citadel after the rebels left.",
        {("contested", "Aleppo Citadel", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        # the district the fighters pulled back toward is not the one entered
        "2016-12-13",
        "Soldiers entered al-Fardous on Monday after the fighters had pulled back toward the "
        "Sukkari district.",
        {("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12")},
    ),
    # --- "they": in a coordinated clause the sentence's subject; in a relative clause the
    # side named last
    (
        "2016-12-01",
        "Government forces broke into the north of the rebel enclave last Saturday, when they "
        "seized Masaken Hanano, and by Monday they controlled all of the northern districts.",
        {
            ("contested", "North of East Aleppo", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-22",
        "By Nov 28 the entire northern part of the enclave was in government hands.",
        {("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-17",
        "The offensive broke through at Hanano on November 26 and swept the rebels out of the "
        "Old City on December 7.",
        {
            # (the breach took Hanano)
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        # "declared in a statement ... that": the report follows the verb; the verb does
        # not close an earlier clause
        "2016-12-22",
        "On Thursday evening, hours after the last buses carrying rebel fighters left the "
        "east, the army's general command declared in a statement read on state television "
        'that it had restored "security and safety" to all of Aleppo.',
        {("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22")},
    ),
    # --- ground approached is not ground taken; a share of the enclave is a tally
    (
        "2016-12-06",
        "Syrian troops liberate three more Aleppo districts, close in on Old City – Russian "
        "Defense Ministry",
        set(),
    ),
    (
        "2016-12-06",
        "More than 60 percent of the territory previously held by militants in eastern Aleppo "
        "has been freed, the ministry said.",
        set(),
    ),
    (
        "2016-12-08",
        "Aleppo's Old City Falls to Assad as Rebels Plead for Truce",
        {("control_change", "Old City", G, "", "2016-12-08", "2016-12-08")},
    ),
    (
        # an assault beaten back: the side that attacked is the other one
        "2016-12-06",
        "Rebel commanders said they had beaten back an assault on neighboring Kadi Asker on "
        "Monday night.",
        {("contested", "Qadi Askar", G, RO, "2016-12-05", "2016-12-05")},
    ),
    # --- a source described by an apposition that names others in a clause of its own
    (
        "2016-11-28",
        "The Observatory, a British-based monitoring group that relies on a network of "
        "activists inside Syria, said troops took Jabal Badro on Sunday.",
        {("control_change", "Jabal Badro", G, "SOHR", "2016-11-27", "2016-11-27")},
    ),
    # --- "the southern streets of X": X is a place, so a partial denial names it alone
    (
        "2016-11-28",
        'Activists said troops took Jabal Badro, Baadeen and Sakhour on Monday. "Our fighters '
        'are still in the southern streets of as-Sukhur," a rebel commander told the Star.',
        {
            ("control_change", "Jabal Badro", G, "activists", "2016-11-28", "2016-11-28"),
            ("control_change", "Baadeen", G, "activists", "2016-11-28", "2016-11-28"),
            ("control_change", "Sakhour", G, "activists", "2016-11-28", "2016-11-28"),
            ("denial", "Sakhour", R, RO, "2016-11-28", "2016-11-28"),
        },
    ),
    # --- a partial denial is a denial, of the one place it names
    (
        "2016-12-08",
        "The army said it had taken Bab al-Nairab, al-Marja and Sheikh Lutfi. Activists said "
        "rebels were still holding parts of al-Marja on Thursday evening.",
        {
            ("control_change", "Bab al-Nairab", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "al-Marja", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "Sheikh Lutfi", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("denial", "al-Marja", R, "activists", "2016-12-08", "2016-12-08"),
        },
    ),
    (
        # (who holds what, with no change told: no denial)
        "2016-12-08",
        "The rebels still hold the southern part of the Old City.",
        set(),
    ),
    # --- a spelling the gazetteer lacks, matched once, names the place again later
    (
        "2016-12-08",
        "The army said on Thursday it had taken Bab al-Nairab and al-Mirjeh. Activists said "
        "rebels were still holding parts of al-Mirjeh that evening.",
        {
            ("control_change", "Bab al-Nairab", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "al-Marja", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("denial", "al-Marja", R, "activists", "2016-12-08", "2016-12-08"),
        },
    ),
    # --- a move's later stage tells where it ended
    (
        "2016-12-08",
        "SANA said more than 3,000 people came out of the Old City on Wednesday through the "
        "corridors secured by the army and were transported to the temporary accommodation "
        "centers in Jabreen.",
        {("displacement", "Old City -> Jibreen", "", SSM, "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-11-28",
        "Families who fled al-Sukhur on Monday reached the army's positions on foot and were "
        "transferred by buses to temporary shelters in Jabreen.",
        {("displacement", "Sakhour -> Jibreen", "", "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-13",
        "More than 13,000 civilians had left the districts still held by the militants in the "
        "past 24 hours for areas under the control of the Syrian government.",
        {("displacement", "East Aleppo -> West Aleppo", "", "", "2016-12-12", "2016-12-13")},
    ),
    # --- "from the east" as where a move began; the fate of people who moved is no move
    (
        "2016-12-13",
        "U.N. officials said as many as 10,000 people crossed from the east into "
        "government-held western Aleppo on Monday alone.",
        {("displacement", "East Aleppo -> West Aleppo", "", "UN", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-14",
        "Between Monday and Wednesday, between 10,000 and 13,000 people crossed from the "
        "shrinking rebel pocket into the government-held west, according to UN estimates.",
        {("displacement", "East Aleppo -> West Aleppo", "", "UN", "2016-12-12", "2016-12-14")},
    ),
    (
        "2016-12-14",
        "The UN said hundreds of men who crossed into government-held areas had gone missing.",
        set(),
    ),
    # --- "residents of X fled south into Y": a direction before the preposition
    (
        "2016-12-06",
        "Thousands of residents of al-Shaa'ar fled south into al-Kalasseh on Monday, residents "
        "said.",
        {("displacement", "al-Shaar -> al-Kallaseh", "", "residents", "2016-12-05", "2016-12-05")},
    ),
    # --- a withdrawal told before the entry; a clause opening the sentence has its own
    # subject
    (
        "2016-11-28",
        "On Sunday, as the rebels pulled back, fighters of the Kurdish YPG militia moved into "
        "Shaykh Fares and al-Hallouk, a spokeswoman for the Kurdish administration told NRC.",
        {
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27"),
            ("control_change", "Hellok", K, "Kurdish official", "2016-11-27", "2016-11-27"),
        },
    ),
    # --- "X, where troops took control": the clause is about X; not "where they gained a
    # foothold", which is ground inside X
    (
        "2016-12-09",
        "Our teams have not yet been able to reach Bab al-Nairab, al-Marja and Sheikh Lutfi, "
        "where government forces took control on Thursday.",
        {
            ("control_change", "Bab al-Nairab", G, "", "2016-12-08", "2016-12-08"),
            ("control_change", "al-Marja", G, "", "2016-12-08", "2016-12-08"),
            ("control_change", "Sheikh Lutfi", G, "", "2016-12-08", "2016-12-08"),
        },
    ),
    (
        "2016-11-28",
        "By nightfall, fierce clashes raged in al-Shaar, where government troops had gained a "
        "foothold in the northern streets, activists said.",
        {("contested", "al-Shaar", G, "activists", "2016-11-28", "2016-11-28")},
    ),
    # --- a recap: a place's own noun before an aside; "emptied of its defenders"; "the
    # militias" are the government's
    (
        "2016-12-22",
        "The Hanano housing estate, which had been the first district to go over to the "
        "rebels, fell on 26 November. The Old City was emptied of its defenders on the night "
        "of 6 December. The hilltop district of Sheikh Saed was taken by the militias on 30 "
        "November.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-06", "2016-12-06"),
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
        },
    ),
    # --- between two sides with as many changes, the one named more often leads
    (
        "2016-12-22",
        "The Kurds took Sheikh Fares on 28 November. Soldiers and allied militiamen took "
        "Hanano on 26 November. Al-Shaar fell on 5 December.",
        {
            ("control_change", "Sheikh Fares", K, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
        },
    ),
    # --- "pushed them back" belongs to its own verb; a share in quotes is still a share
    (
        "2016-11-21",
        "The Observatory said troops stormed the eastern edge of Masaken Hanano yesterday and "
        "took a number of buildings, before opposition fighters pushed them back.",
        {
            ("contested", "Masaken Hanano", G, "SOHR", "2016-11-20", "2016-11-20"),
        },
    ),
    (
        "2016-12-05",
        'The ministry said that "more than half" of the territory once held by the armed groups '
        "in the east of the city was now under government control.",
        set(),
    ),
    # --- "still fighting in X" after a claim denies it; accusations of abuses are no claim
    # of ground; rebels pushed into a pocket are not attacking it
    (
        "2016-11-28",
        "The Observatory said troops took Sheikh Khudur yesterday. But a spokesman for the "
        "Fastaqim rebel group insisted his men were still fighting in the southern streets of "
        "Sheikh Khudur.",
        {
            ("control_change", "Sheikh Khodr", G, "SOHR", "2016-11-27", "2016-11-27"),
            ("denial", "Sheikh Khodr", R, RO, "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-22",
        "By then the factions had been pushed into a few square kilometres of al-Mashhad and "
        "al-Ansari. Rights groups say hundreds of civilians were executed. The regime denies "
        "these accusations.",
        set(),
    ),
    # --- a side named for its ground is no subject; a long holding is no change; a
    # withdrawal after a comma still tells who lost
    (
        "2016-12-22",
        "The offensive broke rebel lines on November 26 by taking Masaken Hanano.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-09",
        "The rebels' defences in the south began to give way on Monday, when they lost el-Shaar.",
        {("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-19",
        "Four weeks ago the rebels held the whole of the east of the city, as they had since 2012.",
        set(),
    ),
    (
        "2016-12-19",
        "The Old City fell on December 7, after the rebels pulled out rather than fight for it.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    # --- "conquered"; a list through "the X hill, the neighboring Y district"; a side in
    # an aside is not the one that follows "with the capture of X,"
    (
        "2016-12-13",
        "On Monday the loyalist troops conquered the districts of Sheikh Saeed and al-Fardous, "
        "the Observatory said.",
        {
            ("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "SOHR", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-11-28",
        "On Sunday, an army source told SANA that the troops had also taken the Jebel Badru "
        "hill, the neighboring Baadeen district and the Inzarat area.",
        {
            ("control_change", "Jabal Badro", G, "Syrian army", "2016-11-27", "2016-11-27"),
            ("control_change", "Baadeen", G, "Syrian army", "2016-11-27", "2016-11-27"),
            ("control_change", "Inzarat", G, "Syrian army", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-22",
        "The offensive broke into the enclave on November 26 with the capture of the Masaken "
        "Hanano district, the first neighbourhood of the city to fall to the rebels in 2012.",
        {("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26")},
    ),
    # --- history told in an opening "when" clause; a route is not a place entered; the
    # side "driven back" after "the fall of X" lost X
    (
        "2016-12-01",
        "When the rebels swept into the city in July 2012, they came from the northern "
        "countryside and entered through Hanano and Sakhour.",
        set(),
    ),
    (
        "2016-12-22",
        "The second phase opened with the fall of al-Sha'ar on December 5, and the rebels were "
        "driven back toward the Old City.",
        {("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05")},
    ),
    # --- spoken recaps: "the Old City on the 7th of December" (a gapped change); "on the
    # 26th"; fighters "boarding the buses" as troops move in
    (
        "2016-12-19",
        "Then Hanano fell on the 26th of November, the Old City on the 7th of December.",
        {
            ("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-22",
        # (breaking into a district, with no fight told after, is taking it, as "entered")
        "The ground troops broke into Masakin Hananou on the 26th, and by that Monday, the "
        "28th, the whole northern half of the enclave had gone.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-19",
        "State TV said troops had moved into al-Ansari as the fighters there were boarding the "
        "buses.",
        {("control_change", "al-Ansari", G, SSM, "2016-12-19", "2016-12-19")},
    ),
    # --- people "taken in" are sheltered, not ground taken (a move to the place that took
    # them in); "one of the largest rebel-held districts" is a district left unnamed (but
    # "every one of the northern districts" is all)
    (
        "2016-12-03",
        "The Kurdish council that runs Sheikh Maqsoud says it has taken in some 9,000 people "
        "from the rebel-held districts since last Saturday.",
        {
            (
                "displacement",
                "East Aleppo -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-11-26",
                "2016-12-03",
            )
        },
    ),
    (
        "2016-12-06",
        "Syrian government forces captured one of the largest rebel-held districts of eastern "
        "Aleppo on Monday, a monitor said.",
        set(),
    ),
    (
        "2016-12-09",
        "By the Monday night every one of the northern neighbourhoods had been lost.",
        {("control_change", "North of East Aleppo", "", "", "2016-12-05", "2016-12-05")},
    ),
    # --- a third side takes what the losers left, whatever day the loss is dated; a lost
    # defence with a possessive; history as the only time a sentence gives
    (
        "2016-11-29",
        "A Kurdish official said YPG fighters had moved into Sheikh Fares on Sunday after the "
        "opposition factions pulled out of the district.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-15",
        "By nightfall, the Observatory said, Bostan al-Kasr had also fallen, as the factions' "
        "defences crumbled one after another.",
        {("control_change", "Bustan al-Qasr", G, "SOHR", "2016-12-15", "2016-12-15")},
    ),
    (
        "2016-12-15",
        "It was in Salahuddine, in July 2012, that the battle for Aleppo began, when the "
        "factions pushed in from the countryside and occupied the eastern half of the city.",
        set(),
    ),
    # --- the register of pro-government outlets and of translated European reports
    (
        "2016-12-08",
        "Army units completed their control over the Old City of Aleppo after the terrorists "
        "withdrew from it overnight.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-08")},
    ),
    (
        "2016-12-05",
        "Militants of Jabhat al-Nusra were forced to flee Tariq al-Bab on Monday as the army "
        "pressed its advance.",
        {("control_change", "Tariq al-Bab", G, "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-05",
        "Hundreds of civilians fled Tariq al-Bab to al-Shaar on Monday.",
        {("displacement", "Tariq al-Bab -> al-Shaar", "", "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-07",
        "The regime troops conquered the quarter Scheich Said on Wednesday, the Observatory "
        "reported.",
        {("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-07",
        "The rebels had to abandon the Old Town on Wednesday, after days of heavy fighting.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-07",
        "The rebels had planned to abandon the Old City on Wednesday.",
        set(),
    ),
    (
        "2016-12-03",
        "The Russian Defence Ministry said that Syrian government forces had freed 12 districts "
        "in the east of Aleppo, including Ard al-Hamra and al-Haydariyah, over the past week.",
        {
            (
                "control_change",
                "Ard al-Hamra",
                G,
                "Russian defence ministry",
                "2016-11-26",
                "2016-12-03",
            ),
            (
                "control_change",
                "Haidariya",
                G,
                "Russian defence ministry",
                "2016-11-26",
                "2016-12-03",
            ),
        },
    ),
    (
        "2016-12-03",
        "The army freed 40 hostages held by militants in Ard al-Hamra.",
        set(),
    ),
    (
        "2016-12-07",
        "After three days of battles, the Old City came fully under the control of the army on "
        "Wednesday night.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-07",
        "With the liberation of al-Sheikh Lutfi and al-Marjeh, the army has now secured the "
        "entire southern flank of the enclave.",
        {
            ("control_change", "Sheikh Lutfi", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "al-Marja", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-11-29",
        "Militant sources denied the fall of Masaken Hanano.",
        {("denial", "Masaken Hanano", R, "rebel official", "2016-11-29", "2016-11-29")},
    ),
    (
        "2016-12-16",
        "Regime forces took the Old Town on December 7 and the hilltop district of Sheikh Saed, "
        "the rebels' last high ground, on Monday.",
        {
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "Rebels have been routed from Sheikh Saeed, a hilltop district that overlooks the south "
        "of the city.",
        {("control_change", "Sheikh Saeed", G, "", "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-12-08",
        "Bab al-Hadid and Bab al-Nairab have reverted to government control.",
        {
            ("control_change", "Bab al-Hadid", G, "", "2016-12-08", "2016-12-08"),
            ("control_change", "Bab al-Nairab", G, "", "2016-12-08", "2016-12-08"),
        },
    ),
    (
        "2016-11-30",
        "Government forces also seized Jabal Badro alongside Baadeen.",
        {
            ("control_change", "Jabal Badro", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Baadeen", G, "", "2016-11-30", "2016-11-30"),
        },
    ),
    (
        "2016-12-10",
        "Karm al-Jabal fell to the army on Tuesday, followed by al-Shaar on Wednesday.",
        {
            ("control_change", "Karm al-Jabal", G, "", "2016-12-06", "2016-12-06"),
            ("control_change", "al-Shaar", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-08",
        "An estimated 50,000 residents have fled to Jibreen, Russian officials said.",
        {("displacement", " -> Jibreen", "", "Russian government", "2016-12-08", "2016-12-08")},
    ),
    (
        "2016-11-29",
        "Yesterday, Monday, the army command announced that its units had taken Sachur, "
        "Haidarija and Scheich Chodr.",
        {
            ("control_change", "Sakhour", G, "Syrian army", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", G, "Syrian army", "2016-11-28", "2016-11-28"),
            ("control_change", "Sheikh Khodr", G, "Syrian army", "2016-11-28", "2016-11-28"),
        },
    ),
    # --- history in an aside describes the place; history in a "since" clause dates that
    # clause's capture
    (
        "2016-11-29",
        "The front gave way on Saturday, when government troops overran the Hanano housing "
        "estate, the largest district of the rebel north and, in the summer of 2012, the first "
        "to fall into the hands of the insurgents.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-06",
        "The militants seized the eastern districts of Aleppo, Syria's largest city before "
        "the war, in 2012.",
        set(),
    ),
    (
        "2016-11-29",
        "Government forces have taken the whole northern part of rebel-held eastern Aleppo, "
        "handing the rebels their heaviest defeat since they seized its eastern districts in "
        "2012.",
        {("control_change", "North of East Aleppo", G, "", "2016-11-29", "2016-11-29")},
    ),
    (
        "2016-11-29",
        "By Monday evening the entire northern sector was no longer in the insurgents' hands, "
        "the Observatory said.",
        {("control_change", "North of East Aleppo", G, "SOHR", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-02",
        "On Saturday Jabal Badro returned to the fold of the state.",
        {("control_change", "Jabal Badro", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-11-28",
        "Also on Sunday, units of the Kurdish People's Protection Units (YPG) moved from "
        "Sheikh Maqsoud into Sheik Fares and al-Hellouk after the militants withdrew from both "
        "neighbourhoods towards the south.",
        {
            ("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27"),
            ("control_change", "Hellok", K, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-11-28",
        "Thousands of civilians moved from Hanano into Sheikh Maqsoud.",
        {("displacement", "Masaken Hanano -> Sheikh Maqsoud", "", "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-12-13",
        "On Monday, thousands of people fled Sheikh Saied into al-Soukkari as the hill fell.",
        {("displacement", "Sheikh Saeed -> Sukkari", "", "", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-16",
        "The regime's ground troops broke the northern front at Hananou on November 26; the "
        "Kurdish YPG, which has held Sheik Maqsoud since 2012, quietly took over neighboring "
        "Sheik Fares on November 28 as the rebels withdrew; the Old City fell on December 7.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Sheikh Fares", K, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-22",
        "The regime's ground push broke through at Hananou on Nov. 26, took al-Sha'ar on Dec. 5 "
        "and Bostan al-Kasr a week later, squeezing the rebels into a pocket.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Bustan al-Qasr", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-16",
        "The army's victories began with the liberation of Masaken Hanano on November 26 and "
        "continued "
        "with the liberation of the Old City on December 7 and of the Sheikh Said hill on "
        "December 12.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-01",
        "The turning point in the battle for Aleppo came on Saturday, when government troops "
        "entered Masaken Khanano, the largest residential district of the north-east.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-22",
        "The Russian Defence Ministry said that SAA units had taken control of the last quarters "
        "held by the militants, al-Mashhed and Salahaddin.",
        {
            (
                "control_change",
                "al-Mashhad",
                G,
                "Russian defence ministry",
                "2016-12-22",
                "2016-12-22",
            ),
            (
                "control_change",
                "Salaheddine",
                G,
                "Russian defence ministry",
                "2016-12-22",
                "2016-12-22",
            ),
        },
    ),
    (
        "2016-12-08",
        "The terrorist groups occupied the eastern neighborhoods of Aleppo, including most of "
        "the old quarter, in July 2012, and since then have fired thousands of shells on the "
        "west.",
        set(),
    ),
    (
        "2016-12-06",
        "For President Bashar al-Assad, retaking the whole of Aleppo would mean control of all "
        "five of Syria's largest cities.",
        set(),
    ),
    (
        "2016-12-06",
        "Sheikh Sayed, a hilltop district on the southern edge of the enclave, changed hands "
        "twice in two days: government forces took it on November 30 and rebels won it back on "
        "December 1.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "", "2016-12-01", "2016-12-01"),
        },
    ),
    # "the hill" is a place the article called one, not merely the last place named
    (
        "2016-12-01",
        "Army units took Sheikh Sayed, a strategic hill, on Wednesday. Residents fled into "
        "al-Salheen. On Thursday rebels said they had retaken the hill.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Sheikh Saeed", R, "rebel official", "2016-12-01", "2016-12-01"),
            ("displacement", " -> al-Salheen", "", "", "2016-12-01", "2016-12-01"),
        },
    ),
    # --- a holding since 2012 is no change and dates no report; "moved into" is an entry;
    # the side a relative clause follows; a bare "was abandoned" with the place as subject
    (
        "2016-11-28",
        "A Kurdish official in the Sheikh Maksood district, which has been controlled by the "
        "YPG since 2012, said that YPG fighters had moved into Shaikh Fares and Bustan "
        "al-Bacha on Sunday after the rebels withdrew from them.",
        {
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27"),
            (
                "control_change",
                "Bustan al-Basha",
                K,
                "Kurdish official",
                "2016-11-27",
                "2016-11-27",
            ),
        },
    ),
    (
        "2016-12-22",
        "Within three days the opposition had lost the enclave's entire northern half, partly "
        "to regime forces and partly to the Kurdish People's Protection Units (YPG), which "
        "moved into Shaykh Faris from neighboring Shaykh Maqsud on November 27.",
        {
            ("control_change", "North of East Aleppo", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-13",
        "Saif al-Dawleh was abandoned during the night, a commander of the Levant Front said "
        "on Tuesday morning.",
        {("control_change", "Seif al-Dawla", G, "rebel official", "2016-12-12", "2016-12-13")},
    ),
    ("2016-12-13", "The plan to storm Sheikh Saeed was abandoned on Monday.", set()),
    (
        "2016-12-02",
        "The regime's forces and the militias that fight alongside them entered Masakin "
        "Hanano last Saturday.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-13",
        "Russia's defence ministry said on Monday evening that the army had taken Bostan "
        "al-Kasr, along with the crossing where, four years ago, young men used to meet.",
        {
            (
                "control_change",
                "Bustan al-Qasr",
                G,
                "Russian defence ministry",
                "2016-12-12",
                "2016-12-12",
            )
        },
    ),
    # --- dates counted from another clause: "three months after" reaches back to history;
    # a year told in an aside after the event is no anchor
    (
        "2016-12-02",
        "The liberation of the north comes three months after the army recaptured the "
        "Handarat camp.",
        set(),
    ),
    (
        "2016-11-28",
        "The advance came a day after the army liberated Jabal Badro, and two days after the "
        "liberation of Masaken Hanano, the first district to fall into the hands of the armed "
        "groups when they entered the city in July 2012.",
        {
            ("control_change", "Jabal Badro", G, "", "2016-11-27", "2016-11-27"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
        },
    ),
    (
        "2016-12-07",
        "The rebels entered the old city in the summer of 2012, months after they took control "
        "of the eastern half of Aleppo.",
        set(),
    ),
    (
        "2016-11-30",
        "Earlier this week, the army's General Command announced that units had completed the "
        "liberation of the Sakhour and Heydariyeh neighbourhoods and the Sheikh Khezr area on "
        "Monday.",
        {
            ("control_change", "Sakhour", G, "Syrian army", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", G, "Syrian army", "2016-11-28", "2016-11-28"),
            ("control_change", "Sheikh Khodr", G, "Syrian army", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-08",
        "Syrian army in control of Aleppo Old City, advances further south",
        {("control_change", "Old City", G, "", "2016-12-08", "2016-12-08")},
    ),
    # --- more recap shapes and spellings
    (
        "2016-12-22",
        "The rebels' northern districts were gone within three days.",
        {("control_change", "North of East Aleppo", G, "", "2016-12-22", "2016-12-22")},
    ),
    (
        "2016-12-22",
        "Al-Sha'er fell to the army on Dec. 5, the Old City two days later and Sheik Said, the "
        "last high ground in rebel hands, on Dec. 12.",
        {
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-02",
        "The rebels gave up the enclave's entire north in the space of three days, starting "
        "with the Masakin Hananou housing estate last Saturday.",
        {
            ("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
        },
    ),
    (
        "2016-12-09",
        "The Syrian army said yesterday its troops had also taken the Bab al-Nerab, al-Maady "
        "and Karm Hummad districts, south-east of the citadel.",
        {
            ("control_change", "Bab al-Nairab", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "al-Maadi", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "Karm Houmad", G, "Syrian army", "2016-12-08", "2016-12-08"),
        },
    ),
    (
        "2016-11-19",
        "Residents said dozens of families had abandoned Masakin Hananou on Thursday and moved "
        "to the southern districts.",
        {
            (
                "displacement",
                "Masaken Hanano -> South of East Aleppo",
                "",
                "residents",
                "2016-11-17",
                "2016-11-17",
            )
        },
    ),
    (
        "2016-12-22",
        "Government forces broke into the enclave at Masakin Hananou on November 26 and took "
        "Salah-ud-Din on December 22.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Salaheddine", G, "", "2016-12-22", "2016-12-22"),
        },
    ),
    (
        "2016-12-03",
        "Rebels say they repelled an overnight assault by government troops and Iraqi "
        "militiamen on Shaykh Saeed, the hilltop district in the south of the enclave that "
        "they retook on Thursday.",
        {
            ("contested", "Sheikh Saeed", G, "rebel official", "2016-12-01", "2016-12-01"),
            ("control_change", "Sheikh Saeed", R, "rebel official", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        "2016-12-08",
        "The army said its troops had entered the Old City from Kadi Asker, a district on its "
        "north-eastern edge that they had captured on Tuesday.",
        {
            ("control_change", "Old City", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "Qadi Askar", G, "Syrian army", "2016-12-06", "2016-12-06"),
        },
    ),
    (
        "2016-12-06",
        "The Observatory reported yesterday that government troops had taken al-Shaar, one of "
        "the biggest districts of the east and for years the seat of the opposition's council.",
        {("control_change", "al-Shaar", G, "SOHR", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-06",
        "But the fall of eastern Aleppo, now only a matter of days or weeks away, is shaping up "
        "to be one of the defining defeats.",
        set(),
    ),
    ("2016-12-06", "The fall of Sakhour seemed imminent on Monday.", set()),
    (
        "2016-12-16",
        "- 12 December: Sheikh Saeed, the last high ground in rebel hands, falls to the army.",
        {("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-13",
        "Syrian state TV aired footage on Tuesday of soldiers walking through the rubble of Saif "
        "al-Dawleh, which it said the army had entered that morning.",
        {("control_change", "Seif al-Dawla", G, "Syrian state media", "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-12-22",
        "The regime's ground forces overran Masaken Hanano on Nov. 26 and had swallowed the "
        "whole northern half of the enclave by Nov. 28.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-22",
        "A rebel commander told reporters its fighters had abandoned their last positions in "
        "al-Ansari as the final convoy left.",
        {("control_change", "al-Ansari", G, RO, "2016-12-22", "2016-12-22")},
    ),
    (
        "2016-12-09",
        "Kurdish officials in Shaikh Maqsood, a district in the north of the city under the "
        "control of Kurdish forces, said that about 2,000 people from the rebel-held districts "
        "had arrived there since Wednesday.",
        {
            (
                "displacement",
                "East Aleppo -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-12-07",
                "2016-12-09",
            )
        },
    ),
    (
        "2016-11-28",
        "Fighters of the YPG moved into Sheikh Faris and Hulluq on Sunday as rebels pulled back "
        "from the area, a Kurdish official in the neighbouring Sheikh Maqsoud district said.",
        {
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27"),
            ("control_change", "Hellok", K, "Kurdish official", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-06",
        "On Monday troops captured al-Sha'er, one of the largest districts in the east of the "
        "city, together with the neighbouring Karm al-Jazmaty and Karm Qatarji, the "
        "Observatory said.",
        {
            ("control_change", "al-Shaar", G, "SOHR", "2016-12-05", "2016-12-05"),
            ("control_change", "Karm al-Jazmati", G, "SOHR", "2016-12-05", "2016-12-05"),
            ("control_change", "Karm al-Qaterji", G, "SOHR", "2016-12-05", "2016-12-05"),
        },
    ),
    (
        "2016-11-28",
        "The Observatory said troops had taken al Sukhur. The Fastaqim union disputed the "
        "Observatory's account of al Sukhur, claiming on Twitter that its fighters still held "
        "the neighbourhood.",
        {
            ("control_change", "Sakhour", G, "SOHR", "2016-11-28", "2016-11-28"),
            ("denial", "Sakhour", R, "rebel official", "2016-11-28", "2016-11-28"),
        },
    ),
    # --- ", said <name>, a member of ...": the speaker follows the verb (not the side named
    # in the report before it); ", told <outlet>": whom the speaker told
    (
        "2016-11-28",
        "Fighters of the People's Protection Units (YPG) entered Bostan el-Basha on Sunday "
        "after the armed groups withdrew to avoid being encircled, said Delil Hassan, a member "
        "of the council of the Kurdish Self-Administration in Sheikh Maqsoud.",
        {("control_change", "Bustan al-Basha", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    # --- Polish and Czech spellings; "in its hands"; fighters who leave; a noun that opens
    # its own clause; an entry with no object
    (
        "2016-12-16",
        "The breakthrough came on 26 November, when the army took the Masakin Hanano housing "
        "estate; within three days the whole north of the rebel enclave was in its hands.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-29"),
        },
    ),
    (
        "2016-12-16",
        "On 7 December the rebels left the old town, and the capture of the Szejk Said hill on "
        "Monday (12 December) sealed their fate.",
        {
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-01",
        "Residents said that hundreds of families fled on Wednesday, when the militias "
        "entered, to the neighbouring district of as-Salihin.",
        {("displacement", " -> al-Salheen", "", "residents", "2016-11-30", "2016-11-30")},
    ),
    (
        "2016-12-05",
        "Thousands of residents left al-Shaar on Monday.",
        {("displacement", "al-Shaar -> ", "", "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-01",
        "A representative of the Kurdish self-administration in the Šejch Maksúd district said "
        "the YPG took control of al-Hellek after the rebel fighters left it.",
        {("control_change", "Hellok", K, "Kurdish official", "2016-12-01", "2016-12-01")},
    ),
    (
        "2016-11-29",
        "The Kurds took advantage of the rebels' retreat. They occupied Bustan al-Bacha on "
        "Sunday and, this Monday, Sheikh Fares and Helok, according to Azad Khalil, a member "
        "of the Kurdish council that runs Sheikh Maqsoud.",
        {
            (
                "control_change",
                "Bustan al-Basha",
                K,
                "Kurdish official",
                "2016-11-27",
                "2016-11-27",
            ),
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-28", "2016-11-28"),
            ("control_change", "Hellok", K, "Kurdish official", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-29",
        "The collapse began on Saturday, with the fall of Masaken Hanano to the army, the "
        "first district that the insurgents took when they entered Aleppo four years ago.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-08",
        "The army took the Yandul roundabout on Wednesday.",
        {("control_change", "Jandoul", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-08",
        "The army took the historic centre of Aleppo on Wednesday.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-13",
        "This Monday the troops first took Sheij Said, the hill that dominates the southern "
        "entrance of the city and that had changed hands several times in the last two weeks, "
        "and then Al Fardús and Al Salihín, according to the Observatory.",
        {
            ("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Salheen", G, "SOHR", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-08",
        "The army said the troops had taken control of Bab al Nairab and Al Marya, to the "
        "south-east of the citadel, as well as of the Al Maadi neighborhood.",
        {
            ("control_change", "Bab al-Nairab", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "al-Marja", G, "Syrian army", "2016-12-08", "2016-12-08"),
            ("control_change", "al-Maadi", G, "Syrian army", "2016-12-08", "2016-12-08"),
        },
    ),
    (
        "2016-12-12",
        "On Monday, thousands of residents of Al Fardús fled under the bombs toward Al Ansari, "
        "in the pocket still in the hands of the rebels.",
        {("displacement", "al-Fardous -> al-Ansari", "", "", "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-11-29",
        "On Sunday (27), the army said its soldiers had reached the rubble of Jabal Badro and "
        'Baedin, two neighborhoods next to Hanano, and had taken "total control" of both.',
        {
            ("control_change", "Jabal Badro", G, "Syrian army", "2016-11-27", "2016-11-27"),
            ("control_change", "Baadeen", G, "Syrian army", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-02",
        "Government forces shifted south after overrunning the Hanano housing district on 26 "
        "November.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    # --- translated prose: the historic present, times between a verb and its object,
    # lists that go on after an aside or "then", days of the month
    (
        "2016-11-29",
        "Sakhour and Haydariya fall in their turn, according to the state news agency SANA.",
        {
            ("control_change", "Sakhour", "", SSM, "2016-11-29", "2016-11-29"),
            ("control_change", "Haidariya", "", SSM, "2016-11-29", "2016-11-29"),
        },
    ),
    (
        "2016-11-30",
        "Within two days the entire north of the enclave passed to the regime, the Observatory "
        "said.",
        {("control_change", "North of East Aleppo", G, "SOHR", "2016-11-30", "2016-11-30")},
    ),
    (
        "2016-12-14",
        "Troops took al-Shaar on 5 December before seizing Sheikh Said, the last hill held by "
        "the rebels, on Monday.",
        {
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "The army seized the Sheikh Said hill on Monday, the highest ground of the enclave, "
        "then the quarters of Fardous and Kalasa.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        # ("on 26 November at Masakin Hanano": "November at Masakin" is no one name)
        "2016-12-03",
        "The offensive broke through the rebel lines on 26 November at Masakin Hanano, in the "
        "north-east, a military source said.",
        {("control_change", "Masaken Hanano", "", "Syrian army", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-11-29",
        "The army extended its control on Sunday over Jabal Badro, al-Haidariya and Baadin.",
        {
            ("control_change", "Jabal Badro", G, "", "2016-11-27", "2016-11-27"),
            ("control_change", "Haidariya", G, "", "2016-11-27", "2016-11-27"),
            ("control_change", "Baadeen", G, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-11-29",
        "A Kurdish official said YPG fighters moved overnight into Sheikh Fares and Bustan "
        "al-Basha after the rebels withdrew from them.",
        {
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-28", "2016-11-29"),
            (
                "control_change",
                "Bustan al-Basha",
                K,
                "Kurdish official",
                "2016-11-28",
                "2016-11-29",
            ),
        },
    ),
    (
        # (the fight is the denier's counter-claim: the claim is still a capture)
        "2016-12-02",
        "State television said on Thursday that troops had entered Tariq al-Bab, but the Levant "
        "Front denied this, saying its fighters had repelled the assault.",
        {
            ("control_change", "Tariq al-Bab", G, SSM, "2016-12-01", "2016-12-01"),
            ("denial", "Tariq al-Bab", R, RO, "2016-12-01", "2016-12-01"),
        },
    ),
    (
        "2016-12-06",
        "A military source said troops had taken control of Karm al-Maysar and Karm al-Qaterji "
        "and of the Dahret Awwad area.",
        {
            ("control_change", "Karm al-Maysar", G, "Syrian army", "2016-12-06", "2016-12-06"),
            ("control_change", "Karm al-Qaterji", G, "Syrian army", "2016-12-06", "2016-12-06"),
            ("control_change", "Dahret Awwad", G, "Syrian army", "2016-12-06", "2016-12-06"),
        },
    ),
    (
        "2016-12-08",
        "Government forces completed on Wednesday their control of the Old City.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    (
        "2016-12-15",
        "The army retook Masakin Hanano on 26 November and the Old City on the 7th of this month.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-22",
        "The campaign went on with the liberation of Tariq al-Bab on the 4th of this month and "
        "of the Old City on the 7th.",
        {
            ("control_change", "Tariq al-Bab", "", "", "2016-12-04", "2016-12-04"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-13",
        "Troops took control of Sheikh Saeed on Monday morning and then, within a few hours, of "
        "the neighbourhoods of Fardous, Kalasa and Bustan al-Qasr.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "Bustan al-Qasr", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        # (a window a dated statement opens: it ends on the statement's day)
        "2016-11-30",
        "On Tuesday the general command said it had restored security since Saturday in all "
        "the northern quarters of east Aleppo.",
        {("control_change", "North of East Aleppo", G, "Syrian army", "2016-11-26", "2016-11-29")},
    ),
    (
        "2016-12-13",
        'A Nour al-Din al-Zinki commander conceded that his fighters had "withdrawn" on Monday '
        "from Kalasa.",
        {("control_change", "al-Kallaseh", G, RO, "2016-12-12", "2016-12-12")},
    ),
    (
        "2016-12-08",
        "Rebels withdrew during the night from Tuesday to Wednesday from Bab al-Hadid, the "
        "Observatory said.",
        {("control_change", "Bab al-Hadid", G, "SOHR", "2016-12-06", "2016-12-07")},
    ),
    (
        "2016-12-16",
        "Hanano fell on 26 November, Tariq al-Bab on 4 December and finally, on Monday "
        "(December 12), the district of Sheikh Said.",
        {
            ("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26"),
            ("control_change", "Tariq al-Bab", "", "", "2016-12-04", "2016-12-04"),
            ("control_change", "Sheikh Saeed", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-22",
        'The army said on Thursday it had regained "full control" of Aleppo.',
        {("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22")},
    ),
    (
        "2016-12-08",
        "Since the army broke into Hanano on Nov. 26, the rebels have lost most of their ground. "
        "Now the Old City is gone too.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-08", "2016-12-08"),
        },
    ),
    (
        # (a breach of the enclave, or of a part of it, is not its capture)
        "2016-12-16",
        "Government forces broke into the rebel enclave on Nov. 26 and broke into the northern "
        "districts a day later.",
        {("contested", "North of East Aleppo", G, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-11-21",
        '"If Hanano falls, then the whole north is gone," a commander said.',
        set(),
    ),
    (
        "2016-12-22",
        "The assault broke through Nov. 26 at Hanano. The Old City went Dec. 7.",
        {
            ("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-22",
        "He remembers the summer of 2012, when the rebels entered the eastern districts.",
        set(),
    ),
    (
        "2016-12-14",
        "The Observatory said troops captured the hilltop of Sheikh Said, al-Salihin and Karm "
        "al-Daadaa on Monday.",
        {
            ("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Salheen", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "Karm al-Daadaa", G, "SOHR", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-05",
        "State television showed soldiers walking through Tariq al-Bab and Halwaniyeh and claimed "
        'both had been "liberated".',
        {
            ("control_change", "Tariq al-Bab", "", SSM, "2016-12-05", "2016-12-05"),
            ("control_change", "al-Helwaniyeh", "", SSM, "2016-12-05", "2016-12-05"),
        },
    ),
    (
        # "later that month": the month of the date the sentence before named
        "2016-11-21",
        "The army restored the siege in September. Later that month it also retook the Handarat "
        "camp. Troops took Sheikh Saeed on Monday. Later that week they took al-Salheen.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-11-21", "2016-11-21"),
            ("control_change", "al-Salheen", G, "", "2016-11-21", "2016-11-21"),
        },
    ),
    (
        "2016-12-22",
        "Buses were leaving on Thursday as the government readied itself to declare full control "
        "of the city.",
        set(),
    ),
    (
        "2016-12-06",
        "The Observatory said troops took full control on Monday of al-Shaar, a densely populated "
        "district in the heart of the enclave, and of the neighbouring Karm al-Jabal.",
        {
            ("control_change", "al-Shaar", G, "SOHR", "2016-12-05", "2016-12-05"),
            ("control_change", "Karm al-Jabal", G, "SOHR", "2016-12-05", "2016-12-05"),
        },
    ),
    (
        "2016-12-13",
        "The advance gathered pace after the fall of al-Shaar, one of the largest districts in "
        "the east, on Dec. 5, and of the Old City two days later.",
        {
            ("control_change", "al-Shaar", "", "", "2016-12-05", "2016-12-05"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-17",
        "The northern districts fell between 26 and 28 November; the old city, on 7 December; "
        "and Sheikh Saeed on Monday.",
        {
            ("control_change", "North of East Aleppo", "", "", "2016-11-26", "2016-11-28"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-22",
        "On 5 December they took al-Shaar, the old heart of the opposition, on 7 December the old "
        "city, and on 12 December Sheikh Saeed.",
        {
            ("control_change", "al-Shaar", "", "", "2016-12-05", "2016-12-05"),
            ("control_change", "Old City", "", "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-02",
        'The Russian defence ministry said troops had "liberated" Karm al-Trab and the hill of '
        "Dahret Awad over the past day.",
        {
            (
                "control_change",
                "Karm al-Trab",
                G,
                "Russian defence ministry",
                "2016-12-01",
                "2016-12-02",
            ),
            (
                "control_change",
                "Dahret Awwad",
                G,
                "Russian defence ministry",
                "2016-12-01",
                "2016-12-02",
            ),
        },
    ),
    (
        # (an area after "districts of" only says where they are)
        "2016-11-28",
        "Government forces captured the Jabal Badro and Baadeen districts of eastern Aleppo on "
        "Sunday, a monitor said.",
        {
            ("control_change", "Jabal Badro", G, "SOHR", "2016-11-27", "2016-11-27"),
            ("control_change", "Baadeen", G, "SOHR", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-11-29",
        "The general command said troops had restored security to Jabal Badro, a hill over the "
        "north-east of the city, and to the neighbouring district of Ard al-Hamra.",
        {
            ("control_change", "Jabal Badro", G, "Syrian army", "2016-11-29", "2016-11-29"),
            ("control_change", "Ard al-Hamra", G, "Syrian army", "2016-11-29", "2016-11-29"),
        },
    ),
    (
        "2016-12-13",
        "In the night to Tuesday the army took Bustan al-Qasr, site of the old crossing between "
        "the two halves of the city, and the neighbouring Kalasa.",
        {
            ("control_change", "Bustan al-Qasr", G, "", "2016-12-12", "2016-12-13"),
            ("control_change", "al-Kallaseh", G, "", "2016-12-12", "2016-12-13"),
        },
    ),
    (
        "2016-12-22",
        'The army said on Thursday it had "restored security and stability" to Aleppo.',
        {("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22")},
    ),
    (
        # (history told in passing is no anchor for "a day later")
        "2016-12-22",
        "On 26 November troops captured Masaken Hanano, the first district the rebels had taken "
        "in 2012; a day later YPG fighters took Sheikh Fares.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-06",
        "The army announced the capture of al-Masaraniyeh and the adjoining Karm al-Turab.",
        {
            ("control_change", "al-Ma'saraniyah", G, "Syrian army", "2016-12-06", "2016-12-06"),
            ("control_change", "Karm al-Trab", G, "Syrian army", "2016-12-06", "2016-12-06"),
        },
    ),
    (
        "2016-12-22",
        "The rebel-held north collapsed within three days. Regime forces broke through the "
        "factions' lines in Hanano on November 26.",
        {
            # (no side in its sentence: the article's taker of ground)
            ("control_change", "North of East Aleppo", G, "", "2016-12-22", "2016-12-22"),
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
        },
    ),
    (
        # (a breach of the east, or a truce that collapsed, takes no ground)
        "2016-11-29",
        "The offensive broke the rebels' lines in the eastern neighbourhoods. A truce announced "
        "on Monday collapsed within hours.",
        set(),
    ),
    (
        "2016-11-27",
        "The fall of the estate leaves the rest of the rebel north exposed.",
        set(),
    ),
    # --- who says it: sources told by an aside, a day, a later reference or another name
    (
        "2016-12-16",
        "Russia's Defence Ministry, meanwhile, claimed on Friday that the army had taken "
        "control of al-Sukkari.",
        {("control_change", "Sukkari", G, "Russian defence ministry", "2016-12-16", "2016-12-16")},
    ),
    (
        "2016-12-06",
        "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said Tuesday "
        "that pro-government forces had overrun Qadi Askar.",
        {("control_change", "Qadi Askar", G, "SOHR", "2016-12-06", "2016-12-06")},
    ),
    (
        "2016-12-06",
        "The Observatory reported heavy losses. Troops also took Karm al-Jabal on Monday, the "
        "group said.",
        {("control_change", "Karm al-Jabal", G, "SOHR", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-11-29",
        "The OSDH reports the capture of es-Sakhour and Haydariye.",
        {
            ("control_change", "Sakhour", "", "SOHR", "2016-11-29", "2016-11-29"),
            ("control_change", "Haidariya", "", "SOHR", "2016-11-29", "2016-11-29"),
        },
    ),
    (
        "2016-12-13",
        "Regime television claimed that the army had also captured al-Kallaseh.",
        {("control_change", "al-Kallaseh", G, SSM, "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-11-28",
        "YPG fighters took over Sheikh Fares on Sunday after the rebels withdrew, a spokesperson "
        "for the Kurdish-run council in Sheikh Maqsoud said.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    (
        # (the report before the comma is no speaker's name: the spokesman is the source)
        "2016-11-28",
        "YPG fighters moved into Sheikh Fares on Sunday after the rebels had pulled out, a "
        "spokesman for the Kurdish administration in the neighbouring district told the NOS.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-02",
        "Abu Omar, a spokesman for the Levant Front, said rebels had retaken Sheikh Saeed on "
        "Thursday.",
        {("control_change", "Sheikh Saeed", R, RO, "2016-12-01", "2016-12-01")},
    ),
    (
        # (a holding's start in an aside dates no event; the report's day does)
        "2016-11-28",
        "A spokeswoman for the Kurdish administration in Sheikh Maqsoud, a district the YPG has "
        "held since 2012, said Sunday that its fighters had entered Bustan al-Basha after rebel "
        "units withdrew.",
        {("control_change", "Bustan al-Basha", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-14",
        "A Levant Front commander acknowledged Tuesday that fighters had pulled back overnight "
        "from Bustan al-Qasr.",
        {("control_change", "Bustan al-Qasr", G, RO, "2016-12-12", "2016-12-13")},
    ),
    (
        # (some districts of the east are not the whole of it; aid workers take no ground)
        "2016-12-22",
        "Troops captured a string of rebel-held neighbourhoods over the weekend. Aid workers who "
        "entered al-Shaar this week found no building intact.",
        set(),
    ),
    (
        # (a closing source may be described at length and still close the sentence)
        "2016-11-29",
        "Jabal Badro and Baadeen fell on Sunday, and al-Sukhur and Haydariyya followed "
        "yesterday, according to the Syrian Observatory for Human Rights, a Britain-based "
        "monitoring group with a network of sources on the ground.",
        {
            ("control_change", "Jabal Badro", "", "SOHR", "2016-11-27", "2016-11-27"),
            ("control_change", "Baadeen", "", "SOHR", "2016-11-27", "2016-11-27"),
            ("control_change", "Sakhour", "", "SOHR", "2016-11-28", "2016-11-28"),
            ("control_change", "Haidariya", "", "SOHR", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-11-29",
        "Militiamen of the YPG moved into Sheikh Fares on Sunday as the rebels pulled back, a "
        "Kurdish official told reporters.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    (
        # (the north has a verb of its own: no change borrowed from the clause before)
        "2016-12-22",
        "On 27 November the army took Sakhour; within 72 hours the whole north had fallen.",
        {
            ("control_change", "Sakhour", G, "", "2016-11-27", "2016-11-27"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-27", "2016-11-30"),
        },
    ),
    (
        # (an aside closed right before the verb does not block it)
        "2016-11-28",
        "The YPG, never one to waste an opening, helped itself to Sheikh Fares on Sunday.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-14",
        "A Zenki official admitted that the factions had withdrawn during Monday night from "
        "Kalasa and Bab al-Maqam.",
        {
            ("control_change", "al-Kallaseh", G, RO, "2016-12-12", "2016-12-12"),
            ("control_change", "Bab al-Maqam", G, RO, "2016-12-12", "2016-12-12"),
        },
    ),
    (
        # ("they" is the side named first in its part of the sentence)
        "2016-12-13",
        "The government's offensive began on 15 November; the rebels' defences in the north of "
        "the enclave collapsed between 26 and 28 November, and on 7 December they lost the Old "
        "City.",
        {
            ("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-28"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
        },
    ),
    (
        "2016-12-01",
        "Between 26 and 28 November, government forces took all the districts in the north of "
        "the enclave.",
        {("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-28")},
    ),
    (
        "2016-12-13",
        "On November 26 the army overran Hanano. Within three days the whole northern half of "
        "the rebel pocket was theirs.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-29"),
        },
    ),
    (
        "2016-12-14",
        "On Monday troops swept through Sheikh Saeed, the last high ground held by the rebels, "
        "and the districts of Fardous and Kalasa, according to the Observatory, which monitors "
        "the war through sources inside Syria.",
        {
            ("control_change", "Sheikh Saeed", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "SOHR", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Kallaseh", G, "SOHR", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-11-29",
        "Troops advancing from Jabal Badro, a hill they seized on Sunday, were fighting their way "
        "into al-Shaar on Tuesday.",
        {
            ("control_change", "Jabal Badro", G, "", "2016-11-27", "2016-11-27"),
            ("contested", "al-Shaar", G, "", "2016-11-29", "2016-11-29"),
        },
    ),
    (
        "2016-12-06",
        "Troops captured al-Shaar, one of the largest districts of eastern Aleppo, on Monday, "
        "along with the smaller districts of Karm al-Qaterji and Karm al-Jazmati.",
        {
            ("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Karm al-Qaterji", G, "", "2016-12-05", "2016-12-05"),
            ("control_change", "Karm al-Jazmati", G, "", "2016-12-05", "2016-12-05"),
        },
    ),
    (
        # (people taken by bus take no ground)
        "2016-12-06",
        "Families who fled al-Shaar on Monday crossed near Jabal Badro and were then taken by bus "
        "to a centre in Jibreen.",
        {("displacement", "al-Shaar -> Jibreen", "", "", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-02",
        "Within three days of the government's breakthrough at Hanano on Nov. 26, the rebels "
        "had lost the north.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        # (the battle's outcome told as a whole, undated; a deal that fell apart; a truce
        # that collapsed; a liberation weeks away)
        "2016-12-14",
        "The fall of eastern Aleppo marks the end of the rebellion's urban phase. The agreement "
        "to evacuate eastern Aleppo fell apart on Wednesday. A ceasefire for the rebel-held "
        "districts, collapsed on Wednesday morning. The liberation of the rest of the city is a "
        "question of weeks.",
        set(),
    ),
    (
        # (the first districts to fall tell how the war began; the last to fall, with its
        # day, is an event)
        "2016-12-13",
        "Hanano was the first neighbourhood of Aleppo to fall to the rebels. Sheikh Saeed was "
        "the last district to fall to the army on Monday.",
        {("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12")},
    ),
    (
        # (an aside describing the source, closed before the verb, does not block it)
        "2016-12-07",
        "On Monday, according to the Observatory, a UK-based outfit whose sympathies have never "
        "been in doubt, the army took al-Shaar.",
        {("control_change", "al-Shaar", G, "SOHR", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-18",
        "The offensive broke through on Nov 26 with the army's capture of the Hanano housing "
        "district, the first part of the city the rebels had taken in 2012.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    (
        "2016-12-10",
        "Government forces overran Hananou on November 26; within three days the rest of the "
        "north had gone.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-29"),
        },
    ),
    # --- "the loss of X" as a noun: its loser is told after it, or owns it
    (
        "2016-12-08",
        "Once regime troops had taken Hanano on 26 November, the loss of Sakhour two days later "
        "left the rebels cut in two.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
        },
    ),
    (
        "2016-12-13",
        "The YPG moved into Sheikh Fares on Monday, and the loss of al-Haidariya the same day "
        "cost the opposition its last road north.",
        {
            ("control_change", "Sheikh Fares", K, "", "2016-12-12", "2016-12-12"),
            ("control_change", "Haidariya", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-13",
        "The rebels admitted the loss of Bustan al-Basha on Monday. Opposition commanders are "
        "still reeling from their loss of Sheikh Saeed the same day.",
        {
            ("control_change", "Bustan al-Basha", G, RO, "2016-12-12", "2016-12-12"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    # --- a third side moving into ground the rebels gave up takes it
    (
        "2016-11-28",
        "On Sunday, Kurdish fighters advanced from Sheikh Maqsoud into Shaikh Fares and "
        "al-Hallok, which the factions had abandoned, a member of the Kurdish-run local "
        "council said.",
        {
            ("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27"),
            ("control_change", "Hellok", K, "Kurdish official", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-11-28",
        "The YPG pushed from Sheikh Maqsoud into Bustan al-Basha yesterday.",
        {("contested", "Bustan al-Basha", K, "", "2016-11-27", "2016-11-27")},
    ),
    # --- the side whose lines were broken through is not the taker
    (
        "2016-12-17",
        "Regime troops, which smashed through the rebels' eastern lines on 26 November with the "
        "seizure of Hanano, took al-Sakhour on 28 November and the strategic hill of Sheikh "
        "Saeed on Monday.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Sakhour", G, "", "2016-11-28", "2016-11-28"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    (
        "2016-12-09",
        "The opposition's defences in the south began to give way on Monday, when they lost "
        "al-Shaar.",
        {("control_change", "al-Shaar", G, "", "2016-12-05", "2016-12-05")},
    ),
    # --- a part of the east named by a rarer noun; "in an N-day push" as a window
    (
        "2016-11-29",
        "Government troops seized the whole northern portion of the rebel enclave in a four-day "
        "offensive, the Observatory said on Tuesday.",
        {("control_change", "North of East Aleppo", G, "SOHR", "2016-11-26", "2016-11-29")},
    ),
    (
        "2016-12-13",
        "The army took Sheikh Saeed in a two-day assault.",
        {("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-13")},
    ),
    # --- trying to break in; a named rebel coalition; a statement's participle; a holder's
    # "remain in full control" answering a claimed loss
    (
        "2016-12-01",
        "Regime troops and Hezbollah fighters were trying to break into Tariq el-Bab and "
        "al-Hilwaniyeh, according to residents reached by phone.",
        {
            ("contested", "Tariq al-Bab", G, "residents", "2016-12-01", "2016-12-01"),
            ("contested", "al-Helwaniyeh", G, "residents", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        "2016-12-01",
        "The Fateh Halab operations room, an alliance of rebel brigades, said in a statement "
        "posted on Telegram that its fighters had retaken Shaikh Said before dawn. A military "
        'source quoted by SANA insisted that the army "remains in full control" of the hill.',
        {
            ("control_change", "Sheikh Saeed", R, RO, "2016-12-01", "2016-12-01"),
            ("denial", "Sheikh Saeed", G, SSM, "2016-12-01", "2016-12-01"),
        },
    ),
    (
        # (who holds what, with no change told: no denial)
        "2016-12-01",
        "The rebels remain in control of Bustan al-Qasr, a commander said.",
        set(),
    ),
    (
        "2016-12-01",
        "The Syrian Observatory for Human Rights, a monitoring group that relies on a network "
        "of sources, said Iraqi militiamen fighting alongside President Bashar Assad's troops "
        "had seized al-Sakhour on Wednesday.",
        {("control_change", "Sakhour", G, "SOHR", "2016-11-30", "2016-11-30")},
    ),
    (
        "2016-12-01",
        "Within three days the rebels had lost the northern third of their enclave, some of it "
        "to Kurdish fighters who moved into neighbourhoods the rebels abandoned on the edge of "
        "Sheikh Maqsoud.",
        {("control_change", "North of East Aleppo", G, "", "2016-12-01", "2016-12-01")},
    ),
    # --- ground short of a place: "push on towards X"
    (
        "2016-11-28",
        "Fighting was reported late on Monday on the edges of Karm al-Jabal as government troops "
        "tried to push on towards the Old City.",
        {("contested", "Karm al-Jabal", G, "", "2016-11-28", "2016-11-28")},
    ),
    (
        "2016-11-28",
        "The army's push on to the Old City stalled, while troops pressed on toward al-Shaar.",
        set(),
    ),
    # --- "since Thursday night" is a time, not a clause; unnamed districts only located;
    # the opposition's media centre is the speaker, not a side in the report
    (
        "2016-12-02",
        "Pro-government forces had been trying since Thursday night to storm Karm al-Meyassar "
        "from the north.",
        {("contested", "Karm al-Maysar", G, "", "2016-12-01", "2016-12-02")},
    ),
    (
        "2016-11-28",
        "Kurdish militiamen took over several districts on the edge of their stronghold of "
        "Sheikh Maqsoud on Saturday.",
        set(),
    ),
    (
        "2016-12-02",
        "The opposition Aleppo Media Center said regime forces had tried to storm al-Mashhad, "
        "and that heavy fighting was also under way on Friday around Tarik el-Bab.",
        {
            ("contested", "al-Mashhad", G, "activists", "2016-12-02", "2016-12-02"),
            ("contested", "Tariq al-Bab", G, "activists", "2016-12-02", "2016-12-02"),
        },
    ),
    # --- where people went: after the place they left, past a date; a part of the enclave
    # is a destination; a relative clause and the main verb tell one move
    (
        "2016-12-06",
        "The Aleppo Media Center said thousands of residents had fled Salheine on Monday toward "
        "al-Sukkeri as regime forces advanced.",
        {("displacement", "al-Salheen -> Sukkari", "", "activists", "2016-12-05", "2016-12-05")},
    ),
    (
        "2016-12-06",
        "Thousands more left Al Shaar yesterday for the southern districts still in opposition "
        "hands.",
        {
            (
                "displacement",
                "al-Shaar -> South of East Aleppo",
                "",
                "",
                "2016-12-05",
                "2016-12-05",
            )
        },
    ),
    (
        "2016-11-21",
        "Residents reached by phone said hundreds of families had fled Hanano on Sunday and "
        "moved south into al-Sha'er.",
        {
            (
                "displacement",
                "Masaken Hanano -> al-Shaar",
                "",
                "residents",
                "2016-11-20",
                "2016-11-20",
            )
        },
    ),
    (
        "2016-12-05",
        "Activists said thousands of people who fled Sheikh Saeed crowded into al-Mashhad on "
        "Sunday.",
        {
            (
                "displacement",
                "Sheikh Saeed -> al-Mashhad",
                "",
                "activists",
                "2016-12-04",
                "2016-12-04",
            )
        },
    ),
    # --- the place whose officials speak is where the people they tell of arrived
    (
        "2016-12-16",
        "Kurdish officials in Sheikh Maksood, the Kurdish-run district in the north of the city, "
        "said some 3,000 people from the rebel-held districts had also arrived there since "
        "Monday.",
        {
            (
                "displacement",
                "East Aleppo -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-12-12",
                "2016-12-16",
            )
        },
    ),
    (
        "2016-12-01",
        "The Kurdish administration in Sheikh Maksood said on Wednesday that it had received "
        "nearly 9,000 people from the eastern neighbourhoods since Saturday.",
        {
            (
                "displacement",
                "East Aleppo -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-11-26",
                "2016-11-30",
            )
        },
    ),
    # --- moves told only in part, or as the fate of those who moved: no event; a half of
    # the enclave named by the other half
    (
        "2016-12-09",
        "The UN human rights office said it had received reports that hundreds of men had gone "
        "missing after crossing into government-held areas.",
        set(),
    ),
    (
        "2016-12-02",
        "Many have crossed into government-held western Aleppo or the Kurdish-run district of "
        "Sheikh Maqsoud; others have simply moved deeper into the enclave.",
        set(),
    ),
    (
        "2016-11-29",
        "Thousands more have fled from the north into the southern part of the enclave since "
        "Saturday, activists said.",
        {
            (
                "displacement",
                "North of East Aleppo -> South of East Aleppo",
                "",
                "activists",
                "2016-11-26",
                "2016-11-29",
            )
        },
    ),
    # --- who hosts, who comes from where, and an arrival told again
    (
        "2016-12-03",
        "Residents of al-Shaar said the district had taken in hundreds of families from Sakhour "
        "since Monday.",
        {("displacement", "Sakhour -> al-Shaar", "", "residents", "2016-11-28", "2016-12-03")},
    ),
    (
        "2016-11-28",
        "The Kurdish administration says that about 10,000 residents of the northern "
        "neighborhoods have arrived in Sheikh Maksood since Saturday.",
        {
            (
                "displacement",
                "North of East Aleppo -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-11-26",
                "2016-11-28",
            )
        },
    ),
    (
        "2016-11-29",
        "In Sheikh Maksood, Kurdish officials said about 4,000 people from the neighbouring "
        "rebel-held districts had arrived since the weekend.",
        {
            (
                "displacement",
                "East Aleppo -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-11-26",
                "2016-11-29",
            )
        },
    ),
    (
        "2016-11-30",
        "Thousands flee to Sheikh Maqsoud\n\nDozens of families from the neighbouring al-Hellouk "
        "district had crossed into Sheikh Maksood since Friday, a Kurdish official said.",
        {
            (
                "displacement",
                "Hellok -> Sheikh Maqsoud",
                "",
                "Kurdish official",
                "2016-11-25",
                "2016-11-30",
            )
        },
    ),
    # --- "the neighbourhood" is no landmark named before it; a side in its own positions
    (
        "2016-11-19",
        "The attackers advanced before dawn from the direction of the Hanano barracks and seized "
        "a handful of buildings on the eastern edge of the neighbourhood.",
        set(),
    ),
    (
        "2016-12-08",
        '"Our men are in their positions in Bab an-Naireb," a rebel commander said.',
        set(),
    ),
    # --- fighting told with a verb and a day before its place; "was pushing into"
    (
        "2016-12-13",
        "Fighting raged on Tuesday in al-Mashhed, where the militias were trying to push in "
        "from the south.",
        {("contested", "al-Mashhad", G, "", "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-12-14",
        "Instead, clashes flared again on Wednesday in Salahuddine and al-Amiriyya as "
        "pro-government forces tried to advance.",
        {
            ("contested", "Salaheddine", G, "", "2016-12-14", "2016-12-14"),
            ("contested", "al-Amiriyah", G, "", "2016-12-14", "2016-12-14"),
        },
    ),
    (
        "2016-12-13",
        "Syrian state television said Tuesday that the army was pushing into al-Zibdiyeh.",
        {("contested", "al-Zebdiyeh", G, SSM, "2016-12-13", "2016-12-13")},
    ),
    (
        "2016-12-06",
        "Residents said families from al-Shaar fled on foot on Monday toward al-Merjah, farther "
        "south, as the district fell.",
        {
            ("displacement", "al-Shaar -> al-Marja", "", "residents", "2016-12-05", "2016-12-05"),
            ("control_change", "al-Shaar", "", "residents", "2016-12-05", "2016-12-05"),
        },
    ),
    # --- a deed denied is no ground; a denial that names its place is not of every claim
    (
        "2016-11-29",
        "The YPG took Sheikh Fares on Sunday. Rebels accuse it of coordinating its moves with "
        "Damascus, a charge the Kurds deny. Kurdish officials also denied any coordination with "
        "the government.",
        {("control_change", "Sheikh Fares", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-12-08",
        "State media said the army had taken Bab al-Nerab, Sheikh Lotfy and al-Merja. Activists "
        "disputed that, saying rebels were still holding most of al-Merja this evening.",
        {
            ("control_change", "Bab al-Nairab", G, SSM, "2016-12-08", "2016-12-08"),
            ("control_change", "Sheikh Lutfi", G, SSM, "2016-12-08", "2016-12-08"),
            ("control_change", "al-Marja", G, SSM, "2016-12-08", "2016-12-08"),
            ("denial", "al-Marja", R, "activists", "2016-12-08", "2016-12-08"),
        },
    ),
    # --- a storming that broke the lines took the ground; "broke through with the fall of X"
    # names no side after it
    (
        "2016-12-17",
        "The collapse began on November 26, when regime troops stormed the Hanano housing "
        "district. On December 1 troops stormed al-Shaar, and fighting went on for days.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("contested", "al-Shaar", G, "", "2016-12-01", "2016-12-01"),
        },
    ),
    (
        "2016-12-18",
        "The ground offensive broke through on Nov. 26 with the fall of Hanano, the first "
        "district rebels had taken in 2012.",
        {("control_change", "Masaken Hanano", "", "", "2016-11-26", "2016-11-26")},
    ),
    # --- rebel group names written with a spaced article
    (
        "2016-12-06",
        "Syrian state media said troops had captured Karm al-Jabal. A spokesman for the Jaish Al "
        'Islam faction said his fighters were "still inside Karm Al Jabal and fighting".',
        {
            ("control_change", "Karm al-Jabal", G, SSM, "2016-12-06", "2016-12-06"),
            ("denial", "Karm al-Jabal", R, RO, "2016-12-06", "2016-12-06"),
        },
    ),
    # --- a window in a dated statement ends on the day it was said
    (
        "2016-12-06",
        "Russia's Defense Ministry said Monday that Syrian forces had liberated Karm al-Meyassar "
        "over the past 24 hours.",
        {
            (
                "control_change",
                "Karm al-Maysar",
                G,
                "Russian defence ministry",
                "2016-12-04",
                "2016-12-05",
            )
        },
    ),
    (
        "2016-12-09",
        "U.N. officials said Thursday that some 50,000 people had fled their homes in eastern "
        "Aleppo since Nov. 26.",
        {("displacement", "East Aleppo -> ", "", "UN", "2016-11-26", "2016-12-08")},
    ),
    # --- Turkish spellings: "Şeyh" is sheikh, "ı" an i, and h stands for the Arabic kh
    (
        "2016-11-28",
        "Russian Defence Ministry spokesman Igor Konashenkov said today that in the past 24 "
        "hours the SAA had liberated the es-Sahur, Hayderiye and Şeyh Hıdır neighbourhoods.",
        {
            ("control_change", place, G, "Russian defence ministry", "2016-11-27", "2016-11-28")
            for place in ("Sakhour", "Haidariya", "Sheikh Khodr")
        },
    ),
    (
        "2016-11-28",
        "PYD officials said their militia, the YPG, had moved into the Şeyh Faris district on "
        "Sunday after the gangs pulled out.",
        {("control_change", "Sheikh Fares", K, "Kurdish official", "2016-11-27", "2016-11-27")},
    ),
    # --- "had gone on to take"; a side in an aside about a place is no subject
    (
        "2016-11-28",
        "The Observatory said on Monday that regime forces and the militias had gone on to take "
        "Jebel Badru and Ba'ideen on Sunday.",
        {
            ("control_change", "Jabal Badro", G, "SOHR", "2016-11-27", "2016-11-27"),
            ("control_change", "Baadeen", G, "SOHR", "2016-11-27", "2016-11-27"),
        },
    ),
    (
        "2016-12-13",
        "Government forces took Sheikh Saeed, the last hilltop district in rebel hands, on "
        "Monday morning, and by the evening had also captured al-Ferdaws.",
        {
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
            ("control_change", "al-Fardous", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    # --- a fight that tells how long a capture took; "overnight to Monday"
    (
        "2016-12-06",
        "The Observatory said government forces captured al-Shaar on Monday after days of "
        "house-to-house fighting, along with the neighbouring Karm Katerji and Dahret Awwad "
        "districts.",
        {
            ("control_change", place, G, "SOHR", "2016-12-05", "2016-12-05")
            for place in ("al-Shaar", "Karm al-Qaterji", "Dahret Awwad")
        },
    ),
    (
        "2016-11-29",
        "A commander of the Levant Front admitted that his fighters had withdrawn overnight to "
        "Monday from Ard al-Hamrah and al-Insarat.",
        {
            ("control_change", place, G, RO, "2016-11-27", "2016-11-28")
            for place in ("Ard al-Hamra", "Inzarat")
        },
    ),
    # --- the side whose districts were swallowed is not the subject of the verbs after
    (
        "2016-12-22",
        "The offensive broke into the enclave at Hanano on Nov. 26, swallowed the rebels' "
        "northern districts, seized the Old City on Dec. 7 and took the hilltop of Sheikh "
        "Saied on Dec. 12.",
        {
            ("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "North of East Aleppo", G, "", "2016-11-26", "2016-11-26"),
            ("control_change", "Old City", G, "", "2016-12-07", "2016-12-07"),
            ("control_change", "Sheikh Saeed", G, "", "2016-12-12", "2016-12-12"),
        },
    ),
    # --- "had broken into the enclave at X"; a breach "in eastern Aleppo" takes no whole east
    (
        "2016-12-06",
        "On 26 November the troops had broken into the enclave at the Masaken Hanano housing "
        "estate. Regime forces have broken through rebel lines in eastern Aleppo.",
        {("control_change", "Masaken Hanano", G, "", "2016-11-26", "2016-11-26")},
    ),
    # --- Turkish spellings: v for the Arabic w ("Firdevs"), e for a ("Kerm")
    (
        "2016-12-10",
        "The army on Friday captured the Firdevs and Kerm el-Dada neighbourhoods.",
        {
            ("control_change", "al-Fardous", G, "", "2016-12-09", "2016-12-09"),
            ("control_change", "Karm al-Daadaa", G, "", "2016-12-09", "2016-12-09"),
        },
    ),
    # --- "the district" is the place left, not the one an aside locates it by
    (
        "2016-11-30",
        "After the rebels withdrew from Sheikh Khodr, south of Hanano, on Tuesday, Kurdish "
        "fighters moved into the district.",
        {("control_change", "Sheikh Khodr", K, "", "2016-11-29", "2016-11-29")},
    ),
    # --- a participle opening the clause names no subject; "terrorist" labels a named group
    (
        "2016-11-29",
        "Exploiting the army's advance, the terrorist organisation PYD seized Ain al-Tal on "
        "Sunday.",
        {("control_change", "Ain al-Tal", K, "", "2016-11-27", "2016-11-27")},
    ),
    (
        "2016-11-29",
        "Encouraged by the rebels' retreat, YPG fighters took over Bustan al-Basha on Monday.",
        {("control_change", "Bustan al-Basha", K, "", "2016-11-28", "2016-11-28")},
    ),
    # --- "the two neighbourhoods of X and Y" names them; it refers back to none
    (
        "2016-11-30",
        "Troops advanced in Sakhour. The army said on Monday it had taken the two "
        "neighbourhoods of Jandoul and Ain al-Tal.",
        {
            ("contested", "Sakhour", G, "", "2016-11-30", "2016-11-30"),
            ("control_change", "Jandoul", G, "Syrian army", "2016-11-28", "2016-11-28"),
            ("control_change", "Ain al-Tal", G, "Syrian army", "2016-11-28", "2016-11-28"),
        },
    ),
    # --- a change with its verb left out, the place's noun after its name
    (
        "2016-12-13",
        "Al-Shaar fell on December 5, and the Sheikh Saeed hill on December 12.",
        {
            ("control_change", "al-Shaar", "", "", "2016-12-05", "2016-12-05"),
            ("control_change", "Sheikh Saeed", "", "", "2016-12-12", "2016-12-12"),
        },
    ),
    # --- the Old City by its Arabic name
    (
        "2016-12-08",
        "The army captured Halab al-Qadima on Wednesday.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    # --- the Old City as "the old quarters" (Arabic reports in translation)
    (
        "2016-12-08",
        "The army took full control of the old quarters of Aleppo on Wednesday after the "
        "factions withdrew from them.",
        {("control_change", "Old City", G, "", "2016-12-07", "2016-12-07")},
    ),
    # --- a change with its verb left out, its place led by an adjective
    (
        "2016-12-12",
        "The army, which seized Tariq al-Bab on December 4 and the strategic Sheikh Lutfi hill "
        "on Saturday, pressed on.",
        {
            ("control_change", "Tariq al-Bab", G, "", "2016-12-04", "2016-12-04"),
            ("control_change", "Sheikh Lutfi", G, "", "2016-12-10", "2016-12-10"),
        },
    ),
    # --- sheikh in Turkish ("Şeyh") and French ("Cheikh")
    (
        "2016-12-12",
        "Regime forces captured Şeyh Lutfi on Sunday.",
        {("control_change", "Sheikh Lutfi", G, "", "2016-12-11", "2016-12-11")},
    ),
    (
        "2016-11-29",
        "The army captured Cheikh Khodr on Sunday.",
        {("control_change", "Sheikh Khodr", G, "", "2016-11-27", "2016-11-27")},
    ),
    # --- a truce "secured through" talks is no ground secured
    (
        "2016-12-17",
        "The truce in the besieged east of Aleppo, secured through Turkish diplomacy, began on "
        "Thursday.",
        set(),
    ),
    # --- a second move of the sentence, told with its end only, left where the first did
    (
        "2016-12-09",
        "More than 20,000 people fled the eastern districts for government-held areas this "
        "week, and thousands more found refuge in Sheikh Maqsoud.",
        {
            ("displacement", "East Aleppo -> West Aleppo", "", "", "2016-12-05", "2016-12-09"),
            ("displacement", "East Aleppo -> Sheikh Maqsoud", "", "", "2016-12-05", "2016-12-09"),
        },
    ),
    # --- "have taken the direction of X": people heading there, no ground taken
    (
        "2016-11-21",
        "Some families fled to the west. Others have taken the direction of Sheikh Maqsoud, "
        "the Kurdish district.",
        set(),
    ),
    # --- "In the Kurdish-run X district, officials said they had received ...": X hosts
    (
        "2016-12-10",
        "In the Kurdish-run Sheikh Maqsoud district, officials said on Friday that they had "
        "received 3,000 people from the eastern districts.",
        {("displacement", "East Aleppo -> Sheikh Maqsoud", "", "", "2016-12-09", "2016-12-09")},
    ),
    # --- "rebel fighters were still there": a denial of the change told of the place before
    (
        "2016-12-14",
        "A military source said on Tuesday that soldiers had entered Seif al-Dawla, and "
        "activists in the district said that rebel fighters were still there.",
        {
            ("control_change", "Seif al-Dawla", G, "Syrian army", "2016-12-13", "2016-12-13"),
            ("denial", "Seif al-Dawla", R, "activists", "2016-12-13", "2016-12-13"),
        },
    ),
    # --- a side's own "We are still in X" denies the change told of X
    (
        "2016-11-28",
        'State television reported that the army had taken Sakhour. "We are still in the '
        'western part of Sakhour," a rebel commander told Reuters.',
        {
            ("control_change", "Sakhour", G, "Syrian state media", "2016-11-28", "2016-11-28"),
            ("denial", "Sakhour", R, "rebel official", "2016-11-28", "2016-11-28"),
        },
    ),
    # --- sheikh in Dutch ("Sjeik")
    (
        "2016-12-09",
        "There was fighting on Thursday evening around Sjeik Saeed, the hill on the southern "
        "edge of the enclave.",
        {("contested", "Sheikh Saeed", "", "", "2016-12-08", "2016-12-08")},
    ),
    # --- security "and safety" restored to Aleppo, or its "return" announced: the whole east
    (
        "2016-12-23",
        'The Syrian army declared Thursday evening that it had restored "security and safety" '
        "to Aleppo.",
        {("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22")},
    ),
    (
        "2016-12-23",
        'The army announced on Thursday the "return of security and safety" to the city of Aleppo.',
        {("control_change", "East Aleppo", G, "Syrian army", "2016-12-22", "2016-12-22")},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=[c[1][:48] for c in CASES])
def test_report_events(published, text, expected):
    assert code_text(published, text) == expected


def test_agent_of_another_verb_is_not_the_taker():
    """ "The claim that X had fallen was dismissed ... by opposition activists": the
    activists dismiss the claim; they are not the side X fell to."""
    events = code_text(
        "2016-12-16",
        "The claim by state media that al-Sukkari had fallen was dismissed as propaganda by "
        "opposition activists.",
    )
    changes = [e for e in events if e[0] == "control_change"]
    assert changes and all(e[2] != R for e in changes)
