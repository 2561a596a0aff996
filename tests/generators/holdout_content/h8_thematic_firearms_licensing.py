"""Held-out report 8: older-style thematic (2018), WeasyPrint, Liberation Serif, numbered
paragraphs, "Good practice" boxes: kind heading printed above a bordered box, a 3pt double
border, a dashed border; one untitled box; one box for a joint unit of two forces; italic
running header and a bare page number; generic PDF metadata title."""

WA = "Warwickshire Police"
WM = "West Mercia Police"
CH = "Cheshire Constabulary"
DP = "Dyfed-Powys Police"
TV = "Thames Valley Police"

REPORT = {
    "file": "thematic-2018-firearms-licensing.pdf",
    "producer": "weasyprint",
    "style": "older",
    "title": "Safe hands: an inspection of how the police manage firearms and shotgun licensing",
    "meta_title": "HMICFRS report",
    "type": "thematic",
    "forces": [CH, TV, WA, WM, DP],
    "published": "2018-03",
    "cover": {
        "kicker": "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Safe hands",
                  "An inspection of how the police manage firearms and shotgun licensing"],
        "date": "March 2018",
    },
    "header": "Safe hands: firearms and shotgun licensing",
    "contents": False,
    "blocks": [
        ("h1", "Introduction"),
        ("p", "There are more than 700,000 firearm and shotgun certificates in force in England "
              "and Wales. Most certificate holders are farmers, pest controllers and people who "
              "shoot for sport, and the great majority use their guns lawfully and safely. But "
              "when a certificate is granted to the wrong person, or a change in a holder's "
              "circumstances is missed, the consequences can be fatal."),
        ("p", "Chief officers of police are responsible for deciding who may possess a firearm "
              "or shotgun. Each force has a firearms licensing department, which carries out "
              "enquiries into applicants, visits their homes, and reviews certificates when "
              "new information comes to light."),
        ("p", "In 2017, the Home Secretary asked us to inspect how well forces carry out this "
              "work. We visited eight forces, examined 320 licensing files, and spoke to "
              "licensing managers, enquiry officers, shooting organisations and the families of "
              "people who had been killed with legally held guns."),
        ("h1", "Granting certificates"),
        ("p", "Forces generally carried out the checks required by Home Office guidance. "
              "Applicants were checked against the Police National Computer and local "
              "intelligence systems, their referees were contacted, and an enquiry officer "
              "visited them at home to check their security arrangements and to interview them."),
        ("p", "But the quality of these visits varied. Some enquiry officers had received no "
              "training beyond shadowing a colleague, and in a quarter of the files we examined "
              "there was no record of whether anyone else living at the address had been "
              "spoken to or checked."),
        ("box", {
            "kind": "good", "label": "Good practice",
            "title": "Domestic abuse checks with partner agencies",
            "forces": [CH], "force_line": CH,
            "variant": "double",
            "areas": ["Domestic abuse, VAWG and sexual offences",
                      "Roads and operational support"],
            "body": [
                "Before a certificate is granted or renewed, the licensing department asks the "
                "force's domestic abuse unit and the local multi-agency risk assessment "
                "conference to check whether the applicant, or anyone living with them, is "
                "known to them. The check covers former partners as well as the current "
                "household.",
                "Where concerns are found, an experienced enquiry officer speaks to the partner "
                "privately, away from the applicant. In the year before our inspection, these "
                "checks led to the refusal of 14 applications that would otherwise have been "
                "granted.",
            ],
        }),
        ("p", "Most forces had no clear policy on how to treat information about domestic abuse "
              "that had not led to a conviction. Decision-makers in different forces reached "
              "different conclusions about very similar cases."),
        ("box", {
            "kind": "afi", "label": "Area for improvement",
            "variant": "double",
            "body": ["Forces should make sure that enquiry officers speak to, or otherwise "
                     "check, everyone aged over 18 who lives at an applicant's address before a "
                     "certificate is granted."],
        }),
        ("p", "Applicants are asked to declare any relevant medical conditions, and since 2016 "
              "their GPs have been asked to place a reminder on their records. In many of the "
              "files we examined, however, there was no evidence that the force had followed up "
              "when a GP raised a concern, or when the GP did not reply."),
        ("box", {
            "kind": "good", "label": "Good practice",
            "title": "A medical adviser for licensing decisions",
            "forces": [TV], "force_line": TV,
            "variant": "outside",
            "areas": ["Vulnerability and mental health", "Roads and operational support"],
            "body": [
                "The force has contracted a part-time medical adviser, a retired GP, to advise "
                "the licensing department. When an applicant's GP reports a condition that may "
                "affect their safety with a gun, such as depression, dementia or alcohol misuse, "
                "the adviser speaks to the GP directly and gives the licensing manager a written "
                "opinion.",
                "Licensing staff told us that this had made their decisions quicker and easier "
                "to defend. Applicants have also benefited: in several cases the adviser's "
                "opinion allowed a certificate to be granted with conditions, rather than "
                "refused.",
            ],
        }),
        ("h1", "Monitoring certificate holders"),
        ("p", "A certificate lasts for five years. During that time, a holder's circumstances "
              "can change a great deal. They may lose their job, separate from their partner, "
              "become ill, or come to the attention of the police. Forces need to know about "
              "these changes quickly, so that they can review the certificate and, if "
              "necessary, remove the guns."),
        ("p", "In most forces, this depended on officers who attended incidents noticing that "
              "the person involved held a certificate and telling the licensing department. We "
              "found several cases where this had not happened, including a holder who had "
              "threatened to shoot his neighbour and kept his guns for a further seven months."),
        ("box", {
            "kind": "good", "label": "Good practice",
            "title": "Daily matching of incident logs against certificate holders",
            "forces": [WA, WM], "force_line": f"{WA} and {WM}",
            "variant": "outside",
            "areas": ["Roads and operational support", "Digital, data and technology"],
            "body": [
                "The two forces share a firearms licensing department as part of their strategic "
                "alliance. Every night, the department's system compares the names and addresses "
                "in the previous day's incident logs, custody records and intelligence reports "
                "with the list of certificate holders in both force areas.",
                "Each morning, a supervisor reviews the matches and decides whether any "
                "certificate needs to be reviewed or any guns need to be removed. The supervisor "
                "records the decision on the holder's file. In the first six months, the "
                "matching identified 212 holders who had been involved in incidents, 19 of whom "
                "had their guns removed.",
            ],
        }),
        ("p", "We found some good practice in the way a small number of forces used renewal "
              "visits to give holders advice on storing guns securely, but this was not "
              "consistent.", "decoy"),
        ("p", "Forces with large rural areas face particular difficulties. Enquiry officers can "
              "spend much of their day travelling between remote farms, and backlogs of "
              "renewals build up quickly when officers are absent."),
        ("box", {
            "kind": "good", "label": "Good practice",
            "title": "",
            "forces": [DP], "force_line": None,
            "variant": "dashed",
            "areas": ["Roads and operational support", "Neighbourhood policing"],
            "body": [
                "Dyfed-Powys Police has trained officers from its rural crime team to carry out "
                "renewal visits as part of their regular patrols. The officers already know many "
                "of the farmers and landowners in their areas, and they combine the visits with "
                "crime prevention advice on farm machinery and fuel theft.",
                "The licensing department still makes every decision, and complex cases are "
                "visited by its own enquiry officers. The force has cleared its backlog of "
                "renewals, and holders told us that they welcomed dealing with officers who "
                "understood the countryside.",
            ],
        }),
        ("h1", "Conclusions and recommendations"),
        ("p", "Firearms licensing has for too long been treated as an administrative function. "
              "It is a public protection function, and it needs the same attention from chief "
              "officers as other areas of public protection."),
        ("p", "We saw committed and knowledgeable staff in every force we visited, and some "
              "practice that others could adopt. But we also found inconsistent decisions, "
              "insufficient training, and weak arrangements for learning about changes in "
              "holders' circumstances."),
        ("box", {
            "kind": "rec", "label": "Recommendation",
            "variant": "outside",
            "body": ["By March 2019, chief constables should make sure that their forces have "
                     "systems to identify, every day, certificate holders who come to the "
                     "attention of the police, and that a supervisor reviews each case."],
        }),
            ("p", "We will ask forces to tell us, by September 2018, how they intend to respond to "
              "this recommendation, and we will examine their progress as part of our annual "
              "inspections of police effectiveness."),
        ("h2", "About our methodology"),
        ("p", "In each of the eight forces, we reviewed a random sample of 40 licensing files: "
              "20 grants and renewals, and 20 cases where a certificate had been reviewed, "
              "refused or revoked. We held focus groups with licensing staff and enquiry "
              "officers, interviewed the chief officer responsible for licensing, and observed "
              "home visits. We also consulted national shooting organisations, the Home Office "
              "and the National Police Chiefs' Council lead for firearms licensing."),
    ],
}
