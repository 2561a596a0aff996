"""Held-out report 11: thematic (2026), fpdf2 (its own PDF writer), DejaVu Sans Condensed
embedded as subset TrueType. Boxes are stacks of multi_cells with side borders and a fill,
each kind heading led by a small drawn icon (a filled circle for innovative practice, a
filled square for promising practice and the decoy boxes). Two practice boxes side by side
in one row on a single-column page (each half width, padded to the same height); one box,
"Innovative practice – <title>" on one heading line and a force line naming two forces,
split over a page break by fpdf2's automatic page break (heading on one page, end of the body
on the next, no repeated heading; the frame is left open at the break). A summary page near
the start lists each practice with its page ("Innovative practice: Cuckooing protection plans
(page 4)"), numbers from a first render. Running header from page 2, "Page n of N" footer."""

NT = "Nottinghamshire Police"
WM = "West Midlands Police"
NB = "Northumbria Police"
ME = "Merseyside Police"
CH = "Cheshire Constabulary"

REPORT = {
    "file": "thematic-2026-cuckooing.pdf",
    "producer": "fpdf2",
    "style": "icons",
    "title": "Taken over: an inspection of the police response to cuckooing",
    "meta_title": "Taken over: an inspection of the police response to cuckooing",
    "type": "thematic",
    "forces": [NT, WM, NB, ME, CH],
    "published": "2026-02-03",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Taken over",
                  "An inspection of the police response to cuckooing and the exploitation "
                  "of adults in their own homes"],
        "date": "Published on 3 February 2026",
    },
    "header": "Taken over: the police response to cuckooing",
    "contents": False,
    "blocks": [
        ("h1", "Summary"),
        ("p", "Cuckooing happens when criminals take over the home of a vulnerable person and "
              "use it to deal drugs, store weapons or exploit others. The people whose homes "
              "are taken over are often living with learning disabilities, mental ill health, "
              "addiction or loneliness. Some are befriended and then threatened; others are "
              "simply too frightened to refuse. For them, their own home becomes a place of "
              "violence and fear."),
        ("p", "In this inspection we examined how well six police forces identify cuckooing, "
              "protect the people affected and pursue the criminals responsible. We reviewed "
              "180 cases, visited neighbourhood teams, housing providers and adult social care "
              "departments, and spoke to 17 people whose homes had been taken over."),
        ("p", "We found that the police response has improved since cuckooing became a "
              "specific offence, but it remains inconsistent. Neighbourhood officers often know "
              "which addresses are being used, yet the people living there are too often "
              "treated as suspects rather than victims, and the support they are offered "
              "rarely lasts beyond the day that the criminals are removed."),
        ("practice_list", "The examples of practice in this report are:"),
        ("p", "We make four recommendations, which are set out in the final chapter of this "
              "report."),
        ("h1", "Identifying cuckooing"),
        ("p", "Cuckooing is hidden crime. The people affected rarely report it themselves, and "
              "the signs can be easy to miss: a neighbour complaining about visitors at all "
              "hours, a support worker who is no longer allowed into the flat, or a tenant who "
              "suddenly stops collecting their prescription. Forces depend on partner "
              "agencies and the public to tell them what they have seen."),
        ("p", "Most forces we inspected had trained their neighbourhood officers to recognise "
              "the signs of cuckooing, and several had run campaigns aimed at housing staff, "
              "pharmacists and delivery drivers. But information was often recorded as general "
              "intelligence about drug supply, with no mention of the person living at the "
              "address, and so nobody took responsibility for protecting them."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Cuckooing protection plans",
            "forces": [NT], "force_line": NT,
            "areas": ["Vulnerability and mental health", "Neighbourhood policing"],
            "body": [
                "When the force receives information that a home may have been taken over, "
                "the neighbourhood sergeant for the area must open a cuckooing protection "
                "plan within 24 hours. The plan is held on the force's case management "
                "system and names an officer who is responsible for the person living at the "
                "address. It sets out:",
                ["how and when the officer will see the person alone, away from the people "
                 "who are exploiting them;",
                 "which agencies are already involved, and who will lead on housing, health "
                 "and social care;",
                 "the enforcement action planned against the offenders; and",
                 "how the person will be supported for at least three months after the "
                 "offenders have been removed."],
                "Plans are reviewed each week at a meeting chaired by a neighbourhood "
                "inspector. In the first year, the force opened 212 plans, and only 14 of the "
                "addresses were taken over again within six months.",
            ],
        }),
        ("p", "We also saw innovative practice in the way that one force had trained "
              "pharmacists to report concerns through a short online form, but this had not "
              "yet been evaluated.", "decoy"),
        ("h1", "Protecting the people affected"),
        ("p", "Removing the criminals from a home is only the first step. Unless the person "
              "living there is given support, the same group or another will often return "
              "within weeks. The people we spoke to told us that what helped most was having "
              "someone they trusted, who kept in touch and who helped them to deal with debts, "
              "repairs and the threat of eviction."),
        ("p", "The strongest arrangements we found were built on close working between "
              "neighbourhood officers and housing providers. Two examples illustrate this."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Housing officers in neighbourhood teams",
            "forces": [WM], "force_line": WM,
            "variant": "pair-left",
            "areas": ["Neighbourhood policing", "Serious and organised crime"],
            "body": [
                "Three housing associations fund tenancy officers who work from police "
                "stations in Birmingham and Wolverhampton. They join officers on visits to "
                "addresses where cuckooing is suspected and can change locks, arrange a "
                "temporary move or start proceedings against the offenders the same day.",
                "Tenants told us that the joint visits made them feel safer, and that they "
                "had not been afraid of losing their homes.",
            ],
        }),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A warning marker for cuckooed addresses",
            "forces": [NB], "force_line": NB,
            "variant": "pair-right",
            "areas": ["Contact management", "Vulnerability and mental health"],
            "body": [
                "The force adds a warning marker to every address where cuckooing has been "
                "confirmed. When anyone calls the police about the address, the call handler "
                "sees the marker and the name of the officer responsible, and the incident is "
                "graded as involving a vulnerable adult.",
                "The marker stays in place for a year and is reviewed before it is removed.",
            ],
        }),
        ("p", "However, most forces did not have a clear arrangement with adult social care "
              "for people who did not meet the threshold for a safeguarding enquiry. In many "
              "of the cases we reviewed, the person had been visited once by an officer and "
              "then heard nothing more."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["Forces should agree with adult social care and housing providers how "
                     "people whose homes have been taken over will be supported once the "
                     "offenders have been removed, including when the person does not meet the "
                     "threshold for a safeguarding enquiry."],
        }),
        ("p", "We were also concerned that some people were arrested at addresses where drugs "
              "had been found, even when there was clear evidence that they had been coerced. "
              "Officers were not always aware of the statutory defence available to victims of "
              "exploitation, or of the national referral mechanism for adults."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["People whose homes have been taken over are too often treated as suspects. "
                     "Forces do not consistently consider whether they are victims of "
                     "exploitation before deciding to arrest or charge them."],
        }),
        ("h1", "Pursuing the offenders"),
        ("p", "Cuckooing is closely linked to the county lines drug supply model. The groups "
              "responsible move between towns and across force boundaries, and they often use "
              "several addresses at once. Forces need to share intelligence quickly and to use "
              "the full range of powers available to them, including closure orders, criminal "
              "behaviour orders and slavery and trafficking prevention orders."),
        ("p", "We found that forces were generally good at executing warrants and arresting "
              "the people found at cuckooed addresses. They were less good at identifying and "
              "prosecuting the people who controlled the drug lines from a distance, and at "
              "using civil orders to prevent offenders from returning to the same area."),
        ("p", "Intelligence about cuckooing was not always shared between forces. In two of the "
              "forces we inspected, information about addresses used by drug lines from "
              "neighbouring areas had been held for weeks before it was passed on, and in one "
              "case a vulnerable man was assaulted at his home while the referral waited in an "
              "inbox. Regional organised crime units had a good overview of the most harmful "
              "lines, but neighbourhood officers told us that they rarely heard back about the "
              "information they had submitted."),
        ("p", "Investigations into the people controlling drug lines take time. Officers need "
              "to obtain and analyse telephone data, identify the line holder and gather "
              "evidence that the people at the address were exploited. We found that the "
              "forces which did this well had brought together investigators, analysts and "
              "neighbourhood officers in a single team, with a shared plan for each line."),
        ("p", "Closure orders were used widely, but in several forces they were applied for by "
              "neighbourhood officers working alone, with little support from lawyers or "
              "investigators. Some applications had failed because the evidence was not ready "
              "in time for the court hearing."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Closure orders with a joint investigation team",
            "forces": [ME, CH], "force_line": f"{ME} and {CH}",
            "variant": "dash-title split",
            "areas": ["Serious and organised crime", "Offender management"],
            "body": [
                "The two forces have set up a joint team of detectives, analysts and a civil "
                "lawyer to deal with cuckooing linked to drug lines that run between "
                "Merseyside and Cheshire. When a cuckooed address is identified in either "
                "force, the team builds a single case against everyone involved in the line, "
                "from the people dealing at the address to the line holder.",
                "The team prepares applications for closure orders alongside the criminal "
                "investigation, so that the address can be closed on the day the warrant is "
                "executed. It then applies for criminal behaviour orders and slavery and "
                "trafficking prevention orders against the offenders, with conditions that "
                "prevent them from contacting the victim or entering the area.",
                "In its first 18 months, the team dismantled 26 drug lines, and 91 people were "
                "charged with offences including modern slavery. The forces told us that no "
                "address closed by the team had been taken over again, and victims said that "
                "the orders had given them the confidence to stay in their homes.",
            ],
        }),
        ("p", "Few forces evaluated the effect of their enforcement activity on the people "
              "living at cuckooed addresses. Without this, they cannot know whether their "
              "operations are making people safer or simply moving the problem elsewhere."),
        ("h1", "Recommendations"),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "body": ["By September 2026, chief constables should make sure that every report of "
                     "a cuckooed address leads to a named officer being made responsible for "
                     "the safety of the person living there, and that this responsibility "
                     "continues until a multi-agency plan is in place."],
        }),
        ("p", "Our other recommendations, addressed to the National Police Chiefs' Council and "
              "the College of Policing, concern training on the statutory defence for victims "
              "of exploitation and the recording of cuckooing as a crime against the person "
              "whose home has been taken over."),
        ("p", "We will follow up these recommendations in our PEEL inspections of forces."),
    ],
}
