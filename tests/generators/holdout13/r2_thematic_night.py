"""Report 2: thematic "After dark" (reportlab canvas, Liberation Sans, landscape, two columns)."""

from .canvas_doc import Doc, items, practice

REPORT = {
    "file": "thematic-2025-night-time-economy.pdf",
    "title": "After dark: an inspection of how the police keep people safe in the night-time economy",
    "type": "thematic",
    "forces": ["Greater Manchester Police", "Merseyside Police", "West Yorkshire Police",
               "Avon and Somerset Constabulary", "Bedfordshire Police",
               "Hampshire and Isle of Wight Constabulary"],
    "published": "2025-06-05",
}


def _p(kind, title, force, section, areas, body, expect):
    return practice(kind, title, [force], section, areas, body, expect)


HUBS = _p("innovative", "Welfare hubs for people separated from their friends", "Greater Manchester Police",
    "Keeping people safe", ["Vulnerability and mental health", "Neighbourhood policing"], [
    "On weekend nights the force runs two welfare hubs in Manchester city centre with street pastors "
    "and paramedics. Officers bring people who are too drunk to get home safely or who have been "
    "separated from their friends, and the hub keeps them until someone can collect them.",
    "In 2024 the hubs looked after 2,140 people. The ambulance service estimates that 600 of them would "
    "otherwise have been taken to an emergency department, and officers were back on patrol within ten "
    "minutes of each hand-over."], (2, 2))

DOORS = _p("promising", "Door staff taught to spot predatory behaviour", "Merseyside Police",
    "Keeping people safe", ["Domestic abuse, VAWG and sexual offences", "Neighbourhood policing"], [
    "Licensing officers have trained 900 door supervisors in Liverpool to recognise men who target "
    "women who are drunk or alone.",
    "Door staff pass descriptions to a shared radio channel. Officers have arrested 14 men since."], (2, 2))

ARCHES = _p("promising", "Knife arches at the busiest venues on Saturday nights", "West Yorkshire Police",
    "Keeping people safe", ["Serious violence", "Neighbourhood policing"], [
    "The force lends walk-through metal detectors to eight late-night venues in Leeds and Bradford, "
    "chosen each month from its knife injury data.",
    "In the first year 37 knives were found or handed in, and knife injuries near the venues fell "
    "by a quarter."], (2, 2))

PATROLS = _p("promising", "Patrol hours set by the ambulance service's call data", "Avon and Somerset Constabulary",
    "Planning the police response", ["Response policing", "Strategy, performance and resources"], [
    "The force and the ambulance service compare their data every week. Where ambulance calls for "
    "assaults rise in a street before police calls do, the force moves its late patrols there.",
    "After a year, response officers in Bristol reached 82 percent of emergencies in the city centre "
    "within 15 minutes on weekend nights, up from 64 percent."], (3, 3))

PANEL = _p("innovative", "A community panel that watches body-worn video", "Bedfordshire Police",
    "Planning the police response", ["Fairness and legitimacy"], [
    "Once a month a panel of residents from Luton, many of them young people who use the town's bars "
    "and clubs, watches body-worn video of officers using force or searching people at night. The "
    "panel chooses the footage itself from a list of every such encounter in the month.",
    "The panel writes to the chief superintendent after each meeting. Its comments have changed how "
    "officers explain a search, and the force now records the panel's findings alongside its own "
    "reviews of the use of force.",
    "Members told us they had been sceptical at first, but they now trusted that the force would act "
    "on what they said. Complaints about searches at night fell from 41 in 2023 to 19 in 2024."], (4, 4))

FATIGUE = _p("promising", "A fatigue plan for officers on late shifts", "Hampshire and Isle of Wight Constabulary",
    "Looking after the workforce", ["Workforce and wellbeing"], [
    "Officers who finish after 3am are offered a taxi home and cannot be rostered to start again within "
    "11 hours. Sergeants complete a short check of each officer's hours before approving overtime.",
    "Sickness absence among the late-night teams in Southampton and Portsmouth fell by 18 percent in "
    "the year after the plan was introduced."], (5, 5))

PRACTICES = [HUBS, DOORS, ARCHES, PATROLS, PANEL, FATIGUE]

DECOYS = [
    "We found promising practice in several forces, and some of it",
    "A woman in her twenties left a club in Leeds city centre",
    "Two of the six forces do not routinely check how many hours",
    "Good practice guide for licensing and the night-time economy",
    "Two of the six forces do not routinely share information with",
    "By March 2026, chief constables should make sure that their forces",
]


def build(path):
    d = Doc(path, "After dark: policing the night-time economy", land=True, margin=40)
    d.space(120)
    d.text(REPORT["title"], "Sans-Bold", 22, after=20)
    d.text("Published: 5 June 2025", size=12)
    d.new_page(columns=1)
    d.h1("Keeping people safe")
    d.para("We found promising practice in several forces, and some of it could be adopted by every force "
           "with a busy town centre at night.")
    _box(d, HUBS, "smallcaps")
    d.set_columns(2)
    d.para("Most of the violence and harm we heard about happened between midnight and 4am, in a small "
           "number of streets. Forces that knew where and when harm happened had planned their patrols "
           "around it.")
    d.box([(None, [("kind", "Case study"), ("title", "A night out that went wrong"),
                   ("p", "A woman in her twenties left a club in Leeds city centre without her friends "
                         "and was followed by a man she did not know. Door staff saw what happened.")])],
          "smallcaps")
    d.next_column()
    d.box([(DOORS, _items(DOORS, "Promising practice")), (ARCHES, _items(ARCHES, "Promising practice"))],
          "plain")
    d.new_page(columns=2)
    d.h1("Planning the police response")
    d.para("Forces with a late-night levy spent it mostly on extra patrols. Few of them could tell us "
           "whether the patrols made a difference. Forces were referred to the Good practice guide for "
           "licensing and the night-time economy, but none of the six had used it.")
    d.chart("Figure 1: Emergencies reached within 15 minutes on weekend nights (percent)",
            [("2021", 61), ("2022", 63), ("2023", 64), ("2024", 82)], h=190)
    d.next_column()
    _box(d, PATROLS, "spaced", width=None)
    d.box([(None, [("kind", "Notable finding"), ("p",
           "Two of the six forces do not routinely share information with licensing authorities when a "
           "venue's staff are arrested.")])], "spaced")
    d.new_page(columns=1)
    d.space(60)
    _box(d, PANEL, "double")
    d.new_page(columns=2)
    d.h1("Looking after the workforce")
    d.para("Officers on late shifts told us they were tired. Forces that rostered long weekend nights "
           "had higher sickness absence among their response teams.")
    d.box([(None, [("kind", "Cause of concern"), ("p",
           "Two of the six forces do not routinely check how many hours officers have worked before "
           "approving overtime at night.")])], "corners")
    d.next_column()
    _box(d, FATIGUE, "corners")
    d.box([(None, [("kind", "Recommendation"), ("p",
           "By March 2026, chief constables should make sure that their forces monitor the hours worked "
           "by officers on late shifts.")])], "corners")
    d.finish()
    return d


def _items(p, heading):
    return items(p, heading, "")


def _box(d, p, style, width=None):
    heading = {"innovative": "Innovative practice", "promising": "Promising practice"}[p["kind"]]
    d.box([(p, _items(p, heading))], style, width=width)
