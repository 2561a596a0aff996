"""Held-out report 5: joint inspection (older style, "Notable practice"), LibreOffice from
.docx, US letter, bordered single-cell tables, a shaded heading-row table, a kind heading that
is coloured and larger but not bold, an untitled box, running header and bare page numbers."""

HA = "Essex Police"
DU = "Durham Constabulary"
SW = "South Wales Police"

REPORT = {
    "file": "joint-2021-electronic-monitoring.pdf",
    "producer": "libreoffice",
    "style": "bordered",
    "title": "Tagged and tracked: a joint inspection of the use of electronic monitoring in "
             "offender management",
    "meta_title": "",
    "type": "joint",
    "forces": [HA, DU, SW],
    "published": "2021-06-15",
    "cover": {
        "kicker": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
                  "and Her Majesty's Inspectorate of Probation",
        "lines": ["Tagged and tracked",
                  "A joint inspection of the use of electronic monitoring in offender "
                  "management"],
        "date": "Published: 15 June 2021",
        "fieldwork": "Inspection fieldwork took place between November 2020 and February 2021",
    },
    "header": "Tagged and tracked: electronic monitoring in offender management",
    "footer_style": "centre",
    "contents": False,
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Electronic monitoring allows the police and probation services to check where a "
              "person is, or whether they have drunk alcohol, without an officer being present. "
              "Location monitoring tags use satellite positioning to record a person's movements "
              "and can alert a monitoring centre when the person enters an exclusion zone."),
        ("p", "This joint inspection looked at how well police forces and probation services use "
              "electronic monitoring to manage people who have committed serious offences and "
              "who are living in the community. We visited five police forces and the probation "
              "regions that serve them."),
        ("h1", "Using location data to manage risk"),
        ("p", "In most areas, the police did not routinely receive location data about people "
              "under their supervision. Requests had to be made case by case and could take "
              "several days. Where forces had agreed faster access, officers used the data to "
              "check compliance and, occasionally, to eliminate people from investigations."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Daily compliance checks for people convicted of knife crime",
            "forces": [HA], "force_line": HA,
            "variant": "headrow",
            "areas": ["Serious violence", "Offender management"],
            "body": [
                "The force and the probation service jointly manage a group of people on licence "
                "after serious offences involving knives. Each person wears a location tag with "
                "exclusion zones around their victims' homes and the areas where they offended.",
                "An analyst in the force's offender management unit reviews alerts every "
                "morning and compares the location data with reports of knife crime from the "
                "previous day. Breaches are passed to the person's probation practitioner "
                "before midday, so that they can be dealt with quickly.",
            ],
        }),
        ("p", "We saw notable practice in one probation region, which shares tag alerts with "
              "neighbourhood officers through a secure email group.", "decoy"),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "variant": "headrow",
            "body": ["The Ministry of Justice and the National Police Chiefs' Council should "
                     "agree a national process that gives police forces timely access to the "
                     "location data of people subject to electronic monitoring."],
        }),
        ("h1", "Alcohol monitoring"),
        ("p", "Alcohol abstinence monitoring requirements can be imposed by the courts as part "
              "of a community sentence. A tag worn on the ankle tests the wearer's sweat for "
              "alcohol every 30 minutes. We found that these requirements were rarely used for "
              "people who had committed domestic abuse, even when alcohol was a clear factor "
              "in their offending."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "label_style": "large",
            "title": "Alcohol tags in domestic abuse cases",
            "forces": [DU], "force_line": DU,
            "areas": ["Offender management", "Domestic abuse, VAWG and sexual offences"],
            "body": [
                "Offender managers in the force work with the local probation delivery unit to "
                "identify domestic abuse perpetrators whose offending is linked to alcohol. "
                "Where appropriate, probation practitioners propose an alcohol abstinence "
                "monitoring requirement in their pre-sentence report.",
                ["Victims are told when the tag is fitted and when it is removed.",
                 "Domestic abuse officers receive alerts when the tag detects alcohol.",
                 "Officers visit the victim the same day if an alert is received."],
                "Victims told us that they felt safer knowing that any drinking would be "
                "detected.",
            ],
        }),
        ("h1", "Organised crime and licence conditions"),
        ("p", "People released from prison after convictions for organised crime often have "
              "licence conditions that restrict where they can go and whom they can meet. Few "
              "of the forces we visited used electronic monitoring to enforce these conditions, "
              "and serious and organised crime teams rarely spoke to probation practitioners."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "",
            "forces": [SW], "force_line": None,
            "areas": ["Serious and organised crime", "Offender management"],
            "body": [
                "South Wales Police has placed a probation officer in its regional organised "
                "crime unit. The probation officer attends the unit's tasking meetings and "
                "advises on which licence conditions and monitoring requirements to request "
                "when members of organised crime groups are due for release.",
                "Location data from tags has been used to show that people released on licence "
                "were meeting other members of their group, and several were recalled to "
                "prison as a result.",
            ],
        }),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "variant": "headrow",
            "body": ["Chief constables should make sure that their serious and organised crime "
                     "teams work with probation services to plan the release of people convicted "
                     "of organised crime offences."],
        }),
        ("h1", "Conclusion"),
        ("p", "Electronic monitoring is a valuable tool, but its benefits depend on the police and "
              "probation services acting on the information it provides. We found too many "
              "areas in which alerts were not shared, or were shared too late to make a "
              "difference."),
    ],
}
