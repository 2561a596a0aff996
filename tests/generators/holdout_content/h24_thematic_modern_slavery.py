"""Held-out set 8, report 24: thematic 2025, police referrals of potential victims of
modern slavery; headless Chromium (box8_render.py, style ``slavery``). Justified box text
hyphenated (soft hyphens, see box8_render); a tab box headed "INNOVATIVE PRACTICE"; a box with
a victim's words in italics and quotation marks, beside a large pull-quote outside the box;
a box with centred title and body whose force line names two forces; a "Case study" box with
a title (not a practice). Decoys: an in-text mention, Recommendation (tab), Case study,
Cause of concern."""

WM = "West Midlands Police"
SY = "South Yorkshire Police"
GM = "Greater Manchester Police"
CB = "Cambridgeshire Constabulary"
BD = "Bedfordshire Police"

REPORT = {
    "file": "thematic-2025-modern-slavery.pdf",
    "producer": "chromium",
    "style": "slavery",
    "hyphenate": True,
    "title": "Seen but not heard: an inspection of how the police identify and refer "
             "potential victims of modern slavery",
    "meta_title": "Seen but not heard – modern slavery referrals",
    "type": "thematic",
    "forces": [WM, SY, GM, CB, BD],
    "published": "2025-10-09",
    "cover": {
        "kicker": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "lines": ["Seen but not heard",
                  "An inspection of how the police identify and refer potential victims "
                  "of modern slavery"],
        "date": "Published: 9 October 2025",
    },
    "blocks": [
        ("h1", "Summary"),
        ("p", "Modern slavery includes forced labour, sexual exploitation, domestic "
              "servitude and forced criminality. Police officers are first responders "
              "under the National Referral Mechanism: when they find a potential victim, "
              "they should refer that person so that the Home Office can decide whether "
              "they are a victim and what support they are entitled to."),
        ("p", "We inspected five forces: West Midlands Police, South Yorkshire Police, "
              "Greater Manchester Police, Cambridgeshire Constabulary and Bedfordshire "
              "Police. We read 150 case files, spoke to 230 officers and staff, and heard "
              "from 19 survivors through two support charities."),
        ("p", "Too many potential victims are still not recognised, and too many referrals "
              "are incomplete. But in two of the forces we visited we found innovative "
              "practice that we would like every force to consider.", "decoy"),
        ("h1", "Recognising the signs"),
        ("p", "Response officers often meet potential victims in ordinary circumstances: "
              "at a car wash, during a cannabis farm raid, or after a road collision "
              "involving a minibus of workers. Most officers we spoke to could name some "
              "indicators of slavery, but few felt confident about what to do next."),
        ("box", {
            "kind": "innovative", "label": "INNOVATIVE PRACTICE", "variant": "tab",
            "title": "Slavery indicator prompts on officers' mobile devices",
            "forces": [WM], "force_line": "West Midlands Police",
            "areas": ["Serious and organised crime", "Response policing"],
            "body": [
                "When an officer records an encounter at a workplace, an address of "
                "multiple occupancy or a vehicle carrying several workers, the mobile "
                "application automatically displays a short series of indicator questions. "
                "The questions concern identity documents, accommodation arrangements, "
                "debts and whether somebody else controls the person's movements.",
                "If the answers suggest exploitation, the application notifies the force's "
                "specialist modern slavery team, which telephones the officer within "
                "fifteen minutes and helps them to complete the referral. In its first "
                "eight months the force's referrals from response officers increased from "
                "37 to 142, and the proportion accepted as reasonable grounds decisions "
                "improved considerably."],
        }),
        ("box", {
            "kind": "rec", "label": "Recommendation", "variant": "tab",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "By April 2026, chief constables should make sure that officers who are "
                "likely to meet potential victims of modern slavery have practical guidance "
                "available at the point of contact, including how to obtain an interpreter "
                "quickly."],
        }),
        ("break",),
        ("h1", "Making the referral"),
        ("p", "A referral is only the start. Survivors told us that the days after they "
              "were found were frightening and confusing, and that they often did not "
              "understand who the people helping them worked for."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "variant": "plain",
            "title": "Referral navigators who stay with the survivor",
            "forces": [SY], "force_line": "South Yorkshire Police",
            "areas": ["Victim care", "Serious and organised crime"],
            "quotes": ["“I thought the police would arrest me because I had no passport. "
                       "Instead the navigator found me somewhere safe to sleep and stayed "
                       "with me while I told my story.”"],
            "body": [
                "The force funds three navigators, employed by a local charity, who meet "
                "every potential victim that officers refer. The navigator explains the "
                "National Referral Mechanism in the person's own language, arranges "
                "emergency accommodation and stays in contact throughout the investigation.",
                "“I thought the police would arrest me because I had no passport. Instead "
                "the navigator found me somewhere safe to sleep and stayed with me while I "
                "told my story.”",
                "Since the navigators started, the proportion of survivors who go missing "
                "before the investigation ends has fallen from about a third to one in "
                "eight, and more survivors have agreed to give evidence against "
                "traffickers."],
            "pullquote": ("“Nobody had ever asked me what I wanted to happen next.”",
                          "Survivor, focus group in Sheffield"),
        }),
        ("p", "In the other forces, survivors were usually passed between several "
              "organisations in the first week, and officers did not always know who was "
              "supporting them."),
        ("box", {
            "kind": "case", "label": "Case study", "variant": "plain",
            "title": "A referral that went nowhere",
            "forces": [], "force_line": None,
            "body": [
                "Officers found a young man sleeping in the storeroom of a takeaway. He said "
                "he worked fourteen hours a day to repay a debt for his journey. The "
                "officers recorded the incident as an immigration matter and made no "
                "referral. Six months later he was arrested at a cannabis farm in another "
                "county, and only then was he recognised as a potential victim."],
        }),
        ("break",),
        ("h1", "Working across boundaries"),
        ("p", "Exploitation rarely stops at a force boundary. Victims are moved between "
              "towns, and the same organised crime groups are often investigated by "
              "several forces at once without any of them knowing."),
        ("box", {
            "kind": "innovative", "label": "Innovative practice", "variant": "centred",
            "title": "A joint modern slavery and exploitation hub",
            "forces": [CB, BD],
            "force_line": "Cambridgeshire Constabulary and Bedfordshire Police",
            "areas": ["Serious and organised crime", "Strategy, performance and resources"],
            "body": [
                "The two forces share a single hub of detectives, analysts and a "
                "Home Office immigration officer. Every referral from either force is "
                "checked against both forces' intelligence systems within a day.",
                "In its first year the hub linked 46 referrals to nine organised crime "
                "groups that neither force had connected before, and six of those groups "
                "have since been disrupted."],
        }),
        ("p", "Custody suites are another place where potential victims are found, "
              "sometimes after they have been arrested for offences they were forced to "
              "commit."),
        ("box", {
            "kind": "promising", "label": "Promising practice", "variant": "plain",
            "title": "Slavery screening for people detained in custody",
            "forces": [GM], "force_line": "Greater Manchester Police",
            "areas": ["Custody and criminal justice", "Vulnerability and mental health"],
            "body": [
                "Custody officers ask every detained adult four screening questions about "
                "work, accommodation, debts and control. When the answers raise concerns, a "
                "specialist officer speaks to the detained person privately before any "
                "interview, and the investigating officer is told that the statutory "
                "defence for victims of slavery may apply.",
                "Over a year the screening identified 118 potential victims, including 31 "
                "people arrested for drug supply offences who were later referred rather "
                "than charged."],
        }),
        ("box", {
            "kind": "coc", "label": "Cause of concern", "variant": "plain",
            "title": "", "forces": [], "force_line": None,
            "body": [
                "Forces do not routinely tell survivors the outcome of their referral or "
                "of the investigation. Survivors are left uncertain about their safety and "
                "their status, and some stop cooperating with the police as a result."],
        }),
        ("break",),
        ("h1", "Conclusion"),
        ("p", "The forces we inspected take modern slavery seriously, and the specialist "
              "officers we met were committed and knowledgeable. The challenge is to make "
              "sure that every officer who meets a potential victim recognises them and "
              "knows what to do."),
        ("p", "We will follow up our recommendations through our PEEL inspections, and we "
              "will share this report with the Independent Anti-Slavery Commissioner and "
              "the Home Office."),
    ],
}
