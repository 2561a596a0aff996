"""Held-out report 10: PEEL force report, LibreOffice Writer 7.4 from a flat ODT (.fodt)
written by odt_render.py; C059 (Century Schoolbook) text, Nimbus Sans headings. Practice
boxes are floating frames (draw:frame + draw:text-box) anchored to the paragraph after them:
a half-width frame on the right with running text wrapping round it on the left, a
full-width frame with a drop shadow, a rounded box (a frame whose text box has
draw:corner-radius, which Writer draws as a rounded shape), a half-width frame on the left
with text wrapping on its right. The kind heading uses the document's own paragraph style
"Practice Heading" ("Promising practice:" with a colon). Series line "PEEL 2023–25" on the
cover; contents page listing the practices (page numbers from a first render); running
header and "Page n" footer fields (not on the cover)."""

F = "Lincolnshire Police"

REPORT = {
    "file": "peel-2024-lincolnshire.pdf",
    "producer": "odt",
    "style": "frames",
    "title": "PEEL 2023–25: An inspection of Lincolnshire Police",
    "meta_title": "PEEL 2023–25: Lincolnshire Police",
    "type": "peel",
    "forces": [F],
    "published": "2024-05-22",
    "cover": {
        "series": "PEEL 2023–25",
        "kicker": "Police effectiveness, efficiency and legitimacy",
        "lines": ["An inspection of Lincolnshire Police"],
        "date": "Published: 22 May 2024",
    },
    "header": "PEEL 2023–25 | Lincolnshire Police",
    "contents": True,
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "We inspected how well Lincolnshire Police provides a service to the public in "
              "nine areas of policing. The force is good at preventing and deterring crime and "
              "at building, supporting and protecting its workforce. It is adequate at "
              "responding to the public, investigating crime and protecting vulnerable people. "
              "It requires improvement at managing offenders and suspects."),
        ("p", "Lincolnshire is one of the largest and most sparsely populated force areas in "
              "England. Much of the county is farmland, with small market towns, a long "
              "coastline and the city of Lincoln. Officers often have to travel long distances "
              "to reach incidents, and the population of the coastal towns more than doubles "
              "in the summer months."),
        ("p", "The force has one of the lowest levels of funding per head of population in the "
              "country. Its leaders have a realistic understanding of what it can afford, and "
              "they have made sensible choices about where to invest. Since our last "
              "inspection, the force has strengthened its neighbourhood teams and its "
              "professional standards department, and it has improved the way it answers "
              "non-emergency calls."),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls promptly. In the year to December 2023, it "
              "answered 91 percent of 999 calls within ten seconds. Call handlers use a "
              "structured approach to assess the risk to callers, and they usually identify "
              "repeat and vulnerable victims."),
        ("box", {
            "kind": "promising", "label": "Promising practice:",
            "title": "Booked call-backs for non-emergency callers",
            "forces": [F], "force_line": None,
            "variant": "wrap-right",
            "areas": ["Contact management", "Victim care"],
            "body": [
                "When the wait for a 101 call is longer than five minutes, callers are "
                "offered a call-back at a time they choose, up to two days ahead. A call "
                "handler rings them at the booked time, and the system records whether the "
                "call was made on time.",
                "In the first six months, more than 14,000 callers chose a call-back. The "
                "abandonment rate for 101 calls fell from 27 to 9 percent, and 96 percent of "
                "call-backs were made within ten minutes of the agreed time.",
            ],
        }),
        ("p", "Non-emergency calls used to be a serious weakness. When we last inspected, "
              "more than a quarter of callers to 101 gave up before their call was answered. "
              "The force has since reorganised its contact centre so that call handlers can "
              "move between emergency and non-emergency work as demand changes, and it has "
              "recruited additional staff for the busy summer months."),
        ("p", "But when an incident needs an officer to attend, the force does not always get "
              "there in good time. In the rural east of the county, officers often take longer "
              "than the force's target to reach incidents graded as a priority. Victims are not "
              "always told when there will be a delay, and some incidents had been waiting "
              "several days before an officer was assigned to them."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "variant": "wrap-right",
            "body": ["The force should make sure that it attends incidents within the times it "
                     "has set, and that victims are told when attendance will be delayed and "
                     "why."],
        }),
        ("p", "The force's control room supervisors review incidents that are waiting for an "
              "officer at the start of every shift. We found that these reviews were thorough, "
              "but the force had not yet analysed why some incidents in rural areas waited so "
              "long, or whether different shift patterns would help."),
        ("p", "Officers treat the public with respect. The force's use of stop and search is "
              "fair, and it publishes data about its use of force every quarter."),
        ("h1", "Preventing and deterring crime"),
        ("p", "Neighbourhood teams know their communities well. They use problem-solving plans "
              "to deal with local priorities such as antisocial behaviour in the coastal "
              "resorts, and they work closely with parish councils, district councils and the "
              "county's farming community."),
        ("box", {
            "kind": "promising", "label": "Promising practice:",
            "title": "Volunteer heritage crime wardens",
            "forces": [F], "force_line": None,
            "variant": "shadow",
            "areas": ["Neighbourhood policing", "Serious and organised crime"],
            "body": [
                "Lincolnshire has more than 600 medieval churches, many of them in isolated "
                "villages, and thefts of lead from their roofs had been rising. The force has "
                "trained more than 90 volunteers from parish and church communities as "
                "heritage crime wardens. The wardens:",
                ["carry out monthly security checks of churches and scheduled monuments;",
                 "report suspicious vehicles and people through a dedicated online form that "
                 "goes straight to the rural crime team;",
                 "mark lead and other metal with forensic marking solution; and",
                 "give crime prevention advice to churchwardens and landowners."],
                "The rural crime team shares intelligence from the wardens with scrap metal "
                "dealers and with neighbouring forces. In the year after the scheme started, "
                "reported thefts of metal from heritage sites in the county fell by almost "
                "two thirds.",
            ],
        }),
        ("p", "We found promising practice in the way that the force's coastal neighbourhood "
              "team plans for the summer season with holiday park operators, but it has not yet "
              "evaluated this work.", "decoy"),
        ("p", "The force works well with partner agencies to reduce serious violence. It has a "
              "clear plan for meeting its obligations under the serious violence duty, and it "
              "shares data with health services and local authorities about where and when "
              "violent incidents happen."),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force identifies vulnerability well when officers first attend an incident. "
              "Officers complete a structured assessment and make referrals to partner agencies "
              "when it is needed. The multi-agency safeguarding hub is well staffed and makes "
              "timely decisions."),
        ("p", "Reports of online child sexual abuse have risen sharply in recent years. Most "
              "come to the force from the National Crime Agency, which passes on information it "
              "has received from internet companies about people who have uploaded or shared "
              "indecent images of children."),
        ("box", {
            "kind": "promising", "label": "Promising practice:",
            "title": "Triage of online child sexual abuse referrals within 48 hours",
            "forces": [F], "force_line": None,
            "variant": "rounded",
            "areas": ["Child protection and exploitation", "Digital, data and technology"],
            "body": [
                "Lincolnshire Police has set up a small triage cell in its online child abuse "
                "investigation team. Within 48 hours of receiving a referral, the cell checks "
                "the suspect against police and children's services records, identifies any "
                "children living in the same household or in contact with the suspect through "
                "their work, and grades the referral using a nationally recognised risk tool.",
                "Referrals graded as high risk are allocated to an investigator the same day, "
                "and a warrant is usually executed within a week. The cell also tells "
                "children's services about every case where a child might be at risk, so that "
                "safeguarding visits can start before the suspect is arrested.",
            ],
        }),
        ("p", "However, investigators in the online child abuse team have heavy workloads. "
              "Some of the lower-risk referrals we examined had waited more than six months for "
              "a warrant, and the force did not have enough trained staff to examine the "
              "devices it had seized."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "variant": "shadow",
            "body": ["The force does not have enough capacity to investigate online child sexual "
                     "abuse referrals graded as medium or low risk promptly, and the backlog of "
                     "devices waiting for examination is too large."],
        }),
        ("p", "The force has a good understanding of domestic abuse. Officers use body-worn "
              "video to gather evidence, and the force makes good use of domestic violence "
              "protection notices and orders."),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "The force has recruited more than 300 officers in the last three years, and "
              "almost a third of its constables have less than three years' service. Leaders "
              "recognise the risks this brings, and they have invested in the professional "
              "standards department and in support for new recruits."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice:",
            "title": "Vetting interviews for every new recruit",
            "forces": [F], "force_line": F,
            "variant": "wrap-left",
            "areas": ["Professional standards and vetting", "Workforce and wellbeing"],
            "body": [
                "Every applicant who passes the force's vetting checks is interviewed by a "
                "trained vetting officer before they are offered a post. The interview "
                "explores any concerns raised by the checks, the applicant's use of social "
                "media and their understanding of the standards expected of police officers "
                "and staff.",
                "Vetting officers record their decisions using a structured rationale, which "
                "is reviewed by the head of vetting when an applicant is accepted despite "
                "adverse information. The force told us that the interviews had led it to "
                "refuse 41 applicants in the last year who would otherwise have been accepted.",
            ],
        }),
        ("p", "Once they have joined, new officers are given a tutor and a named supervisor. "
              "The force runs regular listening events for student officers, and it has acted "
              "on what they have said, for example by changing the way it allocates student "
              "officers to shifts in their first year of service."),
        ("p", "The force's professional standards department deals with complaints and "
              "misconduct allegations fairly. Its counter-corruption unit is well resourced, "
              "and it uses information from the force's IT monitoring system to identify "
              "officers and staff who may be abusing their position for a sexual purpose."),
        ("p", "The force understands the wellbeing of its workforce. It carries out a staff "
              "survey every year, and leaders have responded to concerns about workload in the "
              "control room and the online child abuse investigation team. Officers and staff "
              "told us that they felt valued and that their supervisors cared about them."),
        ("p", "Overall, we found a force that is making good progress with limited resources. "
              "We will monitor its response to the cause of concern and the areas for "
              "improvement in this report through our regular contact with the force."),
        ("h1", "About this inspection"),
        ("p", "Our inspection fieldwork took place between October and December 2023. We "
              "reviewed 60 crime files and 40 incidents, listened to 100 calls to the force's "
              "control room, and carried out interviews and focus groups with officers, staff, "
              "leaders and partner organisations."),
        ("p", "Our judgments are based on the characteristics of good policing set out in the "
              "PEEL assessment framework 2023–25. Where we identify an area for improvement or "
              "a cause of concern, we expect the force to act on it and we will monitor its "
              "progress."),
        ("p", "Where we find promising or innovative practice, we describe it in a box in the "
              "relevant section of the report so that other forces can learn from it.",
         "decoy"),
    ],
}
