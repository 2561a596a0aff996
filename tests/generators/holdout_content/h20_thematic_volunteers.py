"""Held-out set 6, report 20: thematic on police volunteers (2024); LibreOffice from a
python-docx .docx. Two pages laid out as a borderless two-column table (running text in the
left cell); in the right cell of the first, a practice box that is a shaded nested table,
and in the second a Recommendation box made the same way. A practice whose title wraps over
three lines; an "Innovation" box (a national programme, not a practice example) in the same
style as the practice boxes; an Area for improvement box and an in-text mention."""

DE = "Derbyshire Constabulary"
NY = "North Yorkshire Police"
SW = "South Wales Police"
ES = "Essex Police"
CA = "Cambridgeshire Constabulary"

REPORT = {
    "file": "thematic-2024-police-volunteers.pdf",
    "producer": "libreoffice",
    "style": "vols",
    "header": "Citizens in policing: an inspection of how forces use volunteers",
    "title": "Citizens in policing: an inspection of how forces recruit, support and use "
             "volunteers",
    "meta_title": "Citizens in policing",
    "type": "thematic",
    "forces": [DE, NY, SW, ES, CA],
    "published": "2024-07-18",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Citizens in policing",
                  "An inspection of how forces recruit, support and use volunteers"],
        "date": "Publication date: 18 July 2024",
    },
    "blocks": [
        ("h1", "Introduction"),
        ("p", "More than 20,000 people give their time to the police in England and Wales. "
              "Special constables have the same powers as regular officers; police support "
              "volunteers help in roles from front counters to digital investigations; and "
              "volunteer police cadets, aged 13 to 18, learn about policing while helping "
              "at community events."),
        ("p", "We inspected five forces: Derbyshire Constabulary, North Yorkshire Police, "
              "South Wales Police, Essex Police and Cambridgeshire Constabulary. We looked at "
              "how they recruit volunteers, how they train and support them, and whether they "
              "use their skills well."),
        ("p", "In each chapter we describe the promising and innovative practice we found, "
              "and we set out areas for improvement and recommendations at the end of the "
              "report.", "decoy"),
        ("box", {
            "kind": "innovation", "label": "Innovation",
            "title": "The national citizens in policing programme",
            "forces": [], "force_line": None,
            "body": [
                "Since 2022 the National Police Chiefs' Council has run a national "
                "programme to help forces modernise how they manage volunteers. It provides "
                "a shared recruitment website, a digital system for recording volunteers' "
                "hours and skills, and a network of regional coordinators."],
        }),
        ("h1", "Police support volunteers"),
        ("twocol", [
            ("p", "Police support volunteers are the least visible part of the volunteer "
                  "workforce. They are not warranted, and their roles vary widely between "
                  "forces, from meeting and greeting visitors at police stations to "
                  "analysing data for major investigations."),
            ("p", "Most forces still recruit support volunteers into general roles and then "
                  "look for work for them to do. Volunteers told us that this meant they "
                  "were sometimes given little to do, or tasks that made no use of their "
                  "professional skills."),
            ("p", "The forces that retained volunteers best started from a clear need, "
                  "advertised a specific role with a description of the skills required, "
                  "and gave each volunteer a named supervisor."),
            ("p", "Vetting remains a barrier. In three forces, volunteers waited more than "
                  "four months for vetting clearance, and some took other opportunities in "
                  "the meantime."),
        ], [
            ("p", "Some forces have used volunteers' professional skills to reach people "
                  "the police find hard to reach."),
            ("box", {
                "kind": "promising", "label": "Promising practice",
                "title": "Cyber volunteers who help small charities",
                "forces": [DE], "force_line": "Derbyshire Constabulary",
                "cases": ["nested"],
                "areas": ["Fraud and cyber crime", "Workforce and wellbeing"],
                "body": [
                    "The force recruits volunteers who work in information technology to "
                    "give free cyber security checks to small charities and community "
                    "groups.",
                    "Each volunteer is trained by the force's cyber protect officer. In "
                    "its first year the scheme checked 86 organisations, and none of them "
                    "has since reported losing money to an online fraud."],
            }),
        ]),
        ("h1", "Special constables"),
        ("p", "Special constables give at least 16 hours a month, and many give far more. "
              "The number of specials has fallen by about a third over the past decade, and "
              "the forces we inspected were all trying to recruit more and to keep those "
              "they have."),
        ("p", "Specials told us that they valued being part of a team and being given "
              "responsibility, and that they left when they felt like spare parts on a "
              "regular officer's shift. The best forces gave experienced specials their own "
              "areas of work."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Special constables with their own independent patrol authority who "
                     "lead rural crime, wildlife crime and community speed enforcement "
                     "patrols in the most remote parts of the county at weekends",
            "forces": [NY], "force_line": "North Yorkshire Police",
            "cases": ["longtitle"],
            "areas": ["Roads and operational support", "Neighbourhood policing",
                      "Workforce and wellbeing"],
            "body": [
                "North Yorkshire Police has given 40 experienced special constables the "
                "authority to patrol on their own and to lead small teams of other specials. "
                "They cover the moors and dales at weekends, when regular officers are "
                "stretched, and concentrate on farm theft, the persecution of birds of prey "
                "and speeding on rural roads.",
                "The specials choose their patrol areas with the rural crime team and "
                "report back to it after every shift. Farmers told us they now see officers "
                "in places they rarely saw them before, and the force's specials are staying "
                "longer: the average length of service has risen from two to four years."],
        }),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "Forces should make sure that volunteers receive vetting decisions within "
                "eight weeks, and keep applicants informed while they wait."],
        }),
        ("h1", "Volunteer police cadets"),
        ("p", "Cadet schemes give young people, including those who are vulnerable or have "
              "been in trouble with the police, a chance to learn new skills and to see "
              "policing from the inside. All five forces run cadet units, but the number of "
              "places and the support given to adult leaders vary a great deal."),
        ("twocol", [
            ("p", "Cadet leaders are themselves volunteers. Many told us that they spent more "
                  "time on paperwork than with cadets, and that they had not been trained to "
                  "support young people with additional needs."),
            ("p", "Some units have waiting lists of more than a year, while others struggle "
                  "to attract cadets from the communities they serve. Few forces had "
                  "analysed who joins and who leaves."),
        ], [
            ("box", {
                "kind": "rec", "label": "Recommendation",
                "title": "", "forces": [], "force_line": None,
                "body": [
                    "By July 2025, chief constables should review how they support cadet "
                    "leaders, including the training they receive and the time they spend "
                    "on administration."],
            }),
        ]),
        ("h1", "Volunteers supporting victims"),
        ("p", "Victims of crime often tell us that they hear nothing from the police after "
              "reporting a crime. Several forces now use volunteers to keep in touch with "
              "victims of less serious crimes, under the supervision of staff."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Volunteers who call victims back",
            "forces": [ES], "force_line": "Essex Police",
            "areas": ["Victim care", "Workforce and wellbeing"],
            "body": [
                "Trained volunteers in the force's victim care unit phone every victim of "
                "burglary and vehicle crime within 28 days of the report to update them on "
                "the investigation and offer referral to support services.",
                "Victims who received a call were more satisfied with the way they were kept "
                "informed than those who did not, and the volunteers pass on any new "
                "information to the investigating officer the same day."],
        }),
        ("p", "We will look again at how forces use volunteers in our PEEL inspections."),
    ],
}
