"""Held-out report 9: older-style thematic (2019), groff -ms -Tpdf (gropdf), Times-Roman
justified 10.5pt with groff's default hyphenation, "Notable practice" boxes: the ms .B1/.B2
box (four stroked lines), a grey box filled with a groff \\D'P' polygon and no border, and a
box marked by a thick left rule drawn with \\D'l'; one heading in fake small caps
("NOTABLE PRACTICE"); a two-column section (.2C, ended by .1C, which starts a new page)
holding an untitled box whose force is named only in its text; running header from page 2 and
a bare centred page number; month-only date "Date of publication: October 2019". The force
line "Hampshire Constabulary" is the force's name in 2019; the key gives today's canonical name."""

HA = "Hampshire and Isle of Wight Constabulary"   # canonical name (since 2022)
HA_2019 = "Hampshire Constabulary"                # the force's name in 2019
GW = "Gwent Police"
CL = "Cleveland Police"
NW = "North Wales Police"

REPORT = {
    "file": "thematic-2019-missing-adults.pdf",
    "producer": "groff",
    "style": "ms",
    "title": "Still missing: an inspection of the police response to adults who go missing",
    "meta_title": "Still missing",
    "type": "thematic",
    "forces": [HA, GW, CL, NW],
    "published": "2019-10",
    "cover": {
        "kicker": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Still missing",
                  "An inspection of the police response to adults who go missing"],
        "date": "Date of publication: October 2019",
    },
    "header": "Still missing: the police response to adults who go missing",
    "contents": False,
    "blocks": [
        ("h1", "Introduction"),
        ("p", "Every year, the police in England and Wales receive more than 150,000 reports "
              "of adults who have gone missing. Most return or are found within a day, often "
              "unharmed. But a missing episode is frequently a sign that something is wrong: "
              "an older person living with dementia who has become disorientated, a young "
              "adult being exploited by criminals, or a person in despair who intends to take "
              "their own life. For the families waiting at home, the hours after someone "
              "disappears are among the most frightening they will ever experience."),
        ("p", "The police are not the only agency with a part to play. Hospitals, care homes, "
              "mental health services, universities and local authorities all have a duty to "
              "look after the people in their care, and many missing episodes could be "
              "prevented by better planning between them. But when an adult goes missing, it "
              "is usually the police who are called, and it is the police who lead the search."),
        ("p", "In this inspection we examined how well eight forces receive reports of missing "
              "adults, assess the risk, search for the people concerned, and work with other "
              "organisations to prevent them from going missing again. We reviewed 410 missing "
              "person records, observed searches and control rooms, and interviewed officers, "
              "staff, partner agencies and 23 families."),
        ("p", "Overall, we found that officers and staff were committed and often went to great "
              "lengths to find people. We found notable practice in several forces, but too "
              "often the quality of the response depended on the experience of the individual "
              "officer rather than on a clear process.", "decoy"),
        ("h1", "Receiving reports and assessing risk"),
        ("p", "The first hour of a missing person enquiry is critical. Call handlers need to "
              "gather enough information to decide how urgently the police should respond, and "
              "the supervisor who sets the level of risk needs to understand the person's "
              "circumstances. We found that the quality of initial information gathering "
              "varied considerably, both between forces and between shifts in the same force."),
        ("p", "In some of the records we reviewed, call handlers had asked a standard list of "
              "questions without exploring the answers. For example, a caller who said that "
              "her husband had been low in mood was not asked whether he had talked about "
              "harming himself, and the risk was assessed as medium rather than high."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Missing person coordinators in the force control room",
            "forces": [HA], "force_line": HA_2019,
            "variant": "b1",
            "areas": ["Contact management", "Vulnerability and mental health"],
            "body": [
                "The force has placed a missing person coordinator in its control room on "
                "every shift between seven in the morning and midnight. Coordinators are "
                "experienced detective constables who have been trained as search advisers. "
                "They listen to every call reporting a missing adult, speak directly to the "
                "informant when the information is incomplete, and recommend a risk level to "
                "the control room inspector.",
                "Coordinators also check the force's records for previous missing episodes, "
                "for warning markers and for contact with mental health services, and they "
                "pass this information to the first officer attending. In the records we "
                "reviewed, risk assessments made with a coordinator's advice were more "
                "thorough and better recorded than those made without it, and families "
                "told us that they had been reassured by speaking to a detective so early.",
            ],
        }),
        ("p", "Several forces had adopted the approach described in national guidance of "
              "classifying some adults as absent rather than missing, when there was no "
              "apparent risk. We found that this category was sometimes used for adults "
              "whose circumstances should have caused concern, and that absent cases were not "
              "always reviewed when the person had not returned within the agreed time."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "variant": "b1",
            "body": ["Forces should ensure that every report of an absent adult is reviewed by "
                     "a supervisor at the time agreed when it was recorded, and that the risk "
                     "level is reconsidered whenever new information is received."],
        }),
        ("h1", "Preventing adults from going missing"),
        ("p", "Older people living with dementia make up a large and growing proportion of "
              "missing adults. Many live in care homes, and staff are often the first to notice "
              "that a resident has gone. The speed at which the police receive accurate "
              "information about the person, and about the places they might go, can make the "
              "difference between a short search and a tragedy."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Care home profiles for residents living with dementia",
            "forces": [GW], "force_line": GW,
            "variant": "shade",
            "areas": ["Vulnerability and mental health", "Neighbourhood policing"],
            "body": [
                "Neighbourhood officers in the force visit every registered care home in their "
                "area at least twice a year. With the consent of residents or their families, "
                "they help staff to complete a profile for each resident who is at risk of "
                "going missing. The profile includes:",
                ["a recent photograph and a description of the person's usual clothing;",
                 "places that the person used to live or work, and routes they used to walk;",
                 "medical conditions and medication that would make a long search dangerous; "
                 "and",
                 "the names of relatives and friends who could help to find them."],
                "The profiles are held on the force's command and control system and can be "
                "opened by a call handler as soon as a care home reports that a resident is "
                "missing. Officers told us that the profiles saved them precious time, and the "
                "average length of a search for a care home resident has fallen by almost half.",
            ],
        }),
        ("p", "Mental health services and the police need to share information about patients "
              "who go missing from hospital wards. In most of the forces we inspected, "
              "arrangements for this were in place, but they were often informal and "
              "depended on personal relationships between ward managers and local officers."),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "variant": "shade",
            "body": ["By April 2020, chief constables should agree with their local mental "
                     "health trusts a written protocol for the reporting of patients who go "
                     "missing from inpatient wards, including the information to be provided "
                     "and the circumstances in which staff should search before calling the "
                     "police."],
        }),
        ("h1", "Searching for missing adults and supporting families", "twocol"),
        ("p", "Searches for high-risk missing adults were usually well planned. Trained search "
              "advisers used the national search framework and the behavioural profiles "
              "published by the Centre for Search Research to decide where to look first. "
              "Forces made good use of dogs, the police air service and volunteers from "
              "lowland and mountain rescue teams."),
        ("p", "Investigations into medium-risk cases were less consistent. Enquiries such as "
              "checks of bank accounts and mobile telephones were sometimes delayed for "
              "several days, and responsibility for a case was often handed from shift to "
              "shift without a clear plan."),
        ("box", {
            "kind": "notable", "label": "NOTABLE PRACTICE",
            "title": "",
            "forces": [CL], "force_line": None,
            "variant": "rule smallcaps",
            "areas": ["Investigations", "Digital, data and technology"],
            "body": [
                "Cleveland Police has set up a small missing person investigation unit that "
                "takes responsibility for every case that remains open after 24 hours. The "
                "unit's investigators work alongside an intelligence analyst who can apply "
                "directly for communications and financial data, so that telephone and bank "
                "enquiries are completed within hours rather than days.",
                "The unit keeps a single investigation plan for each person, which is "
                "reviewed by a detective sergeant every morning. Investigators contact the "
                "family at least once a day. Since the unit was established, the number of "
                "long-term missing adults in the force area has reduced, and officers on "
                "response teams told us that they valued being able to hand a case to "
                "specialists who would see it through.",
            ],
        }),
        ("p", "Families told us that they often felt excluded from searches. Some had not been "
              "told who was leading the enquiry, and several had learned of important "
              "developments from social media before hearing from the police."),
        ("box", {
            "kind": "coc", "label": "Cause of concern",
            "variant": "rule",
            "body": ["Families of missing adults are not always kept informed about the "
                     "progress of the search, and in too many cases no officer has been given "
                     "responsibility for supporting them."],
        }),
        ("p", "When a missing adult is found, a prevention interview gives them the chance to "
              "explain why they went missing and what might stop it from happening again. "
              "Interviews of this kind are routine for children, but for adults we found them "
              "to be rare and often brief."),
        ("box", {
            "kind": "notable", "label": "Notable practice",
            "title": "Prevention interviews by an independent charity",
            "forces": [NW], "force_line": NW,
            "variant": "b1",
            "areas": ["Victim care", "Vulnerability and mental health"],
            "body": [
                "The force has commissioned a regional charity to offer an independent "
                "prevention interview to every adult who returns after being reported missing "
                "more than once in a year. The interviews take place within three days of the "
                "person's return, in a place of their choosing, and are carried out by "
                "caseworkers who are not police officers.",
                "With the person's agreement, the caseworker shares what they have learned "
                "with the police and with other agencies, and helps the person to obtain "
                "support with housing, debt or mental health. The force told us that repeat "
                "missing episodes among adults who took part had fallen by a third.",
            ],
        }),
        ("p", "Elsewhere, officers who found a missing adult usually carried out a brief "
              "safe and well check before closing the case. These checks were often recorded "
              "in a single line, and they seldom explored whether the person had been harmed, "
              "exploited or coerced while they were away. Information from the checks was "
              "rarely passed to the agencies best placed to help."),
        ("p", "Few forces analysed their missing person data to understand the places and "
              "institutions from which adults repeatedly went missing. Where this had been "
              "done, it had paid off. One force identified that a small number of supported "
              "housing providers accounted for a fifth of all its reports, and it agreed "
              "improvements with the local authority that commissioned them."),
        ("p", "Forces also need to learn from the cases that end in tragedy. When a missing "
              "adult is found dead, the force should review the response to see whether "
              "anything could have been done differently. We found that these reviews took "
              "place in most forces, but their findings were seldom shared beyond the officers "
              "directly involved, and training had not always been changed as a result."),
        ("h1", "Conclusion"),
        ("p", "The police response to missing adults has improved since our last inspection, "
              "and in every force we visited we met officers and staff who were dedicated to "
              "finding people and bringing them home safely. The best forces have put in place "
              "clear processes, specialist staff and strong partnerships, and their results "
              "show what can be achieved."),
        ("p", "But the response still depends too much on individual commitment rather than "
              "on consistent systems. Forces need to improve the way they assess risk in the "
              "first hours of an enquiry, review cases of absent adults, and support the "
              "families of those who are missing. They should also work with their partner "
              "agencies to understand why adults go missing, so that fewer people do so in the "
              "first place."),
        ("p", "We will continue to examine this area as part of our PEEL inspections, and we "
              "will return to the recommendations in this report when we next review the "
              "police response to vulnerable people."),
    ],
}
