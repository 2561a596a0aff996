"""Web set 4: two saved report pages as data, and their HTML.

peel-2025-bedfordshire.html: practices as CSS grid cards (<div class="card">), every kind
and title a <p class="h3"> / <p class="h4"> styled only by class. The missing-children
thematic is an AMP page (<html amp>, <style amp-custom>, <amp-img>) whose practices are
<li> items of an <ol>, two more the rows of a <table> whose <caption> is the kind.
"""

from html import escape

from holdout14.pdf_content import D, P
from holdout14.render import KIND_LABEL as KINDS

BEDS = "Bedfordshire Police"
W1 = {
    "file": "peel-2025-bedfordshire.html", "style": "cards", "type": "peel",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy - An inspection of Bedfordshire Police",
    "forces": [BEDS], "published": "2025-11-27", "date": "27 November 2025",
    "blocks": [
        ("h2", "Responding to the public"),
        ("p", "The force answers emergency calls quickly. We found innovative practice in the way it decides where to place its response cars at the start of each shift."),
        ("cards", [
            P("innovative", "Response cars placed where the demand is predicted", [BEDS],
              "Response policing", ["Response policing", "Strategy, performance and resources"],
              ["Before each shift, the duty inspector sees a map that shows where incidents needing an emergency response are most likely in the next eight hours, based on five years of incident records, the weather and local events.",
               "Cars are parked up in those places between calls. Since the map was introduced, the average time to reach emergency incidents in Luton fell from fourteen minutes to eleven."]),
            D("Area for improvement", "", ["The force should make sure that incidents graded for a priority response are attended within its own target time."]),
        ]),
        ("h2", "Treating the public fairly"),
        ("cards", [
            P("promising", "Young people review stop and search footage", [BEDS],
              "Fairness and legitimacy", ["Fairness and legitimacy"],
              ["A panel of sixteen to twenty-four year olds from Luton and Bedford meets every two months to watch body-worn video of stop and search encounters chosen at random, and tells the officers involved what they saw.",
               "The force changed its training on explaining the grounds for a search after the panel's first year, and complaints about stop and search fell by a quarter."]),
            D("Case study", "A search in a car park", ["Officers stopped two young men in a car park after a report of a man carrying a knife, and found nothing."]),
        ]),
        ("h2", "Preventing crime"),
        ("cards", [
            P("promising", "Youth workers in the emergency department", [BEDS],
              "Serious violence", ["Serious violence", "Child protection and exploitation"],
              ["Youth workers funded by the violence reduction unit are based at the Luton and Dunstable hospital emergency department on Friday and Saturday nights, and talk to every young person admitted with a knife wound or an assault injury.",
               "They stay in touch for up to six months and help the young person leave the group they were involved with. Of the ninety young people they worked with last year, four were admitted again."]),
        ]),
        ("h2", "Investigating crime"),
        ("cards", [
            P("innovative", "", [BEDS], "Fraud and cyber crime", ["Fraud and cyber crime"],
              ["Cyber protect officers visit every small business that reports a ransomware attack or an invoice fraud within two working days, check its backups and passwords, and leave a written plan for the firm's staff.",
               "Businesses that had a visit were much less likely to be attacked again, and the force has given the same talk to more than four hundred firms at chamber of commerce events."]),
        ]),
        ("h2", "Protecting vulnerable people"),
        ("cards", [
            P("promising", "Detainees' own medicine brought to custody", [BEDS],
              "Custody and criminal justice",
              ["Custody and criminal justice", "Vulnerability and mental health"],
              ["When someone arrested takes daily medicine for a mental or physical illness, a detention officer asks a relative or the pharmacy for it and has it brought to the custody suite, where the nurse checks it before it is given.",
               "Detainees now rarely miss a dose, and the number of detainees taken to hospital from custody fell by a third."]),
            D("Recommendation", "", ["By May 2026, the force should make sure that all custody staff complete mental health awareness training."]),
        ]),
        ("related", ["Promising practice in response policing: a review of force approaches",
                     "Innovative practice in fraud prevention: what works for small firms"]),
    ],
}

W2 = {
    "file": "thematic-2024-missing-children.html", "style": "amp", "type": "thematic",
    "title": "Found and safe: an inspection of how the police respond when children go missing",
    "published": "2024-05-16", "date": "16 May 2024",
    "blocks": [
        ("h2", "When a child goes missing"),
        ("p", "Children who go missing are at risk of exploitation and harm. We found promising and innovative practice in all six forces we visited; the lists and the table below describe it."),
        ("ol", [
            P("promising", "The same youth worker at every return interview", ["West Yorkshire Police"],
              "Child protection and exploitation",
              ["Child protection and exploitation", "Victim care"],
              ["When a child comes back after being missing, the return interview is done by the same youth worker every time, and the force and the council's exploitation team read the interview together the next morning.",
               "Children told more to a worker they already knew, and the interviews gave the force the names of eleven adults suspected of exploiting children in a single year."]),
            P("innovative", "Phone location requests made from the control room", ["South Yorkshire Police"],
              "Contact management",
              ["Contact management", "Child protection and exploitation"],
              ["Control room inspectors can ask the mobile network for the location of a high-risk missing child's phone while the call is still being handled, instead of waiting for a detective to be appointed.",
               "The average time to find a child assessed as high risk fell from nine hours to four."]),
            D("Area for improvement", "", ["Forces should make sure that every missing child is given a return interview within three days of being found."]),
        ]),
        ("h2", "Finding children"),
        ("ol", [
            P("promising", "", ["Thames Valley Police"], "Neighbourhood policing",
              ["Neighbourhood policing", "Child protection and exploitation"],
              ["Neighbourhood officers visit the parks, takeaways and flats where missing children are often found, talk to the staff and residents, and give them a number to ring when they see a child who should not be there.",
               "In Slough, reports from these places helped officers find nineteen children within an hour of their being reported missing."]),
            P("promising", "An app for families to report a missing child", ["Lancashire Constabulary"],
              "Digital, data and technology",
              ["Digital, data and technology", "Child protection and exploitation"],
              ["Parents and carers of children who often go missing can use an app to send the force a recent photograph, the child's phone number and the places they usually go, so that the details are ready before the child is next reported missing.",
               "Call handlers said that reports made through the app take half as long, and officers start searching sooner."]),
        ]),
        ("h2", "Working with partners"),
        ("p", "Two forces shared what they learned from missing episodes with partners in a structured way. The table sets out what they did."),
        ("table", "Innovative practice", [
            P("innovative", "Missing episodes linked to county lines passed to the organised crime unit", ["Merseyside Police"],
              "Serious and organised crime",
              ["Serious and organised crime", "Child protection and exploitation"],
              ["When a child is found in another force area with cash, drugs or a second phone, the missing person coordinator sends the details to the organised crime unit the same day.",
               "The unit has used these reports to identify the people running three county lines, and the children were referred as possible victims of modern slavery."]),
            P("innovative", "Parents told what is happening at each stage of the search", ["Northamptonshire Police"],
              "Victim care", ["Victim care", "Child protection and exploitation"],
              ["A family liaison officer is given to the parents of every child assessed as high risk, and rings them every two hours during the search to tell them what has been done and what happens next.",
               "Parents we spoke to said that the calls helped them cope, and they gave officers information about their child's friends sooner."]),
        ]),
        ("h2", "Recommendations"),
        ("recs", ["By December 2024, chief constables should make sure that every missing child assessed as high risk is reviewed by an inspector.",
                  "By March 2025, forces should share the results of return interviews with the local safeguarding partnership."]),
    ],
}

REPORTS = [W1, W2]

CARD_CSS = """body{font:16px/1.5 Arial,sans-serif;margin:0;color:#222}
main{max-width:60rem;margin:auto;padding:1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
.card{border:1px solid #c8c8c8;border-radius:6px;padding:1rem;background:#f8f8fb}
.card--practice{border-top:4px solid #00467f}.card--other{border-top:4px solid #888}
.h3{font-size:1.15rem;font-weight:700;color:#00467f;margin:0 0 .3rem}
.h4{font-size:1rem;font-weight:700;margin:0 0 .5rem}
.card .force{font-size:.9rem;color:#555}.related{margin-top:2rem}"""

AMP_CSS = """body{font-family:Georgia,serif;margin:0 auto;max-width:42rem;padding:1rem}
ol.practices{padding-left:1.5rem}ol.practices li{margin-bottom:1.2rem}
table.practice-table{border-collapse:collapse}table.practice-table td,table.practice-table th{border:1px solid #999;padding:.4rem;vertical-align:top}
caption{font-weight:700;text-align:left;color:#7a1f3d}.kind{display:block;text-transform:uppercase;font:700 .8rem Arial,sans-serif;color:#7a1f3d}
.ptitle{display:block;font-weight:700}.pforce{display:block;font-style:italic}"""


def _paras(body):
    return "".join(f"<p>{escape(t)}</p>" for t in body)


def _label(item):
    return item.get("decoy") or KINDS[item["kind"]]


def _card(item, report):
    cls = "card card--other" if item.get("decoy") else "card card--practice"
    title = f'<p class="h4">{escape(item["title"])}</p>' if item["title"] else ""
    return (f'<div class="{cls}"><p class="h3">{escape(_label(item))}</p>{title}'
            f"{_paras(item['body'])}</div>")


def _li(item):
    title = f'<strong class="ptitle">{escape(item["title"])}</strong>' if item["title"] else ""
    force = (f'<em class="pforce">{escape(", ".join(item["forces"]))}</em>'
             if item.get("forces") else "")
    return (f'<li><span class="kind">{escape(_label(item))}</span>{title}{force}'
            f"{_paras(item['body'])}</li>")


def _logo():
    import base64
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
           '<rect width="120" height="40" fill="#7a1f3d"/></svg>')
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _html(report):
    parts = []
    for b in report["blocks"]:
        if b[0] == "h2":
            parts.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "p":
            parts.append(f"<p>{escape(b[1])}</p>")
        elif b[0] == "cards":
            parts.append('<div class="cards">' + "".join(_card(i, report) for i in b[1])
                         + "</div>")
        elif b[0] == "ol":
            parts.append('<ol class="practices">' + "".join(_li(i) for i in b[1]) + "</ol>")
        elif b[0] == "table":
            rows = "".join(
                f"<tr><td>{escape(', '.join(i['forces']))}</td><td>{escape(i['title'])}</td>"
                f"<td>{_paras(i['body'])}</td></tr>" for i in b[2])
            parts.append(f'<table class="practice-table"><caption>{escape(b[1])}</caption>'
                         "<thead><tr><th>Force</th><th>Practice</th>"
                         f"<th>What the force did</th></tr></thead><tbody>{rows}</tbody></table>")
        elif b[0] == "recs":
            parts.append('<ol class="recs">' + "".join(
                f"<li>{escape(x)}</li>" for x in b[1]) + "</ol>")
        elif b[0] == "related":
            parts.append('<section class="related"><h2>Related publications</h2>'
                         '<div class="cards">' + "".join(
                             f'<div class="card card--link"><p class="h3"><a href="#">'
                             f"{escape(x)}</a></p></div>" for x in b[1]) + "</div></section>")
    body = "".join(parts)
    t = escape(report["title"])
    meta = f'<p class="meta">Published {escape(report["date"])}</p>'
    if report["style"] == "amp":
        return ('<!doctype html><html amp lang="en-GB"><head><meta charset="utf-8">'
                f"<title>{t}</title>"
                '<link rel="canonical" href="https://example.invalid/missing-children/">'
                '<meta name="viewport" content="width=device-width">'
                '<style amp-boilerplate>body{visibility:visible}</style>'
                f"<style amp-custom>{AMP_CSS}</style></head><body>"
                f'<amp-img src="{_logo()}" width="120" height="40" alt="HMICFRS"></amp-img>'
                f"<h1>{t}</h1>{meta}{body}</body></html>\n")
    return ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{t}</title><style>{CARD_CSS}</style></head><body><main>"
            f"<h1>{t}</h1>{meta}{body}</main></body></html>\n")


def _decoys(report):
    out = []
    for b in report["blocks"]:
        if b[0] == "p" and "We found" in b[1]:
            s = b[1][b[1].index("We found"):]
            out.append(" ".join(s.split()[:10]).rstrip(",;"))
        elif b[0] in ("cards", "ol"):
            out += [" ".join(" ".join(i["body"]).split()[:10]) for i in b[1]
                    if i.get("decoy")]
        elif b[0] in ("related", "recs"):
            out += [" ".join(x.split()[:10]) if b[0] == "recs" else x for x in b[1]]
    return out


def _practices(report):
    section, out = "", []
    for b in report["blocks"]:
        if b[0] == "h2":
            section = b[1]
        elif b[0] in ("cards", "ol", "table"):
            for i in b[2] if b[0] == "table" else b[1]:
                if i.get("decoy"):
                    continue
                out.append({"kind": i["kind"], "title": i["title"], "forces": i["forces"],
                            "page_start": None, "page_end": None, "section": section,
                            "primary_area": i["area"], "areas": i["areas"],
                            "body": "\n\n".join(i["body"]), "whole_words": []})
    return out


def build(report, out_dir):
    """Write the page and return its answer-key entry."""
    (out_dir / report["file"]).write_text(_html(report), encoding="utf-8")
    practices = _practices(report)
    forces = report.get("forces") or list(dict.fromkeys(
        f for p in practices for f in p["forces"]))
    return {"file": report["file"], "title": report["title"], "type": report["type"],
            "forces": forces, "published": report["published"], "page_count": None,
            "practices": practices, "decoys": _decoys(report)}
