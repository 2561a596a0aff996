"""National thematic on fraud, cyber crime and digital forensics: US letter, heading-strip
boxes in teal, Courier running header/footer, two-column pages."""

REPORT = {
    "file": "thematic-2024-fraud-digital.pdf",
    "title": "Evidence in the cloud: an inspection of how the police tackle fraud, cyber crime "
             "and digital evidence",
    "type": "thematic",
    "forces": ["City of London Police", "Sussex Police", "North Yorkshire Police",
               "Derbyshire Constabulary", "Warwickshire Police", "Wiltshire Police"],
    "published": "2024-11",
    "cover_lines": ["A national thematic inspection", "November 2024"],
    "style": {"page": "letter", "cols": 2, "gutter": 22, "box": "strip",
              "box_stroke": "#00707A", "accent": "#00707A", "size": 9.5,
              "hf_font": "Courier", "header": "HMICFRS | Evidence in the cloud",
              "footer": "- {n} -", "cover": "band", "cover_color": "#00707A",
              "margins": (54, 54, 70, 60), "hyphenate": True},
    "front_pages": [{
        "heading": "About this inspection",
        "paras": [
            "We carried out this inspection under section 54 of the Police Act 1996. Fieldwork "
            "took place between January and May 2024 in eight forces, two regional organised "
            "crime units and the National Fraud Intelligence Bureau.",
            "We reviewed 400 fraud and cyber crime case files and 120 digital forensic "
            "submissions, and we interviewed victims, investigators, digital forensic "
            "practitioners and senior leaders.",
            "Where we found practice that we think other forces could learn from, we describe "
            "it in a box headed 'Innovative practice' or 'Promising practice'. We have not "
            "evaluated these examples in detail.",
        ],
    }],
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Fraud is now the most commonly experienced crime in England and Wales, and most "
              "of it is committed online. Almost every investigation involves digital "
              "evidence, from mobile phones to cloud storage. Yet forces devote a small "
              "proportion of their resources to fraud and cyber crime, and backlogs in "
              "digital forensics delay investigations of all kinds."),
        ("p", "This inspection looked at how forces respond to fraud and cyber crime reported "
              "to Action Fraud, and at the capacity and capability of their digital forensic "
              "units."),
        ("h1", "Responding to fraud"),
        ("p", "Victims of fraud often feel that nobody is interested in their case. We found "
              "that the quality of service depended on the force area in which the victim "
              "lived."),
        ("box", {"kind": "promising", "title": "Specialist support for vulnerable fraud victims",
                 "force_line": "Sussex Police", "forces": ["Sussex Police"],
                 "area": "Fraud and cyber crime", "also": ["Victim care"],
                 "body": [
                     "The force has an economic crime victim care unit, staffed by police "
                     "staff caseworkers. Caseworkers contact every victim of fraud referred "
                     "by the National Fraud Intelligence Bureau who is assessed as "
                     "vulnerable, usually within 48 hours.",
                     "They give protective advice, arrange for bank accounts to be secured "
                     "and, where needed, refer the victim to adult social care. The unit "
                     "also runs an operation to intercept money mules and couriers in "
                     "courier fraud cases, working with banks and taxi firms.",
                 ]}),
        ("box", {"kind": "innovative", "title": "Disrupting fraud websites and phone numbers",
                 "forces": ["City of London Police"],
                 "area": "Fraud and cyber crime",
                 "also": ["Serious and organised crime"],
                 "body": [
                     "City of London Police, as the national lead force for fraud, has "
                     "developed a disruption team that takes down websites, email addresses "
                     "and telephone numbers used by fraudsters. It works with domain "
                     "registrars, internet service providers and telecoms companies to "
                     "suspend them quickly.",
                     "In the last year the team disrupted more than 2,000 websites and "
                     "phone numbers. It shares the indicators with other forces through the "
                     "regional organised crime units.",
                 ]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["By March 2025, chief constables should make sure that every "
                            "victim of fraud who is assessed as vulnerable is contacted "
                            "within 72 hours."]}),
        ("h1", "Cyber crime"),
        ("p", "Regional cyber crime units and force cyber teams have built good skills, but "
              "local officers often lack confidence in dealing with computer misuse."),
        ("box", {"kind": "promising", "title": "Cyber protect officers for small businesses",
                 "forces": ["North Yorkshire Police"],
                 "area": "Fraud and cyber crime",
                 "also": ["Neighbourhood policing"],
                 "body": [
                     "North Yorkshire Police has trained a cyber protect officer in each "
                     "district. The officers visit small businesses and charities that have "
                     "been victims of ransomware or business email compromise, and they run "
                     "exercises with local business groups.",
                     ["Every business that reports cyber crime is offered a free security "
                      "review.",
                      "Officers use the National Cyber Security Centre's exercise in a box "
                      "to test businesses' response plans.",
                      "The force follows up with each victim three months later."],
                 ]}),
        ("mention", "An example of innovative practice in cyber crime prevention for "
                    "schools is included in the college's guidance.",
         "An example of innovative practice in cyber crime prevention for schools"),
        ("h1", "Digital forensics"),
        ("p", "Most forces have backlogs of devices waiting to be examined. Victims of rape "
              "and other serious sexual offences (RASSO) can wait months for their phones to "
              "be returned."),
        ("box", {"kind": "innovative", "title": "Triage kiosks and targeted extraction",
                 "force_line": "Derbyshire Constabulary",
                 "forces": ["Derbyshire Constabulary"],
                 "area": "Digital, data and technology",
                 "also": ["Investigations",
                          "Domestic abuse, VAWG and sexual offences"],
                 "body": [
                     "The force has installed digital forensic kiosks in its main police "
                     "stations. Officers trained as digital media investigators can extract "
                     "specific material from a victim's phone, such as messages between two "
                     "dates, while the victim waits. The phone is returned the same day.",
                     "Extraction is limited to what is relevant to the investigation, in "
                     "line with the Police, Crime, Sentencing and Courts Act 2022. The force "
                     "told us that victims of RASSO were more willing to hand over their "
                     "phones as a result.",
                 ]}),
        ("box", {"kind": "promising", "title": "Accreditation of the digital forensic unit",
                 "forces": ["Warwickshire Police"],
                 "area": "Digital, data and technology",
                 "also": ["Strategy, performance and resources"],
                 "body": [
                     "Warwickshire Police has achieved ISO 17025 accreditation for its "
                     "mobile phone and computer examination, as required by the Forensic "
                     "Science Regulator's code. It has a quality manager and a programme of "
                     "internal audits.",
                     "The force told us that accreditation had improved the consistency of "
                     "its work and reduced the number of challenges to digital evidence at "
                     "court.",
                 ]}),
        ("box", {"kind": "promising", "title": "",
                 "forces": ["Wiltshire Police"],
                 "area": "Investigations",
                 "also": ["Digital, data and technology"],
                 "body": [
                     "Wiltshire Police has created a digital investigation support team that "
                     "helps investigators to plan their digital lines of enquiry at the "
                     "start of an investigation. The team sets a digital strategy for every "
                     "serious case, so that only the devices and data that are needed are "
                     "submitted for examination.",
                     "The number of devices submitted fell by a third, and the backlog "
                     "in the digital forensic unit has been cleared.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["Forces should make sure they understand the demand on their "
                            "digital forensic units and have plans to reduce backlogs."]}),
        ("h1", "Conclusion"),
        ("p", "Fraud and digital evidence are now part of mainstream policing. Forces must "
              "treat them that way."),
    ],
}
