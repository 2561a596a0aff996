"""PEEL force report: Avon and Somerset Constabulary (US letter size, orange left-bar boxes,
'Publication date:' wording, contents with sections only)."""

F = "Avon and Somerset Constabulary"

REPORT = {
    "file": "peel-2023-avon-somerset.pdf",
    "title": "PEEL 2023–25: An inspection of Avon and Somerset Constabulary",
    "type": "peel",
    "forces": [F],
    "published": "2023-09-21",
    "cover_lines": ["Avon and Somerset Constabulary",
                    "Police effectiveness, efficiency and legitimacy",
                    "Publication date: 21 September 2023"],
    "style": {"page": "letter", "box": "bar", "box_stroke": "#D9661F", "accent": "#8A3B12",
              "bar_w": 7, "size": 10.5, "header": "Avon and Somerset Constabulary – PEEL "
              "2023–25", "footer": "Page {n}", "footer_align": "right", "cover": "side",
              "cover_color": "#D9661F", "margins": (72, 72, 72, 72), "force_line": "bold"},
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "Avon and Somerset Constabulary serves a population of around 1.8 million "
              "people, including the cities of Bristol and Bath and large rural areas in "
              "Somerset. We found that the force uses data well to understand its "
              "performance and that it has a clear commitment to fairness."),
        ("grades", [("Police powers and public treatment", "Good"),
                    ("Preventing crime", "Adequate"),
                    ("Responding to the public", "Requires improvement"),
                    ("Investigating crime", "Adequate"),
                    ("Protecting vulnerable people", "Good"),
                    ("Managing offenders", "Adequate"),
                    ("Developing a positive workplace", "Good"),
                    ("Leadership and force management", "Outstanding")]),
        ("h1", "Leadership and force management"),
        ("p", "The force has an outstanding understanding of its demand and of the "
              "capability of its workforce. Leaders at every level use data to make "
              "decisions."),
        ("box", {"kind": "innovative", "title": "A self-service data platform for every "
                                                "officer",
                 "area": "Digital, data and technology",
                 "also": ["Strategy, performance and resources"],
                 "body": [
                     "The force has developed a data platform that brings together "
                     "information from its crime, command and control, custody and HR "
                     "systems. More than 150 applications, known as dashboards, are "
                     "available to officers and staff on their desktop and mobile devices.",
                     "A neighbourhood sergeant can see the open investigations for their "
                     "team, the victims awaiting an update and the people wanted on "
                     "warrant. Senior leaders can see performance against the force's "
                     "priorities. Data is refreshed overnight and access is controlled so "
                     "that people see only what they need to.",
                 ]}),
        ("box", {"kind": "promising", "title": "Priority-based budgeting",
                 "area": "Strategy, performance and resources",
                 "also": ["Workforce and wellbeing"],
                 "body": [
                     "The force uses priority-based budgeting to review every team's budget "
                     "against the outcomes it delivers. Each review is led by a chief "
                     "officer, and options are scored for their effect on the public, the "
                     "workforce and risk.",
                     "The reviews have identified savings of £8.2 million over three years, "
                     "which the force has reinvested in investigators and in its control "
                     "room. The force publishes a summary of each review to its workforce.",
                 ]}),
        ("h1", "Police powers and public treatment"),
        ("p", "The force has a strong commitment to understanding and reducing "
              "disproportionality in the use of police powers. It publishes detailed data "
              "on stop and search and use of force by ethnicity."),
        ("box", {"kind": "innovative", "title": "Independent scrutiny of use of force",
                 "area": "Fairness and legitimacy",
                 "also": ["Professional standards and vetting"],
                 "body": [
                     "The force has set up an independent scrutiny panel that reviews "
                     "body-worn video of incidents where force was used, including the use "
                     "of handcuffs on children and the use of Taser. Panel members are "
                     "trained and vetted, and they represent the communities most affected "
                     "by the use of police powers.",
                     "The panel's findings are published. Where the panel has concerns, the "
                     "force's professional standards department reviews the case and feeds "
                     "back to the panel on the action taken. Officers we spoke to "
                     "understood why the panel existed and many had changed their practice "
                     "as a result of its feedback.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should make sure that officers record the use of "
                            "force accurately and that supervisors review these records."]}),
        ("h1", "Investigating crime"),
        ("p", "Investigations are generally allocated to appropriately trained staff, but "
              "the force has a shortage of detectives. It has taken steps to address this."),
        ("box", {"kind": "promising", "title": "Investigation hubs for volume crime",
                 "area": "Investigations", "also": ["Victim care"],
                 "body": [
                     "The force has created investigation hubs in each of its three areas "
                     "to investigate volume crime such as burglary, vehicle crime and "
                     "theft. Each hub includes investigators, analysts and a digital media "
                     "investigator, so that CCTV and phone evidence can be gathered "
                     "quickly.",
                     "Investigations are allocated to the hub within 24 hours of a crime "
                     "being reported. Victims receive an initial call from the investigator "
                     "and agree how they will be updated. The positive outcome rate for "
                     "residential burglary has risen from 4 percent to 9 percent.",
                 ]}),
        ("mention", "We saw innovative practice in the force's use of digital evidence "
                    "portals, which is described in our national report on digital "
                    "forensics.", "We saw innovative practice in the force's use of digital"),
        ("h1", "Developing a positive workplace"),
        ("p", "The force has a positive and inclusive culture. It has made good progress "
              "in increasing the diversity of its workforce."),
        ("box", {"kind": "promising", "title": "Support for neurodivergent officers and staff",
                 "area": "Workforce and wellbeing",
                 "also": ["Fairness and legitimacy"],
                 "body": [
                     "The force has introduced a neurodiversity passport. Officers and staff "
                     "who are neurodivergent, or think they may be, can record the "
                     "adjustments that help them work well, such as written instructions or "
                     "a quiet place to write reports. The passport moves with them when they "
                     "change role, so they do not have to explain their needs again.",
                     "The force has trained 200 managers in how to have supportive "
                     "conversations, and its neurodiversity staff network helped to design "
                     "the scheme.",
                 ]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["Within 12 months, the force should reduce the time victims wait "
                            "for a response to priority incidents."]}),
    ],
}
