"""Held-out report 7: thematic, WeasyPrint, mixed box styles: a half-width box floated right
with text wrapping round it (letter-spaced capital heading), a box with horizontal rules only
("Innovative practice example"), a two-column section with a box spanning both columns
(inline SVG icon before the heading) and an untitled tinted box running from one column into
the next, a "Case study" box in the practice style, a glossary with definitions of the kinds
of practice. No running header or footer; no PDF metadata title."""

HE = "Hertfordshire Constabulary"
CL = "Cleveland Police"
GL = "Gloucestershire Constabulary"
DC = "Devon and Cornwall Police"
DO = "Dorset Police"

REPORT = {
    "file": "thematic-2023-workforce-wellbeing.pdf",
    "producer": "weasyprint",
    "style": "mixed",
    "title": "Running on empty: an inspection of how police forces support the wellbeing of "
             "their workforce",
    "meta_title": "",
    "type": "thematic",
    "forces": [HE, CL, DC, GL, DO],
    "published": "2023-07-03",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Running on empty",
                  "An inspection of how police forces support the wellbeing of their officers "
                  "and staff"],
        "date": "Publication date: 3 July 2023",
        "fieldwork": "Fieldwork: October 2022 to February 2023 in seven forces",
    },
    "contents": False,
    "columns": ["Support for officers and staff"],
    "blocks": [
        ("h1", "Summary"),
        ("p", "Policing is demanding work. Officers and staff deal with violence, death and "
              "human misery as part of their everyday jobs, often on long shifts and with "
              "little time to recover. Over the past three years, the number of days lost to "
              "psychological ill health in the police service has risen sharply, and more "
              "officers are leaving in their first years of service."),
        ("p", "We inspected seven forces to find out how well they understand and support the "
              "wellbeing of their workforce. We found that every force had a wellbeing strategy "
              "and that most had invested in occupational health. But in too many forces, "
              "support depended on the interest of individual supervisors, and the forces "
              "could not show that what they were doing was making a difference."),
        ("h1", "Understanding the wellbeing of the workforce"),
        ("box", {
            "kind": "promising", "label": "PROMISING PRACTICE",
            "title": "Fatigue-aware rostering",
            "forces": [HE], "force_line": HE,
            "variant": "float caps",
            "areas": ["Workforce and wellbeing", "Strategy, performance and resources"],
            "body": [
                "The force's resource management unit uses a fatigue risk index to check every "
                "proposed change to a shift pattern. When a supervisor asks an officer to work "
                "overtime, extend a shift or change a rest day, the duty system calculates the "
                "officer's fatigue score and warns the supervisor if it is too high.",
                "Supervisors can still approve the change, but they must record why. The unit "
                "reviews these decisions every month, and the number of officers working more "
                "than 60 hours in a week has fallen by a third.",
            ],
        }),
        ("p", "Forces need to know how their people are. The best forces we inspected used a "
              "range of information to build this picture: sickness and absence records, the "
              "results of staff surveys, referrals to occupational health, the number of "
              "officers on restricted duties, overtime and rest days owed, and the reasons "
              "people gave when they left."),
        ("p", "But most forces looked at this information separately. Only two of the seven "
              "forces brought it together in a single report that senior leaders reviewed "
              "regularly, and only one could break it down by team, so that it could see where "
              "problems were building up. Several forces told us that they knew fatigue was a "
              "problem, but none of them could tell us how many of their officers were working "
              "excessive hours."),
        ("p", "In the forces we visited, response and investigation teams were carrying the "
              "heaviest load. Many officers told us they regularly worked past the end of their "
              "shift because there was nobody to hand over to, and that they were often asked "
              "to give up rest days at short notice. Rest days that had been cancelled were not "
              "always re-rostered within the time allowed."),
        ("p", "Supervisors are central to wellbeing, but many sergeants told us that they had "
              "not been trained to have conversations about mental health, and that they did "
              "not have time to hold regular one-to-one meetings with their teams."),
        ("p", "Forces had also started to measure the effect of their wellbeing work. The most "
              "common measure was sickness absence, which is easy to count but tells a force "
              "little about the causes of ill health. Only three forces had set out what they "
              "expected their wellbeing services to achieve, and only one had asked an "
              "independent body to evaluate them."),
        ("p", "Many forces have signed up to the Blue Light Wellbeing Framework and use its "
              "self-assessment each year. Those that used it well had turned its findings into "
              "a small number of clear actions, each owned by a senior leader. Others had "
              "completed the assessment but could not tell us what had changed as a result."),
        ("h2", "Wellbeing in specialist roles"),
        ("p", "Some roles carry a higher risk of psychological harm than others. They include "
              "child abuse investigation, family liaison, collision investigation, firearms and "
              "control room work. Most forces had identified these roles, and several offered "
              "their officers and staff regular psychological screening. But screening was "
              "often voluntary and take-up was low, and in some forces nobody checked whether "
              "people who had been screened had been given the support that was recommended."),
        ("p", "Officers in these roles told us that they valued support that was built into how "
              "their team worked more than support that they had to ask for."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice example",
            "title": "Welfare checks for investigators of online child abuse",
            "forces": [CL], "force_line": CL,
            "variant": "rules",
            "areas": ["Workforce and wellbeing", "Child protection and exploitation"],
            "body": [
                "Officers and staff in the force's online child abuse investigation team have "
                "a confidential session with a clinical psychologist every three months, and "
                "a fuller assessment every year. The psychologist also meets the team's "
                "managers, without naming individuals, to tell them about any patterns that "
                "concern them, such as the amount of imagery that people are grading in a day.",
                "As a result, the team has changed how it works. Nobody now grades images for "
                "more than two hours without a break, and new members of the team are "
                "introduced to the most distressing material gradually. Sickness absence in the "
                "team is now lower than the force average.",
            ],
        }),
        ("break",),
        ("h1", "Support for officers and staff"),
        ("p", "All the forces we inspected had an occupational health unit, and most offered "
              "counselling, physiotherapy and a confidential helpline. But waiting times for "
              "occupational health appointments ranged from a few days to more than ten weeks, "
              "and some people told us that they had paid for treatment themselves."),
        ("p", "We also heard about the effect of the menopause on women in the workforce, many "
              "of whom had considered leaving. Several forces had a menopause policy, but only "
              "a few had made practical changes."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice",
            "title": "",
            "forces": [DC], "force_line": None,
            "variant": "col",
            "areas": ["Workforce and wellbeing", "Fairness and legitimacy"],
            "body": [
                "Devon and Cornwall Police has worked with its uniform supplier to provide "
                "lighter shirts and trousers made from breathable fabric, which any officer can "
                "order. Officers who are affected by the menopause can also ask to switch "
                "temporarily to shifts that do not include nights, without having to give a "
                "medical reason or go through occupational health.",
                "Each station has a named menopause champion. The force's sickness records now "
                "show whether an absence was related to the menopause, and in the year after "
                "the changes the number of women aged over 45 who left the force fell.",
            ],
        }),
        ("p", "The cost of living has added to the pressure on the workforce. Several forces "
              "told us that more officers and staff were asking for advances of pay, and "
              "federation representatives described officers who were working extra shifts to "
              "cover their bills."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Help with money worries",
            "forces": [GL], "force_line": GL,
            "variant": "span icon",
            "areas": ["Workforce and wellbeing", "Professional standards and vetting"],
            "body": [
                "The force has trained a group of volunteers from across the organisation as "
                "financial wellbeing champions. They give confidential guidance on budgeting, "
                "debt and benefits, and can refer colleagues to a credit union that offers "
                "low-interest loans repaid straight from their salary.",
                "The force's counter-corruption unit helped to design the scheme, because debt "
                "can make people vulnerable to corruption. Officers who come forward with money "
                "problems are treated as needing support, not as a vetting risk, and the number "
                "of people asking for help has risen steadily.",
            ],
        }),
        ("p", "Most forces had trained peer supporters and used trauma risk management after "
              "serious incidents. But these arrangements were not always well understood, and "
              "police staff in control rooms and investigation teams were less likely to be "
              "offered support than officers who attended the scene."),
        ("p", "Forces have become better at supporting people with long-term health conditions. "
              "Most had reasonable adjustment passports, so that people do not have to explain "
              "their needs again each time they change role or supervisor. But some told us "
              "that they had waited months for equipment, or had been left on restricted duties "
              "with no plan for their return."),
        ("p", "The people we spoke to told us about the effect that a lack of support had had "
              "on them, and on their families."),
        ("box", {
            "kind": "case", "label": "Case study",
            "forces": [], "force_line": None,
            "variant": "col",
            "body": [
                "A response officer with 14 years' service told us that she attended the sudden "
                "deaths of two babies in the same month. She was offered a trauma risk "
                "management assessment after the first, but not after the second, because it "
                "happened on a different team's shift. She was off work for four months and "
                "says that nobody from the force contacted her for the first five weeks.",
            ],
        }),
        ("p", "Every force should be able to show that the support it offers reaches the people "
              "who need it, whatever their role or shift pattern."),
        ("h1", "Leadership and culture"),
        ("p", "Leaders set the tone. In forces where chief officers talked openly about their "
              "own wellbeing, officers and staff were more likely to say that it was acceptable "
              "to ask for help. But in many teams, people still worried that admitting to "
              "stress would count against them when they applied for promotion or for a "
              "specialist role."),
        ("box", {
            "kind": "promising", "label": "Promising practice",
            "title": "Protected reflection time for response teams",
            "forces": [DO], "force_line": DO,
            "variant": "framed glyph",
            "areas": ["Response policing", "Workforce and wellbeing"],
            "body": [
                "Every response team has two hours of protected time every five weeks, during "
                "which officers from another team cover their calls. The sessions are led by the "
                "team's sergeant with support from a trained facilitator. Officers talk about "
                "incidents that have affected them, discuss what went well and what did not, "
                "and agree what the team will do differently.",
                "Officers told us the sessions had helped them to look out for each other, and "
                "sergeants said that they now noticed sooner when someone in the team was "
                "struggling.",
            ],
        }),
        ("p", "We found innovative practice in how two of the forces we visited involved their "
              "staff networks in designing wellbeing services, but neither had evaluated it.",
         "decoy"),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "forces": [], "force_line": None,
            "variant": "rules",
            "body": [
                "By July 2024, chief constables should make sure that they can measure the "
                "wellbeing of their workforce by team and by role, and that they use this "
                "information to target support where it is most needed.",
            ],
        }),
        ("break",),
        ("h1", "Annex A: Glossary"),
        ("p", "Fatigue risk index – a tool that estimates how tired a person is likely to be, "
              "based on the pattern and length of their shifts and the breaks between them."),
        ("p", "Innovative practice – a practice that is new to policing, or new to the area of "
              "policing in which it is used, and that shows early signs of success.", "decoy"),
        ("p", "Occupational health – a service that advises the force and its employees on "
              "health at work, including fitness for duty, adjustments and return to work."),
        ("p", "Promising practice – a practice that a force has shown to be having a positive "
              "effect, but that has not yet been fully evaluated.", "decoy"),
        ("p", "Reasonable adjustment passport – a record, held by the employee, of the changes "
              "to their work that have been agreed because of a health condition or disability."),
        ("p", "Restricted duties – work that an officer does, for a limited time, when they are "
              "not able to carry out all the duties of their role."),
        ("p", "Trauma risk management (TRiM) – a peer-led process for assessing and supporting "
              "people after a potentially traumatic incident."),
    ],
}
