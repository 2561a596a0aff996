"""Held-out report 4: PEEL force report, LibreOffice from .docx, shaded single-cell tables,
Word headings and list paragraphs, contents page, "Page n" footer field."""

F = "Staffordshire Police"

REPORT = {
    "file": "peel-2024-staffordshire.pdf",
    "producer": "libreoffice",
    "style": "shaded",
    "title": "PEEL 2023–25: An inspection of Staffordshire Police",
    "meta_title": "PEEL 2023–25: An inspection of Staffordshire Police",
    "type": "peel",
    "forces": [F],
    "published": "2024-01-24",
    "cover": {
        "kicker": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy",
        "lines": ["An inspection of Staffordshire Police"],
        "date": "Publication date: 24 January 2024",
        "fieldwork": "Fieldwork: 18 September – 6 October 2023",
    },
    "header": "PEEL 2023–25: Staffordshire Police",
    "contents": True,
    "blocks": [
        ("h1", "Our judgments"),
        ("p", "Our inspection assessed how good Staffordshire Police is in nine areas of policing. "
              "We found that the force is good at responding to the public and at developing a "
              "positive workplace. It is adequate at investigating crime and protecting "
              "vulnerable people, and it requires improvement at managing offenders."),
        ("p", "Since our last inspection, the force has changed its operating model, bringing "
              "response and neighbourhood officers back under local commanders. It is too early "
              "to judge the full effect of this change, but officers and staff told us that it "
              "had improved local accountability."),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls quickly and its call handlers assess risk well. "
              "When an incident needs an emergency response, officers usually arrive within the "
              "force's target times."),
        ("box", {
            "kind": "promising", "label": "Promising practice:",
            "title": "A response sergeant in the control room",
            "forces": [F], "force_line": None,
            "areas": ["Response policing", "Contact management"],
            "body": [
                "On every shift, an experienced response sergeant works in the control room "
                "alongside the dispatchers. The sergeant reviews the queue of incidents waiting "
                "for an officer, speaks to callers again when it is not clear whether a visit is "
                "needed, and moves officers between incidents as priorities change.",
                "Since the role was introduced, the number of incidents waiting more than 24 "
                "hours for attendance has fallen by 40 percent, and fewer incidents have been "
                "closed without an officer speaking to the caller.",
            ],
        }),
        ("p", "The force has worked hard to reduce the time officers spend waiting with people in "
              "mental health crisis. But it does not always record the reasons why an officer "
              "was sent, or what the outcome was."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["The force should make sure that it records the reasons for its decisions "
                     "when it sends officers to incidents involving people in mental health "
                     "crisis, so that it can understand and reduce this demand."],
        }),
        ("h1", "Protecting vulnerable people"),
        ("h2", "Violence against women and girls"),
        ("p", "The force has a clear plan to tackle violence against women and girls. It has "
              "increased the number of domestic abuse protection orders it applies for, and it "
              "works well with specialist services. We saw examples of officers taking positive "
              "action at domestic abuse incidents."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Stalking screening at the first call",
            "forces": [F], "force_line": None,
            "areas": ["Domestic abuse, VAWG and sexual offences", "Contact management"],
            "body": [
                "Call handlers ask three short screening questions whenever someone reports "
                "harassment, malicious communications or a breach of a protective order. If the "
                "answers suggest a pattern of fixated, obsessive behaviour, the report is flagged "
                "as possible stalking and passed to the force's stalking advocate the next "
                "working day.",
                "The advocate reviews the case, advises the investigating officer on whether to "
                "record a stalking offence, and contacts the victim to offer support and safety "
                "advice. In the six months after the questions were introduced, the number of "
                "stalking offences the force recorded rose by a third, and more victims were "
                "supported to apply for stalking protection orders.",
            ],
        }),
        ("p", "We found promising practice in the force's work with schools on healthy "
              "relationships, but it had not yet been evaluated.", "decoy"),
        ("h2", "Multi-agency safeguarding"),
        ("p", "The multi-agency safeguarding hub (MASH) shares information well, but it has a "
              "backlog of referrals that have not been assessed. At the time of our inspection, "
              "more than 300 referrals about children were waiting for review, some for more "
              "than a week."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["The force and its partners do not assess referrals to the MASH quickly "
                     "enough. This means that some children who may be at risk of harm are not "
                     "being protected. The force should work with its partners to clear the "
                     "backlog and to make sure that it does not return."],
        }),
        ("h1", "Building, supporting and protecting the workforce"),
        ("p", "Staffordshire Police has a positive culture. Most of the officers and staff we "
              "spoke to felt valued, and the force has acted on the findings of its staff "
              "survey. It takes a firm approach to misconduct."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Vetting aftercare conversations",
            "forces": [F], "force_line": None,
            "areas": ["Professional standards and vetting", "Workforce and wellbeing"],
            "body": [
                "The force's vetting unit holds an aftercare conversation with every officer and "
                "member of staff at least once between vetting renewals. The conversation "
                "covers:",
                ["changes in the person's personal and financial circumstances;",
                 "new relationships or associations that might create a conflict of interest; "
                 "and",
                 "any concerns the person has about their own wellbeing."],
                "Managers are told when a conversation is due, and the vetting unit follows up "
                "any issue it identifies. The force told us that the conversations had led to "
                "early support for several people in financial difficulty.",
            ],
        }),
        ("h1", "Leadership and force management"),
        ("p", "The force has a good understanding of current and future demand. It uses this to "
              "plan its workforce and its budget, and it has made realistic savings plans."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Demand and capacity dashboards for local commanders",
            "forces": [F], "force_line": None,
            "areas": ["Strategy, performance and resources", "Digital, data and technology"],
            "body": [
                "The force has developed a set of dashboards that show each local commander, in "
                "one place, the demand on their area and the officers available to meet it. The "
                "dashboards combine incident, crime, duty roster and sickness data and are "
                "updated every hour.",
                "Commanders use them at daily management meetings to move officers between teams "
                "and to decide when to ask for help from neighbouring areas. Finance staff use "
                "the same data when they plan overtime budgets.",
            ],
        }),
        ("p", "The force should make sure that the improvements it has made in its use of data "
              "are sustained as it replaces its crime recording system in 2024."),
    ],
}
