"""Held-out set 5, report 17: older-style thematic (2017, "Notable practice", box bodies in
italics) on children in police custody; LibreOffice from a python-docx .docx. One box whose
heading row (kind heading, title, force line) is the last thing on a page and whose body row
is at the top of the next; a Recommendation and a Cause of concern box in the same style; an
in-text "notable practice" mention."""

WY = "West Yorkshire Police"
NB = "Northumbria Police"

REPORT = {
    "file": "thematic-2017-children-in-custody.pdf",
    "producer": "libreoffice",
    "style": "older",
    "header": "Children in police custody – HMICFRS 2017",
    "title": "Overnight: an inspection of the treatment of children in police custody",
    "meta_title": "Overnight",
    "type": "thematic",
    "forces": [WY, NB],
    "published": "2017-10-12",
    "cover": {
        "kicker": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Overnight",
                  "An inspection of the treatment of children in police custody"],
        "date": "Published 12 October 2017",
    },
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Every year, tens of thousands of children are arrested in England and Wales "
              "and held, for at least a few hours, in a police custody suite. A cell is a "
              "frightening place for an adult. For a child it can be far worse, and the "
              "law recognises this: a child in custody must have an appropriate adult, "
              "and a child who is charged and refused bail should normally be moved to "
              "local authority accommodation rather than kept in a cell overnight."),
        ("p", "In this inspection we examined how six forces treat children from the "
              "moment of arrest until they leave custody. We examined 180 custody "
              "records, spoke to custody sergeants, detention officers, appropriate "
              "adults and local authority staff, and observed custody suites at "
              "different times of the day and night."),
        ("p", "We found notable practice in two of the forces we inspected, and we "
              "describe it in this report so that other forces can consider it.",
         "decoy"),
        ("h1", "Appropriate adults"),
        ("p", "An appropriate adult supports a child in custody, makes sure that the child "
              "understands what is happening and checks that the child is treated fairly. "
              "Usually this is a parent, but when no parent can attend the police must "
              "find someone else, often a volunteer or a youth offending team worker."),
        ("p", "In four of the six forces, children waited a long time for an appropriate "
              "adult to arrive, especially at night. In one force the average wait after "
              "10pm was more than five hours, and during that time the child could not be "
              "interviewed or released."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "An appropriate adult service available around the clock",
            "forces": [WY], "force_line": "West Yorkshire Police",
            "body": [
                "The force and the five local authorities in the county jointly fund an "
                "appropriate adult service that covers every custody suite at all hours. "
                "Trained volunteers are on call overnight and at weekends, and a "
                "coordinator in the custody hub allocates them as soon as a child arrives.",
                "The average wait for an appropriate adult fell from four hours to just "
                "over one hour in the first year, and custody sergeants told us that "
                "children are now interviewed and released much sooner.",
            ],
            "areas": ["Custody and criminal justice", "Child protection and exploitation"],
        }),
        ("p", "Appropriate adults told us that they were not always told when a child "
              "was about to be interviewed, and that some custody staff saw them as a "
              "formality. We found that forces rarely asked appropriate adult schemes "
              "for feedback about the way their volunteers were treated."),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "body": ["Within six months, all forces should agree with their local "
                     "authorities how an appropriate adult will be provided for every "
                     "child in custody at any time of the day or night."],
        }),
        ("h1", "Children charged and refused bail"),
        ("p", "When a child is charged and refused bail, the custody officer must arrange "
              "for the child to be moved to local authority accommodation unless this is "
              "impracticable, or unless the child is aged 12 or over and secure "
              "accommodation is needed to protect the public and none is available."),
        ("p", "We found that this duty is often not met. In the records we examined, 46 "
              "children were charged and refused bail. Only 13 of them were moved to "
              "local authority accommodation; the rest stayed in a police cell until they "
              "appeared in court the next morning."),
        ("p", "Custody officers gave many reasons. Some said that the local authority had "
              "told them no accommodation was available. Others had not asked, because "
              "in their experience the answer was always no. Some custody records "
              "recorded the transfer as impracticable without saying why."),
        ("p", "Local authority staff told us that they were often contacted late at night, "
              "with little notice and little information about the child, which made it "
              "hard to find a suitable placement. Few local authorities had any "
              "accommodation set aside for this purpose."),
        ("h2", "Recording the decision"),
        ("p", "Custody records should show why a child was kept in custody after charge, "
              "who in the local authority was contacted and when, and what they said. In "
              "most of the records we examined this information was missing or "
              "incomplete. Without it, neither the force nor the local authority can tell "
              "how often the law is followed, or where the arrangements break down."),
        ("p", "None of the six forces regularly reviewed the cases in which a child was "
              "kept in a cell overnight. Senior officers were often surprised when we told "
              "them how many children this had happened to in the previous year."),
        ("p", "Some custody sergeants told us that they would welcome clearer guidance. "
              "They understood the law, but they did not know what to do when a council "
              "did not answer the telephone, or when the only placement offered was many "
              "miles away and no transport could be found to take the child there."),
        ("p", "We saw good examples of individual custody officers going to great lengths "
              "to find a bed for a child, telephoning several councils and arranging "
              "transport themselves. But this depended on the officer, not on any "
              "agreed arrangement, and it rarely happened after midnight."),
        ("p", "One force stood out. Its arrangements did not depend on individual officers, "
              "and its councils had agreed in advance what they would do."),
        ("space", 30),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "A protocol for overnight transfers agreed with six councils",
            "forces": [NB], "force_line": "Northumbria Police",
            "variant": "orphan",
            "body": [
                "The force and the six councils in its area have signed a protocol that "
                "sets out what each will do when a child is charged and refused bail. "
                "The custody officer must telephone the council's emergency duty team "
                "before the child is charged, not afterwards, and the council must reply "
                "within one hour with a placement or a written explanation.",
                "The councils have jointly commissioned two beds in a children's home "
                "that are kept free for these transfers. The force's custody inspector "
                "reviews every case in which a child stayed in a cell overnight, and the "
                "results are reported each quarter to the local criminal justice board.",
                "In the first year of the protocol, the proportion of children charged and "
                "refused bail who were moved to local authority accommodation rose from "
                "a quarter to almost three quarters.",
            ],
            "areas": ["Custody and criminal justice", "Child protection and exploitation"],
        }),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["Children who are charged and refused bail are too often kept in "
                     "police cells overnight, and forces do not know how often this "
                     "happens or why."],
        }),
        ("h1", "Conditions of detention"),
        ("p", "Most custody suites we visited had at least one cell set aside for children, "
              "usually nearer the custody desk and away from the cells used for adults who "
              "were drunk or violent. But in busy periods these cells were often used for "
              "adults, and children were placed wherever there was space."),
        ("p", "Children were not always given the same care as vulnerable adults. Only "
              "a third of the records we examined showed that the child had been offered "
              "a telephone call, something to read, or a visit from a parent during a "
              "long detention. Custody staff told us that they would like to do more, but "
              "that they rarely had the time."),
        ("p", "We were concerned to find that some children had been strip-searched without "
              "an appropriate adult present, and that the reasons for the search were not "
              "always recorded. In a few cases the record did not show who had authorised "
              "the search or where it had taken place."),
        ("p", "Force had been used on children in 21 of the records we examined, usually "
              "handcuffing on arrest. In most of these cases the use of force was recorded "
              "and appeared justified, but few forces analysed their data on the use of "
              "force against children, and none could tell us whether children from black "
              "and minority ethnic groups were more likely than others to be handcuffed."),
        ("h2", "Health care"),
        ("p", "Health care professionals were available in every custody suite we visited, "
              "and children were usually seen promptly when they needed to be. Liaison and "
              "diversion workers assessed many of the children we saw, and referred some "
              "of them to mental health or substance misuse services."),
        ("p", "But the information that health care staff gathered was not always shared "
              "with the custody officer, or passed on to the youth offending team when the "
              "child was released, so that the same questions were asked again by each "
              "service the child met."),
        ("h1", "Conclusion"),
        ("p", "The forces we inspected want to treat children in custody well, and many "
              "custody staff go to great lengths to do so. But the arrangements that "
              "should protect children depend too much on the efforts of individuals. We "
              "will return to this subject in our future inspections of custody."),
    ],
}
