"""Older-style PEEL report: Dyfed-Powys Police, 2019 ('Notable practice' boxes, Times-Roman,
rounded shaded boxes, 'Her Majesty's' inspectorate, pillar grades, footnote)."""

F = "Dyfed-Powys Police"

REPORT = {
    "file": "peel-2019-dyfed-powys.pdf",
    "title": "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – An inspection of "
             "Dyfed-Powys Police",
    "type": "peel",
    "forces": [F],
    "published": "2019-05-02",
    "cover_lines": ["An inspection of Dyfed-Powys Police", "2 May 2019"],
    "style": {"font": "Times-Roman", "size": 11, "box": "roundfill", "box_fill": "#F1ECE2",
              "accent": "#7A1F2B", "box_stroke": "#7A1F2B", "cover_color": "#7A1F2B",
              "org": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
              "header": "PEEL 2018/19 Dyfed-Powys Police", "footer": "Page {n}",
              "footer_align": "right", "justify": True, "margins": (70, 70, 72, 88),
              "hyphenate": True, "meta_title": False},
    "blocks": [
        ("h1", "Force in numbers"),
        ("p", "Dyfed-Powys Police covers more than half the land mass of Wales, including the "
              "counties of Carmarthenshire, Ceredigion, Pembrokeshire and Powys. It is one of "
              "the safest areas in England and Wales, with the lowest rate of recorded crime "
              "of any force.[[fn:Police recorded crime, year ending 30 September 2018, Office "
              "for National Statistics.]]"),
        ("grades", [("Effectiveness", "Good"), ("Efficiency", "Good"),
                    ("Legitimacy", "Good")]),
        ("p", "This is the second year in which we have assessed forces' effectiveness, "
              "efficiency and legitimacy in a single integrated inspection."),
        ("h1", "Effectiveness"),
        ("h2", "Preventing crime and tackling anti-social behaviour"),
        ("p", "The force is good at preventing crime and tackling anti-social behaviour. Its "
              "neighbourhood policing teams are visible in rural towns and villages and have a "
              "good understanding of their communities. The force consults the public in both "
              "Welsh and English."),
        ("box", {"kind": "notable", "title": "Rural crime teams and farm watch",
                 "area": "Neighbourhood policing", "also": ["Roads and operational support"],
                 "body": [
                     "The force has a dedicated rural crime team in each of its four "
                     "divisions. The teams work with farming unions, the national park "
                     "authorities and the Environment Agency to prevent thefts of livestock, "
                     "quad bikes and machinery, and to tackle wildlife and heritage crime.",
                     "Officers run a farm watch scheme with more than 3,000 members, who "
                     "receive alerts by text message in Welsh or English. Members told us "
                     "that officers were quick to respond and that they felt the force took "
                     "rural crime seriously. The force has also trained officers to use "
                     "drones to search remote land for stolen equipment.",
                 ]}),
        ("h2", "Protecting vulnerable people"),
        ("p", "The force has a good understanding of hidden harm, including modern slavery and "
              "child sexual exploitation (CSE). It works well with the four local authorities "
              "through its multi-agency safeguarding hubs."),
        ("h1", "Efficiency"),
        ("p", "The force makes good use of its resources. It has a well-developed force "
              "management statement and a clear plan for investing in technology. It has "
              "collaborated with the other Welsh forces where this saves money."),
        ("box", {"kind": "notable", "title": "Mobile data to reduce time spent in stations",
                 "area": "Digital, data and technology",
                 "also": ["Strategy, performance and resources"],
                 "body": [
                     "The force has given every frontline officer a smartphone with "
                     "applications that allow them to search police systems, complete crime "
                     "reports and take statements electronically. Given the distances "
                     "officers travel, the force recognised that returning to a station to "
                     "complete paperwork was a significant waste of patrol time.",
                     "The force estimates that each officer saves about an hour a shift. "
                     "It has used the savings to maintain officer numbers in rural areas. "
                     "The force evaluated the project with Swansea University and has shared "
                     "the applications with other forces in Wales.",
                 ]}),
        ("box", {"kind": "notable", "title": "Collision investigation in partnership",
                 "area": "Roads and operational support",
                 "also": ["Investigations"],
                 "body": [
                     "Roads policing officers and forensic collision investigators work "
                     "together with the local authorities' road safety teams to review every "
                     "fatal and serious injury collision. The review looks at the road "
                     "layout, signage and speed limits as well as the behaviour of drivers.",
                     "Changes have been made at several junctions on the A40 and A483 as a "
                     "result, and the number of collisions at those sites has fallen. The "
                     "force also shares its findings with Go Safe, the partnership that "
                     "runs safety cameras in Wales.",
                 ]}),
        ("p", "We would like to see the force develop a better understanding of the skills "
              "its workforce will need in the future."),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["The force should develop its understanding of the skills and "
                            "capabilities of its workforce, to identify any gaps."]}),
        ("h1", "Legitimacy"),
        ("p", "The force treats the public fairly and its workforce with respect. It has a "
              "strong ethical culture, and officers and staff understand the Code of Ethics."),
        ("p", "The force has good arrangements to identify and deal with abuse of position for "
              "a sexual purpose, which the national police lead has described as notable "
              "practice. We describe this below."),
        ("box", {"kind": "notable", "title": "Preventing abuse of position for a sexual purpose",
                 "area": "Professional standards and vetting",
                 "also": ["Digital, data and technology"],
                 "body": [
                     "The force's counter-corruption unit uses software that monitors the "
                     "use of force computer systems. It looks for patterns that could "
                     "indicate that an officer or member of staff is searching for "
                     "information about vulnerable people for an improper purpose.",
                     "The unit also receives information from partner organisations such as "
                     "domestic abuse services, who have been told how to report concerns. "
                     "Every member of the workforce has attended a briefing on abuse of "
                     "position, and the force publishes the outcomes of misconduct hearings.",
                     "The unit has the capacity to investigate all the intelligence it "
                     "receives. We reviewed a sample of cases and found that the force had "
                     "referred all relevant cases to the Independent Office for Police "
                     "Conduct (IOPC), as it is required to do.",
                 ]}),
        ("p", "The force has a good understanding of the wellbeing needs of its workforce."),
        ("decoy", {"kind": "Cause of concern",
                   "body": ["The force is not yet complying with national vetting guidance for "
                            "all officers and staff in posts that need enhanced vetting."]}),
        ("h1", "Next steps"),
        ("p", "We will assess any progress against the areas for improvement we have "
              "identified in our next inspection of the force."),
    ],
}
