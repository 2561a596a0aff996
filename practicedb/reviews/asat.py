"""Reviews as they stood at a moment, rebuilt from the append-only ``review_history``.

The `reviews` table holds only the present; the history holds every change with its time,
so replaying it up to a moment gives each review's status, due date and latest note as they
were then. A board pack for a past period therefore gives the same figures whenever it is
produced.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import sqlite_utils

_MOVED = "Moved from "  # the note follow_primary writes when an untouched review moves area
_RECLASSIFY = "practicedb (reclassify)"


def moment_after(day: date) -> str:
    """The first instant after `day` as stored times compare: history rows with
    ``at < moment_after(day)`` happened on or before that day."""
    return (day + timedelta(days=1)).isoformat()


def load_history(db: sqlite_utils.Database) -> list[dict]:
    """Every history row in the order things happened (time, then the order recorded)."""
    return list(db.query("select practice_id, area, at, by, from_status, to_status, to_due, "
                         "note from review_history order by at, id"))


def replay(rows: Iterable[dict], before: str) -> dict[tuple[str, str], dict]:
    """(practice id, area) -> the review as it stood just before `before` (an ISO time or
    date): status, due, note (the latest given), opened_at, updated_at, updated_by.

    `rows` must be in time order (``load_history``)."""
    state: dict[tuple[str, str], dict] = {}
    for row in rows:
        if row["at"] >= before:
            break
        key = (row["practice_id"], row["area"])
        note = row["note"]
        if row["by"] == _RECLASSIFY and (note or "").startswith(_MOVED):
            old = note[len(_MOVED):].rsplit(" when the practice", 1)[0]
            moved = state.pop((row["practice_id"], old), None)
            if moved is not None:
                state[key] = {**moved, "area": row["area"]}
                continue
        review = state.get(key)
        if review is None:
            review = state[key] = {"practice_id": row["practice_id"], "area": row["area"],
                                   "status": row["to_status"], "due": row["to_due"],
                                   "note": note, "opened_at": row["at"]}
        else:
            review["status"] = row["to_status"] or review["status"]
            review["due"] = row["to_due"]
            if note:
                review["note"] = note
        review["updated_at"], review["updated_by"] = row["at"], row["by"]
    return state


def practice_reviews_at(state: dict[tuple[str, str], dict],
                        primary: dict[str, str | None]) -> dict[str, dict]:
    """Practice id -> the one review that stands for it (so counts are of practices): the
    review in its primary area (`primary`: id -> area), else the one opened first."""
    chosen: dict[str, dict] = {}
    for (pid, area), review in sorted(state.items(), key=lambda kv: kv[1]["opened_at"]):
        if pid not in chosen or area == primary.get(pid) != chosen[pid]["area"]:
            chosen[pid] = review
    return chosen
