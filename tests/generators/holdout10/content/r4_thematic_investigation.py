"""Report r4: a 2019 thematic inspection of investigation (WeasyPrint; one page is then
replaced by a scanned image of itself). Older box headings: "Notable practice" and
"Good practice". Fictional findings."""

DURHAM, HANTS, CUMBRIA = "Durham Constabulary", "Hampshire Constabulary", "Cumbria Constabulary"
STAFFS, SURREY, LEICS = "Staffordshire Police", "Surrey Police", "Leicestershire Police"

DESK_INVESTIGATION = {
    "kind": "notable", "label": "Notable practice",
    "title": "Investigators in the control room who deal with crimes by telephone",
    "force_line": CUMBRIA, "forces": [CUMBRIA],
    "areas": ["Contact management", "Investigations"], "expect": (2, 2),
    "body": [
        "Cumbria Constabulary has placed a team of 16 investigators next to its call "
        "handlers. When a caller reports a crime that does not need an officer to attend, "
        "such as a theft from a shed or a bilking from a petrol station, the call is "
        "transferred to an investigator while the caller is still on the line.",
        "The investigator takes a full account, asks for CCTV and other evidence, and "
        "completes the initial enquiries the same day. In 2018 the team dealt with 31 "
        "percent of all recorded crime, and victims of these crimes were as satisfied as "
        "those visited by an officer.",
    ],
}

PEER_REVIEW = {
    "kind": "notable", "label": "Notable practice",
    "title": "Detectives from another department review a sample of each team's cases",
    "force_line": DURHAM, "forces": [DURHAM],
    "areas": ["Investigations"], "expect": (2, 2),
    "body": [
        "Every month, each detective inspector in Durham Constabulary reviews ten "
        "investigations chosen at random from a team that is not their own. They use a "
        "standard form covering the investigation plan, supervision, victim contact and "
        "the outcome, and discuss the findings with the team's sergeant.",
        "The results are reported to the force's crime standards board. Since the reviews "
        "began in 2017, the share of investigations with a clear plan has risen from 58 "
        "to 86 percent.",
    ],
}

KIOSKS = {
    "kind": "good", "label": "Good practice",
    "title": "Phone download kiosks in local stations",
    "force_line": STAFFS, "forces": [STAFFS],
    "areas": ["Digital, data and technology", "Investigations"], "expect": (3, 3),
    "body": [
        "Staffordshire Police has installed 12 self-service kiosks in its local stations "
        "so that trained officers can download messages and photographs from a phone "
        "while the owner waits. It trained 240 officers to use them and set rules on what "
        "may be downloaded, to avoid taking more of a victim's data than the case needs.",
        "Phones that used to wait four months for the digital forensic unit are now "
        "returned to most victims within an hour, and the unit has been able to "
        "concentrate on the most serious cases.",
    ],
}

SCENE_PCSOS = {
    "kind": "notable", "label": "Notable practice",
    "title": "PCSOs trained to examine the scenes of burglaries",
    "force_line": HANTS, "forces": [HANTS], "variant": "scan",
    "areas": ["Investigations", "Neighbourhood policing"], "expect": (4, 4),
    "body": [
        "Hampshire Constabulary has trained 60 police community support officers to "
        "recover fingerprints and DNA at the scenes of burglaries of sheds, garages and "
        "other buildings that are not homes. They attend within 24 hours and use the same "
        "kits as crime scene investigators.",
        "In the first year the PCSOs examined 2,910 scenes and recovered forensic material "
        "at 38 percent of them, which led to 171 suspects being identified. Crime scene "
        "investigators now spend more of their time at scenes of serious crime.",
    ],
}

VIDEO_CHARGING = {
    "kind": "good", "label": "Good practice",
    "title": "Charging advice by video link from custody",
    "force_line": HANTS, "forces": [HANTS],
    "areas": ["Custody and criminal justice", "Investigations"], "expect": (5, 5),
    "body": [
        "Hampshire Constabulary and the local Crown Prosecution Service have agreed that "
        "officers can discuss a charging decision with a prosecutor by video link from "
        "each custody suite. The officer shares the case file through the secure portal "
        "before the call, and the prosecutor can see the evidence while they talk.",
        "The average wait for a charging decision for a detained person fell from five "
        "hours to under two, and fewer suspects were released on bail while the force "
        "waited for advice.",
    ],
}

TUTORS = {
    "kind": "notable", "label": "Notable practice",
    "title": "Tutors for officers who are new to investigation",
    "force_line": SURREY, "forces": [SURREY],
    "areas": ["Workforce and wellbeing", "Investigations"], "expect": (5, 5),
    "body": [
        "Surrey Police gives every officer who joins a criminal investigation department "
        "an experienced detective as a tutor for their first six months. The tutor and "
        "the new investigator work the same shifts and review each case together, and "
        "the tutor signs off the investigator's portfolio for the national "
        "investigators' examination.",
        "The force told us that 92 percent of officers tutored in 2018 passed the "
        "examination at their first attempt, and that fewer detectives asked to leave "
        "the department in their first year.",
    ],
}

RUI_REVIEW = {
    "kind": "notable", "label": "Notable practice",
    "title": "", "force_line": LEICS, "forces": [LEICS],
    "areas": ["Investigations", "Custody and criminal justice", "Victim care"],
    "expect": (6, 6),
    "body": [
        "Leicestershire Police reviews every case where a suspect has been released under "
        "investigation for more than 90 days. A detective inspector meets the officer in "
        "charge each week and decides whether the suspect should be charged, bailed with "
        "conditions to protect the victim, or told that no further action will be taken.",
        "Victims are told the outcome of the review within two days. Between April and "
        "September 2019 the number of suspects under investigation for more than six "
        "months fell from 415 to 162.",
    ],
}

CASE_STUDY = {
    "kind": "case", "label": "Case study",
    "body": [
        "A woman reported that her ex-partner had sent her more than 300 messages in a "
        "week. The officer recorded the crime as malicious communications and closed it "
        "after one attempt to contact the suspect, without recognising the pattern as "
        "stalking.",
    ],
}

REC_PLANS = {
    "kind": "rec", "label": "Recommendation",
    "body": [
        "By June 2020, all forces should make sure that every investigation has a plan "
        "that is recorded on the crime record and reviewed by a supervisor."
    ],
}

REC_DIGITAL = {
    "kind": "rec", "label": "Recommendation",
    "body": [
        "Within 12 months, forces should assess how long victims wait for the return of "
        "digital devices and publish the results."
    ],
}

AFI_CAPACITY = {
    "kind": "afi", "label": "Area for improvement",
    "body": [
        "Forces should understand how many investigators they need and plan how to "
        "recruit and keep them, including detectives who are close to retirement.",
    ],
}

REPORT = {
    "file": "thematic-2019-investigation.pdf", "producer": "weasyprint",
    "title": "Getting it right first time: An inspection of the quality of crime "
             "investigation",
    "meta_title": "Getting it right first time",
    "type": "thematic", "forces": [CUMBRIA, DURHAM, STAFFS, HANTS, SURREY, LEICS],
    "published": "2019-11-14",
    "header": "Getting it right first time – HMICFRS",
    "css_extra": """
@page { margin: 22mm 24mm 22mm 24mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
h1 { font-family: 'Liberation Sans', sans-serif; color: #203864; font-size: 15pt; }
h2 { font-family: 'Liberation Sans', sans-serif; color: #203864; }
.box { border: 1.2pt solid #203864; background: #eef1f7; border-radius: 0; }
.box .kind { font-family: 'Liberation Sans', sans-serif; color: #203864; font-size: 11pt;
             text-transform: none; border-bottom: 0.5pt solid #203864; padding-bottom: 2pt; }
.box .force { font-style: normal; font-weight: bold; font-size: 9.5pt; color: #444; }
.cover .band { background: #203864; }
""",
    "cover": {"kicker": "HMICFRS thematic inspection",
              "lines": ["Getting it right first time",
                        "An inspection of the quality of crime investigation"],
              "date": "Published: 14 November 2019"},
    "blocks": [
        ("h1", "Initial investigation"),
        ("p", "We inspected six forces: Cumbria Constabulary, Durham Constabulary, "
              "Staffordshire Police, Hampshire Constabulary, Surrey Police and "
              "Leicestershire Police. We examined 600 crime files and spoke to more than "
              "400 officers, staff and victims."),
        ("p", "The first hour of an investigation matters. Where the first officer secured "
              "evidence and took a full account, cases were more likely to end with a "
              "suspect charged."),
        ("p", "We found notable practice in the way some forces deal with crime at the "
              "first point of contact.", "decoy"),
        ("box", DESK_INVESTIGATION),
        ("h1", "Investigation standards"),
        ("p", "Supervision of investigations was inconsistent. In 143 of the 600 files there "
              "was no record that a supervisor had reviewed the case after it was "
              "allocated."),
        ("box", PEER_REVIEW),
        ("box", REC_PLANS),
        ("h1", "Digital evidence"),
        ("p", "Almost every investigation now involves digital evidence. Victims of serious "
              "crime told us that being without their phone for months added to the harm "
              "they had suffered."),
        ("box", KIOSKS),
        ("box", REC_DIGITAL),
        ("box", CASE_STUDY),
        ("break",),
        ("h1", "Forensic science"),
        ("p", "Forces have reduced the number of crime scene investigators since 2010. "
              "Several now ask other staff to take on some of their work at less serious "
              "scenes."),
        ("box", SCENE_PCSOS),
        ("p", "The forces we visited had accredited their laboratories to the required "
              "standard, or were close to doing so."),
        ("break",),
        ("h1", "Charging and the criminal justice system"),
        ("p", "Delays in obtaining charging decisions from the Crown Prosecution Service "
              "mean that suspects are often released while officers wait."),
        ("box", VIDEO_CHARGING),
        ("h1", "Capacity and capability"),
        ("p", "Every force we inspected had fewer detectives than it needed. National "
              "figures show a shortfall of about 5,000 investigators."),
        ("box", AFI_CAPACITY),
        ("box", TUTORS),
        ("h1", "Suspects released under investigation"),
        ("p", "The use of release under investigation has grown since the Policing and "
              "Crime Act 2017, and many victims are not told what is happening."),
        ("box", RUI_REVIEW),
        ("p", "We also found that forces do not always tell victims when a suspect is "
              "released under investigation rather than on bail."),
    ],
}
