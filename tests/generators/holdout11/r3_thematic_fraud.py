"""Report r3 of set 11: a fraud thematic, 2019, older "Notable/Good practice" headings
(Chromium; page 4 becomes a scanned image). Fictional: real force names, invented findings."""

LA = "Lancashire Constabulary"
HU = "Humberside Police"
SX = "Sussex Police"
SW = "South Wales Police"
SY = "Surrey Police"
CL = "City of London Police"

REPORT = {
    "file": "thematic-2019-fraud.pdf",
    "producer": "chromium",
    "theme": "fraud",
    "title": "No easy target: an inspection of the police response to fraud",
    "meta_title": "No easy target",
    "type": "thematic",
    "forces": [LA, HU, SX, SW, SY, CL],
    # the cover says only "April 2019" (the key said "2019-04-25", a day never printed)
    "published": "2019-04",
    "header": "No easy target: the police response to fraud",
    "cover": {"kicker": "HMICFRS", "lines": ["No easy target",
                                             "An inspection of the police response to fraud"],
              "date": "April 2019"},
    # box headings in capitals, as some older reports print them
    "css_extra": "section.box h3 { letter-spacing: 0.6pt; }",
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Fraud is now the crime that people in England and Wales are most likely to "
              "experience, yet it receives a small fraction of police resources. Between "
              "June and October 2018 we inspected how six forces and the national lead "
              "force respond to it: how they protect people, pursue offenders and support "
              "those who have lost money."),
        ("p", "We found that most forces had no clear picture of fraud in their area and "
              "that victims received a very different service depending on where they "
              "lived. Reports passed to forces by the national reporting centre were often "
              "closed with little or no investigation."),
        ("p", "We found notable practice in the way some forces identify and visit the "
              "people most likely to be targeted again.", "decoy"),
        ("h1", "Protecting vulnerable people from fraud"),
        ("p", "Older people, and people living alone with illnesses such as dementia, are "
              "targeted repeatedly by fraudsters. Once a person's details have been sold, "
              "they may be contacted hundreds of times."),
        ("box", {"kind": "notable", "label": "NOTABLE PRACTICE",
                 "title": "Home visits for people who have been defrauded more than once",
                 "force_line": LA, "forces": [LA],
                 "areas": ["Fraud and cyber crime", "Vulnerability and mental health"],
                 "expect": (2, 2),
                 "body": [
                     "Each week Lancashire Constabulary's economic crime unit lists the "
                     "people in the county who have reported a fraud more than once, or "
                     "whose bank has told the force that they may be at risk. A specialist "
                     "officer visits each of them at home, often with a relative.",
                     "The officer explains how the fraud worked, fits a call blocker to the "
                     "telephone where the person agrees, and refers them to adult social "
                     "care if they seem unable to protect themselves. The unit told us that "
                     "of 296 people visited in 2018, only 19 lost money again that year.",
                 ]}),
        ("box", {"kind": "rec", "label": "RECOMMENDATION",
                 "title": "",
                 "body": [
                     "By October 2019, chief constables should make sure that their force "
                     "identifies repeat and vulnerable victims of fraud from the reports it "
                     "receives and offers each of them support.",
                 ]}),
        ("h1", "Understanding the scale of fraud"),
        ("p", "Few forces knew how many fraud reports they received, how many they "
              "investigated or what the outcomes were. Fraud rarely featured in their "
              "strategic assessments or in their plans."),
        ("box", {"kind": "good", "label": "GOOD PRACTICE",
                 "title": "A demand profile that changed the budget",
                 "force_line": HU, "forces": [HU],
                 "areas": ["Strategy, performance and resources", "Fraud and cyber crime"],
                 "expect": (3, 3),
                 "body": [
                     "Humberside Police asked its analysts to bring together every source "
                     "of information it held on fraud for the previous two years, including "
                     "reports from the national centre, calls to the force and referrals "
                     "from banks and trading standards.",
                     "The profile showed that the force was receiving three times as many "
                     "fraud cases as it had estimated, and that a third of them involved "
                     "victims aged over 75. The chief officer team used it to move six "
                     "posts into the economic crime unit and to set a measure of how many "
                     "cases were resolved, which is reported to the monthly performance "
                     "board.",
                 ]}),
        ("box", {"kind": "afi", "label": "AREA FOR IMPROVEMENT",
                 "title": "",
                 "body": [
                     "Forces should include fraud in their assessments of the demand they "
                     "face and should set out how they intend to meet it.",
                 ]}),
        ("break",),
        ("h1", "Pursuing fraudsters"),
        ("p", "Fraud investigations are often complex and slow. Most forces had few "
              "officers trained to investigate them, and those officers had large "
              "caseloads."),
        ("p", "Money obtained by fraud is usually moved quickly through several bank "
              "accounts. Some of the account holders are themselves victims, recruited "
              "through social media with the offer of easy money."),
        ("box", {"kind": "notable", "label": "NOTABLE PRACTICE",
                 "title": "Freezing the accounts that move stolen money",
                 "force_line": SX, "forces": [SX],
                 "areas": ["Serious and organised crime", "Fraud and cyber crime"],
                 "variant": "scan",
                 "expect": (4, 4),
                 "body": [
                     "Sussex Police has placed two financial investigators in its economic "
                     "crime unit who work with the banks' fraud teams. When a fraud is "
                     "reported quickly, they trace where the money went and apply to freeze "
                     "the receiving accounts, often within a day.",
                     "The investigators then look for links between accounts and the "
                     "organised groups that control them. In 2018 the force froze more than "
                     "1.4 million pounds, returned most of it to victims and used the "
                     "account information to charge eleven people with money laundering.",
                     "Young people found to be letting their accounts be used are visited "
                     "by an officer and, where appropriate, referred for support instead of "
                     "being prosecuted.",
                 ]}),
        ("p", "We were told in several forces that investigations were closed when the "
              "suspect lived in another force area. Referrals between forces were slow and "
              "sometimes lost."),
        ("break",),
        ("h1", "Cyber crime"),
        ("p", "Every force we visited had a cyber crime unit, although they varied in size "
              "from four officers to more than twenty. Most units gave priority to "
              "investigating attacks on businesses."),
        ("box", {"kind": "good", "label": "GOOD PRACTICE",
                 "title": "Practice attacks for small firms",
                 "force_line": SW, "forces": [SW],
                 "areas": ["Fraud and cyber crime"],
                 "expect": (5, 5),
                 "body": [
                     "South Wales Police's cyber protect officers run free exercises for "
                     "small businesses and charities in which staff respond, around a table, "
                     "to a simulated ransomware attack or the hacking of an email account.",
                     "Afterwards each organisation receives a short report on what it "
                     "should change. Of the 140 organisations that took part in 2018, most "
                     "had changed their passwords and backup arrangements within three "
                     "months.",
                 ]}),
        ("box", {"kind": "notable", "label": "NOTABLE PRACTICE",
                 "title": "",
                 "force_line": SY, "forces": [SY],
                 "areas": ["Workforce and wellbeing", "Fraud and cyber crime"],
                 "expect": (5, 5),
                 "body": [
                     "Surrey Police now includes a week on fraud and online crime in the "
                     "course for every officer who joins its investigation teams. Trainees "
                     "work on a real closed case, from the first report to a file for the "
                     "prosecutor, with an experienced fraud investigator as their mentor.",
                     "The force has also created a development route that allows constables "
                     "to become accredited fraud investigators within two years.",
                 ]}),
        ("box", {"kind": "case", "label": "CASE STUDY",
                 "title": "A pensioner who lost her savings",
                 "body": [
                     "An 82-year-old woman was persuaded by a caller claiming to be from her "
                     "bank to transfer 46,000 pounds to a safe account. Her report was "
                     "passed to her local force eleven weeks later and closed the same day.",
                 ]}),
        ("h1", "Supporting victims of fraud"),
        ("p", "Victims of fraud told us that they felt ashamed and that the police did not "
              "take them seriously. Few had been told what would happen to their report."),
        ("box", {"kind": "notable", "label": "NOTABLE PRACTICE",
                 "title": "A victim care unit for fraud reports",
                 "force_line": CL, "forces": [CL],
                 "areas": ["Fraud and cyber crime", "Victim care"],
                 "expect": (6, 6),
                 "body": [
                     "City of London Police runs a victim care unit that telephones people "
                     "whose fraud report has been passed to it. Advocates explain what will "
                     "happen next, give advice on preventing further losses and check "
                     "whether the person needs emotional or practical support.",
                     "The unit keeps in touch until the case is closed and tells the "
                     "victim the outcome. In a survey of 500 people it had contacted, 88 "
                     "percent said they felt better able to protect themselves.",
                 ]}),
        ("box", {"kind": "coc", "label": "CAUSE OF CONCERN",
                 "title": "",
                 "body": [
                     "Too many victims of fraud receive no service at all after they report "
                     "the crime. Forces and the national reporting centre must work together "
                     "to make sure every victim is told what will happen to their report.",
                 ]}),
        ("numlist", "Summary of notable and good practice", [
            ("1.", "Lancashire: home visits for people defrauded more than once."),
            ("2.", "Humberside: a fraud demand profile that moved posts into the unit."),
            ("3.", "Sussex: financial investigators freeze the accounts that move stolen "
                   "money."),
            ("4.", "South Wales: practice cyber attacks for small firms and charities."),
            ("5.", "Surrey: a week on fraud in every investigator's course."),
            ("6.", "City of London: a victim care unit for fraud reports."),
        ]),
    ],
}
