"""Writes answers.json for the web-page held-out set (hand-written key, not derived from the pages)."""
import json
import os

P = "\n\n"
def B(*items):
    return "\n".join("• " + i for i in items)

def pr(kind, title, forces, section, areas, body):
    return {"kind": kind, "title": title, "forces": forces, "page_start": None, "page_end": None,
            "section": section, "primary_area": areas[0], "areas": areas, "body": body, "whole_words": []}

CH = ["Cheshire Constabulary"]
reports = []

reports.append({
 "file": "peel-2024-cheshire.html",
 "title": "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Cheshire Constabulary",
 "type": "peel", "forces": CH, "published": "2024-06-14", "page_count": None,
 "practices": [
  pr("innovative", "Live video triage for people reporting a crime", CH, "Responding to the public",
     ["Contact management", "Digital, data and technology", "Victim care"],
     "Since April 2023, people who call 101 to report a burglary, a theft from a vehicle or criminal damage have been offered a video call with an officer in the force’s resolution centre instead of waiting for a visit. The caller is sent a link by text message and can show the officer the scene, the damage and any CCTV on their own phone."
     + P + "The officer records the crime, arranges a forensic visit where it is needed and agrees a time for an update. In its first year the resolution centre held 11,480 video calls, and victims waited an average of 47 minutes for contact rather than the 19 hours they had waited for an appointment before."),
  pr("promising", "", CH, "Investigating crime", ["Investigations", "Victim care"],
     "Every investigation allocated to a neighbourhood or response officer is reviewed by a sergeant within 72 hours. The sergeant uses a short checklist that asks whether the officer has:"
     + P + B("secured CCTV and other evidence that could be lost;",
             "recorded the victim’s wishes and their needs under the Victims’ Code;",
             "identified any suspect and set a date for arrest or interview; and",
             "considered whether another agency needs to be told.")
     + P + "In the six months after the review was introduced, the proportion of investigations closed with no suspect identified fell from 61 to 54 percent."),
  pr("innovative", "Domestic abuse bail alerts sent to victims by text message", CH, "Protecting vulnerable people",
     ["Domestic abuse, VAWG and sexual offences", "Victim care", "Custody and criminal justice"],
     "When a suspect in a domestic abuse case is released on bail, the custody system sends the victim an automatic text message with the bail conditions in plain language and the date the suspect must return. If the conditions change or the suspect is charged, the victim receives a second message."
     + P + "Victims told us they no longer had to chase officers to find out what was happening. Since the alerts began, reported breaches of bail conditions have risen by 22 percent, which the force believes is because victims now know what the conditions are."),
  pr("promising", "Peer supporters for staff in the control room", CH, "Building, supporting and protecting the workforce",
     ["Workforce and wellbeing", "Contact management"],
     "Thirty control room staff have been trained as peer supporters. After a call involving a death, a child at risk or a threat of suicide, a peer supporter speaks to the call handler before the end of the shift and offers a referral to occupational health."
     + P + "Sickness absence in the control room fell from 6.8 to 4.9 percent in the year after the scheme began."),
 ],
 "decoys": [
  "We found promising practice in how the force reviews investigations",
  "The force should make sure that it answers non-emergency calls promptly",
  "The force does not always carry out a timely risk assessment",
  "Innovative practice in neighbourhood policing: a review of force approaches",
 ]})

reports.append({
 "file": "thematic-2025-rural-crime.html",
 "title": "Out of sight: an inspection of how police forces tackle rural and wildlife crime",
 "type": "thematic",
 "forces": ["Bedfordshire Police", "Durham Constabulary", "Gloucestershire Constabulary", "South Wales Police"],
 "published": "2025-03-03", "page_count": None,
 "practices": [
  pr("innovative", "Mapping farm thefts with data from machinery trackers", ["Durham Constabulary"], "Understanding the problem",
     ["Neighbourhood policing", "Digital, data and technology"],
     "The force has an agreement with three companies that fit satellite trackers to tractors, quad bikes and trailers. When a tracked vehicle is reported stolen, its route is shared with the force’s rural crime analyst, who adds it to a map of thefts across County Durham and Darlington."
     + P + "The map has shown that most stolen machinery leaves the county on a small number of minor roads, and the force now places automatic number plate recognition cameras on those roads. In 2024 it recovered equipment worth £1.4 million, more than twice the value it recovered in 2022."),
  pr("promising", "", ["South Wales Police"], "Working with rural communities",
     ["Neighbourhood policing", "Victim care"],
     "Rural crime officers hold a surgery at each livestock market in the force area at least once a month. At each surgery they:"
     + P + B("mark equipment and trailers with forensic marking kits;",
             "take reports of crime from people who would not otherwise call the police; and",
             "give advice on securing farm buildings and fuel tanks.")
     + P + "In the first year the officers marked more than 900 items and took 64 crime reports, 41 of which came from victims who had never reported a crime before."),
  pr("promising", "A wildlife crime course taught jointly by two forces", ["Gloucestershire Constabulary", "South Wales Police"],
     "Investigating rural and wildlife crime", ["Investigations", "Workforce and wellbeing"],
     "The two forces run a five-day wildlife crime course together, taught by their own wildlife crime officers, an RSPCA inspector and a specialist prosecutor from the Crown Prosecution Service. The course covers the law on badgers, birds of prey, deer poaching and hare coursing, and ends with a practical exercise at a crime scene."
     + P + "Sixty-two officers have completed the course. Charges for wildlife offences in the two forces rose from 19 in 2022 to 47 in 2024."),
  pr("good", "Kennelling seized dogs to disrupt hare coursing", ["Bedfordshire Police"], "Investigating rural and wildlife crime",
     ["Neighbourhood policing", "Serious and organised crime"],
     "When officers arrest people for hare coursing, they now seize the dogs under the Hunting Act 2004 and keep them in contracted kennels until the case is heard. The force then asks the court to order the offender to pay the kennelling costs."
     + P + "Coursers told officers that losing their dogs for several months was a greater deterrent than a fine. Reports of hare coursing in Bedfordshire fell from 312 in the 2022/23 season to 118 in the 2023/24 season."),
 ],
 "decoys": [
  "In Gloucestershire we saw innovative practice in the way",
  "By September 2025, chief constables should make sure",
  "A farmer in Weardale reported that his quad bike",
  "Promising practice in tackling rural crime: an update on our 2022 findings",
 ]})

NT = ["Nottinghamshire Police"]
reports.append({
 "file": "joint-2025-nottinghamshire-exploitation.html",
 "title": "Joint targeted area inspection of the multi-agency response to children at risk of criminal exploitation in Nottinghamshire",
 "type": "joint", "forces": NT, "published": "2025-01-22", "page_count": None,
 "practices": [
  pr("innovative", "Police analysts placed in the children’s social care front door", NT, "What is working well",
     ["Child protection and exploitation", "Digital, data and technology"],
     "Two Nottinghamshire Police intelligence analysts work in the multi-agency safeguarding hub alongside social workers. When a referral about possible exploitation is received, the analyst checks police systems the same day and produces a short profile of the child’s associates, the places they go missing to and any vehicles seen with them."
     + P + "Social workers said the profiles changed their decisions in about one case in five. The analysts also produce a monthly map of locations linked to exploitation, which is shared with licensing officers and the transport police."),
  pr("notable", "A shared exploitation screening tool used by police, schools and health", NT, "Identifying and responding to exploitation",
     ["Child protection and exploitation"],
     "All agencies in Nottinghamshire use the same short screening tool when they are worried that a child may be being exploited. The tool asks about missing episodes, unexplained money or phones, changes in friendships and school attendance, and gives a score that tells the professional whether to refer."
     + P + "Because every agency uses the same questions, the multi-agency safeguarding hub can compare information quickly, and referrals from schools have risen by 40 percent since the tool was introduced."),
  pr("notable", "Return home interviews by a trusted youth worker", NT, "Identifying and responding to exploitation",
     ["Child protection and exploitation", "Vulnerability and mental health"],
     "Children who go missing three or more times in a quarter are offered a return home interview with the same youth worker each time, rather than whoever is available. The youth worker is based with the police missing persons team and can:"
     + P + B("see the child within 24 hours of their return;",
             "pass information about exploiters to the police straight away; and",
             "stay involved for up to six months after the last missing episode.")
     + P + "Children told inspectors that they were more willing to talk to someone they already knew."),
  pr("good", "Civil orders against adults who exploit children", NT, "Disrupting exploitation",
     ["Child protection and exploitation", "Serious and organised crime"],
     "A dedicated police team applies for slavery and trafficking risk orders and child abduction warning notices against adults who are suspected of exploiting children, even where there is not yet enough evidence to charge them. A local authority solicitor helps the team prepare each application."
     + P + "In the year to September 2024 the team obtained 23 orders and issued 58 notices. Breaches of the orders have led to nine arrests."),
 ],
 "decoys": [
  "Inspectors saw notable practice in the way the police and youth justice service",
  "Strategy meetings are not always held quickly enough",
  "Jay, aged 14, was found in a flat in Mansfield",
  "Notable practice from joint targeted area inspections, 2023 to 2024",
 ]})

LE = ["Leicestershire Police"]
reports.append({
 "file": "peel-2025-leicestershire.html",
 "title": "PEEL 2025: An inspection of Leicestershire Police",
 "type": "peel", "forces": LE, "published": "2025-10-09", "page_count": None,
 "practices": [
  pr("promising", "Call-backs for people waiting for an officer to attend", LE, "Responding to the public",
     ["Contact management", "Response policing"],
     "When an incident graded for a scheduled response has not been attended within four hours, a team of three call handlers telephones the caller. They check whether the situation has changed, update the risk assessment and tell the caller when an officer is likely to arrive."
     + P + "In the three months we looked at, 14 percent of these call-backs led to the incident being upgraded because the caller was now at greater risk."),
  pr("innovative", "Forensic results sent straight to investigators’ phones", LE, "Investigating crime",
     ["Investigations", "Digital, data and technology"],
     "The force’s forensic unit sends the results of fingerprint and DNA comparisons directly to the mobile phone of the officer in the case, instead of by email to a shared inbox. The message includes the suspect’s name and a link to the case file."
     + P + "Officers now act on a forensic identification in an average of two days, compared with nine days before. The number of identifications with no recorded action after 28 days fell from 117 to 12."),
  pr("innovative", "Stalking protection orders sought within 48 hours of a report", LE, "Protecting vulnerable people",
     ["Domestic abuse, VAWG and sexual offences", "Victim care"],
     "A stalking advocate and a detective work together in the public protection unit to review every new report of stalking on the next working day. Where the criteria are met, they apply for an interim stalking protection order within 48 hours. The order can require the suspect to:"
     + P + B("stay away from the victim’s home and place of work;",
             "stop contacting the victim on social media; and",
             "attend a perpetrator programme.")
     + P + "The force obtained 71 orders in 2024, more than any other force of its size."),
  pr("good", "Voluntary attendance interviews booked online", LE, "Managing offenders and suspects",
     ["Custody and criminal justice", "Investigations", "Digital, data and technology"],
     "Suspects who are to be interviewed under caution without arrest are sent a link to book an interview slot at a time that suits them and their solicitor. The booking system tells the investigator and the custody suite, and reminds the suspect the day before."
     + P + "Since the system was introduced, the proportion of suspects who fail to attend a voluntary interview has fallen from 31 to 11 percent."),
  pr("promising", "Reverse mentoring for chief officers", LE, "Leadership and force management",
     ["Workforce and wellbeing", "Fairness and legitimacy"],
     "Each member of the chief officer team is mentored for a year by a constable or member of staff from an under-represented group. The mentors meet their chief officer every month and attend one leadership meeting each quarter."
     + P + "Chief officers told us that the scheme had changed how they approached recruitment and promotion. The force has since changed its promotion process so that candidates are assessed by a panel that includes a member of staff from an under-represented group."),
 ],
 "decoys": [
  "Inspectors noted good practice in how the force manages voluntary interviews",
  "The force should make sure that it attends incidents within the times",
  "The force doesn’t make sure that officers complete a risk assessment",
  "Good practice in responding to stalking and harassment: a follow-up review",
 ]})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "web_holdout", "answers.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"reports": reports}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", out, sum(len(r["practices"]) for r in reports), "practices,", sum(len(r["decoys"]) for r in reports), "decoys")
