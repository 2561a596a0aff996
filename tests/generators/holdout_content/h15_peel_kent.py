"""Held-out set 5, report 15: PEEL report on Kent Police; Chromium. Page-flow cases: a heading
with the force on the same line ("Innovative practice: Kent Police"), numbered headings
("Promising practice 1", "2", "3"), a practice box with an Area for improvement box 4pt
below it, a box at the very top of a page under the running header, a box running over
three pages, and an orphaned heading (heading and title at the foot of a page, the whole
body on the next)."""

KENT = "Kent Police"

REPORT = {
    "file": "peel-2025-kent.pdf",
    "producer": "chromium",
    "style": "kent",
    "title": "PEEL 2023–25: An inspection of Kent Police",
    "meta_title": "PEEL 2023–25: An inspection of Kent Police",
    "type": "peel",
    "forces": [KENT],
    "published": "2025-02-13",
    "cover": {
        "kicker": "PEEL 2023–25",
        "lines": ["An inspection of Kent Police",
                  "Police effectiveness, efficiency and legitimacy"],
        "date": "Published: 13 February 2025",
    },
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "This report sets out our findings from the inspection of Kent Police in the "
              "autumn of 2024. We assess how good the force is at preventing and "
              "investigating crime, responding to the public, protecting vulnerable people "
              "and managing its workforce and resources."),
        ("p", "Kent Police serves a population of almost 1.9 million people across a county "
              "that includes the Channel ports, the Thames estuary towns and large rural "
              "areas of the Weald. The force has made good progress since our last "
              "inspection, especially in the way it answers emergency calls and in the "
              "support it gives to victims of fraud."),
        ("p", "Where we find promising or innovative practice, we describe it so that other "
              "forces can learn from it.", "decoy"),
        ("h1", "Investigating crime"),
        ("p", "The force investigates most crimes well. Investigations are allocated to "
              "officers with the right skills, supervisors review them regularly, and "
              "victims are kept informed. But some investigations into fraud against "
              "small businesses were closed too early because officers did not know what "
              "support was available from the regional economic crime unit."),
        ("p", "Small businesses in Kent lose more money to online fraud than the national "
              "average, mainly through invoice redirection and the takeover of email "
              "accounts. Many of these offences are never reported, because owners feel "
              "embarrassed or think that the police will not act."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice:",
            "title": "Cyber protect visits for small businesses after a fraud",
            "forces": [KENT], "force_line": "Kent Police", "force_pos": "inline",
            "variant": "touch",
            "body": [
                "When Action Fraud passes the force a report from a business with fewer "
                "than 50 staff, a trained cyber protect officer contacts the owner within "
                "two working days and offers a free visit. During the visit the officer "
                "checks how the business pays invoices, who can change bank details and "
                "whether staff accounts use two-factor authentication.",
                "The officer leaves a short written plan and calls back a month later to "
                "see which changes have been made. In the first year the team visited 412 "
                "businesses, and only nine of them reported a second fraud of the same "
                "kind in the following twelve months.",
            ],
            "areas": ["Fraud and cyber crime", "Victim care"],
        }),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["The force should make sure that officers investigating fraud against "
                     "businesses know when to ask the regional economic crime unit for "
                     "specialist help with tracing money."],
        }),
        ("p", "The force has also improved the way it records the outcome of each fraud "
              "report, which means that its analysts can now see which types of business "
              "are targeted most often and plan their prevention work accordingly."),
        ("h1", "Custody and criminal justice"),
        ("p", "Custody suites in Kent are clean and well run. Detainees are treated with "
              "respect, and custody staff understand how to identify and manage risk."),
        ("box", {
            "kind": "promising", "label": "Promising practice 1",
            "title": "Body-worn video switched on throughout the custody process",
            "forces": [KENT], "force_line": "Kent Police",
            "variant": "top",
            "body": [
                "Every member of custody staff wears a body-worn camera, and the force "
                "policy is that it records from the moment a detainee arrives at the "
                "custody desk until the detainee is placed in a cell. Cameras are also "
                "switched on for every cell visit, every strip search and every use of "
                "force.",
                "Custody inspectors review a sample of footage each week and use it in "
                "training. The force told us that complaints about the way detainees were "
                "treated in custody have fallen by a third since the policy started, and "
                "that footage has resolved most of the remaining complaints quickly.",
            ],
            "areas": ["Custody and criminal justice", "Professional standards and vetting"],
        }),
        ("p", "We examined 60 custody records and watched detainees being booked in at "
              "Medway, Canterbury and Folkestone. In most cases the custody officer "
              "authorised detention for a clear and lawful reason and recorded it well."),
        ("p", "Children who are arrested are usually dealt with quickly. The force has "
              "agreed with local authorities how a child who is charged and refused bail "
              "should be moved to local authority accommodation, but it still happens too "
              "rarely, and some children spend the night in a police cell."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["Too many children who are charged and refused bail are kept in police "
                     "custody overnight instead of being moved to local authority "
                     "accommodation, as the law requires."],
        }),
        ("h1", "Managing the workforce"),
        ("p", "The force has recruited more than 300 special constables in the past two "
              "years, and it now has one of the largest special constabularies in England. "
              "We found that specials are well trained and valued by regular officers."),
        ("p", "Most specials are recruited through open evenings held at local stations "
              "and at agricultural shows. Applicants are vetted to the same standard as "
              "regular officers, and they complete their initial training over a series of "
              "weekends so that they can keep their paid jobs. We found that the force "
              "tracks each special's progress closely and offers extra coaching to those "
              "who find the legal knowledge tests difficult."),
        ("box", {
            "kind": "promising", "label": "Promising practice 2",
            "title": "Special constables attached to rural and coastal neighbourhood teams",
            "forces": [KENT], "force_line": "Kent Police",
            "variant": "long",
            "body": [
                "In 2023 the force changed the way it deploys its special constables. "
                "Before then, most specials worked on Friday and Saturday nights in the "
                "town centres, where they supported response officers with the night-time "
                "economy. Few of them worked in rural areas, and the neighbourhood teams "
                "covering the Weald, Romney Marsh and the Isle of Sheppey told us that "
                "they rarely saw a special at all.",
                "The force now attaches each special to a named neighbourhood team for at "
                "least a year. The special joins the team's briefings, has a neighbourhood "
                "sergeant as a line manager and is given a share of the team's problem-"
                "solving work. Specials who live in the area they police are encouraged "
                "to take on a particular village or stretch of coast as their own.",
                "The specials we spoke to told us that they now feel part of a team, and "
                "that they can see the difference their work makes. Their duties include:",
                [
                    "patrols of farms and isolated properties after reports of theft of "
                    "machinery, fuel and livestock",
                    "visits to caravan parks and holiday lets at the start of each summer "
                    "season to give crime prevention advice",
                    "joint patrols with the Environment Agency and port staff at slipways "
                    "where fishing gear and outboard engines have been stolen",
                    "speed checks in villages chosen by the parish councils, working with "
                    "community speed watch volunteers",
                    "regular surgeries in village halls and at farmers' markets",
                    "follow-up visits to elderly victims of doorstep crime and scams",
                    "supporting the rural crime team at larger operations against hare "
                    "coursing and organised theft of plant machinery",
                ],
                "The force has made it easier for specials to fit their duties around "
                "their jobs. Shifts are planned a month ahead using an online rota, and a "
                "special can book a four-hour duty on a weekday evening or a weekend "
                "morning instead of a full shift. Specials in rural areas are given a "
                "marked vehicle for each duty, so that they do not have to travel to a "
                "large station first, and each neighbourhood team has a named special "
                "sergeant who looks after their welfare and development.",
                "The change has increased the hours that specials give. In the year before "
                "the change, specials attached to neighbourhood teams gave about 21,000 "
                "hours. In the first full year afterwards they gave more than 48,000 hours, "
                "and the number of specials leaving in their first two years of service "
                "fell from 31 percent to 17 percent.",
                "Neighbourhood sergeants told us that the extra hours allow them to keep "
                "patrols going in rural areas when regular officers are taken away to "
                "support response teams. Parish councils and the National Farmers' Union "
                "told us that they have noticed more police activity in the countryside, "
                "and the force's own survey found that confidence in local policing in "
                "rural wards rose by six percentage points over the year.",
                "Regular officers have noticed the difference too. Response sergeants "
                "in Ashford and Maidstone told us that specials attached to neighbourhood "
                "teams now bring them useful local knowledge when they attend incidents "
                "in villages, such as which farms have had repeated thefts, which roads "
                "flood in winter and which elderly residents live alone and may need a "
                "welfare check after a storm or a power cut.",
                "Several specials have used the scheme as a route into the regular force. "
                "Of the 64 specials who joined neighbourhood teams in the first intake, 11 "
                "have since applied to become regular officers, and the force has agreed "
                "that their service as specials counts towards their probation. Others "
                "have chosen to stay as volunteers and have been promoted to special "
                "sergeant or special inspector, taking on the planning of rural operations "
                "for their area.",
                "The force evaluates the scheme every six months with the office of the "
                "police and crime commissioner. The latest evaluation recommended that "
                "specials should be given more training in investigating rural and "
                "heritage crime, and that the scheme should be extended to the towns of "
                "the Thames estuary. The force has accepted both recommendations and plans "
                "to put them in place during 2025.",
            ],
            "areas": ["Neighbourhood policing", "Workforce and wellbeing"],
        }),
        ("p", "The force knows that it needs to do more to keep the specials it recruits. "
              "Some specials told us that they waited several months after finishing their "
              "training before they were given a tutor, and that they lost interest during "
              "that time."),
        ("p", "The force has a clear plan for the wellbeing of its workforce. Officers and "
              "staff can see a welfare adviser at every main station, and supervisors "
              "complete a wellbeing conversation with each member of their team at least "
              "twice a year. Sickness absence among officers has fallen for the second "
              "year running."),
        ("p", "Workloads remain high in some teams, however. Investigators in the "
              "serious crime directorate told us that they often carry more than 20 "
              "investigations each, and some said that they had not taken all their "
              "annual leave because they could not hand over their cases. The force is "
              "aware of this and has started to move posts into the directorate from "
              "other departments."),
        ("h2", "Vetting and professional standards"),
        ("p", "All officers and staff hold the right level of vetting for their roles, and "
              "the force renews vetting on time. Its counter-corruption unit assesses "
              "intelligence promptly, and it has enough investigators to deal with the "
              "cases it receives. The force has made good use of the national barred list "
              "and checks it before every appointment."),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force generally protects vulnerable people well. Officers recognise "
              "vulnerability when they attend incidents, and they complete risk assessments "
              "for victims of domestic abuse accurately in most cases."),
        ("p", "The force's public protection unit has enough trained investigators, and "
              "caseloads have fallen since our last inspection. Supervisors review "
              "high-risk domestic abuse cases within 24 hours, and the multi-agency risk "
              "assessment conferences we observed were well attended and well chaired. "
              "Independent domestic violence advisers told us that officers refer victims "
              "to them quickly and share information readily."),
        ("p", "But officers do not always use the powers they have. In 14 of the 50 "
              "domestic abuse cases we examined, the suspect was not arrested although "
              "there were grounds to do so, and the reason was not recorded. In some of "
              "these cases the suspect had left the address before officers arrived, and "
              "no plan was made to find and arrest them later."),
        ("p", "The force uses the domestic violence disclosure scheme well. Applications "
              "are dealt with within the national time limits, and disclosures are made "
              "in person by trained officers, who give the person receiving the "
              "information a safety plan and the details of local support services."),
        ("p", "Kent is one of the forces taking part in the pilot of domestic abuse "
              "protection notices and orders, which allow the police to remove a suspect "
              "from the home straight away and ask a court to impose conditions that last "
              "longer than the old protection orders did."),
        ("space", 14),
        ("box", {
            "kind": "promising", "label": "Promising practice 3",
            "title": "A specialist team for domestic abuse protection orders",
            "forces": [KENT], "force_line": "Kent Police",
            "variant": "orphan",
            "body": [
                "The force has set up a small team of officers and civilian staff who "
                "prepare every application for a domestic abuse protection order. The team "
                "collects the evidence, drafts the application and attends court, so that "
                "response officers can return to patrol quickly after they have issued a "
                "notice.",
                "The team also checks that the conditions of every order are recorded on "
                "the police national computer and sends a summary to the neighbourhood team "
                "for the victim's address. Breaches are treated as priority calls. In the "
                "first nine months, courts granted 94 percent of the orders the team "
                "applied for.",
            ],
            "areas": ["Domestic abuse, VAWG and sexual offences", "Custody and criminal justice"],
        }),
        ("p", "We will continue to monitor the force's progress, especially on the care of "
              "children in custody and on the retention of special constables."),
    ],
}
