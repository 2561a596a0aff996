"""National thematic on vetting, misconduct and culture: Times-Roman, grey shaded boxes,
footnotes, force names in the text and as a line under the title, 'About this report'."""

REPORT = {
    "file": "thematic-2023-vetting.pdf",
    "title": "An inspection of vetting, misconduct, and misogyny in the police service",
    "type": "thematic",
    "forces": ["Hampshire and Isle of Wight Constabulary", "Leicestershire Police",
               "Durham Constabulary", "Staffordshire Police", "Bedfordshire Police"],
    "published": "2023-03-14",
    "cover_lines": ["A national thematic inspection", "Published on 14 March 2023"],
    "style": {"font": "Times-Roman", "size": 11, "box": "fill", "box_fill": "#ECECEC",
              "accent": "#222222", "header": "Vetting, misconduct and misogyny",
              "footer": "{n}", "cover": "plain", "cover_color": "#222222",
              "margins": (72, 72, 76, 96), "justify": True, "hyphenate": True,
              "contents": False, "pad": 11},
    "front_pages": [{
        "heading": "About this report",
        "paras": [
            "The Home Secretary commissioned this inspection following the murder of Sarah "
            "Everard by a serving police officer. We were asked to assess whether forces' "
            "vetting and counter-corruption arrangements are effective at preventing people "
            "who are unsuitable from joining or remaining in the police service.",
            "We inspected eight forces and reviewed 725 vetting files and 264 misconduct "
            "cases. We also surveyed more than 11,000 officers and staff.",
        ],
    }],
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Public trust in the police depends on the public being confident that officers "
              "and staff are fit to hold their positions. We found that it is still too easy "
              "for the wrong people to join and to stay in the police service.[[fn:For a "
              "definition of vetting levels, see the College of Policing Vetting Code of "
              "Practice, 2017.]]"),
        ("p", "We also found examples of good work. In this report we describe promising "
              "practice where we found it."),
        ("h1", "Vetting"),
        ("p", "Vetting decisions should be recorded clearly and should take account of all "
              "relevant information. In too many of the files we reviewed, applicants with "
              "concerning histories were accepted without any record of the rationale."),
        ("box", {"kind": "promising", "title": "Structured rationales for vetting decisions",
                 "force_line": "Hampshire and Isle of Wight Constabulary",
                 "forces": ["Hampshire and Isle of Wight Constabulary"],
                 "area": "Professional standards and vetting",
                 "body": [
                     "The force's vetting unit uses a structured template for every decision "
                     "where adverse information has been found. The template requires the "
                     "vetting officer to set out the information, the risk it presents, any "
                     "mitigation and the reason for the decision.",
                     "Decisions to grant clearance despite adverse information are reviewed "
                     "by the head of the vetting unit, and a sample is audited each quarter "
                     "by the force's ethics committee. The files we reviewed from this force "
                     "were consistently of a high standard.",
                 ]}),
        ("box", {"kind": "innovative", "title": "Continuous checks against the Police "
                                                "National Database",
                 "forces": ["Leicestershire Police"],
                 "area": "Professional standards and vetting",
                 "also": ["Digital, data and technology"],
                 "body": [
                     "Leicestershire Police has introduced an automated process to check its "
                     "whole workforce against the Police National Database every month. "
                     "Previously, officers were checked only when their vetting clearance was "
                     "renewed, which could be up to ten years later.",
                     "Any new record, for example an officer being named as a suspect in "
                     "another force area, is flagged to the counter-corruption unit. In its "
                     "first year the process identified 14 cases that required "
                     "investigation.",
                 ]}),
        ("decoy", {"kind": "Recommendation",
                   "body": ["By October 2023, chief constables should make sure that vetting "
                            "decisions that are made despite adverse information are recorded "
                            "with a full rationale."]}),
        ("h1", "Misconduct and counter-corruption"),
        ("p", "Counter-corruption units should gather intelligence proactively. Most forces "
              "we inspected relied on reports from colleagues.[[fn:Counter-corruption units "
              "were previously known in some forces as anti-corruption units.]]"),
        ("box", {"kind": "promising", "title": "An anonymous reporting line run with "
                                               "Crimestoppers",
                 "force_line": "Durham Constabulary", "forces": ["Durham Constabulary"],
                 "area": "Professional standards and vetting",
                 "also": ["Workforce and wellbeing"],
                 "body": [
                     "The force has commissioned Crimestoppers to provide an anonymous "
                     "reporting line for officers and staff who want to report wrongdoing by "
                     "colleagues. Reports are passed to the counter-corruption unit without "
                     "any details that could identify the person reporting.",
                     "Reports of sexual misconduct and misogyny increased after the line was "
                     "launched. Members of the workforce told us they trusted the line "
                     "because it was run independently of the force.",
                 ]}),
        ("mention", "We found notable practice in how some forces use their professional "
                    "standards data, but this was not widespread.",
         "We found notable practice in how some forces use their professional standards"),
        ("h1", "Culture and misogyny"),
        ("p", "Many women officers and staff told us they had experienced sexist and "
              "misogynistic behaviour from male colleagues, and that they did not report it "
              "because they did not think anything would happen."),
        ("box", {"kind": "promising", "title": "Active bystander training for every supervisor",
                 "forces": ["Staffordshire Police"],
                 "area": "Workforce and wellbeing",
                 "also": ["Professional standards and vetting",
                          "Fairness and legitimacy"],
                 "body": [
                     "Staffordshire Police has trained all its sergeants, inspectors and "
                     "police staff supervisors in active bystander techniques. The training "
                     "uses scenarios based on real cases and is delivered jointly by a "
                     "professional standards officer and a member of the force's women's "
                     "network.",
                     "Supervisors learn how to challenge inappropriate behaviour in the "
                     "moment, how to support a colleague who has been targeted, and how to "
                     "make a report. The force's staff survey shows an increase in the "
                     "proportion of women who feel confident to report unacceptable "
                     "behaviour.",
                 ]}),
        ("box", {"kind": "promising", "title": "Community panel on recruitment and culture",
                 "force_line": "Bedfordshire Police", "forces": ["Bedfordshire Police"],
                 "area": "Fairness and legitimacy",
                 "also": ["Workforce and wellbeing"],
                 "body": [
                     "The force has established a community panel, with members drawn from "
                     "women's organisations and Black, Asian and minority ethnic "
                     "communities, to scrutinise its recruitment and misconduct processes. "
                     "The panel reviews anonymised misconduct outcomes involving "
                     "discriminatory behaviour and advises on the force's recruitment "
                     "campaigns.",
                     "Panel members told us that the force listened to their challenge. The "
                     "force has changed its assessment centre following the panel's advice, "
                     "and the proportion of recruits from under-represented groups has "
                     "risen.",
                 ]}),
        ("decoy", {"kind": "Area for improvement",
                   "body": ["Forces should make sure that their workforce understands how to "
                            "report misogynistic behaviour and is confident to do so."]}),
        ("h1", "Conclusion"),
        ("p", "We have made 43 recommendations. We will monitor forces' progress and expect "
              "to see significant improvements by the time of our next inspection."),
    ],
}
