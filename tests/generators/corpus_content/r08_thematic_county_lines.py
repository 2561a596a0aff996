"""National thematic on county lines and child criminal exploitation: bordered (stroked,
unfilled) boxes, contents listing practice entries, forces named in the box or in the text."""

REPORT = {
    "file": "thematic-2025-county-lines.pdf",
    "title": "Lines of harm: an inspection of the police response to county lines and child "
             "criminal exploitation",
    "type": "thematic",
    "forces": ["Norfolk Constabulary", "South Yorkshire Police", "British Transport Police",
               "Metropolitan Police Service", "West Mercia Police"],
    "published": "2025-01-28",
    "cover_lines": ["A thematic inspection", "Published 28 January 2025"],
    "style": {"box": "border", "box_stroke": "#4B4B4B", "accent": "#B3122E",
              "box_lw": 1.2, "header": "Lines of harm", "footer": "Page {n}",
              "cover_color": "#B3122E", "contents_practices": True, "size": 10,
              "margins": (64, 64, 72, 68), "force_line": "colour"},
    "blocks": [
        ("h1", "Summary"),
        ("p", "County lines is a form of drug dealing in which organised crime groups use "
              "dedicated mobile phone lines to supply drugs from cities into smaller towns and "
              "rural areas. The groups exploit children and vulnerable adults to move and "
              "store drugs and cash, and often use violence and intimidation to control them."),
        ("p", "We found that the police response to county lines has improved since the "
              "creation of the National County Lines Coordination Centre. But too often "
              "children who are criminally exploited are still treated as offenders rather "
              "than as victims."),
        ("h1", "Identifying exploited children"),
        ("p", "Children who go missing from home or care are at particular risk of child "
              "criminal exploitation (CCE). Return home interviews can provide valuable "
              "information, but their quality varies."),
        ("box", {"kind": "promising", "title": "Return home interviews by youth workers",
                 "force_line": "Norfolk Constabulary", "forces": ["Norfolk Constabulary"],
                 "area": "Child protection and exploitation",
                 "also": ["Vulnerability and mental health"],
                 "body": [
                     "The force and the county council jointly fund youth workers who carry "
                     "out return home interviews with children who have been missing. The "
                     "youth workers are not police officers, and children told us that they "
                     "found it easier to talk to them.",
                     "Information from the interviews is passed to the force's exploitation "
                     "hub within 72 hours and used to map the places and people linked to "
                     "exploitation. In one case, information from several interviews led to "
                     "the identification of a cuckooed address and the arrest of two adults "
                     "for trafficking offences under the Modern Slavery Act 2015.",
                 ]}),
        ("p", "Forces should use the National Referral Mechanism (NRM) to identify children "
              "who are victims of trafficking. We found that referrals were often made late, "
              "after a child had been charged."),
        ("box", {"kind": "innovative", "title": "Exploitation screening in custody",
                 "forces": ["South Yorkshire Police"],
                 "area": "Child protection and exploitation",
                 "also": ["Custody and criminal justice"],
                 "body": [
                     "South Yorkshire Police has introduced an exploitation screening tool "
                     "that custody sergeants complete for every child arrested for drugs "
                     "supply, possession of a weapon or robbery. The tool prompts the "
                     "sergeant to check for indicators of CCE, such as unexplained cash, "
                     "multiple phones or being found far from home.",
                     "Where indicators are present, the force's child exploitation team is "
                     "notified and considers an NRM referral before any charging decision. "
                     "Referrals for children have trebled, and the CPS told us that "
                     "information about exploitation now reaches prosecutors earlier.",
                 ]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["By September 2025, chief constables should make sure that "
                            "children arrested for offences linked to county lines are "
                            "screened for indicators of exploitation."]}),
        ("h1", "Disrupting county lines"),
        ("p", "County lines cross force boundaries, and the railway network is often used to "
              "move children and drugs between cities and market towns. Forces need to work "
              "together to be effective."),
        ("box", {"kind": "innovative", "title": "Operations on the rail network",
                 "force_line": "British Transport Police",
                 "forces": ["British Transport Police"],
                 "area": "Serious and organised crime",
                 "also": ["Child protection and exploitation"],
                 "body": [
                     "BTP runs a dedicated county lines taskforce that targets the use of "
                     "the railway by county lines gangs. Officers use intelligence from "
                     "exporting and importing forces to plan deployments at stations on "
                     "the routes most often used, and they are trained to spot children "
                     "travelling alone who may be running drugs.",
                     "The taskforce works with home forces to make sure that any child found "
                     "is safeguarded, and that line holders are identified and arrested. "
                     "Since it was set up, the taskforce has closed more than 400 lines.",
                 ]}),
        ("box", {"kind": "promising", "title": "Targeting line holders through phone data",
                 "forces": ["Metropolitan Police Service"],
                 "area": "Serious and organised crime",
                 "also": ["Digital, data and technology", "Investigations"],
                 "body": [
                     "The Met's county lines team analyses the deal line numbers found on "
                     "phones seized from runners. It uses the data to identify the line "
                     "holder, who is often an adult in London directing children many miles "
                     "away.",
                     "The team builds evidence-led prosecutions based on phone data so that "
                     "the children involved do not need to give evidence against the line "
                     "holder. Most of the defendants it has charged have pleaded guilty.",
                 ]}),
        ("mention", "We consider the use of slavery and trafficking prevention orders to be "
                    "notable practice, but few forces apply for them.",
         "We consider the use of slavery and trafficking prevention orders to be notable"),
        ("h1", "Working with partners"),
        ("p", "The police cannot tackle county lines alone. Schools, children's social care, "
              "health services and youth offending teams all have information that can help "
              "to identify exploitation."),
        ("box", {"kind": "promising", "title": "",
                 "forces": ["West Mercia Police"],
                 "area": "Serious violence",
                 "also": ["Child protection and exploitation", "Serious and organised crime"],
                 "body": [
                     "West Mercia Police has worked with its violence reduction partnership "
                     "to place youth workers in the custody suites in Telford and "
                     "Worcester. The youth workers meet children arrested for offences "
                     "linked to knives or drugs while they are still in custody, which is "
                     "often a 'reachable moment'.",
                     "The youth workers continue to support the child after release, "
                     "working with their school and family. The force has seen fewer repeat "
                     "arrests for knife possession among the children supported.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["Forces should make sure that information from partners about "
                            "children at risk of exploitation is recorded and acted upon."]}),
        ("h1", "Conclusion"),
        ("p", "The practice described in this report shows that forces can protect children "
              "and bring those who exploit them to justice. We expect forces to learn from "
              "it."),
    ],
}
