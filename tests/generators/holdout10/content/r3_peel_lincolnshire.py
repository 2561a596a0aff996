"""Report r3: PEEL 2021/22, Lincolnshire Police (python-docx, LibreOffice). Fictional."""

FORCE = "Lincolnshire Police"

RURAL_RESPONSE = {
    "kind": "innovative", "label": "Innovative practice",
    "title": "Placing response cars by travel time rather than by station",
    "force_line": None, "forces": [FORCE],
    "areas": ["Response policing", "Strategy, performance and resources"], "expect": (2, 2),
    "body": [
        "The force used two years of incident data and road travel times to work out "
        "where its response cars should wait between calls. Instead of returning to a "
        "station, crews on the east coast now park at one of 14 agreed points, such as "
        "fire stations and supermarket car parks, chosen so that most of the area can be "
        "reached within 20 minutes.",
        "The control room's dispatch screen shows the nearest available car. In the first "
        "six months the force attended 83 percent of emergency incidents in rural areas "
        "within its target time, up from 67 percent.",
    ],
}

STOP_SEARCH_PANEL = {
    "kind": "promising", "label": "Promising practice",
    "title": "Young people review body-worn video of stop and search",
    "force_line": None, "forces": [FORCE],
    "areas": ["Fairness and legitimacy"], "expect": (2, 2),
    "body": [
        "Every quarter a panel of 12 young people aged 16 to 21, recruited through "
        "colleges and youth clubs in Lincoln and Boston, watches body-worn video footage "
        "of 20 stops chosen at random by the force's scrutiny lead. They score each "
        "encounter on how the officer explained the grounds and treated the person.",
        "The panel's comments are fed back to the officers involved and their "
        "supervisors. The force has changed its training for new officers because of "
        "them, adding a session on how to open an encounter.",
    ],
}

DEMAND_MODEL = {
    "kind": "innovative", "label": "Innovative practice",
    "forces": [FORCE], "force_line": None,
    "areas": ["Strategy, performance and resources", "Workforce and wellbeing"],
    "expect": (3, 3),
    "grid": [
        ("Force", FORCE),
        ("Practice", "A model that tests shift patterns against forecast calls"),
        ("What the force did", [
            "The force's business improvement team built a model that forecasts calls "
            "for service by hour and by district for the coming year, using incident "
            "records, school holidays, events and the weather.",
            "Before agreeing any change to shift patterns, the force runs the proposed "
            "rota through the model to see how many incidents would wait for a unit.",
        ]),
        ("Result", "The force moved 22 officers from early to late shifts in 2021. "
                   "Queued incidents on Friday and Saturday evenings fell by a third, and "
                   "overtime spending fell by £310,000 in the year."),
    ],
}

DRONES = {
    "kind": "promising", "label": "Promising practice",
    "title": "Drones with thermal cameras in searches for missing people",
    "force_line": "Lincolnshire Police", "forces": [FORCE],
    "areas": ["Roads and operational support", "Vulnerability and mental health",
              "Digital, data and technology"],
    "expect": (3, 3),
    "body": [
        "The force has eight drones with thermal imaging cameras and 26 trained pilots, "
        "based with its roads policing and operational support teams. When a high-risk "
        "missing person report is made, the control room inspector can send a drone "
        "immediately, without waiting for the National Police Air Service.",
        "In 2021 drones were used in 147 searches. In 18 of them the drone found the "
        "person, often in fields or on the coast, and in one case a man with dementia "
        "was found in a drainage ditch after three hours in freezing weather.",
    ],
}

CLARES_LAW = {
    "kind": "promising", "label": "Promising practice",
    "title": "Disclosures under Clare's Law made in person within a week",
    "force_line": None, "forces": [FORCE],
    "areas": ["Domestic abuse, VAWG and sexual offences"], "expect": (3, 3),
    "body": [
        "The force has a small team that deals with every application under the domestic "
        "violence disclosure scheme. It aims to make a decision within seven days, well "
        "inside the national guidance of 35 days, and a trained officer makes each "
        "disclosure in person, together with an independent domestic violence adviser.",
        "In 2021 the team completed 512 applications, taking an average of six days. "
        "Of the people given a disclosure, 71 percent accepted support from the adviser.",
    ],
}

UPLOAD_LINK = {
    "kind": "promising", "label": "Promising practice",
    "title": "A secure link for victims to send their own digital evidence",
    "force_line": None, "forces": [FORCE],
    "areas": ["Digital, data and technology", "Investigations", "Victim care"],
    "expect": (4, 4),
    "body": [
        "Officers can send a victim or witness a text message with a secure link, through "
        "which they can upload photographs, video from a doorbell camera or screenshots "
        "of messages. The files go straight into the force's digital evidence store and "
        "are linked to the crime record.",
        "Victims no longer need to hand over their phones or wait for an officer to "
        "visit. In the year to March 2022 the force received 9,300 uploads, and the "
        "average time to obtain doorbell footage fell from eight days to one.",
    ],
}

AFI_CRIME = {
    "kind": "afi", "label": "Area for improvement",
    "body": [
        "The force should make sure that investigation plans are recorded and updated, and "
        "that supervisors review them at regular intervals.",
    ],
}

AFI_VULN = {
    "kind": "afi", "label": "Area for improvement",
    "body": [
        "The force needs to improve how it records the voice of the child when officers "
        "attend domestic abuse incidents.",
    ],
}

COC_CRIME = {
    "kind": "coc", "label": "Cause of concern",
    "body": [
        "The force isn't making sure that the evidence it needs to bring offenders to "
        "justice is gathered quickly, and too many victims withdraw their support.",
    ],
}

REPORT = {
    "file": "peel-2022-lincolnshire.pdf", "producer": "libreoffice", "twocol": 4,
    "title": "PEEL 2021/22: An inspection of Lincolnshire Police",
    "meta_title": "PEEL 2021/22 Lincolnshire Police",
    "type": "peel", "forces": [FORCE], "published": "2022-06-30",
    "header": "PEEL 2021/22 – Lincolnshire Police",
    "cover": {"kicker": "Police effectiveness, efficiency and legitimacy",
              "lines": ["PEEL 2021/22", "An inspection of Lincolnshire Police"],
              "date": "Published: 30 June 2022"},
    "blocks": [
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls promptly, and its call handlers use the "
              "THRIVE model to assess risk. Non-emergency callers wait too long at busy "
              "times, although online reporting is increasing."),
        ("p", "We found innovative practice in how the force decides where its response "
              "cars wait between calls across a large rural county.", "decoy"),
        ("box", RURAL_RESPONSE),
        ("p", "The force attends most incidents within its target times in towns. Officers "
              "are well supervised and know the risks posed by repeat callers."),
        ("h1", "Treatment of the public"),
        ("p", "The force uses stop and search fairly. Officers recorded reasonable grounds "
              "in 87 percent of the records we reviewed, and people from ethnic minority "
              "backgrounds are not searched disproportionately."),
        ("box", STOP_SEARCH_PANEL),
        ("break",),
        ("h1", "Good use of resources"),
        ("p", "The force has a clear understanding of its demand and plans its budget over "
              "four years. It has realistic plans to make savings of £4.2 million."),
        ("box", DEMAND_MODEL),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force recognises vulnerability well at first contact and refers people to "
              "partners. It responds quickly to people reported missing."),
        ("box", DRONES),
        ("box", CLARES_LAW),
        ("box", AFI_VULN),
        ("cols", True),
        ("h1", "Investigating crime"),
        ("p", "The force's investigations are not always effective. Of the 90 investigations "
              "we reviewed, 24 had no recorded plan, and supervisors did not always review "
              "them."),
        ("p", "The force makes good use of technology to gather evidence from victims and "
              "witnesses. Officers use body-worn video at almost every incident, and "
              "investigators can view footage from the crime record."),
        ("p", "Supervisors in the crime teams have too many investigations to review, and "
              "some told us that they check new cases but rarely return to older ones."),
        ("box", UPLOAD_LINK),
        ("box", COC_CRIME),
        ("p", "Digital forensic examinations are prioritised by risk, and the backlog of "
              "phones awaiting examination has fallen to 110."),
        ("box", AFI_CRIME),
        ("p", "Victims are usually offered a needs assessment and a referral to support "
              "services, although this is not always recorded."),
        ("h2", "Suspects and outcomes"),
        ("p", "The force arrests suspects promptly in most cases. It has reduced the number "
              "of suspects released under investigation, and officers record why bail "
              "conditions are needed."),
        ("p", "The proportion of crimes closed because the victim does not support further "
              "action is higher than in most forces. The force has started to review these "
              "cases to understand why victims withdraw, and has asked its victims' "
              "services provider to contact a sample of them."),
        ("p", "Officers told us they did not always have enough time to complete "
              "investigations, and a shortage of detectives means that some complex cases "
              "are allocated to uniformed officers with little experience of them."),
        ("p", "The force has plans to recruit 40 more detectives by 2023 through its "
              "detective degree-holder entry programme."),
        ("cols", False),
        ("numlist", "Summary of practice in this report", [
            ("9.1", "Response cars in rural areas wait at points chosen by road travel "
                    "time."),
            ("9.2", "A panel of young people reviews video of stop and search each "
                    "quarter."),
            ("9.3", "Shift patterns are tested against forecast calls before they change."),
            ("9.4", "Thermal imaging drones search for people reported missing."),
            ("9.5", "Clare's Law disclosures are made in person within a week."),
            ("9.6", "Victims upload their own digital evidence through a secure link."),
        ]),
    ],
}
