"""Held-out set 5, report 16: thematic "Innovative practice in neighbourhood policing";
WeasyPrint. The running header on every page but the cover is the report's title, which
contains "Innovative practice". The text is set in a narrow column with a wide left margin;
two sidebars sit in that margin (a practice and a Recommendation). A practice box whose title
and body carry footnote markers (WeasyPrint ``float: footnote``: the notes are printed at the
foot of the page); a box naming two forces; an untitled box; an annex listing the practices
as a bulleted list."""

CU = "Cumbria Constabulary"
NY = "North Yorkshire Police"
DP = "Dyfed-Powys Police"
NW = "North Wales Police"
WM = "West Mercia Police"

REPORT = {
    "file": "thematic-2025-neighbourhood-policing.pdf",
    "producer": "weasyprint",
    "style": "nbh",
    "header_text": "Innovative practice in neighbourhood policing",
    "sidebar_split": 190,
    "title": "Innovative practice in neighbourhood policing: an inspection of how forces "
             "police rural communities",
    "meta_title": "Innovative practice in neighbourhood policing",
    "type": "thematic",
    "forces": [CU, NY, DP, NW, WM],
    "published": "2025-06-19",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Innovative practice in neighbourhood policing",
                  "An inspection of how forces police rural communities"],
        "date": "Published: 19 June 2025",
    },
    "blocks": [
        ("h1", "About this inspection"),
        ("p", "About a fifth of the population of England and Wales lives in rural areas. "
              "People in the countryside are less likely than people in towns to be "
              "victims of crime, but they are more likely to feel that the police are "
              "far away, and some crimes, such as the theft of farm machinery and the "
              "killing of protected wildlife, happen almost only in rural areas."),
        ("p", "In the autumn of 2024 we inspected six forces with large rural areas. We "
              "spoke to neighbourhood officers, police community support officers, "
              "special constables and volunteers, and to farmers, gamekeepers, parish "
              "councillors and staff from fire and rescue services and wildlife charities."),
        ("p", "The title of this report reflects what we were asked to find: examples of "
              "innovative practice that other forces could adopt. In this report we "
              "describe the examples of innovative and promising practice that we found, "
              "and the areas where forces still need to improve.", "decoy"),
        ("h1", "Working with partners"),
        ("p", "Neighbourhood teams in rural areas cannot cover the ground on their own. "
              "The forces we inspected all work with other organisations, but the "
              "strongest arrangements were with fire and rescue services, which already "
              "visit many isolated and vulnerable people in their homes."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Joint home safety visits with the fire service",
            "forces": [CU], "force_line": "Cumbria Constabulary",
            "variant": "sidebar",
            "body": [
                "PCSOs and fire safety advisers visit older people in remote farms "
                "together, checking smoke alarms and giving advice on scams and doorstep "
                "crime in one visit.",
                "More than 900 joint visits were made in the first year, and both "
                "services now share a single referral form.",
            ],
            "areas": ["Neighbourhood policing", "Vulnerability and mental health"],
        }),
        ("p", "In Cumbria, for example, police community support officers and fire "
              "safety advisers now share a referral form and a list of the people they "
              "visit. Each service can book a joint visit when it is worried about "
              "someone who lives alone. Partners told us that these arrangements depend "
              "on good personal relationships, and that they would like them to be set "
              "out in formal agreements so that they survive changes of staff."),
        ("p", "Forces also work with the National Farmers' Union, the Country Land and "
              "Business Association and local farm watch schemes. These groups pass "
              "information to the police about suspicious vehicles and thefts, and most "
              "forces send them regular alerts in return. But in two forces the alerts "
              "were sent only by email, and farmers told us that they rarely read them "
              "in time to be useful."),
        ("p", "We were also told that it can be difficult for partners to find the right "
              "person in a force to speak to. Several parish councils did not know the "
              "name of their neighbourhood officer, and some had been given contact "
              "details that were years out of date."),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "variant": "sidebar",
            "body": ["By March 2026, forces should publish the name and contact details of "
                     "the neighbourhood team for every parish."],
        }),
        ("p", "Some forces have made this easier by publishing online maps of their "
              "neighbourhood teams, with a photograph of each officer and the parishes "
              "they cover. Others still rely on lists on their websites, which are hard "
              "to search and are not always kept up to date."),
        ("p", "We think that every force should be able to tell the people it serves who "
              "their local officers are, and how to reach them without calling 101."),
        ("h1", "Rural and wildlife crime"),
        ("p", "Wildlife crime is a national policing priority, and every force has at "
              "least one wildlife crime officer. But in most forces this is a part-time "
              "role, carried out by an officer who has other duties, and the officers we "
              "spoke to said that they had little time to investigate offences properly."),
        ("p", "The persecution of birds of prey is one of the most serious forms of "
              "wildlife crime. It is hard to investigate, because it takes place on "
              "remote land and the evidence is often found long after the offence."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Raptor persecution hotspot mapping",
            "forces": [NY], "force_line": "North Yorkshire Police",
            "notes": [
                ("title", "hotspot mapping",
                 "Raptors are birds of prey, such as buzzards, red kites and hen harriers; "
                 "persecution includes poisoning, shooting and trapping."),
                ("body", "Incident Investigation Scheme",
                 "The scheme investigates deaths of wildlife where poisoning is suspected "
                 "and publishes the results each quarter."),
            ],
            "body": [
                "The force's rural taskforce has built a map of every confirmed and "
                "suspected case of raptor persecution in the county over the past ten "
                "years. It combines police records with data from the Wildlife Incident "
                "Investigation Scheme and with reports from bird charities and "
                "volunteers who monitor nests.",
                "Analysts use the map to identify estates and moorland areas where "
                "persecution keeps happening. The taskforce then plans visits to those "
                "areas at the times of year when birds are most at risk, and it briefs "
                "landowners and gamekeepers about the law. The number of confirmed "
                "poisoning cases in the county fell from 17 to 6 in two years.",
            ],
            "areas": ["Neighbourhood policing", "Investigations"],
        }),
        ("p", "Forces with large upland areas face a particular problem: thieves move "
              "stolen sheep, quad bikes and machinery across force boundaries, and the "
              "forces on each side of a boundary have not always shared information "
              "about them quickly."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A shared rural crime team for the upland border",
            "forces": [DP, NW], "force_line": "Dyfed-Powys Police and North Wales Police",
            "body": [
                "The two forces have formed a joint rural crime team of six officers who "
                "work across the boundary between them. The team shares one briefing, "
                "one intelligence system and one set of vehicles, and its officers can "
                "act in either force area.",
                "Farmers can report thefts to either force and the team picks them up. "
                "In its first year the team recovered livestock and machinery worth more "
                "than £600,000 and charged two groups who had stolen quad bikes from farms "
                "on both sides of the boundary.",
            ],
            "areas": ["Neighbourhood policing", "Serious and organised crime"],
        }),
        ("h1", "Engaging with communities"),
        ("p", "The people we spoke to in rural areas valued seeing their local officers, "
              "but many told us that they rarely did. Neighbourhood officers are often "
              "taken away to support response teams in the towns, and village surgeries "
              "are the first thing to be cancelled when this happens."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "", "forces": [WM], "force_line": "West Mercia Police",
            "body": [
                "Each parish council in the force area has a named link officer from its "
                "neighbourhood team. The officer attends at least two parish council "
                "meetings a year and sends the clerk a short written update every month, "
                "which the council publishes in its newsletter.",
                "Parish clerks told us that the updates help them to answer residents' "
                "questions about crime, and that they now know whom to contact when a "
                "problem arises.",
            ],
            "areas": ["Neighbourhood policing", "Fairness and legitimacy"],
        }),
        ("p", "Few forces, however, ask rural communities what they want their "
              "neighbourhood teams to concentrate on. Priorities are usually set by the "
              "force using crime data, which does not capture problems that people do not "
              "report, such as speeding through villages or fly-tipping on farmland."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["Forces should consult rural communities when they set the priorities "
                     "of neighbourhood teams, and should tell them what has been done."],
        }),
        ("h1", "Annex A: Examples of innovative and promising practice"),
        ("p", "This annex lists the examples of innovative and promising practice that we "
              "describe in this report, with the forces that told us about them.",
         "decoy"),
        ("ul", [
            "Joint home safety visits with the fire service – Cumbria Constabulary",
            "Raptor persecution hotspot mapping – North Yorkshire Police",
            "A shared rural crime team for the upland border – Dyfed-Powys Police and "
            "North Wales Police",
            "Parish council link officers – West Mercia Police",
        ]),
        ("p", "Forces that would like to know more about any of these examples should "
              "contact the force concerned through the national rural crime network."),
    ],
}
