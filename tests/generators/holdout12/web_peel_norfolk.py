"""Answer key of a saved web page (the page itself, tests/web_holdout2/, is written by
hand): PEEL 2025, Norfolk Constabulary (fictional content).

Markup: a CMS that sets boxes as <figure class="callout"> with the kind in <figcaption>
(alone, or "Kind: Title"), and as <dl> lists: a one-term <dl> whose <dt> is the kind and
whose <dd> holds the text, and a field list (<dt>Type</dt><dd>Promising practice</dd>,
<dt>Title</dt>, <dt>Force</dt>, <dt>What the force did</dt>, <dt>Outcome</dt>). A numbered
list (<ol>) in one box. Decoys: a chart <figure> whose caption names innovative practice,
an "Area for improvement" figure, a "Cause of concern" <dl>, an in-text mention.
"""

FORCE = "Norfolk Constabulary"
TITLE = ("PEEL 2025: Police effectiveness, efficiency and legitimacy \u2013 "
         "An inspection of Norfolk Constabulary")


_F = [FORCE]
KEY = {
    "file": "peel-2025-norfolk.html",
    "title": TITLE,
    "type": "peel",
    "forces": _F,
    "published": "2025-11-20",
    "page_count": None,
    "practices": [
        {"kind": "innovative", "title": "Text updates that victims can answer", "forces": _F,
         "page_start": None, "page_end": None, "section": "Treatment of victims",
         "primary_area": "Victim care", "areas": ["Victim care"],
         "body": "Victims of crime receive a text message whenever something happens in "
                 "their case, such as an arrest, a charge or a decision to close the "
                 "investigation. Unlike the force\u2019s earlier messages, these can be "
                 "answered.\n\n"
                 "A reply goes straight to the officer in the case, who must respond within "
                 "two working days. Victims who need support are offered a referral to the "
                 "victim care service in the same message.\n\n"
                 "In the first year, 11,400 victims received updates and 2,900 replied. The "
                 "share of victims who said they were kept informed rose from 58 percent to "
                 "74 percent.",
         "whole_words": []},
        {"kind": "promising", "title": "A four step start for new investigators", "forces": _F,
         "page_start": None, "page_end": None, "section": "Developing a positive workplace",
         "primary_area": "Workforce and wellbeing",
         "areas": ["Workforce and wellbeing", "Investigations"],
         "body": "Every officer who joins an investigation team follows the same programme "
                 "in their first three months:\n\n"
                 "- Two weeks shadowing an experienced detective.\n"
                 "- A week on the law and procedure of interviewing suspects.\n"
                 "- A caseload that grows from five to fifteen investigations.\n"
                 "- A review with a tutor at the end of each month.\n\n"
                 "New investigators told us that they felt more confident, and fewer of them "
                 "left their teams in their first year.",
         "whole_words": []},
        {"kind": "promising", "title": "An anonymous line for reporting a colleague",
         "forces": _F, "page_start": None, "page_end": None,
         "section": "Building and maintaining an ethical culture",
         "primary_area": "Professional standards and vetting",
         "areas": ["Professional standards and vetting"],
         "body": "The force set up an anonymous online form and phone line for officers and "
                 "staff who are worried about the behaviour of a colleague. Reports go "
                 "straight to the counter-corruption unit, not to the person\u2019s line "
                 "manager.\n\n"
                 "The unit can reply to the person who made the report without knowing who "
                 "they are.\n\n"
                 "Reports rose from 30 a year to 112, and nine officers were dismissed after "
                 "investigations that started with a report to the line.",
         "whole_words": []},
        {"kind": "promising", "title": "", "forces": _F, "page_start": None,
         "page_end": None, "section": "Preventing crime",
         "primary_area": "Neighbourhood policing", "areas": ["Neighbourhood policing"],
         "body": "Officers from each rural team spend one morning a week at the weekly market "
                 "in the largest village on their patch, at a stall shared with the parish "
                 "council.\n\n"
                 "Residents use the stall to report problems they would not phone about, such "
                 "as speeding through the village or fly-tipping in a lay-by. Officers log "
                 "every report and say at the next market what has been done.",
         "whole_words": []},
    ],
    "decoys": [
        "We found innovative practice in the way the force keeps victims",
        "Figure 2: Examples of innovative practice the force shared with other forces",
        "The force should make sure that victims of stalking are given",
        "The force does not always complete vetting checks before new staff",
    ],
}
