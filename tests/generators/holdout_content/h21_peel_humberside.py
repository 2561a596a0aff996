"""Held-out set 7, report 21: a PEEL 2023–25 force report laid out like the published Word
reports: LibreOffice converting a python-docx .docx (tests/generators/holdout_content/peel7_docx_render.py)
with Word-style paragraph styles, a graded judgments table, numbered "Area for improvement"
boxes, a "Cause of concern" box with a "Recommendations" list, "Innovative practice" boxes
with a bold title and no force line, real footnotes with long URLs, hyperlinks and a back
matter page.

Inline markup in running paragraphs only (never in boxes): ``[text](url)`` is a hyperlink,
``^[note]`` a footnote at that point."""

F = "Humberside Police"

REPORT = {
    "file": "peel-2024-humberside.pdf",
    "producer": "libreoffice",
    "style": "peel2325",
    "title": "PEEL 2023–25: An inspection of Humberside Police",
    "meta_title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An "
                  "inspection of Humberside Police",
    "type": "peel",
    "forces": [F],
    "published": "2024-11-12",
    "cover": {
        "org": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["PEEL 2023–25", "Police effectiveness, efficiency and legitimacy",
                  "An inspection of Humberside Police"],
        "date": "Published: 12 November 2024",
    },
    "contents": True,
    "footer": "PEEL 2023–25: Humberside Police",
    "judgments": [
        ("Recording data about crime", "Good"),
        ("Treatment of the public", "Good"),
        ("Preventing crime", "Outstanding"),
        ("Responding to the public", "Adequate"),
        ("Investigating crime", "Good"),
        ("Protecting vulnerable people", "Requires improvement"),
        ("Managing offenders and suspects", "Good"),
        ("Building, supporting and protecting the workforce", "Good"),
        ("Leadership and force management", "Adequate"),
    ],
    "back": [
        "© HMICFRS 2024",
        "ISBN: 978-1-80655-418-3",
        "www.justiceinspectorates.gov.uk/hmicfrs",
    ],
    "blocks": [
        ("h1", "Overall summary"),
        ("h2", "Our judgments"),
        ("p", "Our inspection assessed how good Humberside Police is in nine areas of "
              "policing. We make graded judgments in eight of these nine areas, as follows:"),
        ("judgments",),
        ("p", "We also inspected how effective the force is at tackling serious and "
              "organised crime, which we report on nationally. We set out our detailed "
              "findings about things the force is doing well and where the force should "
              "improve in the rest of this report.^[Our grading criteria are published in "
              "the PEEL assessment framework 2023–25, available at https://hmicfrs."
              "justiceinspectorates.gov.uk/publication-html/peel-assessment-framework-2023-"
              "to-2025/]"),
        ("h2", "HM Inspector's observations"),
        ("p", "I am pleased with some aspects of the performance of Humberside Police in "
              "keeping people safe and reducing crime. The force is outstanding at "
              "preventing crime, and it has sustained the improvements that we recognised "
              "in our last inspection. But it needs to improve how it protects vulnerable "
              "people, and in particular how it assesses the risk to victims of domestic "
              "abuse."),
        ("p", "We found innovative practice in how the force keeps victims informed about "
              "their cases, and in the way its control room handles calls that involve "
              "people in mental health crisis.", "decoy"),
        ("p", "The force serves around 940,000 people across Hull, the East Riding of "
              "Yorkshire, North Lincolnshire and North East Lincolnshire. It has a mix of "
              "dense urban neighbourhoods, coastal resorts and large rural areas, as well "
              "as the busy ports on the Humber estuary. You can read more about the force "
              "on its [website](https://www.humberside.police.uk/about-us/our-force-"
              "performance-and-plans)."),

        ("h1", "Providing a service to victims of crime"),
        ("pb", "Humberside Police is good at investigating crime."),
        ("p", "The force investigates crime well and gives victims a good service. In the "
              "case files we reviewed, investigations were timely and thorough in 86 of 100 "
              "cases, and supervisors had set clear lines of enquiry in most of them. The "
              "force records the wishes of victims who do not support a prosecution and "
              "explains to them what this means."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Named investigators update victims by text at agreed points",
            "forces": [F], "force_line": None,
            "areas": ["Victim care", "Investigations"],
            "body": [
                "When a crime is allocated for investigation, the victim is asked how and "
                "when they want to hear about progress. The investigating officer's name and "
                "direct number are sent to the victim by text, and an automated reminder "
                "prompts the officer to send an update at each agreed point, such as an "
                "arrest, a charging decision or the closure of the case.",
                "Victims can reply to the message to ask a question. Since the scheme "
                "started, complaints about a lack of contact have fallen by a third, and "
                "victim satisfaction with being kept informed has risen from 61 to 78 "
                "percent in the force's own survey.",
            ],
        }),
        ("box", {
            "kind": "afi", "label": "Area for improvement 1",
            "title": "", "forces": [F], "force_line": None,
            "body": [
                "The force should make sure that supervisors review investigations at the "
                "intervals set by its own policy, and that they record the reasons when a "
                "case is closed without a suspect being identified.",
            ],
        }),

        ("h1", "Responding to the public"),
        ("pb", "Humberside Police is adequate at responding to the public."),
        ("p", "The force answers emergency calls quickly, but too many non-emergency callers "
              "abandon their calls before they are answered. In the year to March 2024, the "
              "force answered 91 percent of 999 calls within ten seconds, above the national "
              "standard. The average time to answer a 101 call was just over four minutes, "
              "and 16 percent of callers hung up before they were answered.^[Call handling "
              "data are taken from the national 999 data set published by BT and the Home "
              "Office: https://www.gov.uk/government/statistics/999-call-answer-times-"
              "police-forces-in-england-and-wales-2023-to-2024]"),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Mental health practitioners on the control room floor",
            "forces": [F], "force_line": None,
            "areas": ["Contact management", "Vulnerability and mental health"],
            "body": [
                "Two mental health practitioners from the local NHS trust work in the force "
                "control room every day from 10am until 2am. Call handlers can transfer a "
                "caller in crisis to them, and they can see health records that the police "
                "cannot. The practitioners:",
                ["speak directly to callers and their families and agree a plan of care;",
                 "advise dispatchers on whether officers need to attend at all;",
                 "arrange for a crisis team or ambulance to go instead of the police; and",
                 "follow up the next day with people who have called more than once."],
                "In the first six months, officers were sent to 420 fewer mental health "
                "calls, and the use of section 136 of the Mental Health Act fell by 24 "
                "percent compared with the same period a year earlier.",
            ],
        }),
        ("box", {
            "kind": "afi", "label": "Area for improvement 2",
            "title": "", "forces": [F], "force_line": None,
            "body": [
                "The force should reduce the number of non-emergency calls that are "
                "abandoned, and it should make sure that repeat and vulnerable callers are "
                "identified when they first call.",
            ],
        }),

        ("h1", "Preventing crime"),
        ("pb", "Humberside Police is outstanding at preventing crime and antisocial "
               "behaviour."),
        ("p", "Neighbourhood teams are well established and know their communities. The "
              "force protects the time of its neighbourhood officers and police community "
              "support officers, and it uses problem-solving plans that are well researched "
              "and regularly reviewed."),
        ("p", "We also saw promising practice in the way the force works with planners to "
              "prevent crime in new housing developments.", "decoy"),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Designing out crime before new estates are built",
            "forces": [F], "force_line": None,
            "areas": ["Neighbourhood policing", "Strategy, performance and resources"],
            "body": [
                "The force's designing out crime officers comment on every planning "
                "application for more than ten homes in its four local authority areas. "
                "They ask developers to include secure cycle stores, well-lit footpaths and "
                "doors and windows that meet the Secured by Design standard.",
                "Where developers agree, neighbourhood officers visit the new residents "
                "during their first month. Burglary rates on the 14 estates built to the "
                "standard since 2021 are less than half of those on comparable older "
                "estates nearby.",
            ],
        }),

        ("h1", "Protecting vulnerable people"),
        ("pb", "Humberside Police requires improvement at protecting vulnerable people."),
        ("p", "The force understands the nature of vulnerability in its area, and its staff "
              "recognise the signs of exploitation. But it does not always assess the risk "
              "to victims of domestic abuse accurately, and it takes too long to review "
              "cases assessed as medium risk."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "title": "", "forces": [F], "force_line": None,
            "body": [
                "Humberside Police does not always assess risk to victims of domestic abuse "
                "accurately or in time, which means that some victims are left without the "
                "support and protection they need.",
                "Recommendations",
                ["Within six months, the force should make sure that every domestic abuse "
                 "risk assessment is reviewed by a supervisor within 24 hours.",
                 "Within six months, the force should clear its backlog of medium-risk "
                 "cases waiting for a safeguarding review."],
            ],
        }),
        ("p", "The force's exploitation hubs in Hull and Grimsby bring together police, "
              "social care, education and health staff. They meet daily to discuss children "
              "reported missing overnight and agree who will carry out return home "
              "interviews."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Schools help to map where children are exploited",
            "forces": [F], "force_line": None,
            "areas": ["Child protection and exploitation", "Neighbourhood policing"],
            "body": [
                "Every secondary school in the force area has a named police contact and "
                "a safeguarding lead who shares concerns about pupils at risk of criminal "
                "or sexual exploitation each week. The information is added to a single map "
                "that the exploitation hubs use to see where children are going and who "
                "they are meeting.",
                "Analysts combine the school information with missing person reports, "
                "stop and search records and intelligence from youth workers. The map has "
                "identified 11 locations, including two takeaway shops and a car wash, "
                "where older men were meeting children, and the force has used it to plan "
                "disruption activity with licensing officers and the local council.",
                "Teachers told us that they now receive feedback about the concerns they "
                "raise. In the year to March 2024, the number of referrals from schools "
                "rose by 40 percent, and the force obtained nine child abduction warning "
                "notices against adults identified through the map.",
            ],
        }),

        ("h1", "Managing offenders and suspects"),
        ("pb", "Humberside Police is good at managing offenders and suspects."),
        ("p", "The force arrests suspects promptly and manages registered sex offenders "
              "well. Its integrated offender management teams work closely with the "
              "probation service and focus on neighbourhood crime, and wanted people are "
              "reviewed at a daily meeting chaired by an inspector."),

        ("h1", "Developing a positive workplace"),
        ("pb", "Humberside Police is good at building, supporting and protecting its "
               "workforce."),
        ("p", "The force has a positive culture, and most of the officers and staff we "
              "spoke to said that they felt valued. It has a well-used occupational health "
              "service and a network of trained wellbeing champions."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "",
            "forces": [F], "force_line": None,
            "areas": ["Workforce and wellbeing", "Response policing"],
            "body": [
                "After every incident involving a death or serious injury, a trained "
                "colleague contacts each officer who attended within 72 hours and again "
                "after a month. The conversations follow a structured trauma risk "
                "management model, and officers can be referred for counselling without "
                "having to go through their line manager. Response officers told us that "
                "the check-ins made it easier to ask for help.",
            ],
        }),

        ("h1", "Leadership and force management"),
        ("pb", "Humberside Police is adequate at leadership and force management."),
        ("p", "The force has a clear understanding of the demand it faces, and its plans "
              "are linked to the priorities in the police and crime plan. But it has been "
              "slow to replace its ageing records management system, and some of its "
              "financial plans depend on savings that have not yet been identified. More "
              "information about police funding is available from the [Home Office]"
              "(https://www.gov.uk/government/collections/police-funding)."),
    ],
}
