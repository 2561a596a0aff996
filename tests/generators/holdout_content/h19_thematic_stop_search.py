"""Held-out set 6, report 19: thematic on the scrutiny of stop and search; headless Chromium.
Two three-column pages: on the first a practice box sits in the middle column (with text
above and below it in that column), on the second a practice box (two forces) spans all
three columns. Then a two-column run in which a practice box starts at the foot of the
right-hand column and continues at the top of the left-hand column of the next page; an
untitled box whose force is named only in its text; a "Good practice guidance" box
(national guidance from the College of Policing, not a practice example), a Recommendation
box and an in-text mention."""

ME = "Merseyside Police"
TV = "Thames Valley Police"
HI = "Hampshire and Isle of Wight Constabulary"
NT = "Nottinghamshire Police"
BD = "Bedfordshire Police"
NB = "Northumbria Police"

REPORT = {
    "file": "thematic-2026-stop-and-search.pdf",
    "producer": "chromium",
    "style": "sas",
    "column_splits": [211.7, 383.7],
    "title": "Stop and search: who is watching? An inspection of the external scrutiny of "
             "police stop and search",
    "meta_title": "Stop and search – who is watching?",
    "type": "thematic",
    "forces": [ME, TV, HI, NT, BD, NB],
    "published": "2026-03-12",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Stop and search: who is watching?",
                  "An inspection of the external scrutiny of police stop and search"],
        "date": "Published: 12 March 2026",
    },
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Stop and search is one of the most intrusive powers the police have. Used "
              "fairly and well, it helps officers find weapons and drugs and reassures "
              "communities that crime is being tackled. Used badly, it damages the trust "
              "between the police and the people they serve, particularly in Black and other "
              "ethnic minority communities, who are still searched far more often than white "
              "people."),
        ("p", "Every force in England and Wales is expected to let members of the public "
              "scrutinise how it uses the power. In this inspection we looked at how six "
              "forces do this: who sits on their scrutiny panels, what the panels see, "
              "whether they watch body-worn video footage, and whether anything changes as a "
              "result of what they find."),
        ("p", "We visited Merseyside Police, Thames Valley Police, Hampshire and Isle of "
              "Wight Constabulary, Nottinghamshire Police, Bedfordshire Police and "
              "Northumbria Police between June and October 2025. We observed 14 scrutiny "
              "meetings, reviewed 600 search records and the body-worn video of 120 "
              "searches, and interviewed officers, supervisors, panel members and young "
              "people who had been searched."),
        ("p", "Where we found innovative or promising practice, we describe it in a box "
              "like the ones in this report, so that other forces can consider adopting it; "
              "we list our recommendations at the end of each chapter.", "decoy"),
        ("h2", "Summary of findings"),
        ("ul", ["All six forces have a community scrutiny panel, but only three of them "
                "let panel members choose which searches to examine.",
                "Panels in four forces watch body-worn video at every meeting; in two, "
                "footage is shown only when officers pick it.",
                "Few panels include young people, although people aged 15 to 24 are the "
                "group most often searched.",
                "Forces rarely tell communities what has changed as a result of scrutiny."]),
        ("p", "The rest of this report looks in turn at who takes part in scrutiny, what "
              "scrutiny panels examine, how forces use data, and how supervisors check the "
              "searches their officers carry out."),
        ("break",),
        ("cols", 3),
        ("h1", "Who takes part in scrutiny"),
        ("p", "The panels we observed were made up mostly of older residents, many of them "
              "retired and many with a long history of working with the police. Members were "
              "committed and well informed, but in most forces they did not reflect the "
              "people who are searched most often."),
        ("p", "Forces told us that it is hard to recruit young people. Meetings are often "
              "held in police buildings during the working day, members are expected to "
              "commit for two years, and young people who have been searched are wary of "
              "sitting in a room with officers."),
        ("p", "Some forces have tried to solve this by holding separate youth panels, by "
              "paying expenses promptly, or by meeting in youth centres and colleges rather "
              "than police stations. The results were mixed: youth panels that met only "
              "once or twice a year had little influence on practice."),
        ("colbreak",),
        ("p", "The most effective arrangements we saw gave young people real tasks and "
              "fed their findings straight back to the officers concerned."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Young people review stop and search footage",
            "forces": [ME], "force_line": "Merseyside Police",
            "cases": ["mid3"],
            "areas": ["Fairness and legitimacy", "Child protection and exploitation"],
            "body": [
                "Merseyside Police pays a youth charity to run a panel of 12 young people "
                "aged 16 to 21, some of whom have been searched themselves. Every month the "
                "panel watches the body-worn video of ten searches chosen at random.",
                "Panel members grade each search and write feedback in their own words. "
                "The feedback goes to the officer's sergeant, and the panel meets the "
                "officers of one neighbourhood team every quarter to talk about it."],
        }),
        ("p", "Panel members told us that watching footage had changed their view of the "
              "police, in both directions."),
        ("colbreak",),
        ("p", "Officers were less sure. Some welcomed the feedback; others felt that "
              "young people did not understand the pressure of a search in the street."),
        ("box", {
            "kind": "guidance", "label": "Good practice guidance",
            "title": "Community scrutiny of stop and search",
            "forces": [], "force_line": "College of Policing",
            "body": [
                "The College of Policing's authorised professional practice says that "
                "forces should involve the community in scrutinising stop and search, "
                "including young people and those most affected, and should publish what "
                "changes as a result."],
        }),
        ("p", "None of the six forces fully met this guidance. The gap was widest in "
              "publishing outcomes: panels made many useful observations, but forces "
              "rarely recorded what they had done about them."),
        ("cols", 0),
        ("break",),
        ("cols", 3),
        ("h1", "How forces use stop and search data"),
        ("p", "All forces publish basic stop and search data, but the data panels see is "
              "often weeks old and shows only totals. Members told us they could not tell "
              "whether a rise in searches was in one street or across a whole district."),
        ("p", "Better data lets panels ask sharper questions: why one team searches twice "
              "as many people as its neighbours, or why searches for drugs so rarely find "
              "anything."),
        ("p", "Two forces have gone further and built a shared tool that panels can use "
              "themselves."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "A shared stop and search dashboard for two forces",
            "forces": [TV, HI],
            "force_line": "Thames Valley Police and Hampshire and Isle of Wight Constabulary",
            "variant": "spanall", "cases": ["span3"],
            "areas": ["Fairness and legitimacy", "Digital, data and technology"],
            "body": [
                "The two forces, which already share a joint information technology "
                "department, have built a single online dashboard that shows stop and search "
                "data for both forces, updated every night. Scrutiny panel members have their "
                "own log-ins and can filter searches by area, time of day, grounds, ethnicity "
                "and outcome.",
                "The dashboard compares each team's search rates and find rates with those "
                "of similar teams in the other force. Panels in both forces now bring their "
                "own questions to meetings, and the forces have used the comparison to change "
                "the way officers are briefed about searching for drugs."],
        }),
        ("p", "Other forces we visited had good data but gave panels only a printed "
              "summary. Members of the Northumbria panel told us that they received a "
              "thick pack of tables a few days before each meeting and had little time to "
              "read it."),
        ("p", "The grounds for a search are the part of the record that panels find most "
              "useful, but they are free text and hard to analyse. In two forces analysts "
              "read a sample of grounds each month and report on common weaknesses."),
        ("p", "Find rates vary widely: in the forces we visited, between one in five and "
              "one in three searches found what officers were looking for. Low find rates "
              "for drugs searches were the most common concern raised by panels."),
        ("p", "Forces should make sure that panels see current data, broken down by "
              "area, and that panel members are trained to use it."),
        ("cols", 0),
        ("break",),
        ("cols", 2),
        ("h1", "How supervisors check searches"),
        ("p", "External scrutiny cannot replace good supervision. The first check on every "
              "search should be made by the officer's own sergeant, who can see the record, "
              "watch the footage and talk to the officer while the search is still fresh in "
              "their memory."),
        ("p", "In most of the forces we visited, supervisors were expected to review search "
              "records, but they did so inconsistently. Some sergeants reviewed every "
              "record; others looked only at the ones that were flagged. Few watched the "
              "body-worn video, and reviews were often made weeks after the search, when it "
              "was too late to give useful feedback."),
        ("p", "We reviewed 600 search records. We judged that 82 percent recorded "
              "reasonable grounds, a small improvement on our last inspection. The "
              "weakest records were for searches for drugs in which officers relied only on "
              "a smell of cannabis, which on its own is not usually enough."),
        ("p", "We also watched the body-worn video of 120 searches. In most, officers were "
              "polite and explained what they were doing and why. In a minority, they did "
              "not give their name and station or tell the person how to get a copy of the "
              "record, as the law requires."),
        ("p", "Supervisors told us that the main barrier to reviewing footage was time. "
              "Finding and watching a clip took about 15 minutes, and a sergeant on a busy "
              "team might supervise 40 searches a month. Two forces have given supervisors "
              "protected time for reviews; the others had not."),
        ("p", "Officers who had been given detailed feedback on a search told us they found "
              "it helpful, particularly when their sergeant praised a search that had gone "
              "well rather than commenting only on mistakes."),
        ("p", "Where reviews found problems, the action taken was usually informal "
              "advice. Only two forces kept a record of the feedback given, so it was not "
              "possible to tell whether an officer had repeated the same mistake."),
        ("p", "Forces also need to make sure that reviews are fair to officers. Several "
              "told us that they worried a single clip, seen without context, could be used "
              "against them in a misconduct case, and that this made them reluctant to "
              "switch their cameras on early."),
        ("p", "Inspectors and chief inspectors told us they saw little of the results of "
              "supervisors' reviews. In four forces, no one collated the reviews to look for "
              "patterns across a team or a district."),
        ("p", "Body-worn video is the best evidence of how a search was carried out, but "
              "only if the camera is switched on in time. In the footage we watched, "
              "about one search in eight had been recorded only from the point at which "
              "the person was already being searched, so the reason for the stop and the "
              "first words spoken were missing."),
        ("p", "Forces have told officers to start recording as soon as they decide to stop "
              "someone. Compliance was highest where supervisors checked the start of the "
              "footage as part of every review and lowest where footage was watched only "
              "after a complaint."),
        ("p", "The quality of the written record matters too. Panels, supervisors and the "
              "person searched all rely on it, yet many records we read described the "
              "grounds in a few words, such as \"smell of cannabis\" or \"acting "
              "suspiciously\", without saying what the officer had actually seen."),
        ("p", "Some forces have added prompts to the search form on officers' mobile "
              "devices, asking what information or behaviour led to the search and whether "
              "the person was told why they were stopped. These prompts have lengthened the "
              "grounds officers record, but they have not always made them more specific."),
        ("p", "We looked for forces that had made supervision of searches routine rather "
              "than an afterthought, and found one in which every search is reviewed "
              "promptly."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Supervisors review every stop within 24 hours",
            "forces": [NT], "force_line": "Nottinghamshire Police",
            "variant": "split",
            "areas": ["Fairness and legitimacy", "Professional standards and vetting"],
            "body": [
                "In Nottinghamshire Police, a sergeant reviews every search record and the "
                "body-worn video that goes with it by the end of the next shift. The force's "
                "records system will not let the record be closed until the review is done, "
                "and response sergeants have two hours of protected time each week for "
                "reviews.",
                "Sergeants use a short checklist based on the legal requirements and the "
                "national guidance, and record feedback in the system so that the next "
                "supervisor can see it. Where a review finds that the grounds were weak, the "
                "officer is booked onto a half-day refresher course.",
                "The share of records with reasonable grounds has risen from 71 percent to "
                "91 percent in two years, and the force's scrutiny panel now examines a "
                "sample of supervisors' reviews as well as the searches themselves."],
        }),
        ("p", "We found an effective alternative in a force where neighbourhood officers "
              "work closely with the same communities over many years."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "title": "",
            "forces": [BD], "force_line": None,
            "areas": ["Fairness and legitimacy", "Workforce and wellbeing"],
            "body": [
                "In Bedfordshire Police, every new officer spends a morning with members of "
                "the stop and search scrutiny panel before their first independent patrol. "
                "Panel members show them footage of good and poor searches and describe "
                "what it felt like to be searched themselves.",
                "Officers told us the session stayed with them, and complaints about "
                "searches by officers in their first two years have fallen."],
        }),
        ("p", "Officers who had been searched themselves as teenagers told us that the "
              "way a search is carried out matters as much as whether it finds anything."),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "By September 2026, chief constables should make sure that supervisors "
                "review every stop and search record and its body-worn video within seven "
                "days, and that the results are collated and shared with scrutiny panels."],
        }),
        ("p", "We will check forces' progress against this recommendation in our PEEL "
              "inspections and will publish a short follow-up report in 2027."),
        ("cols", 0),
    ],
}
