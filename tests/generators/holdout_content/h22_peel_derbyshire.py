"""Held-out set 7, report 22: an older PEEL effectiveness report (2018/19 style), headless
Chromium (tests/generators/holdout_content/peel7_html_render.py): question headings, "Summary of
findings", "Notable practice" boxes (one untitled) naming the force only in the text, an
"Areas for improvement" box listing several bullets, a "Cause of concern" box, CSS page
margin boxes for the footer "HMICFRS | PEEL: Police effectiveness 2018/19 | <force>" and a
page number, and an "Annex A – About the data" page with a table."""

F = "Derbyshire Constabulary"

REPORT = {
    "file": "peel-2019-derbyshire.pdf",
    "producer": "chromium",
    "style": "peel1819",
    "title": "PEEL: Police effectiveness 2018/19 – An inspection of Derbyshire Constabulary",
    "meta_title": "PEEL: Police effectiveness 2018/19 – Derbyshire Constabulary",
    "type": "peel",
    "forces": [F],
    "published": "2019-05",  # the cover gives the month only
    "cover": {
        "lines": ["PEEL: Police effectiveness 2018/19", "An inspection of Derbyshire Constabulary"],
        "date": "May 2019",
        "small": "© HMICFRS 2019  ISBN: 978-1-78655-782-4  www.justiceinspectorates.gov.uk/hmicfrs",
    },
    "footer": "HMICFRS | PEEL: Police effectiveness 2018/19 | Derbyshire Constabulary",
    "blocks": [
        ("h1", "Summary of findings"),
        ("p", "Derbyshire Constabulary is good at keeping people safe and reducing crime. "
              "Our overall judgment is the same as last year. The force is good at "
              "preventing crime and tackling anti-social behaviour, good at investigating "
              "crime and reducing re-offending, and requires improvement in protecting "
              "vulnerable people and supporting victims."),
        ("p", "The force has a clear commitment to neighbourhood policing. It understands "
              "the threats facing its communities, from the cities of Derby and Chesterfield "
              "to the villages of the Peak District, and it uses that understanding to "
              "decide where to deploy its officers and staff."),
        ("p", "We found notable practice in how the force uses its crime data to support "
              "rural watch schemes, and in the way it helps victims of domestic abuse who "
              "attend hospital.", "decoy"),
        ("p", "However, the force needs to make sure that it assesses the risk to victims of "
              "domestic abuse correctly, and that officers take positive action at the scene "
              "when it is appropriate. We have identified a cause of concern in this area, "
              "and we set out our recommendations later in this report."),
        ("p", "Derbyshire Constabulary spends £190 million a year and employs around 1,800 "
              "police officers, 170 police community support officers and 1,400 police "
              "staff. Recorded crime rose by seven percent in the 12 months to June 2018, "
              "which is lower than the increase across England and Wales."),
        ("break",),

        ("h1", "Question 1: How effective is the force at preventing crime, tackling "
               "anti-social behaviour and keeping people safe?"),
        ("grade", "Good"),
        ("h2", "Prioritising crime prevention"),
        ("p", "The force's police and crime plan puts prevention at the centre of its work. "
              "Neighbourhood teams are aligned with local council boundaries, and each team "
              "has a clear set of local priorities agreed with residents at public meetings "
              "and through an online survey."),
        ("p", "Officers and staff have a good understanding of problem solving. In the "
              "plans we reviewed, teams had analysed the problem, worked with partner "
              "organisations and assessed whether what they did had worked."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Rural watch schemes linked to the force's crime data",
            "forces": [F], "force_line": None,
            "areas": ["Neighbourhood policing", "Digital, data and technology"],
            "body": [
                "Derbyshire Constabulary has linked its farm watch, horse watch and "
                "country watch schemes to its crime recording system. When a theft from a "
                "farm, a stable or an isolated property is recorded, members of the scheme "
                "within ten miles receive a message within the hour describing what was "
                "taken and any vehicle seen nearby.",
                "Members can reply with sightings, which go straight to the rural crime "
                "team. The schemes now have more than 4,600 members, and in the first year "
                "their information led to 37 arrests and the recovery of stolen machinery "
                "worth over £400,000.",
            ],
        }),
        ("h2", "Tackling anti-social behaviour"),
        ("p", "The force works well with councils and housing providers to tackle "
              "anti-social behaviour. It makes good use of community protection notices and "
              "civil injunctions, and neighbourhood officers know the individuals who cause "
              "most harm in their areas."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "title": "", "forces": [F], "force_line": None,
            "body": [
                "The force should evaluate its problem-solving plans consistently, so that "
                "it knows which approaches work best and can share them across its "
                "neighbourhood teams.",
            ],
        }),
        ("break",),

        ("h1", "Question 2: How effective is the force at investigating crime and reducing "
               "re-offending?"),
        ("grade", "Good"),
        ("h2", "Investigation quality"),
        ("p", "The force's investigations are generally of a good standard. Investigators "
              "are well supervised, and the force has reduced the number of crimes waiting "
              "to be allocated. Victims are usually kept informed, although some told us "
              "that updates stopped once a suspect had been interviewed."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "",
            "forces": [F], "force_line": None,
            "areas": ["Digital, data and technology", "Investigations"],
            "body": [
                "Derbyshire Constabulary has trained a digital media investigator for every "
                "shift in each of its two divisions. The investigators attend the scenes of "
                "serious crimes, advise officers on which phones, cameras and devices to "
                "seize, and can download a victim's phone at the scene so that the victim "
                "does not have to give it up for weeks. Since the scheme started, the "
                "number of devices waiting to be examined by the force's digital forensic "
                "unit has fallen from 640 to 180.",
            ],
        }),
        ("h2", "Reducing re-offending"),
        ("p", "The force manages registered sex offenders well, and it has cleared the "
              "backlog of visits that we found in our last inspection. Its integrated "
              "offender management scheme includes people who commit domestic abuse as "
              "well as those who commit burglary and robbery."),
        ("box", {
            "kind": "afi", "label": "Areas for improvement",
            "title": "", "forces": [F], "force_line": None,
            "body": [[
                "The force should make sure that victims are kept informed throughout an "
                "investigation, in line with the Code of Practice for Victims of Crime.",
                "The force should reduce the number of outstanding suspects and make sure "
                "that wanted people are actively pursued.",
                "The force should make sure that it uses bail and released under "
                "investigation appropriately, and that it reviews cases regularly.",
                "The force should improve how it records and monitors the outcomes of "
                "investigations where a victim does not support a prosecution.",
            ]],
        }),
        ("p", "Other forces could learn from the notable practice that we describe in this "
              "report, and we will share it through our website.", "decoy"),
        ("break",),

        ("h1", "Question 3: How effective is the force at protecting those who are "
               "vulnerable from harm, and supporting victims?"),
        ("grade", "Requires improvement"),
        ("h2", "Protecting victims of domestic abuse"),
        ("p", "The force has a good understanding of vulnerability, and its officers are "
              "generally good at identifying vulnerable people. But in the domestic abuse "
              "cases we reviewed, officers did not always complete risk assessments "
              "correctly, and some high-risk cases were recorded as medium risk."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "title": "", "forces": [F], "force_line": None,
            "body": [
                "Derbyshire Constabulary does not always respond appropriately to victims "
                "of domestic abuse. Risk assessments are not always completed accurately, "
                "and officers do not always take positive action at the scene.",
                "To address this cause of concern, we recommend that the force should "
                "immediately review its training on risk assessment and make sure that "
                "supervisors check every assessment within 24 hours.",
            ],
        }),
        ("p", "The force works with the hospital trusts in its area to reach victims who do "
              "not call the police. It also has a dedicated team that reviews every domestic "
              "abuse incident where children were present."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Domestic abuse advisers in hospital emergency departments",
            "forces": [F], "force_line": None,
            "areas": ["Domestic abuse, VAWG and sexual offences", "Victim care"],
            "body": [
                "Derbyshire Constabulary jointly funds two independent domestic violence "
                "advisers who work in the emergency departments at Royal Derby Hospital and "
                "Chesterfield Royal Hospital. Nurses can refer patients who disclose abuse "
                "directly to them, day or night, without the patient first having to report "
                "it to the police.",
                "The advisers see many victims who have never contacted the police. In the "
                "year to September 2018, they supported 310 patients, and 96 of them went on "
                "to report the abuse to the force.",
            ],
        }),
        ("h2", "Supporting people with mental health problems"),
        ("p", "The force has mental health nurses in its control room at peak times, and "
              "the number of people detained under section 136 of the Mental Health Act has "
              "fallen. No one was taken to police custody as a place of safety last year."),
        ("break",),

        ("h1", "Annex A – About the data"),
        ("p", "The information presented in this report comes from a range of sources, "
              "including data published by the Home Office and the Office for National "
              "Statistics, data we collected directly from all 43 geographic police forces "
              "in England and Wales, and our inspection fieldwork."),
        ("table", {
            "caption": "Figure 1: Selected data for Derbyshire Constabulary compared with "
                       "England and Wales, 12 months to 30 June 2018",
            "head": ["Measure", "Derbyshire", "England and Wales"],
            "rows": [
                ["Recorded crimes per 1,000 population", "72.4", "85.1"],
                ["Change in recorded crime from previous year", "+7%", "+10%"],
                ["Anti-social behaviour incidents per 1,000 population", "31.9", "29.4"],
                ["Domestic abuse arrests per 100 domestic abuse crimes", "34", "33"],
                ["Charge or summons rate (all crime)", "9.6%", "8.2%"],
                ["Registered sex offenders per 1,000 population", "1.6", "1.1"],
            ],
        }),
        ("p", "Where we have compared the force's data with England and Wales as a whole, "
              "the figure for England and Wales excludes the British Transport Police and "
              "Greater Manchester Police, which did not provide complete data for the "
              "period. Population figures are the Office for National Statistics mid-2017 "
              "estimates."),
        ("p", "Forces have different ways of recording some data, so comparisons should be "
              "treated with caution. Crime data are those recorded by forces and published "
              "by the Office for National Statistics; they do not include fraud reported to "
              "Action Fraud."),
    ],
}
