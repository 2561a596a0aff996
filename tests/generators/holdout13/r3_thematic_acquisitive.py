"""Report 3: thematic "Taken" 2018 (reportlab canvas, DejaVu Serif, portrait with one landscape page)."""

from .canvas_doc import Doc, items, practice

REPORT = {
    "file": "thematic-2018-acquisitive-crime.pdf",
    "title": "Taken: an inspection of how police forces tackle burglary, theft and the sale of stolen goods",
    "type": "thematic",
    "forces": ["Norfolk Constabulary", "Suffolk Constabulary", "Devon and Cornwall Police",
               "Thames Valley Police", "Derbyshire Constabulary"],
    "published": "2018-09-13",
}


def _p(kind, title, force, section, areas, body, expect):
    return practice(kind, title, [force], section, areas, body, expect)


SWEEPS = _p("notable", "Searching online marketplaces for stolen tools", "Norfolk Constabulary",
    "Finding the stolen property", ["Investigations", "Digital, data and technology"], [
    "Two investigators spend each morning searching online marketplaces and social media selling "
    "groups for tools and machinery that match the force's records of recent thefts from vans and "
    "farm buildings.",
    "When a match is found, an officer arranges to view the item as a buyer. Over 18 months the team "
    "returned property worth £410,000 to its owners and identified 46 suspects."], (2, 2))

NEIGHBOURS = _p("good", "Visits to the neighbours after a burglary", "Suffolk Constabulary",
    "Preventing burglary", ["Neighbourhood policing", "Victim care"], [
    "Within 48 hours of a burglary, police community support officers visit the homes on either side "
    "and opposite the victim's home. They give crime prevention advice and ask whether anyone saw "
    "anything.",
    "The visits also reassure the victim, who is told they are happening. Repeat burglaries in the "
    "same streets fell by 30 percent in the first year."], (3, 3))

RELEASE = _p("notable", "Prison release plans shared with the burglary team", "Devon and Cornwall Police",
    "Preventing burglary", ["Offender management", "Investigations"], [
    "The prison service tells the force's integrated offender management team a month before any "
    "prolific burglar is released. A named officer meets the prisoner before release and agrees the "
    "conditions of the licence with the probation officer.",
    "After release the officer visits the offender at home each week for the first two months and "
    "helps with housing and work. Of the 64 offenders released under the scheme in 2017, 41 had not "
    "been charged with another offence a year later."], (4, 4))

ONLINE = _p("good", "Help for people cheated when buying online", "Thames Valley Police",
    "Online theft and fraud", ["Fraud and cyber crime", "Victim care"], [
    "Victims of online shopping fraud are called by a member of the force's cyber crime unit within "
    "three days of their report to Action Fraud. The caller explains how the victim can ask the bank "
    "to reverse the payment and how to protect their accounts.",
    "Of 1,280 victims called in the first year, 620 got their money back, and very few were "
    "defrauded a second time."], (5, 5))

VIDEO = _p("notable", "Charging advice by video from the custody suite", "Derbyshire Constabulary",
    "Online theft and fraud", ["Custody and criminal justice", "Investigations"], [
    "Investigators in the force's two main custody suites can speak to a lawyer from the Crown "
    "Prosecution Service by video link at any hour, rather than waiting for a telephone call back.",
    "The average time from arrest to a charging decision for burglary fell from 19 hours to 11 "
    "hours, and fewer suspects were released under investigation."], (5, 5))

PRACTICES = [SWEEPS, NEIGHBOURS, RELEASE, ONLINE, VIDEO]

DECOYS = [
    "We found notable practice in the way some forces use",
    "In 2017 a farmer near Dereham reported the theft of a",
    "Forces should make sure that every victim of burglary is offered",
    "Not all forces record which offenders are released from prison",
    "Good practice guide: Reducing burglary in rural areas",
]


def build(path):
    d = Doc(path, "Taken: burglary, theft and stolen goods", family="Serif", size=9.5)
    d.space(160)
    d.text(REPORT["title"], "Serif-Bold", 20, after=20)
    d.text("Published: 13 September 2018", size=12)
    d.new_page()
    d.h1("Finding the stolen property")
    d.para("Most stolen goods are now sold online. We found notable practice in the way some forces use "
           "the internet to find property and return it to its owners, but most forces rarely search.")
    _box(d, SWEEPS, "NOTABLE PRACTICE", "dark")
    d.box([(None, [("kind", "CASE STUDY"), ("title", "A stolen trailer"), ("p",
           "In 2017 a farmer near Dereham reported the theft of a trailer and a quad bike. Both were "
           "advertised for sale online within a week.")])], "dark")
    d.new_page()
    d.h1("Preventing burglary")
    d.para("Forces that worked with the neighbours of burglary victims prevented more repeat burglaries. "
           "Forces that knew when prolific burglars were leaving prison were better able to manage them.")
    _box(d, NEIGHBOURS, "Good practice", "legend")
    d.box([(None, [("kind", "Recommendation"), ("p",
           "Forces should make sure that every victim of burglary is offered a crime prevention visit "
           "within a week of the burglary.")])], "legend")
    d.new_page(land=True)
    d.set_columns(2)
    d.text("Table 2: Offenders released from prison and charged again within a year, 2017",
           "Serif-Bold", 9, after=6)
    for i, row in enumerate((("Force", "Released", "Charged again"), ("Norfolk", "38", "21"),
                             ("Suffolk", "29", "17"), ("Devon and Cornwall", "64", "23"))):
        d.y -= 14
        d.c.setFont("Serif-Bold" if i == 0 else "Serif", 9)
        for cell, dx in zip(row, (0, 140, 220)):
            d.c.drawString(d.x + dx, d.y, cell)
    d.space(20)
    d.box([(None, [("kind", "Area for improvement"), ("p",
           "Not all forces record which offenders are released from prison into their area, or when.")])],
          "double")
    d.next_column()
    _box(d, RELEASE, "Notable practice", "double")
    d.new_page(land=False)
    d.set_columns(1)
    d.h1("Online theft and fraud")
    d.para("Victims of fraud when buying online were often told only to report to Action Fraud. Forces "
           "referred us to the Good practice guide: Reducing burglary in rural areas, which says little "
           "about online crime.")
    d.box([(ONLINE, _items(ONLINE, "Good practice")), (VIDEO, _items(VIDEO, "Notable practice"))], "dark")
    d.h1("Conclusions")
    d.para("Forces that searched for stolen goods, visited neighbours and planned for the release of "
           "prolific offenders had fewer repeat victims. We will return to this subject in 2020.")
    d.finish()
    return d


def _items(p, heading):
    return items(p, heading, "Force: ")


def _box(d, p, heading, style):
    d.box([(p, _items(p, heading))], style)
