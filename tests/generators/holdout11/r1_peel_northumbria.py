"""Report r1 of set 11: PEEL 2025, Northumbria Police (reportlab). Fictional."""

FORCE = "Northumbria Police"

_DIGITAL = [
    "Until 2023 the force kept its digital forensic capability in a central hub at its "
    "headquarters. Detectives sent devices there and waited, and most of the decisions "
    "about what to examine were taken weeks after the arrest, by people who had never "
    "spoken to the officer in the case.",
    "The force now places a digital media investigator in each of its three area "
    "investigation hubs. They sit with the detectives, join the morning briefing and are "
    "asked to every strategy meeting for a serious case on the day the case is allocated.",
    "At that first meeting the digital media investigator and the officer in the case "
    "agree which devices to seize, what the examination must answer and which material "
    "is likely to be relevant. They write this down as a short digital strategy that is "
    "kept with the crime record and reviewed by the supervisor.",
    "The strategy sets out, in plain terms, the questions that the examination has to "
    "answer. For a robbery this might be whether the suspect's phone was near the scene "
    "at the time; for a harassment case, which accounts sent the messages and when.",
    "Because the questions are agreed early, the hub no longer extracts everything from "
    "every phone. Examiners take the data the strategy asks for, and the force told us "
    "that this has cut the average size of an extraction by more than half.",
    "Victims benefit directly. Where a victim's own phone is needed as evidence, the "
    "digital media investigator explains what will be looked at and why, and in most "
    "cases the phone is examined at a kiosk while the victim waits and is handed back "
    "the same day.",
    "The force has placed twelve self-service kiosks in its busiest stations. Only "
    "officers who have passed a two-day course may use them, and each use is logged and "
    "sampled each month by the quality manager.",
    "The digital media investigators also advise on other sources that detectives may "
    "overlook, such as doorbell cameras, vehicle telematics, smart speakers, fitness "
    "watches and the location history held by online accounts.",
    "They have built a short guide for each common type of offence, telling officers "
    "what digital material is likely to exist, who holds it and how quickly it is "
    "likely to be deleted. Officers we spoke to used these guides and valued them.",
    "The force has changed its supervision to match. Sergeants in the investigation hubs "
    "check at the first review that a digital strategy exists where one is needed, and "
    "an inspector reviews any case in which the strategy has not been followed.",
    "Data from the hub is published each week on the force's performance dashboard. It "
    "shows how many devices are waiting, how long they have waited and which cases are "
    "held up, so that managers can move work between teams.",
    "When we inspected, the number of devices waiting for examination had fallen from "
    "1,140 in April 2023 to 310, and the average wait for a priority examination had "
    "fallen from 94 days to 19 days.",
    "The number of devices returned to their owners within a month of seizure had more "
    "than doubled, and complaints from victims about the loss of their phones, which had "
    "been a regular source of dissatisfaction, had almost stopped.",
    "Prosecutors told us that files now arrive with a clearer account of what each "
    "device showed and how that supports the case, which has reduced the number of "
    "requests for further work after charge.",
    "The time taken to charge suspects in cases that depended on digital evidence had "
    "also fallen. In the twelve months to March 2025 the median was 41 days, compared "
    "with 77 days in the twelve months before the change.",
    "Detectives told us that the biggest difference was being able to ask a specialist a "
    "question across the desk. One described how a conversation at the start of a "
    "burglary series led to a vehicle's satnav history that linked four offences.",
    "The force has begun to train a small number of detective constables as digital "
    "champions, so that each team has someone able to deal with routine requests, such "
    "as downloading footage from a shop's camera system.",
    "It has also agreed with the Crown Prosecution Service a shorter form for describing "
    "digital material in case files, which prosecutors told us was easier to review.",
    "The force intends to evaluate the model formally in 2026 with a university partner, "
    "looking in particular at whether it has changed outcomes for victims of rape and "
    "other serious sexual offences.",
    "Other forces in the region have visited the hubs, and the force has shared its "
    "offence guides and its training course with them at no cost.",
    "Leaders have protected the funding for the posts in the force's plans for the "
    "next three years, and the digital media investigators are now recruited from "
    "among experienced detectives as well as from technical specialists.",
    "We consider that the model could be adopted by other forces whose digital "
    "forensic work is held centrally, and we will follow the evaluation with interest.",
]

REPORT = {
    "file": "peel-2025-northumbria.pdf",
    "producer": "reportlab",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy - An inspection of "
             "Northumbria Police",
    "meta_title": "PEEL 2025 Northumbria Police",
    "type": "peel",
    "forces": [FORCE],
    "published": "2026-03-12",
    "header": "PEEL 2025: An inspection of Northumbria Police",
    "cover": {"kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue "
                        "Services",
              "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                        "An inspection of Northumbria Police"],
              "date": "12 March 2026"},
    "twocol": 9,
    "blocks": [
        ("contents", [
            ("Overview of findings", 3),
            ("Responding to the public", 3),
            ("Innovative practice: Timed call-backs for people waiting on the phone", 3),
            ("Preventing crime and anti-social behaviour", 4),
            ("Investigating crime", 5),
            ("Innovative practice: Digital investigators beside detectives", 5),
            ("Protecting vulnerable people", 7),
            ("Promising practice: Sexual violence advisers in the rape team", 7),
            ("Managing offenders and suspects", 8),
            ("Building, supporting and protecting the workforce", 9),
        ]),
        ("h1", "Overview of findings"),
        ("p", "We inspected Northumbria Police between September and November 2025. We "
              "found a force that understands the communities of Newcastle, Sunderland, "
              "Gateshead and Northumberland, and that has made real progress since our "
              "last inspection in how quickly it investigates crime."),
        ("p", "We graded the force good in four areas, adequate in three and requires "
              "improvement in two. It remains under pressure in its communications centre "
              "at peak times, and we have identified an area for improvement in how it "
              "records the reasons for stop and search."),
        ("p", "We found innovative practice in how the force uses digital specialists "
              "inside its investigation teams, which we describe later in this report.",
         "decoy"),
        ("h1", "Responding to the public"),
        ("p", "The force answers most emergency calls quickly. Non-emergency callers wait "
              "longer, particularly on Monday mornings and in the early evening, and the "
              "force has tried several ways to reduce the number who give up before they "
              "are answered."),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "forces": [FORCE],
                 "title": "Timed call-backs for people waiting on the phone",
                 "areas": ["Contact management"],
                 "expect": (3, 3),
                 "body": [
                     "When the queue on the non-emergency line is longer than eight "
                     "minutes, callers hear a recorded message offering them a call back "
                     "at a time they choose within the next four hours. The system keeps "
                     "their place and a call taker rings them at the agreed time.",
                     "Before the offer is made, an automated question asks whether anyone "
                     "is in danger now. Callers who say yes are moved to the front of the "
                     "emergency queue, and a supervisor reviews a sample of calls each week "
                     "to check that nobody at risk has been sent to a later slot.",
                     "In the six months after the change the proportion of non-emergency "
                     "callers who hung up before they were answered fell from 23 percent "
                     "to 8 percent. Nine in ten people who chose a slot were rung back "
                     "within five minutes of the time they asked for.",
                 ]}),
        ("p", "Once an incident is graded for attendance, the force sends officers to most "
              "of them within its target times. Its attendance at incidents graded as a "
              "priority has improved in urban areas but not in rural Northumberland."),
        ("p", "In the west of the county, officers can be more than forty minutes away from "
              "the nearest incident, and the force relies on a small number of rural "
              "officers who also carry out neighbourhood duties. It has started to record "
              "attendance times separately for rural and urban beats, so that it can see "
              "where the gaps are and whether its changes are working."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "Shift patterns redrawn around when incidents happen",
                 "areas": ["Response policing", "Strategy, performance and resources"],
                 "expect": (4, 4),
                 "body": [
                     "The force studied three years of incident records hour by hour and "
                     "found that its shift changes fell at two of the busiest times of the "
                     "day. Officers were leaving the road just as incidents peaked.",
                     "It moved the start and finish times of its patrol teams, added an "
                     "overlap shift from 6pm to 2am on Thursdays to Saturdays and created a "
                     "flexible car in each area that the duty inspector can send wherever "
                     "the queue of waiting incidents is longest.",
                     "The average time to arrive at the most urgent incidents in Newcastle "
                     "and Sunderland fell from 13 minutes to 10 minutes, and the number of "
                     "incidents waiting more than an hour for a unit halved.",
                 ]}),
        ("h1", "Preventing crime and anti-social behaviour"),
        ("p", "Neighbourhood teams are well known in their areas. Residents we met could "
              "name their ward officer, and most teams hold regular meetings where local "
              "people set the priorities for the coming months."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "Monthly estate surgeries with housing providers",
                 "areas": ["Neighbourhood policing"],
                 "expect": (4, 4),
                 "body": [
                     "On eleven estates with long-standing problems, ward officers and "
                     "housing officers hold a joint surgery each month in a community "
                     "centre. Tenants can raise nuisance, noise, drug dealing or vandalism "
                     "with both organisations at once.",
                     "Each problem raised is logged on a shared plan with a named owner "
                     "from the police or the landlord, and it stays on the plan until the "
                     "residents who raised it agree that it has been dealt with.",
                 ]}),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "forces": [FORCE],
                 "title": "Hospital injury data used to direct night-time patrols",
                 "areas": ["Serious violence", "Neighbourhood policing"],
                 "variant": "split",
                 "expect": (4, 5),
                 "body": [
                     "Many people injured in assaults never report them to the police. "
                     "The force and the region's violence reduction unit agreed with the "
                     "three main hospital trusts that emergency departments would share, "
                     "each week and without names, where and when patients were injured "
                     "and what kind of weapon was involved.",
                     "Analysts combine this with the force's own records of assaults and "
                     "weapon finds. Each Friday they produce a map of the twenty streets "
                     "and venues where injuries were most concentrated in the previous "
                     "month.",
                     "Patrols in the night-time economy are then directed to those places "
                     "at the hours the injuries happened. Officers stay for fifteen minutes "
                     "at a time and move on, a pattern the force chose because earlier "
                     "studies had shown that short, frequent visits deter violence better "
                     "than one long stay.",
                     "Youth workers funded by the unit work alongside the patrols on "
                     "Friday and Saturday nights, talking to young people who are found "
                     "carrying blades or who have been hurt, and offering them support "
                     "that continues after the weekend.",
                     "In the first year, admissions for assault with a sharp object in the "
                     "targeted areas fell by 31 percent, against a fall of 6 percent "
                     "elsewhere in the force area. The force and the unit have asked an "
                     "independent evaluator to test whether the fall has lasted.",
                     "Licensing officers use the same maps when they review the conditions "
                     "attached to late-night venues, and two premises have agreed to close "
                     "earlier after the data showed repeated injuries outside them.",
                 ]}),
        ("box", {"kind": "afi", "label": "Area for improvement",
                 "title": "",
                 "body": [
                     "The force should make sure that officers record the grounds for "
                     "every stop and search clearly enough for supervisors to judge "
                     "whether the search was lawful and justified.",
                 ]}),
        ("h1", "Investigating crime"),
        ("p", "The standard of investigation has improved since our last inspection. "
              "Supervisors now review most investigations within a day of allocation, and "
              "the files we looked at showed clearer plans and better recording of the "
              "victim's wishes."),
        ("p", "Caseloads in the area investigation hubs are manageable, and detectives told "
              "us that they have time to complete the enquiries their cases need. The "
              "force has also improved how it keeps suspects' bail under review."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "A weekly check on every suspect released without bail",
                 "areas": ["Investigations"],
                 "expect": (5, 5),
                 "body": [
                     "A detective inspector chairs a weekly meeting that looks at every "
                     "suspect who has been released under investigation for more than "
                     "ninety days. Each officer in the case must give the reason for the "
                     "delay and the date of the next action.",
                     "Where bail with conditions would better protect a victim, the "
                     "meeting asks the custody inspector to consider it. The number of "
                     "suspects released under investigation for more than six months fell "
                     "from 620 to 140 in a year.",
                 ]}),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "forces": [FORCE],
                 "title": "Digital investigators beside detectives",
                 "areas": ["Digital, data and technology", "Investigations"],
                 "variant": "split",
                 "expect": (5, 7),
                 "body": _DIGITAL}),
        ("box", {"kind": "coc", "label": "Cause of concern",
                 "title": "",
                 "body": [
                     "The force does not always make sure that victims of crime are "
                     "told within the required time when a suspect is charged, released "
                     "or has their bail conditions changed.",
                     "Recommendation: within six months, the force should make sure its "
                     "systems prompt officers to update victims at each of these points.",
                 ]}),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the nature of vulnerability in its area and works "
              "well with local authorities, health services and specialist charities."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "Sexual violence advisers in the rape team",
                 "areas": ["Domestic abuse, VAWG and sexual offences", "Victim care"],
                 "expect": (7, 7),
                 "body": [
                     "Two independent sexual violence advisers from a local charity work "
                     "in the same office as the force's rape and serious sexual offences "
                     "investigation team three days a week.",
                     "They meet each complainant early, often before the first full "
                     "interview, and can raise concerns about the investigation directly "
                     "with the detective sergeant. Fewer complainants now withdraw their "
                     "support: 38 percent in 2024-25, against 52 percent two years ago.",
                 ]}),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "Mental health nurses advising officers by radio",
                 "areas": ["Vulnerability and mental health", "Contact management"],
                 "expect": (7, 7),
                 "body": [
                     "From midday to midnight, two nurses from the local mental health "
                     "trust sit in the force's communications centre. They can see the "
                     "trust's records and speak to officers at a scene by radio or phone.",
                     "When officers are with someone in crisis, the nurse can tell them "
                     "whether the person is known to services, who their care coordinator "
                     "is and whether a place of safety is available. Often the nurse "
                     "arranges for a crisis team to visit instead of officers using their "
                     "powers to detain the person.",
                     "Detentions under section 136 of the Mental Health Act fell by a "
                     "quarter in the first year, and the time officers spent waiting at "
                     "hospitals with detained people fell by a third.",
                 ]}),
        ("h1", "Managing offenders and suspects"),
        ("p", "The force manages most of the people in its area who pose a risk of sexual "
              "harm well. Caseloads for its specialist officers are high but reducing."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "A psychologist joins the riskiest home visits",
                 "areas": ["Offender management"],
                 "expect": (8, 8),
                 "body": [
                     "The force has funded a forensic psychologist to work with the team "
                     "that manages people on the sex offenders register. The psychologist "
                     "reviews the risk plans of those assessed as very high risk and joins "
                     "officers on some of their visits.",
                     "Officers told us that this had helped them notice changes in "
                     "behaviour that suggested risk was rising, such as new relationships "
                     "with people who have children. The force has recorded eleven cases "
                     "in which it acted on the psychologist's advice to apply for a court "
                     "order restricting a person's contact with children.",
                 ]}),
        ("p", "The force's integrated offender management scheme now concentrates on "
              "people who commit neighbourhood crime, in line with the national strategy."),
        ("cols", True),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "Staff we spoke to were proud to work for the force, although many "
              "described heavy workloads. Sickness absence has fallen for two years."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [FORCE],
                 "title": "",
                 "areas": ["Workforce and wellbeing", "Child protection and exploitation"],
                 "expect": (9, 9),
                 "body": [
                     "Officers and staff who grade indecent images of children, or who "
                     "listen to recordings of abuse, have a confidential session with a "
                     "clinical psychologist every four months. They cannot opt out of the "
                     "first two sessions.",
                     "Team leaders are trained to notice the signs of trauma and can "
                     "refer anyone for extra sessions without giving a reason. Nobody "
                     "stays in these roles for more than five years without a review of "
                     "whether they should move.",
                     "In a survey of the teams, 84 percent said they felt the force "
                     "looked after them, up from 51 percent before the scheme began.",
                 ]}),
        ("p", "The force vets all its officers and staff to the required level and has "
              "cleared the backlog of renewals that we reported last time."),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "forces": [FORCE],
                 "title": "Searching the audit logs for misuse of systems",
                 "areas": ["Professional standards and vetting",
                           "Digital, data and technology"],
                 "expect": (9, 9),
                 "body": [
                     "The counter-corruption unit uses software that reads the audit logs "
                     "of the force's main systems each night. It flags officers who look "
                     "up people who share their address or surname, or who repeatedly "
                     "search for the same woman without a linked incident.",
                     "An analyst reviews each flag before anything is passed to an "
                     "investigator. In 2024-25 the checks led to nine investigations, "
                     "four of which concerned officers seeking relationships with victims.",
                 ]}),
        ("box", {"kind": "rec", "label": "Recommendation",
                 "title": "",
                 "body": [
                     "By September 2026, the force should review how it allocates "
                     "supervisors to new officers so that every probationer has a "
                     "sergeant who can give them regular feedback.",
                 ]}),
        ("h1", "Leadership and force management"),
        ("p", "The chief officer team has a clear plan for the next three years and has "
              "explained it well to the workforce. The force has balanced its budget for "
              "2025-26, although it expects a gap of around 11 million pounds by 2028."),
        ("p", "Its force management statement is thorough. It uses the statement to decide "
              "where to invest, and the choices it has made, such as the digital "
              "investigators and the new shift pattern, follow from what it found about "
              "demand."),
        ("p", "We will continue to monitor the force's progress through our regular "
              "contact with its senior leaders."),
        ("cols", False),
    ],
}
