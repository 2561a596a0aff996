"""Report r2 of set 11: a custody and criminal justice thematic, 2024 (Chromium).
Fictional: real force names, invented findings and practices."""

WM = "West Midlands Police"
AS = "Avon and Somerset Constabulary"
GL = "Gloucestershire Constabulary"
CL = "Cleveland Police"
DP = "Dyfed-Powys Police"
TV = "Thames Valley Police"
NT = "Nottinghamshire Police"

REPORT = {
    "file": "thematic-2024-custody.pdf",
    "producer": "chromium",
    "theme": "custody",
    "title": "From arrest to court: an inspection of how the police detain suspects and "
             "build cases",
    "meta_title": "From arrest to court",
    "type": "thematic",
    "forces": [TV, NT, CL, WM, DP, AS, GL],
    "published": "2024-10-17",
    "header": "From arrest to court: custody and case building",
    "cover": {"kicker": "HMICFRS thematic inspection",
              "lines": ["From arrest to court",
                        "An inspection of how the police detain suspects and build cases"],
              "date": "17 October 2024"},
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Between January and May 2024 we visited six forces: Cleveland Police, "
              "Dyfed-Powys Police, Nottinghamshire Police, Thames Valley Police, West "
              "Midlands Police and Avon and Somerset Constabulary. In each we spent time in "
              "the custody suites, read case files and spoke to prosecutors, defence "
              "solicitors, magistrates and the people who had been held."),
        ("p", "Most detainees were treated with care, and custody staff were committed and "
              "well trained. But too many people waited too long to be seen by a health "
              "professional, and the quality of the files sent to prosecutors was "
              "inconsistent in every force we inspected."),
        ("p", "We found promising practice in several forces, and we describe it in the "
              "chapters that follow so that others can learn from it.", "decoy"),
        ("h1", "Treatment and conditions in custody"),
        ("p", "Custody suites were generally clean and safe. Four of the six forces had "
              "replaced older suites since 2019, and the newer buildings had better "
              "sightlines, more natural light and fewer ligature points."),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "title": "Cell sensors that alert staff when a detainee stops moving",
                 "force_line": TV, "forces": [TV],
                 "areas": ["Custody and criminal justice", "Digital, data and technology"],
                 "expect": (2, 2),
                 "body": [
                     "Thames Valley Police has fitted contactless sensors in the ceilings "
                     "of the cells at its two busiest suites. They measure breathing and "
                     "movement without a camera and send an alert to the detention "
                     "officers' handheld devices if a detainee's breathing changes or they "
                     "have not moved for a set time.",
                     "Physical checks and rousing still take place at the intervals the "
                     "risk assessment sets. The sensors add a layer between checks, which "
                     "custody sergeants said mattered most for detainees who had taken "
                     "drugs or alcohol. In the first ten months, staff responded to 37 "
                     "alerts, four of which led to a detainee going to hospital.",
                 ]}),
        ("p", "Children were detained overnight far more often than they should have been. "
              "In most forces, local authorities rarely provided accommodation for a child "
              "who had been charged and refused bail."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "Keeping children out of cells overnight",
                 "force_line": NT, "forces": [NT],
                 "areas": ["Child protection and exploitation",
                           "Custody and criminal justice"],
                 "variant": "split",
                 "expect": (2, 3),
                 "body": [
                     "Nottinghamshire Police and the two local authorities in its area "
                     "have agreed a protocol for children who are charged and refused "
                     "bail. The custody inspector phones the council's out-of-hours "
                     "service, which must find a bed within two hours, and the call and its "
                     "result are recorded on the custody record.",
                     "The councils jointly fund two foster placements that are kept free "
                     "for this purpose, with carers trained to look after children who "
                     "may be distressed or angry after an arrest. A youth worker visits "
                     "the child the following morning.",
                     "Where no bed can be found, the case is raised the next day at a "
                     "meeting of senior managers from the force and the councils, who "
                     "look at what went wrong. The force showed us the minutes of these "
                     "meetings, which led to specific changes such as a second placement "
                     "in the north of the county.",
                     "Custody officers told us that they now ask about a bed as soon as a "
                     "charging decision seems likely, instead of waiting until after the "
                     "child has been charged. The force also asks the youth offending "
                     "service to attend custody to support the child during interview.",
                     "In 2023, 14 children were held overnight in the force's cells after "
                     "charge, compared with 61 in 2021. The local authorities now report "
                     "these figures every quarter to the children's safeguarding "
                     "partnership.",
                 ]}),
        ("box", {"kind": "rec", "label": "Recommendation",
                 "title": "",
                 "body": [
                     "By April 2025, chief constables should agree with each local "
                     "authority in their area how children charged and refused bail will "
                     "be moved out of police custody, and should report every case in "
                     "which this does not happen.",
                 ]}),
        ("h1", "Charging and case files"),
        ("p", "Prosecutors in all six forces told us that the files they received were "
              "often incomplete. Statements were missing, exhibits were not described, "
              "and the material that might undermine the case had not been listed."),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "forces": [CL],
                 "areas": ["Custody and criminal justice", "Investigations"],
                 "expect": (3, 3),
                 "grid": [
                     ("Force", CL),
                     ("Practice", "A file checking desk staffed with prosecutors"),
                     ("What the force did", [
                         "Cleveland Police set up a small team of experienced constables who "
                         "check every file before it goes to the Crown Prosecution Service. "
                         "A prosecutor sits with the team two days a week and answers "
                         "questions on the spot.",
                         "Files that fail the check go back to the officer in the case with "
                         "a note saying what is missing, and the officer's sergeant is told.",
                     ]),
                     ("Outcome", "The proportion of files that prosecutors judged to meet "
                                 "the national standard rose from 34 percent to 71 percent "
                                 "in a year, and fewer first hearings were adjourned."),
                 ]}),
        ("box", {"kind": "case", "label": "Case study",
                 "title": "A file that came back four times",
                 "body": [
                     "A man was charged with assaulting his neighbour. The file omitted the "
                     "victim's statement and the footage from a doorbell camera, and was "
                     "returned by the prosecutor four times before the first hearing.",
                     "The victim told us she heard nothing for seven weeks and assumed the "
                     "case had been dropped.",
                 ]}),
        ("h1", "Out-of-court resolutions and diversion"),
        ("p", "Forces varied widely in how often they dealt with adults outside court. "
              "Where they did so, the conditions attached were usually relevant to the "
              "offence, but few forces checked whether people had met them."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "Deferred charging for women with complex needs",
                 "force_line": WM, "forces": [WM],
                 "areas": ["Offender management", "Custody and criminal justice"],
                 "expect": (4, 4),
                 "body": [
                     "West Midlands Police offers women arrested for lower-level offences, "
                     "where the evidence would support a charge, the option of a "
                     "four-month programme run by a women's centre instead of going to "
                     "court. The decision on charge is deferred while they take part.",
                     "Keyworkers help with housing, debt, mental health and alcohol or "
                     "drug use. Women who complete the programme are not charged; those "
                     "who do not are referred back to the officer in the case.",
                     "Of 412 women who started the programme in 2022-23, 78 percent "
                     "completed it, and fewer than one in five was arrested again within "
                     "a year.",
                 ]}),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "",
                 "force_line": DP, "forces": [DP],
                 "areas": ["Fairness and legitimacy", "Custody and criminal justice"],
                 "expect": (4, 4),
                 "body": [
                     "Independent custody visitors in Dyfed-Powys now review a sample of "
                     "footage each month in which force was used against a detainee in a "
                     "custody suite. They record their view of whether the force used was "
                     "necessary and proportionate.",
                     "A chief inspector answers their questions in writing, and the "
                     "visitors' findings are published each quarter by the police and "
                     "crime commissioner alongside figures on the ethnicity, age and sex "
                     "of the people involved.",
                 ]}),
        ("h1", "Keeping victims informed"),
        ("p", "Victims were too often left uninformed when a suspect was released or "
              "charged. In four forces we found cases in which the victim learned of the "
              "suspect's release from the suspect."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "A text message when a suspect leaves custody",
                 "force_line": f"{AS} and {GL}", "forces": [AS, GL],
                 "areas": ["Victim care", "Custody and criminal justice"],
                 "expect": (4, 4),
                 "body": [
                     "Avon and Somerset Constabulary and Gloucestershire Constabulary, "
                     "which share a custody and case management system, send an automatic "
                     "text message to the victim when a suspect is charged, bailed or "
                     "released under investigation. The message gives any bail conditions "
                     "in plain words and the name of the officer to contact.",
                     "Victims who have asked not to be contacted by text receive a phone "
                     "call from the witness care team instead. In a survey, 81 percent of "
                     "victims said they had been told promptly about the suspect's "
                     "release, against 46 percent before the change.",
                 ]}),
        ("h1", "Health care in custody"),
        ("p", "Every force we visited had contracted health care professionals to work in its "
              "custody suites. In the larger suites there was a nurse or paramedic on duty "
              "at all times; in smaller suites, staff often had to call one in from "
              "elsewhere, and the wait could be long."),
        ("p", "Detainees with mental ill health were common in every suite we visited. "
              "Custody sergeants told us that they were often the first people to notice "
              "that someone needed help, and that getting an assessment could take many "
              "hours, especially overnight."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "Mental health workers in the custody suite seven days a week",
                 "force_line": CL, "forces": [CL],
                 "areas": ["Vulnerability and mental health", "Custody and criminal justice"],
                 "expect": (5, 5),
                 "body": [
                     "Cleveland Police and the local NHS trust have extended the hours of "
                     "the liaison and diversion team so that a mental health practitioner "
                     "is present in the main custody suite from 7am to 11pm every day. "
                     "The practitioner sees any detainee whom the custody sergeant, a "
                     "nurse or the detainee thinks may be unwell.",
                     "They can arrange a full assessment under the Mental Health Act "
                     "while the person is still in custody, and they make referrals to "
                     "community services before release. Where a detainee is thought to "
                     "be at risk of suicide, the practitioner contributes to the "
                     "pre-release risk assessment and tells the person's GP.",
                     "The average wait for a mental health assessment in custody fell from "
                     "nine hours to just under four, and the force told us that fewer "
                     "people were being detained overnight only because an assessment "
                     "could not be arranged.",
                 ]}),
        ("box", {"kind": "coc", "label": "Cause of concern",
                 "title": "",
                 "body": [
                     "In five of the six forces, detainees who asked to see a health "
                     "professional waited more than three hours on average, and the waits "
                     "were not monitored by senior leaders.",
                 ]}),
        ("break",),
        ("numlist", "Annex A: Summary of the practice in this report", [
            ("A.1", "Thames Valley Police: cell sensors alert staff when a detainee stops "
                    "moving."),
            ("A.2", "Nottinghamshire Police: councils find beds so that children charged "
                    "at night are not kept in cells."),
            ("A.3", "Cleveland Police: a checking desk with a prosecutor improves the "
                    "quality of case files."),
            ("A.4", "West Midlands Police: women with complex needs are offered a "
                    "programme instead of a charge."),
            ("A.5", "Dyfed-Powys Police: custody visitors review footage of force used "
                    "in custody."),
            ("A.6", "Avon and Somerset and Gloucestershire: victims receive a text when "
                    "a suspect leaves custody."),
            ("A.7", "Cleveland Police: a mental health practitioner is in custody from "
                    "morning to late evening every day."),
        ]),
    ],
}
