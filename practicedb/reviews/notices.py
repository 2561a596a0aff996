"""Tell the leads: after an ingest that added practices (from ``ingest``, ``fetch``,
``follow`` or ``watch``), one e-mail to each lead whose business area gained practices,
listing them. Built as plain ``Mail`` first, so a dry run shows exactly what would go.

A practice counts for the lead of its primary area (whose review it opens). A lead who
leads several areas gets one e-mail covering them all; an area whose lead has no e-mail
address is reported back, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils

from practicedb.reviews.leads import Leads
from practicedb.reviews.mail import Mail, SmtpSettings, send
from practicedb.storage import get_practice


@dataclass
class Notices:
    mails: list[Mail] = field(default_factory=list)
    no_address: list[str] = field(default_factory=list)  # areas that gained practices, no e-mail
    practices: int = 0  # new practices covered


def build_notices(db: sqlite_utils.Database, leads: Leads, practice_ids: Iterable[str]) -> Notices:
    """The e-mails to send for these new practices (withdrawn or unknown ids are skipped)."""
    by_area: dict[str, list[dict]] = {}
    out = Notices()
    for pid in dict.fromkeys(practice_ids):
        p = get_practice(db, pid)
        if p is None or p.get("withdrawn_at"):
            continue
        out.practices += 1
        by_area.setdefault(p["areas"][0] if p["areas"] else "No business area", []).append(p)
    by_address: dict[str, list[tuple[str, list[dict]]]] = {}
    names: dict[str, str] = {}
    for area, items in by_area.items():
        lead = leads.by_area.get(area)
        if lead is None or not lead.email:
            out.no_address.append(area)
            continue
        by_address.setdefault(lead.email, []).append((area, items))
        names[lead.email] = lead.name or lead.role
    for address, groups in by_address.items():
        out.mails.append(_mail(address, names[address], groups, leads.force))
    return out


def _mail(to: str, name: str, groups: list[tuple[str, list[dict]]], force: str) -> Mail:
    count = sum(len(items) for _, items in groups)
    areas = ", ".join(area for area, _ in groups)
    plural = "s" if count != 1 else ""
    lines = [f"Dear {name}," if name else "Hello,", "",
             f"practicedb has read {count} new practice{plural} into "
             f"{force + '’s' if force else 'the'} practice database for {areas}:"]
    for area, items in groups:
        lines += ["", f"{area}:"]
        for p in items:
            where = p["report_title"] + (f" ({p['published']})" if p.get("published") else "")
            forces = ", ".join(p["forces"])
            lines += [f"- {p['kind'].capitalize()} practice: {p['title']}",
                      f"  {forces + ' — ' if forces else ''}{where}",
                      f"  practicedb show {p['id']}"]
    lines += ["", "Each has an open review for you. Record what you conclude with "
              "'practicedb assess ID --status ...'.", "", "— practicedb"]
    return Mail(to=to, subject=f"{count} new practice{plural} for {areas}",
                body="\n".join(lines) + "\n")


def send_notices(notices: Notices, smtp: SmtpSettings) -> int:
    """Send them (MailError, in plain words, if the server cannot be used)."""
    return send(notices.mails, smtp)


def render_dry_run(notices: Notices) -> str:
    """What would be sent, as text for the screen."""
    parts = []
    for mail in notices.mails:
        parts.append(f"To: {mail.to}\nSubject: {mail.subject}\n\n{mail.body}")
    return ("\n" + "-" * 60 + "\n").join(parts)


@dataclass
class Told:
    notices: Notices
    sent: int = 0
    problem: str = ""  # why the leads were not told (no mail server, the server refused)


def tell_leads(db: sqlite_utils.Database, leads: Leads, practice_ids: Iterable[str], *,
               dry_run: bool = False, password: str | None = None) -> Told:
    """Build the notices and, unless a dry run, send them through the settings' mail server.
    Never raises for mail trouble: the reason comes back in ``problem`` (the ingest that
    came before is saved either way)."""
    from practicedb.reviews.mail import MailError

    told = Told(build_notices(db, leads, practice_ids))
    if dry_run or not told.notices.mails:
        return told
    try:
        told.sent = send_notices(told.notices, SmtpSettings.from_db(db, password))
    except MailError as exc:
        told.problem = f"the leads were not told: {exc}"
    return told
