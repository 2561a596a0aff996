"""Reminders: each lead's open and overdue reviews, as one e-mail a lead.

``reminder_mails`` builds the messages as plain data (so ``remind --dry-run`` can show
exactly what would go); ``mail.send`` sends them through the force's mail server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from practicedb.reviews.leads import Leads
from practicedb.reviews.mail import Mail
from practicedb.reviews.records import list_reviews


@dataclass
class Reminders:
    mails: list[Mail] = field(default_factory=list)
    no_email: list[str] = field(default_factory=list)  # areas with open reviews, no address


def _line(row: dict) -> str:
    due = f", due {row['due']}" if row.get("due") else ""
    late = f" — OVERDUE: {row['overdue']}" if row["overdue"] else ""
    return f"- {row['title']} ({row['practice_id']}): {row['status']}{due}{late}"


def reminder_mails(db: sqlite_utils.Database, leads: Leads, *, today: date,
                   board: str = "the board") -> Reminders:
    """One mail per lead with an e-mail address: their open reviews, overdue ones first."""
    by_email: dict[str, list[dict]] = {}
    out = Reminders()
    for row in list_reviews(db, today=today, leads=leads):
        lead = leads.by_area.get(row["area"] or "")
        if lead is None or not lead.email:
            if row["area"] not in out.no_email:
                out.no_email.append(row["area"] or "Unclassified")
            continue
        by_email.setdefault(lead.email, []).append(row)
    for email, rows in by_email.items():
        rows.sort(key=lambda r: (not r["overdue"], r["area"], r["title"]))
        late = sum(bool(r["overdue"]) for r in rows)
        name = leads.by_area[rows[0]["area"]].name or "colleague"
        parts = [f"Dear {name},", "",
                 f"You have {len(rows)} open benchmarking review{'s' if len(rows) != 1 else ''}"
                 f" of HMICFRS practice, {late} overdue, as at {today:%-d %b %Y}.", ""]
        for area in dict.fromkeys(r["area"] for r in rows):
            parts.append(f"{area}:")
            parts.extend(_line(r) for r in rows if r["area"] == area)
            parts.append("")
        parts += ["Record your conclusion with 'practicedb assess ID --status STATUS', or in "
                  "the register spreadsheet (practicedb export-register, then "
                  "import-register).", "", f"Sent by practicedb for {board}."]
        subject = (f"{late} overdue and {len(rows) - late} open practice reviews"
                   if late else f"{len(rows)} open practice review{'s' if len(rows) != 1 else ''}")
        out.mails.append(Mail(to=email, subject=f"Benchmarking reminder: {subject}",
                              body="\n".join(parts)))
    return out
