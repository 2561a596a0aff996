"""Held-out set 4, report 13: PEEL report, one force; LibreOffice converting a .docx whose
boxes are floating Word text boxes (wps:txbx in w:drawing anchors): one text box holding two
practices, a text box with a dark heading band over a tinted body, and two run-in practices in
the running text ("Innovative practice:" in bold at the start of a paragraph), one with a
bold title line above it and one without."""

F = "Wiltshire Police"

REPORT = {
    "file": "peel-2024-wiltshire.pdf",
    "producer": "libreoffice",
    "style": "wps",
    "title": "PEEL 2023–25: An inspection of Wiltshire Police",
    "meta_title": "PEEL 2023–25: Wiltshire Police",
    "type": "peel",
    "forces": [F],
    "published": "2024-07-11",
    "cover": {
        "kicker": "PEEL 2023–25",
        "lines": ["An inspection of Wiltshire Police",
                  "Police effectiveness, efficiency and legitimacy"],
        "date": "Published 11 July 2024",
    },
    "header": "PEEL 2023–25: Wiltshire Police",
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "We are satisfied with some aspects of the performance of Wiltshire Police in "
              "keeping people safe, reducing crime and providing a service to victims. But "
              "there are areas in which the force needs to improve, particularly in how "
              "quickly it answers calls from the public and in how it protects people at "
              "risk of domestic abuse."),
        ("p", "The force serves a largely rural county with a large military population and "
              "two growing towns, Swindon and Salisbury. Its neighbourhood teams know their "
              "communities well, and the force works closely with parish councils and "
              "community groups in the villages."),
        ("p", "We found promising practice in the way that the force involves rural "
              "communities in preventing crime, and we describe it in this report.", "decoy"),
        ("p", "In the 12 months to March 2024, the force recorded 46,200 crimes, about five "
              "percent more than in the previous year. Recorded rural crime, including theft "
              "of farm machinery and livestock, rose by 12 percent."),
        ("h1", "Preventing crime and antisocial behaviour"),
        ("p", "The force has a clear plan for neighbourhood policing, and it has protected "
              "the time of its neighbourhood officers and police community support officers "
              "(PCSOs). Abstraction of neighbourhood staff to cover response shifts fell from "
              "14 percent to six percent during the year."),
        ("p", "The force's rural crime team has grown from four officers to nine since our "
              "last inspection, and every neighbourhood team now has an officer trained in "
              "wildlife and heritage crime."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Village surgeries with the rural crime team",
            "forces": [F], "force_line": None, "variant": "panel",
            "areas": ["Neighbourhood policing", "Victim care"],
            "body": [
                "Each month the rural crime team holds a surgery in a different village hall, "
                "with the local neighbourhood officer, a crime prevention adviser and a "
                "volunteer from the farmers' union. Residents can report crimes, have "
                "equipment marked, and talk about problems that they would not ring the "
                "police about.",
                "The force records every concern raised at a surgery and reports back at the "
                "next one on what it has done. Attendance has grown to an average of 45 people, "
                "and reports of rural crime from the villages visited have risen, which the "
                "force regards as a sign of increased confidence.",
            ],
        }),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Community speed watch data used to target patrols",
            "forces": [F], "force_line": None, "variant": "panel",
            "areas": ["Roads and operational support", "Neighbourhood policing"],
            "body": [
                "Volunteers in 120 community speed watch groups record the details of "
                "speeding vehicles on a shared system that the roads policing unit can see. "
                "Analysts combine the data with collision reports to decide where officers "
                "should carry out enforcement each week.",
                "Drivers recorded three times are visited by a PCSO. In the villages where the "
                "scheme has run longest, average speeds have fallen by four miles an hour.",
            ],
        }),
        ("p", "The force should make sure that its neighbourhood teams in Swindon have the same "
              "access to analysts as the rural teams. Officers there told us they found it "
              "difficult to get the information they needed to tackle antisocial behaviour in "
              "the town centre."),
        ("break",),
        ("h1", "Responding to the public"),
        ("p", "The force does not answer emergency calls quickly enough. In the year to March "
              "2024 it answered 84 percent of 999 calls within ten seconds, below the national "
              "standard of 90 percent. Callers to 101 waited on average nearly six minutes, "
              "and one in five abandoned their call."),
        ("box", {
            "kind": "afi", "label": "Area for improvement", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "The force should answer emergency and non-emergency calls within national "
                "standards, and should make sure that it calls back people who abandon a call "
                "when there is a risk that they are vulnerable.",
            ],
        }),
        ("p", "Once a call is answered, call handlers assess the risk to the caller well. They "
              "use a structured risk assessment, and in most of the calls we listened to they "
              "gave sound advice on preserving evidence and on keeping safe."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice:", "title": "",
            "forces": [F], "force_line": None, "variant": "runin",
            "areas": ["Contact management", "Vulnerability and mental health"],
            "body": [
                "The force has linked its call handling system to its records of antisocial "
                "behaviour, so that when a caller reports antisocial behaviour the call "
                "handler is told at once if the caller, the address or the people complained "
                "about have been reported before. Callers who have reported three incidents "
                "in six months are flagged as repeat victims and referred to their "
                "neighbourhood team the next day, and the force told us that the number of "
                "repeat victims who later made a formal complaint has halved.",
            ],
        }),
        ("p", "The force attends most emergency incidents promptly. But it does not always "
              "attend lower-priority incidents when it says it will, and it does not always "
              "tell the caller when an appointment has to be rearranged."),
        ("break",),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the nature and scale of domestic abuse in the county. It "
              "works closely with the local authorities and specialist services, and its "
              "domestic abuse officers are well trained. But we found that risk assessments "
              "were not always reviewed when circumstances changed."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Tracking actions from domestic homicide reviews",
            "forces": [F], "force_line": None, "variant": "band",
            "areas": ["Domestic abuse, VAWG and sexual offences",
                      "Strategy, performance and resources"],
            "body": [
                "The force keeps a single register of every recommendation made to it by a "
                "domestic homicide review in the county since 2016, with a named owner and a "
                "date for each action. A detective chief inspector reviews the register each "
                "month and reports progress to the force's vulnerability board.",
                "The register showed that similar recommendations had been made in several "
                "reviews. The force has therefore:",
                ["trained all response officers to recognise coercive control;",
                 "made it routine to check for previous reports about the suspect at every "
                 "address they have lived at; and",
                 "asked the community safety partnerships to share the register with "
                 "health and housing services."],
            ],
        }),
        ("p", "The force uses its powers to protect victims, and it applied for 94 domestic "
              "violence protection orders during the year. But officers told us that they were "
              "not always confident about when to use stalking protection orders."),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "title": "", "forces": [],
            "force_line": None, "variant": "band",
            "body": [
                "The force does not always review the risk to victims of domestic abuse when "
                "their circumstances change. In 11 of the 40 cases we reviewed, a new incident "
                "had been reported but the risk assessment had not been updated, and in three "
                "of those the victim was not given the support that a higher risk level would "
                "have brought.",
            ],
        }),
        ("break",),
        ("h1", "Investigating crime"),
        ("p", "The force's investigations are mostly effective. Investigations are allocated "
              "to officers with the right skills, and most investigation plans we reviewed were "
              "thorough. The proportion of crimes resolved with a charge or summons rose "
              "slightly, to 7.2 percent."),
        ("p", "But the force has a backlog of complex investigations, some of which have been "
              "open for more than two years. Victims of these crimes told us they did not know "
              "what was happening to their case."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice:",
            "title": "Case reviews by retired detectives",
            "forces": [F], "force_line": None, "variant": "runin",
            "areas": ["Investigations", "Victim care"],
            "body": [
                "The force has recruited six retired detectives as part-time police staff to "
                "review investigations that have been open for more than a year. Each review "
                "ends with a written plan that the officer in the case must agree with a "
                "supervisor, and the reviewer checks after three months that the plan has "
                "been followed. The reviewers also telephone each victim to explain what will "
                "happen next. In the first nine months, 38 reviews led to a suspect being "
                "charged or the case being closed with the victim's agreement.",
            ],
        }),
        ("p", "The force should make sure that victims are told regularly how their case is "
              "progressing, as the Victims' Code requires."),
        ("h1", "Leadership and force management"),
        ("p", "The force's leaders have a clear understanding of the demand on the force and "
              "of its finances. The force has a realistic plan to balance its budget, and it "
              "has started a review of its contact centre to address the problems we found in "
              "call answering."),
        ("p", "Officers and staff told us that they felt supported by their supervisors, and "
              "that the force had improved the way it looks after their wellbeing."),
    ],
}
