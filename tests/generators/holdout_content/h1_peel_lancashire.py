"""Held-out report 1: PEEL force report, Chromium, tinted rounded boxes, contents page."""

F = "Lancashire Constabulary"

REPORT = {
    "file": "peel-2024-lancashire.pdf",
    "producer": "chromium",
    "style": "tinted",
    "title": "PEEL 2023–25: An inspection of Lancashire Constabulary",
    "meta_title": "PEEL 2023–25 Lancashire Constabulary",
    "type": "peel",
    "forces": [F],
    "published": "2024-09-05",
    "cover": {
        "kicker": "PEEL 2023–25",
        "lines": ["Police effectiveness, efficiency and legitimacy",
                  "An inspection of Lancashire Constabulary"],
        "date": "Published: 5 September 2024",
        "fieldwork": "Inspection fieldwork: 4 March – 22 March 2024",
    },
    "header": "PEEL 2023–25 | Lancashire Constabulary",
    "footer": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    "contents": True,
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "We are satisfied with some aspects of the performance of Lancashire Constabulary "
              "in keeping people safe, reducing crime and providing a service to victims, but "
              "there are areas in which the force needs to improve."),
        ("p", "The force has a clear plan for neighbourhood policing and its officers know their "
              "communities well. It is good at finding vulnerable people who go missing, and it "
              "makes effective use of its operational support teams to do so. But it takes too "
              "long to allocate some investigations, and supervisors do not always review "
              "investigation plans when a case has been open for several weeks."),
        ("p", "In this report we set out the force's grades, the examples of innovative and "
              "promising practice we found, and the areas in which the force should improve."),
        ("h1", "Preventing and deterring crime and antisocial behaviour"),
        ("p", "The force has invested in neighbourhood policing. Every ward has a named "
              "neighbourhood officer and a police community support officer (PCSO), and we found "
              "that abstraction of neighbourhood staff to cover response shifts has fallen since "
              "our last inspection."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A problem-solving academy for neighbourhood teams",
            "forces": [F], "force_line": None,
            "areas": ["Neighbourhood policing", "Workforce and wellbeing"],
            "body": [
                "The force runs a six-week problem-solving academy for neighbourhood officers and "
                "PCSOs. Each cohort brings a live local problem, such as repeat thefts from a "
                "retail park or nuisance motorcycles on an estate, and works through it with "
                "analysts and council officers using the scanning, analysis, response and "
                "assessment model.",
                "Graduates present their plans to the district commander and a panel of "
                "residents. Since the academy started, the number of problem-solving plans that "
                "record a measurable outcome has more than doubled, and the force now shares the "
                "best plans on its intranet so that other teams can copy them.",
            ],
        }),
        ("p", "The force works well with partners to tackle antisocial behaviour. Community "
              "safety partnerships share a single problem profile for each district, and we saw "
              "joint patrols with council wardens in Blackpool town centre."),
        ("h1", "Responding to the public"),
        ("p", "The force answers most emergency calls promptly. In the 12 months to March 2024, it "
              "answered 91 percent of 999 calls within 10 seconds. Its performance in answering "
              "non-emergency calls is weaker: on average, callers to 101 waited more than four "
              "minutes to speak to a call handler."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["The force should reduce the time that callers to its non-emergency number "
                     "wait before they speak to a call handler, and it should make sure that "
                     "callers who abandon their call are contacted again when they may be "
                     "vulnerable."],
        }),
        ("p", "When a vulnerable person is reported missing, the force deploys its resources "
              "quickly and makes good use of specialist teams."),
        ("box", {
            "kind": "innovative", "label": "Innovative Practice:",
            "title": "Drone teams on every shift for missing person searches",
            "forces": [F], "force_line": None,
            "areas": ["Roads and operational support", "Vulnerability and mental health"],
            "body": [
                "The force has trained officers from its roads and tactical units as remote pilots "
                "so that a drone team is available on every shift. When a high-risk missing "
                "person is reported, the control room inspector can deploy a drone straight away, "
                "without waiting for the national police air service.",
                "Drones carry thermal cameras and loudhailers. Search advisers use the live "
                "footage to clear open ground, rivers and woodland quickly and to direct officers "
                "on foot. In the first year the force used drones in more than 600 searches, and "
                "in 41 of them the drone team found the missing person.",
            ],
        }),
        ("h1", "Investigating crime"),
        ("p", "Most investigations we reviewed were effective, but too many were allocated late. "
              "Supervision of investigations was inconsistent, and in 14 of the 60 case files we "
              "looked at there was no record that a supervisor had reviewed the plan."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["The force does not make sure that investigations are allocated promptly to "
                     "officers with the right skills, or that supervisors review them often "
                     "enough. This means that evidence is sometimes lost and victims are not "
                     "kept informed."],
        }),
        ("p", "We found promising practice in how the force uses out-of-court resolutions for "
              "young adults, which we describe below.", "decoy"),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A scrutiny panel for out-of-court resolutions",
            "forces": [F], "force_line": None,
            "areas": ["Custody and criminal justice", "Fairness and legitimacy"],
            "body": [
                "Each quarter, a panel chaired by a magistrate examines a random sample of cases "
                "that the force has resolved by a community resolution or a conditional caution. "
                "The panel includes a victims' representative, a youth offending team manager "
                "and a member of the local Black and minority ethnic advisory group.",
                "The panel decides whether each outcome was appropriate and writes to the force "
                "with its findings. Officers whose decisions are questioned receive feedback "
                "from their supervisor. The force told us that the panel's work led it to "
                "change its guidance on the use of conditional cautions for possession of "
                "drugs.",
            ],
        }),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "Lancashire Constabulary has recruited many new officers in the last three years, "
              "and around a third of its constables have less than five years' service. The force "
              "has thought carefully about how to support them."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Professional tutor constables",
            "forces": [F], "force_line": None,
            "areas": ["Workforce and wellbeing", "Response policing"],
            "body": [
                "The force has created a permanent team of professional tutor constables. Tutors "
                "are selected through an assessment centre, are released from other duties, and "
                "each supports no more than two student officers at a time. They:",
                ["work the same shift pattern as their students for the first ten weeks of "
                 "independent patrol;",
                 "complete a structured assessment of each student's competence every month; and",
                 "meet a wellbeing lead to discuss students who are struggling."],
                "Student officers told us they felt well prepared, and the proportion of student "
                "officers leaving the force in their first two years has fallen.",
            ],
        }),
        ("p", "The force should continue to monitor the workload of its tutors, some of whom told "
              "us they worked long hours during busy periods."),
        ("h1", "Leadership and force management"),
        ("p", "The force understands the demand it faces and has a realistic plan to balance its "
              "budget over the next three years. Its chief officers are visible and staff told us "
              "they trusted them."),
    ],
}
