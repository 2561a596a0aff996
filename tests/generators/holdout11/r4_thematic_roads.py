"""Report r4 of set 11: a roads policing thematic, 2023 (WeasyPrint), with a two-column
page. Fictional: real force names, invented findings and practices."""

EX = "Essex Police"
NY = "North Yorkshire Police"
DB = "Derbyshire Constabulary"
HT = "Hertfordshire Constabulary"
WM = "West Mercia Police"
CH = "Cheshire Constabulary"
LE = "Leicestershire Police"

REPORT = {
    "file": "thematic-2023-roads.pdf",
    "producer": "weasyprint",
    "theme": "roads",
    "title": "Safer journeys: an inspection of roads policing in England and Wales",
    "meta_title": "Safer journeys",
    "type": "thematic",
    "forces": [EX, NY, LE, DB, HT, WM, CH],
    "published": "2023-08-03",
    "header": "Safer journeys: roads policing in England and Wales",
    "cover": {"kicker": "HMICFRS thematic inspection",
              "lines": ["Safer journeys",
                        "An inspection of roads policing in England and Wales"],
              "date": "3 August 2023"},
    "twocol": 5,
    "blocks": [
        ("h1", "Summary"),
        ("p", "In 2022, 1,711 people were killed on the roads of Great Britain and almost "
              "30,000 were seriously injured. Roads policing makes a large contribution to "
              "reducing these figures, but in many forces it has been cut back and now "
              "competes with other priorities for officers and money."),
        ("p", "We visited seven forces between November 2022 and March 2023. We found "
              "committed and highly skilled officers, but too few of them, and few forces "
              "could tell us whether their enforcement was reducing harm."),
        ("p", "We found promising practice in how some forces use technology to clear "
              "collision scenes and to deal with footage sent in by the public.", "decoy"),
        ("h1", "Investigating serious collisions"),
        ("p", "When someone is killed or seriously injured in a collision, the road is "
              "often closed for many hours while officers gather evidence. These closures "
              "cause long delays and can lead to further collisions."),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "title": "Mapping collision scenes from the air",
                 "force_line": EX, "forces": [EX],
                 "areas": ["Roads and operational support", "Digital, data and technology"],
                 "expect": (2, 2),
                 "body": [
                     "Essex Police sends a remotely piloted aircraft to every collision in "
                     "which someone has died or may die. The pilot photographs the scene "
                     "from above in a set pattern, and software turns the images into a "
                     "measured three-dimensional model that investigators use in place of "
                     "a manual survey.",
                     "Surveying a scene used to take around three hours; it now takes about "
                     "forty minutes. The force estimates that the average closure of a main "
                     "road after a fatal collision has fallen by two hours, and the models "
                     "have been accepted as evidence in court.",
                 ]}),
        ("p", "The families of people killed on the roads told us that the support they "
              "received from the police varied greatly. Some had a named officer "
              "throughout; others heard nothing for months."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "The same liaison officer from the scene to the inquest",
                 "force_line": LE, "forces": [LE],
                 "areas": ["Victim care", "Roads and operational support"],
                 "expect": (2, 2),
                 "body": [
                     "In Leicestershire, a family liaison officer from the serious collision "
                     "investigation unit is assigned to each bereaved family within hours of "
                     "a death, and stays with them until the inquest and any trial are over. "
                     "The force has trained twelve of its collision investigators for this "
                     "role.",
                     "Families are given a written guide to the investigation and a "
                     "timetable that the officer updates. A charity for bereaved road users "
                     "is offered to every family, and the force asks each family at the end "
                     "for its views of the service.",
                 ]}),
        ("h1", "Footage from the public"),
        ("p", "Members of the public now send forces large amounts of footage from "
              "dashboard and helmet cameras. In some forces we visited, this footage waited "
              "weeks to be viewed and much of it was never used."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "forces": [HT],
                 "areas": ["Roads and operational support", "Digital, data and technology"],
                 "expect": (3, 3),
                 "grid": [
                     ("Force", HT),
                     ("Practice", "A portal and a review team for camera footage"),
                     ("What the force did", [
                         "Hertfordshire Constabulary built an online form through which "
                         "people upload footage of dangerous or careless driving. The form "
                         "asks the questions a reviewer needs answered, and the upload is "
                         "linked to the vehicle's details automatically.",
                         "A team of four police staff reviews each submission within five "
                         "working days and prepares the warning letter or the offer of a "
                         "course.",
                     ]),
                     ("Results", "In 2022 the team dealt with 6,900 submissions, and three "
                                 "quarters led to a warning, a course or a prosecution."),
                 ]}),
        ("box", {"kind": "afi", "label": "Area for improvement",
                 "title": "",
                 "body": [
                     "Forces should assess whether the footage they receive from the public "
                     "is reviewed quickly enough for action to be taken within the legal "
                     "time limits.",
                 ]}),
        ("h1", "Enforcement"),
        ("p", "Most forces carried out fewer roadside checks in 2022 than in 2015. Drink "
              "and drug driving remained among the most common causes of fatal collisions, "
              "and testing for drugs was limited by the time taken to get a blood sample."),
        ("p", "Six of the seven forces had increased the number of roadside drug tests since "
              "2019, and each had bought more test kits. But in most, the evidence needed "
              "to prosecute still depended on a blood sample taken in custody."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "Blood samples taken where the driver is arrested",
                 "force_line": DB, "forces": [DB],
                 "areas": ["Roads and operational support", "Custody and criminal justice"],
                 "variant": "split",
                 "expect": (3, 4),
                 "body": [
                     "Derbyshire Constabulary found that drivers arrested after a positive "
                     "roadside drug test waited an average of three hours in custody before "
                     "a doctor or nurse was free to take a blood sample. By then, some drugs "
                     "had fallen below the legal limit.",
                     "The force trained twenty of its roads policing officers as "
                     "phlebotomists and equipped their cars with sample kits. Where the "
                     "driver agrees, the sample is now taken at the roadside or at a "
                     "station within the hour, and the driver is released under "
                     "investigation without going to a custody suite.",
                     "This has freed custody cells and health care staff for other "
                     "detainees. It has also meant that officers return to patrol more "
                     "quickly, because they no longer wait with the driver for a health "
                     "professional.",
                     "The officers were trained by the force's own health care provider "
                     "over five days, followed by twenty supervised samples. Each is "
                     "reassessed every year, and the force keeps a record of the samples "
                     "each officer has taken.",
                     "Drivers who do not agree to a sample at the roadside, or who are "
                     "unwell, are still taken to custody, and officers told us that the "
                     "choice is explained to the driver before any sample is taken.",
                     "Supervisors check each sample record, and the forensic provider "
                     "reports any sample that is spoiled or wrongly labelled. Fewer than "
                     "one percent have been rejected.",
                     "In the year after the change, the number of drug driving charges rose "
                     "by 40 percent, and the proportion of positive roadside tests that "
                     "led to a charge rose from 48 percent to 71 percent.",
                 ]}),
        ("box", {"kind": "case", "label": "Case study",
                 "title": "A driver who passed the test too late",
                 "body": [
                     "A driver who tested positive for cocaine at the roadside waited more "
                     "than four hours for a blood sample, which then showed a level below "
                     "the limit. No further action was taken.",
                 ]}),
        ("h1", "Rural roads"),
        ("p", "In rural forces, a large share of those killed or seriously injured are "
              "motorcyclists and young drivers on minor roads. Local people often ask the "
              "police to deal with speeding through villages."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "Village speed checks joined to the rural task force",
                 "force_line": NY, "forces": [NY],
                 "areas": ["Roads and operational support", "Neighbourhood policing"],
                 "expect": (4, 4),
                 "body": [
                     "In North Yorkshire, volunteers who monitor speeding in their villages "
                     "now send their results to the force's rural task force, whose officers "
                     "then carry out enforcement at the same places and times.",
                     "Drivers recorded speeding three times by the volunteers receive a "
                     "visit from an officer. Parish councils told us that they now saw the "
                     "police acting on their concerns.",
                 ]}),
        ("p", "Few forces evaluated their rural road safety work. Where they did, they "
              "usually measured activity, such as the number of tickets issued, rather than "
              "changes in the number of people hurt."),
        ("break",),
        ("cols", True),
        ("h1", "People and capability"),
        ("p", "Roads policing officers need advanced driving skills and specialist "
              "knowledge of traffic law and collision investigation. Several forces told "
              "us that they struggled to recruit and keep them."),
        ("box", {"kind": "promising", "label": "Promising practice",
                 "title": "A two-year route into roads policing",
                 "force_line": WM, "forces": [WM],
                 "areas": ["Workforce and wellbeing", "Roads and operational support"],
                 "expect": (5, 5),
                 "body": [
                     "West Mercia Police offers constables who have finished their "
                     "probation a two-year programme that includes advanced driving, "
                     "traffic law and a six-month placement with a roads policing team, "
                     "with an experienced officer as their tutor.",
                     "Of the 36 officers who joined the first two intakes, 31 have stayed "
                     "in roads policing, and the team's vacancy rate has fallen from 22 "
                     "percent to 6 percent.",
                 ]}),
        ("p", "Officers also need time to keep their skills current, and in several forces "
              "refresher training had been cancelled to meet demand elsewhere."),
        ("h1", "Denying criminals the use of the roads"),
        ("p", "Criminals use the roads to move drugs, stolen goods and people. Roads "
              "policing officers are well placed to disrupt them, but this was rarely "
              "planned."),
        ("box", {"kind": "innovative", "label": "Innovative practice",
                 "title": "Number plate cameras set against organised groups",
                 "force_line": CH, "forces": [CH],
                 "areas": ["Serious and organised crime", "Roads and operational support"],
                 "expect": (5, 5),
                 "body": [
                     "Cheshire Constabulary's intelligence unit keeps a list of the vehicles "
                     "linked to each organised crime group in the county. When cameras on "
                     "the motorways read one of these plates, a roads policing crew is "
                     "asked to stop the vehicle if it can do so safely.",
                     "In 2022 these stops led to 114 arrests and the seizure of drugs, cash "
                     "and weapons. The force reviews every stop to check that the power "
                     "used was lawful and recorded.",
                 ]}),
        ("box", {"kind": "rec", "label": "Recommendation",
                 "title": "",
                 "body": [
                     "By March 2024, chief constables should make sure that roads policing "
                     "is included in their force's plans for tackling serious and organised "
                     "crime.",
                 ]}),
        ("p", "We will publish a follow-up in 2025 setting out how forces have responded."),
        ("cols", False),
    ],
}
