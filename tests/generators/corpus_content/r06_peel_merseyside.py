"""PEEL force report: Merseyside Police (two-column pages, unframed boxes set off by rule
lines, box split over a column/page, Helvetica 9pt, numbered-date cover wording)."""

F = "Merseyside Police"

REPORT = {
    "file": "peel-2024-merseyside.pdf",
    "title": "PEEL 2023–25: An inspection of Merseyside Police",
    "type": "peel",
    "forces": [F],
    "published": "2024-10-08",
    "cover_lines": ["Police effectiveness, efficiency and legitimacy 2023–25",
                    "Merseyside Police", "Published: 8 October 2024"],
    "style": {"cols": 2, "size": 9, "box": "rules", "accent": "#003A70",
              "box_stroke": "#003A70", "header": "PEEL 2023–25 Merseyside Police",
              "footer": "Page {n}", "margins": (50, 50, 66, 60), "cover": "band",
              "cover_color": "#003A70", "contents_practices": True, "hyphenate": True},
    "front_pages": [{
        "heading": "About this report",
        "paras": [
            "This report is one of a series of PEEL inspections of the 43 territorial police "
            "forces in England and Wales. PEEL stands for police effectiveness, efficiency and "
            "legitimacy.",
            "Our inspection fieldwork took place in April 2024. We reviewed 80 crime files, "
            "observed briefings and control room activity, and held focus groups with officers "
            "and staff from every local policing area.",
            "Practice that other forces may wish to consider is shown under the heading "
            "'Innovative practice' or 'Promising practice'.",
        ],
    }],
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "Merseyside Police serves 1.4 million people in Liverpool, Knowsley, Sefton, "
              "St Helens and Wirral. It is good at tackling serious and organised crime and "
              "at reducing serious violence, but it needs to improve how it investigates "
              "crime."),
        ("grades", [("Police powers and public treatment", "Good"),
                    ("Preventing crime", "Outstanding"),
                    ("Responding to the public", "Good"),
                    ("Investigating crime", "Requires improvement"),
                    ("Protecting vulnerable people", "Adequate"),
                    ("Managing offenders", "Good"),
                    ("Developing a positive workplace", "Adequate"),
                    ("Leadership and force management", "Good")]),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls quickly. Its performance in answering 101 "
              "calls has improved since our last inspection, largely because it has moved "
              "more demand to digital channels."),
        ("box", {"kind": "promising", "title": "Live chat triage",
                 "area": "Contact management", "also": ["Digital, data and technology"],
                 "body": [
                     "The force has introduced a live chat service on its website, staffed "
                     "by trained call handlers. Handlers use the same THRIVE risk assessment "
                     "as for telephone calls, and can escalate a chat to a 999 call if a "
                     "person is at risk.",
                     "Around a fifth of non-emergency contact now comes through live chat. "
                     "Handlers can manage three chats at once, and the force told us that "
                     "this had released the equivalent of 11 call handlers to answer the "
                     "telephone.",
                 ]}),
        ("p", "Response officers attend emergency incidents within the force's target times "
              "in most cases. We found innovative practice in how the force deploys its "
              "officers to the most serious incidents."),
        ("box", {"kind": "innovative", "title": "Dynamic deployment using live location data",
                 "area": "Response policing", "also": ["Digital, data and technology"],
                 "body": [
                     "Dispatchers can see the live location and status of every response "
                     "vehicle on a map. When an emergency incident is created, the command "
                     "and control system recommends the nearest available unit with the "
                     "right skills, such as a taser-trained officer or an advanced driver.",
                     "Officers are no longer tied to a fixed beat for the whole shift. "
                     "Average attendance times for emergency incidents in the year to March "
                     "2024 were 9 minutes 40 seconds, two minutes faster than two years "
                     "earlier.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should make sure that it attends priority incidents "
                            "within its published target times."]}),
        ("h1", "Tackling serious and organised crime"),
        ("p", "The force has an excellent understanding of the organised crime groups (OCGs) "
              "operating in its area and their links to firearms, drug supply and "
              "exploitation. It works closely with the North West Regional Organised Crime "
              "Unit and the National Crime Agency."),
        ("box", {"kind": "innovative", "title": "Project Lockstep: whole-system disruption of "
                                                "OCGs",
                 "area": "Serious and organised crime",
                 "also": ["Neighbourhood policing"],
                 "body": [
                     "Project Lockstep brings together the force's serious and organised "
                     "crime (SOC) teams, neighbourhood officers and partners such as housing "
                     "providers, HM Revenue and Customs and the local authorities' licensing "
                     "teams. Each mapped OCG has a lead responsible officer and a 4P plan: "
                     "pursue, prevent, protect and prepare.",
                     "Partners use their own powers to disrupt the groups, for example by "
                     "closing premises used for drug dealing, seizing vehicles without "
                     "insurance and recovering assets under the Proceeds of Crime Act. The "
                     "force records every disruption, and it can show a steady fall in the "
                     "threat posed by the groups it has targeted.",
                     "Neighbourhood officers tell communities what action has been taken, "
                     "which the force believes has increased the amount of intelligence the "
                     "public provides about organised crime.",
                 ]}),
        ("h1", "Preventing crime"),
        ("p", "The force and the Merseyside Violence Reduction Partnership have a shared "
              "strategy to reduce serious violence. The partnership has met the duties placed "
              "on it by the serious violence duty."),
        ("box", {"kind": "innovative", "title": "Hospital navigators and knife crime",
                 "area": "Serious violence", "also": ["Victim care"],
                 "body": [
                     "The force funds youth workers, known as navigators, who are based in "
                     "the emergency departments of the region's major trauma centre and the "
                     "children's hospital. The navigators speak to young people who attend "
                     "with stab wounds or other injuries caused by violence, usually within "
                     "hours of their arrival.",
                     "They offer practical help with housing, education and employment, and "
                     "help the young person to leave the group or situation that led to the "
                     "injury. The navigators share anonymised information with the force, "
                     "which uses it to identify locations where violence is happening but not "
                     "being reported.",
                 ]}),
        ("h1", "Managing offenders"),
        ("p", "The force manages registered sex offenders well and has no backlog of visits. "
              "Its integrated offender management (IOM) scheme is well established."),
        ("box", {"kind": "promising", "title": "Neighbourhood-based IOM",
                 "area": "Offender management", "also": ["Neighbourhood policing"],
                 "body": [
                     "The force has moved its IOM officers into neighbourhood teams, so that "
                     "officers who know the local area manage the people most likely to "
                     "commit neighbourhood crime such as burglary and vehicle crime. Each "
                     "officer works with a probation practitioner and a drug and alcohol "
                     "worker.",
                     ["Cohort members are assessed every quarter using a reoffending "
                      "matrix.",
                      "Officers use electronic monitoring of acquisitive offenders to check "
                      "compliance with curfews and exclusion zones.",
                      "Information about cohort members is shared with neighbourhood teams "
                      "at daily briefings."],
                 ]}),
        ("mention", "An example of promising practice in the management of sex offenders "
                    "is described in our national report on the topic.",
         "An example of promising practice in the management of sex offenders"),
        ("h1", "Investigating crime"),
        ("p", "The force needs to improve the way it investigates crime. In too many of the "
              "cases we reviewed, investigations were not supervised effectively and "
              "reasonable lines of enquiry were not followed. Some victims waited weeks for "
              "officers to contact them."),
        ("p", "The number of suspects released under investigation has fallen, but we found "
              "that bail conditions were not always reviewed before they expired. The force "
              "has a backlog of digital devices waiting to be examined, which is delaying "
              "investigations."),
        ("decoy", {"kind": "Cause of concern",
                   "body": ["The force does not make sure that investigations are carried out "
                            "in a timely and effective manner and that victims receive an "
                            "appropriate service."]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["Within six months, the force should make sure that supervisors "
                            "review investigations regularly and record clear direction."]}),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force identifies vulnerability at first contact well. Officers use the "
              "THRIVE model and we found that most incidents involving vulnerable people were "
              "correctly graded. The force works well with partners through its MASH, but "
              "there are delays in completing strategy discussions for children at risk."),
        ("p", "The force has introduced Right Care, Right Person. It is too early to assess "
              "its effect, and we will return to it in our next inspection."),
        ("h1", "Developing a positive workplace"),
        ("p", "The force has a positive culture. It understands the wellbeing needs of its "
              "workforce, although demand on investigators remains high."),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should make sure that the workloads of its "
                            "investigators are manageable."]}),
    ],
}
