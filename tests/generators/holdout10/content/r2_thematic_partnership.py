"""Report r2: a 2024 thematic inspection naming six forces (headless Chromium).
Fictional findings."""

MERSEY, TVP, WYP = "Merseyside Police", "Thames Valley Police", "West Yorkshire Police"
KENT, DC, AS = "Kent Police", "Devon and Cornwall Police", "Avon and Somerset Constabulary"

CONTROL_ROOM_NURSES = {
    "kind": "promising", "label": "Promising practice",
    "title": "Mental health nurses working alongside call handlers",
    "force_line": MERSEY, "forces": [MERSEY],
    "areas": ["Vulnerability and mental health", "Contact management"], "expect": (2, 2),
    "body": [
        "Two nurses from Mersey Care NHS Foundation Trust work in the force control room "
        "from 8am until 2am every day. They can see the trust's patient records and the "
        "force's incident log, and they speak directly to callers who are in crisis or to "
        "the officers who are with them.",
        "In 2023 the nurses gave advice on 6,904 incidents. Officers used section 136 of "
        "the Mental Health Act 1983 on 31 percent fewer occasions than in 2021, and the "
        "average time officers spent at hospital with a detained person fell from 9 hours "
        "to just under 5.",
    ],
}

HOSPITAL_NAVIGATORS = {
    "kind": "promising", "label": "Promising practice",
    "title": "Youth workers in emergency departments who reach young people injured by "
             "knives",
    "force_line": WYP, "forces": [WYP], "variant": "split",
    "areas": ["Serious violence", "Child protection and exploitation"], "expect": (2, 3),
    "body": [
        "The West Yorkshire Violence Reduction Partnership pays for youth workers from a "
        "local charity to be based in the emergency departments at Leeds General Infirmary "
        "and Bradford Royal Infirmary on Thursday to Sunday evenings. Hospital staff "
        "introduce them to any patient aged 11 to 25 who arrives with a stab wound, an "
        "injury from an assault or signs of exploitation.",
        "The youth workers talk to the young person while they are in hospital, which "
        "staff described as a reachable moment, and offer support for up to 12 weeks "
        "afterwards: help with school or training, mentoring and, where the young person "
        "agrees, a referral to the force's serious violence team.",
        "With the young person's consent, the charity shares information about the "
        "location and circumstances of injuries with the force's analysts. In 2023 this "
        "identified two locations in Bradford where assaults were not being reported to "
        "the police; the force increased patrols there and the council installed CCTV.",
        "In the first two years, 1,126 young people were referred and 74 percent took up "
        "the offer of support. Of those, 9 percent returned to hospital with a further "
        "violent injury within a year, compared with 19 percent of those who did not.",
    ],
}

RETURN_HOME = {
    "kind": "innovative", "label": "Innovative practice",
    "forces": [TVP], "force_line": None,
    "areas": ["Child protection and exploitation", "Vulnerability and mental health"],
    "expect": (3, 3),
    "grid": [
        ("Force", TVP),
        ("Practice", "Return home conversations for missing children led by a youth charity"),
        ("What the force did", [
            "When a child returns after being missing, the force's missing person "
            "co-ordinators pass their details to a youth charity within 24 hours. A "
            "worker who is independent of the police and of children's services meets "
            "the child, at a place the child chooses, within 72 hours.",
            "The worker uses a short set of questions agreed with the four local "
            "safeguarding partnerships, and sends a summary to the force's exploitation "
            "hub the same day. Any mention of a place, an adult or a vehicle is added to "
            "the force's intelligence system.",
        ]),
        ("Outcome", "In 2023, 83 percent of children who returned were seen within 72 "
                    "hours, compared with 46 percent before. The conversations produced "
                    "412 pieces of intelligence, which led to 19 disruption orders."),
    ],
}

COUNTY_LINES = {
    "kind": "promising", "label": "Promising practice",
    "title": "Bringing children home from county lines",
    "force_line": KENT, "forces": [KENT],
    "areas": ["Serious and organised crime", "Child protection and exploitation"],
    "expect": (4, 4),
    "body": [
        "Kent Police works with the Metropolitan Police Service and a national charity to "
        "find children from Kent who are being used to sell drugs in other areas. When "
        "officers close a line, they ask the charity to meet any child found at the "
        "address so that the child is treated as a victim, not only arrested.",
        "Caseworkers support each child for six months, and the force uses the evidence "
        "of exploitation to bring modern slavery charges against the line holders. "
        "Between 2021 and 2023 the force closed 214 lines and supported 96 children, and "
        "11 line holders were convicted of trafficking offences.",
    ],
}

LIAISON = {
    "kind": "promising", "label": "Promising practice",
    "title": "", "force_line": DC, "forces": [DC],
    "areas": ["Custody and criminal justice", "Vulnerability and mental health",
              "Offender management"],
    "expect": (4, 4),
    "body": [
        "Liaison and diversion practitioners from the NHS see every detainee in the "
        "force's five custody suites who appears to have a mental health problem, a "
        "learning disability or a drug or alcohol problem, usually before interview.",
        "They share their assessment with the custody sergeant and, with the detainee's "
        "consent, with the Crown Prosecution Service, so that decisions to charge, "
        "caution or divert take account of it. In 2023 they assessed 5,482 detainees and "
        "referred 1,730 to treatment or other support.",
    ],
}

STALKING_CLINIC = {
    "kind": "innovative", "label": "Innovative practice",
    "title": "A stalking clinic shared by two forces",
    "force_line": "Devon and Cornwall Police and Avon and Somerset Constabulary",
    "forces": [DC, AS],
    "areas": ["Domestic abuse, VAWG and sexual offences", "Offender management"],
    "expect": (4, 4),
    "body": [
        "The two forces fund a joint clinic with forensic psychologists from the NHS and "
        "probation officers. Each fortnight the clinic reviews the most serious stalking "
        "cases from both forces, including cases where the victim and suspect live on "
        "different sides of the force boundary.",
        "The clinic advises investigators on risk, on the conditions to ask for in "
        "stalking protection orders and on treatment for the suspect. In its first 18 "
        "months it reviewed 187 cases; the forces obtained 64 stalking protection orders, "
        "compared with 12 in the previous 18 months.",
    ],
}

CASE_STUDY = {
    "kind": "case", "label": "Case study",
    "body": [
        "A 15-year-old girl had been reported missing 11 times in three months. On her "
        "return the youth charity's worker learned that she was being collected by an "
        "older man in a white van, and the force obtained a child abduction warning "
        "notice within a week.",
    ],
}

REC_DATA = {
    "kind": "rec", "label": "Recommendation",
    "body": [
        "By March 2025, chief constables should agree with health partners how "
        "information about people in mental health crisis will be shared between "
        "control rooms and NHS crisis teams."
    ],
}

COC_PARTNERS = {
    "kind": "coc", "label": "Cause of concern",
    "body": [
        "Some forces do not know whether the children they refer to partners receive any "
        "support, so they cannot tell whether their referrals reduce harm."
    ],
}

REPORT = {
    "file": "thematic-2024-partnership.pdf", "producer": "chromium",
    "title": "Working together: An inspection of how the police and their partners protect "
             "people from harm",
    "meta_title": "Working together",
    "type": "thematic", "forces": [MERSEY, WYP, TVP, KENT, DC, AS], "published": "2024-07-11",
    "header": "Working together: police and partners",
    "css_extra": """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
h1, h2, .box .kind { color: #7a2e0e; }
.box { border: 0.8pt solid #7a2e0e; border-left: 4pt solid #7a2e0e; background: #fcf2ea; }
.cover .band { background: #7a2e0e; }
table.grid { background: #fcf2ea; }
table.grid th { background: #7a2e0e; }
table.grid td { border-color: #7a2e0e; }
table.grid td.label { background: #f0d5c4; }
""",
    "cover": {"kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
              "lines": ["Working together",
                        "An inspection of how the police and their partners protect people "
                        "from harm"],
              "date": "Published: 11 July 2024"},
    "blocks": [
        ("h1", "Responding to people in mental health crisis"),
        ("p", "We inspected Merseyside Police, West Yorkshire Police, Thames Valley Police, "
              "Kent Police, Devon and Cornwall Police and Avon and Somerset Constabulary. "
              "In each force we spoke to officers, staff and partners, and examined 60 "
              "cases where the force had worked with other agencies."),
        ("p", "Too often, officers are the first and only service available to a person in "
              "crisis at night. In the best examples we saw, health staff were part of the "
              "first response."),
        ("p", "We found promising practice in all six forces, although few of them had "
              "evaluated what they were doing.", "decoy"),
        ("box", CONTROL_ROOM_NURSES),
        ("box", REC_DATA),
        ("h1", "Preventing serious violence"),
        ("p", "All six forces have a duty under the Serious Violence Duty to work with "
              "councils, health, probation and youth justice services to prevent serious "
              "violence. Most had a strategic needs assessment and a strategy agreed with "
              "partners, but only two could show which activities had reduced violence."),
        ("p", "The forces with a violence reduction unit had more settled arrangements. "
              "Partners in these areas shared data more readily and had joint teams that "
              "worked with young people at risk."),
        ("p", "Forces used a wide range of tactics: focused deterrence, knife arches at "
              "stations and events, weapon sweeps in parks, and education sessions in "
              "schools. Few had asked young people which of these they found useful."),
        ("p", "We examined the use of serious violence reduction orders in the pilot "
              "forces. Officers told us the orders were useful, but that the court process "
              "could be slow."),
        ("box", HOSPITAL_NAVIGATORS),
        ("h1", "Protecting children"),
        ("p", "Forces and children's services generally worked well together in multi-agency "
              "safeguarding hubs. The quality of information shared about children who go "
              "missing was more variable."),
        ("box", RETURN_HOME),
        ("box", CASE_STUDY),
        ("h1", "Tackling exploitation"),
        ("p", "Every force had a strategy for tackling child criminal exploitation. The "
              "best linked their county lines work with their safeguarding arrangements, "
              "so that children found in drug houses were treated as victims."),
        ("box", COUNTY_LINES),
        ("p", "In most custody suites we visited, health staff were available around the "
              "clock. Partners in one force had gone further."),
        ("box", LIAISON),
        ("h1", "Working across force boundaries"),
        ("p", "Stalkers and abusers do not respect force boundaries. We found few "
              "arrangements for sharing specialist resources between neighbouring forces."),
        ("box", STALKING_CLINIC),
        ("box", COC_PARTNERS),
        ("numlist", "Annex A: Practice we found", [
            ("A.1", "Merseyside Police has NHS mental health nurses in its control room "
                    "from 8am to 2am."),
            ("A.2", "West Yorkshire's youth workers meet injured young people in two "
                    "emergency departments."),
            ("A.3", "Thames Valley Police asks a youth charity to talk to children who "
                    "have been missing."),
            ("A.4", "Kent Police brings children exploited by county lines home with a "
                    "national charity."),
            ("A.5", "Devon and Cornwall Police and Avon and Somerset Constabulary share a "
                    "stalking clinic."),
        ]),
    ],
}
