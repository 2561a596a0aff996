"""PEEL 2025, Staffordshire Police (fictional content), printed by headless Chromium.

Cases: a contents page naming two practices; a box with a coloured tab heading above it;
boxes marked only by a thick top rule and a bold heading (no fill, no side rules), one
with a numbered list; two boxes side by side in one row; a box with a star glyph before
its heading and a table of figures; a glossary defining "Innovative practice" and
"Promising practice". Decoys in the same styles.
"""

FORCE = "Staffordshire Police"
F = [FORCE]

REPORT = {
    "file": "peel-2025-staffordshire.pdf",
    "producer": "chromium",
    "theme": {"font": "'Liberation Sans', sans-serif", "size": "10pt", "ink": "#0f5a5a",
              "fill": "#e4f1f0", "fill2": "#9cc9c6"},
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy - "
             "An inspection of Staffordshire Police",
    "type": "peel",
    "forces": F,
    "published": "2026-01-29",
    "header": "PEEL 2025: An inspection of Staffordshire Police",
    "cover": {"kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
              "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                        "An inspection of Staffordshire Police"],
              "date": "29 January 2026"},
    "blocks": [
        ("contents", [
            ("Overall summary", 3),
            ("Responding to the public", 3),
            ("Innovative practice: Live video from callers at the scene", 3),
            ("Investigating crime", 4),
            ("Protecting vulnerable people", 4),
            ("Promising practice: Nurses in the control room for mental health calls", 4),
            ("Managing offenders", 4),
            ("Building, supporting and protecting the workforce", 5),
            ("Annex A: Glossary", 6),
        ]),
        ("break",),
        ("h1", "Overall summary"),
        ("p", "We inspected how well Staffordshire Police provides services to the public "
              "between April and September 2025. We graded the force in nine areas and found "
              "that it is good in four of them, adequate in three and requires improvement "
              "in two."),
        ("p", "We found innovative practice in the way the force lets call handlers see "
              "what is happening at an incident before officers arrive. The force has also "
              "made steady progress in how it investigates crime since our last inspection.",
         "decoy"),
        ("p", "The force needs to improve how it records the reasons for stop and search and "
              "how quickly it answers non-emergency calls at weekends."),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls promptly. In the year to June 2025 it "
              "answered 93 percent of 999 calls within ten seconds. Callers to 101 waited "
              "longer, with an average wait of four minutes on weekday evenings."),
        ("box", {"kind": "innovative", "style": "tab", "label": "Innovative practice",
                 "title": "Live video from callers at the scene", "forces": F,
                 "areas": ["Contact management", "Digital, data and technology"],
                 "expect": (3, 3),
                 "body": [
                     "When a caller reports an incident that is still going on, the call "
                     "handler can send a text message with a secure link. The caller taps "
                     "the link and the handler sees live video from the phone camera, with "
                     "the caller's permission and without any app to install.",
                     "Handlers use the pictures to judge how serious the incident is, to "
                     "spot weapons or injuries and to tell the officers who are on their way "
                     "what they will find. Nothing is recorded unless the handler presses a "
                     "button to keep the footage as evidence.",
                     "In the first five months the force used the link on 1,140 calls. "
                     "Supervisors changed the grade of the incident on about one call in "
                     "six after seeing the video, most often to send an officer sooner.",
                 ]}),
        ("box", {"kind": "afi", "style": "rule", "label": "Area for improvement",
                 "body": ["The force should make sure that callers to its non-emergency "
                          "number at weekends are answered within a reasonable time, and "
                          "that those who give up waiting are offered another way to "
                          "report."]}),
        ("break",),
        ("h1", "Investigating crime"),
        ("p", "Most investigations we reviewed were well supervised and victims were kept "
              "informed. Investigation plans were recorded in 41 of the 60 files we looked "
              "at, more than at our last inspection."),
        ("box", {"kind": "promising", "style": "rule", "label": "Promising practice",
                 "title": "A seven day plan for every new investigation", "forces": F,
                 "areas": ["Investigations"],
                 "expect": (4, 4),
                 "body": [
                     "Every crime given to an investigator now starts with the same short "
                     "plan, agreed with a sergeant within seven days. The plan has five "
                     "steps, which the investigator records on the crime system:",
                     ("ol", [
                         "Speak to the victim and agree how and when they will be updated.",
                         "List the lines of enquiry, such as witnesses, camera footage and "
                         "forensic evidence, with a date for each.",
                         "Decide whether the suspect should be arrested, interviewed by "
                         "appointment or released on bail.",
                         "Record any risk to the victim and what is being done about it.",
                         "Set the date of the first supervisory review.",
                     ]),
                     "Sergeants told us the plans make it easier to see which cases are "
                     "stuck. The share of investigations with no recorded activity for a "
                     "month fell from 19 percent to 7 percent in a year.",
                 ]}),
        ("p", "The force has enough trained detectives in most areas, but the team that "
              "investigates serious sexual offences has carried vacancies for over a year."),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the nature of vulnerability in its area and works well "
              "with councils and health services. Two examples from this work are below."),
        ("pair",
         {"kind": "promising", "style": "rule", "label": "Promising practice",
          "title": "Safety visits on the day of a domestic abuse arrest", "forces": F,
          "areas": ["Domestic abuse, VAWG and sexual offences", "Victim care"],
          "expect": (4, 4),
          "body": [
              "When a suspect is arrested for a domestic abuse offence, an officer from "
              "the safeguarding team visits the victim on the same day, while the suspect "
              "is still in custody.",
              "The officer fits a door alarm if it is needed, agrees a safe way to keep in "
              "touch and explains what will happen when the suspect is released. Victims "
              "who had a visit were far more likely to support a prosecution.",
          ]},
         {"kind": "promising", "style": "rule", "label": "Promising practice",
          "title": "Nurses in the control room for mental health calls", "forces": F,
          "areas": ["Vulnerability and mental health", "Contact management"],
          "expect": (4, 4),
          "body": [
              "Two mental health nurses work in the control room every evening, when most "
              "calls about people in crisis come in.",
              "They can see health records and speak to the caller or to the officers at "
              "the scene. Detentions under section 136 fell by a third in the first year, "
              "as more people were seen by a crisis team at home instead.",
          ]}),
        ("h1", "Managing offenders"),
        ("p", "The force manages registered sex offenders well and has cleared the backlog "
              "of home visits that we reported in 2023."),
        ("box", {"kind": "innovative", "style": "icon", "label": "Innovative practice",
                 "title": "Housing and work for the most prolific thieves", "forces": F,
                 "areas": ["Offender management"],
                 "expect": (5, 5),
                 "body": [
                     "The integrated offender management team chose the 40 people who had "
                     "committed the most shoplifting and vehicle crime in the county. Each "
                     "was offered a place in supported housing and a job placement with a "
                     "local employer, in return for keeping to a plan agreed with their "
                     "probation officer.",
                     "The team compared the year before and the year after each person "
                     "joined the scheme:",
                     ("table", [
                         ["Measure", "Year before", "Year after"],
                         ["Crimes charged", "412", "131"],
                         ["Arrests", "298", "102"],
                         ["Nights in stable housing", "3,150", "11,870"],
                     ]),
                     "Nine of the 40 people were in paid work at the end of the year.",
                 ]}),
        ("box", {"kind": "coc", "style": "icon", "label": "Cause of concern",
                 "body": ["The force does not always make sure that the risk posed by "
                          "people on licence is reviewed when they move to a new address. "
                          "Recommendation: within six months the force should check the "
                          "risk assessments of everyone on licence who has moved."]}),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "Officers and staff told us they feel valued, though many are tired after a "
              "long period of high demand."),
        ("box", {"kind": "promising", "style": "rule", "label": "Promising practice",
                 "title": "Peer supporters after traumatic incidents", "forces": F,
                 "areas": ["Workforce and wellbeing"],
                 "expect": (5, 5),
                 "body": [
                     "The force has trained 85 officers and staff as peer supporters. After "
                     "a fatal road collision, a sudden death of a child or a serious "
                     "assault on a colleague, a supporter contacts everyone who attended "
                     "within 24 hours.",
                     "The supporter checks how the person is coping, repeats the contact "
                     "after a week and a month, and can refer them straight to the "
                     "occupational health service without waiting for a manager.",
                 ]}),
        ("box", {"kind": "rec", "style": "tab", "label": "Recommendation",
                 "body": ["By June 2026, the force should review the workloads of its "
                          "investigators and make sure that supervisors have time to "
                          "check the wellbeing of their teams."]}),
        ("break",),
        ("glossary", "Annex A: Glossary", [
            ("Area for improvement", "A finding that the force needs to do better in a "
             "particular area. We do not make a formal recommendation."),
            ("Innovative practice", "An approach that is new to policing, that is showing "
             "good results and that other forces could learn from."),
            ("Integrated offender management", "A way of managing the people who commit "
             "the most crime, shared by police, probation and other partners."),
            ("Promising practice", "Work that a force is doing well and that is showing "
             "early signs of success, which other forces could consider."),
            ("Section 136", "The power of the police to take a person in a public place "
             "who appears to be in mental health crisis to a place of safety."),
        ]),
    ],
}
