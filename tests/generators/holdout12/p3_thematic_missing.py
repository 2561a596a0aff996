"""Thematic 2020 "Found safe" (fictional content), printed by headless Chromium.

Cases: the whole body is set in two columns (CSS columns); boxes are column wide with a
pale fill and a left rule; the older kinds "Notable practice" and "Good practice"; one box
starts at the foot of the right column and runs on at the top of the next page's left
column, with no repeated heading. Decoys (Area for improvement, Case study,
Recommendation) in the same style; an in-text mention.
"""

MERSEY, TV, KENT = "Merseyside Police", "Thames Valley Police", "Kent Police"
CLEVE, SY = "Cleveland Police", "South Yorkshire Police"

REPORT = {
    "file": "thematic-2020-missing.pdf",
    "producer": "chromium",
    "theme": {"font": "'DejaVu Sans', sans-serif", "size": "9pt", "ink": "#7a4a00",
              "fill": "#fbf3e2", "fill2": "#e0c48f"},
    "css_extra": ".col.split { -webkit-box-decoration-break: slice; "
                 "box-decoration-break: slice; }",
    "title": "Found safe: An inspection of how the police respond when people go missing",
    "type": "thematic",
    "forces": [MERSEY, TV, KENT, CLEVE, SY],
    "published": "2020-11-12",
    "header": "Found safe: how the police respond when people go missing",
    "cover": {"kicker": "HMICFRS",
              "lines": ["Found safe",
                        "An inspection of how the police respond when people go missing"],
              "date": "12 November 2020"},
    "blocks": [
        ("cols", True),
        ("h1", "About this inspection"),
        ("p", "Every year the police in England and Wales receive more than 300,000 reports "
              "of people who have gone missing. Most come home within a day, but some are "
              "at serious risk of harm, and children who go missing often are at risk of "
              "being exploited."),
        ("p", "We visited five forces between February and July 2020: Merseyside Police, "
              "Thames Valley Police, Kent Police, Cleveland Police and South Yorkshire "
              "Police. We reviewed 150 missing person cases and spoke to officers, staff, "
              "families and people who had been missing."),
        ("p", "Forces have improved since our last inspection of this subject. We saw "
              "notable practice in the way some forces share what children tell them when "
              "they come home, and in the planning of searches.", "decoy"),
        ("h1", "Children who go missing"),
        ("p", "Children made up more than half of the reports in the cases we reviewed. "
              "Many of them lived in children's homes, and a small number went missing "
              "again and again."),
        ("box", {"kind": "notable", "style": "col", "label": "Notable practice",
                 "title": "What children say when they come home, shared the same day",
                 "force_line": MERSEY, "forces": [MERSEY],
                 "areas": ["Child protection and exploitation"], "expect": (2, 2),
                 "body": [
                     "When a child comes home, a worker from the council talks to them "
                     "about where they went and who they were with. The force and the "
                     "council agreed that the worker sends a summary to the missing "
                     "person coordinator the same day.",
                     "The coordinator adds names, places and vehicles to the police "
                     "systems, so that the next time the child goes missing officers "
                     "know where to look first.",
                 ]}),
        ("box", {"kind": "afi", "style": "col", "label": "Area for improvement",
                 "body": ["Forces should make sure that the risk assessment for a missing "
                          "child takes account of what is known from earlier episodes, "
                          "and that it is reviewed by a supervisor."]}),
        ("p", "In two forces, supervisors did not always review the risk level when new "
              "information came in. In one case a child was graded as low risk for "
              "eleven hours although she had been seen getting into a car with an adult "
              "who was known to the police."),
        ("h1", "The first hours"),
        ("p", "What officers do in the first hours after a report matters most. In the "
              "cases we reviewed, officers usually searched the home address promptly, "
              "but they did not always check hospitals or the person's phone."),
        ("box", {"kind": "good", "style": "col", "label": "Good practice",
                 "title": "A first hour checklist for response officers",
                 "force_line": KENT, "forces": [KENT],
                 "areas": ["Response policing", "Vulnerability and mental health"],
                 "expect": (2, 2),
                 "body": [
                     "Officers sent to a missing person report follow a checklist on "
                     "their handheld devices. It asks them to search the house and "
                     "garden, take a recent photograph, collect the person's toothbrush "
                     "and record who saw them last.",
                     "The control room sees each step as it is completed. Supervisors "
                     "said they no longer had to call officers to find out what had been "
                     "done.",
                 ]}),
        ("p", "Most officers we spoke to knew how to grade the risk to a missing person, "
              "but fewer knew when to ask for specialist help. In three forces the search "
              "of open land was left to whichever officers were free."),
        ("p", "Searches of woodland, rivers and the coast need planning and trained "
              "people. Where a plan was made early, the person was usually found sooner."),
        ("box", {"kind": "notable", "style": "col", "label": "Notable practice",
                 "title": "A search adviser for every high risk case",
                 "force_line": TV, "forces": [TV],
                 "areas": ["Vulnerability and mental health",
                           "Roads and operational support"],
                 "expect": (2, 3), "variant": "split", "run": "right-to-left",
                 "body": [
                     "When a missing person is graded as high risk, a trained search "
                     "adviser joins the investigation within an hour, day or night. The "
                     "adviser uses what is known about the person, such as their health, "
                     "their habits and the places that matter to them, to draw up a "
                     "search plan.",
                     "The plan sets out which areas should be searched first and by whom: "
                     "officers on foot, dog handlers, the drone team, or volunteers from "
                     "the local lowland search and rescue team.",
                     "The adviser also keeps a record of what has been searched and how "
                     "thoroughly, so that areas are not searched twice and nothing is "
                     "missed when the shift changes.",
                     "In the year to March 2020, people at high risk were found on average "
                     "four hours sooner than in the year before the advisers started.",
                 ]}),
        ("p", "Families told us that the first hours were the hardest, and that they "
              "wanted to know what the police were doing."),
        ("box", {"kind": "case", "style": "col", "label": "Case study",
                 "title": "A man with dementia", "forces": [SY],
                 "body": ["An 82 year old man left his care home on a winter evening. "
                          "Officers found him four hours later in a bus shelter two miles "
                          "away, after a driver recognised him from a photograph."]}),
        ("h1", "Exploitation and county lines"),
        ("p", "Children who go missing often are at risk of being used to carry drugs for "
              "gangs who run county lines."),
        ("box", {"kind": "notable", "style": "col", "label": "Notable practice",
                 "title": "Missing episodes mapped against county lines",
                 "force_line": CLEVE, "forces": [CLEVE],
                 "areas": ["Serious and organised crime",
                           "Child protection and exploitation"],
                 "expect": (3, 3),
                 "body": [
                     "Analysts compare the places where missing children are found with "
                     "intelligence about drug lines. When a child is found in a town "
                     "linked to a line, the case is passed to the team that targets the "
                     "gang running it.",
                     "In one year this led to 14 warrants and the closure of four lines. "
                     "The children involved were referred to the national referral "
                     "mechanism as possible victims of modern slavery.",
                 ]}),
        ("h1", "Understanding demand"),
        ("box", {"kind": "good", "style": "col", "label": "Good practice",
                 "title": "Counting the cost of each missing episode",
                 "force_line": SY, "forces": [SY],
                 "areas": ["Strategy, performance and resources"],
                 "expect": (3, 3),
                 "body": [
                     "The force worked out how many officer hours an average missing "
                     "episode takes, from the first call to the return home interview. "
                     "It found that ten children's homes accounted for a quarter of all "
                     "the hours spent.",
                     "It used these figures in its force management statement to plan "
                     "staffing, and to agree with the council and the owners of the homes "
                     "how care staff would look for children before calling the police.",
                 ]}),
        ("box", {"kind": "rec", "style": "col", "label": "Recommendation",
                 "body": ["By May 2021, chief constables should make sure that they "
                          "understand how much demand missing person reports place on "
                          "their forces, and that they use this to plan."]}),
        ("cols", False),
    ],
}
