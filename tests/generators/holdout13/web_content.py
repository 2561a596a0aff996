"""Practices of web set 3 (two saved report pages), as the key gives them."""


def _p(kind, title, forces, section, areas, body):
    return {"kind": kind, "title": title, "forces": forces, "section": section,
            "primary_area": areas[0], "areas": areas, "body": body}


W = ["Warwickshire Police"]
WORD = {
    "file": "peel-2025-warwickshire.html",
    "title": "PEEL 2025: Police effectiveness, efficiency and legitimacy – An inspection of Warwickshire Police",
    "type": "peel", "forces": W, "published": "2025-11-27",
}
WORD_PRACTICES = [
    _p("innovative", "A video link for deaf callers", W, "Responding to the public",
       ["Contact management", "Digital, data and technology"], [
        "Deaf people who use British Sign Language can now contact the force control room through a "
        "video relay service at any hour. An interpreter joins the call and signs for the call handler, "
        "so the caller can explain what has happened in their own language.",
        "Since the service began in March 2025 it has taken 312 calls, 27 of them emergencies. The "
        "force asked the county’s deaf community club to test it before it went live."]),
    _p("promising", "Weekly checks on people released under investigation", W, "Investigating crime",
       ["Investigations", "Victim care"], [
        "A sergeant in each investigation hub reviews every suspect who has been released under "
        "investigation for more than 28 days. The review asks three questions:",
        "• is there a plan to finish the investigation;\n• has the victim been told what is happening;\n"
        "• should the suspect be put on bail with conditions instead?",
        "The number of suspects released under investigation for more than six months fell from 190 "
        "to 45 in a year."]),
    _p("promising", "", W, "Protecting vulnerable people",
       ["Vulnerability and mental health", "Response policing"], [
        "A mental health nurse rides with a response officer in Nuneaton and Rugby every evening "
        "from 4pm to midnight. Together they attend calls about people in crisis and can arrange an "
        "assessment at home.",
        "Officers used their powers under section 136 of the Mental Health Act 38 percent less often "
        "in the year after the car started."]),
    _p("promising", "Apprentices from the county’s own estates", W,
       "Building, supporting and protecting the workforce", ["Workforce and wellbeing", "Fairness and legitimacy"], [
        "The force works with two colleges to offer paid police staff apprenticeships to young people "
        "from the areas where trust in the police is lowest. Each apprentice has a mentor and a "
        "guaranteed interview for a permanent post.",
        "Of the first 24 apprentices, 19 have stayed with the force and six have applied to become "
        "police constables."]),
]
WORD_DECOYS = [
    "Innovative practice: A video link for deaf callers",
    "Promising practice: Weekly checks on people released under investigation",
    "We found innovative practice in the way the force has",
    "The force should make sure that it answers non-emergency calls",
    "By June 2026, the force should make sure that every suspect",
]

F = ["Cumbria Constabulary", "Dorset Police", "Kent Police", "Gwent Police"]
MD = {
    "file": "thematic-2025-anti-social-behaviour.html",
    "title": "Every call counts: how the police respond to anti-social behaviour",
    "type": "thematic", "forces": F, "published": "2025-04-10",
}
MD_PRACTICES = [
    _p("innovative", "Mapping repeat calls from the same streets", ["Cumbria Constabulary"],
       "Understanding the problem", ["Neighbourhood policing", "Digital, data and technology"], [
        "The force’s analysts join calls about anti-social behaviour to the same address or street, "
        "even when callers describe the problem differently. Each neighbourhood sergeant receives a "
        "weekly map of the ten places with the most repeat calls.",
        "The sergeant must agree a problem-solving plan for each of them with the council. Repeat "
        "calls from the top ten places fell by 40 percent in six months."]),
    _p("promising", "A single contact for victims of persistent anti-social behaviour", ["Dorset Police"],
       "Supporting victims", ["Victim care", "Neighbourhood policing"], [
        "Every victim who reports anti-social behaviour three times in a month is given the name and "
        "mobile number of one officer, who updates them each week until the problem stops.",
        "Victims we spoke to valued being able to speak to the same person. The force’s surveys show "
        "satisfaction among these victims rose from 52 percent to 79 percent."]),
    _p("promising", "Checks on the wellbeing of the person causing the nuisance", ["Kent Police"],
       "Supporting victims", ["Vulnerability and mental health", "Neighbourhood policing"], [
        "Before a community protection warning is issued, a police community support officer visits "
        "the person it would be given to and asks about their health, drug and alcohol use and "
        "whether anyone is exploiting them.",
        "In a third of the visits the officer found someone who needed help, often a tenant whose flat "
        "had been taken over by drug dealers, and referred them to the right service."]),
    _p("promising", "Call handlers who can book a neighbourhood officer", ["Gwent Police"],
       "Answering the call", ["Contact management", "Neighbourhood policing"], [
        "Call handlers can see the diaries of neighbourhood officers and book a visit while the caller "
        "is still on the line.",
        "Callers are given a date and time before they hang up. Missed appointments fell to fewer than "
        "one in twenty."]),
]
MD_DECOYS = [
    "We found promising practice in how some forces keep victims",
    "I rang them five times and every time I had to",
    "A family in Barrow-in-Furness reported noise and threats from a",
    "Forces don’t always record whether a report of anti-social behaviour",
    "Forces should use the ASB case review more often",
]
