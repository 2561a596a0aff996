"""PEEL force report: West Yorkshire Police (heading-strip boxes with bordered body, each
area on a new page, right-aligned header, bare page numbers)."""

F = "West Yorkshire Police"

REPORT = {
    "file": "peel-2023-west-yorkshire.pdf",
    "title": "PEEL 2021/22: An inspection of West Yorkshire Police",
    "type": "peel",
    "forces": [F],
    "published": "2023-03-03",
    "cover_lines": ["Police effectiveness, efficiency and legitimacy", "West Yorkshire Police",
                    "Published 3 March 2023"],
    "style": {"box": "strip", "box_stroke": "#0B6E4F", "accent": "#0B6E4F", "size": 10,
              "header": "PEEL 2021/22 – West Yorkshire Police", "header_align": "right",
              "footer": "{n}", "cover_color": "#0B6E4F", "h1_break": True,
              "margins": (66, 66, 76, 70), "box_lw": 1.1},
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "West Yorkshire Police is one of the largest forces in England and Wales. It "
              "serves a population of more than 2.3 million people across five districts: "
              "Bradford, Calderdale, Kirklees, Leeds and Wakefield."),
        ("grades", [
            ("Engaging with and treating the public with fairness and respect", "Good"),
            ("Preventing crime and anti-social behaviour", "Good"),
            ("Responding to the public", "Requires improvement"),
            ("Investigating crime", "Good"),
            ("Protecting vulnerable people", "Adequate"),
            ("Managing offenders and suspects", "Good"),
            ("Disrupting serious organised crime", "Good"),
            ("Building, supporting and protecting the workforce", "Adequate"),
            ("Strategic planning, organisational management and value for money", "Outstanding"),
        ]),
        ("p", "We found that the force has maintained a strong focus on investigation "
              "standards and on reducing serious violence. It needs to improve how quickly it "
              "answers non-emergency calls."),
        ("h1", "Treatment of the public"),
        ("p", "The force uses its powers of stop and search fairly and respectfully. It has "
              "well-established internal and external scrutiny arrangements and it publishes "
              "stop and search data for each district."),
        ("box", {"kind": "promising", "title": "Young people scrutinise stop and search",
                 "area": "Fairness and legitimacy",
                 "also": ["Neighbourhood policing"],
                 "body": [
                     "The force has set up a youth scrutiny panel in each district, made up of "
                     "people aged between 16 and 24. Panel members watch a random sample of "
                     "body-worn video (BWV) footage of stop and search encounters and of use "
                     "of force, and they give feedback on the officer's communication and "
                     "whether the grounds were explained clearly.",
                     "The feedback is passed to the officer and their supervisor, and themes "
                     "are reported to the force's legitimacy board. Several panel members have "
                     "since joined the force as volunteer police cadet leaders or special "
                     "constables.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should make sure that officers record the grounds for "
                            "every stop and search in sufficient detail for supervisors to "
                            "assess whether they were reasonable."]}),
        ("h1", "Investigating crime"),
        ("p", "Investigations are generally well managed. Most of the cases we reviewed were "
              "allocated to appropriately skilled officers, and supervision was regular and "
              "recorded. The force's outcome rate for crimes such as burglary and robbery is "
              "better than the average for forces in its most similar group."),
        ("box", {"kind": "innovative", "title": "An investigation standards unit",
                 "area": "Investigations", "also": ["Strategy, performance and resources"],
                 "body": [
                     "The force has established an investigation standards unit led by a "
                     "detective chief inspector. The unit reviews a sample of investigations "
                     "from every district each month against a checklist based on the "
                     "authorised professional practice for investigation.",
                     "The findings are shared with district commanders in a monthly "
                     "performance meeting, and officers who need further support are "
                     "offered coaching from experienced detectives. Since the unit was "
                     "introduced, the proportion of investigations closed without all "
                     "reasonable lines of enquiry being completed has fallen by half.",
                 ]}),
        ("p", "The force has a good understanding of the risks posed by suspects who are "
              "released under investigation and it reviews these cases regularly."),
        ("box", {"kind": "promising", "title": "Pre-charge file quality checks in custody",
                 "area": "Custody and criminal justice", "also": ["Investigations"],
                 "body": [
                     "Criminal justice advisers work in each custody suite alongside "
                     "detention officers. Before a file is sent to the Crown Prosecution "
                     "Service (CPS) for a charging decision, an adviser checks it against "
                     "the director's guidance on charging and the national file standard.",
                     "Files that are incomplete are returned to the investigator with a list "
                     "of what is missing, while the suspect is still in custody. The "
                     "proportion of files the CPS rejected as not meeting the standard fell "
                     "from 38 percent to 12 percent.",
                 ]}),
        ("h1", "Preventing crime"),
        ("p", "The force works closely with the West Yorkshire Violence Reduction Unit. "
              "Together they have a good understanding of the causes of serious violence, "
              "including knife crime, in the county."),
        ("box", {"kind": "innovative", "title": "Operation Keel: focused deterrence",
                 "area": "Serious violence", "also": ["Offender management"],
                 "body": [
                     "Operation Keel uses a focused deterrence approach to reduce violence "
                     "between groups of young people in Bradford and Leeds. People identified "
                     "as being at the highest risk of being involved in violence are invited "
                     "to a meeting with officers, community leaders and people who have lived "
                     "experience of violence.",
                     "At the meeting they are offered support, including mentoring, "
                     "education and housing, and are told clearly about the consequences of "
                     "further violence. Those who take up the offer are supported by a "
                     "navigator from the violence reduction unit. Hospital admissions for "
                     "assault with a sharp object among under-25s in the areas covered fell "
                     "by 18 percent in the first year.",
                 ]}),
        ("mention", "We found the force's approach to serious violence to be promising "
                    "practice more generally, but the evaluation is at an early stage.",
         "We found the force's approach to serious violence to be promising practice"),
        ("h1", "Leadership and force management"),
        ("p", "The force has a sophisticated understanding of the demand it faces and it "
              "plans well for the future. It makes good use of data and analysis to decide "
              "where to put its resources."),
        ("box", {"kind": "innovative", "title": "Demand modelling for shift patterns",
                 "area": "Strategy, performance and resources",
                 "also": ["Response policing", "Digital, data and technology"],
                 "body": [
                     "The force has built a demand model that combines ten years of incident "
                     "data with information about events, school holidays and the weather. "
                     "It uses the model to forecast demand for each district by the hour.",
                     "The force used the model to redesign its response shift pattern, so "
                     "that more officers are on duty on Friday and Saturday evenings and "
                     "fewer during the early hours of weekday mornings. Response times for "
                     "emergency incidents improved, and officers told us they were less "
                     "often held on duty beyond the end of their shift.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should improve how quickly it answers non-emergency "
                            "calls and reduce the number of callers who abandon their call."]}),
        ("p", "Our findings on the force's use of resources are set out in more detail in "
              "the accompanying data pack."),
    ],
}
