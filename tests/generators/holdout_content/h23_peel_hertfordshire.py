"""Held-out set 8, report 23: PEEL 2025, Hertfordshire Constabulary; WeasyPrint
(box8_render.py, style ``herts``). Practice boxes print no force line. A box whose kind
heading is in a filled tab on its top-left corner; a box drawn only with a thick top border,
directly under a page's first heading, with bold sub-headings inside its body; two frameless
practices in a row followed by a section heading; an untitled tab box as the last thing
before the back page. Decoys: an in-text mention, Area for improvement (tab and frameless),
Cause of concern (top border)."""

HC = "Hertfordshire Constabulary"

REPORT = {
    "file": "peel-2025-hertfordshire.pdf",
    "producer": "weasyprint",
    "style": "herts",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy – An inspection of "
             "Hertfordshire Constabulary",
    "meta_title": "PEEL 2025: Hertfordshire Constabulary",
    "type": "peel",
    "forces": [HC],
    "published": "2025-09-18",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                  "An inspection of Hertfordshire Constabulary"],
        "date": "Published: 18 September 2025",
    },
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "Hertfordshire Constabulary is good at responding to the public and at "
              "managing offenders. It is adequate at investigating crime, and it requires "
              "improvement in how it supervises the handling of calls that are not "
              "emergencies. The force has a clear plan, and its officers and staff told us "
              "they understand what their leaders expect of them."),
        ("p", "Since our last inspection the force has opened a new joint control room "
              "with the fire and rescue service and has recruited more than 120 additional "
              "officers. Many of them now work in neighbourhood teams and in the teams that "
              "investigate serious violence."),
        ("p", "We found innovative practice in how the force responds to people in mental "
              "health crisis, and promising practice in its work with victims who ask for "
              "a review and with people leaving prison.", "decoy"),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls quickly: in the year to March 2025, 94 "
              "percent of 999 calls were answered within ten seconds. Call handlers use a "
              "structured assessment to identify vulnerable callers, and supervisors in "
              "the control room review high-risk incidents as they happen."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice", "variant": "tab",
            "title": "Street triage cars with paramedics and mental health nurses",
            "forces": [HC], "force_line": None,
            "areas": ["Vulnerability and mental health", "Response policing"],
            "body": [
                "Every evening from four o'clock until two in the morning, two triage cars "
                "patrol the county, each crewed by a police officer, a paramedic from the "
                "East of England Ambulance Service and a mental health nurse. Control room "
                "staff send a triage car to any call where the caller or the person they "
                "are worried about appears to be in mental health crisis.",
                "The nurse can see the person's care records and can arrange an urgent "
                "assessment or a place at a crisis café. In its first year the service "
                "attended 2,318 incidents, and the number of people detained under section "
                "136 of the Mental Health Act fell by 38 percent."],
        }),
        ("p", "Response officers usually attend emergencies within the target times. "
              "However, some people who report incidents graded as priority calls waited "
              "more than a day for an officer, and they were not always told about the "
              "delay or asked whether their circumstances had changed."),
        ("box", {
            "kind": "afi", "label": "Area for improvement", "variant": "tab",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "The force should make sure that people whose calls are graded as priority "
                "are kept informed when attendance will be delayed, and that the risk to "
                "them is reassessed before the appointment."],
        }),
        ("break",),
        ("h1", "Investigating crime"),
        ("box", {
            "kind": "promising", "label": "Promising practice", "variant": "topline",
            "title": "Independent reviewers for victims who ask for a review",
            "forces": [HC], "force_line": None,
            "areas": ["Victim care", "Investigations"],
            "subheads": ["What the force did", "The difference it made"],
            "body": [
                "Victims have the right to ask for a review when the police decide not to "
                "charge a suspect. Until 2023, such reviews in Hertfordshire were often "
                "carried out by a supervisor from the same team that had made the decision.",
                "What the force did",
                "The force created a small team of detective sergeants who sit outside the "
                "investigation command and review every request. Each victim is given the "
                "reviewer's name, a target date and a choice of a telephone call or a "
                "meeting to explain the outcome.",
                "The team also writes to victims of certain crimes to tell them about the "
                "right to review, rather than waiting for them to find out about it.",
                "The difference it made",
                "Requests for a review rose from 61 to 214 in a year. In 29 cases the "
                "reviewer reopened the investigation, and seven of those have since led to "
                "a charge. Victims we spoke to said the explanation helped even when the "
                "decision stayed the same."],
        }),
        ("p", "Investigations are generally allocated to officers with the right skills, "
              "and most victims are updated regularly. The quality of supervision varies: "
              "in 14 of the 60 case files we examined there was no record that a "
              "supervisor had reviewed the investigation plan within the first week."),
        ("p", "The force has reduced its backlog of digital devices waiting for "
              "examination, but some investigations of serious sexual offences are still "
              "delayed by several months while phones are examined."),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "variant": "topline",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "Supervisors do not review enough investigations early enough. As a result, "
                "opportunities to secure evidence are missed and some victims wait too long "
                "for decisions. Within six months, the force should make sure that every "
                "investigation plan is reviewed by a supervisor within seven days."],
        }),
        ("p", "We will revisit the force to assess its progress against this cause of "
              "concern before the end of 2025."),
        ("break",),
        ("h1", "Managing offenders and suspects"),
        ("p", "The force manages registered sex offenders and other dangerous offenders "
              "well. Its integrated offender management teams work closely with the "
              "probation service, and officers know the people they manage."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "variant": "frameless",
            "title": "Prison release liaison officers",
            "forces": [HC], "force_line": None,
            "areas": ["Offender management", "Custody and criminal justice"],
            "body": [
                "Two police staff liaison officers work alongside the resettlement teams at "
                "HMP The Mount and HMP Bedford. Six weeks before a prolific offender from "
                "Hertfordshire is released, the liaison officer meets them in prison with "
                "their probation officer to agree where they will live and who they will "
                "report to.",
                "On the day of release the offender is met at the gate and taken to their "
                "first appointment. Of the 87 people released this way last year, 71 kept "
                "all their appointments in the first month, compared with about half of a "
                "similar group the year before."],
        }),
        ("box", {
            "kind": "innovative", "label": "Innovative practice", "variant": "frameless",
            "title": "A daily list of wanted people shared with partner agencies",
            "forces": [HC], "force_line": None,
            "areas": ["Offender management", "Digital, data and technology"],
            "body": [
                "The force publishes a secure daily list of people who are wanted for "
                "arrest or have failed to appear at court. Housing officers, probation and "
                "hospital security teams can see the list through a partner portal, and a "
                "single telephone number puts them straight through to the arrest team.",
                "Since the list began, the number of people wanted for more than 28 days "
                "has fallen from 412 to 167. Partners have passed on information that led "
                "to 93 arrests, including 12 for domestic abuse offences."],
        }),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the nature and scale of vulnerability in the county. "
              "Officers complete risk assessments for domestic abuse incidents, and the "
              "multi-agency safeguarding hub shares information quickly with children's "
              "social care."),
        ("box", {
            "kind": "afi", "label": "Area for improvement", "variant": "frameless",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "The force should make sure that officers use the powers available to them, "
                "such as domestic violence protection notices, when a victim does not "
                "support a prosecution."],
        }),
        ("p", "Officers and staff told us that they had received useful training on "
              "coercive control, although some newer response officers had not yet "
              "completed it."),
        ("break",),
        ("h1", "Keeping the roads safe"),
        ("p", "Hertfordshire's roads carry heavy traffic, including long stretches of the "
              "M1, M25 and A1(M). The force works with the county council and the other "
              "members of its road safety partnership to target the causes of serious "
              "collisions, such as speeding, drink-driving and the use of mobile phones."),
        ("p", "Its roads policing unit is well led and officers have the equipment they "
              "need. The force also makes good use of footage that members of the public "
              "record on their own cameras."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "variant": "tab",
            "title": "", "forces": [HC], "force_line": None,
            "areas": ["Roads and operational support", "Digital, data and technology"],
            "body": [
                "Road users can upload dashcam, helmet camera and doorbell footage of "
                "dangerous driving through an online portal. A team of four civilian "
                "reviewers, trained in road traffic law, views each submission within ten "
                "working days and decides whether to issue a notice of intended "
                "prosecution, send a warning letter or take no action.",
                "In the year to March 2025 the team received 6,940 submissions and issued "
                "2,115 notices. Drivers who receive a notice are offered a place on a "
                "course, and the team tells each person who sent footage what happened as "
                "a result."],
        }),
        ("back", ["© HMICFRS 2025", "ISBN: 978-1-80655-733-7",
                  "www.hmicfrs.justiceinspectorates.gov.uk"]),
    ],
}
