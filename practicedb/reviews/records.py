"""Benchmarking records: which lead reviews each practice, what they concluded, and when.

Each practice gets a review per business area that looks at it (at first only its
primary area, opened on ingest). The current state lives in `reviews`; every
change is also appended to `review_history`, which is never updated or deleted,
so the board can see who decided what, and when.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date

import sqlite_utils

from practicedb import storage
from practicedb.dates import now_iso, sort_key
from practicedb.errors import PracticedbError
from practicedb.reviews.leads import Leads
from practicedb.storage.database import write_transaction
from practicedb.storage.history import append as history_append

STATUSES = ("new", "under review", "will adopt", "adopted", "already in place", "not applicable")
OPEN_STATUSES = ("new", "under review", "will adopt")  # the lead still has something to do
UNSET = object()  # `due` not given (None means: clear the due date)


class ReviewError(PracticedbError):
    """A review change that cannot be made; the message is plain words for the user."""


def parse_status(text: str) -> str:
    """'Under-Review', 'under_review' and 'under review' are the same status."""
    wanted = re.sub(r"[\s_-]+", " ", text.strip().lower())
    if wanted in STATUSES:
        return wanted
    raise ReviewError(f"'{text}' is not a review status. The statuses are: {', '.join(STATUSES)}.")


# -- opening reviews ----------------------------------------------------------------


def open_new_reviews(db: sqlite_utils.Database, report_id: str, *, at: str | None = None) -> int:
    """Open a `new` review for the primary area of each practice of a report that has none,
    if the report was published on or after the reviews-from day (``storage.reviews_from``);
    an older report's practices are the catalogue (a lead can still open a review on one
    with ``assess``). An undated report counts as published the day it is read.

    Runs inside the caller's transaction (see ``pipeline``); returns how many were opened.
    """
    at = at or now_iso()
    report = db.execute("select published from reports where id = ?", [report_id]).fetchone()
    published = sort_key(report[0] if report else None) or at[:10]
    if published < storage.reviews_from(db):
        return 0
    rows = db.execute(
        "select id, primary_area from practices p where report_id = ? and primary_area is not null"
        " and withdrawn_at is null and not exists (select 1 from reviews r"
        " where r.practice_id = p.id) order by seq",
        [report_id],
    ).fetchall()
    return sum(open_review(db, pid, area, at=at) for pid, area in rows)


def open_review(db: sqlite_utils.Database, practice_id: str, area: str, *, at: str | None = None,
                by: str = "practicedb (ingest)") -> bool:
    """Open a `new` review of a practice for one area, unless it has one; True if opened.

    Runs inside the caller's transaction; the opening is the first history row.
    """
    at = at or now_iso()
    cursor = db.execute(
        """insert or ignore into reviews (practice_id, area, status, opened_at, updated_at,
           updated_by) values (?, ?, 'new', ?, ?, ?)""",
        [practice_id, area, at, at, by],
    )
    if not cursor.rowcount:
        return False
    history_append(db, {"practice_id": practice_id, "area": area, "at": at, "by": by,
                        "from_status": None, "to_status": "new"})
    return True


def _in_review_window(db: sqlite_utils.Database, practice_id: str) -> bool:
    """True when the practice's report was published on or after reviews-from (an undated
    one: first read on or after it)."""
    row = db.execute("select r.published, p.first_seen from practices p join reports r on "
                     "r.id = p.report_id where p.id = ?", [practice_id]).fetchone()
    if row is None:
        return False
    return (sort_key(row[0]) or (row[1] or now_iso())[:10]) >= storage.reviews_from(db)


def follow_primary(db: sqlite_utils.Database, practice_id: str, area: str) -> None:
    """After a practice's primary area changed: a review nobody has touched yet (still
    `new`, nothing but its opening in the history) moves with it, so it reaches the
    right lead; a review a lead has worked on stays where it is. A practice with no
    review gets one if its report is within reviews-from (else it stays catalogue)."""
    reviews = db.execute(
        "select area, status from reviews where practice_id = ?", [practice_id]
    ).fetchall()
    if not reviews:
        if _in_review_window(db, practice_id):  # a catalogue practice stays catalogue
            open_review(db, practice_id, area)
        return
    if len(reviews) != 1 or reviews[0][0] == area or reviews[0][1] != "new":
        return
    old = reviews[0][0]
    entries = db.execute(
        "select count(*) from review_history where practice_id = ? and area = ?",
        [practice_id, old],
    ).fetchone()[0]
    if entries > 1:
        return
    now = now_iso()
    db.execute(
        "update reviews set area = ?, updated_at = ?, updated_by = ? "
        "where practice_id = ? and area = ?",
        [area, now, "practicedb (reclassify)", practice_id, old],
    )
    history_append(db, {"practice_id": practice_id, "area": area, "at": now,
                        "by": "practicedb (reclassify)", "from_status": "new", "to_status": "new",
                        "note": f"Moved from {old} when the practice was reclassified"})


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
    status = parse_status(status) if status is not None else None
    note = (note or "").strip() or None
    at = at or now_iso()
    # One transaction holding the write lock from the start: the status it changes from is
    # read inside it, so two people assessing at once are recorded one after the other.
    with write_transaction(db):
        practice = storage.get_practice(db, practice_id)
        if practice is None:
            raise ReviewError(f"No practice has the id {practice_id!r}. 'practicedb list' and "
                              "'practicedb search' show the ids.")
        area = area or _default_area(db, practice)
        open_review(db, practice_id, area, at=at, by=by)
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
        row = history_append(db, row)
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
select p.id as practice_id, p.title, p.body, p.kind, p.forces, p.page_start, p.page_end,
       p.primary_area, p.first_seen, p.withdrawn_at, r.title as report_title,
       r.published, r.file_name as source_file,
       coalesce(v.area, p.primary_area) as area, v.status,
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

    `statuses=None` means every practice, those in the catalogue (no review: status None)
    too; the default is the open ones. `new_after_days` defaults to the setting.
    """
    today = today or date.today()
    leads = leads or Leads()
    days = new_after_days or storage.new_after_days(db, leads.new_after_days)
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




def practice_record(db: sqlite_utils.Database, practice_id: str) -> dict | None:
    """One practice in full, as ``show --json`` and the web API give it: the contract keys
    plus when it was withdrawn, its reviews, their history and the corrections made to it.
    None if no practice has the id."""
    from practicedb.storage.export import contract

    practice = storage.get_practice(db, practice_id.strip())
    if practice is None:
        return None
    pid = practice["id"]
    return dict(contract(practice, withdrawn_at=practice["withdrawn_at"],
                         reviews=practice_reviews(db, pid), history=history(db, pid),
                         corrections=storage.corrections_for(db, pid)))


def areas_taken_up(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Business areas other than a practice's primary one that a person recorded a
    conclusion for (``assess --area``): practice id -> those areas, in the order first
    taken up. What the classifier learns from as well as ``edit --area`` corrections."""
    out: dict[str, list[str]] = {}
    rows = db.execute(
        "select h.practice_id, h.area, p.areas from review_history h join practices p on "
        "p.id = h.practice_id where h.by not like 'practicedb (%' order by h.id").fetchall()
    for pid, area, areas in rows:
        primary = (json.loads(areas or "[]") or [None])[0]
        if area and area != primary and area not in out.get(pid, []):
            out.setdefault(pid, []).append(area)
    return out
