"""Held-out report 6: PEEL force report, WeasyPrint, boxes as two-cell tables with the kind
label in a filled left column; contents page (target-counter page numbers); one box split by
hand over a page break with "Innovative practice (continued)"; a box for a joint unit of two
forces; @page running header and "Page n" footer; PDF title differs from the cover."""

F = "Suffolk Constabulary"
NF = "Norfolk Constabulary"

REPORT = {
    "file": "peel-2025-suffolk.pdf",
    "producer": "weasyprint",
    "style": "grid",
    "title": "PEEL 2025–27: An inspection of Suffolk Constabulary",
    "meta_title": "Suffolk Constabulary – PEEL assessment report 2025",
    "type": "peel",
    "forces": [F],
    "published": "2025-11-14",
    "cover": {
        "kicker": "PEEL 2025–27 Police effectiveness, efficiency and legitimacy",
        "lines": ["An inspection of Suffolk Constabulary"],
        "date": "Published 14 November 2025",
        "fieldwork": "Inspection fieldwork: 2 June – 11 July 2025",
    },
    "header": "PEEL 2025–27: Suffolk Constabulary",
    "contents": True,
    "blocks": [
        ("h1", "Overall summary"),
        ("p", "We assessed how well Suffolk Constabulary performs in eight areas of policing. "
              "The force is good at preventing and deterring crime and at managing offenders. "
              "It is adequate at investigating crime, protecting vulnerable people and "
              "responding to the public. It requires improvement at answering non-emergency "
              "calls."),
        ("p", "Suffolk is a largely rural county with two large towns, Ipswich and Lowestoft, "
              "and a long coastline. The force shares many specialist functions with Norfolk "
              "Constabulary, including its major investigation team, its firearms unit and its "
              "protective services command. Since our last inspection, it has recruited more "
              "than 150 new officers, and almost half of its constables now have less than "
              "three years' service."),
        ("p", "The chief constable and her team have a clear understanding of the force's "
              "strengths and weaknesses. They have invested in neighbourhood policing and in "
              "the force's response to fraud, and we saw the benefits of this in several of the "
              "areas we inspected."),
        ("h1", "Responding to the public"),
        ("p", "The force answers emergency calls quickly. In the year to March 2025, it answered "
              "93 percent of 999 calls within ten seconds, which is better than the national "
              "standard. Call handlers use a structured risk assessment and they identify "
              "repeat and vulnerable callers well."),
        ("p", "But too many people who call 101 give up before their call is answered. During "
              "our inspection, the average wait for a non-emergency call was more than eight "
              "minutes, and one in four callers abandoned the call. The force's online reporting "
              "service is well used, but it has not yet reduced the number of calls enough."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "body": ["The force should reduce the time it takes to answer non-emergency calls "
                     "and the number of calls that are abandoned, and it should understand why "
                     "callers are waiting."],
        }),
        ("p", "When an officer needs to attend, the force usually gets there within its target "
              "times in the towns. In the rural west of the county, response times are longer, "
              "and the force keeps victims informed when there will be a delay."),
        ("h1", "Preventing and deterring crime"),
        ("p", "Neighbourhood teams know their communities and are visible in town centres. The "
              "force has a clear plan for tackling antisocial behaviour and works closely with "
              "district councils, housing providers and the county's youth service."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "A county-wide shop theft hub",
            "forces": [F], "force_line": F,
            "areas": ["Investigations", "Neighbourhood policing"],
            "body": [
                "The force has set up a small team of investigators and analysts, based in "
                "Ipswich, who deal with every report of shop theft in the county. Retailers "
                "report offences through an online form that lets them upload CCTV footage and "
                "till records directly. The team links offences committed by the same person "
                "in different towns and builds a single case file against prolific offenders.",
                "Because the hub deals with all shop theft, neighbourhood officers are free to "
                "patrol town centres at the times when most offences happen. In its first nine "
                "months, the hub charged 38 percent more shop theft suspects than the force had "
                "in the same period a year earlier, and retailers told us that they now felt it "
                "was worth reporting crime.",
            ],
        }),
        ("p", "We saw promising practice in the way that neighbourhood teams in Lowestoft use "
              "residents' surveys to choose their priorities, but this had not spread to other "
              "parts of the county.", "decoy"),
        ("p", "The force uses stop and search fairly. It records the grounds for searches well, "
              "and a panel of residents reviews a sample of body-worn video footage every "
              "quarter."),
        ("h1", "Investigating crime"),
        ("p", "Most investigations are allocated to the right teams and are well supervised. "
              "But investigators in the force's crime investigation teams have heavy workloads, "
              "and some of the files we reviewed showed long gaps between actions. Victims were "
              "not always updated in line with the Code of Practice for Victims of Crime."),
        ("p", "The force has a clear understanding of fraud. Its fraud investigation team is "
              "well led, and it has invested in protecting older people, who are the most "
              "frequent victims of courier fraud and doorstep crime in the county."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "A rapid response to doorstep crime against older people",
            "forces": [F], "force_line": F,
            "variant": "continued-2",
            "areas": ["Fraud and cyber crime", "Victim care"],
            "body": [
                "When a call handler takes a report of a rogue trader or a distraction burglary "
                "against a person aged over 70, the call is passed straight to a doorstep crime "
                "car. The car is crewed by a police officer and an officer from Suffolk Trading "
                "Standards, and it is available from eight in the morning until eight at night, "
                "seven days a week.",
                "The crew visits the victim the same day. The police officer deals with the "
                "crime, while the trading standards officer checks any work that has been done "
                "to the victim's home, stops payments where that is still possible and contacts "
                "the victim's bank. Together they:",
                ["record the details of the vehicles and the people involved, so that the "
                 "force's intelligence unit can link offences across the region;",
                 "fit a no-cold-calling sticker and a door chain if the victim wants them;",
                 "refer the victim to the county's fraud victim support service; and",
                 "tell the victim's family or carer, with the victim's agreement."],
                "The force and trading standards review every case together each month. In the "
                "first year, the crews made 61 arrests and recovered more than £180,000 for "
                "victims. Repeat victimisation among the people they visited fell by more than "
                "half, and victims told us that they had felt believed rather than foolish.",
            ],
        }),
        ("p", "The force's digital forensics unit has reduced its backlog of devices waiting "
              "for examination, but investigators still wait too long for the results in some "
              "serious cases."),
        ("h1", "Protecting vulnerable people"),
        ("p", "The force understands the nature and scale of vulnerability in Suffolk. Its "
              "multi-agency safeguarding hub makes timely decisions about referrals, and "
              "officers recognise vulnerability well when they attend incidents."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "A joint team for stalking protection orders",
            "forces": [F, NF], "force_line": f"{F} and {NF}",
            "areas": ["Domestic abuse, VAWG and sexual offences", "Offender management"],
            "body": [
                "The two forces have set up a joint team of three officers and a lawyer to "
                "apply for stalking protection orders. Investigating officers in either force "
                "can refer a case to the team as soon as stalking is identified, and the team "
                "prepares the application, attends court and briefs local officers on the "
                "conditions of the order.",
                "The team also monitors every order. It contacts the victim each month, checks "
                "the perpetrator's compliance with the conditions, and arranges an arrest if "
                "they are breached. Since it was set up, the number of orders granted across "
                "the two counties has risen from 9 to 57 a year.",
            ],
        }),
        ("p", "However, the force does not always identify the risks to children who live in "
              "households where there is domestic abuse. In some of the cases we reviewed, no "
              "referral had been made to children's services, and nobody had checked whether "
              "the child was safe."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "body": ["The force does not make sure that children who live in households where "
                     "domestic abuse is reported are identified and safeguarded. By May 2026, "
                     "it should make sure that officers record and share information about "
                     "these children with partner agencies."],
        }),
        ("h1", "Managing offenders and suspects"),
        ("p", "The force's custody suites are well run, and detainees are treated with respect. "
              "Custody officers assess risk carefully and make good use of the liaison and "
              "diversion service."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Pharmacist checks on detainees' medication",
            "forces": [F], "force_line": F,
            "areas": ["Custody and criminal justice", "Vulnerability and mental health"],
            "body": [
                "A pharmacist from the force's custody healthcare provider works in the Martlesham "
                "custody suite every weekday. The pharmacist checks the GP records of detainees "
                "who say that they take prescribed medication, so that they get the right doses "
                "while they are in custody, and arranges a supply for detainees who are released "
                "late at night.",
                "Healthcare staff told us that the checks had prevented several detainees from "
                "missing doses of medication for epilepsy, diabetes and psychosis, and that "
                "fewer detainees now need to go to hospital.",
            ],
        }),
        ("p", "The force manages registered sex offenders well, and its integrated offender "
              "management scheme focuses on the people who cause the most harm in Suffolk's "
              "communities."),
    ],
}
