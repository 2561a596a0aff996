"""Held-out report 3: thematic, Chromium, heading-strip boxes, a plain 1px box, a box that
runs over a page break, @page margin header and "Page n of N" footer."""

WM = "West Midlands Police"
SX = "Sussex Police"
MPS = "Metropolitan Police Service"
BD = "Bedfordshire Police"

REPORT = {
    "file": "thematic-2025-hate-crime.pdf",
    "producer": "chromium",
    "style": "strip",
    "title": "Tackling hate crime: an inspection of the police response to hate crime",
    "meta_title": "Tackling hate crime",
    "type": "thematic",
    "forces": [WM, SX, MPS, BD],
    "published": "2025-03-12",
    "cover": {
        "lines": ["Tackling hate crime",
                  "An inspection of the police response to hate crime in England and Wales"],
        "date": "Date published: 12/03/2025",
        "fieldwork": "Inspection fieldwork: June to October 2024",
    },
    "contents": False,
    "blocks": [
        ("h1", "About this inspection"),
        ("p", "The Home Secretary asked us to inspect how well the police respond to hate "
              "crime. We visited six forces and reviewed 240 hate crime investigations."),
        ("p", "A hate crime is any criminal offence that the victim, or anyone else, perceives "
              "to be motivated by hostility or prejudice towards a personal characteristic: "
              "race, religion, sexual orientation, disability or transgender identity."),
        ("h1", "Reporting hate crime"),
        ("p", "Victims told us that they often did not report hate crime because they thought "
              "the police would not take it seriously, or because they had been abused so many "
              "times that it had come to feel normal."),
        ("box", {
            "kind": "promising", "label": "PROMISING PRACTICE",
            "title": "Hate crime reporting through community pharmacies",
            "forces": [BD], "force_line": BD,
            "areas": ["Contact management", "Fairness and legitimacy"],
            "body": [
                "The force has trained staff in 45 community pharmacies to take reports of hate "
                "crime. Pharmacies are open long hours, are found in every town, and are trusted "
                "by people who might not approach the police. A pharmacist can pass a report to "
                "the force through a secure online form, with the victim's consent, and the "
                "victim receives a call from a hate crime officer within two days.",
                "Reports through pharmacies are still small in number, but more than half have "
                "come from disabled people, a group who report very little hate crime to the "
                "force directly.",
            ],
        }),
        ("p", "When victims did contact the police, call handlers usually identified the hate "
              "element of the crime, but victims were not always asked about earlier incidents."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["Forces should make sure that call handlers ask every victim of hate crime "
                     "about previous incidents, so that repeat victims are identified and their "
                     "risk is properly assessed."],
        }),
        ("h1", "Supporting victims"),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "A hate crime victim advocate in every local policing area",
            "forces": [WM], "force_line": WM, "force_pos": "above",
            "variant": "split",
            "areas": ["Victim care", "Fairness and legitimacy"],
            "body": [
                "The force has commissioned a charity to provide a hate crime victim advocate "
                "in each of its local policing areas. The advocates are not police employees, "
                "which victims told us made them easier to talk to. Every victim of a hate crime "
                "is offered an advocate when the crime is recorded, and repeat victims are "
                "contacted by an advocate even if they did not ask for one.",
                "Advocates work from police stations two days a week, so that they can speak to "
                "investigating officers in person. They:",
                ["carry out a needs assessment with the victim within five working days;",
                 "help victims to apply for housing transfers, home security measures and "
                 "compensation;",
                 "go with victims to court and to restorative justice meetings;",
                 "tell the investigating officer when a victim has been targeted again; and",
                 "meet the local hate crime sergeant every month to review open cases."],
                "The force and the charity review the service together each quarter, using "
                "feedback from victims and the outcomes of the cases. In the first year, "
                "victims who had an advocate were much more likely to support a prosecution "
                "than those who did not.",
                "The advocates also run awareness sessions for community groups and schools, "
                "and they have helped the force to recruit new third-party reporting centres in "
                "areas where reporting was low.",
            ],
        }),
        ("p", "The victims we spoke to valued being kept informed more than anything else. Those "
              "who had a single point of contact in the force were far more satisfied than those "
              "who did not."),
        ("p", "Not every force could say how many hate crime victims had been referred to "
              "support services, or whether they had accepted the offer."),
        ("h1", "Investigating hate crime"),
        ("p", "The quality of hate crime investigations was mixed. Officers often gathered the "
              "obvious evidence, such as statements and body-worn video, but opportunities to "
              "obtain CCTV, social media evidence and forensic material were missed in too "
              "many cases."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Social media evidence packs for online hate",
            "forces": [MPS], "force_line": MPS,
            "variant": "plain",
            "areas": ["Investigations", "Digital, data and technology"],
            "body": [
                "Officers investigating online hate crime can ask a small team of digital "
                "investigators to prepare an evidence pack. The pack preserves the posts, "
                "identifies the accounts involved, and sets out which requests to send to "
                "social media companies and how to word them.",
                "Investigators told us that the packs saved them hours of work and helped them "
                "to identify suspects who would otherwise have remained anonymous.",
            ],
        }),
        ("p", "We found notable practice in one force's use of restorative justice for "
              "low-level hate incidents between neighbours, but the force had not evaluated it.",
         "decoy"),
        ("h1", "Working with communities"),
        ("p", "Forces need the trust of the communities most affected by hate crime. We found "
              "that independent advisory groups were well established in most forces, but they "
              "did not always reflect newer communities."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Tension monitoring with community partners",
            "forces": [SX], "force_line": SX,
            "areas": ["Neighbourhood policing", "Serious violence"],
            "body": [
                "After national and international events that can lead to increases in hate "
                "crime, the force holds a weekly call with faith leaders, councils, universities "
                "and community groups. Partners share what they are hearing, and the force's "
                "analysts combine this with crime and social media data to produce a tension "
                "assessment for each district.",
                "Neighbourhood commanders use the assessment to decide where to send patrols "
                "and whom to visit. Community leaders told us this had helped to prevent "
                "several protests from turning into disorder.",
            ],
        }),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "body": ["By December 2025, chief constables should make sure that every victim of "
                     "hate crime is offered specialist support and is kept informed about the "
                     "progress of their case."],
        }),
    ],
}
