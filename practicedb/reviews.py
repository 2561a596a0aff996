"""Benchmarking records: which lead reviews each practice, what they concluded, and when.

Each practice gets a review per business area that looks at it (at first only its
primary area, opened on ingest). The current state lives in `reviews`; every
change is also appended to `review_history`, which is never updated or deleted,
so the board can see who decided what, and when. Leads come from a TOML file
the force edits (the shipped example is ``data/leads.toml``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

import sqlite_utils

from . import storage

STATUSES = ("new", "under review", "will adopt", "adopted", "already in place", "not applicable")
OPEN_STATUSES = ("new", "under review", "will adopt")  # the lead still has something to do
DEFAULT_NEW_AFTER_DAYS = 60
LEADS_FILE_NAME = "leads.toml"
UNSET = object()  # `due` not given (None means: clear the due date)


class ReviewError(Exception):
    """A review change that cannot be made; the message is plain words for the user."""


class LeadsError(Exception):
    """A leads file that cannot be used; the message names the file and the problem."""


def parse_status(text: str) -> str:
    """'Under-Review', 'under_review' and 'under review' are the same status."""
    wanted = re.sub(r"[\s_-]+", " ", text.strip().lower())
    if wanted in STATUSES:
        return wanted
    raise ReviewError(f"'{text}' is not a review status. The statuses are: {', '.join(STATUSES)}.")


# -- leads ---------------------------------------------------------------------------


@dataclass
class Lead:
    area: str
    name: str = ""
    role: str = ""
    email: str = ""

    @property
    def label(self) -> str:
        """'Name (role)', or whichever of them is given."""
        if self.name and self.role:
            return f"{self.name} ({self.role})"
        return self.name or self.role or self.email

    def matches(self, text: str) -> bool:
        wanted = text.strip().lower()
        return any(wanted in v.lower() for v in (self.name, self.role, self.email) if v)


@dataclass
class Leads:
    """The leads file: who leads each area, the force's name, when `new` becomes overdue."""

    by_area: dict[str, Lead] = field(default_factory=dict)
    force: str = ""
    new_after_days: int = DEFAULT_NEW_AFTER_DAYS
    path: Path | None = None  # None: the shipped example

    @property
    def source(self) -> str:
        return str(self.path) if self.path else "the shipped example (practicedb/data/leads.toml)"

    def label(self, area: str | None) -> str:
        lead = self.by_area.get(area or "")
        return lead.label if lead else ""

    def missing(self, areas: Iterable[str]) -> list[str]:
        """Areas of the taxonomy that have no lead."""
        return [a for a in areas if a not in self.by_area]

    def unknown(self, areas: Iterable[str]) -> list[str]:
        """Areas in the leads file that the taxonomy does not have (probably misspelt)."""
        known = set(areas)
        return [a for a in self.by_area if a not in known]


def find_leads_file(explicit: Path | None = None, cwd: Path | None = None) -> Path | None:
    """--leads FILE (or PRACTICEDB_LEADS), else ./leads.toml, else None for the shipped one."""
    if explicit is not None:
        return explicit
    local = (cwd or Path.cwd()) / LEADS_FILE_NAME
    return local if local.is_file() else None


def shipped_leads_text() -> str:
    return resources.files("practicedb").joinpath("data", LEADS_FILE_NAME).read_text("utf-8")


def load_leads(path: Path | None = None) -> Leads:
    """Read and check a leads file (None: the shipped example). Raises LeadsError."""
    where = str(path) if path else "the shipped leads file"
    try:
        text = path.read_text(encoding="utf-8") if path else shipped_leads_text()
        data = tomllib.loads(text)
    except OSError as exc:
        raise LeadsError(f"Cannot read the leads file {where}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise LeadsError(f"The leads file {where} is not UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LeadsError(f"The leads file {where} is not valid TOML: {exc}.") from exc
    unknown_keys = set(data) - {"force", "new_after_days", "leads"}
    if unknown_keys:
        raise LeadsError(f"The leads file {where} has settings I don't know: "
                         f"{', '.join(sorted(unknown_keys))} (expected force, new_after_days "
                         "and a [leads] table).")
    days = data.get("new_after_days", DEFAULT_NEW_AFTER_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise LeadsError(f"In the leads file {where}, new_after_days must be a whole number of "
                         f"days, 1 or more (it is {days!r}).")
    if not isinstance(data.get("force", ""), str):
        raise LeadsError(f"In the leads file {where}, force must be text in quotes.")
    table = data.get("leads", {})
    if not isinstance(table, dict):
        raise LeadsError(f"In the leads file {where}, leads must be a table: a line [leads] "
                         "followed by one line per business area.")
    leads = Leads(force=data.get("force", "").strip(), new_after_days=days, path=path)
    for area, value in table.items():
        leads.by_area[area] = _lead(where, area, value)
    return leads


def _lead(where: str, area: str, value: object) -> Lead:
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict):
        raise LeadsError(f"In the leads file {where}, the lead for '{area}' must be a name in "
                         'quotes or { name = "...", role = "...", email = "..." }.')
    extra = set(value) - {"name", "role", "email"}
    if extra:
        raise LeadsError(f"In the leads file {where}, the lead for '{area}' has "
                         f"{', '.join(sorted(extra))}; only name, role and email are used.")
    if not all(isinstance(v, str) for v in value.values()):
        raise LeadsError(f"In the leads file {where}, the lead for '{area}': name, role and "
                         "email must be text in quotes.")
    lead = Lead(area, *(value.get(k, "").strip() for k in ("name", "role", "email")))
    if not (lead.name or lead.role):
        raise LeadsError(f"In the leads file {where}, the lead for '{area}' needs a name or a "
                         "role.")
    return lead


# -- recording assessments -------------------------------------------------------------


def practice_reviews(db: sqlite_utils.Database, practice_id: str) -> list[dict]:
    return list(db.query("select * from reviews where practice_id = ? order by opened_at, area",
                         [practice_id]))


def history(db: sqlite_utils.Database, practice_id: str) -> list[dict]:
    """Every change to a practice's reviews, oldest first."""
    return list(db.query("select * from review_history where practice_id = ? order by id",
                         [practice_id]))


def assess(
    db: sqlite_utils.Database,
    practice_id: str,
    *,
    by: str,
    status: str | None = None,
    area: str | None = None,
    note: str | None = None,
    due: object = UNSET,
    at: str | None = None,
) -> dict:
    """Record a lead's conclusion on one practice; returns the history row appended.

    `area` defaults to the practice's only review (else its primary area); a
    review for another area is opened on first use. `due` is YYYY-MM-DD, None
    to clear it, or UNSET to keep it. Raises ReviewError in plain words.
    """
    practice = storage.get_practice(db, practice_id)
    if practice is None:
        raise ReviewError(f"No practice has the id {practice_id!r}. 'practicedb list' and "
                          "'practicedb search' show the ids.")
    status = parse_status(status) if status is not None else None
    note = (note or "").strip() or None
    area = area or _default_area(db, practice)
    at = at or datetime.now(UTC).isoformat(timespec="seconds")
    with db.conn:
        storage.open_review(db, practice_id, area, at=at, by=by)
        current = db.execute("select status, due, note from reviews where practice_id = ? and "
                             "area = ?", [practice_id, area]).fetchone()
        old_status, old_due, old_note = current
        new_status = status or old_status
        new_due = old_due if due is UNSET else due
        if new_status == old_status and new_due == old_due and note is None:
            raise ReviewError(f"Nothing to record for {practice_id} in {area}: it is already "
                              f"'{old_status}'. Give a new --status, a --note or a --due date.")
        db.execute(
            "update reviews set status = ?, due = ?, note = ?, updated_at = ?, updated_by = ? "
            "where practice_id = ? and area = ?",
            [new_status, new_due, note or old_note, at, by, practice_id, area],
        )
        row = {"practice_id": practice_id, "area": area, "at": at, "by": by,
               "from_status": old_status, "to_status": new_status, "from_due": old_due,
               "to_due": new_due, "note": note}
        db["review_history"].insert(row)
    return row


def _default_area(db: sqlite_utils.Database, practice: dict) -> str:
    areas = [r["area"] for r in practice_reviews(db, practice["id"])]
    primary = (practice["areas"] or [None])[0]
    if len(areas) == 1:
        return areas[0]
    if primary and (not areas or primary in areas):
        return primary
    if not areas:
        raise ReviewError(f"{practice['id']} has no business area; give one with --area.")
    raise ReviewError(f"{practice['id']} is reviewed in more than one business area "
                      f"({'; '.join(areas)}); say which with --area.")


# -- what is open and what is overdue ---------------------------------------------------------


def overdue_reason(review: dict, today: date, new_after_days: int) -> str:
    """Why an open review is overdue ('' if it is not): past its due date, or `new` too long."""
    if review["status"] not in OPEN_STATUSES:
        return ""
    if review.get("due") and review["due"] < today.isoformat():
        days = (today - date.fromisoformat(review["due"])).days
        return f"due {review['due']} ({days} day{'s' if days != 1 else ''} ago)"
    opened = review.get("opened_at")
    if review["status"] == "new" and opened:
        days = (today - date.fromisoformat(opened[:10])).days
        if days > new_after_days:
            return f"still new after {days} days"
    return ""


_REGISTER_SQL = """
select p.id as practice_id, p.title, p.kind, p.forces, p.page_start, p.page_end,
       p.primary_area, p.first_seen, p.withdrawn_at, r.title as report_title,
       r.published, r.file_name as source_file,
       coalesce(v.area, p.primary_area) as area, coalesce(v.status, 'new') as status,
       v.due, v.note, coalesce(v.opened_at, p.first_seen) as opened_at, v.updated_at,
       v.updated_by
from practices p join reports r on r.id = p.report_id
left join reviews v on v.practice_id = p.id
"""


def list_reviews(
    db: sqlite_utils.Database,
    *,
    today: date | None = None,
    leads: Leads | None = None,
    areas: Iterable[str] = (),
    lead: str | None = None,
    statuses: Iterable[str] | None = OPEN_STATUSES,
    overdue_only: bool = False,
    include_withdrawn: bool = False,
    new_after_days: int | None = None,
) -> list[dict]:
    """Reviews (one per practice and area) with their lead and overdue reason, by area.

    `statuses=None` means every status; the default is the open ones.
    """
    import json

    today = today or date.today()
    leads = leads or Leads()
    days = new_after_days or leads.new_after_days
    areas, statuses = set(areas), set(statuses) if statuses is not None else None
    where = "" if include_withdrawn else " where p.withdrawn_at is null"
    rows = []
    for row in db.query(_REGISTER_SQL + where + " order by r.published desc, p.seq, v.area"):
        if areas and row["area"] not in areas:
            continue
        if statuses is not None and row["status"] not in statuses:
            continue
        lead_obj = leads.by_area.get(row["area"] or "")
        if lead and not (lead_obj and lead_obj.matches(lead)):
            continue
        row["forces"] = json.loads(row["forces"] or "[]")
        row["lead"] = lead_obj.label if lead_obj else ""
        row["lead_email"] = lead_obj.email if lead_obj else ""
        row["overdue"] = overdue_reason(row, today, days)
        if overdue_only and not row["overdue"]:
            continue
        rows.append(row)
    return rows


# -- the register, for people who live in Excel ----------------------------------------------

REGISTER_COLUMNS = (  # (header, key, column width in characters)
    ("Practice ID", "practice_id", 14), ("Practice", "title", 48), ("Kind", "kind", 11),
    ("Force(s)", "forces", 24), ("Report", "report_title", 40), ("Published", "published", 11),
    ("Page", "page_start", 6), ("Business area", "area", 26), ("Lead", "lead", 30),
    ("Status", "status", 16), ("Due date", "due", 11), ("Latest note", "note", 50),
    ("Last updated", "updated_at", 17), ("Updated by", "updated_by", 16),
    ("Overdue", "overdue", 22), ("Withdrawn", "withdrawn_at", 12),
)


def lead_rows(db: sqlite_utils.Database | None, leads: Leads, areas: list[str], *,
              today: date) -> list[dict]:
    """One row an area (taxonomy order, then areas only reviews name): its lead and how
    many reviews are open and overdue. `db` None means no database yet: all zero."""
    counts: dict[str, list[int]] = {a: [0, 0] for a in areas}
    for row in list_reviews(db, today=today, leads=leads) if db is not None else []:
        count = counts.setdefault(row["area"], [0, 0])
        count[0] += 1
        count[1] += bool(row["overdue"])
    rows = []
    for area, (open_, overdue) in counts.items():
        lead = leads.by_area.get(area)
        rows.append({"area": area, "name": lead.name if lead else "",
                     "role": lead.role if lead else "", "email": lead.email if lead else "",
                     "open": open_, "overdue": overdue})
    return rows


def _cell(row: dict, key: str) -> object:
    value = row.get(key)
    if isinstance(value, list):
        return "; ".join(value)
    if key in ("updated_at", "withdrawn_at") and value:
        return value[:16].replace("T", " ") if key == "updated_at" else value[:10]
    return "" if value is None else value


def write_register_csv(rows: Iterable[dict], fh) -> int:  # type: ignore[no-untyped-def]
    """One row per practice and area. Open `fh` with encoding 'utf-8-sig' and newline=''."""
    import csv

    writer = csv.writer(fh)
    writer.writerow([h for h, _, _ in REGISTER_COLUMNS])
    count = 0
    for row in rows:
        writer.writerow([_cell(row, key) for _, key, _ in REGISTER_COLUMNS])
        count += 1
    return count


def write_register_xlsx(rows: Iterable[dict], path: Path, today: date | None = None) -> int:
    """An Excel workbook: bold frozen header, filters, wrapped text, readable widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Practice register"
    sheet.append([h for h, _, _ in REGISTER_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    count = 0
    for row in rows:
        sheet.append([_cell(row, key) for _, key, _ in REGISTER_COLUMNS])
        count += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            cell.alignment = wrap
    for i, (_, _, width) in enumerate(REGISTER_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "B2"  # header row and the ID column stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(REGISTER_COLUMNS))}{count + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1  # one page wide, as many pages tall as it takes;
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores both
    book.properties.title = f"HMICFRS practice register {(today or date.today()).isoformat()}"
    book.save(path)
    return count
