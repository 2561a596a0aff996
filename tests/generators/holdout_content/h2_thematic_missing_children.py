"""Held-out report 2: thematic, Chromium, two-column pages with left-bar callouts.

Kind headings are not bold but larger and coloured; one box has no title line; no running
header or footer at all; month-only date.
"""

NB = "Northumbria Police"
KE = "Kent Police"
TV = "Thames Valley Police"
GM = "Greater Manchester Police"

REPORT = {
    "file": "thematic-2024-missing-children.pdf",
    "producer": "chromium",
    "style": "leftbar",
    "title": "Found but not safe: an inspection of the police response to missing children",
    "meta_title": "Found but not safe: the police response to missing children",
    "type": "thematic",
    "forces": [NB, KE, TV, GM],
    "published": "2024-09",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Found but not safe",
                  "An inspection of the police response to missing children"],
        "date": "September 2024",
        "fieldwork": "Fieldwork carried out between January and April 2024 in eight forces",
    },
    "contents": False,
    "blocks": [
        ("h1", "Summary"),
        ("p", "Every year, police forces in England and Wales receive tens of thousands of reports "
              "of children who have gone missing. Most come home quickly and unharmed. But a "
              "missing episode is often a sign that something is wrong in a child's life, and "
              "children who go missing repeatedly are at greater risk of sexual and criminal "
              "exploitation."),
        ("p", "We inspected eight forces to find out how well they respond when a child goes "
              "missing, how they assess the risk to the child, and what they do to stop it "
              "happening again. We found committed officers and staff, and some practice that "
              "other forces could learn from. But we also found that too many forces still "
              "treat the return of a child as the end of the matter."),
        ("p", "We found innovative practice in some forces' use of data to plan searches, but "
              "this was not yet common.", "decoy"),
        ("h1", "Reporting and risk assessment"),
        ("h2", "The first call"),
        ("p", "Call handlers in all the forces we inspected used a structured set of questions "
              "when a child was reported missing. In most cases the initial risk grading was "
              "reasonable. But we found that call handlers did not always check force systems "
              "for earlier missing episodes, so a child who had been missing many times could "
              "be graded as low risk."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Children's home liaison officers",
            "forces": [NB], "force_line": NB,
            "areas": ["Child protection and exploitation", "Neighbourhood policing"],
            "body": [
                "Every children's home in the force area has a named liaison officer from the "
                "local neighbourhood team. The officer visits the home at least once a month, "
                "gets to know the children and staff, and agrees with the manager what the "
                "staff will do before they report a child missing.",
                "Staff told us that they now call the police less often for children who are "
                "late back, and more quickly for children they are worried about. Reports of "
                "missing children from the homes fell by 30 percent in a year, and officers "
                "spend less time on searches that were not needed.",
            ],
        }),
        ("p", "Supervisors reviewed the risk grading in almost every case we looked at, but the "
              "quality of these reviews varied. Some simply repeated the call handler's "
              "assessment without adding anything."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "",
            "forces": [TV], "force_line": None,
            "areas": ["Vulnerability and mental health", "Contact management"],
            "body": [
                "Thames Valley Police has stopped using an 'absent' category for children. "
                "Instead, every report is treated as a missing person report and graded on its "
                "merits. A duty inspector reviews every case in which a child has been missing "
                "for more than six hours, and a missing person coordinator checks the next day "
                "whether the child should be referred to children's services.",
                "The force told us that the change had brought to light several children who "
                "had been recorded as absent many times but who were being exploited.",
            ],
        }),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "body": ["By March 2025, chief constables should make sure that call handlers check "
                     "force systems for previous missing episodes before they grade the risk to "
                     "a missing child."],
        }),
        ("h1", "Searching for missing children"),
        ("p", "When a child was assessed as high risk, forces generally deployed officers and "
              "specialist search advisers quickly. Searches for medium-risk children were less "
              "consistent: in some cases nobody had been tasked to look for the child for "
              "several hours."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Search planning from missing person data",
            "forces": [KE], "force_line": KE,
            "areas": ["Digital, data and technology", "Vulnerability and mental health"],
            "body": [
                "The force has built a search planning tool that draws on five years of its own "
                "missing person records. When a child is reported missing, the tool shows the "
                "places where children of a similar age, from the same area, were found in the "
                "past, and the places this child has been found before.",
                ["Search advisers use the map to decide where to look first.",
                 "Response officers can see it on their mobile devices.",
                 "The tool is updated every time a missing child is found."],
                "Search advisers told us that the tool had helped them find children more "
                "quickly, particularly at night.",
            ],
        }),
        ("p", "Forces should make sure that a named officer is responsible for each search for a "
              "missing child, whatever the risk grading."),
        ("h1", "When the child comes home"),
        ("p", "Statutory guidance requires local authorities to offer a return home interview to "
              "every child who has been missing. The police carry out a prevention interview, "
              "sometimes called a safe and well check, when the child is found. We found that "
              "these checks were often brief and did not record what the child said."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A joint out-of-hours response with children's social care",
            "forces": [GM], "force_line": GM,
            "areas": ["Child protection and exploitation", "Response policing"],
            "body": [
                "In two districts, an out-of-hours social worker is based with the force's "
                "missing from home team in the evenings and at weekends. When a child who is "
                "known to children's services is found, the social worker and an officer "
                "visit the child together.",
                "The social worker can arrange an emergency placement or a strategy discussion "
                "straight away, rather than waiting for the next working day. Information from "
                "the visit is shared with the child's allocated social worker the following "
                "morning.",
            ],
        }),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["Forces are not using the information they gather when missing children "
                     "return to identify those at risk of exploitation, or to protect them from "
                     "further harm."],
        }),
        ("p", "We will review the progress forces have made against our recommendation and our "
              "cause of concern as part of our PEEL inspections."),
    ],
}
