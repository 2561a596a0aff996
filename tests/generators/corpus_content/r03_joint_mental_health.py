"""Joint inspection (HMICFRS, HMI Probation, CQC): letter size, Times, bordered boxes headed
'Good practice', numeric publication date, 'About this inspection' second cover page."""

REPORT = {
    "file": "joint-2022-mental-health.pdf",
    "title": "Diverted? A joint inspection of mental health support across the criminal "
             "justice system",
    "type": "joint",
    "forces": ["Lancashire Constabulary", "Avon and Somerset Constabulary", "Kent Police",
               "Humberside Police", "Nottinghamshire Police"],
    "published": "2022-11-22",
    "cover_lines": ["A joint inspection by HM Inspectorate of Constabulary and Fire & Rescue "
                    "Services, HM Inspectorate of Probation and the Care Quality Commission",
                    "Date of publication: 22/11/2022"],
    "style": {"page": "letter", "font": "Times-Roman", "size": 10.5, "box": "border",
              "box_stroke": "#2E2E2E", "accent": "#00594F", "cover": "plain",
              "cover_color": "#00594F", "header": "Criminal Justice Joint Inspection",
              "footer": "{n}", "contents": False, "margins": (72, 72, 72, 72),
              "org": "Criminal Justice Joint Inspection", "box_lw": 0.7},
    "front_pages": [{
        "heading": "About this inspection",
        "paras": [
            "This was a joint inspection by HM Inspectorate of Constabulary and Fire & Rescue "
            "Services (HMICFRS), HM Inspectorate of Probation and the Care Quality Commission "
            "(CQC). Fieldwork took place between March and June 2022 in six police force "
            "areas.",
            "We examined the experience of people with mental health needs at each stage of "
            "the criminal justice system: first contact with the police, police custody, "
            "the decision to charge, and supervision by the Probation Service. We reviewed "
            "120 case files and interviewed more than 200 practitioners.",
            "We use the heading 'Good practice' to identify approaches that we think others "
            "could learn from.",
        ],
    }],
    "blocks": [
        ("h1", "Summary"),
        ("p", "Too many people with mental health needs still pass through the criminal "
              "justice system without those needs being identified. Where needs are "
              "identified, the information is often not shared with the next agency in the "
              "chain. However, we found good practice in several areas, which we describe in "
              "this report."),
        ("h1", "First contact with the police"),
        ("p", "Police officers are often the first public service to respond to a person in "
              "mental health crisis. Officers told us they felt ill-equipped to assess "
              "whether a person needed medical help, and that they often waited many hours "
              "with a patient in an emergency department."),
        ("box", {"kind": "good", "title": "Mental health practitioners in the control room",
                 "force_line": "Lancashire Constabulary", "forces": ["Lancashire Constabulary"],
                 "area": "Vulnerability and mental health", "also": ["Contact management"],
                 "body": [
                     "The force and its local NHS mental health trust have placed mental "
                     "health nurses in the force control room seven days a week. The nurses "
                     "can see the patient's health record, advise call handlers and officers "
                     "at the scene, and arrange an assessment by the crisis team.",
                     "In the first year, the number of people detained under section 136 of "
                     "the Mental Health Act 1983 fell by 22 percent. Officers valued being "
                     "able to speak to a clinician before deciding whether to use their "
                     "powers.",
                 ]}),
        ("p", "Several forces are adopting the Right Care, Right Person approach, under which "
              "health and social care services, rather than the police, respond to calls "
              "about people's health needs unless there is a real and immediate risk to life "
              "or of serious harm."),
        ("box", {"kind": "good", "title": "Right Care, Right Person",
                 "forces": ["Humberside Police"],
                 "area": "Vulnerability and mental health",
                 "also": ["Contact management", "Strategy, performance and resources"],
                 "body": [
                     "Humberside Police introduced Right Care, Right Person (RCRP) after "
                     "agreeing a joint plan with the four local authorities, the ambulance "
                     "service and the mental health trusts in its area. Call handlers use a "
                     "simple decision-making tool to decide whether the police have a duty to "
                     "respond.",
                     "The force has reduced the number of hours officers spend on "
                     "mental-health-related incidents by more than 1,100 a month. The force "
                     "and its partners review any case where there is disagreement about who "
                     "should respond, and we found no evidence that people were being left "
                     "without help.",
                 ]}),
        ("h1", "Police custody"),
        ("p", "Custody is a stressful environment, and detainees with mental health needs are "
              "at particular risk of harm. Liaison and diversion (L&D) services operate in "
              "every custody suite in England, but we found their coverage outside office "
              "hours was patchy."),
        ("box", {"kind": "good", "title": "Liaison and diversion screening for every detainee",
                 "force_line": "Avon and Somerset Constabulary",
                 "forces": ["Avon and Somerset Constabulary"],
                 "area": "Custody and criminal justice",
                 "also": ["Vulnerability and mental health"],
                 "body": [
                     "In the force's custody suites, L&D practitioners screen every detainee "
                     "brought into custody between 7am and 10pm, rather than relying on a "
                     "referral from the custody sergeant. The practitioner records the "
                     "outcome of the screening on the custody record, and a summary goes to "
                     "the Crown Prosecution Service with the case file.",
                     "Custody sergeants told us that the screening often identified needs "
                     "that the detainee had not disclosed during the risk assessment. It also "
                     "made sure that an appropriate adult was called when one was needed.",
                 ]}),
        ("p", "We were concerned that the need for an appropriate adult was not always "
              "identified. In 14 of the 40 custody records we examined, there were indicators "
              "of a mental disorder but no appropriate adult had been called."),
        ("decoy", {"kind": "Recommendation",
                   "body": ["Chief constables should make sure that custody staff identify "
                            "detainees who need an appropriate adult and that the reasons for "
                            "decisions are recorded."]}),
        ("box", {"kind": "good", "title": "Health-based support on release from custody",
                 "forces": ["Nottinghamshire Police"],
                 "area": "Custody and criminal justice",
                 "also": ["Vulnerability and mental health", "Offender management"],
                 "body": [
                     "Nottinghamshire Police has worked with its healthcare provider to "
                     "introduce a pre-release plan for vulnerable detainees. Before release, "
                     "a custody nurse reviews the detainee's risks and, where needed:",
                     ["books an appointment with the person's GP or community mental health "
                      "team;",
                      "arranges transport home or to a place of safety; and",
                      "notifies the person's probation practitioner if they are under "
                      "supervision."],
                 ]}),
        ("h1", "Probation supervision"),
        ("p", "Mental health treatment requirements (MHTRs) allow courts to require a person "
              "to receive treatment as part of a community sentence. They remain under-used."),
        ("box", {"kind": "good", "title": "",
                 "forces": ["Kent Police"],
                 "area": "Offender management",
                 "also": ["Vulnerability and mental health", "Custody and criminal justice"],
                 "body": [
                     "In Kent, the integrated offender management (IOM) team, made up of "
                     "Kent Police officers and probation practitioners, works with a "
                     "clinical psychologist funded by the NHS. The psychologist assesses "
                     "people managed by the IOM team who have a history of mental ill-health "
                     "and advises on supervision plans.",
                     "The team has used this approach to support proposals for MHTRs at "
                     "court. Practitioners told us that people on the scheme were more "
                     "likely to keep their appointments, and proven reoffending among the "
                     "cohort fell over two years.",
                 ]}),
        ("mention", "We saw notable practice in one probation region's use of trauma-informed "
                    "supervision, which we will examine further in a future inspection.",
         "We saw notable practice in one probation region's use of trauma-informed"),
        ("h1", "Recommendations"),
        ("p", "Our recommendations are addressed to chief constables, the Probation Service, "
              "NHS England and integrated care boards. They are designed to make sure that "
              "information about a person's mental health needs follows them through the "
              "system."),
        ("ul", ["Forces and health partners should agree how mental health information is "
                "shared from first contact through to custody.",
                "The Probation Service should make sure that pre-sentence reports take account "
                "of the L&D assessment.",
                "Integrated care boards should review the availability of L&D services "
                "outside office hours."]),
    ],
}
