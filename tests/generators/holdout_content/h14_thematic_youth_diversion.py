"""Held-out set 4, report 14: older-style thematic (2019, "Notable practice") on youth
diversion; Chromium; two-column pages with a box that starts at the foot of the right-hand
column and carries on at the top of the next page (untitled, force named only in the text);
a landscape page holding a box with a table of before/after figures and bullets."""

AS = "Avon and Somerset Constabulary"
NH = "Northamptonshire Police"

REPORT = {
    "file": "thematic-2019-youth-diversion.pdf",
    "producer": "chromium",
    "style": "youth",
    "title": "Second chances: an inspection of police work to divert children from the "
             "criminal justice system",
    "meta_title": "Second chances",
    "type": "thematic",
    "forces": [AS, NH],
    "published": "2019-11-28",
    "cover": {
        "kicker": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Second chances",
                  "An inspection of police work to divert children from the criminal "
                  "justice system"],
        "date": "First published 28 November 2019",
    },
    "blocks": [
        ("cols", True),
        ("h1", "1. Introduction"),
        ("p", "When a child commits a crime, the police have a choice. They can charge the "
              "child, which usually means a court appearance and a criminal record, or they "
              "can deal with the offence in another way. The second choice is often called "
              "diversion. It may mean a youth caution, a youth conditional caution, a "
              "community resolution, or no formal action at all but a referral to a service "
              "that can help the child."),
        ("p", "There is good evidence that, for most children, contact with the formal "
              "criminal justice system makes further offending more likely, not less. Since "
              "2008 the number of children entering the youth justice system for the first "
              "time has fallen by more than 80 percent, largely because police forces and "
              "youth offending teams have diverted more children away from it."),
        ("p", "But diversion is not a single thing, and the way that it is done varies a "
              "great deal between forces. We wanted to find out whether children are "
              "treated consistently, whether decisions are made by people with the right "
              "information, and whether forces know what happens to children after they "
              "have been diverted."),
        ("h2", "What we did"),
        ("p", "Between March and June 2019 we inspected six forces. In each force we "
              "examined 40 case files about children who had been arrested or interviewed "
              "as suspects, and we spoke to officers, custody staff, youth offending team "
              "managers, and children and their parents or carers."),
        ("p", "We also looked at the data that every force in England and Wales publishes "
              "about the outcomes of crimes committed by children, and we compared the use "
              "of each outcome between forces and between groups of children."),
        ("h2", "What we found"),
        ("p", "Most of the officers we spoke to understood why diversion matters. They "
              "wanted to give children a second chance, and many told us about children "
              "they had helped. But in too many cases the decision depended on which "
              "officer dealt with the child, and on whether that officer knew what "
              "services were available in the area."),
        ("p", "We found notable practice in the way that some forces bring police and youth "
              "offending team staff together to make decisions, and we describe two examples "
              "in this report.", "decoy"),
        ("p", "Black children and children in care were more likely than other children to "
              "be charged for similar offences. Few forces had examined why, and only one "
              "of the forces we inspected had an action plan to reduce the difference."),
        ("box", {
            "kind": "rec", "label": "Recommendation", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "By June 2020, chief constables should analyse the outcomes given to children "
                "in their force by ethnicity and by whether the child is looked after, and "
                "should publish what they find and what they will do about it.",
            ],
        }),
        ("p", "We also found that forces rarely knew whether the children they diverted "
              "went on to offend again. Without that information they cannot tell which "
              "schemes work."),
        ("cols", False),
        ("break",),
        ("cols", True),
        ("h1", "2. Joint decision-making"),
        ("figure", "Figure 1: Outcomes for children dealt with by the six forces we inspected, "
                   "12 months to March 2019",
         ["Outcome", "Number", "Percentage"],
         [["Charged or summonsed", "2,914", "31%"],
          ["Youth caution or youth conditional caution", "1,862", "20%"],
          ["Community resolution", "2,377", "25%"],
          ["Referral to a diversion scheme with no formal outcome", "1,421", "15%"],
          ["No further action", "846", "9%"]]),
        ("p", "In most forces, the officer in the case decides whether to charge a child or "
              "to deal with the offence in another way, sometimes after advice from a "
              "custody sergeant. Youth offending teams are consulted only for youth "
              "conditional cautions, and even then the police often make the decision before "
              "the team has assessed the child."),
        ("p", "Joint decision-making panels work differently. Police officers and youth "
              "offending team staff meet, often weekly, to decide together what should happen "
              "to each child whose case is referred to them. They can use information that "
              "the officer in the case does not have: whether the child is already known to "
              "children's social care, whether the child has a special educational need, and "
              "what has worked with the child before."),
        ("p", "All six of the forces we inspected had some kind of panel, but they were used "
              "in very different ways. In two forces the panel only saw cases in which the "
              "officer had already decided that a caution was appropriate. In the others it "
              "saw every case of a child who had admitted an offence and was eligible for an "
              "out-of-court outcome."),
        ("p", "Panels were most effective when a police officer of at least the rank of "
              "sergeant attended every meeting, and when the panel's decision was recorded "
              "on the force's crime system as well as by the youth offending team."),
        ("p", "In one force, panel members told us that they regularly disagreed with the "
              "outcome proposed by the officer in the case, and that the panel's view "
              "usually prevailed. That force had recently asked its head of criminal justice "
              "to review a sample of panel decisions each quarter."),
        ("h2", "Information for the panel"),
        ("p", "A panel can only make a good decision if it has good information. The best "
              "panels we saw had, for every child, a summary of the offence and the evidence, "
              "the child's previous contact with the police, an assessment by the youth "
              "offending team, and the views of the victim. Where the victim had not been "
              "asked, the panel deferred its decision."),
        ("p", "Few panels heard directly from the child. Youth offending team staff usually "
              "passed on what the child had said, but children and parents told us that they "
              "did not understand how the decision had been made or who had made it. Some "
              "thought that the police officer who had arrested them had decided alone."),
        ("p", "Custody records rarely showed that a child's eligibility for diversion had "
              "been considered before the child was interviewed. In 23 of the 240 cases we "
              "examined, a child who had admitted the offence was charged without the case "
              "being referred to a panel, although the force's own policy required it."),
        ("p", "The panels that worked best also kept a record of the reasons for each "
              "decision, in language that could be shared with the child and the victim. "
              "This made it easier for supervisors to check that decisions were consistent, "
              "and for the youth offending team to explain the outcome to the family."),
        ("box", {
            "kind": "notable", "label": "Notable practice", "title": "",
            "forces": [AS], "force_line": None, "variant": "split",
            "areas": ["Custody and criminal justice", "Child protection and exploitation"],
            "body": [
                "In Avon and Somerset, every child who is arrested or interviewed for an "
                "offence that could be dealt with out of court is referred to a joint panel "
                "before any decision is made. The panel meets twice a week in each of the "
                "force's three areas and includes a police sergeant, a youth offending team "
                "worker and a children's social worker.",
                "Before each meeting, youth offending team staff visit the child at home and "
                "complete a short assessment of the child's needs. The panel then chooses "
                "between a community resolution, a youth caution, a youth conditional caution, "
                "a referral to a diversion programme, or charge.",
                "Children who take part in the diversion programme agree a plan with a key "
                "worker, which may include mentoring, help with education, or work to repair "
                "the harm they have caused. Victims are asked for their views, and can take "
                "part in a restorative meeting if they wish.",
                "In the first year of the scheme, 512 children were referred to the panels "
                "and 63 were charged, compared with 208 of a similar number in the year "
                "before.",
            ],
        }),
        ("p", "Not every panel we saw worked as well. In some areas the panel had no access to "
              "police systems during the meeting, so decisions were delayed while officers "
              "checked information afterwards."),
        ("p", "Some children waited more than two months between their arrest and a decision. "
              "Long delays mean that children do not see the connection between their "
              "behaviour and its consequences, and victims are left not knowing what has "
              "happened."),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "Too many children wait too long for a decision about their case. In 61 of "
                "the 240 cases we examined, it took more than 28 days from the child's "
                "arrest or interview to an outcome, and in 17 it took more than three "
                "months.",
            ],
        }),
        ("cols", False),
        ("landscape", True),
        ("h1", "3. Knowing what works"),
        ("p", "Forces should evaluate their diversion schemes, so that they know which "
              "approaches reduce reoffending and which do not. Only one of the forces we "
              "inspected had compared the outcomes of children it had diverted with those of "
              "similar children it had charged."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Evaluating a deferred caution scheme with a university",
            "forces": [NH], "force_line": NH,
            "areas": ["Custody and criminal justice", "Strategy, performance and resources"],
            "table": {
                "after": 0,
                "head": ["Measure", "Year before the scheme", "First year of the scheme"],
                "rows": [["Children receiving a youth caution or charge", "418", "243"],
                         ["Reoffended within 12 months", "39%", "24%"],
                         ["Average days from arrest to outcome", "47", "19"]],
            },
            "body": [
                "The force defers the decision on a caution while the child completes a short "
                "programme agreed with the youth offending team. If the child completes it, "
                "no further action is taken. The force asked a local university to compare "
                "the year before the scheme with its first year:",
                ["the university matched each child with a similar child from the earlier "
                 "year, by age, offence and previous contact with the police;",
                 "it followed every child for 12 months after the outcome; and",
                 "the force published the evaluation in full, including the cases where "
                 "the scheme did not work."],
                "The evaluation persuaded the force and its partners to extend the scheme to "
                "children aged 17, who had been excluded from the first year.",
            ],
        }),
        ("landscape", False),
        ("h1", "4. Conclusions"),
        ("p", "Diverting children from the criminal justice system can reduce offending and "
              "give children a better chance in life. But it works best when decisions are "
              "made jointly, quickly and consistently, and when forces find out what happens "
              "to the children afterwards."),
        ("p", "Forces should learn from the examples in this report. We will return to this "
              "subject in our future inspections of how forces work with children."),
    ],
}
