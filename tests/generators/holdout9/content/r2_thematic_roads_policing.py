"""Held-out set 9, report 2: a thematic on roads policing, four forces; headless Chromium
printing HTML+CSS (render_html.py). Boxes: a 1pt teal border over a pale fill, kind
heading, bold title, force line in italics. p3-4: a box with ``break-inside: auto`` split
over the page break (fill and side rules continue on p4, no heading). p4: a label-cell grid
(heading row "Innovative practice"; rows Force / Practice / What the force did / Outcome).
p5 is replaced by a scanned image of itself (a Promising practice box with title, force
line and body). p6: an untitled box (force line, no title); an annex of numbered one-line
paragraphs repeating the practices (a decoy). Decoys also: an in-text mention,
Recommendation, Cause of concern."""

EP, NP, CP, NW = "Essex Police", "Northumbria Police", "Cleveland Police", "North Wales Police"

REPORT = {
    "file": "thematic-2025-roads-policing.pdf",
    "producer": "chromium",
    "title": "Safer journeys: an inspection of how police forces keep the roads safe",
    "meta_title": "Safer journeys: roads policing",
    "type": "thematic",
    "forces": [EP, NP, CP, NW],
    "published": "2025-11-20",
    "header": "Safer journeys: an inspection of roads policing",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Safer journeys", "An inspection of how police forces keep the roads safe"],
        "date": "Published: 20 November 2025",
    },
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Every year about 1,600 people are killed on the roads of England and Wales "
              "and almost 30,000 are seriously injured. Most of these collisions are "
              "caused by what roads policing officers call the fatal five: speeding, "
              "drink and drug driving, not wearing a seat belt, using a mobile phone and "
              "careless driving. Many of them could be prevented."),
        ("p", "In this inspection we looked at how four forces – Essex Police, Northumbria "
              "Police, Cleveland Police and North Wales Police – enforce the law on the "
              "roads, educate drivers, work with partner organisations and investigate "
              "collisions in which someone is killed or seriously injured. We visited each "
              "force for a week in the spring of 2025, spoke to more than 200 officers and "
              "staff and reviewed 120 investigations."),
        ("p", "We found promising practice in all four forces, and in two of them we found "
              "innovative practice that we think other forces should consider.", "decoy"),
        ("h1", "Enforcing the law"),
        ("p", "The number of officers who specialise in roads policing has fallen in most "
              "forces over the last ten years. The forces we visited have tried to make up "
              "for this by giving response and neighbourhood officers the training and "
              "equipment to deal with the most common offences, and by making better use of "
              "technology such as automatic number plate recognition cameras."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Unmarked lorry cab patrols on the A12 and A127",
            "forces": [EP], "force_line": "Essex Police",
            "areas": ["Roads and operational support"],
            "expect": (2, 2),
            "body": [
                "Essex Police has hired a heavy goods vehicle cab from National Highways. "
                "From the raised cab, officers can see drivers who are using a mobile phone, "
                "not wearing a seat belt or not in proper control of their vehicle, and "
                "they radio a marked car waiting further along the road to stop them.",
                "In 14 days of patrols in 2024 the team dealt with 611 offences, 402 of "
                "them for using a phone while driving."],
        }),
        ("p", "Forces do not always use the information they hold on drivers who have been "
              "caught repeatedly. None of the four forces routinely checked whether a driver "
              "stopped for a fatal five offence had been stopped for the same offence "
              "before."),
        ("box", {
            "kind": "rec", "label": "Recommendation", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "By 30 June 2026, chief constables should make sure that officers who stop a "
                "driver for a fatal five offence can see the driver's earlier offences."],
        }),
        ("h1", "Education and engagement"),
        ("p", "Enforcement alone will not change how people drive. Each of the forces we "
              "visited runs education courses for drivers who commit minor offences, and "
              "works with schools, colleges and employers to reach drivers before they "
              "offend. The most effective work we saw was aimed at the groups most likely "
              "to be involved in serious collisions: young drivers, motorcyclists and "
              "people who drive for work."),
        ("p", "Young drivers are a particular concern. Drivers aged between 17 and 24 hold "
              "about seven percent of full driving licences, but they are involved in about "
              "a fifth of collisions in which someone is killed or seriously injured. A "
              "driver is at the greatest risk in the first six months after passing the "
              "test, when they are often carrying passengers of their own age at night."),
        ("p", "The forces we visited understood this risk, and each of them had a plan "
              "for reaching young drivers. But the plans relied heavily on talks in schools "
              "and colleges, which reach students before they start to drive, rather than "
              "on work with young people in the first months after they pass their test, "
              "when the risk is greatest. Few of the talks had been evaluated."),
        ("p", "Some of the young drivers we spoke to in focus groups told us that they "
              "had heard the same messages many times and no longer paid attention to "
              "them. They were more likely to listen to people of their own age, or to "
              "people who had been directly affected by a collision, than to a police "
              "officer giving a presentation in a school hall."),
        ("p", "Young drivers also told us that they felt under pressure from their "
              "passengers. Several described occasions when friends had encouraged them to "
              "drive fast, to race other cars or to carry more passengers than there were "
              "seats. None of them had ever been asked by the police about the part their "
              "passengers played in the way they drove."),
        ("p", "The forces could not always tell us how many young drivers had been "
              "stopped for fatal five offences, because their records did not show the "
              "age of the driver in a form that could easily be searched. Two forces were "
              "changing their systems so that they could do this."),
        ("h2", "New drivers and their passengers"),
        ("p", "One force has designed its education work around the first year after the "
              "test and around the passengers as well as the driver."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A road safety course for newly qualified drivers and their passengers",
            "forces": [NP], "force_line": "Northumbria Police", "variant": "split",
            "areas": ["Roads and operational support", "Neighbourhood policing"],
            "expect": (3, 4),
            "body": [
                "Northumbria Police, Tyne and Wear Fire and Rescue Service and the North East "
                "Ambulance Service run a free evening course for drivers who have passed "
                "their test in the last year. Drivers are encouraged to bring the friends "
                "who travel with them, because passengers often influence how a young "
                "driver behaves.",
                "The course is held at a fire station and lasts three hours. A roads "
                "policing officer describes a real collision in which young people were "
                "killed, a firefighter shows how a casualty is cut out of a car, and a "
                "paramedic explains the injuries that are most common. The drivers then "
                "take part in a discussion, led by a youth worker, about the pressures they "
                "face from their passengers.",
                "Drivers who complete the course receive a certificate that three insurance "
                "companies accept as a reason to reduce their premium. The force promotes "
                "the course through colleges, driving instructors and social media, and it "
                "runs extra sessions in the autumn, when many young people start driving to "
                "college or work for the first time.",
                "In 2024, 1,280 drivers and 940 passengers completed the course. The force "
                "has compared the drivers who took part with a group of similar drivers "
                "who did not. After a year, 3 percent of those who took part had been "
                "involved in a collision or caught committing a driving offence, compared "
                "with 9 percent of the comparison group.",
                "The force is now working with Newcastle University to evaluate the course "
                "over a longer period, and it has shared the course materials with the "
                "other forces in the north east."],
        }),
        ("p", "All four forces take part in national campaigns, such as the summer "
              "campaign against drink and drug driving, and publish the results. But only "
              "two of them evaluate whether their own local campaigns change how people "
              "drive, and most of the forces could not tell us which of their education "
              "activities had the most effect."),
        ("p", "Motorcyclists are another group at high risk. Each of the forces offers "
              "courses for riders, but take-up is low, and the forces rarely know whether "
              "the riders who attend are the ones most at risk."),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "Forces do not know whether their road safety education reaches the drivers "
                "and riders most at risk, or whether it changes how they behave."],
        }),
        ("box", {
            "kind": "innovative", "label": "Innovative practice", "forces": [CP],
            "areas": ["Roads and operational support", "Digital, data and technology"],
            "expect": (4, 4),
            "grid": [
                ("Force", "Cleveland Police"),
                ("Practice", "Dashcam footage submitted by the public through a single "
                             "online portal"),
                ("What the force did", [
                    "The force set up an online portal through which members of the public "
                    "can send video footage of dangerous driving from dashboard and helmet "
                    "cameras. A small team of police staff reviews every submission within "
                    "five days and decides whether to send the driver a notice of intended "
                    "prosecution, a warning letter or no further action.",
                    "The person who sent the footage is told the outcome and is asked to "
                    "give a short statement only when the case goes to court."]),
                ("Outcome", "In its first year the team reviewed 2,940 submissions and took "
                            "action against 1,870 drivers. Fewer than one in fifty cases "
                            "needed an officer's time."),
            ],
        }),
        ("break",),
        ("h1", "Working with partners"),
        ("p", "Road safety is not the job of the police alone. Councils are responsible for "
              "the design of most roads, National Highways for motorways and major trunk "
              "roads, and fire and rescue services and ambulance trusts attend many of the "
              "same collisions as the police. Each force we visited belonged to a road "
              "safety partnership, but the partnerships varied a great deal in how well "
              "they used their shared information."),
        ("p", "The best partnerships met at least every quarter, shared collision data "
              "within days rather than months, and agreed a single plan with targets for "
              "each partner. In the weaker partnerships, the police and the councils kept "
              "separate lists of the most dangerous roads and did not agree on which of "
              "them to tackle first."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "variant": "scan",
            "title": "Joint visits to the scene of every fatal collision",
            "forces": [NW], "force_line": "North Wales Police",
            "areas": ["Roads and operational support", "Investigations"],
            "expect": (5, 5),
            "body": [
                "Within seven days of every fatal collision, a roads policing sergeant and "
                "an engineer from the highway authority visit the scene together. They look "
                "at the road layout, signs, lighting and road surface and agree whether "
                "anything should be changed before the investigation is finished.",
                "Since 2023 the visits have led to changes at 22 sites, including new speed "
                "limits on the A55 and the A494. Councils told us that the visits meant they "
                "could act months earlier than before."],
        }),
        ("p", "We were told that the visits take about three hours and that the sergeant "
              "and the engineer write a joint note for the road safety partnership."),
        ("break",),
        ("h1", "Investigating serious collisions"),
        ("p", "When someone is killed or seriously injured in a collision, the police "
              "investigate to find out whether an offence was committed. These "
              "investigations are complex and can take many months, and families need "
              "to be kept informed throughout. Each force has trained family liaison "
              "officers for fatal collisions."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "title": "",
            "forces": [EP], "force_line": "Essex Police",
            "areas": ["Victim care", "Roads and operational support"],
            "expect": (6, 6),
            "body": [
                "The serious collision investigation unit has appointed a case progression "
                "officer who contacts the family of every person seriously injured in a "
                "collision within two days, explains what will happen next and gives them a "
                "single telephone number to call.",
                "Families told us they no longer had to repeat their story to different "
                "officers."],
        }),
        ("p", "The quality of the investigations we reviewed was generally good. "
              "Investigators had secured the evidence at the scene, downloaded data from "
              "the vehicles involved and obtained footage from nearby cameras."),
        ("numlist", "Annex: promising practice we found", [
            ("6.1", "Essex Police uses an unmarked lorry cab to find drivers using a phone."),
            ("6.2", "Northumbria Police runs a course for new drivers and their passengers."),
            ("6.3", "Cleveland Police reviews dashcam footage from the public online."),
            ("6.4", "North Wales Police visits fatal collision sites with highway engineers."),
            ("6.5", "Essex Police contacts families of seriously injured people in two days."),
        ]),
    ],
}
