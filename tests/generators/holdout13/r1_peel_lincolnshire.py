"""Report 1: PEEL 2025, Lincolnshire Police (reportlab canvas, Liberation Sans, portrait)."""

from .canvas_doc import Doc, items, practice

FORCE = "Lincolnshire Police"
REPORT = {
    "file": "peel-2025-lincolnshire.pdf",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy - An inspection of Lincolnshire Police",
    "type": "peel", "forces": [FORCE], "published": "2026-02-18",
}


def _p(kind, title, section, areas, body, expect):
    return practice(kind, title, [FORCE], section, areas, body, expect)


CALLBACK = _p("innovative", "Ringing back people who hang up on 999", "Responding to the public",
    ["Contact management", "Vulnerability and mental health"], [
    "When a 999 call ends before the caller has spoken to a call handler, the system now places the "
    "number in a queue that a dedicated call handler works through within two minutes. Before the change, "
    "abandoned calls were only returned when the control room was quiet.",
    "The call handler checks the number against earlier incidents before ringing. In the first six months "
    "the team reached 4,310 callers, and 212 of them needed an officer, including a woman who had been "
    "assaulted and could not speak freely the first time."], (3, 3))

DRONE = _p("promising", "Drone crews on standby for searches for missing people", "Protecting vulnerable people",
    ["Roads and operational support", "Vulnerability and mental health"], [
    "Two drone pilots are on duty every night and go straight to any search for a missing person the "
    "force grades as high risk. The drones carry thermal cameras, which find people in the dark across "
    "fields and marshland far faster than officers on foot.",
    "In 2025 the drones found 31 people, 19 of them within an hour of the search starting. Search managers "
    "told us they now send fewer officers into the fens at night."], (4, 4))

CHILDREN = _p("promising", "The child's school told the next morning after a domestic abuse call", "Protecting vulnerable people",
    ["Child protection and exploitation", "Domestic abuse, VAWG and sexual offences"], [
    "When officers attend a domestic abuse incident where a child lives, the force sends a short "
    "notification to the child's school before the start of the next school day.^1 A named member of "
    "staff can then keep a quiet eye on the child and offer support.",
    "Schools in the county received 2,870 notifications last year. Head teachers told us the early warning "
    "explained changes in behaviour that they had not understood before."], (4, 4))

RAPE = _p("promising", "A panel that reviews rape cases closed without a charge", "Investigating crime",
    ["Domestic abuse, VAWG and sexual offences", "Investigations"], [
    "Every month a panel of a detective superintendent, an independent sexual violence adviser and a "
    "lawyer from the Crown Prosecution Service reads a sample of rape investigations that the force has "
    "closed without a charge. The panel looks at whether every line of enquiry was followed.",
    "Where it finds gaps, the case goes back to a different investigator. Since the panel began in 2024 "
    "it has reopened 23 cases, and six of them have led to a charge.",
    "Victims whose cases are reopened are told by their adviser, not by a letter. The panel also writes a "
    "short note each quarter for all rape investigators, setting out the mistakes it sees most often.",
    "The force has used these notes in training, and supervisors now check the same points at the "
    "28-day review of each investigation. The proportion of cases closed because the victim withdrew "
    "support has fallen from 61 percent to 48 percent."], (5, 6))

VETTING = _p("innovative", "Vetting checked again whenever an officer changes role", "Building, supporting and protecting the workforce",
    ["Professional standards and vetting"], [
    "The force does not wait for an officer's vetting to expire before checking it again. A move into a "
    "role with access to vulnerable people or sensitive intelligence now triggers a fresh set of checks, "
    "including a review of the officer's complaints and misconduct history.",
    "The vetting unit carried out 388 of these checks last year. Eleven found information that had not "
    "been known, and two officers were not allowed to take up their new posts."], (6, 6))

PRACTICES = [CALLBACK, DRONE, CHILDREN, RAPE, VETTING]

DECOYS = [
    "Innovative practice 1: Ringing back people who hang up on 999",
    "Promising practice 1 of 3: Drone crews on standby for searches for missing people",
    "Promising practice 3 of 3: A panel that reviews rape cases closed without a charge",
    "We found innovative practice in the way the force returns calls",
    "The force should make sure that it records the risk assessment",
    "By September 2026, the force should make sure that supervisors",
    "The force does not always record why it has not referred",
    "Innovative practice: a new way of working that we have not",
    "Promising practice: a way of working that a force has",
]


def build(path):
    d = Doc(path, "PEEL 2025: Lincolnshire Police")
    d.space(160)
    d.text(REPORT["title"], "Sans-Bold", 22, after=20)
    d.text("Published: 18 February 2026", size=12)
    d.new_page()
    d.h1("Contents")
    for n, line in enumerate(["Summary", "Responding to the public",
                              "Innovative practice 1: Ringing back people who hang up on 999",
                              "Protecting vulnerable people",
                              "Promising practice 1 of 3: Drone crews on standby for searches for missing people",
                              "Investigating crime",
                              "Promising practice 3 of 3: A panel that reviews rape cases closed without a charge",
                              "Building, supporting and protecting the workforce", "Glossary"]):
        d.text(line + " " + "." * 6 + " " + str([3, 3, 3, 4, 4, 5, 5, 6, 7][n]), after=4)
    d.new_page()
    d.h1("Summary")
    d.para("We found innovative practice in the way the force returns calls that end before anyone has "
           "spoken. The force has improved how quickly it attends emergencies, but it needs to record "
           "risk assessments more consistently.")
    d.h1("Responding to the public")
    d.para("The force answers 94 percent of 999 calls within ten seconds, which is better than the national "
           "standard. Its non-emergency line is slower, and callers wait an average of seven minutes.")
    _box(d, CALLBACK, "Innovative practice 1", "round")
    d.box([(None, [("kind", "Area for improvement"), ("p",
           "The force should make sure that it records the risk assessment it carries out at first "
           "contact for every caller, including those who report online.")])], "round")
    d.new_page()
    d.h1("Protecting vulnerable people")
    d.para("The force works well with its partners to protect vulnerable people. It has a clear plan for "
           "finding missing people quickly.")
    _box(d, DRONE, "Promising practice 1 of 3", "legend")
    _box(d, CHILDREN, "Promising practice 2 of 3", "legend",
         fn="1 The notification scheme is run with Lincolnshire County Council under a data sharing agreement.")
    d.box([(None, [("kind", "Recommendation"), ("p",
           "By September 2026, the force should make sure that supervisors review every referral to "
           "adult social care within 24 hours.")])], "legend")
    d.new_page()
    d.h1("Investigating crime")
    for text in _INVESTIGATION_TEXT:
        d.para(text)
    d.box([(RAPE, [("kind", "Promising practice 3 of 3"), ("title", RAPE["title"]),
                   ("p", RAPE["body"][0]), ("p", RAPE["body"][1])])], "round")
    d.new_page()
    d.box([(RAPE, [("kind", "Promising practice (continued)"),
                   ("p", RAPE["body"][2]), ("p", RAPE["body"][3])])], "round")
    d.h1("Building, supporting and protecting the workforce")
    d.para("The force has a good understanding of the wellbeing of its workforce. Its counter-corruption "
           "unit is well resourced.")
    _box(d, VETTING, "Innovative practice 2", "dark")
    d.box([(None, [("kind", "Cause of concern"), ("p",
           "The force does not always record why it has not referred a complaint to the Independent "
           "Office for Police Conduct.")])], "dark")
    d.new_page()
    d.h1("Glossary")
    d.para("Innovative practice: a new way of working that we have not seen before and that is likely "
           "to improve policing.")
    d.para("Promising practice: a way of working that a force has shown to be working well and that "
           "other forces could adopt.")
    d.para("Victims' Code: the Code of Practice for Victims of Crime in England and Wales.")
    d.finish()
    return d


def _box(d, p, heading, style, fn=None):
    lines = items(p, heading)
    if fn:
        lines.append(("fn", fn))
    d.box([(p, lines)], style)


_INVESTIGATION_TEXT = [
    "Investigations are generally well supervised. Supervisors record a plan for most investigations "
    "and review them at regular intervals, although reviews of more complex cases are sometimes late.",
    "Victims are mostly kept informed of progress, but the force does not always record whether it has "
    "met the Victims' Code. In 14 of the 60 cases we reviewed there was no record of the victim being "
    "told that a suspect had been released.",
    "The force has reduced the number of investigations waiting to be allocated. At the time of our "
    "inspection 212 investigations were waiting, compared with 640 a year earlier. Most of the "
    "reduction came from a new team that deals with straightforward cases by phone.",
    "Digital devices are examined more quickly than before. The backlog of phones waiting for "
    "examination fell from 430 to 120 over the year, and officers in the rape and serious sexual "
    "offences team can now download a phone in the station while the victim waits.",
    "Detectives told us their workloads were high but manageable. Some investigators in the "
    "public protection unit carry more than 20 complex investigations each, and the force knows this.",
    "The force uses out-of-court resolutions for some low-level offences. A scrutiny panel of "
    "magistrates and community members reviews a sample each quarter and found most of them to be "
    "appropriate, although it questioned the use of a caution in two cases of domestic abuse.",
    "Crime scene investigators attend all burglaries of homes. The force has trained 40 response "
    "officers to recover fingerprints and footwear marks at scenes of vehicle crime, which has freed "
    "investigators to attend more serious scenes.",
    "The force's rate of charge for all crime is in line with the average for forces in England and "
    "Wales. Its rate of charge for rape has risen each year for three years, and it is now one of the "
    "higher rates among forces of a similar size.",
    "Investigators can get early advice from the Crown Prosecution Service by video call. Officers told "
    "us this had cut the time suspects spend waiting in custody for a charging decision.",
    "We reviewed 20 rape investigations. The force had followed most reasonable lines of enquiry, and "
    "it had referred victims to specialist support in every case.",
]
