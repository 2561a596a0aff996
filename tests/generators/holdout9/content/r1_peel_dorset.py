"""Held-out set 9, report 1: PEEL 2025, Dorset Police; reportlab platypus (render_rl.py).

Boxes are platypus Tables (one row per heading, title and body paragraph) with a pale fill
and a 0.8pt border, so a box can split between rows at a page break: the next page's part
is a second frame of the same fill under the running header, with no heading. One box
splits over two pages (p3-4), one over three (p4-6). A contents page names two practices.
p7 is a two-column page with a practice box in the left column whose body has a line
beginning "24." Decoys: contents entries, an in-text mention, Area for improvement,
Recommendation, Cause of concern."""

DP = "Dorset Police"

REPORT = {
    "file": "peel-2025-dorset.pdf",
    "producer": "reportlab",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy – An inspection of "
             "Dorset Police",
    "meta_title": "PEEL 2025: Dorset Police",
    "type": "peel",
    "forces": [DP],
    "published": "2025-12-04",
    "header": "PEEL 2025: Dorset Police",
    "twocol": 7,
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["PEEL 2025", "Police effectiveness, efficiency and legitimacy",
                  "An inspection of Dorset Police"],
        "date": "Published: 4 December 2025",
    },
    "blocks": [
        ("contents", [
            ("Overall summary", 3),
            ("Responding to the public", 3),
            ("Innovative practice: Live video calls for victims of non-urgent crime", 3),
            ("Investigating crime", 4),
            ("Promising practice: Digital media investigators in every investigation hub", 4),
            ("Protecting vulnerable people", 7),
        ]),
        ("h1", "Overall summary"),
        ("p", "Dorset Police is good at responding to the public and at protecting "
              "vulnerable people. It is adequate at investigating crime and at managing "
              "offenders, and it requires improvement in how it records crime reported "
              "through its online services. The force has a realistic plan for the money "
              "it has, and leaders are visible: officers in every station we visited could "
              "name the chief officer responsible for their area."),
        ("p", "Since our last inspection the force has moved its control room to a new "
              "building in Winfrith, replaced its records management system and recruited "
              "a large number of new officers, many of whom are still in their first two "
              "years of service. Supervisors carry a heavy load as a result, and the force "
              "knows that it needs to support them better."),
        ("p", "We found innovative practice in the way the force keeps in touch with "
              "victims of non-urgent crime, and promising practice in how it examines "
              "digital devices and in its work with young adults who carry knives.",
              "decoy"),
        ("h1", "Responding to the public"),
        ("p", "The force answers most emergency calls quickly. In the year to June 2025 "
              "it answered 91 percent of 999 calls within ten seconds, which is better than "
              "the national target. Call handlers use a structured triage model to assess "
              "threat, harm and risk, and they record the reasons for the grade they give "
              "to each incident. We listened to a sample of calls and found that most "
              "callers were treated with patience and courtesy."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "Live video calls for victims of non-urgent crime",
            "forces": [DP], "force_line": None,
            "areas": ["Contact management", "Victim care"],
            "expect": (3, 3),
            "body": [
                "Victims who report a non-urgent crime by telephone are offered a video call "
                "with an officer at a time that suits them, usually within four hours. The "
                "officer takes the statement on the call, looks at the damage or the scene "
                "through the victim's phone camera and can send a link for the victim to "
                "upload photographs and footage.",
                "In the first nine months the force held 6,412 video calls. Victims rated "
                "the service at 4.6 out of 5, and the number of officer visits to "
                "non-urgent incidents fell by a third, freeing response officers for "
                "emergencies."],
        }),
        ("p", "The force does not always attend incidents within its own target times. "
              "Incidents graded as a priority, where the force aims to attend within one "
              "hour, were attended on time in 68 percent of cases. Response officers told "
              "us that the main reason was the time they spend waiting with people in "
              "mental health crisis at hospital emergency departments."),
        ("p", "Control room supervisors review the incidents that are waiting for an "
              "officer at least every hour. In most of the cases we looked at, the "
              "supervisor had called the victim back to check whether the risk had "
              "changed, and had recorded what the victim said."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A mental health nurse in the control room every evening",
            "forces": [DP], "force_line": None, "variant": "split",
            "areas": ["Vulnerability and mental health", "Contact management"],
            "expect": (3, 4),
            "body": [
                "Between four in the afternoon and two in the morning, a mental health "
                "nurse from Dorset HealthCare works at a desk in the force control room. The "
                "nurse listens to calls about people who may be in crisis, can see the "
                "person's care records and gives call handlers and officers advice on what "
                "to do.",
                "When a person is already known to mental health services, the nurse can "
                "contact their care team straight away and arrange for a crisis worker to "
                "visit, so that an officer does not need to attend. When officers do "
                "attend, the nurse can speak to the person on the officer's phone and help "
                "decide whether they need to be taken to a place of safety.",
                "In the first year the nurses gave advice on 3,870 incidents. The force "
                "told us that the number of people detained under section 136 of the "
                "Mental Health Act fell by 31 percent, and that officers spent 2,100 fewer "
                "hours waiting at hospitals.",
                "Officers we spoke to valued the advice, and several said it had changed "
                "the way they speak to people in distress."],
        }),
        ("p", "The force has improved the way it deals with calls from people who have "
              "called before. The control room system now shows the call handler every "
              "earlier call from the same number or address in the last year, and call "
              "handlers are expected to check them before grading the incident."),
        ("box", {
            "kind": "afi", "label": "Area for improvement", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "The force should make sure that crimes reported through its online "
                "reporting service are recorded within 24 hours and that the victim is "
                "told the crime reference number."],
        }),
        ("h1", "Investigating crime"),
        ("p", "Most investigations are allocated to officers with the right skills, and "
              "supervisors review them regularly. In the cases we reviewed, investigators "
              "had usually gathered the evidence available, spoken to witnesses and "
              "recorded what they had done. But some investigations of crimes such as "
              "burglary and theft were closed before all the reasonable lines of enquiry "
              "had been followed, and victims were not always told why."),
        ("p", "The force has a good understanding of the demand it faces in "
              "investigations. It reviews each month the number of crimes allocated to "
              "every team and the number each investigator holds, and it moves work "
              "between teams when one becomes overloaded. Officers told us that they "
              "understood why this happened, even if they did not always welcome it."),
        ("p", "Victims are usually kept informed about the progress of their case. In "
              "most of the cases we reviewed, the officer had agreed with the victim how "
              "often they would be updated and had kept to it. But the force does not "
              "always carry out a needs assessment, so some victims who would benefit "
              "from extra support are not referred to the victim care service."),
        ("p", "The force has cut the time it takes to examine mobile phones and "
              "computers. At the time of our inspection there were 96 devices waiting to "
              "be examined, compared with more than 700 two years earlier."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Digital media investigators in every investigation hub",
            "forces": [DP], "force_line": None, "variant": "split",
            "areas": ["Digital, data and technology", "Investigations"],
            "expect": (4, 6),
            "body": [
                "In 2023 the force had one central digital forensics unit at its "
                "headquarters. Devices seized anywhere in the county were sent there, and "
                "investigators often waited several months for the results. Some "
                "investigations of serious offences were delayed for so long that "
                "victims withdrew their support for a prosecution.",
                "The force decided to move much of the work closer to investigations. It "
                "trained 34 detectives and police staff as digital media investigators and "
                "placed at least four of them in each of its three investigation hubs, in "
                "Bournemouth, Poole and Weymouth. Each hub also has a self-service kiosk "
                "that can download the contents of a phone in under an hour.",
                "A digital media investigator now joins the investigation of every serious "
                "crime within a day of it being reported. They advise the officer in the "
                "case on which devices to seize, what to look for and how to do it without "
                "intruding more than necessary into the privacy of victims and witnesses.",
                "For each investigation the digital media investigator writes a short "
                "digital strategy. The strategy sets out:",
                ["which devices are to be examined and why;",
                 "the dates, people and types of data that are relevant to the "
                 "investigation;",
                 "what will not be examined, and the reasons for that decision; and",
                 "how the victim will be told what is being taken from their phone and "
                 "when it will be returned."],
                "Supervisors check the strategy before any device is sent for "
                "examination, and it is shared with the Crown Prosecution Service when a "
                "file is submitted. Prosecutors told us that the strategies helped them to "
                "decide quickly whether the disclosure of digital material was complete.",
                "Victims of rape and other serious sexual offences are offered the chance "
                "to have their phone examined at the hub while they wait, so that they are "
                "not left without it. Only the data set out in the strategy is downloaded. "
                "Independent sexual violence advisers said that this had made a real "
                "difference to whether victims were willing to hand over their phones.",
                "The central unit still examines devices that need specialist work, such "
                "as damaged or encrypted phones, computers and vehicle systems. Because it "
                "no longer receives every device, its staff can give these cases more "
                "attention, and they have time to train the hub investigators and to "
                "check the quality of their work.",
                "The force measures how long each stage takes. In the year to March 2025 "
                "the median time from seizure to the first download of a phone fell from "
                "71 days to 3 days. The number of devices waiting for examination fell "
                "from 712 to 96, and the number of rape investigations in which the victim "
                "withdrew support fell by a fifth.",
                "The force has also changed the way it returns devices. Each hub keeps a "
                "log of the devices it holds, and an officer contacts the owner within "
                "two days of the examination being finished to arrange the return. Before "
                "the change, some victims waited more than a year to get their phones "
                "back.",
                "The force has shared its approach with other forces in the south west "
                "region, and two of them have started to train digital media "
                "investigators in the same way. It has also asked a university to "
                "evaluate whether the quicker examination of devices has led to more "
                "charges.",
                "We found that the hub investigators were well trained and confident. "
                "Their work was checked regularly by the central unit, and the force has "
                "kept its accreditation to the forensic science regulator's code of "
                "practice for the hubs as well as for the central unit.",
                "The force pays for the hubs from its existing budget. It closed two "
                "posts in the central unit and used the money, together with the savings "
                "from sending fewer devices to private companies, to pay for the kiosks "
                "and the training. It estimates that it now spends £180,000 a year less "
                "on digital forensics than it did in 2022.",
                "Officers in the case told us that the advice of a digital media "
                "investigator at the start of an investigation had saved them time. "
                "Several gave examples of cases in which the investigator had found "
                "evidence on a phone that the officer would not have thought to look "
                "for, such as location data that placed a suspect at the scene.",
                "The force plans to put a digital media investigator in its public "
                "protection unit next year, so that investigations of online child "
                "sexual abuse can benefit from the same approach."],
        }),
        ("p", "Investigators in the hubs told us that their workloads were manageable, "
              "and most had time to review their cases with a supervisor every month. "
              "But the force has too few detectives in its safeguarding teams, and some "
              "investigations of child abuse were carried by trainee investigators "
              "without enough supervision."),
        ("box", {
            "kind": "rec", "label": "Recommendation", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "By 31 March 2026, Dorset Police should make sure that investigations of "
                "child abuse are allocated to accredited detectives, or are supervised "
                "closely by one."],
        }),
        ("cols", True),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the risks that vulnerable people face in Dorset. "
              "Its safeguarding hub brings together the police, the councils, health "
              "services and schools, and it shares information quickly when a child or "
              "adult is at risk. Staff in the hub told us that they had good working "
              "relationships with partners and that referrals were rarely delayed."),
        ("p", "Neighbourhood officers know which young people in their areas are at "
              "risk of exploitation. They visit schools, youth clubs and the places where "
              "young people meet, and they share what they learn with the hub."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A knife crime panel for young adults",
            "forces": [DP], "force_line": None, "variant": "numline", "numline": "24.",
            "areas": ["Serious violence", "Child protection and exploitation"],
            "expect": (7, 7),
            "body": [
                "The force and Bournemouth, Christchurch and Poole Council run a panel "
                "for young adults who are found carrying a knife for the first time and "
                "who are aged between 18 and 24. Panel members meet monthly and include a youth worker, a paramedic "
                "and a probation officer.",
                "Each young adult is offered a mentor for six months instead of a "
                "caution. Of the 57 who took part in the first year, 49 had not been "
                "arrested again."],
        }),
        ("p", "The force deals well with reports of domestic abuse. Officers attend "
              "quickly, complete a risk assessment with the victim and take photographs "
              "and body-worn video footage to support a prosecution, so that a case can "
              "go ahead even when the victim is unable to give evidence."),
        ("p", "But the force does not always use the powers it has to protect victims. "
              "In the cases we reviewed, officers considered a domestic abuse protection "
              "notice in only a third of the cases where one could have been used, and "
              "supervisors had not asked why."),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "title": "", "forces": [],
            "force_line": None,
            "body": [
                "The force does not make enough use of domestic abuse protection notices "
                "and orders to protect victims from further harm."],
        }),
        ("p", "The force has a clear plan to improve the way it uses these powers. It "
              "has appointed a lead officer, is training every response sergeant, and "
              "checks each month how many notices have been considered and issued."),
        ("h2", "Missing people"),
        ("p", "The force responds well when a child is reported missing. Officers carry "
              "out a search of the home, speak to the child's friends and carers and "
              "check the places where the child has been found before. When the child "
              "returns, an independent worker from the council offers a return interview "
              "within three days."),
        ("p", "The force knows which children go missing most often, and it holds a "
              "monthly meeting with the council and children's homes to agree a plan for "
              "each of them. Since the meetings began, the number of missing episodes from "
              "children's homes in Bournemouth has fallen by a quarter."),
        ("cols", False),
    ],
}
