"""Held-out set 9, report 3: PEEL 2025, Warwickshire Police; LibreOffice Writer converting
a python-docx .docx (render_docx.py). Boxes are one-column Word tables with a fill and a
border. p3: a label-cell grid practice (a merged heading row "Innovative practice", then
label / value rows: Force, Practice, What the force did (two paragraphs), Outcome) and an
untitled box. p4: a two-column section with a practice box in a column. p5: "Summary of
good practice" with numbered one-line paragraphs 8.1-8.4 (a decoy). Decoys also: in-text
mention, Area for improvement, Cause of concern, Recommendation."""

WP = "Warwickshire Police"

REPORT = {
    "file": "peel-2025-warwickshire.pdf",
    "producer": "libreoffice",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy – An inspection of "
             "Warwickshire Police",
    "meta_title": "PEEL 2025: Warwickshire Police",
    "type": "peel",
    "forces": [WP],
    "published": "2026-01-22",
    "header": "PEEL 2025: Warwickshire Police",
    "twocol": 4,
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                  "An inspection of Warwickshire Police"],
        "date": "Published: 22 January 2026",
    },
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "Warwickshire Police is good at preventing crime and at building the "
              "workforce it needs. It is adequate at investigating crime and at treating "
              "the public fairly, and it requires improvement in how it answers calls for "
              "service that are not emergencies. The force is one of the smallest in "
              "England and Wales, and since it ended its alliance with a neighbouring force "
              "it has had to build several of its own specialist teams."),
        ("p", "We found good practice in the way the force prevents crime in rural "
              "areas, and innovative practice in how it reviews investigations that "
              "have been closed without a suspect being identified.", "decoy"),
        ("h1", "Preventing crime"),
        ("p", "Neighbourhood teams are well established across the county, and most "
              "residents we spoke to knew how to contact their local officers. The force "
              "uses crime data and information from the public to decide where to patrol, "
              "and neighbourhood sergeants review the problem-solving plans for their "
              "areas every month."),
        ("box", {
            "kind": "good", "label": "Good practice",
            "title": "Farm watch volunteers trained to record rural crime",
            "forces": [WP], "force_line": None,
            "areas": ["Neighbourhood policing"],
            "expect": (2, 2),
            "body": [
                "The force's rural crime team has trained 140 farmers and landowners as "
                "farm watch volunteers. Volunteers use a secure messaging group to report "
                "suspicious vehicles, and they have been shown how to preserve evidence "
                "such as tyre marks and damaged locks until an officer arrives.",
                "Thefts of farm machinery in the county fell from 96 in 2023 to 58 in 2024, "
                "and officers told us that the reports from volunteers had led to the "
                "arrest of a group that had stolen quad bikes across three counties."],
        }),
        ("p", "The force does not answer non-emergency calls quickly enough. In the year "
              "to September 2025 the average wait to speak to a call handler on 101 was "
              "more than eight minutes, and one in five callers hung up before their call "
              "was answered."),
        ("box", {
            "kind": "afi", "label": "Area for improvement", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "The force should reduce the time callers wait for their non-emergency "
                "calls to be answered, and it should understand why callers abandon their "
                "calls."],
        }),
        ("break",),
        ("h1", "Investigating crime"),
        ("p", "Investigations are generally well supervised, and most victims are kept "
              "informed about the progress of their case. But in some of the cases we "
              "reviewed, investigations of crimes such as vehicle crime and shoplifting "
              "had been closed without all the available evidence being gathered."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice", "forces": [WP],
            "areas": ["Investigations", "Victim care"],
            "expect": (3, 3),
            "grid": [
                ("Force", "Warwickshire Police"),
                ("Practice", "A review team for investigations closed without a suspect"),
                ("What the force did", [
                    "The force set up a small team of investigators who read a sample of "
                    "the investigations closed each week without a suspect being "
                    "identified. They check whether any line of enquiry was missed, such as "
                    "footage from a doorbell camera or a forensic result that arrived after "
                    "the case was closed.",
                    "When the team finds a missed opportunity, it reopens the "
                    "investigation and tells the victim why."]),
                ("Outcome", "In its first six months the team reopened 212 investigations, "
                            "and 31 of them led to a suspect being charged or cautioned. "
                            "Supervisors now use the team's findings in training."),
            ],
        }),
        ("p", "The force makes good use of out-of-court resolutions for people who "
              "commit less serious offences, and it makes sure that victims are asked for "
              "their views before one is used."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "title": "",
            "forces": [WP], "force_line": None,
            "areas": ["Offender management", "Custody and criminal justice"],
            "expect": (3, 3),
            "body": [
                "People who receive a conditional caution for a first offence of "
                "shoplifting are referred to a local charity, which helps them with debt, "
                "housing and addiction. The condition is met only when the person has "
                "attended two appointments.",
                "Of the 184 people referred in 2024, 142 had not reoffended within a year."],
        }),
        ("p", "The force has reduced the number of devices waiting to be examined by its "
              "digital forensics unit, although examinations for some investigations still "
              "take more than three months."),
        ("cols", True),
        ("h1", "Building and developing the workforce"),
        ("p", "The force has recruited well. It met its target for additional officers "
              "a year early, and the proportion of new recruits from ethnic minority "
              "backgrounds has risen from 5 percent to 11 percent over three years, "
              "which is closer to the make-up of the county's population."),
        ("p", "Student officers told us that they felt supported by their tutors, but "
              "several said that their shifts left little time for the university study "
              "that their apprenticeship requires. The force has started to give students "
              "protected study days, and it monitors how many students leave the force "
              "before they finish their training."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Wellbeing dogs in the control room",
            "forces": [WP], "force_line": None,
            "areas": ["Workforce and wellbeing", "Contact management"],
            "expect": (4, 4),
            "body": [
                "Two trained wellbeing dogs and their handlers visit the force control "
                "room and the public protection unit every week. Staff who have dealt with "
                "distressing calls or cases can spend time with the dogs in a quiet room.",
                "Staff sickness in the control room fell by 14 percent in the first year, "
                "and staff told us that the visits made it easier to talk about the effect "
                "of their work on them."],
        }),
        ("p", "Leaders are visible and approachable. Officers and staff at every level "
              "told us that they could raise concerns with their managers, and most said "
              "that they were confident their concerns would be acted on."),
        ("p", "The force's professional standards department deals with complaints "
              "promptly. But the force has not yet checked the vetting of all the officers "
              "and staff who joined more than ten years ago, as national guidance now "
              "requires, and it does not know how many of them would fail the current "
              "standard."),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "The force has not checked whether its longer-serving officers and staff "
                "meet the current vetting standard."],
        }),
        ("box", {
            "kind": "rec", "label": "Recommendation", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "By 30 September 2026, the force should review the vetting of every officer "
                "and member of staff whose clearance is more than ten years old."],
        }),
        ("h2", "Using resources"),
        ("p", "The force has a realistic financial plan for the next three years. It has "
              "identified the savings it needs to make, and most of them will come from "
              "sharing buildings and back-office services with the county council and the "
              "fire and rescue service."),
        ("p", "The force understands the demand it faces. Its analysts produce a demand "
              "profile every quarter, and senior leaders use it to decide how many officers "
              "each team needs. But the profile does not yet include the time officers "
              "spend on work that does not start with a call from the public, such as "
              "safeguarding referrals from other agencies."),
        ("p", "The force has invested in new mobile devices for its officers, which let "
              "them update records and take statements without returning to a station. "
              "Officers told us that the devices save them about an hour on each shift, "
              "although the connection is unreliable in parts of the south of the county."),
        ("p", "The force is working to improve how it uses its estate. It has closed two "
              "stations that were rarely used by the public and has moved its neighbourhood "
              "teams into shared offices with the district councils."),
        ("cols", False),
        ("numlist", "Summary of good practice", [
            ("8.1", "Farm watch volunteers are trained to record and report rural crime."),
            ("8.2", "Every investigation closed without a suspect may be reviewed by a team."),
            ("8.3", "Every first-time shoplifter given a caution is referred to a charity."),
            ("8.4", "Wellbeing dogs visit the control room and public protection unit weekly."),
        ]),
    ],
}
