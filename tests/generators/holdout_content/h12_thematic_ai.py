"""Held-out set 4, report 12: thematic on police use of AI; Chromium; a summary table of the
practices, a 2x2 grid of cards (one a case study), a dark-band box, a box with its body in two
columns; body text tracked by 0.02em."""

HU = "Humberside Police"
SU = "Surrey Police"
SX = "Sussex Police"
LE = "Leicestershire Police"
CH = "Cheshire Constabulary"
DE = "Derbyshire Constabulary"

T_TRANSCRIBE = "Automatic transcription of 999 calls for quality review"
T_REDACT = "Automated redaction of case files"
T_TRANSLATE = "Live translation at the front counter"
T_ETHICS = "An independent ethics panel for data projects"
T_PHONE = "Searching downloaded phone data in plain English"

REPORT = {
    "file": "thematic-2025-artificial-intelligence.pdf",
    "producer": "chromium",
    "style": "ai",
    "title": "Machine assistance: an inspection of how police forces use artificial "
             "intelligence",
    "meta_title": "Machine assistance – police use of artificial intelligence",
    "type": "thematic",
    "forces": [HU, SU, SX, LE, CH, DE],
    "published": "2025-10-09",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Machine assistance",
                  "An inspection of how police forces use artificial intelligence"],
        "date": "Published: 9 October 2025",
    },
    "blocks": [
        ("h1", "About this inspection"),
        ("p", "Police forces in England and Wales are starting to use artificial intelligence "
              "(AI) in their everyday work. Most of the tools we saw do routine tasks that "
              "used to take officers and staff many hours: turning speech into text, "
              "translating, hiding personal details in documents, or finding the few messages "
              "that matter among many thousands on a seized phone."),
        ("p", "Between January and April 2025 we visited eight forces, interviewed the people "
              "who buy and run these tools, and spoke to the officers and staff who use them. "
              "We also asked every force in England and Wales to tell us which AI tools it was "
              "using or testing. Forty-one forces replied, and between them they listed 96 "
              "tools."),
        ("p", "We wanted to know whether forces understand what their tools do, whether they "
              "check that the tools are accurate and fair, and whether the public can find out "
              "how AI is being used to make decisions about them."),
        ("summary", "Summary of the practice we found",
         ["Theme", "Innovative practice", "Promising practice"],
         [["Contact", "", T_TRANSCRIBE],
          ["Case preparation", T_REDACT, ""],
          ["Contact", "", T_TRANSLATE],
          ["Governance", T_ETHICS, ""],
          ["Investigation", "", T_PHONE]]),
        ("p", "We found innovative practice in the way that a small number of forces test new "
              "tools with the people who will use them before they are introduced, and we "
              "describe the best examples in this report.", "decoy"),
        ("p", "But we also found that few forces could tell us how accurate their tools were, "
              "and that some had bought tools without any assessment of the risk that they "
              "would treat some groups of people less fairly than others."),
        ("break",),
        ("h1", "Using AI in contact and case preparation"),
        ("p", "The most common uses of AI were in the control room and in preparing case files "
              "for the Crown Prosecution Service. The tools were usually bought from suppliers "
              "and changed little by the force. The forces that used them well had given a "
              "named manager responsibility for each tool and checked its output regularly."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "title": T_TRANSCRIBE,
            "forces": [HU], "force_line": HU, "variant": "card",
            "areas": ["Contact management", "Digital, data and technology"],
            "body": [
                "The force transcribes every 999 call automatically once it has ended. Software "
                "searches the transcripts for signs that a caller may be vulnerable, such as "
                "mentions of self-harm or of children in the house, and checks them against "
                "how the call was graded.",
                "Quality reviewers now listen to the calls most likely to have been graded "
                "wrongly, instead of a random sample. The force told us that this has found "
                "three times as many wrongly graded calls for the same effort.",
            ],
        }),
        ("box", {
            "kind": "innovative", "label": "Innovative practice", "title": T_REDACT,
            "forces": [SU, SX], "force_line": "Surrey Police and Sussex Police",
            "variant": "card",
            "areas": ["Custody and criminal justice", "Digital, data and technology"],
            "body": [
                "The two forces' joint criminal justice department uses software that finds "
                "and hides names, addresses, phone numbers and faces in statements and "
                "body-worn video before a file goes to the Crown Prosecution Service.",
                "A member of staff checks every redaction before the file is sent. Preparing "
                "a typical file for a first hearing now takes about 40 minutes instead of "
                "three hours, and the number of files returned because of redaction errors "
                "has fallen by half.",
            ],
        }),
        ("box", {
            "kind": "case", "label": "Case study", "title": "A risk score that was withdrawn",
            "forces": [], "force_line": "A force in the north of England", "variant": "card",
            "body": [
                "One force used a tool that gave each missing person report a risk score. An "
                "internal review found that the tool rated teenagers from some neighbourhoods "
                "as lower risk than similar children elsewhere, because it had learned from "
                "past decisions that were themselves inconsistent.",
                "The force withdrew the tool and reviewed 300 cases. It told us that it "
                "would not use the tool again until it had been tested for bias by someone "
                "independent of the supplier.",
            ],
        }),
        ("box", {
            "kind": "promising", "label": "Promising Practice", "title": T_TRANSLATE,
            "forces": [LE], "force_line": LE, "variant": "card",
            "areas": ["Contact management", "Fairness and legitimacy"],
            "body": [
                "Front counter staff in the force's three busiest stations use a tablet that "
                "translates speech in more than 40 languages, so that people who speak little "
                "English can report a crime straight away instead of returning with an "
                "interpreter.",
                "The force agreed with its interpreting supplier which conversations must "
                "still have a human interpreter, including any account of a sexual offence "
                "and every conversation with a suspect.",
            ],
        }),
        ("p", "In each of these examples the force had measured what the tool achieved and "
              "kept a person responsible for every decision that affected the public."),
        ("break",),
        ("h1", "Governance and ethics"),
        ("p", "Forces must make sure that they use AI lawfully, that any interference with "
              "people's privacy is necessary and proportionate, and that they can explain "
              "decisions that a tool has helped to make. Most forces had a data protection "
              "impact assessment for each tool, but few had asked anyone outside the force to "
              "challenge their plans."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice example:", "title": T_ETHICS,
            "forces": [CH], "force_line": CH, "variant": "band",
            "areas": ["Fairness and legitimacy", "Digital, data and technology"],
            "body": [
                "The force has set up a data ethics panel whose members include an academic "
                "lawyer, a statistician, a youth worker and two residents chosen at random "
                "from people who applied. No member works for the force. The panel:",
                ["reviews every proposal to use AI or data analytics before money is spent;",
                 "can ask for changes, or advise the chief constable not to go ahead; and",
                 "publishes its minutes and the force's response on the force website."],
                "Since the panel started, the force has changed four proposals and abandoned "
                "one, a tool to predict which officers might leave the force.",
            ],
        }),
        ("p", "Other forces had ethics committees, but in most of them every member was a "
              "police officer or a member of police staff, and none published its advice."),
        ("box", {
            "kind": "rec", "label": "Recommendation", "title": "", "forces": [],
            "force_line": None, "variant": "band",
            "body": [
                "By April 2026, chief constables should publish a list of the AI tools their "
                "force uses, with a plain-English description of what each tool does, who is "
                "responsible for it and how its accuracy and fairness are checked.",
            ],
        }),
        ("h1", "Using AI in investigations"),
        ("p", "Digital evidence is now part of almost every serious investigation. A single "
              "phone can hold hundreds of thousands of messages and images, and forces have "
              "long backlogs of devices waiting to be examined. Several forces are testing "
              "tools that help investigators find relevant material quickly."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "title": T_PHONE,
            "forces": [DE], "force_line": DE, "variant": "incols",
            "areas": ["Investigations", "Digital, data and technology"],
            "body": [
                "The force's digital forensic unit has introduced a search assistant for data "
                "downloaded from phones. Investigators type questions in plain English, such "
                "as when the suspect last spoke to the victim, and the assistant lists the "
                "messages, calls and locations that answer them, with a link to each original "
                "item.",
                "Investigators are trained to treat the results as a starting point. The "
                "assistant never decides what is relevant, and every item used as evidence is "
                "checked in the original download by a trained examiner.",
                "In a six-month trial on 120 investigations into rape and serious sexual "
                "offences, the time from receiving a download to a first review of it fell "
                "from an average of 19 days to six. Defence lawyers have been told how the "
                "tool works and can ask for the search history in any case.",
            ],
        }),
        ("p", "The force has not yet tested whether the assistant misses material in languages "
              "other than English, and it should do so before it extends the tool to other "
              "investigations."),
        ("h1", "Conclusion"),
        ("p", "AI can give officers and staff more time for the work that only people can do. "
              "But forces need to know what their tools are doing, check that they are "
              "accurate and fair, and be open with the public about them. The examples in "
              "this report show that this is possible, and we expect other forces to learn "
              "from them."),
    ],
}
