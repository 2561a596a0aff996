"""Report r1: PEEL 2025, Gwent Police (reportlab). Fictional findings."""

FORCE = "Gwent Police"

VICTIM_UPDATES = {
    "kind": "promising", "label": "Promising practice",
    "title": "Victim contact officers who keep victims of burglary and robbery informed",
    "force_line": None, "forces": [FORCE],
    "areas": ["Victim care", "Investigations"], "expect": (3, 3),
    "body": [
        "In May 2024 the force created a team of six victim contact officers in its "
        "central investigation hub. They call every victim of a residential burglary or a "
        "personal robbery within 48 hours of the report, agree how and how often the "
        "victim wants to hear from the force, and record this on the crime record so that "
        "the investigating officer can see it.",
        "The officers make a further call at 28 days and again when the case is closed. "
        "They explain the outcome in plain terms and, where the victim wants it, pass "
        "their details to Connect Gwent for practical and emotional support. In the first "
        "year the team made 4,312 calls, and the share of these victims who said they "
        "were satisfied with how well they were kept informed rose from 61 to 78 percent.",
    ],
}

CALL_BACK = {
    "kind": "innovative", "label": "Innovative practice",
    "title": "Calling back people who hang up while waiting on 101",
    "force_line": None, "forces": [FORCE],
    "areas": ["Contact management", "Digital, data and technology"], "expect": (4, 4),
    "body": [
        "When a caller ends a 101 call before it is answered, the force's telephony system "
        "now places the number in a call-back queue. A dedicated call handler works "
        "through the queue, starting with numbers that have called more than once in the "
        "past 24 hours and numbers linked to a recent domestic abuse or missing person "
        "report.",
        "Between January and June 2025 the handler returned 9,870 abandoned calls. In 212 "
        "of them the caller was reporting something that needed an emergency or priority "
        "response, including two people who had been assaulted by a partner. The force "
        "now publishes its abandoned call rate alongside its answer times each month.",
    ],
}

PROBLEM_SOLVING = {
    "kind": "promising", "label": "Promising practice",
    "title": "Problem-solving with a housing association on the Ringland estate",
    "force_line": None, "forces": [FORCE], "variant": "split",
    "areas": ["Neighbourhood policing"], "expect": (4, 5),
    "body": [
        "The neighbourhood team in east Newport used the SARA problem-solving model to "
        "reduce repeat calls about motorcycle nuisance, drug dealing in stairwells and "
        "damage to empty flats on the Ringland estate. PCSOs walked the estate with "
        "housing officers from Pobl and staff from Newport City Council, and mapped each "
        "of the 146 calls received over the previous six months to a block, a time of "
        "day and, where known, a household.",
        "The partners agreed a plan. The housing association fitted new secure doors and "
        "lighting to four blocks and cleared two garage areas used to hide stolen "
        "motorcycles. The council's youth service ran evening sessions on Tuesdays and "
        "Thursdays, the nights when most calls were made. The team served four community "
        "protection notices and one closure order on a flat used for dealing.",
        "The team reviewed the plan with residents at monthly street meetings, and "
        "published what had been done on the force's neighbourhood pages and in a "
        "printed newsletter delivered to every flat.",
        "Over the following six months, calls about anti-social behaviour on the estate "
        "fell by 41 percent and reports of criminal damage by 29 percent. The force has "
        "since trained 38 more officers and PCSOs in the same approach and keeps each "
        "plan on a shared problem-solving database so that other teams can learn from it.",
    ],
}

FRAUD_TEAM = {
    "kind": "promising", "label": "Promising practice",
    "title": "A team that protects and investigates on behalf of victims of courier and "
             "romance fraud",
    "force_line": None, "forces": [FORCE], "variant": "split",
    "areas": ["Fraud and cyber crime", "Victim care", "Investigations"], "expect": (5, 7),
    "body": [
        "In 2023 the force brought together its economic crime unit and its Action Fraud "
        "referral desk into one economic crime team of 22 staff. The team now receives "
        "every report that Action Fraud disseminates to the force, as well as fraud "
        "reported directly to the control room, and decides within one working day "
        "whether each case needs protection, investigation or both.",
        "Two protect officers, funded by the National Economic Crime Centre, contact "
        "every victim aged over 70 and every victim who has lost more than £5,000. They "
        "visit people at home where the victim prefers it, help them contact their bank, "
        "and fit call blockers supplied by Trading Standards for people targeted by "
        "repeated telephone scams.",
        "The team works with the banking protocol. Staff at bank branches across the "
        "force area call 999 when a customer tries to withdraw an unusual sum and "
        "appears to be under the instruction of a caller. Call handlers treat these "
        "calls as an emergency and an officer attends the branch.",
        "In the year to March 2025 the banking protocol led to 163 attendances at bank "
        "branches. Officers prevented losses of about £1.4 million and arrested 19 "
        "people who had come to collect cash from victims.",
        "For romance fraud, the team uses a victim's own messages to show them how the "
        "offender has built trust. Protect officers told us that many victims do not "
        "accept at first that they have been deceived, and that seeing the pattern of "
        "messages set out on a timeline is often what persuades them to stop paying.",
        "The team has a financial investigator and an accredited counter-fraud "
        "specialist. They apply for account freezing orders quickly where money is still "
        "in an account. In 2024 the force froze £612,000 in 41 accounts, and £388,000 of "
        "this has been returned to victims.",
        "Every investigation has a plan agreed with a detective sergeant within seven "
        "days. Supervisors review the plan every 28 days, and we found these reviews "
        "recorded on all 20 of the fraud investigations we examined. The plans set "
        "realistic lines of enquiry, such as bank and telephone records, and record why "
        "any line is not being followed.",
        "The team keeps victims informed. Each victim has a named officer and receives an "
        "update at least every 28 days. Victims we spoke to through the force's own "
        "survey said that they valued being told honestly when their money could not be "
        "recovered.",
        "The team works with the South Wales regional organised crime unit when a case "
        "is linked to an organised crime group. In one case, analysis of 37 courier fraud "
        "reports across three forces identified a single group that had used the same "
        "hire cars to collect cash. Four members of the group were later convicted.",
        "It also shares what it learns. Each month the team gives a short briefing to "
        "neighbourhood teams on current frauds in the area, and PCSOs pass this on at "
        "community meetings, in care homes and through the force's social media "
        "accounts.",
        "Since the team was set up, the proportion of fraud investigations closed with a "
        "charge or summons has risen from 3.1 percent to 7.4 percent. The proportion "
        "closed because no suspect could be identified has fallen.",
        "The force monitors the team's work through a monthly performance meeting chaired "
        "by the head of crime. The meeting looks at victim contact times, losses "
        "prevented and outcomes, and at any case where a vulnerable victim has been "
        "defrauded more than once.",
        "The team has also worked with the force's digital media investigators to "
        "download the messages and call records from victims' phones quickly, with the "
        "victim's consent, so that the devices can be returned the same day. Victims "
        "told us that losing their phone for weeks would have cut them off from family "
        "at the time they most needed support.",
        "Where a victim has been defrauded by someone they have met online, the team "
        "contacts the dating site or social media company and asks it to remove the "
        "offender's profile. It keeps a list of profile names and photographs used by "
        "offenders so that it can link new reports to existing investigations.",
        "The team has a clear threshold for referring victims to adult social care. "
        "If a victim appears to lack capacity, or is being defrauded by a carer or "
        "relative, officers make a safeguarding referral the same day. In 2024 the team "
        "made 58 such referrals.",
        "Staff told us that the team has made them more confident in dealing with fraud. "
        "Call handlers now have a short guide to the questions that identify a fraud in "
        "progress, and the team has trained 64 frontline officers as fraud champions.",
        "We consider this a promising way of bringing protection and investigation "
        "together. The force should evaluate it, including whether repeat victimisation "
        "has fallen, so that others can learn from it.",
    ],
}

IOM = {
    "kind": "innovative", "label": "Innovative practice",
    "title": "Electronic tagging of prolific acquisitive offenders released from prison",
    "force_line": None, "forces": [FORCE],
    "areas": ["Offender management", "Digital, data and technology"], "expect": (7, 7),
    "body": [
        "The force's integrated offender management team works with the Probation "
        "Service to ask for a GPS tag as a licence condition for people leaving prison "
        "after a sentence for burglary, robbery or vehicle crime. Each week the team "
        "compares tag location data with the times and places of new burglaries and "
        "thefts from vehicles.",
        "Of the 57 people tagged in 2024, 11 were recalled to prison after the data "
        "placed them at the scene of a new offence. Offender managers told us that the "
        "tags also help people who want to stop offending, because they can show that "
        "they were not involved.",
    ],
}

VETTING = {
    "kind": "promising", "label": "Promising practice",
    "title": "", "force_line": None, "forces": [FORCE],
    "areas": ["Professional standards and vetting"], "expect": (8, 8),
    "body": [
        "The counter-corruption unit checks the force's systems every night for staff who "
        "have searched for records about themselves, their family or people they know "
        "outside work. Each match is reviewed by an investigator the next morning.",
        "In 2024 this led to 23 inquiries, five of which found that an officer had been "
        "using force systems to pursue a relationship. All five were referred for "
        "misconduct hearings and four officers were dismissed. The unit also briefs "
        "every new recruit on abuse of position for a sexual purpose in their first week.",
    ],
}

WELLBEING = {
    "kind": "promising", "label": "Promising practice",
    "title": "Trauma risk checks for officers who deal with child abuse images",
    "force_line": None, "forces": [FORCE], "variant": "colsplit",
    "areas": ["Workforce and wellbeing"], "expect": (8, 8),
    "body": [
        "Officers and staff in the online child abuse investigation team and the digital "
        "forensic unit see distressing material every working day. Since 2023 each of "
        "them has had a confidential psychological screening every six months with an "
        "occupational health practitioner, and a session with a clinical psychologist "
        "every year.",
        "Supervisors have been trained to notice early signs of trauma. Each team has a "
        "rota so that no one grades images for more than two hours without a break, and a "
        "quiet room away from the office.",
        "Staff can opt to move to other work for a period without it affecting their "
        "career. Seven people have done so, and five have returned to the team.",
        "Sickness absence in these teams fell from 14.2 to 6.8 days a person a year "
        "between 2022 and 2024, and staff told us that they felt the force understood the "
        "effect of the work on them.",
    ],
}

AFI_RESPONSE = {
    "kind": "afi", "label": "Area for improvement",
    "body": [
        "The force should make sure it attends emergency and priority incidents within its "
        "target times, especially in rural parts of Monmouthshire."
    ],
}

COC_VULN = {
    "kind": "coc", "label": "Cause of concern",
    "body": [
        "The force doesn't always identify repeat victims of domestic abuse when they call, "
        "and some high-risk cases wait too long for a safeguarding response.",
        "Recommendation: within six months, the force should review how call handlers "
        "check previous contact and how it allocates high-risk cases to specialist officers.",
    ],
}

REC_WORKFORCE = {
    "kind": "rec", "label": "Recommendation",
    "body": [
        "By September 2026, the force should make sure that supervisors in every "
        "department hold regular wellbeing conversations with their staff and record them."
    ],
}

REPORT = {
    "file": "peel-2025-gwent.pdf", "producer": "reportlab", "twocol": 8,
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy – An inspection "
             "of Gwent Police",
    "meta_title": "PEEL 2025 Gwent Police",
    "type": "peel", "forces": [FORCE], "published": "2026-02-19",
    "header": "PEEL 2025: Gwent Police",
    "cover": {"kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
              "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                        "An inspection of Gwent Police"],
              "date": "Published: 19 February 2026"},
    "blocks": [
        ("contents", [
            ("Overall summary", 3),
            ("Providing a service to victims of crime", 3),
            ("Promising practice: Victim contact officers who keep victims of burglary "
             "and robbery informed", 3),
            ("Responding to the public", 4),
            ("Innovative practice: Calling back people who hang up while waiting on 101", 4),
            ("Prevention and deterrence", 4),
            ("Investigating crime", 5),
            ("Promising practice: A team that protects and investigates on behalf of "
             "victims of courier and romance fraud", 5),
            ("Protecting vulnerable people", 7),
            ("Managing offenders and suspects", 7),
            ("Building, supporting and protecting the workforce", 8),
            ("Leadership and force management", 8),
        ]),
        ("h1", "Overall summary"),
        ("p", "We have concluded that Gwent Police is adequate at investigating crime and "
              "good at preventing crime and anti-social behaviour. It needs to improve how "
              "it responds to the public in rural areas and how it protects vulnerable "
              "people who contact it more than once."),
        ("p", "We found promising practice in the way the force keeps victims of burglary "
              "and robbery updated, and in how it brings fraud protection and "
              "investigation together.", "decoy"),
        ("h1", "Providing a service to victims of crime"),
        ("p", "The force records crime accurately. Our audit of 1,180 incidents found that "
              "it recorded 94.1 percent of the crimes reported to it, and it is good at "
              "recording crimes of violence and sexual offences."),
        ("p", "Victims are usually given the chance to make a personal statement and are "
              "offered referral to support services. The force makes good use of its "
              "victim satisfaction survey, which it sends to 1,000 victims each quarter."),
        ("box", VICTIM_UPDATES),
        ("break",),
        ("h1", "Responding to the public"),
        ("p", "The force answers 999 calls quickly: in the year to June 2025 it answered 91 "
              "percent within ten seconds, above the national standard. Too many 101 callers "
              "hang up before they are answered, although the force has begun to address "
              "this."),
        ("box", CALL_BACK),
        ("box", AFI_RESPONSE),
        ("h1", "Prevention and deterrence"),
        ("p", "The force's neighbourhood teams know their communities and prioritise "
              "prevention. Each ward has a named officer and PCSO, and abstractions from "
              "neighbourhood work to cover response shifts have fallen."),
        ("p", "Neighbourhood officers told us that they have time to work on local "
              "problems. The force has trained all of its neighbourhood sergeants in "
              "problem-solving, and each team keeps a small number of long-term plans "
              "agreed with partners and reviewed by an inspector every month."),
        ("p", "The force works well with community safety partnerships in each of its five "
              "local authority areas. It shares information about anti-social behaviour "
              "hotspots each week, and partners told us that the force is a reliable "
              "member of local problem-solving groups."),
        ("box", PROBLEM_SOLVING),
        ("h1", "Investigating crime"),
        ("p", "Most investigations are carried out to a good standard. Supervisors review "
              "crimes promptly and set clear lines of enquiry, but investigation plans are "
              "not always updated when new evidence comes to light."),
        ("p", "The force uses bail and released under investigation appropriately. It has "
              "reduced the number of suspects released under investigation for more than a "
              "year from 312 to 74."),
        ("p", "Officers make good use of body-worn video, house-to-house enquiries and "
              "CCTV. Digital devices are examined within 30 days in most cases, although "
              "the backlog of computers awaiting examination remains."),
        ("space", 50),
        ("box", FRAUD_TEAM),
        ("box", COC_VULN),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force is good at recognising the risks to children who go missing, and "
              "its multi-agency safeguarding hub makes decisions quickly."),
        ("h1", "Managing offenders and suspects"),
        ("p", "The force manages registered sex offenders well, and its integrated offender "
              "management team is well established."),
        ("box", IOM),
        ("cols", True),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "The force has a positive culture. Most staff told us that they feel able to "
              "challenge behaviour that falls below the standards expected, and the force "
              "acts on reports made through its confidential reporting line."),
        ("box", VETTING),
        ("h1", "Leadership and force management"),
        ("p", "Chief officers are visible and set clear priorities."),
        ("box", WELLBEING),
        ("box", REC_WORKFORCE),
        ("cols", False),
    ],
}
