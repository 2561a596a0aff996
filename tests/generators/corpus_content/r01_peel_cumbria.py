"""PEEL force report: Cumbria Constabulary (shaded boxes, contents with practice entries,
footnotes, fieldwork date on the cover, About-this-report page)."""

F = "Cumbria Constabulary"

REPORT = {
    "file": "peel-2024-cumbria.pdf",
    "title": "PEEL 2023–25: An inspection of Cumbria Constabulary",
    "cover_title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy",
    "type": "peel",
    "forces": [F],
    "published": "2024-06-14",
    "cover_lines": [
        "An inspection of Cumbria Constabulary",
        "Published on: 14 June 2024",
        "Inspection fieldwork: 12–16 February 2024",
    ],
    "style": {"header": "PEEL 2023–25: Cumbria Constabulary", "footer": "Page {n}",
              "contents_practices": True, "hyphenate": True, "margins": (62, 62, 72, 92),
              "box": "fill", "box_fill": "#E4EEF7", "accent": "#1D4F91"},
    "front_pages": [{
        "heading": "About this report",
        "paras": [
            "This report sets out our findings from our inspection of Cumbria Constabulary. "
            "It is one of a series of PEEL (police effectiveness, efficiency and legitimacy) "
            "inspections of the 43 police forces in England and Wales.",
            "We assess forces against the characteristics of good policing and grade them on "
            "a five-tier scale: outstanding, good, adequate, requires improvement and "
            "inadequate. Our judgments are based on the evidence we gathered during our "
            "fieldwork, which took place in February 2024, and on data the force provided.",
            "Where we find practice that other forces could learn from, we describe it in a "
            "box headed 'Innovative practice' or 'Promising practice'. Areas for improvement "
            "are shown in separate boxes.",
        ],
    }],
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "We are satisfied with some aspects of the performance of Cumbria Constabulary "
              "in keeping people safe and reducing crime, but there are areas in which the force "
              "needs to improve. Our judgments for each area of policing are set out below."),
        ("grades", [
            ("Police powers and public treatment", "Good"),
            ("Preventing crime", "Good"),
            ("Responding to the public", "Adequate"),
            ("Investigating crime", "Adequate"),
            ("Protecting vulnerable people", "Good"),
            ("Managing offenders", "Adequate"),
            ("Developing a positive workplace", "Good"),
            ("Leadership and force management", "Requires improvement"),
        ]),
        ("p", "The force polices the largest geographical area in the North West of England, "
              "much of it rural and sparsely populated. Its population of around half a "
              "million people increases considerably during the summer months because of "
              "tourism in the Lake District.[[fn:Office for National Statistics mid-year "
              "population estimates, 2022.]]"),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls promptly. In the year to September 2023 it "
              "answered 93 percent of 999 calls within ten seconds, which is above the national "
              "standard. Performance in answering non-emergency 101 calls is less consistent, "
              "and the abandonment rate rose during the summer."),
        ("p", "We found innovative practice in how the force is making it easier for people "
              "to contact it without waiting on the telephone. This is described below."),
        ("box", {"kind": "innovative", "title": "Video call-backs for non-emergency contact",
                 "area": "Contact management", "also": ["Victim care"],
                 "body": [
                     "The force has introduced a video call-back service in its command and "
                     "control room. When a caller reports a non-urgent incident, the call "
                     "handler can offer an appointment with an officer by secure video link "
                     "instead of a visit. The appointment is booked while the caller is still "
                     "on the line, and a text message confirms the time.",
                     "Officers working from the resolution centre take statements, view "
                     "damage and record crimes during the call. We found that callers in "
                     "remote communities, who might otherwise have waited days for an officer "
                     "to travel to them, were seen on average within 26 hours. The force "
                     "estimates that the service has saved approximately 4,000 hours of "
                     "patrol time in its first year.",
                 ]}),
        ("p", "The force uses the THRIVE model to assess risk at first contact. Call handlers "
              "we spoke to understood it well, although we found that repeat callers were not "
              "always identified."),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should make sure that call handlers identify repeat "
                            "and vulnerable callers at the first point of contact and that "
                            "this is recorded on the incident log."]}),
        ("h1", "Preventing crime"),
        ("p", "Neighbourhood teams are well established across the county's six districts. "
              "The force has protected the number of police community support officers, and "
              "neighbourhood officers are rarely taken away from their core role to cover "
              "response shifts."),
        ("box", {"kind": "promising", "title": "Problem-solving with parish councils",
                 "area": "Neighbourhood policing", "also": ["Fairness and legitimacy"],
                 "body": [
                     "Neighbourhood teams in the Eden and South Lakeland districts have set "
                     "up problem-solving partnerships with parish and town councils. Each "
                     "partnership agrees up to three local priorities a quarter, such as "
                     "speeding through villages, anti-social behaviour (ASB) at holiday "
                     "parks, or thefts of farm machinery.",
                     "Officers use the SARA model to analyse each problem and agree "
                     "actions with partners. Progress is published on the force website "
                     "and discussed at open meetings. Parish councillors told us they now "
                     "felt that the police listened to them and that their communities were "
                     "better informed about what neighbourhood officers were doing.",
                 ]}),
        ("h1", "Investigating crime"),
        ("p", "The standard of investigations is generally adequate. Most investigations we "
              "reviewed were allocated to the right team and supervised, but we found that "
              "some victims were not updated regularly and that the force did not always "
              "record whether victims had been offered their rights under the Victims' "
              "Code.[[fn:The Code of Practice for Victims of Crime in England and Wales, "
              "Ministry of Justice, 2020.]]"),
        ("p", "Officers and staff have access to good investigative advice. The force has "
              "trained more detectives through its accelerated detective programme."),
        ("box", {"kind": "promising", "title": "A single victim care hub",
                 "area": "Victim care", "also": ["Investigations"],
                 "body": [
                     "The force has brought its victim and witness care unit and its "
                     "commissioned victim support service together in one hub. Every victim "
                     "who reports a crime is contacted by the hub within 48 hours. Hub staff "
                     "complete a needs assessment and agree with the victim how and how often "
                     "they want to be updated.",
                     "Investigating officers record updates on the crime system, and the hub "
                     "checks that these have been made. If an update is overdue, the hub "
                     "contacts the officer's supervisor. The hub also explains outcomes such "
                     "as released under investigation (RUI) and what they mean for the "
                     "victim.",
                     "In a survey the force carried out after the hub opened, 81 percent of "
                     "victims said they were satisfied with how they had been kept informed, "
                     "up from 64 percent the year before. We found that the hub had "
                     "improved compliance with the Victims' Code, particularly for "
                     "victims of domestic abuse and hate crime.",
                 ]}),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the nature and scale of vulnerability in the county. It "
              "works well with partner organisations through its multi-agency safeguarding "
              "hub (MASH), and referrals are generally made promptly."),
        ("mention", "There is notable practice in the way the MASH shares information with "
                    "schools, but this had not been evaluated at the time of our inspection.",
         "There is notable practice in the way the MASH shares information"),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "The force has a positive culture and its workforce told us they felt valued. "
              "It has invested in occupational health and in support for people exposed to "
              "traumatic incidents."),
        ("box", {"kind": "innovative", "title": "Trauma risk management in the control room",
                 "area": "Workforce and wellbeing",
                 "body": [
                     "The force has extended its trauma risk management (TRiM) process to "
                     "call handlers and dispatchers. Control room staff often hear distressing "
                     "incidents unfold but, unlike officers, did not previously receive a "
                     "structured follow-up.",
                     "The force's wellbeing team now receives an automatic notification when a "
                     "call handler deals with a death, a serious injury or a call involving a "
                     "child at risk. A trained TRiM practitioner contacts the member of staff "
                     "within 72 hours. Staff we spoke to valued the approach, and sickness "
                     "absence in the control room has fallen.",
                 ]}),
        ("h1", "Roads and operational support"),
        ("p", "The county's road network includes the M6 and many rural A roads that attract "
              "large numbers of visiting motorcyclists. Road deaths remain a concern for the "
              "force and its partners."),
        ("box", {"kind": "promising", "title": "Operation Fellside: rural road safety",
                 "area": "Roads and operational support", "also": ["Neighbourhood policing"],
                 "body": [
                     "Operation Fellside is a joint roads policing and neighbourhood operation "
                     "that runs from April to September on routes with the highest numbers of "
                     "people killed or seriously injured. It includes:",
                     ["targeted patrols by roads policing officers and specials at weekends;",
                      "engagement events with motorcyclists at cafés and viewpoints, delivered "
                      "with the fire and rescue service;",
                      "community speed watch groups trained and supported by neighbourhood "
                      "officers; and",
                      "use of dashcam footage submitted by the public through an online "
                      "portal."],
                     "In the first two years of the operation, serious collisions involving "
                     "motorcyclists on the targeted routes fell by a quarter.",
                 ]}),
        ("h1", "Leadership and force management"),
        ("p", "The force has a clear understanding of current demand but its plans to meet "
              "future demand are underdeveloped. Its force management statement does not yet "
              "link its workforce plan to its financial plan."),
        ("decoy", {"kind": "Cause of concern",
                   "body": ["The force does not have a sufficiently clear understanding of "
                            "the demand it faces or the capacity and capability of its "
                            "workforce to meet that demand."]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["By 31 March 2025, the force should develop a strategic plan "
                            "that links its workforce, financial and estates plans to its "
                            "assessment of future demand."]}),
    ],
}
