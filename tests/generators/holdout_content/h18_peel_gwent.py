"""Held-out set 6, report 18: PEEL 2025, Gwent Police (a Welsh force); WeasyPrint.
A bilingual kind heading on one line ("Innovative practice / Arfer arloesol") and one with
the Welsh name on the line below ("Promising practice" / "Arfer addawol"); a box with a
photo-like raster image floated beside its text; a frameless practice whose kind heading
differs from the body only by colour and font family (sans small caps, not bold, not larger);
a box with a one-sentence body; a "Practice note" box (not a practice kind), Area for
improvement and Cause of concern boxes, and an in-text mention."""

GW = "Gwent Police"

REPORT = {
    "file": "peel-2025-gwent.pdf",
    "producer": "weasyprint",
    "style": "gwent",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy – An inspection of "
             "Gwent Police",
    "meta_title": "PEEL 2025 – Gwent Police",
    "type": "peel",
    "forces": [GW],
    "published": "2025-11-27",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                  "An inspection of Gwent Police"],
        "date": "Published: 27 November 2025",
        "fieldwork": "Also available in Welsh / Ar gael yn Gymraeg hefyd",
    },
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "We found that Gwent Police is adequate at most of what it does. It answers "
              "emergency calls quickly, its neighbourhood teams are well known in the "
              "communities of the five local authority areas it serves, and it has worked "
              "hard to make its services accessible to people who speak Welsh and to people "
              "who are deaf or hard of hearing."),
        ("p", "The force needs to improve how it supervises investigations and how it "
              "manages the risk posed by registered sex offenders. We also have a concern "
              "about the condition of some vehicles used to move detained people between "
              "custody suites and courts."),
        ("p", "Where we find practice that other forces could learn from, we publish it "
              "in this report and on our website; in this inspection we found innovative "
              "practice in the control room and promising practice in several other "
              "areas.", "decoy"),
        ("box", {
            "kind": "note", "label": "Practice note",
            "title": "How we grade forces",
            "forces": [], "force_line": None,
            "body": [
                "We grade each area of policing on a five-point scale from outstanding to "
                "inadequate. Grades are based on evidence from document review, interviews, "
                "focus groups, reality testing of case files and data the force sends us, "
                "and are moderated by a national panel before publication."],
        }),
        ("h1", "Responding to the public"),
        ("p", "The force answers 999 calls well within the national standard. Its "
              "performance on non-emergency 101 calls has improved since our last "
              "inspection, although at busy times about one in six callers still abandon "
              "the call before it is answered."),
        ("p", "Control room staff identify vulnerable callers effectively and use a "
              "structured risk assessment. They record whether a caller would prefer to "
              "speak Welsh, and a Welsh-speaking call handler is available on most shifts."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice / Arfer arloesol",
            "title": "Video relay for deaf callers in the control room",
            "forces": [GW], "force_line": "Gwent Police",
            "areas": ["Contact management", "Fairness and legitimacy"],
            "body": [
                "The force has installed a video relay service in its control room so that "
                "deaf people who use British Sign Language can contact the police through a "
                "qualified interpreter in real time. Callers start the call from an app or "
                "the force website, and the interpreter joins a three-way call with the "
                "call handler within about a minute.",
                "The force worked with a local deaf club to test the service and to film "
                "short signed videos that explain how to use it. In its first ten months the "
                "service handled 212 calls, including 19 reports of domestic abuse, and "
                "deaf residents told us they no longer rely on a hearing relative to speak "
                "to the police for them."],
        }),
        ("p", "Officers attend emergency incidents promptly. However, when demand is high, "
              "some lower-priority incidents wait too long for an appointment, and the "
              "force does not always update callers about the delay."),
        ("box", {
            "kind": "afi", "label": "Area for improvement / Maes i'w wella",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "The force should make sure that callers whose incidents are scheduled for "
                "an appointment are told about any delay and given a new time."],
        }),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force has a clear strategy for tackling violence against women and "
              "girls. Specialist officers investigate rape and serious sexual offences, and "
              "the force works closely with the two sexual assault referral centres in "
              "south Wales."),
        ("h2", "Honour-based abuse and forced marriage"),
        ("p", "Honour-based abuse is under-reported, and victims often fear that contacting "
              "the police will make things worse. Officers we spoke to understood the risks "
              "and knew how to get specialist advice."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Honour-based abuse champions in every neighbourhood team",
            "forces": [GW], "force_line": None,
            "variant": "frameless",
            "areas": ["Domestic abuse, VAWG and sexual offences",
                      "Neighbourhood policing"],
            "body": [
                "Each neighbourhood team in Gwent has at least one officer trained as an "
                "honour-based abuse champion. Champions complete a two-day course delivered "
                "with a national charity and meet every quarter to share learning from "
                "cases.",
                "When a call suggests that a victim may be at risk of honour-based abuse or "
                "forced marriage, the control room alerts the local champion, who checks "
                "the risk assessment and makes sure that family members are not used as "
                "interpreters. Referrals to the force's specialist safeguarding team have "
                "risen by 40 percent since the scheme started."],
        }),
        ("h2", "Managing sex offenders"),
        ("p", "The force has too many overdue home visits to registered sex offenders. At "
              "the time of our inspection, 63 visits were overdue, some by more than three "
              "months, and risk assessments were not always updated after new information "
              "was received."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "title": "Managing registered sex offenders",
            "forces": [], "force_line": None,
            "body": [
                "The force is not managing the risk posed by registered sex offenders "
                "effectively. Within three months it should clear its backlog of overdue "
                "visits and make sure that risk assessments are reviewed whenever new "
                "information is received."],
        }),
        ("h1", "Operational support"),
        ("p", "The force shares its firearms, roads policing and dog units with "
              "neighbouring forces through a regional collaboration. Response officers told "
              "us that specialist support usually arrives quickly."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "label2": "Arfer addawol",
            "title": "Police dogs trained to find digital storage devices",
            "forces": [GW], "force_line": "Gwent Police",
            "image": {"seed": 18, "w": 220, "h": 170,
                      "alt": "A dog handler with a search dog at a training site"},
            "areas": ["Roads and operational support", "Child protection and exploitation",
                      "Digital, data and technology"],
            "body": [
                "Two of the force's search dogs have been trained to detect the chemical "
                "used in the memory chips of phones, USB sticks and SIM cards. Handlers "
                "deploy them when officers search the homes of people suspected of sharing "
                "indecent images of children or of running drug lines.",
                "In its first year the team attended 48 searches and found devices in 17 of "
                "them that officers had missed, including a memory card hidden inside a "
                "light switch. The force now offers the dogs to other Welsh forces."],
        }),
        ("h2", "Custody and prisoner transport"),
        ("p", "Custody suites are clean and well run. Detained people are treated "
              "respectfully, and those who ask to speak Welsh are offered a Welsh-speaking "
              "custody officer or an interpreter."),
        ("p", "However, some cellular vehicles used to move detained people are old and in "
              "poor repair, and the force does not always know where a vehicle is while it "
              "is on the road."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Live tracking of prisoner transport",
            "forces": [GW], "force_line": "Gwent Police",
            "areas": ["Custody and criminal justice"],
            "body": [
                "Custody sergeants can now see on a map where each van carrying a detained "
                "person is, so they can prepare a cell and a health check before it "
                "arrives."],
        }),
    ],
}
