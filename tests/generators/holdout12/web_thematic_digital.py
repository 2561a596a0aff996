"""Answer key of a saved web page (the page itself, tests/web_holdout2/, is written by
hand): thematic 2025 "Seeing the evidence" (fictional content).

Markup: an old intranet-style export laid out with nested tables; headings are
<div role="heading" aria-level="2|3|4"> (no <h2>-<h6> in the report body); practices in
<details> accordions (summary "Kind: Title", or summary "Kind" with the title as an
aria-level 4 heading inside, or an untitled one with a force line), in a table box nested in
the layout table, and one frameless practice running from an aria-level 3 kind heading to
the next heading. Decoys: "Area for improvement" and "Recommendations" accordions, a
"Case study" table box, a glossary accordion defining "Innovative practice", an in-text
mention.
"""

CUMBRIA, GMP = "Cumbria Constabulary", "Greater Manchester Police"
LANCS, DURHAM = "Lancashire Constabulary", "Durham Constabulary"
TITLE = "Seeing the evidence: An inspection of how police forces handle digital evidence"



def _practice(kind, title, forces, section, areas, body):
    return {"kind": kind, "title": title, "forces": forces, "page_start": None,
            "page_end": None, "section": section, "primary_area": areas[0], "areas": areas,
            "body": body, "whole_words": []}


KEY = {
    "file": "thematic-2025-digital-evidence.html",
    "title": TITLE,
    "type": "thematic",
    "forces": [CUMBRIA, GMP, LANCS, DURHAM],
    "published": "2025-06-18",
    "page_count": None,
    "practices": [
        _practice("promising", "Phones examined at the station while the victim waits",
                  [CUMBRIA], "Getting evidence from devices",
                  ["Digital, data and technology", "Victim care"],
                  "Each of the force\u2019s four main stations has a kiosk that copies only "
                  "the data an officer needs, such as messages between two people on certain "
                  "dates. The victim stays with the officer while it runs and takes the phone "
                  "home the same day.\n\n"
                  "Officers must complete a short course before using a kiosk, and a digital "
                  "forensic examiner checks a sample of downloads each month."),
        _practice("innovative", "Phones returned to rape victims within a day", [GMP],
                  "Getting evidence from devices",
                  ["Domestic abuse, VAWG and sexual offences", "Digital, data and technology"],
                  "Victims of rape who give their phone to the police are offered a loan "
                  "phone with their contacts and photographs copied onto it, and their own "
                  "phone is returned within 24 hours.\n\n"
                  "Investigators agree with the victim which parts of the phone will be "
                  "looked at, and write this down. Fewer victims withdrew from investigations "
                  "in the year after the change than in the year before."),
        _practice("promising", "A digital evidence champion on every response shift",
                  [LANCS], "Evidence at the scene",
                  ["Investigations", "Response policing"],
                  "One officer on each response shift is trained to secure footage from "
                  "doorbells, shops and buses, and to download it at the scene with a "
                  "tablet.\n\n"
                  "The champion also checks that other officers on the shift have asked for "
                  "footage in every case where it might exist. More cases reached a charge "
                  "in the year after the change."),
        _practice("promising", "", [DURHAM], "Fraud and online crime",
                  ["Fraud and cyber crime"],
                  "When a victim of fraud says that someone was given access to their "
                  "computer, a member of the cyber protect team visits within a week and "
                  "checks the computer for remote access software.\n\n"
                  "They remove what they find, help the victim change their passwords and "
                  "give them a leaflet about the most common scams. Of the 240 computers "
                  "checked in the first year, 61 still had remote access software on them."),
        _practice("innovative", "One link for all the evidence in a case file", [CUMBRIA],
                  "Sharing evidence with prosecutors",
                  ["Custody and criminal justice", "Digital, data and technology"],
                  "Cumbria Constabulary worked with the local Crown Prosecution Service to "
                  "send all the digital evidence in a case through a single secure link, in "
                  "place of discs and memory sticks sent by post.\n\n"
                  "The lawyer can watch footage and read downloads in a browser, and the "
                  "link records who opened each item. The number of files sent back to the "
                  "force for missing evidence halved."),
    ],
    "decoys": [
        "Inspectors found promising practice in how some forces have shortened",
        "Forces should make sure that victims are told how long their",
        "A van was stolen from a driveway in Preston at night.",
        "By December 2025, chief constables should make sure that all digital",
        "An approach that is new to policing and is showing early",
    ],
}
