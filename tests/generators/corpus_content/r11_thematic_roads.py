"""Older-style thematic on roads policing (2020): 'Good practice' boxes, green bordered boxes
in Times, month-only publication date, footnotes, no PDF metadata title."""

REPORT = {
    "file": "thematic-2020-roads-policing.pdf",
    "title": "Roads policing: an inspection of how forces keep the roads safe",
    "type": "thematic",
    "forces": ["Northamptonshire Police", "Lincolnshire Police", "Cambridgeshire Constabulary",
               "North Wales Police"],
    "published": "2020-07",
    "cover_lines": ["Roads policing", "An inspection of how forces keep the roads safe",
                    "July 2020"],
    "style": {"font": "Times-Roman", "size": 11.5, "box": "border", "box_stroke": "#2F6B2F",
              "accent": "#2F6B2F", "box_lw": 1.6, "header": "Roads policing",
              "footer": "Page {n}", "cover": "side", "cover_color": "#2F6B2F",
              "org": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
              "margins": (76, 76, 76, 92), "meta_title": False, "contents_title":
              "Table of contents"},
    "blocks": [
        ("h1", "Summary"),
        ("p", "Each year, around 1,700 people are killed and 25,000 seriously injured on the "
              "roads of Great Britain.[[fn:Department for Transport, Reported road casualties "
              "in Great Britain: annual report 2019.]] Roads policing makes an important "
              "contribution to reducing these numbers, but the number of dedicated roads "
              "policing officers has fallen considerably over the past decade."),
        ("p", "We inspected ten forces. We found good practice in some of them, which we "
              "describe in this report, but we also found that roads policing was often "
              "given a low priority."),
        ("h1", "Enforcement and education"),
        ("p", "The 'fatal four' offences – speeding, drink and drug driving, not wearing a "
              "seat belt and using a mobile phone – contribute to most deaths on the roads."),
        ("box", {"kind": "good", "title": "Drug-driving testing on every shift",
                 "force_line": "Lincolnshire Police", "forces": ["Lincolnshire Police"],
                 "area": "Roads and operational support",
                 "also": ["Response policing"],
                 "body": [
                     "The force has trained all its response officers, not just roads "
                     "policing officers, to carry out roadside drug-driving tests. Each "
                     "response car carries drug-testing kits, and officers are expected to "
                     "test any driver where there are grounds.",
                     "Arrests for drug driving more than doubled in two years. The force "
                     "has worked with its forensic provider to reduce the time taken to "
                     "return blood test results, so that more cases can be charged within "
                     "the time limit.",
                 ]}),
        ("box", {"kind": "good", "title": "Using footage from the public",
                 "forces": ["North Wales Police"],
                 "area": "Roads and operational support",
                 "also": ["Digital, data and technology"],
                 "body": [
                     "North Wales Police was one of the first forces to allow members of "
                     "the public to upload dashcam and helmet camera footage of dangerous "
                     "driving through an online portal. A small team of police staff "
                     "reviews the footage and decides whether to issue a notice of intended "
                     "prosecution, offer an educational course or take no further action.",
                     "The team deals with around 150 submissions a month. It frees roads "
                     "policing officers to concentrate on patrol.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["Forces should make sure that their roads policing plans are "
                            "based on an analysis of collision and casualty data."]}),
        ("h1", "Emergency response driving"),
        ("p", "Police drivers responding to emergencies take risks to reach people quickly. "
              "Forces must make sure that officers are properly trained and that the risks "
              "are managed."),
        ("box", {"kind": "good", "title": "Response driver refresher training",
                 "force_line": "Cambridgeshire Constabulary",
                 "forces": ["Cambridgeshire Constabulary"],
                 "area": "Response policing",
                 "also": ["Roads and operational support", "Workforce and wellbeing"],
                 "body": [
                     "The force gives every response driver a refresher course every three "
                     "years, including time on a driving simulator that recreates "
                     "emergency responses at night and in poor weather. Drivers who are "
                     "involved in a collision during a response drive are given individual "
                     "coaching.",
                     "Collisions involving police vehicles on emergency calls fell by 30 "
                     "percent, and officers told us that they felt more confident when "
                     "driving with blue lights.",
                 ]}),
        ("mention", "The Strategic Roads Policing Board told us that it considered the "
                    "force's approach to pursuits to be good practice.",
         "considered the force's approach to pursuits to be good practice"),
        ("h1", "Working with partners"),
        ("p", "Road safety is shared between the police, local authorities, fire and rescue "
              "services and National Highways. The best results come when these organisations "
              "plan together."),
        ("box", {"kind": "good", "title": "",
                 "forces": ["Northamptonshire Police"],
                 "area": "Response policing",
                 "also": ["Roads and operational support", "Contact management"],
                 "body": [
                     "Northamptonshire Police has agreed with the county's fire and rescue "
                     "service that whichever service is nearest responds first to road "
                     "traffic collisions where people are trapped or injured. The control "
                     "rooms share a single incident log for such collisions.",
                     "Response officers and firefighters train together in casualty care and "
                     "scene management. The force told us that the arrangement has reduced "
                     "the time taken to close roads after serious collisions.",
                 ]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["By July 2021, the National Police Chiefs' Council should publish a "
                            "national roads policing strategy."]}),
        ("h1", "Conclusion"),
        ("p", "Roads policing is not optional. Forces that protect it save lives."),
    ],
}
