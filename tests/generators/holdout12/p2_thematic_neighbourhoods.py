"""Thematic 2024 "Closer to communities" (fictional content), printed by WeasyPrint.

Cases: boxes whose kind heading, title and force line sit in a left-hand label column,
with the text in a right-hand column (no table); a practice in a shaded sidebar beside
running text; decoys (Case study, Recommendation) in the label-column style and a Cause
of concern in the sidebar style; an in-text mention.
"""

BEDS, WY, SUSSEX = "Bedfordshire Police", "West Yorkshire Police", "Sussex Police"
DORSET, NW, WARKS = "Dorset Police", "North Wales Police", "Warwickshire Police"

REPORT = {
    "file": "thematic-2024-neighbourhoods.pdf",
    "producer": "weasyprint",
    "cuts": (164, 333),  # the label column's right edge, the sidebar's left edge
    "theme": {"font": "'DejaVu Serif', serif", "size": "9.5pt", "ink": "#6a2c70",
              "fill": "#f3e9f4", "fill2": "#c9a6cc"},
    "title": "Closer to communities: An inspection of how well the police understand and "
             "work with the neighbourhoods they serve",
    "type": "thematic",
    "forces": [BEDS, WY, SUSSEX, DORSET, NW, WARKS],
    "published": "2024-09-05",
    "header": "Closer to communities",
    "cover": {"kicker": "HMICFRS thematic inspection",
              "lines": ["Closer to communities",
                        "An inspection of how well the police understand and work with the "
                        "neighbourhoods they serve"],
              "date": "Published 5 September 2024"},
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Between January and April 2024 we visited six forces: Bedfordshire Police, "
              "West Yorkshire Police, Sussex Police, Dorset Police, North Wales Police and "
              "Warwickshire Police. We spoke to more than 300 officers, staff and members of "
              "the public, and we reviewed 180 cases of anti-social behaviour."),
        ("p", "Neighbourhood teams in all six forces had lost officers to other work since "
              "2019. We found promising practice in the way that several forces have kept "
              "their teams rooted in the places they serve, and we describe it in the "
              "chapters that follow.", "decoy"),
        ("h1", "Knowing the neighbourhood"),
        ("p", "Officers who have worked in an area for a long time know its people and its "
              "problems. Forces that move officers often lose that knowledge."),
        ("box", {"kind": "promising", "style": "label", "label": "Promising practice",
                 "title": "Ward panels that choose three local priorities",
                 "force_line": BEDS, "forces": [BEDS],
                 "areas": ["Neighbourhood policing"], "expect": (2, 2),
                 "body": [
                     "In every ward, a panel of residents, councillors and local traders "
                     "meets the neighbourhood sergeant every three months and chooses three "
                     "problems for the team to work on until the next meeting.",
                     "The sergeant reports back on each priority at the following meeting, "
                     "and the results are posted on the force website. Panels have chosen "
                     "problems such as drug dealing in a car park, speeding outside a "
                     "school and damage to a bus shelter.",
                     "Residents we met said they could see the difference, and members of "
                     "the panels said they trusted the team more because they were told "
                     "what had happened.",
                 ]}),
        ("box", {"kind": "innovative", "style": "label", "label": "Innovative practice",
                 "title": "A street map of repeat calls", "force_line": WY, "forces": [WY],
                 "areas": ["Digital, data and technology", "Neighbourhood policing"],
                 "expect": (2, 2),
                 "body": [
                     "Analysts built a tool that joins calls from the public to the street "
                     "they came from, even when callers describe the place in different "
                     "ways. Each morning the tool shows neighbourhood teams the streets "
                     "where calls have risen over the past fortnight.",
                     "Teams now visit those streets before the problem grows. In the first "
                     "year the tool flagged 260 streets, and calls from two thirds of them "
                     "fell within three months of the first visit.",
                 ]}),
        ("box", {"kind": "case", "style": "label", "label": "Case study",
                 "title": "A parade of shops", "force_line": WY, "forces": [WY],
                 "body": ["Shopkeepers on a parade in Bradford told us that groups of young "
                          "people had gathered outside their shops every evening for a "
                          "year. The neighbourhood team worked with a youth club to open "
                          "later on Fridays."]}),
        ("h1", "Building trust"),
        ("p", "Trust in the police was lowest among young people and people from Black and "
              "minority ethnic communities in all six forces."),
        ("box", {"kind": "promising", "style": "label", "label": "Promising practice",
                 "title": "Young people review stop and search footage",
                 "force_line": SUSSEX, "forces": [SUSSEX],
                 "areas": ["Fairness and legitimacy", "Neighbourhood policing"],
                 "expect": (3, 3),
                 "body": [
                     "Every month a group of young people aged 16 to 21 watches body worn "
                     "video of stop and search encounters chosen at random. They tell the "
                     "officers involved what went well and what felt unfair.",
                     "The force trained the group and pays for their travel. Officers we "
                     "spoke to said the feedback had changed how they explain the reason "
                     "for a search, and complaints about searches fell by a quarter.",
                 ]}),
        ("box", {"kind": "rec", "style": "label", "label": "Recommendation",
                 "body": ["By March 2025, chief constables should make sure that the "
                          "scrutiny of stop and search in their force includes young "
                          "people and members of the communities most often searched."]}),
        ("h1", "Rural communities"),
        ("sidebar",
         {"kind": "promising", "label": "Promising practice",
          "title": "Drone patrols over remote farmland", "force_line": DORSET,
          "forces": [DORSET],
          "areas": ["Roads and operational support", "Neighbourhood policing"],
          "expect": (3, 3),
          "body": [
              "The rural crime team has two drone pilots who fly planned patrols over "
              "farms and heathland where machinery and livestock are often stolen.",
              "Farmers can ask for a patrol through a messaging group. Thefts of farm "
              "vehicles in the county fell from 61 to 38 in a year.",
          ]},
         ["People who live in villages told us that they rarely see an officer and that "
          "crimes against farms and rural businesses are not always taken seriously.",
          "All six forces have a rural crime team, but the teams are small. In Dorset the "
          "team covers more than 1,000 square miles with eight officers, and in North "
          "Wales the team shares its officers with the roads policing unit.",
          "Several forces have joined schemes in which farmers mark their equipment and "
          "share information about suspicious vehicles. The forces could not tell us "
          "whether these schemes had reduced crime."]),
        ("sidebar",
         {"kind": "coc", "label": "Cause of concern",
          "body": ["Forces do not know enough about crimes against rural communities, "
                   "because these crimes are not flagged in a consistent way on their "
                   "crime systems."]},
         ["We found that officers in four forces did not use the rural crime flag on "
          "their systems, so the forces could not count how many crimes were committed "
          "against farms.",
          "Without this information forces cannot decide how many officers their rural "
          "teams need or where they should patrol."]),
        ("break",),
        ("h1", "Preventing harm"),
        ("box", {"kind": "good", "style": "label", "label": "Good practice",
                 "title": "Emergency nurses in school knife crime lessons",
                 "force_line": NW, "forces": [NW],
                 "areas": ["Serious violence", "Child protection and exploitation"],
                 "expect": (4, 4),
                 "body": [
                     "School liaison officers deliver a lesson about knives to every pupil "
                     "in year 9 together with a nurse from the local emergency department.",
                     "The nurse explains what a stab wound does to the body and how "
                     "quickly a person can die. Pupils fill in a survey before and after, "
                     "and the share who said that carrying a knife makes them safer fell "
                     "from 14 percent to 4 percent.",
                 ]}),
        ("h1", "Keeping neighbourhood officers"),
        ("p", "Neighbourhood officers were often taken away to cover response shifts, and "
              "many PCSOs told us that they could not see a future in policing."),
        ("box", {"kind": "promising", "style": "label", "label": "Promising practice",
                 "title": "A route from PCSO to constable in the same ward",
                 "force_line": WARKS, "forces": [WARKS],
                 "areas": ["Workforce and wellbeing", "Neighbourhood policing"],
                 "expect": (4, 4),
                 "body": [
                     "PCSOs with two years of service can apply to train as constables "
                     "while keeping their pay. When they qualify they return to the "
                     "neighbourhood they know for at least two years.",
                     "Since 2022, 31 PCSOs have taken this route and 29 are still in "
                     "the force. Managers said the scheme had helped them keep experienced "
                     "staff and recruit PCSOs from a wider range of backgrounds.",
                 ]}),
        ("p", "We make one further recommendation, to the College of Policing, about the "
              "training that neighbourhood officers receive."),
    ],
}
