"""National thematic on domestic abuse: two-column pages, left-bar boxes, month-only date,
force named on its own line or in the text, recommendation boxes in the same style."""

REPORT = {
    "file": "thematic-2024-domestic-abuse.pdf",
    "title": "Safe at home? An inspection of the police response to domestic abuse",
    "type": "thematic",
    "forces": ["Merseyside Police", "Thames Valley Police", "West Midlands Police",
               "Essex Police", "Gwent Police", "Surrey Police", "Cheshire Constabulary"],
    "published": "2024-06",
    "cover_lines": ["A national thematic inspection of how police forces in England and Wales "
                    "respond to domestic abuse", "June 2024"],
    "style": {"cols": 2, "size": 9, "box": "bar", "box_stroke": "#6A2C70", "accent": "#6A2C70",
              "header": "Safe at home? The police response to domestic abuse",
              "header_align": "right", "footer": "{n}", "footer_align": "right",
              "cover": "side", "cover_color": "#6A2C70", "margins": (48, 48, 64, 56),
              "force_line": "bold", "justify": True, "hyphenate": True, "meta_title": False},
    "front_pages": [{
        "heading": "Foreword",
        "paras": [
            "Every day, police officers and staff go into people's homes at moments of fear and "
            "crisis. What they do in the first hour can decide whether a victim of domestic abuse "
            "is protected, whether evidence is secured and whether a perpetrator is brought to "
            "justice.",
            "In this inspection we found many dedicated people doing difficult work well. We also "
            "found that a victim's experience still depends too much on where they live and on "
            "which officer attends. That is not acceptable.",
            "I am grateful to the victims and survivors who spoke to us, and to the specialist "
            "organisations that helped us to hear from them.",
            "HM Inspector of Constabulary",
        ],
    }],
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Domestic abuse accounts for around one in six of all crimes recorded by the police "
              "in England and Wales. It is often hidden, and victims may wait a long time before "
              "they tell anyone what is happening to them. When they do call the police, the "
              "response they receive matters a great deal."),
        ("p", "In this inspection we examined how well forces respond to reports of domestic "
              "abuse, from first contact to the outcome of the investigation. We inspected eight "
              "forces in detail and drew on data from all 43 territorial forces."),
        ("p", "Throughout the report we highlight practice that we think other forces should "
              "consider. We have not evaluated every example in depth, and forces should satisfy "
              "themselves that an approach is suitable for their area before adopting it."),
        ("h1", "First response and risk assessment"),
        ("p", "Most forces now send an officer to a domestic abuse incident quickly when the "
              "risk is high. But when demand is high, lower-risk incidents can wait many hours, "
              "and we found cases where the victim was no longer willing to engage by the time "
              "an officer arrived."),
        ("p", "An example of promising practice in how one force makes sure that officers "
              "attend quickly is set out below."),
        ("box", {"kind": "promising", "title": "A dedicated domestic abuse car",
                 "force_line": "Merseyside Police", "force_pos": "heading",
                 "forces": ["Merseyside Police"],
                 "area": "Domestic abuse, VAWG and sexual offences", "also": ["Response policing"],
                 "body": [
                     "The force runs a domestic abuse response car in each of its local policing "
                     "areas between 4pm and 2am. The car is crewed by an officer who has completed "
                     "enhanced domestic abuse training and a member of police staff from the "
                     "public protection unit.",
                     "The crew attends incidents graded as priority, completes the DASH risk "
                     "assessment with the victim, and makes safeguarding referrals before the "
                     "end of the shift. Officers told us that having a specialist at the scene "
                     "meant that more evidence was gathered at the first visit, including BWV "
                     "footage and statements from neighbours.",
                 ]}),
        ("p", "We were disappointed to find that DASH risk assessments were not always "
              "reviewed by a supervisor. In one force, a third of the assessments we examined had "
              "no record of supervisory review."),
        ("decoy", {"kind": "Recommendation",
                   "body": ["By December 2024, chief constables should make sure that every "
                            "domestic abuse risk assessment completed by a frontline officer "
                            "is reviewed by a supervisor within 24 hours."]}),
        ("h1", "Disclosure and protective orders"),
        ("p", "The Domestic Violence Disclosure Scheme, known as Clare's Law, gives people the "
              "right to ask the police whether a partner has a history of abuse. Demand for "
              "disclosures has grown quickly and some forces have struggled to keep up."),
        ("box", {"kind": "innovative", "title": "A central Clare's Law disclosure unit",
                 "force_line": "Thames Valley Police", "forces": ["Thames Valley Police"],
                 "area": "Domestic abuse, VAWG and sexual offences",
                 "also": ["Victim care"],
                 "body": [
                     "The force has set up a small central team to manage all applications "
                     "under the Domestic Violence Disclosure Scheme. Before the team was "
                     "created, applications were handled by local officers and many "
                     "exceeded the 28-day time limit.",
                     "The team carries out the background checks, prepares the case for the "
                     "multi-agency decision-making panel and arranges for the disclosure to be "
                     "made in person, with an independent domestic violence adviser (IDVA) "
                     "present. The average time to make a disclosure has fallen from 41 days "
                     "to 19 days.",
                 ]}),
        ("p", "Domestic violence protection notices and orders (DVPNs and DVPOs) give victims "
              "space and time to consider their options. Their use varies widely between "
              "forces."),
        ("box", {"kind": "promising", "title": "Evidence-led applications for DVPOs",
                 "forces": ["West Midlands Police"],
                 "area": "Domestic abuse, VAWG and sexual offences",
                 "also": ["Custody and criminal justice"],
                 "body": [
                     "West Midlands Police has trained a team of officers to prepare "
                     "applications for DVPOs. The team reviews every arrest for a domestic "
                     "abuse offence where no charge is likely within the custody time "
                     "limit.",
                     "The officers use body-worn video, 999 recordings and photographs of "
                     "injuries to support the application, so that the victim does not need to "
                     "attend court. The number of DVPOs the force obtained doubled in a year, "
                     "and breaches are now routinely prosecuted.",
                 ]}),
        ("h1", "Stalking"),
        ("p", "Stalking is often part of a pattern of domestic abuse, particularly after a "
              "relationship ends. Victims told us that it took many reports before the police "
              "recognised what was happening to them as stalking rather than as a series of "
              "separate incidents of harassment."),
        ("p", "Stalking protection orders (SPOs) were introduced in 2020. Use of the orders has "
              "grown slowly, and in some forces we found no SPOs had been applied for in the "
              "previous year."),
        ("box", {"kind": "promising", "title": "A multi-agency stalking clinic",
                 "forces": ["Cheshire Constabulary"],
                 "area": "Domestic abuse, VAWG and sexual offences",
                 "also": ["Offender management", "Vulnerability and mental health"],
                 "body": [
                     "Cheshire Constabulary runs a fortnightly stalking clinic with the "
                     "probation service, a forensic psychologist and a specialist stalking "
                     "advocate. Investigators bring their most serious and complex stalking "
                     "cases to the clinic for advice.",
                     "The clinic advises on risk management, on applications for SPOs and on "
                     "the conditions that are most likely to be effective. The psychologist "
                     "helps investigators to understand the perpetrator's motivation, which "
                     "is used to plan interviews and to brief the CPS.",
                 ]}),
        ("h1", "Children and adults at risk"),
        ("p", "Children who live in households where there is domestic abuse are victims in "
              "their own right. Schools can support them, but only if they know what has "
              "happened."),
        ("box", {"kind": "promising", "title": "Operation Encompass notifications before school "
                                               "starts",
                 "force_line": "Essex Police", "forces": ["Essex Police"],
                 "area": "Child protection and exploitation",
                 "also": ["Domestic abuse, VAWG and sexual offences"],
                 "body": [
                     "The force's central referral unit reviews every domestic abuse incident "
                     "attended overnight where a child was present or normally lives at the "
                     "address. It notifies the child's school by 8.30am the next school day, "
                     "using a secure email system agreed with the local authority.",
                     "Designated safeguarding leads told us that the early notice meant that "
                     "a trusted adult could check on the child quietly during the first "
                     "lesson. The force audits the process every month and shares the results "
                     "with the local safeguarding children partnership.",
                 ]}),
        ("p", "Older people and adults with care and support needs can also be abused by "
              "partners, family members or carers. We found that this abuse was often "
              "recorded as a welfare concern rather than as a crime."),
        ("box", {"kind": "innovative", "title": "",
                 "force_line": "Surrey Police", "forces": ["Surrey Police"],
                 "area": "Vulnerability and mental health",
                 "also": ["Domestic abuse, VAWG and sexual offences"],
                 "body": [
                     "The force has appointed an adults at risk coordinator in each division. "
                     "The coordinators review incidents involving victims over the age of 65 or "
                     "with care needs, and they make sure that adult safeguarding referrals "
                     "are made and that abuse by carers is investigated as a crime.",
                     "The coordinators have also trained response officers to recognise "
                     "coercive control in older relationships and to use the DASH risk "
                     "assessment alongside a separate assessment of the person's mental "
                     "capacity. Referrals to adult social care from the police increased by "
                     "a third after the coordinators were introduced.",
                 ]}),
        ("h1", "Supporting victims"),
        ("p", "Victims told us that what they valued most was being believed and being kept "
              "informed. We found innovative practice in how some forces bring specialist "
              "support to victims earlier, though most had not yet evaluated it."),
        ("box", {"kind": "promising", "title": "IDVAs in the force control room",
                 "forces": ["Gwent Police"],
                 "area": "Victim care",
                 "also": ["Domestic abuse, VAWG and sexual offences", "Contact management"],
                 "body": [
                     "Gwent Police has placed two independent domestic violence advisers in its "
                     "force control room during the evening and at weekends. The advisers "
                     "listen to domestic abuse calls, offer advice to call handlers and speak "
                     "to victims directly, often before an officer arrives.",
                     "The advisers can make referrals to refuges and to the multi-agency risk "
                     "assessment conference (MARAC) the same day. Victims supported in this way "
                     "were more likely to support a prosecution.",
                 ]}),
        ("p", "Victims also told us that updates were inconsistent when suspects were "
              "released on bail or under investigation."),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["Forces should make sure that victims of domestic abuse are told "
                            "promptly when a suspect is released, and of any bail conditions."]}),
        ("h1", "Conclusion"),
        ("p", "The police response to domestic abuse has improved since our last inspection, "
              "but it remains inconsistent. Forces should learn from each other: the practice "
              "described in this report shows what can be achieved when a force commits "
              "resources to the problem."),
    ],
}
